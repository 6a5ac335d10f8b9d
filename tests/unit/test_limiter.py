import asyncio

import pytest

from deck.net.limiter import Limits, WindowLimiter


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_sliding_window_never_exceeds_the_limit():
    clock = Clock()
    limiter = WindowLimiter(3, 60, clock)
    assert [limiter.try_acquire() for _ in range(3)] == [0, 0, 0]
    assert limiter.try_acquire() == pytest.approx(60)
    clock.now += 30
    assert limiter.try_acquire() == pytest.approx(30)  # a token bucket would already allow one here
    clock.now += 30
    assert limiter.try_acquire() == 0
    # any 60 s window holds at most 3 grants
    stamps = list(limiter._stamps)
    assert all(b - a >= 0 for a, b in zip(stamps, stamps[1:]))


def test_block_holds_every_call_until_retry_after():
    clock = Clock()
    limiter = WindowLimiter(100, 60, clock)
    limiter.block(5)
    assert limiter.try_acquire() == pytest.approx(5)
    clock.now += 5
    assert limiter.try_acquire() == 0


def test_rejects_nonsense():
    with pytest.raises(ValueError):
        WindowLimiter(0)


async def test_queued_calls_run_in_order_and_at_the_rate():
    limiter = WindowLimiter(2, 0.2)
    order: list[int] = []
    loop = asyncio.get_running_loop()
    start = loop.time()

    async def call(i):
        await limiter.acquire()
        order.append(i)

    await asyncio.gather(*(call(i) for i in range(5)))
    assert order == [0, 1, 2, 3, 4]
    assert loop.time() - start >= 0.4  # 5 calls at 2 per 0.2 s need two more windows
    assert limiter.waiting == 0


async def test_waiting_call_can_be_cancelled():
    limiter = WindowLimiter(1, 30)
    await limiter.acquire()
    task = asyncio.ensure_future(limiter.acquire())
    await asyncio.sleep(0)
    assert limiter.waiting == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert limiter.waiting == 0


def test_limits_share_one_limiter_per_scope():
    limits = Limits()
    assert limits.get("missxss:timeout", 200) is limits.get("missxss:timeout", 200)
    assert limits.get("missxss:ban", 200) is not limits.get("missxss:timeout", 200)
    assert limits.get("missxss:ban", 200).period > 60  # a margin for network jitter
