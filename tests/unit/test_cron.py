"""Cron read, said in words, and its next runs."""
from __future__ import annotations

from datetime import datetime

import pytest

from deck.core.cron import Cron, CronError, when_words

NOW = datetime(2026, 11, 30, 20, 33)  # a Monday


@pytest.mark.parametrize("expr, words", [
    ("*/15 * * * *", "Every 15 minutes"),
    ("5,35 * * * *", "Every 30 minutes, from :05"),
    ("0 * * * *", "Every hour, on the hour"),
    ("30 9-17 * * 1-5", "Every hour, at :30, from 09:00 to 17:59, Mon–Fri"),
    ("0 9,21 * * *", "At 09:00, 21:00"),
    ("0 12 1,15 * *", "At 12:00, on day 1, 15 of the month"),
    ("*/10 18-23 * * sat,sun", "Every 10 minutes, from 18:00 to 23:59, Sat, Sun"),
    ("0 0 1 jan-mar,dec *", "At 00:00, on day 1 of the month, in Jan–Mar, Dec"),
    ("* * * * *", "Every minute"),
])
def test_words(expr, words):
    assert Cron.parse(expr).words() == words


def test_next_runs():
    assert when_words(Cron.parse("*/15 * * * *").next_runs(NOW), NOW) == "today 20:45, 21:00, 21:15"
    assert when_words(Cron.parse("30 9 * * *").next_runs(NOW, 2), NOW) == "tomorrow 09:30, Wed 02 Dec 09:30"
    # day of month and weekday both limited: either one fires (cron's rule)
    assert Cron.parse("0 0 13 * fri").next_runs(NOW, 2) == [datetime(2026, 12, 4), datetime(2026, 12, 11)]
    assert Cron.parse("0 0 29 2 *").next_runs(NOW, 1) == [datetime(2028, 2, 29)]
    assert Cron.parse("0 0 * * 7").next_runs(NOW, 1) == [datetime(2026, 12, 6)]  # 7 is Sunday too


@pytest.mark.parametrize("expr, problem", [
    ("* * *", "five fields"), ("61 * * * *", "minute must be from 0 to 59"), ("a * * * *", "is not a number"),
    ("*/x * * * *", "step after / must be a number"), ("*/0 * * * *", "at least 1"), ("0 * * * $", "characters"),
    ("5-1 * * * *", "from 0 to 59"),
])
def test_refused(expr, problem):
    with pytest.raises(CronError, match=problem):
        Cron.parse(expr)


@pytest.mark.parametrize("expr, gap", [("*/5 * * * *", 5), ("0,3 * * * *", 3), ("58 * * * *", 60),
                                       ("0,58 9 * * *", 58), ("0,58 * * * *", 2)])
def test_shortest_gap(expr, gap):
    assert Cron.parse(expr).shortest_gap() == gap
