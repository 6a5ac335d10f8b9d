"""Chat bot: viewers' points and hours with their rank, quotes, banned words, the rank scheme,
8-ball answers, auctions, making the bot speak, and the bot's settings grouped by meaning."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from deck.providers.scottybot import settings_form

from .i18n import contract
from .kit import Form, Loader, Panel, Via, line, spin
from .widgets import Note, Table, button, card, label, number, row, switch


class BotPanel(Panel):
    """ScottyBot's own panel: it runs ScottyBot's actions by their own names."""

    needs = ("scottybot.get-quotes", "scottybot.get-settings")
    refresh_seconds = 60

    def build(self) -> None:
        self.chanid: Optional[int] = None  # the channel's id, from the settings: public reads need it
        self.settings: dict[str, Any] = {}
        self.header = label("", name="botStats", role="muted", wrap=True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages(self.tabs, ((self._viewers, self.tr("Viewers")), (self._quotes, self.tr("Quotes")),
                                   (self._filter, self.tr("Banned words")), (self._ranks, self.tr("Ranks")),
                                   (self._games, self.tr("Games")), (self._settings, self.tr("Settings"))))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._speak())

    def refresh(self) -> None:
        self.run("scottybot.bot-stats", on_result=self._show_stats, on_error=lambda exc: self.header.setText(str(exc)))
        if self.tabs.currentIndex() == 5:
            self.settings_loader.load("scottybot.get-settings", {}, self._show_settings)
        elif self.chanid is None:  # the channel's id is among the settings: read them, form or not
            self.run("scottybot.get-settings", on_result=self._take_settings, on_error=lambda exc: self.header.setText(str(exc)))
        else:
            self._load_tab()

    def _load_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index == 1:
            self.quotes_loader.load("scottybot.get-quotes", {"chanid": self.chanid}, self._show_quotes)
        elif index == 2:
            self.words_loader.load("scottybot.get-badwords", {}, self._show_words)
        elif index == 3:
            self.ranks_loader.load("scottybot.get-ranks", {"chanid": self.chanid}, self._show_ranks)
        elif index == 4:
            self.run("scottybot.get-8ball", note=self.games_note, on_result=self._show_eightball)

    def _show_stats(self, stats: Any) -> None:
        self.header.setText(self.tr("The bot serves {channels} channels ({live} live) · up {uptime} · last restart {restart}").format(
            channels=number(stats.channels), live=number(stats.curlivecount), uptime=stats.uptime or "?",
            restart=stats.lastrestart or "?"))

    # ------------------------------------------------------------------ viewers
    def _viewers(self) -> QWidget:
        ctx = self.ctx
        self.userid = line(self.tr("Viewer's numeric id"), self.tr("Viewer id"), ctx, "scottybot.add-points", "userid", key="viewerId")
        self.lookup = button(self.tr("Look up"), "search", name=self.tr("Look up points and hours"), key="lookupViewer")
        self.viewer_shown = label("", name="viewerShown", wrap=True)
        self.amount = spin(ctx, "scottybot.add-points", "points")
        self.amount.setObjectName("pointsAmount")
        self.amount.setValue(100)
        self.give = button(self.tr("Give"), name=self.tr("Give points"), key="givePoints")
        self.take = button(self.tr("Take"), name=self.tr("Take points"), key="takePoints")
        self.give_all = button(self.tr("Give to everyone…"), "warning", key="giveAll")
        self.viewer_note = Note("viewerNote")

        def who() -> dict[str, Any]:
            text = self.userid.text().strip()
            return {"userid": int(text) if text.isdigit() else text}

        def amount() -> dict[str, Any]:
            return {**who(), "points": self.amount.value()}

        Form(self, "scottybot.get-points", who, self.lookup, (self.userid,), self.viewer_note, done="", on_result=self._show_points)
        self.userid.returnPressed.connect(self.lookup.click)
        def again(_: Any) -> None:  # show the new balance; the note keeps saying what was done
            self.run("scottybot.get-points", who(), on_result=self._show_points)

        Form(self, "scottybot.add-points", amount, self.give, (self.userid, self.amount), self.viewer_note,
             done=self.tr("Points given ✓"), on_result=again)
        Form(self, "scottybot.remove-points", amount, self.take, (self.userid, self.amount), self.viewer_note,
             done=self.tr("Points taken ✓"), on_result=again,
             question=lambda: self.tr("Take <b>{points}</b> points from viewer {viewer}?").format(
                 points=number(self.amount.value()), viewer=self.userid.text().strip()))
        Form(self, "scottybot.give-points-all", lambda: {"points": self.amount.value()}, self.give_all, (self.amount,),
             self.viewer_note, done=self.tr("Everyone got points ✓"),
             question=lambda: self.tr("Give <b>{points}</b> points to <b>every viewer</b> of the channel?").format(
                 points=number(self.amount.value())))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(row(self.userid, self.lookup), self.viewer_shown,
                              row(self.amount, self.give, self.take, self.give_all, stretch=True), self.viewer_note,
                              title=self.tr("Points and hours")))
        layout.addStretch(1)
        return page

    def _show_points(self, points: Any) -> None:
        self.viewer_shown.setText(self.tr("<b>Viewer {viewer}</b>: {points} points").format(
            viewer=points.user_id or self.userid.text(), points=number(points.points)))
        self.run("scottybot.get-hours", {"userid": int(self.userid.text().strip())}, on_result=self._show_hours)

    def _show_hours(self, hours: Any) -> None:
        if hours.hours is None:
            said = str(hours.status or self.tr("no hours yet"))
        else:
            said = self.tr("{hours} hours watched").format(
                hours=number(hours.hours)) + (self.tr(" · rank: {rank}").format(rank=hours.rank) if hours.rank else "")
        self.viewer_shown.setText(f"{self.viewer_shown.text()} · {said}")

    # ------------------------------------------------------------------ quotes
    def _quotes(self) -> QWidget:
        ctx = self.ctx
        self.quotes = Table([self.tr("#"), self.tr("Quote")], self.tr("Quotes"), stretch=1)
        self.quotes.setWordWrap(True)
        self.quotes_loader = Loader(self, self.quotes, self.tr("No quotes yet. Add one below."), "quotesLoader")
        self.person = line(self.tr("Who said it"), self.tr("Quote author"), ctx, "scottybot.add-quote", "person", key="quotePerson")
        self.quote = line(self.tr("What they said"), self.tr("Quote text"), ctx, "scottybot.add-quote", "quote", key="quoteText")
        self.add_quote = button(self.tr("Add"), "new", name=self.tr("Add quote"), key="addQuote")
        self.edit_quote = button(self.tr("Save as the selected quote"), "apply", key="editQuote")
        self.delete_quote = button(self.tr("Delete selected"), "delete", key="deleteQuote")
        self.quotes_note = Note("quotesNote")
        reload = lambda _: self.quotes_loader.reload()  # noqa: E731
        add = Form(self, "scottybot.add-quote", lambda: {"person": self.person.text().strip(), "quote": self.quote.text().strip()},
                   self.add_quote, (self.person, self.quote), self.quotes_note, done=self.tr("Quote added ✓"),
                   on_result=lambda r: (add.reset(self.quote), self._show_quotes(r)))
        Form(self, "scottybot.edit-quote", lambda: {"id": self._quote_id(), "quote": self.quote.text().strip()},
             self.edit_quote, (self.quote,), self.quotes_note, done=self.tr("Quote saved ✓"), on_result=reload)
        self.delete_quote.clicked.connect(self._delete_quote)
        self.quotes.itemSelectionChanged.connect(self._quote_selected)
        self._quote_selected()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.quotes_loader, 1)
        layout.addLayout(row(self.person, self.quote, self.add_quote))
        layout.addLayout(row(self.edit_quote, self.delete_quote, stretch=True))
        layout.addWidget(self.quotes_note)
        return page

    def _quote_id(self) -> Optional[int]:
        selected = self.quotes.selected()
        return selected.id if selected else None

    def _quote_selected(self) -> None:
        selected = self.quotes.selected()
        self.delete_quote.setEnabled(selected is not None)
        if selected:
            self.quote.setText(selected.quote)

    def _show_quotes(self, quotes: Any) -> bool:
        has = self.quotes.set_rows(quotes, lambda q: [q.id, q.quote])
        self.quotes_loader.show_result(has)
        return has

    def _delete_quote(self) -> None:
        selected = self.quotes.selected()
        if selected:
            self.run("scottybot.delete-quote", {"id": selected.id}, note=self.quotes_note, busy=[self.delete_quote],
                     question=self.tr("Delete quote #{id}?<br><i>{quote}</i>").format(id=selected.id, quote=selected.quote),
                     done=self.tr("Quote deleted ✓"),
                     on_result=self._show_quotes)

    # ------------------------------------------------------------------ banned words
    def _filter(self) -> QWidget:
        self.words = QListWidget(objectName="badWords")
        self.words.setAccessibleName(self.tr("Banned words"))
        self.words_loader = Loader(self, self.words, self.tr("No banned words."), "wordsLoader")
        self.word = line(self.tr("A word or phrase"), self.tr("Banned word"), self.ctx, "scottybot.add-badword", "word", key="badWord")
        self.add_word = button(self.tr("Ban word"), "new", key="addWord")
        self.remove_word = button(self.tr("Allow selected"), "delete", key="removeWord")
        self.words_note = Note("wordsNote")
        add = Form(self, "scottybot.add-badword", lambda: {"word": self.word.text().strip()}, self.add_word,
                   (self.word,), self.words_note, done=self.tr("Banned ✓"),
                   on_result=lambda r: (add.reset(self.word), self._show_words(r)))
        self.remove_word.clicked.connect(self._remove_word)
        self.words.itemSelectionChanged.connect(lambda: self.remove_word.setEnabled(bool(self.words.selectedItems())))
        self.remove_word.setEnabled(False)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.words_loader, 1)
        layout.addLayout(row(self.word, self.add_word, self.remove_word))
        layout.addWidget(self.words_note)
        return page

    def _show_words(self, words: list[str]) -> bool:
        self.words.clear()
        self.words.addItems(words)
        self.words_loader.show_result(bool(words))
        return bool(words)

    def _remove_word(self) -> None:
        items = self.words.selectedItems()
        if items:
            word = items[0].text()
            self.run("scottybot.remove-badword", {"word": word}, note=self.words_note, busy=[self.remove_word],
                     done=self.tr("{word} allowed again ✓").format(word=word), on_result=self._show_words)

    # ------------------------------------------------------------------ ranks
    def _ranks(self) -> QWidget:
        self.rank_table = QTableWidget(0, 2, objectName="rankTable")
        self.rank_table.setHorizontalHeaderLabels([self.tr("Hours"), self.tr("Rank (use (_hours_) for the hours)")])
        self.rank_table.setAccessibleName(self.tr("Rank scheme"))
        self.rank_table.verticalHeader().hide()
        self.rank_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rank_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranks_loader = Loader(self, self.rank_table, self.tr("No ranks."), "ranksLoader")
        self.add_rank = button(self.tr("Add rank"), "new", key="addRank")
        self.remove_rank = button(self.tr("Remove selected"), "delete", key="removeRank")
        self.save_ranks = button(self.tr("Save ranks"), "apply", key="saveRanks")
        self.reset_ranks = button(self.tr("Reset to the bot's defaults…"), "undo", key="resetRanks")
        self.ranks_note = Note("ranksNote")
        self.add_rank.clicked.connect(lambda: self._add_rank_row(0, ""))
        self.remove_rank.clicked.connect(lambda: self.rank_table.removeRow(self.rank_table.currentRow()))
        self.ranks_form = Form(self, "scottybot.set-ranks", self._rank_params, self.save_ranks, (), self.ranks_note,
                               done=self.tr("Ranks saved ✓"), on_result=self._show_ranks)
        self._filling = False  # the table is being filled from the service's answer, not edited
        self.rank_table.itemChanged.connect(lambda *_: self._filling or self.ranks_form.edited())
        self.rank_table.model().rowsRemoved.connect(lambda *_: self._filling or self.ranks_form.edited())
        self.reset_ranks.clicked.connect(lambda: self.run(
            "scottybot.reset-ranks", note=self.ranks_note, busy=[self.reset_ranks], done=self.tr("Ranks reset ✓"),
            on_result=self._show_ranks, question=self.tr("Replace your rank scheme with the bot's default ranks?")))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.ranks_loader, 1)
        layout.addLayout(row(self.add_rank, self.remove_rank, self.save_ranks, self.reset_ranks, stretch=True))
        layout.addWidget(self.ranks_note)
        return page

    def _add_rank_row(self, hours: int, name: str) -> None:
        r = self.rank_table.rowCount()
        self.rank_table.insertRow(r)
        self.rank_table.setItem(r, 0, QTableWidgetItem(str(hours)))
        self.rank_table.setItem(r, 1, QTableWidgetItem(name))
        self.ranks_loader.show_result(True)

    def _rank_params(self) -> dict[str, Any]:
        ranks = {}
        for r in range(self.rank_table.rowCount()):
            hours, name = self.rank_table.item(r, 0), self.rank_table.item(r, 1)
            ranks[hours.text().strip() if hours else ""] = name.text() if name else ""
        return {"jsonranks": ranks}

    def _show_ranks(self, ranks: Any) -> bool:
        self._filling = True
        self.rank_table.setRowCount(0)
        for rank in ranks:
            self._add_rank_row(rank.hours, rank.name)
        self._filling = False
        self.ranks_loader.show_result(bool(ranks))
        self.ranks_form.check()
        return bool(ranks)

    # ------------------------------------------------------------------ games
    def _games(self) -> QWidget:
        ctx = self.ctx
        self.eightball = QPlainTextEdit(objectName="eightBall")
        self.eightball.setAccessibleName(self.tr("8-ball answers, one per line"))
        self.eightball.setPlaceholderText(self.tr("One answer per line. Empty: the bot's own answers."))
        self.save_eightball = button(self.tr("Save answers"), "apply", key="saveEightBall")
        self.games_note = Note("gamesNote")
        Form(self, "scottybot.set-8ball", lambda: {"array": [ln for ln in self.eightball.toPlainText().splitlines()]},
             self.save_eightball, (self.eightball,), self.games_note, done=self.tr("8-ball answers saved ✓"),
             on_result=self._show_eightball)
        self.item = line(self.tr("What is auctioned"), self.tr("Auction item"), ctx, "scottybot.start-auction", "item", key="auctionItem")
        self.bid = spin(ctx, "scottybot.start-auction", "startingbid", " points")
        self.bid.setObjectName("auctionBid")
        self.whisper = line(self.tr("Whispered to the winner (optional), e.g. a game key"), self.tr("Whisper to winner"), ctx,
                            "scottybot.start-auction", "towhisper", key="auctionWhisper")
        self.whisper.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.start_auction = button(self.tr("Start auction"), "play", key="startAuction")
        self.auction_note = Note("auctionNote")
        Form(self, "scottybot.start-auction", lambda: {"item": self.item.text().strip(), "startingbid": self.bid.value(),
                                             "towhisper": self.whisper.text().strip()},
             self.start_auction, (self.item, self.bid, self.whisper), self.auction_note, done=self.tr("Auction started ✓"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(self.eightball, row(self.save_eightball, stretch=True), self.games_note,
                              title=self.tr("8-ball answers")))
        layout.addWidget(card(row(self.item, self.bid), self.whisper, row(self.start_auction, stretch=True),
                              self.auction_note, title=self.tr("Auction")))
        layout.addStretch(1)
        return page

    def _show_eightball(self, lines: list[str]) -> None:
        if not self.eightball.hasFocus():
            self.eightball.setPlainText("\n".join(lines))

    # ------------------------------------------------------------------ speak
    def _speak(self) -> QWidget:
        self.say = line(self.tr("Make the bot say…"), self.tr("Bot message"), self.ctx, "chat.send-bot", "message", key="botSay")
        self.speak = button(self.tr("Say"), "send", name=self.tr("Make the bot speak"), key="botSpeak")
        self.speak_note = Note("speakNote")
        form = Form(self, "chat.send-bot", lambda: {"message": self.say.text().strip()}, self.speak, (self.say,),
                    self.speak_note, done=self.tr("Queued ✓ (the bot cannot confirm it reached chat)"),
                    on_result=lambda _: form.reset(self.say))
        return card(row(self.say, self.speak, Via(self.ctx, "chat.send-bot")), self.speak_note)

    # ------------------------------------------------------------------ settings
    def _settings(self) -> QWidget:
        self.sections = QToolBox(objectName="settingGroups")
        self.settings_loader = Loader(self, self.sections, self.tr("No settings."), "settingsLoader")
        self.settings_note = Note("settingsNote")
        self.setting_widgets: dict[str, QWidget] = {}
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.settings_loader, 1)
        layout.addWidget(self.settings_note)
        return page

    def _take_settings(self, answer: Any) -> None:
        self.settings = dict(settings_form(answer).values)
        chanid = self.settings.get("chanid")
        first = self.chanid is None
        self.chanid = int(chanid) if isinstance(chanid, int) or str(chanid).isdigit() else None
        if first and self.chanid is not None and self.tabs.currentIndex() != 5:
            self._load_tab()

    def _show_settings(self, answer: Any) -> bool:
        self._take_settings(answer)
        if not self.setting_widgets:
            self._build_settings(settings_form(answer).fields)
        for name, widget in self.setting_widgets.items():
            self._set_widget(widget, self.settings.get(name))
        return bool(self.settings)

    def _build_settings(self, fields: list[Any]) -> None:
        forms: dict[str, QFormLayout] = {}
        for f in fields:
            if f.group not in forms:
                box = QWidget()
                forms[f.group] = QFormLayout(box)
                self.sections.addItem(box, contract(f.group))
            widget: QWidget
            if f.kind == "bool":
                widget = switch("", contract(f.label))
                widget.clicked.connect(lambda on, n=f.name: self.change(n, "1" if on else "0"))
            elif f.kind in ("int", "percent"):
                widget = QSpinBox(maximum=100 if f.kind == "percent" else 1_000_000, keyboardTracking=False)
                widget.setAccessibleName(contract(f.label))
                widget.valueChanged.connect(lambda v, n=f.name: self.change(n, str(v)))
            else:
                widget = QLineEdit()
                widget.setAccessibleName(contract(f.label))
                widget.editingFinished.connect(lambda n=f.name, w=widget: self.change(n, w.text()))
            widget.setObjectName(f"setting.{f.name}")
            widget.setToolTip(f.name)
            self.setting_widgets[f.name] = widget
            forms[f.group].addRow(contract(f.label), widget)

    @staticmethod
    def _set_widget(widget: QWidget, value: Any) -> None:
        widget.blockSignals(True)
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value) if str(value).lstrip("-").isdigit() else 0)
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        widget.blockSignals(False)

    def change(self, name: str, value: str) -> None:
        """Send one setting; what the service answers is what the form shows afterwards."""
        if str(self.settings.get(name, "")) == value:
            return
        widget = self.setting_widgets[name]

        def failed(_: Any) -> None:
            self._set_widget(widget, self.settings.get(name))  # not changed: show the real value again

        self.run("scottybot.set-setting", {"setting": name, "value": value}, note=self.settings_note, busy=[widget],
                 done=self.tr("{setting} saved ✓").format(
                     setting=widget.accessibleName() or name), on_result=self._show_settings, on_error=failed)

