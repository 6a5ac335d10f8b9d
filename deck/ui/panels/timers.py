"""Timers: messages a chat bot posts on a schedule, from every connected service that keeps
them, each row saying its service. The schedule is cron; the editor says it in words, with
the next runs, and refuses what the service refuses before anything is sent."""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QSplitter, QVBoxLayout, QWidget

from deck.core.cron import Cron, CronError, when_words
from deck.core.errors import DeckError, InvalidParams

from ..kit import Loader, Panel, Sourced, line, param, sourced
from ..widgets import Counter, Note, Table, button, card, changed_signal, label, on_off, refill, row, set_role, switch

COLUMNS = [QT_TRANSLATE_NOOP("TimersPanel", "Timer"),
           QT_TRANSLATE_NOOP("TimersPanel", "Service"),
           QT_TRANSLATE_NOOP("TimersPanel", "On"),
           QT_TRANSLATE_NOOP("TimersPanel", "When"),
           QT_TRANSLATE_NOOP("TimersPanel", "Next run"),
           QT_TRANSLATE_NOOP("TimersPanel", "Lines"),
           QT_TRANSLATE_NOOP("TimersPanel", "Message")]
PRESETS = ((QT_TRANSLATE_NOOP("TimersPanel", "Every 5 minutes"), "*/5 * * * *"),
           (QT_TRANSLATE_NOOP("TimersPanel", "Every 10 minutes"), "*/10 * * * *"),
           (QT_TRANSLATE_NOOP("TimersPanel", "Every 15 minutes"), "*/15 * * * *"),
           (QT_TRANSLATE_NOOP("TimersPanel", "Every 30 minutes"), "*/30 * * * *"),
           (QT_TRANSLATE_NOOP("TimersPanel", "Every hour"), "0 * * * *"),
           (QT_TRANSLATE_NOOP("TimersPanel", "Every 2 hours"), "0 */2 * * *"))
FIELDS = ("name", "message", "interval", "lines", "enabled")


def words(interval: str) -> str:
    try:
        return Cron.parse(interval).words()
    except CronError:
        return interval


def next_run(iso: str, interval: str) -> str:
    """The service's next run in the user's clock, or (without one) cron's."""
    now = dt.datetime.now().astimezone()
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        try:
            when = Cron.parse(interval).next_runs(now.replace(tzinfo=None), 1)[0].astimezone()
        except (CronError, IndexError):
            return ""
    return when_words([when.replace(tzinfo=None)], now.replace(tzinfo=None))


def _cells(r: Sourced) -> list[Any]:
    t = r.item
    return [t.name, r.service, on_off(t.enabled), words(t.interval),
            next_run(t.next_run, t.interval) if t.enabled else "", t.lines, t.message]


class TimersPanel(Panel):
    needs = ("timers.list",)
    refresh_seconds = 60

    def build(self) -> None:
        self.table = Table([self.tr(str(c)) for c in COLUMNS], self.tr("Timers"), stretch=6)
        self.loader = Loader(self, self.table, self.tr("No timers yet. Create one below."), "timersLoader")
        self.table.itemSelectionChanged.connect(self._selected)
        self.toggle_button = button(self.tr("Disable"), name=self.tr("Enable or disable timer"), key="toggleTimer")
        self.delete_button = button(self.tr("Delete"), "delete", name=self.tr("Delete timer"), key="deleteTimer")
        self.new_button = button(self.tr("New"), "new", name=self.tr("New timer"), key="newTimer")
        self.note = Note("timerNote")
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_button.clicked.connect(self.new_timer)
        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loader, 1)
        layout.addLayout(row(self.toggle_button, self.delete_button, self.new_button, stretch=True))
        layout.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self._editor())
        split.setSizes([260, 260])
        QVBoxLayout(self.body).addWidget(split)
        self._selected()

    def refresh(self) -> None:
        self.load()

    def _providers(self) -> list[str]:
        return [c.provider for c in self.ctx.capabilities.usable("timers.list")]

    def load(self, select: Optional[tuple[str, str]] = None, after: str = "") -> None:
        """Reload every service's timers, keeping (or moving to) the selected one by
        (provider, name); the editor is refilled only when the selection changes."""
        chosen = self.table.selected()
        current = select or ((chosen.provider, chosen.item.name) if chosen else None)
        editing = self._key(self.editing)

        def render(answers: dict[tuple[str, str], Any]) -> bool:
            rows, failed = sourced(self.ctx, answers, "timers", lambda _: "timers")
            has = self.table.set_rows(rows, _cells)
            self.table.select_quietly(lambda r: (r.provider, r.item.name) == current)
            self._fill_services()
            if failed:
                self.note.error("\n".join(failed))
            if self._key(self.table.selected()) != editing or select:
                self._selected()
            else:
                self._buttons()
            if after:
                self.editor_note.ok(after)
            return has

        self.loader.load_each([("timers.list", p) for p in self._providers()], render)

    @staticmethod
    def _key(r: Optional[Sourced]) -> Optional[tuple[str, str]]:
        return r.key if r else None

    def _buttons(self) -> None:
        r = self.table.selected()
        self.toggle_button.setEnabled(r is not None)
        self.delete_button.setEnabled(r is not None)
        self.toggle_button.setText(self.tr("Enable") if r is not None and not r.item.enabled else self.tr("Disable"))

    def _selected(self) -> None:
        self._buttons()
        self.fill_editor(self.table.selected())

    def toggle_selected(self) -> None:
        r = self.table.selected()
        t = r.item
        self.run("timers.update", {"id": t.id, "enabled": not t.enabled}, note=self.note, provider=r.provider,
                 busy=[self.toggle_button], done=(self.tr("{name} disabled ✓") if t.enabled else self.tr("{name} enabled ✓")).format(
                     name=t.name),
                 on_result=lambda _: self.load(), on_error=lambda _: self.load())

    def delete_selected(self) -> None:
        r = self.table.selected()
        self.run("timers.delete", {"id": r.item.id}, note=self.note, busy=[self.delete_button], provider=r.provider,
                 question=self.tr("Delete the {service} timer <b>{name}</b>? This cannot be undone.").format(service=r.service,
                                                                                                             name=r.item.name),
                 done=self.tr("{name} deleted ✓").format(name=r.item.name), on_result=lambda _: self.load())

    # ------------------------------------------------------------------ editor
    def _editor(self) -> QWidget:
        self.editing: Optional[Sourced] = None
        self.editor_title = label(self.tr("New timer"), name="sectionTitle")
        self.service = QComboBox(objectName="timerService")
        self.service.setAccessibleName(self.tr("Service"))
        self.service.currentIndexChanged.connect(lambda _: self.editing is None and self.fill_editor(None))
        self.name = line(self.tr("Name, e.g. Socials"), self.tr("Timer name"), key="timerName")
        self.message = QPlainTextEdit(objectName="timerMessage")
        self.message.setAccessibleName(self.tr("Timer message"))
        self.message.setPlaceholderText(self.tr("What the bot says — the service's variables, e.g. $(user), are filled in"))
        self.message.setMaximumHeight(64)
        self.interval = line(self.tr("Cron: minute hour day month weekday"), self.tr("Timer schedule"), key="timerInterval")
        self.interval.setToolTip(self.tr("Five cron fields: minute hour day-of-month month weekday.\n*/15 * * * *  every 15 minutes\n0 * "
                                         "* * *  every hour, on the hour\n30 18-23 * * fri,sat  at :30 from 18:00 to 23:59 on Fridays and "
                                         "Saturdays"))
        self.presets = QComboBox(objectName="timerPresets")
        self.presets.setAccessibleName(self.tr("Schedule presets"))
        self.presets.addItem(self.tr("Presets…"), "")
        for text, cron in PRESETS:
            self.presets.addItem(self.tr(str(text)), cron)
        self.presets.activated.connect(self._preset)
        self.when = label("", name="timerWhen", wrap=True)
        self.lines = QSpinBox(objectName="timerLines", prefix=self.tr("only after "), suffix=self.tr(" chat lines in 5 min"))
        self.lines.setAccessibleName(self.tr("Chat lines needed"))
        self.lines.setToolTip(self.tr("The timer waits for this many chat lines in the last 5 minutes, "
                                      "so it does not talk to an empty room"))
        self.enabled = switch(self.tr("On"), self.tr("Timer on"))
        self.enabled.setObjectName("timerEnabled")
        self.save = button(self.tr("Save"), "apply", name=self.tr("Save timer"), key="saveTimer")
        self.save.clicked.connect(self.save_timer)
        self.editor_note = Note("timerEditorNote")
        self.counter = Counter(self.message, 400)
        for w in (self.name, self.message, self.interval, self.lines, self.enabled):
            changed_signal(w).connect(self.check_editor)
        editor = card(row(self.editor_title, self.service, stretch=True), row(self.name, self.enabled),
                      row(self.message, self.counter), row(self.interval, self.presets), self.when,
                      row(self.lines, stretch=True), row(self.save, stretch=True), self.editor_note)
        editor.layout().addStretch(1)
        return editor

    def _fill_services(self) -> None:
        refill(self.service, ((self.ctx.services.providers[c.provider].title, c.provider)
                              for c in self.ctx.capabilities.usable("timers.create")))
        self._bound()

    def _provider(self) -> str:
        return self.editing.provider if self.editing is not None else (self.service.currentData() or "")

    def _bound(self) -> None:
        """The message length and line count as the service allows them."""
        provider = self._provider()
        if not provider:
            return
        for name, apply in (("message", lambda p: setattr(self.counter, "limit", int(p.max or 400))),
                            ("lines", lambda p: self.lines.setRange(int(p.min or 0), int(p.max or 100_000)))):
            try:
                apply(param(self.ctx, "timers.create", name, provider))
            except (KeyError, DeckError):
                pass
        self.counter.update_count()

    def _preset(self, index: int) -> None:
        cron = self.presets.itemData(index)
        if cron:
            self.interval.setText(cron)
        self.presets.setCurrentIndex(0)

    def new_timer(self) -> None:
        self.table.clearSelection()
        self.fill_editor(None)
        self.name.setFocus()

    def fill_editor(self, r: Optional[Sourced]) -> None:
        if self._key(r) != self._key(self.editing):
            self.editor_note.clear()
        self.editing = r
        self.service.setEnabled(r is None)
        if r is not None:
            self.service.blockSignals(True)
            self.service.setCurrentIndex(self.service.findData(r.provider))
            self.service.blockSignals(False)
        self._bound()
        t = r.item if r else None
        self.editor_title.setText(self.tr("Edit {name}").format(name=t.name) if t else self.tr("New timer"))
        self.name.setText(t.name if t else "")
        self.message.setPlainText(t.message if t else "")
        self.interval.setText(t.interval if t else "*/15 * * * *")
        self.lines.setValue(t.lines if t else 2)
        self.enabled.setChecked(t.enabled if t else True)
        self.check_editor()

    def _values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "message": self.message.toPlainText().strip(),
                "interval": " ".join(self.interval.text().split()), "lines": self.lines.value(),
                "enabled": self.enabled.isChecked()}

    def _request(self) -> tuple[str, dict[str, Any]]:
        """The one request that makes the service's timer what the editor shows: all of a
        new one, only what changed of an existing one."""
        values = self._values()
        if self.editing is None:
            return "timers.create", values
        t = self.editing.item
        changed = {k: v for k, v in values.items() if v != getattr(t, k)}
        return "timers.update", ({"id": t.id, **changed} if changed else {})

    def _show_when(self, problems: list[str]) -> None:
        """The schedule in words and its next runs, or why it is refused."""
        interval = self._values()["interval"]
        refused = [p.split(": ", 1)[-1] for p in problems if p.startswith("interval")]
        try:
            cron = Cron.parse(interval)
        except CronError as exc:
            self.when.setText(self.tr("Not a schedule yet: {problem}").format(problem=exc) if interval else
                              self.tr("Write a schedule or pick a preset."))
            set_role(self.when, "error" if interval else "muted")
            return
        if refused:
            self.when.setText(f"{cron.words()} — {refused[0]}")
            set_role(self.when, "error")
            return
        now = dt.datetime.now()
        self.when.setText(self.tr("{schedule}. Next: {runs}").format(
            schedule=cron.words(), runs=when_words(cron.next_runs(now, 3), now)))
        set_role(self.when, "muted")

    def _schedule_problems(self, action_id: str, params: dict[str, Any], provider: str) -> list[str]:
        """What the contract says of the schedule alone, before a name and a message are written
        (the schedule's own rules are checked only once every field is there)."""
        if not provider or "interval" not in params or (params.get("name") and params.get("message")):
            return []
        try:
            self.ctx.validate(action_id, {**params, "name": params.get("name") or "x",
                                          "message": params.get("message") or "x"}, provider=provider)
        except InvalidParams as exc:
            return [p for p in exc.problems if p.startswith("interval")]
        except DeckError:
            return []
        return []

    def check_editor(self, *_: Any) -> bool:
        problems: list[str] = []
        action_id, params = self._request()
        provider = self._provider()
        if not provider:
            problems.append(self.tr("No connected service keeps timers."))
        elif params:
            try:
                self.ctx.validate(action_id, params, provider=provider)
            except InvalidParams as exc:
                problems += exc.problems
            except DeckError as exc:
                problems.append(str(exc))
        self._show_when(problems + self._schedule_problems(action_id, params, provider))
        others = [p for p in problems if not p.startswith("interval")]
        if others and (self.name.text() or self.message.toPlainText()):
            self.editor_note.error("\n".join(others))
        elif self.editor_note.property("role") == "error":
            self.editor_note.clear()
        ready = bool(params) and not problems
        self.save.setEnabled(ready)
        return ready

    def save_timer(self) -> None:
        if not self.check_editor():
            return
        action_id, params = self._request()
        provider, name = self._provider(), params.get("name") or self.editing.item.name  # type: ignore[union-attr]

        def failed(exc: DeckError) -> None:
            self.check_editor()
            self.editor_note.error(str(exc))

        if not self.run(action_id, params, note=self.editor_note, busy=[self.save], provider=provider,
                        on_result=lambda _: self.load(select=(provider, name), after=self.tr("{name} saved ✓").format(name=name)),
                        on_error=failed):
            self.check_editor()
