"""The one shared ``httpx.AsyncClient`` of the process, bounded requests, and how responses
become errors.

Every request Deck makes has an overall deadline (a server that drips one byte at a time
cannot hold it forever) and a cap on the answer's size (read as it arrives, never whole
first)."""
from __future__ import annotations

import asyncio
import email.utils
import functools
import json
import math
import ssl
import time
from typing import Any, Optional, overload

import httpx

from deck.core.errors import ServiceError
from deck.core.jsontext import loads
from deck.core.words import duration, translate

TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEADLINE = 30.0  # seconds for a whole request: connecting, sending and every byte of the answer
MAX_ANSWER = 4 * 1024 * 1024  # bytes of an answer Deck reads, unless an operation says otherwise
USER_AGENT = "Deck/0.1 (+desktop)"
DROPPED = {b"content-encoding", b"content-length", b"transfer-encoding"}  # the body is kept decoded


class DeadlineExceeded(httpx.TimeoutException):
    """The whole request took longer than its deadline."""


class AnswerTooLarge(Exception):
    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(translate("Errors", "the answer is larger than {size}; Deck did not read it").format(
            size=size_text(limit)))


MAX_ADDRESS = 2000  # characters of a service's address


def address_problem(url: str, schemes: tuple[str, ...] = ("http", "https")) -> Optional[str]:
    """What keeps ``url`` from being a service's address (in words), or None."""
    if len(url) > MAX_ADDRESS:
        return translate("Errors", "it is longer than {count} characters").format(count=MAX_ADDRESS)
    if not url.isascii() or not url.isprintable():
        return translate("Errors", "it has spaces, control or non-ASCII characters (write the host in its xn-- form)")
    try:
        parsed = httpx.URL(url)
        port = parsed.port
    except (httpx.InvalidURL, ValueError) as exc:
        return translate("Errors", "it is not a web address ({why})").format(why=exc)
    if parsed.scheme not in schemes:
        return translate("Errors", "it must start with {schemes}").format(
            schemes=translate("Errors", " or ").join(s + "://" for s in schemes))
    if not parsed.host:
        return translate("Errors", "it names no host")
    if port is not None and not 0 < port < 65536:
        return translate("Errors", "its port must be from 1 to 65535")
    return None


def size_text(n: int) -> str:
    return f"{n / 1024 / 1024:g} MB" if n >= 1024 * 1024 else f"{n / 1024:g} KB"


async def bounded(http: httpx.AsyncClient, method: str, url: str, *, limit: int = MAX_ANSWER,
                  deadline: Optional[float] = None, **kwargs: Any) -> httpx.Response:
    """One request, whole within ``deadline`` seconds, its answer read up to ``limit`` bytes
    (raises :class:`AnswerTooLarge` past that, :class:`DeadlineExceeded` past the deadline)."""

    async def go() -> httpx.Response:
        async with http.stream(method, url, **kwargs) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise AnswerTooLarge(limit)
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    raise AnswerTooLarge(limit)
                chunks.append(chunk)
            headers = [(k, v) for k, v in response.headers.raw if k.lower() not in DROPPED]
            return httpx.Response(response.status_code, headers=headers, content=b"".join(chunks),
                                  request=response.request)

    seconds = DEADLINE if deadline is None else deadline
    try:
        return await asyncio.wait_for(go(), seconds)
    except asyncio.TimeoutError:
        raise DeadlineExceeded(translate("Errors", "no complete answer within {time}").format(
            time=duration(seconds))) from None

# a panel refreshing every 15-60 s finds its connection still open (httpx closes idle ones after
# 5 s): no new TCP and TLS handshake each time
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=90)
_client: httpx.AsyncClient | None = None
_client_loop: asyncio.AbstractEventLoop | None = None


@functools.cache
def tls() -> ssl.SSLContext:
    """The process's one TLS context: reading the system's certificates costs 25 ms and a few
    MB, so every client Deck makes shares it."""
    return httpx.create_ssl_context()


def shared_client() -> httpx.AsyncClient:
    """The process-wide client, created on first use. Its connections belong to the loop
    that made it, so a new loop (the command line's ``asyncio.run``, a test) gets a new one."""
    global _client, _client_loop
    loop = asyncio.get_running_loop()
    if _client is None or _client.is_closed or _client_loop is not loop:
        _client = httpx.AsyncClient(timeout=TIMEOUT, headers={"User-Agent": USER_AGENT}, follow_redirects=False,
                                    verify=tls(), limits=LIMITS)
        _client_loop = loop
    return _client


async def close_shared_client() -> None:
    global _client
    if _client is not None:
        client, _client = _client, None
        if _client_loop is not asyncio.get_running_loop():
            return  # made on a loop that is gone (its sockets went with it): nothing to close on this one
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
        seconds = float(value)
    except ValueError:
        pass
    else:  # "inf" is an answer too (a very long wait, capped by whoever waits); "nan" is not
        return default if math.isnan(seconds) else max(seconds, 0.0)
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(parsed.timestamp() - time.time(), 0.0)


def error_text(response: httpx.Response) -> str:
    """The service's own words for an error, whatever shape the body has."""
    try:
        body = loads(response.content)
    except ValueError:
        text = response.text.strip()
        return text[:300] if text else (response.reason_phrase or f"HTTP {response.status_code}")
    if isinstance(body, dict):
        for key in ("error", "message", "detail", "msg", "status"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict) and isinstance(value.get("message"), str):
                return str(value["message"])
    if isinstance(body, str) and body:
        return body[:300]
    return json.dumps(body)[:300]


def describe_transport_error(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.ConnectError):
        return translate("Errors", "could not connect")
    if isinstance(exc, DeadlineExceeded):
        return translate("Errors", "timed out ({why})").format(why=exc)
    if isinstance(exc, httpx.TimeoutException):
        return translate("Errors", "timed out")
    return type(exc).__name__



async def fetch_bytes(url: str, limit: int = 2 * 1024 * 1024) -> bytes:
    """A small file (an emote image); raises ServiceError on an HTTP error or when over ``limit``."""
    host = url.split("/")[2] if "//" in url else url
    try:
        response = await bounded(shared_client(), "GET", url, limit=limit)
    except AnswerTooLarge as exc:
        raise ServiceError(host, str(exc)) from None
    if response.status_code >= 400:
        raise ServiceError(host, error_text(response), response.status_code)
    return response.content
