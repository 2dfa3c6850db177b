"""The registry of ivo-flow commands: each name and the small module that defines it.

The group (``ivo_flow.main``) imports a command's module only when that command is run or
listed in ``--help``, so ``ivo-flow show`` does not pay for ``run``, ``docs`` or ``diagram``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click

MODULES: dict[str, str] = {
    "deadline": "ivo_flow.deadline_cmd",
    "start": "ivo_flow.start_cmd",
    "complete": "ivo_flow.complete_cmd",
    "message": "ivo_flow.message_cmd",
    "tick": "ivo_flow.tick_cmd",
    "cases": "ivo_flow.cases_cmd",
    "show": "ivo_flow.show_cmd",
    "tasks": "ivo_flow.tasks_cmd",
    "deadlines": "ivo_flow.deadlines_cmd",
    "history": "ivo_flow.history_cmd",
    "processes": "ivo_flow.processes_cmd",
    "run": "ivo_flow.run_cmd",
    "diagram": "ivo_flow.diagram_cmd",
    "validate": "ivo_flow.validate_cmd",
    "explain": "ivo_flow.explain_cmd",
    "docs": "ivo_flow.docs_cmd",
    "simulate": "ivo_flow.simulate_cmd",
    "verify": "ivo_flow.verify_cmd",
    "patterns": "ivo_flow.patterns_cmd",
}
"""Command name → module path; the module defines a click command of the same name."""


def load(name: str) -> click.Command | None:
    """The command called ``name`` (its module imported now), or None for an unknown name."""
    module = MODULES.get(name)
    if module is None:
        return None
    return getattr(importlib.import_module(module), name)


def __getattr__(attr: str) -> list[click.Command]:
    if attr == "ALL":  # every command, imported (what the eager registry used to be)
        return [command for name in MODULES if (command := load(name)) is not None]
    raise AttributeError(attr)
