"""Helpers for the tests of the injunction half of the process set (issue 3): forelaggande (P2),
overklagande (P3), utdomande_av_vite (P5) and forbud (P6), driven through the public facade on a
simulated clock, every event at 12:00 Stockholm time as ``ivo-flow run`` plays them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ivo_workflow import AuditEvent, CaseView, Deadline, SimulatedClock, Workflows

STOCKHOLM = ZoneInfo("Europe/Stockholm")

# The audit kinds that make up a path (gateways and scripts are implied by it).
PATH_KINDS = {"start", "task", "message", "timer", "call", "end"}

OSKARSHAMN: dict[str, Any] = {
    "adressat": "Socialnämnden i Oskarshamns kommun",
    "kommun": "Oskarshamns kommun",
    "beslutsdatum": "2014-10-01",
    "atgarder": "MI, Spelprogrammet, Väckarklockan, Vägen ut och Anhörigstöd ska föregås av "
    "utredning, bedömning och beslut",
    "atgardsfrist": "2015-01-19",
    "vite_belopp": 1_000_000,
    "allman_part": None,
}


def noon(day: str | date) -> datetime:
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return datetime(d.year, d.month, d.day, 12, 0, tzinfo=STOCKHOLM)


class Run:
    """One database of cases on one simulated clock; every step names its day."""

    def __init__(self, tmp_path: Path, start: str) -> None:
        self.clock = SimulatedClock(noon(start))
        self.wf = Workflows.open(tmp_path / "cases.db", clock=self.clock)

    def close(self) -> None:
        self.wf.close()

    def on(self, day: str) -> None:
        """Let time run to 12:00 on ``day``, firing every timer due on the way."""
        if noon(day) > self.clock.now():
            self.wf.advance_to(noon(day))

    def start(self, process_id: str, case_id: str, data: dict[str, Any]) -> CaseView:
        return self.wf.start(process_id, case_id=case_id, data=data)

    def complete(
        self, case_id: str, element_id: str, data: dict[str, Any] | None = None, *, on: str = ""
    ) -> CaseView:
        if on:
            self.on(on)
        return self.wf.complete(case_id, element_id, data or {})

    def message(
        self, case_id: str, name: str, data: dict[str, Any] | None = None, *, on: str = ""
    ) -> CaseView:
        if on:
            self.on(on)
        return self.wf.message(case_id, name, data or {})

    def case(self, case_id: str) -> CaseView:
        return self.wf.case(case_id)

    def data(self, case_id: str) -> dict[str, Any]:
        return self.wf.case(case_id).data

    def history(self, case_id: str) -> list[AuditEvent]:
        return self.wf.history(case_id)

    def path(self, case_id: str) -> list[str]:
        return [
            e.element_id for e in self.history(case_id) if e.kind in PATH_KINDS and e.element_id
        ]

    def passed(self, case_id: str) -> list[str]:
        """Every element the audit trail records, in order (scripts and gateways too)."""
        return [
            e.element_id for e in self.history(case_id) if e.element_id and e.kind != "deadline"
        ]

    def waiting(self, case_id: str) -> set[str]:
        return {t.element_id for t in self.case(case_id).tasks}

    def timers(self, case_id: str) -> dict[str, date]:
        """Armed timers: element id -> last day (a Deadline's) or the Stockholm due date."""
        found = {}
        for timer in self.case(case_id).timers:
            if timer.deadline is not None:
                found[timer.element_id] = timer.deadline.last_day
            else:
                found[timer.element_id] = timer.due_at.astimezone(STOCKHOLM).date()
        return found

    def deadline(self, case_id: str, element_id: str) -> Deadline:
        (timer,) = [t for t in self.case(case_id).timers if t.element_id == element_id]
        assert timer.deadline is not None
        return timer.deadline

    def end(self, case_id: str) -> str | None:
        case = self.case(case_id)
        assert case.status == "completed", f"{case_id} is still open: {self.waiting(case_id)}"
        return case.end_state

    def values(self, case_id: str, element_id: str) -> dict[str, Any]:
        """The data the last run of a gateway read (recorded in the trail)."""
        found = [
            e for e in self.history(case_id) if e.element_id == element_id and e.kind == "gateway"
        ]
        return dict(found[-1].data.get("values", {}))


def in_order(path: list[str], *expected: str) -> bool:
    """``expected`` occurs in ``path`` in this order (not necessarily next to each other)."""
    position = 0
    for element in path:
        if position < len(expected) and element == expected[position]:
            position += 1
    return position == len(expected)
