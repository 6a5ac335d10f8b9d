"""Fixtures of the end-to-end tests: the test service of every contract shape, served and wired."""
from __future__ import annotations

import pytest

from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.settings import Settings
from deck.net.http import close_shared_client
from deck.sandbox import Sandbox
from deck.sandbox.oauth import consent_in_browser
from tests.support.kitchen import KITCHEN


@pytest.fixture
def kitchen():
    with Sandbox(providers=(KITCHEN,)) as sandbox:
        yield sandbox


@pytest.fixture
async def api(kitchen, memory_keyring):
    credentials = Credentials()
    credentials.set("kitchen", "kitchen-token-123")
    credentials.set("kitchen", "admin-pw-456", "admin_password")
    services = Services(Settings(), credentials, base_urls=kitchen.base_urls(), providers=(KITCHEN,))
    yield services.registry, kitchen.kitchen, services
    await close_shared_client()


async def signed_in(sandbox, name):
    """Services wired to the sandbox with every key, signed in to ``name`` through the real
    browser-and-loopback flow: (registry, that service's stand-in, services)."""
    credentials = Credentials()
    sandbox.give_credentials(credentials)
    services = Services(Settings(), credentials, base_urls=sandbox.base_urls())
    await services.oauth[name].sign_in(consent_in_browser, port=0)
    return services.registry, sandbox.services[name], services
