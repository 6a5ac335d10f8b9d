"""Input is refused before anything is sent: the command line's exit code 2 (or a clear
message) for every member of each class of hostile input, never a traceback."""
from __future__ import annotations

import socket

import pytest

from deck.__main__ import main

from .test_cli import deck


@pytest.fixture
def mx_env(sandbox):
    return {"DECK_MISSXSS_URL": sandbox.missxss_url, "DECK_MISSXSS_TOKEN": sandbox.missxss.token}


CASES = [
    # (action, --params-json text, the problem said)
    ("missxss.timeout", '{"username": "a", "duration": ' + "[" * 5000 + "]" * 5000 + "}", "nested too deeply"),
    ("missxss.effect-trigger", '{"overlay_id": "x", "data": ' + '{"a": ' * 900 + "1" + "}" * 900 + "}",
     "nested"),
    ("missxss.timeout", '{"username": "a", "duration": 1e999}', "duration"),
    ("missxss.send-donation", '{"provider": "Ko-fi", "amount": 1e999, "currency": "EUR"}', "amount:"),
    ("missxss.timeout", '{"username": "\\ud800abc"}', "username: should be a valid string"),
    ("missxss.timeout", '{"username": "bad\\u0000name"}', "control characters"),
    ("missxss.ban", '{"username": "\\u200b\\u200b"}', "visible character"),
    ("missxss.run-command", '{"command": "\\ufeff"}', "visible character"),
    ("missxss.timeout", '{"username": "' + "a" * 10_000 + '"}', "at most 2000 characters"),
    ("missxss.get-platform-ban-list", '{"offset": ' + "9" * 40 + "}", "offset"),
    ("missxss.get-points", '{"userid": "1", "platform": "Kick", "username": "\\u0007bell"}', "control"),
    ("missxss.update-command", '{"id": 1, "aliases": ["ok", "\\u0000"]}', "item 1"),
]


@pytest.mark.parametrize("action,params,problem", CASES)
def test_hostile_parameters_exit_2_and_nothing_is_sent(mx_env, mx, action, params, problem):
    out = deck("run", action, "--params-json", params, env=mx_env)
    assert out.returncode == 2, out.stderr[-500:]
    assert out.stderr.startswith(f"error: {action}:") and problem in out.stderr
    assert "Traceback" not in out.stderr
    assert mx.received == []


def test_sandbox_ports_that_cannot_be_used_are_explained():
    out = deck("sandbox", "--port", "99999")
    assert out.returncode == 2 and "--port must be from 0" in out.stderr and "Traceback" not in out.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = deck("sandbox", "--port", str(port), "--still")
    assert out.returncode == 1 and f"port {port} cannot be used" in out.stderr and "Traceback" not in out.stderr
    out = deck("sandbox", "--chat-rate", "inf", "--still")
    assert out.returncode == 2 and "rate must be a number" in out.stderr


def test_a_confirmation_at_the_end_of_input_is_a_no(mx_env, mx, monkeypatch, capsys):
    for name, value in mx_env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)

    def end_of_input(prompt=""):
        raise EOFError

    monkeypatch.setattr("builtins.input", end_of_input)
    assert main(["run", "missxss.clear-chat"]) == 6  # declined: nothing sent
    assert "Not run." in capsys.readouterr().err
    assert mx.received == []


async def test_the_sandbox_refuses_an_absurd_chat_rate(sandbox):
    import httpx

    async with httpx.AsyncClient() as http:
        for body in ({"rate": "Infinity"}, {"rate": -1}, {"rate": 1e9}, {"stall": 1e9}, [1]):
            answer = await http.post(f"{sandbox.urls['twitch-chat']}/_sandbox/chat", json=body)
            assert answer.status_code == 400, body
        assert (await http.post(f"{sandbox.urls['twitch-chat']}/_sandbox/chat", json={"rate": 5})).json()["rate"] == 5
