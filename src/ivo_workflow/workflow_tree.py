"""The SpiffWorkflow workflow classes a case runs on: SpiffWorkflow's own, with faster task queries.

SpiffWorkflow 3.2.0 answers "which tasks are READY / WAITING" with a generic iterator
(``TaskIterator``: a filter object, a list popped from the front, a ``children`` list built per
task, depth bookkeeping per step). ``do_engine_steps`` asks that question again after every task
it runs, and every completed task asks which tasks are waiting — most of the engine's time on a
case goes there (bench/lifecycle.py). The classes here give the same answers, in the same order,
without the iterator:

- "which tasks are in these definite states" (READY, WAITING: the engine's questions) from a
  workflow's root is answered by scanning the task dicts (:func:`definite_tasks`), the few tasks
  found then put in the walk's order;
- any other question by state, ``manual`` or spec name by one plain depth-first walk
  (:func:`tasks_in_state`): a task, then (for a call activity) its called process, then its
  children in order; a task's children are visited only if the task's state is at least the
  lowest the question needs (``TaskIterator``'s rule); a called process is always entered
  (``BpmnTaskIterator``'s);
- no depth limit: SpiffWorkflow stops descending at depth 1000, which would hide the tasks of a
  very long case; ivo-flow's cases are never cut off.

Queries by state, ``manual`` and spec name are answered here; any other filter goes to
SpiffWorkflow unchanged. ``tests/test_workflow_tree.py``
checks the answers against SpiffWorkflow's on every step of every process path it drives.
"""

from __future__ import annotations

from typing import Any

from SpiffWorkflow.bpmn.specs.mixins.subworkflow_task import SubWorkflowTask as _CALL
from SpiffWorkflow.bpmn.util.subworkflow import BpmnSubWorkflow
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.util.task import TaskState

_FUTURE = TaskState.FUTURE
_MAYBE = TaskState.MAYBE
_COMPLETED = TaskState.COMPLETED
_PREDICTED = TaskState.PREDICTED_MASK
_DEFINITE = TaskState.DEFINITE_MASK
_FINISHED = TaskState.FINISHED_MASK


def _min_state(state: int) -> int:
    """Below which state a task's children are not visited (TaskIterator's rule)."""
    if state & _PREDICTED:
        return _MAYBE
    if state & _DEFINITE:
        return _FUTURE
    return _COMPLETED


def tasks_in_state(
    root: Any,
    state: int,
    subprocesses: dict[Any, Any] | None,
    manual: bool | None = None,
    spec_name: str | None = None,
) -> list[Any]:
    """The tasks under ``root`` whose state is in ``state`` (a mask), depth first; called
    processes entered when ``subprocesses`` (the top workflow's) is given. ``manual`` and
    ``spec_name`` filter as SpiffWorkflow's ``TaskFilter`` does."""
    min_state = _min_state(state)
    skip_finished_calls = state <= _FINISHED
    found = []
    stack = [root]
    pop, extend, append = stack.pop, stack.extend, stack.append
    while stack:
        task = pop()
        task_state = task._state
        children = task._children
        spec = task.task_spec
        # only a call activity has a called process (and only its id is a key of the dict)
        called = subprocesses.get(task.id) if subprocesses and isinstance(spec, _CALL) else None
        if called is not None:
            if children:
                tasks = task.workflow.tasks
                extend([tasks[child] for child in reversed(children)])
            if not (task_state >= _FINISHED and skip_finished_calls):
                append(called.task_tree)
        elif children and task_state >= min_state:
            tasks = task.workflow.tasks
            extend([tasks[child] for child in reversed(children)])
        if (
            task_state & state
            and (manual is None or spec.manual == manual)
            and (spec_name is None or spec.name == spec_name)
        ):
            found.append(task)
    return found


def definite_tasks(
    workflow: Any,
    state: int,
    subprocesses: dict[Any, Any] | None,
    manual: bool | None = None,
) -> list[Any]:
    """:func:`tasks_in_state` from ``workflow``'s root for a mask of definite states (FUTURE,
    WAITING, READY, STARTED), by scanning the task dicts instead of walking the tree.

    The walk reaches every such task: SpiffWorkflow predicts only below predicted tasks, so a
    definite task's ancestors are all definite or finished and none of them is passed over. The
    few tasks found are then put in the walk's order (:func:`_tree_position`).
    """
    found: list[Any] = []
    workflows = [workflow]
    for current in workflows:
        tasks = current.tasks
        found += [
            task
            for task in tasks.values()
            if task._state & state and (manual is None or task.task_spec.manual == manual)
        ]
        if subprocesses:  # the processes called from this one
            workflows += [called for call_id, called in subprocesses.items() if call_id in tasks]
    if len(found) > 1:
        found.sort(key=_tree_position)
    return found


def _tree_position(task: Any) -> list[int]:
    """Where the depth-first walk meets ``task``: the index of each step down from the top
    workflow's root, a called process's root (-1) before the children of its call activity."""
    path: list[int] = []
    while True:
        tasks = task.workflow.tasks
        parent_id = task._parent
        while parent_id is not None:
            parent = tasks[parent_id]
            path.append(parent._children.index(task.id))
            task, parent_id = parent, parent._parent
        call_id = task.workflow.parent_task_id
        if call_id is None:
            break
        path.append(-1)
        task = task.workflow.top_workflow.get_task_from_id(call_id)
    path.reverse()
    return path


class _Queries:
    """``get_tasks`` and ``update_waiting_tasks`` through :func:`definite_tasks` and
    :func:`tasks_in_state`."""

    tasks: dict[Any, Any]
    task_tree: Any

    def _subprocesses(self) -> dict[Any, Any]:
        raise NotImplementedError

    def get_tasks(self, first_task: Any = None, **kwargs: Any) -> list[Any]:
        if kwargs.keys() <= {"state", "manual", "spec_name"}:
            state = kwargs.get("state", TaskState.ANY_MASK)
            if (
                (first_task is None or first_task is self.task_tree)
                and not state & ~_DEFINITE
                and kwargs.get("spec_name") is None
            ):
                return definite_tasks(self, state, self._subprocesses(), kwargs.get("manual"))
            return tasks_in_state(
                first_task or self.task_tree,
                state,
                self._subprocesses(),
                kwargs.get("manual"),
                kwargs.get("spec_name"),
            )
        return super().get_tasks(first_task, **kwargs)  # type: ignore[misc]

    def update_waiting_tasks(self) -> None:
        # SpiffWorkflow's Workflow.update_waiting_tasks: this workflow's tasks only
        for task in definite_tasks(self, TaskState.WAITING, None):
            task.task_spec._update(task)


class CaseWorkflow(_Queries, BpmnWorkflow):
    """A case's top-level workflow; its called processes are :class:`CalledWorkflow`."""

    def _subprocesses(self) -> dict[Any, Any]:
        return self.subprocesses

    def create_subprocess(self, my_task: Any, spec_name: str) -> CalledWorkflow:
        subprocess = CalledWorkflow(
            self.subprocess_specs[spec_name], parent_task_id=my_task.id, top_workflow=self
        )
        self.subprocesses[my_task.id] = subprocess
        return subprocess


class CalledWorkflow(_Queries, BpmnSubWorkflow):
    """A called process (call activity) inside a case."""

    def _subprocesses(self) -> dict[Any, Any]:
        return self.top_workflow.subprocesses
