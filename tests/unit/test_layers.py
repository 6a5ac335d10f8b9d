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


def test_boundaries_hold_for_every_service_in_the_catalogue():
    """Generated from the catalogue, so they hold for any number of services: no provider
    imports another, and no neutral panel imports any provider (directly or through another
    module of Deck's)."""
    import grimp

    from deck.providers import catalogue

    graph = grimp.build_graph("deck")
    packages = sorted({".".join(type(p).__module__.split(".")[:3]) for p in catalogue.providers()})  # deck.providers.x
    crossing = [(a, b) for a in packages for b in packages
                if a != b and graph.find_shortest_chain(importer=a, imported=b, as_packages=True)]
    assert crossing == []
    panels = [m for m in graph.find_children("deck.ui.panels")]
    reaching = [(panel, provider) for panel in panels for provider in packages
                if graph.find_shortest_chain(importer=panel, imported=provider, as_packages=True)]
    assert reaching == [], reaching[:5]
