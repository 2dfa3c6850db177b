"""Issue 10, target 1: the full lifecycle of a case on the appeal path, persisted at every wait
state, against bare SpiffWorkflow (+ the SQLite commit floor x the number of wait states).

    python bench/lifecycle.py [--rounds 60]

Every variant runs once per round, round after round (interleaved), in one process:

- ``bare``            bare SpiffWorkflow on the same model (see bench/_common.py), in memory
- ``floor FULL|NORMAL`` W empty-ish transactions of the size of one save (W = saves per case)
- ``ivo FULL|NORMAL`` ``Workflows`` on a database file, one case per round through the facade
- ``ivo FULL cold``   the same, with the in-memory workflow cache off (every step restores the
                      case from its stored state, as a fresh CLI process does) — shown, not targeted
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
from itertools import count

from _common import (
    START,
    BareRunner,
    CommitFloor,
    appeal_path,
    interleaved,
    print_table,
    run_facade,
    verdict,
    workdir,
)

from ivo_workflow import SimulatedClock, Workflows


def commits_and_bytes(folder) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Saves per case and bytes written per case (what the case's rows hold)."""
    wf = Workflows.open(folder / "probe.db", clock=SimulatedClock(START))
    commits = 0

    def trace(sql: str) -> None:
        nonlocal commits
        commits += sql.strip().upper() == "COMMIT"

    wf.store.db.conn.set_trace_callback(trace)
    run_facade(wf, "probe", appeal_path())
    wf.store.db.conn.set_trace_callback(None)
    from ivo_workflow.store import case_bytes

    size = case_bytes(wf.store, "probe")
    wf.close()
    return commits, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()

    folder = workdir("lifecycle-")
    waits, size = commits_and_bytes(folder)
    per_save = max(1, size // waits)
    steps = appeal_path()
    bare = BareRunner()

    def facade(sync: str, cache: bool = True):  # type: ignore[no-untyped-def]
        wf = Workflows.open(
            folder / f"ivo-{sync}-{cache}.db", clock=SimulatedClock(START), synchronous=sync
        )
        if not cache:
            wf._live_limit = 0  # the in-memory workflow cache off
        ids = count()

        def one() -> None:
            wf.clock._now = START  # each case starts at the same simulated day
            run_facade(wf, f"c{next(ids)}", steps)

        return one

    floors = {s: CommitFloor(folder, s, per_save) for s in ("FULL", "NORMAL")}

    def floor(sync: str):  # type: ignore[no-untyped-def]
        def one() -> None:
            for _ in range(waits):
                floors[sync].commit()

        return one

    variants = {
        "bare engine-only": lambda: bare.run(steps),
        "floor FULL (W commits)": floor("FULL"),
        "floor NORMAL (W commits)": floor("NORMAL"),
        "ivo FULL": facade("FULL"),
        "ivo NORMAL": facade("NORMAL"),
        "ivo FULL cold (no cache)": facade("FULL", cache=False),
    }
    found = interleaved(variants, args.rounds)
    print(
        f"appeal path: {len(steps)} commands, W = {waits} saves per case, "
        f"~{per_save} bytes per save; SQLite {sqlite3.sqlite_version}; db in {folder}"
    )
    print_table("ms per case (medians of %d rounds, min-max)" % args.rounds, found.items())
    med = {k: statistics.median(v) for k, v in found.items()}
    print("\nratios (medians, same run):")
    ok1 = verdict(
        "ivo FULL / (bare + floor FULL)",
        med["ivo FULL"] / (med["bare engine-only"] + med["floor FULL (W commits)"]),
        1.25,
    )
    ok2 = verdict("ivo NORMAL / bare", med["ivo NORMAL"] / med["bare engine-only"], 1.5)
    print(
        f"  (info) ivo FULL cold / (bare + floor FULL): "
        f"{med['ivo FULL cold (no cache)'] / (med['bare engine-only'] + med['floor FULL (W commits)']):.2f}x"
    )
    raise SystemExit(0 if ok1 and ok2 else 1)


if __name__ == "__main__":
    main()
