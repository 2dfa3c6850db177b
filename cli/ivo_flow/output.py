"""How commands print: ``--json`` (a list of objects, each with its ``id``), rich tables, dates.

Dates and times are shown in Europe/Stockholm; JSON keeps instants as ISO-8601 with offset.
Rich drops colour when the output is not a terminal, so piped output stays plain text.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import attrs
import click

from ivo_workflow.legal_time import format_date_sv, working_days_between
from ivo_workflow.model import CaseView, TimerView

from .context import STOCKHOLM
from .layout import PIPED_WIDTH

if TYPE_CHECKING:  # rich is imported when something is printed with it (not by show when piped)
    from rich.console import Console, RenderableType
    from rich.table import Table


def console() -> Console:
    """A console on the current stdout (CliRunner captures it); no markup, no auto-highlighting."""
    from rich.console import Console

    out = Console(highlight=False, markup=False, soft_wrap=False)
    if not out.is_terminal and not os.environ.get("COLUMNS"):
        out.width = PIPED_WIDTH
    return out


def emit(*renderables: RenderableType) -> None:
    """Print with rich; when piped, as plain lines without the padding rich adds to cells."""
    from rich.console import Group

    out = console()
    group = Group(*renderables)
    if out.is_terminal:
        out.print(group)
        return
    with out.capture() as captured:
        out.print(group)
    click.echo("\n".join(line.rstrip() for line in captured.get().splitlines()))


def jsonable(value: Any) -> Any:
    """Value objects as plain JSON data: ``id`` first, datetimes ISO with offset, dates ISO."""
    if attrs.has(type(value)):
        record: dict[str, Any] = {}
        if isinstance(getattr(type(value), "id", None), property):
            record["id"] = value.id
        for key, item in attrs.asdict(value, recurse=False).items():
            record[key] = jsonable(item)
        return record
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, bytes):
        return value.hex()
    return value


def emit_json(items: Iterable[Any]) -> None:
    """Print a JSON list; every item must carry an ``id``."""
    records = [jsonable(item) for item in items]
    for record in records:
        if not isinstance(record, dict) or "id" not in record:  # pragma: no cover - a bug
            raise TypeError(f"JSON output item without an id: {record!r}")
    click.echo(json.dumps(records, ensure_ascii=False, indent=2))


def local(when: datetime) -> datetime:
    return when.astimezone(STOCKHOLM)


def show_time(when: datetime) -> str:
    """``2014-10-20 12:00`` in Stockholm."""
    return local(when).strftime("%Y-%m-%d %H:%M")


def show_day(when: datetime) -> str:
    """``2014-10-20``: the Stockholm date of an instant."""
    return local(when).date().isoformat()


def compact(value: Any) -> str:
    """A data value on one line: text as is, the rest as JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(jsonable(value), ensure_ascii=False)


def data_text(data: Mapping[str, Any]) -> str:
    """``key: value, key: value`` for task data and message payloads."""
    return ", ".join(f"{key}: {compact(value)}" for key, value in data.items())


def last_day(timer: TimerView) -> date:
    """A timer's legal last day, or the Stockholm date it is due."""
    return timer.deadline.last_day if timer.deadline else local(timer.due_at).date()


def days_left(day: date, today: date) -> str:
    """``7 dagar (5 arbetsdagar)``; ``i dag``; ``passerad för 3 dagar sedan (2 arbetsdagar)``."""
    calendar_days = (day - today).days
    working = working_days_between(today, day)
    if calendar_days == 0:
        return "i dag (sista dagen)"
    if calendar_days > 0:
        return f"{_days(calendar_days)} kvar ({_days(working, 'arbetsdag')})"
    return f"passerad för {_days(-calendar_days)} sedan ({_days(-working, 'arbetsdag')})"


def _days(count: int, word: str = "dag") -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}ar"


def deadline_label(timer: TimerView) -> str:
    """``måndagen den 19 januari 2015``: the last day in Swedish."""
    return format_date_sv(last_day(timer))


def table(*columns: str, keep: tuple[str, ...] = ()) -> Table:
    """A light rich table; cells wrap at spaces, except the ``keep`` columns (ids, times)."""
    from rich import box
    from rich.table import Table

    result = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
    for column in columns:
        result.add_column(column, no_wrap=column in keep, overflow="fold")
    return result


def print_table(result: Table, empty: str) -> None:
    """Print a table, or the ``empty`` sentence when it has no rows."""
    emit(result if result.row_count else empty)


def print_case_brief(case: CaseView) -> None:
    """Two or three lines after a command moved a case: its state, what waits, the next deadline."""
    state = "öppet" if case.is_open else f"avslutat ({case.end_state or 'slut'})"
    lines = [f"Ärende {case.id} ({case.process_id}): {state}"]
    lines += [f"  väntar på: {t.lane or '-'}: {t.name} ({t.element_id})" for t in case.tasks]
    if case.timers:
        timer = case.timers[0]
        lines.append(f"  nästa frist: {timer.name}, sista dag {deadline_label(timer)}")
    emit(*lines)
