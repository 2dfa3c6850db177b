"""Path coverage of the processes by the features, as a pytest plugin.

Registered by ``pytest_plugins`` in tests/conftest.py. After the feature tests have run it
reports, per process in processes/, which flow nodes and sequence flows the scenarios reached,
and FAILS the session (exit code 1) if a flow node of any process is never reached, printing the
nodes and flows that no scenario takes.

How a scenario's path is known: every scenario has a ``world`` (steps.vocabulary) that holds the
cases it created. After the scenario, the plugin reads each case's audit trail through the public
library and computes its highlight with ``ivo_workflow.views.svg.highlight_for_case``:

* a flow node is *reached* when the trail shows it completed (any audit kind but ``deadline``,
  which only means a timer was armed) or the case stopped waiting at it (a task or an armed
  timer — not the other branches of an event-based gateway, which the diagram shows waiting);
* a sequence flow is *traversed* when the engine recorded it as taken at a branching element
  (``data["flows"]`` of gateways); for other elements — an approximation — when its source was
  completed and it is the source's only outgoing flow, or its target was reached after all.
  A loop that went round twice may so count a flow the last round did not take.
* an element id is attributed to the case's own process first, then to the processes it calls
  (call activities), in that order: two processes of one bundle sharing an element id would
  be counted once, for the first.

Enforcement: only when the whole feature suite ran — every scenario and Exempel row of every
``features/*.feature`` was collected and none deselected (a single test file or ``-k`` gives a
report, not a failure). ``IVO_FLOW_COVERAGE=report`` reports without failing (while processes
are still being added); ``IVO_FLOW_COVERAGE=off`` records the paths (traversals.json) but neither reports nor fails.

It also makes the run write pytest-bdd's cucumber JSON to ``.ivo-flow/cucumber.json`` under the
rootdir (unless ``--cucumberjson`` names another path) and, next to it, ``traversals.json``:
per scenario (test name, feature, Exempel row) the cases with their completed/waiting/overdue
element ids and traversed flows, and the coverage per process. ``ivo-flow docs`` reads both.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from ivo_workflow.views.living_doc import (
    TRAVERSALS_NAME,
    ProcessDoc,
    bundle_of,
    coverage,
    load_processes,
    parse_features,
)
from ivo_workflow.views.svg import BpmnModel, highlight_for_case

ENV = "IVO_FLOW_COVERAGE"
RESULTS_DIR = ".ivo-flow"

_state: dict[str, Any] = {
    "records": {},  # nodeid -> scenario record
    "processes": None,
    "config": None,
    "bdd_selected": {},  # feature path -> number of selected tests
}


def _mode() -> str:
    value = os.environ.get(ENV, "enforce").strip().lower()
    return value if value in ("enforce", "report", "off") else "enforce"


def _processes() -> list[ProcessDoc]:
    if _state["processes"] is None:
        _state["processes"] = load_processes(os.environ.get("IVO_FLOW_PROCESSES") or None)
    return _state["processes"]


def _features_dir(config: pytest.Config) -> Path:
    return Path(config.rootpath) / "features"


# -- configuration -------------------------------------------------------------------------


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    _state["config"] = config
    _state["records"] = {}
    _state["default_results"] = False
    if getattr(config.option, "cucumber_json_path", "missing") is None:
        _state["default_results"] = True
        config.option.cucumber_json_path = str(
            Path(config.rootpath) / RESULTS_DIR / "cucumber.json"
        )
    path = getattr(config.option, "cucumber_json_path", None)
    if path:
        Path(path).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)


def pytest_bdd_apply_tag(tag: str, function: Any) -> Any:
    """Feature tags become marks; register each so pytest does not warn about unknown marks."""
    config = _state["config"]
    if config is not None and tag not in _registered_marks(config):
        config.addinivalue_line("markers", f"{tag}: feature tag (statute, ruling or seed case)")
    return None  # pytest-bdd's own implementation applies the mark


def _registered_marks(config: pytest.Config) -> set[str]:
    return {line.split(":")[0].split("(")[0].strip() for line in config.getini("markers")}


# -- collection: did the whole feature suite run? ---------------------------------------------


def pytest_collection_finish(session: pytest.Session) -> None:
    selected: dict[str, int] = {}
    for item in session.items:
        feature = _feature_of(item)
        if feature is not None:
            selected[feature] = selected.get(feature, 0) + 1
    _state["bdd_selected"] = selected
    if not selected and _state.get("default_results"):
        # a run without features must not overwrite the last feature run's results
        cucumber = getattr(session.config, "_bddcucumberjson", None)
        if cucumber is not None:
            session.config.pluginmanager.unregister(cucumber)
            del session.config._bddcucumberjson


def _feature_of(item: pytest.Item) -> str | None:
    template = _template_of(item)
    if template is None:
        return None
    return _rel_feature(template.feature.filename, item.config)


def _template_of(item: pytest.Item) -> Any:
    from pytest_bdd.scenario import scenario_wrapper_template_registry

    function = getattr(item, "function", None)
    return scenario_wrapper_template_registry.get(function) if function else None


def _rel_feature(filename: str, config: pytest.Config) -> str:
    path = Path(filename).resolve()
    try:
        return path.relative_to(Path(config.rootpath).resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _whole_suite_selected(config: pytest.Config) -> tuple[bool, str]:
    """True when every scenario and Exempel row of features/ was selected and has run."""
    selected: dict[str, int] = _state["bdd_selected"]
    ran: dict[str, int] = {}
    for record in _state["records"].values():
        ran[record["feature"]] = ran.get(record["feature"], 0) + 1
    if not selected or not ran:
        return False, "inga feature-tester kördes"
    folder = _features_dir(config)
    if not folder.is_dir():
        return False, "features/ saknas"
    expected = {f.path: f.test_count for f in parse_features(folder)}
    for path, count in expected.items():
        if selected.get(path, 0) < count:
            return False, f"bara en del av features/ valdes (inte allt i {path})"
        if ran.get(path, 0) < count:
            return False, f"bara en del av features/ kördes (inte allt i {path})"
    return True, ""


# -- per scenario ----------------------------------------------------------------------------


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    item = request.node
    template = _template_of(item)
    callspec = getattr(item, "callspec", None)
    # the n-th parametrization of a Scenariomall is the n-th Exempel row, in table order
    index = callspec.indices.get("_pytest_bdd_example") if callspec else None
    _state["records"][item.nodeid] = {
        "nodeid": item.nodeid,
        "name": item.name,
        "feature": _rel_feature(feature.filename, item.config),
        "scenario": scenario.name,
        "line": getattr(template, "line_number", scenario.line_number),
        "example_index": index,
        "outcome": None,
        "cases": [],
    }


def pytest_bdd_after_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    from steps.vocabulary import WORLD_KEY

    record = _state["records"].get(request.node.nodeid)
    world = request.node.stash.get(WORLD_KEY, None)
    if record is None or world is None:
        return
    world.flush_quietly()
    record["cases"] = [_case_record(world, case_id) for case_id in world.case_ids]
    record["cases"] = [c for c in record["cases"] if c is not None]


def _case_record(world: Any, case_id: str) -> dict[str, Any] | None:
    from ivo_workflow import IvoFlowError

    try:
        case = world.wf.case(case_id)
        history = world.wf.history(case_id)
    except IvoFlowError:
        return None
    by_id = {p.id: p for p in _processes()}
    models = [_model(by_id[i]) for i in bundle_of(case.process_id, by_id)]
    highlight = highlight_for_case(case, history, world.clock.now())
    here = {t.element_id for t in case.tasks} | {t.element_id for t in case.timers}
    waiting, traversed = _with_models(case, history, highlight, models)
    completed = list(
        dict.fromkeys(e.element_id for e in history if e.element_id and e.kind != "deadline")
    )
    # the statutes each element cited for this case (chosen by its decision date)
    lagrum = {e.element_id: e.legal_basis for e in history if e.element_id and e.legal_basis}
    lagrum.update({t.element_id: t.legal_basis for t in (*case.tasks, *case.timers)})
    return {
        "case_id": case.id,
        "process_id": case.process_id,
        "spec_hash": case.spec_hash,
        "status": case.status,
        "end_state": case.end_state,
        "completed": completed,
        "waiting": sorted(waiting),
        "waiting_here": sorted(here),
        "overdue": sorted(highlight.overdue),
        "traversed_flows": sorted(traversed),
        "lagrum": lagrum,
    }


def _model(process: ProcessDoc) -> BpmnModel:
    models: dict[str, BpmnModel] = _state.setdefault("models", {})
    if process.id not in models:
        models[process.id] = BpmnModel(process.bpmn, process.file)
    return models[process.id]


def _with_models(
    case: Any, history: list[Any], highlight: Any, models: list[BpmnModel]
) -> tuple[set[str], set[str]]:
    """What ``highlight_for_case(..., bpmn=...)`` adds from the models, on cached models.

    An event-based gateway with a waiting target waits with all its targets (for the drawing);
    a flow counts as traversed when the engine recorded it at a branching element, or when its
    source was completed and it is the source's only outgoing flow (or its target was reached).
    """
    completed = set(highlight.completed)
    waiting = set(highlight.waiting)
    traversed = set(highlight.traversed_flows)
    recorded = {e.element_id for e in history if isinstance(e.data.get("flows"), list)}
    for model in models:
        for gateway in model.ids_of_kind("eventBasedGateway"):
            targets = [flow.target for flow in model.outgoing(gateway)]
            if case.is_open and any(target in waiting for target in targets):
                waiting.update([gateway, *targets])
    reached = completed | waiting
    for model in models:
        for flow in model.flows:
            if flow.source in recorded or flow.source not in completed:
                continue
            if len(model.outgoing(flow.source)) == 1 or flow.target in reached:
                traversed.add(flow.id)
    return waiting, traversed


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    record = _state["records"].get(report.nodeid)
    if record is None:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        record["outcome"] = report.outcome


# -- at the end ------------------------------------------------------------------------------


def _summary(config: pytest.Config) -> dict[str, Any] | None:
    records: Mapping[str, Any] = _state["records"]
    if not records and not _state["bdd_selected"]:
        return None
    cases = [c for r in records.values() for c in r["cases"]]
    result = coverage(_processes(), cases)
    enforce, why = _whole_suite_selected(config)
    return {"coverage": result, "enforce": enforce, "why": why}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    if hasattr(config, "workerinput"):
        return
    summary = _summary(config)
    _state["summary"] = summary
    if summary is None:
        return
    _write_traversals(config, summary)
    uncovered = [c for c in summary["coverage"] if c.uncovered_nodes]
    if summary["enforce"] and _mode() == "enforce" and uncovered:  # "off": record only
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _write_traversals(config: pytest.Config, summary: Mapping[str, Any]) -> None:
    path = getattr(config.option, "cucumber_json_path", None)
    if not path:
        return
    target = Path(path).expanduser().resolve().with_name(TRAVERSALS_NAME)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "version": 1,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "complete_run": summary["enforce"],
        "processes": {p.id: {"file": p.file, "spec_hash": p.spec_hash} for p in _processes()},
        "coverage": {c.process_id: c.as_json() for c in summary["coverage"]},
        "scenarios": list(_state["records"].values()),
    }
    target.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    summary = _state.get("summary")
    if summary is None or _mode() == "off":
        return
    write = terminalreporter.write_line
    terminalreporter.write_sep("=", "ivo-flow: processernas täckning av features (path coverage)")
    by_id = {p.id: p for p in _processes()}
    for cov in summary["coverage"]:
        write(
            f"{cov.process_id:28} noder {len(cov.reached):3}/{len(cov.nodes):<3} "
            f"({cov.node_percent:5.1f} %)   flöden {len(cov.traversed):3}/{len(cov.flows):<3} "
            f"({cov.flow_percent:5.1f} %)"
        )
    for cov in summary["coverage"]:
        process = by_id[cov.process_id]
        if cov.uncovered_nodes:
            write(f"  {cov.process_id}: noder som inget scenario når:")
            for node_id in cov.uncovered_nodes:
                node = process.node(node_id)
                write(f"    - {node_id} ({node.name if node else ''})")
        if cov.uncovered_flows:
            write(f"  {cov.process_id}: flöden som inget scenario tar:")
            for flow_id, source, target, _name in process.flows:
                if flow_id in cov.uncovered_flows:
                    write(f"    - {flow_id} ({source} → {target})")
    uncovered = any(c.uncovered_nodes for c in summary["coverage"])
    if not summary["enforce"]:
        write(f"täckningen kontrolleras inte: {summary['why']}")
    elif _mode() == "report":
        write(f"{ENV}=report: täckningen rapporteras men underkänner inte körningen")
    elif uncovered:
        write(
            "UNDERKÄNT: varje flödesnod i varje process ska nås av minst ett scenario "
            f"(sätt {ENV}=report för att bara rapportera)",
            red=True,
        )
