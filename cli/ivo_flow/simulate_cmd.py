"""``ivo-flow simulate``: a synthetic year of caseload into a database (``simulate.simulate``)."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from .output import emit, print_table, table


@click.command("simulate")
@click.option("--cases", type=click.IntRange(1), default=1000, show_default=True)
@click.option("--seed", type=int, default=1, show_default=True, help="Same seed, same year.")
@click.option("--year", type=int, default=2025, show_default=True)
@click.option(
    "--db", "db_path", metavar="PATH", help="Database to fill (default: the global --db)."
)
@click.pass_context
def simulate(ctx: click.Context, cases: int, seed: int, year: int, db_path: str | None) -> None:
    """Run a reproducible synthetic year of cases through every process and path.

    Timers fire on the simulated clock day by day; each day is one transaction with a savepoint
    per command. The database opens with the usual commands (cases, deadlines, show).

    \b
    ivo-flow simulate --cases 10000 --seed 7 --db year.db
    ivo-flow --db year.db deadlines --within 14d --at 2025-12-31
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from ivo_workflow import SimulatedClock, Workflows
    from ivo_workflow.simulate import simulate as run

    obj = ctx.find_root().obj or {}
    clock = SimulatedClock(datetime(year, 1, 1, tzinfo=UTC))
    workflows = Workflows.open(
        db_path or obj.get("db_path", "ivo-flow.db"),
        clock=clock,
        processes=obj.get("processes_dir"),
    )
    ctx.call_on_close(workflows.close)
    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task(f"Simulerar {cases} ärenden ({year})", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        summary = run(workflows, cases=cases, seed=seed, year=year, progress=progress)
    paths = table("Väg", "Ärenden", "Median dagar (avslutade)", keep=("Ärenden",))
    for name, count in summary.paths.items():
        median = summary.median_days.get(name)
        paths.add_row(name, str(count), f"{median:.0f}" if median is not None else "-")
    print_table(paths, "Inga ärenden.")
    frister = table("Frist", "Hållen", "Missad")
    for name, outcome in summary.deadlines.items():
        frister.add_row(name, str(outcome.get("met", 0)), str(outcome.get("missed", 0)))
    print_table(frister, "Inga avslutade ärenden.")
    emit(
        f"{summary.cases} ärenden, {summary.commands} kommandon, {summary.timers_fired} "
        f"fristutlösningar; {summary.completed} avslutade, {summary.open} öppna, "
        f"{len(summary.failed)} fel."
    )
    for case_id, why in summary.failed[:10]:
        click.echo(f"ivo-flow: case {case_id}: {why}", err=True)
