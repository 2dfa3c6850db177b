"""Deadlines as an iCalendar file: one all-day event per armed deadline, with a reminder.

* ``DTSTART;VALUE=DATE`` is the deadline's last day (a timer without a legal deadline: the
  Stockholm date of its ``due_at``); ``DTEND`` the day after, as all-day events require.
* The summary is Swedish (``Sista dag: Överklagandetiden löper ut – oskarshamn-2014``); the
  description carries the explanation, the rules, the statute and any warning for a lawyer.
* A ``VALARM`` fires at 09:00 Stockholm three *working* days before the last day (counted
  back over Saturdays, Sundays and the other non-working days of lag (1930:173)), as an
  absolute UTC trigger.
* The UID is derived from the case id and the element id, so importing the file again updates
  the events instead of duplicating them. ``DTSTAMP`` and ``SEQUENCE`` come from the data (the
  case's last update and version when the cases are given, else the deadline's start day) —
  the same data gives the same bytes; the wall clock is never read.

>>> deadlines_ics(workflows.deadlines(), case_titles={"osk": "Oskarshamn 2014"})
...                                                                 # doctest: +SKIP
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Alarm, Calendar, Event

from ..legal_time import STOCKHOLM, format_date_sv, is_non_working_day
from ..model import CaseView, TimerView

__all__ = ["REMINDER_TIME", "REMINDER_WORKING_DAYS", "deadlines_ics", "reminder_day", "uid_for"]

REMINDER_WORKING_DAYS = 3
REMINDER_TIME = time(9, 0)
PRODID = "-//ivo-flow//Frister//SV"
_UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://ivo-flow.example/deadline")


def uid_for(case_id: str, element_id: str) -> str:
    """The stable UID of a case's deadline at an element."""
    name = case_id + "\0" + element_id
    return f"{uuid.uuid5(_UID_NAMESPACE, name)}@ivo-flow"


def reminder_day(last_day: date, working_days: int = REMINDER_WORKING_DAYS) -> date:
    """The day ``working_days`` working days before ``last_day`` (lag (1930:173) calendar)."""
    day = last_day
    counted = 0
    while counted < working_days:
        day -= timedelta(days=1)
        if not is_non_working_day(day):
            counted += 1
    return day


def _last_day(timer: TimerView) -> date:
    if timer.deadline is not None:
        return timer.deadline.last_day
    return timer.due_at.astimezone(STOCKHOLM).date()


def _stamp(timer: TimerView, case: CaseView | None) -> datetime:
    if case is not None:
        return case.updated_at.astimezone(UTC)
    if timer.deadline is not None:
        return datetime.combine(timer.deadline.start, time(0), tzinfo=STOCKHOLM).astimezone(UTC)
    return timer.due_at.astimezone(UTC)


def _description(timer: TimerView, last_day: date) -> str:
    parts = [f"Sista dag: {format_date_sv(last_day)}."]
    deadline = timer.deadline
    if deadline is not None:
        parts.append(deadline.explanation)
        if deadline.rule:
            parts.append(f"Regel: {'; '.join(deadline.rule)}")
        parts += [f"Varning: {warning}" for warning in deadline.warnings]
    if timer.legal_basis:
        parts.append(f"Lagrum: {timer.legal_basis}")
    parts.append(f"Ärende: {timer.case_id}; element: {timer.element_id} ({timer.process_id})")
    return "\n\n".join(parts)


def deadlines_ics(
    timers: Sequence[TimerView],
    *,
    case_titles: Mapping[str, str] | None = None,
    cases: Mapping[str, CaseView] | None = None,
) -> bytes:
    """An iCalendar (RFC 5545) file of ``timers``: all-day events with a working-day reminder.

    ``case_titles`` names the cases in the summaries (default: the case id); ``cases`` gives
    each event the case's last update as ``DTSTAMP`` and its version as ``SEQUENCE``.
    """
    titles = case_titles or {}
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "ivo-flow: frister")
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    ordered = sorted(timers, key=lambda t: (_last_day(t), t.case_id, t.element_id))
    for timer in ordered:
        case = (cases or {}).get(timer.case_id)
        last_day = _last_day(timer)
        title = titles.get(timer.case_id) or timer.case_id
        event = Event()
        event.add("uid", uid_for(timer.case_id, timer.element_id))
        event.add("dtstamp", _stamp(timer, case))
        event.add("sequence", case.version if case is not None else 0)
        event.add("dtstart", last_day)
        event.add("dtend", last_day + timedelta(days=1))
        event.add("summary", f"Sista dag: {timer.name} – {title}")
        event.add("description", _description(timer, last_day))
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["Frist"])
        if timer.lane:
            event.add("x-ivo-flow-lane", timer.lane)
        event.add("x-ivo-flow-due-at", timer.due_at.astimezone(UTC).isoformat())
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        remind = reminder_day(last_day)
        alarm.add(
            "description",
            f"Om {REMINDER_WORKING_DAYS} arbetsdagar, {format_date_sv(last_day)}: "
            f"sista dag för {timer.name} – {title}",
        )
        trigger = datetime.combine(remind, REMINDER_TIME, tzinfo=STOCKHOLM).astimezone(UTC)
        alarm.add("trigger", trigger, parameters={"VALUE": "DATE-TIME"})
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
