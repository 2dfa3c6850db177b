"""Issue 10, target 5: cold start of ``ivo-flow show CASE`` against
``python -c "import SpiffWorkflow.bpmn"`` (repeated subprocess runs, interleaved).

    python bench/coldstart.py [--rounds 20]

The case is an open one with deadlines, shown --at a day near them (days left are counted in
working days, which needs that year's holidays).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

from _common import START, appeal_path, interleaved, print_table, run_facade, verdict, workdir

from ivo_workflow import SimulatedClock, Workflows

BIN = Path(sys.executable).parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    db = workdir("cold-") / "cold.db"
    wf = Workflows.open(db, clock=SimulatedClock(START))
    run_facade(wf, "osk", appeal_path()[:3])
    wf.close()
    show = [str(BIN / "ivo-flow"), "--db", str(db), "show", "osk", "--at", "2014-10-21"]
    variants = {
        'python -c "import SpiffWorkflow.bpmn"': [
            sys.executable,
            "-c",
            "import SpiffWorkflow.bpmn",
        ],
        "ivo-flow show osk": show,
        "ivo-flow show osk --json": [*show, "--json"],
    }
    # Bytecode caches as an installed package has them: pip compiled SpiffWorkflow's on install;
    # the warm-up run writes the project's (a PYTHONDONTWRITEBYTECODE=1 in the environment would
    # otherwise leave ivo-flow compiling its own modules from source on every run).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    found = interleaved(
        {k: (lambda c=c: subprocess.run(c, check=True, capture_output=True, env=env)) for k, c in variants.items()},
        args.rounds,
    )  # fmt: skip
    modules = subprocess.run(
        [sys.executable, "-c", "import sys\nfrom ivo_flow.main import cli\n"
         f"cli(['--db', {str(db)!r}, 'show', 'osk'], standalone_mode=False)\n"
         "print(sorted({m.split('.')[0] for m in sys.modules} & {'SpiffWorkflow', 'sqlite_utils', 'lxml'}))"],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()[-1]  # fmt: skip
    print(f"heavy modules imported by show: {modules}")
    print_table("cold start, ms (wall, subprocess)", found.items())
    med = {k: statistics.median(v) for k, v in found.items()}
    base = med['python -c "import SpiffWorkflow.bpmn"']
    ok = verdict("show / import SpiffWorkflow.bpmn", med["ivo-flow show osk"] / base, 1.0)
    verdict("show --json / import SpiffWorkflow.bpmn", med["ivo-flow show osk --json"] / base, 1.0)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
