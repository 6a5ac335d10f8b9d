"""Any file Deck reads may be anything: no state file stops Deck, the bad one is moved aside
once with a message, and what could be recovered is kept as the current file."""
from __future__ import annotations

import json
import logging
import os

import pytest

from deck.actions.profiles import ProfileError, ProfileStore, default_profile, parse_profile
from deck.actions.registry import Registry
from deck.actions.services import Services
from deck.core import fileio, logs
from deck.core.credentials import Credentials
from deck.core.settings import Settings, SettingsStore
from deck.ui.ui_state import UiState


@pytest.fixture
def registry():
    return Services(Settings(), Credentials(memory_only=True), Registry()).registry


def circular(name="Loop"):
    data = json.loads(default_profile(name).model_dump_json())
    a, b = data["pages"][0], data["pages"][1]
    a["parent"], b["parent"] = b["id"], a["id"]
    return data


def test_pages_inside_each_other_are_refused_on_import_and_on_load(registry, tmp_path):
    with pytest.raises(ProfileError, match="inside itself"):
        parse_profile(json.dumps(circular()).encode(), registry)
    lonely = json.loads(default_profile("Lost").model_dump_json())
    lonely["pages"][1]["parent"] = "nowhere"
    with pytest.raises(ProfileError, match="does not exist"):
        parse_profile(json.dumps(lonely).encode(), registry)
    store = ProfileStore(tmp_path / "profiles", registry)
    (tmp_path / "profiles" / "loop.json").write_text(json.dumps(circular()))
    (tmp_path / "profiles" / "active.txt").write_text("Loop")
    profile = store.open_active()  # returns at once: no endless walk up the folders
    assert [p.name for p in profile.pages] == ["Stream", "OBS", "Moderation", "Songs", "Discord voice"]
    assert "inside itself" in store.notice and list((tmp_path / "profiles").glob("loop.json.corrupt-*"))
    assert ProfileStore(tmp_path / "profiles", registry).open_active().pages == profile.pages  # repaired


def test_long_names_imported_again_get_unique_file_names(registry, tmp_path):
    store = ProfileStore(tmp_path / "profiles", registry)
    long = "A very long profile name for the Friday night stream"
    names = []
    for _ in range(4):
        name = store.unique_name(long)
        store.save(default_profile(name))
        names.append(name)
    assert len({store.path(n) for n in names}) == 4 and names[1].endswith("(2)")


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: 300 MB that cost nothing to make
    with pytest.raises(fileio.BadFile, match="larger than 1 MB"):
        fileio.read_bounded(huge, 1_000_000)


@pytest.mark.parametrize("content", [b'{"name": 42, "version": 1}', b"\xff\xfe not utf-8", b"[" * 5000,
                                     b'{"name": ' + b"[" * 5000 + b"}"])
def test_a_stray_or_broken_profile_file_does_not_stop_the_store(registry, tmp_path, content):
    store = ProfileStore(tmp_path / "profiles", registry)
    store.save(default_profile("Mine"))
    (tmp_path / "profiles" / "stray.json").write_bytes(content)
    (tmp_path / "profiles" / "active.txt").write_bytes(b"\xff\xfe\x00")  # not UTF-8 either
    fresh = ProfileStore(tmp_path / "profiles", registry)
    assert fresh.names() == ["Mine"] and fresh.open_active().name == "Mine"


@pytest.mark.parametrize("content", [b"[" * 4000 + b"]" * 4000, b'{"ui": ' * 3000, b"\x00\xff", b"7", b""])
def test_settings_and_window_layout_that_are_anything(tmp_path, content):
    (tmp_path / "settings.json").write_bytes(content)
    (tmp_path / "ui-state.json").write_bytes(content)
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == Settings() and "could not be read" in store.notice
    assert UiState.load(tmp_path / "ui-state.json").dock_state == b""
    assert list(tmp_path.glob("settings.json.corrupt-*"))


def test_recovered_settings_become_the_current_file(tmp_path):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    good = Settings()
    good.ui.theme = "dark"
    store.save(good)
    store.save(good)  # a .bak with theme dark
    path.write_text("{ broken")
    read_only = SettingsStore(path, read_only=True)
    assert read_only.load().ui.theme == "dark" and "for this command" in read_only.notice
    assert path.read_text() == "{ broken" and not list(tmp_path.glob("*.corrupt-*"))  # a command moves nothing
    assert store.load().ui.theme == "dark"
    assert json.loads(path.read_text())["ui"]["theme"] == "dark"  # the recovered copy was written back
    again = SettingsStore(path)
    assert again.load().ui.theme == "dark" and again.notice is None  # and the next start is clean


def test_a_file_where_a_folder_belongs_is_moved_aside(registry, tmp_path):
    (tmp_path / "profiles").write_text("not a folder")
    store = ProfileStore(tmp_path / "profiles", registry)
    assert "was a file, not a folder" in store.notice
    assert store.open_active().name == "Default" and (tmp_path / "profiles" / "default.json").exists()
    assert (tmp_path / "config").mkdir() is None
    (tmp_path / "config" / "settings.json").mkdir()  # a folder where the file belongs
    settings = SettingsStore(tmp_path / "config" / "settings.json")
    assert settings.load() == Settings() and "folder" in settings.notice


def test_a_folder_that_cannot_be_written(registry, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("deck.actions.profiles.atomic_write", refuse)
    store = ProfileStore(tmp_path / "profiles", registry)
    profile = store.open_active()
    assert profile.name == "Default" and "cannot save profiles" in store.notice  # used for this session
    assert store.save(default_profile("Other")) is False


@pytest.mark.parametrize("make", ["folder", "read-only"])
def test_a_log_that_cannot_be_written_falls_back_to_the_terminal(tmp_path, make, monkeypatch, capsys):
    (tmp_path / "logs").mkdir()
    if make == "folder":
        (tmp_path / "logs" / "deck.log").mkdir()
    else:
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr(logs, "FileHandler", refuse)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert logs.setup(tmp_path / "logs") is None
        assert "logging to the terminal" in capsys.readouterr().err
        logging.getLogger("deck.test").warning("still logged")
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)


def test_ensure_folder_says_what_it_did(tmp_path):
    assert fileio.ensure_folder(tmp_path / "new") is None and (tmp_path / "new").is_dir()
    (tmp_path / "file").write_text("x")
    assert "was a file" in fileio.ensure_folder(tmp_path / "file")
    assert (tmp_path / "file").is_dir() and len(list(tmp_path.glob("file.corrupt-*"))) == 1
    assert os.path.isdir(tmp_path / "file")


# ---- what Deck writes, it reads back

def full_profile(name: str, pages: int):
    """A profile as large as the editor lets a user make it: every cell of every page a multi
    button with long labels and steps."""
    from deck.actions.profiles import Cell, Page, Step

    steps = [Step(action="chat.send", params={"message": "m" * 400, "platform": "kick"}) for _ in range(3)]
    profile = default_profile(name)
    profile.pages = [Page(name=f"Page {p}", rows=8, cols=8, cells=[
        Cell(row=r, col=c, kind="multi", label="x" * 40, steps=steps) for r in range(8) for c in range(8)])
        for p in range(pages)]
    return profile


def test_a_profile_deck_saves_is_one_it_reads_back(registry, tmp_path):
    store = ProfileStore(tmp_path / "profiles", registry)
    big = full_profile("My Show", 30)
    assert store.save(big)
    assert store.path("My Show").stat().st_size > 1_000_000  # larger than Deck used to read
    again = ProfileStore(tmp_path / "profiles", registry).load("My Show")
    assert again == big and store.notice is None


def test_a_profile_too_large_to_read_back_is_not_written(registry, tmp_path):
    from deck.actions.profiles import MAX_FILE_BYTES, ProfileTooLarge

    store = ProfileStore(tmp_path / "profiles", registry)
    store.save(default_profile("My Show"))
    before = store.path("My Show").read_bytes()
    huge = full_profile("My Show", 100)
    assert len(huge.model_dump_json(indent=2)) > MAX_FILE_BYTES
    with pytest.raises(ProfileTooLarge, match="not saved"):
        store.save(huge)
    assert store.path("My Show").read_bytes() == before


@pytest.mark.parametrize("file_name", ["downloaded (1).json", "x.json"])
def test_a_profile_opens_whatever_its_file_is_called(registry, tmp_path, file_name):
    folder = tmp_path / "profiles"
    folder.mkdir()
    show = default_profile("My Show")
    show.pages[0].name = "Mine"
    (folder / file_name).write_text(show.model_dump_json())
    (folder / "active.txt").write_text("My Show")
    store = ProfileStore(folder, registry)
    assert store.names() == ["My Show"]
    opened = store.open_active()
    assert opened.pages[0].name == "Mine" and store.notice is None
    opened.pages[0].name = "Changed"
    store.save(opened)  # saved where it came from, not beside it
    assert sorted(p.name for p in folder.glob("*.json")) == [file_name]
    assert ProfileStore(folder, registry).load("My Show").pages[0].name == "Changed"


@pytest.mark.parametrize("name", ["../../etc/passwd", "nul\u0000name", "..", "/"])
def test_profile_names_that_are_not_file_names_open_as_saved(registry, tmp_path, name):
    store = ProfileStore(tmp_path / "profiles", registry)
    profile = default_profile(name)
    profile.pages[0].name = "Kept"
    store.save(profile)
    assert list((tmp_path / "profiles").glob("*.json"))[0].parent == tmp_path / "profiles"
    assert ProfileStore(tmp_path / "profiles", registry).load(name).pages[0].name == "Kept"


def test_settings_with_a_byte_order_mark_are_read(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes("\ufeff".encode() + json.dumps({"schema_version": 3, "ui": {"theme": "light"}}).encode())
    store = SettingsStore(path)
    assert store.load().ui.theme == "light" and store.notice is None


def test_a_version_that_is_not_a_number_is_never_migrated(tmp_path):
    """``true`` is not version 1: running the migrations over newer data would empty the
    services' addresses on the next save."""
    path = tmp_path / "settings.json"
    good = {"schema_version": 3, "services": {"owncast": {"base_url": "https://live.example"}}}
    path.write_text(json.dumps(good))
    store = SettingsStore(path)
    store.save(store.load())  # the good copy becomes the backup
    path.write_text(json.dumps({**good, "schema_version": True}))
    settings = store.load()
    assert "could not be read" in (store.notice or "")
    assert settings.services["owncast"].base_url == "https://live.example"


def test_an_older_migration_keeps_sections_that_are_already_new(tmp_path):
    from deck.core.settings import migrate

    data = migrate({"schema_version": 2, "services": {"owncast": {"base_url": "https://live.example"}},
                    "kick": {"base_url": "https://api.kick.com"}})
    assert data["services"]["owncast"]["base_url"] == "https://live.example"
    assert data["services"]["kick"]["base_url"] == ""


def test_a_lone_surrogate_in_settings_loads_and_saves(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"schema_version": 3, "chat": {"channels": ["twitch:a\\ud800b", "kick:fine"]}}')
    store = SettingsStore(path)
    settings = store.load()
    assert settings.chat.channels == ["twitch:a\ufffdb", "kick:fine"] and store.notice is None
    store.save(settings)  # every later save works
    assert SettingsStore(path).load().chat.channels == settings.chat.channels


def test_a_log_file_that_stops_taking_writes_is_said_once(tmp_path, capsys):
    """A full disk or a log made read-only while Deck runs: one line on the terminal, not a
    "--- Logging error ---" traceback for every record."""
    handler = logs.FileHandler(tmp_path / "deck.log", encoding="utf-8", delay=True)  # opened on first write

    class Full:
        def write(self, text):
            raise OSError(28, "No space left on device")

        def flush(self):
            pass

        def tell(self):
            return 0

    handler.stream = Full()  # type: ignore[assignment]
    record = logging.LogRecord("deck", logging.WARNING, __file__, 1, "something", None, None)
    for _ in range(5):
        handler.emit(record)
    err = capsys.readouterr().err
    assert err.count("cannot write the log") == 1 and "No space left on device" in err
    assert "Logging error" not in err and "Traceback" not in err


def test_the_log_starts_anew_past_its_size_keeping_the_last_five(tmp_path):
    handler = logs.FileHandler(tmp_path / "deck.log", encoding="utf-8")
    handler.size = 1000
    handler.setFormatter(logging.Formatter("%(message)s"))
    for n in range(400):
        handler.emit(logging.LogRecord("deck", logging.INFO, __file__, 1, f"record {n:03} " + "x" * 40, None, None))
    handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.log"] + [f"deck.log.{n}" for n in range(1, 6)]
    assert all((tmp_path / f"deck.log.{n}").stat().st_size < 1100 for n in range(1, 6))
    newest = (tmp_path / "deck.log").read_text().splitlines()
    assert newest[-1].startswith("record 399") and (tmp_path / "deck.log.1").read_text().splitlines()[-1] < newest[0]
