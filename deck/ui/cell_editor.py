"""Editing a deck button: what it runs (one action, a sequence, a toggle or a folder), how it
looks, and its keys. Parameters are checked as you type with the command line's rules."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deck.actions.profiles import Cell, Hotkey, Page, Step
from deck.actions.toggles import KINDS
from deck.core.errors import DeckError
from deck.core.words import fold

from .colours import READABLE, contrast, readable_text
from .i18n import contract, ordered
from .icons import icon_names, tinted_icon
from .params_form import ParamsForm

if TYPE_CHECKING:
    from .context import AppContext


def matches(query: str, *fields: str) -> bool:
    """Every word of the query appears in one of the fields (case-insensitive, Turkish-aware)."""
    text = fold(" ".join(fields))
    return all(word in text for word in fold(query).split())


def service_title(provider: str) -> str:
    """A provider's name as the user reads it ("deck": Deck's own actions)."""
    from deck.providers import catalogue

    try:
        return catalogue.get(provider).title
    except KeyError:
        return "Deck" if provider == "deck" else provider


class ActionPicker(QWidget):
    """Search actions by title, id and group; pick one."""

    picked = Signal(str)

    def __init__(self, registry: Any, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.registry = registry
        self.search = QLineEdit(placeholderText=self.tr("Search actions by name, id or group…"), objectName="actionSearch")
        self.search.setAccessibleName(self.tr("Search actions"))
        self.list = QListWidget(objectName="actionList")
        self.list.setAccessibleName(self.tr("Actions"))
        self.list.setMinimumHeight(140)
        self.list.setSpacing(2)
        for action in ordered(registry.actions(), lambda a: contract(a.title)):  # the title, under it where it goes
            group = contract(action.group)
            where = (self.tr("whichever connected service offers it") if action.capability else group
                     if action.provider == "deck" else f"{service_title(action.provider)} · {group}")
            item = QListWidgetItem(f"{contract(action.title)}\n    {where}")
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            item.setToolTip(f"{action.id}\n{contract(action.description)}".strip())
            self.list.addItem(item)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda item, _: item and self.picked.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)

    def _filter(self, query: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            action = self.registry.get(item.data(Qt.ItemDataRole.UserRole))
            item.setHidden(not matches(query, action.title, contract(action.title), action.id, contract(action.group)))

    def select(self, action_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == action_id:
                self.list.setCurrentRow(i)
                self.list.scrollToItem(self.list.item(i))
                return


class StepEditor(QWidget):
    """An action picker and its parameters form (plus an optional delay)."""

    changed = Signal()

    def __init__(self, registry: Any, parent: Optional[QWidget] = None,
                 suggest: Callable[[str, str], list[str]] = lambda action_id, name: []):
        super().__init__(parent)
        self.registry = registry
        self.suggest = suggest  # (action, parameter) -> names the service has now
        self.action_id = ""
        self.form: Optional[ParamsForm] = None
        self.picker = ActionPicker(registry)
        self.picker.picked.connect(lambda action_id: self._show(action_id, {}))
        self.form_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker, 1)
        layout.addLayout(self.form_box)

    def _show(self, action_id: str, values: dict[str, Any]) -> None:
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
        self.action_id = action_id
        self.form = ParamsForm(action_id, self.registry.get(action_id).params, values,
                               suggest=lambda name: self.suggest(action_id, name))
        self.form.changed.connect(self.changed.emit)
        self.form_box.addWidget(self.form)
        self.changed.emit()

    def set_step(self, step: Optional[Step]) -> None:
        if step and step.action in self.registry:
            self.picker.blockSignals(True)
            self.picker.select(step.action)
            self.picker.blockSignals(False)
            self._show(step.action, step.params)

    def step(self) -> Optional[Step]:
        if not self.action_id or self.form is None or not self.form.valid:
            return None
        return Step(action=self.action_id, params=self.form.raw_values())

    @property
    def problem(self) -> str:
        if not self.action_id:
            return self.tr("Pick an action.")
        return "; ".join(self.form.problems) if self.form and self.form.problems else ""


class ColourButton(QPushButton):
    """A colour of the button, picked in the system's colour dialog; unset, it says what is used instead."""

    def __init__(self, colour: str, what: str, unset: str):
        super().__init__()
        self.what, self.unset = what, unset
        self.setAccessibleName(what)
        self.setToolTip(self.tr("Choose: {what}").format(what=what))
        self.set(colour)
        self.clicked.connect(self._pick)

    changed = Signal()

    def set(self, colour: str) -> None:
        self.colour = colour
        self.setText(f"{self.what}: {colour or self.unset}")
        palette = QPalette()  # the theme's, or the chosen colour with text that reads on it
        if colour:
            palette.setColor(QPalette.ColorRole.Button, QColor(colour))
            palette.setColor(QPalette.ColorRole.ButtonText, QColor(readable_text(colour)))
        self.setPalette(palette)
        self.changed.emit()

    def _pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour or "#7c4dff"), self, self.what)
        if chosen.isValid():
            self.set(chosen.name())


class CellEditor(QDialog):
    def _check_contrast(self) -> None:
        """Warn when the chosen text colour is hard to read on the chosen button colour."""
        back, text = self.color.colour, self.text_color.colour
        ratio = contrast(text, back) if back and text else 21.0
        self.contrast_note.setText(self.tr("⚠ This text is hard to read on this colour ({ratio}:1; 4.5:1 or more reads well). Leave the "
                                           "text colour unset to have Deck pick a readable one.").format(
                                               ratio=format(ratio, '.1f')) if ratio < READABLE
                                   else "")
        self.contrast_note.setVisible(ratio < READABLE)

    def __init__(self, ctx: "AppContext", cell: Cell, page: Page, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit button"))
        self.setObjectName("cellEditor")
        self.ctx, self.control = ctx, ctx.deck
        self.cell = cell.model_copy(deep=True)
        self.page = page
        self.steps: list[Step] = list(self.cell.steps)
        self.current = -1  # the step shown in the step editor (multi)
        self.resize(640, 720)

        self.label = QLineEdit(self.cell.label, objectName="cellLabel", maxLength=40, placeholderText=self.tr("Button text"))
        self.icon = QComboBox(objectName="cellIcon")
        self.icon.addItem(self.tr("(no icon)"), "")
        for name in icon_names():
            self.icon.addItem(tinted_icon(name, self.palette().text().color().name()), name, name)
        self.icon.setCurrentIndex(max(self.icon.findData(self.cell.icon), 0))
        self.color = ColourButton(self.cell.color, self.tr("Button colour"), self.tr("the theme's"))
        self.text_color = ColourButton(self.cell.text_color, self.tr("Text colour"), self.tr("readable on the button"))
        clear = QPushButton(self.tr("Use the theme's colours"))
        clear.setToolTip(self.tr("Forget both colours: the button follows the light or dark theme"))
        clear.clicked.connect(lambda: (self.color.set(""), self.text_color.set("")))
        colours = QHBoxLayout()
        for w in (self.color, self.text_color, clear):
            colours.addWidget(w)
        self.contrast_note = QLabel(objectName="contrastNote", wordWrap=True)
        self.contrast_note.setProperty("role", "error")
        for button in (self.color, self.text_color):
            button.changed.connect(self._check_contrast)
        self._check_contrast()
        self.kind = QComboBox(objectName="cellKind")
        for value, text in (("action", self.tr("Run an action")), ("multi", self.tr("Run several actions in order")),
                            ("toggle", self.tr("Toggle (follows live state)")), ("folder", self.tr("Open a folder of buttons"))):
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(self.kind.findData(self.cell.kind))
        looks = QFormLayout()
        looks.addRow(self.tr("Text"), self.label)
        looks.addRow(self.tr("Icon"), self.icon)
        looks.addRow(self.tr("Colours"), colours)
        looks.addRow("", self.contrast_note)
        looks.addRow(self.tr("Does"), self.kind)

        # what it runs: one stack page per kind
        self.step_editor = StepEditor(ctx.registry, suggest=ctx.services.suggest)
        self.step_editor.changed.connect(self._step_edited)
        self.step_list = QListWidget(objectName="stepList")
        self.step_list.setMaximumHeight(110)
        self.step_list.currentRowChanged.connect(self._select_step)
        self.on_error = QComboBox(objectName="onError")
        self.on_error.addItem(self.tr("Stop at the first error"), "stop")
        self.on_error.addItem(self.tr("Go on after an error"), "continue")
        self.on_error.setCurrentIndex(self.on_error.findData(self.cell.on_error))
        step_buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("Add step"), self._add_step, "addStep"), (self.tr("Remove"), self._remove_step, "removeStep"),
                                 (self.tr("Up"), lambda: self._shift(-1), "stepUp"), (self.tr("Down"), lambda: self._shift(1), "stepDown")):
            b = QPushButton(text, objectName=name)
            b.clicked.connect(slot)
            step_buttons.addWidget(b)
        step_buttons.addWidget(self.on_error)
        self.delay = QSpinBox(objectName="stepDelay", suffix=" ms", maximum=600_000, singleStep=100)
        self.delay.setAccessibleName(self.tr("Wait before this step"))
        self.delay.valueChanged.connect(self._step_edited)
        delay_row = QHBoxLayout()
        delay_row.addWidget(QLabel(self.tr("Wait before this step")))
        delay_row.addWidget(self.delay)
        delay_row.addStretch(1)
        self.multi_box = QWidget()
        multi = QVBoxLayout(self.multi_box)
        multi.setContentsMargins(0, 0, 0, 0)
        multi.addWidget(self.step_list)
        multi.addLayout(step_buttons)
        multi.addLayout(delay_row)
        runs = QWidget()
        runs_layout = QVBoxLayout(runs)
        runs_layout.setContentsMargins(0, 0, 0, 0)
        runs_layout.addWidget(self.multi_box)
        runs_layout.addWidget(self.step_editor, 1)

        toggle = QWidget()
        toggle_form = QFormLayout(toggle)
        self.toggle_kind = QComboBox(objectName="toggleKind")
        for kind in KINDS.values():
            self.toggle_kind.addItem(contract(kind.title), kind.id)
        self.toggle_kind.setCurrentIndex(max(self.toggle_kind.findData(self.cell.toggle), 0))
        self.toggle_arg = QLineEdit(self.cell.toggle_arg, objectName="toggleArg", maxLength=100)
        self.toggle_arg_label = QLabel()
        self.toggle_kind.currentIndexChanged.connect(self._offer_arguments)
        self.toggle_kind.currentIndexChanged.connect(self._validate)
        self.toggle_arg.textChanged.connect(self._validate)
        self._offer_arguments()
        toggle_form.addRow(self.tr("Follows"), self.toggle_kind)
        toggle_form.addRow(self.toggle_arg_label, self.toggle_arg)
        folder = QLabel(self.tr("The button opens a page of its own, with as many rows and columns as this one. "
                                "Use ← in the page bar to come back."))
        folder.setWordWrap(True)
        self.stack = QStackedWidget()
        for w in (runs, toggle, folder):
            self.stack.addWidget(w)

        # keys
        self.app_keys = QKeySequenceEdit(objectName="appKeys")
        self.global_keys = QKeySequenceEdit(objectName="globalKeys")
        for edit in (self.app_keys, self.global_keys):
            edit.setMaximumSequenceLength(1)
            edit.keySequenceChanged.connect(self._validate)
        for hk in self.control.profile.hotkeys:
            if hk.cell == self.cell.id:
                (self.app_keys if hk.scope == "app" else self.global_keys).setKeySequence(QKeySequence(hk.keys))
        keys_box = QGroupBox(self.tr("Keys"))
        keys = QFormLayout(keys_box)
        keys.addRow(self.tr("In Deck"), self._with_clear(self.app_keys))
        keys.addRow(self.tr("Global (in games too)"), self._with_clear(self.global_keys))
        self.key_note = QLabel(objectName="keyNote", wordWrap=True)
        keys.addRow(self.key_note)

        self.problem = QLabel(objectName="cellProblem", wordWrap=True)
        self.problem.setProperty("role", "error")
        self.test_result = QLabel(objectName="testResult", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.test_button = self.buttons.addButton(self.tr("Test"), QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.setObjectName("testButton")
        self.test_button.clicked.connect(self.test)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(looks)
        layout.addWidget(self.stack, 1)
        layout.addWidget(keys_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.test_result)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.touched = False  # what is missing is said once the user has changed something
        self._kind_changed()
        self._list_steps(0)
        self.touched = True

    @staticmethod
    def _with_clear(edit: QKeySequenceEdit) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        clear = QPushButton(QCoreApplication.translate("CellEditor", "Clear"))
        clear.clicked.connect(edit.clear)
        row.addWidget(clear)
        return box

    # ---- steps
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.stack.setCurrentIndex({"action": 0, "multi": 0, "toggle": 1, "folder": 2}[kind])
        self.multi_box.setVisible(kind == "multi")
        if kind == "action":
            self.steps = self.steps[:1]
            self.current = 0
            self.step_editor.set_step(self.steps[0] if self.steps else None)
        self._validate()

    def _list_steps(self, select: int) -> None:
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for i, step in enumerate(self.steps):
            self.step_list.addItem(self._step_text(i, step))
        self.step_list.blockSignals(False)
        if self.steps:
            self.step_list.setCurrentRow(min(select, len(self.steps) - 1))
            self._select_step(self.step_list.currentRow())
        else:
            self.current = 0
        self._validate()

    def _step_text(self, index: int, step: Step) -> str:
        registry = self.ctx.registry
        title = contract(registry.get(step.action).title) if step.action in registry else step.action
        return f"{index + 1}. {title}" + (self.tr(" (after {delay_ms} ms)").format(delay_ms=step.delay_ms) if step.delay_ms else "")

    def _select_step(self, row: int) -> None:
        if 0 <= row < len(self.steps):
            self.current = row
            self.step_editor.set_step(self.steps[row])
            self.delay.blockSignals(True)
            self.delay.setValue(self.steps[row].delay_ms)
            self.delay.blockSignals(False)

    def _step_edited(self) -> None:
        step = self.step_editor.step()
        if step is not None:
            step.delay_ms = self.delay.value() if self.kind.currentData() == "multi" else 0
            if 0 <= self.current < len(self.steps):
                self.steps[self.current] = step
            else:
                self.steps.append(step)
                self.current = len(self.steps) - 1
            if self.kind.currentData() == "multi":
                item = self.step_list.item(self.current)
                text = self._step_text(self.current, step)
                if item is None:
                    self.step_list.addItem(text)
                else:
                    item.setText(text)
        self._validate()

    def _add_step(self) -> None:
        first = Step(action="chat.send", params={"message": "…", "platform": "kick"})
        self.steps.append(self.steps[-1].model_copy(deep=True) if self.steps else first)
        self._list_steps(len(self.steps) - 1)

    def _remove_step(self) -> None:
        if 0 <= self.current < len(self.steps):
            del self.steps[self.current]
            self._list_steps(self.current)

    def _shift(self, by: int) -> None:
        i, j = self.current, self.current + by
        if 0 <= i < len(self.steps) and 0 <= j < len(self.steps):
            self.steps[i], self.steps[j] = self.steps[j], self.steps[i]
            self._list_steps(j)

    def _offer_arguments(self) -> None:
        """For a toggle that follows a service's live state, its names as the service has them now
        (OBS's scenes, sources, audio inputs), offered as the user types or opens the list."""
        try:
            names = self.control.toggles.choices(self.toggle_kind.currentData())
        except DeckError:
            names = []
        completer = QCompleter(names, self.toggle_arg)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.toggle_arg.setCompleter(completer if names else None)
        self.toggle_arg.setPlaceholderText(self.tr("e.g. {example}").format(example=names[0]) if names else "")

    # ---- checking
    def problems(self) -> list[str]:
        kind = self.kind.currentData()
        out = []
        if kind in ("action", "multi"):
            if self.step_editor.problem:
                out.append(self.step_editor.problem)
            elif not self.steps:
                out.append(self.tr("Add at least one step."))
        if kind == "toggle":
            spec = KINDS[self.toggle_kind.currentData()]
            if spec.arg_label and not self.toggle_arg.text().strip():
                out.append(self.tr("{kind} needs: {what}.").format(kind=contract(spec.title), what=contract(spec.arg_label)))
        return out

    def _validate(self) -> None:
        spec = KINDS[self.toggle_kind.currentData()]
        self.toggle_arg_label.setText(contract(spec.arg_label) or self.tr("(nothing to set)"))
        self.toggle_arg.setEnabled(bool(spec.arg_label))
        problems = self.problems()
        notes = []
        for edit in (self.app_keys, self.global_keys):
            keys = edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
            other = self.control.hotkey_using(keys, lambda hk: hk.cell == self.cell.id) if keys else None
            if other:
                problems.append(self.tr("{keys} already runs {hotkey}.").format(
                    keys=keys, hotkey=self.control.describe_hotkey(other)))
        if self.global_keys.keySequence().count() and self.control.hotkeys.problem:
            notes.append(self.control.hotkeys.problem)
        used = self.control.keys_for(cell_id=self.cell.id)
        if used:
            notes.append(self.tr("Keys that run this button now: ") + ", ".join(used))
        self.key_note.setText("\n".join(notes))
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems) and getattr(self, "touched", True))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.test_button.setEnabled(not problems and self.kind.currentData() != "folder")

    def result_cell(self) -> Cell:
        """The edited button; its keys are written into the profile's hotkeys."""
        kind = self.kind.currentData()
        cell = self.cell.model_copy(update=dict(
            label=self.label.text().strip(), icon=self.icon.currentData() or "", color=self.color.colour,
            text_color=self.text_color.colour, kind=kind, on_error=self.on_error.currentData(),
            steps=self.steps if kind in ("action", "multi") else [],
            toggle=self.toggle_kind.currentData() if kind == "toggle" else "",
            toggle_arg=self.toggle_arg.text().strip() if kind == "toggle" else ""))
        Cell.model_validate(cell.model_dump())  # the same limits as a file
        profile = self.control.profile
        profile.hotkeys = [h for h in profile.hotkeys if h.cell != cell.id]
        for edit, scope in ((self.app_keys, "app"), (self.global_keys, "global")):
            keys = edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
            if keys:
                profile.hotkeys.append(Hotkey(keys=keys, scope=scope, cell=cell.id))
        return cell

    def test(self) -> None:
        kind = self.kind.currentData()
        cell = self.cell.model_copy(update=dict(kind=kind, steps=self.steps, on_error=self.on_error.currentData(),
                                                toggle=self.toggle_kind.currentData(), toggle_arg=self.toggle_arg.text().strip()))
        try:
            steps = self.control.steps_of(cell)
        except DeckError as exc:
            self.test_result.setText(f"✗ {exc}")
            return
        self.test_result.setText(self.tr("Testing…"))
        task = self.control.run_steps(steps, self.label.text() or self.tr("Test"), cell.on_error)
        if task is None:
            self.test_result.setText(self.tr("Not run."))
            return
        task.add_done_callback(lambda t: self._tested(t))

    def _tested(self, task: Any) -> None:
        errors = task.result() if not task.cancelled() and task.exception() is None else ["cancelled"]
        self.test_result.setText("✗ " + "\n".join(errors) if errors else self.tr("✓ Worked."))
