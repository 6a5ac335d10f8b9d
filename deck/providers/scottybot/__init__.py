"""ScottyBot: 23 operations under ``/api``, the ``authkey`` in the query string."""
from __future__ import annotations

from typing import Any

import httpx

from deck.core.errors import ServiceError
from deck.core.words import translate
from deck.net.auth import QueryKey
from deck.providers.base import Operation, Probe, Provider
from deck.providers.capabilities import ANY_PLATFORM, Neutral, Route, SettingField, rename

from .models import succeeded
from .spec import OPERATIONS, SETTING_GROUPS, SETTING_LABELS


class SettingsForm(Neutral):
    """ScottyBot's settings by its own names, with what a form needs to show each one."""

    values: dict[str, Any] = {}
    fields: list[SettingField] = []


def settings_form(result: Any) -> SettingsForm:
    """The answer of ``get-settings`` or ``set-setting`` with each setting's type, label and group."""
    fields = [SettingField(name=name, label=SETTING_LABELS.get(name, name), kind=kind, group=group)
              for group, settings in SETTING_GROUPS.items() for name, kind in settings.items()]
    return SettingsForm(values=result.model_dump(), fields=fields)


# Operations whose answer is only a status: anything but success is the service's refusal.
STATUS_ONLY = ("add-points", "remove-points", "give-points-all", "start-auction", "speak")

ROUTES = (
    Route("chat.send-bot", "speak", (ANY_PLATFORM,), rename(message="say"),
          note="queued; ScottyBot cannot confirm delivery"),
)
# ScottyBot's points go by its own numeric user id, which no other service's points take: its own
# panel runs its own actions for them, as for the rest of what only ScottyBot does


class ScottyBot(Provider):
    name = "scottybot"
    title = "ScottyBot"
    default_url = "https://api.scottybot.net/api"
    auths = {"authkey": QueryKey(param="authkey", credential="authkey", label="Authkey",
                                 placeholder="Paste the authkey from ScottyGUI")}
    operations = OPERATIONS
    routes = ROUTES
    words = {**SETTING_LABELS, **{group: group for group in SETTING_GROUPS}}  # its settings' names, in words
    probe = Probe("bot-stats")
    verify = Probe("get-settings")
    website = "https://scottybot.net"
    account_help = ("Sign in to ScottyGUI and copy the <i>Authkey</i> it shows. It travels in every request's "
                    "address, so Deck removes it from every address it logs or shows.")
    about = ("ScottyBot's API dates from the Mixer era (Mixer closed in 2020): its ids are ScottyBot's own "
             "numbers. Deck checks that it answers with its public status before using it.")

    def unwrap(self, op: Operation, data: object, response: httpx.Response) -> object:
        if op.id in STATUS_ONLY and isinstance(data, dict) and not succeeded(data.get("status")):
            raise ServiceError(self.title, str(data.get("status") or translate("Errors", "refused without a reason")),
                               response.status_code)
        return data

    def probe_summary(self, result: Any) -> str:
        return translate("Accounts", "ScottyBot answers: {channels} channels, {live} live, up {uptime} (last restart "
                                     "{restart})").format(
            channels=f"{result.channels:,}", live=f"{result.curlivecount:,}",
            uptime=result.uptime or translate("Accounts", "for an unknown time"),
            restart=result.lastrestart or translate("Accounts", "unknown"))


PROVIDER = ScottyBot()
