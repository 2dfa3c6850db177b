"""Issue 10, target 3: ``tick`` firing 100 due timers among 100 000 stored cases, against the
same among 1 000 (the due query must use the due_at index).

    python bench/tick.py [--rounds 5] [--big 100000]

Each round copies a prepared database (1 000 or 100 000 cases cloned from one real case, 100 of
them with their appeal deadline due) and times one ``Workflows.tick`` on a fresh ``Workflows``
(nothing cached: each due case is restored from its stored state).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from datetime import UTC, datetime

from _common import cloned_db, print_table, verdict, workdir

from ivo_workflow import SimulatedClock, Workflows

NOW = datetime(2014, 10, 25, 12, tzinfo=UTC)  # after the appeal deadline of 2014-10-22


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--big", type=int, default=100_000)
    args = parser.parse_args()
    folder = workdir("tick-")
    sizes = {"1 000 cases": 1000, f"{args.big:,} cases".replace(",", " "): args.big}
    for name, total in sizes.items():
        cloned_db(folder / f"{total}.db", total, 100, "2014-10-22T21:59:59+00:00",
                  "2016-01-01T00:00:00+00:00")  # fmt: skip
    runs = {"n": 0}

    found: dict[str, list[float]] = {name: [] for name in sizes}
    for _ in range(args.rounds + 1):  # the first round warms up
        for name, total in sizes.items():
            runs["n"] += 1
            target = folder / f"run-{total}-{runs['n']}.db"
            shutil.copy(folder / f"{total}.db", target)
            wf = Workflows.open(target, clock=SimulatedClock(NOW))
            wf.store.due_cases(NOW)  # both read the same pages before the clock starts
            started = time.perf_counter()
            result = wf.tick(NOW)
            elapsed = time.perf_counter() - started
            assert len(result.fired) == 100 and not result.failed, result
            wf.close()
            target.unlink()
            if runs["n"] > len(sizes):
                found[name].append(elapsed)
    wf = Workflows.open(folder / f"{args.big}.db", clock=SimulatedClock(NOW))
    plan = wf.store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT case_id, MIN(due_at) AS first_due FROM timers INDEXED BY "
        "timers_due WHERE due_at <= ? GROUP BY case_id ORDER BY first_due, case_id",
        ["2014-10-25"],
    ).fetchall()
    print("EXPLAIN QUERY PLAN of Store.due_cases:")
    for row in plan:
        print("   ", row[-1])
    wf.close()
    print_table("tick firing 100 due timers, ms (a fresh copy of the db each round; tick only)",
                found.items())  # fmt: skip
    med = [statistics.median(v) for v in found.values()]
    ok = verdict("100k / 1k", med[1] / med[0], 1.5)
    ok = ok and any("timers_due" in row[-1] for row in plan)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
