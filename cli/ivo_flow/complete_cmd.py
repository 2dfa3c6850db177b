"""``ivo-flow complete``: complete a waiting task of a case (``Workflows.complete``)."""

from __future__ import annotations

import click

from ivo_workflow.errors import NotFoundError

from .context import (
    at_option,
    data_option,
    json_option,
    open_case_at,
    parse_data,
    parse_day,
)
from .output import emit_json, print_case_brief


@click.command("complete")
@click.argument("case_id", metavar="CASE")
@click.argument("element_id", metavar="TASK")
@data_option
@at_option
@click.option("--actor", default=None, help="Who did it (default: the task's lane).")
@json_option
@click.pass_context
def complete(
    ctx: click.Context,
    case_id: str,
    element_id: str,
    data_pairs: tuple[str, ...],
    at_text: str | None,
    actor: str | None,
    as_json: bool,
) -> None:
    """Complete the waiting task TASK (its element id) of CASE.

    With --at (simulated time), timers due before that day fire first, as ``tick`` would.

    \b
    ivo-flow complete osk delge_forelaggandet --data delgivningsdatum=2014-10-03 --at 2014-10-03
    """
    data = parse_data(data_pairs)
    at = parse_day(at_text)
    workflows = open_case_at(ctx, case_id, at)
    try:
        case = workflows.complete(case_id, element_id, data, actor=actor)
    except NotFoundError as error:  # an unknown task: say which case it was asked of
        if error.where is not None or f"'{case_id}'" in error.message:
            raise
        raise NotFoundError(error.message, where=f"case '{case_id}'", hint=error.hint) from None
    if as_json:
        emit_json([case])
    else:
        print_case_brief(case)
