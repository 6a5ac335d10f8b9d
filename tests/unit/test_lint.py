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


def test_mypy_is_clean_on_the_service_side():
    out = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", "/dev/null"], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-3000:]
