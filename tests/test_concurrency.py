"""Issue 7, "nothing lost": two OS processes do the same step of the same case at the same moment.

Two long-lived worker processes (multiprocessing, 'spawn'), each with its own ``Workflows`` on
the same database file, are released together by a ``Barrier`` and both try the same step:
complete the ready task, deliver the awaited message, complete the next task. Per race:

- exactly one succeeds;
- the other gets ``ConflictError`` if it read the case before the winner committed (its message
  names the version both read), or ``TaskNotReadyError`` if it read the case after (the step is
  already done: nothing is waiting). Both are right; which one depends only on that timing.
  Anything else (a second success, a lost update, another error) fails the test;
- the audit trail has each step once: seq contiguous from 1, the hash chain intact.

Every 20th round one worker is held back after the barrier, so that it reads the case after
the winner committed (``TaskNotReadyError``); the other rounds are true races (``ConflictError``
whenever both read before either wrote). ``N`` rounds: ``IVO_FLOW_RACES``, default 1 000.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sqlite3
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ivo_workflow import ConflictError, SimulatedClock, TaskNotReadyError, Workflows

START = datetime(2014, 10, 1, 10, 0, tzinfo=UTC)
CASE_DATA = {
    "adressat": "Socialnämnden i Oskarshamns kommun",
    "kommun": "Oskarshamns kommun",
    "beslutsdatum": "2014-10-01",
    "atgarder": "MI ska föregås av utredning",
    "atgardsfrist": "2015-01-19",
    "vite_belopp": 1_000_000,
    "allman_part": None,
}
STAGGER = 0.05  # seconds the late worker of a staggered round waits after the barrier
# the steps raced in each round, in order: (kind, name, data)
STEPS: list[tuple[str, str, dict[str, Any]]] = [
    ("complete", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"}),
    ("message", "overklagande_inkommer", {"inkom": "2014-10-10"}),
    ("complete", "overlamna_till_forvaltningsratten", {}),
]


def worker(db: str, barrier: Any, commands: Any, results: Any) -> None:
    """Run raced steps until told to stop; report (outcome, detail, seconds) per step."""
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        results.put(("ready", "", 0.0))
        while True:
            command = commands.get()
            if command is None:
                return
            case_id, kind, name, data, delay = command
            barrier.wait()
            time.sleep(delay)
            began = time.perf_counter()
            try:
                if kind == "complete":
                    wf.complete(case_id, name, data)
                else:
                    wf.message(case_id, name, data)
            except ConflictError as error:
                outcome, detail = "conflict", str(error)
            except TaskNotReadyError as error:
                outcome, detail = "not_ready", str(error)
            except Exception as error:  # anything else is a failure of the test
                outcome, detail = "error", f"{type(error).__name__}: {error}"
            else:
                outcome, detail = "ok", ""
            results.put((outcome, detail, time.perf_counter() - began))


def audit_is_whole(wf: Workflows, case_id: str) -> list[tuple[int, str, str | None]]:
    """The case's trail: seq contiguous from 1 and the hash chain intact; returns the events."""
    assert wf.verify(case_id) == []
    events = wf.history(case_id)
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    return [(e.seq, e.kind, e.element_id) for e in events]


def race(db: Path, rounds: int) -> dict[str, Any]:
    """``rounds`` cases, each with every step of STEPS raced by two worker processes."""
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(2)
    commands = [ctx.Queue(), ctx.Queue()]
    results = ctx.Queue()
    with Workflows.open(db, clock=SimulatedClock(START)):
        pass  # the schema exists before the workers open it
    workers = [
        ctx.Process(target=worker, args=(str(db), barrier, commands[i], results), daemon=True)
        for i in range(2)
    ]
    for process in workers:
        process.start()
    outcomes: Counter[str] = Counter()
    seconds: list[float] = []
    try:
        assert sorted(results.get(timeout=120)[0] for _ in workers) == ["ready", "ready"]
        began = time.perf_counter()
        with Workflows.open(db, clock=SimulatedClock(START)) as main:
            for n in range(rounds):
                case_id = f"k{n}"
                main.start("forelaggande", case_id=case_id, data=CASE_DATA)
                for kind, name, data in STEPS:
                    version = main.case(case_id).version
                    # every 20th round one worker comes late: it reads after the winner committed
                    late = STAGGER if n % 20 == 19 else 0.0
                    for i, queue in enumerate(commands):
                        queue.put((case_id, kind, name, data, late if i else 0.0))
                    got = sorted(
                        (results.get(timeout=60) for _ in workers), key=lambda r: r[0] != "ok"
                    )
                    (first, _, t1), (second, detail, t2) = got
                    seconds += [t1, t2]
                    assert first == "ok" and second in {"conflict", "not_ready"}, (n, name, got)
                    if second == "conflict":
                        assert f"case '{case_id}'" in detail, detail
                        assert f"expected version {version})" in detail, detail
                    else:  # the step was done already: the case is no longer waiting for it
                        assert f"'{name}'" in detail and "not waiting" in detail, detail
                        assert name not in detail.split("(", 1)[1], detail
                    outcomes[second] += 1
                    after = main.case(case_id)
                    assert after.version == version + 1, (n, name)
                events = audit_is_whole(main, case_id)
                done = [e for e in events if e[1] in {"task", "message"}]
                assert [e[2] for e in done] == [name for _, name, _ in STEPS], events
        elapsed = time.perf_counter() - began
    finally:
        for queue in commands:
            queue.put(None)
        for process in workers:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    seconds.sort()
    return {
        "rounds": rounds,
        "races": rounds * len(STEPS),
        "conflict": outcomes["conflict"],
        "not_ready": outcomes["not_ready"],
        "seconds": round(elapsed, 1),
        "median_step_ms": round(1000 * seconds[len(seconds) // 2], 2),
        "max_step_ms": round(1000 * seconds[-1], 1),
    }


def test_two_processes_race_for_the_same_steps(tmp_path: Path) -> None:
    rounds = int(os.environ.get("IVO_FLOW_RACES", "1000"))
    figures = race(tmp_path / "cases.db", rounds)
    print(f"\nconcurrency: {figures}")
    assert figures["conflict"] + figures["not_ready"] == rounds * len(STEPS)
    if rounds >= 20:  # both outcomes happened, and both were checked
        assert figures["conflict"] and figures["not_ready"]


# -- the CLI: a conflict is one line and exit code 8 ------------------------------------------


def test_cli_conflict_is_one_line_and_exit_8(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer completes the task between the CLI's read and its write."""
    from ivo_flow.main import cli

    from ivo_workflow.engine import Engine

    db = tmp_path / "cases.db"
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        wf.start("forelaggande", case_id="osk", data=CASE_DATA)
    original = Engine.complete
    raced: list[str] = []

    def racing_complete(self: Engine, *args: Any, **kwargs: Any) -> Any:
        if not raced:
            raced.append("the other writer")
            with Workflows.open(db, clock=SimulatedClock(START)) as other:
                other.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-02"})
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Engine, "complete", racing_complete)
    result = CliRunner().invoke(
        cli,
        [
            "--db",
            str(db),
            "complete",
            "osk",
            "delge_forelaggandet",
            "--data",
            "delgivningsdatum=2014-10-03",
            "--at",
            "2014-10-03",
        ],
    )
    assert raced
    assert result.exit_code == ConflictError.exit_code == 8, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "osk" in lines[0] and "changed by someone else" in lines[0], lines
    assert "Traceback" not in result.output
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        assert wf.case("osk").data["delgivningsdatum"] == "2014-10-02"  # the other one's
        assert wf.verify() == []
