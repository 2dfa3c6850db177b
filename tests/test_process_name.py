"""Issue 10, target 5: the name a process gives itself is stored with its version (``specs``
column ``process_name``, migration m009), so that ``show`` reads one column instead of the whole
stored bundle; a process without a name is shown by its id."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from bpmn_fixtures import script_process, write
from click.testing import CliRunner
from conftest import OSKARSHAMN
from ivo_flow.main import cli

from ivo_workflow import SimulatedClock, Workflows
from ivo_workflow.store import MIGRATIONS

START = datetime(2014, 10, 1, 10, 0, tzinfo=UTC)


def _show(db: Path, case_id: str, *args: str) -> str:
    result = CliRunner().invoke(
        cli, ["--db", str(db), "show", case_id, "--at", "2014-10-02", *args]
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def _stored_names(db: Path) -> dict[str, str | None]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT process_id, process_name FROM specs").fetchall()
    conn.close()
    return dict(rows)


def test_a_stored_version_keeps_its_name_and_a_nameless_process_shows_its_id(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "p"
    named = script_process("rakna", "x = 1").replace(
        '<bpmn:process id="rakna"', '<bpmn:process id="rakna" name="Räkna &amp; pröva"'
    )
    write(folder, "rakna.bpmn", named)
    write(folder, "namnlos.bpmn", script_process("namnlos", "x = 1"))
    db = tmp_path / "cases.db"
    with Workflows.open(db, clock=SimulatedClock(START), processes=folder) as wf:
        wf.start("rakna", case_id="r")
        wf.start("namnlos", case_id="n")
        assert wf.process_name("rakna", "r") == "Räkna & pröva"
        assert wf.process_name("rakna") == "Räkna & pröva"  # the library's version
        assert wf.process_name("namnlos", "n") == "namnlos"
    assert _stored_names(db) == {"rakna": "Räkna & pröva", "namnlos": None}
    assert _show(db, "r").startswith("Ärende r — Räkna & pröva (rakna, version ")
    assert _show(db, "n").startswith("Ärende n — namnlos (namnlos, version ")


def test_the_name_migration_fills_the_versions_of_older_databases(tmp_path: Path) -> None:
    """A database written before m009 (no ``process_name`` column) gets each stored version's
    name from its bundle; ``show`` prints the same as on a database written with the column."""
    db = tmp_path / "cases.db"
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        wf.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    shown, as_json = _show(db, "osk"), _show(db, "osk", "--json")
    assert shown.startswith("Ärende osk — Föreläggande vid vite (forelaggande, version ")
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE specs DROP COLUMN process_name")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_process_name'")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(db)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(specs)")]
    conn.close()
    assert "process_name" not in columns
    assert (_show(db, "osk"), _show(db, "osk", "--json")) == (shown, as_json)
    assert _stored_names(db) == {"forelaggande": "Föreläggande vid vite"}
    assert "m009_process_name" in [m.__name__ for m in MIGRATIONS]
