"""The living documentation in a real browser: headless chromium, offline, from file://.

Skipped when chromium is not installed (``apt-get install chromium``; .ci/run does it).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ivo_workflow.views.living_doc import build_site, load_processes, parse_features

ROOT = Path(__file__).resolve().parents[1]

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # offline: no name resolves
    "--enable-logging=stderr",
    "--v=0",
]


def results_for(features: Path, tmp: Path) -> Path:
    """A last run in which every scenario passed and went one step into its process."""
    process = next(p for p in load_processes() if p.id == "forelaggande")
    first = process.nodes[0].id
    cucumber, scenarios = [], []
    for doc in parse_features(features):
        elements = []
        for scenario in doc.scenarios:
            for row in range(scenario.row_count if scenario.is_outline else 1):
                name = f"test_{scenario.line}_{row}"
                steps = [
                    {
                        "keyword": s.keyword,
                        "name": s.text,
                        "line": s.line,
                        "result": {"status": "passed"},
                    }
                    for s in scenario.steps
                ]
                elements.append(
                    {"id": name, "name": scenario.name, "line": scenario.line, "steps": steps}
                )
                scenarios.append(
                    {
                        "name": name,
                        "feature": doc.path,
                        "example_index": row if scenario.is_outline else None,
                        "cases": [
                            {
                                "case_id": "arende-1",
                                "process_id": "forelaggande",
                                "status": "open",
                                "completed": [first],
                                "waiting": [],
                                "traversed_flows": [],
                                "lagrum": {},
                            }
                        ],
                    }
                )
        cucumber.append({"uri": doc.path, "name": doc.name, "elements": elements})
    (tmp / "cucumber.json").write_text(json.dumps(cucumber), encoding="utf-8")
    (tmp / "traversals.json").write_text(json.dumps({"scenarios": scenarios}), encoding="utf-8")
    return tmp / "cucumber.json"


def load(browser: str, page: Path, profile: Path) -> tuple[str, str]:
    result = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, result.stderr


def test_site_loads_offline_with_diagrams_and_no_console_errors(tmp_path: Path) -> None:
    browser = shutil.which("chromium")
    if browser is None:
        pytest.skip("chromium is not installed: apt-get install chromium")
    results = results_for(ROOT / "features", tmp_path)
    index = build_site(tmp_path / "site", results=results, features=ROOT / "features")
    pages = [index, *sorted((tmp_path / "site" / "features").glob("*.html"))]
    assert len(pages) > 1
    for page in pages[:3]:
        dom, log = load(browser, page, tmp_path / "profile")
        assert "<html" in dom and "</body>" in dom, page.name
        console = [line for line in log.splitlines() if "CONSOLE" in line or "Uncaught" in line]
        assert not console, console
        failures = re.findall(r"net::ERR_[A-Z_]+", log)
        assert not failures, (page.name, failures)  # nothing was fetched
        if page is not index:
            assert "<svg" in dom and "bpmn-state-completed" in dom, page.name
            assert "godkänt" in dom
