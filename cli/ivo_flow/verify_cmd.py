"""``ivo-flow verify [CASE]``: tamper evidence, the audit hash chains recomputed."""

from __future__ import annotations

import click

from ivo_workflow.errors import StoreError

from .context import open_workflows


@click.command("verify")
@click.argument("case_id", metavar="[CASE]", required=False)
@click.pass_context
def verify(ctx: click.Context, case_id: str | None) -> None:
    """Recompute the audit trail's hash chain of CASE (default: every case).

    Prints "ok", or one line per case whose chain is broken (the case, the first event that
    does not follow, what is wrong) and exits with 9.

    \b
    ivo-flow verify
    ivo-flow verify oskarshamn

    Library: ``Workflows.verify(case_id=None)`` returns the same problems.
    """
    problems = open_workflows(ctx).verify(case_id)
    for problem in problems:
        click.echo(f"{problem.case_id}: event {problem.seq} {problem.problem}")
    if problems:
        ctx.exit(StoreError.exit_code)
    click.echo("ok")
