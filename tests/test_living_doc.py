"""The path-coverage plugin (tests/steps/coverage.py) and the living documentation (views.living_doc).

Each test runs pytest in a subprocess on a small project in a temporary folder: its own
features/, a conftest that loads the plugin from this checkout's tests/steps, and (for most
tests) a tiny process of its own through IVO_FLOW_PROCESSES, so that 100 % is reachable. The
subprocess keeps the plugin's state apart from the session running these tests.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ivo_workflow.views.living_doc import (
    build_site,
    coverage,
    load_processes,
    parse_features,
    statute_label,
)

ROOT = Path(__file__).resolve().parents[1]
DOC = "<bpmn:documentation>Lagrum: 28 kap. 9 § socialtjänstlagen (2025:400)</bpmn:documentation>"

SMALL_PROCESS = f"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="defs_litet" targetNamespace="test">
  <bpmn:process id="litet_beslut" name="Litet beslut" isExecutable="true">
    {DOC}
    <bpmn:startEvent id="inleds" name="Ärendet inleds">{DOC}
      <bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="bedom" name="Bedöm ärendet">{DOC}
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
    <bpmn:exclusiveGateway id="allvarligt_gw" name="Allvarligt?" default="f4">{DOC}
      <bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>
      <bpmn:outgoing>f4</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:userTask id="ingrip" name="Ingrip">{DOC}
      <bpmn:incoming>f3</bpmn:incoming><bpmn:outgoing>f5</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="ingripit" name="Ingripande gjort">{DOC}
      <bpmn:incoming>f5</bpmn:incoming></bpmn:endEvent>
    <bpmn:endEvent id="utan_atgard" name="Avslutat utan åtgärd">{DOC}
      <bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="inleds" targetRef="bedom" />
    <bpmn:sequenceFlow id="f2" sourceRef="bedom" targetRef="allvarligt_gw" />
    <bpmn:sequenceFlow id="f3" name="ja" sourceRef="allvarligt_gw" targetRef="ingrip">
      <bpmn:conditionExpression>allvarligt</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" name="nej" sourceRef="allvarligt_gw" targetRef="utan_atgard" />
    <bpmn:sequenceFlow id="f5" sourceRef="ingrip" targetRef="ingripit" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram_litet">
    <bpmndi:BPMNPlane id="plane_litet" bpmnElement="litet_beslut">
      <bpmndi:BPMNShape id="inleds_di" bpmnElement="inleds"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="bedom_di" bpmnElement="bedom"><dc:Bounds x="180" y="78" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="gw_di" bpmnElement="allvarligt_gw"><dc:Bounds x="330" y="93" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="ingrip_di" bpmnElement="ingrip"><dc:Bounds x="430" y="78" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="ingripit_di" bpmnElement="ingripit"><dc:Bounds x="580" y="100" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="utan_di" bpmnElement="utan_atgard"><dc:Bounds x="337" y="200" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="180" y="118" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="280" y="118" /><di:waypoint x="330" y="118" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="380" y="118" /><di:waypoint x="430" y="118" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="355" y="143" /><di:waypoint x="355" y="200" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="f5_di" bpmnElement="f5"><di:waypoint x="530" y="118" /><di:waypoint x="580" y="118" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
"""

INGRIP = """
  Scenario: Allvarligt missförhållande – IVO ingriper
    Givet att ärendet har inletts i processen "Litet beslut" den 1 oktober 2014
    När "Bedöm ärendet" utförs den 2 oktober 2014 med:
      | uppgift    | värde |
      | allvarligt | ja    |
    Och "Ingrip" utförs den 3 oktober 2014
    Så ska ärendet vara avslutat med "Ingripande gjort"
    Och ärendet ska ha passerat "Ärendet inleds", "Bedöm ärendet", "Ingrip" i denna ordning
"""

INTE_ALLVARLIGT = """
  Scenariomall: Inte allvarligt – ärendet avslutas utan åtgärd
    Givet att ärendet har inletts i processen "Litet beslut" <dag>
    När "Bedöm ärendet" utförs <dag> med:
      | allvarligt | nej |
    Så ska ärendet vara avslutat med "Avslutat utan åtgärd"

    Exempel:
      | dag                         |
      | onsdagen den 1 oktober 2014 |
      | torsdagen den 2 oktober 2014 |
"""

FAILING = """
  Scenario: Ett scenario som inte stämmer
    Givet att ärendet har inletts i processen "Litet beslut" den 1 oktober 2014
    När "Bedöm ärendet" utförs den 2 oktober 2014 med:
      | allvarligt | nej |
    Så ska ärendet vara avslutat med "Ingripande gjort"
"""


def feature(*scenarios: str) -> str:
    return (
        "# language: sv\n@SoL_28_kap_9 @seed_000\nEgenskap: Ett litet beslut\n"
        "  IVO bedömer om ett missförhållande är allvarligt.\n" + "".join(scenarios)
    )


def run_project(
    tmp_path: Path,
    features: dict[str, str],
    *args: str,
    processes: dict[str, str] | None = None,
    env: dict[str, str] | None = None,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """pytest in a subprocess on a project of these features; returns it and the project."""
    project = tmp_path / "project"
    (project / "features").mkdir(parents=True)
    (project / "tests").mkdir()
    (project / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    for name, text in features.items():
        (project / "features" / name).write_text(text, encoding="utf-8")
    (project / "tests" / "conftest.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT / 'tests')!r})\n"
        'pytest_plugins = ["steps.coverage"]\n',
        encoding="utf-8",
    )
    (project / "tests" / "test_features.py").write_text(
        "from pytest_bdd import scenarios\n"
        "from steps.alla import *  # noqa: F403\n"
        'scenarios("../features")\n',
        encoding="utf-8",
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("IVO_FLOW")}
    if processes is not None:
        folder = project / "processes"
        folder.mkdir()
        for name, text in processes.items():
            (folder / name).write_text(text, encoding="utf-8")
        environment["IVO_FLOW_PROCESSES"] = str(folder)
    environment.update(env or {})
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests", *args],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result, project


SMALL = {"litet.bpmn": SMALL_PROCESS}


@pytest.fixture(scope="module")
def full_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Every path of the small process, plus one scenario that fails."""
    tmp = tmp_path_factory.mktemp("full")
    return run_project(
        tmp,
        {"litet.feature": feature(INGRIP, INTE_ALLVARLIGT), "fel.feature": feature(FAILING)},
        processes=SMALL,
    )


# -- the plugin -------------------------------------------------------------------------------


def test_full_coverage_passes_and_records_each_scenarios_path(tmp_path: Path) -> None:
    result, project = run_project(
        tmp_path, {"litet.feature": feature(INGRIP, INTE_ALLVARLIGT)}, processes=SMALL
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "litet_beslut" in result.stdout and "6/6" in result.stdout and "5/5" in result.stdout
    record = json.loads((project / ".ivo-flow" / "traversals.json").read_text(encoding="utf-8"))
    assert record["complete_run"] is True
    assert record["coverage"]["litet_beslut"]["uncovered_nodes"] == []
    by_scenario = {(s["scenario"], s["example_index"]): s for s in record["scenarios"]}
    ingrip = by_scenario[("Allvarligt missförhållande – IVO ingriper", None)]
    case = ingrip["cases"][0]
    assert case["completed"] == ["inleds", "bedom", "allvarligt_gw", "ingrip", "ingripit"]
    assert set(case["traversed_flows"]) == {"f1", "f2", "f3", "f5"}
    assert case["lagrum"]["ingrip"] == "28 kap. 9 § socialtjänstlagen (2025:400)"
    rows = sorted(i for (name, i) in by_scenario if name.startswith("Inte allvarligt"))
    assert rows == [0, 1]
    cucumber = json.loads((project / ".ivo-flow" / "cucumber.json").read_text(encoding="utf-8"))
    assert sum(len(f["elements"]) for f in cucumber) == 3


def test_an_element_no_scenario_reaches_fails_the_session(tmp_path: Path) -> None:
    result, _ = run_project(tmp_path, {"litet.feature": feature(INTE_ALLVARLIGT)}, processes=SMALL)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "2 passed" in result.stdout  # every test passed, yet the session fails
    uncovered = result.stdout.split("noder som inget scenario når:")[1]
    assert "ingrip (Ingrip)" in uncovered and "ingripit (Ingripande gjort)" in uncovered
    assert "f3 (allvarligt_gw → ingrip)" in result.stdout
    assert "UNDERKÄNT" in result.stdout


def test_report_mode_and_partial_runs_do_not_fail(tmp_path: Path) -> None:
    features = {"litet.feature": feature(INTE_ALLVARLIGT)}
    report, _ = run_project(
        tmp_path / "a", features, processes=SMALL, env={"IVO_FLOW_COVERAGE": "report"}
    )
    assert report.returncode == 0, report.stdout
    assert "IVO_FLOW_COVERAGE=report" in report.stdout and "ingrip (Ingrip)" in report.stdout
    partial, _ = run_project(tmp_path / "b", features, "-k", "onsdagen", processes=SMALL)
    assert partial.returncode == 0, partial.stdout
    assert "täckningen kontrolleras inte" in partial.stdout


def test_coverage_counts_elements_of_called_processes_for_the_callee() -> None:
    processes = [p for p in load_processes() if p.id == "forelaggande"]
    first = processes[0].nodes[0].id
    result = coverage(processes, [{"process_id": "forelaggande", "completed": [first]}])
    assert result[0].reached == {first}
    assert first not in result[0].uncovered_nodes


# -- the site ---------------------------------------------------------------------------------


def test_site_shows_every_scenario_with_its_result(
    full_run: tuple[subprocess.CompletedProcess[str], Path], tmp_path: Path
) -> None:
    result, project = full_run
    assert result.returncode == 1  # the failing scenario
    index = build_site(
        tmp_path / "site",
        results=project / ".ivo-flow" / "cucumber.json",
        processes=project / "processes",
        features=project / "features",
    )
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.html")}
    for doc in parse_features(project / "features"):
        page = pages[f"{doc.slug}.html"]
        for scenario in doc.scenarios:
            assert scenario.name in page and scenario.name in pages["index.html"]
    litet = pages["litet.html"]
    section = _section(litet, "Allvarligt missförhållande – IVO ingriper")
    assert "godkänt" in section and "underkänt" not in section
    path = section[section.index('<ol class="path">') :]
    assert path.index("Ärendet inleds") < path.index("Bedöm ärendet") < path.index("Ingrip")
    assert "28 kap. 9 § socialtjänstlagen (2025:400)" in section
    assert "<svg" in section and "bpmn-state-completed" in section
    assert "bpmn-traversed" in section
    outline = _section(litet, "Inte allvarligt – ärendet avslutas utan åtgärd")
    assert outline.count('<tr class="row-passed">') == 2
    failing = _section(pages["fel.html"], "Ett scenario som inte stämmer")
    assert "underkänt" in failing and "Avslutat utan åtgärd" in failing
    assert (
        "ivo-flow " in pages["index.html"]
        and load_processes(project / "processes")[0].spec_hash in pages["index.html"]
    )
    assert "28 kap. 9 § socialtjänstlagen (2025:400)" in pages["index.html"]  # by statute
    assert index.name == "index.html"
    for name, page in pages.items():
        assert_offline(name, page)


def assert_offline(name: str, page: str) -> None:
    """No external reference: no URL with a scheme, no script, no import, no remote font."""
    assert not re.search(r"(?i)\b(?:https?|ftp)://", page), name
    assert not re.search(r"(?i)<(?:script|link|iframe|img|object|embed)\b", page), name
    assert "@import" not in page and "url(//" not in page, name
    for ref in re.findall(r'(?:href|src)="([^"]*)"', page):
        assert ":" not in ref and not ref.startswith("//"), (name, ref)


def _section(page: str, title: str) -> str:
    heading = re.search(r"<h3>[^<]*: " + re.escape(title), page)  # not the contents list
    assert heading is not None, title
    start = heading.start()
    start = page.rindex("<section", 0, start)
    return page[start : page.index("</section>", start)]


def test_oskarshamn_reads_from_injunction_to_appeal_deadline_with_each_statute(
    tmp_path: Path,
) -> None:
    text = (ROOT / "features" / "forelaggande_vid_vite.feature").read_text(encoding="utf-8")
    result, project = run_project(
        tmp_path, {"forelaggande_vid_vite.feature": text}, "-k", "Oskarshamn"
    )
    assert "1 passed" in result.stdout, result.stdout + result.stderr
    build_site(
        tmp_path / "site",
        results=project / ".ivo-flow" / "cucumber.json",
        features=project / "features",
    )
    page = (tmp_path / "site" / "features" / "forelaggande_vid_vite.html").read_text(
        encoding="utf-8"
    )
    section = _section(page, "Oskarshamn – föreläggande vid vite 1 000 000 kr")
    assert "godkänt" in section
    record = json.loads((project / ".ivo-flow" / "traversals.json").read_text(encoding="utf-8"))
    case = record["scenarios"][0]["cases"][0]
    path = section[section.index('<ol class="path">') :]
    # every element the case passed, then where it waits (the appeal deadline), in order,
    # each with the statute it cites for a decision of 1 October 2014
    position = 0
    for element_id in [*case["completed"], *case["waiting"]]:
        cited = case["lagrum"].get(element_id)
        if not cited:
            continue  # e.g. an event-based gateway shown as waiting
        at = path.index(cited.replace("–", "–"), position)
        position = at
    assert "13 kap. 8 § socialtjänstlagen (2001:453)" in path
    assert "lag (1985:206) om viten" in path
    assert "förvaltningslagen (1986:223)" in path  # the appeal period of a 2014 decision
    assert "sista dag för överklagande ska vara fredagen den 24 oktober 2014" in section
    assert "1 000 000 kr" in section


def test_statute_labels() -> None:
    assert statute_label("SoL_28_kap_9") == "28 kap. 9 § socialtjänstlagen (2025:400)"
    assert statute_label("SoL_2001_13_kap_8") == "13 kap. 8 § socialtjänstlagen (2001:453)"
    assert statute_label("FL_44") == "44 § förvaltningslagen (2017:900)"
    assert statute_label("FPL_6_a") == "6 a § förvaltningsprocesslagen (1971:291)"
    assert statute_label("lag_1930_173") == "lag (1930:173)"
    assert statute_label("RA_2004_not_40") == "RÅ 2004 not 40"
    assert statute_label("VitesL_2") == "2 § lag (1985:206) om viten"
    assert statute_label("seed_000") is None


def test_docs_command_mirrors_build_site(
    full_run: tuple[subprocess.CompletedProcess[str], Path], tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from ivo_flow.main import cli

    _, project = full_run
    out = tmp_path / "docs"
    result = CliRunner().invoke(
        cli,
        [
            "--processes",
            str(project / "processes"),
            "docs",
            "--out",
            str(out),
            "--results",
            str(project / ".ivo-flow" / "cucumber.json"),
            "--features",
            str(project / "features"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out / "index.html")
    assert (out / "features" / "litet.html").is_file()
    missing = CliRunner().invoke(cli, ["docs", "--out", str(out), "--results", "nope.json"])
    assert missing.exit_code == 2 and "no such results file" in missing.output
