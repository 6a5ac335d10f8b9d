"""A lock every Deck process of this user shares (the app, ``deck run`` from a terminal or a
hardware deck's key): one of them at a time refreshes a sign-in, so a single-use refresh token
is never spent twice. A file in Deck's folder, locked with the OS's advisory lock; the OS lets
go of it when its process ends, however it ends."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
import time
from typing import AsyncIterator

from .errors import DeckError
from .paths import config_dir
from .words import duration, translate

log = logging.getLogger(__name__)
WAIT_SECONDS = 30.0  # another process's refresh is one request: it lets go well within this
POLL_SECONDS = 0.02


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.asynccontextmanager
async def shared_lock(name: str, what: str) -> AsyncIterator[None]:
    """Held by one Deck process at a time; ``what`` says in words what waits for it."""
    folder = config_dir() / "locks"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / f"{name}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:  # a folder that cannot be written: this process alone is kept in order
        log.warning("no shared lock for %s (%s)", what, exc.strerror or exc)
        yield
        return
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise DeckError(translate("Errors", "Another Deck (the app or a command) has been busy with {what} "
                                                    "for {time}; try again.").format(what=what,
                                                                                     time=duration(WAIT_SECONDS)))
            await asyncio.sleep(POLL_SECONDS)  # the OS offers no wake-up for a lock another process holds
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
