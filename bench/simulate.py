"""Issue 10, target 6: ``simulate`` (persisted, FULL) against bare SpiffWorkflow running the same
event sequences (ivo_workflow.simulate.plans) in memory, same run.

    python bench/simulate.py [--cases 1000] [--seed 7]

The bare run walks the same day-by-day timeline with the same rules as ``simulate``:

- each day it first fires the timers that have fallen due by the day's noon (``simulate`` ticks
  through the store's due_at index; the bare run keeps the same index as an in-memory heap of
  each case's earliest armed timer, so it never scans every case), by ``refresh_timers`` +
  ``do_engine_steps``;
- then the day's commands at noon in case order; the plans' explicit "timers" steps are skipped
  (the tick has fired them), as ``simulate`` does;
- before a command, the case's overdue timers are fired (the facade's catch-up rule; with the
  tick at the same instant it finds nothing, but the check is made as the facade makes it);
- a command that cannot be applied (its task is not ready, a script fails) marks the case broken
  and its later steps are skipped, as ``simulate`` does; both failure counts are printed, and
  the run stops with an error if they differ (the two would not be doing the same work).
"""

from __future__ import annotations

import argparse
import gc
import heapq
import time
from datetime import UTC, datetime
from typing import Any

from _common import BareRunner, Step, verdict, workdir

from ivo_workflow import SimulatedClock, Workflows
from ivo_workflow.simulate import noon, plans, simulate, timeline


def _earliest_timer(wf: Any) -> datetime | None:
    """The earliest armed timer of a bare workflow (what the store's timers rows hold)."""
    from SpiffWorkflow.util.task import TaskState

    found = None
    for task in wf.get_tasks(state=TaskState.WAITING):
        value = task._get_internal_data("event_value")
        if isinstance(value, dict):  # a cycle timer
            value = value.get("next")
        if not isinstance(value, str):
            continue
        due = datetime.fromisoformat(value).astimezone(UTC)
        if found is None or due < found:
            found = due
    return found


class BareSimulation:
    def __init__(self) -> None:
        self.runner = BareRunner()
        self.live: dict[str, Any] = {}
        self.due: list[tuple[datetime, str]] = []  # (earliest due_at, case id), lazily pruned
        self.armed: dict[str, datetime] = {}
        self.broken: set[str] = set()
        self.failed: list[tuple[str, str]] = []
        self.fired = 0
        self.commands = 0

    def _index(self, case_id: str) -> None:
        wf = self.live[case_id]
        due = None if wf.is_completed() else _earliest_timer(wf)
        if due is None:
            self.armed.pop(case_id, None)
        elif self.armed.get(case_id) != due:
            self.armed[case_id] = due
            heapq.heappush(self.due, (due, case_id))

    def _fire(self, case_id: str) -> None:
        wf = self.live[case_id]
        wf.refresh_timers()
        wf.do_engine_steps()
        self._index(case_id)

    def tick(self, at: datetime) -> None:
        cases = []
        while self.due and self.due[0][0] <= at:
            due, case_id = heapq.heappop(self.due)
            if self.armed.get(case_id) == due and case_id not in cases:
                cases.append(case_id)
        for case_id in cases:
            try:
                self._fire(case_id)
            except Exception as error:  # noqa: BLE001 - counted, as simulate counts it
                self.failed.append((case_id, f"{type(error).__name__}: {error}"))
            else:
                self.fired += 1

    def command(self, case_id: str, step: Step) -> None:
        self.commands += 1
        try:
            if step.kind != "start":
                due = self.armed.get(case_id)
                if due is not None and due <= step.at:  # catch-up
                    self._fire(case_id)
            self.live[case_id] = self.runner.step(self.live.get(case_id), step)
            self._index(case_id)
        except Exception as error:  # noqa: BLE001 - StopIteration: the task is not ready
            self.broken.add(case_id)
            self.failed.append((case_id, f"{type(error).__name__}: {error}"))

    def run(self, cases: int, seed: int) -> None:
        for day, steps in timeline(plans(cases, seed)):
            at = noon(day)
            self.runner.clock.now_ = at
            self.tick(at)
            for plan, step in steps:
                if step.kind == "timers" or plan.case_id in self.broken:
                    continue
                self.command(plan.case_id, Step(at, step.kind, step.name, dict(step.data)))


def bare(cases: int, seed: int) -> tuple[float, tuple[int, int, int]]:
    """The bare run's time and (commands, firings, failures). Its workflows are let go before
    ivo-flow runs: kept, they would be traversed by every garbage collection of the other run."""
    sim = BareSimulation()
    started = time.perf_counter()
    sim.run(cases, seed)
    seconds = time.perf_counter() - started
    counts = (sim.commands, sim.fired, len(sim.failed))
    del sim
    gc.collect()
    return seconds, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    folder = workdir("simulate-")
    bare_s, (commands, fired, failures) = bare(args.cases, args.seed)
    wf = Workflows.open(folder / "sim.db", clock=SimulatedClock(datetime(2025, 1, 1, tzinfo=UTC)))
    started = time.perf_counter()
    summary = simulate(wf, cases=args.cases, seed=args.seed)
    ivo_s = time.perf_counter() - started
    wf.close()
    print(f"{args.cases} cases, seed {args.seed}")
    print(f"  ivo:  {summary.commands} commands, {summary.timers_fired} timer firings (cases "
          f"ticked), {len(summary.failed)} failures")  # fmt: skip
    print(f"  bare: {commands} commands, {fired} timer firings (cases ticked), "
          f"{failures} failures")  # fmt: skip
    print(f"  bare SpiffWorkflow, same sequences: {bare_s:.2f} s")
    print(f"  ivo simulate (FULL, one transaction per day): {ivo_s:.2f} s")
    same = (summary.commands, summary.timers_fired, len(summary.failed)) == (
        commands,
        fired,
        failures,
    )
    if not same:
        print("  the bare run did not do the same work (commands, firings, failures differ)")
    ok = verdict("simulate / bare", ivo_s / bare_s, 1.5)
    raise SystemExit(0 if ok and same else 1)


if __name__ == "__main__":
    main()
