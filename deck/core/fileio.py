"""Files Deck writes and reads. Writes are atomic: a crash leaves either the old or the new
file, never half of one. Reads assume any file may be anything: sizes are bounded before
reading, and every way a file can be unreadable (missing, a folder, not UTF-8, not JSON,
nested without end) is one :class:`BadFile` with the reason in words."""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Optional

from .jsontext import loads, repair
from .words import translate

MAX_STATE_BYTES = 4_000_000  # settings, window layout, a profile


class BadFile(Exception):
    """A file that cannot be used; ``str()`` says why, for the user."""


def atomic_write(path: Path, text: str, backup: bool = True) -> None:
    """Write ``text`` to ``path`` (temp file, fsync, rename), keeping the previous file as ``.bak``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.is_file():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_bounded(path: Path, limit: int = MAX_STATE_BYTES) -> bytes:
    """The file's bytes, refusing (without reading it) one larger than ``limit``."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise BadFile(translate("Files", "it is a folder, not a file")) from None
    except OSError as exc:
        raise BadFile(exc.strerror or type(exc).__name__) from None
    if len(data) > limit:
        raise BadFile(translate("Files", "it is larger than {size}").format(
            size=f"{limit / 1_000_000:g} MB" if limit >= 100_000 else f"{limit:,} B"))
    return data


def read_text(path: Path, limit: int = MAX_STATE_BYTES) -> str:
    """The file's text; a byte-order mark in front (Windows Notepad writes one) is not part of it."""
    try:
        return read_bounded(path, limit).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadFile(translate("Files", "it is not UTF-8 text")) from None


def read_json(path: Path, limit: int = MAX_STATE_BYTES) -> object:
    """The JSON in ``path``; FileNotFoundError when there is none, BadFile when it is unusable.
    A lone surrogate escape (``"\ud800"``) becomes U+FFFD, so whatever was read can be saved again."""
    text = read_text(path, limit)
    try:
        return repair(loads(text))
    except ValueError as exc:
        raise BadFile(translate("Files", "it is not valid JSON ({why})").format(why=exc)) from None


def move_aside(path: Path) -> Optional[Path]:
    """Keep a bad file (or a file where a folder belongs) as ``<name>.corrupt-<time>``; None
    when it cannot be moved."""
    moved = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, moved)
    except OSError:
        return None
    return moved


def ensure_folder(folder: Path) -> Optional[str]:
    """Make ``folder`` usable: a file in its place is moved aside. Returns a notice for the
    user when something was wrong (moved, or the folder cannot be made or written)."""
    notice = None
    if folder.exists() and not folder.is_dir():
        moved = move_aside(folder)
        notice = (translate("Files", "{folder} was a file, not a folder; it was kept as {name}.").format(
            folder=folder, name=moved.name) if moved else
            translate("Files", "{folder} is a file, not a folder, and could not be moved aside.").format(folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return (notice + " " if notice else "") + translate("Files", "Deck cannot create {folder} ({why}).").format(
            folder=folder, why=exc.strerror or exc)
    if not os.access(folder, os.W_OK | os.X_OK):
        return (notice + " " if notice else "") + translate(
            "Files", "Deck cannot write in {folder}: changes to settings and profiles last until you quit.").format(
            folder=folder)
    return notice
