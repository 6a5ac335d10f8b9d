"""The command line over every provider: accounts, login/logout, and ScottyBot's authkey
kept out of every output and the log."""
from __future__ import annotations

import json

from .test_cli import deck


def sb_env(sandbox, key=None):
    return {"DECK_SCOTTYBOT_URL": sandbox.scottybot_url, "DECK_SCOTTYBOT_AUTHKEY": key or sandbox.scottybot.authkey}


def test_run_scottybot_actions_and_the_authkey_never_shows(sandbox, deck_home):
    key = sandbox.scottybot.authkey
    env = sb_env(sandbox)
    out = deck("run", "scottybot.add-quote", "--set", "person=Deck", "--set", "quote=Hello there", "--json", env=env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[-1]["quote"] == "Hello there - @Deck"
    out = deck("run", "scottybot.set-ranks", "--params-json", '{"jsonranks": {"0": "New", "10": "Regular"}}', env=env)
    assert out.returncode == 0 and sandbox.scottybot.ranks == {"0": "New", "10": "Regular"}
    bad = deck("run", "scottybot.get-settings", env=sb_env(sandbox, "wrong-authkey-1"))
    assert bad.returncode == 3 and "Missing or Invalid AuthKey" in bad.stderr
    gone = deck("run", "scottybot.get-settings", env={**env, "DECK_SCOTTYBOT_URL": "http://127.0.0.1:9"})
    assert gone.returncode == 5 and "unreachable" in gone.stderr
    sandbox.scottybot.error_rate = 1.0
    broken = deck("run", "scottybot.get-badwords", env=env)
    assert broken.returncode == 3 and "(500)" in broken.stderr
    logs = "".join(p.read_text() for p in deck_home.rglob("*.log*"))
    for text in (out.stdout, out.stderr, bad.stderr, gone.stderr, broken.stderr, logs):
        assert key not in text and "wrong-authkey-1" not in text


def test_invalid_parameters_exit_2_and_nothing_is_sent(sandbox):
    env = sb_env(sandbox)
    for args in (["--set", "userid=abc"], ["--set", "userid=5", "--set", "points=0"], []):
        out = deck("run", "scottybot.add-points", *args, env=env)
        assert out.returncode == 2 and out.stderr.startswith("error: scottybot.add-points:"), out.stderr
    assert sandbox.scottybot.received == []


def test_accounts_lists_every_service_without_a_secret(sandbox):
    env = {**sb_env(sandbox), "DECK_MISSXSS_TOKEN": "mx-secret-token-9"}
    out = deck("accounts", "--json", env=env)
    assert out.returncode == 0, out.stderr
    states = {s["provider"]: s for s in json.loads(out.stdout)}
    assert states["scottybot"]["configured"] and states["scottybot"]["secrets"] == {"authkey": True}
    assert states["scottybot"]["url"] == sandbox.scottybot_url and states["missxss"]["auth"] == "key"
    plain = deck("accounts", env=env)
    assert "ScottyBot" in plain.stdout and "authkey set" in plain.stdout
    for text in (out.stdout, plain.stdout):
        assert sandbox.scottybot.authkey not in text and "mx-secret-token-9" not in text


def test_login_is_for_services_that_sign_in():
    out = deck("login", "missxss")
    assert out.returncode == 2 and "uses a key, not a sign-in" in out.stderr
    assert deck("logout", "nope").returncode == 2


def test_capability_actions_run_through_whichever_service_offers_them(sandbox):
    env = {"DECK_MISSXSS_URL": sandbox.missxss_url, "DECK_MISSXSS_TOKEN": sandbox.missxss.token}
    out = deck("run", "chat.timeout", "--set", "username=grumpyghost", "--set", "platform=twitch", env=env)
    assert out.returncode == 0, out.stderr
    assert sandbox.missxss.received[-1][:2] == ("timeout", {"username": "grumpyghost", "duration": 10,
                                                            "reason": "API Timeout", "platform": "Twitch"})
    out = deck("run", "songs.skip", env={})
    assert out.returncode == 4 and "goes through MissXss or Nightbot, which is not connected" in out.stderr


def test_nightbot_on_the_command_line_refuses_what_nightbot_refuses(sandbox):
    token = sandbox.oauth["nightbot"]._issue("cli", " ".join(sandbox.nightbot.provider.primary_auth().scopes))
    env = {"DECK_NIGHTBOT_URL": sandbox.nightbot_url, "DECK_NIGHTBOT_TOKEN": token["access_token"]}
    refused = [
        ("nightbot.create-timer", "name=Hydrate", "message=Drink water", "interval=*/2 * * * *", "lines=2"),
        ("nightbot.send", "message=" + "x" * 401),
        ("nightbot.regulars", "limit=101"),
        ("nightbot.edit-song-settings", "volume=101"),
        ("nightbot.edit-command", "id=" + sandbox.nightbot.commands[0]["_id"], "userLevel=king"),
    ]
    for action, *sets in refused:
        out = deck("run", action, *[a for s in sets for a in ("--set", s)], env=env)
        assert out.returncode == 2 and out.stderr.startswith(f"error: {action}:"), (action, out.stderr)
    assert sandbox.nightbot.received == []
    out = deck("run", "nightbot.timers", env=env)
    assert out.returncode == 0, out.stderr
    assert "*/30 * * * *" in out.stdout and token["access_token"] not in out.stdout + out.stderr


def test_owncast_on_the_command_line_refuses_wrong_types(sandbox):
    oc = sandbox.owncast
    env = {"DECK_OWNCAST_URL": sandbox.owncast_url, "DECK_OWNCAST_TOKEN": oc.secrets["token"],
           "DECK_OWNCAST_ADMIN_PASSWORD": oc.secrets["admin_password"]}
    for action, *sets in [("owncast.set-nsfw", "value=perhaps"), ("owncast.set-rtmp-port", "value=99999"),
                          ("owncast.set-tags", "value={\"a\": 1}"), ("owncast.send-message",),
                          ("owncast.create-webhook", "url=http://h.example/x", "events=CHAT,EVERYTHING")]:
        out = deck("run", action, *[a for s in sets for a in ("--set", s)], env=env)
        assert out.returncode == 2 and out.stderr.startswith(f"error: {action}:"), (action, out.stderr)
    assert oc.received == []
    out = deck("run", "owncast.set-tags", "--set", "value=music,chill", env=env)
    assert out.returncode == 0, out.stderr
    assert oc.config["instanceDetails"]["tags"] == ["music", "chill"]
    for text in (out.stdout, out.stderr):
        assert oc.secrets["token"] not in text and oc.secrets["admin_password"] not in text
