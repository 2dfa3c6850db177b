"""Shared fixtures: a simulated clock and a database in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ivo_workflow import SimulatedClock, Workflows

pytest_plugins = ["steps.coverage"]  # path coverage of the processes by features/ (issue 5)


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(datetime(2014, 10, 1, 10, 0, tzinfo=UTC))


@pytest.fixture
def workflows(tmp_path: Path, clock: SimulatedClock) -> Iterator[Workflows]:
    wf = Workflows.open(tmp_path / "cases.db", clock=clock)
    yield wf
    wf.close()


OSKARSHAMN = {
    "adressat": "Socialnämnden i Oskarshamns kommun",
    "kommun": "Oskarshamns kommun",
    "beslutsdatum": "2014-10-01",
    "atgarder": "MI, Spelprogrammet, Väckarklockan, Vägen ut och Anhörigstöd ska föregås av "
    "utredning, bedömning och beslut",
    "atgardsfrist": "2015-01-19",
    "vite_belopp": 1_000_000,
    "allman_part": None,
}
