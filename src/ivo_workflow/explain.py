"""Why a case is where it is: the audit trail read back as a Swedish account, with its facts.

:func:`explain` turns a case's audit trail (and the process version it runs on) into an
:class:`Explanation`:

* ``steps`` — the chain of decisions and events, one Swedish sentence each, with the day
  (Europe/Stockholm), the actor and lane, the BPMN element, its statute and the evidence recorded;
* ``deadlines`` — every deadline armed, with legal_time's explanation, its rule and warnings, and
  whether it was met: an event ended the wait on or before the last day (``met``), after it
  (``late``), the timer fired (``expired``), the wait ended otherwise (``cancelled``), or it still
  runs (``pending``);
* ``decisions`` — every branching decision with the data its conditions read, the flows taken and
  the DMN rule that matched (with the rule's outputs, among them its ``lagrum``);
* ``tasks``, ``messages``, ``timers`` — what the case waits for, and ``possibilities`` — what can
  happen next from there, each with the earliest day it can happen and what has to happen first
  (derived by following the model's flows from the current waits);
* ``unverified`` — the UNVERIFIED choices the case runs on: statements of the model marked
  OVERIFIERAT, the case parameters they name, and the warnings of its deadlines and data.

Everything is derived generically from the audit data and the model: the sentences are templates
by kind of audit event filled with element names and data. The only phrasing that knows data keys
is :data:`KNOWN_KEYS`, a small table of well-known keys.

``as_of`` replays the trail up to the end of that day (23:59:59 Stockholm): only what was recorded
by then counts, and the waits are derived from the replayed trail — what a lawyer could have known
that day. Without ``as_of`` the tasks are the stored case's (the replay gives the same; the tests
check it). Possibilities are listed up to :data:`HORIZON` tasks ahead.

The explanation reads the process version the case runs on as XML; no engine is involved.

>>> e = workflows.explain("oskarshamn-2014", as_of=date(2014, 10, 10))   # doctest: +SKIP
>>> [d.outcome for d in e.deadlines]                                      # doctest: +SKIP
['pending', 'pending']
>>> print(e.as_text())                                                    # doctest: +SKIP
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter, defaultdict, deque
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import attrs
from attrs import field, frozen

from .errors import InputError
from .legal_time import format_date_sv
from .model import AuditEvent, CaseView, Deadline
from .specs import BPMN_NS, FLOW_NODE_TAGS, Bundle, Element, Flow, legal_basis, parse_xml

__all__ = [
    "KNOWN_KEYS",
    "DmnMatch",
    "Evidence",
    "ExplainedDeadline",
    "ExplainedDecision",
    "ExplainedStep",
    "Explanation",
    "FlowTaken",
    "KeyPhrase",
    "NextMessage",
    "NextTask",
    "NextTimer",
    "Possibility",
    "Requirement",
    "UnverifiedChoice",
    "explain",
]

STOCKHOLM = ZoneInfo("Europe/Stockholm")
UNVERIFIED_MARKERS = ("OVERIFIER", "UNVERIFIED")  # OVERIFIERAT, OVERIFIERAD, OVERIFIERADE
DECISION_DATE_KEY = "beslutsdatum"  # as engine.DECISION_DATE_KEY: picks the statutes in force
INTERNAL_KEYS = frozenset({"flows", "values", "dmn", "due_at", "deadline"})
ANONYMOUS = frozenset({"system", "tid", "extern", "okänd"})  # actors that name nobody


Paragraph = tuple[str, list[str]]
"""A sentence of the account and the detail lines under it."""


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


# ---------------------------------------------------------------------------------------------
# The phrasing table of well-known data keys
# ---------------------------------------------------------------------------------------------


@frozen
class KeyPhrase:
    """How a well-known data key is written in a sentence.

    ``kind`` is ``date`` (an ISO day, written in Swedish), ``money`` (kronor), ``bool`` (ja/nej)
    or ``text``. ``arrival`` marks the day something came in: when a message that ended a wait
    carries such a key, that day (not the day it was registered) decides if a deadline was met.
    """

    label: str
    meaning: str = ""
    kind: str = "text"
    arrival: bool = False


KNOWN_KEYS: dict[str, KeyPhrase] = {
    "adressat": KeyPhrase("adressat"),
    "beslutsdatum": KeyPhrase("beslutsdatum", "den dag beslutet fattades", "date"),
    "delgivningsdatum": KeyPhrase(
        "delgivningsdatum", "den dag adressaten fick del av beslutet", "date"
    ),
    "inkom": KeyPhrase("inkom", "den dag handlingen kom in", "date", arrival=True),
    "atgardsfrist": KeyPhrase("åtgärdsfrist", "den dag IVO har bestämt i beslutet", "date"),
    "vite_belopp": KeyPhrase("vitets belopp", "", "money"),
    "utgang": KeyPhrase("utgång", "domstolens avgörande"),
    "dom_delgiven": KeyPhrase("dom delgiven", "den dag klaganden fick del av domen", "date"),
    "foljt": KeyPhrase("följt", "om föreläggandet har följts", "bool"),
    "allman_part": KeyPhrase("part som företräder det allmänna", "", "bool"),
}
"""Well-known data keys. Every other key is written ``key: value`` (ISO days in Swedish)."""

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: Any) -> date | None:
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _value_sv(value: Any, kind: str = "text") -> str:
    """A data value in Swedish: days written out, ja/nej, amounts grouped, the rest compact."""
    if value is None:
        return "ej angivet"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int | float):
        amount = f"{value:,}".replace(",", " ")
        return f"{amount} kr" if kind == "money" else amount
    day = _iso_day(value)
    if day is not None:
        return format_date_sv(day)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


# ---------------------------------------------------------------------------------------------
# The values
# ---------------------------------------------------------------------------------------------


@frozen
class Evidence:
    """One piece of data recorded with an event: key, its label, the value and how it reads."""

    key: str
    label: str
    value: Any
    text: str


@frozen
class ExplainedStep:
    """One audit event of the chain, as one Swedish sentence."""

    seq: int
    at: datetime
    day: date
    kind: str
    actor: str
    lane: str | None
    element_id: str | None
    element_name: str | None
    legal_basis: str
    evidence: tuple[Evidence, ...] = field(converter=_tuple)
    sentence: str


@frozen
class ExplainedDeadline:
    """A deadline armed in the case, and what became of it.

    ``outcome``: ``met`` (an event ended the wait on or before the last day), ``late`` (after
    it), ``expired`` (the timer fired), ``cancelled`` (the wait ended otherwise) or ``pending``.
    ``met`` is None when nothing could end the wait but the timer (a date that simply passes) or
    while it is pending. ``ended_on`` is the day that decided: the arrival day recorded with the
    event that ended the wait (see :data:`KNOWN_KEYS`), else the day the event was recorded.
    """

    element_id: str
    name: str
    lane: str | None
    legal_basis: str
    armed_seq: int
    armed_at: datetime
    due_at: datetime
    last_day: date
    deadline: Deadline | None
    outcome: str
    met: bool | None
    competitors: tuple[str, ...] = field(converter=_tuple)
    ended_seq: int | None = None
    ended_at: datetime | None = None
    ended_on: date | None = None
    ended_by_id: str | None = None
    ended_by_name: str | None = None
    sentence: str = ""


@frozen
class FlowTaken:
    """A sequence flow a branching element took."""

    flow_id: str
    label: str
    target_id: str
    target_name: str
    condition: str | None


@frozen
class DmnMatch:
    """A rule of a DMN table that matched, with its outputs as written in the table."""

    table: str
    row: int
    rule_id: str
    description: str
    outputs: dict[str, Any]
    lagrum: str


@frozen
class ExplainedDecision:
    """A branching decision (gateway) or a business rule task (DMN).

    ``kind``: ``gateway`` (conditions on data), ``event`` (an event-based gateway: which event came
    first), ``parallel`` is never listed; ``dmn`` (a business rule task). ``values`` are the data
    the conditions read; ``dmn`` the matched rules that produced them (or, for a business rule
    task, its own match).
    """

    seq: int
    at: datetime
    day: date
    kind: str
    element_id: str
    element_name: str
    lane: str | None
    legal_basis: str
    values: dict[str, Any]
    flows: tuple[FlowTaken, ...] = field(converter=_tuple)
    dmn: tuple[DmnMatch, ...] = field(converter=_tuple)
    decided_by: str | None = None
    sentence: str = ""


@frozen
class NextTask:
    """A task waiting for a person: who must act, under which statute, since when."""

    element_id: str
    name: str
    lane: str | None
    legal_basis: str
    since: date | None
    sentence: str


@frozen
class NextMessage:
    """A message the case waits for; ``until`` is the last day of a deadline racing it."""

    element_id: str
    name: str
    message: str
    lane: str | None
    legal_basis: str
    until: date | None
    sentence: str


@frozen
class NextTimer:
    """An armed timer: when it fires (``fires_at``) and its legal last day."""

    element_id: str
    name: str
    lane: str | None
    legal_basis: str
    fires_at: datetime
    last_day: date
    overdue: bool
    sentence: str


@frozen
class Requirement:
    """Something that must happen before a possibility: a timer, a task, a message, a step
    (``milestone``) or a gateway's answer (``condition``); ``day`` is a timer's last day."""

    kind: str
    element_id: str
    name: str
    lane: str | None
    day: date | None
    text: str


@frozen
class Possibility:
    """A task or an end the case can reach from where it is, and the earliest day.

    ``earliest`` is None when a timer on the way is not armed yet (its day is not known);
    ``requirements`` are what must happen first, in order; ``conditions`` the answers the
    gateways on the way must give.
    """

    element_id: str
    name: str
    kind: str  # "task" | "milestone" (a step that marks a legal state) | "end"
    lane: str | None
    legal_basis: str
    earliest: date | None
    requirements: tuple[Requirement, ...] = field(converter=_tuple)
    conditions: tuple[Requirement, ...] = field(converter=_tuple)
    sentence: str = ""


@frozen
class UnverifiedChoice:
    """An UNVERIFIED choice the case runs on.

    ``source``: ``model`` (a statement of the process marked OVERIFIERAT), ``parameter`` (a case
    parameter such a statement names, or one the model reads with ``parameter()``), ``deadline``
    (a warning of an armed deadline) or ``data`` (a warning recorded in the case data).
    """

    source: str
    element_id: str | None
    element_name: str | None
    parameter: str | None
    value: Any
    text: str


@frozen
class Explanation:
    """Why a case is where it is; see the module documentation for each part."""

    case_id: str
    process_id: str
    process_name: str
    spec_hash: str
    as_of: date | None
    cutoff: datetime | None
    status: str
    end_state: str | None
    end_state_name: str | None
    steps: tuple[ExplainedStep, ...] = field(converter=_tuple)
    deadlines: tuple[ExplainedDeadline, ...] = field(converter=_tuple)
    decisions: tuple[ExplainedDecision, ...] = field(converter=_tuple)
    tasks: tuple[NextTask, ...] = field(converter=_tuple)
    messages: tuple[NextMessage, ...] = field(converter=_tuple)
    timers: tuple[NextTimer, ...] = field(converter=_tuple)
    possibilities: tuple[Possibility, ...] = field(converter=_tuple)
    unverified: tuple[UnverifiedChoice, ...] = field(converter=_tuple)

    @property
    def id(self) -> str:
        return self.case_id

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def headline(self) -> str:
        """One line: the case, the process, and where it stands (as of the day, if given)."""
        when = f" per {format_date_sv(self.as_of)}" if self.as_of else ""
        if self.is_open:
            state = "öppet"
        else:
            state = f"avslutat med «{self.end_state_name or self.end_state or 'slut'}»"
        return (
            f"Ärende {self.case_id} — {self.process_name} ({self.process_id}, version "
            f"{self.spec_hash}){when}: {state}."
        )

    def sections(self) -> list[tuple[str, list[Paragraph]]]:
        """The account as numbered sections: (title, [(sentence, detail lines)])."""
        nothing = "Inget väntar: ärendet är avslutat." if not self.is_open else "Inget väntar."
        nexts: list[Paragraph] = [
            (sentence, [])
            for sentence in (
                *(t.sentence for t in self.tasks),
                *(m.sentence for m in self.messages),
                *(t.sentence for t in self.timers),
                *(p.sentence for p in self.possibilities),
            )
        ]
        return [
            ("Så kom ärendet hit", [(s.sentence, []) for s in self.steps]),
            (
                "Frister",
                [(d.sentence, _deadline_details(d)) for d in self.deadlines]
                or [("Inga frister har löpt i ärendet.", [])],
            ),
            (
                "Vägval",
                [(d.sentence, []) for d in self.decisions] or [("Inga vägval har gjorts.", [])],
            ),
            ("Vad kan hända härnäst", nexts or [(nothing, [])]),
            (
                "Overifierade val",
                [(u.text, []) for u in self.unverified]
                or [("Ärendet bygger inte på något val som är markerat overifierat.", [])],
            ),
        ]

    def as_text(self) -> str:
        """Numbered paragraphs, one per line (no hard wraps: paste-able into a memo)."""
        lines = [self.headline()]
        for number, (title, paragraphs) in enumerate(self.sections(), start=1):
            lines += ["", f"{number}. {title}"]
            for sub, (sentence, details) in enumerate(paragraphs, start=1):
                lines.append(f"{number}.{sub} {sentence}")
                lines += [f"    {detail}" for detail in details]
        return "\n".join(lines) + "\n"

    def as_json(self) -> dict[str, Any]:
        """The same facts, machine-readable: days as ISO dates, instants ISO with offset."""
        record = {"id": self.case_id, "headline": self.headline()}
        record.update(_json(self))
        return record


def _deadline_details(d: ExplainedDeadline) -> list[str]:
    lines = []
    if d.deadline is not None:
        lines.append(f"Varför: {d.deadline.explanation}")
        if d.deadline.rule:
            lines.append(f"Regel: {'; '.join(d.deadline.rule)}")
        lines += [f"Varning: {warning}" for warning in d.deadline.warnings]
    if d.legal_basis:
        lines.append(f"Lagrum: {d.legal_basis}")
    return lines


def _json(value: Any) -> Any:
    if isinstance(value, Deadline):
        return {**value.as_record(), "ends_at": value.ends_at.isoformat()}
    if attrs.has(type(value)):
        return {f.name: _json(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, datetime):
        return value.astimezone(STOCKHOLM).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_json(v) for v in value]
    return value


# ---------------------------------------------------------------------------------------------
# What the explanation needs of the model (read from the bundle the case runs on)
# ---------------------------------------------------------------------------------------------

PERSON_TAGS = frozenset({"userTask", "manualTask", "task"})
CATCH_TAGS = frozenset({"intermediateCatchEvent", "boundaryEvent", "receiveTask"})
JOIN_TAGS = frozenset({"parallelGateway", "inclusiveGateway"})
CONTAINER_TAGS = frozenset({"process", "subProcess"})


@frozen
class _Node:
    id: str
    tag: str
    container: str
    messages: tuple[str, ...]
    timer: bool
    terminate: bool
    attached_to: str | None
    cancel_activity: bool
    called: str | None
    script: str
    documentation: str


@frozen
class _Table:
    id: str
    outputs: tuple[str, ...]
    labels: dict[str, str]
    rules: dict[str, tuple[Any, ...]]


class _Model:
    """Nodes, flows and DMN tables of one bundle, indexed for the replay and the look-ahead."""

    def __init__(self, bundle: Bundle) -> None:
        self.nodes: dict[str, _Node] = {}
        self.elements: dict[str, Element] = {}
        self.process_names: dict[str, str] = {}
        self.process_docs: dict[str, str] = {}
        self.tables: dict[str, _Table] = {}
        self.flows: dict[str, Flow] = {}
        self.outgoing: dict[str, list[Flow]] = defaultdict(list)
        self.incoming: dict[str, list[Flow]] = defaultdict(list)
        self.boundaries: dict[str, list[str]] = defaultdict(list)
        self.starts: dict[str, list[str]] = defaultdict(list)
        self.callers: dict[str, list[str]] = defaultdict(list)
        for source in bundle.files:
            root = parse_xml(source.text.encode("utf-8"), source.name).getroot()
            if source.kind == "dmn":
                self._read_dmn(root)
            else:
                self._read_bpmn(root)
        for flow in list(self.flows.values()):
            self.outgoing[flow.source].append(flow)
            self.incoming[flow.target].append(flow)
        for node in self.nodes.values():
            if node.attached_to:
                self.boundaries[node.attached_to].append(node.id)
            if node.tag == "startEvent":
                self.starts[node.container].append(node.id)
            if node.called:
                self.callers[node.called].append(node.id)

    def _read_bpmn(self, root: Any) -> None:
        messages = {
            m.get("id", ""): m.get("name") or m.get("id", "")
            for m in root.iter(f"{{{BPMN_NS}}}message")
        }
        for flow in root.iter(f"{{{BPMN_NS}}}sequenceFlow"):
            condition = next((c for c in flow if _local(c.tag) == "conditionExpression"), None)
            self.flows[flow.get("id", "")] = Flow(
                id=flow.get("id", ""),
                source=flow.get("sourceRef", ""),
                target=flow.get("targetRef", ""),
                name=flow.get("name", ""),
                condition=(condition.text or "").strip() if condition is not None else None,
            )
        lanes = {  # the innermost lane naming an element wins, as in the engine
            (ref.text or "").strip(): lane.get("name") or lane.get("id", "")
            for lane in root.iter(f"{{{BPMN_NS}}}lane")
            for ref in lane
            if _local(ref.tag) == "flowNodeRef"
        }
        for process in root.iter(f"{{{BPMN_NS}}}process"):
            pid = process.get("id", "")
            self.process_names[pid] = process.get("name") or pid
            self.process_docs[pid] = _doc(process)
            for node in process.iter():
                tag = _local(node.tag)
                if tag not in FLOW_NODE_TAGS or not node.get("id"):
                    continue
                container = next(
                    (
                        a.get("id", "")
                        for a in node.iterancestors()
                        if _local(a.tag) in CONTAINER_TAGS
                    ),
                    pid,
                )
                defs = [_local(child.tag) for child in node]
                names = tuple(
                    messages.get(child.get("messageRef", ""), child.get("messageRef", ""))
                    for child in node
                    if _local(child.tag) == "messageEventDefinition"
                )
                if tag == "receiveTask" and node.get("messageRef"):
                    names += (messages.get(node.get("messageRef", ""), node.get("messageRef")),)
                script = next(
                    (c.text or "" for c in node if _local(c.tag) == "script"),
                    "",
                )
                called = node.get("calledElement") if tag == "callActivity" else None
                self.elements[node.get("id")] = Element(
                    id=node.get("id"),
                    name=node.get("name") or node.get("id"),
                    kind=tag,
                    lane=lanes.get(node.get("id")),
                    process_id=container,
                    documentation=_doc(node),
                )
                self.nodes[node.get("id")] = _Node(
                    id=node.get("id"),
                    tag=tag,
                    container=container,
                    messages=names,
                    timer="timerEventDefinition" in defs,
                    terminate="terminateEventDefinition" in defs,
                    attached_to=node.get("attachedToRef"),
                    cancel_activity=node.get("cancelActivity", "true").lower() != "false",
                    called=called if called else (node.get("id") if tag == "subProcess" else None),
                    script=script,
                    documentation=_doc(node),
                )

    def _read_dmn(self, root: Any) -> None:
        for table in root.iter():
            if _local(table.tag) != "decisionTable" or not table.get("id"):
                continue
            columns = [o for o in table if _local(o.tag) == "output"]
            outputs = tuple(o.get("name") or o.get("label") or o.get("id", "") for o in columns)
            labels = dict(zip(outputs, (o.get("label", "") for o in columns), strict=True))
            rules: dict[str, tuple[Any, ...]] = {}
            for rule in table:
                if _local(rule.tag) != "rule":
                    continue
                entries = []
                for entry in rule:
                    if _local(entry.tag) == "outputEntry":
                        text = next((t.text or "" for t in entry if _local(t.tag) == "text"), "")
                        entries.append(_literal(text))
                rules[rule.get("id", "")] = tuple(entries)
            self.tables[table.get("id")] = _Table(table.get("id"), outputs, labels, rules)

    # -- questions --------------------------------------------------------------------------

    def writes(self, element_id: str) -> set[str]:
        """The data keys an element's script assigns (the model, not the people, set them)."""
        node = self.nodes.get(element_id)
        if node is None or not node.script:
            return set()
        try:
            tree = ast.parse(node.script)
        except SyntaxError:
            return set()
        return {
            target.id
            for statement in ast.walk(tree)
            if isinstance(statement, ast.Assign | ast.AugAssign | ast.AnnAssign)
            for target in (
                statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            )
            if isinstance(target, ast.Name)
        }

    @staticmethod
    def basis(element: Element, decided: Any) -> str:
        """The statutes an element cites for a decision of that day (as the engine records)."""
        return legal_basis(element.documentation, on=decided if decided else None)

    def tag(self, element_id: str | None) -> str:
        node = self.nodes.get(element_id or "")
        return node.tag if node else ""

    def is_join(self, element_id: str) -> bool:
        return self.tag(element_id) in JOIN_TAGS and len(self.incoming[element_id]) > 1

    def racing_gateways(self, element_id: str) -> list[str]:
        """The event-based gateways in front of a catch event."""
        return [
            f.source for f in self.incoming[element_id] if self.tag(f.source) == "eventBasedGateway"
        ]

    def competitors(self, element_id: str) -> list[str]:
        """What else can end the wait of a catch event: the gateway's other events, the host."""
        found = [
            f.target
            for gateway in self.racing_gateways(element_id)
            for f in self.outgoing[gateway]
            if f.target != element_id
        ]
        node = self.nodes.get(element_id)
        if node is not None and node.attached_to:
            found.append(node.attached_to)
        return found


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _doc(node: Any) -> str:
    doc = next((c for c in node if _local(c.tag) == "documentation"), None)
    return (doc.text or "").strip() if doc is not None else ""


def _literal(text: str) -> Any:
    text = text.strip()
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


@lru_cache(maxsize=32)
def _model(bundle: Bundle) -> _Model:
    return _Model(bundle)


# ---------------------------------------------------------------------------------------------
# Replaying the trail
# ---------------------------------------------------------------------------------------------


class _Arm:
    """A deadline armed in the trail, while the replay runs."""

    def __init__(self, event: AuditEvent, seen_waiting: bool) -> None:
        self.event = event
        self.element_id = event.element_id or ""
        record = event.data.get("deadline")
        self.deadline = Deadline.from_record(record) if isinstance(record, dict) else None
        due = event.data.get("due_at")
        self.due_at = (
            datetime.fromisoformat(due)
            if isinstance(due, str)
            else self.deadline.ends_at
            if self.deadline
            else event.at
        )
        self.seen_waiting = seen_waiting
        self.outcome = "pending"
        self.ender: AuditEvent | None = None

    @property
    def last_day(self) -> date:
        if self.deadline is not None:
            return self.deadline.last_day
        return self.due_at.astimezone(STOCKHOLM).date()


class _Replay:
    """Tokens through the model, event by event: what is reached and not yet done."""

    def __init__(self, model: _Model, events: Sequence[AuditEvent]) -> None:
        self.model = model
        self.events = events
        self.pending: Counter[str] = Counter()
        self.reached_at: dict[str, datetime] = {}
        self.join_arrived: dict[str, set[str]] = defaultdict(set)
        self.arms: list[_Arm] = []
        for index, event in enumerate(events):
            self._step(index, event)

    def waiting(self, element_id: str) -> bool:
        if self.pending[element_id] > 0:
            return True
        return any(self.pending[g] > 0 for g in self.model.racing_gateways(element_id))

    def _step(self, index: int, event: AuditEvent) -> None:
        model = self.model
        x = event.element_id
        if x is None or x not in model.nodes:
            return
        if event.kind == "deadline":
            for arm in self.arms:
                if arm.element_id == x and arm.outcome == "pending":
                    self._close(arm, index, event, "cancelled")  # re-armed: the old one is gone
            self.arms.append(_Arm(event, self.waiting(x)))
            return
        node = model.nodes[x]
        if self.pending[x] > 0:
            if model.is_join(x):
                del self.pending[x]
                self.join_arrived.pop(x, None)
            else:
                self.pending[x] -= 1
        if node.attached_to and node.cancel_activity:
            self._drop(node.attached_to)
        else:
            for boundary in model.boundaries[x]:
                self.pending.pop(boundary, None)
        if event.kind == "end" and node.terminate:
            for other in list(self.pending):
                if model.nodes[other].container == node.container:
                    del self.pending[other]
        taken = event.data.get("flows")
        flows = (
            [model.flows[f] for f in taken if f in model.flows]
            if isinstance(taken, list)
            else model.outgoing[x]
        )
        for flow in flows:
            self._arrive(flow, event.at)
        for arm in self.arms:
            if arm.outcome != "pending":
                continue
            if event.kind == "timer" and arm.element_id == x:
                self._close(arm, index, event, "expired")
            elif arm.seen_waiting and not self.waiting(arm.element_id):
                self._close(arm, index, event, None)

    def _drop(self, host: str) -> None:
        self.pending.pop(host, None)
        for boundary in self.model.boundaries[host]:
            self.pending.pop(boundary, None)

    def _arrive(self, flow: Flow, at: datetime) -> None:
        target = flow.target
        if self.model.is_join(target):
            self.join_arrived[target].add(flow.id)
            self.pending[target] = 1
        else:
            self.pending[target] += 1
        self.reached_at[target] = at
        for boundary in self.model.boundaries[target]:
            self.pending[boundary] += 1
            self.reached_at[boundary] = at

    def _close(self, arm: _Arm, index: int, event: AuditEvent, outcome: str | None) -> None:
        ender = event
        if event.kind == "gateway" and isinstance(event.data.get("flows"), list):
            chosen = {
                self.model.flows[f].target for f in event.data["flows"] if f in self.model.flows
            }
            ender = next(
                (
                    e
                    for e in self.events[index + 1 :]
                    if e.element_id in chosen and e.kind != "deadline"
                ),
                event,
            )
        arm.ender = ender
        if outcome is None:
            if event.kind == "end" or ender.kind == "end":
                outcome = "cancelled"
            else:
                outcome = "met" if _decisive_day(ender) <= arm.last_day else "late"
        arm.outcome = outcome


def _decisive_day(event: AuditEvent) -> date:
    """The arrival day recorded with an event (``inkom`` …), else the day it was recorded."""
    for key, value in event.data.items():
        phrase = KNOWN_KEYS.get(key)
        day = _iso_day(value)
        if phrase is not None and phrase.arrival and day is not None:
            return day
    return _day(event.at)


def _day(when: datetime) -> date:
    return when.astimezone(STOCKHOLM).date()


# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_name(name: str) -> str:
    """``Överklagandetiden löper ut`` → ``överklagandetiden löper ut``; ``IVO …`` stays."""
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].lower() + name[1:]


def _join_sv(items: Sequence[str], word: str = "och") -> str:
    """``a``, ``a och b``, ``a, b och c`` (or ``eller``)."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _is_clause(name: str) -> bool:
    """A name written as a clause: a subject, then a verb in the present tense
    (``Föreläggandet vinner laga kraft``, ``IVO begär yttrande``), not an imperative."""
    words = name.split()
    if len(words) < 2 or not words[1].endswith("r"):
        return False
    subject = words[0]
    return subject.isupper() or subject.lower().endswith(("n", "t", "de"))


_IRREGULAR = {"är": "vara", "gör": "göra", "ser": "se", "ger": "ge", "ber": "be", "ler": "le"}


def _present_to_infinitive(verb: str) -> str:
    """``meddelar`` → ``meddela``, ``vinner`` → ``vinna``, ``får`` → ``få``."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("er"):
        return verb[:-2] + "a"
    return verb[:-1]


def _can(name: str, lane: str | None, modal: str = "kan") -> str:
    """``IVO kan ansöka om …`` / ``Förvaltningsrätten kan meddela dom`` from a task's name."""
    words = name.split()
    if _is_clause(name):
        rest = " ".join(words[2:])
        return f"{words[0]} {modal} {_present_to_infinitive(words[1])}" + (
            f" {rest}" if rest else ""
        )
    verb = _infinitive(name)
    who = lane or "någon"
    return f"{who} {modal} {verb}" if verb else f"{who} {modal} utföra «{name}»"


_NOUN_ENDINGS = ("ning", "ing", "het", "else", "ande", "ende", "tion", "sion", "ism")


def _infinitive(name: str) -> str | None:
    """An imperative task name as an infinitive phrase: ``Ansök om …`` → ``ansöka om …``.

    None when the name does not look like an imperative (a clause or a noun phrase).
    """
    words = name.split()
    if not words or _is_clause(name) or " och " in name or "," in name:
        return None  # a second verb (``… och välj åtgärd``) would stay imperative
    first = words[0].lower()
    if first.endswith(_NOUN_ENDINGS) or not first.isalpha():
        return None
    if first[-1] not in "aeiouyåäö":
        first += "a"
    return " ".join([first, *words[1:]])


def _quote(name: str | None, element_id: str | None) -> str:
    if name and element_id and name != element_id:
        return f"«{name}» ({element_id})"
    return f"«{name or element_id or '?'}»"


def _who(event: AuditEvent) -> str:
    lane = event.lane
    if event.actor and lane and event.actor != lane and event.actor not in ANONYMOUS:
        return f"{event.actor} ({lane})"
    if lane:
        return lane
    return event.actor or "systemet"


def _basis(legal_basis: str) -> str:
    return f"; lagrum: {legal_basis}" if legal_basis else ""


def _evidence(data: Mapping[str, Any]) -> list[Evidence]:
    found = []
    for key, value in data.items():
        if key in INTERNAL_KEYS:
            continue
        phrase = KNOWN_KEYS.get(key)
        if phrase is not None:
            text = f"{phrase.label} {_value_sv(value, phrase.kind)}"
            if phrase.meaning:
                text += f" ({phrase.meaning})"
            found.append(Evidence(key, phrase.label, value, text))
        else:
            found.append(Evidence(key, key, value, f"{key}: {_value_sv(value)}"))
    return found


def _with(evidence: Sequence[Evidence]) -> str:
    return f", med {_join_sv([e.text for e in evidence])}" if evidence else ""


def _values_sv(values: Mapping[str, Any], limit: int = 120) -> str:
    """``foljt = nej och vite_belopp = 1 000 000``; a long value is cut (the JSON has it all)."""
    shown = []
    for key, value in values.items():
        text = _value_sv(value)
        shown.append(f"{key} = {text if len(text) <= limit else text[: limit - 1] + '…'}")
    return _join_sv(shown)


def _flow_label(flow: Flow, names: Mapping[str, str]) -> str:
    target = names.get(flow.target, flow.target)
    if flow.name:
        return f"«{flow.name}» till «{target}»"
    return f"vägen till «{target}»"


# ---------------------------------------------------------------------------------------------
# explain
# ---------------------------------------------------------------------------------------------


def explain(
    case: CaseView,
    history: Sequence[AuditEvent],
    bundle: Bundle,
    *,
    as_of: date | None = None,
    now: datetime | None = None,
) -> Explanation:
    """Explain ``case`` from its audit trail ``history`` and the process version ``bundle``
    it runs on (read as XML: no engine is needed).

    With ``as_of``, only the events recorded up to 23:59:59 Stockholm that day count, and what
    waits is derived from that replayed trail. ``now`` is the moment "today" is counted from when
    no ``as_of`` is given (default: the case's last update).
    """
    model = _model(bundle)
    decided = case.data.get(DECISION_DATE_KEY)
    cutoff = datetime.combine(as_of, time(23, 59, 59), tzinfo=STOCKHOLM) if as_of else None
    events = [e for e in history if cutoff is None or e.at <= cutoff]
    if as_of is not None and history and not events:
        raise InputError(
            f"case '{case.id}' had not started on {as_of.isoformat()}",
            hint=f"it started on {_day(history[0].at).isoformat()}; give --as-of that day or later",
        )
    complete = len(events) == len(history)
    status = case.status if complete else "open"
    today = as_of or _day(now or case.updated_at)
    names = {eid: element.name for eid, element in model.elements.items()}
    replay = _Replay(model, events)
    if status != "open":  # what still ran when the case ended ended with it
        for arm in replay.arms:
            if arm.outcome == "pending":
                arm.outcome, arm.ender = "cancelled", events[-1]

    steps = _steps(case, events, history, model, names)
    deadlines = [_deadline(arm, model, names) for arm in replay.arms]
    decisions = _decisions(events, model, names)

    if status == "open":
        tasks = _tasks(replay, decided, case if complete and as_of is None else None)
        messages = _messages(replay, model, deadlines, decided)
        timers = _timers(deadlines, cutoff or now or case.updated_at)
        lookahead = _Lookahead(model, replay, deadlines, today, case.process_id, decided)
        possibilities = lookahead.possibilities()
    else:
        tasks, messages, timers, possibilities = [], [], [], []

    end_state = case.end_state if status != "open" else None
    return Explanation(
        case_id=case.id,
        process_id=case.process_id,
        process_name=model.process_names.get(case.process_id, case.process_id),
        spec_hash=case.spec_hash,
        as_of=as_of,
        cutoff=cutoff,
        status=status,
        end_state=end_state,
        end_state_name=names.get(end_state or "", end_state),
        steps=steps,
        deadlines=deadlines,
        decisions=decisions,
        tasks=tasks,
        messages=messages,
        timers=timers,
        possibilities=possibilities,
        unverified=_unverified(
            case,
            events,
            model,
            deadlines,
            [*(t.element_id for t in tasks), *(m.element_id for m in messages)]
            + [t.element_id for t in timers],
        ),
    )


# -- the chain ------------------------------------------------------------------------------------


def _steps(
    case: CaseView,
    events: Sequence[AuditEvent],
    history: Sequence[AuditEvent],
    model: _Model,
    names: Mapping[str, str],
) -> list[ExplainedStep]:
    """The chain; the case's first step shows the well-known start parameters (the audit does
    not record start data: they are the case data no task or message of the trail gave)."""
    given_later = {
        key
        for e in history
        if e.kind in ("task", "message")
        for key in e.data
        if key not in INTERNAL_KEYS
    }
    for element_id in {e.element_id for e in history if e.element_id}:  # set by the model
        given_later |= model.writes(element_id)
    steps = []
    for event in events:
        data: Mapping[str, Any] = event.data
        if event.kind == "start" and event.seq == events[0].seq:
            data = {k: v for k, v in case.data.items() if k in KNOWN_KEYS and k not in given_later}
        evidence = _evidence(data) if event.kind in ("start", "task", "message") else []
        sentence = _step_sentence(event, evidence, model, names, case.process_id)
        if sentence is None:
            continue
        steps.append(
            ExplainedStep(
                seq=event.seq,
                at=event.at,
                day=_day(event.at),
                kind=event.kind,
                actor=event.actor,
                lane=event.lane,
                element_id=event.element_id,
                element_name=event.element_name,
                legal_basis=event.legal_basis,
                evidence=evidence,
                sentence=sentence,
            )
        )
    return steps


def _step_sentence(
    event: AuditEvent,
    evidence: Sequence[Evidence],
    model: _Model,
    names: Mapping[str, str],
    process_id: str,
) -> str | None:
    """One sentence for one audit event; None for elements that only merge flows."""
    when = _cap(format_date_sv(_day(event.at)))
    what = _quote(event.element_name, event.element_id)
    who = _who(event)
    basis = _basis(event.legal_basis)
    node = model.nodes.get(event.element_id or "")
    sub = node is not None and node.container != process_id
    kind = event.kind
    if kind == "start":
        if sub:
            return f"{when} startade delprocessen {what} hos {who}{_with(evidence)}{basis}."
        return f"{when} inleddes ärendet hos {who} med {what}{_with(evidence)}{basis}."
    if kind == "task":
        if _is_clause(event.element_name or ""):
            return f"{when} skedde {what}, registrerat av {who}{_with(evidence)}{basis}."
        return f"{when} utförde {who} {what}{_with(evidence)}{basis}."
    if kind == "message":
        return f"{when} kom {what} in från {who}{_with(evidence)}{basis}."
    if kind == "deadline":
        record = event.data.get("deadline") or {}
        last = _iso_day(record.get("last_day"))
        kind_sv = (
            "en dag som IVO har bestämt i beslutet"
            if record.get("kind") == "set_by_decision"
            else "lagstadgad frist"
            if record
            else "tidsfrist"
        )
        tail = f", med sista dag {format_date_sv(last)} ({kind_sv})" if last else ""
        return f"{when} började fristen {what} löpa för {who}{tail}{basis}."
    if kind == "timer":
        record = event.data.get("deadline") or {}
        last = _iso_day(record.get("last_day"))
        tail = f" (sista dag {format_date_sv(last)})" if last else ""
        return f"{when} hade fristen {what} löpt ut{tail} för {who}{basis}."
    if kind == "decision":
        match = event.data.get("dmn") or {}
        rules = match.get("rules") or []
        rule_text = _join_sv([_rule_sv(match.get("table", ""), r, model) for r in rules])
        own = f"; lagrum för steget: {event.legal_basis}" if event.legal_basis else ""
        return (
            f"{when} tillämpade {who} beslutstabellen «{match.get('table', '?')}» i {what}"
            f"{': ' + rule_text if rule_text else ''}{own}."
        )
    if kind == "gateway":
        flows = event.data.get("flows")
        if not isinstance(flows, list):
            return None
        taken = [model.flows[f] for f in flows if f in model.flows]
        tag = model.tag(event.element_id)
        if tag == "parallelGateway":
            targets = _join_sv([f"«{names.get(f.target, f.target)}»" for f in taken])
            return f"{when} delade sig ärendet vid {what} i {targets}, som löper parallellt{basis}."
        if tag == "eventBasedGateway":
            chosen = [f.target for f in taken]
            others = [
                f"«{names.get(f.target, f.target)}»"
                for f in model.outgoing[event.element_id or ""]
                if f.target not in chosen
            ]
            first = _join_sv([f"«{names.get(t, t)}»" for t in chosen])
            before = f" före {_join_sv(others)}" if others else ""
            return f"{when} avgjordes {what} av att {first} inträffade{before}{basis}."
        values = event.data.get("values") or {}
        read = f" utifrån {_values_sv(values)}" if values else ""
        chose = _join_sv([_flow_label(f, names) for f in taken]) or "ingen väg"
        return f"{when} avgjorde {who} {what}{read} och valde {chose}{basis}."
    if kind == "script":
        return f"{when} genomförde {who} automatiskt {what}{basis}."
    if kind == "call":
        return f"{when} genomförde {who} delprocessen {what}{basis}."
    if kind == "end":
        if sub:
            return f"{when} avslutades delprocessen med {what}{basis}."
        return f"{when} avslutades ärendet med {what}{basis}."
    return f"{when} passerade ärendet {what} ({kind}){_with(evidence)}{basis}."


def _dmn_match(table_id: str, rule: Mapping[str, Any], model: _Model) -> DmnMatch:
    table = model.tables.get(table_id)
    outputs: dict[str, Any] = {}
    if table is not None:
        values = table.rules.get(str(rule.get("id", "")), ())
        outputs = dict(zip(table.outputs, values, strict=False))
    lagrum = next((str(v) for k, v in outputs.items() if _is_lagrum(k, table)), "")
    return DmnMatch(
        table=table_id,
        row=int(rule.get("row") or 0),
        rule_id=str(rule.get("id", "")),
        description=str(rule.get("description") or ""),
        outputs=outputs,
        lagrum=lagrum,
    )


def _is_lagrum(output: str, table: _Table | None) -> bool:
    """The statute column of a DMN table: named or labelled ``lagrum`` (``regelverk.lagrum``,
    ``uppfoljning_lagrum`` too)."""
    label = table.labels.get(output, "") if table is not None else ""
    return label.lower() == "lagrum" or output.lower().split(".")[-1].endswith("lagrum")


def _rule_sv(table_id: str, rule: Mapping[str, Any], model: _Model) -> str:
    match = _dmn_match(table_id, rule, model)
    text = f"regel {match.row}"
    if match.description:
        text += f" («{match.description}»)"
    if match.lagrum:
        text += f", med lagrum {match.lagrum}"
    return text


# -- decisions ------------------------------------------------------------------------------------


def _decisions(
    events: Sequence[AuditEvent], model: _Model, names: Mapping[str, str]
) -> list[ExplainedDecision]:
    found = []
    produced: dict[str, DmnMatch] = {}  # data key -> the DMN rule that last set it
    for event in events:
        x = event.element_id or ""
        if event.kind == "decision" and isinstance(event.data.get("dmn"), dict):
            match = event.data["dmn"]
            matches = tuple(
                _dmn_match(match.get("table", ""), r, model) for r in match.get("rules") or []
            )
            for m in matches:
                for key in m.outputs:
                    produced[key.split(".")[0]] = m  # dotted outputs land in one dict
            found.append(
                ExplainedDecision(
                    seq=event.seq,
                    at=event.at,
                    day=_day(event.at),
                    kind="dmn",
                    element_id=x,
                    element_name=event.element_name or x,
                    lane=event.lane,
                    legal_basis=event.legal_basis,
                    values={k: v for m in matches for k, v in m.outputs.items()},
                    flows=_flows_taken(event, model, names),
                    dmn=matches,
                    sentence=_step_sentence(event, [], model, names, "") or "",
                )
            )
            continue
        if event.kind != "gateway" or not isinstance(event.data.get("flows"), list):
            continue
        tag = model.tag(x)
        if tag == "parallelGateway":
            continue
        values = dict(event.data.get("values") or {})
        kind = "event" if tag == "eventBasedGateway" else "gateway"
        taken = _flows_taken(event, model, names)
        sources: dict[tuple[str, str], tuple[DmnMatch, list[str]]] = {}
        for key in values:
            if key in produced:
                match = produced[key]
                sources.setdefault((match.table, match.rule_id), (match, []))[1].append(key)
        dmn = tuple(match for match, _ in sources.values())
        sentence = _step_sentence(event, [], model, names, "") or ""
        if sources:
            origins = [
                f"{_join_sv(keys)} kom från regel {m.row} i beslutstabellen «{m.table}»"
                + (f" («{m.description}»)" if m.description else "")
                + (f" med lagrum {m.lagrum}" if m.lagrum else "")
                for m, keys in sources.values()
            ]
            sentence = f"{sentence[:-1]}, där {_join_sv(origins)}."
        found.append(
            ExplainedDecision(
                seq=event.seq,
                at=event.at,
                day=_day(event.at),
                kind=kind,
                element_id=x,
                element_name=event.element_name or x,
                lane=event.lane,
                legal_basis=event.legal_basis,
                values=values,
                flows=taken,
                dmn=dmn,
                decided_by=taken[0].target_id if kind == "event" and taken else None,
                sentence=sentence,
            )
        )
    return found


def _flows_taken(
    event: AuditEvent, model: _Model, names: Mapping[str, str]
) -> tuple[FlowTaken, ...]:
    flows = event.data.get("flows")
    if not isinstance(flows, list):
        return ()
    return tuple(
        FlowTaken(
            flow_id=f.id,
            label=f.name,
            target_id=f.target,
            target_name=names.get(f.target, f.target),
            condition=f.condition,
        )
        for f in (model.flows[i] for i in flows if i in model.flows)
    )


# -- deadlines ------------------------------------------------------------------------------------


def _deadline(arm: _Arm, model: _Model, names: Mapping[str, str]) -> ExplainedDeadline:
    event = arm.event
    x = arm.element_id
    name = event.element_name or names.get(x, x)
    competitors = tuple(model.competitors(x))
    ender = arm.ender
    ended_on = _decisive_day(ender) if ender is not None else None
    met: bool | None
    if arm.outcome == "met":
        met = True
    elif arm.outcome == "late" or (arm.outcome == "expired" and competitors):
        met = False
    else:
        met = None
    last = format_date_sv(arm.last_day)
    what = _quote(name, x)
    rivals = _join_sv([f"«{names.get(c, c)}»" for c in competitors], "eller")
    if arm.outcome == "met" and ender is not None and ended_on is not None:
        how = (
            f"fristen hölls: {_quote(ender.element_name, ender.element_id)} "
            f"skedde {format_date_sv(ended_on)}, "
            + ("samma dag som sista dagen" if ended_on == arm.last_day else "före sista dagen")
        )
    elif arm.outcome == "late" and ender is not None and ended_on is not None:
        how = (
            f"fristen hölls inte: {_quote(ender.element_name, ender.element_id)} skedde "
            f"{format_date_sv(ended_on)}, efter sista dagen"
        )
    elif arm.outcome == "expired":
        ran = f"fristen löpte ut utan att {rivals} skedde" if rivals else "fristen löpte ut"
        how = f"{ran}; det registrerades {format_date_sv(_day(ender.at))}" if ender else ran
    elif arm.outcome == "cancelled":
        by = f" med {_quote(ender.element_name, ender.element_id)}" if ender is not None else ""
        how = f"väntan avslutades på annat sätt{by}, och fristen har inte längre betydelse"
    else:
        race = f" om inte {rivals} sker dessförinnan" if rivals else ""
        how = f"fristen löper fortfarande och går ut {last}{race}"
    kind = (
        "en dag som IVO har bestämt i beslutet"
        if arm.deadline is not None and arm.deadline.kind == "set_by_decision"
        else "lagstadgad frist"
        if arm.deadline is not None
        else "tidsfrist"
    )
    sentence = (
        f"{what} för {event.lane or 'ärendet'} ({kind}) började löpa "
        f"{format_date_sv(_day(event.at))} med sista dag {last}; {how}."
    )
    return ExplainedDeadline(
        element_id=x,
        name=name,
        lane=event.lane,
        legal_basis=event.legal_basis,
        armed_seq=event.seq,
        armed_at=event.at,
        due_at=arm.due_at,
        last_day=arm.last_day,
        deadline=arm.deadline,
        outcome=arm.outcome,
        met=met,
        competitors=competitors,
        ended_seq=ender.seq if ender is not None else None,
        ended_at=ender.at if ender is not None else None,
        ended_on=ended_on,
        ended_by_id=ender.element_id if ender is not None else None,
        ended_by_name=ender.element_name if ender is not None else None,
        sentence=_cap(sentence),
    )


# -- what waits -----------------------------------------------------------------------------------


def _tasks(replay: _Replay, decided: Any, stored: CaseView | None) -> list[NextTask]:
    model = replay.model
    if stored is not None:
        waiting = [(t.element_id, t.name, t.lane, t.legal_basis) for t in stored.tasks]
    else:
        waiting = []
        for x in replay.pending:
            if replay.pending[x] > 0 and replay.model.tag(x) in PERSON_TAGS:
                element = model.elements.get(x)
                if element is not None:
                    waiting.append((x, element.name, element.lane, model.basis(element, decided)))
    found = []
    for x, name, lane, basis in waiting:
        reached = replay.reached_at.get(x)
        since = _day(reached) if reached else None
        named = lane and _is_clause(name) and lane.split()[0].lower() != name.split()[0].lower()
        who = f"för {lane}, " if named else ""
        tail = f" ({who}uppgiften {x}" + (
            f", väntar sedan {format_date_sv(since)})" if since else ")"
        )
        found.append(
            NextTask(
                element_id=x,
                name=name,
                lane=lane,
                legal_basis=basis,
                since=since,
                sentence=f"{_cap(_can(name, lane, 'ska'))}{tail}{_basis(basis)}.",
            )
        )
    return found


def _messages(
    replay: _Replay,
    model: _Model,
    deadlines: Sequence[ExplainedDeadline],
    decided: Any,
) -> list[NextMessage]:
    awaited: list[str] = []
    for x, count in replay.pending.items():
        if count <= 0:
            continue
        node = model.nodes[x]
        if node.tag == "eventBasedGateway":
            awaited += [f.target for f in model.outgoing[x] if model.nodes[f.target].messages]
        elif node.tag in CATCH_TAGS and node.messages:
            awaited.append(x)
    pending_by_element = {d.element_id: d for d in deadlines if d.outcome == "pending"}
    found = []
    for x in dict.fromkeys(awaited):
        element = model.elements.get(x)
        if element is None:
            continue
        racing = [pending_by_element[c] for c in model.competitors(x) if c in pending_by_element]
        until = min((d.last_day for d in racing), default=None)
        message = ", ".join(model.nodes[x].messages)
        source = f" från {element.lane}" if element.lane else ""
        tail = ""
        if racing:
            first = min(racing, key=lambda d: d.last_day)
            tail = (
                f"; det måste ske senast {format_date_sv(first.last_day)}, sista dag för "
                f"{_quote(first.name, first.element_id)}"
            )
        found.append(
            NextMessage(
                element_id=x,
                name=element.name,
                message=message,
                lane=element.lane,
                legal_basis=model.basis(element, decided),
                until=until,
                sentence=(
                    f"Ärendet väntar på {_quote(element.name, x)} (meddelandet {message}"
                    f"{source}){tail}{_basis(model.basis(element, decided))}."
                ),
            )
        )
    return found


def _timers(deadlines: Sequence[ExplainedDeadline], now: datetime) -> list[NextTimer]:
    found = []
    for d in sorted((d for d in deadlines if d.outcome == "pending"), key=lambda d: d.due_at):
        overdue = d.due_at <= now
        fires = d.due_at.astimezone(STOCKHOLM)
        when = f"{format_date_sv(fires.date())} kl. {fires.strftime('%H.%M')}"
        tail = (
            "; tiden har passerat men fristen har ännu inte registrerats som utlöpt"
            if overdue
            else ""
        )
        found.append(
            NextTimer(
                element_id=d.element_id,
                name=d.name,
                lane=d.lane,
                legal_basis=d.legal_basis,
                fires_at=d.due_at,
                last_day=d.last_day,
                overdue=overdue,
                sentence=(
                    f"Fristen «{d.name}» ({d.element_id}, {d.lane or 'ärendet'}) går ut "
                    f"{format_date_sv(d.last_day)} och utlöses tidigast {when}"
                    f"{tail}{_basis(d.legal_basis)}."
                ),
            )
        )
    return found


# -- what can happen next -------------------------------------------------------------------------


@frozen
class _Route:
    """How an element can be reached from the current waits, and the earliest day."""

    known: bool
    earliest: date
    reqs: tuple[Requirement, ...]

    def then(
        self, req: Requirement | None, *, day: date | None = None, known: bool = True
    ) -> _Route:
        reqs = self.reqs if req is None or req in self.reqs else (*self.reqs, req)
        earliest = max(self.earliest, day) if day is not None else self.earliest
        return _Route(self.known and known, earliest, reqs)


def _both(routes: Sequence[_Route]) -> _Route:
    ordered = sorted(routes, key=lambda r: (not r.known, r.earliest))
    reqs: list[Requirement] = []
    for route in ordered:
        reqs += [r for r in route.reqs if r not in reqs]
    return _Route(all(r.known for r in routes), max(r.earliest for r in routes), tuple(reqs))


HORIZON = 2
"""How far ahead possibilities are listed: at most this many tasks or messages that do not wait
yet may have to happen before it (e.g. IVO's check of compliance and its choice of what to do
next, before the application for the fine); timers and automatic steps do not count."""


class _Lookahead:
    """Follows the flows forward from what waits now: which tasks and ends can be reached, when.

    A waiting task can be done today, an awaited message can come today, an armed timer fires on
    its last day; a timer further on is not armed yet, so its day is not known. A parallel join
    is reached when all its incoming branches are (the ones already arrived count as done);
    anything else is reached by its earliest incoming route.
    """

    MAX_UPDATES = 20_000

    def __init__(
        self,
        model: _Model,
        replay: _Replay,
        deadlines: Sequence[ExplainedDeadline],
        today: date,
        process_id: str,
        decided: Any,
    ) -> None:
        self.decided = decided
        self.process_id = process_id
        self.model = model
        self.replay = replay
        self.today = today
        self.done: dict[str, _Route] = {}
        self.arrivals: dict[str, dict[str, _Route]] = defaultdict(dict)
        self.waits: set[str] = set()
        self.entered: set[str] = set()  # call activities the look-ahead goes into
        pending_deadlines = {d.element_id: d for d in deadlines if d.outcome == "pending"}
        start = _Route(True, today, ())
        seeds: list[tuple[str, _Route]] = []
        for x, count in replay.pending.items():
            if count <= 0:
                continue
            tag = model.tag(x)
            if tag in PERSON_TAGS:
                seeds.append((x, start.then(self._req("task", x))))
            elif tag == "eventBasedGateway":
                for f in model.outgoing[x]:
                    seeds += self._catch_seed(f.target, start, pending_deadlines)
            elif tag in CATCH_TAGS:
                seeds += self._catch_seed(x, start, pending_deadlines)
        self.waits = {x for x, _ in seeds}
        queue: deque[str] = deque()
        for x, route in seeds:
            if self._improve(x, route):
                queue.append(x)
        updates = 0
        while queue and updates < self.MAX_UPDATES:
            updates += 1
            x = queue.popleft()
            for target, route in self._onward(x):
                if self._improve(target, route):
                    queue.append(target)

    def _req(self, kind: str, x: str, day: date | None = None, text: str = "") -> Requirement:
        element = self.model.elements.get(x)
        name = element.name if element else x
        lane = element.lane if element else None
        if not text:
            if kind == "task" and _is_clause(name):
                text = _lower_name(name)
            elif kind == "task":
                text = f"{lane or 'någon'} har utfört «{name}»"
            elif kind == "message":
                text = _lower_name(name) if _is_clause(name) else f"«{name}» har kommit in"
            elif kind == "timer":
                head = _lower_name(name) if _is_clause(name) else f"fristen «{name}» löper ut"
                text = f"{head} {format_date_sv(day)}" if day else f"{head} (dagen är inte känd än)"
            else:
                text = _lower_name(name) if _is_clause(name) else f"«{name}» är genomförd"
        return Requirement(kind, x, name, lane, day, text)

    def _catch_seed(
        self, x: str, start: _Route, pending: Mapping[str, ExplainedDeadline]
    ) -> list[tuple[str, _Route]]:
        node = self.model.nodes.get(x)
        if node is None:
            return []
        if node.messages:
            return [(x, start.then(self._req("message", x)))]
        if node.timer and x in pending:
            d = pending[x]
            rivals = [
                self.model.elements[c].name
                for c in self.model.competitors(x)
                if c in self.model.elements
            ]
            text = self._req("timer", x, d.last_day).text
            if rivals:
                names = _join_sv(
                    [_lower_name(r) if _is_clause(r) else f"«{r}»" for r in rivals], "eller"
                )
                text += f" (om inte {names} dessförinnan)"
            return [(x, start.then(self._req("timer", x, d.last_day, text), day=d.last_day))]
        return []

    def _key(self, route: _Route) -> tuple[int, bool, date, int]:
        """Which of two routes to tell: the one that needs least from others — a message may
        never come (2), a task not yet waiting must still be done (1), a timer and an automatic
        step come by themselves (0) — then a known day, the earlier day, the fewer steps."""
        needs = sum(
            2
            if r.kind == "message"
            else 1
            if r.kind == "task" and r.element_id not in self.waits
            else 0
            for r in route.reqs
        )
        return (needs, not route.known, route.earliest, len(route.reqs))

    def _improve(self, x: str, route: _Route) -> bool:
        current = self.done.get(x)
        if current is None or self._key(route) < self._key(current):
            self.done[x] = route
            return True
        return False

    def _onward(self, x: str) -> list[tuple[str, _Route]]:
        """The elements done next when ``x`` is done, with their routes."""
        model = self.model
        route = self.done[x]
        node = model.nodes.get(x)
        if node is None:
            return []
        found: list[tuple[str, _Route]] = []
        if node.tag == "endEvent":  # the end of a called process: its call activity is done
            found += [
                (caller, route)
                for caller in model.callers.get(node.container, [])
                if self.replay.pending[caller] > 0 or caller in self.entered
            ]
        branching = len(model.outgoing[x]) > 1 and node.tag in (
            "exclusiveGateway",
            "inclusiveGateway",
        )
        for flow in model.outgoing[x]:
            arriving = route.then(self._condition(x, flow)) if branching else route
            found += self._reach(flow.target, arriving, flow)
        return found

    def _condition(self, gateway: str, flow: Flow) -> Requirement:
        element = self.model.elements.get(gateway)
        name = element.name if element else gateway
        target = self.model.elements.get(flow.target)
        if flow.name:
            text = f"«{name}» besvaras «{flow.name}»"
        else:
            text = f"«{name}» leder vidare till «{target.name if target else flow.target}»"
        return Requirement(
            "condition", gateway, name, element.lane if element else None, None, text
        )

    def _reach(self, target: str, arriving: _Route, flow: Flow) -> list[tuple[str, _Route]]:
        """What is done when a flow arrives at ``target`` (a wait ahead adds a requirement)."""
        model = self.model
        node = model.nodes.get(target)
        if node is None:
            return []
        if model.is_join(target):
            arrivals = self.arrivals[target]
            if flow.id not in arrivals or self._key(arriving) < self._key(arrivals[flow.id]):
                arrivals[flow.id] = arriving
            already = self.replay.join_arrived.get(target, set())
            routes = []
            for incoming in model.incoming[target]:
                if incoming.id in already:
                    continue
                if incoming.id not in arrivals:
                    return []
                routes.append(arrivals[incoming.id])
            return [(target, _both(routes) if routes else arriving)]
        found: list[tuple[str, _Route]] = []
        for boundary in model.boundaries[target]:
            b = model.nodes[boundary]
            kind = "message" if b.messages else "timer" if b.timer else "milestone"
            found.append((boundary, arriving.then(self._req(kind, boundary), known=not b.timer)))
        if node.tag in PERSON_TAGS:
            found.append((target, arriving.then(self._req("task", target))))
        elif node.tag in CATCH_TAGS and node.messages:
            found.append((target, arriving.then(self._req("message", target))))
        elif node.tag in CATCH_TAGS and node.timer:
            found.append((target, arriving.then(self._req("timer", target), known=False)))
        elif node.tag in ("scriptTask", "serviceTask"):
            # a step that marks a legal state (a clause: «Föreläggandet vinner laga kraft») is
            # worth naming; an automatic check (an imperative) is not
            element = self.model.elements.get(target)
            milestone = element is not None and _is_clause(element.name)
            req = self._req("milestone", target) if milestone else None
            found.append((target, arriving.then(req)))
        elif node.called and model.starts.get(node.called):
            # a call activity or sub-process: its start is reached; it is done when it ends
            self.entered.add(target)
            found += [(start, arriving) for start in model.starts[node.called]]
        else:
            found.append((target, arriving))
        return found

    def possibilities(self) -> list[Possibility]:
        found = []
        for x, route in self.done.items():
            if x in self.waits:
                continue
            tag = self.model.tag(x)
            element = self.model.elements.get(x)
            if element is None:
                continue
            milestone = tag in ("scriptTask", "serviceTask") and _is_clause(element.name)
            if tag not in PERSON_TAGS and tag != "endEvent" and not milestone:
                continue
            node = self.model.nodes[x]
            if tag == "endEvent" and node.container != self.process_id:
                continue  # the end of a called process or sub-process is not an end of the case
            ahead = [
                r
                for r in route.reqs
                if r.kind in ("task", "message") and r.element_id not in self.waits | {x}
            ]
            if len(ahead) > HORIZON:
                continue
            if milestone and (ahead or not any(r.kind == "timer" for r in route.reqs)):
                continue  # a legal state is told when time alone brings it
            found.append(
                self._possibility(
                    x,
                    element.name,
                    element.lane,
                    self.model.basis(element, self.decided),
                    tag,
                    route,
                )
            )
        order = {"milestone": 0, "task": 1, "end": 2}
        found.sort(
            key=lambda p: (p.earliest is None, p.earliest or date.max, order[p.kind], p.name)
        )
        return found

    def _possibility(
        self, x: str, name: str, lane: str | None, basis: str, tag: str, route: _Route
    ) -> Possibility:
        kind = "task" if tag in PERSON_TAGS else "end" if tag == "endEvent" else "milestone"
        needs = [r for r in route.reqs if r.kind != "condition" and r.element_id != x]
        conditions = [r for r in route.reqs if r.kind == "condition"]
        earliest = route.earliest if route.known else None
        cites = f" ({x}{_basis(basis).replace('; lagrum: ', ', ')})"
        if kind == "task":
            head = _cap(_can(name, lane)) + cites
        elif kind == "milestone":
            head = f"«{name}»{cites} kan inträffa"
        else:
            head = f"Ärendet kan avslutas med «{name}»{cites}"
        if earliest is not None and earliest > self.today:
            when = f" tidigast {format_date_sv(earliest)}"
        else:  # today, or not known yet (the requirement whose day is unknown says so)
            when = ""
        need = f", när {_join_sv([r.text for r in needs])}" if needs else ""
        cond = f"; förutsatt att {_join_sv([r.text for r in conditions])}" if conditions else ""
        return Possibility(
            element_id=x,
            name=name,
            kind=kind,
            lane=lane,
            legal_basis=basis,
            earliest=earliest,
            requirements=needs,
            conditions=conditions,
            sentence=f"{head}{when}{need}{cond}.",
        )


# -- unverified choices ---------------------------------------------------------------------------

_PARAMETER_RE = re.compile(r"(?:ärendeparameter|parameter)n?\s+([A-Za-z_][A-Za-z0-9_]*)")


def _citations(text: str) -> list[str]:
    """``a; b (c; d)`` → ``a``, ``b (c; d)``: the citations of a statute list."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [part for part in (*parts, current.strip()) if part]


def _marked(documentation: str, decided: Any) -> list[str]:
    """The statements of a documentation that carry an UNVERIFIED marker: sentences of its prose,
    and the citations of its ``Lagrum:`` lines in force for a decision of that day."""
    lines = [line.strip() for line in documentation.splitlines() if line.strip()]
    cites = [line for line in lines if line.lower().startswith("lagrum:")]
    found = [
        sentence.strip()
        for line in lines
        if line not in cites
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ«])", line)
        if any(marker in sentence for marker in UNVERIFIED_MARKERS)
    ]
    if cites:
        in_force = legal_basis("\n".join(cites), on=decided if decided else None)
        found += [
            f"lagrum {citation}"
            for citation in _citations(in_force)
            if any(marker in citation for marker in UNVERIFIED_MARKERS)
        ]
    return found


def _unverified(
    case: CaseView,
    events: Sequence[AuditEvent],
    model: _Model,
    deadlines: Sequence[ExplainedDeadline],
    waiting: Sequence[str],
) -> list[UnverifiedChoice]:
    """The choices of the elements passed and of those waited for."""
    found: list[UnverifiedChoice] = []
    seen: set[str] = set()

    def add(choice: UnverifiedChoice, key: str) -> None:
        if key not in seen:  # one statement once, under the first element that makes it
            seen.add(key)
            found.append(choice)

    def parameter(name: str, where: str) -> None:
        value = case.data.get(name)
        shown = _value_sv(value) if name in case.data else "inte angiven"
        text = f"Ärendeparametern {name} = {shown}; den avgör ett overifierat val i {where}."
        add(UnverifiedChoice("parameter", None, None, name, value, text), f"parameter {name}")

    decided = case.data.get(DECISION_DATE_KEY)

    passed = list(dict.fromkeys(e.element_id for e in events if e.element_id))
    passed += [x for x in waiting if x not in passed]
    sources = [
        (
            case.process_id,
            model.process_names.get(case.process_id),
            model.process_docs.get(case.process_id, ""),
        )
    ]
    sources += [
        (x, model.elements[x].name, model.nodes[x].documentation)
        for x in passed
        if x in model.nodes and x in model.elements
    ]
    for x, name, text in sources:
        for sentence in _marked(text, decided):
            choice = UnverifiedChoice(
                "model", x, name, None, None, f"{_quote(name, x)}: {sentence}"
            )
            add(choice, sentence)
            for parameter_name in _PARAMETER_RE.findall(sentence):
                parameter(parameter_name, _quote(name, x))
    for d in deadlines:
        if d.deadline is None:
            continue
        for warning in d.deadline.warnings:
            add(
                UnverifiedChoice(
                    "deadline",
                    d.element_id,
                    d.name,
                    None,
                    None,
                    f"{_quote(d.name, d.element_id)}: {warning}",
                ),
                warning,
            )
    for key, value in case.data.items():
        if key.endswith(("varningar", "warnings")) and isinstance(value, list):
            for warning in value:
                if isinstance(warning, str) and warning:
                    add(
                        UnverifiedChoice("data", None, None, key, warning, f"{key}: {warning}"),
                        warning,
                    )
    return found
