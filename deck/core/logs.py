"""Logging to a rotating file, with every record passed through the redaction filter."""
from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import Optional

from .redact import redact


class RedactFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


class RepeatFilter(logging.Filter):
    """At most ``allow`` records of the same kind (logger, level, message template) per
    ``window`` seconds; the first one after a quiet spell says how many were left out."""

    def __init__(self, allow: int = 5, window: float = 60.0):
        super().__init__()
        self.allow, self.window = allow, window
        self._seen: dict[tuple[str, int, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, record.levelno, str(record.msg))
        now = time.monotonic()
        start, count = self._seen.get(key, (now, 0))
        if now - start > self.window:
            if count > self.allow:
                record.msg, record.args = f"{record.getMessage()} ({count - self.allow} more like this were left out)", None
            start, count = now, 0
        if len(self._seen) > 2000:
            self._seen.clear()
        self._seen[key] = (start, count + 1)
        return count < self.allow


class FileHandler(logging.FileHandler):
    """The log file, started anew past ``size`` bytes with the last ``keep`` kept beside it
    (``deck.log.1`` the newest). When it cannot be written (a full disk, a file made
    read-only), Deck says so once on the terminal and stops writing it, instead of a traceback
    for every record. (Its own few lines: ``logging.handlers`` and the pickle it loads cost
    0.6 MiB.)"""

    failed = False
    size = 2_000_000
    keep = 5

    def emit(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        try:
            if self.stream is not None and self.stream.tell() >= self.size:
                self._start_anew()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _start_anew(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # opened again by the next record
        for n in range(self.keep - 1, 0, -1):
            if os.path.exists(f"{self.baseFilename}.{n}"):
                os.replace(f"{self.baseFilename}.{n}", f"{self.baseFilename}.{n + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")

    def handleError(self, record: logging.LogRecord) -> None:
        if not self.failed:
            self.failed = True
            error = sys.exc_info()[1]
            reason = getattr(error, "strerror", None) or type(error).__name__
            print(f"deck: cannot write the log {self.baseFilename} ({reason}); it is not written for the rest "
                  "of this run", file=sys.stderr)


def setup(log_dir: Path, level: int = logging.INFO, console: bool = False) -> Optional[Path]:
    """Log to ``log_dir/deck.log``; when that cannot be written (a read-only folder, a folder
    where the file belongs), log to stderr instead and say so. Returns the file, or None."""
    file = log_dir / "deck.log"
    path: Optional[Path] = file
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_deck", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = []
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(FileHandler(file, encoding="utf-8"))
    except OSError as exc:
        print(f"deck: cannot write the log in {log_dir} ({exc.strerror or exc}); logging to the terminal",
              file=sys.stderr)
        path, console = None, True
    if console:
        handlers.append(logging.StreamHandler())
    repeats = RepeatFilter()
    for handler in handlers:
        handler._deck = True  # type: ignore[attr-defined]
        handler.addFilter(repeats)
        handler.addFilter(RedactFilter())
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    return path
