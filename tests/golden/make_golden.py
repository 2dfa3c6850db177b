"""Write the golden state files: cases in every waiting state of every process, as stored now.

    python tests/golden/make_golden.py [--processes DIR] [--seconds N]

Run by hand (never by the tests), from the repository root, when a release adds a process or a
waiting state. It writes ``tests/golden/golden-1.db.xz`` (ONE SQLite database holding the cases of
every process, VACUUMed, then xz-compressed: each process's stored spec bundle is a few hundred
KB of BPMN text, much the same in every bundle, so the database packs about 6:1 and the file
stays under 2 MB) and ``tests/golden/manifest.json``; ``tests/test_golden.py`` then loads
every case of every file in every later release and drives it to an end state. Once committed,
the files are NEVER regenerated to make a later release pass: when the state format changes, add
a migration (store MIGRATIONS, engine state upgrade) that loads them, and keep the files.

How the states are found: for each process of ``Workflows.processes()`` a breadth-first walk from
its start (with the data the process tests start it with) over every move a waiting case allows —
complete a ready task (with each answer the process tests give that task, dates moved to the day
of the step, and plausible answers for every branching key), deliver a message the case awaits,
or let simulated time run past its next timer. A state is the set of ready tasks, armed timers
and awaited messages; the first (shortest) way to each is kept. (The walk itself also tells apart
the values the gateways' conditions read, so that a state reached with another answer is walked
on too: two walks, by state alone (deep) and by state and values (wide), each with half of the
time budget per process; the manifest's ``walks`` says whether it was spent.) From each state a
seeded random walk over the same moves finds a way to an end state (checked by replaying it).
Each case is then replayed into the golden database under the id ``<process>--<n>-<state>``.
A case waiting inside a called process stands for "inside that process" (``in-<process>``); the
called process's own cases hold its states one by one.

The manifest maps each case id to its process, spec hash, waiting elements (tasks, timers,
messages), the recipe that made it and the recipe that ends it (steps: ``at`` an instant, then
``complete`` a task with ``data``, ``message`` with ``data``, or ``advance_to`` ``at``), and the
end state that recipe reaches.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
import sqlite3
import sys
import time
from collections import deque
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ivo_workflow import IvoFlowError, SimulatedClock, TaskNotReadyError, Workflows  # noqa: E402
from ivo_workflow.specs import SpecLibrary  # noqa: E402
from ivo_workflow.store import Store  # noqa: E402

STOCKHOLM = ZoneInfo("Europe/Stockholm")
CASE = "k"
GOLDEN_FILE = "golden-1.db.xz"  # a later release adds golden-2.db.xz beside it, never over it
NO_SUCH_MESSAGE = "ingen_sadan_handelse"

# How each process is started in its tests (tests/test_processes_*.py): day and data.
OSKARSHAMN = {
    "adressat": "Socialnämnden i Oskarshamns kommun",
    "kommun": "Oskarshamns kommun",
    "beslutsdatum": "2014-10-01",
    "atgarder": "Åtgärderna ska föregås av utredning, bedömning och beslut",
    "atgardsfrist": "2015-01-19",
    "vite_belopp": 1_000_000,
    "allman_part": False,
}
STARTS: dict[str, tuple[str, dict[str, Any]]] = {
    "forelaggande": ("2014-10-01", OSKARSHAMN),
    "overklagande": (
        "2014-10-20",
        {
            "beslutsdatum": "2014-10-01",
            "delgivningsdatum": "2014-10-03",
            "allman_part": False,
            "overklagande": {"inkom": "2014-10-20"},
        },
    ),
    "utdomande_av_vite": (
        "2015-04-01",
        {
            **OSKARSHAMN,
            "delgivningsdatum": "2014-10-03",
            "laga_kraft_datum": "2015-03-25",
            "foljt": False,
        },
    ),
    "forbud": (
        "2025-09-10",
        {
            "forbud_typ": "forbud",
            "beslutsdatum": "2025-09-10",
            "grund": "allvarligt_missforhallande_och_forelaggande_ej_foljt",
            "adressat": "Socialnämnden i Exempelstads kommun",
            "kommun": "Exempelstads kommun",
            "allman_part": False,
        },
    ),
    "tillsyn": (
        "2014-11-03",
        {
            "kommun": "Norrköpings kommun",
            "adressat": "Socialnämnden i Norrköpings kommun",
            "organisation": "Norrköpings kommun, socialnämnden",
            "verksamhetsomrade": "missbruk och beroende",
            "tillsyn_dnr": "8.5-24146/2014",
        },
    ),
    "uppfoljning": (
        "2016-01-28",
        {
            "kommun": "Älmhults kommun",
            "adressat": "Socialnämnden i Älmhults kommun",
            "beslutsdatum": "2016-01-28",
            "redovisning_senast": "2016-03-30",
            "krav": "redovisa vidtagna och planerade åtgärder",
        },
    ),
    "inkommande_uppgifter": (
        "2019-01-07",
        {
            "kalla": "klagomal",
            "kommun": "Stockholms stad",
            "organisation": "Stockholms stad, Farsta stadsdelsnämnd",
            "verksamhetsomrade": "missbruk och beroende",
            "adressat": "Farsta stadsdelsnämnd",
        },
    ),
    "lex_sarah": (
        "2019-01-07",
        {
            "kommun": "Älmhults kommun",
            "organisation": "Älmhults kommun, socialnämnden",
            "verksamhetsomrade": "barn och unga",
            "adressat": "Socialnämnden i Älmhults kommun",
        },
    ),
}
STARTS["monsteranalys"] = (
    "2020-03-02",
    {
        key: 0
        for key in (
            "allvarlig_kritik",
            "atgardsplan_ej_foljd",
            "forelaggande_ej_foljt",
            "klagomal_samma_grund",
            "kritik_samma_grund",
            "redovisning_otillracklig",
            "redovisning_sen_eller_saknas",
        )
    },
)
DEFAULT_START = ("2020-03-02", {})

# Answers for the keys the processes branch on (each tried on its own over a task's answers).
CHOICES: dict[str, list[Any]] = {
    "foljt": [True, False],
    "allvarligt": [True, False],
    "utgang": ["fastställt", "upphävt", "ändrat"],
    "kr_utgang": ["fastställt", "upphävt", "ändrat"],
    "hfd_utgang": ["fastställt", "upphävt", "ändrat"],
    "pt_beviljat": [True, False],
    "pt_beviljat_hfd": [True, False],
    "pt_beviljat_vitesmal": [True, False],
    "atgard": ["ansok_om_utdomande", "nytt_forelaggande", "avsluta", "forbud"],
    "ny_frist_beslutas": [True, False],
    "utdomande_utfall": ["utdomt", "avslaget", "utdomt_jamkat"],
    "inhibition_beviljad": [True, False],
    "nasta_steg": ["kommunicera", "begar_handlingar", "begar_yttrande", "inspektion", "besluta"],
    "beslutsutfall": ["kritik", "uppfoljning", "forelaggande", "forbud", "avslutas"],
    "stallningstagande": [
        "oppna_tillsyn",
        "pagaende_tillsyn",
        "overlamna_till_kommunen",
        "ingen_atgard",
    ],
    "val": [
        "godta",
        "begar_komplettering",
        "paminnelse",
        "forelaggande_uppgifter",
        "forelaggande_avhjalpa",
        "ny_tillsyn",
        "avsluta_utan_eskalering",
    ],
    "val_uteblivet": ["paminnelse", "forelaggande"],
    "kontroll_kravs": [True, False],
    "endast_enskild_bedomning": [True, False],
    "halso_och_sjukvard": [True, False],
    "inhibition_yrkas": [False, True],
}
DATE_KEYS_LATER = ("frist", "senast", "till")  # a date key naming a time limit: in the future


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=STOCKHOLM)


def _is_iso_day(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def dated(value: Any, today: date, key: str = "") -> Any:
    """``value`` with every ISO day moved to ``today`` (to +60 days for a time limit)."""
    if isinstance(value, dict):
        return {k: dated(v, today, k) for k, v in value.items()}
    if isinstance(value, list):
        return [dated(v, today, key) for v in value]
    if _is_iso_day(value):
        later = any(word in key for word in DATE_KEYS_LATER)
        return (today + timedelta(days=60 if later else 0)).isoformat()
    return value


def test_answers() -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """The literal answers the tests give each task and each message (``complete(case, "task",
    {...})``, ``message(case, "name", {...})``), found in tests/**.py."""
    import ast

    tasks: dict[str, list[dict[str, Any]]] = {}
    messages: dict[str, list[dict[str, Any]]] = {}
    for path in sorted((ROOT / "tests").rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            kind = node.func.attr
            if kind not in {"complete", "message"} or len(node.args) < 3:
                continue
            name, payload = node.args[1], node.args[2]
            if not (isinstance(name, ast.Constant) and isinstance(name.value, str)):
                continue
            try:
                value = ast.literal_eval(payload)
            except (ValueError, SyntaxError, TypeError):
                continue
            if isinstance(value, dict):
                found = (tasks if kind == "complete" else messages).setdefault(name.value, [])
                if value not in found:
                    found.append(value)
    return tasks, messages


TASK_ANSWERS, MESSAGE_ANSWERS = test_answers()


class Walker:
    """One process: clones of an in-memory case database, moved one step at a time."""

    def __init__(self, library: SpecLibrary, process_id: str) -> None:
        self.library = library
        self.process_id = process_id
        day, data = STARTS.get(process_id, DEFAULT_START)
        self.start_at = noon(date.fromisoformat(day))
        self.start_data = data
        self.unexplored = 0
        text = " ".join(f.text for f in library.bundle(process_id).files)
        self.relevant = {k for k in CHOICES if re.search(rf"\b{k}\b", text)}
        conditions = " ".join(re.findall(r"<bpmn:conditionExpression[^>]*>([^<]*)<", text))
        self.control = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", conditions))

    # -- one case in memory -------------------------------------------------------------------

    def fresh(self) -> Workflows:
        wf = Workflows(Store(":memory:"), self.library, SimulatedClock(self.start_at))
        wf.start(self.process_id, case_id=CASE, data=self.start_data)
        return wf

    def clone(self, wf: Workflows) -> Workflows:
        store = Store(":memory:")
        wf.store.conn.backup(store.conn)
        return Workflows(store, self.library, SimulatedClock(wf.clock.now()))

    def signature(self, wf: Workflows) -> tuple[Any, ...]:
        case = wf.case(CASE)
        if not case.is_open:
            return ("completed", case.end_state)
        return (
            tuple(sorted(t.element_id for t in case.tasks)),
            tuple(sorted({t.element_id for t in case.timers})),
            tuple(sorted(awaited_messages(wf))),
        )

    def walk_key(self, wf: Workflows) -> tuple[Any, ...]:
        """What the walk tells apart: the state, and the values the gateways read (the same
        waiting state after another answer may lead elsewhere)."""
        data = wf.case(CASE).data
        control = tuple(
            (k, data[k])
            for k in sorted(self.control & set(data))
            if isinstance(data[k], str | int | bool | type(None))
        )
        return (*self.signature(wf), control)

    def moves(self, wf: Workflows, sig: tuple[Any, ...]) -> list[dict[str, Any]]:
        """Every move from here: tasks with each answer, messages, and time."""
        today = wf.clock.now().astimezone(STOCKHOLM).date()
        at = wf.clock.now().isoformat()
        tasks, timers, messages = sig
        found: list[dict[str, Any]] = []
        for task in tasks:
            for data in task_answers(task, today, self.relevant):
                found.append({"at": at, "complete": task, "data": data})
        for name in messages:
            for data in message_answers(name, today):
                found.append({"at": at, "message": name, "data": data})
        if timers:
            due = min(t.due_at for t in wf.case(CASE).timers)
            later = max(due + timedelta(seconds=1), wf.clock.now())
            found.append({"at": later.isoformat(), "advance_to": later.isoformat()})
        return found


def awaited_messages(wf: Workflows, case_id: str = CASE) -> set[str]:
    """The messages a case waits for (the engine names them when asked for another)."""
    try:
        wf.message(case_id, NO_SUCH_MESSAGE, {})
    except TaskNotReadyError as error:
        hint = error.hint or ""
        names = hint.split(":", 1)[1] if ":" in hint else ""
        return {n.strip() for n in names.split(",") if n.strip() and n.strip() != "none"}
    raise AssertionError("a message nobody waits for was accepted")


def task_answers(task: str, today: date, relevant: set[str]) -> list[dict[str, Any]]:
    """The tests' answers for ``task`` (dates moved to today), then one per branching choice
    over them; then a plausible answer with every branching key the process's models name
    (``relevant``), varied one key at a time."""
    base_list = [dated(a, today) for a in TASK_ANSWERS.get(task, [])] or [{}]
    generic = {
        "delgivningsdatum": today.isoformat(),
        "dom_delgiven": today.isoformat(),
        "vitesdom_delgiven": today.isoformat(),
        "ansokan_datum": today.isoformat(),
        "ny_atgardsfrist": (today + timedelta(days=60)).isoformat(),
        "synpunkter_senast": (today + timedelta(days=21)).isoformat(),
        "fr_domsdatum": today.isoformat(),
        "fr_vitesdom_datum": today.isoformat(),
        "inkom": today.isoformat(),
        "datum": today.isoformat(),
    }
    answers: list[dict[str, Any]] = []
    for base in base_list:
        if base not in answers:
            answers.append(base)
    first = {**generic, **base_list[0]}
    for key in sorted(set().union(*[set(a) for a in base_list]) & set(CHOICES)):
        for choice in CHOICES[key]:
            option = {**first, key: choice}
            if option not in answers:
                answers.append(option)
    full = {**generic, **{key: CHOICES[key][0] for key in sorted(relevant)}}
    for key in sorted(relevant):
        for choice in CHOICES[key]:
            option = {**full, key: choice}
            if option not in answers:
                answers.append(option)
    return answers


def message_answers(name: str, today: date) -> list[dict[str, Any]]:
    found = [dated(a, today) for a in MESSAGE_ANSWERS.get(name, [])]
    generic = {"inkom": today.isoformat(), "datum": today.isoformat()}
    for option in (generic, {**generic, "inhibition_yrkas": True}):
        if option not in found:
            found.append(option)
    return found


def apply(wf: Workflows, move: dict[str, Any], case_id: str = CASE) -> None:
    """Play one recipe step on a case (the same as tests/test_golden.py does)."""
    at = datetime.fromisoformat(move["at"])
    if at > wf.clock.now():
        wf.advance_to(at, case_id=case_id)
    if "complete" in move:
        wf.complete(case_id, move["complete"], move.get("data") or {})
    elif "message" in move:
        wf.message(case_id, move["message"], move.get("data") or {})


def walk(
    walker: Walker, seconds: float, *, by_values: bool = False
) -> tuple[
    dict[tuple[Any, ...], list[dict[str, Any]]], dict[tuple[Any, ...], list[dict[str, Any]]]
]:
    """Breadth first over the moves (every state, called processes' too), and for each golden
    key (:func:`golden_key`) the first recipe reaching it."""
    first = walker.fresh()
    keyed = walker.walk_key if by_values else walker.signature
    seen: dict[tuple[Any, ...], list[dict[str, Any]]] = {keyed(first): []}
    golden: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    if first.case(CASE).is_open:
        golden[golden_key(first, walker.process_id)] = []
    queue = deque([(first, walker.signature(first), [])])
    ends = set()
    stop = time.monotonic() + seconds
    while queue and time.monotonic() < stop:
        wf, sig, recipe = queue.popleft()
        if sig[0] == "completed":
            continue
        for move in walker.moves(wf, sig):
            nxt = walker.clone(wf)
            try:
                apply(nxt, move)
            except IvoFlowError:
                continue
            new = walker.signature(nxt)
            if new[0] == "completed":
                ends.add(new)
                continue
            key = keyed(nxt)
            if key not in seen:
                seen[key] = recipe + [move]
                queue.append((nxt, new, recipe + [move]))
                golden.setdefault(golden_key(nxt, walker.process_id), recipe + [move])
    walker.unexplored += len(queue)
    if queue:
        print(f"{walker.process_id}: walk stopped by its time budget ({len(queue)} left)")
    for end in ends:
        seen[end] = []
    return seen, golden


def to_end(
    walker: Walker, recipe: list[dict[str, Any]], tries: int = 60
) -> list[dict[str, Any]] | None:
    """A seeded random walk from the state ``recipe`` reaches, to an end state."""
    base = walker.fresh()
    for move in recipe:
        apply(base, move)
    for attempt in range(tries):
        rng = random.Random(attempt)
        wf = walker.clone(base)
        steps: list[dict[str, Any]] = []
        for _ in range(40):
            sig = walker.signature(wf)
            if sig[0] == "completed":
                return steps
            moves = walker.moves(wf, sig)
            if not moves:
                break
            timed = [m for m in moves if "advance_to" in m]
            if timed and rng.random() < (0.3 if attempt % 2 else 0.6):
                move = timed[0]
            else:
                move = rng.choice(moves)
            try:
                apply(wf, move)
            except IvoFlowError:
                continue
            steps.append(move)
        # else: try again with another seed
    print(f"{walker.process_id}: no way to an end found from {recipe}")
    return None


def golden_key(wf: Workflows, process_id: str) -> tuple[Any, ...]:
    """The state a golden case stands for: the process's own ready tasks, armed timers and
    awaited messages; a case waiting inside a called process stands for "inside that process"
    (the called process's own file holds its states one by one)."""
    case = wf.case(CASE)
    nested = sorted(
        {t.process_id for t in (*case.tasks, *case.timers) if t.process_id != process_id}
    )
    own_tasks = tuple(sorted(t.element_id for t in case.tasks if t.process_id == process_id))
    own_timers = tuple(sorted({t.element_id for t in case.timers if t.process_id == process_id}))
    messages = () if nested else tuple(sorted(awaited_messages(wf)))
    return own_tasks, own_timers, messages, tuple(nested)


def state_name(key: tuple[Any, ...]) -> str:
    tasks, timers, messages, nested = key
    parts = [*tasks, *(f"timer-{t}" for t in timers), *(f"msg-{m}" for m in messages)]
    parts += [f"in-{p}" for p in nested]
    return "+".join(parts) or "nothing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", default=None, help="folder of BPMN/DMN (default: bundled)")
    parser.add_argument("--seconds", type=float, default=20.0, help="walk budget per process")
    parser.add_argument("--out", default=str(HERE), help="folder for the .db files and manifest")
    args = parser.parse_args()
    out = Path(args.out)
    library = SpecLibrary.from_directory(args.processes)
    manifest: dict[str, Any] = {
        "about": "Golden state files: see tests/golden/make_golden.py; never regenerate them "
        "to make a release pass (add a migration).",
        "cases": {},
        "walks": {},
    }
    target = out / "golden.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    for info in library.infos():
        walker = Walker(library, info.id)
        # first by state alone (deep), then telling apart the gateways' values (wide)
        states, waiting = walk(walker, args.seconds / 2)
        more_states, more = walk(walker, args.seconds / 2, by_values=True)
        states.update(more_states)
        for key, recipe in more.items():
            if key not in waiting or len(recipe) < len(waiting[key]):
                waiting[key] = recipe
        ends = sorted({s[1] for s in states if s[0] == "completed"}, key=str)
        manifest["walks"][info.id] = {
            "states_walked": len(states) - len(ends),
            "golden_cases": len(waiting),
            "ends_seen": ends,
            "left_unexplored_by_the_time_budget": walker.unexplored,
        }
        print(f"{info.id}: {len(states)} states walked, {len(waiting)} golden, ends {ends}")
        for n, (sig, recipe) in enumerate(sorted(waiting.items(), key=lambda s: len(s[1]))):
            ending = to_end(walker, recipe)
            case_id = f"{info.id}--{n:02d}-{state_name(sig)}"[:150]
            with Workflows.open(
                target, clock=SimulatedClock(walker.start_at), processes=args.processes
            ) as wf:
                wf.library = library
                wf.start(info.id, case_id=case_id, data=walker.start_data)
                for move in recipe:
                    apply(wf, move, case_id)
                case = wf.case(case_id)
                assert case.is_open, case_id
                tasks = tuple(sorted(t.element_id for t in case.tasks))
                timers = tuple(sorted({t.element_id for t in case.timers}))
                messages = tuple(sorted(awaited_messages(wf, case_id)))
                end_state = None
                if ending is not None:
                    end = walker.fresh()
                    for move in recipe + ending:
                        apply(end, move)
                    end_case = end.case(CASE)
                    assert not end_case.is_open
                    end_state = end_case.end_state
                manifest["cases"][case_id] = {
                    "db": GOLDEN_FILE,
                    "process": info.id,
                    "spec_hash": case.spec_hash,
                    "version": case.version,
                    "updated_at": case.updated_at.astimezone(UTC).isoformat(),
                    "state": state_name(sig),
                    "waiting": {
                        "tasks": list(tasks),
                        "timers": list(timers),
                        "messages": list(messages),
                    },
                    "recipe": recipe,
                    "to_end": ending,
                    "end_state": end_state,
                }
        if not waiting:
            print(f"{info.id}: no waiting state (runs straight to its end); no case")
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("VACUUM")
    conn.close()
    packed = out / GOLDEN_FILE
    packed.write_bytes(lzma.compress(target.read_bytes(), preset=9 | lzma.PRESET_EXTREME))
    print(f"{target.stat().st_size} bytes of SQLite, {packed.stat().st_size} packed")
    target.unlink()
    (out / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{len(manifest['cases'])} cases in {packed}")


if __name__ == "__main__":
    main()
