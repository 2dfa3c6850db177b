"""``ivo-flow deadline``: a statutory last day or an appeal period, with its explanation."""

from __future__ import annotations

import json

import click

from ivo_workflow.errors import InputError
from ivo_workflow.legal_time import (
    appeal_deadline,
    format_date_sv,
    parse_date,
    statutory_deadline,
)
from ivo_workflow.model import Deadline


def _print(deadline: Deadline, as_json: bool) -> None:
    for warning in deadline.warnings:
        click.echo(f"varning: {warning}", err=True)
    if as_json:
        click.echo(json.dumps(deadline.as_json(), ensure_ascii=False, indent=2))
        return
    click.echo(f"Sista dag: {format_date_sv(deadline.last_day)} ({deadline.last_day.isoformat()})")
    if deadline.shifted:
        click.echo(
            f"Flyttad från {format_date_sv(deadline.nominal_last_day)} "
            f"({', '.join(deadline.reasons)})"
        )
    click.echo(f"Regel: {'; '.join(deadline.rule)}")
    click.echo(deadline.explanation)


@click.command("deadline")
@click.argument("start", metavar="FROM", required=False)
@click.option("--weeks", type=int, default=0, help="Period in weeks (1 § lag (1930:173)).")
@click.option("--months", type=int, default=0, help="Period in months.")
@click.option("--years", type=int, default=0, help="Period in years.")
@click.option("--appeal", is_flag=True, help="Three-week appeal period instead of FROM + period.")
@click.option("--received", help="Appeal: the day the party received the decision.")
@click.option("--issued", help="Appeal: the day the decision was issued (meddelades).")
@click.option(
    "--public-party/--no-public-party",
    "public_party",
    default=None,
    help="Appeal: the appellant is a part som företräder det allmänna (default: unknown).",
)
@click.option("--court", is_flag=True, help="Appeal of a court judgment (6 a § FPL).")
@click.option("--json", "as_json", is_flag=True, help="Print the deadline as JSON.")
def deadline(
    start: str | None,
    weeks: int,
    months: int,
    years: int,
    appeal: bool,
    received: str | None,
    issued: str | None,
    public_party: bool | None,
    court: bool,
    as_json: bool,
) -> None:
    """The last day of a statutory period from FROM, or of an appeal (--appeal).

    \b
    ivo-flow deadline 2014-10-01 --weeks 3
    ivo-flow deadline --appeal --received 2025-12-05 --issued 2025-12-01 --json
    """
    if appeal:
        if start is not None or weeks or months or years:
            raise InputError(
                "--appeal takes --received (and --issued), not FROM or a period",
                hint="an appeal period is always three weeks",
            )
        if received is None:
            raise InputError("--appeal needs --received DATE")
        result = appeal_deadline(
            parse_date(received),
            issued=parse_date(issued) if issued is not None else None,
            public_party=public_party,
            court=court,
        )
    else:
        if received is not None or issued is not None or public_party is not None or court:
            raise InputError("--received, --issued, --public-party and --court need --appeal")
        if start is None:
            raise InputError("give FROM and a period", hint="e.g. 2014-10-01 --weeks 3")
        if sum(1 for value in (weeks, months, years) if value) != 1:
            raise InputError("give exactly one of --weeks, --months or --years")
        result = statutory_deadline(parse_date(start), weeks=weeks, months=months, years=years)
    _print(result, as_json)
