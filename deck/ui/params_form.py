"""A form generated from an action's parameter model, validated as you type with the
same rules as the command line."""
from __future__ import annotations

import json
from typing import Any, Callable, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from deck.core.errors import InvalidParams
from deck.core.params import Param, ParamsModel, coerce, humane, validate

from .i18n import contract

UNSET = ""


class ParamsForm(QWidget):
    changed = Signal()  # after every edit; read ``problems`` for the validation state

    def __init__(self, action_id: str, model: type[ParamsModel], values: Optional[dict[str, Any]] = None,
                 parent: Optional[QWidget] = None, suggest: Callable[[str], list[str]] = lambda name: []):
        super().__init__(parent)
        self.suggest = suggest  # a parameter's names the service has now (OBS's scenes and inputs), offered as you type
        self.action_id = action_id
        self.model = model
        self.problems: list[str] = []
        self._editors: dict[str, tuple[Param, QWidget]] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for param in model.__params__:
            editor = self._editor(param)
            label = QLabel(contract(param.label) + (" *" if param.required else ""))
            label.setBuddy(editor)
            label.setToolTip(param.name)  # the contract's own name, as the command line takes it
            editor.setAccessibleName(contract(param.label))
            editor.setToolTip(contract(param.doc))
            editor.setObjectName(f"param.{param.name}")
            layout.addRow(label, editor)
            self._editors[param.name] = (param, editor)
        if not model.__params__:
            layout.addRow(QLabel(self.tr("This action has no parameters.")))
        self.error_label = QLabel()
        self.error_label.setObjectName("formErrors")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "error")
        layout.addRow(self.error_label)
        self.touched = bool(values)  # what is missing is said once something was given (required fields are starred)
        if values:
            self.set_values(values)
        self._validate()
        self.touched = True

    def _editor(self, p: Param) -> QWidget:
        if p.choices or p.kind == "bool01":
            box = QComboBox()
            options = p.choices or ("1", "0")
            if not p.required:
                box.addItem(self.tr("(default: {default})").format(
                    default=p.default) if p.default is not None else self.tr("(not set)"), UNSET)
            for option in options:
                box.addItem(p.title_of(option), option)
            box.currentIndexChanged.connect(self._validate)
            return box
        if p.kind in ("object", "any", "records") or (p.kind == "str" and (p.max or 0) > 500):
            edit = QPlainTextEdit()
            edit.setPlaceholderText(contract(p.doc))
            edit.setMaximumHeight(90)
            edit.textChanged.connect(self._validate)
            return edit
        line = QLineEdit()
        hint = contract(p.doc) + (self.tr(" — default {default}").format(default=p.default)
                        if p.default not in (None, "") and "default" not in p.doc else "")
        line.setPlaceholderText(hint)
        names = self.suggest(p.name) if p.kind == "str" else []
        if names:
            completer = QCompleter(names, line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            line.setCompleter(completer)
            line.setPlaceholderText(self.tr("e.g. {example} — {hint}").format(example=names[0], hint=hint))
        line.textChanged.connect(self._validate)
        return line

    @staticmethod
    def _text(editor: QWidget) -> str:
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def raw_values(self) -> dict[str, Any]:
        """What the user entered, typed; empty fields are left out (their defaults apply)."""
        values = {}
        for name, (param, editor) in self._editors.items():
            text = self._text(editor)
            if text == "":
                continue
            values[name] = coerce(param.kind, text)
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name not in self._editors:
                continue
            _, editor = self._editors[name]
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            if isinstance(editor, QComboBox):
                index = editor.findData(str(value))
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(text)
            else:
                editor.setText(text)

    def editor(self, name: str) -> QWidget:
        return self._editors[name][1]

    def _validate(self) -> None:
        try:
            validate(self.action_id, self.model, self.raw_values())
            self.problems = []
        except InvalidParams as exc:
            self.problems = [humane(problem, self.model.__params__, contract) for problem in exc.problems]
        self.error_label.setText("\n".join(self.problems))
        self.error_label.setVisible(bool(self.problems) and getattr(self, "touched", True))
        self.changed.emit()

    @property
    def valid(self) -> bool:
        return not self.problems
