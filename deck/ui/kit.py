"""Building blocks of the control panels.

A :class:`Panel` shows its content, or a "not connected" page while no connected service
offers the capabilities it needs. A :class:`Loader` wraps a view that is filled by a read
and shows loading, empty and error states in its place. A :class:`Form` takes its
parameters from widgets, validates them as the user types with the same rules as the
command line, and runs from a button. :class:`Via` shows which service a control goes
through and lets the user choose when several can. Panels name capabilities, never a
service, and never call the network themselves: everything goes through ``AppContext.run``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deck.core.errors import DeckError, InvalidParams
from deck.core.params import Param
from deck.providers.capabilities import BY_ID

from .docks import on_screen
from .i18n import contract
from .widgets import Note, Pager, Table, button, centred_page, changed_signal, fit_tabs, follow, guard_wheel, icon, label, refill, set_role

if TYPE_CHECKING:
    from .context import AppContext


def param(ctx: "AppContext", action_id: str, name: str, provider: str = "", platform: str = "") -> Param:
    """A parameter's contract: of an action, or for a capability of the first of its routes
    whose action takes that parameter (the one that runs now, if it does). With
    ``provider`` (and the ``platform`` it is for), ``name`` is the capability's neutral one,
    found under the name that service gives it."""
    if provider:
        choice = ctx.capabilities.choose(action_id, platform, provider)
        if choice is None:
            raise KeyError(f"{provider} does not offer {action_id} here")
        return _own_param(ctx, choice, name)
    if not ctx.capabilities.knows(action_id):
        return ctx.registry.get(action_id).params.param(name)
    wheres = [platform] if platform else ["", *ctx.capabilities.platforms(action_id)]
    routes = [c for where in wheres for c in ctx.capabilities.choices(action_id, where)]
    for choice in sorted(routes, key=lambda c: bool(c.route.needs)):  # the general routes first, then by rank
        try:
            return _own_param(ctx, choice, name)
        except (KeyError, TypeError, ValueError, DeckError):  # a route that cannot carry it
            continue
    raise KeyError(f"{action_id} has no parameter {name}")


def _own_param(ctx: "AppContext", choice: Any, name: str) -> Param:
    """The contract of the route's parameter that carries the neutral ``name``."""
    marker = object()
    mapped = choice.params({name: marker})
    own = next((k for k, v in mapped.items() if v is marker), None)
    if own is None:
        raise KeyError(f"{choice.action_id} has no parameter for {name}")
    return ctx.registry.get(choice.action_id).params.param(own)


def platform_choices(ctx: "AppContext", capability: str) -> QComboBox:
    """The platforms some service offers ``capability`` for (data: ``kick``, ``twitch``…)."""
    box = QComboBox()
    box.setAccessibleName(QCoreApplication.translate("Panel", "Platform"))
    fill_platforms(ctx, box, capability)
    return box


def fill_platforms(ctx: "AppContext", box: QComboBox, capability: str) -> None:
    """Offer the platforms of ``capability``, keeping the one chosen when it is still there."""
    from deck.actions.capabilities import platform_title

    refill(box, ((platform_title(p), p) for p in ctx.capabilities.platforms(capability)))


def choices(ctx: "AppContext", action_id: str, name: str, labels: Optional[dict[str, str]] = None,
            any_label: str = "") -> QComboBox:
    """A combo box of a parameter's documented choices; ``any_label`` adds a "no filter" entry."""
    p = param(ctx, action_id, name)
    box = QComboBox()
    box.setAccessibleName(contract(p.label))
    if any_label:
        box.addItem(any_label, None)
    for value in p.choices:
        box.addItem((labels or {}).get(value, contract(p.title_of(value))), value)
    if p.default is not None:
        box.setCurrentIndex(max(box.findData(p.default), 0))
    return box


def spin(ctx: "AppContext", action_id: str, name: str, suffix: str = "") -> QSpinBox:
    """A number box bounded by the parameter's documented range, starting at its default."""
    p = param(ctx, action_id, name)
    box = QSpinBox()
    low = int(p.min) + (1 if p.exclusive_min else 0) if p.min is not None else 0
    box.setRange(low, int(p.max) if p.max is not None else 99_999_999)
    box.setValue(int(p.default) if p.default is not None else low)
    box.setSuffix(suffix)
    box.setAccessibleName(contract(p.label))
    box.setToolTip(contract(p.doc))
    box.setGroupSeparatorShown(True)
    return box


def line(placeholder: str, name: str, ctx: Optional["AppContext"] = None, action_id: str = "", param_name: str = "",
         key: str = "") -> QLineEdit:
    """A text field; with ``action_id`` its tooltip and length follow that parameter's contract."""
    edit = QLineEdit()
    if key:
        edit.setObjectName(key)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    edit.setClearButtonEnabled(True)
    if ctx and action_id:
        p = param(ctx, action_id, param_name)
        if p.max:
            edit.setMaxLength(int(p.max) + 50)  # over-long input stays visible so the error can be read
        edit.setToolTip(contract(p.doc))
    return edit


# who a chat message is sent as: the capability that sends it, and the words for it


SENDERS = {"chat.send": QT_TRANSLATE_NOOP("Senders", "as broadcaster"), "chat.send-bot": QT_TRANSLATE_NOOP("Senders", "as bot"),
           "chat.send-system": QT_TRANSLATE_NOOP("Senders", "as a system message"),
           "chat.send-action": QT_TRANSLATE_NOOP("Senders", "as an action")}


class Panel(QWidget):
    """A control panel. While no connected service offers what it ``needs`` it shows a "not
    connected" page naming the services that could, with a way to connect one; then it shows
    its content and loads it when first shown. ``refresh_seconds`` keeps the content fresh
    while the panel is visible. Its content is built when a service first offers it, and the
    "not connected" page when first needed: a panel for a service nobody uses costs a page."""

    needs: tuple[str, ...] = ()  # capabilities, or a service's own actions: any one a connected service offers will do
    refresh_seconds = 0

    def __init__(self, ctx: "AppContext", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.built = False
        self.stack = QStackedWidget()
        self.body = QWidget()
        self.scroller = QScrollArea()  # a small dock scrolls instead of cutting controls off
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.body)
        self.stack.addWidget(self.scroller)
        self.not_connected: Optional[QWidget] = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        if self.refresh_seconds:
            self.timer.start(int(self.refresh_seconds * 1000))
        follow(self, ctx.registry.health_changed, self._health)
        self._show_connected(self.available())

    def _build(self) -> None:
        if self.built:
            return
        self.built = True
        self.build()
        for tabs in self.body.findChildren(QTabWidget):
            fit_tabs(tabs)
        guard_wheel(self.body)

    def build(self) -> None:  # subclasses lay out ``self.body``
        raise NotImplementedError

    def tab_pages(self, tabs: QTabWidget, pages: Iterable[tuple["QWidget | Callable[[], QWidget]", str]]) -> None:
        """Pages of ``tabs``, each built when first shown (a page given built is added as it
        is): a panel's pages behind other tabs cost no memory until chosen. (Code that reaches
        into a page not built yet builds the pages first: see ``__getattr__``.)"""
        unbuilt: dict[int, Callable[[], QWidget]] = self.__dict__.setdefault("_unbuilt", {})
        for make, title in pages:
            if isinstance(make, QWidget):
                tabs.addTab(make, title)
                continue
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            tabs.addTab(holder, title)
            unbuilt[id(holder)] = make

        def show(index: int) -> None:
            holder = tabs.widget(index)
            make = unbuilt.pop(id(holder), None)
            layout = holder.layout() if holder is not None else None
            if make is not None and layout is not None:
                page = make()
                layout.addWidget(page)
                for inner in page.findChildren(QTabWidget):
                    fit_tabs(inner)
                guard_wheel(page)

        def build_all() -> None:
            for index in range(tabs.count()):
                show(index)

        self.__dict__.setdefault("_build_all", []).append(build_all)
        tabs.currentChanged.connect(show)  # before the panel's own handlers: the page is there for them
        show(tabs.currentIndex())

    if not TYPE_CHECKING:  # (hidden from mypy, which would otherwise take any name as there)
        def __getattr__(self, name: str) -> Any:
            """A control asked for before it was built (the content while not connected, or a
            page behind another tab): build them, then answer."""
            if name.startswith("__") or self.__dict__.get("built", True) and not self.__dict__.get("_unbuilt"):
                raise AttributeError(name)
            self._build()
            for build_all in self.__dict__.get("_build_all", ()):
                build_all()
            return object.__getattribute__(self, name)

    def refresh(self) -> None:  # subclasses load what they show
        pass

    @property
    def connected(self) -> bool:
        return self.stack.currentWidget() is self.scroller

    def available(self) -> bool:
        return not self.needs or any(self.ctx.services.configured(p.name) for p in self._offering())

    def _offering(self) -> list[Any]:
        """The services that offer what this panel needs."""
        caps, seen = self.ctx.capabilities, []
        for need in self.needs:
            offering = caps.providers_of(need) if caps.knows(need) else [
                self.ctx.services.providers[self.ctx.registry.get(need).provider]]
            seen += [p for p in offering if p not in seen]
        return seen

    def _not_connected_page(self) -> QWidget:
        offering = self._offering()
        # the base class of every panel: its words are under "Panel", not each subclass's name (self.tr's)
        names = QCoreApplication.translate("Panel", " or ").join(p.title for p in offering) or \
            QCoreApplication.translate("Panel", "a service")
        icon_label = QLabel()
        icon_label.setPixmap(icon("info").pixmap(40, 40))
        text = label(QCoreApplication.translate("Panel", "<b>{names} is not connected</b><br>Connect {names} to use this "
                                                         "panel.").format(names=names), role="muted", wrap=True)
        first = offering[0] if offering else None
        service = first.title if first else QCoreApplication.translate("Panel", "a service")
        setup = button(QCoreApplication.translate("Panel", "Connect {service}…").format(service=service),
                       name=QCoreApplication.translate("Panel", "Connect {service}").format(service=names),
                       key="connectButton")
        setup.clicked.connect(lambda: self.ctx.window.open_accounts(first.name if first else ""))
        page = centred_page(icon_label, text, setup)
        page.setObjectName("notConnected")
        return page

    def _show_connected(self, connected: bool) -> None:
        was = self.connected
        if connected:
            self._build()
            self.stack.setCurrentWidget(self.scroller)
        else:
            page = self.not_connected
            if page is None:
                page = self.not_connected = self._not_connected_page()
                self.stack.addWidget(page)
            self.stack.setCurrentWidget(page)
        if connected and (not was or not self.loaded) and self.isVisible():
            self._load()

    def _health(self, provider: str, state: str, detail: str) -> None:
        self._show_connected(self.available())

    def _load(self) -> None:
        self.loaded = True
        self.refresh()

    def _tick(self) -> None:
        if self.connected and self.loaded and on_screen(self):
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.connected and not self.loaded:
            QTimer.singleShot(0, self, self._load)  # cancelled if the panel is gone

    def run(self, action_id: str, params: Optional[dict[str, Any]] = None, *, note: Optional[Note] = None,
            busy: Iterable[QWidget] = (), done: str = "", on_result: Optional[Callable[[Any], Any]] = None,
            on_error: Optional[Callable[[DeckError], Any]] = None, question: str = "", platform: str = "",
            provider: Optional[str] = None) -> bool:
        """Run an action for this panel: ``busy`` widgets are disabled meanwhile and ``note``
        shows progress, then ``done`` or the service's error. Returns False if not started."""
        widgets = list(busy)
        focused = QApplication.focusWidget()  # a control disabled while busy loses the focus: it comes back
        for w in widgets:
            w.setEnabled(False)
        if note:
            note.busy(QCoreApplication.translate("Panel", "Working…"))

        def release() -> None:
            for w in widgets:
                w.setEnabled(True)
            if focused in widgets and QApplication.focusWidget() is not focused:
                focused.setFocus(Qt.FocusReason.OtherFocusReason)

        def ok(result: Any) -> None:
            release()
            if note:
                note.ok(done) if done else note.clear()
            if on_result:
                on_result(result)

        def failed(exc: DeckError) -> None:
            release()
            if note:
                note.error(str(exc))
            if on_error:
                on_error(exc)

        task = self.ctx.run(action_id, params, parent=self, on_result=ok, on_error=failed, question=question,
                            platform=platform, provider=provider)
        if task is None:
            release()
            if note and note.text() == "Working…":
                note.clear()
            return False
        return True


@dataclass(frozen=True)
class Sourced:
    """A record shown in a list that gathers several services, with the one it came from."""

    provider: str
    service: str  # the provider's name as the user reads it
    item: Any

    @property
    def key(self) -> tuple[str, str]:
        return self.provider, str(getattr(self.item, "id", ""))


def sourced(ctx: "AppContext", answers: dict[tuple[str, str], Any], field: str,
            what: Callable[[str], str]) -> tuple[list[Sourced], list[str]]:
    """The records (``answer.<field>``) of every service that answered, in order, and a line
    per service that could not load (``what(capability)`` says what it could not load)."""
    rows: list[Sourced] = []
    failed: list[str] = []
    for (capability, provider), answer in answers.items():
        title = ctx.services.providers[provider].title
        if isinstance(answer, DeckError):
            failed.append(QCoreApplication.translate("Kit", "{title}: could not load its {what}. {answer}").format(
                title=title, what=what(capability), answer=answer))
        else:
            rows += [Sourced(provider, title, item) for item in getattr(answer, field)]
    return rows, failed


class Loader(QStackedWidget):
    """A view filled by a read action, with loading, empty and error pages in its place.
    The latest ``load`` wins: answers to earlier calls are dropped."""

    def __init__(self, panel: Panel, view: QWidget, empty: str, name: str = ""):
        super().__init__()
        self.panel, self.view, self.empty_text = panel, view, empty
        self.setObjectName(name or "loader")
        self.setMinimumHeight(110)  # a table stays readable in a short dock (the panel scrolls)
        self.addWidget(view)
        self.icon = QLabel()
        self.message = label(role="muted", wrap=True, name="loaderMessage")
        self.retry = button(self.tr("Try again"), "refresh")
        self.retry.clicked.connect(lambda: self.reload())
        self.page = centred_page(self.icon, self.message, self.retry)
        self.addWidget(self.page)
        self.state = "idle"
        self._seq = 0
        self._last: Optional[tuple[str, dict[str, Any], Callable[[Any], bool], str]] = None
        self._last_each: Optional[tuple[list[tuple[str, str]], Callable[[dict[tuple[str, str], Any]], bool]]] = None
        self._page(self.tr("Not loaded yet."), "info", retry=False)

    def sizeHint(self) -> QSize:
        """A table asks for little: it takes what room there is, and a panel in a short dock
        does not scroll for the sake of rows the table could scroll itself."""
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), 200))

    def _page(self, text: str, icon_name: str, retry: bool) -> None:
        self.message.setText(text)
        self.message.setTextInteractionFlags(  # an error can be copied (selectable text costs Qt a text document)
            Qt.TextInteractionFlag.TextSelectableByMouse if icon_name == "error" else Qt.TextInteractionFlag.NoTextInteraction)
        self.icon.setPixmap(icon(icon_name).pixmap(32, 32))
        self.retry.setVisible(retry)
        self.setCurrentWidget(self.page)

    def load(self, action_id: str, params: Optional[dict[str, Any]], render: Callable[[Any], bool],
             platform: str = "") -> None:
        """Run ``action_id`` (or a capability on ``platform``); ``render(result)`` fills the view
        and returns whether it has rows."""
        self._last, self._last_each = (action_id, dict(params or {}), render, platform), None
        self._seq += 1
        seq = self._seq
        if self.state != "content":
            self.state = "loading"
            self._page(self.tr("Loading…"), "refresh", retry=False)

        def done(result: Any) -> None:
            if seq == self._seq:
                self.show_result(render(result))

        def failed(exc: DeckError) -> None:
            if seq == self._seq:
                self.state = "error"
                set_role(self.message, "error")
                self._page(QCoreApplication.translate("Loader", "Could not load.\n{exc}").format(exc=exc), "error", retry=True)

        if self.panel.ctx.run(action_id, params, parent=self, on_result=done, on_error=failed,
                              platform=platform, source="auto") is None:
            self.state = "error"

    def load_each(self, sources: list[tuple[str, str]], render: Callable[[dict[tuple[str, str], Any]], bool]) -> None:
        """Run each ``(capability, provider)``; once all have answered, ``render({source:
        result or DeckError})``, in the order given, fills the view. Only when every one failed is it the error
        page; otherwise the panel tells which could not load."""
        self._last, self._last_each = None, (list(sources), render)
        self._seq += 1
        seq, answers = self._seq, {}
        if self.state != "content":
            self.state = "loading"
            self._page(self.tr("Loading…"), "refresh", retry=False)

        def arrived(source: tuple[str, str], answer: Any) -> None:
            if seq != self._seq:
                return
            answers[source] = answer
            if len(answers) < len(sources):
                return
            if all(isinstance(a, DeckError) for a in answers.values()):
                self.state = "error"
                set_role(self.message, "error")
                self._page(self.tr("Could not load.") + "\n" + "\n".join(dict.fromkeys(str(a) for a in answers.values())),
                           "error", retry=True)
            else:
                self.show_result(render({s: answers[s] for s in sources}))  # in the order asked

        if not sources:
            self.show_result(render({}))
        for source in sources:  # a read is never declined: each answers or fails
            self.panel.ctx.run(source[0], {}, parent=self, provider=source[1], source="auto",
                               on_result=lambda r, s=source: arrived(s, r), on_error=lambda e, s=source: arrived(s, e))

    def show_result(self, has_rows: bool) -> None:
        set_role(self.message, "muted")
        if has_rows:
            self.state = "content"
            self.setCurrentWidget(self.view)
        else:
            self.state = "empty"
            self._page(self.empty_text, "info", retry=False)

    def reload(self) -> None:
        if self._last:
            self.load(*self._last)
        elif self._last_each:
            self.load_each(*self._last_each)


FORMS = "deckForms"  # a field's property: how many forms it is a field of


class Form(QObject):
    """Parameters from widgets, checked on every edit with the command line's rules; the
    button runs the action only when they are valid, and problems show under the form."""

    def __init__(self, panel: Panel, action_id: str, collect: Callable[[], dict[str, Any]], submit: QPushButton,
                 watch: Iterable[QWidget] = (), note: Optional[Note] = None, done: str = "",
                 on_result: Optional[Callable[[Any], Any]] = None, question: Optional[Callable[[], str]] = None,
                 extra: Optional[Callable[[], list[str]]] = None,
                 prepare: Optional[Callable[[dict[str, Any], Callable[[], None]], None]] = None,
                 platform: Optional[QComboBox] = None, quiet_when_empty: bool = False):
        super().__init__(panel)
        self.quiet_when_empty = quiet_when_empty  # nothing given (e.g. nothing changed) is not an error to show
        self.platform = platform  # for a capability: the platform it is for (the box's data)
        # ``prepare(params, proceed)`` runs before asking and sending, e.g. to look up names the
        # question should show; it calls ``proceed()`` when ready (or never, to stop)
        self.prepare = prepare
        self.extra = extra  # problems the contract cannot see, e.g. text that is not JSON
        self.panel, self.action_id, self.collect, self.submit_button = panel, action_id, collect, submit
        self.note = note or Note()
        self.done, self.on_result, self.question = done or self.tr("Done ✓"), on_result, question
        self.problems: list[str] = []
        self._shown = ""  # the problems the note shows now, when the form put them there
        self.running = False
        self.touched = False  # problems are shown once the user has edited something
        self._resetting = False
        for widget in watch:
            changed_signal(widget).connect(self.edited)
            if isinstance(widget, QLineEdit):  # Enter in a field sends its form, when it belongs to one form only
                forms = int(widget.property(FORMS) or 0)
                widget.setProperty(FORMS, forms + 1)
                if forms == 0:
                    widget.returnPressed.connect(lambda w=widget: self._enter(w))
        if platform is not None:
            platform.currentIndexChanged.connect(self.edited)
        follow(self, panel.ctx.registry.health_changed, self.check)
        submit.clicked.connect(self.submit)
        self.check()

    def _enter(self, field: QLineEdit) -> None:
        if field.property(FORMS) == 1:  # a field of two forms (a name for "time out" and "ban") sends neither
            self.submit()

    def edited(self, *_: Any) -> None:
        self.touched = not self._resetting
        if self.touched and self.note.property("role") == "ok":
            self.note.clear()  # "Updated ✓" was about the values before this edit
        self.check()

    def reset(self, *widgets: QLineEdit | QPlainTextEdit) -> None:
        """Empty ``widgets`` after a success without calling the now-empty form an error."""
        self._resetting = True
        for widget in widgets:
            widget.clear()
        self._resetting = False

    def params(self) -> dict[str, Any]:
        return {k: v for k, v in self.collect().items() if v not in (None, "")}

    def where(self) -> str:
        return (self.platform.currentData() or "") if self.platform is not None else ""

    def check(self, *_: Any) -> bool:
        try:
            self.panel.ctx.validate(self.action_id, self.params(), self.where())
            self.problems = []
        except InvalidParams as exc:
            self.problems = exc.problems
        except DeckError as exc:  # no connected service offers it here
            self.problems = [str(exc)]
        extra = self.extra() if self.extra else []
        self.problems = extra + self.problems
        quiet = self.quiet_when_empty and not self.params() and not extra  # nothing changed is no error
        shown = "\n".join(self.problems) if not quiet else ""
        if shown and self.touched:
            self.note.error(shown)
        elif self.note.property("role") == "error" and not self.running and self.note.text() == self._shown:
            self.note.clear()  # what the form said no longer holds (a service's answer stays)
        self._shown = shown if self.touched else ""
        self.submit_button.setEnabled(not self.problems and not self.running)
        return not self.problems

    def submit(self) -> None:
        self.touched = True
        if not self.check() or self.running:
            return
        if self.prepare:
            self.prepare(self.params(), self._send)
        else:
            self._send()

    def _send(self) -> None:
        self.running = True

        def finished(_: Any = None) -> None:
            self.running = False
            self.submit_button.setEnabled(not self.problems)

        def ok(result: Any) -> None:
            finished()
            if self.on_result:
                self.on_result(result)

        started = self.panel.run(self.action_id, self.params(), note=self.note, busy=[self.submit_button],
                                 done=self.done, on_result=ok, on_error=finished,
                                 question=self.question() if self.question else "", platform=self.where())
        if not started:
            self.running = False
            self.check()


class Via(QToolButton):
    """"via MissXss": the service a control goes through. When several connected services
    can, it is a menu to choose one; the choice is remembered, and applies as well to the
    ``together`` capabilities the chosen service offers (play, pause and skip go one way)."""

    picked = Signal(str)  # the provider chosen

    def __init__(self, ctx: "AppContext", capability: str,
                 platform: "Optional[QComboBox | Callable[[], str]]" = None, together: tuple[str, ...] = (),
                 values: Callable[[], dict[str, Any]] = dict):
        super().__init__()
        self.ctx, self.capability, self.platform, self.together = ctx, capability, platform, together
        self.values = values  # what the controls beside it hold now: the route that runs may depend on it
        self.setObjectName(f"via.{capability}")
        self.setAutoRaise(True)
        self.setProperty("role", "via")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill)
        follow(self, ctx.registry.health_changed, self.update_text)
        if isinstance(platform, QComboBox):
            platform.currentIndexChanged.connect(self.update_text)
        self.update_text()

    def where(self) -> str:
        if isinstance(self.platform, QComboBox):
            return self.platform.currentData() or ""
        return self.platform() if self.platform is not None else ""

    def update_text(self, *_: Any) -> None:
        caps, values = self.ctx.capabilities, self.values()
        choice = caps.choose_for(self.capability, values, self.where())
        usable = caps.usable(self.capability, self.where())
        if choice is None:
            self.setText(self.tr("not connected"))
            self.setToolTip(caps.why_not(self.capability, self.where()))
        else:
            note = f" ({choice.route.note})" if choice.route.note else ""
            # the controls beside it that go another way say so: "via Kick · Unban viewer via MissXss"
            others = [(BY_ID[cap].title, other.title) for cap in self.together
                      if (other := caps.choose_for(cap, values, self.where())) is not None
                      and other.provider != choice.provider]
            text = self.tr("via {service}").format(service=choice.title) + (" ▾" if len(usable) > 1 else "")
            self.setText(" · ".join([text] + [self.tr("{what} via {service}").format(what=what, service=service)
                                             for what, service in others]))
            self.setToolTip(self.tr("Goes through {service}").format(service=choice.title) + note +
                            (self.tr("; click to choose another service") if len(usable) > 1 else ""))
        self.setAccessibleName(self.text())

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        caps = self.ctx.capabilities
        current = caps.choose(self.capability, self.where())
        for choice in caps.choices(self.capability, self.where()):
            connected = self.ctx.services.configured(choice.provider)
            note = choice.route.note if connected else self.tr("not connected")
            action = menu.addAction(choice.title + (f" ({note})" if note else ""))
            action.setCheckable(True)
            action.setEnabled(connected)
            action.setChecked(current is not None and choice.provider == current.provider)
            action.triggered.connect(lambda _=False, c=choice: self.pick(c.provider))

    def pick(self, provider: str) -> None:
        caps = self.ctx.capabilities
        for cap in (self.capability, *self.together):
            if any(c.provider == provider for c in caps.choices(cap, self.where())):
                caps.prefer(cap, self.where(), provider)
        self.ctx.save_settings()
        self.update_text()
        self.picked.emit(provider)


class PagedTable(QWidget):
    """A table filled one page at a time by a read action: the rows of ``rows`` (a field
    of the answer) become cells, with its loader states and pager underneath."""

    loaded = Signal()  # after a page is shown

    def __init__(self, panel: Panel, action_id: str, headers: list[str], name: str, empty: str, limit: int,
                 rows: str, cells: Callable[[Any], list[Any]], params: Callable[[], dict[str, Any]] = dict,
                 stretch: int = -1, platform: Callable[[], str] = str, read: Callable[[Any], Any] = lambda answer: answer):
        super().__init__()
        self.action_id, self.rows, self.cells, self.params, self.platform = action_id, rows, cells, params, platform
        self.read = read  # the answer as the page it is (a service's own answer, read into its records)
        self.table = Table(headers, name, stretch)
        self.pager = Pager(limit)
        self.loader = Loader(panel, self.table, empty)
        self.pager.changed.connect(self.load)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loader, 1)
        layout.addWidget(self.pager)

    def load(self, first_page: bool = False) -> None:
        if first_page:
            self.pager.reset()

        def render(answer: Any) -> bool:
            result = self.read(answer)
            rows = getattr(result, self.rows)
            self.pager.show_page(result.total, len(rows))
            has_rows = self.table.set_rows(rows, self.cells)
            self.loaded.emit()
            return has_rows

        self.loader.load(self.action_id, {**self.params(), "limit": self.pager.limit, "offset": self.pager.offset},
                         render, self.platform())
