"""Issue 7, golden state files: state written by this release loads and runs in every later one.

``tests/golden/golden-1.db.xz`` (made by hand with ``python tests/golden/make_golden.py``) holds,
for every process of the bundled set, a case in every waiting state the process can be in;
``tests/golden/manifest.json`` says, per case, its process, spec hash, what it waits for (tasks,
timers, messages) and the recipe that drives it to an end state. Each test unpacks the file into
its tmp_path (the committed file is never touched), opens the copy with ``Workflows.open`` and
the CLI (``ivo-flow --db COPY verify``, ``show CASE``), checks the case is where the manifest
says, and drives it to its end.

WHEN A LATER RELEASE CHANGES THE STATE FORMAT (the schema, the serialized workflow, the spec
bundle): add a migration (a new function appended to ``store.MIGRATIONS``, or an upgrade where
the engine restores a state) so that these files load — NEVER regenerate or edit them to make a
release pass. The upgrade path is a migration, never a broken load. A release may ADD a golden
file of its own (``golden-2.db.xz``, its cases in the manifest) beside this one.
"""

from __future__ import annotations

import json
import lzma
import subprocess
import sys
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ivo_workflow import SimulatedClock, TaskNotReadyError, Workflows

GOLDEN = Path(__file__).resolve().parent / "golden"
MANIFEST: dict[str, Any] = json.loads((GOLDEN / "manifest.json").read_text(encoding="utf-8"))
CASES: dict[str, dict[str, Any]] = MANIFEST["cases"]
NO_SUCH_MESSAGE = "ingen_sadan_handelse"


@cache
def unpacked(name: str) -> bytes:
    return lzma.decompress((GOLDEN / name).read_bytes())


def copy_of(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name.removesuffix(".xz")
    target.write_bytes(unpacked(name))
    return target


def awaited_messages(wf: Workflows, case_id: str) -> list[str]:
    try:
        wf.message(case_id, NO_SUCH_MESSAGE, {})
    except TaskNotReadyError as error:
        hint = error.hint or ""
        names = hint.split(":", 1)[1] if ":" in hint else ""
        return sorted({n.strip() for n in names.split(",") if n.strip() and n.strip() != "none"})
    raise AssertionError("a message nobody waits for was accepted")


def apply(wf: Workflows, move: dict[str, Any], case_id: str) -> None:
    """One recipe step: time runs to ``at`` (firing the case's timers due), then the act."""
    at = datetime.fromisoformat(move["at"])
    if at > wf.clock.now():
        wf.advance_to(at, case_id=case_id)
    if "complete" in move:
        wf.complete(case_id, move["complete"], move.get("data") or {})
    elif "message" in move:
        wf.message(case_id, move["message"], move.get("data") or {})


def test_the_golden_files_are_small_and_cover_every_process() -> None:
    files = {entry["db"] for entry in CASES.values()}
    assert sum((GOLDEN / f).stat().st_size for f in files) < 2_000_000
    from ivo_workflow.specs import SpecLibrary

    covered = {entry["process"] for entry in CASES.values()}
    # a process with no waiting state (it runs straight to its end) has no case
    straight = {"monsteranalys"}
    bundled = {info.id for info in SpecLibrary.from_directory(None).infos()}
    assert bundled - straight <= covered, bundled - straight - covered


@pytest.mark.parametrize("db_name", sorted({e["db"] for e in CASES.values()}))
def test_the_golden_database_verifies_through_the_cli(db_name: str, tmp_path: Path) -> None:
    """A real ``ivo-flow verify`` run on a copy: ok, no traceback, the copy's cases listed."""
    copy = copy_of(db_name, tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "ivo_flow.main", "--db", str(copy), "verify"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "ok\n", "")
    with Workflows.open(copy) as wf:
        assert wf.verify() == []
        stored = {c.id for c in wf.cases()}
    assert stored == {cid for cid, e in CASES.items() if e["db"] == db_name}


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_a_golden_case_loads_and_runs_to_its_end(case_id: str, tmp_path: Path) -> None:
    entry = CASES[case_id]
    copy = copy_of(entry["db"], tmp_path)
    from ivo_flow.main import cli

    runner = CliRunner()
    shown = runner.invoke(cli, ["--db", str(copy), "show", case_id])
    assert shown.exit_code == 0, shown.output
    assert "Traceback" not in shown.output and entry["process"] in shown.output
    as_json = runner.invoke(cli, ["--db", str(copy), "show", case_id, "--json"])
    assert as_json.exit_code == 0, as_json.output
    [record] = json.loads(as_json.stdout)
    assert (record["id"], record["status"]) == (case_id, "open")

    updated = datetime.fromisoformat(entry["updated_at"])
    with Workflows.open(copy, clock=SimulatedClock(updated)) as wf:
        case = wf.case(case_id)
        assert case.is_open and case.process_id == entry["process"]
        assert (case.spec_hash, case.version) == (entry["spec_hash"], entry["version"])
        waiting = entry["waiting"]
        assert sorted(t.element_id for t in case.tasks) == waiting["tasks"]
        assert sorted({t.element_id for t in case.timers}) == waiting["timers"]
        assert awaited_messages(wf, case_id) == waiting["messages"]
        if entry["to_end"] is None:
            pytest.skip("make_golden.py found no way to an end from this state")
        for move in entry["to_end"]:
            apply(wf, move, case_id)
        done = wf.case(case_id)
        assert done.status == "completed", (done.tasks, done.timers)
        assert done.end_state == entry["end_state"]
        assert wf.verify(case_id) == []
