"""MissXss HTTP client: ``POST {base}/v1/<scope>`` with a Bearer key."""
from __future__ import annotations

import asyncio
from typing import Any, Callable, Optional

import httpx
from pydantic import ValidationError

from deck.core.errors import CredentialsMissing, MalformedResponse, ServiceError, Unreachable
from deck.net.http import describe_transport_error, error_text, json_body, retry_after, shared_client

from .models import Reply, flag, response_model

SERVICE = "MissXss"
DEFAULT_BASE_URL = "https://api.missxss.com.tr"
READ_ATTEMPTS = 3


class MissXssClient:
    def __init__(
        self,
        base_url: str,
        token: Callable[[], Optional[str]],
        http: Optional[httpx.AsyncClient] = None,
    ):
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._http = http

    async def call(self, scope: str, body: dict[str, Any], *, idempotent: bool = False) -> Reply:
        """Send one request. Reads are retried on transport errors and 502/503/504;
        writes never are (a timed-out ban may have happened)."""
        token = self._token()
        if not token:
            raise CredentialsMissing(SERVICE)
        http = self._http or shared_client()
        attempts = READ_ATTEMPTS if idempotent else 1
        for attempt in range(1, attempts + 1):
            try:
                response = await http.post(
                    f"{self.base_url}/v1/{scope}",
                    json=body,
                    headers={"Authorization": f"Bearer {token}"},
                )
            except httpx.TransportError as exc:
                if attempt < attempts:
                    await asyncio.sleep(0.25 * 2**attempt)
                    continue
                detail = describe_transport_error(exc)
                if not idempotent and not isinstance(exc, httpx.ConnectError):
                    detail += " (the action may or may not have happened; check before repeating it)"
                raise Unreachable(SERVICE, detail) from None
            if response.status_code in (502, 503, 504) and attempt < attempts:
                await asyncio.sleep(min(retry_after(response, 0.25 * 2**attempt), 10.0))
                continue
            break
        data = json_body(SERVICE, response)
        if not flag(data.get("success", True)):
            raise ServiceError(SERVICE, error_text(response), response.status_code)
        try:
            return response_model(scope).model_validate(data)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(p) for p in first["loc"])
            raise MalformedResponse(SERVICE, f"{where}: {first['msg']}", response.status_code) from None
