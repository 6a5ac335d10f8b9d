"""What a running Deck keeps in memory that it does not need."""
import linecache
import sys


def test_a_module_imported_after_qt_leaves_no_source_lines_in_memory(tmp_path, monkeypatch):
    import deck.ui  # noqa: F401 (Qt is loaded, with its import hook)

    (tmp_path / "deck_probe_module.py").write_text("NAME = 'PySide6'\n" + "# a line\n" * 2000)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "deck_probe_module", raising=False)
    exec("import deck_probe_module")  # an import statement, as modules import each other
    assert sys.modules["deck_probe_module"].NAME == "PySide6"
    assert not any("deck_probe_module" in name for name in linecache.cache)
