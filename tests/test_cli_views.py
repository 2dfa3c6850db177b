"""The CLI of issue 6: ``diagram``, ``show --html`` and ``deadlines --ics`` mirror the library."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from icalendar import Calendar
from ivo_flow.main import cli
from lxml import etree
from views_case import CASE, oskarshamn


def invoke(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert "Traceback" not in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


def ok(db: Path, *args: str) -> Result:
    result = invoke(db, *args)
    assert result.exit_code == 0, result.stderr or result.output
    assert result.stderr == ""
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "cases.db"
    wf, _clock = oskarshamn(path, "served")
    wf.close()
    return path


def test_diagram_of_a_process(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "forelaggande.svg"
    result = ok(db, "diagram", "forelaggande", "--out", str(out))
    assert result.stdout.strip() == f"Skrev {out}"
    root = etree.fromstring(out.read_bytes())
    assert root.get("data-process-id") == "forelaggande"
    assert "bpmn-state-" not in out.read_text(encoding="utf-8").split("</style>", 1)[1]


def test_diagram_of_a_case_counts_from_at(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "osk.svg"
    ok(db, "diagram", "forelaggande", "--case", CASE, "--at", "2015-01-25", "--out", str(out))
    root = etree.fromstring(out.read_bytes())
    states = {
        g.get("data-element-id"): g.get("data-state") for g in root.iter() if g.get("data-state")
    }
    assert states["atgardsfristen_loper_ut"] == "overdue"
    assert states["delge_forelaggandet"] == "completed"
    stdout = ok(db, "diagram", "forelaggande", "--case", CASE, "--at", "2014-10-10", "--out", "-")
    states = {
        g.get("data-element-id"): g.get("data-state")
        for g in etree.fromstring(stdout.stdout_bytes).iter()
        if g.get("data-state")
    }
    assert states["atgardsfristen_loper_ut"] == "waiting"


def test_show_html_and_deadlines_ics(db: Path, tmp_path: Path) -> None:
    page = tmp_path / "osk.html"
    ok(db, "show", CASE, "--at", "2014-10-10", "--html", str(page))
    text = page.read_text(encoding="utf-8")
    assert "<!DOCTYPE html>" in text and "Processkarta med ärendets läge" in text
    calendar = tmp_path / "frister.ics"
    ok(db, "deadlines", "--at", "2014-10-10", "--within", "30d", "--ics", str(calendar))
    events = Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        f"Sista dag: Överklagandetiden löper ut – {CASE} (Oskarshamns kommun)"
    ]


@pytest.mark.parametrize(
    "args, fragment",
    [
        (("diagram", "nope", "--out", "x.svg"), "unknown process 'nope'"),
        (("diagram", "forelaggande", "--case", "nope", "--out", "x.svg"), "nope"),
        (("show", "nope", "--html", "x.html"), "nope"),
        (("deadlines", "--case", "nope", "--ics", "x.ics"), "nope"),
        (("diagram", "forelaggande", "--out", "/nonexistent/dir/x.svg"), "cannot write"),
    ],
)
def test_errors_are_one_line_and_write_nothing(
    db: Path, tmp_path: Path, args: tuple[str, ...], fragment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(db, *args)
    assert result.exit_code != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ivo-flow: ") and fragment in lines[0]
    assert list(tmp_path.iterdir()) == []
