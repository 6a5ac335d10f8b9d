"""The app's event loop: a readable socket runs its reader, a paused reader keeps its notifier,
a socket that reuses a number gets its own, and a failing reader reaches the loop's handler."""
from __future__ import annotations

import asyncio
import socket


def test_readers_run_pause_resume_and_fail_like_asyncio(loop):
    a, b = socket.socketpair()
    a.setblocking(False)
    got: list[bytes] = []
    errors: list[dict] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))

    def read() -> None:
        got.append(a.recv(100))

    async def until(predicate) -> None:
        for _ in range(2000):  # bounded: a reader that never runs fails the test, not the suite
            if predicate():
                return
            await asyncio.sleep(0.005)
        raise AssertionError("the reader did not run")

    async def scenario() -> None:
        loop.add_reader(a.fileno(), read)
        b.send(b"one")
        await until(lambda: got == [b"one"])
        notifier = loop._readers[a.fileno()][0]

        assert loop.remove_reader(a.fileno())
        b.send(b"two")
        for _ in range(20):  # paused: nothing is read however long the loop runs
            await asyncio.sleep(0)
        assert got == [b"one"]
        loop.add_reader(a.fileno(), read)  # resumed: the same notifier, and what waited is read
        assert loop._readers[a.fileno()][0] is notifier
        await until(lambda: got == [b"one", b"two"])

        loop.remove_reader(a.fileno())
        other: list[bytes] = []
        loop.add_reader(a.fileno(), lambda: other.append(a.recv(100)))  # another reader: its own notifier
        assert loop._readers[a.fileno()][0] is not notifier
        b.send(b"three")
        await until(lambda: other == [b"three"])

        def broken() -> None:
            a.recv(100)
            raise ValueError("a reader failed")
        loop.add_reader(a.fileno(), broken)
        b.send(b"four")
        await until(lambda: errors)
        assert isinstance(errors[0]["exception"], ValueError)
        loop.remove_reader(a.fileno())
        assert not loop.remove_reader(a.fileno())  # removing twice says it was not there

    try:
        loop.run_until_complete(scenario())
    finally:
        loop.set_exception_handler(None)
        a.close()
        b.close()


def test_callbacks_run_in_order_and_can_be_cancelled(loop):
    order: list[str] = []

    async def scenario() -> None:
        done = loop.create_future()
        loop.call_soon(order.append, "first")
        cancelled = loop.call_soon(order.append, "never")
        loop.call_later(0.01, lambda: (order.append("third"), done.set_result(None)))
        loop.call_soon(order.append, "second")
        cancelled.cancel()
        await asyncio.wait_for(done, 10)

    loop.run_until_complete(scenario())
    assert order == ["first", "second", "third"]
