"""``deck actions`` and ``deck run`` as a user runs them, against the sandbox: the command's own
entry point with its arguments and environment, its exit code and what it printed. It runs in
the test's process (a function call, not a second of Python starting up for each); the tests
that need a process of its own (a pipe closed early, Ctrl+C, the self-test) start one."""
from __future__ import annotations

import json
import os
import shlex
import subprocess

import pytest


def deck(*args, env=None):
    """``deck ARGS`` with ``env`` added to the environment: (exit code, stdout, stderr) as a
    finished process reports them."""
    import contextlib
    import io

    from deck.__main__ import main

    saved = dict(os.environ)
    os.environ.update(env or {})
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: a usage error, or --help
                code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return subprocess.CompletedProcess(["deck", *args], code, out.getvalue(), err.getvalue())


@pytest.fixture
def mx_env(sandbox):
    return {"DECK_MISSXSS_URL": sandbox.missxss_url, "DECK_MISSXSS_TOKEN": sandbox.missxss.token}


def test_actions_lists_every_action_with_its_schema():
    out = deck("actions", "--json")
    assert out.returncode == 0, out.stderr
    actions = {a["id"]: a for a in json.loads(out.stdout)}
    by_provider = {}
    for a in actions.values():
        by_provider[a["provider"]] = by_provider.get(a["provider"], 0) + 1
    assert (by_provider["missxss"], by_provider["scottybot"]) == (62, 23)
    assert all(a["http"]["method"] and a["http"]["path"].startswith("/") for a in actions.values()
               if a["provider"] != "deck" and "http" in a)
    # a service on another transport names it, with the request's own name
    scene = actions["obs.set-current-program-scene"]
    assert scene["provider"] == "obs" and scene["obs"] == {"request": "SetCurrentProgramScene"} and "http" not in scene
    assert scene["params"]["properties"]["sceneName"]["anyOf"][0]["minLength"] == 1
    timeout = actions["missxss.timeout"]
    assert timeout["http"] == {"method": "POST", "path": "/v1/timeout"} and timeout["auth"] == "bearer"
    assert actions["scottybot.remove-badword"]["http"] == {"method": "DELETE", "path": "/badwords/add"}
    assert actions["scottybot.get-quotes"]["auth"] == "none"
    assert actions["chat.timeout"]["capability"] == "chat.timeout"
    assert timeout["rate_limit"] == {"scope": "timeout", "per_minute": 200}
    duration = timeout["params"]["properties"]["duration"]
    assert (duration["minimum"], duration["maximum"], duration["default"]) == (1, 525600, 1)
    assert actions["missxss.ban"]["destructive"] is True
    plain = deck("actions")
    assert plain.returncode == 0 and "missxss.discord-voice-pull-all" in plain.stdout


def test_run_success_prints_the_result_and_never_the_key(mx_env, mx):
    out = deck("run", "missxss.timeout", "--set", "username=grumpyghost", "--set", "duration=5", "--json", env=mx_env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"success": True}
    assert mx.received[-1] == ("timeout", {"username": "grumpyghost", "duration": 5, "reason": "API Timeout",
                                           "platform": "Kick"}, 200)
    out = deck("run", "missxss.get-stream-meta", "--params-json", '{"platform": "Twitch"}', env=mx_env)
    assert out.returncode == 0 and "platform: Twitch" in out.stdout
    for text in (out.stdout, out.stderr):
        assert mx.token not in text


def test_invalid_parameters_exit_2_and_send_nothing(mx_env, mx):
    for args in (["--set", "username=a", "--set", "duration=0"], ["--set", "username=a", "--set", "bogus=1"],
                 ["--params-json", "[1]"], ["--params-json", "{nope"], ["--set", "novalue"]):
        out = deck("run", "missxss.timeout", *args, env=mx_env)
        assert out.returncode == 2, (args, out.stderr)
        assert out.stderr.startswith("error: missxss.timeout:")
    assert deck("run", "missxss.nope", env=mx_env).returncode == 2
    assert mx.received == []


def test_destructive_action_needs_yes_without_a_terminal(mx_env, mx):
    out = deck("run", "missxss.clear-chat", env=mx_env)
    assert out.returncode == 2 and "add --yes" in out.stderr
    assert mx.received == []
    assert deck("run", "missxss.clear-chat", "--yes", env=mx_env).returncode == 0
    assert mx.received[-1][0] == "clear-chat"


def test_service_error_exit_3_with_the_service_text(mx_env):
    out = deck("run", "missxss.unban-user", "--set", "username=nobody", env=mx_env)
    assert out.returncode == 3
    assert out.stderr.strip() == "error: MissXss (404): nobody is not banned on Kick"


def test_wrong_key_exit_3_and_key_not_echoed(mx_env):
    out = deck("run", "missxss.title", "--set", "title=x", env={**mx_env, "DECK_MISSXSS_TOKEN": "leaky-key-123"})
    assert out.returncode == 3 and "Invalid or missing API key" in out.stderr
    assert "leaky-key-123" not in out.stderr + out.stdout


def test_missing_key_exit_4(mx_env):
    out = deck("run", "missxss.title", "--set", "title=x", env={**mx_env, "DECK_MISSXSS_TOKEN": ""})
    assert out.returncode == 4 and "No MissXss key is set" in out.stderr


def test_unreachable_exit_5():
    out = deck("run", "missxss.title", "--set", "title=x",
               env={"DECK_MISSXSS_URL": "http://127.0.0.1:9", "DECK_MISSXSS_TOKEN": "k" * 12})
    assert out.returncode == 5 and "unreachable" in out.stderr


def test_corrupt_settings_still_run(mx_env, deck_home):
    (deck_home / "config").mkdir(parents=True)
    (deck_home / "config" / "settings.json").write_text("garbage")
    out = deck("run", "missxss.get-shield-mode-status", env=mx_env)
    assert out.returncode == 0
    assert "settings file could not be read" in out.stderr


def test_help_one_action_and_did_you_mean():
    out = deck("run", "--help")
    assert out.returncode == 0 and "deck actions" in out.stdout and "capability" in out.stdout
    out = deck("actions", "missxss.timeout")
    assert out.returncode == 0, out.stderr
    assert "missxss.timeout — Timeout user" in out.stdout and "POST /v1/timeout" in out.stdout
    assert "integer 1-525600, default 1" in out.stdout
    assert "required text" in out.stdout and "example: deck run missxss.timeout --set username=…" in out.stdout
    rules = deck("actions", "missxss.set-stream-meta")
    assert "give at least one of: title, game, kick_category_id" in rules.stdout
    wrong = deck("run", "chat.timout")
    assert wrong.returncode == 2 and "did you mean chat.timeout" in wrong.stderr
    wrong = deck("actions", "missxss.timeot")
    assert wrong.returncode == 2 and "did you mean missxss.timeout" in wrong.stderr
    param = deck("run", "missxss.timeout", "--set", "usernme=x")
    assert param.returncode == 2 and "usernme: unknown parameter; did you mean username?" in param.stderr


def test_results_read_as_tables_and_words(mx_env, mx):
    out = deck("run", "missxss.get-points-top", "--set", "platform=Kick", "--set", "limit=3", env=mx_env)
    assert out.returncode == 0, out.stderr
    assert "{" not in out.stdout  # no raw JSON: a table with a header row
    header = next(line for line in out.stdout.splitlines() if "username" in line and "points" in line)
    rows = out.stdout.splitlines()[out.stdout.splitlines().index(header) + 1:][:3]
    column = header.index("points")
    assert len(rows) == 3 and all(row[column - 2:column] == "  " and row[column] != " " for row in rows)
    meta = deck("run", "missxss.get-stream-meta", "--set", "platform=Twitch", env=mx_env)
    assert "is_live_twitch: yes" in meta.stdout


def test_unreachable_names_the_address_it_tried():
    out = deck("run", "missxss.get-stream-meta", env={"DECK_MISSXSS_URL": "http://127.0.0.1:9",
                                                      "DECK_MISSXSS_TOKEN": "x"})
    assert out.returncode == 5 and "unreachable at http://127.0.0.1:9" in out.stderr


def test_the_sandbox_prints_what_to_export_and_it_works(sandbox, mx):
    from deck.cli import sandbox_exports

    lines = sandbox_exports(sandbox)
    exports = dict(shlex.split(line)[1].split("=", 1) for line in lines)
    assert any("'ws://" in line and "&" in line for line in lines)  # quoted: a shell keeps the URL whole
    assert exports["DECK_MISSXSS_URL"] == sandbox.missxss_url and exports["DECK_KICK_ID_URL"]
    assert exports["DECK_KICK_CLIENT_ID"] and "DECK_KICK_PUSHER_URL" in exports
    out = deck("run", "missxss.get-stream-meta", env=exports)
    assert out.returncode == 0, out.stderr


def test_declining_exits_6_and_sends_nothing(mx_env, mx, monkeypatch, capsys):
    from deck import cli

    monkeypatch.setattr(cli.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    for key, value in mx_env.items():
        monkeypatch.setenv(key, value)
    args = cli.build_parser().parse_args(["run", "missxss.ban", "--set", "username=someone"])
    assert cli.run_command(args) == cli.DECLINED == 6
    assert "Not run." in capsys.readouterr().err
    assert not any(s == "ban" for s, _, _ in mx.received)


def test_the_command_line_speaks_the_locales_language(deck_home):
    """``LANG=tr_TR.UTF-8 deck …`` speaks Turkish: its own words, the catalogue's and argparse's."""
    import sys

    env = {**os.environ, "LANG": "tr_TR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    shown = subprocess.run([sys.executable, "-m", "deck", "actions", "chat.ban"], capture_output=True, text=True,
                           env=env, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert "chat.ban — İzleyiciyi yasakla (önce sorar: geri alınamaz)" in shown.stdout
    assert "zorunlu metin en az 1 karakter" in shown.stdout and "parametreler:" in shown.stdout
    wrong = subprocess.run([sys.executable, "-m", "deck", "run"], capture_output=True, text=True, env=env, timeout=60)
    assert wrong.returncode == 2 and wrong.stderr.startswith("kullanım: deck run") and "hata:" in wrong.stderr
    unknown = subprocess.run([sys.executable, "-m", "deck", "run", "chat.bna"], capture_output=True, text=True, env=env,
                             timeout=60)  # what Deck composes on the service side speaks it too
    assert unknown.returncode == 2 and "hata: chat.bna: böyle bir eylem yok; chat.ban" in unknown.stderr
    import socket

    with socket.socket() as closed:  # a port nothing listens on: the transport's own words, in Turkish
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    gone = subprocess.run([sys.executable, "-m", "deck", "run", "obs.get-version"], capture_output=True, text=True,
                          env={**env, "DECK_OBS_URL": f"ws://127.0.0.1:{port}"}, timeout=60)
    assert gone.returncode == 5 and "OBS çalışmıyor ya da WebSocket sunucusu kapalı" in gone.stderr, gone.stderr
    english = deck("actions", "chat.ban")  # and English elsewhere, as it was
    assert "chat.ban — Ban viewer (asks first: cannot be undone)" in english.stdout
