"""Deck's translations: ``update`` gathers every translatable text of ``deck/`` into the
``.ts`` source of each language (new texts arrive untranslated, gone ones are marked
obsolete), and the texts with a count into ``deck_en.ts`` for their English singular and
plural; translate them with Qt Linguist (``pyside6-linguist resources/i18n/deck_tr.ts``)
or any editor; ``compile`` makes the ``.qm`` files Deck loads.

    python packaging/translations.py update
    python packaging/translations.py compile
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("tr",)  # every language but the one the texts are written in
SOURCE = "en"  # the texts' own language: its file holds only the plural forms ("1 entry", "2 entries")


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "deck").rglob("*.py"))


def contract_source(folder: Path) -> str:
    """The catalogue's words (actions, groups, parameters) as a source lupdate reads."""
    sys.path.insert(0, str(ROOT))
    from deck.actions.texts import CONTEXT, texts

    path = folder / "contract_texts.py"
    path.write_text("".join(f"QT_TRANSLATE_NOOP({CONTEXT!r}, {text!r})\n" for text in texts()), encoding="utf-8")
    return str(path)


def update(target: Path = FOLDER) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        contract = contract_source(Path(scratch))
        for language in (*LANGUAGES, SOURCE):
            subprocess.run([tool("pyside6-lupdate"), *sources(), contract, "-no-obsolete", "-locations", "none",
                            *(["-pluralonly"] if language == SOURCE else []),
                            "-target-language", language, "-ts", str(target / f"deck_{language}.ts")],
                           cwd=ROOT, check=True)


def compile_all() -> None:
    for language in (*LANGUAGES, SOURCE):
        source = FOLDER / f"deck_{language}.ts"
        subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    else:
        raise SystemExit(__doc__)
