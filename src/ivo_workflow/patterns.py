"""Questions across cases: what the cases about one organisation say together (issue 8, seed 003).

Farsta was reported again and again, promised an action plan, did not follow it, and nothing was
escalated — because every case was looked at on its own. This module looks across them: per
organisation (``"Stockholms stad, Farsta stadsdelsnämnd"``) and area of activity
(``verksamhetsomrade``), within a rolling window (24 months by default), it finds these signals
(the inputs of the decision table ``monster``), each with its evidence (case, day, element):

``klagomal_samma_grund``
    complaints (intake with ``kalla == "klagomal"``) on the same ground (``sakfraga``), per ground;
``redovisning_sen_eller_saknas``
    follow-ups whose account date passed without the account (it came late or not at all);
``redovisning_otillracklig``
    accounts IVO found insufficient (after an account came in, a valid choice other than godta);
``kritik_samma_grund``
    supervision decisions of criticism, serious criticism or demands for measures, per ground;
``atgardsplan_ej_foljd``
    action plans (an account with ``atgardsplan_senast``) past their day, after which complaints or
    criticism on the same ground show they were not followed;
``forelaggande_ej_foljt``
    injunctions found not complied with (the gateway "Föreläggandet har inte följts", once per
    injunction);
``allvarlig_kritik``
    decisions of serious criticism (how serious the deficiencies are).

The table ``processes/monster.dmn`` turns them into a recommendation with its reasons and
statutes: the thresholds are its rows, so a lawyer edits them there, never here. The caller runs
the table (:meth:`ivo_workflow.Workflows.patterns` runs the process ``monsteranalys`` through the
engine, so every cell runs in the sandbox); this module only reads the store with SQL
(``json_extract`` on ``cases.data`` and ``audit.data``, the events found through the index
``audit_pattern``) and never loads a case into the engine.

The models' words it reads are named once below: the element ids of inkommande_uppgifter,
tillsyn, uppfoljning and forelaggande, and the data keys ``organisation`` (else ``adressat``, else
``kommun``), ``verksamhetsomrade``, ``kalla``, ``inkom``, and two keys added for this issue:
``sakfraga`` (what a complaint or a supervision is about, e.g. ``"avslut av placeringar på
stödboende"``; in the start data) and ``atgardsplan_senast`` (in the payload of the message
``redovisning_inkommer``: the day by which the committee's action plan promises the measures).

>>> report = workflows.patterns(org="Farsta", since=date(2018, 1, 1))   # doctest: +SKIP
>>> report.patterns[0].recommendation.action                             # doctest: +SKIP
'Föreläggande vid vite'
"""

from __future__ import annotations

import calendar
import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from attrs import evolve, field, frozen

from .errors import InputError, ProcessError

STOCKHOLM = ZoneInfo("Europe/Stockholm")

ANALYSIS_PROCESS = "monsteranalys"
"""The process whose business rule task runs the decision table ``monster``."""

WINDOW_MONTHS = 24

# -- the models' words ------------------------------------------------------------------------

ORGANISATION_KEYS = ("organisation", "adressat", "kommun")  # the first one a case has
AREA_KEY = "verksamhetsomrade"
GROUND_KEY = "sakfraga"
SOURCE_KEY = "kalla"
RECEIVED_KEY = "inkom"
COMPLAINT_SOURCE = "klagomal"
PLAN_KEY = "atgardsplan_senast"

INTAKE_START = "uppgifter_inkommer"  # inkommande_uppgifter: start event
DECISION_TASK = "besluta_i_tillsynsarendet"  # tillsyn: task data beslutstyp, beslutsdatum
DECISION_OUTCOME = "beslutets_utfall"  # tillsyn: gateway, values.beslut_fullstandigt
ACCOUNT_DEADLINE = "redovisningsdagen_passerar"  # uppfoljning: deadline armed, timer fired
ACCOUNT_RECEIVED = "redovisning_inkommer"  # uppfoljning: message (inkom, atgardsplan_senast)
FOLLOW_UP_CHOICE = "uppfoljningsatgard"  # uppfoljning: gateway, values.val, values.val_giltigt
NOT_COMPLIED = "fore_val_av_atgard"  # forelaggande: gateway "Föreläggandet har inte följts"

ELEMENTS = (
    INTAKE_START,
    DECISION_TASK,
    DECISION_OUTCOME,
    ACCOUNT_DEADLINE,
    ACCOUNT_RECEIVED,
    FOLLOW_UP_CHOICE,
    NOT_COMPLIED,
)

CRITICISM = {
    "kritik": "kritik",
    "allvarlig_kritik": "allvarlig kritik",
    "krav_pa_atgarder": "krav på åtgärder",
}
SERIOUS = "allvarlig_kritik"
INSUFFICIENT_CHOICES = {
    "begar_komplettering": "begärde komplettering",
    "ny_tillsyn": "inledde ny tillsyn",
    "forelaggande_avhjalpa": "förelade nämnden att avhjälpa bristerna",
    "avsluta_utan_eskalering": "avslutade uppföljningen utan eskalering",
}

SIGNALS: dict[str, str] = {  # the inputs of the table, in its column order, with their labels
    "klagomal_samma_grund": "Klagomål på samma grund",
    "redovisning_sen_eller_saknas": "Redovisning för sent eller utebliven",
    "redovisning_otillracklig": "Redovisning bedömd otillräcklig",
    "kritik_samma_grund": "Kritik eller krav på åtgärder på samma grund",
    "atgardsplan_ej_foljd": "Åtgärdsplan som inte följts",
    "forelaggande_ej_foljt": "Föreläggande som inte följts",
    "allvarlig_kritik": "Allvarlig kritik",
}
PER_GROUND = ("klagomal_samma_grund", "kritik_samma_grund")
PLAN = "atgardsplan"  # an action plan found (a signal only once it has not been followed)
UNKNOWN_GROUND = "sakfråga ej angiven"
UNKNOWN_AREA = "verksamhetsområde ej angivet"

# -- value objects --------------------------------------------------------------------------


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class SignalEvidence:
    """One event behind a signal: which case, which day, which element of which model."""

    case_id: str
    date: date
    element_id: str
    element_name: str
    detail: str

    def as_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "date": self.date.isoformat(),
            "element_id": self.element_id,
            "element_name": self.element_name,
            "detail": self.detail,
        }


@frozen
class Signal:
    """A signal about one organisation and area.

    ``count`` is the most events of the kind within one rolling window (``window_start`` and
    ``window_end`` are the first and last of them); ``evidence`` lists every event of the kind in
    the period looked at (an action plan not followed: the plan, then what showed it was not
    followed).
    """

    kind: str
    count: int
    evidence: tuple[SignalEvidence, ...] = field(converter=_tuple)
    ground: str | None = None
    window_start: date | None = None
    window_end: date | None = None

    @property
    def label(self) -> str:
        return SIGNALS.get(self.kind, self.kind)

    @property
    def case_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.case_id for e in self.evidence))

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "count": self.count,
            "ground": self.ground,
            "window": [_iso(self.window_start), _iso(self.window_end)],
            "cases": list(self.case_ids),
            "evidence": [e.as_json() for e in self.evidence],
        }


@frozen
class Reason:
    """A row of the table ``monster`` that the signals reached."""

    rule_id: str
    row: int
    description: str
    recommendation: str
    action: str
    priority: int
    reason: str
    lagrum: str

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule_id,
            "row": self.row,
            "description": self.description,
            "recommendation": self.recommendation,
            "action": self.action,
            "priority": self.priority,
            "reason": self.reason,
            "lagrum": self.lagrum,
        }


@frozen
class Recommendation:
    """The strongest measure of the rows reached, and those rows as its reasons."""

    code: str
    action: str
    priority: int
    lagrum: str
    reasons: tuple[Reason, ...] = field(converter=_tuple)

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "action": self.action,
            "priority": self.priority,
            "lagrum": self.lagrum,
            "reasons": [r.as_json() for r in self.reasons],
        }


@frozen
class Pattern:
    """What the cases about one organisation and area say together."""

    organisation: str
    area: str | None
    signals: tuple[Signal, ...] = field(converter=_tuple)
    inputs: dict[str, int]
    recommendation: Recommendation
    case_ids: tuple[str, ...] = field(converter=_tuple)

    @property
    def id(self) -> str:
        return f"{self.organisation} / {self.area or UNKNOWN_AREA}"

    def signal(self, kind: str) -> list[Signal]:
        """The signals of one kind (several for the kinds counted per ground)."""
        return [s for s in self.signals if s.kind == kind]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "organisation": self.organisation,
            "verksamhetsomrade": self.area,
            "recommendation": self.recommendation.as_json(),
            "inputs": dict(self.inputs),
            "signals": [s.as_json() for s in self.signals],
            "cases": list(self.case_ids),
        }


@frozen
class PatternReport:
    """The patterns found from ``since`` to ``as_of``, strongest recommendation first."""

    as_of: date
    since: date
    window_months: int
    patterns: tuple[Pattern, ...] = field(converter=_tuple)

    def for_organisation(self, organisation: str) -> list[Pattern]:
        """The patterns of exactly this organisation (case and spacing ignored)."""
        wanted = _fold(organisation)
        return [p for p in self.patterns if _fold(p.organisation) == wanted]

    def as_json(self) -> list[dict[str, Any]]:
        """A list of patterns, each with its ``id`` and the period it covers."""
        period = {
            "as_of": self.as_of.isoformat(),
            "since": self.since.isoformat(),
            "window_months": self.window_months,
        }
        return [{**p.as_json(), **period} for p in self.patterns]


@frozen
class RelatedCase:
    """A case about the same organisation (:func:`related_cases`)."""

    id: str
    process_id: str
    status: str
    end_state: str | None
    started_at: datetime
    organisation: str
    area: str | None
    ground: str | None
    source: str | None


Decide = Callable[[Mapping[str, int]], Mapping[str, Any]]
"""Runs the table ``monster`` on the inputs and returns its outputs — ``rekommendation``,
``atgard``, ``prioritet``, ``skal``, ``lagrum``: lists with one item per row reached (hit policy
COLLECT) — and ``rules``: the rows reached (``{"row", "id", "description"}``), in the same order."""

# -- days -------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier); the month's last day when it has fewer."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def default_since(as_of: date, window_months: int = WINDOW_MONTHS) -> date:
    """The first day of the window whose last day is ``as_of``."""
    return add_months(as_of, -window_months) + timedelta(days=1)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _iso_day(value: Any) -> date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _utc(day: date, at: time) -> str:
    return datetime.combine(day, at, tzinfo=STOCKHOLM).astimezone(UTC).isoformat()


def _densest(days: Sequence[date], window_months: int) -> tuple[int, date | None, date | None]:
    """The most days within one window of ``window_months`` months, with the first and the last
    of them."""
    ordered = sorted(days)
    best, start, end, last = 0, None, None, 0
    for first, day in enumerate(ordered):
        limit = add_months(day, window_months)
        last = max(last, first)
        while last + 1 < len(ordered) and ordered[last + 1] < limit:
            last += 1
        if last - first + 1 > best:
            best, start, end = last - first + 1, day, ordered[last]
    return best, start, end


# -- reading the store --------------------------------------------------------------------------


def _fold(text: Any) -> str:
    return " ".join(str(text).split()).casefold() if text is not None else ""


def _contains(organisation: Any, wanted: str) -> bool:
    return bool(wanted) and wanted in _fold(organisation)


_CASE_PATHS = ", ".join(
    f"'$.{key}'" for key in (*ORGANISATION_KEYS, AREA_KEY, GROUND_KEY, SOURCE_KEY, RECEIVED_KEY)
)
_ORGANISATION_SQL = (
    "coalesce(" + ", ".join(f"json_extract(data, '$.{key}')" for key in ORGANISATION_KEYS) + ")"
)


class _Case(NamedTuple):
    id: str
    organisation: str
    area: str | None
    ground: str | None
    source: str | None
    received: date | None


class _Event(NamedTuple):
    case_id: str
    seq: int
    day: date  # the Stockholm day it was recorded
    kind: str
    element_id: str
    element_name: str
    first: Any  # the values of :data:`_EVENT_VALUES` for the element (None where it has none)
    second: Any


# What is read of each element's event data (two values, by SQL), instead of the whole data.
# A JSON true or false is read as 1 or 0.
_EVENT_VALUES: dict[str, tuple[str, ...]] = {
    DECISION_TASK: ("$.beslutstyp", "$.beslutsdatum"),
    DECISION_OUTCOME: ("$.values.beslut_fullstandigt",),
    ACCOUNT_DEADLINE: ("$.deadline.last_day",),
    ACCOUNT_RECEIVED: ("$.inkom", f"$.{PLAN_KEY}"),
    FOLLOW_UP_CHOICE: ("$.values.val", "$.values.val_giltigt"),
}


def _value_sql(position: int) -> str:
    cases = " ".join(
        f"WHEN '{element}' THEN json_extract(data, '{paths[position]}')"
        for element, paths in _EVENT_VALUES.items()
        if len(paths) > position
    )
    return f"CASE element_id {cases} END"


# Elements whose events are read without their data, from the index alone (one kind each).
_BARE = {INTAKE_START: "start", NOT_COMPLIED: "gateway"}
# The term of the partial index audit_pattern (store.m006_audit_pattern): every query on audit
# carries it, so that SQLite may use the index (it must find the index's term in the query).
_INDEXED = f"element_id IN ({', '.join(repr(e) for e in ELEMENTS)})"
_RELEVANT = f"{_INDEXED} AND at BETWEEN ? AND ?"
_WITH_DATA = (
    f"{_INDEXED} AND element_id IN ({', '.join(repr(e) for e in _EVENT_VALUES)}) "
    "AND at BETWEEN ? AND ?"
)


def _stockholm_day(at: str) -> date:
    """The Stockholm day of a stored instant (UTC text); the same day before 22:00 UTC."""
    if at.endswith("+00:00") and at[11:13] < "22":
        return date.fromisoformat(at[:10])
    return datetime.fromisoformat(at).astimezone(STOCKHOLM).date()


@lru_cache(maxsize=8192)  # the same names come back case after case
def _clean(value: str) -> str | None:
    return " ".join(value.split()) or None


def _text(value: Any) -> str | None:
    return _clean(value) if isinstance(value, str) else None


def _case_of(case_id: str, fields: str | None) -> _Case | None:
    values = json.loads(fields) if fields else []
    values += [None] * (len(ORGANISATION_KEYS) + 4 - len(values))
    n = len(ORGANISATION_KEYS)
    organisation = next((t for t in map(_text, values[:n]) if t), None)
    if organisation is None:
        return None
    area, ground, source, received = values[n : n + 4]
    return _Case(
        case_id, organisation, _text(area), _text(ground), _text(source), _iso_day(received)
    )


def _read(
    conn: sqlite3.Connection, org: str | None, since: date, as_of: date
) -> tuple[dict[str, _Case], list[_Event]]:
    """The cases with a relevant event in the period, and those events in order.

    Events are read from a month before ``since`` (a day written in the data, such as a last
    day, comes before the step that records it); each signal keeps the events whose own day is
    in the period. The partial index ``audit_pattern`` (element_id, at) finds them.
    """
    period = [_utc(since - timedelta(days=31), time(0)), _utc(as_of, time(23, 59, 59))]
    sql = (
        f"SELECT id, json_extract(data, {_CASE_PATHS}) FROM cases "
        f"WHERE id IN (SELECT case_id FROM audit WHERE {_RELEVANT})"
    )
    params: list[Any] = list(period)
    if org is not None:
        conn.create_function("ivo_contains", 2, _contains, deterministic=True)
        sql += f" AND ivo_contains({_ORGANISATION_SQL}, ?)"
        params.append(_fold(org))
    cases = {}
    for case_id, fields in conn.execute(sql, params):
        case = _case_of(case_id, fields)
        if case is not None:
            cases[case_id] = case
    rows = conn.execute(
        f"SELECT case_id, seq, at, kind, element_id, element_name, {_value_sql(0)}, "
        f"{_value_sql(1)} FROM audit WHERE {_WITH_DATA}",
        period,
    )
    events = [
        _Event(case_id, seq, _stockholm_day(at), kind, element, name or element, first, second)
        for case_id, seq, at, kind, element, name, first, second in rows
        if case_id in cases
    ]
    for element, kind in _BARE.items():  # from the index alone: many, and no data needed
        named = conn.execute(
            f"SELECT element_name FROM audit WHERE {_INDEXED} AND element_id = ? "
            "ORDER BY at DESC LIMIT 1",
            [element],
        ).fetchone()
        name = (named[0] if named else None) or element
        events += [
            _Event(case_id, seq, _stockholm_day(at), kind, element, name, None, None)
            for case_id, seq, at in conn.execute(
                f"SELECT case_id, seq, at FROM audit WHERE {_INDEXED} AND element_id = ? "
                "AND at BETWEEN ? AND ?",
                [element, *period],
            )
            if case_id in cases
        ]
    events.sort(key=lambda e: (e.case_id, e.seq))
    return cases, events


# -- the signals ------------------------------------------------------------------------------


class _Found(NamedTuple):
    """An event that counts for a signal, before the period and windows are applied."""

    organisation: str
    area: str | None
    kind: str
    ground: str | None
    evidence: SignalEvidence
    extra: tuple[SignalEvidence, ...] = ()  # an action plan's later complaints or criticism


def _evidence(event: _Event, day: date, detail: str) -> SignalEvidence:
    return SignalEvidence(event.case_id, day, event.element_id, event.element_name, detail)


def _ground_text(ground: str | None) -> str:
    return ground or UNKNOWN_GROUND


def _case_signals(case: _Case, events: Sequence[_Event]) -> list[_Found]:
    """Walk one case's events in order (a case may run intake, supervision and follow-up)."""
    found: list[_Found] = []

    def add(kind: str, evidence: SignalEvidence, ground: str | None = None) -> None:
        found.append(_Found(case.organisation, case.area, kind, ground, evidence))

    last_day: date | None = None  # the account date in force
    missed: int | None = None  # where in ``found`` the date that passed without an account is
    situation = ""  # "saknas" or "inkommen": the follow-up's situation when IVO chooses
    decision: _Event | None = None  # the supervision decision last given
    not_complied: _Event | None = None
    for event in events:
        element, kind, first, second = event.element_id, event.kind, event.first, event.second
        if element == INTAKE_START and kind == "start" and case.source == COMPLAINT_SOURCE:
            detail = f"Klagomål inkom ({_ground_text(case.ground)})"
            day = case.received or event.day
            add("klagomal_samma_grund", _evidence(event, day, detail), case.ground)
        elif element == DECISION_TASK and kind == "task":
            decision = event
        elif element == DECISION_OUTCOME and kind == "gateway" and first == 1 and decision:
            decided = decision.first
            if decided in CRITICISM:
                day = _iso_day(decision.second) or event.day
                detail = f"Beslut med {CRITICISM[decided]} ({_ground_text(case.ground)})"
                evidence = _evidence(decision, day, detail)
                add("kritik_samma_grund", evidence, case.ground)
                if decided == SERIOUS:
                    add("allvarlig_kritik", evidence, case.ground)
        elif element == ACCOUNT_DEADLINE and kind == "deadline":
            last_day = _iso_day(first)  # a new day after a reminder: a miss stays a miss
        elif element == ACCOUNT_DEADLINE and kind == "timer":
            last_day = _iso_day(first) or last_day or event.day
            detail = f"Redovisningen kom inte in senast {last_day}"
            add("redovisning_sen_eller_saknas", _evidence(event, last_day, detail))
            missed, situation = len(found) - 1, "saknas"
        elif element == ACCOUNT_RECEIVED and kind == "message":
            received = _iso_day(first) or event.day
            if missed is not None:
                late = found[missed]
                detail = (
                    f"Redovisningen kom för sent: senast {late.evidence.date}, inkom {received}"
                )
                found[missed] = late._replace(evidence=evolve(late.evidence, detail=detail))
            elif last_day is not None and received > last_day:
                detail = f"Redovisningen kom för sent: senast {last_day}, inkom {received}"
                add("redovisning_sen_eller_saknas", _evidence(event, received, detail))
            missed, situation = None, "inkommen"
            plan = _iso_day(second)
            if plan is not None:
                detail = (
                    f"Åtgärdsplanen skulle vara genomförd senast {plan} (redovisningen inkom "
                    f"{received}; {_ground_text(case.ground)})"
                )
                add(PLAN, _evidence(event, plan, detail), case.ground)
        elif element == FOLLOW_UP_CHOICE and kind == "gateway" and second == 1:
            if situation == "inkommen" and first in INSUFFICIENT_CHOICES:
                detail = f"Redovisningen bedömdes otillräcklig: IVO {INSUFFICIENT_CHOICES[first]}"
                add("redovisning_otillracklig", _evidence(event, event.day, detail))
        elif element == NOT_COMPLIED and kind == "gateway" and not_complied is None:
            not_complied = event  # once per injunction (an invalid choice passes here again)
            detail = "Föreläggandet har inte följts"
            add("forelaggande_ej_foljt", _evidence(event, event.day, detail))
    return found


def _plans_not_followed(items: Sequence[_Found], since: date, as_of: date) -> list[_Found]:
    """Action plans whose day is in the period and has passed, each with the complaints or
    criticism on its ground after that day (none: the plan is not counted)."""
    later = [i for i in items if i.kind in PER_GROUND and i.evidence.date <= as_of]
    result = []
    for plan in items:
        due = plan.evidence.date
        if plan.kind != PLAN or not since <= due < as_of:
            continue
        after = sorted(
            {i.evidence for i in later if i.ground == plan.ground and i.evidence.date > due},
            key=lambda e: (e.date, e.case_id, e.detail),
        )
        if not after:
            continue
        shown = tuple(
            evolve(e, detail=f"Efter {due}: {e.detail[:1].lower()}{e.detail[1:]}") for e in after
        )
        result.append(plan._replace(kind="atgardsplan_ej_foljd", extra=shown))
    return result


def _signals(items: Sequence[_Found], since: date, as_of: date, window_months: int) -> list[Signal]:
    """The signals of one organisation and area: per kind (and ground), counted in windows."""
    counted = [i for i in items if i.kind != PLAN and since <= i.evidence.date <= as_of]
    counted += _plans_not_followed(items, since, as_of)
    by_kind: dict[tuple[str, str | None], list[_Found]] = defaultdict(list)
    for item in counted:
        by_kind[(item.kind, item.ground if item.kind in PER_GROUND else None)].append(item)
    order = list(SIGNALS)
    signals = []
    for (kind, ground), found in sorted(
        by_kind.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1] or "")
    ):
        count, start, end = _densest([f.evidence.date for f in found], window_months)
        evidence: list[SignalEvidence] = []
        for item in sorted(found, key=lambda f: (f.evidence.date, f.evidence.case_id)):
            evidence += [item.evidence, *item.extra]
        signals.append(
            Signal(
                kind=kind,
                count=count,
                evidence=evidence,
                ground=_ground_text(ground) if kind in PER_GROUND else None,
                window_start=start,
                window_end=end,
            )
        )
    return signals


def table_inputs(signals: Iterable[Signal]) -> dict[str, int]:
    """The table's inputs: per kind the largest count (over grounds); 0 when absent."""
    inputs = dict.fromkeys(SIGNALS, 0)
    for signal in signals:
        inputs[signal.kind] = max(inputs[signal.kind], signal.count)
    return inputs


def recommendation(outputs: Mapping[str, Any]) -> Recommendation:
    """The table's outputs as a recommendation.

    The row reached with the highest priority decides (the first of equals, in table order);
    the rows above priority 0 are its reasons, or the priority-0 row when no other was reached.
    """
    rules = list(outputs.get("rules") or [])
    columns = {
        key: _as_list(outputs.get(key))
        for key in ("rekommendation", "atgard", "prioritet", "skal", "lagrum")
    }
    if not rules or any(len(column) != len(rules) for column in columns.values()):
        raise ProcessError(
            "the decision table 'monster' gave no recommendation",
            hint="its first row should match always (every input '-')",
        )
    reasons = [
        Reason(
            rule_id=str(rule.get("id", "")),
            row=int(rule.get("row", 0)),
            description=str(rule.get("description", "")),
            recommendation=str(columns["rekommendation"][n]),
            action=str(columns["atgard"][n]),
            priority=int(columns["prioritet"][n]),
            reason=str(columns["skal"][n]),
            lagrum=str(columns["lagrum"][n]),
        )
        for n, rule in enumerate(rules)
    ]
    ranked = sorted(reasons, key=lambda r: (-r.priority, r.row))
    best = ranked[0]
    listed = [r for r in ranked if r.priority > 0] or [best]
    return Recommendation(best.recommendation, best.action, best.priority, best.lagrum, listed)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def find_patterns(
    conn: sqlite3.Connection,
    decide: Decide,
    *,
    as_of: date,
    org: str | None = None,
    since: date | None = None,
    window_months: int = WINDOW_MONTHS,
) -> PatternReport:
    """The patterns per organisation and area from ``since`` to ``as_of`` (see the module).

    ``org`` keeps the organisations whose name contains it (case and spacing ignored);
    ``since`` defaults to the first day of the window that ends on ``as_of``; a count is the
    most events within one window of ``window_months`` months. ``decide`` runs the table;
    it runs once per distinct set of inputs.
    """
    if window_months < 1:
        raise InputError(f"the window must be at least one month, not {window_months}")
    since = since or default_since(as_of, window_months)
    if since > as_of:
        raise InputError(
            f"--since {since.isoformat()} is after the day looked at ({as_of.isoformat()})",
            hint="give an earlier --since",
        )
    if org is not None and not _fold(org):
        raise InputError("--org needs a name", hint="e.g. --org Farsta")
    cases, events = _read(conn, org, since, as_of)
    by_case: dict[str, list[_Event]] = defaultdict(list)
    for event in events:
        by_case[event.case_id].append(event)
    groups: dict[tuple[str, str | None], list[_Found]] = defaultdict(list)
    for case_id, case_events in by_case.items():
        for item in _case_signals(cases[case_id], case_events):
            groups[(item.organisation, item.area)].append(item)
    decided: dict[tuple[tuple[str, int], ...], Recommendation] = {}
    patterns = []
    for (organisation, area), items in groups.items():
        signals = _signals(items, since, as_of, window_months)
        if not signals:
            continue
        inputs = table_inputs(signals)
        key = tuple(sorted(inputs.items()))
        if key not in decided:
            decided[key] = recommendation(decide(inputs))
        case_ids = sorted({cid for s in signals for cid in s.case_ids})
        patterns.append(Pattern(organisation, area, signals, inputs, decided[key], case_ids))
    patterns.sort(key=lambda p: (-p.recommendation.priority, _fold(p.organisation), _fold(p.area)))
    return PatternReport(as_of, since, window_months, patterns)


def related_cases(
    conn: sqlite3.Connection, organisation: str, area: str | None = None
) -> list[RelatedCase]:
    """The cases about ``organisation`` (the same name, case and spacing ignored) — and about
    ``area``, if given — oldest first: the earlier cases a new complaint belongs with."""
    wanted = _fold(organisation)
    if not wanted:
        raise InputError("an organisation is needed to find its cases")
    conn.create_function("ivo_fold", 1, _fold, deterministic=True)
    rows = conn.execute(
        f"SELECT id, json_extract(data, {_CASE_PATHS}), process_id, status, end_state, "
        f"started_at FROM cases WHERE ivo_fold({_ORGANISATION_SQL}) = ? ORDER BY started_at, id",
        [wanted],
    ).fetchall()
    found = []
    for case_id, fields, process_id, status, end_state, started_at in rows:
        case = _case_of(case_id, fields)
        if case is None or (area is not None and _fold(case.area) != _fold(area)):
            continue
        found.append(
            RelatedCase(
                id=case_id,
                process_id=process_id,
                status=status,
                end_state=end_state,
                started_at=datetime.fromisoformat(started_at),
                organisation=case.organisation,
                area=case.area,
                ground=case.ground,
                source=case.source,
            )
        )
    return found


def organisation_of(data: Mapping[str, Any]) -> str | None:
    """The organisation a case concerns, as these questions read it from the case's data."""
    return next((t for t in (_text(data.get(k)) for k in ORGANISATION_KEYS) if t), None)
