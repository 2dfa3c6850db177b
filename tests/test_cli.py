"""The ivo-flow commands of issue 2 through click's CliRunner, each on its own tmp_path database."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from ivo_flow.context import parse_data, parse_value
from ivo_flow.main import cli
from ivo_flow.run_cmd import bundled_example

from ivo_workflow import CaseExistsError, ClockError, InputError, NotFoundError, TaskNotReadyError

OSKARSHAMN = "oskarshamn-2014"
START_DATA = [
    "--data",
    "beslutsdatum=2014-10-01",
    "--data",
    "adressat=Socialnämnden i Oskarshamns kommun",
    "--data",
    "kommun=Oskarshamns kommun",
    "--data",
    "atgarder=MI m.fl. föregås av utredning, bedömning och beslut",
    "--data",
    "atgardsfrist=2015-01-19",
    "--data",
    "vite_belopp=1000000",
    "--data",
    "allman_part=null",
]


def invoke(db: Path, *args: str, columns: int | None = None) -> Result:
    env = {"COLUMNS": str(columns)} if columns else {}
    result = CliRunner(env=env).invoke(cli, ["--db", str(db), *args])
    assert "Traceback" not in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


def ok(db: Path, *args: str, columns: int | None = None) -> Result:
    result = invoke(db, *args, columns=columns)
    assert result.exit_code == 0, result.stderr or result.output
    assert result.stderr == ""
    return result


def as_json(db: Path, *args: str) -> list[dict[str, Any]]:
    records = json.loads(ok(db, *args, "--json").stdout)
    assert isinstance(records, list)
    for record in records:
        assert isinstance(record, dict) and record["id"]
    return records


def one_line_error(result: Result, exit_code: int, *fragments: str) -> str:
    assert result.exit_code == exit_code, (result.exit_code, result.stderr, result.output)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ivo-flow: ")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def flat(text: str) -> str:
    """Output with rich's wrapping undone (runs of whitespace become one space)."""
    return " ".join(text.split())


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


# -- ivo-flow run -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def oskarshamn(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    db = tmp_path_factory.mktemp("run") / "cases.db"
    return db, ok(db, "run")


def test_run_prints_the_oskarshamn_timeline(oskarshamn: tuple[Path, Result]) -> None:
    _, result = oskarshamn
    text = flat(result.stdout)
    assert text.startswith("Oskarshamn 2014")
    # the appeal deadline, armed on service (3 October), with its explanation and warning
    assert (
        "2014-10-03 IVO Frist: Överklagandetiden löper ut — sista dag onsdagen den 22 oktober 2014"
        in text
    )
    assert "eftersom det inte är verifierat vilket som gäller" in text
    assert "Regel: 23 § förvaltningslagen (1986:223)" in text
    assert "Varning: OVERIFIERAT" in text
    # the task data, the message, the statute of each step
    assert "Delge föreläggandet (delgivningsdatum: 2014-10-03)" in text
    assert "Överklagande inkommer till IVO (inkom: 2014-10-20)" in text
    assert "Lagrum: 2 § fjärde stycket lag (1985:206) om viten" in text
    # the compliance date passes (the timer fires at the start of 20 January)
    assert (
        "2015-01-20 IVO Åtgärdsfristen löper ut: fristen löpte ut "
        "(sista dag måndagen den 19 januari 2015)" in text
    )
    # dated lines are in order
    days = [line[:10] for line in result.stdout.splitlines() if line[:4] in ("2014", "2015")]
    assert days == sorted(days) and days[0] == "2014-10-01"
    # and it ends waiting for the court (and for IVO's check), with no running deadline
    tail = flat(result.stdout.split("Läge:")[-1])
    assert tail.startswith("öppet")
    assert "väntar på: Förvaltningsrätten: Förvaltningsrätten meddelar dom" in tail
    assert "väntar på: IVO: Kontrollera om föreläggandet har följts" in tail
    assert tail.endswith("Nästa frist: ingen frist löper")


def test_run_persists_the_case(oskarshamn: tuple[Path, Result]) -> None:
    db, _ = oskarshamn
    [case] = as_json(db, "show", OSKARSHAMN)
    assert case["status"] == "open"
    assert case["data"]["delgivningsdatum"] == "2014-10-03"
    assert case["data"]["allman_part"] is None
    assert case["started_at"] == "2014-10-01T10:00:00+00:00"
    tasks = {t["id"] for t in as_json(db, "tasks", OSKARSHAMN)}
    assert tasks == {
        f"{OSKARSHAMN}/forvaltningsrattens_dom",
        f"{OSKARSHAMN}/kontrollera_efterlevnad",
    }


def test_run_twice_is_an_error_unless_replace(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    first = as_json(db, "run")
    assert [e["id"] for e in first][:2] == [f"{OSKARSHAMN}#1", f"{OSKARSHAMN}#2"]
    assert {"start", "task", "message", "deadline", "timer"} <= {e["kind"] for e in first}
    before = checksum(db)
    line = one_line_error(invoke(db, "run"), CaseExistsError.exit_code, OSKARSHAMN, "--replace")
    assert "oskarshamn-2014.toml" in line
    assert checksum(db) == before
    again = as_json(db, "run", "--replace")
    assert len(again) == len(first)  # the old trail is gone, not doubled
    assert [e["kind"] for e in again] == [e["kind"] for e in first]


def test_run_a_script_file(tmp_path: Path) -> None:
    script = tmp_path / "kort.toml"
    script.write_text(
        SCRIPT.replace(
            "{events}",
            'date = 2014-10-03\ncomplete = "delge_forelaggandet"\n'
            "data = { delgivningsdatum = 2014-10-03 }",
        ),
        encoding="utf-8",
    )
    db = tmp_path / "cases.db"
    text = flat(ok(db, "run", str(script)).stdout)
    assert (
        "Nästa frist: Överklagandetiden löper ut [IVO], sista dag onsdagen den 22 oktober 2014"
        in text
    )


SCRIPT = """
process = "forelaggande"
case = "kort"
title = "Ett kort ärende"
start = 2014-10-01
unset = ["allman_part"]

[data]
beslutsdatum = 2014-10-01
adressat = "Socialnämnden"
kommun = "Kommunen"
atgarder = "Åtgärda"
atgardsfrist = 2015-01-19
vite_belopp = 1000

[[events]]
{events}
"""

GOOD_EVENT = """date = 2014-10-03
complete = "delge_forelaggandet"
data = { delgivningsdatum = 2014-10-03 }
"""


@pytest.mark.parametrize(
    ("text", "exit_code", "fragments"),
    [
        ("process = \n", InputError.exit_code, ["not valid TOML"]),
        (SCRIPT.replace('case = "kort"\n', "").replace("{events}", GOOD_EVENT), 2, ["'case'"]),
        (SCRIPT.replace("start = 2014-10-01\n", "").replace("{events}", GOOD_EVENT), 2, ["start"]),
        (SCRIPT.replace("{events}", GOOD_EVENT) + "evnts = 1\n", 2, ["unknown key", "evnts"]),
        (
            SCRIPT.replace("{events}", 'date = "2014-02-30"\ncomplete = "delge_forelaggandet"'),
            2,
            ["event 1", "2014-02-30"],
        ),
        (
            SCRIPT.replace("{events}", 'date = 2014-10-03\ncomplete = "x"\nmessage = "y"'),
            2,
            ["event 1"],
        ),
        (SCRIPT.replace("{events}", 'date = 2014-10-03\nwhat = "x"'), 2, ["event 1", "what"]),
        (
            SCRIPT.replace("{events}", 'date = 2014-09-03\ncomplete = "delge_forelaggandet"'),
            2,
            ["event 1", "before"],
        ),
        (
            SCRIPT.replace(
                "{events}", GOOD_EVENT + '\n[[events]]\ndate = 2014-10-20\ncomplete = "nej"'
            ),
            NotFoundError.exit_code,
            ["event 2", "'nej'", "on 2014-10-20"],
        ),
        (
            SCRIPT.replace(
                "{events}", GOOD_EVENT + '\n[[events]]\ndate = 2014-10-20\nmessage = "brev"'
            ),
            TaskNotReadyError.exit_code,
            ["event 2", "'brev'", "overklagande_inkommer"],
        ),
        (
            SCRIPT.replace('"forelaggande"', '"okand_process"').replace("{events}", GOOD_EVENT),
            NotFoundError.exit_code,
            ["start", "okand_process"],
        ),
    ],
    ids=[
        "toml",
        "missing-case",
        "missing-start",
        "unknown-key",
        "bad-date",
        "complete-and-message",
        "unknown-event-key",
        "before-start",
        "unknown-task",
        "unknown-message",
        "unknown-process",
    ],
)
def test_a_bad_case_file_is_one_line_and_writes_nothing(
    tmp_path: Path, text: str, exit_code: int, fragments: list[str]
) -> None:
    db = tmp_path / "cases.db"
    ok(db, "start", "forelaggande", "--case", "annat", *START_DATA, "--at", "2014-10-01")
    before = checksum(db)
    script = tmp_path / "trasig.toml"
    script.write_text(text, encoding="utf-8")
    line = one_line_error(invoke(db, "run", str(script)), exit_code, "trasig.toml", *fragments)
    assert checksum(db) == before, line
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id FROM cases").fetchall() == [("annat",)]


def test_missing_case_file(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    one_line_error(invoke(db, "run", str(tmp_path / "nej.toml")), 2, "nej.toml")
    assert not db.exists()


def test_bundled_example_is_package_data() -> None:
    path = bundled_example()
    assert path.name == "oskarshamn-2014.toml"
    assert 'case = "oskarshamn-2014"' in path.read_text(encoding="utf-8")


# -- the case commands, step by step --------------------------------------------------------------


def test_a_case_step_by_step(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    [case] = as_json(
        db, "start", "forelaggande", "--case", "osk", *START_DATA, "--at", "2014-10-01"
    )
    assert case["id"] == "osk" and case["status"] == "open"
    assert case["data"]["vite_belopp"] == 1000000 and case["data"]["allman_part"] is None
    assert [t["id"] for t in case["tasks"]] == ["osk/delge_forelaggandet"]

    text = flat(
        ok(
            db,
            "complete",
            "osk",
            "delge_forelaggandet",
            "--data",
            "delgivningsdatum=2014-10-03",
            "--at",
            "2014-10-03",
        ).stdout
    )
    assert "Ärende osk (forelaggande): öppet" in text
    assert "nästa frist: Överklagandetiden löper ut, sista dag onsdagen den 22 oktober 2014" in text

    # deadlines: calendar and working days from --at (Friday 10 October 2014)
    timers = as_json(db, "deadlines", "--case", "osk", "--at", "2014-10-10")
    assert [t["id"] for t in timers] == [
        "osk/overklagandetiden_loper_ut",
        "osk/atgardsfristen_loper_ut",
    ]
    assert timers[0]["deadline"]["last_day"] == "2014-10-22"
    assert timers[0]["due_at"] == "2014-10-22T21:59:59+00:00"
    soon = as_json(db, "deadlines", "--within", "2w", "--at", "2014-10-10")
    assert [t["id"] for t in soon] == ["osk/overklagandetiden_loper_ut"]
    table = flat(ok(db, "deadlines", "--within", "14d", "--at", "2014-10-10").stdout)
    assert "12 dagar kvar (8 arbetsdagar)" in table
    assert "onsdagen den 22 oktober 2014" in table

    shown = flat(ok(db, "show", "osk", "--at", "2014-10-10").stdout)
    assert "Ärende osk — Föreläggande vid vite" in shown
    assert "Läge: öppet" in shown
    assert "Överklagandetiden löper ut [IVO] — sista dag onsdagen den 22 oktober 2014" in shown
    assert "12 dagar kvar (8 arbetsdagar)" in shown
    assert "eftersom det inte är verifierat" in shown
    assert "Varning: OVERIFIERAT" in shown
    assert "adressat Socialnämnden i Oskarshamns kommun" in shown

    # time does not run backwards for a case
    one_line_error(
        invoke(db, "message", "osk", "overklagande_inkommer", "--at", "2014-10-02"),
        ClockError.exit_code,
        "2014-10-02",
        "osk",
        "2014-10-03",
    )
    ok(
        db,
        "message",
        "osk",
        "overklagande_inkommer",
        "--data",
        "inkom=2014-10-20",
        "--at",
        "2014-10-20",
    )
    assert [t["id"] for t in as_json(db, "tasks", "osk")] == [
        "osk/overlamna_till_forvaltningsratten"
    ]
    ok(db, "complete", "osk", "overlamna_till_forvaltningsratten", "--at", "2014-10-21")

    nothing = as_json(db, "tick", "--now", "2015-01-19T23:00:00+01:00")
    assert nothing == []
    assert "Inga frister löpte ut." in ok(db, "tick", "--now", "2015-01-19").stdout
    fired = as_json(db, "tick", "--now", "2015-01-20T09:00:00+01:00")
    assert fired == [{"id": "osk", "fired": True}]
    by_lane = as_json(db, "tasks", "--lane", "IVO")
    assert [t["id"] for t in by_lane] == ["osk/kontrollera_efterlevnad"]
    assert "Kontrollera om föreläggandet har följts" in flat(ok(db, "tasks", columns=300).stdout)

    ok(
        db,
        "complete",
        "osk",
        "kontrollera_efterlevnad",
        "--data",
        "foljt=false",
        "--at",
        "2015-01-21",
    )
    [done] = as_json(
        db,
        "complete",
        "osk",
        "forvaltningsrattens_dom",
        "--data",
        "utgang=upphävt",
        "--at",
        "2015-03-02",
        "--actor",
        "Förvaltningsrätten i Växjö",
    )
    # The judgment becomes final only when IVO's appeal period (three weeks from the judgment
    # day, FPL 6 a §) has run out: the injunction is quashed on 2015-03-24.
    assert done["status"] == "open"
    assert as_json(db, "tick", "--now", "2015-03-24") == [{"id": "osk", "fired": True}]
    [done] = [c for c in as_json(db, "cases") if c["id"] == "osk"]
    assert done["status"] == "completed" and done["end_state"] == "forelaggandet_upphavt"
    assert [c["id"] for c in as_json(db, "cases", "--status", "completed")] == ["osk"]
    assert as_json(db, "cases", "--status", "open") == []
    assert "Läge: avslutat: Föreläggandet upphävt av domstol" in flat(ok(db, "show", "osk").stdout)

    events = as_json(db, "history", "osk")
    assert [e["id"] for e in events[:3]] == ["osk#1", "osk#2", "osk#3"]
    judgment = [e for e in events if e["element_id"] == "forvaltningsrattens_dom"]
    assert judgment[0]["actor"] == "Förvaltningsrätten i Växjö"
    assert judgment[0]["at"] == "2015-03-02T11:00:00+00:00"
    history = flat(ok(db, "history", "osk", columns=300).stdout)
    assert "2015-03-02 12:00" in history and "utgang: upphävt" in history


def test_listings_and_json(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    assert "Inga ärenden." in ok(db, "cases").stdout
    assert as_json(db, "cases") == []
    assert as_json(db, "tasks") == []
    assert as_json(db, "deadlines") == []
    ok(db, "start", "forelaggande", "--case", "b", *START_DATA, "--at", "2014-10-01")
    ok(db, "start", "forelaggande", "--case", "a", *START_DATA)  # on the system clock
    assert [c["id"] for c in as_json(db, "cases", "--process", "forelaggande")] == ["a", "b"]
    assert as_json(db, "cases", "--process", "annan") == []
    listing = flat(ok(db, "cases", columns=300).stdout)
    assert "Delge föreläggandet [IVO]" in listing
    [info] = [p for p in as_json(db, "processes") if p["id"] == "forelaggande"]
    assert info["id"] == "forelaggande" and info["file"] == "forelaggande.bpmn"
    assert info["lanes"] == ["IVO", "Kommunen (socialnämnden)", "Förvaltningsdomstolarna"]
    assert len(info["spec_hash"]) == 16 and info["elements"] > 20
    assert "Föreläggande vid vite" in flat(ok(db, "processes", columns=300).stdout)


# -- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("show", "nej"),
        ("history", "nej"),
        ("tasks", "nej"),
        ("deadlines", "--case", "nej"),
        ("complete", "nej", "delge_forelaggandet"),
        ("message", "nej", "overklagande_inkommer"),
        ("complete", "osk", "nej"),
        ("start", "nej", "--case", "x"),
    ],
)
def test_unknown_case_task_or_process(tmp_path: Path, args: tuple[str, ...]) -> None:
    db = tmp_path / "cases.db"
    ok(db, "start", "forelaggande", "--case", "osk", *START_DATA, "--at", "2014-10-01")
    one_line_error(invoke(db, *args), NotFoundError.exit_code, "nej")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("deadlines", "--within", "två veckor"), "--within"),
        (("complete", "osk", "delge_forelaggandet", "--data", "utan-likhetstecken"), "--data"),
        (("complete", "osk", "delge_forelaggandet", "--data", "a=1", "--data", "a=2"), "twice"),
        (("complete", "osk", "delge_forelaggandet", "--at", "2014-02-30"), "2014-02-30"),
        (("tick", "--now", "2015-01-20T25:00"), "2015-01-20T25:00"),
    ],
)
def test_bad_input_is_one_line(tmp_path: Path, args: tuple[str, ...], fragment: str) -> None:
    db = tmp_path / "cases.db"
    ok(db, "start", "forelaggande", "--case", "osk", *START_DATA, "--at", "2014-10-01")
    one_line_error(invoke(db, *args), InputError.exit_code, fragment)


def test_a_second_start_of_the_same_id(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    ok(db, "start", "forelaggande", "--case", "osk", *START_DATA, "--at", "2014-10-01")
    one_line_error(
        invoke(db, "start", "forelaggande", "--case", "osk", *START_DATA),
        CaseExistsError.exit_code,
        "osk",
    )


def test_parse_value_and_data() -> None:
    assert [parse_value(v) for v in ("12", "-3", "true", "false", "null", "2014-10-01", "1.5")] == [
        12,
        -3,
        True,
        False,
        None,
        "2014-10-01",
        "1.5",
    ]
    assert parse_data(["a=1", "b=x=y", "c="]) == {"a": 1, "b": "x=y", "c": ""}


def test_complete_at_a_later_day_fires_the_timers_due_before_it(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    ok(db, "start", "forelaggande", "--case", "osk", *START_DATA, "--at", "2014-10-01")
    ok(
        db,
        "complete",
        "osk",
        "delge_forelaggandet",
        "--data",
        "delgivningsdatum=2014-10-03",
        "--at",
        "2014-10-03",
    )
    # no appeal; by 2 February 2015 both the appeal period and the compliance date have run out:
    # their timers fire at their own time, before the task is done
    ok(
        db,
        "complete",
        "osk",
        "kontrollera_efterlevnad",
        "--at",
        "2015-02-02",
        "--data",
        "foljt=true",
    )
    events = as_json(db, "history", "osk")
    timers = [(e["element_id"], e["at"]) for e in events if e["kind"] == "timer"]
    assert timers == [
        ("overklagandetiden_loper_ut", "2014-10-22T22:00:00+00:00"),
        ("senare_sista_dagen_loper_ut", "2014-10-24T22:00:00+00:00"),  # the later last day
        ("atgardsfristen_loper_ut", "2015-01-19T23:00:00+00:00"),
    ]
    assert events[-1]["kind"] == "end"
    [case] = as_json(db, "show", "osk")
    assert case["status"] == "completed" and case["end_state"] == "avslutat_foljt"


def test_a_case_run_on_simulated_time_is_shown_at_that_time(
    oskarshamn: tuple[Path, Result],
) -> None:
    """After `run`, `show` without --at counts from the script's end (until 2015-01-25), not
    from today's date: the database stays on its simulated clock."""
    db, _ = oskarshamn
    text = flat(ok(db, "show", "oskarshamn-2014", columns=200).stdout)
    assert "räknat från 2015-01-25" in text
