"""Commands & AI: the chat commands (every field; run, toggle, create, edit, delete,
cooldowns, platforms) and the AI bot (on/off, subscriber-only, prompt, history)."""
from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTabWidget, QVBoxLayout, QWidget

from deck.core.errors import DeckError, InvalidParams

from ..kit import (
    Via,Counter, Form, Loader, Note, Panel, Table, button, card, changed_signal, label, line, row, set_role,
                   spin, switch)

PLATFORMS = (("kick", "Kick"), ("twitch", "Twitch"), ("tiktok", "TikTok"), ("youtube", "YouTube"))
COLUMNS = ["Command", "Aliases", "Active", "Response", "Cooldown (global / user)", "Platforms",
           "Cost (points / coins / delete)", "Last run"]


def _cells(c: Any) -> list[Any]:
    platforms = ", ".join(name for key, name in PLATFORMS if getattr(c, f"platform_{key}"))
    aliases = ", ".join(a for a in c.aliases if a.lower() != c.command.lower())
    return [c.command, aliases, "✓ on" if c.active else "off", c.message,
            f"{c.cooldown_global_seconds} s / {c.cooldown_user_seconds} s", platforms or "none",
            f"{c.points_cost:,} / {c.coin_cost:,} / {c.delete_cost:,}", c.last_run_at or "never"]


class CommandsPanel(Panel):
    needs = ("commands.list", "ai.settings")

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setCornerWidget(Via(self.ctx, "commands.list"))
        self.tabs.addTab(self._commands(), "Commands")
        self.tabs.addTab(self._ai(), "AI bot")
        QVBoxLayout(self.body).addWidget(self.tabs)

    def refresh(self) -> None:
        self.load_commands()

    # ------------------------------------------------------------------ table
    def _commands(self) -> QWidget:
        self.table = Table(COLUMNS, "Commands", stretch=3)
        self.loader = Loader(self, self.table, "No commands yet. Create one below.", "commandsLoader")
        self.table.itemSelectionChanged.connect(self._selected)
        self.args = line("Arguments (optional)", "Command arguments", self.ctx, "commands.run", "message")
        self.run_button = button("Run", "play", name="Run command", key="runCommand")
        self.toggle_button = button("Disable", name="Enable or disable command", key="toggleCommand")
        self.delete_button = button("Delete", "delete", name="Delete command", key="deleteCommand")
        self.new_button = button("New", "new", name="New command", key="newCommand")
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
        split.setSizes([300, 200])
        self._selected()
        return split

    def load_commands(self, select: Optional[str] = None, after: Optional[Callable[[], Any]] = None) -> None:
        """Reload the table, keeping (or moving to) the selected command; the editor is
        refilled only when the selection changes, so nothing typed is lost."""
        current = select or getattr(self.table.selected(), "command", None)

        def render(result: Any) -> bool:
            before = getattr(self.editing, "id", None)
            has = self.table.set_rows(result.commands, _cells)
            self.table.blockSignals(True)
            for r, c in enumerate(self.table.records):
                if c.command == current:
                    self.table.selectRow(r)
            self.table.blockSignals(False)
            chosen = self.table.selected()
            if getattr(chosen, "id", None) != before or (chosen and select):
                self._selected()
            else:
                self._buttons()
            if after:
                after()
            return has

        self.loader.load("commands.list", {}, render)

    def _ref(self) -> dict[str, Any]:
        c = self.table.selected()
        return {"id": c.id} if c else {}

    def _buttons(self) -> None:
        c = self.table.selected()
        for b in (self.run_button, self.toggle_button, self.delete_button):
            b.setEnabled(c is not None)
        self.toggle_button.setText("Disable" if c is None or c.active else "Enable")

    def _selected(self) -> None:
        self._buttons()
        self.fill_editor(self.table.selected())

    def run_selected(self) -> None:
        c = self.table.selected()
        self.run("commands.run", {**self._ref(), "message": self.args.text() or None}, note=self.note,
                 busy=[self.run_button], on_result=lambda r: (self.note.ok(f"{c.command} ran ✓ {r.model_extra.get('response', '')}"),
                                                              self.load_commands()))

    def toggle_selected(self) -> None:
        c = self.table.selected()
        self.run("commands.toggle", {**self._ref(), "mode": "off" if c.active else "on"}, note=self.note,
                 busy=[self.toggle_button], on_result=lambda r: (
                     self.note.ok(f"{c.command} {'enabled' if r.active else 'disabled'} ✓"), self.load_commands()),
                 on_error=lambda _: self.load_commands())

    def delete_selected(self) -> None:
        c = self.table.selected()
        self.run("commands.delete", self._ref(), note=self.note, busy=[self.delete_button],
                 question=f"Delete the command <b>{c.command}</b>? This cannot be undone.",
                 done=f"{c.command} deleted ✓", on_result=lambda _: self.load_commands())

    # ------------------------------------------------------------------ editor
    def _editor(self) -> QWidget:
        ctx = self.ctx
        self.name = line("!command", "Command name", ctx, "commands.create", "command", key="commandName")
        self.message = QPlainTextEdit()
        self.message.setObjectName("commandMessage")
        self.message.setAccessibleName("Command response")
        self.message.setPlaceholderText("Response — $(user) is replaced by who ran it")
        self.message.setMaximumHeight(70)
        self.aliases = line("Aliases, comma separated", "Aliases", ctx, "commands.update", "aliases", key="commandAliases")
        self.cd_global = spin(ctx, "commands.cooldown", "cooldown_global_seconds", " s")
        self.cd_user = spin(ctx, "commands.cooldown", "cooldown_user_seconds", " s")
        self.cd_global.setPrefix("global ")
        self.cd_user.setPrefix("per user ")
        self.platform_boxes = {key: switch(name, f"{name} platform") for key, name in PLATFORMS}
        for key, box in self.platform_boxes.items():
            box.setObjectName(f"platform_{key}")
        self.save = button("Save", "apply", name="Save command", key="saveCommand")
        self.editor_note = Note("editorNote")
        self.editor_title = label("New command", name="sectionTitle")
        for w in (self.name, self.message, self.aliases, self.cd_global, self.cd_user, *self.platform_boxes.values()):
            changed_signal(w).connect(self.check_editor)
        self.save.clicked.connect(self.save_command)
        self.editing: Any = None
        box = card(self.editor_title, row(self.name, self.aliases), self.message,
                   row(label("Cooldown"), self.cd_global, self.cd_user, stretch=True),
                   row(label("Platforms"), *self.platform_boxes.values(), stretch=True),
                   row(self.save, stretch=True), self.editor_note)
        return box

    def new_command(self) -> None:
        self.table.clearSelection()
        self.fill_editor(None)
        self.name.setFocus()

    def fill_editor(self, c: Any) -> None:
        if getattr(c, "id", None) != getattr(self.editing, "id", None):
            self.editor_note.clear()  # another command: the last message was about the previous one
        self.editing = c
        self.editor_title.setText(f"Edit {c.command}" if c else "New command")
        self.name.setText(c.command if c else "")
        self.name.setReadOnly(c is not None)
        self.message.setPlainText(c.message if c else "")
        self.aliases.setText(", ".join(a for a in c.aliases if a.lower() != c.command.lower()) if c else "")
        self.cd_global.setValue(c.cooldown_global_seconds if c else 5)
        self.cd_user.setValue(c.cooldown_user_seconds if c else 15)
        for key, box in self.platform_boxes.items():
            box.setChecked(bool(getattr(c, f"platform_{key}")) if c else key in ("kick", "twitch"))
        self.check_editor()

    def _calls(self) -> list[tuple[str, dict[str, Any]]]:
        """The requests that turn the command into what the editor shows, in order."""
        c = self.editing
        aliases = [a.strip() for a in self.aliases.text().split(",") if a.strip()]
        message = self.message.toPlainText()
        calls: list[tuple[str, dict[str, Any]]] = []
        if c is None:
            calls.append(("commands.create", {"command": self.name.text().strip(), "message": message}))
            ref: dict[str, Any] = {"command": self.name.text().strip()}
            old_aliases: list[str] = []
            old = {"cooldown_global_seconds": 5, "cooldown_user_seconds": 15, "platform_kick": 1, "platform_twitch": 1,
                   "platform_tiktok": 0, "platform_youtube": 0}
        else:
            ref = {"id": c.id}
            old_aliases = [a for a in c.aliases if a.lower() != c.command.lower()]
            old = {k: int(getattr(c, k)) for k in ("cooldown_global_seconds", "cooldown_user_seconds", "platform_kick",
                                                     "platform_twitch", "platform_tiktok", "platform_youtube")}
        update = {}
        if c is not None and message != c.message:
            update["message"] = message
        if aliases != old_aliases:
            update["aliases"] = aliases
        if update:
            calls.append(("commands.update", {**ref, **update}))
        cooldowns = {k: w.value() for k, w in (("cooldown_global_seconds", self.cd_global),
                                              ("cooldown_user_seconds", self.cd_user)) if w.value() != old[k]}
        if cooldowns:
            calls.append(("commands.cooldown", {**ref, **cooldowns}))
        platforms = {f"platform_{k}": int(b.isChecked()) for k, b in self.platform_boxes.items()
                     if int(b.isChecked()) != old[f"platform_{k}"]}
        if platforms:
            calls.append(("commands.platforms", {**ref, **platforms}))
        return calls

    def check_editor(self, *_: Any) -> bool:
        problems = []
        calls = self._calls()
        for action_id, params in calls:
            try:
                self.ctx.validate(action_id, params)
            except InvalidParams as exc:
                problems += exc.problems
            except DeckError as exc:
                problems.append(str(exc))
        if problems and (self.name.text() or self.message.toPlainText()):
            self.editor_note.error("\n".join(problems))
        elif self.editor_note.property("role") == "error":
            self.editor_note.clear()
        self.save.setEnabled(bool(calls) and not problems)
        return bool(calls) and not problems

    def save_command(self) -> None:
        if not self.check_editor():
            return
        calls = self._calls()
        name = self.name.text().strip()
        self.save.setEnabled(False)

        def step(i: int) -> None:
            if i == len(calls):
                self.load_commands(select=name, after=lambda: self.editor_note.ok(f"{name} saved ✓"))
                return

            def failed(exc: Exception) -> None:
                if i == 0:  # nothing changed: keep what was typed
                    self.check_editor()
                    self.editor_note.error(str(exc))
                else:  # partly saved: show the command as it now is, and what failed
                    self.load_commands(select=name, after=lambda: self.editor_note.error(f"Partly saved: {exc}"))

            action_id, params = calls[i]
            if not self.run(action_id, params, note=self.editor_note, on_result=lambda _: step(i + 1), on_error=failed):
                self.check_editor()

        step(0)

    # ------------------------------------------------------------------ AI
    def _ai(self) -> QWidget:
        self.ai_state: dict[str, Optional[bool]] = {"gemini_aktif": None, "ai_sadeceAbone": None}
        self.ai_labels, self.ai_buttons = {}, []
        rows = []
        for key, title in (("gemini_aktif", "AI bot"), ("ai_sadeceAbone", "Subscribers only")):
            state = label(f"{title}: unknown", name=f"ai.{key}")
            on = button("On", name=f"{title} on")
            off = button("Off", name=f"{title} off")
            on.setObjectName(f"{key}.on")
            off.setObjectName(f"{key}.off")
            on.clicked.connect(lambda _=False, k=key: self.set_ai(k, "on"))
            off.clicked.connect(lambda _=False, k=key: self.set_ai(k, "off"))
            self.ai_labels[key] = (state, title)
            self.ai_buttons += [on, off]
            rows.append(row(state, on, off, stretch=True))
        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName("aiPrompt")
        self.prompt.setAccessibleName("AI prompt")
        self.prompt.setPlaceholderText("The AI bot's instructions. MissXss cannot send the current prompt back, "
                                       "so write the whole prompt here.")
        self.save_prompt = button("Save prompt", "apply", key="savePrompt")
        self.clear_history = button("Clear history", "delete", key="clearHistory")
        self.ai_note = Note("aiNote")
        Form(self, "ai.settings", lambda: {"ai_text": self.prompt.toPlainText()}, self.save_prompt, (self.prompt,),
             self.ai_note, done="Prompt saved ✓ History cleared.", on_result=self._show_ai,
             question=lambda: "Save the new prompt? This also clears the AI's conversation history.")
        self.clear_history.clicked.connect(lambda: self.run("ai.clear", note=self.ai_note,
                                                            busy=[self.clear_history], done="History cleared ✓"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(card(*rows, label("MissXss reports these after a change made from Deck.", role="muted"),
                              title="AI bot"))
        layout.addWidget(card(self.prompt, row(Counter(self.prompt, 12000), self.save_prompt, self.clear_history,
                                               stretch=False), title="Prompt"), 1)
        layout.addWidget(self.ai_note)
        return page

    def set_ai(self, key: str, mode: str) -> None:
        self.run("ai.settings", {key: mode}, note=self.ai_note, busy=self.ai_buttons, on_result=self._show_ai)

    def _show_ai(self, result: Any) -> None:
        extra = result.model_extra or {}
        for key, (state, title) in self.ai_labels.items():
            if key in extra:
                on = bool(int(extra[key]))
                state.setText(f"{title}: <b>{'ON' if on else 'off'}</b>")
                set_role(state, "ok" if on else "")
        if not self.ai_note.text():
            self.ai_note.ok("Saved ✓")
