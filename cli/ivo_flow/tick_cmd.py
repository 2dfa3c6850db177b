"""``ivo-flow tick``: fire every timer that is due (``Workflows.tick``)."""

from __future__ import annotations

import click

from ivo_workflow import SimulatedClock

from .context import json_option, open_workflows, parse_instant
from .output import emit, emit_json


@click.command("tick")
@click.option(
    "--now",
    "now_text",
    metavar="DATETIME",
    help="Fire what is due at this time (ISO, or a day = 12:00 Stockholm); default: now.",
)
@json_option
@click.pass_context
def tick(ctx: click.Context, now_text: str | None, as_json: bool) -> None:
    """Fire the timers due now (or at --now) and run each case to its next wait state.

    \b
    ivo-flow tick                        # from cron, on the system clock
    ivo-flow tick --now 2015-01-20       # simulated time
    """
    now = parse_instant(now_text) if now_text is not None else None
    workflows = open_workflows(ctx, SimulatedClock(now) if now is not None else None)
    result = workflows.tick(now)
    if as_json:
        emit_json(
            [{"id": case_id, "fired": True} for case_id in result.fired]
            + [{"id": case_id, "fired": False, "error": why} for case_id, why in result.failed]
        )
        return
    lines = [
        f"Ärende {case_id}: en frist löpte ut, ärendet gick vidare." for case_id in result.fired
    ]
    emit(*(lines or ["Inga frister löpte ut."]))
    for case_id, why in result.failed:
        click.echo(f"ivo-flow: case {case_id}: {why}", err=True)
