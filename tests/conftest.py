"""Shared fixtures: an isolated home, an in-memory keychain, the sandbox, and a guard that
fails a test on any unhandled background-task error."""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_API", "pyside6")
for _name in [n for n in os.environ if n.startswith("DECK_")]:
    os.environ.pop(_name, None)

import pytest

from deck.actions.services import Services
from deck.core import credentials as keychains
from deck.core.credentials import Credentials, NoSuchSecret
from deck.core.settings import Settings
from deck.net.limiter import Limits
from deck.actions.registry import Registry
from deck.sandbox import Sandbox


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: one worker more than the machine has cores. Tests spend a good part of their
    time waiting on sockets and subprocesses, and the extra worker fills those waits."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores + 1


class MemoryKeyring:
    """The tests' keychain: in memory, standing in for the system's."""

    system_keychain = True

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise NoSuchSecret(username)


@pytest.fixture(autouse=True)
def deck_home(tmp_path, monkeypatch):
    monkeypatch.setenv("DECK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture(autouse=True)
def memory_keyring():
    backend = MemoryKeyring()
    keychains.use(backend)
    yield backend
    keychains.use(None)


@pytest.fixture
def sandbox():
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def services(sandbox):
    """Services wired to the sandbox exactly as the app wires them to the real services,
    with every key the sandbox accepts in the keychain."""
    credentials = Credentials()
    for name, service in sandbox.services.items():
        for kind, value in service.secrets.items():
            credentials.set(name, value, kind)
    return Services(Settings(), credentials, Registry(Limits()), base_urls=sandbox.base_urls())


@pytest.fixture
def mx(sandbox):
    """The sandbox's MissXss state."""
    return sandbox.missxss


@pytest.fixture
async def registry(services):
    yield services.registry
    from deck.net.http import close_shared_client

    await close_shared_client()


_exit_status = {"code": 0}


def pytest_sessionfinish(session, exitstatus):
    _exit_status["code"] = int(exitstatus)


def pytest_unconfigure(config):
    """Leave without Python's interpreter teardown. The GUI tests keep their closed qasync
    loops alive (see tests/gui/conftest.py); destroying them at interpreter exit can crash in
    Qt's destructors, after every result has been reported."""
    import os
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status["code"])
