"""``ivo-flow cases``: the cases in the database (``Workflows.cases``)."""

from __future__ import annotations

import click

from .context import json_option, open_workflows
from .output import deadline_label, emit_json, print_table, show_time, table


@click.command("cases")
@click.option(
    "--status", type=click.Choice(["open", "completed"]), help="Only cases in this state."
)
@click.option("--process", "process_id", metavar="ID", help="Only cases of this process.")
@json_option
@click.pass_context
def cases(ctx: click.Context, status: str | None, process_id: str | None, as_json: bool) -> None:
    """List the cases, with what each waits for and its next deadline."""
    found = open_workflows(ctx).cases(status=status, process_id=process_id)
    if as_json:
        emit_json(found)
        return
    result = table(
        "Ärende", "Process", "Läge", "Väntar på", "Nästa frist", "Ändrat", keep=("Ärende", "Ändrat")
    )
    for case in found:
        state = "öppet" if case.is_open else f"avslutat: {case.end_state or '-'}"
        waiting = "\n".join(f"{t.name} [{t.lane or '-'}]" for t in case.tasks) or "-"
        deadline = (
            f"{case.timers[0].name}: {deadline_label(case.timers[0])}" if case.timers else "-"
        )
        result.add_row(
            case.id, case.process_id, state, waiting, deadline, show_time(case.updated_at)
        )
    print_table(result, "Inga ärenden.")
