"""``ivo-flow validate PATH...``: check BPMN/DMN files and folders as loading does."""

from __future__ import annotations

import json

import click

from ivo_workflow.errors import SpecError
from ivo_workflow.specs import validate_paths


@click.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the findings as a JSON list.")
def validate(paths: tuple[str, ...], as_json: bool) -> None:
    """Check BPMN/DMN files or folders with the checks of loading; one line per finding.

    A folder is checked whole; a file together with the model files beside it. Exit 0 when
    clean, 3 when there are findings.

    \b
    ivo-flow validate processes/
    ivo-flow validate processes/tillsyn.bpmn processes/regelverk.dmn

    Library: ``ivo_workflow.specs.validate_paths(paths)`` returns the same findings.
    """
    findings = validate_paths(paths)
    if as_json:
        records = [{"file": f.file, "element": f.element, "message": f.message} for f in findings]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            click.echo(" ".join(str(finding).split()))
        if not findings:
            click.echo(f"ok: {', '.join(paths)}")
    if findings:
        click.get_current_context().exit(SpecError.exit_code)
