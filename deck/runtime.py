"""The one module that owns qasync: the event loop, ``spawn`` and ``async_slot``.

Every background coroutine of the app is started with :func:`spawn`, which keeps a
reference to the task (so it is not garbage-collected mid-flight) and reports any
failure to the log and to :data:`task_failed` (the status bar listens).
"""
from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import signal
from typing import Any, Awaitable, Callable, Coroutine, Optional

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication  # PySide6 before qasync, so qasync picks it

import qasync

from deck.core.errors import Cancelled, DeckError
from deck.core.events import Event

log = logging.getLogger(__name__)
WORKERS = 4  # threads for blocking calls
_tasks: set[asyncio.Task[Any]] = set()
task_failed = Event()  # (name: str, error: BaseException)


class EventLoop(qasync.QEventLoop):
    """qasync's loop, with the paths a busy chat takes many times a second made lean.

    - A callback is scheduled the way asyncio's own loop does it. qasync first asks ``inspect``
      whether each one is a coroutine function, which cost more than the scheduling itself.
    - A readable socket runs its reader at once, from its notifier, as asyncio's own loop runs
      it in the pass that found it readable. qasync switched the notifier off, scheduled the
      reader through a timer and switched the notifier on again, for every read.
    - A reader paused and resumed (a busy chat's readers pause between batches) keeps its
      notifier: it is switched off and on, not made anew each time.
    - Blocking calls (address lookups, decoding images) share WORKERS threads, made when first
      needed; qasync starts ten at once, each costing memory for the whole session.

    On Windows qasync's loop is a proactor, which has no readers: only the first applies there.
    """

    def __init__(self, app: QApplication) -> None:
        self._readers: dict[Any, tuple[QSocketNotifier, asyncio.Handle]] = {}  # fd -> its notifier and reader
        self._resting: dict[Any, tuple[QSocketNotifier, Callable[..., Any]]] = {}  # paused: fd -> notifier, reader
        self._workers = False  # whether the worker threads were made
        super().__init__(app)  # (asyncio adds its own wake-up socket as a reader here)

    def run_in_executor(self, executor: Any, callback: Callable[..., Any], *args: Any) -> Any:
        if executor is None and not self._workers:
            self._workers = True
            self.set_default_executor(qasync.QThreadExecutor(WORKERS))
        return super().run_in_executor(executor, callback, *args)

    def call_later(self, delay: float, callback: Callable[..., Any], *args: Any, context: Any = None) -> Any:
        return self._add_callback(asyncio.Handle(callback, args, self, context=context), delay)

    def call_soon(self, callback: Callable[..., Any], *args: Any, context: Any = None) -> Any:
        return self._add_callback(asyncio.Handle(callback, args, self, context=context), 0)

    def _add_reader(self, fd: Any, callback: Callable[..., Any], *args: Any) -> None:
        self._check_closed()
        self._remove_reader(fd)
        notifier, reader = self._resting.pop(fd, (None, None))
        if notifier is not None and reader != callback:  # another socket now has that number
            notifier.deleteLater()
            notifier = None
        if notifier is None:
            notifier = QSocketNotifier(fd if isinstance(fd, int) else fd.fileno(), QSocketNotifier.Type.Read)
            notifier.activated.connect(functools.partial(self._readable, fd, notifier))
        self._readers[fd] = (notifier, asyncio.Handle(callback, args, self))
        notifier.setEnabled(True)

    def _readable(self, fd: Any, notifier: QSocketNotifier, *_: Any) -> None:
        current = self._readers.get(fd)
        if current is None or current[0] is not notifier:
            notifier.setEnabled(False)
            return
        current[1]._run()  # a failing reader goes to the loop's exception handler, as in asyncio

    def _remove_reader(self, fd: Any) -> bool:
        if self.is_closed():
            return False
        notifier, handle = self._readers.pop(fd, (None, None))
        if notifier is None:
            return False
        notifier.setEnabled(False)
        self._resting[fd] = (notifier, handle._callback)
        return True

    def close(self) -> None:
        super().close()
        for notifier, _ in [*self._readers.values(), *self._resting.values()]:
            notifier.setEnabled(False)
            notifier.deleteLater()
        self._readers.clear()
        self._resting.clear()


def make_loop(app: QApplication) -> asyncio.AbstractEventLoop:
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    return loop


def spawn(coro: Coroutine[Any, Any, Any], name: Optional[str] = None) -> asyncio.Task[Any]:
    task = asyncio.ensure_future(coro)
    if name:
        task.set_name(name)
    _tasks.add(task)
    task.add_done_callback(_finished)
    return task


def running_tasks() -> list[asyncio.Task[Any]]:
    """Background work still going on (a closed loop's leftovers are gone with it)."""
    return [t for t in _tasks if not t.done() and not t.get_loop().is_closed()]


def _finished(task: asyncio.Task[Any]) -> None:
    _tasks.discard(task)
    if task.cancelled():
        return
    exc = task.exception()
    if exc is None or isinstance(exc, Cancelled):
        return
    if isinstance(exc, DeckError):
        log.warning("%s: %s", task.get_name(), exc)
    else:
        log.error("task %s failed", task.get_name(), exc_info=exc)
    task_failed.emit(task.get_name(), exc)


def async_slot(fn: Callable[..., Awaitable[Any]]) -> Callable[..., asyncio.Task[Any]]:
    """Use a coroutine function as a Qt slot; extra signal arguments are dropped."""
    params = inspect.signature(fn).parameters.values()
    takes_varargs = any(p.kind is p.VAR_POSITIONAL for p in params)
    count = sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params)

    @functools.wraps(fn)
    def slot(*args: Any) -> asyncio.Task[Any]:
        return spawn(fn(*(args if takes_varargs else args[:count])), name=fn.__qualname__)

    return slot


def run_until_quit(app: QApplication, loop: asyncio.AbstractEventLoop, on_start: Callable[[], Any],
                   on_quit: Callable[[], Awaitable[Any]]) -> bool:
    """Run the Qt + asyncio loop until the last window closes, then let ``on_quit`` clean up.
    Ctrl+C in the terminal quits the same way; returns whether that is how it ended.

    Qt does not quit by itself: once its loop has stopped, asyncio steps would run with no
    running loop. The coroutine finishes first, and the loop stops after it.
    """
    quit_event = asyncio.Event()
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(quit_event.set)
    app.aboutToQuit.connect(quit_event.set)  # the session ends (log out, shutdown)
    interrupted: list[int] = []

    def interrupt(*_: Any) -> None:
        interrupted.append(1)
        loop.call_soon_threadsafe(quit_event.set)

    try:  # the loop's own handler: the signal wakes Qt's loop through asyncio's self-pipe
        loop.add_signal_handler(signal.SIGINT, interrupt)
    except (NotImplementedError, RuntimeError, ValueError):  # Windows' loop has none: Python's handler then
        signal.signal(signal.SIGINT, interrupt)

    ending: list[asyncio.Future[Any]] = []

    async def end() -> None:
        if not ending:
            ending.append(asyncio.ensure_future(on_quit()))
        await asyncio.shield(ending[0])  # (a clean-up cut short by Qt's quitting is awaited again)
        for task in running_tasks():
            task.cancel()

    async def main() -> None:
        on_start()
        await quit_event.wait()
        await end()

    try:
        with loop:
            try:
                loop.run_until_complete(main())
            except RuntimeError:  # Qt quit its loop itself (the session ends: log out, shutdown)
                if not quit_event.is_set():
                    raise
                loop.run_until_complete(end())  # the clean-up still runs, on the loop run once more
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    return bool(interrupted)
