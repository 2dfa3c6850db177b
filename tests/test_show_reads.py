"""Issue 10, target 5: ``ivo-flow show CASE`` starts cold, so it reads and imports only what it
shows — no stored workflow state, no process bundle, no module that only a step or a process
file needs."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from conftest import OSKARSHAMN

from ivo_workflow import SimulatedClock, Workflows

START = datetime(2014, 10, 1, 10, 0, tzinfo=UTC)


def _case(tmp_path: Path) -> Path:
    db = tmp_path / "cases.db"
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        wf.start("forelaggande", case_id="osk", data=OSKARSHAMN)
        wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    return db


def test_what_show_shows_is_read_without_state_or_bundle(tmp_path: Path) -> None:
    db = _case(tmp_path)
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        statements: list[str] = []
        wf.store.conn.set_trace_callback(statements.append)
        case = wf.case("osk")
        trail = wf.history("osk")
        name = wf.process_name(case.process_id, case.id)
        tasks = wf.tasks("osk")
        wf.store.conn.set_trace_callback(None)
        assert wf.store.load("osk").state  # the state is there; the views did not read it
    assert (name, case.version, len(trail) > 3) == ("Föreläggande vid vite", 2, True)
    assert [t.element_id for t in tasks] == [t.element_id for t in case.tasks]
    read = "\n".join(statements)
    assert "SELECT" in read
    assert "state_log" not in read and "bundle" not in read
    assert not any(s.startswith("SELECT id") and ", state, " in s for s in statements)


def test_show_imports_nothing_only_steps_or_process_files_need(tmp_path: Path) -> None:
    db = _case(tmp_path)
    code = (
        "import sys\nfrom ivo_flow.main import cli\n"
        f"cli(['--db', {str(db)!r}, 'show', 'osk', '--at', '2014-10-02'], standalone_mode=False)\n"
        "print('LOADED', sorted(set(sys.modules) & "
        "{'html', 'calendar', 'hashlib', 'ivo_workflow.bpmn_text', 'ivo_workflow.specs'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "LOADED []" in out.stdout, out.stdout + out.stderr
