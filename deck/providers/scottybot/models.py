"""Tolerant models of ScottyBot's answers.

Objects keyed by numbers (``{"0": "bagels", "1": "twitch"}`` for bad words, ``{"<hours>":
"<rank>"}`` for ranks) become lists in key order; a JSON array (which the document says will
replace them) is taken as well. ``status`` is loosely typed (``"Success"``, ``true``,
``"success"``, a reason): :func:`succeeded` reads it.
"""
from __future__ import annotations

from typing import Annotated, Any, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def succeeded(status: object) -> bool:
    return status is True or (isinstance(status, str) and status.strip().lower() in ("success", "true", "ok"))


def _numbered(value: object) -> object:
    """``{"1": x, "0": y}`` -> ``[y, x]``; a list stays a list."""
    if isinstance(value, dict):
        def order(key: str) -> tuple[int, Any]:
            return (0, int(key)) if str(key).lstrip("-").isdigit() else (1, str(key))
        return [value[k] for k in sorted(value, key=order)]
    return value


def _ranks(value: object) -> object:
    if isinstance(value, dict):
        rows = [{"hours": int(k), "name": v} for k, v in value.items() if str(k).isdigit()]
        return sorted(rows, key=lambda r: r["hours"])
    return value


class Tolerant(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Quote(Tolerant):
    id: int
    quote: str = ""


class Rank(Tolerant):
    hours: int
    name: str


class Status(Tolerant):
    status: Any = None


class Points(Tolerant):
    user_id: Optional[str] = Field(default=None, alias="UserID")
    username: Optional[str] = None
    points: int = 0
    status: Any = None


class Hours(Tolerant):
    status: Any = None  # "User has no hours in this channel yet." when there are none
    hours: Optional[float] = None
    rank: Optional[str] = None


class BotStats(Tolerant):
    channels: int = 0
    curlivecount: int = 0
    controlsockets: int = 0
    lastrestart: str = ""
    chanreconcount: int = 0
    uptime: str = ""


class Settings(Tolerant):
    """Every setting, as the service sent it (booleans as 0/1)."""

    channel: Optional[str] = None
    chanid: Optional[int] = None
    donated: Optional[int] = None


BadWords = Annotated[list[str], BeforeValidator(_numbered)]
Lines = Annotated[list[str], BeforeValidator(_numbered)]
Quotes = Annotated[list[Quote], BeforeValidator(_numbered)]
Ranks = Annotated[list[Rank], BeforeValidator(_ranks)]
