"""``ivo-flow show``: one case at a glance (``Workflows.case`` + ``Workflows.history``).

The terminal summary is built by :func:`render_terminal`; other renderings (HTML) can reuse
:func:`gather`, which collects everything the summary shows.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import click
from attrs import frozen

from ivo_workflow import AuditEvent, CaseView, Workflows

from .context import at_option, json_option, open_workflows, parse_day, simulated_clock, today
from .layout import Block, Grid, line, print_page
from .output import compact, days_left, deadline_label, emit_json, last_day, show_time


@frozen
class CaseSummary:
    """What ``show`` shows: the case, its trail, the process name and the day counted from."""

    case: CaseView
    history: tuple[AuditEvent, ...]
    process_name: str
    today: date

    @property
    def end_state_name(self) -> str | None:
        end = self.case.end_state
        names = [e.element_name for e in self.history if e.element_id == end and e.element_name]
        return names[-1] if names else end


def gather(workflows: Workflows, case_id: str) -> CaseSummary:
    case = workflows.case(case_id)
    return CaseSummary(
        case=case,
        history=tuple(workflows.history(case_id)),
        process_name=workflows.process_name(case.process_id, case.id),
        today=today(workflows),
    )


def _fact(value: object) -> str:
    """A data value; a stored deadline record shortened to its last day."""
    if isinstance(value, dict) and "last_day" in value and "explanation" in value:
        return f"frist, sista dag {value['last_day']}"
    return compact(value)


def render_terminal(summary: CaseSummary) -> list[Block]:
    """The summary as a page (:mod:`ivo_flow.layout`): rich on a terminal, plain when piped."""
    case = summary.case
    page: list[Block] = [
        line(
            (f"Ärende {case.id}", "bold"),
            f" — {summary.process_name} ({case.process_id}, version {case.spec_hash})",
        )
    ]
    state = "öppet" if case.is_open else f"avslutat: {summary.end_state_name or '-'}"
    page.append(line("Läge: ", (state, "bold")))
    page.append(
        line(
            f"Startat {show_time(case.started_at)}, senast ändrat {show_time(case.updated_at)} "
            f"(Stockholm); räknat från {summary.today.isoformat()}"
        )
    )

    facts = tuple((key, _fact(value)) for key, value in case.data.items())
    page += [line(("\nUppgifter i ärendet", "bold")), Grid(facts, indent=2)]

    page.append(line(("\nVäntar på", "bold")))
    if not case.tasks:
        page.append(line("inga uppgifter", indent=2))
    by_lane: dict[str, list[str]] = defaultdict(list)
    for task in case.tasks:
        by_lane[task.lane or "-"].append(f"• {task.name} ({task.element_id}) — {task.legal_basis}")
    for lane, lines in by_lane.items():
        page.append(line((lane, "bold"), indent=2))
        page += [line(text, indent=4) for text in lines]

    page.append(line(("\nFrister", "bold")))
    if not case.timers:
        page.append(line("inga frister löper", indent=2))
    for timer in case.timers:
        page.append(
            line(
                (timer.name, "bold"),
                f" [{timer.lane or '-'}] — sista dag {deadline_label(timer)}: ",
                (days_left(last_day(timer), summary.today), "bold"),
                indent=2,
            )
        )
        lines = []
        if timer.deadline is not None:
            lines.append(timer.deadline.explanation)
            if timer.deadline.rule:
                lines.append(f"Regel: {'; '.join(timer.deadline.rule)}")
            lines += [f"Varning: {warning}" for warning in timer.deadline.warnings]
        if timer.legal_basis:
            lines.append(f"Lagrum: {timer.legal_basis}")
        page += [line(text, indent=4) for text in lines]
    return page


@click.command("show")
@click.argument("case_id", metavar="CASE")
@at_option
@json_option
@click.option("--html", "html_file", metavar="FILE", help="Write the case as one HTML page.")
@click.pass_context
def show(
    ctx: click.Context, case_id: str, at_text: str | None, as_json: bool, html_file: str | None
) -> None:
    """One case: state, data, waiting tasks by lane, deadlines with days left.

    Days left are counted from today, or from --at DATE for a case in simulated time.
    """
    workflows = open_workflows(ctx, simulated_clock(parse_day(at_text)))
    if html_file is not None:  # the page: Workflows.case_page (issue 6)
        from .diagram_cmd import write_output

        write_output(html_file, workflows.case_page(case_id))
        return
    summary = gather(workflows, case_id)
    if as_json:
        emit_json([summary.case])
        return
    print_page(render_terminal(summary))
