"""What the benchmarks share: the smoke mode, and starting the sandbox in another process.

``BENCH_SMOKE=1`` runs a benchmark for seconds instead of minutes: every step of it runs and
prints its figures, and no target is judged (the test suite runs each one so, so none rots)."""
from __future__ import annotations

import os
import shlex
import subprocess
import sys

SMOKE = os.environ.get("BENCH_SMOKE") == "1"


def judged(ok: bool) -> int:
    """The exit code: targets count in a real run, not in a smoke run."""
    return 0 if ok or SMOKE else 1


def start(cmd: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def wait_ready(proc: subprocess.Popen) -> list[str]:
    """The lines a process prints until it is ready ("ready", or the blank line that ends the
    sandbox's list of exports)."""
    lines: list[str] = []
    for line in proc.stdout:  # type: ignore[union-attr]
        lines.append(line.rstrip())
        if line.startswith("ready") or (not line.strip() and any(x.startswith("export ") for x in lines)):
            break
    return lines


def sandbox_env(lines: list[str]) -> dict[str, str]:
    """The environment ``deck sandbox`` prints to export."""
    return dict(shlex.split(line)[1].split("=", 1) for line in lines if line.startswith("export "))


def start_sandbox(env: dict[str, str]) -> tuple[subprocess.Popen, dict[str, str]]:
    """``deck sandbox`` without simulated activity or chat, and the environment that points Deck at it."""
    process = start([sys.executable, "-m", "deck", "sandbox", "--still", "--chat-rate", "0"], env)
    return process, sandbox_env(wait_ready(process))
