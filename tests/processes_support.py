"""Shared helpers for the tests of the intake half of the process set (issue 3).

The processes are run from a copy of ``processes/`` in the test's temporary folder. A process
that another process calls but that does not exist yet (e.g. ``forbud`` while it is being
written) gets a minimal placeholder there — never in ``processes/``.
"""

from __future__ import annotations

import re
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ivo_workflow import AuditEvent, CaseView, SimulatedClock, Workflows

ROOT = Path(__file__).resolve().parents[1]
PROCESSES = ROOT / "processes"
STOCKHOLM = ZoneInfo("Europe/Stockholm")

# The audit kinds that make up a case's path (gateways and scripts are implied by it).
PATH_KINDS = {"start", "task", "message", "timer", "call", "end"}

_PROCESS_ID = re.compile(r'<bpmn:process id="([^"]+)"')
_CALLED = re.compile(r'calledElement="([^"]+)"')


def placeholder_bpmn(process_id: str) -> str:
    """A minimal process: start, one user task ``<id>_platshallare``, end."""
    doc = "<bpmn:documentation>Platshållare i test.\nLagrum: ingen (test)</bpmn:documentation>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    id="definitions_{process_id}" targetNamespace="https://ivo-flow.example/test">
  <bpmn:process id="{process_id}" name="Platshållare {process_id}" isExecutable="true">
    {doc}
    <bpmn:startEvent id="{process_id}_platshallare_start" name="Start">{doc}</bpmn:startEvent>
    <bpmn:userTask id="{process_id}_platshallare" name="Platshållare">{doc}</bpmn:userTask>
    <bpmn:endEvent id="{process_id}_platshallare_slut" name="Slut">{doc}</bpmn:endEvent>
    <bpmn:sequenceFlow id="{process_id}_f1" sourceRef="{process_id}_platshallare_start"
        targetRef="{process_id}_platshallare" />
    <bpmn:sequenceFlow id="{process_id}_f2" sourceRef="{process_id}_platshallare"
        targetRef="{process_id}_platshallare_slut" />
  </bpmn:process>
</bpmn:definitions>
"""


def copy_processes(target: Path) -> list[str]:
    """Copy processes/ to ``target``; add placeholders for called processes that are missing.

    Returns the ids of the placeholders made.
    """
    target.mkdir(parents=True, exist_ok=True)
    defined: set[str] = set()
    called: set[str] = set()
    for source in sorted(PROCESSES.iterdir()):
        if source.suffix not in {".bpmn", ".dmn"}:
            continue
        shutil.copy(source, target / source.name)
        if source.suffix == ".bpmn":
            text = source.read_text(encoding="utf-8")
            defined.update(_PROCESS_ID.findall(text))
            called.update(_CALLED.findall(text))
    missing = sorted(called - defined)
    for process_id in missing:
        (target / f"{process_id}.bpmn").write_text(placeholder_bpmn(process_id), encoding="utf-8")
    return missing


def noon(day: str | date) -> datetime:
    """12:00 Stockholm time on ``day`` (as ``ivo-flow run`` plays its events)."""
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return datetime(d.year, d.month, d.day, 12, 0, tzinfo=STOCKHOLM)


class Cases:
    """A Workflows facade on a simulated clock, with short helpers for the tests."""

    def __init__(self, tmp_path: Path, start: str) -> None:
        self.placeholders = copy_processes(tmp_path / "processes")
        self.clock = SimulatedClock(noon(start))
        self.wf = Workflows.open(
            tmp_path / "cases.db", clock=self.clock, processes=tmp_path / "processes"
        )

    def close(self) -> None:
        self.wf.close()

    def start(self, process_id: str, case_id: str, data: dict[str, Any]) -> CaseView:
        return self.wf.start(process_id, case_id=case_id, data=data)

    def on(self, day: str) -> None:
        """Let simulated time run to 12:00 on ``day``, firing the timers due on the way."""
        self.wf.advance_to(noon(day))

    def complete(
        self, case_id: str, element_id: str, data: dict[str, Any] | None = None
    ) -> CaseView:
        return self.wf.complete(case_id, element_id, data or {})

    def message(self, case_id: str, name: str, data: dict[str, Any] | None = None) -> CaseView:
        return self.wf.message(case_id, name, data or {})

    def case(self, case_id: str) -> CaseView:
        return self.wf.case(case_id)

    def history(self, case_id: str) -> list[AuditEvent]:
        return self.wf.history(case_id)

    def path(self, case_id: str) -> list[str]:
        """The element ids of the case's path, in order (start, tasks, messages, timers,
        call activities and end events)."""
        return [
            e.element_id for e in self.history(case_id) if e.kind in PATH_KINDS and e.element_id
        ]

    def ends(self, case_id: str) -> list[str]:
        return [e.element_id for e in self.history(case_id) if e.kind == "end" and e.element_id]

    def waiting(self, case_id: str) -> list[str]:
        return [t.element_id for t in self.case(case_id).tasks]

    def timers(self, case_id: str) -> dict[str, date]:
        """Armed timers: element id -> the last day of its deadline (or the due date)."""
        found = {}
        for timer in self.case(case_id).timers:
            when = timer.deadline.last_day if timer.deadline else timer.due_at.date()
            found[timer.element_id] = when
        return found

    def deadline_events(self, case_id: str) -> dict[str, list[dict[str, Any]]]:
        """The deadlines armed over the case's life: element id -> their records."""
        found: dict[str, list[dict[str, Any]]] = {}
        for event in self.history(case_id):
            if event.kind == "deadline" and event.element_id and "deadline" in event.data:
                found.setdefault(event.element_id, []).append(event.data["deadline"])
        return found

    def decision_rules(self, case_id: str, element_id: str) -> list[list[str]]:
        """The DMN rule ids that matched, per run of the business rule task ``element_id``."""
        return [
            [rule["id"] for rule in e.data.get("dmn", {}).get("rules", [])]
            for e in self.history(case_id)
            if e.element_id == element_id and e.kind == "decision"
        ]

    def warnings(self, case_id: str) -> list[str]:
        return list(self.case(case_id).data.get("varningar", []))


def has_warning(warnings: list[str], *fragments: str) -> bool:
    """Some warning contains every fragment."""
    return any(all(f in w for f in fragments) for w in warnings)


def comply_with_injunction(cases: Cases, case_id: str, served: str, deadline: str) -> None:
    """Drive the forelaggande process (P2, another engineer's) to "complied": served, not
    appealed (final after the appeal period), compliance checked the day after the deadline."""
    cases.complete(case_id, "delge_forelaggandet", {"delgivningsdatum": served})
    checked = date.fromisoformat(deadline) + timedelta(days=1)
    cases.on(checked.isoformat())
    cases.complete(case_id, "kontrollera_efterlevnad", {"foljt": True})
    final = date.fromisoformat(served) + timedelta(weeks=5)  # the appeal period has run out
    if final > checked:
        cases.on(final.isoformat())
