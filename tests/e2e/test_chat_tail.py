"""``deck chat tail PLATFORM:CHANNEL --json`` prints what the parsers make of a live channel."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("spec,env", [("twitch:somechannel", "DECK_TWITCH_IRC_URL"), ("kick:someslug", "DECK_KICK_PUSHER_URL"),
                                      ("owncast:", "DECK_OWNCAST_URL")])
def test_chat_tail_prints_json_lines(sandbox, tmp_path, spec, env):
    sandbox.chat.set_rate(40)
    urls = sandbox.chat_urls()
    environ = {**os.environ, "DECK_HOME": str(tmp_path), env: urls[{"DECK_TWITCH_IRC_URL": "twitch-irc",
                                                                      "DECK_KICK_PUSHER_URL": "kick-pusher",
                                                                      "DECK_OWNCAST_URL": "owncast"}[env]],
               "DECK_KICK_WEB_URL": urls["kick-web"]}
    try:
        result = subprocess.run([sys.executable, "-m", "deck", "chat", "tail", spec, "--json", "--count", "5"],
                                env=environ, capture_output=True, text=True, timeout=60)
    finally:
        sandbox.chat.set_rate(0)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 5
    platform = spec.partition(":")[0]
    assert all(item["platform"] == platform for item in lines)
    assert any(item["type"] == "message" and item["name"] and item["spans"] for item in lines)
    assert "connected" in result.stderr


def test_chat_tail_rejects_a_bad_channel(tmp_path):
    result = subprocess.run([sys.executable, "-m", "deck", "chat", "tail", "myspace:tom"],
                            env={**os.environ, "DECK_HOME": str(tmp_path)}, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "PLATFORM:CHANNEL" in result.stderr
