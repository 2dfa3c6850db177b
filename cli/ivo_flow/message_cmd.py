"""``ivo-flow message``: deliver a message to a case (``Workflows.message``)."""

from __future__ import annotations

import click

from .context import (
    at_option,
    data_option,
    json_option,
    open_case_at,
    parse_data,
    parse_day,
)
from .output import emit_json, print_case_brief


@click.command("message")
@click.argument("case_id", metavar="CASE")
@click.argument("name", metavar="NAME")
@data_option
@at_option
@click.option("--actor", default="extern", show_default=True, help="Who sent it.")
@json_option
@click.pass_context
def message(
    ctx: click.Context,
    case_id: str,
    name: str,
    data_pairs: tuple[str, ...],
    at_text: str | None,
    actor: str,
    as_json: bool,
) -> None:
    """Deliver the message NAME (with --data as its payload) to CASE.

    With --at (simulated time), timers due before that day fire first, as ``tick`` would.

    \b
    ivo-flow message osk overklagande_inkommer --data inkom=2014-10-20 --at 2014-10-20
    """
    data = parse_data(data_pairs)
    at = parse_day(at_text)
    workflows = open_case_at(ctx, case_id, at)
    case = workflows.message(case_id, name, data, actor=actor)
    if as_json:
        emit_json([case])
    else:
        print_case_brief(case)
