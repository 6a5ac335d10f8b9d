"""Raw frames -> parsed items, per platform: ``tests/snapshots/<platform>/<case>.json``
holds ``raw`` (the frame as the server sends it) and ``parsed`` (what Deck makes of it).
``kick-webhooks`` cases hold a webhook delivery instead: its ``type``, ``version``, ``sent``
timestamp and ``body``, with the payloads of Kick's event documents.

``DECK_UPDATE_SNAPSHOTS=1 pytest tests/unit/test_chat_snapshots.py`` rewrites ``parsed``
after a deliberate change; review the diff before committing it.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict
from pathlib import Path

import pytest

from deck.net.signed_events import Delivery
from deck.providers.capabilities import Happening
from deck.providers.chat import kick, owncast, twitch
from deck.providers.chat.message import Control
from deck.providers.kick import events as kick_events

ROOT = Path(__file__).parent.parent / "snapshots"
PARSERS = {
    "twitch": lambda case: twitch.parse(case["raw"], emote_url="https://static-cdn.jtvnw.net"),
    "kick": lambda case: kick.parse(case["raw"], {name: "deckdemo" for name in kick.channel_names(2915325)},
                                    emote_url="https://files.kick.com"),
    "kick-webhooks": lambda case: kick_events.items_of(Delivery("01KEWZ2RKYZZFGD154K50Y3F8D", case["type"],
                                                                 case["version"], case["sent"], case["body"])),
    "owncast": lambda case: owncast.parse(case["raw"], "owncast.example", "https://owncast.example"),
}
CASES = sorted(ROOT.glob("*/*.json"))


def as_json(item):
    if isinstance(item, Happening):
        return {"type": "happening", **item.model_dump()}
    return {"type": "control", **asdict(item)} if isinstance(item, Control) else item.to_json()


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_snapshot(path, caplog):
    case = json.loads(path.read_text(encoding="utf-8"))
    with caplog.at_level(logging.WARNING):
        parsed = json.loads(json.dumps([as_json(i) for i in PARSERS[path.parent.name](case)]))
    if os.environ.get("DECK_UPDATE_SNAPSHOTS"):
        case["parsed"] = parsed
        path.write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert parsed == case["parsed"]
    if "malformed" in path.stem or "not-json" in path.stem:
        assert "ignored a malformed" in caplog.text  # logged, never raised
    else:
        assert "malformed" not in caplog.text  # valid events Deck does not show are not called malformed


def test_every_platform_has_snapshots():
    assert {p.parent.name for p in CASES} == set(PARSERS)
