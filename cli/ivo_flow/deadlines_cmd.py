"""``ivo-flow deadlines``: armed timers and legal deadlines (``Workflows.deadlines``)."""

from __future__ import annotations

import re
from datetime import timedelta

import click

from ivo_workflow import InputError

from .context import at_option, json_option, open_workflows, parse_day, simulated_clock, today
from .diagram_cmd import write_output
from .output import days_left, deadline_label, emit_json, last_day, print_table, table

_WITHIN_RE = re.compile(r"(\d+)\s*([dw])")


def parse_within(text: str) -> timedelta:
    """``14d`` (days) or ``3w`` (weeks) as a timedelta."""
    match = _WITHIN_RE.fullmatch(text.strip().lower())
    if match is None:
        raise InputError(f"cannot read --within {text!r}", hint="use days or weeks, e.g. 14d or 3w")
    count, unit = int(match[1]), match[2]
    return timedelta(days=count) if unit == "d" else timedelta(weeks=count)


@click.command("deadlines")
@click.option("--within", "within_text", metavar="14d|3w", help="Only deadlines due this soon.")
@click.option("--case", "case_id", metavar="ID", help="Only this case's deadlines.")
@at_option
@json_option
@click.option("--ics", "ics_file", metavar="FILE", help="Write the deadlines as iCalendar.")
@click.pass_context
def deadlines(
    ctx: click.Context,
    within_text: str | None,
    case_id: str | None,
    at_text: str | None,
    as_json: bool,
    ics_file: str | None,
) -> None:
    """Armed deadlines, earliest first, with days left (calendar and working days).

    --at counts from that day (12:00 Stockholm) instead of now, for simulated cases.

    \b
    ivo-flow deadlines --within 14d
    ivo-flow deadlines --case osk --at 2014-10-10 --json
    """
    within = parse_within(within_text) if within_text is not None else None
    workflows = open_workflows(ctx, simulated_clock(parse_day(at_text)))
    if case_id:
        workflows.case(case_id)  # an unknown case is an error, not an empty list
    if ics_file is not None:  # the calendar: Workflows.deadlines_ics (issue 6)
        write_output(ics_file, workflows.deadlines_ics(within, case_id=case_id))
        return
    found = workflows.deadlines(within=within, case_id=case_id)
    if as_json:
        emit_json(found)
        return
    day = today(workflows)
    result = table(
        "Ärende",
        "Frist",
        "Lane",
        "Sista dag",
        "Kvar",
        "Lagrum",
        keep=("Ärende", "Sista dag", "Kvar"),
    )
    for timer in found:
        result.add_row(
            timer.case_id,
            timer.name,
            timer.lane or "-",
            deadline_label(timer),
            days_left(last_day(timer), day),
            timer.legal_basis,
        )
    print_table(result, "Inga frister.")
