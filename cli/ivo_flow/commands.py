"""The registry of ivo-flow commands; each lives in its own small module."""

from __future__ import annotations

import click

ALL: list[click.Command] = []
