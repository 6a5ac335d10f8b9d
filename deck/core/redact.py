"""Keeps secrets out of logs, the activity list and error messages."""
from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import quote, quote_plus

MASK = "•••"
_SECRET_NAMES = re.compile(r"(token|secret|password|api_?key|authkey|authorization)", re.I)
_PATTERNS = [
    re.compile(r"(?i)(bearer\s+)[^\s\"',]+"),
    re.compile(r"(?i)(authorization[\"']?\s*[=:]\s*[\"']?basic\s+)[A-Za-z0-9+/=]+"),
    re.compile(r"(?i)((?:access_token|refresh_token|client_secret|authkey|api_key|token|password)[\"']?\s*[=:]\s*[\"']?)[^\s\"'&,}]+"),
]
_known: set[str] = set()
_factory_installed = False


def remember(secret: str | None) -> None:
    """Mask this value wherever it shows up from now on, in every encoding Deck sends it in
    (as is, or percent-encoded in an address), log records of any
    library included (a key in a query string is part of every URL httpx logs)."""
    if secret and len(secret) >= 4:
        _known.update({secret, quote(secret, safe=""), quote_plus(secret)})
        _redact_every_record()



def _redact_every_record() -> None:
    global _factory_installed
    if _factory_installed:
        return
    _factory_installed = True
    make = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the caller's problem, not a reason to leak
            return record
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return record

    logging.setLogRecordFactory(factory)


def redact(text: str) -> str:
    for secret in sorted(_known, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


def redact_params(params: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in params.items():
        if _SECRET_NAMES.search(key):
            out[key] = MASK
        elif isinstance(value, str):
            out[key] = redact(value)
        elif isinstance(value, dict):
            out[key] = redact_params(value)
        else:
            out[key] = value
    return out


def is_secret_name(name: str) -> bool:
    """Whether a field named like this holds a secret (token, password, API key…)."""
    return bool(_SECRET_NAMES.search(name))
