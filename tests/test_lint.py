"""Lint every process with bpmnlint's recommended rules (the bpmn-io port) and validate the
folder with ``ivo-flow validate``: a process that fails either is not shipped."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest
from bpmn_io.bpmn_moddle.simple import create_moddle
from bpmn_io.lint import Linter
from bpmn_io.lint.linter import Resolver
from bpmn_io.lint.resolver import NodeResolver
from click.testing import CliRunner
from ivo_flow.main import cli

PROCESSES = Path(__file__).resolve().parents[1] / "processes"
BPMN_FILES = sorted(PROCESSES.glob("*.bpmn"))

# bpmnlint's recommended set, unchanged. If a rule turns out wrong for SpiffWorkflow specifics,
# switch that one rule off here with a comment saying why, e.g. {"rules": {"x": "off"}}.
CONFIG: dict[str, Any] = {"extends": "bpmnlint:recommended"}


def lint(xml: str) -> list[str]:
    """The errors (not warnings) bpmnlint finds, one line each; import warnings count too."""
    result = create_moddle().from_xml(xml)
    errors = [f"import: {w.message}".splitlines()[0] for w in result.warnings]
    linter = Linter(config=CONFIG, resolver=cast(Resolver, NodeResolver()))
    for rule, reports in linter.lint(result.root_element).items():
        for report in reports:
            if report.get("category") in {"error", "rule-error"}:
                errors.append(f"{rule}: {report.get('id')}: {report.get('message')}")
    return errors


@pytest.mark.parametrize("path", BPMN_FILES, ids=[p.name for p in BPMN_FILES])
def test_process_passes_bpmnlint_recommended(path: Path) -> None:
    assert lint(path.read_text(encoding="utf-8")) == []


def test_the_linter_does_find_errors() -> None:
    """Guard against a linter that silently passes: an unnamed task and a dangling end."""
    broken = BPMN_FILES[0].read_text(encoding="utf-8").replace(' name="', ' label="', 3)
    assert lint(broken)


def test_ivo_flow_validate_finds_the_processes_clean() -> None:
    result = CliRunner().invoke(cli, ["validate", str(PROCESSES)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"ok: {PROCESSES}"


def test_ivo_flow_validate_prints_one_line_per_finding(tmp_path: Path) -> None:
    (tmp_path / "xxe.bpmn").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<d>&x;</d>'
    )
    (tmp_path / "trasig.dmn").write_text("<definitions><decision")
    result = CliRunner().invoke(cli, ["validate", str(tmp_path), str(tmp_path / "saknas.bpmn")])
    assert result.exit_code == 3
    lines = result.output.splitlines()
    assert lines == [
        f"{tmp_path / 'saknas.bpmn'}: no such file or folder",
        f"{tmp_path / 'trasig.dmn'}: line 1: malformed XML: Couldn't find end of Start Tag "
        "decision line 1, line 1, column 23",
        f"{tmp_path / 'xxe.bpmn'}: XML with a DOCTYPE declaration is refused "
        "(DTDs and entities are never loaded)",
    ]
    assert "Traceback" not in result.output
