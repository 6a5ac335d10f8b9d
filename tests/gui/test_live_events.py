"""Kick's live events in the app (demo: the stand-in delivers signed events to Deck's
receiver): recent activity, the redemption queue and the chat view take them as they
arrive, merged with the chat socket without repeats; the Accounts page shows the receiver
and manages the subscriptions."""
from __future__ import annotations

import asyncio
import socket

import pytest

from deck.sandbox.kick import ulid
from deck.ui.accounts import AccountsDialog

from .conftest import open_panel, settle, until


@pytest.fixture
def kick(app_window):
    return app_window.sandbox.kick


def delivered(loop, future) -> int:
    return loop.run_until_complete(asyncio.wait_for(asyncio.wrap_future(future), 10))


def test_events_reach_recent_activity_and_the_redemption_queue(app_window, loop, kick):
    alerts = open_panel(app_window, loop, "alerts")
    settle(loop, app_window)
    follower = {"user_id": 7, "username": "ada", "channel_slug": "ada", "is_anonymous": False}
    assert delivered(loop, kick.deliver("channel.followed", {"follower": follower})) == 200
    until(loop, lambda: alerts.recent_table.rowCount() and alerts.recent_table.item(0, 1).text() == "ada",
          what="the follow in recent activity")
    assert [alerts.recent_table.item(0, c).text() for c in (0, 3)] == ["Follow", "Kick"]
    loaded = len(alerts.recent_rows)
    alerts.load_recent()  # a refresh keeps what arrived live above what was read
    settle(loop, app_window)
    assert alerts.recent_table.item(0, 1).text() == "ada" and len(alerts.recent_rows) == loaded
    # a forged delivery changes nothing
    assert delivered(loop, kick.deliver("channel.followed", {"follower": {**follower, "username": "eve"}},
                                        bad_signature=True)) == 401
    assert alerts.recent_table.item(0, 1).text() == "ada"

    rewards = open_panel(app_window, loop, "rewards")
    settle(loop, app_window)
    shown = rewards.queue.rowCount()
    redemption = {"id": ulid(), "reward_id": kick.rewards[0]["id"], "redeemed_at": "2026-11-30T20:00:00Z",
                  "redeemer": {"user_id": 9_001}, "status": "pending", "user_input": "now please"}
    kick.redemptions.append(redemption)
    rewards.timer.stop()  # not the panel's own refresh: the event brings it
    delivered(loop, kick.deliver("channel.reward.redemption.updated", kick._redemption_event(redemption)))
    until(loop, lambda: rewards.queue.rowCount() == shown + 1, what="the new redemption in the queue")
    assert "now please" in rewards.queue.texts(3)


def test_chat_from_events_merges_with_the_chat_socket(app_window, loop, kick):
    feed = app_window.docks.show("chat").feed
    app_window.sandbox.chat.set_rate(40)
    until(loop, lambda: any(e.msg.platform == "kick" and e.msg.kind == "chat" for e in feed.entries),
          timeout=30, what="Kick chat from the socket")
    app_window.sandbox.chat.set_rate(0)
    seen = next(e.msg for e in feed.entries if e.msg.platform == "kick" and e.msg.kind == "chat")
    sender = {"user_id": int(seen.user_id or 1), "username": seen.name, "channel_slug": seen.login,
              "is_anonymous": False, "identity": {"username_color": "#ff0000", "badges": []}}
    same = {"message_id": seen.id, "sender": sender, "content": seen.text, "emotes": [], "created_at": "2026-11-30T20:00:00Z"}
    delivered(loop, kick.deliver("chat.message.sent", same))  # read by both: shown once
    new = {**same, "message_id": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "content": "only the webhook saw this"}
    delivered(loop, kick.deliver("chat.message.sent", new))
    until(loop, lambda: any(e.msg.text == "only the webhook saw this" for e in feed.entries), what="the webhook's message")
    assert len([e for e in feed.entries if e.msg.id == seen.id]) == 1


def test_accounts_show_the_receiver_and_manage_subscriptions(app_window, loop, kick, qtbot):
    dialog = AccountsDialog(app_window.ctx, provider="kick")
    qtbot.addWidget(dialog)
    box = dialog.page().live_events
    until(loop, lambda: len(box.subscribed) == 10, what="the subscriptions")
    assert "Listening on <b>http://127.0.0.1:" in box.state.text() and "this computer only" in box.state.text()
    assert "cloudflared tunnel --url http://127.0.0.1:" in box.help.text()
    assert box.table.texts(2) == ["✓"] * 10
    kicks = box.table.texts(0).index("kicks.gifted")
    box.table.selectRow(kicks)
    assert box.unsubscribe.isEnabled() and not box.subscribe.isEnabled()
    box.unsubscribe.click()
    until(loop, lambda: "kicks.gifted" not in box.subscribed, what="the unsubscription")
    assert "kicks.gifted" not in {s["event"] for s in kick.subscriptions}
    assert box.table.texts(2)[kicks] == "—"
    before = len(kick.deliveries)
    kick.emit("kicks.gifted", {"sender": {"username": "x"}, "gift": {"amount": 1}})
    assert len(kick.deliveries) == before  # not subscribed: Kick sends nothing
    box.table.selectRow(kicks)
    box.subscribe.click()
    until(loop, lambda: "kicks.gifted" in box.subscribed, what="the subscription again")

    delivered(loop, kick.deliver("channel.followed", {"follower": {"username": "ada"}}, age=900))
    until(loop, lambda: "stale" in box.state.text(), what="the refusal shown")
    assert "1 refused" in box.state.text()

    box.enabled.setChecked(True)  # demo started it; the user switches it on, then off
    box.enabled.setChecked(False)
    until(loop, lambda: box.state.text().startswith("○ Off"), what="the receiver stopped")
    assert app_window.ctx.settings.service("kick").events is False
    with socket.socket() as probe:  # a port nobody uses, for switching it on again
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box.port.setValue(port)
    box.port.editingFinished.emit()
    box.enabled.setChecked(True)
    until(loop, lambda: f"127.0.0.1:{port}" in box.state.text(), what="listening on the chosen port")
    assert app_window.ctx.settings.service("kick").events_port == port
