"""The plain layout of a page (ivo-flow show when piped) gives the lines rich gives."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from conftest import OSKARSHAMN
from hypothesis import given, settings
from hypothesis import strategies as st
from ivo_flow.layout import Block, Grid, Line, line, plain_lines, wrap
from rich.console import Console

from ivo_workflow import SimulatedClock, Workflows


def rich_lines(blocks: list[Block], width: int) -> list[str]:
    from ivo_flow.layout import to_rich

    out = Console(file=io.StringIO(), width=width, highlight=False, markup=False, soft_wrap=False)
    with out.capture() as captured:
        out.print(to_rich(blocks))
    return [row.rstrip() for row in captured.get().splitlines()]


words = st.one_of(
    st.text("abcåäö()§:;,.-—•é", min_size=1, max_size=12),
    st.text("xyz", min_size=20, max_size=150),  # longer than a line or a cell
)
texts = st.lists(st.tuples(words, st.sampled_from([" ", " ", "  ", "\n"])), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)
keys = st.text("abc_", min_size=1, max_size=40)
blocks = st.one_of(
    st.builds(lambda t, i: line(t, ("x", "bold"), indent=i), texts, st.sampled_from([0, 2, 4])),
    st.builds(
        lambda rows, i: Grid(tuple(rows), indent=i),
        st.lists(st.tuples(keys, texts), min_size=1, max_size=5),
        st.sampled_from([0, 2]),
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(blocks, max_size=6), st.integers(min_value=60, max_value=200))
def test_plain_lines_are_the_lines_rich_prints(page: list[Block], width: int) -> None:
    plain = plain_lines(page, width)
    if plain is not None:  # None: a grid narrower than the plain layout takes (rich prints it)
        assert plain == rich_lines(page, width)


def test_wrap_breaks_at_spaces_and_cuts_long_words() -> None:
    assert wrap("aa bb cc", 5) == ["aa bb", "cc"]
    assert wrap("a " + "x" * 12 + " b", 5) == ["a", "xxxxx", "xxxxx", "xx b"]
    assert wrap("one\n\ntwo", 10) == ["one", "", "two"]


def test_a_too_narrow_grid_is_left_to_rich() -> None:
    assert plain_lines([Grid((("k" * 50, "value"),))], 60) is None
    assert plain_lines([Line((("text", ""),))], 60) == ["text"]


def test_show_piped_imports_neither_rich_nor_holidays(tmp_path: Path) -> None:
    """Piped, ``show`` prints without rich and counts working days without ``holidays``."""
    db = tmp_path / "cases.db"
    with Workflows.open(db, clock=SimulatedClock(datetime(2014, 10, 1, 10, tzinfo=UTC))) as wf:
        wf.start("forelaggande", case_id="osk", data=OSKARSHAMN)
        wf.complete("osk", "delge_forelaggandet", {"delgivningsdatum": "2014-10-03"})
    code = (
        "import sys\nfrom ivo_flow.main import cli\n"
        f"cli(['--db', {str(db)!r}, 'show', 'osk', '--at', '2014-10-21'], standalone_mode=False)\n"
        "print('HEAVY', sorted({m.split('.')[0] for m in sys.modules} & "
        "{'rich', 'holidays', 'tempfile'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "arbetsdagar" in out.stdout  # days left were counted
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr
