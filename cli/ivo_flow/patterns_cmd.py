"""``ivo-flow patterns``: what the cases about an organisation say together (Workflows.patterns).

Per organisation and area of activity: the signals across its cases (repeated complaints on the
same ground, late or missing accounts, action plans not followed, repeated criticism, injunctions
not complied with), each with its cases and days, and the recommendation of the decision table
``monster`` with the rows it reached as reasons and their statutes. Groups whose signals reach no
threshold are listed last, one line each (fortsatt bevakning).
"""

from __future__ import annotations

import click

from ivo_workflow.legal_time import parse_date
from ivo_workflow.patterns import UNKNOWN_AREA, Pattern, PatternReport, Signal

from .context import open_workflows
from .output import console, emit, emit_json


@click.command("patterns")
@click.option("--org", metavar="NAME", help="Only organisations whose name contains NAME.")
@click.option(
    "--since",
    "since_text",
    metavar="DATE",
    help="First day looked at (default: 24 months back from --as-of).",
)
@click.option("--as-of", "as_of_text", metavar="DATE", help="Last day looked at (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print the patterns as JSON.")
@click.pass_context
def patterns(
    ctx: click.Context,
    org: str | None,
    since_text: str | None,
    as_of_text: str | None,
    as_json: bool,
) -> None:
    """Patterns across cases per organisation and area, with a recommendation and its statutes.

    \b
    ivo-flow patterns
    ivo-flow patterns --org Farsta --since 2018-01-01
    ivo-flow patterns --org "Farsta stadsdelsnämnd" --json
    """
    since = parse_date(since_text) if since_text is not None else None
    as_of = parse_date(as_of_text) if as_of_text is not None else None
    report = open_workflows(ctx).patterns(org=org, since=since, as_of=as_of)
    if as_json:
        emit_json(report.as_json())
        return
    lines = _lines(report)
    if console().is_terminal:
        emit(*lines)
    else:  # piped: one line each, unwrapped, so that it pastes into a memo as it is
        click.echo("\n".join(lines))


def _lines(report: PatternReport) -> list[str]:
    period = (
        f"Mönster över ärenden {report.since.isoformat()} – {report.as_of.isoformat()} "
        f"(tröskel inom {report.window_months} månader)"
    )
    if not report.patterns:
        return [period, "", "Inga signaler under perioden."]
    lines = [period]
    watched = [p for p in report.patterns if p.recommendation.priority <= 0]
    for pattern in report.patterns:
        if pattern.recommendation.priority > 0:
            lines += ["", *_pattern(pattern)]
    if watched:
        lines += ["", "Fortsatt bevakning (inga trösklar nådda):"]
        for pattern in watched:
            counts = "; ".join(f"{_signal_name(s)}: {s.count}" for s in pattern.signals)
            lines.append(f"  {_heading(pattern)}: {counts}")
    return lines


def _heading(pattern: Pattern) -> str:
    return f"{pattern.organisation} · {pattern.area or UNKNOWN_AREA}"


def _signal_name(signal: Signal) -> str:
    return f"{signal.label} ({signal.ground})" if signal.ground else signal.label


def _pattern(pattern: Pattern) -> list[str]:
    advice = pattern.recommendation
    lines = [
        _heading(pattern),
        f"  Rekommendation: {advice.action}",
        f"  Lagrum: {advice.lagrum}",
        "  Skäl:",
    ]
    for number, reason in enumerate(advice.reasons, start=1):
        lines.append(f"    {number}. {reason.reason} [tabellen monster, rad {reason.row}]")
        if reason.lagrum != advice.lagrum:
            lines.append(f"       Lagrum: {reason.lagrum}")
    lines.append("  Signaler:")
    for signal in pattern.signals:
        lines.append(f"    {_signal_name(signal)}: {signal.count}")
        for item in signal.evidence:
            lines.append(f"      {item.date.isoformat()}  {item.case_id}  {item.detail}")
    return lines
