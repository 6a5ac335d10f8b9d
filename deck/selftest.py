"""``deck --self-test``: start the real app and check what a packaged build can get wrong.

Checks the Qt platform plugin, the bundled resources, the keychain backend, live chat, that the
settings folder is writable, that every provider's actions are registered, and each
provider's health probe (and sign-in, for OAuth services) against the built-in sandbox. Prints a short report; exit 0, or 1
with the reason. The app itself runs with a throw-away home, so the user's layout and
settings are never touched.
"""
from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import time
from typing import Any, Callable, Optional

from deck.cli import translate  # the locale's language, as the command line speaks it

class Report:
    def __init__(self) -> None:
        self.failures = 0

    def check(self, name: str, probe: Callable[[], Optional[str]], warn_only: bool = False) -> None:
        """Run ``probe``: it returns a detail on success and raises (or returns a problem) on failure."""
        try:
            detail, problem = probe(), None
        except Exception as exc:  # a self-test reports, it does not crash
            detail, problem = None, f"{type(exc).__name__}: {exc}"
        if isinstance(detail, Problem):
            detail, problem = None, str(detail)
        if problem is None:
            self.line("ok", name, detail or "")
        elif warn_only:
            self.line("warn", name, problem)
        else:
            self.failures += 1
            self.line("FAIL", name, problem)

    @staticmethod
    def line(tag: str, name: str, detail: str) -> None:
        print(f"  {tag:<5} {name}: {detail}".rstrip(": "), flush=True)


class Problem(str):
    """A probe's answer that means the check failed."""


def _settings_writable() -> str:
    from deck.core.fileio import atomic_write
    from deck.core.paths import config_dir

    probe = config_dir() / ".self-test"
    atomic_write(probe, "ok", backup=False)
    probe.unlink()
    return str(config_dir())


def _keychain() -> str:
    from deck.core.credentials import keychain_status

    name, problem = keychain_status()
    return Problem(f"{name}: {problem}") if problem else name


def _resources() -> str:
    from deck.core.paths import resources_dir

    root = resources_dir()
    icons = list((root / "icons" / "actions").glob("*.svg"))
    if not (root / "app" / "deck.png").is_file() or not icons:
        return Problem(translate("SelfTest", "icons missing under {folder}").format(folder=root))
    return translate("SelfTest", "app icon and {count} action icons").format(count=len(icons))


def _global_keys() -> str:
    from deck.input.global_keys import create_backend

    backend = create_backend()
    return Problem(translate("GlobalKeys", backend.problem)) if backend.problem else translate(
        "SelfTest", "{backend} can watch the keyboard").format(backend=backend.name)


def _registry(services: Any) -> str:
    from deck.core.names import action_id

    registry = services.registry
    missing = [action_id(p.name, op.id) for p in services.providers.values() for op in p.operations
               if action_id(p.name, op.id) not in registry]
    if missing:
        return Problem(translate("SelfTest", "actions missing: {names}").format(names=", ".join(missing)))
    counts: dict[str, int] = {}
    for action in registry.actions():
        counts[action.provider] = counts.get(action.provider, 0) + 1
    return ", ".join(f"{n} {provider}" for provider, n in sorted(counts.items()))


def _attach_console() -> None:
    """A windowed Windows build has no stdout: print to the console it was started from."""
    if sys.platform == "win32" and sys.stdout is None:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


def run_self_test() -> int:
    from deck import __version__

    _attach_console()

    build = translate("SelfTest", ", packaged") if getattr(sys, "frozen", False) else ""
    print(translate("SelfTest", "Deck {version} self-test ({system}, Python {python}{build})").format(
        version=__version__, system=sys.platform, python=sys.version.split()[0], build=build), flush=True)
    report = Report()
    report.check(translate("SelfTest", "settings folder writable"), _settings_writable)
    report.check(translate("SelfTest", "keychain"), _keychain, warn_only=True)
    report.check(translate("SelfTest", "bundled resources"), _resources)
    report.check(translate("SelfTest", "global hotkeys"), _global_keys, warn_only=True)
    # The app itself runs in a throw-away home: the user's files stay as they are.
    home = os.environ["DECK_HOME"] = tempfile.mkdtemp(prefix="deck-self-test-")
    try:
        return _check_app(report)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _check_app(report: Report) -> int:
    started = time.perf_counter()
    try:
        from deck.app import open_window

        app, window = open_window(demo=True)
    except Exception as exc:
        report.line("FAIL", "Qt", f"{type(exc).__name__}: {exc}")
        return 1
    from PySide6 import __version__ as pyside_version

    report.line("ok", translate("SelfTest", "Qt platform plugin"), translate(
        "SelfTest", "{platform} (PySide6 {version}), first frame in {ms} ms").format(
        platform=app.platformName(), version=pyside_version, ms=f"{(time.perf_counter() - started) * 1000:.0f}"))
    _run_app(app, window, report)
    failed = (translate("SelfTest", "Self-test failed: 1 problem.") if report.failures == 1 else
              translate("SelfTest", "Self-test failed: {count} problems.").format(count=report.failures))
    print(translate("SelfTest", "Self-test passed.") if not report.failures else failed)
    return 1 if report.failures else 0


def _run_app(app: Any, window: Any, report: Report) -> None:
    from deck import runtime
    from deck.app import Session, boot, shutdown

    session = Session()

    async def round_trip() -> str:
        """Every provider's health probe, after the demo's sign-ins."""
        services = session.ctx.services
        started = time.perf_counter()
        sign_ins = session.tasks.get("demo sign-in")
        if sign_ins is not None:
            await asyncio.wait_for(sign_ins, timeout=15)
        answered = []
        for name in services.providers:
            await asyncio.wait_for(services.probe(name, source="self-test"), timeout=15)
            answered.append(services.providers[name].title)
        return translate("SelfTest", "{names} answered in {ms} ms").format(
            names=", ".join(answered), ms=f"{(time.perf_counter() - started) * 1000:.0f}")

    async def lights() -> str:
        """Every service has its light in the status bar, and each shows the answer it gave."""
        lit = window.status.lights
        missing = [p.title for name, p in session.ctx.services.providers.items() if name not in lit]
        dark = [f"{light.title} {light.state}" for light in lit.values() if light.state != "connected"]
        if missing or dark:
            raise RuntimeError("; ".join(([translate("SelfTest", "no light: {names}").format(names=", ".join(missing))]
                                          if missing else []) + dark))
        return translate("SelfTest", "{count} connected").format(count=len(lit))

    async def live_chat() -> str:
        hub = session.ctx.services.chat
        started = time.perf_counter()
        while not (hub.readers and all(r.health.state == "connected" and r.received for r in hub.readers.values())):
            if time.perf_counter() - started > 15:
                raise TimeoutError("; ".join(f"{k}: {r.health.state} {r.health.error}" for k, r in hub.readers.items()))
            await asyncio.sleep(0.05)
        return translate("SelfTest", "{names} connected and reading in {ms} ms").format(
            names=", ".join(hub.readers), ms=f"{(time.perf_counter() - started) * 1000:.0f}")

    async def checks() -> None:
        report.check(translate("SelfTest", "actions registered"), lambda: _registry(session.ctx.services))
        for name, probe in ((translate("SelfTest", "round trip against the sandbox"), round_trip),
                            (translate("SelfTest", "status lights"), lights),
                            (translate("SelfTest", "live chat from the sandbox"), live_chat)):
            try:
                report.line("ok", name, await probe())
            except Exception as exc:
                report.failures += 1
                report.line("FAIL", name, f"{type(exc).__name__}: {exc}")
        window.close()  # the last window: the app shuts down as it does for the user

    def start() -> None:
        boot(app, window, True, session)
        runtime.spawn(checks(), name="self-test")

    runtime.run_until_quit(app, runtime.make_loop(app), start, lambda: shutdown(session))


if __name__ == "__main__":
    sys.exit(run_self_test())
