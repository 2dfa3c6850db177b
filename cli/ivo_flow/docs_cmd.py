"""``ivo-flow docs``: the living documentation (``ivo_workflow.views.living_doc.build_site``)."""

from __future__ import annotations

from pathlib import Path

import click

from ivo_workflow.views.living_doc import build_site


@click.command("docs")
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the site into (index.html and features/*.html).",
)
@click.option(
    "--results",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="pytest-bdd's cucumber JSON of the last run [default: .ivo-flow/cucumber.json].",
)
@click.option(
    "--features",
    "features_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("features"),
    show_default=True,
    help="Folder of the *.feature files.",
)
@click.pass_context
def docs(ctx: click.Context, out_dir: Path, results: Path | None, features_dir: Path) -> None:
    """Write the features, last results and process paths as an offline HTML site."""
    obj = ctx.find_root().obj or {}
    index = build_site(
        out_dir, results=results, processes=obj.get("processes_dir"), features=features_dir
    )
    click.echo(str(index))
