"""What every command needs: the open ``Workflows`` of the click context, clocks, and input parsing.

>>> parse_value("1000000"), parse_value("true"), parse_value("null"), parse_value("2014-10-01")
(1000000, True, None, '2014-10-01')
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import click

from ivo_workflow import Clock, ClockError, InputError, SimulatedClock, Workflows
from ivo_workflow.legal_time import parse_date

STOCKHOLM = ZoneInfo("Europe/Stockholm")

_INT_RE = re.compile(r"[+-]?\d+")
_KEY_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_LITERALS: dict[str, Any] = {"true": True, "false": False, "null": None}
EPOCH = datetime(1990, 1, 1, tzinfo=STOCKHOLM)
"""Where a simulated clock starts before it is set to a case's last update."""


def noon(day: date) -> datetime:
    """12:00 Europe/Stockholm on ``day``: the moment a dated event of a script or --at happens."""
    return datetime.combine(day, time(12), tzinfo=STOCKHOLM)


def simulated_clock(day: date | None) -> Clock | None:
    """A SimulatedClock at noon (Stockholm) on ``day``; without a day, none: the database's own
    clock is used (its simulated time if it ran on one, else the system clock)."""
    return SimulatedClock(noon(day)) if day is not None else None


def open_workflows(ctx: click.Context, clock: Clock | None = None) -> Workflows:
    """Open the database and processes named by the global options; closed with the context.

    Without a clock, a database that ran on simulated time (``ivo-flow run``) stays on it;
    any other is on the system clock.
    """
    obj = ctx.find_root().obj or {}
    workflows = Workflows.open(
        obj.get("db_path", "ivo-flow.db"),
        clock=clock,
        processes=obj.get("processes_dir"),
    )
    ctx.call_on_close(workflows.close)
    return workflows


def today(workflows: Workflows) -> date:
    """The clock's day in Stockholm (what "days left" count from)."""
    return workflows.clock.now().astimezone(STOCKHOLM).date()


def parse_day(text: str | None) -> date | None:
    """An --at DATE (ISO or Swedish), or None."""
    return parse_date(text) if text is not None else None


def parse_instant(text: str) -> datetime:
    """A --now DATETIME: ISO with offset, a naive ISO time (read in Stockholm), or a day (noon)."""
    cleaned = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cleaned) or not re.match(r"\d{4}-\d{2}-\d{2}", cleaned):
        return noon(parse_date(cleaned))
    try:
        when = datetime.fromisoformat(cleaned)
    except ValueError:
        raise InputError(
            f"cannot read the time {text!r}", hint="use e.g. 2015-01-20T09:00+01:00 or 2015-01-20"
        ) from None
    return when if when.tzinfo is not None else when.replace(tzinfo=STOCKHOLM)


def parse_value(text: str) -> Any:
    """A --data value: whole numbers, true/false/null; everything else (ISO dates too) is text."""
    if _INT_RE.fullmatch(text):
        return int(text)
    return _LITERALS.get(text, text)


def parse_data(pairs: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """``KEY=VALUE`` pairs (from repeated --data options) as a dict; a key may appear once."""
    data: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not _KEY_RE.fullmatch(key):
            raise InputError(
                f"cannot read --data {pair!r}", hint="use KEY=VALUE, e.g. --data foljt=false"
            )
        if key in data:
            raise InputError(f"--data {key} is given twice")
        data[key] = parse_value(value)
    return data


def check_not_backwards(workflows: Workflows, case_id: str, at: date | None) -> None:
    """Refuse an --at day before the case's last update: simulated time never runs backwards."""
    if at is None:
        return
    updated = workflows.case(case_id).updated_at
    if noon(at) < updated:
        last = updated.astimezone(STOCKHOLM)
        raise ClockError(
            f"--at {at.isoformat()} is before the last update of case '{case_id}' "
            f"({last.isoformat(timespec='minutes')})",
            hint=f"give --at {last.date().isoformat()} or later; time cannot run backwards",
        )


def open_case_at(ctx: click.Context, case_id: str, at: date | None) -> Workflows:
    """Workflows for a command on one case: on the system clock, or with --at on simulated time.

    Simulated time starts at the case's last update (never earlier: :func:`check_not_backwards`)
    and runs to noon on ``at``, firing the timers due on the way at their own time, as ``tick``
    would have; the command then acts at noon on ``at``.
    """
    if at is None:
        return open_workflows(ctx)
    clock = SimulatedClock(EPOCH)
    workflows = open_workflows(ctx, clock)
    check_not_backwards(workflows, case_id, at)
    clock.set(workflows.case(case_id).updated_at)
    workflows.advance_to(noon(at), case_id=case_id)
    return workflows


# -- options shared by several commands -------------------------------------------------------

json_option = click.option("--json", "as_json", is_flag=True, help="Print a JSON list of objects.")
data_option = click.option(
    "--data",
    "data_pairs",
    multiple=True,
    metavar="KEY=VALUE",
    help="Data for the process (repeatable); numbers, true/false/null are typed, the rest is text.",
)
at_option = click.option(
    "--at",
    "at_text",
    metavar="DATE",
    help="Simulated time: act at 12:00 Stockholm on this day (default: now).",
)
