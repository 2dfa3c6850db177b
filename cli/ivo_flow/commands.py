"""The registry of ivo-flow commands; each lives in its own small module."""

from __future__ import annotations

import click

from ivo_flow.deadline_cmd import deadline

ALL: list[click.Command] = []
ALL.append(deadline)
