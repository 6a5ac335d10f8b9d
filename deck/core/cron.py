"""Five-field cron (minute hour day month weekday): read it, say it in words, and find the
next times it fires. Fields take ``*``, numbers, ranges ``a-b``, steps ``*/n`` ``a-b/n``
``a/n``, lists ``a,b`` and English month and weekday names (``jan``, ``mon``). As in cron,
when both day of month and weekday are limited a day matching either fires."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from deck.core.words import QT_TRANSLATE_NOOP, translate

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
# the names as read (translated where shown: context "Cron")
MONTH_NAMES = (QT_TRANSLATE_NOOP("Cron", "Jan"), QT_TRANSLATE_NOOP("Cron", "Feb"), QT_TRANSLATE_NOOP("Cron", "Mar"),
               QT_TRANSLATE_NOOP("Cron", "Apr"), QT_TRANSLATE_NOOP("Cron", "May"), QT_TRANSLATE_NOOP("Cron", "Jun"),
               QT_TRANSLATE_NOOP("Cron", "Jul"), QT_TRANSLATE_NOOP("Cron", "Aug"), QT_TRANSLATE_NOOP("Cron", "Sep"),
               QT_TRANSLATE_NOOP("Cron", "Oct"), QT_TRANSLATE_NOOP("Cron", "Nov"), QT_TRANSLATE_NOOP("Cron", "Dec"))
DAY_NAMES = (QT_TRANSLATE_NOOP("Cron", "Sun"), QT_TRANSLATE_NOOP("Cron", "Mon"), QT_TRANSLATE_NOOP("Cron", "Tue"),
             QT_TRANSLATE_NOOP("Cron", "Wed"), QT_TRANSLATE_NOOP("Cron", "Thu"), QT_TRANSLATE_NOOP("Cron", "Fri"),
             QT_TRANSLATE_NOOP("Cron", "Sat"))
FIELDS = ((QT_TRANSLATE_NOOP("Cron", "minute"), 0, 59, ()), (QT_TRANSLATE_NOOP("Cron", "hour"), 0, 23, ()),
          (QT_TRANSLATE_NOOP("Cron", "day"), 1, 31, ()), (QT_TRANSLATE_NOOP("Cron", "month"), 1, 12, MONTHS),
          (QT_TRANSLATE_NOOP("Cron", "weekday"), 0, 7, DAYS))


class CronError(ValueError):
    pass


def _number(text: str, low: int, names: tuple[str, ...], what: str) -> int:
    if text.isdigit():
        return int(text)
    if text.lower() in names:
        return names.index(text.lower()) + (low if names is MONTHS else 0)
    raise CronError(translate("Cron", "{field}: “{text}” is not a number").format(field=translate("Cron", what), text=text))


def _field(text: str, what: str, low: int, high: int, names: tuple[str, ...]) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        base, slash, step_text = part.partition("/")
        if slash and not step_text.isdigit():
            raise CronError(translate("Cron", "{field}: the step after / must be a number").format(
                field=translate("Cron", what)))
        step = int(step_text) if slash else 1
        if base == "*":
            first, last = low, high
        elif "-" in base:
            a, _, b = base.partition("-")
            first, last = _number(a, low, names, what), _number(b, low, names, what)
        else:
            first = _number(base, low, names, what)
            last = high if slash else first
        if not low <= first <= last <= high:
            raise CronError(translate("Cron", "{field} must be from {low} to {high}").format(
                field=translate("Cron", what), low=low, high=high))
        if step < 1:
            raise CronError(translate("Cron", "{field}: the step must be at least 1").format(field=translate("Cron", what)))
        values.update(range(first, last + 1, step))
    return frozenset(values)


@dataclass(frozen=True)
class Cron:
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 is Sunday
    any_day: bool
    any_weekday: bool

    @classmethod
    def parse(cls, expr: str) -> "Cron":
        parts = expr.split()
        if len(parts) != 5:
            raise CronError(translate("Cron", "write it as cron, five fields: minute hour day month weekday "
                                              "(e.g. */15 * * * *)"))
        for text in parts:
            if not re.fullmatch(r"[0-9*,/\-A-Za-z]+", text):
                raise CronError(translate("Cron", "a field has characters cron does not use"))
        sets = [_field(text, what, low, high, names) for text, (what, low, high, names) in zip(parts, FIELDS)]
        weekdays = frozenset(d % 7 for d in sets[4])
        return cls(sets[0], sets[1], sets[2], sets[3], weekdays, parts[2] == "*", parts[4] == "*")

    def fires_on(self, day: datetime) -> bool:
        if day.month not in self.months:
            return False
        by_date, by_weekday = day.day in self.days, (day.isoweekday() % 7) in self.weekdays
        if self.any_day or self.any_weekday:
            return by_date and by_weekday
        return by_date or by_weekday

    def next_runs(self, after: datetime, count: int = 3) -> list[datetime]:
        """The next ``count`` times it fires after ``after`` (within about eight years)."""
        runs: list[datetime] = []
        start = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
        day = start.replace(hour=0, minute=0)
        for _ in range(366 * 8):
            if self.fires_on(day):
                for hour in sorted(self.hours):
                    for minute in sorted(self.minutes):
                        when = day.replace(hour=hour, minute=minute)
                        if when >= start:
                            runs.append(when)
                            if len(runs) == count:
                                return runs
            day += timedelta(days=1)
        return runs

    def shortest_gap(self) -> int:
        """The fewest minutes between two runs within the hours it fires."""
        minutes = sorted(self.minutes)
        gaps = [b - a for a, b in zip(minutes, minutes[1:])]
        if len(self.hours) > 1 or len(minutes) == 1:
            gaps.append(minutes[0] + 60 - minutes[-1])
        return min(gaps)

    def words(self) -> str:
        """What it means, in the user's language, e.g. "Every 15 minutes" or "At :30 past each
        hour, from 09:00 to 17:59, Mon–Fri"."""
        minutes, hours = sorted(self.minutes), sorted(self.hours)
        if len(minutes) == 1 and len(hours) <= 4 and not (len(hours) > 2 and _step(hours) == 1):
            text = translate("Cron", "At {times}").format(times=", ".join(f"{h:02d}:{minutes[0]:02d}" for h in hours))
        else:
            text = _minute_words(minutes, len(hours) > 1)
            if len(hours) < 24:
                text += ", " + _hour_words(hours)
        if not self.any_weekday:
            text += ", " + _span([d for d in (1, 2, 3, 4, 5, 6, 0) if d in self.weekdays],
                                 lambda d: translate("Cron", DAY_NAMES[d]), order=(1, 2, 3, 4, 5, 6, 0))
        if not self.any_day:
            days = _span(sorted(self.days), str)
            text += (translate("Cron", " or on day {days} of the month") if not self.any_weekday else
                     translate("Cron", ", on day {days} of the month")).format(days=days)
        if len(self.months) < 12:
            text += translate("Cron", ", in {months}").format(
                months=_span(sorted(self.months), lambda m: translate("Cron", MONTH_NAMES[m - 1])))
        return text[0].upper() + text[1:]


def _step(values: list[int]) -> int:
    """The even step between the values, or 0."""
    steps = {b - a for a, b in zip(values, values[1:])}
    return steps.pop() if len(steps) == 1 else 0


def _minute_words(minutes: list[int], every_hour: bool) -> str:
    if len(minutes) == 60:
        return translate("Cron", "Every minute")
    step = _step(minutes)
    if step and 60 % step == 0 and len(minutes) == 60 // step:
        return translate("Cron", "Every {step} minutes").format(step=step) + (
            translate("Cron", ", from :{minute}").format(minute=f"{minutes[0]:02d}") if minutes[0] else "")
    if len(minutes) == 1:
        at = translate("Cron", "on the hour") if minutes[0] == 0 else \
            translate("Cron", "at :{minute}").format(minute=f"{minutes[0]:02d}")
        return (translate("Cron", "Every hour, {when}") if every_hour else "{when}").format(when=at)
    return translate("Cron", "At {minutes} past each hour").format(minutes=", ".join(f":{m:02d}" for m in minutes))


def _hour_words(hours: list[int]) -> str:
    if len(hours) > 1 and _step(hours) == 1:
        return translate("Cron", "from {start}:00 to {end}:59").format(start=f"{hours[0]:02d}", end=f"{hours[-1]:02d}")
    listed = ", ".join(f"{h:02d}:00" for h in hours)
    return (translate("Cron", "in the hours of {hours}") if len(hours) > 1 else
            translate("Cron", "in the hour of {hours}")).format(hours=listed)


def _span(values: list[int], name: Callable[[int], str], order: tuple[int, ...] = ()) -> str:
    """"Mon–Fri", "1, 15", "Jan–Mar, Dec": runs of three or more as ranges."""
    position = {v: i for i, v in enumerate(order)} if order else {v: v for v in values}
    groups: list[list[int]] = []
    for v in values:
        if groups and position[v] == position[groups[-1][-1]] + 1:
            groups[-1].append(v)
        else:
            groups.append([v])
    return ", ".join(f"{name(g[0])}–{name(g[-1])}" if len(g) > 2 else ", ".join(name(v) for v in g) for g in groups)


def when_words(runs: list[datetime], now: datetime) -> str:
    """"today 20:45, 21:00, tomorrow 09:00": the day said when it changes."""
    out, last = [], None
    for run in runs:
        days = (run.date() - now.date()).days
        day = translate("Cron", "today") if days == 0 else translate("Cron", "tomorrow") if days == 1 else \
            f"{translate('Cron', DAY_NAMES[(run.weekday() + 1) % 7])} {run:%d} {translate('Cron', MONTH_NAMES[run.month - 1])}"
        out.append(f"{day} {run:%H:%M}" if day != last else f"{run:%H:%M}")
        last = day
    return ", ".join(out)
