"""ivo-flow: IVO supervision cases as BPMN processes, with Swedish legal time.

``import ivo_workflow`` is all a user needs::

    from ivo_workflow import Workflows, SimulatedClock
"""

from typing import TYPE_CHECKING

from .clock import Clock, SimulatedClock, SystemClock
from .errors import (
    CaseExistsError,
    ClockError,
    ConflictError,
    InputError,
    IvoFlowError,
    NotFoundError,
    ProcessError,
    SandboxViolation,
    SpecError,
    StoreError,
    TaskNotReadyError,
)
from .model import AuditEvent, CaseView, Deadline, ProcessInfo, TaskView, TimerView

# Imported on first use (PEP 562), so that ``import ivo_workflow`` and looking at stored cases
# stay light: the facade pulls in the store, the explainer the specs and legal time.
_LAZY = {
    "TickResult": "workflows",
    "Workflows": "workflows",
    "DmnMatch": "explain",
    "Evidence": "explain",
    "ExplainedDeadline": "explain",
    "ExplainedDecision": "explain",
    "ExplainedStep": "explain",
    "Explanation": "explain",
    "FlowTaken": "explain",
    "NextMessage": "explain",
    "NextTask": "explain",
    "NextTimer": "explain",
    "Possibility": "explain",
    "Requirement": "explain",
    "UnverifiedChoice": "explain",
    "PatternReport": "patterns",
    "VerifyProblem": "store",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ivo_workflow' has no attribute '{name}'")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from .explain import (
        DmnMatch,
        Evidence,
        ExplainedDeadline,
        ExplainedDecision,
        ExplainedStep,
        Explanation,
        FlowTaken,
        NextMessage,
        NextTask,
        NextTimer,
        Possibility,
        Requirement,
        UnverifiedChoice,
    )
    from .patterns import PatternReport
    from .store import VerifyProblem
    from .workflows import TickResult, Workflows

__all__ = [
    "AuditEvent",
    "CaseExistsError",
    "CaseView",
    "Clock",
    "ClockError",
    "ConflictError",
    "Deadline",
    "InputError",
    "IvoFlowError",
    "NotFoundError",
    "ProcessError",
    "PatternReport",
    "ProcessInfo",
    "SandboxViolation",
    "SimulatedClock",
    "SpecError",
    "StoreError",
    "SystemClock",
    "TaskNotReadyError",
    "TaskView",
    "TickResult",
    "TimerView",
    "VerifyProblem",
    "Workflows",
    "DmnMatch",
    "Evidence",
    "ExplainedDeadline",
    "ExplainedDecision",
    "ExplainedStep",
    "Explanation",
    "FlowTaken",
    "NextMessage",
    "NextTask",
    "NextTimer",
    "Possibility",
    "Requirement",
    "UnverifiedChoice",
]
