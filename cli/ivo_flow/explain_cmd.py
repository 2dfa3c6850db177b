"""``ivo-flow explain``: why a case is where it is (``Workflows.explain``).

The Swedish account as numbered paragraphs: the chain of events and decisions, the deadlines
(why that last day, met or not), the decisions, what can happen next, the unverified choices.
In a terminal the paragraphs wrap with a hanging indent; piped, each paragraph is one line, so
it pastes into a memo as it is. ``--json`` prints the same facts machine-readable.
"""

from __future__ import annotations

import click
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from ivo_workflow.legal_time import parse_date

from .context import open_workflows
from .output import console, emit, emit_json


@click.command("explain")
@click.argument("case_id", metavar="CASE")
@click.option(
    "--as-of",
    "as_of_text",
    metavar="DATE",
    help="Explain the case as it stood at the end of DATE (replays the audit trail up to then).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON.")
@click.pass_context
def explain(ctx: click.Context, case_id: str, as_of_text: str | None, as_json: bool) -> None:
    """Why CASE is where it is: events, deadlines, decisions, what can happen next.

    \b
    ivo-flow explain oskarshamn-2014
    ivo-flow explain oskarshamn-2014 --as-of 2014-10-10
    ivo-flow explain oskarshamn-2014 --json
    """
    as_of = parse_date(as_of_text) if as_of_text is not None else None
    explanation = open_workflows(ctx).explain(case_id, as_of=as_of)
    if as_json:
        emit_json([explanation.as_json()])
        return
    if not console().is_terminal:
        click.echo(explanation.as_text(), nl=False)
        return
    parts: list[RenderableType] = [Text(explanation.headline(), style="bold")]
    for number, (title, paragraphs) in enumerate(explanation.sections(), start=1):
        parts += [Text(""), Text(f"{number}. {title}", style="bold")]
        grid = Table.grid(padding=(0, 1))  # the number, then the paragraph wrapping under itself
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column(overflow="fold")
        for sub, (sentence, details) in enumerate(paragraphs, start=1):
            grid.add_row(f"{number}.{sub}", Text(sentence))
            for detail in details:
                grid.add_row("", Text(detail, style="dim"))
        parts.append(grid)
    emit(*parts)
