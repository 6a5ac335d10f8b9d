"""Static checks run with the suite: ruff over everything, mypy over the Qt-free packages
(the configuration is in pyproject.toml)."""
import subprocess
import sys
from pathlib import Path

from .test_layers import tool

ROOT = Path(__file__).parents[2]


def test_ruff_is_clean():
    exe = tool("ruff")
    assert exe, "ruff is part of the test dependencies"
    out = subprocess.run([exe, "check", "deck", "tests", "packaging"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-3000:]


BASELINE = ROOT / "tests" / "mypy-ui-baseline.txt"
QT_FREE = ("deck/core/", "deck/net/", "deck/providers/", "deck/actions/", "deck/sandbox/", "deck/cli.py",
           "deck/input/")


def mypy_errors() -> list[str]:
    """Every mypy error over all of Deck, as "file: message [code]" (no line numbers, so the
    baseline does not move when lines do)."""
    out = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", "/dev/null", "deck"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    errors = []
    for line in out.stdout.splitlines():
        path, _, rest = line.partition(":")
        if ": error: " in line:
            errors.append(f"{path}: {rest.split(': error: ', 1)[1]}")
    return sorted(errors)


def test_mypy_is_clean_on_the_service_side_and_the_ui_only_gets_better():
    """The Qt-free packages have no error; the UI's are those of the baseline file or fewer (a
    fixed one is taken out of the file, so the count only goes down)."""
    from collections import Counter

    errors = mypy_errors()
    assert [e for e in errors if e.startswith(QT_FREE)] == []
    ui = Counter(e for e in errors if not e.startswith(QT_FREE))
    baseline = Counter(line for line in BASELINE.read_text().splitlines() if line.strip())
    assert ui - baseline == Counter(), f"new type errors: {sorted((ui - baseline).elements())[:20]}"
    assert baseline - ui == Counter(), f"fixed (take them out of {BASELINE.name}): {sorted((baseline - ui).elements())[:20]}"
