"""Settings: a versioned schema, one migration per step, atomic saves with a backup.

A file that cannot be read is moved aside (``settings.json.corrupt-<time>``); the backup
or the defaults load instead and :attr:`SettingsStore.notice` tells the user what happened.
Secrets are never stored here.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .fileio import BadFile, atomic_write, move_aside, read_json

log = logging.getLogger(__name__)
SCHEMA_VERSION = 3


class _Section(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=True)


class ServiceSettings(_Section):
    enabled: bool = True
    base_url: str = ""  # empty: the service's own address
    scopes: list[str] = Field(default_factory=list)  # what a sign-in asks for; empty: all Deck uses
    events: bool = False  # the live-events receiver runs (services that push events)
    events_port: int = Field(default=8790, ge=1, le=65535)  # where it listens on 127.0.0.1


class UiSettings(_Section):
    theme: Literal["system", "dark", "light"] = "system"
    confirm_destructive: bool = True


class ChatSettings(_Section):
    channels: list[str] = Field(default_factory=list)  # PLATFORM:CHANNEL, e.g. twitch:somechannel
    scrollback: int = Field(default=3000, ge=200, le=100_000)  # messages kept per view (of all its channels)
    highlights: list[str] = Field(default_factory=list)  # words that highlight a message (names too)
    send_platforms: list[str] = Field(default_factory=lambda: ["Kick"])
    font_size: int = Field(default=0, ge=0, le=32)  # points; 0: the app's own size


class RemoteSettings(_Section):
    # the running app's own endpoint on 127.0.0.1, through which ``deck run`` acts (one owner of
    # sign-ins, limits and the queue)
    control_port: int = Field(default=52741, ge=1024, le=65535)
    # the deck in a phone's browser: off, this computer only, or phones on the network (paired)
    web: Literal["off", "local", "lan"] = "off"
    web_port: int = Field(default=52742, ge=1024, le=65535)


class Settings(_Section):
    schema_version: int = SCHEMA_VERSION
    services: dict[str, ServiceSettings] = Field(default_factory=dict)  # by provider name
    routes: dict[str, str] = Field(default_factory=dict)  # "capability@platform" -> the provider the user chose
    ui: UiSettings = Field(default_factory=UiSettings)
    chat: ChatSettings = Field(default_factory=ChatSettings)
    remote: RemoteSettings = Field(default_factory=RemoteSettings)
    activity_limit: int = Field(default=500, ge=50, le=10_000)
    recent: dict[str, list[str]] = Field(default_factory=dict)  # ids typed before, by field (newest first)
    names: dict[str, str] = Field(default_factory=dict)  # names the user gave ids no service names (an overlay)

    def remember(self, key: str, *values: str, keep: int = 10) -> None:
        """Keep ``values`` as the newest entries of the ``key`` field's recent list."""
        fresh = [v for v in values if v]
        self.recent[key] = (fresh + [v for v in self.recent.get(key, []) if v not in fresh])[:keep]

    def name(self, value: str, name: str, keep: int = 500) -> None:
        """Call ``value`` (an id) ``name`` from now on; an empty name forgets it."""
        self.names.pop(value, None)
        if name.strip():
            self.names[value] = name.strip()[:80]
        while len(self.names) > keep:
            del self.names[next(iter(self.names))]

    def service(self, name: str) -> ServiceSettings:
        """A provider's section, created on first use."""
        if name not in self.services:
            self.services[name] = ServiceSettings()
        return self.services[name]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept flat ``missxss_url`` / ``theme`` keys."""
    data = dict(data)
    if "missxss_url" in data:
        data.setdefault("missxss", {})["base_url"] = data.pop("missxss_url")
    if "theme" in data:
        data.setdefault("ui", {})["theme"] = data.pop("theme")
    return data


OLD_DEFAULT_URLS = ("https://api.missxss.com.tr", "https://api.kick.com", "https://api.nightbot.tv",
                    "https://api.scottybot.net")


# the services a version-2 file could hold: a fact of old files, not the catalogue (a service
# added since never had a version-2 section)
V2_SERVICES = ("missxss", "kick", "nightbot", "owncast", "scottybot")


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 kept one key per service and wrote each service's address even when it was
    the default; now sections live under ``services`` and an empty address means the default.
    Sections already under ``services`` are kept as they are."""
    data = dict(data)
    kept = data.get("services")
    services = dict(kept) if isinstance(kept, dict) else {}
    for name in V2_SERVICES:
        section = data.pop(name, None)
        if isinstance(section, dict):
            section = dict(section)
            if section.get("base_url") in OLD_DEFAULT_URLS:
                section["base_url"] = ""
            services.setdefault(name, section)
    data["services"] = services
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version", 1)
    if type(version) is not int or version > SCHEMA_VERSION or version < 1:  # true is not version 1
        raise ValueError(f"unsupported settings version {version!r}")
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


class SettingsStore:
    """The settings file. A file that cannot be used is moved aside once, the backup (or the
    defaults) loads, and the recovered copy becomes the current file, so nothing good is lost.
    A ``read_only`` store (the command line) changes no file: it only says what it found."""

    def __init__(self, path: Path, read_only: bool = False):
        self.path = path
        self.backup = path.with_name(path.name + ".bak")
        self.read_only = read_only
        self.notice: Optional[str] = None

    def _read(self, path: Path) -> Settings:
        data = read_json(path)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return Settings.model_validate(migrate(data))

    def _recover(self) -> tuple[Settings, str]:
        try:
            return self._read(self.backup), "the last good copy was loaded"
        except (OSError, BadFile, ValueError, ValidationError, RecursionError):
            return Settings(), "defaults were loaded"

    def load(self) -> Settings:
        self.notice = None
        try:
            return self._read(self.path)
        except FileNotFoundError:
            return Settings()
        except (OSError, BadFile, ValueError, ValidationError, RecursionError) as exc:
            reason = str(exc).splitlines()[0][:200] or type(exc).__name__
        settings, source = self._recover()
        if self.read_only:
            self.notice = f"Your settings file could not be read ({reason}); {source} for this command. " \
                          "Start Deck to repair it."
            return settings
        moved = move_aside(self.path)
        log.warning("settings file unreadable (%s); moved to %s", reason, moved)
        kept = f"It was kept as {moved.name} and" if moved else "It could not be moved aside;"
        self.notice = f"Your settings file could not be read ({reason}). {kept} {source}."
        try:
            atomic_write(self.path, settings.model_dump_json(indent=2), backup=False)  # the recovered copy is current
        except OSError as exc:
            self.notice += f" Deck cannot save settings ({exc.strerror or exc}); changes last until you quit."
        return settings

    def save(self, settings: Settings) -> None:
        atomic_write(self.path, settings.model_dump_json(indent=2))
