"""Profiles: deck pages of buttons, hotkeys and a dock layout, saved per profile.

A profile is plain data (pydantic, ``extra="forbid"``). Everything that comes from a
file goes through :func:`parse_profile`: size, depth, version, shape, every action id
and every parameter (the registry's own validation, as on the command line), and no
secrets. A file that fails is rejected with the reason and nothing is overwritten.
"""
from __future__ import annotations

import json
import logging
import re
import uuid
from pathlib import Path
from typing import Any, Literal, Optional

from deck.core.words import QT_TRANSLATE_NOOP, translate
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from deck.core.errors import DeckError
from deck.core.params import describe
from deck.core.fileio import BadFile, atomic_write, ensure_folder, move_aside, read_json, read_text
from deck.core.jsontext import TooDeep, loads
from deck.core.redact import is_secret_name, redact

from .registry import Registry

log = logging.getLogger(__name__)
VERSION = 1
MAX_FILE_BYTES = 8_000_000  # a profile file, read or written: Deck never writes one it would refuse to read
MAX_DEPTH = 12
COLOR = r"^(#[0-9a-fA-F]{6})?$"


def new_id() -> str:
    return uuid.uuid4().hex[:10]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Step(_Model):
    action: str = Field(min_length=1, max_length=100)
    params: dict[str, Any] = {}
    delay_ms: int = Field(default=0, ge=0, le=600_000)  # wait before this step


class Cell(_Model):
    id: str = Field(default_factory=new_id, pattern=r"^[0-9a-zA-Z_-]{1,40}$")
    row: int = Field(ge=0, lt=8)
    col: int = Field(ge=0, lt=8)
    kind: Literal["action", "multi", "toggle", "folder"] = "action"
    label: str = Field(default="", max_length=40)
    icon: str = Field(default="", max_length=40, pattern=r"^[a-z0-9-]*$")
    color: str = Field(default="", pattern=COLOR)
    text_color: str = Field(default="", pattern=COLOR)
    steps: list[Step] = Field(default=[], max_length=50)  # action: one step; multi: the sequence
    on_error: Literal["stop", "continue"] = "stop"
    toggle: str = ""  # toggle: a kind from deck.actions.toggles.KINDS
    toggle_arg: str = Field(default="", max_length=100)  # e.g. a command name or a Discord member id
    folder: str = ""  # folder: the page it opens


class Page(_Model):
    id: str = Field(default_factory=new_id, pattern=r"^[0-9a-zA-Z_-]{1,40}$")
    name: str = Field(min_length=1, max_length=40)
    rows: int = Field(default=3, ge=1, le=8)
    cols: int = Field(default=5, ge=1, le=8)
    parent: str = ""  # a folder page: the page whose folder cell opens it
    cells: list[Cell] = Field(default=[], max_length=64)

    def at(self, row: int, col: int) -> Optional[Cell]:
        return next((c for c in self.cells if c.row == row and c.col == col), None)

    def free(self) -> Optional[tuple[int, int]]:
        return next(((r, c) for r in range(self.rows) for c in range(self.cols) if self.at(r, c) is None), None)


class Hotkey(_Model):
    id: str = Field(default_factory=new_id, pattern=r"^[0-9a-zA-Z_-]{1,40}$")
    keys: str = Field(min_length=1, max_length=60)  # Qt's portable text, e.g. "Ctrl+Alt+H"
    scope: Literal["app", "global"] = "app"
    cell: str = ""  # runs this cell, or else:
    step: Optional[Step] = None
    release: Optional[Step] = None  # runs when the keys are let go (hold to talk)


class Profile(_Model):
    version: int = VERSION
    name: str = Field(min_length=1, max_length=60)
    pages: list[Page] = Field(default=[], max_length=100)
    hotkeys: list[Hotkey] = Field(default=[], max_length=200)
    layout: str = Field(default="", max_length=200_000)  # the dock layout (Qt state, base64)

    @field_validator("version")
    @classmethod
    def _known_version(cls, v: int) -> int:
        if v != VERSION:
            raise ValueError(f"profile version {v} is not supported (this Deck reads version {VERSION})")
        return v

    @model_validator(mode="after")
    def _pages_form_a_tree(self) -> "Profile":
        """Page ids are unique and every folder page's parents lead back to a top page."""
        by_id = {p.id: p for p in self.pages}
        if len(by_id) != len(self.pages):
            raise ValueError("two pages have the same id")
        for page in self.pages:
            seen, at = {page.id}, page
            while at.parent:
                parent = by_id.get(at.parent)
                if parent is None:
                    raise ValueError(f"page {page.name!r} opens from a page that does not exist")
                if parent.id in seen:
                    raise ValueError(f"page {page.name!r} is inside itself (its folders go round in a circle)")
                seen.add(parent.id)
                at = parent
        return self

    def page(self, page_id: str) -> Optional[Page]:
        return next((p for p in self.pages if p.id == page_id), None)

    def cell(self, cell_id: str) -> Optional[Cell]:
        return next((c for p in self.pages for c in p.cells if c.id == cell_id), None)

    def steps(self) -> list[tuple[str, Step]]:
        """Every step with where it is, for validation and "which keys run this"."""
        out = [(f"page {p.name!r}, button {c.label or c.id!r}", s) for p in self.pages for c in p.cells for s in c.steps]
        for h in self.hotkeys:
            out += [(f"hotkey {h.keys}", s) for s in (h.step, h.release) if s]
        return out


class ProfileError(DeckError):
    exit_code = 2


class ProfileTooLarge(ProfileError):
    """Saving would write a file larger than Deck reads: nothing was written."""


# ---- checking what comes in

def _secrets(value: object, path: str = "") -> list[str]:
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if path and ".params" in f".{path}" and is_secret_name(str(key)):
                found.append(where)
            found += _secrets(item, where)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _secrets(item, f"{path}[{i}]")
    elif isinstance(value, str) and redact(value) != value:
        found.append(path)
    return found


def check_steps(profile: Profile, registry: Registry) -> list[str]:
    problems = []
    for where, step in profile.steps():
        if step.action not in registry:
            problems.append(f"{where}: " + translate("Profiles", "unknown action {name}").format(name=repr(step.action)))
            continue
        try:
            registry.validate(step.action, step.params)
        except DeckError as exc:
            problems.append(f"{where}: {exc}")
    return problems


def _more(n: int) -> str:
    return translate("Profiles", " (and {n} more)").format(n=n) if n > 0 else ""


def parse_profile(raw: bytes, registry: Registry) -> Profile:
    """A profile from an exported file, or :class:`ProfileError` saying why not."""
    if len(raw) > MAX_FILE_BYTES:
        raise ProfileError(translate("Profiles", "The file is {size} MB; a profile is at most {most} MB.").format(
            size=f"{len(raw) / 1e6:.1f}", most=MAX_FILE_BYTES // 1_000_000))
    try:
        data = loads(raw.decode("utf-8-sig"), MAX_DEPTH)
    except TooDeep:
        raise ProfileError(translate("Profiles", "The file is nested too deeply (more than {count} levels).").format(
            count=MAX_DEPTH)) from None
    except UnicodeDecodeError:
        raise ProfileError(translate("Profiles", "The file is not valid JSON (it is not UTF-8 text).")) from None
    except ValueError as exc:
        raise ProfileError(translate("Profiles", "The file is not valid JSON ({why}).").format(why=exc)) from None
    if not isinstance(data, dict):
        raise ProfileError(translate("Profiles", "The file is not a Deck profile (expected a JSON object)."))
    if "version" not in data:
        raise ProfileError(translate("Profiles", "The file is not a Deck profile (no version)."))
    secrets = _secrets(data)
    if secrets:
        raise ProfileError(translate("Profiles", "The file contains secrets ({names}). Deck never imports keys or "
                                                 "tokens from a profile: add them in File → Accounts.").format(
            names=", ".join(secrets[:3])))
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ProfileError(translate("Profiles", "The profile is not valid: {problem}").format(
            problem=f"{where}: {first['msg']}") + _more(exc.error_count() - 1)) from None
    problems = check_steps(profile, registry)
    if problems:
        raise ProfileError(translate("Profiles", "The profile cannot run here: {problem}").format(problem=problems[0])
                           + _more(len(problems) - 1))
    return profile


def export_profile(profile: Profile) -> str:
    """JSON for sharing: secret-looking parameters are left out, known secrets masked."""

    def strip(value: object) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if not is_secret_name(k)}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return redact(value) if isinstance(value, str) else value

    shared = profile.model_copy(deep=True)
    for _, step in shared.steps():
        step.params = strip(step.params)
    return json.dumps(shared.model_dump(mode="json"), indent=2, ensure_ascii=False)


# ---- on disk

def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "profile"


class ProfileStore:
    """One JSON file per profile in ``folder``; ``active.txt`` names the one in use."""

    def __init__(self, folder: Path, registry: Registry):
        self.folder = folder
        self.registry = registry
        self.notice: Optional[str] = ensure_folder(folder)  # set when something could not be read or made
        self._files: Optional[dict[str, Path]] = None  # name -> its file; read once, kept up to date

    def path(self, name: str) -> Path:
        """The profile's file: the one found holding that name (a restored ``download (1).json``
        holding "My Show"), else the file its name makes."""
        self.names()
        assert self._files is not None
        return self._files.get(name) or self.folder / f"{_slug(name)}.json"

    def names(self) -> list[str]:
        if self._files is None:
            self._files = {}
            for path in sorted(self.folder.glob("*.json")):
                try:
                    data = read_json(path, MAX_FILE_BYTES)
                except (OSError, BadFile):
                    continue
                name = data.get("name") if isinstance(data, dict) else None
                if isinstance(name, str) and name.strip() and len(name) <= 60:
                    # two files holding one name: the one its name makes wins
                    if name not in self._files or path.name == f"{_slug(name)}.json":
                        self._files[name] = path
        return sorted(self._files, key=str.lower)

    def unique_name(self, name: str) -> str:
        """``name``, or ``name (2)``… with the name shortened so the number survives in the file name."""
        taken = {_slug(n) for n in self.names()}
        if _slug(name) not in taken:
            return name
        for n in range(2, 1000):
            candidate = f"{name[:30].rstrip()} ({n})"
            if _slug(candidate) not in taken:
                return candidate
        raise ProfileError(translate("Profiles", "There are too many profiles with this name; rename one first."))

    def save(self, profile: Profile) -> bool:
        """Write the profile. In a folder Deck cannot write it stays in memory for the session
        and :attr:`notice` says so; returns whether it was written. One larger than Deck reads
        back is not written: :class:`ProfileTooLarge` says so and the file keeps what it had."""
        text = profile.model_dump_json(indent=2)
        if len(text.encode("utf-8")) > MAX_FILE_BYTES:
            raise ProfileTooLarge(translate("Profiles", "Profile {name} would be larger than {most} MB, the most Deck "
                                                        "keeps in one profile; the last change was not saved. Remove "
                                                        "pages or buttons, or move some to another profile.").format(
                name=repr(profile.name), most=MAX_FILE_BYTES // 1_000_000))
        path = self.path(profile.name)
        self.names()
        assert self._files is not None
        self._files[profile.name] = path
        try:
            atomic_write(path, text)
        except OSError as exc:
            self.notice = (f"Deck cannot save profiles in {self.folder} ({exc.strerror or exc}); "
                           "changes last until you quit.")
            log.warning("profile %s not saved: %s", profile.name, exc)
            return False
        return True

    def delete(self, name: str) -> None:
        path = self.path(name)
        for each in (path, path.with_name(path.name + ".bak")):
            each.unlink(missing_ok=True)
        if self._files is not None:
            self._files.pop(name, None)

    def load(self, name: str) -> Profile:
        """The profile; a file that cannot be read is kept aside and the last good copy
        (or the default profile) takes its place, with :attr:`notice` saying so."""
        path = self.path(name)
        try:
            return self._read(path)
        except ValidationError as exc:
            reason = describe(exc)[0][:200]
        except (OSError, BadFile, ValueError, ProfileError, RecursionError) as exc:
            reason = str(exc).splitlines()[0][:200] or type(exc).__name__
        moved = move_aside(path)
        try:
            profile, source = self._read(path.with_name(path.name + ".bak")), "the last good copy was loaded"
        except (OSError, BadFile, ValueError, ValidationError, ProfileError, RecursionError):
            profile, source = self.default(name), "the default pages were loaded"
        log.warning("profile %s unreadable (%s); moved to %s", name, reason, moved)
        kept = f"It was kept as {moved.name} and" if moved else "It could not be moved aside;"
        self.notice = f"Profile {name!r} could not be read ({reason}). {kept} {source}."
        self.save(profile)  # the recovered copy is the current one
        return profile

    def _read(self, path: Path) -> Profile:
        profile = Profile.model_validate(read_json(path, MAX_FILE_BYTES))
        problems = check_steps(profile, self.registry)
        if problems:
            raise ProfileError(problems[0])
        return profile

    @property
    def active(self) -> str:
        try:
            name = read_text(self.folder / "active.txt", 1024).strip()
        except (OSError, BadFile):
            name = ""
        # a profile whose file is there, even damaged (loading it keeps the damaged file aside)
        return name if name and (name in self.names() or self.path(name).is_file()) else ""

    @active.setter
    def active(self, name: str) -> None:
        try:
            atomic_write(self.folder / "active.txt", name, backup=False)
        except OSError as exc:
            self.notice = f"Deck cannot save which profile is in use ({exc.strerror or exc})."

    def open_active(self) -> Profile:
        """The profile in use; on first start a useful default is written (or, in a folder
        Deck cannot write, used for this session)."""
        name = self.active or (self.names() or [""])[0]
        if not name:
            profile = self.default()
            if self.save(profile):
                self.active = profile.name
            return profile
        if not self.path(name).is_file():  # known only in memory (a folder Deck cannot write)
            return self.default(name)
        return self.load(name)

    def default(self, name: str = "") -> Profile:
        """The default pages, in the user's language, as profile ``name`` (default: "Default")."""
        return default_profile(name)


# ---- the default profile

def _cell(row: int, col: int, label: str, icon: str, action: str = "", params: Optional[dict[str, Any]] = None,
          **extra: Any) -> Cell:
    extra.setdefault("steps", [Step(action=action, params=params or {})] if action else [])
    return Cell(row=row, col=col, label=label, icon=icon, **extra)


SAID = ("message", "text")  # the parameters of the default buttons that are words said to chat


def default_profile(name: str = "") -> Profile:
    """Stream essentials, OBS, moderation, songs and Discord voice, ready on first start. Buttons
    for what several services can do (chat, songs) ask for the capability, so they follow
    whichever connected service offers it; the rest are MissXss's own features."""
    stream = Page(name=QT_TRANSLATE_NOOP("DefaultProfile", "Stream"), rows=3, cols=5, cells=[
        _cell(0, 0, QT_TRANSLATE_NOOP("DefaultProfile", "Clip 30 s"), "camera", "missxss.clip", {"duration": 30}, color="#7c4dff"),
        _cell(0, 1, QT_TRANSLATE_NOOP("DefaultProfile", "Shield"), "shield", kind="toggle", toggle="shield"),
        _cell(0, 2, QT_TRANSLATE_NOOP("DefaultProfile", "Hello TTS"), "megaphone", "missxss.tts",
              {"text": QT_TRANSLATE_NOOP("DefaultProfile", "Hello chat!")}),
        _cell(0, 3, QT_TRANSLATE_NOOP("DefaultProfile", "Test donation"), "gift", "missxss.send-donation",
              {"provider": "StreamElements", "amount": 5, "currency": "USD", "message": "Test"}),
        _cell(0, 4, QT_TRANSLATE_NOOP("DefaultProfile", "Stream info"), "eye", "missxss.get-stream-meta"),
        _cell(1, 0, QT_TRANSLATE_NOOP("DefaultProfile", "BRB"), "clock", kind="multi", on_error="continue", steps=[
            Step(action="chat.send", params={"message": QT_TRANSLATE_NOOP("DefaultProfile", "Be right back!"), "platform": "kick"}),
            Step(action="missxss.tts", params={"text": QT_TRANSLATE_NOOP("DefaultProfile", "Be right back")}, delay_ms=500)]),
        _cell(1, 1, QT_TRANSLATE_NOOP("DefaultProfile", "Clear chat"), "broom", "chat.clear", color="#b3261e"),
    ])
    moderation = Page(name=QT_TRANSLATE_NOOP("DefaultProfile", "Moderation"), rows=3, cols=5, cells=[
        _cell(0, 0, QT_TRANSLATE_NOOP("DefaultProfile", "Shield on"), "shield", "missxss.shield-mode", {"mode": "on"}, color="#b3261e"),
        _cell(0, 1, QT_TRANSLATE_NOOP("DefaultProfile", "Shield off"), "shield", "missxss.shield-mode", {"mode": "off"}),
        _cell(0, 2, QT_TRANSLATE_NOOP("DefaultProfile", "Link filter"), "hash", kind="toggle", toggle="protection",
              toggle_arg="link_korumasi"),
        _cell(0, 3, QT_TRANSLATE_NOOP("DefaultProfile", "Spam filter"), "ban", kind="toggle", toggle="protection",
              toggle_arg="spam_korumasi"),
        _cell(1, 0, QT_TRANSLATE_NOOP("DefaultProfile", "Mod status"), "eye", "missxss.get-moderation-status"),
    ])
    songs = Page(name=QT_TRANSLATE_NOOP("DefaultProfile", "Songs"), rows=2, cols=4, cells=[
        _cell(0, 0, QT_TRANSLATE_NOOP("DefaultProfile", "Play / pause"), "music", kind="toggle", toggle="song"),
        _cell(0, 1, QT_TRANSLATE_NOOP("DefaultProfile", "Play"), "play", "songs.play"),
        _cell(0, 2, QT_TRANSLATE_NOOP("DefaultProfile", "Pause"), "pause", "songs.pause"),
        _cell(0, 3, QT_TRANSLATE_NOOP("DefaultProfile", "Skip"), "skip", "songs.skip"),
    ])
    discord = Page(name=QT_TRANSLATE_NOOP("DefaultProfile", "Discord voice"), rows=2, cols=4, cells=[
        _cell(0, 0, QT_TRANSLATE_NOOP("DefaultProfile", "Voice status"), "headphones", "missxss.discord-voice-members"),
        _cell(0, 1, QT_TRANSLATE_NOOP("DefaultProfile", "Bot status"), "robot", "missxss.discord-status"),
    ])
    scenes = ("Starting Soon", "Just Chatting", "Gameplay", "BRB", "Ending")  # edit each to a scene of yours
    obs = Page(name=QT_TRANSLATE_NOOP("DefaultProfile", "OBS"), rows=3, cols=5, cells=[
        *(_cell(0, col, scene, "eye", kind="toggle", toggle="obs-scene", toggle_arg=scene)
          for col, scene in enumerate(scenes)),
        _cell(1, 0, QT_TRANSLATE_NOOP("DefaultProfile", "Stream"), "bolt", kind="toggle", toggle="obs-stream", color="#b3261e"),
        _cell(1, 1, QT_TRANSLATE_NOOP("DefaultProfile", "Record"), "camera", kind="toggle", toggle="obs-record"),
        _cell(1, 2, QT_TRANSLATE_NOOP("DefaultProfile", "Pause rec"), "pause", "obs.toggle-record-pause"),
        _cell(1, 3, QT_TRANSLATE_NOOP("DefaultProfile", "Replay"), "timer", kind="toggle", toggle="obs-replay"),
        _cell(1, 4, QT_TRANSLATE_NOOP("DefaultProfile", "Save replay"), "star", "obs.save-replay-buffer"),
        _cell(2, 0, QT_TRANSLATE_NOOP("DefaultProfile", "Mic"), "mic-off", kind="toggle", toggle="obs-mute", toggle_arg="Mic/Aux"),
        _cell(2, 1, QT_TRANSLATE_NOOP("DefaultProfile", "Desktop"), "volume-off", kind="toggle", toggle="obs-mute",
              toggle_arg="Desktop Audio"),
        _cell(2, 2, QT_TRANSLATE_NOOP("DefaultProfile", "Studio"), "eye", kind="toggle", toggle="obs-studio"),
        _cell(2, 3, QT_TRANSLATE_NOOP("DefaultProfile", "Transition"), "play", "obs.trigger-studio-mode-transition"),
        _cell(2, 4, QT_TRANSLATE_NOOP("DefaultProfile", "Virtual cam"), "camera", kind="toggle", toggle="obs-virtualcam"),
    ])
    profile = Profile(name=name or translate("DefaultProfile", "Default"),
                      pages=[stream, obs, moderation, songs, discord])
    for page in profile.pages:  # the marked texts, in the user's language
        page.name = translate("DefaultProfile", page.name)
        for cell in page.cells:
            if cell.toggle != "obs-scene":  # a scene's button is labelled with the scene's own name
                cell.label = translate("DefaultProfile", cell.label)
            for step in cell.steps:
                step.params.update({k: translate("DefaultProfile", v) for k, v in step.params.items()
                                    if k in SAID and isinstance(v, str)})
    return profile
