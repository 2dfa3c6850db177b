"""Issue 7, "nothing lost": bad input at the library level, and tamper evidence.

Each bad input is a named test: it raises the error of its kind, ``str(error)`` is one line that
names what and where, and the database file is unchanged byte for byte (a checksum of the file
and of its WAL, when one is left).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import OSKARSHAMN

from ivo_workflow import (
    InputError,
    IvoFlowError,
    NotFoundError,
    SimulatedClock,
    StoreError,
    TaskNotReadyError,
    Workflows,
)

START = datetime(2014, 10, 1, 10, 0, tzinfo=UTC)


def checksum(db: Path) -> dict[str, str]:
    """The bytes of the database file and of its WAL, if it holds any (never the -shm index)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(db.parent.iterdir())
        if p.name.startswith(db.name) and not p.name.endswith("-shm") and p.stat().st_size
    }


def one_line(error: BaseException, *words: str) -> str:
    text = str(error)
    assert "\n" not in text and text == text.strip(), text
    assert "Traceback" not in text
    for word in words:
        assert word in text, (word, text)
    return text


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database with the Oskarshamn case waiting for delgivning (closed again)."""
    path = tmp_path / "cases.db"
    with Workflows.open(path, clock=SimulatedClock(START)) as wf:
        wf.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    return path


@pytest.fixture
def wf(db: Path) -> Iterator[Workflows]:
    with Workflows.open(db, clock=SimulatedClock(START)) as workflows:
        yield workflows


def _refused(db: Path, error_type: type[IvoFlowError], call: object, *words: str) -> None:
    """``call()`` raises ``error_type`` in one line naming ``words``; the file is unchanged."""
    before = checksum(db)
    with pytest.raises(error_type) as raised:
        call()  # type: ignore[operator]
    one_line(raised.value, *words)
    assert checksum(db) == before


# -- unknown things, things not ready ----------------------------------------------------------


def test_unknown_process(db: Path, wf: Workflows) -> None:
    _refused(
        db, NotFoundError, lambda: wf.start("nope", case_id="x"), "unknown process 'nope'", "known:"
    )


def test_unknown_case(db: Path, wf: Workflows) -> None:
    _refused(db, NotFoundError, lambda: wf.complete("nope", "delge_forelaggandet"), "'nope'")


def test_unknown_task(db: Path, wf: Workflows) -> None:
    _refused(db, NotFoundError, lambda: wf.complete("osk", "nope"), "'nope'")


def test_completing_a_task_that_is_not_ready(db: Path, wf: Workflows) -> None:
    _refused(
        db,
        TaskNotReadyError,
        lambda: wf.complete("osk", "kontrollera_efterlevnad", {"foljt": True}),
        "kontrollera_efterlevnad",
        "delge_forelaggandet",
    )


def test_message_the_case_is_not_waiting_for(db: Path, wf: Workflows) -> None:
    _refused(
        db,
        TaskNotReadyError,
        lambda: wf.message("osk", "overklagande_inkommer", {"inkom": "2014-10-02"}),
        "overklagande_inkommer",
    )


def test_unknown_message(db: Path, wf: Workflows) -> None:
    wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    _refused(db, TaskNotReadyError, lambda: wf.message("osk", "nope", {}), "'nope'", "waiting for")


def test_a_case_id_that_exists(db: Path, wf: Workflows) -> None:
    from ivo_workflow import CaseExistsError

    _refused(
        db,
        CaseExistsError,
        lambda: wf.start("forelaggande", case_id="osk", data=OSKARSHAMN),
        "'osk'",
    )


# -- impossible and ambiguous dates in the data ------------------------------------------------


@pytest.mark.parametrize(
    "field, value",
    [
        ("atgardsfrist", "2015-02-30"),
        ("atgardsfrist", "2015-13-01"),
        ("atgardsfrist", "19/01/2015"),
        ("atgardsfrist", "next monday"),
        ("beslutsdatum", "2014-02-29"),
    ],
    ids=["february_30", "month_13", "ambiguous_slashes", "words", "not_a_leap_year"],
)
def test_impossible_date_in_the_start_data(tmp_path: Path, field: str, value: str) -> None:
    path = tmp_path / "cases.db"
    with Workflows.open(path, clock=SimulatedClock(START)) as wf:
        wf.start("forelaggande", case_id="annan", data=OSKARSHAMN)
        before = checksum(path)
        with pytest.raises(IvoFlowError) as raised:
            wf.start("forelaggande", case_id="k", data={**OSKARSHAMN, field: value})
        text = one_line(raised.value, "forelaggande.bpmn", value)
        assert "kontrollera_forelaggandet" in text or "_loper_ut" in text, text
        assert not wf.store.exists("k")
        assert checksum(path) == before


def test_impossible_date_when_completing_a_task(db: Path, wf: Workflows) -> None:
    before_case = wf.case("osk")
    _refused(
        db,
        IvoFlowError,
        lambda: wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-32"}),
        "2014-10-32",
        "forelaggande.bpmn",
    )
    after = wf.case("osk")
    assert (after.version, after.tasks, after.timers) == (
        before_case.version,
        before_case.tasks,
        before_case.timers,
    )
    # and the case goes on with a good date
    wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})


def test_impossible_date_in_a_message(db: Path, wf: Workflows) -> None:
    wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    _refused(
        db,
        IvoFlowError,
        lambda: wf.message("osk", "overklagande_inkommer", {"inkom": "2014-09-31"}),
        "2014-09-31",
    )


# -- a damaged or unusable database ------------------------------------------------------------


def test_corrupted_state_row(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE cases SET state = ? WHERE id = 'osk'", [b"\x00garbage\xff" * 10])
    conn.execute("DELETE FROM state_log WHERE case_id = 'osk'")
    conn.commit()
    conn.close()
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        _refused(
            db,
            StoreError,
            lambda: wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"}),
            "osk",
            "state",
        )


def test_corrupted_state_that_is_valid_zlib_but_not_a_state(db: Path) -> None:
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    conn = sqlite3.connect(db)
    conn.execute("UPDATE cases SET state = ? WHERE id = 'osk'", [zlib.compress(b'{"a": 1}')])
    conn.execute("DELETE FROM state_log WHERE case_id = 'osk'")
    conn.commit()
    conn.close()
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        before = checksum(db)
        result = wf.tick(datetime(2015, 6, 1, tzinfo=UTC))  # a tick reports it and goes on
        assert result.fired == ()
        [(case_id, reason)] = result.failed
        assert case_id == "osk"
        assert "\n" not in reason and "case 'osk'" in reason and "state" in reason
        assert checksum(db) == before
        _refused(db, StoreError, lambda: wf.complete("osk", "kontrollera_efterlevnad"), "'osk'")


def test_a_file_that_is_not_a_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database\n" * 100)
    _refused(
        path,
        StoreError,
        lambda: Workflows.open(path, clock=SimulatedClock(START)),
        str(path),
        "not an ivo-flow (SQLite) database",
    )


def test_a_sqlite_database_of_something_else(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE cases (id INTEGER, what TEXT)")
    conn.execute("INSERT INTO cases VALUES (1, 'not ours')")
    conn.commit()
    conn.close()

    def use() -> None:
        with Workflows.open(path, clock=SimulatedClock(START)) as wf:
            wf.cases()

    _refused(path, StoreError, use, str(path))


def _read_only(path: Path) -> Iterator[None]:
    """Make ``path`` read-only even for root (``chattr +i``), else by its permissions."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("root ignores file permissions and chattr is missing")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"chattr +i is not supported here: {done.stderr.decode().strip()}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def _complete_delgivning(db: Path) -> None:
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})


def test_a_read_only_database_file(db: Path) -> None:
    for _ in _read_only(db):
        _refused(db, StoreError, lambda: _complete_delgivning(db), str(db))


def test_a_database_in_a_read_only_folder(db: Path) -> None:
    for _ in _read_only(db.parent):
        _refused(db, StoreError, lambda: _complete_delgivning(db), str(db))


def test_a_read_only_database_opened_read_only(db: Path) -> None:
    """Root ignores permissions, so a read-only database is simulated by SQLite itself."""

    def use() -> None:
        with Workflows.open(db, clock=SimulatedClock(START)) as wf:
            wf.store.conn.execute("PRAGMA query_only = ON")
            wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})

    _refused(db, StoreError, use, str(db))


def test_a_full_disk(db: Path) -> None:
    """``PRAGMA max_page_count`` caps the file at its size: the next write that grows it fails
    (a case whose data needs more room than the pages' free space has)."""
    before = checksum(db)

    def use() -> None:
        with Workflows.open(db, clock=SimulatedClock(START)) as wf:
            pages = wf.store.conn.execute("PRAGMA page_count").fetchone()[0]
            wf.store.conn.execute(f"PRAGMA max_page_count = {pages}")
            large = {**OSKARSHAMN, "atgarder": "utreda och besluta " * 1_000}
            wf.start("forelaggande", case_id="fyller", data=large)

    with pytest.raises(StoreError) as raised:
        use()
    one_line(raised.value, str(db), "full")
    assert checksum(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in conn.execute("SELECT id FROM cases")] == ["osk"]
    conn.close()


def test_a_full_disk_mid_tick(db: Path) -> None:
    """A tick that cannot write reports every case as failed (one line each) and writes none."""
    tick_at = datetime(2015, 6, 1, tzinfo=UTC)
    clock = SimulatedClock(START)
    with Workflows.open(db, clock=clock) as wf:
        wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
        for n in range(3):
            wf.start("forelaggande", case_id=f"k{n}", data=OSKARSHAMN)
            wf.complete(f"k{n}", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
        clock.set(tick_at)  # the database keeps its simulated time when closed: set it here
    before = checksum(db)
    with Workflows.open(db, clock=SimulatedClock(tick_at)) as wf:
        pages = wf.store.conn.execute("PRAGMA page_count").fetchone()[0]
        wf.store.conn.execute(f"PRAGMA max_page_count = {pages}")
        try:
            result = wf.tick(tick_at)
        except StoreError as error:
            one_line(error, str(db))
        else:
            assert result.failed and not result.fired, result
            for _case, reason in result.failed:
                assert "\n" not in reason
    assert checksum(db) == before


# -- tamper evidence ---------------------------------------------------------------------------


def _tamper(db: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER audit_append_only_update")
    conn.execute("DROP TRIGGER audit_append_only_delete")
    conn.execute(sql, params)
    conn.commit()
    conn.close()


@pytest.fixture
def trail(db: Path) -> Path:
    """Two cases with a few events each (the second untouched by the tampering below)."""
    with Workflows.open(db, clock=SimulatedClock(START)) as wf:
        wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
        wf.start("forelaggande", case_id="orord", data=OSKARSHAMN)
        assert wf.verify() == []
    return db


def test_verify_reports_an_edited_event(trail: Path) -> None:
    _tamper(trail, "UPDATE audit SET actor = 'någon annan' WHERE case_id = 'osk' AND seq = 4")
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        problems = wf.verify()
        assert [(p.case_id, p.seq) for p in problems] == [("osk", 4)]
        assert "changed after it was written" in problems[0].problem
        assert wf.verify("orord") == []
        assert [(p.case_id, p.seq) for p in wf.verify("osk")] == [("osk", 4)]


def test_verify_reports_a_deleted_event(trail: Path) -> None:
    _tamper(trail, "DELETE FROM audit WHERE case_id = 'osk' AND seq = 2")
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        assert [(p.case_id, p.seq) for p in wf.verify()] == [("osk", 3)]


def test_verify_reports_a_rehashed_event(trail: Path) -> None:
    """Editing an event and fixing its own hash still breaks the link to the next event."""
    from ivo_workflow.store import _event_hash

    conn = sqlite3.connect(trail)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM audit WHERE case_id = 'osk' AND seq = 2").fetchone())
    conn.close()
    row["actor"] = "någon annan"
    new_hash = _event_hash(row["prev_hash"], row)
    _tamper(
        trail,
        "UPDATE audit SET actor = ?, hash = ? WHERE case_id = 'osk' AND seq = 2",
        row["actor"],
        new_hash,
    )
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf:
        assert [(p.case_id, p.seq) for p in wf.verify()] == [("osk", 3)]


def test_verify_of_an_unknown_case(trail: Path) -> None:
    with Workflows.open(trail, clock=SimulatedClock(START)) as wf, pytest.raises(NotFoundError):
        wf.verify("nope")


def test_cli_verify(trail: Path) -> None:
    from ivo_flow.main import cli

    runner = CliRunner()
    ok = runner.invoke(cli, ["--db", str(trail), "verify"])
    assert (ok.exit_code, ok.output) == (0, "ok\n")
    _tamper(trail, "UPDATE audit SET data = '{}' WHERE case_id = 'osk' AND seq = 4")
    bad = runner.invoke(cli, ["--db", str(trail), "verify"])
    assert bad.exit_code == StoreError.exit_code
    assert bad.output.splitlines() == [
        "osk: event 4 was changed after it was written (its hash does not match)"
    ]
    one = runner.invoke(cli, ["--db", str(trail), "verify", "orord"])
    assert (one.exit_code, one.output) == (0, "ok\n")
    unknown = runner.invoke(cli, ["--db", str(trail), "verify", "nope"])
    assert unknown.exit_code == NotFoundError.exit_code


def test_input_error_is_one_line() -> None:
    error = InputError("bad\nvalue", where="x.bpmn: y", hint="do\tthis")
    assert str(error) == "x.bpmn: y: bad value (do this)"
