"""Time is injected. Nothing but :class:`SystemClock` reads the wall clock.

>>> clock = SimulatedClock(datetime(2014, 10, 1, 10, tzinfo=UTC))
>>> clock.advance(weeks=3).isoformat()
'2014-10-22T10:00:00+00:00'
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

from .errors import ClockError


@runtime_checkable
class Clock(Protocol):
    """Anything that can say what time it is, as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The wall clock. The only place in ivo-flow that reads it."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def _aware_utc(when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ClockError(
            f"naive datetime {when.isoformat()} given to a clock", hint="add a UTC offset"
        )
    return when.astimezone(UTC)


class SimulatedClock:
    """A clock that stands still until it is set or advanced; it never moves backwards."""

    def __init__(self, start: datetime) -> None:
        self._now = _aware_utc(start)

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> datetime:
        when = _aware_utc(when)
        if when < self._now:
            raise ClockError(
                f"cannot move the simulated clock back from {self._now.isoformat()} "
                f"to {when.isoformat()}"
            )
        self._now = when
        return self._now

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Move forward by ``delta`` or by ``timedelta(**kwargs)`` (weeks=, days=, seconds=…)."""
        step = (delta or timedelta()) + timedelta(**kwargs)
        return self.set(self._now + step)
