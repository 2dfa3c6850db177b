"""The process library: BPMN/DMN files read through a hardened XML parser, checked, hashed.

Every file is parsed by :data:`XML_PARSER` (no DTD, no entities, no network) after a byte-level
refusal of DOCTYPE/ENTITY declarations, so hostile XML is refused whatever lxml version is
installed. Our own checks run before SpiffWorkflow's, so a broken model gets a message that
names the file and the element.

A *bundle* is what one process needs to run: its file, the files of the processes it calls
(recursively) and the DMN files of the decisions it uses. Its content hash identifies the
process version; the store keeps each bundle once, and a case points at its hash.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import frozen
from lxml import etree

from .bpmn_text import process_name_in as process_name_in  # re-exported
from .errors import SandboxViolation, SpecError
from .expressions import check_expression, check_script
from .model import ProcessInfo

if TYPE_CHECKING:  # SpiffWorkflow is imported only when a bundle is compiled
    from SpiffWorkflow.bpmn.specs.bpmn_process_spec import BpmnProcessSpec
    from SpiffWorkflow.spiff.parser.process import SpiffBpmnParser

MAX_FILE_BYTES = 5 * 1024 * 1024
MODEL_SUFFIXES = {".bpmn", ".dmn"}

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
DMN_NS_PREFIX = "https://www.omg.org/spec/DMN/"
SPIFF_NS = "http://spiffworkflow.org/bpmn/schema/1.0/core"
NS = {"bpmn": BPMN_NS, "spiffworkflow": SPIFF_NS}

XML_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_pis=True,
    encoding="utf-8",  # never what the document declares (UTF-16/UTF-7 would hide a DOCTYPE)
)

# Reserved by SpiffWorkflow for its own internal task specs.
RESERVED_IDS = {"Start", "End", "Root", "EndJoin"}

FLOW_NODE_TAGS = {
    "task",
    "userTask",
    "manualTask",
    "scriptTask",
    "serviceTask",
    "sendTask",
    "receiveTask",
    "businessRuleTask",
    "callActivity",
    "subProcess",
    "startEvent",
    "endEvent",
    "intermediateCatchEvent",
    "intermediateThrowEvent",
    "boundaryEvent",
    "exclusiveGateway",
    "parallelGateway",
    "inclusiveGateway",
    "eventBasedGateway",
}

_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)
_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")
XINCLUDE_NAMESPACES = ("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude")


def parse_xml(data: bytes, filename: str) -> etree._ElementTree:
    """Parse untrusted XML: UTF-8 only, no DTD, no entities, no network, no XInclude, bounded size.

    The byte-level refusal of declarations is only sound if the bytes are what the parser reads,
    so anything but UTF-8 is refused first (a UTF-16 or UTF-7 DOCTYPE has no ``<!DOCTYPE`` bytes)
    and the parser is told the encoding instead of reading it from the document.
    """
    if len(data) > MAX_FILE_BYTES:
        raise SpecError(
            f"file is {len(data):,} bytes, more than the {MAX_FILE_BYTES:,} allowed",
            where=filename,
        )
    _check_utf8(data, filename)
    found = _DECLARATION.search(data)
    if found:
        kind = found.group(1).decode().upper()
        raise SpecError(
            f"XML with a {kind} declaration is refused (DTDs and entities are never loaded)",
            where=filename,
        )
    try:
        tree = etree.ElementTree(etree.fromstring(data, XML_PARSER))
    except etree.XMLSyntaxError as error:
        raise SpecError(f"malformed XML: {error.msg}", where=f"{filename}:{error.lineno}") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise SpecError("XML with a DOCTYPE is refused", where=filename)
    for node in tree.iter():
        if isinstance(node.tag, str) and node.tag[1:].startswith(XINCLUDE_NAMESPACES):
            raise SpecError(
                "XInclude (xi:include) is refused: a model is read whole, never from other files",
                where=filename,
            )
    return tree


def _check_utf8(data: bytes, filename: str) -> None:
    """Refuse XML that is not UTF-8, or that declares another encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        raise SpecError("is UTF-16 or UTF-32; save the model as UTF-8", where=filename)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SpecError(
            f"is not UTF-8 text ({error.reason} at byte {error.start})", where=filename
        ) from None
    declared = _ENCODING.match(data)
    if declared and declared.group(1).decode("ascii", "replace").lower() not in {"utf-8", "utf8"}:
        encoding = declared.group(1).decode("ascii", "replace")
        raise SpecError(
            f"declares the encoding {encoding!r}; only UTF-8 models are read", where=filename
        )


def _local(tag: Any) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


@frozen
class SourceFile:
    name: str
    text: str
    kind: str  # "bpmn" | "dmn"


@frozen
class Bundle:
    """The files one process needs, identified by their content hash."""

    process_id: str
    files: tuple[SourceFile, ...]
    hash: str

    def as_record(self) -> dict[str, Any]:
        return {
            "process_id": self.process_id,
            "files": [{"name": f.name, "kind": f.kind, "text": f.text} for f in self.files],
        }

    @classmethod
    def from_record(cls, spec_hash: str, record: Mapping[str, Any]) -> Bundle:
        files = tuple(SourceFile(f["name"], f["text"], f["kind"]) for f in record["files"])
        return cls(record["process_id"], files, spec_hash)


def bundle_hash(process_id: str, files: Iterable[SourceFile]) -> str:
    digest = hashlib.sha256(process_id.encode())
    for source in sorted(files, key=lambda f: f.name):
        digest.update(b"\0" + source.name.encode() + b"\0" + source.text.encode())
    return digest.hexdigest()[:16]


@frozen
class Element:
    """A BPMN element as people see it: its name, lane and the statute it cites."""

    id: str
    name: str
    kind: str
    lane: str | None
    process_id: str
    documentation: str

    @property
    def legal_basis(self) -> str:
        return legal_basis(self.documentation)

    def legal_basis_on(self, decided: date | str | None) -> str:
        """The statutes in force for a decision of that date (see :func:`legal_basis`)."""
        return legal_basis(self.documentation, on=decided)


_IN_FORCE = re.compile(r"\s*\((?:beslut(?:et)?\s+)?(före|från)\s+(\d{4}-\d{2}-\d{2})\)")


def legal_basis(documentation: str, *, on: date | str | None = None) -> str:
    """The statute lines of an element's documentation ("Lagrum: …"), else all of it.

    A citation may say when it applies, e.g. "13 kap. 8 § socialtjänstlagen (2001:453) (beslut
    före 2025-07-01)". Given the decision date ``on``, only the citations in force for a decision
    of that date are kept (the rule set is chosen by the decision date), without the qualifier.
    """
    plain, citations = _citations(documentation)
    if not citations:
        return plain
    decided = None if on is None else on if isinstance(on, date) else _iso_or_none(on)
    if decided is None:
        return "; ".join(written for written, _, _, _ in citations)
    return "; ".join(
        text
        for _, text, boundary, before in citations
        if boundary is None or (decided < boundary) == before
    )


@lru_cache(maxsize=4096)  # every step asks for every element it passes, with its case's date
def _citations(documentation: str) -> tuple[str, tuple[tuple[str, str, date | None, bool], ...]]:
    """An element's documentation read once: its text in one line, and its citations — each as
    written, without its qualifier, and the qualifier's boundary and whether it says "före"."""
    lines = [line.strip() for line in documentation.splitlines()]
    cited = [line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("lagrum:")]
    citations: list[tuple[str, str, date | None, bool]] = []
    for part in (part.strip() for line in cited for part in _split_outside_parentheses(line)):
        qualifier = _IN_FORCE.search(part)
        if qualifier is None:
            citations.append((part, part, None, False))
        else:
            boundary = date.fromisoformat(qualifier.group(2))
            bare = _IN_FORCE.sub("", part).strip()
            citations.append((part, bare, boundary, qualifier.group(1) == "före"))
    return " ".join(" ".join(lines).split()), tuple(citations)


# A statute and its predecessor: an element citing both must say which applies when, so that
# the audit of a case never cites the law not in force on its decision date.
VERSIONED_STATUTES: tuple[tuple[str, str, str, str], ...] = (
    ("socialtjänstlagen", "2025:400", "2001:453", "2025-07-01"),
    ("förvaltningslagen", "2017:900", "1986:223", "2018-07-01"),
)


LSS_NUMBER = "(1993:387)"
LSS_ACTIVITY = "(LSS-verksamhet)"


def unqualified_versions(documentation: str) -> list[str]:
    """Law lint: the citations of an element that cites both versions of a statute (e.g.
    socialtjänstlagen (2025:400) and (2001:453)) without saying when each applies — every such
    citation must carry "(beslut från DATE)" or "(beslut före DATE)". An element citing both
    socialtjänstlagen and LSS marks each LSS citation "(LSS-verksamhet)" (which one applies
    follows from the kind of activity, the case's ``lag``, not from a date). Messages in English."""
    lines = [line.strip() for line in documentation.splitlines()]
    cited = [line.split(":", 1)[1] for line in lines if line.lower().startswith("lagrum:")]
    parts = [part for line in cited for part in _split_outside_parentheses(line)]
    messages = []
    for name, new, old, boundary in VERSIONED_STATUTES:
        if not (any(new in part for part in parts) and any(old in part for part in parts)):
            continue
        for part in parts:
            if (new in part or old in part) and not _IN_FORCE.search(part):
                messages.append(
                    f"cites {name} ({new}) and ({old}) but '{part}' does not say when it applies: "
                    f"add (beslut från {boundary}) or (beslut före {boundary})"
                )
    if any("socialtjänstlag" in part for part in parts):
        for part in parts:
            if LSS_NUMBER in part and LSS_ACTIVITY not in part:
                messages.append(
                    f"cites socialtjänstlagen and LSS but '{part}' does not say that it governs "
                    f"LSS activity: add {LSS_ACTIVITY}"
                )
    return messages


def _split_outside_parentheses(line: str) -> list[str]:
    """Citations separated by ';' — but not a ';' inside "(…; …)"."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in line:
        depth += (char == "(") - (char == ")")
        if char == ";" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def _iso_or_none(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


@frozen
class Flow:
    """A sequence flow: its id, ends, label and condition (kept for audit and coverage)."""

    id: str
    source: str
    target: str
    name: str
    condition: str | None


@frozen
class Finding:
    """One problem found in a model: where and what."""

    file: str
    element: str
    message: str

    def __str__(self) -> str:
        if not self.element:
            return f"{self.file}: {self.message}"
        return f"{self.file}: {self.element}: {self.message}"


class _FileIndex:
    """What our checks need from one parsed file."""

    def __init__(self, name: str, tree: etree._ElementTree, text: str) -> None:
        self.name = name
        self.tree = tree
        self.text = text
        root = tree.getroot()
        self.kind = "dmn" if (root.nsmap.get(None) or "").startswith(DMN_NS_PREFIX) else "bpmn"
        self.processes: dict[str, etree._Element] = {}
        self.decisions: set[str] = set()
        if self.kind == "bpmn":
            for process in root.iterfind("bpmn:process", NS):
                self.processes[process.get("id", "")] = process
        else:
            for decision in root.iter():
                if _local(decision.tag) == "decision" and decision.get("id"):
                    self.decisions.add(decision.get("id", ""))

    def called_processes(self, process_id: str) -> set[str]:
        process = self.processes[process_id]
        return {
            node.get("calledElement", "")
            for node in process.iter(f"{{{BPMN_NS}}}callActivity")
            if node.get("calledElement")
        }

    def called_decisions(self, process_id: str) -> set[str]:
        process = self.processes[process_id]
        return {
            node.text.strip()
            for node in process.iter(f"{{{SPIFF_NS}}}calledDecisionId")
            if node.text and node.text.strip()
        }


class SpecLibrary:
    """Every process and decision of a folder, checked and ready to bundle."""

    def __init__(self, files: Mapping[str, bytes]) -> None:
        findings = self._index(files)
        if findings:
            first = findings[0]
            more = (
                f" (and {len(findings) - 1} more; run ivo-flow validate)"
                if len(findings) > 1
                else ""
            )
            where = f"{first.file}: {first.element}" if first.element else first.file
            raise SpecError(f"{first.message}{more}", where=where)
        self._bundles: dict[str, Bundle] = {}
        self._infos: dict[str, ProcessInfo] = {}

    def _index(self, files: Mapping[str, bytes]) -> list[Finding]:
        """Read, index and check ``files``; everything wrong becomes a finding, nothing raises.

        The one code path of loading (:class:`SpecLibrary`) and of :func:`validate_paths`.
        """
        found: list[Finding] = []
        self._files: dict[str, _FileIndex] = {}
        for name, data in sorted(files.items()):
            try:
                tree = parse_xml(data, name)
                self._files[name] = _FileIndex(name, tree, data.decode("utf-8"))
            except SpecError as error:
                found.append(_file_finding(name, error))
            except UnicodeDecodeError as error:
                found.append(Finding(name, "", f"is not UTF-8 text: {error.reason}"))
        self._process_file: dict[str, _FileIndex] = {}
        self._decision_file: dict[str, _FileIndex] = {}
        for index in self._files.values():
            for process_id in index.processes:
                if process_id in self._process_file:
                    other = self._process_file[process_id].name
                    found.append(
                        Finding(
                            index.name,
                            process_id,
                            f"process id '{process_id}' is defined in both {other} and "
                            f"{index.name}",
                        )
                    )
                    continue
                self._process_file[process_id] = index
            for decision_id in index.decisions:
                if decision_id in self._decision_file:
                    other = self._decision_file[decision_id].name
                    found.append(
                        Finding(
                            index.name,
                            decision_id,
                            f"decision id '{decision_id}' is defined in both {other} and "
                            f"{index.name}",
                        )
                    )
                    continue
                self._decision_file[decision_id] = index
        return found + self.findings()

    # -- loading ----------------------------------------------------------------------------

    @classmethod
    def from_directory(cls, directory: Path | str | None = None) -> SpecLibrary:
        """Load ``*.bpmn`` and ``*.dmn`` of a folder (default: the bundled processes)."""
        return cls(read_model_files(directory))

    # -- checks -----------------------------------------------------------------------------

    def findings(self) -> list[Finding]:
        """Our own checks, run before SpiffWorkflow's: references, ids, statutes, expressions."""
        found: list[Finding] = []
        for index in self._files.values():
            if index.kind == "bpmn":
                found.extend(self._check_bpmn(index))
            else:
                found.extend(_check_dmn(index))
        found.extend(self._check_shared_ids())
        return found

    def _check_shared_ids(self) -> list[Finding]:
        """Element ids must be unique across a process and the processes it calls: the engine
        indexes the elements of a bundle by id (audit, tasks, timers)."""
        owner: dict[str, dict[str, str]] = {}  # process -> element id -> process
        for process_id, index in self._process_file.items():
            owner[process_id] = {
                node.get("id", ""): process_id
                for node in index.processes[process_id].iter()
                if _local(node.tag) in FLOW_NODE_TAGS and node.get("id")
            }
        found: list[Finding] = []
        reported: set[tuple[str, frozenset[str]]] = set()
        for process_id in sorted(self._process_file):
            seen: dict[str, str] = {}
            for member in sorted(self._reachable(process_id)):
                for element_id in owner.get(member, {}):
                    first = seen.setdefault(element_id, member)
                    key = (element_id, frozenset((first, member)))
                    if first != member and key not in reported:
                        reported.add(key)
                        found.append(
                            Finding(
                                self._process_file[member].name,
                                element_id,
                                f"the id is also used in process '{first}' "
                                f"({self._process_file[first].name}); a process and the "
                                f"processes it calls need distinct element ids",
                            )
                        )
        return found

    def _reachable(self, process_id: str) -> set[str]:
        pending, seen = [process_id], set()
        while pending:
            current = pending.pop()
            if current in seen or current not in self._process_file:
                continue
            seen.add(current)
            pending.extend(self._process_file[current].called_processes(current))
        return seen

    def _check_bpmn(self, index: _FileIndex) -> list[Finding]:
        found: list[Finding] = []
        for process_id, process in index.processes.items():
            ids = {node.get("id") for node in process.iter() if node.get("id")}
            for node in process.iter():
                tag = _local(node.tag)
                node_id = node.get("id", "")
                where = node_id or tag
                if node_id in RESERVED_IDS:
                    found.append(Finding(index.name, where, "the id is reserved by the engine"))
                if tag == "sequenceFlow":
                    for ref in ("sourceRef", "targetRef"):
                        target = node.get(ref)
                        if not target or target not in ids:
                            found.append(
                                Finding(
                                    index.name,
                                    where,
                                    f"{ref} '{target}' is not an element of process '{process_id}'",
                                )
                            )
                elif tag == "callActivity":
                    called = node.get("calledElement", "")
                    if called not in self._process_file:
                        found.append(
                            Finding(
                                index.name,
                                where,
                                f"calls process '{called}', which no file defines",
                            )
                        )
                if tag in FLOW_NODE_TAGS and not _documentation(node):
                    found.append(
                        Finding(
                            index.name, where, "has no documentation citing its statute (Lagrum: …)"
                        )
                    )
                found.extend(
                    Finding(index.name, where, message)
                    for message in unqualified_versions(_documentation(node))
                )
                found.extend(self._check_expressions(index.name, where, node, tag))
            for decision in index.called_decisions(process_id):
                if decision not in self._decision_file:
                    found.append(
                        Finding(
                            index.name,
                            process_id,
                            f"uses decision '{decision}', which no DMN defines",
                        )
                    )
        return found

    @staticmethod
    def _check_expressions(filename: str, where: str, node: Any, tag: str) -> list[Finding]:
        checks: list[tuple[str, str]] = []
        for child in node:
            child_tag = _local(child.tag)
            if child_tag == "conditionExpression" and child.text:
                checks.append(("eval", child.text))
            elif child_tag == "script" and tag == "scriptTask" and child.text:
                checks.append(("exec", child.text))
            elif child_tag == "timerEventDefinition":
                for timer in child:
                    if timer.text and _local(timer.tag) in {
                        "timeDate",
                        "timeDuration",
                        "timeCycle",
                    }:
                        checks.append(("eval", timer.text))
        found = []
        for mode, source in checks:
            try:
                (check_expression if mode == "eval" else check_script)(
                    source, where=f"{filename}: {where}"
                )
            except SandboxViolation as error:
                found.append(Finding(filename, where, error.message))
        return found

    # -- queries ----------------------------------------------------------------------------

    @property
    def process_ids(self) -> list[str]:
        return sorted(self._process_file)

    def has_process(self, process_id: str) -> bool:
        return process_id in self._process_file

    def bundle(self, process_id: str) -> Bundle:
        """The files ``process_id`` needs, with their content hash."""
        if process_id not in self._bundles:
            if process_id not in self._process_file:
                from .errors import NotFoundError

                known = ", ".join(self.process_ids) or "none"
                raise NotFoundError(f"unknown process '{process_id}'", hint=f"known: {known}")
            names: set[str] = set()
            pending, seen = [process_id], set()
            while pending:
                current = pending.pop()
                if current in seen:
                    continue
                seen.add(current)
                index = self._process_file[current]
                names.add(index.name)
                pending.extend(index.called_processes(current))
                for decision in index.called_decisions(current):
                    names.add(self._decision_file[decision].name)
            files = tuple(
                SourceFile(name, self._files[name].text, self._files[name].kind)
                for name in sorted(names)
            )
            self._bundles[process_id] = Bundle(process_id, files, bundle_hash(process_id, files))
        return self._bundles[process_id]

    def info(self, process_id: str) -> ProcessInfo:
        if process_id not in self._infos:
            bundle = self.bundle(process_id)
            compiled = compile_bundle(bundle)
            index = self._process_file[process_id]
            process = index.processes[process_id]
            own = [e for e in compiled.elements.values() if e.process_id == process_id]
            self._infos[process_id] = ProcessInfo(
                id=process_id,
                name=process.get("name", process_id),
                file=index.name,
                spec_hash=bundle.hash,
                elements=len(own),
                lanes=tuple(dict.fromkeys(e.lane for e in own if e.lane)),
                documentation=legal_basis(_documentation(process)),
            )
        return self._infos[process_id]

    def infos(self) -> list[ProcessInfo]:
        return [self.info(process_id) for process_id in self.process_ids]


def read_model_files(directory: Path | str | None = None) -> dict[str, bytes]:
    """The BPMN/DMN files of a folder, by file name."""
    if directory is None:
        folder = resources.files("ivo_workflow.processes")
        return {
            entry.name: entry.read_bytes()
            for entry in folder.iterdir()
            if entry.name.endswith((".bpmn", ".dmn"))
        }
    path = Path(directory)
    if not path.is_dir():
        raise SpecError("is not a folder of BPMN/DMN files", where=str(path))
    files = [p for p in sorted(path.iterdir()) if p.suffix in MODEL_SUFFIXES]
    for file in files:  # refuse an oversized file before reading any of it
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SpecError(
                f"file is {size:,} bytes, more than the {MAX_FILE_BYTES:,} allowed", where=str(file)
            )
    return {p.name: p.read_bytes() for p in files}


def _file_finding(name: str, error: SpecError) -> Finding:
    """A file that cannot be read, as a finding (its line, if the parser gave one)."""
    where = error.where or name
    line = where[len(name) + 1 :] if where.startswith(f"{name}:") else ""
    return Finding(name, f"line {line}" if line.isdigit() else "", error.message)


_DMN_INPUT = "dmninputexpr"  # what SpiffWorkflow's DMN engine puts in place of "?"
_QUESTION_MARK = re.compile(r"\?(?=(?:[^'\"]|'[^']*'|\"[^\"]*\")*$)")  # "?" outside quotes


def _check_dmn(index: _FileIndex) -> list[Finding]:
    """DMN cells run in the sandbox: check them as SpiffWorkflow's DMN engine will run them."""
    found: list[Finding] = []
    root = index.tree.getroot()
    decisions = [node for node in root.iter() if _local(node.tag) == "decision"]
    if len(decisions) != 1:
        found.append(
            Finding(
                index.name,
                "",
                f"a DMN file must hold exactly one decision (SpiffWorkflow reads one), "
                f"found {len(decisions)}",
            )
        )
    for decision in decisions:
        where_decision = decision.get("id", "decision")
        tables = [n for n in decision if _local(n.tag) == "decisionTable"]
        if len(tables) != 1:
            found.append(
                Finding(index.name, where_decision, "a decision needs exactly one decision table")
            )
        for node in decision.iter():
            tag = _local(node.tag)
            if tag not in {"inputExpression", "inputEntry", "outputEntry"}:
                continue
            text_node = next((c for c in node if _local(c.tag) == "text"), None)
            source = (text_node.text or "").strip() if text_node is not None else ""
            where = node.get("id") or where_decision
            if not source or (tag == "inputEntry" and source == "-"):
                continue
            try:
                if tag == "inputEntry":
                    _check_input_entry(source, f"{index.name}: {where}")
                else:
                    check_expression(source, where=f"{index.name}: {where}")
            except SandboxViolation as error:
                found.append(Finding(index.name, where, error.message))
    return found


def _check_input_entry(source: str, where: str) -> None:
    """An input entry is a value (compared with ==), an operator and a value (``< '2025-07-01'``)
    or an expression where ``?`` stands for the input (``? in ('a', 'b')``)."""
    if "?" in re.sub(r"'[^']*'|\"[^\"]*\"", "", source):
        check_expression(_QUESTION_MARK.sub(_DMN_INPUT, source), where=where)
        return
    try:
        ast.parse(source.strip(), mode="eval")
    except SyntaxError:  # an operator first: the engine puts the input in front
        source = f"{_DMN_INPUT} {source}"
    except (RecursionError, MemoryError):
        pass  # nested too deeply to read: check_expression refuses it in one line
    check_expression(source, where=where)


def validate_paths(paths: Iterable[Path | str]) -> list[Finding]:
    """Check BPMN/DMN files and folders as loading does, returning findings (never raising).

    A folder is checked whole; a single file is checked together with the model files beside
    it (so that the processes and decisions it refers to resolve), but only its own findings
    are returned. Every process without findings is also compiled by SpiffWorkflow.
    """
    found: list[Finding] = []
    wanted: set[str] = set()
    files: dict[str, bytes] = {}

    def add(path: Path, requested: bool) -> None:
        key = str(path)
        if key in files:
            if requested:
                wanted.add(key)
            return
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                files[key] = b"x" * (MAX_FILE_BYTES + 1)  # parse_xml reports the size
            else:
                files[key] = path.read_bytes()
        except OSError as error:
            found.append(Finding(key, "", f"cannot be read: {error.strerror or error}"))
            return
        if requested:
            wanted.add(key)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.suffix in MODEL_SUFFIXES and child.is_file():
                    add(child, True)
        elif path.is_file():
            if path.suffix not in MODEL_SUFFIXES:
                found.append(Finding(str(path), "", "is not a .bpmn or .dmn file"))
                continue
            add(path, True)
            for sibling in sorted(path.parent.iterdir()):
                if sibling.suffix in MODEL_SUFFIXES and sibling.is_file() and sibling != path:
                    add(sibling, False)
        else:
            found.append(Finding(str(path), "", "no such file or folder"))
    library = SpecLibrary.__new__(SpecLibrary)
    findings = library._index(files)
    found.extend(f for f in findings if f.file in wanted)
    if not findings:
        library._bundles, library._infos = {}, {}
        for process_id in library.process_ids:
            if library._process_file[process_id].name not in wanted:
                continue
            try:
                compile_bundle(library.bundle(process_id))
            except SpecError as error:
                file, _, element = (error.where or "").partition(": ")
                found.append(Finding(file or process_id, element, error.message))
    return found


def _documentation(node: Any) -> str:
    doc = node.find("bpmn:documentation", NS)
    return (doc.text or "").strip() if doc is not None else ""


# -- compiled specs -------------------------------------------------------------------------


@frozen
class CompiledSpec:
    """A bundle parsed by SpiffWorkflow, with an index of its elements."""

    bundle: Bundle
    spec: BpmnProcessSpec
    subprocess_specs: dict[str, BpmnProcessSpec]
    elements: dict[str, Element]
    files_by_process: dict[str, str]
    flows: dict[tuple[str, str], Flow]

    def outgoing(self, element_id: str) -> tuple[Flow, ...]:
        return self._outgoing.get(element_id, ())

    @cached_property
    def _outgoing(self) -> dict[str, tuple[Flow, ...]]:
        found: dict[str, list[Flow]] = {}
        for (source, _), flow in self.flows.items():
            found.setdefault(source, []).append(flow)
        return {source: tuple(flows) for source, flows in found.items()}

    def where(self, element_id: str) -> str:
        """``file: element`` for messages about an element of this bundle."""
        element = self.elements.get(element_id)
        name = self.files_by_process.get(element.process_id) if element else None
        return f"{name}: {element_id}" if name else element_id


@lru_cache(maxsize=1)
def _parser_class() -> type[SpiffBpmnParser]:
    from SpiffWorkflow.spiff.parser.process import SpiffBpmnParser

    from .timers import CLOCK_AWARE_PARSER_CLASSES

    class _Parser(SpiffBpmnParser):
        OVERRIDE_PARSER_CLASSES = {
            **SpiffBpmnParser.OVERRIDE_PARSER_CLASSES,
            **CLOCK_AWARE_PARSER_CLASSES,
        }

    return _Parser


def new_parser() -> SpiffBpmnParser:
    """SpiffWorkflow's parser with the clock-aware timers (SpiffWorkflow imported here)."""
    return _parser_class()()


@lru_cache(maxsize=64)
def _compile(bundle: Bundle) -> CompiledSpec:
    from SpiffWorkflow.bpmn.parser.ValidationException import ValidationException

    parser = new_parser()
    try:
        for source in bundle.files:
            tree = parse_xml(source.text.encode("utf-8"), source.name)
            if source.kind == "dmn":
                parser.add_dmn_xml(tree.getroot(), filename=source.name)
            else:
                parser.add_bpmn_xml(tree, filename=source.name)
        spec = parser.get_spec(bundle.process_id)
        subprocess_specs = parser.get_subprocess_specs(bundle.process_id)
    except ValidationException as error:
        where = f"{error.file_name or bundle.process_id}: {error.id or error.tag or '?'}"
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise SpecError(message, where=where) from None
    elements: dict[str, Element] = {}
    files_by_process = {}
    for process_spec in [spec, *subprocess_specs.values()]:
        files_by_process[process_spec.name] = process_spec.file
        for task_spec in process_spec.task_specs.values():
            bpmn_id = getattr(task_spec, "bpmn_id", None)
            if not bpmn_id:
                continue
            elements[bpmn_id] = Element(
                id=bpmn_id,
                name=task_spec.bpmn_name or bpmn_id,
                kind=type(task_spec).__name__,
                lane=task_spec.lane,
                process_id=process_spec.name,
                documentation=task_spec.documentation or "",
            )
    return CompiledSpec(bundle, spec, subprocess_specs, elements, files_by_process, _flows(bundle))


def _flows(bundle: Bundle) -> dict[tuple[str, str], Flow]:
    flows: dict[tuple[str, str], Flow] = {}
    for source in bundle.files:
        if source.kind != "bpmn":
            continue
        root = parse_xml(source.text.encode("utf-8"), source.name).getroot()
        for node in root.iter(f"{{{BPMN_NS}}}sequenceFlow"):
            condition = node.find("bpmn:conditionExpression", NS)
            flow = Flow(
                id=node.get("id", ""),
                source=node.get("sourceRef", ""),
                target=node.get("targetRef", ""),
                name=node.get("name", ""),
                condition=(condition.text or "").strip() if condition is not None else None,
            )
            flows[(flow.source, flow.target)] = flow
    return flows


def compile_bundle(bundle: Bundle) -> CompiledSpec:
    """Parse a bundle once per content hash (kept in memory, keyed by the hash)."""
    return _compile(bundle)


@lru_cache(maxsize=64)  # a bundle is immutable; every start of a case hands its record to the store
def bundle_record_json(bundle: Bundle) -> str:
    return json.dumps(bundle.as_record(), ensure_ascii=False, sort_keys=True)
