"""``ivo-flow diagram``: a process drawn from its own BPMN diagram, as SVG (``Workflows.diagram``).

With ``--case`` the case's state is coloured in: completed, waiting now, a deadline passed while
the case still waits, not reached. The library call does the same::

    svg = workflows.diagram("forelaggande", case_id="oskarshamn-2014")

:func:`write_output` also writes ``show --html`` and ``deadlines --ics``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click

from ivo_workflow import InputError

from .context import at_option, open_workflows, parse_day, simulated_clock


def write_output(target: str, content: str | bytes) -> None:
    """Write ``content`` to the file ``target`` whole (temporary file, then rename) and say so,
    or to stdout for ``-``; a file that cannot be written is a one-line error."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if target == "-":
        click.echo(data, nl=False)
        return
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise InputError(
            f"cannot write {target}: {error.strerror or error}",
            hint="check that the folder exists and is writable",
        ) from None
    click.echo(f"Skrev {target}")


@click.command("diagram")
@click.argument("process_id", metavar="PROCESS")
@click.option("--case", "case_id", metavar="ID", help="Colour in this case's state.")
@click.option(
    "--out",
    "out",
    metavar="FILE.svg",
    required=True,
    help="Where to write the SVG ('-' for stdout).",
)
@at_option
@click.pass_context
def diagram(
    ctx: click.Context, process_id: str, case_id: str | None, out: str, at_text: str | None
) -> None:
    """Draw PROCESS as SVG from the diagram in its BPMN file (nothing is laid out again).

    With --case, the version the case runs on is drawn, with the case's state on it; a
    deadline counts as passed from today, or from --at DATE for a case in simulated time.

    \b
    ivo-flow diagram forelaggande --out forelaggande.svg
    ivo-flow diagram forelaggande --case oskarshamn-2014 --at 2015-01-25 --out osk.svg
    """
    workflows = open_workflows(ctx, simulated_clock(parse_day(at_text)))
    svg = workflows.diagram(process_id, case_id)
    write_output(out, svg)
