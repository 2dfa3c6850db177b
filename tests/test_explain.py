"""``Workflows.explain`` / ``ivo-flow explain``: the facts of the explanation against the trail.

Every check compares the explanation with the case's own audit trail, its deadline records, its
live state and the model — never with hard-coded prose. Cases: Oskarshamn 2014 (the bundled
case script, played event by event), variants of the injunction (late appeal, no appeal), a
small model with a DMN table, a boundary timer and an unverified parameter, and a case of each
other process of the library that these tests know how to drive.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from html import escape
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result
from ivo_flow.context import noon
from ivo_flow.main import cli
from ivo_flow.run_cmd import Script, bundled_example, load_script

from ivo_workflow import Explanation, InputError, SimulatedClock, Workflows
from ivo_workflow.legal_time import format_date_sv

STOCKHOLM = ZoneInfo("Europe/Stockholm")
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:spiffworkflow="http://spiffworkflow.org/bpmn/schema/1.0/core" '
    'id="defs_{pid}" targetNamespace="test">\n'
)

Snapshot = tuple[tuple[str, ...], tuple[tuple[str, date], ...]]


def day_of(when: datetime) -> date:
    return when.astimezone(STOCKHOLM).date()


def snapshot(wf: Workflows, case_id: str) -> Snapshot:
    """What waits in the live case: task ids, and timers with their last day."""
    case = wf.case(case_id)
    timers = tuple(
        sorted(
            (t.element_id, t.deadline.last_day if t.deadline else day_of(t.due_at))
            for t in case.timers
        )
    )
    return tuple(sorted(t.element_id for t in case.tasks)), timers


def waits(explanation: Explanation) -> Snapshot:
    """The same, as the explanation says it."""
    tasks = tuple(sorted(t.element_id for t in explanation.tasks))
    timers = tuple(sorted((t.element_id, t.last_day) for t in explanation.timers))
    return tasks, timers


def play(wf: Workflows, script: Script) -> dict[date, Snapshot]:
    """Play a case script (as ``ivo-flow run`` does); the live state at the end of each day
    on which something was done (keyed by the day)."""
    seen: dict[date, Snapshot] = {}
    wf.start(script.process, case_id=script.case, data=script.data)
    seen[script.start] = snapshot(wf, script.case)
    for event in script.events:
        wf.advance_to(noon(event.day))
        if event.kind == "complete":
            wf.complete(script.case, event.target, event.data, actor=event.actor)
        else:
            wf.message(script.case, event.target, event.data, actor=event.actor or "extern")
        seen[event.day] = snapshot(wf, script.case)
    if script.until is not None:
        wf.advance_to(noon(script.until))
        seen[script.until] = snapshot(wf, script.case)
    return seen


# -- the generic facts check ---------------------------------------------------------------------


def check_facts(wf: Workflows, case_id: str, explanation: Explanation | None = None) -> None:
    """The explanation of a case says what its trail, deadline records and live state say."""
    e = explanation or wf.explain(case_id)
    trail = wf.history(case_id)
    if e.as_of is not None:
        cutoff = datetime.combine(e.as_of, time(23, 59, 59), tzinfo=STOCKHOLM)
        trail = [event for event in trail if event.at <= cutoff]
    by_seq = {event.seq: event for event in trail}

    # the chain: one step per audit event (merging gateways aside), facts copied from the trail
    shown = {step.seq for step in e.steps}
    for event in trail:
        merely_merges = event.kind == "gateway" and "flows" not in event.data
        assert (event.seq in shown) != merely_merges, (event.seq, event.kind, event.element_id)
    for step in e.steps:
        event = by_seq[step.seq]
        assert (step.kind, step.element_id, step.element_name, step.lane, step.actor) == (
            event.kind,
            event.element_id,
            event.element_name,
            event.lane,
            event.actor,
        )
        assert step.day == day_of(event.at)
        assert step.legal_basis == event.legal_basis
        assert format_date_sv(step.day) in step.sentence.lower()
        assert f"«{event.element_name}»" in step.sentence
        assert event.legal_basis in step.sentence
        if event.kind in ("task", "message"):
            assert {ev.key: ev.value for ev in step.evidence} == {
                k: v for k, v in event.data.items() if k not in ("flows", "values", "dmn")
            }
            for ev in step.evidence:
                assert ev.text in step.sentence

    # deadlines: one per armed deadline, with its record; the outcome follows the trail
    armed = [event for event in trail if event.kind == "deadline"]
    assert [d.armed_seq for d in e.deadlines] == [event.seq for event in armed]
    for d, event in zip(e.deadlines, armed, strict=True):
        record = event.data.get("deadline")
        if record is not None:
            assert d.deadline is not None
            assert d.deadline.as_record() == record
            assert d.last_day.isoformat() == record["last_day"]
        fired = [x for x in trail if x.kind == "timer" and x.element_id == d.element_id]
        fired = [x for x in fired if x.seq > d.armed_seq]
        if d.outcome == "expired":
            assert fired and d.ended_seq == fired[0].seq
            assert d.met is (False if d.competitors else None)
        elif d.outcome in ("met", "late"):
            assert d.ended_on is not None and d.ended_by_id in d.competitors
            assert d.met is (d.ended_on <= d.last_day)
            assert d.met is (d.outcome == "met")
            assert not fired or fired[0].seq > (d.ended_seq or 0)
        elif d.outcome == "pending":
            assert not fired
            assert d.element_id in {t.element_id for t in e.timers}
        assert d.legal_basis == event.legal_basis
        assert format_date_sv(d.last_day) in d.sentence

    # decisions: every branching gateway and every DMN table run, with the data that decided it
    deciding = [
        event
        for event in trail
        if (event.kind == "gateway" and "flows" in event.data)
        or (event.kind == "decision" and "dmn" in event.data)
    ]
    decisions = {d.seq: d for d in e.decisions}
    for event in deciding:
        if event.seq not in decisions:  # a parallel split is not a decision
            assert event.kind == "gateway" and "values" not in event.data
            continue
        decision = decisions[event.seq]
        if event.kind == "decision":
            assert [(m.table, m.rule_id, m.row) for m in decision.dmn] == [
                (event.data["dmn"]["table"], r["id"], r["row"]) for r in event.data["dmn"]["rules"]
            ]
        else:
            assert decision.values == event.data.get("values", {})
            assert [f.flow_id for f in decision.flows] == event.data["flows"]
        for key in event.data.get("values", {}):
            assert f"{key} = " in decision.sentence  # the data that decided it, in the sentence
    # JSON carries the same facts as the text
    record = e.as_json()
    json.dumps(record)  # serialisable
    text = e.as_text()
    for section in ("steps", "deadlines", "decisions", "tasks", "messages", "timers"):
        items = record[section]
        assert [item["sentence"] for item in items] == [x.sentence for x in getattr(e, section)]
        for item in items:
            assert item["sentence"] in text
    assert [d["last_day"] for d in record["deadlines"]] == [
        d.last_day.isoformat() for d in e.deadlines
    ]
    assert [d["outcome"] for d in record["deadlines"]] == [d.outcome for d in e.deadlines]
    for p in record["possibilities"]:
        assert p["sentence"] in text


def check_dmn_against_case_data(wf: Workflows, case_id: str, explanation: Explanation) -> int:
    """What the last run of each table put in the case data is what its matched rules say: the
    rule's value (one rule), or the list of the rules' values (a COLLECT table); likewise the
    statute column."""
    data = wf.case(case_id).data
    last: dict[str, Any] = {}
    for decision in explanation.decisions:
        if decision.kind == "dmn":
            last[decision.dmn[0].table] = decision.dmn
    checked = 0
    for matches in last.values():
        for name in matches[0].outputs:
            landed: Any = data
            for part in name.split("."):
                landed = landed.get(part) if isinstance(landed, dict) else None
            values = [m.outputs[name] for m in matches]
            if landed is None or not all(isinstance(v, str) for v in values):
                continue
            assert landed == (values[0] if len(matches) == 1 else values), name
            if "lagrum" in name:
                assert [m.lagrum for m in matches] == values
                checked += 1
    return checked


# -- Oskarshamn 2014 -------------------------------------------------------------------------------


@pytest.fixture
def oskarshamn(tmp_path: Path) -> Iterator[tuple[Workflows, Script, dict[date, Snapshot]]]:
    script = load_script(bundled_example())
    wf = Workflows.open(tmp_path / "cases.db", clock=SimulatedClock(noon(script.start)))
    seen = play(wf, script)
    yield wf, script, seen
    wf.close()


def test_oskarshamn_facts_now_and_on_every_day_something_happened(
    oskarshamn: tuple[Workflows, Script, dict[date, Snapshot]],
) -> None:
    wf, script, seen = oskarshamn
    now = wf.explain(script.case)
    check_facts(wf, script.case, now)
    assert waits(now) == snapshot(wf, script.case)
    for day, live in seen.items():
        then = wf.explain(script.case, as_of=day)
        assert then.as_of == day
        assert waits(then) == live, day
        check_facts(wf, script.case, then)


def test_oskarshamn_the_appeal_deadline_was_met_by_the_appeal(
    oskarshamn: tuple[Workflows, Script, dict[date, Snapshot]],
) -> None:
    wf, script, _ = oskarshamn
    trail = wf.history(script.case)
    appeal = next(e for e in trail if e.kind == "message")
    armed = {e.element_id: e.data["deadline"] for e in trail if e.kind == "deadline"}
    e = wf.explain(script.case)
    (period,) = [d for d in e.deadlines if appeal.element_id in d.competitors]
    assert period.outcome == "met" and period.met is True
    assert period.ended_by_id == appeal.element_id and period.ended_seq == appeal.seq
    assert period.ended_on == date.fromisoformat(appeal.data["inkom"])
    assert period.last_day.isoformat() == armed[period.element_id]["last_day"]
    assert period.ended_on <= period.last_day
    assert period.deadline is not None
    assert period.deadline.explanation in e.as_text()  # why that day, in legal_time's words
    assert all(w in e.as_text() for w in period.deadline.warnings)
    # the compliance date (set by IVO) simply passed: its timer fired; whatever could have
    # ended the wait earlier (in the model: an account of measures, an inhibition) did not come
    set_dates = [d for d in e.deadlines if d.deadline and d.deadline.kind == "set_by_decision"]
    assert set_dates
    for compliance in set_dates:
        fired = [x for x in trail if x.kind == "timer" and x.element_id == compliance.element_id]
        assert fired and compliance.outcome == "expired"
        assert compliance.ended_seq == fired[0].seq
        assert compliance.met is (False if compliance.competitors else None)
        awaited = {x.element_id for x in trail if x.kind in ("message", "task")}
        assert not set(compliance.competitors) & awaited


def _examples() -> list[Path]:
    return sorted(bundled_example().parent.glob("*.toml"))


@pytest.mark.parametrize("path", _examples(), ids=lambda path: path.stem)
def test_every_example_case_is_explained_as_it_stood_each_day(tmp_path: Path, path: Path) -> None:
    """The shipped case scripts (``ivo-flow run``): the explanation as of every day something was
    done says what the live case said that day, and its facts are the trail's."""
    script = load_script(path)
    with Workflows.open(tmp_path / "cases.db", clock=SimulatedClock(noon(script.start))) as wf:
        if script.process not in {p.id for p in wf.processes()}:
            pytest.skip(f"the process {script.process} is not in the library yet")
        seen = play(wf, script)
        check_facts(wf, script.case)
        for day, live in seen.items():
            then = wf.explain(script.case, as_of=day)
            assert waits(then) == live, day
            check_facts(wf, script.case, then)


def test_as_of_before_and_after_the_appeal(
    oskarshamn: tuple[Workflows, Script, dict[date, Snapshot]],
) -> None:
    wf, script, seen = oskarshamn
    trail = wf.history(script.case)
    appeal = next(e for e in trail if e.kind == "message")
    appeal_day = day_of(appeal.at)
    before = wf.explain(script.case, as_of=appeal_day - timedelta(days=1))
    after = wf.explain(script.case, as_of=appeal_day)

    # before: the appeal is awaited, racing the appeal period (other messages may be awaited too)
    (awaited,) = [m for m in before.messages if m.element_id == appeal.element_id]
    period = next(d for d in before.deadlines if appeal.element_id in d.competitors)
    assert period.outcome == "pending" and period.met is None
    assert awaited.until == period.last_day
    assert period.element_id in {t.element_id for t in before.timers}
    assert waits(before) == seen[max(day for day in seen if day < appeal_day)]
    assert max(s.seq for s in before.steps) < appeal.seq
    # what follows once the appeal period has run out (the injunction becomes final, what IVO
    # can do then): its earliest day follows the armed deadlines
    armed = {t.element_id: t.last_day for t in before.timers}
    finality = [
        p
        for p in before.possibilities
        if period.element_id in {r.element_id for r in p.requirements}
    ]
    assert finality, "something waits for the appeal period to run out"
    for p in finality:
        needed = [armed[r.element_id] for r in p.requirements if r.element_id in armed]
        unknown = [r for r in p.requirements if r.kind == "timer" and r.day is None]
        assert p.earliest == (None if unknown else max(needed))  # a timer not armed yet
        assert format_date_sv(period.last_day) in p.sentence
        assert p.legal_basis in p.sentence

    # after: the appeal arrived in time; the period no longer runs; the awaited message is gone
    assert appeal.element_id not in {m.element_id for m in after.messages}
    period_after = next(d for d in after.deadlines if d.element_id == period.element_id)
    assert period_after.outcome == "met" and period_after.ended_seq == appeal.seq
    assert period.element_id not in {t.element_id for t in after.timers}
    assert {s.seq for s in after.steps} > {s.seq for s in before.steps}
    assert [p.element_id for p in after.possibilities] != [
        p.element_id for p in before.possibilities
    ]
    check_facts(wf, script.case, before)
    check_facts(wf, script.case, after)


def test_as_of_before_the_case_started_is_refused(
    oskarshamn: tuple[Workflows, Script, dict[date, Snapshot]],
) -> None:
    wf, script, _ = oskarshamn
    with pytest.raises(InputError, match="had not started"):
        wf.explain(script.case, as_of=script.start - timedelta(days=1))


def test_unverified_choices_name_the_parameter_and_the_warnings(
    oskarshamn: tuple[Workflows, Script, dict[date, Snapshot]],
) -> None:
    wf, script, _ = oskarshamn
    e = wf.explain(script.case)
    parameters = {u.parameter: u.value for u in e.unverified if u.source == "parameter"}
    assert "allman_part" in parameters and parameters["allman_part"] is None
    warnings = [w for d in e.deadlines if d.deadline for w in d.deadline.warnings]
    assert warnings
    assert set(warnings) <= {
        u.text.split(": ", 1)[1] for u in e.unverified if u.source == "deadline"
    }
    model = [u for u in e.unverified if u.source == "model"]
    passed = {event.element_id for event in wf.history(script.case)}
    waiting = {m.element_id for m in e.messages}  # e.g. IVO may still withdraw the injunction
    assert model and all(u.element_id in passed | waiting | {e.process_id} for u in model)
    assert all("OVERIFIERA" in u.text for u in model)


# -- variants of the injunction ------------------------------------------------------------------


@pytest.fixture
def wf(tmp_path: Path) -> Iterator[Workflows]:
    workflows = Workflows.open(
        tmp_path / "cases.db", clock=SimulatedClock(datetime(2014, 10, 1, 10, tzinfo=UTC))
    )
    yield workflows
    workflows.close()


def _served(wf: Workflows, case_id: str) -> None:
    script = load_script(bundled_example())
    wf.start(script.process, case_id=case_id, data=script.data)
    first = script.events[0]
    wf.complete(case_id, first.target, first.data)


def test_the_arrival_day_recorded_decides_a_late_appeal(wf: Workflows) -> None:
    """Registered on the last day, but recorded as having come in the day after: late (the
    process's own timeliness check reads the same day and refuses it)."""
    _served(wf, "sen")
    period = next(t for t in wf.case("sen").timers if t.deadline and t.deadline.kind == "statutory")
    assert period.deadline is not None
    last = period.deadline.last_day
    wf.advance_to(noon(last))
    late = last + timedelta(days=1)
    wf.message("sen", "overklagande_inkommer", {"inkom": late.isoformat()}, actor="Kommunen")
    e = wf.explain("sen")
    d = next(d for d in e.deadlines if d.element_id == period.element_id)
    assert d.outcome == "late" and d.met is False and d.ended_on == late
    timely = [x for x in wf.history("sen") if x.kind == "gateway" and x.data.get("values")]
    assert any(False in x.data["values"].values() for x in timely)  # the process agrees
    check_facts(wf, "sen", e)
    assert waits(e) == snapshot(wf, "sen")


def test_no_appeal_the_period_expired(wf: Workflows) -> None:
    _served(wf, "ingen")
    period = next(
        t for t in wf.case("ingen").timers if t.deadline and t.deadline.kind == "statutory"
    )
    wf.advance_to(period.due_at + timedelta(days=1))
    e = wf.explain("ingen")
    d = next(d for d in e.deadlines if d.element_id == period.element_id)
    assert d.outcome == "expired" and d.met is False and d.competitors
    # what raced the period is no longer awaited (other messages may still be, e.g. a late
    # appeal, an account of measures)
    assert not set(d.competitors) & {m.element_id for m in e.messages}
    check_facts(wf, "ingen", e)
    assert waits(e) == snapshot(wf, "ingen")


# -- a small model: DMN with a statute column, boundary timer, an unverified parameter -----------

DMN = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="defs_val" name="Val"
    namespace="test">
  <decision id="val" name="Val av åtgärd">
    <decisionTable id="tabell_val" hitPolicy="UNIQUE">
      <input id="in_allvar" label="Allvar">
        <inputExpression id="in_allvar_x" typeRef="string"><text>allvar</text></inputExpression>
      </input>
      <output id="ut_atgard" label="Åtgärd" name="atgard" typeRef="string" />
      <output id="ut_lagrum" label="lagrum" name="val_lagrum" typeRef="string" />
      <rule id="regel_lag">
        <description>Lindrigt: kritik</description>
        <inputEntry id="r1_in"><text>'lag'</text></inputEntry>
        <outputEntry id="r1_ut1"><text>'kritik'</text></outputEntry>
        <outputEntry id="r1_ut2"><text>'28 kap. 3 § socialtjänstlagen (2025:400)'</text></outputEntry>
      </rule>
      <rule id="regel_hog">
        <description>Allvarligt: begär yttrande</description>
        <inputEntry id="r2_in"><text>'hog'</text></inputEntry>
        <outputEntry id="r2_ut1"><text>'yttrande'</text></outputEntry>
        <outputEntry id="r2_ut2"><text>'28 kap. 5 § socialtjänstlagen (2025:400)'</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
</definitions>
"""  # noqa: E501

MODEL = (
    HEAD.format(pid="prov")
    + """<bpmn:process id="prov" name="Provprocess" isExecutable="true">
  <bpmn:documentation>Lagrum: test</bpmn:documentation>
  <bpmn:laneSet id="ls"><bpmn:lane id="l_ivo" name="IVO"><bpmn:flowNodeRef>b</bpmn:flowNodeRef>
    <bpmn:flowNodeRef>valj</bpmn:flowNodeRef><bpmn:flowNodeRef>g</bpmn:flowNodeRef>
    <bpmn:flowNodeRef>kritik</bpmn:flowNodeRef><bpmn:flowNodeRef>paminn</bpmn:flowNodeRef>
    <bpmn:flowNodeRef>s1</bpmn:flowNodeRef><bpmn:flowNodeRef>s2</bpmn:flowNodeRef>
    <bpmn:flowNodeRef>s3</bpmn:flowNodeRef></bpmn:lane>
    <bpmn:lane id="l_kom" name="Kommunen"><bpmn:flowNodeRef>yttra</bpmn:flowNodeRef>
    <bpmn:flowNodeRef>svarstid</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
  <bpmn:startEvent id="b" name="Ärende öppnat"><bpmn:documentation>Lagrum: 28 kap. 1 § SoL</bpmn:documentation></bpmn:startEvent>
  <bpmn:businessRuleTask id="valj" name="Välj åtgärd">
    <bpmn:documentation>Lagrum: 28 kap. 3 § SoL</bpmn:documentation>
    <bpmn:extensionElements><spiffworkflow:calledDecisionId>val</spiffworkflow:calledDecisionId></bpmn:extensionElements>
  </bpmn:businessRuleTask>
  <bpmn:exclusiveGateway id="g" name="Vilken åtgärd?" default="f_krit"><bpmn:documentation>Lagrum: 28 kap. 3 § SoL</bpmn:documentation></bpmn:exclusiveGateway>
  <bpmn:userTask id="kritik" name="Meddela kritik"><bpmn:documentation>Lagrum: 28 kap. 3 § SoL</bpmn:documentation></bpmn:userTask>
  <bpmn:userTask id="yttra" name="Lämna yttrande">
    <bpmn:documentation>Nämnden ska yttra sig senast den dag IVO bestämt (OVERIFIERAT om dagen flyttas; ärendeparameter svar_senast).
Lagrum: 28 kap. 5 § SoL</bpmn:documentation>
  </bpmn:userTask>
  <bpmn:boundaryEvent id="svarstid" name="Svarstiden löper ut" attachedToRef="yttra">
    <bpmn:documentation>Lagrum: 28 kap. 5 § SoL</bpmn:documentation>
    <bpmn:timerEventDefinition id="svarstid_def"><bpmn:timeDate>set_date_deadline(svar_senast)</bpmn:timeDate></bpmn:timerEventDefinition>
  </bpmn:boundaryEvent>
  <bpmn:userTask id="paminn" name="Påminn nämnden"><bpmn:documentation>Lagrum: 28 kap. 8 § SoL</bpmn:documentation></bpmn:userTask>
  <bpmn:endEvent id="s1" name="Kritik meddelad"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:endEvent>
  <bpmn:endEvent id="s2" name="Yttrande inkommet"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:endEvent>
  <bpmn:endEvent id="s3" name="Påmint"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:endEvent>
  <bpmn:sequenceFlow id="f1" sourceRef="b" targetRef="valj" />
  <bpmn:sequenceFlow id="f2" sourceRef="valj" targetRef="g" />
  <bpmn:sequenceFlow id="f_krit" name="kritik" sourceRef="g" targetRef="kritik" />
  <bpmn:sequenceFlow id="f_ytt" name="yttrande" sourceRef="g" targetRef="yttra">
    <bpmn:conditionExpression>atgard == 'yttrande'</bpmn:conditionExpression>
  </bpmn:sequenceFlow>
  <bpmn:sequenceFlow id="f3" sourceRef="kritik" targetRef="s1" />
  <bpmn:sequenceFlow id="f4" sourceRef="yttra" targetRef="s2" />
  <bpmn:sequenceFlow id="f5" sourceRef="svarstid" targetRef="paminn" />
  <bpmn:sequenceFlow id="f6" sourceRef="paminn" targetRef="s3" />
</bpmn:process>
</bpmn:definitions>
"""  # noqa: E501
)


@pytest.fixture
def prov(tmp_path: Path) -> Iterator[Workflows]:
    folder = tmp_path / "processes"
    folder.mkdir()
    (folder / "prov.bpmn").write_text(MODEL, encoding="utf-8")
    (folder / "val.dmn").write_text(DMN, encoding="utf-8")
    workflows = Workflows.open(
        tmp_path / "prov.db",
        clock=SimulatedClock(noon(date(2026, 2, 2))),
        processes=folder,
    )
    yield workflows
    workflows.close()


def _start_prov(wf: Workflows, case_id: str, allvar: str) -> None:
    wf.start("prov", case_id=case_id, data={"allvar": allvar, "svar_senast": "2026-02-20"})


def test_the_dmn_rule_and_its_statute_decide_the_gateway(prov: Workflows) -> None:
    _start_prov(prov, "hog", "hog")
    e = prov.explain("hog")
    check_facts(prov, "hog", e)
    (table,) = [d for d in e.decisions if d.kind == "dmn"]
    trail_rules = next(x for x in prov.history("hog") if x.kind == "decision").data["dmn"]
    assert [m.rule_id for m in table.dmn] == [r["id"] for r in trail_rules["rules"]]
    assert check_dmn_against_case_data(prov, "hog", e) == 1
    (match,) = table.dmn
    assert match.lagrum == prov.case("hog").data["val_lagrum"]
    assert match.lagrum in table.sentence and match.description in table.sentence
    (gateway,) = [d for d in e.decisions if d.kind == "gateway"]
    assert gateway.values == {"atgard": prov.case("hog").data["atgard"]}
    assert [m.rule_id for m in gateway.dmn] == [match.rule_id]  # the data came from that rule
    assert match.lagrum in gateway.sentence
    # the boundary timer runs while the task waits; the parameter it reads is unverified
    assert waits(e) == snapshot(prov, "hog")
    (running,) = e.deadlines
    assert running.outcome == "pending" and running.competitors == ("yttra",)
    unverified = {u.parameter: u.value for u in e.unverified if u.source == "parameter"}
    assert unverified == {"svar_senast": "2026-02-20"}
    # next: the municipality answers, or the time runs out and IVO reminds it
    nexts = {p.element_id: p for p in e.possibilities}
    assert nexts["paminn"].earliest == running.last_day
    assert nexts["s2"].earliest is not None and nexts["s2"].earliest <= running.last_day


def test_a_boundary_deadline_is_met_when_the_task_is_done_in_time(prov: Workflows) -> None:
    _start_prov(prov, "svar", "hog")
    prov.advance_to(noon(date(2026, 2, 10)))
    prov.complete("svar", "yttra", {"inkom": "2026-02-09"})
    e = prov.explain("svar")
    (d,) = e.deadlines
    assert d.outcome == "met" and d.met is True and d.ended_on == date(2026, 2, 9)
    assert not e.is_open and e.possibilities == ()
    check_facts(prov, "svar", e)


def test_a_boundary_deadline_that_fires_interrupts_the_task(prov: Workflows) -> None:
    _start_prov(prov, "tyst", "hog")
    prov.advance_to(noon(date(2026, 2, 23)))
    e = prov.explain("tyst")
    (d,) = e.deadlines
    assert d.outcome == "expired" and d.met is False
    assert waits(e) == snapshot(prov, "tyst") == (("paminn",), ())
    check_facts(prov, "tyst", e)
    then = prov.explain("tyst", as_of=date(2026, 2, 20))  # the last day itself: still running
    assert waits(then) == (("yttra",), (("svarstid", date(2026, 2, 20)),))
    check_facts(prov, "tyst", then)


def test_the_other_rule(prov: Workflows) -> None:
    _start_prov(prov, "lag", "lag")
    e = prov.explain("lag")
    check_facts(prov, "lag", e)
    assert check_dmn_against_case_data(prov, "lag", e) == 1
    assert e.deadlines == () and waits(e) == (("kritik",), ())


# -- each other process of the library -----------------------------------------------------------


class Drive:
    """One case driven step by step on simulated time; the live state is kept after each step,
    by day, so that the explanation as of that day can be compared with it."""

    def __init__(self, wf: Workflows, case_id: str) -> None:
        self.wf, self.case_id = wf, case_id
        self.seen: dict[date, Snapshot] = {}

    def _keep(self) -> None:
        self.seen[day_of(self.wf.clock.now())] = snapshot(self.wf, self.case_id)

    def on(self, day: str) -> None:
        self.wf.advance_to(noon(date.fromisoformat(day)))
        self._keep()

    def start(self, process_id: str, data: dict[str, Any]) -> None:
        self.wf.start(process_id, case_id=self.case_id, data=data)
        self._keep()

    def complete(self, element_id: str, data: dict[str, Any] | None = None) -> None:
        self.wf.complete(self.case_id, element_id, data or {})
        self._keep()

    def message(self, name: str, data: dict[str, Any] | None = None) -> None:
        self.wf.message(self.case_id, name, data or {})
        self._keep()


def _uppfoljning(drive: Drive) -> None:
    """Norrköping 2015: the account arrives in time, IVO escalates to an injunction (the
    injunction process runs as a call activity), which is served and then complied with."""
    drive.wf.advance_to(noon(date(2015, 1, 13)))
    drive.start(
        "uppfoljning",
        {
            "kommun": "Norrköpings kommun",
            "adressat": "Socialnämnden i Norrköpings kommun",
            "beslutsdatum": "2015-01-13",
            "redovisning_senast": "2015-04-15",
            "krav": "säkerställ att individuellt anpassade insatser föregås av utredning",
        },
    )
    drive.on("2015-04-15")
    drive.message("redovisning_inkommer", {"inkom": "2015-04-15"})
    drive.complete(
        "bedom_uppfoljningen",
        {
            "val": "forelaggande_avhjalpa",
            "atgarder": "insatserna ska föregås av utredning, bedömning och beslut",
            "atgardsfrist": "2015-09-30",
            "vite_belopp": 500_000,
            "forelaggande_beslutsdatum": "2015-05-04",
        },
    )
    drive.on("2015-05-06")
    drive.complete("delge_forelaggandet", {"delgivningsdatum": "2015-05-06"})
    drive.on("2015-10-01")
    drive.complete("kontrollera_efterlevnad", {"foljt": True})


def _uppfoljning_paminnelse(drive: Drive) -> None:
    """Älmhult 2016: no account by the set day (the timer fires), IVO sends a reminder with a
    new day (the same deadline armed again), the account then comes in time and is accepted."""
    drive.wf.advance_to(noon(date(2016, 1, 28)))
    drive.start(
        "uppfoljning",
        {
            "kommun": "Älmhults kommun",
            "adressat": "Socialnämnden i Älmhults kommun",
            "beslutsdatum": "2016-01-28",
            "redovisning_senast": "2016-03-30",
            "krav": "redovisa vidtagna och planerade åtgärder",
        },
    )
    drive.on("2016-04-01")
    drive.complete(
        "bedom_uppfoljningen", {"val": "paminnelse", "ny_redovisning_senast": "2016-04-15"}
    )
    drive.on("2016-04-12")
    drive.message("redovisning_inkommer", {"inkom": "2016-04-12"})
    drive.complete("bedom_uppfoljningen", {"val": "godta"})


OSKARSHAMN_FACTS: dict[str, Any] = {
    "adressat": "Socialnämnden i Oskarshamns kommun",
    "kommun": "Oskarshamns kommun",
    "beslutsdatum": "2014-10-01",
    "atgarder": "MI m.fl. ska föregås av utredning, bedömning och beslut",
    "atgardsfrist": "2015-01-19",
    "vite_belopp": 1_000_000,
    "allman_part": None,
}


def _overklagande(drive: Drive) -> None:
    """The appeal on its own: lodged in time, forwarded, upheld by förvaltningsrätten, appealed
    to kammarrätten, which refuses leave to appeal; the injunction stands."""
    drive.wf.advance_to(noon(date(2014, 10, 20)))
    drive.start(
        "overklagande",
        {
            **OSKARSHAMN_FACTS,
            "delgivningsdatum": "2014-10-03",
            "overklagande": {"inkom": "2014-10-20"},
        },
    )
    drive.on("2014-10-21")
    drive.complete("overlamna_till_forvaltningsratten")
    drive.on("2015-03-02")
    drive.complete(
        "forvaltningsrattens_dom",
        {"utgang": "fastställt", "fr_domsdatum": "2015-03-02", "dom_delgiven": "2015-03-02"},
    )
    drive.on("2015-03-16")
    drive.message("fr_domen_overklagas", {"inkom": "2015-03-16", "klagande": "kommunen"})
    drive.on("2015-05-04")
    drive.complete(
        "provningstillstand_kammarratten",
        {"pt_beviljat": False, "kr_beslutsdatum": "2015-05-04", "kr_beslut_delgiven": "2015-05-04"},
    )
    drive.on("2015-06-01")


def _utdomande_av_vite(drive: Drive) -> None:
    """The imposition on its own (Oskarshamn's injunction final on 24 March 2015, not complied
    with): IVO applies, förvaltningsrätten imposes the fine, nobody appeals."""
    drive.wf.advance_to(noon(date(2015, 4, 1)))
    drive.start(
        "utdomande_av_vite",
        {
            **OSKARSHAMN_FACTS,
            "delgivningsdatum": "2014-10-03",
            "laga_kraft_datum": "2015-03-24",
            "foljt": False,
            "allman_part": False,
        },
    )
    drive.on("2015-04-02")
    drive.complete("ansok_om_utdomande", {"ansokan_datum": "2015-04-02"})
    drive.on("2015-06-10")
    drive.complete(
        "forvaltningsratten_provar_ansokan",
        {"fr_vitesdom_datum": "2015-06-10", "vitesdom_delgiven": "2015-06-12"},
    )
    drive.on("2015-07-10")


def _forbud(drive: Drive) -> None:
    """A temporary prohibition (danger to life and health): served, not appealed, extended once
    for extraordinary reasons, then it lapses."""
    drive.wf.advance_to(noon(date(2016, 3, 1)))
    drive.start(
        "forbud",
        {
            "forbud_typ": "tillfalligt_forbud",
            "beslutsdatum": "2016-03-01",
            "grund": "fara_for_liv_halsa_personlig_sakerhet",
            "adressat": "Socialnämnden i Östra Göinge kommun",
            "kommun": "Östra Göinge kommun",
            "allman_part": False,
        },
    )
    drive.on("2016-03-02")
    drive.complete("delge_forbudet", {"delgivningsdatum": "2016-03-02"})
    drive.on("2016-04-01")
    drive.on("2016-08-20")
    drive.message(
        "tillfalligt_forbud_forlangs",
        {"synnerliga_skal": "utredningen kräver mer tid", "beslutsdatum": "2016-08-20"},
    )
    drive.on("2017-03-10")


def _forelaggande_genom_domstolarna(drive: Drive) -> None:
    """Oskarshamn carried on: the appeal is rejected by förvaltningsrätten, nobody appeals the
    judgment, IVO finds the injunction not complied with and applies for the fine (the appeal and
    the imposition run as call activities)."""
    drive.wf.advance_to(noon(date(2014, 10, 1)))
    drive.start("forelaggande", OSKARSHAMN_FACTS)
    drive.on("2014-10-03")
    drive.complete("delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    drive.on("2014-10-20")
    drive.message("overklagande_inkommer", {"inkom": "2014-10-20"})
    drive.on("2014-10-21")
    drive.complete("overlamna_till_forvaltningsratten")
    drive.on("2015-01-20")
    drive.complete("kontrollera_efterlevnad", {"foljt": False})
    drive.on("2015-03-02")
    drive.complete(
        "forvaltningsrattens_dom",
        {"utgang": "fastställt", "fr_domsdatum": "2015-03-02", "dom_delgiven": "2015-03-02"},
    )
    drive.on("2015-03-30")
    for task in [t.element_id for t in drive.wf.case(drive.case_id).tasks]:
        if task == "overvag_fortsatta_atgarder":
            drive.complete(task, {"atgard": "ansok_om_utdomande"})
    drive.on("2015-04-02")
    if "ansok_om_utdomande" in {t.element_id for t in drive.wf.case(drive.case_id).tasks}:
        drive.complete("ansok_om_utdomande", {"ansokan_datum": "2015-04-02"})


NORRKOPING_TILLSYN: dict[str, Any] = {
    "kommun": "Norrköpings kommun",
    "adressat": "Socialnämnden i Norrköpings kommun",
    "organisation": "Norrköpings kommun, socialnämnden",
    "verksamhetsomrade": "missbruk och beroende",
    "tillsyn_dnr": "8.5-24146/2014",
}
ALMHULT_2019: dict[str, Any] = {
    "kommun": "Älmhults kommun",
    "organisation": "Älmhults kommun, socialnämnden",
    "verksamhetsomrade": "barn och unga",
    "adressat": "Socialnämnden i Älmhults kommun",
}


def _tillsyn(drive: Drive) -> None:
    """Norrköping 2014–2015: supervision, the draft communicated, a decision with demands and an
    account date (not appealable, the DMN says why), followed up (call activity), accepted."""
    drive.wf.advance_to(noon(date(2014, 11, 3)))
    drive.start("tillsyn", NORRKOPING_TILLSYN)
    drive.complete("avgransa_tillsynen", {"omfattning": "Öppen ingång i missbruksvården"})
    drive.complete("valj_utredningsatgard", {"nasta_steg": "kommunicera"})
    drive.complete("kommunicera_forslag", {"synpunkter_senast": "2014-12-15"})
    drive.on("2015-01-13")
    drive.complete(
        "besluta_i_tillsynsarendet",
        {
            "beslutstyp": "krav_pa_atgarder",
            "beslutsdatum": "2015-01-13",
            "krav": "individuellt anpassade insatser ska föregås av utredning och beslut",
            "redovisning_senast": "2015-04-15",
        },
    )
    drive.on("2015-04-14")
    drive.message("redovisning_inkommer", {"inkom": "2015-04-14"})
    drive.complete("bedom_uppfoljningen", {"val": "godta"})


def _tillsyn_yttrande(drive: Drive) -> None:
    """Älmhult 2019: a statement requested, the day passes, a reminder with a new day, the
    statement arrives in time."""
    drive.wf.advance_to(noon(date(2019, 3, 4)))
    drive.start("tillsyn", {**NORRKOPING_TILLSYN, "kommun": "Älmhults kommun", "adressat": None})
    drive.complete("avgransa_tillsynen", {"omfattning": "49 försenade utredningar"})
    drive.complete("valj_utredningsatgard", {"nasta_steg": "begar_yttrande"})
    drive.complete(
        "begar_yttrande",
        {"fragor": "fyra avslutade och återöppnade utredningar", "yttrande_senast": "2019-04-05"},
    )
    drive.on("2019-04-08")
    drive.complete(
        "atgard_uteblivet_yttrande",
        {"val_uteblivet": "paminnelse", "yttrande_senast": "2019-04-26"},
    )
    drive.on("2019-04-24")
    drive.message("yttrande_inkommer", {"inkom": "2019-04-24", "innehall": "svar"})


def _lex_sarah(drive: Drive) -> None:
    """Älmhult 2019: a serious irregularity reported late to IVO (a target, not law: flagged by a
    non-interrupting timer), then registered in IVO's intake (call activity) without action."""
    drive.wf.advance_to(noon(date(2019, 1, 7)))
    drive.start("lex_sarah", {**ALMHULT_2019, "snarast_dagar": 7})
    drive.complete("rapportera_missforhallandet", {"rapport": "49 försenade utredningar"})
    drive.complete("utreda_och_avhjalpa", {"utredning": "genomgång av alla utredningar"})
    drive.on("2019-01-08")
    drive.complete("bedom_allvarlighet", {"allvarligt": True, "bedomd": "2019-01-08"})
    drive.on("2019-01-21")
    drive.complete("anmal_till_ivo", {"anmald": "2019-01-21"})
    drive.complete("registrera_uppgifterna", {"dnr": "3.5.2-101/2019"})
    drive.complete("bedom_uppgifterna", {"stallningstagande": "ingen_atgard"})


def _inkommande_uppgifter(drive: Drive) -> None:
    """Equal on Farsta 2019: a complaint registered; IVO opens supervision as a new case (call
    activity), communicates and closes it without action."""
    drive.wf.advance_to(noon(date(2019, 1, 7)))
    drive.start(
        "inkommande_uppgifter",
        {
            "kalla": "klagomal",
            "kommun": "Stockholms stad",
            "organisation": "Stockholms stad, Farsta stadsdelsnämnd",
            "verksamhetsomrade": "missbruk och beroende",
            "adressat": "Farsta stadsdelsnämnd",
            "uppgiftslamnare": "Equal",
        },
    )
    drive.complete("registrera_uppgifterna", {"dnr": "3.5.1-1/2019"})
    drive.complete(
        "bedom_uppgifterna", {"stallningstagande": "oppna_tillsyn", "tillsyn_dnr": "8.1-2/2019"}
    )
    drive.complete("avgransa_tillsynen", {"omfattning": "avslut av placeringar"})
    drive.complete("valj_utredningsatgard", {"nasta_steg": "kommunicera"})
    drive.complete("kommunicera_forslag", {"synpunkter_senast": "2019-01-21"})
    drive.on("2019-01-22")
    drive.complete(
        "besluta_i_tillsynsarendet", {"beslutstyp": "utan_atgard", "beslutsdatum": "2019-01-22"}
    )


def _monsteranalys(drive: Drive) -> None:
    """Farsta's signals within the window: three complaints on the same ground and an action plan
    not followed; the table lists every threshold reached, with reasons and statutes."""
    drive.wf.advance_to(noon(date(2019, 6, 3)))
    drive.start(
        "monsteranalys",
        {
            "organisation": "Stockholms stad, Farsta stadsdelsnämnd",
            "verksamhetsomrade": "missbruk och beroende",
            "klagomal_samma_grund": 3,
            "redovisning_sen_eller_saknas": 0,
            "redovisning_otillracklig": 0,
            "kritik_samma_grund": 1,
            "atgardsplan_ej_foljd": 1,
            "forelaggande_ej_foljt": 0,
            "allvarlig_kritik": 0,
        },
    )


DRIVERS: dict[str, list[Callable[[Drive], None]]] = {
    "tillsyn": [_tillsyn, _tillsyn_yttrande],
    "lex_sarah": [_lex_sarah],
    "inkommande_uppgifter": [_inkommande_uppgifter],
    "monsteranalys": [_monsteranalys],
    "forelaggande": [_forelaggande_genom_domstolarna],
    "uppfoljning": [_uppfoljning, _uppfoljning_paminnelse],
    "overklagande": [_overklagande],
    "utdomande_av_vite": [_utdomande_av_vite],
    "forbud": [_forbud],
}


def _library() -> list[str]:
    with Workflows.open(":memory:") as workflows:
        return [p.id for p in workflows.processes()]


def _cases() -> list[Any]:
    found = []
    for process_id in _library():
        drivers = DRIVERS.get(process_id, [])
        found += [pytest.param(d, id=f"{process_id}-{d.__name__.strip('_')}") for d in drivers]
        if not drivers:
            found.append(
                pytest.param(
                    None,
                    id=process_id,
                    marks=pytest.mark.skip(reason=f"no driver for {process_id} yet"),
                )
            )
    return found


@pytest.mark.parametrize("driver", _cases())
def test_each_other_process(tmp_path: Path, driver: Callable[[Drive], None]) -> None:
    with Workflows.open(
        tmp_path / "cases.db", clock=SimulatedClock(noon(date(2014, 1, 1)))
    ) as workflows:
        drive = Drive(workflows, "fall")
        driver(drive)
        e = workflows.explain(drive.case_id)
        check_facts(workflows, drive.case_id, e)
        assert waits(e) == snapshot(workflows, drive.case_id)
        check_dmn_against_case_data(workflows, drive.case_id, e)
        for day, live in drive.seen.items():
            then = workflows.explain(drive.case_id, as_of=day)
            assert waits(then) == live, day
            check_facts(workflows, drive.case_id, then)


# -- the command ---------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "run"])
    assert result.exit_code == 0, result.output
    return path


def invoke(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, ["--db", str(db), "explain", *args])
    assert "Traceback" not in result.output + result.stderr
    return result


def test_cli_text_is_the_account_one_paragraph_per_line(db: Path) -> None:
    result = invoke(db, "oskarshamn-2014")
    assert result.exit_code == 0, result.stderr
    with Workflows.open(db) as workflows:
        e = workflows.explain("oskarshamn-2014")
    assert result.stdout == e.as_text()
    lines = result.stdout.splitlines()
    for step in e.steps:
        assert any(line.endswith(step.sentence) for line in lines)  # never wrapped


def test_cli_json_carries_the_same_facts(db: Path) -> None:
    result = invoke(db, "oskarshamn-2014", "--json", "--as-of", "10 oktober 2014")
    assert result.exit_code == 0, result.stderr
    (record,) = json.loads(result.stdout)
    with Workflows.open(db) as workflows:
        e = workflows.explain("oskarshamn-2014", as_of=date(2014, 10, 10))
    assert record == json.loads(json.dumps(e.as_json()))
    assert record["id"] == "oskarshamn-2014" and record["as_of"] == "2014-10-10"
    text = invoke(db, "oskarshamn-2014", "--as-of", "2014-10-10").stdout
    for section in ("steps", "deadlines", "decisions", "tasks", "messages", "timers"):
        for item in record[section]:
            assert item["sentence"] in text
    for d in record["deadlines"]:
        assert date.fromisoformat(d["last_day"])
        assert format_date_sv(date.fromisoformat(d["last_day"])) in text


@pytest.mark.parametrize("bad", ["2014-13-01", "igår", "30/3"])
def test_cli_bad_as_of_is_one_line(db: Path, bad: str) -> None:
    result = invoke(db, "oskarshamn-2014", "--as-of", bad)
    assert result.exit_code == InputError.exit_code
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and bad in result.stderr


def test_cli_as_of_before_the_start_and_unknown_case_are_one_line(db: Path) -> None:
    early = invoke(db, "oskarshamn-2014", "--as-of", "2014-09-30")
    assert early.exit_code == InputError.exit_code and len(early.stderr.splitlines()) == 1
    unknown = invoke(db, "finns-inte")
    assert unknown.exit_code != 0 and len(unknown.stderr.splitlines()) == 1


def test_the_case_page_has_the_explanation(db: Path) -> None:
    with Workflows.open(db) as workflows:
        page = workflows.case_page("oskarshamn-2014")
        e = workflows.explain("oskarshamn-2014")
    assert '<section id="forklaring">' in page
    for step in e.steps:
        assert escape(step.sentence, quote=False) in page or escape(step.sentence) in page
