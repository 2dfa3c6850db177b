"""Design properties behind the issue-10 benchmarks (fast; the benchmarks live in bench/)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from conftest import OSKARSHAMN

from ivo_workflow import SimulatedClock, Workflows

START = datetime(2014, 10, 1, 10, tzinfo=UTC)


def test_the_due_query_uses_the_due_at_index(workflows: Workflows) -> None:
    plan = workflows.store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT case_id, MIN(due_at) AS first_due FROM timers INDEXED BY "
        "timers_due WHERE due_at <= ? GROUP BY case_id ORDER BY first_due, case_id",
        ["2015-01-01"],
    ).fetchall()
    assert any("USING INDEX timers_due" in row[-1] for row in plan), plan
    source = Path(__file__).resolve().parents[1] / "src/ivo_workflow/store.py"
    assert "FROM timers INDEXED BY timers_due" in source.read_text(encoding="utf-8")


def test_tick_rolls_back_only_the_failing_case(workflows: Workflows, clock: SimulatedClock) -> None:
    for case_id in ("a", "b", "c"):
        workflows.start("forelaggande", case_id=case_id, data=OSKARSHAMN)
        workflows.complete(case_id, "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    before = workflows.store.load("b")
    workflows.store.conn.execute(  # b's stored state is broken: restoring it fails
        "UPDATE state_log SET delta = x'00' WHERE case_id = 'b'"
    )
    workflows._live.clear()
    clock.set(datetime(2014, 10, 25, 12, tzinfo=UTC))
    result = workflows.tick()
    assert sorted(result.fired) == ["a", "c"]
    assert [case_id for case_id, _ in result.failed] == ["b"]
    assert workflows.store.load("b", with_state=False).version == before.version
    assert workflows.case("a").version == 3 and workflows.case("c").version == 3


def _modules_after_show(tmp_path: Path) -> set[str]:
    """The modules a fresh process has loaded after ``ivo-flow show`` of a started case."""
    db = tmp_path / "cases.db"
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        wf.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    code = (
        "import sys\nfrom ivo_flow.main import cli\n"
        f"cli(['--db', {str(db)!r}, 'show', 'osk', '--at', '2014-10-02'], standalone_mode=False)\n"
        "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.splitlines())
    assert "ivo_flow.show_cmd" in loaded, out.stdout + out.stderr  # show did run
    return loaded


def test_show_imports_no_engine(tmp_path: Path) -> None:
    loaded = {name.split(".")[0] for name in _modules_after_show(tmp_path)}
    assert not loaded & {"SpiffWorkflow", "sqlite_utils"}


def test_stored_bytes_per_case_stay_below_the_full_serialisation(workflows: Workflows) -> None:
    from ivo_workflow.store import case_bytes

    workflows.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    workflows.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    stored = case_bytes(workflows.store, "osk")
    row, compiled = workflows._load("osk")
    from datetime import date

    from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
    from SpiffWorkflow.bpmn.serializer.default.workflow import (
        BpmnSubWorkflowConverter,
        BpmnWorkflowConverter,
    )
    from SpiffWorkflow.spiff.serializer.config import SPIFF_CONFIG

    from ivo_workflow.engine import CalledWorkflow, CaseWorkflow, load_state
    from ivo_workflow.model import Deadline
    from ivo_workflow.timers import register_converters

    registry = BpmnWorkflowSerializer.configure(SPIFF_CONFIG)  # the stock one: spec included
    BpmnWorkflowConverter(CaseWorkflow, registry, typename="BpmnWorkflow")
    BpmnSubWorkflowConverter(CalledWorkflow, registry, typename="BpmnSubWorkflow")
    register_converters(registry)
    registry.register(date, lambda d: {"value": d.isoformat()}, lambda d: None)
    registry.register(Deadline, lambda d: d.as_record(), Deadline.from_record)
    workflow = load_state(row.stored_state, compiled)
    full = len(BpmnWorkflowSerializer(registry).serialize_json(workflow).encode())
    assert stored < 0.5 * full, (stored, full)  # the spec is stored once, not per case


def test_a_live_workflow_and_its_stored_deltas_restore_the_same(workflows: Workflows) -> None:
    import json
    import zlib

    from ivo_workflow.engine import dump_state, load_state

    workflows.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    workflows.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    workflows.message("osk", "overklagande_inkommer", {"inkom": "2014-10-20"})
    row, compiled = workflows._load("osk")
    assert row.log  # saved as deltas after the first snapshot
    restored = load_state(row.stored_state, compiled)
    live = workflows._live["osk"].live.workflow
    assert json.loads(zlib.decompress(dump_state(restored))) == json.loads(
        zlib.decompress(dump_state(live))
    )
    view = workflows.complete("osk", "overlamna_till_forvaltningsratten")
    assert view == workflows.case("osk")  # built from the save, equal to a re-read


def test_the_log_of_plain_deltas_is_compacted_by_size(
    workflows: Workflows, clock: SimulatedClock, tmp_path: Path, monkeypatch: Any
) -> None:
    """Deltas are stored as plain JSON; once the logged ones hold COMPACT_BYTES, the next save is
    a snapshot, also when the case was restored from the database rather than kept in memory."""
    from ivo_workflow import engine

    monkeypatch.setattr(engine, "COMPACT_BYTES", 6000)
    steps = [
        ("2014-10-03", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"}),
        ("2014-10-20", None, {"inkom": "2014-10-20"}),
        ("2014-10-21", "overlamna_till_forvaltningsratten", {}),
        (
            "2014-11-30",
            "forvaltningsrattens_dom",
            {"utgang": "fastställt", "dom_delgiven": "2014-12-01"},
        ),
        ("2015-01-21", "kontrollera_efterlevnad", {"foljt": False}),
    ]
    workflows.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    logs = []
    for number, (day, element, data) in enumerate(steps):
        clock.set(datetime.fromisoformat(day + "T12:00:00+00:00"))
        if number == 3:  # from here on the case is restored from the database at every step
            workflows._live_limit = 0
            workflows._live.clear()
        workflows.tick()
        if element is None:
            workflows.message("osk", "overklagande_inkommer", data)
        else:
            workflows.complete("osk", element, data)
        row, _ = workflows._load("osk")
        assert all(delta[:1] == b"{" for delta in row.log), "deltas are plain JSON"
        logged = sum(map(len, row.log))
        assert logged < 6000 + max(map(len, row.log), default=0)
        logs.append(len(row.log))
    assert 0 in logs[1:] and max(logs) > 1, logs  # compacted by size, after more than one delta


def test_a_called_process_is_logged_by_task_and_restores_the_same(
    workflows: Workflows, clock: SimulatedClock
) -> None:
    """Through the call of utdomande_av_vite: every save after the first is a delta that carries
    only the changed tasks of the called process, and the log restores what ran."""
    import json
    import zlib

    from ivo_workflow.engine import dump_state, load_state

    def at(day: str) -> None:
        clock.set(datetime.fromisoformat(day + "T12:00:00+00:00"))

    steps = [
        ("2014-10-03", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"}),
        ("2015-01-21", "kontrollera_efterlevnad", {"foljt": False}),
        ("2015-01-22", "overvag_fortsatta_atgarder", {"atgard": "ansok_om_utdomande"}),
        ("2015-01-22", "ansok_om_utdomande", {}),
    ]
    workflows.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    for day, element, data in steps:
        at(day)
        workflows.tick()
        workflows.complete("osk", element, data)
    row, compiled = workflows._load("osk")
    live = workflows._live["osk"].live.workflow
    assert live.subprocesses, "the called process is running"
    assert len(row.log) > 1
    last = json.loads(row.log[-1] if row.log[-1][:1] == b"{" else zlib.decompress(row.log[-1]))
    sub_headers = last["workflow"]["subprocesses"].values()
    assert sub_headers and all("tasks" not in sub for sub in sub_headers)
    assert last["called"], "the called process's changed tasks are in the delta"
    called_tasks = sum(len(sub.tasks) for sub in live.subprocesses.values())
    assert sum(len(t) for t in last["called"].values()) < called_tasks
    restored = load_state(row.stored_state, compiled)
    assert json.loads(zlib.decompress(dump_state(restored))) == json.loads(
        zlib.decompress(dump_state(live))
    )


def test_a_finished_called_process_is_kept_not_rewritten(
    workflows: Workflows, clock: SimulatedClock
) -> None:
    """After the appeal (the called process overklagande) has ended, later deltas list it as
    kept instead of writing its header and data again; the log still restores what ran."""
    import json
    import zlib

    from ivo_workflow.engine import dump_state, load_state

    def at(day: str) -> None:
        clock.set(datetime.fromisoformat(day + "T12:00:00+00:00"))
        workflows.tick()

    workflows.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    workflows.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    at("2014-10-20")
    workflows.message("osk", "overklagande_inkommer", {"inkom": "2014-10-20"})
    workflows.complete("osk", "overlamna_till_forvaltningsratten")
    at("2014-11-30")
    workflows.complete(
        "osk",
        "forvaltningsrattens_dom",
        {"utgang": "fastställt", "dom_delgiven": "2014-12-01"},
    )
    at("2015-01-20")
    workflows.complete("osk", "kontrollera_efterlevnad", {"foljt": False})
    row, compiled = workflows._load("osk")
    last = json.loads(row.log[-1] if row.log[-1][:1] == b"{" else zlib.decompress(row.log[-1]))
    assert last["workflow"]["kept"], "the ended appeal's header is not written again"
    assert not set(last["workflow"]["kept"]) & set(last["workflow"]["subprocesses"])
    live = workflows._live["osk"].live.workflow
    restored = load_state(row.stored_state, compiled)
    assert json.loads(zlib.decompress(dump_state(restored))) == json.loads(
        zlib.decompress(dump_state(live))
    )


def test_each_task_is_written_as_spiffworkflows_task_converter_writes_it(
    workflows: Workflows, clock: SimulatedClock
) -> None:
    """The state log's text of a task is SpiffWorkflow's TaskConverter output (encoder mode), but
    for a task without data, stored as such instead of as a delta deleting its parent's keys."""
    import json

    from ivo_workflow import engine

    workflows.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    workflows.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    clock.set(datetime(2014, 10, 20, 12, tzinfo=UTC))
    workflows.message("osk", "overklagande_inkommer", {"inkom": "2014-10-20"})
    live = workflows._live["osk"].live.workflow
    registry = engine._SERIALIZER.registry
    registry._encoder_mode = True
    try:
        tasks = [t for wf in (live, *live.subprocesses.values()) for t in wf.tasks.values()]
        ids = engine._IdTexts()
        assert len(tasks) > 20 and any(not t.data for t in tasks) and any(t.data for t in tasks)
        for task in tasks:
            stock = json.loads(json.dumps(registry.convert(task), cls=engine._ENCODER))
            if task._parent is not None and not task.data:
                stock["data"], stock["delta"] = {}, {}
            assert json.loads(engine._task_text(task, ids)) == stock, task.task_spec.name
    finally:
        registry._encoder_mode = False


def test_show_imports_no_other_commands(tmp_path: Path) -> None:
    loaded = _modules_after_show(tmp_path)
    assert not loaded & {"ivo_flow.run_cmd", "ivo_flow.docs_cmd", "ivo_flow.simulate_cmd"}


def test_the_simulated_year_runs_every_path_without_a_failure(tmp_path: Path) -> None:
    """The synthetic caseload follows the current models: no step is refused."""
    from ivo_workflow.simulate import simulate

    with Workflows.open(tmp_path / "sim.db", clock=SimulatedClock(START)) as wf:
        summary = simulate(wf, cases=40, seed=3)
    assert summary.failed == ()


def test_a_state_of_an_unknown_format_is_refused_by_name(workflows: Workflows) -> None:
    """States are written as ivo-2 and ivo-1 ones still read; any other format is refused."""
    import json
    import zlib

    import pytest

    from ivo_workflow.engine import STATE_FORMAT, load_state
    from ivo_workflow.errors import StoreError

    workflows.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    row, compiled = workflows._load("osk")
    document = json.loads(zlib.decompress(row.state))
    assert document["format"] == STATE_FORMAT == "ivo-2"
    for known in ("ivo-1", "ivo-2"):
        old = zlib.compress(json.dumps({**document, "format": known}).encode())
        assert load_state(old, compiled).is_completed() is False
    future = zlib.compress(json.dumps({**document, "format": "ivo-9"}).encode())
    with pytest.raises(StoreError, match="unknown state format ivo-9"):
        load_state(future, compiled)
