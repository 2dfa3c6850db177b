"""Where a case's time goes: the appeal path through ``Workflows`` with the named parts timed
(information behind target 1; no target).

    python bench/breakdown.py [--cases 200] [--synchronous FULL|NORMAL]

Each part is wrapped with a ``perf_counter`` accumulator (parts nest: ``save to database``
contains ``audit rows``); the bare engine's script environment is timed the same way for
comparison. Figures are ms per case.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from itertools import count
from typing import Any

from _common import START, BareRunner, appeal_path, run_facade, workdir

from ivo_workflow import SimulatedClock, Workflows, engine, expressions, store


def timed_parts(parts: dict[str, tuple[Any, str]]) -> dict[str, float]:
    """Wrap each ``(owner, attribute)`` so that its time adds up under its label."""
    spent = dict.fromkeys(parts, 0.0)
    for label, (owner, name) in parts.items():
        setattr(owner, name, _timed(getattr(owner, name), label, spent))
    return spent


def _timed(function: Callable[..., Any], label: str, spent: dict[str, float]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - started

    return wrapper


def per_case(run: Callable[[], None], cases: int, spent: dict[str, float]) -> float:
    for _ in range(20):  # warm-up
        run()
    for label in spent:
        spent[label] = 0.0
    started = time.perf_counter()
    for _ in range(cases):
        run()
    return (time.perf_counter() - started) / cases * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--synchronous", default="NORMAL", choices=("FULL", "NORMAL"))
    args = parser.parse_args()
    steps = appeal_path()

    bare = BareRunner()
    environment = bare.engine.environment
    bare_spent = timed_parts(
        {"script: evaluate": (environment, "evaluate"), "script: execute": (environment, "execute")}
    )
    bare_ms = per_case(lambda: bare.run(steps), args.cases, bare_spent)

    spent = timed_parts(
        {
            "sandbox: evaluate": (expressions.Sandbox, "evaluate"),
            "sandbox: execute": (expressions.Sandbox, "execute"),
            "state tracker dump": (engine.StateTracker, "dump"),
            "save to database": (store.Store, "save"),
            "  audit rows (hash chain)": (store.Store, "_audit_rows"),
        }
    )
    wf = Workflows.open(
        workdir("breakdown-") / "b.db", clock=SimulatedClock(START), synchronous=args.synchronous
    )
    ids = count()

    def one() -> None:
        wf.clock._now = START  # type: ignore[attr-defined]
        run_facade(wf, f"c{next(ids)}", steps)

    ivo_ms = per_case(one, args.cases, spent)
    wf.close()
    print(f"appeal path, {args.cases} cases, synchronous={args.synchronous}; ms per case")
    print(f"  bare SpiffWorkflow            {bare_ms:7.2f}")
    for label, seconds in bare_spent.items():
        print(f"    {label:26s}  {seconds / args.cases * 1e3:7.2f}")
    print(f"  ivo-flow                      {ivo_ms:7.2f}")
    for label, seconds in spent.items():
        print(f"    {label:26s}  {seconds / args.cases * 1e3:7.2f}")


if __name__ == "__main__":
    main()
