"""Issue 7, tamper evidence: the head of each case's audit chain (seq, hash of its last event) is
kept in the case row, written in the same transaction as the events (migration m005), so that
deleting the LAST events of a case — which leaves a chain that still links — is found by verify.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import OSKARSHAMN

from ivo_workflow import NotFoundError, SimulatedClock, StoreError, Workflows
from ivo_workflow.store import MIGRATIONS

START = datetime(2014, 10, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def trail(tmp_path: Path) -> Path:
    path = tmp_path / "cases.db"
    with Workflows.open(path, clock=SimulatedClock(START)) as wf:
        wf.start("forelaggande", case_id="osk", data=OSKARSHAMN)
        wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
        wf.start("forelaggande", case_id="orord", data=OSKARSHAMN)
        assert wf.verify() == []
    return path


def _sql(db: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER IF EXISTS audit_append_only_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_append_only_delete")
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def _head(db: Path, case_id: str) -> tuple[int, str]:
    conn = sqlite3.connect(db)
    row = conn.execute("SELECT audit_seq, audit_hash FROM cases WHERE id = ?", [case_id]).fetchone()
    conn.close()
    return row


def test_the_head_is_the_last_event(trail: Path) -> None:
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        last = wf.history("osk")[-1]
    assert _head(trail, "osk") == (last.seq, last.hash)


def test_deleting_the_last_event_is_found(trail: Path) -> None:
    seq, _ = _head(trail, "osk")
    _sql(trail, "DELETE FROM audit WHERE case_id = 'osk' AND seq = ?", seq)
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        problems = wf.verify()
        assert [(p.case_id, p.seq) for p in problems] == [("osk", seq)]
        assert "events deleted" in problems[0].problem
        assert wf.verify("orord") == []
        assert [(p.case_id, p.seq) for p in wf.verify("osk")] == [("osk", seq)]


def test_deleting_the_last_three_events_is_found(trail: Path) -> None:
    seq, _ = _head(trail, "osk")
    _sql(trail, "DELETE FROM audit WHERE case_id = 'osk' AND seq > ?", seq - 3)
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        assert [(p.case_id, p.seq) for p in wf.verify()] == [("osk", seq - 2)]


def test_deleting_the_whole_trail_is_found(trail: Path) -> None:
    _sql(trail, "DELETE FROM audit WHERE case_id = 'osk'")
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        assert [(p.case_id, p.seq) for p in wf.verify()] == [("osk", 1)]


def test_a_replaced_last_event_is_found(trail: Path) -> None:
    """The last event rewritten with a consistent hash still differs from the stored head."""
    from ivo_workflow.store import _event_hash

    seq, _ = _head(trail, "osk")
    conn = sqlite3.connect(trail)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM audit WHERE case_id='osk' AND seq=?", [seq]).fetchone())
    conn.close()
    row["actor"] = "någon annan"
    _sql(
        trail,
        "UPDATE audit SET actor = ?, hash = ? WHERE case_id = 'osk' AND seq = ?",
        row["actor"],
        _event_hash(row["prev_hash"], row),
        seq,
    )
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        problems = wf.verify()
        assert [(p.case_id, p.seq) for p in problems] == [("osk", seq)]
        assert "head" in problems[0].problem


def test_cli_verify_reports_deleted_last_events(trail: Path) -> None:
    from ivo_flow.main import cli

    seq, _ = _head(trail, "osk")
    _sql(trail, "DELETE FROM audit WHERE case_id = 'osk' AND seq = ?", seq)
    result = CliRunner().invoke(cli, ["--db", str(trail), "verify"])
    assert result.exit_code == StoreError.exit_code
    assert result.output.splitlines() == [
        f"osk: event {seq} is missing: the trail ends at event {seq - 1}, the case's head is "
        f"event {seq} (events deleted)"
    ]


def test_the_head_migration_takes_the_trail_of_older_databases(trail: Path) -> None:
    """A database written before m005 gets each case's head from its trail as it stands."""
    conn = sqlite3.connect(trail)
    conn.execute("ALTER TABLE cases DROP COLUMN audit_seq")
    conn.execute("ALTER TABLE cases DROP COLUMN audit_hash")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_audit_head'")
    conn.commit()
    conn.close()
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        assert wf.verify() == []
        last = wf.history("osk")[-1]
    assert _head(trail, "osk") == (last.seq, last.hash)
    assert "m005_audit_head" in [m.__name__ for m in MIGRATIONS]


def test_the_pattern_migration_indexes_only_what_patterns_read(trail: Path) -> None:
    """m006: a database with the full element index gets the partial one instead."""
    conn = sqlite3.connect(trail)
    conn.execute("DROP INDEX audit_pattern")
    conn.execute("CREATE INDEX audit_element ON audit(element_id, at)")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_audit_pattern'")
    conn.commit()
    conn.close()
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        assert wf.verify() == []
    conn = sqlite3.connect(trail)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_pattern'").fetchone()
    conn.close()
    assert "audit_pattern" in names and "audit_element" not in names
    assert "WHERE element_id IN ('uppgifter_inkommer'" in sql


def test_the_head_moves_with_every_save_and_a_failed_save_leaves_it(trail: Path) -> None:
    before = _head(trail, "osk")
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        with pytest.raises(NotFoundError):
            wf.complete("osk", "nope")
        assert _head(trail, "osk") == before
        wf.complete("orord", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
        last = wf.history("orord")[-1]
    assert _head(trail, "orord") == (last.seq, last.hash)


def test_the_rowid_migration_keeps_every_event_and_state(trail: Path) -> None:
    """m007: a trail and state log clustered by case (WITHOUT ROWID, as before) are rewritten in
    rowid order with the same rows; the chain still verifies and the cases still run."""
    conn = sqlite3.connect(trail)
    conn.execute("DROP TRIGGER audit_append_only_update")
    conn.execute("DROP TRIGGER audit_append_only_delete")
    for table, key in (("audit", "case_id, seq"), ("state_log", "case_id, seq")):
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()[0]
        old = sql.replace(f"UNIQUE ({key}))", f"PRIMARY KEY ({key})) WITHOUT ROWID")
        conn.execute(re.sub(rf'TABLE "?{table}"?', f"TABLE {table}_old", old, count=1))
        conn.execute(f"INSERT INTO {table}_old SELECT * FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}_old RENAME TO {table}")
    before = conn.execute("SELECT * FROM audit ORDER BY case_id, seq").fetchall()
    states = conn.execute("SELECT * FROM state_log ORDER BY case_id, seq").fetchall()
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_appended_in_rowid_order'")
    conn.commit()
    assert (
        "WITHOUT ROWID"
        in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit'").fetchone()[0]
    )
    conn.close()
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        assert wf.verify() == []
        wf.complete("orord", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
        assert wf.verify() == []
    conn = sqlite3.connect(trail)
    for table in ("audit", "state_log"):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        assert "WITHOUT ROWID" not in sql
    after = conn.execute("SELECT * FROM audit WHERE NOT (case_id = 'orord' AND seq > 3)").fetchall()
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert sorted(after, key=lambda r: (r[0], r[1])) == before
    assert {"audit_append_only_update", "audit_append_only_delete"} <= names
    assert conn.execute("SELECT count(*) FROM state_log").fetchone()[0] >= len(states)
    conn.close()
