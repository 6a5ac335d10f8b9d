"""The Accounts page of a signed-in service with a bot: who the sign-in is (account,
platform, until when, what it may do), the bot in the channel brought in or sent away, and
a sign-in that asks only for what the user allows, after which Deck refuses the rest
before sending."""
from __future__ import annotations

import pytest

from deck.core.errors import NotPermitted
from deck.sandbox.oauth import consent_in_browser
from deck.ui.accounts import AccountsDialog

from .conftest import until


@pytest.fixture
def page(app_window, loop, qtbot):
    dialog = AccountsDialog(app_window.ctx, provider="nightbot")
    qtbot.addWidget(dialog)
    page = dialog.page()
    until(loop, lambda: page.details.isVisibleTo(page) and page.joined is not None, what="the account details")
    return page


def test_the_account_and_the_bot_in_the_channel(page, loop, app_window, answers):
    nb = app_window.sandbox.nightbot
    text = page.details.text()
    assert text.startswith("<b>DeckDemo</b> on Twitch · this sign-in ends ") and "(renewed before then)" in text
    assert text.endswith("<br>Allowed everything Deck asks for.")
    assert page.presence.text() == "● Nightbot is in your channel" and page.presence_button.text() == "Make it leave"

    answers.yes = False
    page.presence_button.click()
    assert nb.channel["joined"] and answers[-1].startswith("Make Nightbot leave your channel?")
    answers.yes = True
    page.presence_button.click()
    until(loop, lambda: page.joined is False)
    assert not nb.channel["joined"] and page.presence.text() == "○ Nightbot is not in your channel"
    page.presence_button.click()  # bringing it back asks nothing
    until(loop, lambda: page.joined is True)
    assert nb.channel["joined"] and len(answers) == 2


def test_a_sign_in_asks_only_for_what_is_allowed(page, loop, app_window):
    ctx = app_window.ctx
    nb = app_window.sandbox.nightbot
    assert all(box.isChecked() for box in page.scope_boxes.values())  # everything Deck uses, at first
    page.scope_boxes["timers"].setChecked(False)
    page.open_url = consent_in_browser
    page.sign_in_button.click()
    until(loop, lambda: page.result.text().startswith("✓"))
    assert "timers" not in page.result.text() and "spam_protection" in page.result.text()
    assert ctx.services.section("nightbot").scopes == [s for s in page.scope_boxes if s != "timers"]
    until(loop, lambda: page.details.text().endswith("<br>Not allowed: see and change timers."))

    failures = []
    ctx.run("timers.list", provider="nightbot", on_error=failures.append)
    until(loop, lambda: failures)
    assert isinstance(failures[0], NotPermitted) and "timers" not in [op for op, *_ in nb.received]  # not sent
    assert str(failures[0]) == ("Nightbot: Deck may not see and change timers: it was not allowed at sign-in. "
                                "Allow it in Accounts and sign in again.")

    for box in page.scope_boxes.values():
        box.setChecked(False)
    assert not page.sign_in_button.isEnabled()
