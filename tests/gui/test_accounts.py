from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from deck.actions.services import Services
from deck.core import credentials
from deck.core.credentials import Credentials, NoKeychain
from deck.core.settings import Settings
from deck.net.http import close_shared_client
from deck.ui.accounts import AccountsDialog

from .conftest import until


def test_enter_test_and_store_key(context, qtbot, loop, sandbox, deck_home, memory_keyring):
    ctx = context(Services(Settings(), Credentials()))
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.pages["missxss"]
    page.url.setText(sandbox.missxss_url)
    page.key.setText("wrong-key-123")
    page.test_button.click()
    until(loop, lambda: page.result.text().startswith("✗"))
    assert "Invalid or missing API key" in page.result.text()
    assert "wrong-key-123" not in page.result.text()
    page.key.setText(sandbox.missxss.token)
    page.test_button.click()
    until(loop, lambda: page.result.text().startswith("✓"))
    assert "deckdemo" in page.result.text()
    page.url.setText(sandbox.missxss_url + "/")  # the old "✓ Connected" was about other values
    assert page.result.text() == ""
    page.url.setText(sandbox.missxss_url)
    assert memory_keyring.store == {}  # testing saves nothing
    dialog.save()
    assert memory_keyring.store[("deck", "missxss:default:token")] == sandbox.missxss.token
    assert ctx.services.clients["missxss"].base_url == sandbox.missxss_url
    saved = (deck_home / "config" / "settings.json").read_text()
    assert sandbox.missxss_url in saved and sandbox.missxss.token not in saved
    result = loop.run_until_complete(ctx.registry.invoke("missxss.get-shield-mode-status"))
    assert result.success


def test_no_keychain_offers_memory_only(context, qtbot, loop, deck_home):
    credentials.use(NoKeychain())
    ctx = context(Services(Settings(), Credentials()))
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.pages["missxss"]
    page.url.setText("http://127.0.0.1:9")  # the health check after saving stays on this computer
    page.key.setText("my-key-456")
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().startswith("Keep in memory")).click()

    QTimer.singleShot(0, answer)
    dialog.save()
    assert "No system keychain" in seen[0]
    assert ctx.credentials.get("missxss") == "my-key-456"
    for path in deck_home.rglob("*"):
        assert path.is_dir() or b"my-key-456" not in path.read_bytes()


def test_declining_memory_only_keeps_what_was_typed(context, qtbot, loop, deck_home):
    credentials.use(NoKeychain())
    ctx = context(Services(Settings(), Credentials()))
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.pages["missxss"]
    dialog.show()
    page.key.setText("my-key-789")

    def cancel():
        box = QApplication.activeModalWidget()
        next(b for b in box.buttons() if b.text() == "&Cancel" or b.text() == "Cancel").click()

    QTimer.singleShot(0, cancel)
    dialog.save()
    assert dialog.isVisible() and page.key.text() == "my-key-789"
    assert ctx.credentials.get("missxss") is None


def test_forget_key_asks_then_removes_it_from_the_keychain(context, qtbot, loop, deck_home, memory_keyring, answers):
    ctx = context(Services(Settings(), Credentials()))
    ctx.credentials.set("missxss", "saved-key-456")
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.pages["missxss"]
    answers.yes = False
    page.forget_button.click()
    assert answers == ["Remove the saved MissXss key from this computer?"]
    assert memory_keyring.store[("deck", "missxss:default:token")] == "saved-key-456"
    answers.yes = True
    page.forget_button.click()
    assert ("deck", "missxss:default:token") not in memory_keyring.store
    assert page.result.text() == "Key removed." and not page.forget_button.isEnabled()
    assert ctx.credentials.get("missxss") is None


def test_a_query_key_page_says_where_the_key_goes_and_tests_it(context, qtbot, loop, sandbox, deck_home, memory_keyring):
    ctx = context(Services(Settings(), Credentials()))
    dialog = AccountsDialog(ctx, provider="scottybot")
    qtbot.addWidget(dialog)
    page = dialog.page()
    assert page is dialog.pages["scottybot"] and page.key.accessibleName() == "ScottyBot Authkey"
    assert "Mixer era" in page.findChild(QLabel, "accountAbout").text()
    assert "removes it from every address" in page.findChild(QLabel, "accountHelp").text()
    assert "No ScottyBot authkey is set" in page.state.text()
    page.url.setText(sandbox.scottybot_url)
    page.key.setText("not-the-key")
    page.test_button.click()
    until(loop, lambda: page.result.text().startswith("✗"))
    assert "Missing or Invalid AuthKey" in page.result.text() and "not-the-key" not in page.result.text()
    page.key.setText(sandbox.scottybot.authkey)
    page.test_button.click()
    until(loop, lambda: page.result.text().startswith("✓"))
    assert "14,785 channels" in page.result.text()  # what the public probe answered
    dialog.save()
    assert memory_keyring.store[("deck", "scottybot:default:authkey")] == sandbox.scottybot.authkey
    assert ctx.services.configured("scottybot")


def test_an_oauth_page_guides_the_app_registration_then_signs_in_and_out(context, qtbot, loop, deck_home, memory_keyring):
    from deck.sandbox import Sandbox
    from deck.sandbox.oauth import consent_in_browser
    from tests.support.oauth_provider import Streamy

    provider = Streamy()
    with Sandbox(providers=(provider,)) as sandbox:
        client = sandbox.oauth["streamy"].register("http://localhost/callback")
        ctx = context(Services(Settings(), Credentials(), base_urls=sandbox.base_urls(), providers=(provider,)))
        dialog = AccountsDialog(ctx)
        qtbot.addWidget(dialog)
        page = dialog.pages["streamy"]
        assert page.findChild(QLineEdit, "redirectUri").text() == "http://localhost/callback (any port)"
        assert "https://streamy.example/apps" in page.findChild(QLabel, "registerHelp").text()
        assert "chat:write" in page.findChild(QLabel, "scopes").text()
        assert "Not signed in to Streamy" in page.state.text() and not page.sign_out_button.isEnabled()
        page.fields["client_id"][1].setText(client.id)
        page.fields["client_secret"][1].setText(client.secret)
        page.open_url = consent_in_browser
        page.sign_in_button.click()
        until(loop, lambda: page.result.text().startswith("✓"))
        assert page.result.text() == "✓ Signed in to Streamy (scopes: chat:write)"
        assert page.sign_out_button.isEnabled() and "1 permission granted" in page.state.text()
        assert page.state.toolTip() == "Granted: chat:write"
        assert memory_keyring.store[("deck", "streamy:default:client_secret")] == client.secret
        assert client.secret not in page.state.text() + page.result.text()
        page.test_button.click()
        until(loop, lambda: page.result.text().startswith("✓"))
        assert "Signed in as deckdemo" in page.result.text() and "token scopes: chat:write" in page.result.text()
        page.sign_out_button.click()
        until(loop, lambda: "revoked" in page.result.text())
        assert ("deck", "streamy:default:oauth") not in memory_keyring.store
        until(loop, lambda: not page.sign_out_button.isEnabled())
        loop.run_until_complete(close_shared_client())


def test_a_server_page_has_its_address_a_token_and_an_admin_password(context, qtbot, loop, deck_home, memory_keyring):
    from tests.support.kitchen import KITCHEN

    ctx = context(Services(Settings(), Credentials(), providers=(KITCHEN,)))
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.pages["kitchen"]
    assert [secret.label for secret, _ in page.fields.values()] == ["Access token", "Admin password"]
    page.url.setText("https://kitchen.home.example")
    page.fields["token"][1].setText("tok-1234")
    page.fields["admin_password"][1].setText("pw-5678")
    dialog.save()
    assert memory_keyring.store[("deck", "kitchen:default:token")] == "tok-1234"
    assert memory_keyring.store[("deck", "kitchen:default:admin_password")] == "pw-5678"
    saved = (deck_home / "config" / "settings.json").read_text()
    assert "https://kitchen.home.example" in saved and "pw-5678" not in saved and "tok-1234" not in saved


def test_a_typed_key_echoed_back_is_masked_and_plain_http_elsewhere_warned(context, qtbot, loop, sandbox, deck_home):
    ctx = context(Services(Settings(), Credentials()))
    dialog = AccountsDialog(ctx, provider="scottybot")
    qtbot.addWidget(dialog)
    page = dialog.page()
    page.url.setText("http://192.168.1.20/api")
    assert page.insecure.isVisibleTo(dialog) and "plain http://" in page.insecure.text()
    page.url.setText(sandbox.scottybot_url)
    assert not page.insecure.isVisibleTo(dialog)
    sandbox.scottybot.intercept = lambda op: (401, {"status": "unknown key typed-key-98765"}, {})
    page.key.setText("typed-key-98765")
    page.test_button.click()
    until(loop, lambda: page.result.text().startswith("✗"))
    assert "unknown key" in page.result.text() and "typed-key-98765" not in page.result.text()
    from deck.ui.status import StatusBar

    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.show_problem("ScottyBot (401): unknown key typed-key-98765")
    assert "typed-key-98765" not in bar.currentMessage()


def test_a_server_page_makes_its_own_token_and_says_what_works(context, qtbot, loop, sandbox, deck_home, memory_keyring):
    ctx = context(Services(Settings(), Credentials(), base_urls=sandbox.base_urls()))
    dialog = AccountsDialog(ctx, provider="owncast")
    qtbot.addWidget(dialog)
    page = dialog.page()
    oc = sandbox.owncast
    page.fields["admin_password"][1].setText(oc.secrets["admin_password"])
    page.mint_button.click()
    until(loop, lambda: page.result.text().startswith(("✓", "✗")))
    assert page.result.text() == "✓ Created and kept in your keychain."
    made = oc.tokens[-1]
    assert made["displayName"] == "Deck" and set(made["scopes"]) == {"CAN_SEND_MESSAGES", "CAN_SEND_SYSTEM_MESSAGES",
                                                                     "HAS_ADMIN_ACCESS"}
    assert memory_keyring.store[("deck", "owncast:default:token")] == made["accessToken"]
    assert made["accessToken"] not in page.result.text() + page.state.text()

    page.test_button.click()
    until(loop, lambda: page.result.text().startswith(("✓", "✗")) and "\n" in page.result.text())
    assert page.result.text().splitlines() == [
        "✓ Owncast 0.2.0, live, 12 watching", "✓ Access token: chat as Deck and moderation",
        "✓ Admin password: server settings, disabling users, IP bans, webhooks and tokens"]
    page.fields["admin_password"][1].setText("not-the-password")
    page.test_button.click()
    until(loop, lambda: page.result.text().endswith("not accepted."))
    assert page.result.text().splitlines()[-1] == "✗ Admin password: Owncast (401): The admin password was not accepted."
    loop.run_until_complete(close_shared_client())


def test_an_address_that_is_not_one_is_explained_on_the_page(context, qtbot, loop, deck_home, memory_keyring):
    """Test connection with "localhost:8080" says what is wrong with it, in words, where the
    old result was (not "UnsupportedProtocol")."""
    ctx = context(Services(Settings(), Credentials()))
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.pages["missxss"]
    page.url.setText("localhost:8080")
    page.key.setText("some-key-123")
    page.test_button.click()
    until(loop, lambda: page.result.text().startswith("✗"))
    assert "must start with http:// or https://" in page.result.text()
    assert "UnsupportedProtocol" not in page.result.text()
