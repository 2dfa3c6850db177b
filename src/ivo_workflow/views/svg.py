"""A BPMN file drawn as SVG from its own diagram interchange (DI), optionally with a case on it.

Nothing is laid out again: every shape sits at its ``dc:Bounds`` and every flow follows its
``di:waypoint`` list, as the modeller drew them. The file is read by the hardened parser of
:func:`ivo_workflow.specs.parse_xml`; names are written as XML text, so ``<``, ``&`` and ``"``
in a name are escaped by the serializer.

>>> svg = render_svg(bpmn_bytes)                                   # doctest: +SKIP
>>> svg = render_svg(bpmn_bytes, highlight=highlight_for_case(case, history, now, bpmn=bpmn_bytes))
...                                                                 # doctest: +SKIP

Every drawn BPMN element is a ``<g data-element-id="…">`` with the classes
``bpmn-element bpmn-<kind>`` and, when a highlight is given, ``bpmn-state-<state>`` for flow
nodes (``completed``, ``waiting``, ``overdue``, ``not-reached``) or ``bpmn-traversed`` /
``bpmn-not-traversed`` for flows.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from attrs import field, frozen
from lxml import etree

from ..errors import ClockError, SpecError
from ..model import AuditEvent, CaseView
from ..specs import parse_xml

__all__ = [
    "COMPLETION_KINDS",
    "BpmnModel",
    "Highlight",
    "flow_labels",
    "highlight_for_case",
    "process_ids",
    "render_svg",
]

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI"
DC_NS = "http://www.omg.org/spec/DD/20100524/DC"
DI_NS = "http://www.omg.org/spec/DD/20100524/DI"
SVG_NS = "http://www.w3.org/2000/svg"
_NS = {"bpmn": BPMN_NS, "bpmndi": BPMNDI_NS, "dc": DC_NS, "di": DI_NS}

COMPLETION_KINDS = frozenset(
    {"start", "end", "task", "script", "gateway", "event", "timer", "message", "decision", "call"}
)
"""Audit kinds that mean "this element was completed" (``deadline`` only means a timer armed)."""

STATE_NAMES = {
    "completed": "genomförd",
    "waiting": "väntar nu",
    "overdue": "frist passerad – väntar fortfarande",
    "not-reached": "ej nådd",
}

TASKS = frozenset(
    {
        "task",
        "userTask",
        "manualTask",
        "scriptTask",
        "serviceTask",
        "sendTask",
        "receiveTask",
        "businessRuleTask",
    }
)
SUBPROCESSES = frozenset({"subProcess", "transaction", "adHocSubProcess"})
ACTIVITIES = TASKS | SUBPROCESSES | {"callActivity"}
EVENTS = frozenset(
    {"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent"}
)
GATEWAYS = frozenset(
    {
        "exclusiveGateway",
        "parallelGateway",
        "inclusiveGateway",
        "eventBasedGateway",
        "complexGateway",
    }
)
FLOW_NODES = ACTIVITIES | EVENTS | GATEWAYS

Box = tuple[float, float, float, float]
Point = tuple[float, float]

_FONT = 12.0
_SMALL_FONT = 11.0


# -- highlight ----------------------------------------------------------------------------------


def _ids(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


@frozen
class Highlight:
    """Which elements of a diagram a case has completed, waits at, or waits at too long.

    ``overdue`` is a subset of ``waiting`` (an overdue timer is still waited on); the drawn
    state of an element is the first of overdue, waiting, completed that holds, else not reached.
    """

    completed: frozenset[str] = field(default=frozenset(), converter=_ids)
    waiting: frozenset[str] = field(default=frozenset(), converter=_ids)
    overdue: frozenset[str] = field(default=frozenset(), converter=_ids)
    traversed_flows: frozenset[str] = field(default=frozenset(), converter=_ids)

    def state(self, element_id: str) -> str:
        if element_id in self.overdue:
            return "overdue"
        if element_id in self.waiting:
            return "waiting"
        if element_id in self.completed:
            return "completed"
        return "not-reached"


def highlight_for_case(
    case: CaseView,
    history: Sequence[AuditEvent],
    now: datetime,
    *,
    bpmn: bytes | Sequence[bytes] | None = None,
) -> Highlight:
    """The highlight of a case at ``now`` (an aware datetime; never the wall clock).

    * completed: the element ids of the audit trail whose kind is in :data:`COMPLETION_KINDS`;
    * waiting: the case's waiting tasks and armed timers; with ``bpmn`` also a call activity
      whose called process has a waiting task or timer, and an event-based gateway that has a
      waiting target, with all its targets (a message it waits for is not a timer, so the case
      view does not list it);
    * overdue: armed timers whose ``due_at`` is before ``now``;
    * traversed flows: the flows the audit trail records as taken at branching elements
      (``data["flows"]``); with ``bpmn`` also every other flow whose source completed and that
      is the source's only outgoing flow, or — an approximation for trails without recorded
      flows — whose target was completed or is waiting. A loop that came back may thus show a
      flow as traversed that the last round did not take.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ClockError(f"naive datetime {now.isoformat()} given as now", hint="add a UTC offset")
    completed = {e.element_id for e in history if e.element_id and e.kind in COMPLETION_KINDS}
    waiting = {t.element_id for t in case.tasks} | {t.element_id for t in case.timers}
    overdue = {t.element_id for t in case.timers if t.due_at < now}
    recorded: dict[str, set[str]] = {}
    for event in history:
        flows = event.data.get("flows") if isinstance(event.data, Mapping) else None
        if event.element_id and isinstance(flows, list):
            recorded.setdefault(event.element_id, set()).update(str(f) for f in flows)
    traversed = {flow for flows in recorded.values() for flow in flows}
    sources = [bpmn] if isinstance(bpmn, bytes) else list(bpmn or [])
    inside = {t.process_id for t in case.tasks} | {t.process_id for t in case.timers}
    for data in sources:
        model = BpmnModel(data)
        for call in model.ids_of_kind("callActivity"):
            if model.nodes[call].get("calledElement") in inside - {model.process_of.get(call)}:
                waiting.add(call)
        for gateway in model.ids_of_kind("eventBasedGateway"):
            targets = [flow.target for flow in model.outgoing(gateway)]
            if case.is_open and any(target in waiting for target in targets):
                waiting.update([gateway, *targets])
        reached = completed | waiting
        for flow in model.flows:
            if flow.source in recorded or flow.source not in completed:
                continue
            if len(model.outgoing(flow.source)) == 1 or flow.target in reached:
                traversed.add(flow.id)
    return Highlight(completed, waiting, overdue, traversed)


# -- the model ----------------------------------------------------------------------------------


@frozen
class FlowRef:
    """A sequence flow of the semantic model."""

    id: str
    source: str
    target: str
    name: str
    conditional: bool


def _local(node: Any) -> str:
    return etree.QName(node).localname if isinstance(node.tag, str) else ""


def _namespace(node: Any) -> str:
    return etree.QName(node).namespace or "" if isinstance(node.tag, str) else ""


class BpmnModel:
    """The semantic elements and the diagrams (DI) of one BPMN file, read-only."""

    def __init__(self, data: bytes, filename: str = "diagram.bpmn") -> None:
        self.filename = filename
        root = parse_xml(data, filename).getroot()
        if _namespace(root) != BPMN_NS or _local(root) != "definitions":
            raise SpecError("is not a BPMN file (no bpmn:definitions)", where=filename)
        self.root = root
        self.nodes: dict[str, Any] = {}
        for node in root.iter():
            node_id = node.get("id") if isinstance(node.tag, str) else None
            if node_id and _namespace(node) == BPMN_NS:
                self.nodes.setdefault(node_id, node)
        self.processes: dict[str, Any] = {
            p.get("id", ""): p for p in root.iterfind("bpmn:process", _NS) if p.get("id")
        }
        self.process_of: dict[str, str] = {}
        for process_id, process in self.processes.items():
            for node in process.iter():
                node_id = node.get("id") if isinstance(node.tag, str) else None
                if node_id and node is not process:
                    self.process_of.setdefault(node_id, process_id)
        self.participant_process: dict[str, str] = {
            p.get("id", ""): p.get("processRef", "") for p in root.iter(f"{{{BPMN_NS}}}participant")
        }
        self.flows: list[FlowRef] = [
            FlowRef(
                id=node.get("id", ""),
                source=node.get("sourceRef", ""),
                target=node.get("targetRef", ""),
                name=node.get("name", ""),
                conditional=node.find("bpmn:conditionExpression", _NS) is not None,
            )
            for node in root.iter(f"{{{BPMN_NS}}}sequenceFlow")
        ]
        self._outgoing: dict[str, list[FlowRef]] = {}
        for flow in self.flows:
            self._outgoing.setdefault(flow.source, []).append(flow)
        self.diagrams: list[Any] = list(root.iterfind("bpmndi:BPMNDiagram", _NS))

    def kind(self, element_id: str) -> str:
        node = self.nodes.get(element_id)
        return _local(node) if node is not None else "unknown"

    def ids_of_kind(self, kind: str) -> list[str]:
        return [i for i, node in self.nodes.items() if _local(node) == kind]

    def outgoing(self, element_id: str) -> list[FlowRef]:
        return self._outgoing.get(element_id, [])

    def name(self, element_id: str) -> str:
        """What a person reads for an element: its name (a text annotation: its text)."""
        node = self.nodes.get(element_id)
        if node is None:
            return ""
        if _local(node) == "textAnnotation":
            text = node.find("bpmn:text", _NS)
            return (text.text or "").strip() if text is not None else ""
        if _local(node) == "participant" and not node.get("name"):
            process = self.processes.get(node.get("processRef", ""))
            return process.get("name", "") if process is not None else ""
        return str(node.get("name", "")).strip()

    def diagram_ids(self) -> list[str]:
        return [d.get("id", "") for d in self.diagrams]

    def plane(self, process_id: str | None = None, diagram_id: str | None = None) -> Any:
        """The BPMNPlane to draw: the named diagram, the one of ``process_id``, or the first."""
        planes = [(d.get("id", ""), d.find("bpmndi:BPMNPlane", _NS)) for d in self.diagrams]
        planes = [(i, p) for i, p in planes if p is not None]
        if not planes:
            raise SpecError("has no diagram (BPMN DI) to draw", where=self.filename)
        if diagram_id is not None:
            for found_id, plane in planes:
                if found_id == diagram_id:
                    return plane
            raise SpecError(f"has no diagram '{diagram_id}'", where=self.filename)
        if process_id is None:
            return planes[0][1]
        if process_id not in self.processes:
            known = ", ".join(sorted(self.processes)) or "none"
            raise SpecError(
                f"defines no process '{process_id}' (it defines: {known})", where=self.filename
            )
        for _, plane in planes:
            ref = plane.get("bpmnElement", "")
            if ref == process_id:
                return plane
            collaboration = self.nodes.get(ref)
            if collaboration is not None and any(
                p.get("processRef") == process_id
                for p in collaboration.iterfind("bpmn:participant", _NS)
            ):
                return plane
        for _, plane in planes:
            for shape in plane.iter(f"{{{BPMNDI_NS}}}BPMNShape"):
                if self.process_of.get(shape.get("bpmnElement", "")) == process_id:
                    return plane
        raise SpecError(f"process '{process_id}' has no diagram (BPMN DI)", where=self.filename)


def process_ids(bpmn: bytes, filename: str = "diagram.bpmn") -> list[str]:
    """The ids of the processes a BPMN file defines, in file order."""
    return list(BpmnModel(bpmn, filename).processes)


def flow_labels(bpmn: bytes, filename: str = "diagram.bpmn") -> dict[str, str]:
    """Each sequence flow as a person reads it: ``"ja → Delge föreläggandet"``."""
    model = BpmnModel(bpmn, filename)
    labels = {}
    for flow in model.flows:
        target = model.name(flow.target) or flow.target
        labels[flow.id] = f"{flow.name} → {target}" if flow.name else f"→ {target}"
    return labels


# -- drawing ------------------------------------------------------------------------------------


def render_svg(
    bpmn: bytes,
    *,
    process_id: str | None = None,
    highlight: Highlight | None = None,
    diagram_id: str | None = None,
    filename: str = "diagram.bpmn",
    legend: bool | None = None,
) -> str:
    """The diagram of a BPMN file as one SVG document (a string, well-formed XML).

    ``process_id`` picks the diagram that shows that process (default: the file's first
    diagram; ``diagram_id`` names one directly). With ``highlight`` the flow nodes and flows
    are coloured by their state and a legend is drawn below the diagram (``legend=False``
    leaves it out). The viewBox fits the DI bounds (and the legend).
    """
    model = BpmnModel(bpmn, filename)
    plane = model.plane(process_id, diagram_id)
    drawing = _Drawing(model, plane, highlight, process_id)
    return drawing.render(legend=highlight is not None if legend is None else legend)


_STYLE = """
.bpmn-diagram{font-family:"Helvetica Neue",Helvetica,Arial,"Liberation Sans",sans-serif}
.bpmn-body{fill:#ffffff;stroke:#1f2328}
.bpmn-participant>.bpmn-body,.bpmn-lane>.bpmn-body{fill:none}
.bpmn-participant>.bpmn-band{fill:#f6f8fa;stroke:#1f2328}
.bpmn-lane>.bpmn-band{fill:none;stroke:none}
.bpmn-group>.bpmn-body{fill:none}
.bpmn-halo{fill:none;stroke:none}
.bpmn-icon{fill:none;stroke:#1f2328}
.bpmn-icon-filled{fill:#1f2328;stroke:#1f2328}
.bpmn-icon-white{fill:#ffffff;stroke:#1f2328}
.bpmn-icon-inverse{fill:none;stroke:#ffffff}
.bpmn-label{fill:#1f2328}
.bpmn-flow-line{fill:none;stroke:#1f2328}
.bpmn-marker{fill:#1f2328;stroke:#1f2328}
.bpmn-marker-open{fill:#ffffff;stroke:#1f2328}
.bpmn-marker-traversed{fill:#1b7f3b;stroke:#1b7f3b}
.bpmn-marker-faint{fill:#8c959f;stroke:#8c959f}
.bpmn-state-completed>.bpmn-body{fill:#dcf3e2;stroke:#1b7f3b}
.bpmn-state-waiting>.bpmn-body{fill:#fff2bf;stroke:#9a6700}
.bpmn-state-waiting>.bpmn-halo{stroke:#f2b705;stroke-opacity:.6}
.bpmn-state-overdue>.bpmn-body{fill:#ffe0db;stroke:#b42318}
.bpmn-state-overdue>.bpmn-halo{stroke:#e5484d;stroke-opacity:.6}
.bpmn-state-not-reached>.bpmn-body{stroke:#8c959f}
.bpmn-state-not-reached .bpmn-icon{stroke:#8c959f}
.bpmn-state-not-reached .bpmn-icon-filled{fill:#8c959f;stroke:#8c959f}
.bpmn-state-not-reached>.bpmn-label{fill:#6e7781}
.bpmn-traversed>.bpmn-flow-line{stroke:#1b7f3b}
.bpmn-not-traversed>.bpmn-flow-line{stroke:#8c959f}
.bpmn-not-traversed>.bpmn-label{fill:#6e7781}
.bpmn-legend-title{fill:#1f2328;font-weight:bold}
"""


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def _points(points: Iterable[Point]) -> str:
    return " ".join(f"{_num(x)},{_num(y)}" for x, y in points)


def _el(parent: Any, tag: str, attrs: Mapping[str, object] | None = None, text: str = "") -> Any:
    node = etree.SubElement(parent, f"{{{SVG_NS}}}{tag}")
    for key, value in (attrs or {}).items():
        if value is None:
            continue
        node.set(key, _num(value) if isinstance(value, float | int) else str(value))
    if text:
        node.text = text
    return node


_NARROW = set("fijlrtI.,:;!|'()[] -")
_WIDE = set("mwMW@%")


def _text_width(text: str, size: float) -> float:
    """An estimate of the rendered width of ``text`` in a Helvetica/Arial-like font."""
    em = 0.0
    for char in text:
        if char in _NARROW:
            em += 0.3
        elif char in _WIDE:
            em += 0.85
        elif char.isupper() or char.isdigit():
            em += 0.64
        else:
            em += 0.53
    return em * size


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Greedy word wrap by estimated text width; explicit newlines are kept.

    A word wider than the line is split with a hyphen only when it is much wider (a little
    overflow reads better than a split word).
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            while _text_width(word, size) > width * 1.15 and len(word) > 4:
                cut = len(word) - 1
                while cut > 3 and _text_width(word[:cut] + "-", size) > width:
                    cut -= 1
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:cut] + "-")
                word = word[cut:]
            candidate = f"{line} {word}" if line else word
            if not line or _text_width(candidate, size) <= width:
                line = candidate
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
    return lines


def _safe_id(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", text) or "bpmn"


def _regular_polygon(cx: float, cy: float, r: float, sides: int) -> list[Point]:
    return [
        (cx + r * math.sin(2 * math.pi * i / sides), cy - r * math.cos(2 * math.pi * i / sides))
        for i in range(sides)
    ]


class _DiShape:
    def __init__(self, element_id: str, kind: str, box: Box, label: Box | None, di: Any) -> None:
        self.element_id = element_id
        self.kind = kind
        self.box = box
        self.label = label
        self.di = di


class _DiEdge:
    def __init__(
        self, element_id: str, kind: str, points: list[Point], label: Box | None, di: Any
    ) -> None:
        self.element_id = element_id
        self.kind = kind
        self.points = points
        self.label = label
        self.di = di


class _Drawing:
    def __init__(
        self, model: BpmnModel, plane: Any, highlight: Highlight | None, process_id: str | None
    ) -> None:
        self.model = model
        self.plane = plane
        self.highlight = highlight
        self.process_id = process_id
        self.prefix = "bpmn-" + _safe_id(plane.get("id") or plane.get("bpmnElement") or "plane")
        self.shapes: list[_DiShape] = []
        self.edges: list[_DiEdge] = []
        for di in plane:
            tag = _local(di)
            element_id = di.get("bpmnElement", "")
            if not element_id:
                continue
            if tag == "BPMNShape":
                box = self._bounds(di, di.find("dc:Bounds", _NS))
                if box is None:
                    raise SpecError(f"shape of '{element_id}' has no dc:Bounds", where=self.where)
                self.shapes.append(
                    _DiShape(element_id, model.kind(element_id), box, self._label(di), di)
                )
            elif tag == "BPMNEdge":
                points = [
                    (self._float(w, "x"), self._float(w, "y"))
                    for w in di.iterfind("di:waypoint", _NS)
                ]
                if len(points) < 2:
                    raise SpecError(
                        f"edge of '{element_id}' has fewer than two waypoints", where=self.where
                    )
                self.edges.append(
                    _DiEdge(element_id, model.kind(element_id), points, self._label(di), di)
                )

    @property
    def where(self) -> str:
        return f"{self.model.filename}: {self.plane.get('id') or 'BPMNPlane'}"

    def _float(self, node: Any, attribute: str) -> float:
        raw = node.get(attribute)
        try:
            value = float(raw)
        except (TypeError, ValueError):
            raise SpecError(
                f"DI coordinate {attribute}={raw!r} is not a number", where=self.where
            ) from None
        if not math.isfinite(value):
            raise SpecError(f"DI coordinate {attribute}={raw!r} is not finite", where=self.where)
        return value

    def _bounds(self, owner: Any, bounds: Any) -> Box | None:
        if bounds is None:
            return None
        x, y = self._float(bounds, "x"), self._float(bounds, "y")
        w, h = self._float(bounds, "width"), self._float(bounds, "height")
        if w < 0 or h < 0:
            raise SpecError(
                f"DI bounds of '{owner.get('bpmnElement')}' have a negative size", where=self.where
            )
        return (x, y, w, h)

    def _label(self, di: Any) -> Box | None:
        label = di.find("bpmndi:BPMNLabel", _NS)
        return self._bounds(di, label.find("dc:Bounds", _NS)) if label is not None else None

    # -- the document ------------------------------------------------------------------------

    def _extent(self) -> Box:
        xs: list[float] = []
        ys: list[float] = []
        for shape in self.shapes:
            for box in (shape.box, shape.label):
                if box is not None:
                    xs += [box[0], box[0] + box[2]]
                    ys += [box[1], box[1] + box[3]]
            if shape.label is None and shape.kind in EVENTS | GATEWAYS | {"dataObjectReference"}:
                x, y, w, h = self._outside_label_box(shape.box)
                xs += [x, x + w]
                ys += [y + h]
        for edge in self.edges:
            xs += [p[0] for p in edge.points]
            ys += [p[1] for p in edge.points]
            if edge.label is not None:
                xs += [edge.label[0], edge.label[0] + edge.label[2]]
                ys += [edge.label[1], edge.label[1] + edge.label[3]]
        if not xs:
            return (0.0, 0.0, 100.0, 100.0)
        return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def render(self, *, legend: bool) -> str:
        margin = 20.0
        x, y, w, h = self._extent()
        legend_height = 64.0 if legend else 0.0
        legend_width = 940.0 if legend else 0.0
        view = (x - margin, y - margin, max(w, legend_width) + 2 * margin, h + 2 * margin)
        view = (view[0], view[1], view[2], view[3] + legend_height)
        title = self._diagram_title()
        root = etree.Element(f"{{{SVG_NS}}}svg", nsmap={None: SVG_NS})
        root.set("version", "1.1")
        root.set("viewBox", " ".join(_num(v) for v in view))
        root.set("width", _num(view[2]))
        root.set("height", _num(view[3]))
        root.set("class", "bpmn-diagram")
        root.set("role", "img")
        root.set("aria-label", title)
        root.set("data-diagram-id", self.plane.getparent().get("id", ""))
        if self.process_id:
            root.set("data-process-id", self.process_id)
        _el(root, "title", text=title)
        defs = _el(root, "defs")
        _el(defs, "style", text=_STYLE)
        self._markers(defs)
        _el(root, "rect", {"x": view[0], "y": view[1], "width": view[2], "height": view[3]}).set(
            "fill", "#ffffff"
        )
        layers = {name: _el(root, "g", {"class": f"bpmn-layer-{name}"}) for name in _LAYERS}
        for shape in self.shapes:
            self._shape(layers[_layer(shape, self._expanded(shape))], shape)
        for edge in self.edges:
            self._edge(layers["flows"], edge)
        if legend:
            self._legend(root, x, y + h + margin + 8)
        return etree.tostring(root, encoding="unicode")

    def _diagram_title(self) -> str:
        ref = self.plane.get("bpmnElement", "")
        process_id = self.process_id or (ref if ref in self.model.processes else None)
        if process_id:
            node = self.model.processes.get(process_id)
            name = node.get("name", "") if node is not None else ""
            return f"{name} ({process_id})" if name else process_id
        names = [
            self.model.name(p.get("id", ""))
            for p in self.model.root.iter(f"{{{BPMN_NS}}}participant")
            if p.getparent() is not None and p.getparent().get("id") == ref
        ]
        if any(names):
            return " / ".join(n for n in names if n)
        diagram = self.plane.getparent()
        return str(diagram.get("name") or diagram.get("id") or self.model.filename)

    def _markers(self, defs: Any) -> None:
        def marker(name: str, ref: Point, path: str, cls: str, size: float = 20) -> None:
            node = _el(
                defs,
                "marker",
                {
                    "id": f"{self.prefix}-{name}",
                    "viewBox": f"0 0 {_num(size)} {_num(size)}",
                    "refX": ref[0],
                    "refY": ref[1],
                    "markerWidth": size,
                    "markerHeight": size,
                    "markerUnits": "userSpaceOnUse",
                    "orient": "auto",
                },
            )
            _el(node, "path", {"d": path, "class": cls, "stroke-width": 1})

        arrow = "M 1 5 L 11 10 L 1 15 Z"
        marker("arrow", (11, 10), arrow, "bpmn-marker")
        marker("arrow-traversed", (11, 10), arrow, "bpmn-marker-traversed")
        marker("arrow-faint", (11, 10), arrow, "bpmn-marker-faint")
        marker("message-end", (8.5, 5), "M 1 1 L 8 5 L 1 9 Z", "bpmn-marker-open", 10)
        marker(
            "message-start",
            (6, 6),
            "M 1 6 A 5 5 0 1 1 11 6 A 5 5 0 1 1 1 6 Z",
            "bpmn-marker-open",
            12,
        )
        marker("association-end", (11, 10), "M 1 5 L 11 10 L 1 15", "bpmn-marker-open", 20)
        marker("default", (0, 10), "M 6 4 L 12 16", "bpmn-marker", 20)
        marker("conditional", (0, 10), "M 0 10 L 8 6 L 16 10 L 8 14 Z", "bpmn-marker-open", 20)

    # -- shapes -------------------------------------------------------------------------------

    def _expanded(self, shape: _DiShape) -> bool:
        if shape.kind not in SUBPROCESSES:
            return False
        flag = shape.di.get("isExpanded")
        if flag is not None:
            return bool(flag == "true")
        return any(
            self.model.process_of.get(s.element_id) and self._inside(s, shape) for s in self.shapes
        )

    @staticmethod
    def _inside(inner: _DiShape, outer: _DiShape) -> bool:
        if inner is outer:
            return False
        ix, iy, iw, ih = inner.box
        ox, oy, ow, oh = outer.box
        return ox <= ix and oy <= iy and ix + iw <= ox + ow and iy + ih <= oy + oh

    def _group(self, parent: Any, element_id: str, kind: str, classes: list[str]) -> Any:
        state = None
        if self.highlight is not None and kind in FLOW_NODES:
            state = self.highlight.state(element_id)
            classes = [*classes, f"bpmn-state-{state}"]
        group = _el(
            parent,
            "g",
            {
                "class": " ".join(["bpmn-element", f"bpmn-{kind}", *classes]),
                "data-element-id": element_id,
                "data-kind": kind,
                "data-state": state,
            },
        )
        name = self.model.name(element_id)
        tip = f"{name} ({element_id})" if name else element_id
        if state is not None:
            tip += f" – {STATE_NAMES[state]}"
        _el(group, "title", text=tip)
        return group

    def _shape(self, parent: Any, shape: _DiShape) -> None:
        kind = shape.kind
        node = self.model.nodes.get(shape.element_id)
        group = self._group(parent, shape.element_id, kind, [])
        name = self.model.name(shape.element_id)
        if kind in {"participant", "lane"}:
            self._pool_or_lane(group, shape, name)
        elif kind in ACTIVITIES:
            self._activity(group, shape, node, name)
        elif kind in EVENTS:
            self._event(group, shape, node)
            self._outside_label(group, shape, name)
        elif kind in GATEWAYS:
            self._gateway(group, shape, node)
            self._outside_label(group, shape, name)
        elif kind in {"dataObjectReference", "dataObject", "dataInput", "dataOutput"}:
            self._data_object(group, shape.box)
            self._outside_label(group, shape, name)
        elif kind == "dataStoreReference":
            self._data_store(group, shape.box)
            self._outside_label(group, shape, name)
        elif kind == "textAnnotation":
            x, y, w, h = shape.box
            _el(
                group,
                "path",
                {
                    "d": f"M {_num(x + 12)} {_num(y)} H {_num(x)} V {_num(y + h)} H {_num(x + 12)}",
                    "class": "bpmn-icon",
                    "stroke-width": 1.5,
                },
            )
            self._text(
                group,
                name,
                (x + 5, y + 3, w - 8, h - 6),
                align="start",
                valign="top",
                size=_SMALL_FONT,
            )
        elif kind == "group":
            x, y, w, h = shape.box
            _el(
                group,
                "rect",
                {
                    "x": x,
                    "y": y,
                    "width": w,
                    "height": h,
                    "rx": 10,
                    "class": "bpmn-body",
                    "stroke-width": 1.5,
                    "stroke-dasharray": "10 5 2 5",
                },
            )
            label = shape.label or (x, y + 4, w, 20)
            self._text(group, name, label, valign="top", size=_SMALL_FONT)
        else:
            x, y, w, h = shape.box
            _el(
                group,
                "rect",
                {
                    "x": x,
                    "y": y,
                    "width": w,
                    "height": h,
                    "class": "bpmn-body",
                    "stroke-width": 1,
                    "stroke-dasharray": "4 3",
                },
            )
            self._text(group, name or shape.element_id, shape.box, size=_SMALL_FONT)

    def _pool_or_lane(self, group: Any, shape: _DiShape, name: str) -> None:
        x, y, w, h = shape.box
        horizontal = shape.di.get("isHorizontal", "true") != "false"
        band = 30.0
        if shape.kind == "participant":
            if horizontal:
                _el(
                    group,
                    "rect",
                    {
                        "x": x,
                        "y": y,
                        "width": band,
                        "height": h,
                        "class": "bpmn-band",
                        "stroke-width": 1.5,
                    },
                )
            else:
                _el(
                    group,
                    "rect",
                    {
                        "x": x,
                        "y": y,
                        "width": w,
                        "height": band,
                        "class": "bpmn-band",
                        "stroke-width": 1.5,
                    },
                )
        _el(
            group,
            "rect",
            {
                "x": x,
                "y": y,
                "width": w,
                "height": h,
                "class": "bpmn-body",
                "stroke-width": 1.5 if shape.kind == "participant" else 1,
            },
        )
        if not name:
            return
        if horizontal:
            cx, cy = x + band / 2, y + h / 2
            lines = _wrap(name, h - 10, _FONT)[:2]
            text = _el(
                group,
                "text",
                {
                    "class": "bpmn-label",
                    "font-size": _FONT,
                    "text-anchor": "middle",
                    "transform": f"rotate(-90 {_num(cx)} {_num(cy)})",
                },
            )
            first = cy - (len(lines) - 1) * _FONT * 0.6 + _FONT * 0.35
            for i, line in enumerate(lines):
                _el(text, "tspan", {"x": cx, "y": first + i * _FONT * 1.2}, line)
        else:
            self._text(group, name, (x + 5, y, w - 10, band), size=_FONT)

    def _activity(self, group: Any, shape: _DiShape, node: Any, name: str) -> None:
        x, y, w, h = shape.box
        kind = shape.kind
        expanded = self._expanded(shape)
        rect = {"x": x, "y": y, "width": w, "height": h, "rx": 10, "ry": 10}
        _el(group, "rect", {**rect, "class": "bpmn-halo", "stroke-width": 9})
        attrs: dict[str, object] = {**rect, "class": "bpmn-body", "stroke-width": 2}
        if kind == "callActivity":
            attrs["stroke-width"] = 5
        if node is not None and node.get("triggeredByEvent") == "true":
            attrs["stroke-dasharray"] = "2 4"
            attrs["stroke-linecap"] = "round"
        _el(group, "rect", attrs)
        if kind == "transaction":
            _el(
                group,
                "rect",
                {
                    "x": x + 3,
                    "y": y + 3,
                    "width": max(w - 6, 0),
                    "height": max(h - 6, 0),
                    "rx": 7,
                    "ry": 7,
                    "class": "bpmn-icon",
                    "stroke-width": 1.5,
                },
            )
        self._task_marker(group, kind, x, y, node)
        if expanded:
            self._text(
                group,
                name,
                shape.label or (x + 8, y + 6, w - 16, 30),
                align="start",
                valign="top",
                size=_FONT,
            )
        else:
            markers = self._bottom_kinds(shape, node, expanded)
            top = y + (14.0 if kind in TASKS - {"task"} else 4.0)
            bottom = y + h - (20.0 if markers else 4.0)
            self._text(group, name, (x + 6, top, w - 12, bottom - top), size=_FONT, clip=True)
        self._bottom_markers(group, shape, self._bottom_kinds(shape, node, expanded))

    def _task_marker(self, group: Any, kind: str, x: float, y: float, node: Any) -> None:
        icon = {"class": "bpmn-icon", "stroke-width": 1.5}
        if kind == "userTask":
            _el(group, "circle", {"cx": x + 15, "cy": y + 12, "r": 4.5, **icon})
            _el(
                group,
                "path",
                {
                    "d": f"M {_num(x + 6)} {_num(y + 27)} c 0 -7 4 -9.5 9 -9.5 s 9 2.5 9 9.5 z",
                    **icon,
                },
            )
        elif kind == "manualTask":
            d = (
                f"M {_num(x + 6)} {_num(y + 14)} l 4 -5 h 11 "
                f"M {_num(x + 12)} {_num(y + 13)} h 11 "
                f"M {_num(x + 12)} {_num(y + 17)} h 10 "
                f"M {_num(x + 12)} {_num(y + 21)} h 8 "
                f"M {_num(x + 6)} {_num(y + 14)} v 8 q 0 3 3 3 h 10"
            )
            _el(group, "path", {"d": d, **icon})
        elif kind == "scriptTask":
            _el(
                group,
                "path",
                {
                    "d": f"M {_num(x + 9)} {_num(y + 6)} h 12 c -4 3 -4 6 0 9 "
                    "s 4 6 0 9 h -12 c 4 -3 4 -6 0 -9 s -4 -6 0 -9 z",
                    **icon,
                },
            )
            for dy in (11, 15, 19):
                _el(group, "path", {"d": f"M {_num(x + 10)} {_num(y + dy)} h 7", **icon})
        elif kind == "businessRuleTask":
            _el(group, "rect", {"x": x + 6, "y": y + 7, "width": 18, "height": 13, **icon})
            _el(
                group,
                "rect",
                {
                    "x": x + 6,
                    "y": y + 7,
                    "width": 18,
                    "height": 4,
                    "class": "bpmn-icon-filled",
                    "stroke-width": 1,
                },
            )
            _el(
                group,
                "path",
                {
                    "d": f"M {_num(x + 6)} {_num(y + 15.5)} h 18 "
                    f"M {_num(x + 11)} {_num(y + 11)} v 9",
                    **icon,
                },
            )
        elif kind == "serviceTask":
            for cx, cy, r in ((x + 13, y + 13, 6.0), (x + 19, y + 19, 5.0)):
                _el(
                    group,
                    "circle",
                    {
                        "cx": cx,
                        "cy": cy,
                        "r": r,
                        "class": "bpmn-icon-white",
                        "stroke-width": 3,
                        "stroke-dasharray": "2.2 2",
                    },
                )
                _el(group, "circle", {"cx": cx, "cy": cy, "r": r * 0.45, **icon})
        elif kind in {"sendTask", "receiveTask"}:
            filled = kind == "sendTask"
            _el(
                group,
                "rect",
                {
                    "x": x + 6,
                    "y": y + 8,
                    "width": 19,
                    "height": 13,
                    "class": "bpmn-icon-filled" if filled else "bpmn-icon",
                    "stroke-width": 1.5,
                },
            )
            _el(
                group,
                "path",
                {
                    "d": f"M {_num(x + 6)} {_num(y + 8)} l 9.5 7 l 9.5 -7",
                    "class": "bpmn-icon-inverse" if filled else "bpmn-icon",
                    "stroke-width": 1.5,
                },
            )

    @staticmethod
    def _bottom_kinds(shape: _DiShape, node: Any, expanded: bool) -> list[str]:
        """The markers at the bottom of an activity: loop, multi-instance, [+] and so on."""
        kinds: list[str] = []
        loop = None
        if node is not None:
            for child in node:
                local = _local(child)
                if local == "standardLoopCharacteristics":
                    loop = "loop"
                elif local == "multiInstanceLoopCharacteristics":
                    loop = "sequential" if child.get("isSequential") == "true" else "parallel"
        if loop:
            kinds.append(loop)
        if node is not None and node.get("isForCompensation") == "true":
            kinds.append("compensation")
        if shape.kind == "adHocSubProcess":
            kinds.append("adhoc")
        if shape.kind == "callActivity" or (shape.kind in SUBPROCESSES and not expanded):
            kinds.append("collapsed")
        return kinds

    def _bottom_markers(self, group: Any, shape: _DiShape, kinds: list[str]) -> None:
        x, y, w, h = shape.box
        size, gap = 14.0, 4.0
        left = x + w / 2 - (len(kinds) * size + (len(kinds) - 1) * gap) / 2
        top = y + h - size - 4
        icon = {"class": "bpmn-icon", "stroke-width": 1.5}
        for i, kind in enumerate(kinds):
            mx = left + i * (size + gap)
            cx, cy = mx + size / 2, top + size / 2
            if kind == "collapsed":
                _el(
                    group,
                    "rect",
                    {
                        "x": mx,
                        "y": top,
                        "width": size,
                        "height": size,
                        **icon,
                        "class": "bpmn-icon-white",
                    },
                )
                _el(
                    group,
                    "path",
                    {
                        "d": f"M {_num(cx)} {_num(top + 3)} v 8 M {_num(mx + 3)} {_num(cy)} h 8",
                        **icon,
                    },
                )
            elif kind == "loop":
                _el(
                    group,
                    "path",
                    {
                        "d": f"M {_num(cx - 4)} {_num(cy + 5)} "
                        f"A 6 6 0 1 1 {_num(cx + 4)} {_num(cy + 5)} "
                        f"m 0 0 l 0.5 -4 m -0.5 4 l 4 0",
                        **icon,
                    },
                )
            elif kind in {"parallel", "sequential"}:
                for k in (-4, 0, 4):
                    d = (
                        f"M {_num(cx + k)} {_num(top + 1)} v 12"
                        if kind == "parallel"
                        else f"M {_num(mx + 1)} {_num(cy + k)} h 12"
                    )
                    _el(group, "path", {"d": d, **icon, "stroke-width": 2})
            elif kind == "compensation":
                _el(
                    group,
                    "path",
                    {
                        "d": f"M {_num(mx)} {_num(cy)} l 7 -5 v 10 z "
                        f"M {_num(mx + 7)} {_num(cy)} l 7 -5 v 10 z",
                        **icon,
                    },
                )
            elif kind == "adhoc":
                _el(group, "path", {"d": f"M {_num(mx)} {_num(cy + 2)} q 3.5 -6 7 0 t 7 0", **icon})

    def _event(self, group: Any, shape: _DiShape, node: Any) -> None:
        x, y, w, h = shape.box
        cx, cy, r = x + w / 2, y + h / 2, min(w, h) / 2
        kind = shape.kind
        _el(group, "circle", {"cx": cx, "cy": cy, "r": r, "class": "bpmn-halo", "stroke-width": 9})
        dashed = None
        if kind == "boundaryEvent" and node is not None and node.get("cancelActivity") == "false":
            dashed = "5.5 3"
        if kind == "startEvent" and node is not None and node.get("isInterrupting") == "false":
            dashed = "5.5 3"
        width = {"startEvent": 2.0, "endEvent": 4.0}.get(kind, 1.5)
        _el(
            group,
            "circle",
            {
                "cx": cx,
                "cy": cy,
                "r": r,
                "class": "bpmn-body",
                "stroke-width": width,
                "stroke-dasharray": dashed,
            },
        )
        if kind in {"intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent"}:
            _el(
                group,
                "circle",
                {
                    "cx": cx,
                    "cy": cy,
                    "r": max(r - 3, 1),
                    "class": "bpmn-body",
                    "stroke-width": 1.5,
                    "stroke-dasharray": dashed,
                },
            )
        definitions = (
            []
            if node is None
            else [
                _local(child)[: -len("EventDefinition")]
                for child in node
                if _local(child).endswith("EventDefinition")
            ]
        )
        if node is not None:
            definitions += ["unknown" for _ in node.iterfind("bpmn:eventDefinitionRef", _NS)]
        if not definitions:
            return
        throwing = kind in {"endEvent", "intermediateThrowEvent"}
        if len(definitions) > 1:
            icon = "parallelMultiple" if node.get("parallelMultiple") == "true" else "multiple"
        else:
            icon = definitions[0]
        self._event_icon(group, icon, cx, cy, r / 18, throwing)

    def _event_icon(
        self, group: Any, icon: str, cx: float, cy: float, s: float, filled: bool
    ) -> None:
        cls = "bpmn-icon-filled" if filled else "bpmn-icon"
        width = 1.5 * max(s, 0.5)

        def poly(points: list[Point], css: str = cls) -> None:
            _el(
                group,
                "polygon",
                {
                    "points": _points((cx + px * s, cy + py * s) for px, py in points),
                    "class": css,
                    "stroke-width": width,
                    "stroke-linejoin": "round",
                },
            )

        def line(a: Point, b: Point, stroke: float = width, css: str = "bpmn-icon") -> None:
            _el(
                group,
                "path",
                {
                    "d": f"M {_num(cx + a[0] * s)} {_num(cy + a[1] * s)} "
                    f"L {_num(cx + b[0] * s)} {_num(cy + b[1] * s)}",
                    "class": css,
                    "stroke-width": stroke,
                    "stroke-linecap": "round",
                },
            )

        if icon == "message":
            _el(
                group,
                "rect",
                {
                    "x": cx - 9 * s,
                    "y": cy - 6.5 * s,
                    "width": 18 * s,
                    "height": 13 * s,
                    "class": cls,
                    "stroke-width": width,
                },
            )
            _el(
                group,
                "path",
                {
                    "d": f"M {_num(cx - 9 * s)} {_num(cy - 6.5 * s)} "
                    f"L {_num(cx)} {_num(cy + 0.5 * s)} "
                    f"L {_num(cx + 9 * s)} {_num(cy - 6.5 * s)}",
                    "class": "bpmn-icon-inverse" if filled else "bpmn-icon",
                    "stroke-width": width,
                },
            )
        elif icon == "timer":
            _el(
                group,
                "circle",
                {
                    "cx": cx,
                    "cy": cy,
                    "r": 10.5 * s,
                    "class": "bpmn-icon-white",
                    "stroke-width": 1.8 * s,
                },
            )
            for i in range(12):
                angle = 2 * math.pi * i / 12
                sin, cos = math.sin(angle), math.cos(angle)
                line((8 * sin, -8 * cos), (10 * sin, -10 * cos), 1 * s)
            line((0, 0), (0, -7.5), 1.8 * s)
            line((0, 0), (5.5, 2), 1.8 * s)
        elif icon == "signal":
            poly([(0, -9), (8.5, 6), (-8.5, 6)])
        elif icon == "error":
            poly([(-8, 8), (-3.5, -8), (1.5, 1), (7.5, -8), (3.5, 8), (-1.5, -1)])
        elif icon == "escalation":
            poly([(0, -9), (7, 8), (0, 2), (-7, 8)])
        elif icon == "terminate":
            _el(
                group,
                "circle",
                {
                    "cx": cx,
                    "cy": cy,
                    "r": 10 * s,
                    "class": "bpmn-icon-filled",
                    "stroke-width": width,
                },
            )
        elif icon == "conditional":
            _el(
                group,
                "rect",
                {
                    "x": cx - 7 * s,
                    "y": cy - 9 * s,
                    "width": 14 * s,
                    "height": 18 * s,
                    "class": "bpmn-icon",
                    "stroke-width": width,
                },
            )
            for dy in (-5, -1, 3, 7):
                line((-4, dy), (4, dy))
        elif icon == "link":
            poly([(-8, -3), (2, -3), (2, -8), (9, 0), (2, 8), (2, 3), (-8, 3)])
        elif icon == "compensate":
            poly([(-9, 0), (-1, -6), (-1, 6)])
            poly([(-1, 0), (7, -6), (7, 6)])
        elif icon == "cancel":
            line((-7, -7), (7, 7), 3.5 * s, "bpmn-icon")
            line((7, -7), (-7, 7), 3.5 * s, "bpmn-icon")
        elif icon == "multiple":
            poly(_unit_polygon(9, 5))
        elif icon == "parallelMultiple":
            line((0, -9), (0, 9), 3 * s)
            line((-9, 0), (9, 0), 3 * s)
        else:  # an event definition by reference, or one we do not know: a question mark
            _el(
                group,
                "text",
                {
                    "x": cx,
                    "y": cy + 5 * s,
                    "text-anchor": "middle",
                    "font-size": 14 * s,
                    "class": "bpmn-label",
                },
                "?",
            )

    def _gateway(self, group: Any, shape: _DiShape, node: Any) -> None:
        x, y, w, h = shape.box
        cx, cy = x + w / 2, y + h / 2
        diamond = _points([(cx, y), (x + w, cy), (cx, y + h), (x, cy)])
        _el(
            group,
            "polygon",
            {
                "points": diamond,
                "class": "bpmn-halo",
                "stroke-width": 9,
                "stroke-linejoin": "round",
            },
        )
        _el(
            group,
            "polygon",
            {
                "points": diamond,
                "class": "bpmn-body",
                "stroke-width": 2,
                "stroke-linejoin": "round",
            },
        )
        s = min(w, h) / 50
        icon = {"class": "bpmn-icon", "stroke-linecap": "round"}

        def line(a: Point, b: Point, width: float) -> None:
            _el(
                group,
                "path",
                {
                    "d": f"M {_num(cx + a[0] * s)} {_num(cy + a[1] * s)} "
                    f"L {_num(cx + b[0] * s)} {_num(cy + b[1] * s)}",
                    "stroke-width": width * s,
                    **icon,
                },
            )

        kind = shape.kind
        if kind == "exclusiveGateway":
            if shape.di.get("isMarkerVisible") != "false":
                line((-8, -8), (8, 8), 4)
                line((8, -8), (-8, 8), 4)
        elif kind == "parallelGateway":
            line((0, -12), (0, 12), 4)
            line((-12, 0), (12, 0), 4)
        elif kind == "inclusiveGateway":
            _el(group, "circle", {"cx": cx, "cy": cy, "r": 11 * s, "stroke-width": 3 * s, **icon})
        elif kind == "complexGateway":
            line((0, -12), (0, 12), 3.5)
            line((-12, 0), (12, 0), 3.5)
            line((-8.5, -8.5), (8.5, 8.5), 3.5)
            line((8.5, -8.5), (-8.5, 8.5), 3.5)
        elif kind == "eventBasedGateway":
            _el(group, "circle", {"cx": cx, "cy": cy, "r": 13 * s, "stroke-width": 1.2 * s, **icon})
            if node is None or node.get("instantiate") != "true":
                _el(
                    group,
                    "circle",
                    {"cx": cx, "cy": cy, "r": 10.5 * s, "stroke-width": 1.2 * s, **icon},
                )
            pentagon = [(cx + px * s, cy + py * s) for px, py in _unit_polygon(7, 5)]
            _el(
                group,
                "polygon",
                {
                    "points": _points(pentagon),
                    "stroke-width": 1.5 * s,
                    "stroke-linejoin": "round",
                    **icon,
                },
            )

    def _data_object(self, group: Any, box: Box) -> None:
        x, y, w, h = box
        fold = min(10.0, w / 3)
        _el(
            group,
            "path",
            {
                "d": f"M {_num(x)} {_num(y)} H {_num(x + w - fold)} "
                f"L {_num(x + w)} {_num(y + fold)} V {_num(y + h)} H {_num(x)} Z",
                "class": "bpmn-body",
                "stroke-width": 1.5,
            },
        )
        _el(
            group,
            "path",
            {
                "d": f"M {_num(x + w - fold)} {_num(y)} V {_num(y + fold)} H {_num(x + w)}",
                "class": "bpmn-icon",
                "stroke-width": 1.5,
            },
        )

    def _data_store(self, group: Any, box: Box) -> None:
        x, y, w, h = box
        ry = min(8.0, h / 6)
        _el(
            group,
            "path",
            {
                "d": f"M {_num(x)} {_num(y + ry)} "
                f"A {_num(w / 2)} {_num(ry)} 0 0 1 {_num(x + w)} {_num(y + ry)} "
                f"V {_num(y + h - ry)} "
                f"A {_num(w / 2)} {_num(ry)} 0 0 1 {_num(x)} {_num(y + h - ry)} Z",
                "class": "bpmn-body",
                "stroke-width": 1.5,
            },
        )
        for k in (1, 2):
            _el(
                group,
                "path",
                {
                    "d": f"M {_num(x)} {_num(y + ry * k)} "
                    f"A {_num(w / 2)} {_num(ry)} 0 0 0 {_num(x + w)} "
                    f"{_num(y + ry * k)}",
                    "class": "bpmn-icon",
                    "stroke-width": 1.5,
                },
            )

    @staticmethod
    def _outside_label_box(box: Box) -> Box:
        x, y, w, h = box
        width = max(100.0, w + 60)
        return (x + w / 2 - width / 2, y + h + 5, width, 40.0)

    def _outside_label(self, group: Any, shape: _DiShape, name: str) -> None:
        if name:
            box = shape.label or self._outside_label_box(shape.box)
            self._text(group, name, box, valign="top", size=_SMALL_FONT)

    # -- flows --------------------------------------------------------------------------------

    def _edge(self, parent: Any, edge: _DiEdge) -> None:
        kind = edge.kind
        classes = []
        state = None
        if self.highlight is not None and kind in {"sequenceFlow", "messageFlow"}:
            state = "traversed" if edge.element_id in self.highlight.traversed_flows else None
            classes.append(f"bpmn-{state or 'not-traversed'}")
        group = self._group(parent, edge.element_id, kind, classes)
        if state:
            group.set("data-state", state)
        attrs: dict[str, object] = {
            "points": _points(edge.points),
            "class": "bpmn-flow-line",
            "stroke-width": 1.5,
            "stroke-linejoin": "round",
        }
        node = self.model.nodes.get(edge.element_id)
        url = f"url(#{self.prefix}-%s)"
        if kind == "sequenceFlow":
            if self.highlight is None:
                arrow = "arrow"
            else:
                arrow = "arrow-traversed" if state else "arrow-faint"
            attrs["marker-end"] = url % arrow
            if state:
                attrs["stroke-width"] = 2.5
            source = node.get("sourceRef", "") if node is not None else ""
            source_node = self.model.nodes.get(source)
            if source_node is not None and source_node.get("default") == edge.element_id:
                attrs["marker-start"] = url % "default"
            elif (
                node is not None
                and node.find("bpmn:conditionExpression", _NS) is not None
                and self.model.kind(source) in ACTIVITIES
            ):
                attrs["marker-start"] = url % "conditional"
        elif kind == "messageFlow":
            attrs["stroke-dasharray"] = "10 6"
            attrs["marker-start"] = url % "message-start"
            attrs["marker-end"] = url % "message-end"
        elif kind in {"association", "dataInputAssociation", "dataOutputAssociation"}:
            attrs["stroke-dasharray"] = "2 5"
            attrs["stroke-linecap"] = "round"
            direction = node.get("associationDirection", "None") if node is not None else "None"
            if kind != "association" or direction in {"One", "Both"}:
                attrs["marker-end"] = url % "association-end"
        else:
            attrs["stroke-dasharray"] = "4 3"
        _el(group, "polyline", attrs)
        name = self.model.name(edge.element_id)
        if name:
            box = edge.label or self._edge_label_box(edge.points)
            self._text(group, name, box, valign="top", size=_SMALL_FONT)

    @staticmethod
    def _edge_label_box(points: list[Point]) -> Box:
        middle = len(points) // 2
        (x1, y1), (x2, y2) = points[middle - 1], points[middle]
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        return (mx + 4, my - 18, 90.0, 30.0)

    # -- text ---------------------------------------------------------------------------------

    def _text(
        self,
        group: Any,
        text: str,
        box: Box,
        *,
        align: str = "middle",
        valign: str = "middle",
        size: float = _FONT,
        clip: bool = False,
    ) -> None:
        if not text:
            return
        x, y, w, h = box
        lines = _wrap(text, max(w, size * 4), size)
        height = size * 1.2
        if clip:
            fits = max(1, int(h // height) if h > 0 else 1)
            if len(lines) > fits:
                lines = lines[:fits]
                lines[-1] = lines[-1][: max(1, len(lines[-1]) - 1)] + "…"
        if valign == "top":
            first = y + size
        else:
            first = y + h / 2 - (len(lines) - 1) * height / 2 + size * 0.35
        anchor_x = x + w / 2 if align == "middle" else x
        node = _el(group, "text", {"class": "bpmn-label", "font-size": size, "text-anchor": align})
        for i, line in enumerate(lines):
            _el(node, "tspan", {"x": anchor_x, "y": first + i * height}, line)

    # -- legend -------------------------------------------------------------------------------

    def _legend(self, root: Any, x: float, y: float) -> None:
        legend = _el(root, "g", {"class": "bpmn-legend", "data-legend": "states"})
        _el(
            legend,
            "text",
            {"x": x, "y": y + 12, "font-size": _FONT, "class": "bpmn-legend-title"},
            "Teckenförklaring",
        )
        top = y + 24
        items = ["completed", "waiting", "overdue", "not-reached"]
        left = x
        for state in items:
            item = _el(
                legend,
                "g",
                {"class": f"bpmn-legend-item bpmn-state-{state}", "data-legend-state": state},
            )
            _el(
                item,
                "rect",
                {
                    "x": left + 2,
                    "y": top + 2,
                    "width": 26,
                    "height": 18,
                    "rx": 4,
                    "class": "bpmn-halo",
                    "stroke-width": 6,
                },
            )
            _el(
                item,
                "rect",
                {
                    "x": left + 2,
                    "y": top + 2,
                    "width": 26,
                    "height": 18,
                    "rx": 4,
                    "class": "bpmn-body",
                    "stroke-width": 2,
                },
            )
            _el(
                item,
                "text",
                {"x": left + 36, "y": top + 15, "font-size": _SMALL_FONT, "class": "bpmn-label"},
                STATE_NAMES[state].capitalize(),
            )
            left += 36 + _text_width(STATE_NAMES[state], _SMALL_FONT) + 28
        item = _el(
            legend,
            "g",
            {"class": "bpmn-legend-item bpmn-traversed", "data-legend-state": "traversed"},
        )
        _el(
            item,
            "polyline",
            {
                "points": _points([(left + 2, top + 11), (left + 30, top + 11)]),
                "class": "bpmn-flow-line",
                "stroke-width": 2.5,
                "marker-end": f"url(#{self.prefix}-arrow-traversed)",
            },
        )
        _el(
            item,
            "text",
            {"x": left + 40, "y": top + 15, "font-size": _SMALL_FONT, "class": "bpmn-label"},
            "Genomlöpt flöde",
        )


_LAYERS = ("pools", "lanes", "containers", "flows", "nodes", "boundary")


def _layer(shape: _DiShape, expanded: bool) -> str:
    if shape.kind == "participant":
        return "pools"
    if shape.kind == "lane":
        return "lanes"
    if expanded or shape.kind == "group":
        return "containers"
    if shape.kind == "boundaryEvent":
        return "boundary"
    return "nodes"


def _unit_polygon(r: float, sides: int) -> list[Point]:
    return _regular_polygon(0.0, 0.0, r, sides)
