"""What every benchmark shares: the appeal path as data, the bare SpiffWorkflow baseline, the
SQLite commit floor, timing and the table of medians.

The *bare engine-only* baseline (``BareRunner``) is exactly:

- the same BPMN bundle, parsed once by SpiffWorkflow's ``SpiffBpmnParser`` with ivo-flow's
  clock-aware timer classes (stock timers read the wall clock; a simulated year needs a clock);
- ``BpmnWorkflow`` with a plain ``PythonScriptEngine(TaskDataEnvironment(functions))`` whose
  globals are the same process functions (legal time) and builtins, and which carries the clock;
- per command: find the ready task by ``get_tasks(state=READY, manual=True)``, ``set_data``,
  ``run``, ``do_engine_steps``; messages by ``send_event``; timers by ``refresh_timers`` +
  ``do_engine_steps`` after the clock moved.

It has no sandbox, no audit, no serialisation, no persistence, no views.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

START = datetime(2014, 10, 1, 10, 0, tzinfo=UTC)

OSKARSHAMN = {
    "adressat": "Socialnämnden i Oskarshamns kommun",
    "kommun": "Oskarshamns kommun",
    "beslutsdatum": "2014-10-01",
    "atgarder": "MI, Spelprogrammet, Väckarklockan, Vägen ut och Anhörigstöd ska föregås av "
    "utredning, bedömning och beslut",
    "atgardsfrist": "2015-01-19",
    "vite_belopp": 1_000_000,
    "allman_part": None,
}


@dataclass(frozen=True)
class Step:
    """One command of a case: at ``at``, do ``kind`` (start|complete|message|timers)."""

    at: datetime
    kind: str
    name: str = ""
    data: dict[str, Any] | None = None


def appeal_path(start: datetime = START) -> list[Step]:
    """The appeal path of forelaggande: appealed, upheld, not complied with, fine applied for
    and imposed (the case completes)."""
    d = lambda days: start + timedelta(days=days)  # noqa: E731
    return [
        Step(d(0), "start", "forelaggande", OSKARSHAMN),
        Step(d(0), "complete", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"}),
        Step(d(19), "message", "overklagande_inkommer", {"inkom": "2014-10-20"}),
        Step(d(20), "complete", "overlamna_till_forvaltningsratten", {}),
        Step(
            d(60),
            "complete",
            "forvaltningsrattens_dom",
            {"utgang": "fastställt", "dom_delgiven": "2014-12-01"},
        ),
        Step(d(111), "timers"),  # 2015-01-20: the appeal period of the judgment and the
        # time for measures have both ended
        Step(d(112), "complete", "kontrollera_efterlevnad", {"foljt": False}),
        # IVO's choice after finality, then the called process utdomande_av_vite to its end
        Step(d(113), "complete", "overvag_fortsatta_atgarder", {"atgard": "ansok_om_utdomande"}),
        Step(d(113), "complete", "ansok_om_utdomande", {}),
        Step(
            d(150),
            "complete",
            "forvaltningsratten_provar_ansokan",
            {"utdomt_belopp": 1_000_000, "fr_vitesdom_datum": "2015-02-28",
             "vitesdom_delgiven": "2015-03-02"},
        ),  # fmt: skip
        Step(d(200), "timers"),  # the judgment on the fine has become final
    ]


# -- the bare baseline ------------------------------------------------------------------------


class BareClock:
    def __init__(self, now: datetime) -> None:
        self.now_ = now

    def now(self) -> datetime:
        return self.now_


def _with_data_functions(base: type) -> type:
    """``base`` with ``parameter()`` bound to the task data per evaluation, as the sandbox does."""
    from ivo_workflow.expressions import _parameter_of

    class Environment(base):  # type: ignore[misc, valid-type]
        def evaluate(self, expression: Any, context: Any, external_context: Any = None) -> Any:
            bound = {**(external_context or {}), "parameter": _parameter_of(dict(context))}
            return super().evaluate(expression, context, bound)

        def execute(self, script: Any, context: Any, external_context: Any = None) -> Any:
            bound = {**(external_context or {}), "parameter": _parameter_of(dict(context))}
            return super().execute(script, context, bound)

    return Environment


class BareRunner:
    """Bare SpiffWorkflow on the same bundle (see the module docstring for what it includes)."""

    def __init__(self, process_id: str = "forelaggande", processes: Path | None = None) -> None:
        from SpiffWorkflow.bpmn.script_engine import PythonScriptEngine, TaskDataEnvironment

        from ivo_workflow.expressions import SAFE_BUILTINS, _process_functions
        from ivo_workflow.specs import SpecLibrary, new_parser, parse_xml

        library = SpecLibrary.from_directory(processes)
        bundle = library.bundle(process_id)
        parser = new_parser()
        for source in bundle.files:
            tree = parse_xml(source.text.encode(), source.name)
            if source.kind == "dmn":
                parser.add_dmn_xml(tree.getroot(), filename=source.name)
            else:
                parser.add_bpmn_xml(tree, filename=source.name)
        self.spec = parser.get_spec(process_id)
        self.subprocess_specs = parser.get_subprocess_specs(process_id)
        self.clock = BareClock(START)
        functions = {**SAFE_BUILTINS, **_process_functions(self.clock)}
        self.engine = PythonScriptEngine(
            environment=_with_data_functions(TaskDataEnvironment)(functions)
        )
        self.engine.clock = self.clock  # type: ignore[attr-defined]

    def new(self, data: dict[str, Any]) -> Any:
        from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
        from SpiffWorkflow.util.task import TaskState

        wf = BpmnWorkflow(self.spec, self.subprocess_specs, script_engine=self.engine)
        wf.task_tree.data.update(data)
        for task in wf.get_tasks(state=TaskState.READY):
            task.data.update(data)
        wf.do_engine_steps()
        return wf

    def step(self, wf: Any, step: Step) -> Any:
        from SpiffWorkflow.bpmn.util import BpmnEvent
        from SpiffWorkflow.spiff.specs.event_definitions import MessageEventDefinition
        from SpiffWorkflow.util.task import TaskState

        self.clock.now_ = step.at
        if step.kind == "start":
            return self.new(dict(step.data or {}))
        if step.kind == "complete":
            task = next(
                t
                for t in wf.get_tasks(state=TaskState.READY, manual=True)
                if t.task_spec.bpmn_id == step.name
            )
            task.set_data(**(step.data or {}))
            task.run()
        elif step.kind == "message":
            wf.send_event(BpmnEvent(MessageEventDefinition(step.name), payload=step.data or {}))
        elif step.kind == "timers":
            wf.refresh_timers()
        wf.do_engine_steps()
        return wf

    def run(self, steps: Sequence[Step]) -> Any:
        wf = None
        for step in steps:
            wf = self.step(wf, step)
        return wf


# -- the facade -------------------------------------------------------------------------------


def run_facade(workflows: Any, case_id: str, steps: Sequence[Step]) -> Any:
    """The same steps through ``Workflows`` (its clock must be a SimulatedClock)."""
    clock = workflows.clock
    case = None
    for step in steps:
        if step.at > clock.now():
            clock.set(step.at)
        if step.kind == "start":
            case = workflows.start(step.name, case_id=case_id, data=step.data)
        elif step.kind == "complete":
            case = workflows.complete(case_id, step.name, step.data)
        elif step.kind == "message":
            case = workflows.message(case_id, step.name, step.data)
        elif step.kind == "timers":
            workflows.tick(step.at)
    return case


# -- SQLite commit floor ----------------------------------------------------------------------


class CommitFloor:
    """An empty-ish transaction: BEGIN IMMEDIATE, one row of ``size`` bytes, COMMIT (WAL)."""

    def __init__(self, folder: Path, synchronous: str, size: int) -> None:
        self.conn = sqlite3.connect(folder / f"floor-{synchronous}.db", isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute(f"PRAGMA synchronous={synchronous}")
        self.conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body BLOB)")
        self.payload = os.urandom(size)
        self.n = 0

    def commit(self) -> None:
        self.n += 1
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?)", (self.n % 64, self.payload))
        self.conn.execute("COMMIT")


# -- timing and tables ------------------------------------------------------------------------


def timed(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def samples(fn: Callable[[], Any], repeats: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    return [timed(fn) for _ in range(repeats)]


def interleaved(fns: dict[str, Callable[[], Any]], repeats: int) -> dict[str, list[float]]:
    """Run each variant once per round, round after round, so drift hits all alike."""
    out: dict[str, list[float]] = {name: [] for name in fns}
    for fn in fns.values():
        fn()  # warm-up
    for _ in range(repeats):
        for name, fn in fns.items():
            out[name].append(timed(fn))
    return out


def fmt(seconds: float, unit: str) -> str:
    scale = {"ms": 1e3, "us": 1e6, "s": 1.0}[unit]
    return f"{seconds * scale:.3f}"


def print_table(title: str, rows: Iterable[tuple[str, Sequence[float]]], unit: str = "ms") -> None:
    rows = list(rows)
    print(f"\n{title}")
    width = max(len(name) for name, _ in rows)
    print(f"  {'variant'.ljust(width)}  {'median':>10}  {'min':>10}  {'max':>10}   ({unit})")
    for name, values in rows:
        print(
            f"  {name.ljust(width)}  {fmt(statistics.median(values), unit):>10}  "
            f"{fmt(min(values), unit):>10}  {fmt(max(values), unit):>10}"
        )


def verdict(name: str, ratio: float, target: float) -> bool:
    ok = ratio <= target
    print(f"  {name}: {ratio:.2f}x  (target <= {target}x)  {'MET' if ok else 'NOT MET'}")
    return ok


def workdir(prefix: str) -> Path:
    """A fresh folder on the real disk (not tmpfs), so that fsync costs what it costs."""
    base = Path(os.environ.get("IVO_BENCH_DIR", ROOT / "bench" / ".work"))
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=base))


# -- many stored cases, cloned from one real case ---------------------------------------------


def cloned_db(path: Path, total: int, due: int, due_at: str, later_at: str) -> Any:
    """A database of ``total`` cases cloned from one real case waiting after delge (its two
    timers armed); ``due`` of them keep their real timers (due before the tick), the others'
    timer rows are moved to ``later_at`` (they would not be loaded by an indexed tick)."""
    from ivo_workflow import SimulatedClock, Workflows

    wf = Workflows.open(path, clock=SimulatedClock(START), synchronous="OFF")
    steps = appeal_path()[:2]
    run_facade(wf, "template", steps)
    conn = wf.store.conn
    tables = {
        "cases": "id",
        "state_log": "case_id",
        "timers": "case_id",
        "tasks": "case_id",
        "audit": "case_id",
    }
    template = {
        t: (
            [d[1] for d in conn.execute(f"PRAGMA table_info({t})")],
            conn.execute(f"SELECT * FROM {t} WHERE {k} = 'template'").fetchall(),
        )
        for t, k in tables.items()
    }
    conn.execute("BEGIN")
    for table, key in tables.items():
        columns, rows = template[table]
        at = columns.index(key)
        due_col = columns.index("due_at") if table == "timers" else None
        marks = ", ".join("?" for _ in columns)
        batch = []
        for n in range(total):
            for row in rows:
                values = list(row)
                values[at] = f"k{n:07d}"
                if due_col is not None:
                    values[due_col] = due_at if n < due else later_at
                batch.append(values)
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", batch)
    conn.execute("COMMIT")
    wf.store.delete_case("template")
    conn.execute("ANALYZE")
    wf.close()
