"""Issue 7, "nothing lost": a ticker killed with SIGKILL at random moments (the suite's size).

50 cases, 5 kills, about 10 s (its figures are printed with ``-s``). The stress version, 1 000
cases and 50 kills: ``python tests/stress/crash_safety.py --cases 1000 --kills 50``. What is
checked after each kill is described in ``tests/stress/crash_safety.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "stress"))

from crash_safety import crash_run  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def test_a_killed_ticker_loses_and_doubles_nothing(tmp_path: Path) -> None:
    figures = crash_run(tmp_path, cases=50, kills=5, seed=7)
    print(f"\ncrash safety: { {k: v for k, v in figures.items() if k != 'progress'} }")
    assert figures["killed_mid_run"] >= 1
    assert figures["killed_with_work_done"] >= 1, figures["progress"]
