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
from typing import Any

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



def test_a_scrollback_keeps_one_copy_of_each_persons_strings_and_each_emote():
    """Messages of the same person share their channel, id, login, name, colour and badges, and
    every use of an emote is one span, on every platform (a long stream's scrollback is mostly
    its regulars, saying the same emotes again and again)."""
    from deck.providers.chat.message import ChatMessage
    from deck.sandbox.chat import ChatSandbox

    sandbox = ChatSandbox()
    frames = {"twitch": [twitch.parse(line) for line in sandbox._twitch_lines("deckdemo", 300)],
              "kick": [kick.parse(frame, {"chatrooms.1.v2": "deckdemo"}) for frame in sandbox._kick_frames(1, "deckdemo", 300)],
              "owncast": [owncast.parse(json.dumps(event), "deckdemo") for event in sandbox._owncast_events(300)]}
    for platform, parsed in frames.items():
        first: dict[str, ChatMessage] = {}
        repeats = 0
        emotes: dict[str, Any] = {}
        for msg in (i for items in parsed for i in items if isinstance(i, ChatMessage) and i.kind == "chat"):
            for span in msg.spans:
                if span.emote:
                    assert emotes.setdefault(span.emote, span) is span, (platform, span)
            seen = first.setdefault(msg.login, msg)
            if seen is not msg:
                repeats += 1
                for field in ("channel", "user_id", "login", "name", "color", "badges"):
                    if getattr(seen, field) == getattr(msg, field):
                        assert getattr(seen, field) is getattr(msg, field), (platform, field)
        assert repeats > 100 and len(emotes) > 1, platform


def test_owncast_text_reads_as_html_would_without_loading_every_entity():
    """Owncast's references are read as ``html.unescape`` reads them, and the table of every HTML
    entity (half a MiB) is loaded only for a message that holds another kind."""
    import html
    import random
    import subprocess
    import sys

    rng = random.Random(7)
    parts = ["&", "amp", ";", "#", "x", "39", "lt", "é", " ", "gt", "#x41", "quot", "nbsp", "hellip", "0", "128"]
    cases = ["what&#39;s up", "&#xD800;", "&#0;", "&#128;", "&ampx;", "&#39", "x&#39;y&unknown;z"]
    cases += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    assert [owncast.unescape(c) for c in cases] == [html.unescape(c) for c in cases]
    code = ("import sys; from deck.providers.chat import owncast; "
            "t = owncast.unescape('a &amp; b &lt;c&gt; &quot;d&quot; what&#39;s'); "
            "print(t, 'html' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["a", "&", "b", "<c>", '"d"', "what's", "False"]
