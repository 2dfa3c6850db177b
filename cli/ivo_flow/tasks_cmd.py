"""``ivo-flow tasks``: tasks waiting for a person (``Workflows.tasks``)."""

from __future__ import annotations

import click

from .context import json_option, open_workflows
from .output import emit_json, print_table, table


@click.command("tasks")
@click.argument("case_id", metavar="[CASE]", required=False)
@click.option("--lane", metavar="NAME", help="Only tasks in this lane (e.g. IVO).")
@json_option
@click.pass_context
def tasks(ctx: click.Context, case_id: str | None, lane: str | None, as_json: bool) -> None:
    """List the waiting tasks, of one CASE or of all cases."""
    found = open_workflows(ctx).tasks(case_id, lane=lane)
    if as_json:
        emit_json(found)
        return
    result = table(
        "Ärende", "Uppgift (id)", "Namn", "Lane", "Lagrum", keep=("Ärende", "Uppgift (id)")
    )
    for task in found:
        result.add_row(task.case_id, task.element_id, task.name, task.lane or "-", task.legal_basis)
    print_table(result, "Inga väntande uppgifter.")
