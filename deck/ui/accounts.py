"""Accounts: one page per service, shaped by how it signs requests.

A key service (an API key, an authkey, an admin password) shows its address and its
secrets; an OAuth service shows the app registration (client id and secret, the exact
redirect URI to register, where and how) and *Sign in* / *Sign out*. Every page has *Test*,
which tries what is typed without saving it, and says where to get the credential. Secrets
go to the system keychain (or, without one and only when the user agrees, memory for this
session), never to a file.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Optional

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deck import runtime
from deck.core.errors import CredentialsUnavailable, DeckError
from deck.net.auth import OAuth2, Secret
from deck.providers.base import Provider
from deck.providers.capabilities import PLATFORMS

from .i18n import contract
from .live_events import LiveEventsBox
from .status import STATE_COLOURS, state_words

if TYPE_CHECKING:
    from .context import AppContext


def _label(text: str = "", role: str = "", name: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setOpenExternalLinks(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    if role:
        lab.setProperty("role", role)
    if name:
        lab.setObjectName(name)
    return lab


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class AccountPage(QWidget):
    """One service's page."""

    def __init__(self, ctx: "AppContext", provider: Provider, ask_memory: Callable[[str], bool]):
        super().__init__()
        self.ctx, self.provider = ctx, provider
        self.name = provider.name
        self._ask_memory = ask_memory
        self.open_url: Callable[[str], Any] = lambda url: QDesktopServices.openUrl(QUrl(url))
        self.session = ctx.services.oauth.get(provider.name)
        self.setObjectName(f"account.{provider.name}")
        layout = QVBoxLayout(self)
        title = QLabel(f"<h3>{provider.title}</h3>")
        self.state = _label(name="accountState")
        layout.addWidget(title)
        layout.addWidget(self.state)
        if provider.about:
            layout.addWidget(_label(contract(provider.about), "muted", "accountAbout"))
        help_text = contract(provider.account_help)
        if provider.website:
            help_text += f' <a href="{provider.website}">{provider.website}</a>'
        if help_text:
            layout.addWidget(_label(help_text, "muted", "accountHelp"))

        form = QFormLayout()
        self.url = QLineEdit(ctx.services.url(provider.name))
        self.url.setObjectName("accountUrl")
        self.url.setPlaceholderText(provider.default_url or "https://your-server.example")
        self.url.setAccessibleName(self.tr("{service} server address").format(service=provider.title))
        form.addRow(contract(provider.url_label), self.url)
        self.insecure = _label("", "error", "insecureUrl")
        form.addRow("", self.insecure)
        self.url.textChanged.connect(self._check_url)
        self._check_url()
        self.fields: dict[str, tuple[Secret, QLineEdit]] = {}
        for auth in provider.auths.values():
            for secret in auth.secrets():
                edit = QLineEdit()
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setObjectName(f"secret.{secret.kind}")
                edit.setAccessibleName(f"{provider.title} {contract(secret.label)}")
                self.fields[secret.kind] = (secret, edit)
                form.addRow(contract(secret.label), edit)
                edit.textChanged.connect(self._stale)
        self._placeholders()
        layout.addLayout(form)
        first = next(iter(self.fields.values()), None)
        self.key: Optional[QLineEdit] = first[1] if first else None

        self.sign_in_button = self.sign_out_button = None
        if self.session is not None:
            layout.addWidget(self._oauth_section(self.session.auth))
        self.live_events = LiveEventsBox(ctx, provider) if provider.events is not None else None

        self.details = _label(name="accountDetails")
        self.details.setVisible(False)
        self.presence = _label(name="botPresence")
        self.presence.setWordWrap(False)
        self.presence_button = QPushButton()
        self.presence_button.setObjectName("botPresenceButton")
        self.presence_button.clicked.connect(self.toggle_presence)
        self.joined: Optional[bool] = None
        presence = QHBoxLayout()
        presence.addWidget(self.presence)
        presence.addWidget(self.presence_button)
        presence.addStretch(1)
        layout.addWidget(self.details)
        layout.addLayout(presence)
        self._show_presence(None)

        self.mint_button: Optional[QPushButton] = None
        if provider.mint is not None:  # the main credential made from another one the user has
            self.mint_button = QPushButton(contract(provider.mint.label))
            self.mint_button.setObjectName("mintButton")
            self.mint_button.clicked.connect(self.mint)
            layout.addWidget(self.mint_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName(f"test{provider.title}")
        self.test_button.clicked.connect(runtime.async_slot(self.test))
        self.result = _label(name="testResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.forget_button = QPushButton(self.tr("Forget key") if self.session is None else self.tr("Forget app"))
        self.forget_button.setObjectName(f"forget{provider.title}")
        self.forget_button.setToolTip(self.tr("Remove what Deck keeps for {service} from your keychain").format(service=provider.title))
        self.forget_button.clicked.connect(self.forget)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.result, 1)
        self.url.textChanged.connect(self._stale)
        row.addWidget(self.forget_button)
        layout.addLayout(row)
        if self.live_events is not None:
            layout.addWidget(self.live_events)
        layout.addStretch(1)
        self.refresh_state()
        self.load_details()

    def _stale(self, *_: Any) -> None:
        """A test's "✓ Connected" was about what the fields held then: it goes when they change."""
        if self.result.text().startswith("✓"):
            self.result.clear()

    def _check_url(self, *_: Any) -> None:
        warning = self.ctx.services.insecure(self.name, self.url.text().strip() or None)
        self.insecure.setText(f"⚠ {warning}" if warning else "")
        self.insecure.setVisible(bool(warning))

    # ---- sections
    def _oauth_section(self, auth: OAuth2) -> QWidget:
        box = QWidget()
        box.setObjectName("oauthSection")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        steps = contract(auth.register_steps) or self.tr("Create an app in your account's developer settings.")
        link = f'<a href="{auth.register_url}">{auth.register_url}</a>'
        paste = (self.tr("Create it at {link}, then paste its client ID and secret above.") if auth.client_secret else
                 self.tr("Create it at {link}, then paste its client ID above.")).format(link=link)
        if not auth.register_url:
            paste = (self.tr("Then paste its client ID and secret above.") if auth.client_secret else
                     self.tr("Then paste its client ID above."))
        layout.addWidget(_label(self.tr("<b>Your own app.</b> {steps} {paste}").format(steps=steps, paste=paste),
                                "muted", "registerHelp"))
        assert self.session is not None
        self.redirect = QLineEdit(self.session.registered_redirect())
        self.redirect.setReadOnly(True)
        self.redirect.setObjectName("redirectUri")
        self.redirect.setAccessibleName(self.tr("Redirect URI to register"))
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.redirect.text()))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Redirect URI")))
        row.addWidget(self.redirect, 1)
        row.addWidget(copy)
        layout.addLayout(row)
        self.scope_boxes: dict[str, QCheckBox] = {}
        if len(auth.scopes) > 1:  # the user picks what Deck may do; a sign-in asks for just that
            layout.addWidget(_label(self.tr("<b>What Deck may do</b> (asked for when you sign in):"), "", "scopes"))
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(2)
            chosen = self.ctx.services.scopes(self.name)
            columns = 2 if max(len(contract(t)) for t in auth.scopes.values()) <= 45 else 1  # long ones one under another
            for i, (scope, text) in enumerate(auth.scopes.items()):
                text = contract(text)
                check = QCheckBox(text[:1].upper() + text[1:])
                check.setObjectName(f"scope.{scope}")
                check.setToolTip(self.tr("Permission “{scope}”").format(scope=scope))
                check.setChecked(scope in chosen)
                check.toggled.connect(self._scopes_changed)
                grid.addWidget(check, i // columns, i % columns)
                self.scope_boxes[scope] = check
            layout.addLayout(grid)
        elif auth.scopes:
            layout.addWidget(_label(self.tr("Deck asks for: {names}.").format(names=', '.join(auth.default_scopes)), "muted", "scopes"))
        self.sign_in_button = QPushButton(self.tr("Sign in with {service}").format(service=self.provider.title))
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.clicked.connect(runtime.async_slot(self.sign_in))
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("signOut")
        self.sign_out_button.clicked.connect(runtime.async_slot(self.sign_out))
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _offers(self, capability: str) -> bool:
        return any(r.capability == capability for r in self.provider.routes)

    def _scopes_changed(self) -> None:
        chosen = [s for s, box in self.scope_boxes.items() if box.isChecked()]
        if self.sign_in_button is not None:
            self.sign_in_button.setEnabled(bool(chosen))
            self.sign_in_button.setToolTip("" if chosen else self.tr("Allow at least one thing"))

    def chosen_scopes(self) -> tuple[str, ...]:
        if not self.scope_boxes:
            return self.ctx.services.scopes(self.name)
        return tuple(s for s, box in self.scope_boxes.items() if box.isChecked())

    # ---- who is signed in, and the bot in the channel
    def load_details(self) -> None:
        """The account as the service tells it (name, platform, what it may do, until when)
        and, where the service has a bot, whether it is in the channel."""
        if not self._offers("account.me") or not self.ctx.services.configured(self.name):
            return
        self.ctx.run("account.me", provider=self.name, parent=self, on_result=self._show_account,
                     on_error=lambda exc: (self.details.setText(f"✗ {exc}"), self.details.setVisible(True)))
        if self._offers("channel.bot-presence"):
            self.ctx.run("channel.bot-presence", provider=self.name, parent=self,
                         on_result=lambda p: self._show_presence(p.joined),
                         on_error=lambda exc: self.presence.setText(f"✗ {exc}"))

    def _show_account(self, account: Any) -> None:
        auth = self.session.auth if self.session is not None else None
        text = self.tr("<b>{name}</b> on {platform}").format(
            name=account.name or "?", platform=PLATFORMS.get(account.platform, account.platform.title() or "?"))
        try:
            ends = datetime.fromisoformat(account.expires.replace("Z", "+00:00")).timestamp()
            text += self.tr(" · this sign-in ends {time} (renewed before then)").format(
                time=QLocale().toString(QDateTime.fromSecsSinceEpoch(int(ends)), "d MMM yyyy HH:mm"))
        except ValueError:
            pass  # the service did not say
        if account.scopes and auth is not None:
            refused = [contract(text) for scope, text in auth.scopes.items() if scope not in account.scopes]
            text += ("<br>" + self.tr("Not allowed: {what}.").format(what="; ".join(refused)) if refused
                     else "<br>" + self.tr("Allowed everything Deck asks for."))
        self.details.setText(text)
        self.details.setVisible(True)

    def _show_presence(self, joined: Optional[bool]) -> None:
        self.joined = joined
        shown = joined is not None
        self.presence.setVisible(shown or bool(self.presence.text()))
        self.presence_button.setVisible(shown)
        if shown:
            title = self.provider.title
            self.presence.setText(self.tr("● {title} is in your channel").format(
                title=title) if joined else self.tr("○ {title} is not in your channel").format(title=title))
            self.presence.setProperty("role", "ok" if joined else "muted")
            self.presence.style().polish(self.presence)
            self.presence_button.setText(self.tr("Make it leave") if joined else self.tr("Bring {title} in").format(title=title))

    def toggle_presence(self) -> None:
        capability = "channel.bot-leave" if self.joined else "channel.bot-join"
        self.presence_button.setEnabled(False)

        def done(_: Any = None) -> None:
            self.presence_button.setEnabled(True)
            self.load_details()

        if self.ctx.run(capability, provider=self.name, parent=self, on_result=done,
                        on_error=lambda exc: (done(), self.result.setText(f"✗ {exc}")),
                        question=self.tr("Make {title} leave your channel? It stops answering commands, running timers and filtering chat "
                                         "until it is brought back.").format(title=self.provider.title) if self.joined
                        else "") is None:
            self.presence_button.setEnabled(True)

    def _placeholders(self) -> None:
        where = self.tr("kept in memory for this session") if self.ctx.credentials.memory_only else self.tr("stored in your keychain")
        for kind, (secret, edit) in self.fields.items():
            has = bool(self.ctx.credentials.get(self.name, kind))
            edit.setPlaceholderText(f"•••••• ({where})" if has else contract(secret.placeholder))

    def refresh_state(self) -> None:
        """The state line: the service's light, and for a sign-in who and until when."""
        state, detail = self.ctx.registry.health.get(self.name, ("", ""))
        missing = self.ctx.services.missing(self.name)
        if missing is not None:
            state, detail = missing.state, str(missing)
        colour = self.colour = STATE_COLOURS.get(state, "#8a8a8a")
        said = state_words(state) if state else self.tr("not checked yet")
        text = f"<span style='color:{colour}'>●</span> {said}"
        info = self.ctx.services.state(self.name)
        if info.get("signed_in") and info.get("expires_at"):
            until = QDateTime.fromSecsSinceEpoch(int(info["expires_at"]))
            text += self.tr(" · token valid until {time}").format(time=QLocale().toString(until, "d MMM HH:mm"))
        if info.get("scopes"):
            text += self.tr(" · %n permission(s) granted", "", len(info["scopes"]))
            self.state.setToolTip(self.tr("Granted: ") + ", ".join(info["scopes"]))
        if detail and state not in ("connected", "checking"):
            text += f"<br>{detail}"
        self.state.setText(text)
        has_secret = any(self.ctx.credentials.get(self.name, kind) for kind in self.fields)
        self.forget_button.setEnabled(has_secret)
        if self.sign_out_button is not None and self.sign_in_button is not None:
            signed = bool(info.get("signed_in"))
            self.sign_out_button.setEnabled(signed)
            self.sign_in_button.setText((self.tr("Sign in again with {service}") if signed
                                         else self.tr("Sign in with {service}")).format(service=self.provider.title))

    def typed(self) -> dict[str, str]:
        return {kind: edit.text().strip() for kind, (_, edit) in self.fields.items() if edit.text().strip()}

    # ---- actions
    async def test(self) -> None:
        """Try what is typed (address and secrets) without saving anything."""
        if self.session is None and self.fields and not any(
                self.typed().get(k) or self.ctx.credentials.get(self.name, k) for k in self.fields):
            self.result.setText(self.tr("Enter your {label} first.").format(label=next(iter(self.fields.values()))[0].label))
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Testing…"))
        try:
            summary = await self.ctx.services.test(self.name, self.url.text().strip(), self.typed())
            if self.session is not None and self.session.signed_in():
                try:
                    info = await self.session.introspect()
                except DeckError as exc:  # the connection works; only the token's details are unknown
                    summary += self.tr(" · token details unavailable ({error})").format(error=exc)
                else:
                    if info.get("scope"):
                        summary += self.tr(" · token scopes: {scopes}").format(scopes=info["scope"])
        except DeckError as exc:
            self.result.setText(f"✗ {exc}")
        else:
            self.result.setText(f"✓ {summary}")
        finally:
            self.test_button.setEnabled(True)

    def save(self) -> bool:
        """Store what was typed; False when the user kept the dialog open instead."""
        for kind, value in self.typed().items():
            try:
                self.ctx.credentials.set(self.name, value, kind)
            except CredentialsUnavailable as exc:
                if not self._ask_memory(str(exc)):
                    return False
                self.ctx.credentials.set(self.name, value, kind, memory=True)
        section = self.ctx.services.section(self.name)
        url = self.url.text().strip()
        wanted = "" if url in ("", self.provider.default_url) else url
        if url and url != self.ctx.services.url(self.name) or (not url and section.base_url):
            section.base_url = wanted
            self.ctx.save_settings()
        return True

    def forget(self) -> None:
        title = self.provider.title
        what = self.tr("key") if self.session is None else self.tr("app registration and sign-in")
        question = self.tr("Remove the saved {title} {what} from this computer?").format(title=title, what=what)
        verb = self.tr("Forget key") if self.session is None else self.tr("Forget")
        after = self.tr("{title} shows as not connected until you add it again.").format(title=title)
        if not self.ctx.ask(question, verb, after, parent=self):
            return
        try:
            for kind in list(self.fields) + (["oauth"] if self.session else []):
                self.ctx.credentials.delete(self.name, kind)
        except CredentialsUnavailable as exc:
            self.result.setText(f"✗ {exc}")
            return
        for _, edit in self.fields.values():
            edit.clear()
        self._placeholders()
        self.result.setText(self.tr("Key removed.") if self.session is None else self.tr("Removed."))
        self.changed()

    def mint(self) -> None:
        """Make the main credential with the one the user gave (e.g. an access token with the
        admin password), and keep it in the keychain; it is never shown."""
        mint = self.provider.mint
        assert mint is not None and self.mint_button is not None
        if not self.save():
            return
        self.ctx.services.reconfigure()
        self.mint_button.setEnabled(False)
        self.result.setText(self.tr("Creating…"))

        def made(answer: Any) -> None:
            value = answer.get(mint.field) if isinstance(answer, dict) else None
            self.mint_button.setEnabled(True)
            if not value:
                self.result.setText(self.tr("✗ {title} answered without a {credential}.").format(
                    title=self.provider.title, credential=mint.credential))
                return
            try:
                self.ctx.credentials.set(self.name, str(value), mint.credential)
            except CredentialsUnavailable as exc:
                if not self._ask_memory(str(exc)):
                    return
                self.ctx.credentials.set(self.name, str(value), mint.credential, memory=True)
            self.result.setText(self.tr("✓ Created and kept in your keychain."))
            self.changed()

        def failed(exc: DeckError) -> None:
            self.mint_button.setEnabled(True)
            self.result.setText(f"✗ {exc}")

        self.ctx.run(f"{self.name}.{mint.operation}", dict(mint.params), parent=self, on_result=made, on_error=failed)

    async def sign_in(self) -> None:
        assert self.session is not None and self.sign_in_button is not None
        if not self.save():
            return
        self.sign_in_button.setEnabled(False)
        self.result.setText(self.tr("Waiting for your browser… finish signing in there."))
        try:
            scopes = self.chosen_scopes()
            everything = set(scopes) == set(self.session.auth.default_scopes)
            self.ctx.services.section(self.name).scopes = [] if everything else list(scopes)
            self.ctx.save_settings()
            tokens = await self.session.sign_in(self.open_url, scopes)
        except DeckError as exc:
            self.result.setText(f"✗ {exc}")
        else:
            self.result.setText(self.tr("✓ Signed in to {title}").format(title=self.provider.title)
                                + (self.tr(" (scopes: {scope})").format(scope=tokens.scope) if tokens.scope else ""))
            self.changed()
            self.load_details()
        finally:
            self.sign_in_button.setEnabled(True)
            self.refresh_state()

    async def sign_out(self) -> None:
        assert self.session is not None
        self.result.setText(self.tr("Signing out…"))
        self.result.setText(await self.session.sign_out())
        self.changed()

    def changed(self) -> None:
        self._placeholders()
        self.ctx.services.reconfigure()
        self.ctx.check_connections(only=self.name)
        self.refresh_state()


class AccountsDialog(QDialog):
    def __init__(self, ctx: "AppContext", parent: Optional[QWidget] = None, provider: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumSize(760, 480)
        self.resize(840, 640)
        self.list = QListWidget()
        self.list.setObjectName("accountList")
        self.list.setAccessibleName(self.tr("Services"))
        self.list.setFixedWidth(170)
        self.list.setSpacing(3)
        self.stack = QStackedWidget()
        self.pages: dict[str, AccountPage] = {}
        for p in ctx.services.providers.values():
            page = AccountPage(ctx, p, self._ask_memory)
            self.pages[p.name] = page
            scroll = QScrollArea()  # a long page scrolls rather than squeezing its controls
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long lines wrap
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            item = QListWidgetItem(_dot(page.colour), p.title)
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        names = list(self.pages)
        self.list.setCurrentRow(names.index(provider) if provider in names else 0)
        note = _label(self.tr("Keys and sign-ins are kept in your system keychain. Deck never writes them to a file."), "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        ctx.registry.health_changed.connect(self._health)
        self.finished.connect(lambda *_: ctx.registry.health_changed.disconnect(self._health))

    def _health(self, provider: str, *_: Any) -> None:
        if provider in self.pages:
            page = self.pages[provider]
            page.refresh_state()
            self.list.item(list(self.pages).index(provider)).setIcon(_dot(page.colour))

    def page(self) -> AccountPage:
        return list(self.pages.values())[self.stack.currentIndex()]

    def _ask_memory(self, text: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("No keychain"))
        box.setText(text)
        keep = box.addButton(self.tr("Keep in memory for this session"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is keep

    def save(self) -> None:
        for page in self.pages.values():
            if not page.save():
                return  # the dialog stays open with what was typed
        self.ctx.services.reconfigure()
        self.accept()
        self.ctx.check_connections()
