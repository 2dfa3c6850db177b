"""Crash safety: a ticking process killed with SIGKILL at random moments loses and doubles nothing.

The workload: ``cases`` föreläggande cases, each served (delgivning done) on one of 30 days, with
action deadlines on 40 different days, so that their timers fall due at many instants. A ticker
subprocess runs ``Workflows.advance_to`` over the year: one tick (one transaction, a savepoint
per case) per instant at which timers are due. The same workload is first run without a kill
(the reference). Then, on a copy of the same starting database, the ticker is killed with SIGKILL
at a random moment ``kills`` times; after each kill:

- ``PRAGMA integrity_check`` is ok and every audit hash chain verifies;
- every case is exactly at a step boundary of its reference run: its audit events, grouped by
  the simulated instant of their step, are the reference's first ``version`` steps (so the audit
  count matches the case's version: no step is half written or written twice);
- its timers rows are the timers armed and not yet fired, at the reference's due times; no timer
  element fired twice;

and finally one more, unkilled ticker run completes the work: every case ends exactly as in the
reference (version, status, audit events, timers, waiting tasks).

Run the stress version (1 000 cases, 50 kills) with::

    python tests/stress/crash_safety.py --cases 1000 --kills 50

``tests/test_crash_safety.py`` runs a small one (50 cases, 5 kills) in the suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

START = datetime(2014, 9, 1, 8, 0, tzinfo=UTC)
END = datetime(2016, 1, 1, tzinfo=UTC)
HERE = Path(__file__).resolve()


def case_data(n: int) -> tuple[dict[str, Any], str]:
    """The start data of case ``n`` and its delgivning date: decisions on 30 days, so that the
    appeal periods end on many days, and action deadlines on 40."""
    decided = date(2014, 9, 1) + timedelta(days=n % 30)
    served = decided + timedelta(days=1 + n % 3)
    action = date(2015, 1, 19) + timedelta(days=n % 40)
    data = {
        "adressat": f"Socialnämnden i kommun {n}",
        "kommun": f"Kommun {n}",
        "beslutsdatum": decided.isoformat(),
        "atgarder": "Åtgärderna ska föregås av utredning",
        "atgardsfrist": action.isoformat(),
        "vite_belopp": 100_000 * (n % 3),
        "allman_part": None,
    }
    return data, served.isoformat()


def build(db: Path, cases: int) -> None:
    """The starting database: every case served, its deadlines armed."""
    from ivo_workflow import SimulatedClock, Workflows

    clock = SimulatedClock(START)
    with Workflows.open(db, clock=clock) as wf:
        for n in range(cases):
            data, served = case_data(n)
            wf.start("forelaggande", case_id=f"k{n:04d}", data=data)
        clock.set(START + timedelta(hours=1))
        for n in range(cases):
            wf.complete(f"k{n:04d}", "delge_forelaggandet", {"delgivningsdatum": case_data(n)[1]})


def tick_until_done(db: Path) -> None:
    """The ticker: fire every due timer up to END, one tick per due instant."""
    from ivo_workflow import SimulatedClock, Workflows

    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        first = wf.store.next_due(END)  # the first tick warms up (imports, compiling): before
        if first is not None:  # the kills start; the instants are those of one advance_to
            wf.advance_to(first + timedelta(seconds=1))
        print("ticking", flush=True)
        result = wf.advance_to(END)
        print(json.dumps({"fired": len(result.fired), "failed": list(result.failed)}), flush=True)


def run_ticker(db: Path, *, kill_after: float | None = None) -> tuple[str, float]:
    """Run the ticker in a subprocess; SIGKILL it ``kill_after`` seconds after it starts ticking.

    Returns how it ended ("killed" or its output) and the seconds it ticked.
    """
    process = subprocess.Popen(
        [sys.executable, str(HERE), "tick", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    began = time.perf_counter()
    if first.strip() != "ticking":
        out, err = process.communicate(timeout=60)
        raise RuntimeError(f"the ticker did not start: {first}{out}{err}")
    if kill_after is not None:
        try:
            process.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return "killed", time.perf_counter() - began
    out, err = process.communicate(timeout=600)
    ticked = time.perf_counter() - began
    if process.returncode != 0:
        raise RuntimeError(f"the ticker failed ({process.returncode}): {err[-2000:]}")
    return out.strip(), ticked


# -- what a case looks like --------------------------------------------------------------------


@dataclass
class CaseState:
    version: int
    status: str
    steps: list[list[tuple[Any, ...]]]  # the case's audit events, grouped by step (instant)
    timers: list[tuple[str, str]]  # (element, due_at) of the timers rows
    tasks: list[str]
    hashes: list[str] = field(default_factory=list)


def read_cases(db: Path | sqlite3.Connection, only: set[str] | None = None) -> dict[str, CaseState]:
    """Every case (or those in ``only``) as its rows say."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True) if isinstance(db, Path) else db
    try:
        cases = {
            r[0]: CaseState(r[1], r[2], [], [], [])
            for r in conn.execute("SELECT id, version, status FROM cases")
            if only is None or r[0] in only
        }
        last_at: dict[str, str] = {}
        for case_id, seq, at, kind, element, data, digest in conn.execute(
            "SELECT case_id, seq, at, kind, element_id, data, hash FROM audit ORDER BY case_id, seq"
        ):
            if case_id not in cases:
                continue
            state = cases[case_id]
            if last_at.get(case_id) != at:
                state.steps.append([])
                last_at[case_id] = at
            state.steps[-1].append((seq, at, kind, element, data))
            state.hashes.append(digest)
        for case_id, element, due in conn.execute(
            "SELECT case_id, element_id, due_at FROM timers ORDER BY case_id, due_at, element_id"
        ):
            if case_id in cases:
                cases[case_id].timers.append((element, due))
        for case_id, element in conn.execute(
            "SELECT case_id, element_id FROM tasks ORDER BY case_id, element_id"
        ):
            if case_id in cases:
                cases[case_id].tasks.append(element)
        return cases
    finally:
        if isinstance(db, Path):
            conn.close()


def check_integrity(db: Path) -> None:
    from ivo_workflow.store import Store

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    store = Store(db)
    try:
        problems = store.verify()
    finally:
        store.close()
    assert problems == [], problems[:5]


Reference = dict[str, dict[int, CaseState]]  # case -> version -> the case right after it


def check_at_step_boundaries(db: Path, reference: Reference) -> dict[str, int]:
    """Every case is exactly its reference state at its version; returns the versions."""
    now = read_cases(db)
    assert set(now) == set(reference), "a case appeared or vanished"
    versions: dict[str, int] = {}
    for case_id, state in now.items():
        expected = reference[case_id].get(state.version)
        assert expected is not None, (case_id, state.version, "a version the reference never had")
        assert len(state.steps) == state.version, (case_id, "audit steps do not match version")
        got = (state.status, state.steps, state.timers, state.tasks)
        assert got == (expected.status, expected.steps, expected.timers, expected.tasks), case_id
        armed: dict[str, int] = defaultdict(int)
        fired: dict[str, int] = defaultdict(int)
        rows: dict[str, int] = defaultdict(int)
        for step in state.steps:
            for _seq, _at, kind, element, _data in step:
                if kind == "deadline":
                    armed[element] += 1
                elif kind == "timer":
                    fired[element] += 1
        for element, _due in state.timers:
            rows[element] += 1
        assert all(count == 1 for count in fired.values()), (case_id, "a timer fired twice")
        for element in set(armed) | set(rows):
            assert armed[element] - fired[element] == rows[element], (case_id, element)
        versions[case_id] = state.version
    return versions


def run_reference(db: Path) -> Reference:
    """The ticker's work in this process, without a kill, with a snapshot after every tick.

    The same calls as the ticker (``advance_to``), with ``tick`` wrapped to read the cases it
    moved: the reference state of every case after each of its steps.
    """
    from ivo_workflow import SimulatedClock, Workflows

    reference: Reference = defaultdict(dict)
    for case_id, state in read_cases(db).items():
        reference[case_id][state.version] = state
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        original = wf.tick

        def tick(now: datetime | None = None, **kwargs: Any) -> Any:
            result = original(now, **kwargs)
            assert not result.failed, result.failed
            for case_id, state in read_cases(wf.store.conn, set(result.fired)).items():
                reference[case_id][state.version] = state
            return result

        wf.tick = tick  # type: ignore[method-assign]
        wf.advance_to(END)
    return dict(reference)


def crash_run(folder: Path, cases: int, kills: int, seed: int = 7) -> dict[str, Any]:
    """Build, run the reference, kill the ticker ``kills`` times, then finish; check each time."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    initial = folder / "initial.db"
    build(initial, cases)
    built = time.perf_counter() - began

    ref_db = folder / "reference.db"
    shutil.copy(initial, ref_db)
    ticking = time.perf_counter()
    reference = run_reference(ref_db)
    full = time.perf_counter() - ticking  # about the ticker's time: the kills spread over it
    final = read_cases(ref_db)

    crash_db = folder / "crash.db"
    shutil.copy(initial, crash_db)
    first = sum(min(v) for v in reference.values())
    last = sum(max(v) for v in reference.values())
    done = before = first
    rate = (last - first) / (2 * full)  # steps a second; a subprocess is slower than this run
    killed_with_work_done = 0
    progress = []
    for kill in range(kills):
        # a random moment while work is left, so that the kills spread over all of it: the
        # time the rest takes at the rate seen so far, shared among the kills still to come
        kill_after = (last - done) / rate * rng.uniform(0.2, 1.6) / (kills - kill)
        how, ticked = run_ticker(crash_db, kill_after=kill_after)
        check_integrity(crash_db)
        at = check_at_step_boundaries(crash_db, reference)
        done = sum(at.values())
        partly = sum(1 for c, v in at.items() if min(reference[c]) < v < max(reference[c]))
        progress.append((kill, round(kill_after, 3), how[:8] or "finished", done, partly))
        if how == "killed" and done > before:
            killed_with_work_done += 1
            rate = (rate + (done - before) / ticked) / 2
        elif how == "killed":  # killed before it saved anything: it is slower than estimated
            rate /= 1.5
        before = done
    out, _ = run_ticker(crash_db)
    check_integrity(crash_db)
    at = check_at_step_boundaries(crash_db, reference)
    assert read_cases(crash_db).keys() == final.keys()
    for case_id, state in read_cases(crash_db).items():
        expected = final[case_id]
        assert (state.version, state.status, state.steps, state.timers, state.tasks) == (
            expected.version,
            expected.status,
            expected.steps,
            expected.timers,
            expected.tasks,
        ), case_id
    killed = sum(1 for p in progress if p[2] == "killed")
    return {
        "cases": cases,
        "kills": kills,
        "killed_mid_run": killed,
        "killed_with_work_done": killed_with_work_done,
        "steps_total": sum(at.values()),
        "build_s": round(built, 1),
        "ticker_full_run_s": round(full, 2),
        "total_s": round(time.perf_counter() - began, 1),
        "progress": progress,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", default="run", choices=["run", "tick"])
    parser.add_argument("db", nargs="?")
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--folder", default=None, help="where to keep the databases")
    args = parser.parse_args()
    if args.command == "tick":
        tick_until_done(Path(args.db))
        return
    import tempfile

    folder = Path(args.folder or tempfile.mkdtemp(prefix="ivo-crash-"))
    figures = crash_run(folder, args.cases, args.kills, args.seed)
    progress = figures.pop("progress")
    for kill, after, how, steps, partly in progress:
        print(f"kill {kill:3}: after {after:6.3f} s: {how:8} steps {steps}, cases midway {partly}")
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
