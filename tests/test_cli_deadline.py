"""``ivo-flow deadline`` through click's CliRunner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner, Result
from ivo_flow.main import cli

JSON_KEYS = [
    "start",
    "nominal_last_day",
    "last_day",
    "shifted",
    "reasons",
    "rule",
    "ends_at",
    "explanation",
]


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["deadline", *args])


def test_weeks_json() -> None:
    result = run("2025-12-03", "--weeks", "3", "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert list(record) == JSON_KEYS
    assert record == {
        "start": "2025-12-03",
        "nominal_last_day": "2025-12-24",
        "last_day": "2025-12-29",
        "shifted": True,
        "reasons": ["julafton", "juldagen", "annandag jul", "lördag", "söndag"],
        "rule": ["1 § lag (1930:173) om beräkning av lagstadgad tid", "2 § lag (1930:173)"],
        "ends_at": "2025-12-29T23:59:59+01:00",
        "explanation": record["explanation"],
    }
    assert "julafton" in record["explanation"]
    assert result.stderr == ""


def test_plain_output() -> None:
    result = run("1 oktober 2014", "--weeks", "3")
    assert result.exit_code == 0, result.output
    assert "onsdagen den 22 oktober 2014" in result.stdout
    assert "2014-10-22" in result.stdout
    assert "Tre veckor från onsdagen den 1 oktober 2014" in result.stdout


@pytest.mark.parametrize(
    ("args", "last_day"),
    [
        (("2024-01-31", "--months", "1"), "2024-02-29"),
        (("2024-02-29", "--years", "1"), "2025-02-28"),
        (("2025-08-31", "--months", "6"), "2026-03-02"),
    ],
)
def test_months_and_years(args: tuple[str, ...], last_day: str) -> None:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["last_day"] == last_day


def test_appeal_with_unknown_public_party_warns_on_stderr() -> None:
    result = run("--appeal", "--received", "2025-12-05", "--issued", "2025-12-01", "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert list(record) == JSON_KEYS
    assert record["last_day"] == "2025-12-22"
    assert record["start"] == "2025-12-01"
    assert record["rule"][0] == "44 § förvaltningslagen (2017:900)"
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("varning: ")
    assert "part som företräder det allmänna" in lines[0]
    assert "varning" not in result.stdout


@pytest.mark.parametrize(
    ("flag", "last_day", "start"),
    [
        ("--public-party", "2025-12-22", "2025-12-01"),
        ("--no-public-party", "2025-12-29", "2025-12-05"),
    ],
)
def test_appeal_public_party_flags(flag: str, last_day: str, start: str) -> None:
    result = run("--appeal", "--received", "2025-12-05", "--issued", "2025-12-01", flag, "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["last_day"], record["start"]) == (last_day, start)
    assert result.stderr == ""


def test_appeal_received_only_old_fl() -> None:
    result = run("--appeal", "--received", "den 1 oktober 2014", "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["last_day"] == "2014-10-22"
    assert record["rule"][0] == "23 § förvaltningslagen (1986:223)"


def test_appeal_of_a_court_judgment() -> None:
    result = run("--appeal", "--received", "1999-03-16", "--court", "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["last_day"] == "1999-04-06"
    assert record["rule"][0] == "6 a § förvaltningsprocesslagen (1971:291)"


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ivo-flow: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_malformed_date() -> None:
    result = run("2015-02-30", "--weeks", "3")
    assert_one_line_error(result, "2015-02-30", "YYYY-MM-DD")
    assert result.exit_code == 2


@pytest.mark.parametrize(
    "args",
    [
        ("30/3", "--weeks", "3"),
        ("2025-01-01",),
        ("2025-01-01", "--weeks", "0"),
        ("2025-01-01", "--weeks", "-3"),
        ("2025-01-01", "--weeks", "3", "--months", "1"),
        ("--weeks", "3"),
        ("--appeal",),
        ("--appeal", "--received", "3/30/2015"),
        ("--appeal", "--received", "2025-12-05", "--issued", "2015-02-30"),
        ("--appeal", "--received", "2025-12-05", "--public-party"),
        ("--appeal", "--received", "2025-12-01", "--issued", "2025-12-05"),
        ("2025-01-01", "--appeal", "--received", "2025-12-05"),
        ("2025-01-01", "--weeks", "3", "--received", "2025-12-05"),
    ],
)
def test_bad_input_is_one_line(args: tuple[str, ...]) -> None:
    assert_one_line_error(run(*args))
