"""Issue 7, the CLI's bad-input catalogue: each bad input through click's CliRunner AND one real
``ivo-flow`` subprocess run (a real terminal run shows no traceback either).

Each category is a named test (pytest id = the category): ONE line on stderr naming what and
where, the exit code of its error class (errors.py), no "Traceback" anywhere, and the database
file byte-identical before and after (sha256 of the file and of its WAL).

The models declare no field types (no formField or typed data objects in processes/), so "data of
the wrong type for a declared field" is its nearest equivalent: a date field given garbage, refused
at the element that reads it. A read-only database and a full disk are simulated in-process as
tests/test_bad_input.py does (``PRAGMA query_only``, ``PRAGMA max_page_count``), also in the
subprocess (through a two-line wrapper around the console entry point).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bpmn_fixtures import HEAD
from click.testing import CliRunner
from conftest import OSKARSHAMN

from ivo_workflow import SimulatedClock, Workflows
from ivo_workflow.errors import (
    InputError,
    NotFoundError,
    SpecError,
    StoreError,
    TaskNotReadyError,
)

START = datetime(2014, 10, 1, 10, 0, tzinfo=UTC)
DOC = "<bpmn:documentation>Lagrum: test</bpmn:documentation>"


def checksum(db: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(db.parent.iterdir())
        if p.name.startswith(db.name) and not p.name.endswith("-shm") and p.stat().st_size
    }


def _process(pid: str, body: str) -> str:
    return (
        HEAD.format(pid=pid)
        + f'<bpmn:process id="{pid}" isExecutable="true">{DOC}'
        + f'<bpmn:startEvent id="borjan" name="Början">{DOC}</bpmn:startEvent>'
        + body
        + f'<bpmn:endEvent id="slut" name="Slut">{DOC}</bpmn:endEvent>'
        + "</bpmn:process></bpmn:definitions>\n"
    )


def _models(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "processes"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


# Each category: (setup(tmp_path, db) -> argv, mode, exit code, words on the line).
# ``mode``: "" or "readonly" / "full" (the database simulated so, as test_bad_input does).
Setup = Callable[[Path, Path], list[str]]


def malformed_bpmn(tmp_path: Path, db: Path) -> list[str]:
    folder = _models(tmp_path, "trasig.bpmn", HEAD.format(pid="trasig") + "<bpmn:process id=")
    return ["--processes", str(folder), "start", "trasig", "--case", "t"]


def missing_called_process(tmp_path: Path, db: Path) -> list[str]:
    body = (
        f'<bpmn:callActivity id="anropa" name="Anropa" calledElement="saknas">{DOC}'
        "</bpmn:callActivity>"
        '<bpmn:sequenceFlow id="f1" sourceRef="borjan" targetRef="anropa" />'
        '<bpmn:sequenceFlow id="f2" sourceRef="anropa" targetRef="slut" />'
    )
    folder = _models(tmp_path, "anropar.bpmn", _process("anropar", body))
    return ["--processes", str(folder), "start", "anropar", "--case", "t"]


def flow_to_missing_element(tmp_path: Path, db: Path) -> list[str]:
    body = '<bpmn:sequenceFlow id="f1" sourceRef="borjan" targetRef="finns_inte" />'
    folder = _models(tmp_path, "trasigt_flode.bpmn", _process("trasigt_flode", body))
    return ["--processes", str(folder), "start", "trasigt_flode", "--case", "t"]


def _script(tmp_path: Path, start: str, decided: str) -> Path:
    path = tmp_path / "fall.toml"
    path.write_text(
        'process = "forelaggande"\ncase = "skript"\ntitle = "Ett fall"\n'
        f'start = "{start}"\n[data]\nbeslutsdatum = "{decided}"\n',
        encoding="utf-8",
    )
    return path


def corrupt_state(tmp_path: Path, db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE cases SET state = ? WHERE id = 'osk'", [b"\x00garbage\xff" * 10])
    conn.execute("DELETE FROM state_log WHERE case_id = 'osk'")
    conn.commit()
    conn.close()
    return ["complete", "osk", "delge_forelaggandet", "--data", "delgivningsdatum=2014-10-03"]


def not_sqlite(tmp_path: Path, db: Path) -> list[str]:
    for path in db.parent.iterdir():
        if path.name.startswith(db.name):
            path.unlink()
    db.write_bytes(b"PK\x03\x04 this is a zip file, not a database\n" * 100)
    return ["cases"]


DELIVER = ["complete", "osk", "delge_forelaggandet", "--data", "delgivningsdatum=2014-10-03"]

CATEGORIES: dict[str, tuple[Setup, str, int, tuple[str, ...]]] = {
    "malformed_bpmn": (malformed_bpmn, "", SpecError.exit_code, ("trasig.bpmn",)),
    "missing_called_process": (
        missing_called_process,
        "",
        SpecError.exit_code,
        ("anropar.bpmn", "saknas"),
    ),
    "flow_to_missing_element": (
        flow_to_missing_element,
        "",
        SpecError.exit_code,
        ("trasigt_flode.bpmn", "finns_inte"),
    ),
    "unknown_process": (
        lambda t, d: ["start", "nope", "--case", "x"],
        "",
        NotFoundError.exit_code,
        ("'nope'",),
    ),
    "unknown_case": (lambda t, d: ["show", "nope"], "", NotFoundError.exit_code, ("'nope'",)),
    "unknown_task": (
        lambda t, d: ["complete", "osk", "nope"],
        "",
        NotFoundError.exit_code,
        ("case 'osk'", "'nope'"),
    ),
    "task_not_ready": (
        lambda t, d: ["complete", "osk", "kontrollera_efterlevnad"],
        "",
        TaskNotReadyError.exit_code,
        ("kontrollera_efterlevnad", "delge_forelaggandet"),
    ),
    "impossible_date_in_at": (
        lambda t, d: [*DELIVER, "--at", "2015-02-30"],
        "",
        InputError.exit_code,
        ("2015-02-30", "no such day"),
    ),
    "ambiguous_date_in_at": (
        lambda t, d: [*DELIVER, "--at", "30/3"],
        "",
        InputError.exit_code,
        ("'30/3'",),
    ),
    "impossible_date_in_data": (
        lambda t, d: [
            "complete",
            "osk",
            "delge_forelaggandet",
            "--data",
            "delgivningsdatum=2015-02-30",
        ],
        "",
        InputError.exit_code,
        ("forelaggande.bpmn", "2015-02-30"),
    ),
    "ambiguous_date_in_data": (
        lambda t, d: ["complete", "osk", "delge_forelaggandet", "--data", "delgivningsdatum=30/3"],
        "",
        InputError.exit_code,
        ("forelaggande.bpmn", "'30/3'"),
    ),
    "impossible_date_in_a_case_script": (
        lambda t, d: ["run", str(_script(t, "2015-02-30", "2015-02-27"))],
        "",
        InputError.exit_code,
        ("fall.toml", "2015-02-30"),
    ),
    "ambiguous_date_in_a_case_script": (
        lambda t, d: ["run", str(_script(t, "2015-03-02", "30/3"))],
        "",
        InputError.exit_code,
        ("fall.toml", "'30/3'"),
    ),
    "wrong_type_for_a_date_field": (
        lambda t, d: ["complete", "osk", "delge_forelaggandet", "--data", "delgivningsdatum=17"],
        "",
        InputError.exit_code,
        ("forelaggande.bpmn", "forelaggandet_galler_omedelbart"),
    ),
    "corrupted_state_row": (corrupt_state, "", StoreError.exit_code, ("'osk'", "state")),
    "not_a_sqlite_database": (
        not_sqlite,
        "",
        StoreError.exit_code,
        ("not an ivo-flow (SQLite) database",),
    ),
    "read_only_database": (lambda t, d: DELIVER, "readonly", StoreError.exit_code, ("cases.db",)),
    "full_disk": (
        lambda t, d: [
            "start",
            "forelaggande",
            "--case",
            "fyller",
            "--at",
            "2014-10-01",
            *[
                f"--data={k}={v}"
                for k, v in OSKARSHAMN.items()
                if v is not None and k != "atgarder"
            ],
            # more than the free space of the pages there are: the write must grow the file
            "--data=atgarder=" + "utreda och besluta " * 1_000,
        ],
        "full",
        StoreError.exit_code,
        ("cases.db", "full"),
    ),
}

# Runs the console entry point with the database simulated read-only or full (as
# tests/test_bad_input.py does): every Store opened gets the pragma.
WRAPPER = """
import sys
from ivo_workflow import store
mode = sys.argv.pop(1)
if mode:
    opened = store.Store.__init__
    def __init__(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        if mode == "readonly":
            self.conn.execute("PRAGMA query_only = ON")
        else:
            pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
            self.conn.execute(f"PRAGMA max_page_count = {pages}")
    store.Store.__init__ = __init__
from ivo_flow.main import main
sys.argv[0] = "ivo-flow"
main()
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """The Oskarshamn case waiting for delgivning."""
    path = tmp_path / "cases.db"
    with Workflows.open(path, clock=SimulatedClock(START)) as wf:
        wf.start("forelaggande", case_id="osk", data=OSKARSHAMN)
    return path


def _check(
    db: Path,
    before: dict[str, str],
    code: int,
    stdout: str,
    stderr: str,
    expected: int,
    words: tuple[str, ...],
) -> None:
    assert "Traceback" not in stdout + stderr, stdout + stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("ivo-flow: "), lines
    for word in words:
        assert word in lines[0], (word, lines[0])
    assert code == expected, (code, lines[0])
    assert checksum(db) == before


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IVO_FLOW_")}
    env["COLUMNS"] = "200"
    return env


@pytest.mark.parametrize("category", list(CATEGORIES))
def test_cli_runner(
    category: str, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup, mode, expected, words = CATEGORIES[category]
    args = ["--db", str(db), *setup(tmp_path, db)]
    before = checksum(db)
    if mode:
        from ivo_workflow import store

        opened = store.Store.__init__

        def patched(self: store.Store, *a: object, **k: object) -> None:
            opened(self, *a, **k)  # type: ignore[arg-type]
            if mode == "readonly":
                self.conn.execute("PRAGMA query_only = ON")
            else:
                pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
                self.conn.execute(f"PRAGMA max_page_count = {pages}")

        monkeypatch.setattr(store.Store, "__init__", patched)
    for key in [k for k in os.environ if k.startswith("IVO_FLOW_")]:
        monkeypatch.delenv(key)
    from ivo_flow.main import cli

    result = CliRunner().invoke(cli, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    _check(db, before, result.exit_code, result.stdout, result.stderr, expected, words)


@pytest.mark.parametrize("category", list(CATEGORIES))
def test_real_terminal_run(category: str, db: Path, tmp_path: Path) -> None:
    setup, mode, expected, words = CATEGORIES[category]
    args = ["--db", str(db), *setup(tmp_path, db)]
    before = checksum(db)
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, mode, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(),
        cwd=tmp_path,
    )
    _check(db, before, done.returncode, done.stdout, done.stderr, expected, words)
