"""Issue 10, target 6: ``simulate`` (persisted, FULL) against bare SpiffWorkflow running the same
event sequences (ivo_workflow.simulate.plans) in memory, same run.

    python bench/simulate.py [--cases 1000] [--seed 7]

The bare run walks the same day-by-day timeline: each case's steps in order, its explicit
"timers" steps as refresh_timers() (the simulation fires timers through tick instead).
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime

from _common import BareRunner, Step, verdict, workdir

from ivo_workflow import SimulatedClock, Workflows
from ivo_workflow.simulate import noon, plans, simulate, timeline


def bare(cases: int, seed: int) -> float:
    runner = BareRunner()
    live: dict[str, object] = {}
    started = time.perf_counter()
    for day, steps in timeline(plans(cases, seed)):
        for plan, step in steps:
            at = noon(day)
            live[plan.case_id] = runner.step(
                live.get(plan.case_id), Step(at, step.kind, step.name, dict(step.data))
            )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    folder = workdir("simulate-")
    bare_s = bare(args.cases, args.seed)
    wf = Workflows.open(folder / "sim.db", clock=SimulatedClock(datetime(2025, 1, 1, tzinfo=UTC)))
    started = time.perf_counter()
    summary = simulate(wf, cases=args.cases, seed=args.seed)
    ivo_s = time.perf_counter() - started
    wf.close()
    print(f"{args.cases} cases, {summary.commands} commands, {summary.timers_fired} timer firings, "
          f"{len(summary.failed)} failures")  # fmt: skip
    print(f"  bare SpiffWorkflow, same sequences: {bare_s:.2f} s")
    print(f"  ivo simulate (FULL, one transaction per day): {ivo_s:.2f} s")
    ok = verdict("simulate / bare", ivo_s / bare_s, 1.5)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
