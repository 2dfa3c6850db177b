"""Issue 10, target 2: bytes stored per completed case on the appeal path (state + audit +
timers + tasks, the spec counted once across all cases) against SpiffWorkflow's own full
serialisation (``BpmnWorkflowSerializer().serialize_json``, spec included) of the same
finished workflow.

    python bench/storage.py [--cases 50]

Stored bytes are the bytes of the values in the case's rows (``store.case_bytes``); the file's
growth per case (pages, indexes) is printed too.
"""

from __future__ import annotations

import argparse
import statistics

from _common import START, BareRunner, appeal_path, run_facade, verdict, workdir

from ivo_workflow import SimulatedClock, Workflows
from ivo_workflow.store import case_bytes


def spiff_full_json_bytes() -> int:
    from datetime import date

    from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
    from SpiffWorkflow.spiff.serializer.config import SPIFF_CONFIG

    from ivo_workflow.model import Deadline
    from ivo_workflow.timers import register_converters

    registry = BpmnWorkflowSerializer.configure(SPIFF_CONFIG)
    register_converters(registry)  # our timers under the standard type names
    registry.register(date, lambda d: {"value": d.isoformat()},
                      lambda d: date.fromisoformat(d["value"]))  # fmt: skip
    registry.register(Deadline, lambda d: d.as_record(), Deadline.from_record)
    workflow = BareRunner().run(appeal_path())
    return len(BpmnWorkflowSerializer(registry).serialize_json(workflow).encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=50)
    args = parser.parse_args()
    folder = workdir("storage-")
    wf = Workflows.open(folder / "s.db", clock=SimulatedClock(START))
    for n in range(args.cases):
        wf.clock._now = START
        run_facade(wf, f"c{n}", appeal_path())
    wf.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sizes = [case_bytes(wf.store, f"c{n}") for n in range(args.cases)]
    spec = wf.store.conn.execute("SELECT sum(length(CAST(bundle AS BLOB))) FROM specs").fetchone()
    per_case = statistics.median(sizes) + spec[0] / args.cases
    full = spiff_full_json_bytes()
    print(f"{args.cases} completed cases on the appeal path")
    print(f"  stored per case (median {statistics.median(sizes)}, min {min(sizes)}, "
          f"max {max(sizes)}) + spec {spec[0]} / {args.cases} = {per_case:.0f} bytes")  # fmt: skip
    for table in ("cases", "state_log", "audit", "timers", "tasks"):
        from ivo_workflow.store import CASE_COLUMNS, _bytes_of

        row = wf.store.conn.execute(
            f"SELECT sum({_bytes_of(CASE_COLUMNS[table])}) FROM {table}"
        ).fetchone()
        print(f"    {table:10s} {int(row[0] or 0) / args.cases:8.0f} bytes per case")
    file_size = (folder / "s.db").stat().st_size
    print(
        f"  database file {file_size} bytes = {file_size / args.cases:.0f} per case (pages, indexes)"
    )
    print(f"  SpiffWorkflow serialize_json of the finished workflow: {full} bytes")
    ok = verdict("stored / full serialisation", per_case / full, 0.3)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
