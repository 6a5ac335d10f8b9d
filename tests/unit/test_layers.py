import shutil
import subprocess
import sys
from pathlib import Path


def tool(name: str) -> str:
    """A test tool's command: beside this Python first (a virtual environment need not be activated)."""
    here = Path(sys.executable).parent
    found = next((p for p in (here / name, here / f"{name}.exe") if p.exists()), None)
    return str(found) if found else shutil.which(name) or ""


def test_layer_contracts_hold():
    """Service side never imports Qt; imports only point down (pyproject's import-linter contracts)."""
    exe = tool("lint-imports")
    assert exe, "import-linter is part of the test dependencies"
    out = subprocess.run([exe], cwd=Path(__file__).parents[2], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:]
    assert "0 broken" in out.stdout


def test_only_runtime_imports_qasync():
    deck = Path(__file__).parents[2] / "deck"
    users = [p.relative_to(deck).as_posix() for p in deck.rglob("*.py") if "import qasync" in p.read_text()]
    assert users == ["runtime.py"]
