import json

from deck.core.settings import SCHEMA_VERSION, Settings, SettingsStore, migrate


def test_defaults_when_no_file(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    settings = store.load()
    assert settings.schema_version == SCHEMA_VERSION
    assert settings.service("missxss").base_url == ""  # empty: the service's own address
    assert store.notice is None


def test_save_is_atomic_and_keeps_a_backup(tmp_path):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    settings = Settings()
    store.save(settings)
    assert not (tmp_path / "settings.json.bak").exists()
    settings.ui.theme = "dark"
    store.save(settings)
    assert json.loads(path.read_text())["ui"]["theme"] == "dark"
    assert json.loads((tmp_path / "settings.json.bak").read_text())["ui"]["theme"] == "system"
    assert not list(tmp_path.glob("*.tmp"))


def test_migration_from_version_1(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "missxss_url": "https://mx.example", "theme": "light", "mine": 1}))
    settings = SettingsStore(path).load()
    assert settings.schema_version == SCHEMA_VERSION
    assert settings.service("missxss").base_url == "https://mx.example"
    assert settings.ui.theme == "light"
    assert settings.model_extra == {"mine": 1}  # unknown keys are kept, not lost
    assert migrate({"missxss_url": "x"})["schema_version"] == SCHEMA_VERSION  # no version means 1


def test_migration_from_version_2_drops_default_addresses(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 2, "missxss": {"base_url": "https://api.missxss.com.tr"},
                                "scottybot": {"base_url": "https://api.scottybot.net", "enabled": False},
                                "owncast": {"base_url": "https://live.example"}}))
    settings = SettingsStore(path).load()
    assert settings.service("missxss").base_url == ""
    assert settings.service("scottybot").base_url == ""  # the old default lacked /api; the new one is used
    assert settings.service("owncast").base_url == "https://live.example"


def test_corrupt_file_is_moved_aside_and_backup_loaded(tmp_path):
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    good = Settings()
    good.ui.theme = "dark"
    store.save(good)
    store.save(good)  # now a .bak exists with theme dark
    path.write_text("{ not json")
    settings = store.load()
    assert settings.ui.theme == "dark"
    assert "last good copy" in store.notice
    kept = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text() == "{ not json"


def test_corrupt_file_without_backup_loads_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 2, "activity_limit": "many"}))
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert "defaults were loaded" in store.notice


def test_future_version_is_not_guessed_at(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 99}))
    store = SettingsStore(path)
    store.load()
    assert "unsupported settings version 99" in store.notice


def test_repeated_log_lines_are_kept_to_a_few(monkeypatch):
    import logging

    from deck.core import logs

    clock = [1000.0]
    monkeypatch.setattr(logs.time, "monotonic", lambda: clock[0])
    kept: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record):
            kept.append(record.getMessage())

    handler = Keep()
    handler.addFilter(logs.RepeatFilter(allow=5, window=60))
    log = logging.getLogger("deck.test.repeats")
    log.addHandler(handler)
    log.propagate = False
    try:
        for _ in range(1000):
            log.warning("chat %s: dropped; reconnecting", "twitch:x")
        log.warning("something else")
        clock[0] += 61
        log.warning("chat %s: dropped; reconnecting", "twitch:x")
    finally:
        log.removeHandler(handler)
    assert len(kept) == 7 and kept[5] == "something else"
    assert kept[6] == "chat twitch:x: dropped; reconnecting (995 more like this were left out)"
