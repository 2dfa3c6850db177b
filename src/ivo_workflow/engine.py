"""One case on SpiffWorkflow: start, complete a task, deliver a message, fire timers.

Each call restores the workflow from its stored state (the spec comes from the compiled bundle,
never from the state), runs to the next wait state and returns a :class:`StepResult`: the new
state, the audit events of what happened, the tasks now waiting for a person and the timers now
armed. No SpiffWorkflow object leaves this module.
"""

from __future__ import annotations

import ast
import json
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from attrs import field, frozen
from SpiffWorkflow.bpmn.script_engine import PythonScriptEngine
from SpiffWorkflow.bpmn.script_engine.python_environment import BasePythonScriptEngineEnvironment
from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
from SpiffWorkflow.bpmn.serializer.default.workflow import (
    BpmnSubWorkflowConverter,
    BpmnWorkflowConverter,
    WorkflowConverter,
)
from SpiffWorkflow.bpmn.specs.event_definitions.timer import TimerEventDefinition
from SpiffWorkflow.bpmn.specs.mixins.subworkflow_task import SubWorkflowTask as _CALL
from SpiffWorkflow.bpmn.util import BpmnEvent
from SpiffWorkflow.bpmn.util.subworkflow import BpmnSubWorkflow
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.dmn.engine.DMNEngine import DMNEngine
from SpiffWorkflow.exceptions import SpiffWorkflowException
from SpiffWorkflow.spiff.serializer.config import SPIFF_CONFIG
from SpiffWorkflow.spiff.specs.event_definitions import MessageEventDefinition
from SpiffWorkflow.util.task import TaskState

from .clock import Clock
from .errors import (
    IvoFlowError,
    NotFoundError,
    ProcessError,
    SandboxViolation,
    StoreError,
    TaskNotReadyError,
)
from .expressions import Sandbox
from .model import Deadline, TaskView, TimerView
from .specs import CompiledSpec, Element
from .timers import register_converters

STOCKHOLM = ZoneInfo("Europe/Stockholm")
STATE_FORMAT = "ivo-2"  # our envelope around SpiffWorkflow's serializer format
# ivo-1: deltas carry each called process whole; ivo-2: by changed task ("called", "kept")
READABLE_FORMATS = frozenset({"ivo-1", "ivo-2"})
SPIFF_FORMAT = "1.5"


# -- the workflow classes a case runs on: SpiffWorkflow's, with faster task queries --------
#
# SpiffWorkflow 3.2.0 answers "which tasks are READY / WAITING" with a generic iterator
# (``TaskIterator``: a filter object, a list popped from the front, a ``children`` list built per
# task, depth bookkeeping per step). ``do_engine_steps`` asks that question again after every task
# it runs, and every completed task asks which tasks are waiting — most of the engine's time on a
# case goes there (bench/lifecycle.py). The classes here give the same answers, in the same order,
# without the iterator:
#
# - "which tasks are in these definite states" (READY, WAITING: the engine's questions) from a
#   workflow's root is answered by scanning the task dicts (:func:`definite_tasks`), the few tasks
#   found then put in the walk's order;
# - any other question by state, ``manual`` or spec name by one plain depth-first walk
#   (:func:`tasks_in_state`): a task, then (for a call activity) its called process, then its
#   children in order; a task's children are visited only if the task's state is at least the
#   lowest the question needs (``TaskIterator``'s rule); a called process is always entered
#   (``BpmnTaskIterator``'s);
# - no depth limit: SpiffWorkflow stops descending at depth 1000, which would hide the tasks of a
#   very long case; ivo-flow's cases are never cut off.
#
# Queries by state, ``manual`` and spec name are answered here; any other filter goes to
# SpiffWorkflow unchanged. ``tests/test_workflow_tree.py`` checks the answers against
# SpiffWorkflow's on every step of every process path it drives.

_FUTURE = TaskState.FUTURE
_FINISHED = TaskState.FINISHED_MASK
_MAYBE = TaskState.MAYBE
_COMPLETED = TaskState.COMPLETED
_PREDICTED = TaskState.PREDICTED_MASK
_DEFINITE = TaskState.DEFINITE_MASK


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


# -- serialisation: state without the spec ----------------------------------------------------


class _SpecReferenceConverter(BpmnWorkflowConverter):
    """Serialises a workflow without its specs; they are restored from the stored bundle."""

    def to_dict(self, workflow: BpmnWorkflow) -> dict[str, Any]:
        dct: dict[str, Any] = WorkflowConverter.to_dict(self, workflow)
        dct["subprocesses"] = self.mapping_to_dict(workflow.subprocesses)
        dct["bpmn_events"] = self.registry.convert(workflow.bpmn_events)
        return dct

    def from_dict(self, dct: dict[str, Any], spec: Any = None, subprocess_specs: Any = None) -> Any:
        workflow = self.target_class(spec, subprocess_specs, deserializing=True)
        workflow.tasks = self.mapping_from_dict(dct["tasks"], UUID, workflow=workflow)
        workflow.task_tree = workflow.tasks.get(UUID(dct["root"]))
        self.set_default_attributes(workflow, dct)
        self.subprocesses_from_dict(dct["subprocesses"], workflow)
        workflow.bpmn_events = self.registry.restore(dct.pop("bpmn_events", []))
        return workflow


def _header(registry: Any, workflow: Any) -> dict[str, Any]:
    """A workflow's attributes without its tasks (WorkflowConverter's, encoder mode); for the
    top workflow also its pending BPMN events (its called processes' headers are apart)."""
    header = {
        "data": registry.convert(registry.clean(workflow.data)),
        "correlations": workflow.correlations,
        "last_task": str(workflow.last_task.id) if workflow.last_task is not None else None,
        "success": workflow.success,
        "completed": workflow.completed,
        "root": str(workflow.task_tree.id),
    }
    if isinstance(workflow, BpmnSubWorkflow):
        header["parent_task_id"] = str(workflow.parent_task_id)
        header["spec"] = workflow.spec.name
        header["typename"] = "BpmnSubWorkflow"
    else:
        header["bpmn_events"] = registry.convert(workflow.bpmn_events)
    return header


def _make_registry() -> Any:
    config = dict(SPIFF_CONFIG)
    del config[BpmnWorkflow], config[BpmnSubWorkflow]
    registry = BpmnWorkflowSerializer.configure(config)
    # a case runs on the classes above, stored under SpiffWorkflow's type names
    _SpecReferenceConverter(CaseWorkflow, registry, typename="BpmnWorkflow")
    BpmnSubWorkflowConverter(CalledWorkflow, registry, typename="BpmnSubWorkflow")
    register_converters(registry)
    registry.register(
        date, lambda d: {"value": d.isoformat()}, lambda d: date.fromisoformat(d["value"])
    )
    registry.register(Deadline, lambda d: d.as_record(), Deadline.from_record)
    return registry


_SERIALIZER = BpmnWorkflowSerializer(_make_registry(), version=SPIFF_FORMAT)
_ENCODER = _SERIALIZER._encoder_cls


def _encoded(document: dict[str, Any]) -> bytes:
    return json.dumps(document, cls=_SERIALIZER._encoder_cls, separators=(",", ":")).encode()


def dump_state(workflow: BpmnWorkflow) -> bytes:
    """The workflow's whole state as compressed JSON (spec excluded): a snapshot."""
    registry = _SERIALIZER.registry
    registry._encoder_mode = True
    try:
        text = _encoded(
            {"format": STATE_FORMAT, "spiff": SPIFF_FORMAT, "workflow": registry.convert(workflow)}
        )
    finally:
        registry._encoder_mode = False
    return zlib.compress(text, 6)


def _decode(blob: bytes) -> dict[str, Any]:
    """A stored state document: plain JSON (``{``) or zlib-compressed JSON."""
    document: dict[str, Any] = json.loads(blob if blob[:1] == b"{" else zlib.decompress(blob))
    if document.get("format") not in READABLE_FORMATS or document.get("spiff") != SPIFF_FORMAT:
        raise ValueError(f"unknown state format {document.get('format')}/{document.get('spiff')}")
    return document


def load_state(state: bytes | Sequence[bytes], compiled: CompiledSpec) -> BpmnWorkflow:
    """Restore a workflow from a snapshot, or from a snapshot and the deltas logged after it."""
    blobs = [state] if isinstance(state, bytes | bytearray | memoryview) else list(state)
    try:
        dct = _decode(bytes(blobs[0]))["workflow"]
        for blob in blobs[1:]:
            dct = _apply_delta(dct, _decode(bytes(blob)))
        return _SERIALIZER.registry.restore(
            dct, spec=compiled.spec, subprocess_specs=compiled.subprocess_specs
        )
    except (ValueError, KeyError, TypeError, zlib.error, AttributeError) as error:
        raise StoreError(f"stored state cannot be read: {error}") from None


def _apply_delta(dct: dict[str, Any], delta: dict[str, Any]) -> dict[str, Any]:
    """The workflow document after a logged delta: its header, its changed tasks (the called
    processes' under ``called``), the ids of tasks removed. A called process whose header did
    not change is listed under ``kept``; one logged before called processes were logged by task
    carries its tasks whole."""
    removed = delta["removed"]
    tasks = dct["tasks"]
    for tid in removed:
        tasks.pop(tid, None)
    tasks.update(delta["tasks"])
    header = dict(delta["workflow"])
    before = dct.get("subprocesses", {})
    called = delta.get("called", {})
    listed: dict[str, Any] = dict.fromkeys(header.pop("kept", ()))
    listed.update(header.get("subprocesses", {}))
    subprocesses = {}
    for sid, sub in listed.items():
        if sub is None:  # kept: the header as before
            sub = {k: v for k, v in before[sid].items() if k != "tasks"}
        if "tasks" not in sub:
            sub_tasks = before.get(sid, {}).get("tasks", {})
            for tid in removed:
                sub_tasks.pop(tid, None)
            sub_tasks.update(called.get(sid, {}))
            sub = {**sub, "tasks": sub_tasks}
        subprocesses[sid] = sub
    return {"typename": dct["typename"], **header, "subprocesses": subprocesses, "tasks": tasks}


# Tasks in these states may change in place (data, timer values) without a state change.
_VOLATILE = TaskState.READY | TaskState.WAITING | TaskState.STARTED | TaskState.ERROR
COMPACT_AFTER = 16  # deltas logged before the state is written whole again
COMPACT_BYTES = 64 * 1024  # ... or once the logged deltas hold this much JSON
SNAPSHOT_LEVEL = 1  # zlib level of snapshots (what stays stored for a completed case)
# Deltas are stored as plain JSON: compressing each one (zlib sets up its whole state per call)
# cost more time than writing the larger rows (bench/lifecycle.py, FULL and NORMAL), and a
# case's log is bounded by COMPACT_AFTER and COMPACT_BYTES.


def _fingerprint(task: Any) -> tuple[int, float, bool, int]:
    return (task._state, task.last_state_change, task.triggered, len(task._children))


class StateTracker:
    """Which state of each task is stored, so that a save writes only what changed.

    A save is a *delta* (the workflow's header, the tasks that changed — a called process's
    under ``called`` —, the ids removed: plain JSON) appended to the case's log, or a *snapshot*
    (everything, zlib) that replaces the stored state and clears the log: at the start, when the
    case completes, and after :data:`COMPACT_AFTER` deltas or :data:`COMPACT_BYTES` of them. A
    finished or predicted task whose state, time of last change, trigger flag and number of
    children are unchanged is unchanged (SpiffWorkflow copies data to children, never back).
    Tasks that may change in place, and the children of any task that changed (their data is
    stored relative to their parent's), are serialised again and written if their JSON differs
    from what is stored. A called process's header (its data can be large) is written when it
    changed, else listed under ``kept``. A snapshot reuses the JSON of unchanged tasks.
    """

    def __init__(
        self, workflow: BpmnWorkflow | None = None, log_length: int = 0, log_bytes: int = 0
    ) -> None:
        # keyed by the int of each task's UUID (hashed in C; a UUID hashes in Python)
        self.prints: dict[int, tuple[int, float, bool, int]] = (
            {t.id.int: _fingerprint(t) for wf in _workflows(workflow) for t in wf.tasks.values()}
            if workflow
            else {}
        )
        self.texts: dict[int, str] = {}  # '"id":{json}' of each task as stored, where known
        self.ids = _IdTexts()  # each task's UUID as text (str() of a UUID runs in Python)
        self.sub_texts: dict[str, str] = {}  # the JSON of each called process's header, stored
        self.ended: dict[UUID, tuple[Any, str]] = {}  # ended called processes: (object, JSON)
        self.log_length, self.log_bytes = log_length, log_bytes
        self.snapshot_due = workflow is None

    def dump(self, workflow: BpmnWorkflow, completed: bool) -> tuple[bytes, bool]:
        """The bytes to store and whether they are a delta (else a snapshot)."""
        workflows = _workflows(workflow)
        called_now = list(workflow.subprocesses.items())
        old, texts, ids = self.prints, self.texts, self.ids
        prints: dict[int, tuple[int, float, bool, int]] = {}
        changed: set[int] = set()
        for wf in workflows:
            for task in wf.tasks.values():
                key = task.id.int
                fp = prints[key] = _fingerprint(task)
                if fp[0] & _VOLATILE or old.get(key) != fp:
                    changed.add(key)
                    changed.update(child.int for child in task._children)
        snapshot = (
            self.snapshot_due
            or completed
            or self.log_length + 1 >= COMPACT_AFTER
            or self.log_bytes >= COMPACT_BYTES
        )
        registry = _SERIALIZER.registry
        registry._encoder_mode = True
        try:
            written: dict[str, list[str]] = {}
            for wf in workflows:
                owner = "" if wf is workflow else str(wf.parent_task_id)
                for task in wf.tasks.values():
                    key = task.id.int
                    if key in changed or (snapshot and key not in texts):
                        entry = f'"{ids[key]}":{_task_text(task, ids)}'
                        if texts.get(key) != entry:
                            texts[key] = entry
                            written.setdefault(owner, []).append(entry)
            removed = [key for key in old if key not in prints]
            for key in [key for key in texts if key not in prints]:
                del texts[key]
            for key in [key for key in ids if key not in prints]:
                del ids[key]
            header = _header(registry, workflow)
            subs = {str(sid): self._called_header(registry, sub) for sid, sub in called_now}
        finally:
            registry._encoder_mode = False
        self.prints = prints
        stored_subs, self.sub_texts = self.sub_texts, subs
        prefix = f'{{"format":"{STATE_FORMAT}","spiff":"{SPIFF_FORMAT}","workflow":'
        if snapshot:
            self.log_length, self.log_bytes, self.snapshot_due = 0, 0, False
            document = f"{prefix}{self._whole(workflow, header, subs)}}}"
            return zlib.compress(document.encode(), SNAPSHOT_LEVEL), False
        # a called process's header (its data can be large) only when it changed
        header["kept"] = [sid for sid, text in subs.items() if stored_subs.get(sid) == text]
        changed_subs = ",".join(
            f'"{sid}":{text}' for sid, text in subs.items() if stored_subs.get(sid) != text
        )
        gone = ",".join(f'"{UUID(int=key)}"' for key in removed)
        top = ",".join(written.pop("", []))
        called = ",".join(f'"{sid}":{{{",".join(entries)}}}' for sid, entries in written.items())
        document = (
            f'{prefix}{_json(header)[:-1]},"subprocesses":{{{changed_subs}}}}},'
            f'"tasks":{{{top}}},"called":{{{called}}},"removed":[{gone}]}}'
        )
        blob = document.encode()
        self.log_length += 1
        self.log_bytes += len(blob)
        return blob, True

    def _called_header(self, registry: Any, called: Any) -> str:
        """The JSON of a called process's header; an ended one's is made once (nothing changes
        an ended called process; its data, the caller's copy, can be large)."""
        made = self.ended.get(called.parent_task_id)
        if made is not None and made[0] is called:
            return made[1]
        text = _json(_header(registry, called))
        if called.completed:
            self.ended[called.parent_task_id] = (called, text)
        return text

    def _whole(self, workflow: BpmnWorkflow, header: dict[str, Any], subs: dict[str, str]) -> str:
        """The workflow document (SpiffWorkflow's, without specs) from the stored task texts."""

        def tasks_of(owner: Any) -> str:
            return ",".join(self.texts[task.id.int] for task in owner.tasks.values())

        called = ",".join(
            f'"{sid}":{subs[str(sid)][:-1]},"tasks":{{{tasks_of(sub)}}}}}'
            for sid, sub in workflow.subprocesses.items()
        )
        return (
            f'{_json(header)[:-1]},"subprocesses":{{{called}}},"tasks":{{{tasks_of(workflow)}}},'
            '"typename":"BpmnWorkflow"}'
        )


def _workflows(workflow: BpmnWorkflow | None) -> list[Any]:
    """A case's workflow and its called processes."""
    return [workflow, *workflow.subprocesses.values()] if workflow is not None else []


class _IdTexts(dict[int, str]):
    """The text of a task's UUID by the UUID's int, made on first use."""

    def __missing__(self, key: int) -> str:
        text = self[key] = str(UUID(int=key))
        return text


_json = _ENCODER(separators=(",", ":")).encode  # one encoder for every task of every save
_string = json.encoder.encode_basestring_ascii
_MISSING = object()


def _task_text(task: Any, ids: _IdTexts) -> str:
    """The JSON of SpiffWorkflow's TaskConverter (encoder mode), written directly: the encoder
    runs only on the task's data, its delta and its internal data, when they are not empty.

    A task's data is stored as a delta against its parent's (SpiffWorkflow's format); a task
    with no data (a predicted one) is stored as such: SpiffWorkflow restores ``data`` as given
    when there is no delta, instead of deleting every key of the parent's.
    """
    parent = task.workflow.tasks.get(task._parent) if task._parent is not None else None
    after = task.data
    if parent is None or not after:
        data, delta = _json(after) if after else "{}", "{}"
    elif after == (before := parent.data):  # most tasks: compared in C, identical values first
        data, delta = "{}", '{"updates":{},"deletions":[]}'
    else:
        # SpiffWorkflow copies dicts and lists to a child, other values by reference: the
        # identity test settles most keys before a comparison
        updates = {
            k: v for k, v in after.items() if v is not (b := before.get(k, _MISSING)) and v != b
        }
        deletions = [k for k in before if k not in after]
        data = "{}"
        delta = (
            f'{{"updates":{_json(updates) if updates else "{}"},'
            f'"deletions":{_json(deletions) if deletions else "[]"}}}'
        )
    internal = task.internal_data
    kept = {k: v for k, v in internal.items() if not callable(v)} if internal else None
    children = ",".join(f'"{ids[child.int]}"' for child in task._children)
    parent_id = f'"{ids[task._parent.int]}"' if parent is not None else "null"
    return (
        f'{{"id":"{ids[task.id.int]}","parent":{parent_id},"children":[{children}],'
        # a float (SpiffWorkflow stamps it from the wall clock) as JSON writes it: its repr
        f'"last_state_change":{task.last_state_change!r},"state":{task._state},'
        f'"task_spec":{_string(task.task_spec.name)},'
        f'"triggered":{"true" if task.triggered else "false"},'
        f'"internal_data":{_json(kept) if kept else "{}"},"data":{data},"delta":{delta},'
        '"typename":"Task"}'
    )


@frozen
class LiveCase:
    """A case's workflow kept in memory after a save, with what is known to be stored."""

    workflow: BpmnWorkflow
    tracker: StateTracker
    armed: frozenset[tuple[str, str]]


# -- the script engine: sandboxed, with the clock ----------------------------------------------


class _SandboxEnvironment(BasePythonScriptEngineEnvironment):
    """What SpiffWorkflow evaluates through ``script_engine.environment`` directly, not through
    the engine's ``evaluate`` (message correlation expressions, process completion conditions):
    the sandbox too. The default environment would ``eval`` them as plain Python."""

    def __init__(self, sandbox: Sandbox) -> None:
        super().__init__()
        self.sandbox = sandbox

    def evaluate(self, expression: str, context: Any, external_context: Any = None) -> Any:
        return self.sandbox.evaluate(expression, {**(external_context or {}), **context})

    def execute(self, script: str, context: Any, external_context: Any = None) -> bool:
        self.sandbox.execute(script, context)
        return True

    def call_service(self, context: Any, **kwargs: Any) -> Any:
        raise SandboxViolation("service tasks are not supported")


class _DecisionTable(DMNEngine):
    """SpiffWorkflow's DMN engine, deciding once per run: a case no rule matches is the model's
    error at the element (SpiffWorkflow would go on with no result), and the rules that matched
    are handed to the step that records them (``ScriptEngine.on_decision``)."""

    def decide(self, task: Any) -> Any:
        rules = super().decide(task)
        engine = task.workflow.script_engine
        if not rules:
            raise ProcessError(
                f"no rule of the decision table '{self.decision_table.id}' matches the case's data",
                where=engine.where(task),
            )
        engine.on_decision(task, self.decision_table, rules)
        return rules


class ScriptEngine(PythonScriptEngine):
    """SpiffWorkflow's script engine, routed through the sandbox and carrying the clock."""

    def __init__(self, clock: Clock, compiled: CompiledSpec) -> None:
        self.sandbox = Sandbox(clock)
        super().__init__(environment=_SandboxEnvironment(self.sandbox))
        self.clock = clock
        self.compiled = compiled
        self.on_decision: Callable[[Any, Any, list[Any]], None] = lambda *_: None

    def where(self, task: Any) -> str:
        element = getattr(task.task_spec, "bpmn_id", None) or task.task_spec.name
        return self.compiled.where(str(element))

    def validate(self, expression: str) -> None:
        self.sandbox.validate(expression)

    def evaluate(self, task: Any, expression: str, external_context: Any = None) -> Any:
        context = {**(external_context or {}), **task.data}
        with self._errors_at(task):
            return self.sandbox.evaluate(expression, context, where=self.where(task))

    def execute(self, task: Any, script: str, external_context: Any = None) -> bool:
        with self._errors_at(task):
            self.sandbox.execute(script, task.data, where=self.where(task))
        return True

    @contextmanager
    def _errors_at(self, task: Any) -> Iterator[None]:
        """A failing expression is the model's error at that element, in one line."""
        try:
            yield
        except IvoFlowError as error:
            if error.where is not None:
                raise
            raise type(error)(error.message, where=self.where(task), hint=error.hint) from None
        except Exception as error:
            raise ProcessError(f"{type(error).__name__}: {error}", where=self.where(task)) from None


# -- results --------------------------------------------------------------------------------


@frozen
class Happening:
    """Something that happened in a step, before the store numbers and chains it."""

    kind: str
    element: Element | None
    actor: str
    data: dict[str, Any] = field(factory=dict)
    legal_basis: str = ""


DECISION_DATE_KEY = "beslutsdatum"  # the rule set in force is chosen by the decision date


def _decided(task: Any) -> Any:
    """The date that chooses the rule set: the decision date, else the day the act happens."""
    if task is None:
        return None
    decided = task.data.get(DECISION_DATE_KEY)
    if decided:
        return decided
    clock = getattr(task.workflow.script_engine, "clock", None)
    return clock.now().astimezone(STOCKHOLM).date() if clock is not None else None


@frozen
class StepResult:
    state: bytes
    status: str  # "open" | "completed"
    end_state: str | None
    data: dict[str, Any]
    happenings: tuple[Happening, ...]
    tasks: tuple[TaskView, ...]
    timers: tuple[TimerView, ...]
    state_is_delta: bool = False  # ``state`` is a delta to append to the stored log
    live: LiveCase | None = None  # the workflow after the step, for the caller to keep


_KIND_BY_SPEC = {
    "StartEvent": "start",
    "EndEvent": "end",
    "UserTask": "task",
    "ManualTask": "task",
    "NoneTask": "task",
    "ScriptTask": "script",
    "BusinessRuleTask": "decision",
    "CallActivity": "call",
    "ExclusiveGateway": "gateway",
    "ParallelGateway": "gateway",
    "InclusiveGateway": "gateway",
    "EventBasedGateway": "gateway",
    "IntermediateCatchEvent": "event",
    "IntermediateThrowEvent": "event",
    "BoundaryEvent": "event",
    "SendTask": "message",
    "ReceiveTask": "message",
}


_PLAIN = (str, int, float, bool, type(None))


def jsonable(value: Any) -> Any:
    """Task data as JSON: dates as ISO strings, Deadlines as records."""
    kind = type(value)
    if kind in _PLAIN:  # most task data: checked first, by exact type
        return value
    if kind is dict or isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items() if not callable(v)}
    if isinstance(value, Deadline):
        return value.as_record()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    return value


class Engine:
    """Runs one case at a time on the given clock."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._script_engines: dict[str, ScriptEngine] = {}

    def script_engine(self, compiled: CompiledSpec) -> ScriptEngine:
        """One script engine (sandbox, clock) per process version, reused across steps."""
        engine = self._script_engines.get(compiled.bundle.hash)
        if engine is None or engine.compiled is not compiled:
            engine = self._script_engines[compiled.bundle.hash] = ScriptEngine(self.clock, compiled)
            for spec in (compiled.spec, *compiled.subprocess_specs.values()):
                for task_spec in spec.task_specs.values():
                    table = getattr(task_spec, "dmnEngine", None)
                    if table is not None and not isinstance(table, _DecisionTable):
                        task_spec.dmnEngine = _DecisionTable(table.decision_table)
        return engine

    # -- public steps -------------------------------------------------------------------------

    def start(self, compiled: CompiledSpec, data: Mapping[str, Any], actor: str) -> StepResult:
        engine = self.script_engine(compiled)
        with self._step(compiled) as (record, _):
            workflow = CaseWorkflow(compiled.spec, compiled.subprocess_specs, script_engine=engine)
            start = workflow.task_tree
            start.data.update(jsonable(dict(data)))
            for task in workflow.get_tasks(state=TaskState.READY):
                task.data.update(jsonable(dict(data)))
            record.workflow = workflow
            record.actor = actor
            self._run(workflow, record)
        return record.result

    def complete(
        self,
        compiled: CompiledSpec,
        state: bytes | Sequence[bytes],
        element_id: str,
        data: Mapping[str, Any],
        actor: str,
        *,
        live: LiveCase | None = None,
    ) -> StepResult:
        with self._step(compiled) as (record, engine):
            workflow = self._restore(state, compiled, engine, record, live)
            task = self._ready_task(workflow, compiled, element_id)
            task.set_data(**jsonable(dict(data)))
            record.actor = actor
            record.explicit[task.id] = dict(jsonable(dict(data)))
            task.run()
            self._run(workflow, record)
        return record.result

    def message(
        self,
        compiled: CompiledSpec,
        state: bytes | Sequence[bytes],
        name: str,
        payload: Mapping[str, Any],
        actor: str,
        *,
        live: LiveCase | None = None,
    ) -> StepResult:
        with self._step(compiled) as (record, engine):
            workflow = self._restore(state, compiled, engine, record, live)
            record.actor = actor
            waiting = self._message_names(workflow)
            if name not in waiting:
                known = ", ".join(sorted(waiting)) or "none"
                raise TaskNotReadyError(
                    f"the case is not waiting for the message '{name}'",
                    hint=f"waiting for: {known}",
                )
            record.message = (name, dict(jsonable(dict(payload))))
            workflow.send_event(BpmnEvent(MessageEventDefinition(name), payload=record.message[1]))
            self._run(workflow, record)
        return record.result

    def fire_timers(
        self,
        compiled: CompiledSpec,
        state: bytes | Sequence[bytes],
        *,
        live: LiveCase | None = None,
    ) -> StepResult:
        with self._step(compiled) as (record, engine):
            workflow = self._restore(state, compiled, engine, record, live)
            record.actor = "tid"
            workflow.refresh_timers()
            self._run(workflow, record)
        return record.result

    # -- internals ------------------------------------------------------------------------------

    @contextmanager
    def _step(self, compiled: CompiledSpec) -> Iterator[tuple[_Record, ScriptEngine]]:
        engine = self.script_engine(compiled)
        record = _Record(compiled)
        engine.on_decision = record.decided
        try:
            yield record, engine
        except IvoFlowError:
            raise
        except SpiffWorkflowException as error:
            raise _unwrap(error, engine) from None

    def _restore(
        self,
        state: bytes | Sequence[bytes],
        compiled: CompiledSpec,
        engine: ScriptEngine,
        record: _Record,
        live: LiveCase | None = None,
    ) -> BpmnWorkflow:
        """The workflow from the caller's live copy (known to be current), else from state."""
        if live is not None:
            workflow = live.workflow
            record.tracker = live.tracker
            record.armed_before = set(live.armed)
        else:
            workflow = load_state(state, compiled)
            deltas = () if isinstance(state, bytes | bytearray | memoryview) else state[1:]
            record.tracker = StateTracker(workflow, len(deltas), sum(map(len, deltas)))
            workflow.script_engine = engine
            record.armed_before = {key for key, _ in _armed_timers(workflow, _scan(workflow)[1])}
        workflow.script_engine = engine
        record.workflow = workflow
        return workflow

    def _run(self, workflow: BpmnWorkflow, record: _Record) -> None:
        workflow.do_engine_steps(did_complete_task=record.completed)
        record.finish(workflow)

    @staticmethod
    def _ready_task(workflow: BpmnWorkflow, compiled: CompiledSpec, element_id: str) -> Any:
        ready_now = _scan(workflow)[0]
        ready = [t for t in ready_now if t.task_spec.bpmn_id == element_id]
        if ready:
            return ready[0]
        if element_id not in compiled.elements:
            raise NotFoundError(f"the process has no element '{element_id}'")
        waiting = sorted(t.task_spec.bpmn_id for t in ready_now)
        raise TaskNotReadyError(
            f"the task '{element_id}' is not waiting to be done",
            hint=f"ready now: {', '.join(waiting) or 'none'}",
        )

    @staticmethod
    def _message_names(workflow: BpmnWorkflow) -> set[str]:
        names = set()
        for task in _scan(workflow)[1]:
            for definition in _definitions(getattr(task.task_spec, "event_definition", None)):
                if isinstance(definition, MessageEventDefinition):
                    names.add(definition.name)
        return names


class _Record:
    """Collects what a step did while SpiffWorkflow runs it."""

    def __init__(self, compiled: CompiledSpec) -> None:
        self.compiled = compiled
        self.workflow: BpmnWorkflow | None = None
        self.actor = "system"
        self.explicit: dict[UUID, dict[str, Any]] = {}
        self.message: tuple[str, dict[str, Any]] | None = None
        self.armed_before: set[tuple[str, str]] = set()
        self.happenings: list[Happening] = []
        self.matched: dict[UUID, dict[str, Any]] = {}
        self.tracker = StateTracker()
        self.result: StepResult

    def completed(self, task: Any) -> None:
        self._record_task(task)

    def _record_task(self, task: Any) -> None:
        element = self.compiled.elements.get(getattr(task.task_spec, "bpmn_id", None) or "")
        if element is None:
            return
        kind = _KIND_BY_SPEC.get(type(task.task_spec).__name__, "event")
        definition, holder = _original_definition(task)
        data: dict[str, Any] = {}
        actor = "system"
        if isinstance(definition, TimerEventDefinition):
            kind, actor = "timer", "tid"
            data["due_at"] = holder._get_internal_data("event_value")
            if holder._get_internal_data("deadline"):
                data["deadline"] = holder._get_internal_data("deadline")
        elif (
            isinstance(definition, MessageEventDefinition)
            and self.message
            and definition.name == self.message[0]
        ):
            kind, actor, data = "message", self.actor, dict(self.message[1])
        data.update(self._decision(task, element.id, kind))
        basis = element.legal_basis_on(_decided(task))
        self.happenings.append(Happening(kind, element, actor, data, basis))

    def decided(self, task: Any, table: Any, rules: list[Any]) -> None:
        """A business rule task's table decided (once, as it ran): which rules matched."""
        self.matched[task.id] = {
            "table": table.id,
            "rules": [
                {"row": r.row_number, "id": r.id, "description": r.description or ""} for r in rules
            ],
        }

    def _decision(self, task: Any, element_id: str, kind: str) -> dict[str, Any]:
        """The flows a branching element took, the data its conditions read, the DMN rule."""
        found: dict[str, Any] = {}
        if task.id in self.matched:
            found["dmn"] = self.matched.pop(task.id)
        outgoing = self.compiled.outgoing(element_id)
        if len(outgoing) < 2:
            return found
        taken = {target for child in task.children for target in _next_elements(child)}
        chosen = [flow for flow in outgoing if flow.target in taken]
        found["flows"] = [flow.id for flow in chosen]
        if kind == "gateway":
            names = sorted(
                {name for flow in outgoing if flow.condition for name in _names(flow.condition)}
            )
            if names:
                found["values"] = {n: jsonable(task.data[n]) for n in names if n in task.data}
        return found

    def finish(self, workflow: BpmnWorkflow) -> None:
        # explicit completions (user tasks) ran before do_engine_steps: record them first
        explicit = []
        for tid, given in self.explicit.items():
            task = workflow.get_task_from_id(tid)
            element = self.compiled.elements.get(task.task_spec.bpmn_id)
            basis = element.legal_basis_on(_decided(task)) if element else ""
            explicit.append(Happening("task", element, self.actor, given, basis))
        timers = []
        ready, waiting, ready_or_waiting = _scan(workflow)
        armed = _armed_timers(workflow, waiting)
        for key, view in armed:
            timers.append(view)
            if key not in self.armed_before:
                data: dict[str, Any] = {"due_at": view.due_at.isoformat()}
                if view.deadline is not None:
                    data["deadline"] = view.deadline.as_record()
                element = self.compiled.elements.get(view.element_id)
                self.happenings.append(
                    Happening("deadline", element, "system", data, view.legal_basis)
                )
        tasks = tuple(_task_view(self.compiled, t) for t in ready)
        completed = workflow.is_completed()
        end_state = None
        if completed:
            ends = [h.element.id for h in self.happenings if h.kind == "end" and h.element]
            end_state = ends[-1] if ends else _last_end(workflow, self.compiled)
        state, is_delta = self.tracker.dump(workflow, completed)
        self.result = StepResult(
            state=state,
            status="completed" if completed else "open",
            end_state=end_state,
            data=jsonable(_case_data(workflow, ready_or_waiting)),
            happenings=tuple(explicit + self.happenings),
            tasks=tasks,
            timers=tuple(timers),
            state_is_delta=is_delta,
            live=LiveCase(workflow, self.tracker, frozenset(key for key, _ in armed)),
        )


def _task_view(compiled: CompiledSpec, task: Any) -> TaskView:
    element = compiled.elements[task.task_spec.bpmn_id]
    return TaskView(
        case_id="",
        element_id=element.id,
        name=element.name,
        lane=element.lane,
        process_id=element.process_id,
        legal_basis=element.legal_basis_on(_decided(task)),
    )


_READY = TaskState.READY
_WAITING = TaskState.WAITING


def _scan(workflow: BpmnWorkflow) -> tuple[list[Any], list[Any], list[Any]]:
    """Ready manual tasks, waiting tasks, and all ready or waiting tasks (called processes too).

    One pass over the task dicts (the top workflow and its running subprocesses) instead of a
    tree walk per question (``get_tasks``).
    """
    ready: list[Any] = []
    waiting: list[Any] = []
    ready_or_waiting: list[Any] = []
    workflows = [workflow]
    for task_id, sub in workflow.subprocesses.items():
        parent = workflow.get_task_from_id(task_id)
        if parent is None or not parent._state & _FINISHED:
            workflows.append(sub)
    for current in workflows:
        for task in current.tasks.values():
            state = task._state
            if state & _READY:
                if task.task_spec.manual:
                    ready.append(task)
                ready_or_waiting.append(task)
            elif state & _WAITING:
                waiting.append(task)
                ready_or_waiting.append(task)
    return ready, waiting, ready_or_waiting


def _armed_timers(
    workflow: BpmnWorkflow, waiting: list[Any]
) -> list[tuple[tuple[str, str], TimerView]]:
    compiled: CompiledSpec = workflow.script_engine.compiled
    found = []
    for task in waiting:
        timer = next(
            (
                d
                for d in _definitions(getattr(task.task_spec, "event_definition", None))
                if isinstance(d, TimerEventDefinition)
            ),
            None,
        )
        if timer is None:
            continue
        value = task._get_internal_data("event_value")
        if isinstance(value, dict):  # a cycle timer
            value = value.get("next")
        if not value:
            continue
        element = compiled.elements[_catching_element(task, timer)]
        record = task._get_internal_data("deadline")
        view = TimerView(
            case_id="",
            element_id=element.id,
            name=element.name,
            due_at=datetime.fromisoformat(value).astimezone(UTC),
            lane=element.lane,
            process_id=element.process_id,
            legal_basis=element.legal_basis_on(_decided(task)),
            deadline=Deadline.from_record(record) if record else None,
        )
        found.append(((element.id, str(task.id)), view))
    return found


def _next_elements(task: Any) -> list[str]:
    """The BPMN elements a task leads to, through the engine's internal (unnamed) tasks."""
    if task.has_state(TaskState.CANCELLED | TaskState.PREDICTED_MASK):
        return []
    bpmn_id = getattr(task.task_spec, "bpmn_id", None)
    if bpmn_id:
        return [bpmn_id]
    return [found for child in task.children for found in _next_elements(child)]


@lru_cache(maxsize=1024)
def _names(expression: str) -> frozenset[str]:
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError:
        return frozenset()
    return frozenset(node.id for node in ast.walk(tree) if isinstance(node, ast.Name))


def _definitions(definition: Any) -> list[Any]:
    """The event definitions behind a task's definition (an event-based gateway has several)."""
    if definition is None:
        return []
    return list(getattr(definition, "event_definitions", None) or [definition])


def _catching_element(task: Any, definition: Any) -> str:
    """The element that shows ``definition``: the task itself, or the gateway's catch event."""
    spec = task.task_spec
    if type(spec).__name__ != "EventBasedGateway":
        return str(spec.bpmn_id)
    # The gateway takes over its catch events' definitions in the order of its outputs
    # (EventBasedGateway.connect), so the i-th definition belongs to the i-th output.
    for output, owned in zip(spec.outputs, spec.event_definition.event_definitions, strict=False):
        if owned is definition:
            return str(output.bpmn_id)
    return str(spec.bpmn_id)


def _original_definition(task: Any) -> tuple[Any, Any]:
    """A catch event after an event-based gateway keeps its real definition on the gateway."""
    parent = task.parent
    if parent is not None and type(parent.task_spec).__name__ == "EventBasedGateway":
        for definition in _definitions(parent.task_spec.event_definition):
            if _catching_element(parent, definition) == task.task_spec.bpmn_id:
                return definition, parent
    return getattr(task.task_spec, "event_definition", None), task


def _case_data(workflow: BpmnWorkflow, ready_or_waiting: list[Any]) -> dict[str, Any]:
    """What the case knows now: the last step of the case, then the waiting tasks, those inside
    called processes last (a called process starts from a copy of its caller's data)."""
    data: dict[str, Any] = {}
    sources = [workflow.last_task] if workflow.last_task is not None else [workflow.task_tree]
    sources += sorted(ready_or_waiting, key=lambda task: task.workflow.depth)
    for task in sources:
        if task is not None:
            data.update(task.data)
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _last_end(workflow: BpmnWorkflow, compiled: CompiledSpec) -> str | None:
    ends = [
        t
        for t in workflow.get_tasks(state=TaskState.COMPLETED)
        if type(t.task_spec).__name__ == "EndEvent" and t.workflow is workflow
    ]
    ends.sort(key=lambda t: t.last_state_change)
    return ends[-1].task_spec.bpmn_id if ends else None


def _unwrap(error: SpiffWorkflowException, engine: ScriptEngine) -> IvoFlowError:
    """Our own error if one is inside SpiffWorkflow's, else a ProcessError naming the element."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, IvoFlowError):
            return cause
        inner = getattr(cause, "exception", None)
        cause = inner if isinstance(inner, BaseException) else cause.__cause__ or cause.__context__
    task = getattr(error, "task", None)
    where = engine.where(task) if task is not None else None
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    return ProcessError(message, where=where)


Callback = Callable[[Any], None]
