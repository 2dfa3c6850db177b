"""The engine's faster task queries (CaseWorkflow, CalledWorkflow) give SpiffWorkflow's own
answers, in its order, on every query of every step of a synthetic year of cases and of every
bundled example."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from ivo_flow.main import cli
from SpiffWorkflow.util.task import TaskIterator

from ivo_workflow import SimulatedClock, Workflows
from ivo_workflow import engine as workflow_tree
from ivo_workflow.simulate import simulate

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.toml"))


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Every answer of ``tasks_in_state`` and ``definite_tasks`` compared with SpiffWorkflow's
    iterators."""
    walk, scan = workflow_tree.tasks_in_state, workflow_tree.definite_tasks
    counts = {"queries": 0, "tasks": 0, "scans": 0, "sorted": 0}

    def stock(root: Any, subprocesses: Any, **kwargs: Any) -> list:
        if subprocesses is None:  # Workflow.update_waiting_tasks: no called processes
            return list(TaskIterator(root, **kwargs))
        return list(root.workflow.get_tasks_iterator(root, **kwargs))

    def same(found: list, expected: list) -> list:
        assert [t.id for t in found] == [t.id for t in expected]
        counts["queries"] += 1
        counts["tasks"] += len(found)
        return found

    def checked_walk(
        root: Any,
        state: int,
        subprocesses: Any,
        manual: bool | None = None,
        spec_name: str | None = None,
    ) -> list:
        found = walk(root, state, subprocesses, manual, spec_name)
        return same(
            found, stock(root, subprocesses, state=state, manual=manual, spec_name=spec_name)
        )

    def checked_scan(
        workflow: Any, state: int, subprocesses: Any, manual: bool | None = None
    ) -> list:
        found = scan(workflow, state, subprocesses, manual)
        counts["scans"] += 1
        counts["sorted"] += len(found) > 1
        return same(found, stock(workflow.task_tree, subprocesses, state=state, manual=manual))

    monkeypatch.setattr(workflow_tree, "tasks_in_state", checked_walk)
    monkeypatch.setattr(workflow_tree, "definite_tasks", checked_scan)
    return counts


def test_a_simulated_year_gets_the_same_answers(tmp_path: Path, compared: dict[str, int]) -> None:
    clock = SimulatedClock(datetime(2025, 1, 1, 8, tzinfo=UTC))
    with Workflows.open(tmp_path / "sim.db", clock=clock) as workflows:
        summary = simulate(workflows, cases=40, seed=7)
    assert summary.failed == ()
    assert len(summary.paths) >= 5  # appeals, compliance, non-compliance, imposition, ...
    assert compared["queries"] > 1_000 and compared["tasks"] > 1_000
    assert compared["sorted"] > 100  # several tasks found at once: put in the walk's order


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_gets_the_same_answers(
    tmp_path: Path, example: Path, compared: dict[str, int]
) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "run", str(example)])
    assert result.exit_code == 0, result.output
    assert compared["queries"] > 10


def test_a_called_process_comes_before_the_children_of_its_call_activity() -> None:
    """The walk's order, as BpmnTaskIterator has it: a call activity, then its called process,
    then its own children."""
    from types import SimpleNamespace as Node
    from uuid import uuid4

    top = Node(tasks={}, parent_task_id=None)
    sub = Node(tasks={}, parent_task_id=None, top_workflow=top)

    def task(workflow: Node, parent: Node | None) -> Node:
        node = Node(id=uuid4(), workflow=workflow, _parent=parent.id if parent else None)
        node._children = []
        workflow.tasks[node.id] = node
        if parent is not None:
            parent._children.append(node.id)
        return node

    root = task(top, None)
    call = task(top, root)
    after_call = task(top, call)
    sub_root = task(sub, None)
    inside = task(sub, sub_root)
    sub.parent_task_id = call.id
    top.get_task_from_id = lambda tid: top.tasks.get(tid)
    shuffled = [after_call, inside, call, root, sub_root]
    order = sorted(shuffled, key=workflow_tree._tree_position)
    assert order == [root, call, sub_root, inside, after_call]
