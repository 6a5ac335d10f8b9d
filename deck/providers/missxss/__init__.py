"""MissXss: 62 operations, ``POST /v1/<scope>`` with a Bearer API key."""
from __future__ import annotations

from dataclasses import replace

import httpx

from deck.core.errors import MalformedResponse, ServiceError
from deck.core.words import translate
from deck.net.auth import BearerKey
from deck.providers.base import Operation, Probe, Provider

from .models import flag, response_model
from .routes import ROUTES
from .spec import OPERATIONS, WORDS


class MissXss(Provider):
    name = "missxss"
    title = "MissXss"
    default_url = "https://api.missxss.com.tr"
    auths = {"key": BearerKey(label="API key", placeholder="Paste your API key from the MissXss panel")}
    operations = tuple(replace(op, result=response_model(op.id)) for op in OPERATIONS)
    routes = ROUTES
    words = WORDS
    probe = Probe("get-stream-meta", {"platform": "Kick"})
    website = "https://missxss.com.tr"
    account_help = "Find your API key in the MissXss panel under <i>API</i>."

    def unwrap(self, op: Operation, data: object, response: httpx.Response) -> object:
        """Every answer is a JSON object with a ``success`` flag (``0/1`` or ``true/false``)."""
        if not isinstance(data, dict):
            raise MalformedResponse(self.title, translate("Errors", "expected a JSON object"), response.status_code)
        if not flag(data.get("success", True)):
            raise ServiceError(self.title, self.error_text(response), response.status_code)
        return data

    def probe_summary(self, result: object) -> str:
        return translate("Accounts", "Connected to channel {name}").format(
            name=getattr(result, "channel", None) or translate("Accounts", "(unknown)"))


PROVIDER = MissXss()
