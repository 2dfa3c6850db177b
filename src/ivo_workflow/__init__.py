"""ivo-flow: IVO supervision cases as BPMN processes, with Swedish legal time.

``import ivo_workflow`` is all a user needs::

    from ivo_workflow import Workflows, SimulatedClock
"""

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
from .model import AuditEvent, CaseView, Deadline, ProcessInfo, TaskView, TimerView
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
