"""The value objects the library returns. Frozen, typed, never an engine object."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from attrs import field, frozen


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class Deadline:
    """A legal last day, with the reasons it falls where it does.

    ``kind`` is ``"statutory"`` for a period that follows from a statute (lag (1930:173) applies)
    and ``"set_by_decision"`` for a date an authority wrote in its decision (never shifted).
    ``warnings`` are things a lawyer must look at (an unverified choice, a set date on a holiday).
    """

    start: date
    nominal_last_day: date
    last_day: date
    shifted: bool
    reasons: tuple[str, ...] = field(converter=_tuple)
    rule: tuple[str, ...] = field(converter=_tuple)
    ends_at: datetime
    explanation: str
    kind: str = "statutory"
    warnings: tuple[str, ...] = field(default=(), converter=_tuple)

    def as_json(self) -> dict[str, Any]:
        """The documented JSON keys, dates as ISO strings."""
        return {
            "start": self.start.isoformat(),
            "nominal_last_day": self.nominal_last_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "shifted": self.shifted,
            "reasons": list(self.reasons),
            "rule": list(self.rule),
            "ends_at": self.ends_at.isoformat(),
            "explanation": self.explanation,
        }

    def as_record(self) -> dict[str, Any]:
        """Everything, JSON-serialisable (for storage)."""
        return {**self.as_json(), "kind": self.kind, "warnings": list(self.warnings)}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Deadline:
        return cls(
            start=date.fromisoformat(record["start"]),
            nominal_last_day=date.fromisoformat(record["nominal_last_day"]),
            last_day=date.fromisoformat(record["last_day"]),
            shifted=bool(record["shifted"]),
            reasons=record["reasons"],
            rule=record["rule"],
            ends_at=datetime.fromisoformat(record["ends_at"]),
            explanation=record["explanation"],
            kind=record.get("kind", "statutory"),
            warnings=record.get("warnings", ()),
        )


@frozen
class TaskView:
    """A task waiting for a person: which case, which element, whose lane."""

    case_id: str
    element_id: str
    name: str
    lane: str | None
    process_id: str
    legal_basis: str = ""

    @property
    def id(self) -> str:
        return f"{self.case_id}/{self.element_id}"


@frozen
class TimerView:
    """An armed timer of a waiting case; ``deadline`` when the timer is a legal deadline."""

    case_id: str
    element_id: str
    name: str
    due_at: datetime
    lane: str | None
    process_id: str
    legal_basis: str = ""
    deadline: Deadline | None = None

    @property
    def id(self) -> str:
        return f"{self.case_id}/{self.element_id}"


@frozen
class AuditEvent:
    """One entry of a case's append-only audit trail."""

    case_id: str
    seq: int
    at: datetime
    recorded_at: datetime
    kind: str
    actor: str
    element_id: str | None
    element_name: str | None
    lane: str | None
    legal_basis: str
    data: dict[str, Any] = field(factory=dict)
    hash: str = ""
    prev_hash: str = ""

    @property
    def id(self) -> str:
        return f"{self.case_id}#{self.seq}"


@frozen
class CaseView:
    """A case as stored: where it is, what waits, and its data."""

    id: str
    process_id: str
    spec_hash: str
    status: str
    version: int
    started_at: datetime
    updated_at: datetime
    data: dict[str, Any]
    tasks: tuple[TaskView, ...] = field(converter=_tuple)
    timers: tuple[TimerView, ...] = field(converter=_tuple)
    end_state: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@frozen
class ProcessInfo:
    """A process of the loaded spec library."""

    id: str
    name: str
    file: str
    spec_hash: str
    elements: int
    lanes: tuple[str, ...] = field(converter=_tuple)
    documentation: str = ""
