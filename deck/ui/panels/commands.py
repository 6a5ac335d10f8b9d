"""Commands & AI: the chat commands of every connected service in one table, each row
saying its service (run, turn on or off, create, edit, delete; the service's own commands'
switches and limits), and the AI bot (on/off, subscriber-only, prompt, history)."""
from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from deck.actions.capabilities import platform_title
from deck.core.errors import DeckError, InvalidParams
from deck.providers.capabilities import AiSettings

from ..kit import Form, Loader, Panel, Sourced, line, param, sourced
from ..i18n import contract
from ..widgets import (
    Counter,
    Note,
    Table,
    button,
    card,
    changed_signal,
    label,
    level_text,
    on_off,
    refill,
    row,
    set_role,
    switch,
)

PLATFORMS = ("kick", "twitch", "tiktok", "youtube")
COLUMNS = [QT_TRANSLATE_NOOP("CommandsPanel", "Command"),
           QT_TRANSLATE_NOOP("CommandsPanel", "Service"),
           QT_TRANSLATE_NOOP("CommandsPanel", "On"),
           QT_TRANSLATE_NOOP("CommandsPanel", "Response"),
           QT_TRANSLATE_NOOP("CommandsPanel", "Cooldown"),
           QT_TRANSLATE_NOOP("CommandsPanel", "Who may use"),
           QT_TRANSLATE_NOOP("CommandsPanel", "Used"),
           QT_TRANSLATE_NOOP("CommandsPanel", "Details")]
# which capability changes which field of a command (of the service's own commands: all of
# them go to ``commands.builtin-set``)
CHANGES = {"name": "commands.update", "message": "commands.update", "aliases": "commands.update",
           "user_level": "commands.update", "count": "commands.update", "cooldown": "commands.cooldown",
           "user_cooldown": "commands.cooldown", "platforms": "commands.platforms", "enabled": "commands.toggle"}


def _cells(r: Sourced) -> list[Any]:
    c = r.item
    cooldown = "" if c.cooldown is None else QCoreApplication.translate("CommandsPanel", "{seconds} s").format(seconds=c.cooldown)
    if c.user_cooldown is not None:
        cooldown += QCoreApplication.translate("CommandsPanel", " / {seconds} s each").format(seconds=c.user_cooldown)
    details = [(QCoreApplication.translate("CommandsPanel", "built in") if c.builtin else ""),
               (QCoreApplication.translate("CommandsPanel", "also {aliases}").format(aliases=", ".join(c.aliases)) if c.aliases else ""),
               ", ".join(platform_title(p) for p in c.platforms), c.cost,
               (QCoreApplication.translate("CommandsPanel", "last run {when}").format(when=c.last_run) if c.last_run else "")]
    return [c.name, r.service, on_off(c.enabled), c.message, cooldown,
            level_text(c.user_level), c.count, " · ".join(d for d in details if d)]


class CommandsPanel(Panel):
    needs = ("commands.list", "ai.settings")

    def build(self) -> None:
        self.lists: dict[str, Any] = {}  # provider -> its CommandList
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages(self.tabs, ((self._commands, self.tr("Commands")), (self._ai, self.tr("AI bot"))))
        QVBoxLayout(self.body).addWidget(self.tabs)

    def refresh(self) -> None:
        self.load_commands()

    def offers(self, capability: str, provider: str) -> bool:
        return any(c.provider == provider for c in self.ctx.capabilities.usable(capability))

    def _providers(self, capability: str) -> list[str]:
        return [p.name for p in self.ctx.capabilities.providers_of(capability) if self.offers(capability, p.name)]

    # ------------------------------------------------------------------ table
    def _commands(self) -> QWidget:
        self.table = Table([self.tr(str(c)) for c in COLUMNS], self.tr("Commands"), stretch=3)
        self.loader = Loader(self, self.table, self.tr("No commands yet. Create one below."), "commandsLoader")
        self.table.itemSelectionChanged.connect(self._selected)
        self.args = line(self.tr("Arguments (optional)"), self.tr("Command arguments"), self.ctx, "commands.run", "message")
        self.run_button = button(self.tr("Run"), "play", name=self.tr("Run command"), key="runCommand")
        self.toggle_button = button(self.tr("Disable"), name=self.tr("Enable or disable command"), key="toggleCommand")
        self.delete_button = button(self.tr("Delete"), "delete", name=self.tr("Delete command"), key="deleteCommand")
        self.new_button = button(self.tr("New"), "new", name=self.tr("New command"), key="newCommand")
        self.note = Note("commandNote")
        self.run_button.clicked.connect(self.run_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_button.clicked.connect(self.new_command)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.loader, 1)
        tl.addLayout(row(self.args, self.run_button, self.toggle_button, self.delete_button, self.new_button))
        tl.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self._editor())
        split.setSizes([300, 220])
        self._selected()
        return split

    def load_commands(self, select: Optional[tuple[str, str]] = None, after: Optional[Callable[[], Any]] = None) -> None:
        """Reload the commands of every connected service, keeping (or moving to) the selected
        one, by (provider, name); the editor is refilled only when the selection changes, so
        nothing typed is lost."""
        chosen = self.table.selected()
        current = select or ((chosen.provider, chosen.item.name) if chosen else None)
        sources = [(cap, p) for p in self._providers("commands.list")
                   for cap in ("commands.list", "commands.builtin") if self.offers(cap, p)]

        def render(answers: dict[tuple[str, str], Any]) -> bool:
            before = self._key(self.editing)
            rows, failed = sourced(self.ctx, answers, "commands", lambda cap: self.tr("own commands")
                                   if cap == "commands.builtin" else self.tr("commands"))
            self.lists.update({p: a for (cap, p), a in answers.items()
                               if cap == "commands.list" and not isinstance(a, DeckError)})
            has = self.table.set_rows(rows, _cells)
            self.table.select_quietly(lambda r: (r.provider, r.item.name) == current)
            self._fill_services()
            if self.editing is None:  # the new-command card shows its service's fields once they are known
                self._shape(*self._target())
            if failed:
                self.note.error("\n".join(failed))
            if self._key(self.table.selected()) != before or (self.table.selected() and select):
                self._selected()
            else:
                self._buttons()
            if after:
                after()
            return has

        self.loader.load_each(sources, render)

    @staticmethod
    def _key(r: Optional[Sourced]) -> Optional[tuple[str, str]]:
        return r.key if r else None

    def _buttons(self) -> None:
        r = self.table.selected()
        c = r.item if r else None
        self.run_button.setEnabled(r is not None and not c.builtin and self.offers("commands.run", r.provider))
        self.toggle_button.setEnabled(c is not None and "enabled" in c.editable and c.enabled is not None)
        self.delete_button.setEnabled(r is not None and not c.builtin and self.offers("commands.delete", r.provider))
        self.toggle_button.setText(self.tr("Enable") if c is not None and c.enabled is False else self.tr("Disable"))

    def _selected(self) -> None:
        self._buttons()
        self.fill_editor(self.table.selected())

    def run_selected(self) -> None:
        r = self.table.selected()
        self.run("commands.run", {"id": r.item.id, "message": self.args.text() or None}, note=self.note,
                 busy=[self.run_button], provider=r.provider,
                 on_result=lambda a: (self.note.ok(self.tr("{name} ran ✓ {text}").format(name=r.item.name,
                                                                                        text=a.response)),
                                      self.load_commands()))

    def toggle_selected(self) -> None:
        r = self.table.selected()
        c = r.item
        capability = "commands.builtin-set" if c.builtin else "commands.toggle"
        self.run(capability, {"id": c.id, "enabled": not c.enabled}, note=self.note, busy=[self.toggle_button],
                 provider=r.provider, done=(self.tr("{name} disabled ✓") if c.enabled else self.tr("{name} enabled ✓")).format(name=c.name),
                 on_result=lambda _: self.load_commands(), on_error=lambda _: self.load_commands())

    def delete_selected(self) -> None:
        r = self.table.selected()
        self.run("commands.delete", {"id": r.item.id}, note=self.note, busy=[self.delete_button],
                 provider=r.provider, question=self.tr("Delete the {service} command <b>{name}</b>? This cannot be undone.").format(
                     service=r.service, name=r.item.name), done=self.tr("{name} deleted ✓").format(
                         name=r.item.name), on_result=lambda _: self.load_commands())

    # ------------------------------------------------------------------ editor
    def _editor(self) -> QWidget:
        self.service = QComboBox(objectName="commandService")
        self.service.setAccessibleName(self.tr("Service"))
        self.name = line(self.tr("!command"), self.tr("Command name"), key="commandName")
        self.message = QPlainTextEdit()
        self.message.setObjectName("commandMessage")
        self.message.setAccessibleName(self.tr("Command response"))
        self.message.setPlaceholderText(self.tr("Response — the service's variables, e.g. $(user), are filled in"))
        self.message.setMaximumHeight(70)
        self.aliases = line(self.tr("Aliases, comma separated"), self.tr("Aliases"), key="commandAliases")
        self.cooldown = QSpinBox(objectName="commandCooldown", prefix=self.tr("every "), suffix=self.tr(" s"))
        self.user_cooldown = QSpinBox(objectName="commandUserCooldown", prefix=self.tr("per viewer "), suffix=self.tr(" s"))
        self.user_level = QComboBox(objectName="commandUserLevel")
        self.count = QSpinBox(objectName="commandCount", prefix="used ", suffix=" times")
        for widget, text in ((self.cooldown, self.tr("Cooldown")), (self.user_cooldown, self.tr("Cooldown per viewer")),
                             (self.user_level, self.tr("Who may use it")), (self.count, self.tr("Times used"))):
            widget.setAccessibleName(text)
        self.platform_boxes = {key: switch(platform_title(key),
                                           self.tr("{value} platform").format(value=platform_title(key))) for key in PLATFORMS}
        for key, box in self.platform_boxes.items():
            box.setObjectName(f"platform_{key}")
        self.save = button(self.tr("Save"), "apply", name=self.tr("Save command"), key="saveCommand")
        self.editor_note = Note("editorNote")
        self.editor_title = label(self.tr("New command"), name="sectionTitle")
        self.doc = label(name="commandDoc")
        self.doc.setOpenExternalLinks(True)
        self.fields: dict[str, list[QWidget]] = {
            "name": [self.name], "message": [self.message], "aliases": [self.aliases], "cooldown": [self.cooldown],
            "user_cooldown": [self.user_cooldown], "user_level": [self.user_level], "count": [self.count],
            "platforms": list(self.platform_boxes.values())}
        for widgets in self.fields.values():
            for w in widgets:
                changed_signal(w).connect(self.check_editor)
        self.service.currentIndexChanged.connect(lambda _: self.editing is None and self.fill_editor(None))
        self.save.clicked.connect(self.save_command)
        self.editing: Optional[Sourced] = None
        self.platform_label = label(self.tr("Platforms"))
        self.fields["platforms"].append(self.platform_label)
        editor = card(row(self.editor_title, self.service, self.doc, stretch=True), row(self.name, self.aliases),
                      self.message, row(self.cooldown, self.user_cooldown, self.user_level, self.count, stretch=True),
                      row(self.platform_label, *self.platform_boxes.values(), stretch=True),
                      row(self.save, stretch=True), self.editor_note)
        editor.layout().addStretch(1)  # fields a service does not have leave no gaps
        return editor

    def _fill_services(self) -> None:
        """The services a new command can be made in."""
        wanted = [p for p in self._providers("commands.create") if p in self.lists]
        if [self.service.itemData(i) for i in range(self.service.count())] == wanted:
            return
        refill(self.service, ((self.ctx.services.providers[p].title, p) for p in wanted))

    def new_command(self) -> None:
        self.table.clearSelection()
        self.fill_editor(None)
        self.name.setFocus()

    def _target(self) -> tuple[str, Any]:
        """The provider and command the editor is about (for a new one, the service's template)."""
        if self.editing is not None:
            return self.editing.provider, self.editing.item
        provider = self.service.currentData() or ""
        listing = self.lists.get(provider)
        return provider, (listing.template if listing is not None else None)

    def _shape(self, provider: str, c: Any) -> None:
        """Show the fields this command has, bounded by its service's contract."""
        editable = set(c.editable) if c is not None else set()
        for field, widgets in self.fields.items():
            for w in widgets:
                w.setVisible(field in editable)
        capability = "commands.builtin-set" if c is not None and c.builtin else None
        for field, widget in (("cooldown", self.cooldown), ("user_cooldown", self.user_cooldown),
                              ("count", self.count), ("user_level", self.user_level), ("name", self.name)):
            if field not in editable:
                continue
            try:
                p = param(self.ctx, capability or CHANGES[field], field, provider)
            except (KeyError, DeckError):
                continue
            widget.setToolTip(contract(p.doc))
            if isinstance(widget, QSpinBox):
                widget.setRange(int(p.min or 0), int(p.max) if p.max is not None else 99_999_999)
            elif isinstance(widget, QComboBox):
                widget.blockSignals(True)
                widget.clear()
                for level in reversed(p.choices):  # everyone first
                    widget.addItem(level_text(level), level)
                widget.blockSignals(False)

    def fill_editor(self, r: Optional[Sourced]) -> None:
        if self._key(r) != self._key(self.editing):
            self.editor_note.clear()  # another command: the last message was about the previous one
        self.editing = r
        provider, c = self._target()
        self.service.setEnabled(r is None)
        if r is not None:
            self.service.blockSignals(True)
            self.service.setCurrentIndex(self.service.findData(r.provider))
            self.service.blockSignals(False)
        self._shape(provider, c)
        self.editor_title.setText(self.tr("Edit {name}").format(name=r.item.name) if r else self.tr("New command"))
        self.doc.setText(self.tr('<a href="{doc}">How it works</a>').format(doc=c.doc) if c is not None and c.doc else "")
        self.name.setText(r.item.name if r else "")
        self.name.setReadOnly(r is not None and "name" not in c.editable)
        self.message.setPlainText(r.item.message if r else "")
        self.message.setReadOnly(c is not None and c.builtin)
        self.aliases.setText(", ".join(c.aliases) if r else "")
        for widget, value in ((self.cooldown, c.cooldown if c else None), (self.user_cooldown, c.user_cooldown if c else None),
                              (self.count, c.count if c else None)):
            widget.setValue(value or 0)
        self.user_level.setCurrentIndex(max(self.user_level.findData(c.user_level if c else ""), 0))
        for key, box in self.platform_boxes.items():
            box.setChecked(c is not None and key in c.platforms)
        self.check_editor()

    def _values(self, c: Any) -> dict[str, Any]:
        """What the editor shows, for the fields this command has."""
        shown = {
            "name": self.name.text().strip(), "message": self.message.toPlainText(),
            "aliases": [a.strip() for a in self.aliases.text().split(",") if a.strip()], "cooldown": self.cooldown.value(),
            "user_cooldown": self.user_cooldown.value(), "user_level": self.user_level.currentData() or "",
            "count": self.count.value(), "platforms": [k for k, b in self.platform_boxes.items() if b.isChecked()]}
        return {k: v for k, v in shown.items() if k in c.editable}

    def _changes(self, provider: str, c: Any, ref: str) -> list[tuple[str, dict[str, Any]]]:
        """The requests that make command ``ref`` what the editor shows, one per action that
        runs them (a service that changes several fields in one request gets one)."""
        changed = {k: v for k, v in self._values(c).items() if v != getattr(c, k)}
        if self.editing is None:
            listing = self.lists[provider]
            changed = {k: v for k, v in changed.items() if k not in listing.new}
        grouped: dict[str, dict[str, Any]] = {}
        for field, value in changed.items():
            capability = "commands.builtin-set" if c.builtin else CHANGES[field]
            action_id, params = self.ctx.resolve(capability, {"id": ref, field: value}, provider=provider)
            grouped.setdefault(action_id, {}).update(params)
        return list(grouped.items())

    def _plan(self) -> tuple[Optional[tuple[str, dict[str, Any]]], list[tuple[str, dict[str, Any]]]]:
        """(the create request, for a new command; the changes after it)."""
        provider, c = self._target()
        if c is None:
            return None, []
        if self.editing is not None:
            return None, self._changes(provider, c, c.id)
        listing = self.lists[provider]
        values = self._values(c)
        create = {k: values[k] for k in listing.new if k in values}
        return ("commands.create", create), self._changes(provider, c, c.id)

    def check_editor(self, *_: Any) -> bool:
        problems: list[str] = []
        provider, _ = self._target()
        create, calls = None, []
        try:
            create, calls = self._plan()
            if create:
                self.ctx.validate(*create, provider=provider)
            for action_id, params in calls:
                self.ctx.validate(action_id, params)
        except InvalidParams as exc:
            problems += exc.problems
        except DeckError as exc:
            problems.append(str(exc))
        if problems and (self.name.text() or self.message.toPlainText()):
            self.editor_note.error("\n".join(problems))
        elif self.editor_note.property("role") == "error":
            self.editor_note.clear()
        ready = bool(create or calls) and not problems
        self.save.setEnabled(ready)
        return ready

    def save_command(self) -> None:
        if not self.check_editor():
            return
        provider, _ = self._target()
        create, calls = self._plan()
        name = self.name.text().strip()
        self.save.setEnabled(False)

        def finish() -> None:
            self.load_commands(select=(provider, name),
                               after=lambda: self.editor_note.ok(QCoreApplication.translate("CommandsPanel",
                                                                                            "{name} saved ✓").format(name=name)))

        def step(i: int, steps: list[tuple[str, dict[str, Any]]]) -> None:
            if i == len(steps):
                finish()
                return

            def failed(exc: Exception) -> None:
                if i == 0 and not create:  # nothing changed: keep what was typed
                    self.check_editor()
                    self.editor_note.error(str(exc))
                else:  # partly saved: show the command as it now is, and what failed
                    self.load_commands(select=(provider, name),
                                       after=lambda: self.editor_note.error(QCoreApplication.translate("CommandsPanel",
                                                                                                       "Partly saved: {exc}").format(
                                                                                                           exc=exc)))

            action_id, params = steps[i]
            if not self.run(action_id, params, note=self.editor_note, on_result=lambda _: step(i + 1, steps),
                            on_error=failed):
                self.check_editor()

        if create is None:
            step(0, calls)
            return

        def created(made: Any) -> None:  # the changes after creating, now with the new command's id
            step(0, self._changes(provider, self.lists[provider].template, made.id) if calls else [])

        def create_failed(exc: Exception) -> None:
            self.check_editor()
            self.editor_note.error(str(exc))

        if not self.run(create[0], create[1], note=self.editor_note, provider=provider, on_result=created,
                        on_error=create_failed):
            self.check_editor()

    # ------------------------------------------------------------------ AI
    def _ai(self) -> QWidget:
        self.ai_labels, self.ai_buttons = {}, []
        rows = []
        for key, title in (("enabled", self.tr("AI bot")), ("subscribers_only", self.tr("Subscribers only"))):
            state = label(self.tr("{setting}: unknown").format(setting=title), name=f"ai.{key}")
            on = button(self.tr("On"), name=f"{title} on")
            off = button(self.tr("Off"), name=self.tr("{title} off").format(title=title))
            on.setObjectName(f"{key}.on")
            off.setObjectName(f"{key}.off")
            on.clicked.connect(lambda _=False, k=key: self.set_ai(k, "on"))
            off.clicked.connect(lambda _=False, k=key: self.set_ai(k, "off"))
            self.ai_labels[key] = (state, title)
            self.ai_buttons += [on, off]
            rows.append(row(state, on, off, stretch=True))
        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName("aiPrompt")
        self.prompt.setAccessibleName(self.tr("AI prompt"))
        self.prompt.setPlaceholderText(self.tr("The AI bot's instructions. The service cannot send the current prompt "
                                               "back, so write the whole prompt here."))
        self.save_prompt = button(self.tr("Save prompt"), "apply", key="savePrompt")
        self.clear_history = button(self.tr("Clear history"), "delete", key="clearHistory")
        self.ai_note = Note("aiNote")
        Form(self, "ai.settings", lambda: {"prompt": self.prompt.toPlainText()}, self.save_prompt, (self.prompt,),
             self.ai_note, done=self.tr("Prompt saved ✓ History cleared."), on_result=self._show_ai,
             question=lambda: self.tr("Save the new prompt? This also clears the AI's conversation history."))
        self.clear_history.clicked.connect(lambda: self.run("ai.clear", note=self.ai_note,
                                                            busy=[self.clear_history], done=self.tr("History cleared ✓")))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(*rows, label(self.tr("The service reports these after a change made from Deck."), role="muted"),
                              title=self.tr("AI bot")))
        layout.addWidget(card(self.prompt, row(Counter(self.prompt, 12000), self.save_prompt, self.clear_history,
                                               stretch=False), title=self.tr("Prompt")), 1)
        layout.addWidget(self.ai_note)
        return page

    def set_ai(self, key: str, mode: str) -> None:
        self.run("ai.settings", {key: mode}, note=self.ai_note, busy=self.ai_buttons, on_result=self._show_ai)

    def _show_ai(self, result: AiSettings) -> None:
        for key, (state, title) in self.ai_labels.items():
            on = getattr(result, key)
            if on is not None:
                state.setText(f"{title}: <b>{self.tr('ON') if on else self.tr('off')}</b>")
                set_role(state, "ok" if on else "")
        if not self.ai_note.text():
            self.ai_note.ok(self.tr("Saved ✓"))
