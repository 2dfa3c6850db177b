"""Living documentation: the Swedish features as an offline HTML site, with the last run's results.

The site is what a lawyer reads: every feature (``features/*.feature``, ``# language: sv``) with
its background, scenarios, steps and tables; whether each scenario — and each row of each
``Exempel`` table — passed in the last test run; for each scenario the path its cases took
through the process, element by element with the statute each element cites, and the process
diagram with that path highlighted; a contents tree by process and by statute; how much of each
process the scenarios reach; and a stamp with the package version and each process's content
hash.

Inputs (all files; nothing is fetched, nothing reads the wall clock):

* the feature files, parsed with gherkin-official;
* ``cucumber.json`` — pytest-bdd's ``--cucumberjson`` output of the last run (pass/fail);
* ``traversals.json`` — written next to it by the test suite's coverage plugin
  (``tests/steps/coverage.py``): per scenario, the cases it created and the element ids they
  completed, wait at, or are overdue at, and the sequence flows they took;
* the BPMN files of the processes (default: the bundled ``processes/``).

>>> build_site("site", results=".ivo-flow/cucumber.json")      # doctest: +SKIP
PosixPath('site/index.html')

Output: ``index.html`` (contents, coverage, stamp) and one page per feature under
``features/``. Every page is self-contained (inline CSS, inline SVG, no script, no external
reference).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from attrs import field, frozen

from ..errors import InputError
from ..specs import SpecLibrary, legal_basis, read_model_files
from .svg import ACTIVITIES, EVENTS, GATEWAYS, BpmnModel, Highlight, render_svg

__all__ = [
    "FLOW_NODE_KINDS",
    "FeatureDoc",
    "ProcessCoverage",
    "ProcessDoc",
    "build_site",
    "coverage",
    "load_processes",
    "parse_features",
    "statute_label",
]

FLOW_NODE_KINDS = ACTIVITIES | EVENTS | GATEWAYS
"""The BPMN element kinds that are flow nodes (what path coverage counts)."""

DEFAULT_RESULTS = Path(".ivo-flow") / "cucumber.json"
TRAVERSALS_NAME = "traversals.json"


# -- processes ------------------------------------------------------------------------------


@frozen
class NodeDoc:
    """A flow node as a reader sees it."""

    id: str
    name: str
    kind: str
    lagrum: str


@frozen
class ProcessDoc:
    """One process of the library: its file, hash, statutes, flow nodes and sequence flows."""

    id: str
    name: str
    file: str
    bpmn: bytes = field(repr=False)
    spec_hash: str
    lagrum: tuple[str, ...]
    nodes: tuple[NodeDoc, ...]
    flows: tuple[tuple[str, str, str, str], ...]  # (id, source, target, name)
    calls: tuple[str, ...] = ()

    def node(self, element_id: str) -> NodeDoc | None:
        return next((n for n in self.nodes if n.id == element_id), None)

    @property
    def node_ids(self) -> frozenset[str]:
        return frozenset(n.id for n in self.nodes)

    @property
    def flow_ids(self) -> frozenset[str]:
        return frozenset(f[0] for f in self.flows)


def _lagrum_lines(documentation: str) -> tuple[str, ...]:
    lines = [line.strip() for line in documentation.splitlines()]
    return tuple(
        line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("lagrum:")
    )


def _documentation(node: Any) -> str:
    for child in node:
        if isinstance(child.tag, str) and child.tag.endswith("}documentation"):
            return (child.text or "").strip()
    return ""


def load_processes(directory: str | Path | None = None) -> list[ProcessDoc]:
    """Every process of a folder of BPMN files (default: the bundled processes)."""
    files = read_model_files(directory)
    library = SpecLibrary(files)
    models = {name: BpmnModel(data, name) for name, data in files.items() if name.endswith(".bpmn")}
    result = []
    for info in library.infos():
        model = models[info.file]
        process = model.processes[info.id]
        nodes = []
        for element_id, node in model.nodes.items():
            kind = model.kind(element_id)
            if kind in FLOW_NODE_KINDS and model.process_of.get(element_id) == info.id:
                nodes.append(
                    NodeDoc(element_id, model.name(element_id), kind, legal_basis_of(node))
                )
        flows = tuple(
            (f.id, f.source, f.target, f.name)
            for f in model.flows
            if model.process_of.get(f.id) == info.id
        )
        calls = tuple(
            model.nodes[i].get("calledElement", "")
            for i in model.ids_of_kind("callActivity")
            if model.process_of.get(i) == info.id and model.nodes[i].get("calledElement")
        )
        result.append(
            ProcessDoc(
                id=info.id,
                name=info.name,
                file=info.file,
                bpmn=files[info.file],
                spec_hash=info.spec_hash,
                lagrum=_lagrum_lines(_documentation(process)),
                nodes=tuple(nodes),
                flows=flows,
                calls=calls,
            )
        )
    return result


def legal_basis_of(node: Any) -> str:
    documentation = _documentation(node)
    return legal_basis(documentation) if documentation else ""


# -- coverage -------------------------------------------------------------------------------


@frozen
class ProcessCoverage:
    """Which flow nodes and sequence flows of one process the scenarios reached."""

    process_id: str
    name: str
    nodes: tuple[str, ...]
    reached: frozenset[str]
    flows: tuple[str, ...]
    traversed: frozenset[str]

    @property
    def uncovered_nodes(self) -> list[str]:
        return [n for n in self.nodes if n not in self.reached]

    @property
    def uncovered_flows(self) -> list[str]:
        return [f for f in self.flows if f not in self.traversed]

    @property
    def node_percent(self) -> float:
        return 100.0 * len(self.reached) / len(self.nodes) if self.nodes else 100.0

    @property
    def flow_percent(self) -> float:
        return 100.0 * len(self.traversed) / len(self.flows) if self.flows else 100.0

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "nodes": len(self.nodes),
            "nodes_reached": len(self.reached),
            "flows": len(self.flows),
            "flows_traversed": len(self.traversed),
            "uncovered_nodes": self.uncovered_nodes,
            "uncovered_flows": self.uncovered_flows,
        }


def bundle_of(process_id: str, processes: Mapping[str, ProcessDoc]) -> list[str]:
    """``process_id`` and the processes it calls, transitively, in breadth-first order."""
    order: list[str] = []
    pending = [process_id]
    while pending:
        current = pending.pop(0)
        if current in order or current not in processes:
            continue
        order.append(current)
        pending.extend(processes[current].calls)
    return order


def coverage(
    processes: Sequence[ProcessDoc], cases: Iterable[Mapping[str, Any]]
) -> list[ProcessCoverage]:
    """Per process: the flow nodes the cases reached and the sequence flows they took.

    A case record (as the coverage plugin writes it) has ``process_id`` and the element ids it
    ``completed``, is waiting at (``waiting_here``: its tasks and armed timers; else
    ``waiting``), and the ``traversed_flows``. An element counts for the first process of the
    case's bundle (its own process, then the ones it calls) that has it. A node is *reached*
    when a case completed it or stopped waiting at it.
    """
    by_id = {p.id: p for p in processes}
    reached: dict[str, set[str]] = {p.id: set() for p in processes}
    traversed: dict[str, set[str]] = {p.id: set() for p in processes}
    for case in cases:
        bundle = [by_id[i] for i in bundle_of(str(case.get("process_id", "")), by_id)]
        waiting = case.get("waiting_here", case.get("waiting", ()))
        for element_id in [*case.get("completed", ()), *waiting]:
            owner = next((p for p in bundle if element_id in p.node_ids), None)
            if owner is not None:
                reached[owner.id].add(element_id)
        for flow_id in case.get("traversed_flows", ()):
            owner = next((p for p in bundle if flow_id in p.flow_ids), None)
            if owner is not None:
                traversed[owner.id].add(flow_id)
    return [
        ProcessCoverage(
            process_id=p.id,
            name=p.name,
            nodes=tuple(n.id for n in p.nodes),
            reached=frozenset(reached[p.id]),
            flows=tuple(f[0] for f in p.flows),
            traversed=frozenset(traversed[p.id]),
        )
        for p in processes
    ]


# -- features -------------------------------------------------------------------------------


@frozen
class StepDoc:
    keyword: str
    text: str
    line: int
    table: tuple[tuple[str, ...], ...] = ()
    docstring: str | None = None


@frozen
class ExamplesDoc:
    name: str
    tags: tuple[str, ...]
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line, cells)


@frozen
class ScenarioDoc:
    keyword: str
    name: str
    line: int
    description: str
    tags: tuple[str, ...]
    steps: tuple[StepDoc, ...]
    examples: tuple[ExamplesDoc, ...] = ()

    @property
    def is_outline(self) -> bool:
        return bool(self.examples)

    @property
    def row_count(self) -> int:
        return sum(len(e.rows) for e in self.examples)


@frozen
class FeatureDoc:
    path: str  # relative to the features folder's parent, e.g. "features/laglig_tid.feature"
    keyword: str
    name: str
    description: str
    language: str
    tags: tuple[str, ...]
    background: tuple[StepDoc, ...]
    scenarios: tuple[ScenarioDoc, ...]

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9_-]+", "-", Path(self.path).stem.lower()).strip("-") or "feature"

    @property
    def test_count(self) -> int:
        """How many tests pytest-bdd makes of this feature: one per scenario or Exempel row."""
        return sum(s.row_count if s.is_outline else 1 for s in self.scenarios)


def _steps(raw: Iterable[Mapping[str, Any]]) -> tuple[StepDoc, ...]:
    steps = []
    for step in raw:
        table: tuple[tuple[str, ...], ...] = ()
        if step.get("dataTable"):
            table = tuple(
                tuple(cell["value"] for cell in row["cells"]) for row in step["dataTable"]["rows"]
            )
        docstring = step["docString"]["content"] if step.get("docString") else None
        steps.append(
            StepDoc(
                step["keyword"].strip(), step["text"], step["location"]["line"], table, docstring
            )
        )
    return tuple(steps)


def _tags(raw: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    return tuple(tag["name"].lstrip("@") for tag in raw)


def parse_feature(path: Path, rel: str) -> FeatureDoc:
    """One feature file, parsed with gherkin-official."""
    try:
        from gherkin.parser import Parser
        from gherkin.token_scanner import TokenScanner
    except ImportError:  # pragma: no cover - a dependency of ivo-flow
        raise InputError(
            "the living documentation needs gherkin-official", hint="pip install gherkin-official"
        ) from None
    try:
        document = Parser().parse(TokenScanner(path.read_text(encoding="utf-8")))
    except Exception as error:  # gherkin's CompositeParserException and friends
        raise InputError(f"cannot parse the feature: {error}", where=str(path)) from None
    feature: dict[str, Any] = dict(document.get("feature") or {})
    if not feature:
        raise InputError("the file has no Egenskap/Feature", where=str(path))
    background: tuple[StepDoc, ...] = ()
    scenarios = []
    children: list[dict[str, Any]] = [dict(c) for c in feature.get("children", [])]
    for child in list(children):
        if "rule" in child:
            children.extend(child["rule"].get("children", []))
    for child in children:
        if "background" in child:
            background = background + _steps(child["background"]["steps"])
        elif "scenario" in child:
            raw = child["scenario"]
            examples = tuple(
                ExamplesDoc(
                    name=ex.get("name", ""),
                    tags=_tags(ex.get("tags", [])),
                    header=tuple(c["value"] for c in ex["tableHeader"]["cells"])
                    if ex.get("tableHeader")
                    else (),
                    rows=tuple(
                        (row["location"]["line"], tuple(c["value"] for c in row["cells"]))
                        for row in ex.get("tableBody", [])
                    ),
                )
                for ex in raw.get("examples", [])
            )
            scenarios.append(
                ScenarioDoc(
                    keyword=raw["keyword"],
                    name=raw["name"],
                    line=raw["location"]["line"],
                    description=(raw.get("description") or "").strip(),
                    tags=_tags(raw.get("tags", [])),
                    steps=_steps(raw["steps"]),
                    examples=examples,
                )
            )
    return FeatureDoc(
        path=rel,
        keyword=feature["keyword"],
        name=feature["name"],
        description=(feature.get("description") or "").strip(),
        language=feature.get("language", "en"),
        tags=_tags(feature.get("tags", [])),
        background=background,
        scenarios=tuple(scenarios),
    )


def parse_features(directory: str | Path) -> list[FeatureDoc]:
    """Every ``*.feature`` under a folder, sorted by path."""
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError("is not a folder of .feature files", where=str(folder))
    return [
        parse_feature(path, path.relative_to(folder.parent).as_posix())
        for path in sorted(folder.rglob("*.feature"))
    ]


# -- statutes -------------------------------------------------------------------------------

_LAWS = {
    "SoL": "socialtjänstlagen (2025:400)",
    "SoL2001": "socialtjänstlagen (2001:453)",
    "FL": "förvaltningslagen (2017:900)",
    "FL1986": "förvaltningslagen (1986:223)",
    "FPL": "förvaltningsprocesslagen (1971:291)",
    "VitesL": "lag (1985:206) om viten",
    "LSS": "lag (1993:387) om stöd och service till vissa funktionshindrade",
    "PSL": "patientsäkerhetslagen (2010:659)",
    "LAFD": "lag (1971:289) om allmänna förvaltningsdomstolar",
    "HelgL": "lag (1989:253) om allmänna helgdagar",
}


def statute_label(tag: str) -> str | None:
    """The statute or ruling a feature tag names, in Swedish; None for other tags.

    ``SoL_28_kap_9`` → ``28 kap. 9 § socialtjänstlagen (2025:400)``, ``FL_44`` → ``44 §
    förvaltningslagen (2017:900)``, ``lag_1930_173`` → ``lag (1930:173)``, ``RA_2004_not_40`` →
    ``RÅ 2004 not 40``, ``HFD_2024_mal_4429_22`` → ``HFD 2024 mål 4429 22``.
    """
    parts = tag.split("_")
    head, rest = parts[0], parts[1:]
    if head == "lag" and len(rest) == 2 and all(p.isdigit() for p in rest):
        return f"lag ({rest[0]}:{rest[1]})"
    if head in ("RA", "RÅ", "NJA", "HFD"):
        words = " ".join(rest).replace("mal", "mål")
        return f"{'RÅ' if head == 'RA' else head} {words}".strip()
    if head == "SoL" and rest and rest[0] == "2001":
        head, rest = "SoL2001", rest[1:]
    if head == "FL" and rest and rest[0] == "1986":
        head, rest = "FL1986", rest[1:]
    law = _LAWS.get(head)
    if law is None:
        return None
    if not rest:
        return law
    if rest[0] in ("ovg", "övg"):
        return f"{law}, övergångsbestämmelser {' '.join(rest[1:])}".strip()
    if "kap" in rest:
        at = rest.index("kap")
        chapter = " ".join(rest[:at])
        section = " ".join(rest[at + 1 :])
        return f"{chapter} kap. {section} § {law}" if section else f"{chapter} kap. {law}"
    return f"{' '.join(rest)} § {law}"


_RELATED_CASES = {
    "seed_ostra_goinge": "Rättsfall Östra Göinge 2014–2016",
    "seed_linkoping": "Rättsfall Linköping 2013–2014",
}


def seed_label(tag: str) -> str | None:
    """``seed_000`` → ``Källfall 000`` (the source cases); a few named related cases."""
    match = re.fullmatch(r"seed_(\d+)", tag)
    return f"Källfall {match.group(1)}" if match else _RELATED_CASES.get(tag)


# -- results --------------------------------------------------------------------------------


@frozen
class RunResult:
    """One test of the last run: a scenario, or one Exempel row of a Scenariomall."""

    status: str  # passed | failed | skipped | not run
    steps: tuple[tuple[str, str, str], ...] = ()  # (keyword, text, status)
    error: str = ""
    cases: tuple[Mapping[str, Any], ...] = ()


def _load_json(path: Path | None) -> Any:
    if path is None or not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise InputError(f"is not JSON: {error}", where=str(path)) from None


def _element_status(element: Mapping[str, Any]) -> str:
    statuses = [s.get("result", {}).get("status", "passed") for s in element.get("steps", [])]
    if "failed" in statuses:
        return "failed"
    if statuses and all(s == "skipped" for s in statuses):
        return "skipped"
    return "passed"


def _short_error(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if line.lstrip().startswith("E ")]
    chosen = errors[:6] if errors else lines[-6:]
    return "\n".join(line.strip().removeprefix("E").strip() for line in chosen)[:1500]


class Results:
    """The last run: cucumber elements by (feature, scenario line), matched to Exempel rows."""

    def __init__(self, cucumber: Any, traversals: Any) -> None:
        self.available = cucumber is not None
        self.by_scenario: dict[tuple[str, int], list[tuple[str, RunResult]]] = {}
        records: dict[tuple[str, str], Mapping[str, Any]] = {}
        for record in (traversals or {}).get("scenarios", []):
            records[(_norm(record.get("feature", "")), record.get("name", ""))] = record
        self.records = records
        for feature in cucumber or []:
            uri = _norm(feature.get("uri", ""))
            for element in feature.get("elements", []):
                steps = tuple(
                    (
                        s.get("keyword", "").strip(),
                        s.get("name", ""),
                        s.get("result", {}).get("status", "passed"),
                    )
                    for s in element.get("steps", [])
                )
                errors = [
                    s["result"]["error_message"]
                    for s in element.get("steps", [])
                    if s.get("result", {}).get("error_message")
                ]
                name = element.get("id", "")
                record = records.get((uri, name), {})
                result = RunResult(
                    status=_element_status(element),
                    steps=steps,
                    error=_short_error(errors[0]) if errors else "",
                    cases=tuple(record.get("cases", ())),
                )
                self.by_scenario.setdefault((uri, int(element.get("line", 0))), []).append(
                    (name, result)
                )

    def for_scenario(self, feature: FeatureDoc, scenario: ScenarioDoc) -> list[RunResult]:
        """One result per test of the scenario (per Exempel row, in table order)."""
        found = self.by_scenario.get((_norm(feature.path), scenario.line), [])
        if not scenario.is_outline:
            return [found[-1][1]] if found else [RunResult("not run")]
        rows: list[RunResult | None] = [None] * scenario.row_count
        unplaced = []
        for name, result in found:
            record = self.records.get((_norm(feature.path), name), {})
            index = record.get("example_index")
            if isinstance(index, int) and 0 <= index < len(rows) and rows[index] is None:
                rows[index] = result
            else:
                unplaced.append(result)
        for i, row in enumerate(rows):  # without traversal records: in run order
            if row is None and unplaced:
                rows[i] = unplaced.pop(0)
        return [row or RunResult("not run") for row in rows]


def _norm(path: str) -> str:
    """A feature path as ``features/x.feature`` whatever folder the run named it from."""
    path = path.replace("\\", "/")
    at = path.rfind("features/")
    return path[at:] if at >= 0 else path


# -- HTML -----------------------------------------------------------------------------------

_CSS = """
body{font-family:Georgia,"Times New Roman",serif;margin:0;color:#1f2328;background:#fff;
line-height:1.45}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1.5rem}
header{border-bottom:1px solid #d0d7de;padding-bottom:.5rem}
h1{font-size:1.7rem;margin:1.2rem 0 .3rem}h2{font-size:1.35rem;margin-top:2rem}
h3{font-size:1.1rem;margin:1.5rem 0 .4rem}
a{color:#0a4fa6}nav ul{padding-left:1.2rem}
.lead{color:#57606a;max-width:48rem}
.tags{font-family:Helvetica,Arial,sans-serif;font-size:.8rem}
.tag{display:inline-block;border:1px solid #d0d7de;border-radius:1rem;padding:0 .5rem;
margin:0 .2rem .2rem 0;background:#f6f8fa}
.scenario{border:1px solid #d0d7de;border-left-width:6px;border-radius:4px;padding:.2rem 1rem
 .8rem;margin:1.2rem 0}
.scenario.passed{border-left-color:#1b7f3b}.scenario.failed{border-left-color:#b42318}
.scenario.skipped,.scenario.not-run{border-left-color:#8c959f}
.status{font-family:Helvetica,Arial,sans-serif;font-size:.8rem;font-weight:bold;
padding:.1rem .5rem;border-radius:3px;margin-left:.5rem;white-space:nowrap}
.status.passed{background:#dcf3e2;color:#1b7f3b}.status.failed{background:#ffe0db;
color:#b42318}.status.skipped,.status.not-run{background:#eaeef2;color:#57606a}
ol.steps{list-style:none;padding-left:0;margin:.4rem 0}
ol.steps li{margin:.15rem 0}.kw{font-weight:bold;color:#6639ba;margin-right:.35rem}
li.step-failed{background:#ffe0db}li.step-skipped{color:#8c959f}
table{border-collapse:collapse;margin:.3rem 0 .6rem 1.5rem;font-size:.92rem}
th,td{border:1px solid #d0d7de;padding:.15rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}tr.row-failed td{background:#ffe0db}tr.row-passed td:first-child{
border-left:4px solid #1b7f3b}tr.row-failed td:first-child{border-left:4px solid #b42318}
pre.error{background:#fff5f5;border:1px solid #f5c2c0;padding:.5rem;white-space:pre-wrap;
font-size:.8rem}
.path{font-size:.92rem}.path li{margin:.1rem 0}.lagrum{color:#57606a;font-size:.85rem}
details{margin:.5rem 0}summary{cursor:pointer;font-family:Helvetica,Arial,sans-serif;
font-size:.9rem}
.diagram{overflow-x:auto;border:1px solid #eaeef2;margin:.4rem 0}
.diagram svg{width:100%;min-width:60rem;height:auto}
.coverage td.num{text-align:right;font-variant-numeric:tabular-nums}
.ok{color:#1b7f3b}.missing{color:#b42318}
footer{border-top:1px solid #d0d7de;margin-top:3rem;padding:1rem 1.5rem;color:#57606a;
font-size:.85rem}
"""

_STATUS_SV = {
    "passed": "godkänt",
    "failed": "underkänt",
    "skipped": "överhoppat",
    "not run": "ej kört",
}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _status(status: str) -> str:
    css = status.replace(" ", "-")
    return f'<span class="status {css}">{_e(_STATUS_SV.get(status, status))}</span>'


def _page(title: str, body: str, stamp: str, *, up: str = "") -> str:
    home = f'<p><a href="{up}index.html">← Innehåll</a></p>' if up else ""
    return (
        '<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
        f"<header>{home}<h1>{_e(title)}</h1></header><main>{body}</main>"
        f"<footer>{stamp}</footer></body></html>\n"
    )


def _paragraphs(text: str) -> str:
    """A Gherkin description as paragraphs: lines joined, a blank line starts a new one."""
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text.strip())]
    return "".join(f'<p class="lead">{_e(block)}</p>' for block in blocks if block)


def _tags_html(tags: Iterable[str]) -> str:
    items = []
    for tag in tags:
        label = statute_label(tag) or seed_label(tag) or f"@{tag}"
        items.append(f'<span class="tag" title="@{_e(tag)}">{_e(label)}</span>')
    return f'<div class="tags">{"".join(items)}</div>' if items else ""


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _step_html(step: StepDoc, status: str | None = None) -> str:
    css = f' class="step-{status}"' if status in ("failed", "skipped") else ""
    text = re.sub(r"&lt;([^&]+?)&gt;", r"<var>&lt;\1&gt;</var>", _e(step.text))
    out = f'<li{css}><span class="kw">{_e(step.keyword)}</span>{text}'
    if step.table:
        out += _table(step.table[0], step.table[1:]) if len(step.table) > 1 else ""
        if len(step.table) == 1:
            out += _table((), step.table)
    if step.docstring is not None:
        out += f"<pre>{_e(step.docstring)}</pre>"
    return out + "</li>"


_UNIQUE_ID = re.compile(r'\sid="(bpmn-[^"]+)"')


def _inline_svg(svg: str, suffix: str) -> str:
    """An SVG document ready to inline in HTML: no XML namespace URL, ids unique per page."""
    svg = re.sub(r'\sxmlns(:\w+)?="[^"]*"', "", svg)
    for found in set(_UNIQUE_ID.findall(svg)):
        svg = svg.replace(f'id="{found}"', f'id="{found}-{suffix}"')
        svg = svg.replace(f"url(#{found})", f"url(#{found}-{suffix})")
    return svg


class _Site:
    def __init__(
        self,
        features: Sequence[FeatureDoc],
        processes: Sequence[ProcessDoc],
        results: Results,
        meta: Mapping[str, Any],
    ) -> None:
        self.features = features
        self.processes = {p.id: p for p in processes}
        self.process_list = list(processes)
        self.results = results
        self.meta = meta
        self.svg_count = 0
        self.cases_by_feature: dict[str, list[Mapping[str, Any]]] = {}
        self.scenario_results: dict[tuple[str, int], list[RunResult]] = {}
        for feature in features:
            for scenario in feature.scenarios:
                found = results.for_scenario(feature, scenario)
                self.scenario_results[(feature.path, scenario.line)] = found
                for result in found:
                    self.cases_by_feature.setdefault(feature.path, []).extend(result.cases)

    # -- shared pieces ---------------------------------------------------------------------

    def stamp(self) -> str:
        rows = "".join(
            f"<li>{_e(p.name)} (<code>{_e(p.id)}</code>, {_e(p.file)}): "
            f"<code>{_e(p.spec_hash)}</code></li>"
            for p in self.process_list
        )
        run = self.meta.get("run") or "inga testresultat"
        return (
            f"<p>ivo-flow {_e(self.meta.get('version', '?'))} · testkörning: {_e(run)}</p>"
            f"<details><summary>Processversioner (innehållshash)</summary><ul>{rows}</ul>"
            "</details>"
        )

    def overall(self, feature: FeatureDoc) -> str:
        statuses = [
            r.status
            for s in feature.scenarios
            for r in self.scenario_results[(feature.path, s.line)]
        ]
        if "failed" in statuses:
            return "failed"
        if statuses and all(s == "passed" for s in statuses):
            return "passed"
        return "not run" if all(s == "not run" for s in statuses) else "skipped"

    def counts(self, feature: FeatureDoc) -> tuple[int, int]:
        results = [
            r for s in feature.scenarios for r in self.scenario_results[(feature.path, s.line)]
        ]
        return sum(r.status == "passed" for r in results), len(results)

    # -- a scenario's cases ------------------------------------------------------------------

    def path_html(self, case: Mapping[str, Any]) -> str:
        """The case's path, element by element with the statute it cited, then where it waits."""
        process = self.processes.get(str(case.get("process_id", "")))
        bundle = bundle_of(process.id, self.processes) if process else []
        cited_for = case.get("lagrum", {})

        def item(element_id: str, note: str = "") -> tuple[str, str]:
            node = next((n for pid in bundle if (n := self.processes[pid].node(element_id))), None)
            name = node.name if node and node.name else element_id
            # the statutes the element cited for this case (chosen by its decision date)
            cited = cited_for.get(element_id) or (node.lagrum if node else "")
            lagrum = f' <span class="lagrum">— {_e(cited)}</span>' if cited else ""
            return f"<li>{note}{_e(name)}{lagrum}</li>", _e(name)

        items = [item(element_id)[0] for element_id in case.get("completed", [])]
        waiting = [
            item(e, "<em>väntar:</em> ")
            for e in case.get("waiting", [])
            if e not in case.get("completed", [])
        ]
        items.extend(html for html, _ in waiting)
        state = (
            f"Avslutat: {_e(self._node_name(bundle, case.get('end_state')))}"
            if case.get("status") == "completed"
            else f"Väntar på: {', '.join(name for _, name in waiting) or 'ingenting'}"
        )
        title = _e(process.name if process else case.get("process_id", ""))
        return (
            f'<div class="path"><p><strong>Ärende {_e(case.get("case_id", ""))}</strong> i '
            f"processen {title}. {state}.</p>"
            "<details open><summary>Vägen genom processen, steg för steg, med lagrum</summary>"
            f'<ol class="path">{"".join(items)}</ol></details>'
            f"{self.diagram(case)}</div>"
        )

    def _node_name(self, bundle: Sequence[str], element_id: Any) -> str:
        for pid in bundle:
            node = self.processes[pid].node(str(element_id))
            if node is not None:
                return node.name or node.id
        return str(element_id or "")

    def diagram(self, case: Mapping[str, Any]) -> str:
        """The case's process drawn with its path; also each called process the case entered."""
        process = self.processes.get(str(case.get("process_id", "")))
        if process is None:
            return ""
        highlight = Highlight(
            completed=case.get("completed", ()),
            waiting=case.get("waiting", ()),
            overdue=case.get("overdue", ()),
            traversed_flows=case.get("traversed_flows", ()),
        )
        touched = set(highlight.completed) | set(highlight.waiting)
        drawn = [
            self.processes[pid]
            for pid in bundle_of(process.id, self.processes)
            if pid == process.id or self.processes[pid].node_ids & touched
        ]
        parts = []
        for shown in drawn:
            try:
                svg = render_svg(
                    shown.bpmn, process_id=shown.id, highlight=highlight, filename=shown.file
                )
            except Exception as error:  # a drawing problem must not hide the feature
                parts.append(f'<p class="missing">Diagrammet kunde inte ritas: {_e(error)}</p>')
                continue
            self.svg_count += 1
            title = "" if shown is process else f"<p>Anropad process: {_e(shown.name)}</p>"
            parts.append(
                f'{title}<div class="diagram">{_inline_svg(svg, f"s{self.svg_count}")}</div>'
            )
        note = ""
        if case.get("spec_hash") and case.get("spec_hash") != process.spec_hash:
            note = (
                '<p class="missing">Obs: testkörningen gjordes med en annan version av '
                f"processen ({_e(case.get('spec_hash'))}) än den som ritas här "
                f"({_e(process.spec_hash)}).</p>"
            )
        return (
            f"<details><summary>Processdiagram med ärendets väg</summary>{note}"
            f"{''.join(parts)}</details>"
        )

    # -- pages ------------------------------------------------------------------------------

    def scenario_html(self, feature: FeatureDoc, scenario: ScenarioDoc) -> str:
        results = self.scenario_results[(feature.path, scenario.line)]
        statuses = {r.status for r in results}
        overall = (
            "failed"
            if "failed" in statuses
            else "passed"
            if statuses == {"passed"}
            else "not run"
            if statuses == {"not run"}
            else "skipped"
        )
        anchor = f"s{scenario.line}"
        out = [
            f'<section class="scenario {overall.replace(" ", "-")}" id="{anchor}">',
            f"<h3>{_e(scenario.keyword)}: {_e(scenario.name)}{_status(overall)}</h3>",
            _tags_html(scenario.tags),
        ]
        if scenario.description:
            out.append(_paragraphs(scenario.description))
        step_status: list[str | None] = [None] * len(scenario.steps)
        if not scenario.is_outline and results and results[0].steps:
            offset = len(results[0].steps) - len(scenario.steps)  # background steps first
            for i in range(len(scenario.steps)):
                if 0 <= offset + i < len(results[0].steps):
                    step_status[i] = results[0].steps[offset + i][2]
        out.append('<ol class="steps">')
        out.extend(_step_html(s, st) for s, st in zip(scenario.steps, step_status, strict=True))
        out.append("</ol>")
        if scenario.is_outline:
            index = 0
            for examples in scenario.examples:
                out.append(f"<h4>Exempel{': ' + _e(examples.name) if examples.name else ''}</h4>")
                out.append(
                    "<table><thead><tr><th>resultat</th>"
                    + "".join(f"<th>{_e(h)}</th>" for h in examples.header)
                    + "</tr></thead><tbody>"
                )
                for _line, cells in examples.rows:
                    result = results[index] if index < len(results) else RunResult("not run")
                    index += 1
                    css = result.status.replace(" ", "-")
                    out.append(
                        f'<tr class="row-{css}"><td>{_status(result.status)}</td>'
                        + "".join(f"<td>{_e(c)}</td>" for c in cells)
                        + "</tr>"
                    )
                out.append("</tbody></table>")
            index = 0
            for examples in scenario.examples:
                for _line, cells in examples.rows:
                    result = results[index] if index < len(results) else RunResult("not run")
                    index += 1
                    if result.error:
                        out.append(
                            f"<p>Rad {_e(' | '.join(cells))}:</p>"
                            f'<pre class="error">{_e(result.error)}</pre>'
                        )
                    for case in result.cases:
                        out.append(
                            f"<details><summary>Rad: {_e(' | '.join(cells))}</summary>"
                            f"{self.path_html(case)}</details>"
                        )
        else:
            result = results[0]
            if result.error:
                out.append(f'<pre class="error">{_e(result.error)}</pre>')
            out.extend(self.path_html(case) for case in result.cases)
        out.append("</section>")
        return "".join(out)

    def feature_page(self, feature: FeatureDoc) -> str:
        passed, total = self.counts(feature)
        body = [
            f"<p>{_e(feature.keyword)} · <code>{_e(feature.path)}</code> · "
            f"{passed} av {total} godkända{_status(self.overall(feature))}</p>",
            _tags_html(feature.tags),
            _paragraphs(feature.description),
            "<nav><ul>"
            + "".join(f'<li><a href="#s{s.line}">{_e(s.name)}</a></li>' for s in feature.scenarios)
            + "</ul></nav>",
        ]
        if feature.background:
            body.append(
                '<section class="scenario"><h3>Bakgrund</h3><ol class="steps">'
                + "".join(_step_html(s) for s in feature.background)
                + "</ol></section>"
            )
        body.extend(self.scenario_html(feature, s) for s in feature.scenarios)
        return _page(feature.name, "".join(body), self.stamp(), up="../")

    def index_page(self, coverages: Sequence[ProcessCoverage]) -> str:
        body = [
            '<p class="lead">Specifikationerna av ivo-flow: varje egenskap med sina scenarier '
            "på svenska, resultatet av den senaste testkörningen, vägen varje scenario tar "
            "genom processen och de lagrum varje steg tillämpar.</p>"
        ]
        if not self.results.available:
            body.append(
                '<p class="missing">Inga testresultat hittades: kör testerna först '
                "(python -m pytest skriver .ivo-flow/cucumber.json).</p>"
            )
        body.append("<h2>Egenskaper</h2><ul>")
        for feature in self.features:
            passed, total = self.counts(feature)
            body.append(
                f'<li><a href="features/{feature.slug}.html">{_e(feature.name)}</a> '
                f"({passed}/{total}){_status(self.overall(feature))}<ul>"
                + "".join(
                    f'<li><a href="features/{feature.slug}.html#s{s.line}">{_e(s.name)}</a></li>'
                    for s in feature.scenarios
                )
                + "</ul></li>"
            )
        body.append("</ul>")
        body.append(self.by_process())
        body.append(self.by_statute())
        body.append(self.coverage_table(coverages))
        return _page("ivo-flow – levande dokumentation", "".join(body), self.stamp())

    def by_process(self) -> str:
        out = ["<h2>Efter process</h2><ul>"]
        for process in self.process_list:
            links = []
            for feature in self.features:
                for scenario in feature.scenarios:
                    results = self.scenario_results[(feature.path, scenario.line)]
                    if any(
                        process.id in bundle_of(str(c.get("process_id", "")), self.processes)
                        for r in results
                        for c in r.cases
                    ):
                        links.append(
                            f'<li><a href="features/{feature.slug}.html#s{scenario.line}">'
                            f"{_e(scenario.name)}</a></li>"
                        )
            lagrum = "; ".join(process.lagrum)
            out.append(
                f"<li><strong>{_e(process.name)}</strong> (<code>{_e(process.id)}</code>)"
                + (f' <span class="lagrum">— {_e(lagrum)}</span>' if lagrum else "")
                + f"<ul>{''.join(links) or '<li>inga scenarier</li>'}</ul></li>"
            )
        out.append("</ul>")
        return "".join(out)

    def by_statute(self) -> str:
        index: dict[str, list[str]] = {}
        for feature in self.features:
            for scenario in feature.scenarios:
                link = (
                    f'<a href="features/{feature.slug}.html#s{scenario.line}">'
                    f"{_e(scenario.name)}</a>"
                )
                for tag in dict.fromkeys((*feature.tags, *scenario.tags)):
                    label = statute_label(tag) or seed_label(tag)
                    if label:
                        index.setdefault(label, []).append(link)
        for process in self.process_list:
            for node in process.nodes:
                for part in filter(None, (x.strip() for x in node.lagrum.split(";"))):
                    entry = f"steget ”{_e(node.name or node.id)}” i processen {_e(process.name)}"
                    index.setdefault(part, []).append(entry)
        out = ["<h2>Efter lagrum</h2><ul>"]
        for label in sorted(index, key=lambda s: s.lower()):
            entries = list(dict.fromkeys(index[label]))
            out.append(f"<li>{_e(label)}<ul>{''.join(f'<li>{x}</li>' for x in entries)}</ul></li>")
        out.append("</ul>")
        return "".join(out)

    def coverage_table(self, coverages: Sequence[ProcessCoverage]) -> str:
        if not self.results.available:
            return ""
        rows = []
        for cov in coverages:
            process = self.processes[cov.process_id]
            missing = ", ".join(
                _e(getattr(process.node(n), "name", "") or n) for n in cov.uncovered_nodes
            )
            rows.append(
                f"<tr><td>{_e(cov.name)}</td>"
                f'<td class="num">{len(cov.reached)}/{len(cov.nodes)}</td>'
                f'<td class="num">{len(cov.traversed)}/{len(cov.flows)}</td>'
                f'<td class="{"missing" if missing else "ok"}">{missing or "alla nås"}</td></tr>'
            )
        return (
            "<h2>Täckning</h2><p>Hur stor del av varje process scenarierna går igenom "
            "(flödesnoder som nås och sekvensflöden som tas).</p>"
            '<table class="coverage"><thead><tr><th>process</th><th>noder</th><th>flöden</th>'
            f"<th>steg som inget scenario når</th></tr></thead><tbody>{''.join(rows)}</tbody>"
            "</table>"
        )


def build_site(
    out_dir: str | Path,
    *,
    results: str | Path | None = None,
    processes: str | Path | None = None,
    features: str | Path = "features",
    traversals: str | Path | None = None,
) -> Path:
    """Write the living documentation into ``out_dir``; returns the path of ``index.html``.

    ``results`` is pytest-bdd's cucumber JSON of the last run (default
    ``.ivo-flow/cucumber.json`` when it exists); ``traversals`` the coverage plugin's record
    (default: ``traversals.json`` next to the results); ``processes`` a folder of BPMN files
    (default: the bundled processes); ``features`` the folder of ``*.feature`` files.
    """
    results_path = Path(results) if results is not None else DEFAULT_RESULTS
    if results is not None and not results_path.is_file():
        raise InputError("no such results file", where=str(results_path))
    traversals_path = (
        Path(traversals) if traversals is not None else results_path.with_name(TRAVERSALS_NAME)
    )
    feature_docs = parse_features(features)
    process_docs = load_processes(processes)
    cucumber = _load_json(results_path)
    record = _load_json(traversals_path) or {}
    run_results = Results(cucumber, record)
    try:
        version = metadata.version("ivo-flow")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a checkout
        version = "?"
    site = _Site(feature_docs, process_docs, run_results, {"version": version, **_run_meta(record)})
    out = Path(out_dir)
    (out / "features").mkdir(parents=True, exist_ok=True)
    all_cases = [c for s in record.get("scenarios", []) for c in s.get("cases", [])]
    coverages = coverage(process_docs, all_cases)
    for feature in feature_docs:
        (out / "features" / f"{feature.slug}.html").write_text(
            site.feature_page(feature), encoding="utf-8"
        )
    index = out / "index.html"
    index.write_text(site.index_page(coverages), encoding="utf-8")
    return index


def _run_meta(record: Mapping[str, Any]) -> dict[str, Any]:
    run = record.get("finished_at")
    return {"run": str(run)} if run else {}
