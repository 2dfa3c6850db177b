"""``ivo-flow history``: the audit trail of a case (``Workflows.history``)."""

from __future__ import annotations

import click

from .context import json_option, open_workflows
from .output import data_text, emit_json, print_table, show_time, table


@click.command("history")
@click.argument("case_id", metavar="CASE")
@json_option
@click.pass_context
def history(ctx: click.Context, case_id: str, as_json: bool) -> None:
    """The append-only audit trail of CASE: who did what, when, under which statute."""
    events = open_workflows(ctx).history(case_id)
    if as_json:
        emit_json(events)
        return
    result = table(
        "#",
        "Tid (Stockholm)",
        "Vad",
        "Lane / vem",
        "Element",
        "Uppgifter",
        "Lagrum",
        keep=("#", "Tid (Stockholm)", "Vad"),
    )
    for event in events:
        details = dict(event.data)
        deadline = details.pop("deadline", None)
        if isinstance(deadline, dict):
            details = {"sista dag": deadline.get("last_day"), **details}
        details.pop("due_at", None)
        result.add_row(
            str(event.seq),
            show_time(event.at),
            event.kind,
            f"{event.lane or '-'} / {event.actor}",
            event.element_name or event.element_id or "-",
            data_text(details),
            event.legal_basis,
        )
    print_table(result, f"Ärende {case_id} har ingen historik.")
