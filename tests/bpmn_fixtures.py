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
