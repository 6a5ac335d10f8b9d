"""Client-side rate limits: one sliding-window limiter per documented scope.

A limit is data (:class:`Rate`: N calls per any period, e.g. 200 per minute or 1 per 5 s).

A sliding window ("at most N calls in any 60 s") never exceeds a server that counts
in fixed windows, sliding windows or token buckets of the same size, so queued calls
are never refused with 429. Waiting calls queue in FIFO order and can be cancelled.
"""
from __future__ import annotations

import asyncio
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable, Optional


@dataclass(frozen=True)
class Rate:
    """At most ``calls`` per ``seconds``, shared by every operation with the same ``scope``
    (empty: the operation's own id)."""

    calls: int
    seconds: float = 60.0
    scope: str = ""

    def __str__(self) -> str:
        if self.seconds == 60:
            return f"{self.calls}/min"
        return f"{self.calls} per {self.seconds:g} s"


class WindowLimiter:
    """``limit`` calls in any ``period`` seconds; ``limit=None`` never holds a call back
    except while the server has asked to wait (:meth:`block`)."""

    def __init__(self, limit: Optional[int], period: float = 60.0, clock: Callable[[], float] = time.monotonic):
        if (limit is not None and limit < 1) or period <= 0:
            raise ValueError("limit must be >= 1 and period > 0")
        self.limit = limit
        self.period = period
        self._clock = clock
        self._stamps: deque[float] = deque()
        self._blocked_until = 0.0
        self._lock = asyncio.Lock()
        self.waiting = 0

    def delay(self) -> float:
        """Seconds until a slot is free (0 if one is free now)."""
        now = self._clock()
        while self._stamps and self._stamps[0] <= now - self.period:
            self._stamps.popleft()
        wait = self._blocked_until - now
        if self.limit is not None and len(self._stamps) >= self.limit:
            wait = max(wait, self._stamps[0] + self.period - now)
        return max(wait, 0.0)

    def try_acquire(self) -> float:
        """Take a slot if one is free and return 0, else return the seconds to wait."""
        wait = self.delay()
        if wait <= 0 and self.limit is not None:
            self._stamps.append(self._clock())
        return wait

    async def acquire(self) -> None:
        self.waiting += 1
        try:
            async with self._lock:  # FIFO: only the head of the queue sleeps
                while (wait := self.try_acquire()) > 0:
                    await asyncio.sleep(wait)
        finally:
            self.waiting -= 1

    def block(self, seconds: float) -> None:
        """The server said "come back later" (429 Retry-After): hold every call until then."""
        self._blocked_until = max(self._blocked_until, self._clock() + seconds)


class Limits:
    """The limiters of a process, keyed by ``provider:scope``. ``period`` replaces every
    documented period (benchmarks use it to measure without waiting)."""

    def __init__(self, margin: float = 1.0, period: Optional[float] = None):
        self._margin = margin  # allows for network jitter between our clock and the server's
        self._period = period
        self._by_key: dict[str, WindowLimiter] = {}

    def get(self, key: str, calls: Optional[int], seconds: float = 60.0) -> WindowLimiter:
        limiter = self._by_key.get(key)
        if limiter is None:
            period = self._period if self._period is not None else seconds
            # a margin for network jitter: 1 s on a minute, half a second on a few seconds
            margin = self._margin if self._period is not None else min(self._margin, period * 0.05 + self._margin / 4)
            limiter = self._by_key[key] = WindowLimiter(calls, period + margin)
        return limiter
