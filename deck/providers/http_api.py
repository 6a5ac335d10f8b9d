"""The one generic API client: ``send(operation, params)`` for every provider.

It builds the request from the operation's table (path placeholders, query with repeated or
comma-separated arrays, JSON or form body), signs it with the operation's auth kind, and
applies one policy to every service:

- reads are retried on transport faults and 502/503/504 (with backoff, ``Retry-After``
  honoured); writes are never retried blindly, and a write that timed out says it may or
  may not have happened;
- a 429 becomes :class:`RateLimited` (the registry waits as told, then queues it again);
- a 401 lets OAuth refresh once and retry once;
- errors carry the service's own text; URLs in messages never carry a key.
"""
from __future__ import annotations

import asyncio
import json
from typing import Any, Callable, Optional
from urllib.parse import quote, urlencode

import httpx
from pydantic import ValidationError

from deck.core.errors import BadAddress, MalformedResponse, NotPermitted, RateLimited, Unreachable
from deck.core.jsontext import TooDeep, loads
from deck.core.names import env_name
from deck.core.params import ParamsModel
from deck.core.words import duration, translate
from deck.net.auth import Query, Signer
from deck.net import http as net_http
from deck.net.http import (AnswerTooLarge, DeadlineExceeded, address_problem, bounded, describe_transport_error,
                           retry_after, shared_client)

from .base import PLACEHOLDER, Operation, Provider

READ_ATTEMPTS = 3
PASSING = (502, 503, 504)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _pairs(name: str, value: object, style: str) -> Query:
    if isinstance(value, list) and style == "repeat":
        return [(name, _text(v)) for v in value]
    if isinstance(value, list) and style == "csv":
        return [(name, ",".join(_text(v) for v in value))]
    return [(name, _text(value))]


class Request:
    """What goes on the wire for one operation and its validated parameters."""

    def __init__(self, op: Operation, params: ParamsModel):
        values = params.model_dump(mode="json", exclude_none=True)
        places = {p.name: p for p in op.params}
        self.method = op.method
        self.path = PLACEHOLDER.sub(lambda m: quote(_text(values[m.group(1)]), safe=""), op.path)
        self.query: Query = []
        body: dict[str, Any] = {}
        form: Query = []
        for name, value in values.items():
            p = places[name]
            if p.place == "query":
                self.query += _pairs(name, value, p.style)
            elif p.place == "form":
                form += _pairs(name, value, p.style)
            elif p.place == "json":
                body[name] = value
        self.json: Optional[dict[str, Any]] = body if body or op.body == "json" else None
        self.form: Optional[str] = urlencode(form) if form or op.body == "form" else None
        self.headers: dict[str, str] = {}
        if self.form is not None:
            self.headers["Content-Type"] = "application/x-www-form-urlencoded"


class ApiClient:
    """Sends one provider's operations to ``base_url`` with the auth the table names."""

    def __init__(self, provider: Provider, base_url: str, signer: Callable[[Operation], Signer],
                 http: Optional[httpx.AsyncClient] = None):
        self.provider = provider
        self.base_url = base_url.rstrip("/")
        self._signer = signer
        self._http = http

    async def send(self, op: Operation, params: ParamsModel) -> object:
        problem = address_problem(self.base_url)
        if problem:
            raise BadAddress(self.provider.title, self.base_url, problem, env_name(self.provider.name, "url"))
        request = Request(op, params)
        signer = self._signer(op)
        lacking = signer.lacks(op.scopes)
        if lacking:
            raise NotPermitted(self.provider.title, lacking)
        response = await self._exchange(op, request, signer)
        if response.status_code == 401 and await signer.rejected():
            response = await self._exchange(op, request, signer)  # once, with the new token
        return self.read(op, response)

    async def _exchange(self, op: Operation, request: Request, signer: Signer) -> httpx.Response:
        headers = {**request.headers, **self.provider.headers(op)}
        query = list(request.query)
        await signer.sign(headers, query)
        http = self._http or shared_client()
        attempts = READ_ATTEMPTS if op.reads else 1
        loop = asyncio.get_running_loop()
        deadline = net_http.DEADLINE
        end = loop.time() + deadline  # one deadline for the call, every retry included
        for attempt in range(1, attempts + 1):
            left = end - loop.time()
            try:
                response = await bounded(http, request.method, self.base_url + request.path, limit=op.max_answer,
                                         deadline=max(left, 0.001), params=query, headers=headers,
                                         json=request.json, content=request.form)
            except AnswerTooLarge as exc:
                raise MalformedResponse(self.provider.title, str(exc)) from None
            except httpx.TransportError as exc:
                pause = 0.25 * 2**attempt
                if attempt < attempts and end - loop.time() > pause + 1.0:
                    await asyncio.sleep(pause)
                    continue
                if isinstance(exc, DeadlineExceeded):
                    exc = DeadlineExceeded((translate("Errors", "no complete answer within {time} over {tries} tries")
                                            if attempt > 1 else translate("Errors", "no complete answer within {time}"))
                                           .format(time=duration(deadline), tries=attempt))
                detail = describe_transport_error(exc)
                if not op.reads and not isinstance(exc, httpx.ConnectError):
                    detail += translate("Errors", " (the action may or may not have happened; check before repeating it)")
                raise Unreachable(self.provider.title, detail, self.base_url) from None
            pause = min(retry_after(response, 0.25 * 2**attempt), 10.0)
            if response.status_code in PASSING and attempt < attempts and end - loop.time() > pause + 1.0:
                await asyncio.sleep(pause)
                continue
            return response
        raise AssertionError("unreachable")  # the loop always returns or raises

    def read(self, op: Operation, response: httpx.Response) -> object:
        """The answer as the operation documents it, or the service's error."""
        status = response.status_code
        title = self.provider.title
        if status == 429:
            raise RateLimited(title, self.provider.error_text(response), retry_after(response, None))
        if status >= 400:
            raise self.provider.fail(response)
        if op.answer == "text":
            data: Any = response.text
        elif op.answer == "empty" or not response.content.strip():
            if op.answer == "json" and status != 204:
                raise MalformedResponse(title, translate("Errors", "the answer is empty"), status)
            data = None
        else:
            try:
                data = loads(response.content)
            except TooDeep as exc:
                raise MalformedResponse(title, translate("Errors", "the body: {problem}").format(problem=exc),
                                        status) from None
            except ValueError:
                raise MalformedResponse(title, translate("Errors", "the body is not JSON"), status) from None
        data = self.provider.unwrap(op, data, response)
        if op.reader is None or data is None:
            return data
        try:
            return op.reader.validate_python(data)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(p) for p in first["loc"])
            raise MalformedResponse(title, f"{where}: {first['msg']}" if where else first["msg"], status) from None
