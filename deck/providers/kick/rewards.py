"""Kick's channel-point rewards and their redemptions, as its own panel shows them: the records,
the readers that make them of Kick's answers, and the form's fields under Kick's names. Only
Kick has channel points, so these are Kick's own, not a capability's."""
from __future__ import annotations

from typing import Any

from deck.core.words import QT_TRANSLATE_NOOP, translate
from deck.providers.answers import obj, objects, whole
from deck.providers.capabilities import Neutral, rename

class Reward(Neutral):
    """A channel-point reward."""

    id: str = ""
    title: str = ""
    cost: int = 0
    description: str = ""
    color: str = ""  # #rrggbb
    enabled: bool = True
    paused: bool = False
    input_required: bool = False
    skip_queue: bool = False  # redemptions are accepted at once


class Rewards(Neutral):
    rewards: list[Reward] = []
    limit: int = 0  # how many a channel may have (0: no limit said)


class Redemption(Neutral):
    id: str = ""
    reward_id: str = ""
    reward: str = ""  # its title
    cost: int = 0
    user: str = ""  # who redeemed it (a name, or an id where that is all the service says)
    input: str = ""
    when: str = ""  # ISO time
    status: str = ""  # pending, accepted, rejected
    manageable: bool = True  # this app may accept or reject it


class Redemptions(Neutral):
    redemptions: list[Redemption] = []
    cursor: str = ""  # the next page, when there is one


class Refusals(Neutral):
    """Of many items sent at once, the ones refused, with why (id -> reason in words)."""

    refused: dict[str, str] = {}


# the form's fields -> Kick's names for them
REWARD_NAMES = rename(color="background_color", enabled="is_enabled", paused="is_paused",
                      input_required="is_user_input_required", skip_queue="should_redemptions_skip_request_queue")
REASONS = {"NOT_PENDING": QT_TRANSLATE_NOOP("Kick", "it was already accepted or rejected"),
           "NOT_FOUND": QT_TRANSLATE_NOOP("Kick", "it no longer exists"),
           "NOT_OWNED": QT_TRANSLATE_NOOP("Kick", "only the app that created its reward can handle it"),
           "UNKNOWN": QT_TRANSLATE_NOOP("Kick", "Kick did not say why")}


def reward(r: object) -> Reward:
    r = obj(r)
    return Reward(id=str(r.get("id", "")), title=str(r.get("title", "")), cost=whole(r.get("cost")) or 0,
                  description=str(r.get("description") or ""), color=str(r.get("background_color") or ""),
                  enabled=bool(r.get("is_enabled", True)), paused=bool(r.get("is_paused")),
                  input_required=bool(r.get("is_user_input_required")),
                  skip_queue=bool(r.get("should_redemptions_skip_request_queue")))


def rewards(answer: object) -> Rewards:
    return Rewards(rewards=[reward(r) for r in objects(obj(answer).get("data"))], limit=15)


def redemptions(answer: object) -> Redemptions:
    out = []
    for group in objects(obj(answer).get("data")):
        reward = obj(group.get("reward"))
        for r in objects(group.get("redemptions")):
            who = obj(r.get("redeemer"))
            out.append(Redemption(id=str(r.get("id", "")), reward_id=str(reward.get("id", "")),
                                  reward=str(reward.get("title", "")), cost=whole(reward.get("cost")) or 0,
                                  user=f"user {who.get('user_id', '?')}", input=str(r.get("user_input") or ""),
                                  when=str(r.get("redeemed_at") or ""), status=str(r.get("status") or ""),
                                  manageable=bool(reward.get("can_manage", True))))
    return Redemptions(redemptions=out, cursor=str(obj(obj(answer).get("pagination")).get("next_cursor") or ""))


def refusals(answer: object) -> Refusals:
    return Refusals(refused={str(f.get("id")): translate("Kick", REASONS.get(str(f.get("reason")), str(f.get("reason"))))
                             for f in objects(obj(answer).get("data"))})


def created(answer: object) -> Reward:
    """The reward Kick answers a create or an update with."""
    return reward(obj(answer).get("data"))


def kick_names(values: dict[str, Any]) -> dict[str, Any]:
    """The editor's values under Kick's own names (``color`` -> ``background_color``…)."""
    return REWARD_NAMES(values, "")
