"""A tiny Qt-free observer used by the service layer; the UI connects plain callables."""
from __future__ import annotations

import logging
from typing import Any, Callable

log = logging.getLogger(__name__)


class Event:
    __slots__ = ("_handlers",)

    def __init__(self) -> None:
        self._handlers: list[Callable[..., Any]] = []

    def connect(self, handler: Callable[..., Any]) -> None:
        self._handlers.append(handler)

    def disconnect(self, handler: Callable[..., Any]) -> None:
        if handler in self._handlers:
            self._handlers.remove(handler)

    def emit(self, *args: Any) -> None:
        for handler in list(self._handlers):
            try:
                handler(*args)
            except Exception:  # one broken listener must not stop the others
                log.exception("event handler %r failed", handler)
