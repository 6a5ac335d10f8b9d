"""Spam filters: each connected service's chat filters, each row saying its service. A
filter switches on and off at once; its timeout, threshold, who it spares, whether it
speaks, its message and its word lists are saved together, sending only what changed.
Word lists explain their syntax (``*`` wildcards, ``~/pattern/flags`` regular expressions)
and point at lines that cannot be read as patterns."""
from __future__ import annotations

import re
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QSplitter, QVBoxLayout, QWidget

from deck.core import words
from deck.core.errors import DeckError, InvalidParams

from ..kit import Loader, Panel, Sourced, line, param, sourced
from ..widgets import Counter, Note, Table, button, card, changed_signal, label, level_text, on_off, row, set_role, switch
from ..i18n import contract

COLUMNS = [QT_TRANSLATE_NOOP("FiltersPanel", "Filter"), QT_TRANSLATE_NOOP("FiltersPanel", "Service"),
           QT_TRANSLATE_NOOP("FiltersPanel", "On"), QT_TRANSLATE_NOOP("FiltersPanel", "Spares"),
           QT_TRANSLATE_NOOP("FiltersPanel", "Timeout")]
LIST_HELP = QT_TRANSLATE_NOOP("ListEditor", "One entry a line. <b>*</b> matches anything (<code>*spoiler*</code>); "
                              "<b>~/pattern/flags</b> is a regular expression (<code>~/fr+ee/i</code>).")
REGEX_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "u": 0, "g": 0, "y": 0}


def duration(seconds: int) -> str:
    """A timeout in its largest whole unit ("10 min", "90 s"): a filter's length is exact."""
    if any(seconds >= size and seconds % size == 0 for size in (86_400, 3600, 60)):
        return words.duration(seconds)
    return QCoreApplication.translate("Words", "{n} s").format(n=seconds)


def read_list(text: str) -> tuple[tuple[int, int, int], list[str]]:
    """How many words or phrases, wildcards and regular expressions a word list holds, and the
    lines that are not readable patterns."""
    words = wild = patterns = 0
    problems = []
    for n, entry in enumerate(text.splitlines(), 1):
        entry = entry.strip()
        if not entry:
            continue
        if entry.startswith("~/"):
            patterns += 1
            found = re.fullmatch(r"~/(.+)/([a-z]*)", entry)
            if not found:
                problems.append(QCoreApplication.translate("Filters",
                                                           "line {n}: a regular expression is written ~/pattern/flags").format(n=n))
                continue
            unknown = set(found.group(2)) - set(REGEX_FLAGS)
            try:
                flags = 0
                for f in found.group(2):
                    flags |= REGEX_FLAGS.get(f, 0)
                re.compile(found.group(1), flags)
            except re.error as exc:
                problems.append(QCoreApplication.translate("Filters", "line {n}: {exc}").format(n=n, exc=exc))
            if unknown:
                problems.append(QCoreApplication.translate("Filters",
                                                           "line {n}: unknown flag {names} (i, m, s, u, g, y)").format(n=n,
                                                                                                                      names=''.join(sorted(unknown))))
        elif "*" in entry:
            wild += 1
        else:
            words += 1
    return (words, wild, patterns), problems


def _cells(r: Sourced) -> list[Any]:
    f = r.item
    return [f.name, r.service, on_off(f.enabled), level_text(f.exempt_level, and_up=True),
            duration(f.length)]


class ListEditor(QWidget):
    """A word list with its syntax explained and its unreadable lines pointed at."""

    def __init__(self, title: str, key: str):
        super().__init__()
        self.edit = QPlainTextEdit(objectName=key)
        self.edit.setAccessibleName(title)
        self.edit.setMinimumHeight(90)
        self.summary = label("", role="muted", name=f"{key}Summary", wrap=True)
        self.title = label(title, role="strong")
        help_text = label(self.tr(str(LIST_HELP)), role="muted", wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, help_text, self.edit, self.summary):
            layout.addWidget(w)
        self.edit.textChanged.connect(self.check)

    def check(self) -> None:
        (words, wild, patterns), problems = read_list(self.edit.toPlainText())
        total = words + wild + patterns
        parts = ", ".join((self.tr("%n word(s) or phrase(s)", "", words), self.tr("%n with wildcards", "", wild),
                           self.tr("%n regular expression(s)", "", patterns)))
        summary = self.tr("%n entries: {parts}", "", total).format(parts=parts) if total else self.tr("Empty.")
        self.summary.setText("\n".join([summary, *(f"{p} — the service may refuse it" for p in problems)]))
        set_role(self.summary, "error" if problems else "muted")


class FiltersPanel(Panel):
    needs = ("moderation.filters",)
    refresh_seconds = 60

    def build(self) -> None:
        self.editing: Optional[Sourced] = None
        self.table = Table([self.tr(str(c)) for c in COLUMNS], self.tr("Spam filters"), stretch=0)
        self.loader = Loader(self, self.table, self.tr("This service has no spam filters."), "filtersLoader")
        self.table.itemSelectionChanged.connect(lambda: self.fill_editor(self.table.selected()))
        self.note = Note("filtersNote")
        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loader, 1)
        layout.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self._editor())
        split.setSizes([200, 360])
        QVBoxLayout(self.body).addWidget(split)

    def refresh(self) -> None:
        self.load()

    def load(self, after: str = "") -> None:
        chosen = self._key(self.table.selected())

        def render(answers: dict[tuple[str, str], Any]) -> bool:
            rows, failed = sourced(self.ctx, answers, "filters", lambda _: QCoreApplication.translate("FiltersPanel", "spam filters"))
            has = self.table.set_rows(rows, _cells)
            if not self.table.select_quietly(lambda r: self._key(r) == chosen) and rows:
                self.table.select_quietly(lambda r: r is rows[0])  # the first, when the one shown is gone
            if failed:
                self.note.error("\n".join(failed))
            selected = self.table.selected()
            if after or self._key(selected) != self._key(self.editing):
                self.fill_editor(selected)  # after saving: as the service now has it
            else:
                self._show_enabled(selected)
            if after:
                self.editor_note.ok(after)
            return has

        self.loader.load_each([("moderation.filters", c.provider)
                               for c in self.ctx.capabilities.usable("moderation.filters")], render)

    @staticmethod
    def _key(r: Optional[Sourced]) -> Optional[tuple[str, str]]:
        return r.key if r else None

    # ------------------------------------------------------------------ editor
    def _editor(self) -> QWidget:
        self.title = label(self.tr("Pick a filter"), name="sectionTitle")
        self.description = label("", role="muted", name="filterDescription", wrap=True)
        self.doc = label(name="filterDoc")
        self.doc.setOpenExternalLinks(True)
        self.enabled = switch(self.tr("On"), self.tr("Filter on"))
        self.enabled.setObjectName("filterEnabled")
        self.enabled.clicked.connect(self.set_enabled)
        self.length = QSpinBox(objectName="filterLength", prefix=self.tr("time out for "), suffix=self.tr(" s"))
        self.length.setAccessibleName(self.tr("Timeout length in seconds"))
        self.length_words = label("", role="muted", name="filterLengthWords")
        self.length.valueChanged.connect(lambda v: self.length_words.setText(f"= {duration(v)}"))
        self.limit = QSpinBox(objectName="filterLimit", prefix="threshold ")
        self.limit.setAccessibleName(self.tr("Filter threshold"))
        self.exempt = QComboBox(objectName="filterExempt")
        self.exempt.setAccessibleName(self.tr("Who the filter spares"))
        self.silent = switch(self.tr("Silent (no message in chat)"), self.tr("Silent"))
        self.silent.setObjectName("filterSilent")
        self.message = line(self.tr("Timeout message (empty: the service's own lines)"), self.tr("Timeout message"), key="filterMessage")
        self.counter = Counter(self.message, 400)
        self.blacklist = ListEditor(self.tr("Blocked words and phrases"), "filterBlacklist")
        self.whitelist = ListEditor(self.tr("Allowed (the link filter reads host names, e.g. youtube.com)"), "filterWhitelist")
        self.save = button(self.tr("Save"), "apply", name=self.tr("Save filter"), key="saveFilter")
        self.save.clicked.connect(self.save_filter)
        self.editor_note = Note("filterEditorNote")
        self.fields: dict[str, QWidget] = {
            "length": self.length, "limit": self.limit, "exempt_level": self.exempt, "silent": self.silent,
            "message": self.message, "blacklist": self.blacklist.edit, "whitelist": self.whitelist.edit}
        for w in self.fields.values():
            changed_signal(w).connect(self.check_editor)
        self.rows: dict[str, QWidget] = {"length": self.length_words, "message": self.counter,
                                         "blacklist": self.blacklist, "whitelist": self.whitelist}
        editor = card(row(self.title, self.enabled, self.doc, stretch=True), self.description,
                      row(self.length, self.length_words, self.limit, stretch=True),
                      row(label(self.tr("Spares")), self.exempt, self.silent, stretch=True), row(self.message, self.counter),
                      self.blacklist, self.whitelist, row(self.save, stretch=True), self.editor_note)
        editor.layout().addStretch(1)
        self.fill_editor(None)
        return editor

    def _bound(self, provider: str) -> None:
        """Ranges and choices as the service's contract has them."""
        for name, widget in (("length", self.length), ("exempt_level", self.exempt), ("message", self.message)):
            try:
                p = param(self.ctx, "moderation.filter-set", name, provider)
            except (KeyError, DeckError):
                continue
            widget.setToolTip(contract(p.doc))
            if widget is self.length:
                self.length.setRange(int(p.min or 0), int(p.max or 1_209_600))
            elif widget is self.exempt and self.exempt.count() != len(p.choices):
                self.exempt.blockSignals(True)
                self.exempt.clear()
                for level in reversed(p.choices):
                    self.exempt.addItem(level_text(level, and_up=True), level)
                self.exempt.blockSignals(False)
            elif widget is self.message and p.max:
                self.counter.limit = int(p.max)

    def fill_editor(self, r: Optional[Sourced]) -> None:
        if self._key(r) != self._key(self.editing):
            self.editor_note.clear()
        self.editing = r
        f = r.item if r else None
        editable = set(f.editable) if f else set()
        if r:
            self._bound(r.provider)
        self.title.setText(f.name if f else self.tr("Pick a filter"))
        self.description.setText(f.description if f else "")
        self.doc.setText(self.tr('<a href="{doc}">How it works</a>').format(doc=f.doc) if f and f.doc else "")
        self.enabled.setVisible(f is not None and "enabled" in editable)
        for name, widget in self.fields.items():
            widget.setVisible(name in editable)
            if name in self.rows:
                self.rows[name].setVisible(name in editable)
        for w in self.fields.values():
            w.blockSignals(True)
        if f:
            self.length.setValue(f.length)
            self.limit.setRange(f.limit_min, f.limit_max or 100_000)
            self.limit.setValue(f.limit or 0)
            self.limit.setToolTip(self.tr("From {limit_min} to {limit_max}").format(limit_min=f.limit_min,
                                                                                    limit_max=f.limit_max) if f.limit_max else "")
            self.exempt.setCurrentIndex(max(self.exempt.findData(f.exempt_level), 0))
            self.silent.setChecked(f.silent)
            self.message.setText(f.message)
            self.blacklist.edit.setPlainText(f.blacklist or "")
            self.whitelist.edit.setPlainText(f.whitelist or "")
        for w in self.fields.values():
            w.blockSignals(False)
        self.length_words.setText(f"= {duration(self.length.value())}")
        self.blacklist.check()
        self.whitelist.check()
        self.counter.update_count()
        self._show_enabled(r)
        self.check_editor()

    def _show_enabled(self, r: Optional[Sourced]) -> None:
        self.enabled.setChecked(bool(r and r.item.enabled))

    def _values(self) -> dict[str, Any]:
        return {"length": self.length.value(), "limit": self.limit.value(), "exempt_level": self.exempt.currentData(),
                "silent": self.silent.isChecked(), "message": self.message.text(),
                "blacklist": self.blacklist.edit.toPlainText(), "whitelist": self.whitelist.edit.toPlainText()}

    def _changes(self) -> dict[str, Any]:
        if self.editing is None:
            return {}
        f = self.editing.item
        return {k: v for k, v in self._values().items() if k in f.editable and v != getattr(f, k)}

    def check_editor(self, *_: Any) -> bool:
        changes = self._changes()
        problems: list[str] = []
        if changes:
            try:
                self.ctx.validate("moderation.filter-set", {"id": self.editing.item.id, **changes},  # type: ignore[union-attr]
                                  provider=self.editing.provider)  # type: ignore[union-attr]
            except InvalidParams as exc:
                problems = exc.problems
            except DeckError as exc:
                problems = [str(exc)]
        if problems:
            self.editor_note.error("\n".join(problems))
        elif self.editor_note.property("role") == "error":
            self.editor_note.clear()
        ready = bool(changes) and not problems
        self.save.setEnabled(ready)
        return ready

    def set_enabled(self, on: bool) -> None:
        r = self.editing
        if r is None:
            return
        self.run("moderation.filter-set", {"id": r.item.id, "enabled": on}, note=self.editor_note,
                 provider=r.provider, busy=[self.enabled], done=(self.tr("{name} on ✓") if on else self.tr("{name} off ✓")).format(
                     name=r.item.name),
                 on_result=lambda _: self.load(), on_error=lambda _: self._show_enabled(r))

    def save_filter(self) -> None:
        if not self.check_editor():
            return
        r = self.editing
        assert r is not None
        if not self.run("moderation.filter-set", {"id": r.item.id, **self._changes()}, note=self.editor_note,
                        provider=r.provider, busy=[self.save],
                        on_result=lambda _: self.load(after=self.tr("{name} saved ✓").format(name=r.item.name))):
            self.check_editor()
