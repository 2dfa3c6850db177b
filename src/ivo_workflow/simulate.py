"""A reproducible synthetic year of national caseload, run through the processes into a database.

>>> summary = simulate(workflows, cases=1000, seed=7)        # doctest: +SKIP

Each case follows one *path* of its process, drawn with the path's weight; a path is a small
table of steps (day offset from the decision, what happens, data), so a new process plugs in as
one more table in :data:`PATHS`. The simulation walks the year day by day on the workflows'
simulated clock: first the timers that have fallen due are fired (``tick``), then the day's
commands run at 12:00 Stockholm time, all of one day in one transaction with a savepoint per
command (a failing command rolls back alone and is counted, the rest of the day stands).

The same event sequences are available without a database (:func:`plans`), so that a benchmark
can run them on the bare engine.
"""

from __future__ import annotations

import random
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from attrs import field, frozen

from .clock import SimulatedClock
from .errors import ClockError, IvoFlowError

if TYPE_CHECKING:
    from .workflows import Workflows

STOCKHOLM = ZoneInfo("Europe/Stockholm")

MUNICIPALITIES = (
    "Oskarshamn", "Kalmar", "Växjö", "Umeå", "Luleå", "Gävle", "Örebro", "Malmö", "Lund",
    "Göteborg", "Borås", "Uppsala", "Västerås", "Norrköping", "Linköping", "Jönköping",
    "Sundsvall", "Karlstad", "Falun", "Visby",
)  # fmt: skip


@frozen
class Step:
    """One thing that happens to a case: ``kind`` is start, complete, message or timers."""

    day: int  # days after the decision
    kind: str
    name: str = ""
    data: dict[str, Any] = field(factory=dict)


@frozen
class PathSpec:
    """A path through a process: its weight among the process's paths and its steps."""

    process_id: str
    name: str
    weight: float
    steps: Callable[[date, random.Random], list[Step]]
    outcomes: tuple[tuple[str, str], ...] = ()  # (deadline, "met"|"missed"), for the summary


@frozen
class Plan:
    """One simulated case: its id, path and dated steps."""

    case_id: str
    process_id: str
    path: str
    decided: date
    steps: tuple[Step, ...]
    outcomes: tuple[tuple[str, str], ...]


# -- the paths of forelaggande (processes/forelaggande.bpmn) -----------------------------------


def _forelaggande_start(decided: date, rng: random.Random, vite: int) -> tuple[Step, dict]:
    frist = decided + timedelta(days=rng.randint(60, 120))
    data = {
        "adressat": f"Socialnämnden i {rng.choice(MUNICIPALITIES)} kommun",
        "kommun": f"{rng.choice(MUNICIPALITIES)} kommun",
        "beslutsdatum": decided.isoformat(),
        "atgarder": "Utredning, bedömning och beslut ska föregå insatserna",
        "atgardsfrist": frist.isoformat(),
        "vite_belopp": vite,
        "allman_part": None,
    }
    return Step(0, "start", "forelaggande", data), data


def _served(decided: date, rng: random.Random) -> tuple[int, Step]:
    served = rng.randint(1, 5)
    step = Step(
        served,
        "complete",
        "delge_forelaggandet",
        {"delgivningsdatum": (decided + timedelta(days=served)).isoformat()},
    )
    return served, step


def _after_deadlines(decided: date, data: dict, extra: int) -> int:
    frist = date.fromisoformat(data["atgardsfrist"])
    return (frist - decided).days + extra


def _not_complied(out: list[Step], rng: random.Random, vite: int) -> None:
    """Not complied with: IVO considers the next step (P2) — with vite it applies for the fine,
    without it closes the matter — and, when it applies, files the application (P5)."""
    atgard = "ansok_om_utdomande" if vite > 0 else "avsluta"
    day = out[-1].day + rng.randint(5, 20)
    out.append(Step(day, "complete", "overvag_fortsatta_atgarder", {"atgard": atgard}))
    if vite > 0:
        out.append(Step(day, "complete", "ansok_om_utdomande", {}))


def _no_appeal(complied: bool, vite: int = 1_000_000) -> Callable[[date, random.Random], list]:
    def steps(decided: date, rng: random.Random) -> list[Step]:
        start, data = _forelaggande_start(decided, rng, vite)
        served, serve = _served(decided, rng)
        check = max(_after_deadlines(decided, data, 1), served + 30)
        out = [start, serve, Step(check, "timers")]
        out.append(Step(check + rng.randint(1, 10), "complete", "kontrollera_efterlevnad",
                        {"foljt": complied}))  # fmt: skip
        if not complied:
            _not_complied(out, rng, vite)
        return out

    return steps


def _appeal(upheld: bool, complied: bool) -> Callable[[date, random.Random], list]:
    def steps(decided: date, rng: random.Random) -> list[Step]:
        start, data = _forelaggande_start(decided, rng, 1_000_000)
        served, serve = _served(decided, rng)
        appealed = served + rng.randint(3, 15)  # within the three weeks
        inkom = (decided + timedelta(days=appealed)).isoformat()
        out = [start, serve, Step(appealed, "message", "overklagande_inkommer", {"inkom": inkom})]
        out.append(Step(appealed + 2, "complete", "overlamna_till_forvaltningsratten", {}))
        judged = appealed + rng.randint(20, 40)
        given = (decided + timedelta(days=judged + 1)).isoformat()
        utgang = "fastställt" if upheld else "upphävt"
        out.append(Step(judged, "complete", "forvaltningsrattens_dom",
                        {"utgang": utgang, "dom_delgiven": given}))  # fmt: skip
        if not upheld:
            return out
        check = max(_after_deadlines(decided, data, 1), judged + 30)
        out.append(Step(check, "timers"))
        out.append(Step(check + rng.randint(1, 10), "complete", "kontrollera_efterlevnad",
                        {"foljt": complied}))  # fmt: skip
        if not complied:
            _not_complied(out, rng, 1_000_000)
        return out

    return steps


PATHS: dict[str, tuple[PathSpec, ...]] = {
    "forelaggande": (
        PathSpec("forelaggande", "ej överklagat, följt", 0.45, _no_appeal(True),
                 (("överklagandetid", "met"), ("åtgärdsfrist", "met"))),
        PathSpec("forelaggande", "ej överklagat, ej följt, vite", 0.15, _no_appeal(False),
                 (("överklagandetid", "met"), ("åtgärdsfrist", "missed"))),
        PathSpec("forelaggande", "ej överklagat, ej följt, utan vite", 0.05,
                 _no_appeal(False, vite=0),
                 (("överklagandetid", "met"), ("åtgärdsfrist", "missed"))),
        PathSpec("forelaggande", "överklagat, fastställt, följt", 0.15, _appeal(True, True),
                 (("överklagandetid", "met"), ("åtgärdsfrist", "met"))),
        PathSpec("forelaggande", "överklagat, fastställt, ej följt", 0.10, _appeal(True, False),
                 (("överklagandetid", "met"), ("åtgärdsfrist", "missed"))),
        PathSpec("forelaggande", "överklagat, upphävt", 0.10, _appeal(False, True),
                 (("överklagandetid", "met"),)),
    ),
}  # fmt: skip


def plans(cases: int, seed: int, *, year: int = 2025) -> list[Plan]:
    """The cases of a simulated year: decisions spread over the year's working days."""
    rng = random.Random(seed)
    paths = [path for table in PATHS.values() for path in table]
    weights = [path.weight for path in paths]
    first = date(year, 1, 1)
    days = [first + timedelta(days=n) for n in range(365)]
    working = [d for d in days if d.weekday() < 5]
    found = []
    for n in range(cases):
        path = rng.choices(paths, weights)[0]
        decided = rng.choice(working)
        steps = tuple(path.steps(decided, rng))
        case_id = f"sim-{year}-{n + 1:06d}"
        found.append(Plan(case_id, path.process_id, path.name, decided, steps, path.outcomes))
    return found


def noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=STOCKHOLM).astimezone(UTC)


@frozen
class Summary:
    """What a simulation did: paths taken, deadline outcomes, durations, failures."""

    cases: int
    commands: int
    paths: dict[str, int]
    deadlines: dict[str, dict[str, int]]
    median_days: dict[str, float]
    completed: int
    open: int
    failed: tuple[tuple[str, str], ...]
    timers_fired: int


def timeline(all_plans: list[Plan]) -> Iterator[tuple[date, list[tuple[Plan, Step]]]]:
    """The steps of all plans, day by day, in case order within a day."""
    by_day: dict[date, list[tuple[Plan, Step]]] = defaultdict(list)
    for plan in all_plans:
        for step in plan.steps:
            by_day[plan.decided + timedelta(days=step.day)].append((plan, step))
    for day in sorted(by_day):
        yield day, by_day[day]


def simulate(
    workflows: Workflows,
    *,
    cases: int,
    seed: int,
    year: int = 2025,
    progress: Callable[[int, int], None] | None = None,
) -> Summary:
    """Run ``cases`` synthetic cases of a year through ``workflows`` (needs a SimulatedClock).

    ``progress(done, total)`` is called after each simulated day with the commands done so far.
    """
    clock = workflows.clock
    if not isinstance(clock, SimulatedClock):
        raise ClockError("simulate needs a SimulatedClock")
    all_plans = plans(cases, seed, year=year)
    total = sum(1 for plan in all_plans for step in plan.steps if step.kind != "timers")
    done = 0
    fired = 0
    failed: list[tuple[str, str]] = []
    broken: set[str] = set()
    for day, steps in timeline(all_plans):
        at = noon(day)
        if at > clock.now():
            clock.set(at)
        with workflows.batch():
            result = workflows.tick(at)
            fired += len(result.fired)
            failed.extend(result.failed)
            for plan, step in steps:
                if step.kind == "timers" or plan.case_id in broken:
                    continue
                done += 1
                try:
                    if step.kind == "start":
                        workflows.start(step.name, case_id=plan.case_id, data=step.data)
                    elif step.kind == "complete":
                        workflows.complete(plan.case_id, step.name, step.data)
                    elif step.kind == "message":
                        workflows.message(plan.case_id, step.name, step.data)
                except IvoFlowError as error:
                    broken.add(plan.case_id)
                    failed.append((plan.case_id, error.user_message))
        if progress is not None:
            progress(done, total)
    return _summary(workflows, all_plans, done, failed, fired)


def _summary(
    workflows: Workflows,
    all_plans: list[Plan],
    commands: int,
    failed: list[tuple[str, str]],
    fired: int,
) -> Summary:
    rows = {
        r[0]: r[1:]
        for r in workflows.store.conn.execute(
            "SELECT id, status, started_at, updated_at FROM cases WHERE id LIKE 'sim-%'"
        )
    }
    paths = Counter(plan.path for plan in all_plans)
    deadlines: dict[str, Counter[str]] = defaultdict(Counter)
    durations: dict[str, list[float]] = defaultdict(list)
    completed = 0
    for plan in all_plans:
        row = rows.get(plan.case_id)
        if row is None:
            continue
        if row[0] == "completed":
            completed += 1
            start, end = datetime.fromisoformat(row[1]), datetime.fromisoformat(row[2])
            durations[plan.path].append((end - start).total_seconds() / 86400)
            for deadline, outcome in plan.outcomes:
                deadlines[deadline][outcome] += 1
    return Summary(
        cases=len(all_plans),
        commands=commands,
        paths=dict(paths.most_common()),
        deadlines={k: dict(v) for k, v in deadlines.items()},
        median_days={k: statistics.median(v) for k, v in sorted(durations.items())},
        completed=completed,
        open=len(rows) - completed,
        failed=tuple(failed),
        timers_fired=fired,
    )
