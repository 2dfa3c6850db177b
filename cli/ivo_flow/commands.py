"""The registry of ivo-flow commands; each lives in its own small module."""

from __future__ import annotations

import click

from ivo_flow.cases_cmd import cases
from ivo_flow.complete_cmd import complete
from ivo_flow.deadline_cmd import deadline
from ivo_flow.deadlines_cmd import deadlines
from ivo_flow.diagram_cmd import diagram
from ivo_flow.history_cmd import history
from ivo_flow.message_cmd import message
from ivo_flow.processes_cmd import processes
from ivo_flow.run_cmd import run
from ivo_flow.show_cmd import show
from ivo_flow.start_cmd import start
from ivo_flow.tasks_cmd import tasks
from ivo_flow.tick_cmd import tick

ALL: list[click.Command] = []
ALL.append(deadline)
ALL += [start, complete, message, tick, cases, show, tasks, deadlines, history, processes, run]
ALL.append(diagram)

from ivo_flow.validate_cmd import validate  # noqa: E402 (registry: appended per command)

ALL.append(validate)

from ivo_flow.explain_cmd import explain  # noqa: E402 (registry: appended per command)

ALL.append(explain)

from ivo_flow.docs_cmd import docs  # noqa: E402 (registry: appended per command)

ALL.append(docs)

from ivo_flow.simulate_cmd import simulate  # noqa: E402 (registry: appended per command)

ALL.append(simulate)

from ivo_flow.verify_cmd import verify  # noqa: E402 (registry: appended per command)

ALL.append(verify)

from ivo_flow.patterns_cmd import patterns  # noqa: E402 (registry: appended per command)

ALL.append(patterns)
