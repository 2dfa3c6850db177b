"""Tiny BPMN models written by tests (every flow node documented, as the house requires)."""

from __future__ import annotations

from pathlib import Path

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:spiffworkflow="http://spiffworkflow.org/bpmn/schema/1.0/core" '
    'id="defs_{pid}" targetNamespace="test">\n'
)


def timer_process(pid: str, timer_xml: str) -> str:
    """start -> wait on a timer -> user task -> end."""
    return (
        HEAD.format(pid=pid)
        + f"""<bpmn:process id="{pid}" isExecutable="true">
  <bpmn:documentation>Lagrum: test</bpmn:documentation>
  <bpmn:startEvent id="borjan" name="Början"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:startEvent>
  <bpmn:intermediateCatchEvent id="vanta" name="Vänta">
    <bpmn:documentation>Lagrum: test</bpmn:documentation>
    <bpmn:timerEventDefinition id="vanta_def">{timer_xml}</bpmn:timerEventDefinition>
  </bpmn:intermediateCatchEvent>
  <bpmn:userTask id="gora" name="Göra"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:userTask>
  <bpmn:endEvent id="slut" name="Slut"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:endEvent>
  <bpmn:sequenceFlow id="f1" sourceRef="borjan" targetRef="vanta" />
  <bpmn:sequenceFlow id="f2" sourceRef="vanta" targetRef="gora" />
  <bpmn:sequenceFlow id="f3" sourceRef="gora" targetRef="slut" />
</bpmn:process>
</bpmn:definitions>
"""
    )


def script_process(pid: str, script: str) -> str:
    """start -> user task -> script task -> user task -> end."""
    return (
        HEAD.format(pid=pid)
        + f"""<bpmn:process id="{pid}" isExecutable="true">
  <bpmn:documentation>Lagrum: test</bpmn:documentation>
  <bpmn:startEvent id="borjan"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:startEvent>
  <bpmn:userTask id="forsta" name="Första"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:userTask>
  <bpmn:scriptTask id="rakna" name="Räkna">
    <bpmn:documentation>Lagrum: test</bpmn:documentation>
    <bpmn:script>{script}</bpmn:script>
  </bpmn:scriptTask>
  <bpmn:userTask id="andra" name="Andra"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:userTask>
  <bpmn:endEvent id="slut"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:endEvent>
  <bpmn:sequenceFlow id="f1" sourceRef="borjan" targetRef="forsta" />
  <bpmn:sequenceFlow id="f2" sourceRef="forsta" targetRef="rakna" />
  <bpmn:sequenceFlow id="f3" sourceRef="rakna" targetRef="andra" />
  <bpmn:sequenceFlow id="f4" sourceRef="andra" targetRef="slut" />
</bpmn:process>
</bpmn:definitions>
"""
    )


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def decision_process(pid: str, decision_id: str) -> str:
    """start -> business rule task (DMN) -> gateway on its output -> two user tasks."""
    return (
        HEAD.format(pid=pid)
        + f"""<bpmn:process id="{pid}" isExecutable="true">
  <bpmn:documentation>Lagrum: test</bpmn:documentation>
  <bpmn:startEvent id="borjan"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:startEvent>
  <bpmn:businessRuleTask id="bedom" name="Bedöm">
    <bpmn:documentation>Lagrum: test</bpmn:documentation>
    <bpmn:extensionElements><spiffworkflow:calledDecisionId>{decision_id}</spiffworkflow:calledDecisionId></bpmn:extensionElements>
  </bpmn:businessRuleTask>
  <bpmn:exclusiveGateway id="vag" name="Överklagbart?" default="f_nej"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:exclusiveGateway>
  <bpmn:userTask id="ja_uppgift" name="Ja"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:userTask>
  <bpmn:userTask id="nej_uppgift" name="Nej"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:userTask>
  <bpmn:sequenceFlow id="f1" sourceRef="borjan" targetRef="bedom" />
  <bpmn:sequenceFlow id="f2" sourceRef="bedom" targetRef="vag" />
  <bpmn:sequenceFlow id="f_ja" sourceRef="vag" targetRef="ja_uppgift"><bpmn:conditionExpression>overklagbart</bpmn:conditionExpression></bpmn:sequenceFlow>
  <bpmn:sequenceFlow id="f_nej" sourceRef="vag" targetRef="nej_uppgift" />
</bpmn:process>
</bpmn:definitions>
"""
    )


def decision_table(decision_id: str) -> str:
    """beslutstyp -> overklagbart, lagrum (35 kap. 2 § SoL), two rules."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="dmn_{decision_id}" name="t" namespace="test">
  <decision id="{decision_id}" name="Överklagbarhet">
    <decisionTable id="tabell_{decision_id}" hitPolicy="UNIQUE">
      <input id="in_typ" label="Beslutstyp"><inputExpression id="ie_typ" typeRef="string"><text>beslutstyp</text></inputExpression></input>
      <output id="out_overklagbart" label="Överklagbart" name="overklagbart" typeRef="boolean" />
      <output id="out_lagrum" label="Lagrum" name="lagrum" typeRef="string" />
      <rule id="regel_forelaggande"><description>Föreläggande</description>
        <inputEntry id="r1_in"><text>"föreläggande"</text></inputEntry>
        <outputEntry id="r1_o1"><text>True</text></outputEntry>
        <outputEntry id="r1_o2"><text>"35 kap. 2 § första stycket 3 SoL"</text></outputEntry>
      </rule>
      <rule id="regel_kritik"><description>Kritik</description>
        <inputEntry id="r2_in"><text>"kritik"</text></inputEntry>
        <outputEntry id="r2_o1"><text>False</text></outputEntry>
        <outputEntry id="r2_o2"><text>"35 kap. 2 § tredje stycket SoL"</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
</definitions>
"""


def calling_processes() -> tuple[str, str]:
    """foralder calls barn; barn sets a value in a script, then waits for a person."""
    parent = (
        HEAD.format(pid="foralder")
        + """<bpmn:process id="foralder" isExecutable="true">
  <bpmn:documentation>Lagrum: test</bpmn:documentation>
  <bpmn:startEvent id="f_borjan"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:startEvent>
  <bpmn:callActivity id="anropa" name="Anropa" calledElement="barn"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:callActivity>
  <bpmn:endEvent id="f_slut"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:endEvent>
  <bpmn:sequenceFlow id="g1" sourceRef="f_borjan" targetRef="anropa" />
  <bpmn:sequenceFlow id="g2" sourceRef="anropa" targetRef="f_slut" />
</bpmn:process>
</bpmn:definitions>
"""
    )
    child = (
        HEAD.format(pid="barn")
        + """<bpmn:process id="barn" isExecutable="true">
  <bpmn:documentation>Lagrum: test</bpmn:documentation>
  <bpmn:startEvent id="b_borjan"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:startEvent>
  <bpmn:scriptTask id="satt" name="Sätt"><bpmn:documentation>Lagrum: test</bpmn:documentation><bpmn:script>situation = 'redovisning saknas'</bpmn:script></bpmn:scriptTask>
  <bpmn:userTask id="bedom_barn" name="Bedöm"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:userTask>
  <bpmn:endEvent id="b_slut"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:endEvent>
  <bpmn:sequenceFlow id="h1" sourceRef="b_borjan" targetRef="satt" />
  <bpmn:sequenceFlow id="h2" sourceRef="satt" targetRef="bedom_barn" />
  <bpmn:sequenceFlow id="h3" sourceRef="bedom_barn" targetRef="b_slut" />
</bpmn:process>
</bpmn:definitions>
"""
    )
    return parent, child


def race_process(pid: str) -> str:
    """An event-based gateway: a message (catch id differs from the message name) or a timer."""
    return (
        HEAD.format(pid=pid)
        + f"""<bpmn:message id="m_svar" name="svar_kommer" />
<bpmn:process id="{pid}" isExecutable="true">
  <bpmn:documentation>Lagrum: test</bpmn:documentation>
  <bpmn:startEvent id="borjan"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:startEvent>
  <bpmn:eventBasedGateway id="vantar"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:eventBasedGateway>
  <bpmn:intermediateCatchEvent id="frist" name="Fristen går ut">
    <bpmn:documentation>Lagrum: test</bpmn:documentation>
    <bpmn:timerEventDefinition id="frist_def"><bpmn:timeDuration>'P3W'</bpmn:timeDuration></bpmn:timerEventDefinition>
  </bpmn:intermediateCatchEvent>
  <bpmn:intermediateCatchEvent id="svar" name="Svar inkommer">
    <bpmn:documentation>Lagrum: test</bpmn:documentation>
    <bpmn:messageEventDefinition id="svar_def" messageRef="m_svar">
      <bpmn:extensionElements><spiffworkflow:messageVariable>svaret</spiffworkflow:messageVariable></bpmn:extensionElements>
    </bpmn:messageEventDefinition>
  </bpmn:intermediateCatchEvent>
  <bpmn:userTask id="efter_svar" name="Efter svar"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:userTask>
  <bpmn:userTask id="efter_frist" name="Efter frist"><bpmn:documentation>Lagrum: test</bpmn:documentation></bpmn:userTask>
  <bpmn:sequenceFlow id="r1" sourceRef="borjan" targetRef="vantar" />
  <bpmn:sequenceFlow id="r2" sourceRef="vantar" targetRef="frist" />
  <bpmn:sequenceFlow id="r3" sourceRef="vantar" targetRef="svar" />
  <bpmn:sequenceFlow id="r4" sourceRef="svar" targetRef="efter_svar" />
  <bpmn:sequenceFlow id="r5" sourceRef="frist" targetRef="efter_frist" />
</bpmn:process>
</bpmn:definitions>
"""
    )
