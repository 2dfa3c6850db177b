"""The faster task queries of workflow_tree give SpiffWorkflow's own answers, in its order, on
every query of every step of a synthetic year of cases and of every bundled example."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from ivo_flow.main import cli
from SpiffWorkflow.util.task import TaskIterator

from ivo_workflow import SimulatedClock, Workflows, workflow_tree
from ivo_workflow.simulate import simulate

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.toml"))


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Every answer of ``tasks_in_state`` compared with SpiffWorkflow's iterators."""
    fast = workflow_tree.tasks_in_state
    counts = {"queries": 0, "tasks": 0}

    def checked(
        root: Any,
        state: int,
        subprocesses: Any,
        manual: bool | None = None,
        spec_name: str | None = None,
    ) -> list:
        found = fast(root, state, subprocesses, manual, spec_name)
        kwargs = {"state": state, "manual": manual, "spec_name": spec_name}
        if subprocesses is None:  # Workflow.update_waiting_tasks: no called processes
            stock = list(TaskIterator(root, **kwargs))
        else:
            stock = list(root.workflow.get_tasks_iterator(root, **kwargs))
        assert [t.id for t in found] == [t.id for t in stock]
        counts["queries"] += 1
        counts["tasks"] += len(found)
        return found

    monkeypatch.setattr(workflow_tree, "tasks_in_state", checked)
    return counts


def test_a_simulated_year_gets_the_same_answers(tmp_path: Path, compared: dict[str, int]) -> None:
    clock = SimulatedClock(datetime(2025, 1, 1, 8, tzinfo=UTC))
    with Workflows.open(tmp_path / "sim.db", clock=clock) as workflows:
        summary = simulate(workflows, cases=40, seed=7)
    assert summary.failed == ()
    assert len(summary.paths) >= 5  # appeals, compliance, non-compliance, imposition, ...
    assert compared["queries"] > 1_000 and compared["tasks"] > 1_000


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_gets_the_same_answers(
    tmp_path: Path, example: Path, compared: dict[str, int]
) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "run", str(example)])
    assert result.exit_code == 0, result.output
    assert compared["queries"] > 10
