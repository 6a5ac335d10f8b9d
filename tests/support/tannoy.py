"""A service on a transport of its own (not HTTP): announcements over a house tannoy. It
proves that a provider can bring its transport and every policy of Deck's still holds:
validation before sending, limits and the queue, confirmation, errors in words."""
from __future__ import annotations

from typing import Any

from deck.core.errors import ServiceError
from deck.core.params import Param, ParamsModel
from deck.net.limiter import Rate
from deck.providers.base import Operation, Provider
from deck.sandbox.harness import ServiceSandbox


class TannoyClient:
    """The transport: what a real one would send over its own connection, kept here."""

    sent: list[tuple[str, dict[str, Any]]] = []
    jammed = False

    def __init__(self, provider: Provider, base_url: str, signer: Any):
        self.provider, self.base_url = provider, base_url

    async def send(self, op: Operation, params: ParamsModel) -> Any:
        values = params.wire()
        if self.jammed:
            raise ServiceError(self.provider.title, "the tannoy is jammed (code 604)")
        TannoyClient.sent.append((op.path, values))
        return {"said": values.get("text", ""), "request": op.path}


class Tannoy(Provider):
    name, title, default_url = "tannoy", "Tannoy", "tannoy://hall"
    auths: dict = {}
    transports = {"tannoy": TannoyClient}
    operations = (
        Operation("announce", "Announce", "Hall", "", "Announce", (Param("text", required=True, min=1, max=40),),
                  transport="tannoy", read=False, rate=Rate(1, 60.0)),
        Operation("silence", "Silence the hall", "Hall", "", "SilenceAll", transport="tannoy", read=False,
                  destructive=True),
    )

    def sandbox(self, seed: int = 7) -> ServiceSandbox:
        stand_in = ServiceSandbox(seed)
        stand_in.provider = self
        return stand_in


TANNOY = Tannoy()
