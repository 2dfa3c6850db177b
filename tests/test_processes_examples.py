"""The case scripts of the intake half (examples/*.toml) run with ``ivo-flow run`` to the end
state or waiting state their sources describe."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from ivo_flow.main import cli
from processes_support import copy_processes

from ivo_workflow import Workflows

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# file, case id, process, status, end state (or None), tasks waiting, timers armed: last days
CASES = [
    (
        "norrkoping-2015.toml",
        "norrkoping-2015",
        "tillsyn",
        "open",
        None,
        [],
        {"redovisningsdagen_passerar": date(2015, 4, 15)},
    ),
    (
        "almhult-2016.toml",
        "almhult-2016",
        "tillsyn",
        "open",
        None,
        [],
        {"redovisningsdagen_passerar": date(2016, 3, 30)},
    ),
    (
        "farsta-2019.toml",
        "farsta-2019",
        "inkommande_uppgifter",
        "completed",
        "tillsyn_genomford",
        [],
        {},
    ),
    (
        "almhult-2019.toml",
        "almhult-2019",
        "inkommande_uppgifter",
        "open",
        None,
        ["valj_utredningsatgard"],
        {},
    ),
]


@pytest.mark.parametrize(
    ("name", "case_id", "process", "status", "end_state", "tasks", "timers"),
    CASES,
    ids=[c[0] for c in CASES],
)
def test_example_runs_to_where_its_sources_stop(
    tmp_path: Path,
    name: str,
    case_id: str,
    process: str,
    status: str,
    end_state: str | None,
    tasks: list[str],
    timers: dict[str, date],
) -> None:
    folder = tmp_path / "processes"
    copy_processes(folder)
    db = tmp_path / "cases.db"
    result = CliRunner().invoke(
        cli, ["--db", str(db), "--processes", str(folder), "run", str(EXAMPLES / name)]
    )
    assert result.exit_code == 0, result.output
    with Workflows.open(db, processes=folder) as wf:
        case = wf.case(case_id)
        assert case.process_id == process
        assert (case.status, case.end_state) == (status, end_state)
        assert [t.element_id for t in case.tasks] == tasks
        assert {
            t.element_id: (t.deadline.last_day if t.deadline else t.due_at.date())
            for t in case.timers
        } == timers
        ends = [e.element_id for e in wf.history(case_id) if e.kind == "end"]
        verdicts = [e for e in wf.history(case_id) if e.element_id == "beslutets_art"]
    if name == "farsta-2019.toml":  # closed without escalation, the reason recorded
        assert ends == [
            "avslutad_utan_eskalering",
            "krav_pa_atgarder_uppfoljda",
            "tillsyn_genomford",
        ]
        assert case.data["avslut_utan_eskalering"]["skal"].startswith("Vite har övervägts")
        assert case.data["tillsynsbeslut"]["overklagbart"] is False
    if name == "norrkoping-2015.toml":  # krav på åtgärder: not appealable (table tillsynsbeslut)
        assert case.data["tillsynsbeslut"]["overklagbart"] is False
        assert case.data["tillsynsbeslut"]["lagrum"].startswith("16 kap. 4 § socialtjänstlagen")
        assert [v.data["dmn"]["rules"][0]["description"] for v in verdicts] == [
            "Krav på åtgärder med redovisning senast en dag som IVO bestämmer, följs upp "
            "(Norrköping 2015-01-13, Älmhult 2016) (före 2025-07-01)."
        ]
