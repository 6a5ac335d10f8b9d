"""Profile files: what is accepted, what is rejected (with the reason), and the store."""
from __future__ import annotations

import json

import pytest

from deck.actions import deck_actions
from deck.actions.profiles import (
    MAX_FILE_BYTES,
    ProfileError,
    ProfileStore,
    default_profile,
    export_profile,
    parse_profile,
)
from deck.actions.registry import Registry
from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.settings import Settings
from deck.core.redact import remember


@pytest.fixture
def registry():
    r = Services(Settings(), Credentials(memory_only=True), Registry()).registry

    async def nothing(*_):
        return True

    deck_actions.register(r, lambda: ["Default"], nothing, nothing)
    return r


def exported(**changes):
    data = json.loads(export_profile(default_profile("Shared")))
    data.update(changes)
    return data


def reject(registry, data, match):
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    with pytest.raises(ProfileError, match=match):
        parse_profile(raw, registry)


def test_an_exported_profile_imports_again(registry):
    profile = parse_profile(export_profile(default_profile("Shared")).encode(), registry)
    assert [p.name for p in profile.pages] == ["Stream", "OBS", "Moderation", "Songs", "Discord voice"]
    brb = next(c for c in profile.pages[0].cells if c.label == "BRB")
    assert brb.kind == "multi" and [s.action for s in brb.steps] == ["chat.send", "missxss.tts"]


def test_huge_file_is_rejected_before_parsing(registry):
    reject(registry, b" " * (MAX_FILE_BYTES + 1), rf"at most {MAX_FILE_BYTES // 1_000_000} MB")


def test_deeply_nested_file_is_rejected(registry):
    reject(registry, b"[" * 100_000 + b"]" * 100_000, "not a Deck profile|nested too deeply")
    deep = exported()
    node = deep["pages"][0]["cells"][0]["steps"][0]["params"]
    for _ in range(30):
        node["x"] = {}
        node = node["x"]
    reject(registry, deep, "nested too deeply")


@pytest.mark.parametrize("mutate, match", [
    (lambda d: d.update(version=99), "version 99 is not supported"),
    (lambda d: d.pop("version"), "no version"),
    (lambda d: d.update(pages="lots"), r"pages: Input should be a valid list"),
    (lambda d: d["pages"][0].update(rows="three"), r"pages\.0\.rows"),
    (lambda d: d["pages"][0].update(rows=40), r"pages\.0\.rows: Input should be less than or equal to 8"),
    (lambda d: d["pages"][0]["cells"][0].update(color="red; background: url(x)"), r"color: String should match"),
    (lambda d: d["pages"][0]["cells"][0].update(surprise=1), r"surprise: Extra inputs are not permitted"),
    (lambda d: d["pages"][0]["cells"][0]["steps"][0].update(action="rm.rf"), r"unknown action 'rm.rf'"),
    (lambda d: d["pages"][0]["cells"][0]["steps"][0].update(params={"duration": 900}),
     r"button 'Clip 30 s': missxss.clip: duration"),
    (lambda d: d["hotkeys"].append({"keys": "F9", "step": {"action": "missxss.ban", "params": {}}}),
     r"hotkey F9: missxss.ban: username: required"),
])
def test_bad_profiles_are_rejected_with_the_reason(registry, mutate, match):
    data = exported()
    mutate(data)
    reject(registry, data, match)


def test_non_object_and_garbage_are_rejected(registry):
    reject(registry, b"\xff\xfe not json", "not valid JSON")
    reject(registry, b"[1, 2, 3]", "expected a JSON object")
    reject(registry, b"null", "expected a JSON object")


def test_secrets_are_never_imported(registry):
    data = exported()
    data["pages"][0]["cells"][2]["steps"][0]["params"]["api_key"] = "mx_live_123456"
    reject(registry, data, r"contains secrets \(pages\[0\]\.cells\[2\]\.steps\[0\]\.params\.api_key\)")
    remember("mx_known_secret_value")
    data = exported()
    data["pages"][0]["cells"][2]["steps"][0]["params"]["text"] = "say mx_known_secret_value"
    reject(registry, data, "contains secrets")


def test_export_strips_secrets(registry):
    profile = default_profile("Mine")
    remember("mx_my_own_key_987")
    profile.pages[0].cells[2].steps[0].params = {"text": "key is mx_my_own_key_987", "token": "abc12345"}
    text = export_profile(profile)
    assert "mx_my_own_key_987" not in text and "abc12345" not in text
    assert '"token"' not in text


def test_store_first_start_switch_and_corrupt_file(tmp_path, registry):
    store = ProfileStore(tmp_path, registry)
    profile = store.open_active()
    assert profile.name == "Default" and store.active == "Default"
    assert (tmp_path / "default.json").exists()
    other = default_profile(store.unique_name("Default"))
    assert other.name == "Default (2)"
    store.save(other)
    assert store.names() == ["Default", "Default (2)"]
    (tmp_path / "default.json").write_text("{ half a file")
    loaded = store.load("Default")
    assert loaded.pages and "could not be read" in store.notice
    assert list(tmp_path.glob("default.json.corrupt-*"))
