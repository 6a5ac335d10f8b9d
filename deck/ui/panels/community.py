"""Community: viewers' points and watch time (look up, adjust, leaderboards), Kick
subscribers, and the people a chat bot treats as regulars or subscribers (search, page, add,
remove)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from ..kit import Form, Loader, PagedTable, Panel, Via, choices, line, platform_choices, spin
from ..widgets import Note, Table, button, card, label, number, row, switch


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


def _minutes(total: int) -> str:
    hours, minutes = divmod(total, 60)
    if hours:
        return QCoreApplication.translate("Community", "{hours} h {minutes} min").format(hours=number(hours), minutes=minutes)
    return QCoreApplication.translate("Community", "{minutes} min").format(minutes=minutes)


class CommunityPanel(Panel):
    needs = ("points.top", "watch.top", "subscribers.list", "regulars.list", "listed-subscribers.list",
             "gifts.leaderboard")

    def build(self) -> None:
        self.platform = platform_choices(self.ctx, "points.get")
        self.platform.setObjectName("communityPlatform")
        self.platform.setCurrentIndex(max(self.platform.findData("kick"), 0))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages(self.tabs, ((self._points, self.tr("Points")), (self._watch, self.tr("Watch time")),
                                   (self._subs, self.tr("Kick subscribers")), (self._regulars, self.tr("Regulars")),
                                   (self._listed, self.tr("Bot subscribers")), (self._gifts, self.tr("KICKs"))))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        self.platform.currentIndexChanged.connect(lambda _: self.refresh(first_page=True))
        self.platform_row = QWidget()
        self.platform_row.setLayout(row(label(self.tr("Platform")), self.platform, Via(self.ctx, "points.get", self.platform),
                                        stretch=True))
        self.platform_row.layout().setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.platform_row)
        layout.addWidget(self.tabs, 1)

    def refresh(self, first_page: bool = False) -> None:
        index = self.tabs.currentIndex()
        self.platform_row.setVisible(index < 2)  # points and watch time are per platform
        shown = (lambda: self.points_top, lambda: self.watch_top, lambda: self.subs, lambda: self.regulars.table,
                 lambda: self.listed.table, lambda: self.gifts)[index]  # only the page in front: the others may not be built
        shown().load(first_page)

    def _platform(self) -> str:
        return self.platform.currentData()

    def _regulars(self) -> QWidget:
        self.regulars = People(self, "regulars", self.tr("Regulars"), self.tr("No regulars yet."),
                               self.tr("Regulars get what the bot allows regulars (commands, spared by filters)."))
        return self.regulars

    def _listed(self) -> QWidget:
        self.listed = People(self, "listed-subscribers", self.tr("Bot subscribers"), self.tr("Nobody on the bot's list yet."),
                             self.tr("People the bot treats as subscribers, for channels without paid subscriptions."))
        return self.listed

    def _gifts(self) -> QWidget:
        self.gifts = Gifts(self)
        return self.gifts

    # ------------------------------------------------------------------ points
    def _points(self) -> QWidget:
        ctx = self.ctx
        self.viewer = line(self.tr("Viewer username"), self.tr("Viewer"), ctx, "points.get", "username", key="viewerEdit")
        self.lookup = button(self.tr("Look up"), "search", name=self.tr("Look up points"))
        self.points_shown = label("", name="pointsShown")
        self.amount = spin(ctx, "points.set", "amount")
        self.amount.setObjectName("pointsAmount")
        self.amount.setValue(100)
        self.add = button(self.tr("Add"), name=self.tr("Add points"))
        self.remove = button(self.tr("Remove"), name=self.tr("Remove points"))
        self.set = button(self.tr("Set to"), name=self.tr("Set points"))
        self.transfer_to = line(self.tr("Give to (username)"), self.tr("Transfer to"), ctx, "points.transfer", "to_username")
        self.transfer = button(self.tr("Transfer"), "send", name=self.tr("Transfer points"))
        self.points_note = Note("pointsNote")
        who = self._viewer
        watch = (self.viewer, self.amount, self.platform)
        after = self._after_points
        on = self.platform
        Form(self, "points.get", who, self.lookup, (self.viewer,), self.points_note,
             done="", on_result=self._show_points, platform=on)
        self.viewer.returnPressed.connect(self.lookup.click)
        Form(self, "points.add", lambda: {**who(), "amount": self.amount.value()}, self.add, watch,
             self.points_note, done=self.tr("Points added ✓"), on_result=after, platform=on)
        Form(self, "points.remove", lambda: {**who(), "amount": self.amount.value()}, self.remove, watch,
             self.points_note, done=self.tr("Points removed ✓"), on_result=after, platform=on,
             question=lambda: self.tr("Remove <b>{points}</b> points from {viewer}?").format(
                 points=number(self.amount.value()), viewer=self.viewer.text().strip()))
        Form(self, "points.set", lambda: {**who(), "amount": self.amount.value()}, self.set, watch,
             self.points_note, done=self.tr("Points set ✓"), on_result=after, platform=on,
             question=lambda: self.tr("Set {strip}'s points to <b>{value}</b>?").format(strip=self.viewer.text().strip(),
                                                                                        value=format(self.amount.value(), ',')))
        Form(self, "points.transfer",
             lambda: {"from_username": self.viewer.text().strip(), "to_username": self.transfer_to.text().strip(),
                      "amount": self.amount.value()},
             self.transfer, (*watch, self.transfer_to), self.points_note, done=self.tr("Points transferred ✓"), on_result=after,
             platform=on)
        self.points_top = PagedTable(self, "points.top", [self.tr("#"), self.tr("Viewer"), self.tr("Points")],
                                     self.tr("Points leaderboard"),
                                     self.tr("Nobody has points yet."), 20, "standings",
                                     lambda u: [u.rank, u.display_name or u.name, u.points],
                                     stretch=1, platform=self._platform)
        table = self.points_top.table
        table.itemSelectionChanged.connect(lambda: table.selected() and self.viewer.setText(table.selected().name))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(row(self.viewer, self.lookup), self.points_shown,
                              row(self.amount, self.add, self.remove, self.set, stretch=True),
                              row(self.transfer_to, self.transfer), self.points_note, title=self.tr("Viewer")))
        layout.addWidget(self.points_top, 1)
        return page

    def _show_points(self, result: Any) -> None:
        self.points_shown.setText(self.tr("<b>{value}</b>: {points} points · {coin} coins").format(
            value=result.display_name or result.name, points=number(result.points), coin=number(result.coins)))

    def _viewer(self) -> dict[str, Any]:
        return {"username": self.viewer.text().strip()}

    def _after_points(self, _: Any) -> None:
        self.points_top.load()
        if self.viewer.text().strip():
            self.run("points.get", self._viewer(), on_result=self._show_points, platform=self._platform())

    # ------------------------------------------------------------------ watch time
    def _watch(self) -> QWidget:
        ctx = self.ctx
        self.wt_viewer = line(self.tr("Viewer username"), self.tr("Watch-time viewer"), ctx, "watch.get", "username", key="watchViewer")
        self.wt_span = QComboBox()
        self.wt_span.setAccessibleName(self.tr("Period"))
        for text in (self.tr("All time"), self.tr("One day"), self.tr("Date range")):
            self.wt_span.addItem(text)
        self.wt_day, self.wt_from, self.wt_to = _date_edit(self.tr("Day")), _date_edit(self.tr("From")), _date_edit(self.tr("To"))
        self.wt_from.setDate(QDate.currentDate().addDays(-7))
        self.wt_lookup = button(self.tr("Look up"), "search", name=self.tr("Look up watch time"))
        self.wt_shown = label("", name="watchShown")
        self.wt_mode = choices(ctx, "watch.adjust", "mode",
                               labels={"add": self.tr("Add"), "remove": self.tr("Remove"), "set": self.tr("Set to")})
        self.wt_amount = spin(ctx, "watch.adjust", "amount", self.tr(" min"))
        self.wt_amount.setValue(60)
        self.wt_adjust = button(self.tr("Adjust"), "apply", name=self.tr("Adjust watch time"))
        self.wt_note = Note("watchNote")
        self.wt_span.currentIndexChanged.connect(self._span_changed)
        self._span_fields()
        Form(self, "watch.get", self._watch_viewer,
             self.wt_lookup, (self.wt_viewer, self.wt_span, self.wt_day, self.wt_from, self.wt_to), self.wt_note,
             done="", on_result=self._show_watch, platform=self.platform)
        self.wt_viewer.returnPressed.connect(self.wt_lookup.click)
        Form(self, "watch.adjust",
             lambda: {"username": self.wt_viewer.text().strip(),
                      "mode": self.wt_mode.currentData(), "amount": self.wt_amount.value(),
                      "day": self._span().get("day")},
             self.wt_adjust, (self.wt_viewer, self.wt_mode, self.wt_amount, self.wt_span), self.wt_note,
             done=self.tr("Watch time adjusted ✓"), on_result=lambda _: (self._lookup_watch(), self.watch_top.load()),
             platform=self.platform)
        # bulk
        self.bulk = QPlainTextEdit()
        self.bulk.setObjectName("bulkEdit")
        self.bulk.setAccessibleName(self.tr("Bulk watch time rows"))
        self.bulk.setPlaceholderText(self.tr("One viewer per line: username, minutes\nmochi_moon, 30\nlofi_leo, 45"))
        self.bulk.setMaximumHeight(80)
        self.bulk_button = button(self.tr("Apply to all"), "apply", name=self.tr("Adjust watch time in bulk"))
        self.bulk_note = Note("bulkNote")
        Form(self, "watch.adjust-bulk",
             lambda: {"mode": self.wt_mode.currentData(), "users": self._bulk_rows(),
                      "day": self._span().get("day")},
             self.bulk_button, (self.bulk, self.wt_mode, self.wt_span), self.bulk_note, on_result=self._bulk_done,
             extra=self._bulk_problems, platform=self.platform)
        self.watch_top = PagedTable(self, "watch.top", [self.tr("#"), self.tr("Viewer"), self.tr("Watch time")],
                                    self.tr("Watch-time leaderboard"), self.tr("No watch time recorded for this period."), 20,
                                    "standings", lambda u: [u.rank, u.display_name or u.name, _minutes(u.minutes)],
                                    self._span, stretch=1, platform=self._platform)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(row(self.wt_viewer, self.wt_lookup),
                              row(self.wt_span, self.wt_day, self.wt_from, self.wt_to, stretch=True), self.wt_shown,
                              row(self.wt_mode, self.wt_amount, self.wt_adjust, stretch=True), self.wt_note,
                              title=self.tr("Viewer")))
        layout.addWidget(card(self.bulk, row(self.bulk_button, stretch=True), self.bulk_note,
                              title=self.tr("Several viewers (uses the mode above)")))
        layout.addWidget(self.watch_top, 1)
        return page

    def _span_fields(self) -> None:
        span = self.wt_span.currentIndex()
        self.wt_day.setVisible(span == 1)
        self.wt_from.setVisible(span == 2)
        self.wt_to.setVisible(span == 2)

    def _span_changed(self) -> None:
        self._span_fields()
        if self.loaded and self.tabs.currentIndex() == 1:
            self.watch_top.load(first_page=True)

    def _span(self) -> dict[str, Any]:
        span = self.wt_span.currentIndex()
        if span == 1:
            return {"day": self.wt_day.date().toString("yyyy-MM-dd")}
        if span == 2:
            return {"date_from": self.wt_from.date().toString("yyyy-MM-dd"),
                    "date_to": self.wt_to.date().toString("yyyy-MM-dd")}
        return {}

    def _bulk_rows(self) -> list[dict[str, Any]]:
        rows = []
        for text in self.bulk.toPlainText().splitlines():
            if not text.strip():
                continue
            name, _, amount = text.partition(",")
            entry: dict[str, Any] = {"username": name.strip().lstrip("@")}
            if amount.strip():
                entry["amount"] = int(amount) if amount.strip().isdigit() else amount.strip()
            rows.append(entry)
        return rows

    def _bulk_problems(self) -> list[str]:
        return [self.tr("line {i}: minutes must be a whole number").format(i=i) for i, r in enumerate(self._bulk_rows(), 1)
                if isinstance(r.get("amount"), str)]

    def _bulk_done(self, result: Any) -> None:
        done, failed = result.done, result.failed
        rows = self._bulk_rows()

        def who(place: str) -> str:
            index = int(place) if place.isdigit() else -1
            return str(rows[index].get("username", "?")) if 0 <= index < len(rows) else "?"

        if failed:
            self.bulk_note.error(self.tr("Adjusted {done}; {count} failed: ").format(done=done, count=len(failed)) + "; ".join(
                f"{who(index)}: {why or self.tr('failed')}" for index, why in failed))
        else:
            self.bulk_note.ok(self.tr("Adjusted %n viewer(s) ✓", "", done))
        self.watch_top.load()

    def _watch_viewer(self) -> dict[str, Any]:
        return {"username": self.wt_viewer.text().strip(), **self._span()}

    def _lookup_watch(self) -> None:
        self.run("watch.get", self._watch_viewer(), on_result=self._show_watch, platform=self._platform())

    def _show_watch(self, result: Any) -> None:
        period = {"all": self.tr("all time"), "day": self.tr("that day"), "range": self.tr("in that range")}.get(
            result.period, "")
        self.wt_shown.setText(self.tr("<b>{name}</b>: {time}{period} · {messages} messages").format(
            name=result.display_name or result.name, time=_minutes(result.minutes),
            period=f" {period}" if period else "", messages=number(result.messages)))

    # ------------------------------------------------------------------ subscribers
    def _subs(self) -> QWidget:
        self.include_expired = switch(self.tr("Include expired"))
        self.include_expired.setObjectName("includeExpired")
        self.subs = PagedTable(self, "subscribers.list", [self.tr("Viewer"), self.tr("Type"), self.tr("Tier"), self.tr("Kick ID")],
                               self.tr("Kick subscribers"), self.tr("No Kick subscribers."), 50, "subscribers",
                               lambda s: [s.name, s.kind, s.tier, s.id],
                               lambda: {"include_expired": int(self.include_expired.isChecked())})
        self.include_expired.toggled.connect(lambda _: self.subs.load(first_page=True))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.include_expired)
        layout.addWidget(self.subs, 1)
        layout.addWidget(label(self.tr("Subscribers are Kick only; the platform choice does not apply here."), role="muted"))
        return page


class People(QWidget):
    """A chat bot's list of people (``<kind>.list``/``.add``/``.remove``): search, page, add
    by name, remove the selected one."""

    def __init__(self, panel: CommunityPanel, kind: str, title: str, empty: str, about: str):
        super().__init__()
        self.panel, self.kind = panel, kind
        self.search = line(self.tr("Search names"), self.tr("Search: {list}").format(list=title), key=f"{kind}Search")
        self.search.textChanged.connect(lambda _: self.table.load(first_page=True))
        self.table = PagedTable(panel, f"{kind}.list", [self.tr("Name"), self.tr("Platform"), self.tr("Added")], title, empty, 25, "people",
                                lambda p: [p.display_name, p.platform.title(), p.added[:10]],
                                lambda: {"q": self.search.text().strip()} if self.search.text().strip() else {},
                                stretch=0)
        self.name = line(self.tr("Username (YouTube: the channel's URL)"), self.tr("Add to: {list}").format(list=title),
                         panel.ctx, f"{kind}.add",
                         "name", key=f"{kind}Name")
        self.add = button(self.tr("Add"), "new", name=self.tr("Add to: {list}").format(list=title), key=f"{kind}Add")
        self.remove = button(self.tr("Remove selected"), "delete", name=self.tr("Remove from: {list}").format(list=title),
                             key=f"{kind}Remove")
        self.note = Note(f"{kind}Note")
        self.form = Form(panel, f"{kind}.add", lambda: {"name": self.name.text().strip()}, self.add, (self.name,),
                         self.note, done=self.tr("Added ✓"), on_result=self._added)
        self.remove.clicked.connect(self.remove_selected)
        self.table.table.itemSelectionChanged.connect(self._selection)
        self.table.loaded.connect(self._selection)
        self._selection()
        layout = QVBoxLayout(self)
        layout.addLayout(row(self.search, Via(panel.ctx, f"{kind}.list")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row(self.name, self.add, self.remove))
        layout.addWidget(self.note)
        layout.addWidget(label(about, role="muted", wrap=True))

    def _selection(self) -> None:
        self.remove.setEnabled(self.table.table.selected() is not None)

    def _added(self, person: Any) -> None:
        self.note.ok(self.tr("{value} added ✓").format(value=person.display_name or self.name.text().strip()))
        self.form.reset(self.name)
        self.table.load()

    def remove_selected(self) -> None:
        person = self.table.table.selected()
        self.panel.run(f"{self.kind}.remove", {"id": person.id}, note=self.note, busy=[self.remove],
                       done=self.tr("{display_name} removed ✓").format(
                           display_name=person.display_name), on_result=lambda _: self.table.load())


class Gifts(QWidget):
    """The KICKs given to the channel: the top givers over a lifetime, this month or this week,
    and a look-up of who a user id is."""

    def __init__(self, panel: CommunityPanel):
        super().__init__()
        self.panel = panel
        self.period = QComboBox(objectName="giftPeriod")
        for key, text in (("lifetime", self.tr("All time")), ("month", self.tr("This month")), ("week", self.tr("This week"))):
            self.period.addItem(text, key)
        self.top = spin(panel.ctx, "gifts.leaderboard", "top")
        self.top.setPrefix(self.tr("top "))
        self.top.setValue(10)
        self.table = Table([self.tr("Rank"), self.tr("Viewer"), self.tr("KICKs")], self.tr("KICKs leaderboard"), 1)
        self.loader = Loader(panel, self.table, self.tr("No KICKs given yet."), "giftsLoader")
        self.board: Any = None
        self.period.currentIndexChanged.connect(lambda _: self._show())
        self.top.valueChanged.connect(lambda _: self.load())
        self.lookup = line(self.tr("User ids, comma separated"), self.tr("User ids to look up"), key="lookupIds")
        self.lookup_button = button(self.tr("Look up"), "search", name=self.tr("Look up users"), key="lookupUsers")
        self.found = label("", name="lookupResult", wrap=True)
        self.note = Note("giftsNote")
        Form(panel, "users.lookup", lambda: {"ids": [p.strip() for p in self.lookup.text().split(",") if p.strip()]},
             self.lookup_button, (self.lookup,), self.note, done="",
             on_result=lambda r: self.found.setText(", ".join(f"{p.id}: <b>{p.name}</b>" for p in r.people) or
                                                    self.tr("Nobody with those ids.")))
        layout = QVBoxLayout(self)
        layout.addLayout(row(label(self.tr("Show")), self.period, self.top, Via(panel.ctx, "gifts.leaderboard"), stretch=True))
        layout.addWidget(self.loader, 1)
        layout.addWidget(card(row(self.lookup, self.lookup_button), self.found, self.note, title=self.tr("Who is this?")))

    def load(self, first_page: bool = False) -> None:
        def show(board: Any) -> bool:
            self.board = board
            return self._show()

        self.loader.load("gifts.leaderboard", {"top": self.top.value()}, show)

    def _show(self) -> bool:
        rows = getattr(self.board, self.period.currentData(), []) if self.board is not None else []
        has = self.table.set_rows(rows, lambda g: [g.rank, g.user, g.amount])
        self.loader.show_result(has)
        return has
