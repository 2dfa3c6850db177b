"""``ivo-flow processes``: the processes cases start from (``Workflows.processes``)."""

from __future__ import annotations

import click

from .context import json_option, open_workflows
from .output import emit_json, print_table, table


@click.command("processes")
@json_option
@click.pass_context
def processes(ctx: click.Context, as_json: bool) -> None:
    """List the loaded processes: id, name, file, version hash, elements and lanes."""
    found = open_workflows(ctx).processes()
    if as_json:
        emit_json(found)
        return
    result = table("Id", "Namn", "Fil", "Version", "Element", "Lanes", keep=("Id", "Version"))
    for info in found:
        result.add_row(
            info.id, info.name, info.file, info.spec_hash, str(info.elements), ", ".join(info.lanes)
        )
    print_table(result, "Inga processer.")
