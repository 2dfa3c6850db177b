"""Issue 10, target 4: ``deadlines(within=14 days)`` with the same 500 deadlines in the window
among 100 000 cases, against the same among 1 000 (the query must use the due_at index).

    python bench/deadlines.py [--rounds 20] [--big 100000]
"""

from __future__ import annotations

import argparse
import statistics
from datetime import UTC, datetime, timedelta

from _common import cloned_db, interleaved, print_table, verdict, workdir

from ivo_workflow import SimulatedClock, Workflows

NOW = datetime(2014, 10, 15, 12, tzinfo=UTC)  # the window ends 2014-10-29


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--big", type=int, default=100_000)
    args = parser.parse_args()
    folder = workdir("deadlines-")
    sizes = {"1 000 cases": 1000, f"{args.big} cases": args.big}
    opened = {}
    for name, total in sizes.items():  # 250 cases x 2 timers = 500 deadlines in the window
        cloned_db(folder / f"{total}.db", total, 250, "2014-10-22T21:59:59+00:00",
                  "2016-01-01T00:00:00+00:00")  # fmt: skip
        opened[name] = Workflows.open(folder / f"{total}.db", clock=SimulatedClock(NOW))

    def query(wf: Workflows):  # type: ignore[no-untyped-def]
        def one() -> None:
            found = wf.deadlines(within=timedelta(days=14))
            assert len(found) == 500, len(found)

        return one

    found = interleaved({n: query(wf) for n, wf in opened.items()}, args.rounds)
    plan = (
        opened[f"{args.big} cases"]
        .store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT case_id, element_id, name, due_at, lane, process_id, "
            "legal_basis, deadline FROM timers WHERE due_at <= ? ORDER BY due_at, case_id",
            ["2014-10-29"],
        )
        .fetchall()
    )
    print("EXPLAIN QUERY PLAN of Store.timers(due_before=...):")
    for row in plan:
        print("   ", row[-1])
    print_table("deadlines(within=14 days), 500 in the window, ms", found.items())
    med = [statistics.median(v) for v in found.values()]
    ok = verdict("100k / 1k", med[1] / med[0], 1.5)
    raise SystemExit(0 if ok and any("timers_due" in r[-1] for r in plan) else 1)


if __name__ == "__main__":
    main()
