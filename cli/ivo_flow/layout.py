"""A page of lines and two-column grids: printed with rich on a terminal, as plain text when piped.

Piped (not a terminal), a page whose text is plain (no wide, combining or control characters)
is laid out here without importing rich, which costs about as much as the rest of ``ivo-flow
show`` together: words wrap at spaces and a word longer than a line is cut, giving the lines
rich gives (``tests/test_layout.py`` compares the two). Anything else goes to rich.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click
from attrs import frozen

if TYPE_CHECKING:
    from rich.console import RenderableType

PIPED_WIDTH = 120
"""Line width when stdout is not a terminal and COLUMNS is not set (rich would take 80)."""

GRID_GAP = 2
"""Spaces between the two columns of a grid."""

_MIN_CELL = 10
"""The narrowest value column laid out here; narrower grids are left to rich."""

_WORD = re.compile(r"\s*\S+\s*")
_WIDE_PUNCTUATION = frozenset("–—‘’“”•…€")

Span = tuple[str, str]
"""A piece of a line: its text and a rich style ("" for none)."""


@frozen
class Line:
    """One paragraph, indented; ``\\n`` in the text starts a new line."""

    spans: tuple[Span, ...]
    indent: int = 0

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.spans)


@frozen
class Grid:
    """Rows of (key, value): keys dim and never wrapped, values wrapped beside them."""

    rows: tuple[tuple[str, str], ...]
    indent: int = 0


Block = Line | Grid


def line(*parts: str | Span, indent: int = 0) -> Line:
    """A line from text (unstyled) and (text, style) pieces."""
    return Line(tuple((p, "") if isinstance(p, str) else p for p in parts), indent)


def print_page(blocks: Sequence[Block]) -> None:
    """Print the page: plain when piped and plain text, else with rich."""
    width = _plain_width()
    if width is not None and _plain_text(blocks):
        lines = plain_lines(blocks, width)
        if lines is not None:
            click.echo("\n".join(lines))
            return
    from .output import emit

    emit(to_rich(blocks))


def plain_lines(blocks: Sequence[Block], width: int) -> list[str] | None:
    """The page as lines of at most ``width`` characters, or None for a grid too narrow here."""
    out: list[str] = []
    for block in blocks:
        pad = " " * block.indent
        if isinstance(block, Line):
            out += [(pad + row).rstrip() for row in wrap(block.text, width - block.indent)]
            continue
        if not block.rows:
            continue
        key_width = max(len(key) for key, _ in block.rows)
        cell = width - block.indent - key_width - GRID_GAP
        if cell < _MIN_CELL:
            return None
        beside = " " * (key_width + GRID_GAP)
        for key, value in block.rows:
            rows = wrap(value, cell)
            out.append((pad + key.ljust(key_width + GRID_GAP) + rows[0]).rstrip())
            out += [(pad + beside + row).rstrip() for row in rows[1:]]
    return out


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width``: breaks at spaces, a longer word on lines of its own pieces."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for match in _WORD.finditer(paragraph):
            word = match.group()
            size = len(word.rstrip())
            if size <= width - len(current):
                current += word
            elif size > width:
                if current:
                    lines.append(current)
                pieces = [word[i : i + width] for i in range(0, len(word), width)]
                lines += pieces[:-1]
                current = pieces[-1]
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return [row.rstrip() for row in lines]


def _plain_width() -> int | None:
    """The width for plain output, or None when rich should print (a terminal, forced colour)."""
    if "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ:
        return None
    isatty = getattr(sys.stdout, "isatty", None)
    if isatty is None or isatty():
        return None
    columns = os.environ.get("COLUMNS")
    if not columns:
        return PIPED_WIDTH
    return int(columns) if columns.isdigit() else None


def _plain_char(char: str) -> bool:
    """One cell wide, as rich counts it: printable, not combining, not East Asian wide."""
    if not char.isprintable():
        return False
    if ord(char) < 0x1100:
        return not unicodedata.category(char).startswith("M")
    return char in _WIDE_PUNCTUATION


def _plain_text(blocks: Sequence[Block]) -> bool:
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Line):
            texts.append(block.text)
        else:
            texts += [text for row in block.rows for text in row]
    text = "".join(texts).replace("\n", "")
    return (text.isascii() and text.isprintable()) or all(_plain_char(c) for c in set(text))


def to_rich(blocks: Sequence[Block]) -> RenderableType:
    """The page as rich renderables (what a terminal shows: bold headings, dim keys)."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    parts: list[RenderableType] = []
    for block in blocks:
        part: RenderableType
        if isinstance(block, Line):
            part = Text.assemble(*block.spans)
        else:
            grid = Table.grid(padding=(0, GRID_GAP))
            grid.add_column(style="dim", no_wrap=True)
            grid.add_column(overflow="fold")
            for key, value in block.rows:
                grid.add_row(Text(key), Text(value))
            part = grid
        parts.append(Padding(part, (0, 0, 0, block.indent)) if block.indent else part)
    return Group(*parts)
