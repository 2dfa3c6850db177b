"""The reusable Swedish step vocabulary of the features (``# language: sv``).

Only the public library is used: ``ivo_workflow`` (Workflows on a SimulatedClock, a database in
a temporary folder) and ``ivo_workflow.legal_time``.

Parameters are typed (``parsers.cfparse`` with :data:`TYPES`):

``{…:Datum}``   ``1 oktober 2014``, ``den 1 oktober 2014``, ``onsdagen den 1 oktober 2014``
                (the weekday is checked) or ``2014-10-01`` → ``datetime.date``
``{…:Belopp}``  ``1 000 000 kr`` → ``int`` (kronor)
``{…:Tid}``     ``tre veckor``, ``3 veckor``, ``en månad``, ``sex månader``, ``två dagar`` → :class:`Tid`
``{…:Namn}``    a name in quotes, ``"Delge föreläggandet"`` → ``str`` (a BPMN element's name or id)
``{…:Namnlista}`` ``"A", "B" och "C"`` → ``list[str]``
``{…:Part}``    who the case waits for: ``förvaltningsrättens dom``, ``kommunen``, ``IVO`` …

Time in a scenario: every action "den D" happens at 10:00 Stockholm time on D; moving there
first fires every timer due before (``Workflows.advance_to``). A last day ends at 23:59:59, so a
deadline has run out only "när dagen D har passerat".

A case starts lazily: the ``Givet`` steps collect the facts of the decision and the case starts
on the first step that needs it, so ``Och``-steps may add facts (who is a public party, …).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import parse
import pytest
from attrs import define, field
from pytest_bdd import given, parsers, step, then, when

from ivo_workflow import AuditEvent, CaseView, Deadline, IvoFlowError, SimulatedClock, Workflows
from ivo_workflow import legal_time

STOCKHOLM = ZoneInfo("Europe/Stockholm")

# -------------------------------------------------------------------------------------------
# Typed parameters
# -------------------------------------------------------------------------------------------

_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
_WEEKDAYS = "måndagen|tisdagen|onsdagen|torsdagen|fredagen|lördagen|söndagen"
DATE_PATTERN = rf"(?:(?:{_WEEKDAYS}) )?(?:den )?\d{{1,2}} (?:{_MONTHS}) \d{{4}}|(?:den )?\d{{4}}-\d{{2}}-\d{{2}}"

_NUMBER_WORDS = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
}
_UNITS = {
    "dag": "days",
    "dagar": "days",
    "vecka": "weeks",
    "veckor": "weeks",
    "månad": "months",
    "månader": "months",
    "år": "years",
}
DURATION_PATTERN = (
    rf"(?:\d+|{'|'.join(_NUMBER_WORDS)}) (?:{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
)
AMOUNT_PATTERN = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{2})? kr"

# Who a case can wait for, in memo words, and the lane (its name contains this) that acts.
PARTIES = {
    "förvaltningsrättens dom": "Förvaltningsrätt",
    "förvaltningsrättens avgörande": "Förvaltningsrätt",
    "förvaltningsrätten": "Förvaltningsrätt",
    "kammarrättens dom": "Kammarrätt",
    "kammarrättens beslut om prövningstillstånd": "Kammarrätt",
    "kammarrätten": "Kammarrätt",
    "Högsta förvaltningsdomstolens beslut om prövningstillstånd": "Högsta förvaltningsdomstolen",
    "Högsta förvaltningsdomstolen": "Högsta förvaltningsdomstolen",
    "kommunen": "Kommun",
    "nämnden": "Kommun",
    "IVO": "IVO",
}


@define(frozen=True)
class Tid:
    """A period in words: ``tre veckor`` is ``Tid(3, "weeks")``."""

    count: int
    unit: str  # days | weeks | months | years

    def after(self, d: date) -> date:
        """``d`` plus this period, months by date number (the last day of a shorter month)."""
        if self.unit == "days":
            return d + timedelta(days=self.count)
        if self.unit == "weeks":
            return d + timedelta(weeks=self.count)
        months = self.count * (12 if self.unit == "years" else 1)
        index = d.year * 12 + d.month - 1 + months
        year, month = divmod(index, 12)
        for day in range(d.day, 0, -1):
            try:
                return date(year, month + 1, day)
            except ValueError:
                continue
        raise AssertionError("unreachable")

    def kwargs(self) -> dict[str, int]:
        return {self.unit: self.count}


@parse.with_pattern(DATE_PATTERN)
def parse_datum(text: str) -> date:
    cleaned = text[4:] if text.startswith("den ") and text[4:5].isdigit() else text
    return legal_time.parse_date(cleaned)


@parse.with_pattern(AMOUNT_PATTERN)
def parse_belopp(text: str) -> int:
    digits = re.sub(r"[^\d,]", "", text).split(",")[0]
    return int(digits)


@parse.with_pattern(DURATION_PATTERN)
def parse_tid(text: str) -> Tid:
    number, unit = text.split(" ", 1)
    count = int(number) if number.isdigit() else _NUMBER_WORDS[number]
    return Tid(count, _UNITS[unit])


@parse.with_pattern(r'"[^"]+"')
def parse_namn(text: str) -> str:
    return text[1:-1]


@parse.with_pattern(r'"[^"]+"(?:(?:, | och )"[^"]+")*')
def parse_namnlista(text: str) -> list[str]:
    return re.findall(r'"([^"]+)"', text)


@parse.with_pattern("|".join(re.escape(p) for p in sorted(PARTIES, key=len, reverse=True)))
def parse_part(text: str) -> str:
    return PARTIES[text]


TYPES: dict[str, Callable[[str], Any]] = {
    "Datum": parse_datum,
    "Belopp": parse_belopp,
    "Tid": parse_tid,
    "Namn": parse_namn,
    "Namnlista": parse_namnlista,
    "Part": parse_part,
}


def p(pattern: str) -> parsers.cfparse:
    """A step pattern with the vocabulary's typed parameters."""
    return parsers.cfparse(pattern, extra_types=TYPES)


def then_sv(subject: str, rest: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A Så-step in both Swedish word orders.

    ``then_sv("sista dag", "vara {dag:Datum}")`` binds "Så ska sista dag vara …" (after Så the
    verb comes second) and "Och sista dag ska vara …" (after Och the subject comes first).
    """

    def bind(func: Callable[..., Any]) -> Callable[..., Any]:
        then(p(f"ska {subject} {rest}"), stacklevel=2)(func)
        then(p(f"{subject} ska {rest}"), stacklevel=2)(func)
        return func

    return bind


def value(text: str) -> Any:
    """A cell of a data table as the process wants it.

    ``ja``/``nej`` → True/False, ``okänt`` or empty → None, an amount or a whole number → int,
    a date (Swedish or ISO) → ISO string, anything else → the text (quotes removed).
    """
    text = text.strip()
    lowered = text.lower()
    if lowered in ("ja", "sant"):
        return True
    if lowered in ("nej", "falskt"):
        return False
    if lowered in ("", "okänt", "ej angivet", "inget"):
        return None
    if re.fullmatch(AMOUNT_PATTERN, text) or re.fullmatch(r"-?\d+", text.replace(" ", "")):
        return parse_belopp(text) if text.endswith("kr") else int(text.replace(" ", ""))
    if re.fullmatch(DATE_PATTERN, lowered):
        return parse_datum(lowered).isoformat()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    return text


def table_data(datatable: Sequence[Sequence[str]] | None) -> dict[str, Any]:
    """A two-column data table (``| uppgift | värde |``, the header optional) as a dict."""
    if not datatable:
        return {}
    rows = list(datatable)
    if [c.strip().lower() for c in rows[0]] in (["uppgift", "värde"], ["fält", "värde"]):
        rows = rows[1:]
    return {row[0].strip(): value(row[1]) for row in rows}


def moment(d: date, hour: int = 10) -> datetime:
    """``d`` at ``hour`` o'clock in Stockholm (an aware datetime)."""
    return datetime.combine(d, time(hour), tzinfo=STOCKHOLM)


# -------------------------------------------------------------------------------------------
# The world of one scenario
# -------------------------------------------------------------------------------------------


@define
class PendingStart:
    process: str
    case_id: str
    data: dict[str, Any]
    on: date
    actor: str = "IVO"


@define
class World:
    """What one scenario has: a database, a simulated clock, its cases, the last deadline."""

    wf: Workflows
    clock: SimulatedClock
    case_ids: list[str] = field(factory=list)
    current: str | None = None
    pending: PendingStart | None = None
    deadline: Deadline | None = None
    error: Exception | None = None
    facts: dict[str, Any] = field(factory=dict)

    # -- time --------------------------------------------------------------------------------

    def today(self) -> date:
        return self.clock.now().astimezone(STOCKHOLM).date()

    def go_to(self, when: datetime) -> None:
        """Move time forward to ``when``; the timers due by then fire in due order."""
        if when <= self.clock.now():
            if when.astimezone(STOCKHOLM).date() < self.today():
                raise AssertionError(
                    f"tiden kan inte gå bakåt: det är redan {legal_time.format_date_sv(self.today())}"
                )
            return
        self.wf.advance_to(when)

    def on(self, d: date | None) -> None:
        """Act on day ``d`` (10:00 Stockholm); None: now."""
        if d is not None:
            self.go_to(moment(d))

    def after_day(self, d: date) -> None:
        """Just after day ``d`` has ended (a deadline of that day has run out)."""
        self.go_to(datetime.combine(d + timedelta(days=1), time(0, 0, 30), tzinfo=STOCKHOLM))

    # -- cases -------------------------------------------------------------------------------

    def begin(
        self, process: str, data: dict[str, Any], on: date, *, case_id: str | None = None
    ) -> PendingStart:
        """Collect the facts of a new case; it starts on the first step that needs it."""
        self.flush()
        case_id = case_id or f"arende-{len(self.case_ids) + 1}"
        self.pending = PendingStart(process, case_id, dict(data), on)
        return self.pending

    def flush(self) -> None:
        if self.pending is None:
            return
        pending, self.pending = self.pending, None
        self.on(pending.on)
        process_id = self.process_id(pending.process)
        self.case_ids.append(pending.case_id)
        self.current = pending.case_id
        self.wf.start(process_id, case_id=pending.case_id, data=pending.data, actor=pending.actor)

    def process_id(self, name: str) -> str:
        infos = self.wf.processes()
        for info in infos:
            if name in (info.id, info.name) or name.lower() == info.name.lower():
                return info.id
        known = ", ".join(f'"{i.name}" ({i.id})' for i in infos)
        raise AssertionError(f'det finns ingen process "{name}"; kända: {known}')

    @property
    def case_id(self) -> str:
        self.flush()
        if self.current is None:
            raise AssertionError("scenariot har inget ärende ännu")
        return self.current

    def case(self) -> CaseView:
        return self.wf.case(self.case_id)

    def history(self) -> list[AuditEvent]:
        return self.wf.history(self.case_id)

    def ready(self, name: str) -> str:
        """The element id of the ready task called ``name`` (its name or id)."""
        tasks = self.wf.tasks(self.case_id)
        for task in tasks:
            if name in (task.name, task.element_id):
                return task.element_id
        waiting = ", ".join(f'"{t.name}"' for t in tasks) or "ingen uppgift"
        raise AssertionError(f'"{name}" väntar inte på att utföras; det gör: {waiting}')

    def complete(
        self, name: str, data: dict[str, Any] | None = None, *, on: date | None = None
    ) -> CaseView:
        case_id = self.case_id
        self.on(on)
        return self.wf.complete(case_id, self.ready(name), data or {})

    def message(
        self, name: str, data: dict[str, Any] | None = None, *, on: date | None = None, actor: str
    ) -> CaseView:
        case_id = self.case_id
        self.on(on)
        return self.wf.message(case_id, name, data or {}, actor=actor)

    def attempt(self, action: Callable[[], Any]) -> None:
        """Run ``action``; an ivo-flow error is kept for a ``Så``-step to look at."""
        try:
            action()
            self.error = None
        except IvoFlowError as error:
            self.error = error

    # -- what happened ---------------------------------------------------------------------

    def passed(self) -> list[AuditEvent]:
        """The audit events of elements the case passed (an armed deadline is not passed)."""
        return [e for e in self.history() if e.element_id and e.kind != "deadline"]

    def deadlines(self, name_part: str, *, excluding: str | None = None) -> list[Deadline]:
        """Every legal deadline armed in the case at an element whose name contains the text
        (and not ``excluding``), in the order they were armed."""
        found = []
        for event in self.history():
            record = event.data.get("deadline") if event.kind == "deadline" else None
            name = (event.element_name or "").lower()
            if excluding and excluding.lower() in name:
                continue
            if record and name_part.lower() in name:
                found.append(Deadline.from_record(record))
        return found

    def traces(self) -> list[dict[str, Any]]:
        """For the coverage plugin: each case's passed elements and where it waits."""
        self.flush_quietly()
        result = []
        for case_id in self.case_ids:
            try:
                case = self.wf.case(case_id)
                events = self.wf.history(case_id)
            except IvoFlowError:
                continue
            result.append(
                {
                    "case_id": case_id,
                    "process_id": case.process_id,
                    "spec_hash": case.spec_hash,
                    "status": case.status,
                    "end_state": case.end_state,
                    "events": [
                        {
                            "element_id": e.element_id,
                            "element_name": e.element_name,
                            "kind": e.kind,
                            "lane": e.lane,
                            "flows": e.data.get("flows", []),
                        }
                        for e in events
                        if e.element_id
                    ],
                    "waiting": sorted(
                        {t.element_id for t in case.tasks} | {t.element_id for t in case.timers}
                    ),
                    "overdue": sorted(
                        t.element_id for t in case.timers if t.due_at <= self.clock.now()
                    ),
                }
            )
        return result

    def flush_quietly(self) -> None:
        try:
            self.flush()
        except (IvoFlowError, AssertionError):
            pass


WORLD_KEY = pytest.StashKey[World]()


@pytest.fixture
def world(tmp_path: Path, request: pytest.FixtureRequest) -> Iterable[World]:
    clock = SimulatedClock(datetime(1990, 1, 1, tzinfo=UTC))
    # IVO_FLOW_PROCESSES (as for the CLI) runs the features against another folder of models
    processes = os.environ.get("IVO_FLOW_PROCESSES") or None
    # OFF: a scenario's database lives only as long as the scenario; no fsync per step
    wf = Workflows.open(
        tmp_path / "features.db", clock=clock, processes=processes, synchronous="OFF"
    )
    w = World(wf=wf, clock=clock)
    request.node.stash[WORLD_KEY] = w
    yield w
    wf.close()


# -------------------------------------------------------------------------------------------
# Helpers for Så-steps
# -------------------------------------------------------------------------------------------


def names_of(events: Iterable[AuditEvent]) -> list[str]:
    return [f'"{e.element_name or e.element_id}"' for e in events]


def assert_subsequence(expected: Sequence[str], events: Sequence[AuditEvent]) -> None:
    """``expected`` names (or ids) occur in ``events`` in this order, gaps allowed."""
    position = 0
    for wanted in expected:
        while position < len(events) and wanted not in (
            events[position].element_name,
            events[position].element_id,
        ):
            position += 1
        if position == len(events):
            trail = " → ".join(names_of(events))
            raise AssertionError(
                f'ärendet har inte passerat "{wanted}" (i denna ordning); vägen var: {trail}'
            )
        position += 1


def current_deadline(
    world: World, name_part: str | None = None, *, excluding: str | None = None
) -> Deadline:
    """The deadline a Så-step talks about: the case's (by element name) or the last computed."""
    if name_part is not None and (world.current or world.pending):
        found = world.deadlines(name_part, excluding=excluding)
        if not found:
            raise AssertionError(f'ärendet har ingen frist vid ett steg som heter "…{name_part}…"')
        world.deadline = found[-1]
        return found[-1]
    if world.deadline is None:
        raise AssertionError("ingen frist har räknats ut i scenariot")
    return world.deadline


def check_last_day(deadline: Deadline, expected: date) -> None:
    assert deadline.last_day == expected, (
        f"sista dag är {legal_time.format_date_sv(deadline.last_day)}, inte "
        f"{legal_time.format_date_sv(expected)}: {deadline.explanation}"
    )


# -------------------------------------------------------------------------------------------
# Legal time (lag (1930:173), FL 44 §, FPL 6 a §) — pure, no case
# -------------------------------------------------------------------------------------------


@given(p("att klaganden fick del av beslutet {mottaget:Datum}"))
@when(p("klaganden får del av beslutet {mottaget:Datum}"))
def fick_del(world: World, mottaget: date) -> None:
    world.facts["mottaget"] = mottaget
    world.deadline = legal_time.appeal_deadline(
        mottaget,
        issued=world.facts.get("meddelat"),
        public_party=world.facts.get("allman_part", False),
    )


@given(p("att beslutet meddelades {meddelat:Datum}"))
def beslutet_meddelades(world: World, meddelat: date) -> None:
    world.facts["meddelat"] = meddelat


@given("att klaganden är part som företräder det allmänna")
def allman_part(world: World) -> None:
    world.facts["allman_part"] = True
    world.facts["allman_part_satt"] = True


@given("att klaganden inte är part som företräder det allmänna")
def inte_allman_part(world: World) -> None:
    world.facts["allman_part"] = False
    world.facts["allman_part_satt"] = True


@given("att det inte är fastställt om klaganden är part som företräder det allmänna")
def okand_allman_part(world: World) -> None:
    world.facts["allman_part"] = None
    world.facts["allman_part_satt"] = True


@given(p("att domen meddelades {meddelat:Datum}"))
def domen_meddelades(world: World, meddelat: date) -> None:
    world.facts["meddelat"] = meddelat


@when(p("parten får del av domen {mottaget:Datum}"))
def fick_del_av_domen(world: World, mottaget: date) -> None:
    world.deadline = legal_time.appeal_deadline(
        mottaget,
        issued=world.facts.get("meddelat"),
        public_party=world.facts.get("allman_part", False),
        court=True,
    )


@when(p("en frist på {tid:Tid} räknas från {start:Datum}"))
def frist_fran(world: World, tid: Tid, start: date) -> None:
    world.deadline = legal_time.statutory_deadline(start, **tid.kwargs())


@when(
    p(
        "IVO i sitt beslut {beslutat:Datum} har bestämt att åtgärden ska vara vidtagen senast {dag:Datum}"
    )
)
def satt_dag(world: World, beslutat: date, dag: date) -> None:
    world.deadline = legal_time.set_date_deadline(dag, decided=beslutat)


@then_sv("sista dag", "vara {dag:Datum}")
def sista_dag(world: World, dag: date) -> None:
    check_last_day(current_deadline(world), dag)


@then_sv("sista dag för överklagande", "vara {dag:Datum}")
def sista_dag_overklagande(world: World, dag: date) -> None:
    check_last_day(current_deadline(world, "överklag", excluding="dom"), dag)


@then_sv("fristen enligt 1 § lag (1930:173)", "löpa ut {dag:Datum}")
def nominell_dag(world: World, dag: date) -> None:
    deadline = current_deadline(world)
    assert deadline.nominal_last_day == dag, deadline.explanation


@then_sv("sista dagen", "ha flyttats till nästa vardag")
def har_flyttats(world: World) -> None:
    deadline = current_deadline(world)
    assert deadline.shifted and deadline.last_day > deadline.nominal_last_day, deadline.explanation


@then_sv("sista dagen", "inte ha flyttats")
def har_inte_flyttats(world: World) -> None:
    deadline = current_deadline(world)
    assert not deadline.shifted and deadline.last_day == deadline.nominal_last_day, (
        deadline.explanation
    )


@then_sv("{namn:Namn}", "ha hoppats över")
def hoppats_over(world: World, namn: str) -> None:
    deadline = current_deadline(world)
    assert any(namn in reason for reason in deadline.reasons), (
        f'"{namn}" hoppades inte över: {deadline.explanation}'
    )


@then_sv("förklaringen", "nämna {text:Namn}")
def forklaringen_namner(world: World, text: str) -> None:
    deadline = current_deadline(world)
    assert text in deadline.explanation, f'"{text}" saknas i förklaringen: {deadline.explanation}'


@then_sv("regeln {text:Namn}", "anges")
def regeln_anges(world: World, text: str) -> None:
    deadline = current_deadline(world)
    rules = "; ".join(deadline.rule)
    assert text in rules, f'"{text}" saknas bland reglerna: {rules}'


@then_sv("en jurist", "varnas om att {text:Namn}")
def jurist_varnas(world: World, text: str) -> None:
    deadline = current_deadline(world)
    warnings = " ".join(deadline.warnings)
    assert text in warnings, f'ingen varning nämner "{text}"; varningar: {warnings or "inga"}'


@then_sv("ingen jurist", "behöva varnas")
def ingen_varning(world: World) -> None:
    deadline = current_deadline(world)
    assert not deadline.warnings, " ".join(deadline.warnings)


@then_sv("{dag:Datum}", "vara en vardag")
def vardag(world: World, dag: date) -> None:
    reason = legal_time.non_working_reason(dag)
    assert reason is None, f"{legal_time.format_date_sv(dag)} är {reason}"


@then_sv("{dag:Datum}", "inte vara en vardag eftersom den är {skal}")
def inte_vardag(world: World, dag: date, skal: str) -> None:
    reason = legal_time.non_working_reason(dag)
    assert reason is not None and skal in reason, (
        f"{legal_time.format_date_sv(dag)}: {reason or 'en vardag'}"
    )


# -------------------------------------------------------------------------------------------
# Time passes
# -------------------------------------------------------------------------------------------


@when(p("{tid:Tid} har förflutit"))
@when(p("{tid:Tid} har gått"))
def tid_har_forflutit(world: World, tid: Tid) -> None:
    world.flush()
    now = world.clock.now().astimezone(STOCKHOLM)
    target = datetime.combine(tid.after(now.date()), now.timetz())
    world.go_to(target)


@when(p("tiden går fram till {dag:Datum}"))
@given(p("att tiden har gått fram till {dag:Datum}"))
def tiden_gar_till(world: World, dag: date) -> None:
    world.flush()
    world.on(dag)


@when(p("dagen {dag:Datum} har passerat"))
def dagen_har_passerat(world: World, dag: date) -> None:
    world.flush()
    world.after_day(dag)


@when("sista dagen för överklagande har passerat")
def sista_dagen_har_passerat(world: World) -> None:
    world.flush()
    world.after_day(current_deadline(world, "överklag", excluding="dom").last_day)


# -------------------------------------------------------------------------------------------
# Any process, by the names in its diagram
# -------------------------------------------------------------------------------------------


@given(p("att ärendet har inletts i processen {process:Namn} {dag:Datum} med:"))
@when(p("ett ärende inleds i processen {process:Namn} {dag:Datum} med:"))
def inled_med(world: World, process: str, dag: date, datatable: list[list[str]]) -> None:
    world.begin(process, table_data(datatable), dag)


@given(p("att ärendet har inletts i processen {process:Namn} {dag:Datum}"))
@when(p("ett ärende inleds i processen {process:Namn} {dag:Datum}"))
def inled(world: World, process: str, dag: date) -> None:
    world.begin(process, {}, dag)


@given(p("att ärendet också har uppgiften {uppgift} {varde}"))
def ocksa_uppgift(world: World, uppgift: str, varde: str) -> None:
    assert world.pending is not None, "ärendet har redan inletts"
    world.pending.data[uppgift] = value(varde)


@when(p("{uppgift:Namn} utförs {dag:Datum} med:"))
@given(p("att {uppgift:Namn} har utförts {dag:Datum} med:"))
def utfor_med(world: World, uppgift: str, dag: date, datatable: list[list[str]]) -> None:
    world.complete(uppgift, table_data(datatable), on=dag)


@when(p("{uppgift:Namn} utförs {dag:Datum}"))
@given(p("att {uppgift:Namn} har utförts {dag:Datum}"))
def utfor_dag(world: World, uppgift: str, dag: date) -> None:
    world.complete(uppgift, {}, on=dag)


@when(p("{uppgift:Namn} utförs med:"))
def utfor_nu_med(world: World, uppgift: str, datatable: list[list[str]]) -> None:
    world.complete(uppgift, table_data(datatable))


@when(p("{uppgift:Namn} utförs"))
def utfor_nu(world: World, uppgift: str) -> None:
    world.complete(uppgift, {})


@when(p("meddelandet {meddelande:Namn} kommer in {dag:Datum} från {avsandare} med:"))
def meddelande_med(
    world: World, meddelande: str, dag: date, avsandare: str, datatable: list[list[str]]
) -> None:
    world.message(meddelande, table_data(datatable), on=dag, actor=avsandare)


@when(p("meddelandet {meddelande:Namn} kommer in {dag:Datum} från {avsandare}"))
def meddelande(world: World, meddelande: str, dag: date, avsandare: str) -> None:
    world.message(meddelande, {}, on=dag, actor=avsandare)


# -------------------------------------------------------------------------------------------
# Where the case is
# -------------------------------------------------------------------------------------------


@then_sv("ärendet", "vänta på {namn:Namn}")
def vantar_pa_namn(world: World, namn: str) -> None:
    case = world.case()
    waiting = [t.name for t in case.tasks] + [t.name for t in case.timers]
    ids = [t.element_id for t in case.tasks] + [t.element_id for t in case.timers]
    assert namn in waiting or namn in ids, (
        f'ärendet väntar inte på "{namn}" utan på: {", ".join(waiting) or "ingenting"}'
    )


@then_sv("ärendet", "vänta på {lane:Part}")
def vantar_pa_part(world: World, lane: str) -> None:
    case = world.case()
    lanes = [t.lane or "" for t in case.tasks]
    assert any(lane.lower() in x.lower() for x in lanes), (
        f"ärendet väntar inte på {lane}; uppgifter som väntar: "
        + (", ".join(f'"{t.name}" ({t.lane})' for t in case.tasks) or "inga")
    )


@then_sv("ärendet", "inte vänta på {namn:Namn}")
def vantar_inte_pa(world: World, namn: str) -> None:
    case = world.case()
    waiting = [t.name for t in case.tasks] + [t.name for t in case.timers]
    assert namn not in waiting, f'ärendet väntar på "{namn}"'


@then_sv("{namn:Namn}", "löpa ut {dag:Datum}")
def frist_loper_ut(world: World, namn: str, dag: date) -> None:
    deadline = current_deadline(world, namn)
    check_last_day(deadline, dag)


@then_sv("ärendet", "ha passerat {namn:Namnlista} i denna ordning")
def passerat_i_ordning(world: World, namn: list[str]) -> None:
    assert_subsequence(namn, world.passed())


@then_sv("ärendet", "ha passerat följande i denna ordning:")
def passerat_tabell(world: World, datatable: list[list[str]]) -> None:
    rows = [row[0].strip() for row in datatable]
    if rows and rows[0].lower() in ("steg", "element"):
        rows = rows[1:]
    assert_subsequence(rows, world.passed())


@then_sv("ärendet", "ha passerat {namn:Namn}")
def passerat(world: World, namn: str) -> None:
    assert_subsequence([namn], world.passed())


@then_sv("ärendet", "inte ha passerat {namn:Namn}")
def inte_passerat(world: World, namn: str) -> None:
    passed = world.passed()
    assert all(namn not in (e.element_name, e.element_id) for e in passed), (
        f'ärendet har passerat "{namn}": ' + " → ".join(names_of(passed))
    )


@then_sv("ärendet", "vara avslutat med {namn:Namn}")
def avslutat_med(world: World, namn: str) -> None:
    case = world.case()
    assert case.status == "completed", f"ärendet är inte avslutat; det väntar på: " + ", ".join(
        [t.name for t in case.tasks] + [t.name for t in case.timers]
    )
    ends = [e for e in world.history() if e.kind == "end" and e.element_id == case.end_state]
    end_name = ends[-1].element_name if ends else case.end_state
    assert namn in (end_name, case.end_state), f'ärendet avslutades med "{end_name}"'


@then_sv("ärendet", "vara öppet")
def oppet(world: World) -> None:
    assert world.case().status == "open", f"ärendet är {world.case().status}"


def legal_basis_of(world: World, namn: str) -> str:
    """The statutes an element cites for this case (its audit event, or the waiting task)."""
    for event in world.history():
        if namn in (event.element_name, event.element_id):
            return event.legal_basis
    case = world.case()
    for item in (*case.tasks, *case.timers):
        if namn in (item.name, item.element_id):
            return item.legal_basis
    raise AssertionError(f'ärendet har inte nått "{namn}"')


@then_sv("steget {namn:Namn}", "ange lagrummet {lagrum:Namn}")
def steget_anger_lagrum(world: World, namn: str, lagrum: str) -> None:
    cited = legal_basis_of(world, namn)
    assert lagrum in cited, f'"{namn}" anger: {cited}'


@then_sv("steget {namn:Namn}", "inte ange lagrummet {lagrum:Namn}")
def steget_anger_inte_lagrum(world: World, namn: str, lagrum: str) -> None:
    cited = legal_basis_of(world, namn)
    assert lagrum not in cited, f'"{namn}" anger: {cited}'


@then_sv("ärendets uppgift {uppgift}", "nämna {text:Namn}")
def arendets_uppgift_namner(world: World, uppgift: str, text: str) -> None:
    data = world.case().data
    assert uppgift in data, f'ärendet har ingen uppgift "{uppgift}"; det har: {", ".join(data)}'
    assert text in str(data[uppgift]), f"{uppgift} är {data[uppgift]!r}"


@then_sv("ärendets uppgift {uppgift}", "vara {varde}")
def arendets_uppgift(world: World, uppgift: str, varde: str) -> None:
    data = world.case().data
    assert uppgift in data, f'ärendet har ingen uppgift "{uppgift}"; det har: {", ".join(data)}'
    assert data[uppgift] == value(varde), f"{uppgift} är {data[uppgift]!r}"


@then_sv("IVO:s system", "vägra")
def vagrar(world: World) -> None:
    assert world.error is not None, "åtgärden godtogs"


@step(p("det noteras att {anteckning}"))
def noteras(world: World, anteckning: str) -> None:
    """A remark for the reader of the feature; it checks nothing."""


__all__ = [name for name in dir() if name.startswith("pytestbdd_")] + ["world"]
