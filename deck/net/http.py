"""The one shared ``httpx.AsyncClient`` of the process, and how responses become errors."""
from __future__ import annotations

import asyncio
import email.utils
import json
import time
from typing import Optional, overload

import httpx

from deck.core.errors import ServiceError

TIMEOUT = httpx.Timeout(10.0, connect=5.0)
USER_AGENT = "Deck/0.1 (+desktop)"

_client: httpx.AsyncClient | None = None
_client_loop: asyncio.AbstractEventLoop | None = None


def shared_client() -> httpx.AsyncClient:
    """The process-wide client, created on first use. Its connections belong to the loop
    that made it, so a new loop (the command line's ``asyncio.run``, a test) gets a new one."""
    global _client, _client_loop
    loop = asyncio.get_running_loop()
    if _client is None or _client.is_closed or _client_loop is not loop:
        _client = httpx.AsyncClient(timeout=TIMEOUT, headers={"User-Agent": USER_AGENT}, follow_redirects=False)
        _client_loop = loop
    return _client


async def close_shared_client() -> None:
    global _client
    if _client is not None:
        client, _client = _client, None
        await client.aclose()
        await asyncio.sleep(0)  # let the transports finish closing their sockets


@overload
def retry_after(response: httpx.Response, default: float = 5.0) -> float: ...
@overload
def retry_after(response: httpx.Response, default: None) -> Optional[float]: ...
def retry_after(response: httpx.Response, default: Optional[float] = 5.0) -> Optional[float]:
    """Seconds the server asked to wait (``Retry-After`` as seconds or a date), or ``default``."""
    value = response.headers.get("Retry-After")
    if not value:
        return default
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(parsed.timestamp() - time.time(), 0.0)


def error_text(response: httpx.Response) -> str:
    """The service's own words for an error, whatever shape the body has."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        return text[:300] if text else (response.reason_phrase or f"HTTP {response.status_code}")
    if isinstance(body, dict):
        for key in ("error", "message", "detail", "msg", "status"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict) and isinstance(value.get("message"), str):
                return value["message"]
    if isinstance(body, str) and body:
        return body[:300]
    return json.dumps(body)[:300]


def describe_transport_error(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.ConnectError):
        return "could not connect"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    return type(exc).__name__



async def fetch_bytes(url: str, limit: int = 2 * 1024 * 1024) -> bytes:
    """A small file (an emote image); raises ServiceError on an HTTP error or when over ``limit``."""
    response = await shared_client().get(url)
    if response.status_code >= 400:
        raise ServiceError(url.split("/")[2] if "//" in url else url, error_text(response), response.status_code)
    if len(response.content) > limit:
        raise ServiceError(url, f"larger than {limit} bytes", response.status_code)
    return response.content
