"""Timers that ask the workflow's clock, not the wall clock.

SpiffWorkflow's timer event definitions read the wall clock inside ``has_fired``. The classes
here are subclasses that ask ``task.workflow.script_engine.clock`` instead; the parser builds
them through ``OVERRIDE_PARSER_CLASSES`` (no module is patched), and they serialise under the
standard type names, so stored state stays readable by a stock serializer.

A timer expression may evaluate to a :class:`~ivo_workflow.model.Deadline` (e.g.
``appeal_deadline(delgivningsdatum)``): the timer then fires when the deadline has ended
(after 23:59:59 Stockholm time on the last day) and the deadline itself is kept in the task's
internal data, so that the store can show its explanation.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from SpiffWorkflow.bpmn.parser.event_parsers import EventDefinitionParser
from SpiffWorkflow.bpmn.specs.event_definitions.timer import (
    CycleTimerEventDefinition,
    DurationTimerEventDefinition,
    TimeDateEventDefinition,
    TimerEventDefinition,
)
from SpiffWorkflow.spiff.parser.event_parsers import (
    SpiffBoundaryEventParser,
    SpiffIntermediateCatchEventParser,
    SpiffStartEventParser,
)
from SpiffWorkflow.spiff.parser.process import SpiffBpmnParser

from .errors import ProcessError
from .model import Deadline

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _now(task: Any) -> datetime:
    clock = getattr(task.workflow.script_engine, "clock", None)
    if clock is None:
        raise ProcessError("the workflow's script engine has no clock", where=_where(task))
    now: datetime = clock.now()
    return now


def _where(task: Any) -> str:
    return str(getattr(task.task_spec, "bpmn_id", None) or task.task_spec.name)


def instant_of(value: Any, task: Any) -> tuple[datetime, Deadline | None]:
    """The instant a timer value stands for: a Deadline ends after its last day."""
    if isinstance(value, Deadline):
        return value.ends_at.astimezone(UTC), value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ProcessError(
                f"timer value {value.isoformat()} has no UTC offset", where=_where(task)
            )
        return value.astimezone(UTC), None
    if isinstance(value, date):
        end = datetime(value.year, value.month, value.day, 23, 59, 59, tzinfo=STOCKHOLM)
        return end.astimezone(UTC), None
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise ProcessError(
                f"timer value {value!r} is not an ISO-8601 date or time", where=_where(task)
            ) from None
        if len(value) == 10:  # a bare date: the end of that day in Stockholm
            return instant_of(parsed.date(), task)
        if parsed.tzinfo is None:
            raise ProcessError(f"timer value {value!r} has no UTC offset", where=_where(task))
        return parsed.astimezone(UTC), None
    raise ProcessError(f"timer value {value!r} is not a date or time", where=_where(task))


def _arm(task: Any, instant: datetime, deadline: Deadline | None) -> str:
    event_value = instant.isoformat()
    task._set_internal_data(event_value=event_value)
    if deadline is not None:
        task._set_internal_data(deadline=deadline.as_record())
    return event_value


class ClockTimeDateEventDefinition(TimeDateEventDefinition):
    """A timeDate timer: fires once the clock has passed the evaluated instant."""

    def has_fired(self, my_task: Any) -> bool:
        event_value = my_task._get_internal_data("event_value")
        if event_value is None:
            raw = my_task.workflow.script_engine.evaluate(my_task, self.expression)
            event_value = _arm(my_task, *instant_of(raw, my_task))
        if datetime.fromisoformat(event_value) < _now(my_task):
            my_task._set_internal_data(event_fired=True)
        return bool(my_task._get_internal_data("event_fired", False))


class ClockDurationTimerEventDefinition(DurationTimerEventDefinition):
    """A timeDuration timer: armed at the clock's now, fires once the duration has passed."""

    def has_fired(self, my_task: Any) -> bool:
        event_value = my_task._get_internal_data("event_value")
        if event_value is None:
            expression = my_task.workflow.script_engine.evaluate(my_task, self.expression)
            try:
                parsed = TimerEventDefinition.parse_iso_duration(expression)
            except Exception:
                raise ProcessError(
                    f"timer duration {expression!r} is not an ISO-8601 duration",
                    where=_where(my_task),
                ) from None
            start = _now(my_task)
            event_value = _arm(
                my_task, start + TimerEventDefinition.get_timedelta_from_start(parsed, start), None
            )
        if datetime.fromisoformat(event_value) < _now(my_task):
            my_task._set_internal_data(event_fired=True)
        return bool(my_task._get_internal_data("event_fired", False))


class ClockCycleTimerEventDefinition(CycleTimerEventDefinition):
    """A timeCycle timer (``R3/PT1H``, ``R/2025-01-01T00:00:00+00:00/P1W``) on the clock."""

    def cycle_complete(self, my_task: Any) -> bool:
        event_value = my_task._get_internal_data("event_value")
        now = _now(my_task)
        if event_value is None:
            expression = my_task.workflow.script_engine.evaluate(my_task, self.expression)
            try:
                event_value = _parse_cycle(expression, now)
            except Exception:
                raise ProcessError(
                    f"timer cycle {expression!r} is not an ISO-8601 repeating interval",
                    where=_where(my_task),
                ) from None
        ready = False
        if event_value["cycles"] != 0:
            next_event = datetime.fromisoformat(event_value["next"])
            if next_event < now:
                event_value["next"] = (
                    next_event + timedelta(seconds=event_value["duration"])
                ).isoformat()
                event_value["cycles"] -= 1
                ready = True
        else:
            my_task.internal_data.pop("event_value", None)
            my_task.internal_data["event_fired"] = True
        my_task._set_internal_data(event_value=event_value)
        return ready


def _parse_cycle(expression: str, now: datetime) -> dict[str, Any]:
    components = expression.upper().replace("--", "/").strip("R").split("/")
    cycles = int(components[0]) if components[0] else -1
    if len(components) == 2:  # R<n>/<duration>: the first occurrence is now + duration
        duration = TimerEventDefinition.get_timedelta_from_start(
            TimerEventDefinition.parse_iso_duration(components[1]), now
        )
        start = now + duration
    else:
        cycles, start, duration = TimerEventDefinition.parse_iso_recurring_interval(expression)
    return {"cycles": cycles, "next": start.isoformat(), "duration": duration.total_seconds()}


CLOCK_AWARE = {
    TimeDateEventDefinition: ClockTimeDateEventDefinition,
    DurationTimerEventDefinition: ClockDurationTimerEventDefinition,
    CycleTimerEventDefinition: ClockCycleTimerEventDefinition,
}


class _ClockTimerParsing(EventDefinitionParser):
    def parse_timer_event(self, event: Any) -> Any:
        definition = super().parse_timer_event(event)
        clock_class = CLOCK_AWARE.get(type(definition))
        if clock_class is None:
            return definition
        return clock_class(
            definition.name, definition.expression, description=definition.description
        )


class ClockStartEventParser(_ClockTimerParsing, SpiffStartEventParser):
    pass


class ClockIntermediateCatchEventParser(_ClockTimerParsing, SpiffIntermediateCatchEventParser):
    pass


class ClockBoundaryEventParser(_ClockTimerParsing, SpiffBoundaryEventParser):
    pass


def _override(tag: str, parser_class: type) -> tuple[str, tuple[type, type]]:
    key = f"{{http://www.omg.org/spec/BPMN/20100524/MODEL}}{tag}"
    return key, (parser_class, SpiffBpmnParser.OVERRIDE_PARSER_CLASSES[key][1])


CLOCK_AWARE_PARSER_CLASSES = dict(
    [
        _override("startEvent", ClockStartEventParser),
        _override("intermediateCatchEvent", ClockIntermediateCatchEventParser),
        _override("boundaryEvent", ClockBoundaryEventParser),
    ]
)


def register_converters(registry: Any) -> None:
    """Serialise the clock-aware timers under the standard SpiffWorkflow type names."""
    from SpiffWorkflow.bpmn.serializer.default.event_definition import (
        TimerConditionalEventDefinitionConverter,
    )

    for standard, clock_class in CLOCK_AWARE.items():
        TimerConditionalEventDefinitionConverter(clock_class, registry, typename=standard.__name__)
