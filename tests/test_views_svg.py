"""views.svg (issue 6): a BPMN file's own DI drawn as SVG, with a case's state coloured in."""

# ruff: noqa: E501  (the BPMN fixture below reads better unwrapped)

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree
from views_case import CASE, oskarshamn

from ivo_workflow import CaseView, ClockError, SpecError, TaskView
from ivo_workflow.views.svg import (
    BpmnModel,
    Highlight,
    flow_labels,
    highlight_for_case,
    process_ids,
    render_svg,
)

PROCESSES = Path(__file__).resolve().parents[1] / "processes"
BPMN_FILES = sorted(PROCESSES.glob("*.bpmn"))
SVG = "{http://www.w3.org/2000/svg}"
DI = "{http://www.omg.org/spec/BPMN/20100524/DI}"
DC = "{http://www.omg.org/spec/DD/20100524/DC}"
WAYPOINT = "{http://www.omg.org/spec/DD/20100524/DI}waypoint"


def parse(svg: str) -> etree._Element:
    root = etree.fromstring(svg.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    return root


def drawn(root: etree._Element) -> dict[str, etree._Element]:
    found: dict[str, etree._Element] = {}
    for node in root.iter(f"{SVG}g"):
        element_id = node.get("data-element-id")
        if element_id:
            assert element_id not in found, f"{element_id} drawn twice"
            found[element_id] = node
    return found


def di_ids(plane: etree._Element) -> set[str]:
    return {
        node.get("bpmnElement", "")
        for node in plane
        if node.tag in {f"{DI}BPMNShape", f"{DI}BPMNEdge"}
    }


def di_extent(plane: etree._Element) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for bounds in plane.iter(f"{DC}Bounds"):
        x, y = float(bounds.get("x", 0)), float(bounds.get("y", 0))
        xs += [x, x + float(bounds.get("width", 0))]
        ys += [y, y + float(bounds.get("height", 0))]
    for point in plane.iter(WAYPOINT):
        xs.append(float(point.get("x", 0)))
        ys.append(float(point.get("y", 0)))
    return min(xs), min(ys), max(xs), max(ys)


def classes(node: etree._Element) -> set[str]:
    return set(node.get("class", "").split())


# -- every element of every process ----------------------------------------------------------


def test_the_process_set_is_not_empty() -> None:
    assert BPMN_FILES, f"no BPMN files in {PROCESSES}"


@pytest.mark.parametrize("path", BPMN_FILES, ids=[p.name for p in BPMN_FILES])
def test_every_element_with_di_is_drawn_and_the_viewbox_fits(path: Path) -> None:
    data = path.read_bytes()
    source = etree.fromstring(data)
    diagrams = source.findall(f"{DI}BPMNDiagram")
    assert diagrams, f"{path.name} has no diagram"
    for diagram in diagrams:
        plane = diagram.find(f"{DI}BPMNPlane")
        assert plane is not None
        root = parse(render_svg(data, diagram_id=diagram.get("id"), filename=path.name))
        assert set(drawn(root)) == di_ids(plane)
        vx, vy, vw, vh = (float(v) for v in root.get("viewBox", "").split())
        x0, y0, x1, y1 = di_extent(plane)
        assert vx <= x0 and vy <= y0 and vx + vw >= x1 and vy + vh >= y1
        assert x0 - vx <= 50 and y0 - vy <= 50  # fits: no large empty border
        assert vx + vw - x1 <= 120 and vy + vh - y1 <= 120
        assert float(root.get("width", 0)) == vw and float(root.get("height", 0)) == vh


@pytest.mark.parametrize("path", BPMN_FILES, ids=[p.name for p in BPMN_FILES])
def test_each_process_finds_its_diagram(path: Path) -> None:
    data = path.read_bytes()
    for process_id in process_ids(data):
        root = parse(render_svg(data, process_id=process_id))
        assert root.get("data-process-id") == process_id
        model = BpmnModel(data)
        shown = {model.process_of.get(i) for i in drawn(root)} - {None}
        assert process_id in shown


def test_forelaggande_shapes_and_markers() -> None:
    root = parse(render_svg((PROCESSES / "forelaggande.bpmn").read_bytes()))
    elements = drawn(root)
    assert elements["delge_forelaggandet"].get("data-kind") == "userTask"
    assert elements["overklagas_forelaggandet"].get("data-kind") == "eventBasedGateway"
    gateway = elements["overklagas_forelaggandet"]
    assert len(gateway.findall(f"{SVG}polygon")) == 3  # halo, body, pentagon
    # lanes carry their names, rotated
    lane_text = elements["lane_kommunen"].find(f"{SVG}text")
    assert lane_text is not None and lane_text.get("transform", "").startswith("rotate(-90")
    assert "Kommunen" in "".join(lane_text.itertext())
    # an end event is drawn thick, a terminate end with a filled circle
    body = elements["forelaggandet_upphavt"].findall(f"{SVG}circle")
    assert any(c.get("stroke-width") == "4" for c in body)
    assert any("bpmn-icon-filled" in classes(c) for c in body)
    # intermediate events: a double ring; timers get a clock
    timer = elements["overklagandetiden_loper_ut"]
    assert len([c for c in timer.findall(f"{SVG}circle") if "bpmn-body" in classes(c)]) == 2
    # a default flow is marked at its source, every sequence flow has an arrowhead
    default = elements["flow_forelaggandet_fullstandigt_till_forelaggandet_ofullstandigt"]
    line = default.find(f"{SVG}polyline")
    assert line is not None and "default" in line.get("marker-start", "")
    for element_id, node in elements.items():
        if node.get("data-kind") == "sequenceFlow":
            polyline = node.find(f"{SVG}polyline")
            assert polyline is not None and "arrow" in polyline.get("marker-end", ""), element_id
    # flow labels (ja/nej) are written
    yes = elements["flow_forelaggandet_fullstandigt_till_delge_forelaggandet"]
    assert "ja" in "".join(yes.itertext())


def test_without_a_highlight_there_are_no_states_and_no_legend() -> None:
    svg = render_svg((PROCESSES / "forelaggande.bpmn").read_bytes())
    assert "bpmn-state-" not in svg.split("</style>", 1)[1]
    assert 'data-legend="states"' not in svg


# -- a case on the diagram ----------------------------------------------------------------


def test_highlight_of_the_appealed_case(tmp_path: Path) -> None:
    wf, _clock = oskarshamn(tmp_path / "cases.db", "appealed")
    with wf:
        data = wf.process_source("forelaggande", CASE)
        case, history = wf.case(CASE), wf.history(CASE)
        late = datetime(2015, 1, 25, 12, tzinfo=UTC)  # after 19 January, the timer not yet fired
        highlight = highlight_for_case(case, history, late, bpmn=data)
        # the judgment inside the called appeal process, the call activity that waits for it and
        # the compliance date (the event-based gateway also listens for an account or inhibition)
        assert {"forvaltningsrattens_dom", "overklagandet_provas", "atgardsfristen_loper_ut"} <= (
            highlight.waiting
        )
        assert highlight.overdue == {"atgardsfristen_loper_ut"}
        assert {"forelaggande_beslutat", "delge_forelaggandet", "overklagande_inkommer"} <= (
            highlight.completed
        )
        assert "overklagandetiden_loper_ut" not in highlight.completed  # withdrawn, never fired
        root = parse(render_svg(data, process_id="forelaggande", highlight=highlight))
        elements = drawn(root)

    def state(element_id: str) -> str:
        return elements[element_id].get("data-state", "")

    assert state("delge_forelaggandet") == "completed"
    assert "bpmn-state-completed" in classes(elements["delge_forelaggandet"])
    # the diagram is forelaggande.bpmn: the judgment itself is drawn in overklagande.bpmn
    assert state("overklagandet_provas") == "waiting"
    assert "bpmn-state-waiting" in classes(elements["overklagandet_provas"])
    assert state("atgardsfristen_loper_ut") == "overdue"
    assert "bpmn-state-overdue" in classes(elements["atgardsfristen_loper_ut"])
    assert state("sent_overklagande_inkommer") == "not-reached"
    assert state("overklagandetiden_loper_ut") == "not-reached"
    # flows: the recorded branch is traversed, the other one is not
    taken = elements["flow_overklagas_forelaggandet_till_overklagande_inkommer"]
    assert "bpmn-traversed" in classes(taken)
    assert "bpmn-traversed" in classes(elements["flow_dela_frister_till_vantar_pa_efterlevnad"])
    into_waiting = elements["flow_overklagande_inkommer_till_overklagandet_provas"]
    assert "bpmn-traversed" in classes(into_waiting)
    assert "bpmn-not-traversed" in classes(
        elements["flow_overklagas_forelaggandet_till_overklagandetiden_loper_ut"]
    )
    # pools and lanes are never coloured; the legend names every state
    assert "data-state" not in elements["lane_ivo"].attrib
    legend = [n for n in root.iter(f"{SVG}g") if n.get("data-legend-state")]
    assert {n.get("data-legend-state") for n in legend} == {
        "completed",
        "waiting",
        "overdue",
        "not-reached",
        "traversed",
    }


def test_the_facade_diagram_uses_its_clock(tmp_path: Path) -> None:
    wf, _clock = oskarshamn(tmp_path / "cases.db", "served")
    with wf:
        elements = drawn(parse(wf.diagram("forelaggande", CASE)))
    # on 3 October both deadlines run, nothing is overdue; the event-based gateway waits for
    # the appeal (a message) or the end of the appeal period (a timer)
    assert elements["atgardsfristen_loper_ut"].get("data-state") == "waiting"
    assert elements["overklagandetiden_loper_ut"].get("data-state") == "waiting"
    assert elements["overklagande_inkommer"].get("data-state") == "waiting"
    assert elements["overklagas_forelaggandet"].get("data-state") == "waiting"
    assert elements["dela_frister"].get("data-state") == "completed"


def test_a_closed_case_waits_nowhere(tmp_path: Path) -> None:
    wf, clock = oskarshamn(tmp_path / "cases.db", "closed")
    with wf:
        highlight = highlight_for_case(
            wf.case(CASE), wf.history(CASE), clock.now(), bpmn=wf.process_source("forelaggande")
        )
    assert not highlight.waiting and not highlight.overdue
    assert {"ansok_om_utdomande", "ansokan_om_utdomande_ingiven"} <= highlight.completed
    assert "flow_utdomandet_provas_till_ansokan_om_utdomande_ingiven" in highlight.traversed_flows


def test_highlight_needs_an_aware_now(tmp_path: Path) -> None:
    wf, _clock = oskarshamn(tmp_path / "cases.db", "served")
    with wf, pytest.raises(ClockError):
        highlight_for_case(wf.case(CASE), wf.history(CASE), datetime(2015, 1, 1))


def test_highlight_state_precedence() -> None:
    highlight = Highlight(completed={"a", "b", "c"}, waiting={"b", "c"}, overdue={"c"})
    assert [highlight.state(i) for i in "abcd"] == [
        "completed",
        "waiting",
        "overdue",
        "not-reached",
    ]


# -- every kind of element, and names that need escaping ------------------------------------

NASTY = "Pröva <krav> & \"skäl\" 'nu'"

KITCHEN_SINK = f"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="defs" targetNamespace="test">
  <bpmn:collaboration id="collab">
    <bpmn:participant id="pool_a" name="IVO &amp; co" processRef="alla" />
    <bpmn:participant id="pool_b" name="Kommunen" />
    <bpmn:messageFlow id="mf" name="brev" sourceRef="skicka" targetRef="pool_b" />
    <bpmn:textAnnotation id="note"><bpmn:text>Obs: &lt;viktigt&gt;</bpmn:text></bpmn:textAnnotation>
    <bpmn:association id="assoc" sourceRef="note" targetRef="granska" />
  </bpmn:collaboration>
  <bpmn:message id="msg" name="svar" />
  <bpmn:process id="alla" name="Alla sorter" isExecutable="false">
    <bpmn:laneSet id="ls"><bpmn:lane id="lane_x" name="Handläggare &lt;1&gt;">
      <bpmn:flowNodeRef>start</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
    <bpmn:startEvent id="start" name="Start"><bpmn:messageEventDefinition messageRef="msg" /></bpmn:startEvent>
    <bpmn:userTask id="granska" name="{NASTY.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")}" />
    <bpmn:scriptTask id="skript" name="Skript" />
    <bpmn:businessRuleTask id="regel" name="Regel" />
    <bpmn:manualTask id="manuell" name="Manuell" />
    <bpmn:serviceTask id="tjanst" name="Tjänst" />
    <bpmn:sendTask id="skicka" name="Skicka" />
    <bpmn:receiveTask id="ta_emot" name="Ta emot" messageRef="msg" />
    <bpmn:callActivity id="anropa" name="Anropa" calledElement="annan">
      <bpmn:multiInstanceLoopCharacteristics isSequential="true" /></bpmn:callActivity>
    <bpmn:subProcess id="del" name="Delprocess">
      <bpmn:standardLoopCharacteristics />
      <bpmn:task id="inre" name="Inre" /></bpmn:subProcess>
    <bpmn:subProcess id="hopfald" name="Hopfälld" />
    <bpmn:boundaryEvent id="vanta_lite" name="Påminn" attachedToRef="granska" cancelActivity="false">
      <bpmn:timerEventDefinition /></bpmn:boundaryEvent>
    <bpmn:boundaryEvent id="fel" name="Fel" attachedToRef="skript"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
    <bpmn:intermediateThrowEvent id="signal" name="Signal"><bpmn:signalEventDefinition /></bpmn:intermediateThrowEvent>
    <bpmn:intermediateCatchEvent id="flera" name="Flera">
      <bpmn:messageEventDefinition /><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>
    <bpmn:exclusiveGateway id="xor" name="Val?" default="f_default" />
    <bpmn:parallelGateway id="and" />
    <bpmn:inclusiveGateway id="or" name="Eller" />
    <bpmn:complexGateway id="komplex" />
    <bpmn:eventBasedGateway id="hander" />
    <bpmn:endEvent id="stopp" name="Stopp"><bpmn:terminateEventDefinition /></bpmn:endEvent>
    <bpmn:endEvent id="eskalera" name="Eskalera"><bpmn:escalationEventDefinition /></bpmn:endEvent>
    <bpmn:dataObjectReference id="akt" name="Akten" dataObjectRef="akt_obj" />
    <bpmn:dataObject id="akt_obj" />
    <bpmn:dataStoreReference id="register" name="Register" />
    <bpmn:group id="grupp" />
    <bpmn:sequenceFlow id="f1" name="a &lt; b &amp; c" sourceRef="start" targetRef="granska" />
    <bpmn:sequenceFlow id="f_cond" sourceRef="granska" targetRef="xor">
      <bpmn:conditionExpression>x &gt; 1</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f_default" name="annars" sourceRef="xor" targetRef="stopp" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="d1">
    <bpmndi:BPMNPlane id="p1" bpmnElement="collab">
      <bpmndi:BPMNShape id="s_pool_a" bpmnElement="pool_a" isHorizontal="true"><dc:Bounds x="0" y="0" width="1400" height="400" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_lane" bpmnElement="lane_x" isHorizontal="true"><dc:Bounds x="30" y="0" width="1370" height="400" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_pool_b" bpmnElement="pool_b" isHorizontal="true"><dc:Bounds x="0" y="450" width="1400" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_start" bpmnElement="start"><dc:Bounds x="60" y="42" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_granska" bpmnElement="granska"><dc:Bounds x="130" y="20" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_skript" bpmnElement="skript"><dc:Bounds x="260" y="20" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_regel" bpmnElement="regel"><dc:Bounds x="390" y="20" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_manuell" bpmnElement="manuell"><dc:Bounds x="520" y="20" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_tjanst" bpmnElement="tjanst"><dc:Bounds x="650" y="20" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_skicka" bpmnElement="skicka"><dc:Bounds x="780" y="20" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_ta_emot" bpmnElement="ta_emot"><dc:Bounds x="910" y="20" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_anropa" bpmnElement="anropa"><dc:Bounds x="1040" y="20" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_del" bpmnElement="del" isExpanded="true"><dc:Bounds x="60" y="150" width="300" height="150" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_inre" bpmnElement="inre"><dc:Bounds x="150" y="190" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_hopfald" bpmnElement="hopfald" isExpanded="false"><dc:Bounds x="400" y="170" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_vanta" bpmnElement="vanta_lite"><dc:Bounds x="200" y="82" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_fel" bpmnElement="fel"><dc:Bounds x="330" y="82" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_signal" bpmnElement="signal"><dc:Bounds x="540" y="190" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_flera" bpmnElement="flera"><dc:Bounds x="600" y="190" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_xor" bpmnElement="xor" isMarkerVisible="true"><dc:Bounds x="680" y="185" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_and" bpmnElement="and"><dc:Bounds x="760" y="185" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_or" bpmnElement="or"><dc:Bounds x="840" y="185" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_komplex" bpmnElement="komplex"><dc:Bounds x="920" y="185" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_hander" bpmnElement="hander"><dc:Bounds x="1000" y="185" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_stopp" bpmnElement="stopp"><dc:Bounds x="1080" y="192" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_eskalera" bpmnElement="eskalera"><dc:Bounds x="1150" y="192" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_akt" bpmnElement="akt"><dc:Bounds x="1200" y="300" width="36" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_register" bpmnElement="register"><dc:Bounds x="1280" y="300" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_grupp" bpmnElement="grupp"><dc:Bounds x="520" y="160" width="500" height="120" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="s_note" bpmnElement="note"><dc:Bounds x="250" y="320" width="150" height="40" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="e_f1" bpmnElement="f1"><di:waypoint x="96" y="60" /><di:waypoint x="130" y="60" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="e_cond" bpmnElement="f_cond"><di:waypoint x="180" y="100" /><di:waypoint x="180" y="140" /><di:waypoint x="705" y="140" /><di:waypoint x="705" y="185" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="e_default" bpmnElement="f_default"><di:waypoint x="730" y="210" /><di:waypoint x="1080" y="210" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="e_mf" bpmnElement="mf"><di:waypoint x="830" y="100" /><di:waypoint x="830" y="450" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="e_assoc" bpmnElement="assoc"><di:waypoint x="300" y="320" /><di:waypoint x="180" y="100" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
"""


def test_every_kind_of_element_is_drawn_with_its_marker() -> None:
    data = KITCHEN_SINK.encode("utf-8")
    root = parse(render_svg(data))
    elements = drawn(root)
    assert set(elements) == di_ids(etree.fromstring(data).find(f"{DI}BPMNDiagram/{DI}BPMNPlane"))
    kinds = {element_id: node.get("data-kind") for element_id, node in elements.items()}
    assert kinds["anropa"] == "callActivity" and kinds["mf"] == "messageFlow"
    # call activity: thick border and a [+] marker (a rect plus a cross) at the bottom
    anropa = elements["anropa"].findall(f"{SVG}rect")
    assert any(r.get("stroke-width") == "5" for r in anropa)
    assert any(r.get("width") == "14" for r in anropa)
    assert any(r.get("width") == "14" for r in elements["hopfald"].findall(f"{SVG}rect"))
    assert not any(r.get("width") == "14" for r in elements["del"].findall(f"{SVG}rect"))
    # typed tasks carry an icon, a plain task none
    for task in ("granska", "skript", "regel", "manuell", "tjanst", "skicka", "ta_emot"):
        icons = [n for n in elements[task].iter() if {"bpmn-icon", "bpmn-icon-filled"} & classes(n)]
        assert icons, task
    # a non-interrupting boundary event is dashed, an interrupting one is not
    dashed = [c.get("stroke-dasharray") for c in elements["vanta_lite"].findall(f"{SVG}circle")]
    assert "5.5 3" in dashed
    assert not any(c.get("stroke-dasharray") for c in elements["fel"].findall(f"{SVG}circle"))
    # message flows are dashed with a circle at the start; a conditional flow from a task has a
    # diamond at its source; the default flow a slash
    mf = elements["mf"].find(f"{SVG}polyline")
    assert (
        mf is not None
        and mf.get("stroke-dasharray")
        and "message-start" in mf.get("marker-start", "")
    )
    cond = elements["f_cond"].find(f"{SVG}polyline")
    assert cond is not None and "conditional" in cond.get("marker-start", "")
    default = elements["f_default"].find(f"{SVG}polyline")
    assert default is not None and "default" in default.get("marker-start", "")
    # throw events have filled icons
    assert any("bpmn-icon-filled" in classes(n) for n in elements["signal"].iter())
    assert any("bpmn-icon-filled" in classes(n) for n in elements["stopp"].iter())


def test_names_are_escaped() -> None:
    svg = render_svg(KITCHEN_SINK.encode("utf-8"))
    root = parse(svg)  # well-formed despite < & " in names
    elements = drawn(root)
    text = " ".join("".join(t.itertext()) for t in elements["granska"].iter(f"{SVG}text"))
    assert "<krav>" in text and "&" in text and '"skäl"' in text
    assert "<krav>" not in svg and "&lt;krav&gt;" in svg
    title = elements["granska"].find(f"{SVG}title")
    assert title is not None and title.text is not None and NASTY in title.text
    assert "a < b & c" in "".join(elements["f1"].itertext())
    assert "Handläggare <1>" in " ".join(elements["lane_x"].itertext())
    assert "Obs: <viktigt>" in " ".join(elements["note"].itertext())
    assert "IVO & co" in " ".join(elements["pool_a"].itertext())


def test_flow_labels_read_as_sentences() -> None:
    labels = flow_labels((PROCESSES / "forelaggande.bpmn").read_bytes())
    assert labels["flow_forelaggandet_fullstandigt_till_delge_forelaggandet"] == (
        "ja → Delge föreläggandet"
    )


def test_hostile_or_undrawable_files_are_refused() -> None:
    doctype = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>'
    with pytest.raises(SpecError, match="DOCTYPE"):
        render_svg(doctype)
    no_di = KITCHEN_SINK.split("<bpmndi:BPMNDiagram")[0] + "</bpmn:definitions>"
    with pytest.raises(SpecError, match="no diagram"):
        render_svg(no_di.encode("utf-8"))
    with pytest.raises(SpecError, match="defines no process 'nope'"):
        render_svg(KITCHEN_SINK.encode("utf-8"), process_id="nope")
    with pytest.raises(SpecError, match="not a BPMN file"):
        render_svg(b"<svg/>")
    bad = KITCHEN_SINK.replace('x="60" y="42"', 'x="NaN" y="42"')
    with pytest.raises(SpecError, match="not finite"):
        render_svg(bad.encode("utf-8"))


def test_a_call_activity_waits_while_its_called_process_does() -> None:
    case = CaseView(
        id="c",
        process_id="alla",
        spec_hash="h",
        status="open",
        version=3,
        started_at=datetime(2015, 1, 1, tzinfo=UTC),
        updated_at=datetime(2015, 1, 2, tzinfo=UTC),
        data={},
        tasks=[TaskView("c", "inne", "Inne", None, "annan")],
        timers=[],
    )
    highlight = highlight_for_case(
        case, [], datetime(2015, 1, 3, tzinfo=UTC), bpmn=KITCHEN_SINK.encode("utf-8")
    )
    assert highlight.waiting == {"inne", "anropa"}
    elements = drawn(parse(render_svg(KITCHEN_SINK.encode("utf-8"), highlight=highlight)))
    assert elements["anropa"].get("data-state") == "waiting"
    assert elements["granska"].get("data-state") == "not-reached"
