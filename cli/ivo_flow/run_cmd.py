"""``ivo-flow run``: play a case script (TOML) on simulated time and print its dated timeline.

A case script::

    process = "forelaggande"
    case = "oskarshamn-2014"
    title = "Oskarshamn 2014: föreläggande vid vite"
    start = 2014-10-01              # the case starts at 12:00 Stockholm on this day
    until = 2015-01-25              # optional: let time run to this day after the last event
    unset = ["allman_part"]         # optional: keys whose value is unknown (null; TOML has none)

    [data]                          # the start data; TOML dates become ISO strings
    beslutsdatum = 2014-10-01

    [[events]]                      # in date order, each at 12:00 Stockholm on its day
    date = 2014-10-03
    complete = "delge_forelaggandet"   # a task's element id ... or: message = "<name>"
    actor = "IVO"                      # optional
    data = { delgivningsdatum = 2014-10-03 }

The whole script is checked first — its form, then a dry run in memory — so a bad script
writes nothing. Library equivalent: ``Workflows.start``, then per event ``advance_to`` +
``complete``/``message``, then ``advance_to(until)``, reading ``Workflows.history``.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, time
from importlib import resources
from pathlib import Path
from typing import Any

import click
from attrs import frozen
from rich.console import RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ivo_workflow import (
    AuditEvent,
    CaseExistsError,
    CaseView,
    InputError,
    IvoFlowError,
    NotFoundError,
    ProcessError,
    SimulatedClock,
    Workflows,
)
from ivo_workflow.legal_time import format_date_sv, parse_date

from .context import json_option, noon, open_workflows
from .output import compact, data_text, deadline_label, emit, emit_json, show_day

BUNDLED_EXAMPLE = "oskarshamn-2014.toml"
TOP_LEVEL_KEYS = {"process", "case", "title", "start", "until", "unset", "data", "events"}
EVENT_KEYS = {"date", "complete", "message", "actor", "data"}
# Audit kinds shown in the timeline; a gateway only with the values its conditions read.
SHOWN_KINDS = {"start", "task", "message", "timer", "deadline", "end", "script", "decision", "call"}


@frozen
class Event:
    """One dated step of a script: complete a task or deliver a message."""

    number: int  # 1-based, as people count the [[events]] of a file
    day: date
    kind: str  # "complete" | "message"
    target: str
    actor: str | None
    data: dict[str, Any]

    @property
    def where(self) -> str:
        return f"event {self.number} ({self.kind} '{self.target}' on {self.day.isoformat()})"


@frozen
class Script:
    """A case script, checked for form."""

    source: str
    process: str
    case: str
    title: str
    start: date
    until: date | None
    data: dict[str, Any]
    events: tuple[Event, ...]


# -- reading and checking a script --------------------------------------------------------------


def bundled_example(name: str = BUNDLED_EXAMPLE) -> Path:
    """The path of a case script shipped with ivo-flow (package ``ivo_flow.examples``)."""
    path = Path(str(resources.files("ivo_flow.examples").joinpath(name)))
    if not path.is_file():  # pragma: no cover - a broken installation
        raise NotFoundError(f"the bundled example {name} is missing from the installation")
    return path


def load_script(path: Path) -> Script:
    """Read and check a case script; every error names the file (and the event)."""
    source = str(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such case file", where=source) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the case file: {error}", where=source) from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"not valid TOML: {error}", where=source) from None
    return parse_script(raw, source)


def parse_script(raw: Mapping[str, Any], source: str) -> Script:
    unknown = sorted(set(raw) - TOP_LEVEL_KEYS)
    if unknown:
        raise InputError(
            f"unknown key(s) {', '.join(unknown)}",
            where=source,
            hint=f"a case file has {', '.join(sorted(TOP_LEVEL_KEYS))}",
        )
    process = _text(raw, "process", source)
    case = _text(raw, "case", source)
    title = _text(raw, "title", source)
    start = _day(raw.get("start"), "start", source, required=True)
    assert start is not None
    until = _day(raw.get("until"), "until", source, required=False)
    data = _table(raw.get("data", {}), "data", source)
    unset = raw.get("unset", [])
    if not isinstance(unset, list) or not all(isinstance(k, str) and k for k in unset):
        raise InputError("'unset' must be a list of data keys", where=source)
    for key in unset:
        if key in data:
            raise InputError(f"'{key}' is both in [data] and in unset", where=source)
        data[key] = None
    events_raw = raw.get("events", [])
    if not isinstance(events_raw, list):
        raise InputError("'events' must be an array of tables ([[events]])", where=source)
    events: list[Event] = []
    previous = start
    for number, item in enumerate(events_raw, start=1):
        event = _event(item, number, source)
        if event.day < previous:
            raise InputError(
                f"its date is before {previous.isoformat()}",
                where=f"{source}: event {number}",
                hint="events run in date order, from the start day on",
            )
        previous = event.day
        events.append(event)
    if until is not None and until < previous:
        raise InputError(
            f"'until' ({until.isoformat()}) is before the last event ({previous.isoformat()})",
            where=source,
        )
    return Script(source, process, case, title, start, until, data, tuple(events))


def _event(item: Any, number: int, source: str) -> Event:
    where = f"{source}: event {number}"
    if not isinstance(item, dict):
        raise InputError("an event must be a table ([[events]])", where=where)
    unknown = sorted(set(item) - EVENT_KEYS)
    if unknown:
        raise InputError(
            f"unknown key(s) {', '.join(unknown)}",
            where=where,
            hint=f"an event has {', '.join(sorted(EVENT_KEYS))}",
        )
    day = _day(item.get("date"), "date", where, required=True)
    assert day is not None
    kinds = [k for k in ("complete", "message") if k in item]
    if len(kinds) != 1:
        raise InputError(
            'an event needs exactly one of complete = "<task id>" or message = "<name>"',
            where=where,
        )
    kind = kinds[0]
    target = _text(item, kind, where)
    actor = item.get("actor")
    if actor is not None and (not isinstance(actor, str) or not actor.strip()):
        raise InputError("'actor' must be a name", where=where)
    data = _table(item.get("data", {}), "data", where)
    return Event(number, day, kind, target, actor, data)


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if value is None:
        raise InputError(f"'{key}' is missing", where=where)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"'{key}' must be a non-empty string", where=where)
    return value.strip()


def _day(value: Any, key: str, where: str, *, required: bool) -> date | None:
    if value is None:
        if required:
            raise InputError(
                f"'{key}' is missing", where=where, hint="a TOML date, e.g. 2014-10-01"
            )
        return None
    if isinstance(value, datetime | time):
        raise InputError(f"'{key}' must be a day, not a time", where=where, hint="e.g. 2014-10-01")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(value)
        except InputError as error:
            raise InputError(f"'{key}': {error.message}", where=where, hint=error.hint) from None
    raise InputError(f"'{key}' must be a date", where=where, hint="a TOML date, e.g. 2014-10-01")


def _table(value: Any, key: str, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"'{key}' must be a table", where=where)
    return {str(k): _plain(v, f"{key}.{k}", where) for k, v in value.items()}


def _plain(value: Any, key: str, where: str) -> Any:
    """TOML values as process data: dates become ISO strings (what the processes read)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise InputError(f"'{key}' is a time without offset", where=where, hint="use a date")
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        raise InputError(f"'{key}' is a time of day", where=where, hint="use a date")
    if isinstance(value, dict):
        return {str(k): _plain(v, f"{key}.{k}", where) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, key, where) for v in value]
    return value


# -- playing a script ----------------------------------------------------------------------------


def play(workflows: Workflows, script: Script) -> CaseView:
    """Start the case and play every event on the workflows' SimulatedClock, firing only this
    case's timers on the way (other cases in the database are left alone). Errors name the
    script and the event.
    """
    with _at(f"{script.source}: start"):
        case = workflows.start(script.process, case_id=script.case, data=script.data)
    for event in script.events:
        with _at(f"{script.source}: {event.where}"):
            workflows.advance_to(noon(event.day), case_id=script.case)
            if event.kind == "complete":
                case = workflows.complete(script.case, event.target, event.data, actor=event.actor)
            else:
                case = workflows.message(
                    script.case, event.target, event.data, actor=event.actor or "extern"
                )
    if script.until is not None:
        with _at(f"{script.source}: until {script.until.isoformat()}"):
            workflows.advance_to(noon(script.until), case_id=script.case)
        case = workflows.case(script.case)
    return case


@contextmanager
def _at(where: str) -> Iterator[None]:
    """Errors inside name the script position; the library's unexpected ones become one line."""
    try:
        yield
    except IvoFlowError as error:
        raise _located(error, where) from None
    except Exception as error:
        if os.environ.get("IVO_FLOW_DEBUG"):
            raise
        raise ProcessError(
            f"the process failed: {type(error).__name__}: {error}",
            where=where,
            hint="does the script give all the data the process needs?",
        ) from None


def _located(error: IvoFlowError, where: str) -> IvoFlowError:
    """The same error (class, exit code, hint), with the script position in front."""
    located = error.where and f"{where}: {error.where}" or where
    try:
        return type(error)(error.message, where=located, hint=error.hint)
    except TypeError:  # pragma: no cover - a subclass with another signature
        return InputError(error.user_message, where=where)


def dry_run(script: Script, processes: str | None) -> None:
    """Play the script in a throw-away in-memory database: every error surfaces, nothing is kept."""
    with Workflows.open(
        ":memory:", clock=SimulatedClock(noon(script.start)), processes=processes
    ) as scratch:
        play(scratch, script)


# -- the timeline --------------------------------------------------------------------------------


def render_timeline(script: Script, events: list[AuditEvent]) -> Table:
    """date | lane | what happened (+ explanation, rule, warnings, statute)."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(max_width=16, style="cyan")
    grid.add_column(overflow="fold")
    deadlines: dict[str, dict[str, Any]] = {}
    for event in events:
        decided = event.kind == "gateway" and isinstance(event.data.get("values"), dict)
        if event.kind not in SHOWN_KINDS and not decided:
            continue
        name = event.element_name or event.element_id or "-"
        lines: list[Text] = []
        if event.kind == "deadline":
            record = event.data.get("deadline") or {}
            deadlines[event.element_id or ""] = record
            last = record.get("last_day")
            head = f"Frist: {name}"
            if last:
                head += f" — sista dag {format_date_sv(date.fromisoformat(last))}"
            lines.append(Text(head, style="bold"))
            if record.get("explanation"):
                lines.append(Text(record["explanation"]))
            if record.get("rule"):
                lines.append(Text(f"Regel: {'; '.join(record['rule'])}"))
            lines += [Text(f"Varning: {w}", style="yellow") for w in record.get("warnings", [])]
        elif event.kind == "timer":
            record = event.data.get("deadline") or deadlines.get(event.element_id or "", {})
            last = record.get("last_day")
            tail = f" (sista dag {format_date_sv(date.fromisoformat(last))})" if last else ""
            lines.append(Text(f"{name}: fristen löpte ut{tail}", style="bold"))
        elif event.kind in ("task", "message"):
            given = data_text(event.data)
            who = f" — {event.actor}" if event.actor and event.actor != event.lane else ""
            text = Text.assemble((name, "bold"), f" ({given})" if given else "", who)
            lines.append(text)
        elif decided:
            lines.append(Text(f"{name} ({data_text(event.data['values'])})"))
        elif event.kind == "end":
            lines.append(Text(f"Avslutat: {name}", style="bold"))
        elif event.kind == "start":
            lines.append(Text(f"{name} — {script.title}", style="bold"))
        else:
            lines.append(Text(name))
        if event.legal_basis:
            lines.append(Text(f"Lagrum: {event.legal_basis}", style="dim"))
        body = Text("\n").join(lines)
        grid.add_row(show_day(event.at), event.lane or "-", body)
    return grid


def render_state(case: CaseView, events: list[AuditEvent]) -> list[RenderableType]:
    lines: list[RenderableType] = []
    if case.is_open:
        lines.append(Text.assemble(("Läge: ", "bold"), "öppet"))
        for task in case.tasks:
            waiting = f"väntar på: {task.lane or '-'}: {task.name} ({task.element_id})"
            lines.append(Padding(Text(waiting), (0, 0, 0, 2)))
        if not case.tasks:
            lines.append(Padding(Text("väntar på en frist eller ett meddelande"), (0, 0, 0, 2)))
    else:
        ends = [e.element_name for e in events if e.kind == "end" and e.element_name]
        end = ends[-1] if ends else case.end_state or "-"
        lines.append(Text.assemble(("Läge: ", "bold"), f"avslutat: {end}"))
    if case.timers:
        timer = case.timers[0]
        last = deadline_label(timer)
        lines.append(Text(f"Nästa frist: {timer.name} [{timer.lane or '-'}], sista dag {last}"))
    else:
        lines.append(Text("Nästa frist: ingen frist löper"))
    return lines


@click.command("run")
@click.argument("casefile", metavar="[CASEFILE]", required=False, type=click.Path(dir_okay=False))
@click.option("--replace", is_flag=True, help="Delete an existing case with the same id first.")
@json_option
@click.pass_context
def run(ctx: click.Context, casefile: str | None, replace: bool, as_json: bool) -> None:
    """Play a case script (TOML) on simulated time and print its dated timeline.

    Without CASEFILE, runs the bundled Oskarshamn 2014 example (seed 000).

    \b
    ivo-flow run
    ivo-flow run examples/oskarshamn-2014.toml --replace --json
    """
    path = Path(casefile) if casefile else bundled_example()
    script = load_script(path)
    obj = ctx.find_root().obj or {}
    dry_run(script, obj.get("processes_dir"))  # a bad script fails here, before the db is opened
    workflows = open_workflows(ctx, SimulatedClock(noon(script.start)))
    exists = True
    try:
        workflows.case(script.case)
    except NotFoundError:
        exists = False
    if exists and not replace:
        raise CaseExistsError(
            f"case '{script.case}' already exists",
            where=script.source,
            hint="use --replace to delete it and run the script again",
        )
    if exists:
        workflows.delete(script.case)
    case = play(workflows, script)
    events = workflows.history(script.case)
    if as_json:
        emit_json(events)
        return
    facts = ", ".join(f"{k}: {compact(v)}" for k, v in script.data.items())
    emit(
        Text(script.title, style="bold"),
        f"Ärende {case.id}, process {case.process_id} (version {case.spec_hash}), "
        f"från {script.start.isoformat()}"
        + (f" till {script.until.isoformat()}" if script.until else ""),
        Text(f"Uppgifter: {facts}", style="dim"),
        "",
        render_timeline(script, events),
        "",
        *render_state(case, events),
    )
