"""``ivo-flow start``: start a case of a process (``Workflows.start``)."""

from __future__ import annotations

import click

from .context import (
    at_option,
    data_option,
    json_option,
    open_workflows,
    parse_data,
    parse_day,
    simulated_clock,
)
from .output import emit_json, print_case_brief


@click.command("start")
@click.argument("process_id", metavar="PROCESS")
@click.option("--case", "case_id", required=True, help="The new case's id.")
@data_option
@at_option
@click.option("--actor", default="IVO", show_default=True, help="Who starts the case.")
@json_option
@click.pass_context
def start(
    ctx: click.Context,
    process_id: str,
    case_id: str,
    data_pairs: tuple[str, ...],
    at_text: str | None,
    actor: str,
    as_json: bool,
) -> None:
    """Start a case of PROCESS and run it to its first wait state.

    \b
    ivo-flow start forelaggande --case osk --data beslutsdatum=2014-10-01 --at 2014-10-01
    """
    data = parse_data(data_pairs)
    workflows = open_workflows(ctx, simulated_clock(parse_day(at_text)))
    case = workflows.start(process_id, case_id=case_id, data=data, actor=actor)
    if as_json:
        emit_json([case])
    else:
        print_case_brief(case)
