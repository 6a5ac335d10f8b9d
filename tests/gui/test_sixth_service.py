"""A service of the tests' own (tests/support/kitchen.py), registered in a fixture, is
added to the catalogue in a fixture and gets what every service gets, with no list of services
edited anywhere: its actions, its Accounts page shaped by its auth kind, its stand-in, and the
capabilities it offers. (Its command line and contract shapes: tests/e2e/test_hostile_classes.py
and test_http_api.py.)"""
from __future__ import annotations

import pytest

from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.settings import Settings
from deck.sandbox import Sandbox
from deck.ui.accounts import AccountsDialog
from tests.support.kitchen import KITCHEN

from .conftest import until


@pytest.fixture
def kitchen():
    with Sandbox(providers=(KITCHEN,)) as sandbox:
        yield sandbox


def test_a_sixth_service_gets_an_accounts_page_and_the_capabilities_it_offers(context,
        qtbot, loop, kitchen, deck_home, memory_keyring, monkeypatch):
    from deck.providers import catalogue

    five = catalogue.providers()
    monkeypatch.setattr(catalogue, "providers", lambda: (*five, KITCHEN))
    services = Services(Settings(), Credentials(), base_urls=kitchen.base_urls())
    assert "kitchen" in services.providers and "kitchen.shout" in services.registry
    ctx = context(services)

    dialog = AccountsDialog(ctx)  # a page shaped by its auth kind, as for any service
    qtbot.addWidget(dialog)
    page = dialog.pages["kitchen"]
    secrets = {s.kind for s in KITCHEN.primary_auth().secrets()}
    assert secrets <= set(page.fields)
    page.url.setText(kitchen.base_urls()["kitchen"])
    page.fields["token"][1].setText("kitchen-token-123")
    page.test_button.click()
    until(loop, lambda: page.result.text().startswith("✓"), what="the test of its connection")
    dialog.save()
    assert memory_keyring.store[("deck", "kitchen:default:token")] == "kitchen-token-123"

    # what it offers to Deck's capabilities runs through it, like any service's
    choice = services.capabilities.choose("chat.send-bot", "kick", provider="kitchen")
    assert choice is not None and choice.action_id == "kitchen.shout"
    loop.run_until_complete(services.capabilities.invoke("chat.send-bot", {"message": "soup's up"}, "kick",
                                                         provider="kitchen"))
    assert kitchen.kitchen.received[-1][:2] == ("shout", {"text": "soup's up"})
