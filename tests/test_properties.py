"""Issue 7: properties of any legal sequence of steps over the föreläggande process (hypothesis).

A state machine starts a case with random legal data, then in any order: completes a ready task
with plausible data, delivers a message the case is waiting for, or jumps the simulated clock
forward by a random amount (``advance_to``). After every step:

- an open case has a ready task or an armed timer (a case waiting only for a message, with
  no deadline running, would wait for ever);
- the audit trail is strictly ordered (seq contiguous from 1, ``at`` never decreasing), intact
  (the chain verifies) and append-only (every event seen before is unchanged: same hash);
- no deadline (armed, or recorded in the trail) has its last day before its start;
- a completed case has exactly one end state (``end_state``, and the trail ends the case once);
- a refused step (an ``IvoFlowError``) changed nothing.

Bounded to about 15 s (``IVO_FLOW_PROPERTY_EXAMPLES`` to run more).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
)

from ivo_workflow import IvoFlowError, SimulatedClock, TaskNotReadyError, Workflows
from ivo_workflow.specs import SpecLibrary
from ivo_workflow.store import Store

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@cache
def library() -> SpecLibrary:
    """The bundled processes, read once for all examples."""
    return SpecLibrary.from_directory(None)


CASE = "k"
NO_SUCH_MESSAGE = "ingen_sadan_handelse"
ENDING_MESSAGES = {"forelaggandet_aterkallas", "ansokan_aterkallas"}


def _today(clock: SimulatedClock) -> date:
    return clock.now().astimezone(STOCKHOLM).date()


def task_data(draw: Any, today: date) -> dict[str, Any]:
    """Plausible answers for any task of the process and the processes it calls: every key
    their gateways and scripts read, with legal values (unused keys are just kept as data)."""
    later = today + timedelta(days=draw(st.integers(1, 120)))
    outcome = st.sampled_from(["fastställt", "upphävt", "ändrat"])
    return {
        "delgivningsdatum": today.isoformat(),
        "foljt": draw(st.booleans()),
        "utgang": draw(outcome),
        "kr_utgang": draw(outcome),
        "hfd_utgang": draw(outcome),
        "dom_delgiven": today.isoformat(),
        "vitesdom_delgiven": today.isoformat(),
        "pt_beviljat": draw(st.booleans()),
        "pt_beviljat_hfd": draw(st.booleans()),
        "pt_beviljat_vitesmal": draw(st.booleans()),
        "atgard": draw(st.sampled_from(["ansok_om_utdomande", "nytt_forelaggande", "avsluta"])),
        "ny_frist_beslutas": draw(st.booleans()),
        "ny_atgardsfrist": later.isoformat(),
        "ansokan_datum": today.isoformat(),
        "utdomande_utfall": draw(st.sampled_from(["utdomt", "avslaget", "utdomt_jamkat"])),
        "allman_part": draw(st.sampled_from([None, True, False])),
        "inhibition_beviljad": draw(st.booleans()),
    }


def message_data(draw: Any, today: date) -> dict[str, Any]:
    return {
        "inkom": today.isoformat(),
        "datum": today.isoformat(),
        "inhibition_yrkas": draw(st.booleans()),
    }


class ForelaggandeCase(RuleBasedStateMachine):
    """One case of the föreläggande process, driven by hypothesis."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="ivo-prop-"))
        self.clock = SimulatedClock(datetime(2014, 1, 1, 9, tzinfo=UTC))
        self.wf = Workflows(Store(self.folder / "cases.db"), library(), self.clock)
        self.seen: list[tuple[int, str]] = []  # (seq, hash) of every event seen so far
        self.refused = 0
        self.tasks: list[str] = []  # what the case waits for, after the last step
        self.messages: list[str] = []
        self.open = False

    def _look(self) -> None:
        case = self.wf.case(CASE)
        self.open = case.is_open
        self.tasks = sorted(t.element_id for t in case.tasks)
        self.messages = sorted(self._waiting_messages()) if case.is_open else []

    def teardown(self) -> None:
        if self.wf.store.exists(CASE):
            case = self.wf.case(CASE)
            event(f"ended {case.status} {case.end_state or ''} after {case.version} steps")
        event(f"refused steps: {min(self.refused, 3)}{'+' if self.refused > 3 else ''}")
        self.wf.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- the steps --------------------------------------------------------------------------

    @initialize(
        decided=st.dates(date(2014, 1, 1), date(2026, 12, 31)),
        action_days=st.integers(14, 400),
        fine=st.sampled_from([0, 50_000, 1_000_000]),
        public_party=st.sampled_from([None, True, False]),
    )
    def start(self, decided: date, action_days: int, fine: int, public_party: bool | None) -> None:
        self.clock.set(datetime(decided.year, decided.month, decided.day, 9, tzinfo=UTC))
        self.wf.start(
            "forelaggande",
            case_id=CASE,
            data={
                "adressat": "Socialnämnden i Oskarshamns kommun",
                "kommun": "Oskarshamns kommun",
                "beslutsdatum": decided.isoformat(),
                "atgarder": "Åtgärderna ska föregås av utredning",
                "atgardsfrist": (decided + timedelta(days=action_days)).isoformat(),
                "vite_belopp": fine,
                "allman_part": public_party,
            },
        )
        self._look()

    @rule(data=st.data())
    def act(self, data: st.DataObject) -> None:
        """One step among those possible now: a ready task, a waiting message, or time."""
        kinds = ["time"] + ["task"] * bool(self.tasks) + ["message"] * bool(self.messages)
        kind = data.draw(st.sampled_from(kinds), label="step")
        today = _today(self.clock)
        if kind == "task":
            task = data.draw(st.sampled_from(self.tasks), label="task")
            answers = task_data(data.draw, today)
            self._step(lambda: self.wf.complete(CASE, task, answers))
        elif kind == "message":
            name = data.draw(st.sampled_from(self.messages), label="message")
            if name in ENDING_MESSAGES and data.draw(st.integers(0, 9)) != 0:
                return  # a message that just ends the case: seldom, or nothing else is explored
            payload = message_data(data.draw, today)
            self._step(lambda: self.wf.message(CASE, name, payload))
        else:
            hours = data.draw(
                st.one_of(
                    st.integers(1, 48), st.integers(48, 24 * 40), st.integers(24 * 40, 24 * 400)
                ),
                label="hours",
            )
            self._step(lambda: self.wf.advance_to(self.clock.now() + timedelta(hours=hours)))

    def _step(self, call: Any) -> None:
        before = self.wf.case(CASE)
        trail = len(self.wf.history(CASE))
        try:
            call()
        except IvoFlowError as error:  # refused: nothing changed, and it said so in one line
            assert "\n" not in str(error)
            after = self.wf.case(CASE)
            assert (after.version, after.data, after.tasks, after.timers) == (
                before.version,
                before.data,
                before.tasks,
                before.timers,
            )
            assert len(self.wf.history(CASE)) == trail
            self.refused += 1
            event(f"refused: {type(error).__name__}: {error.message[:60]}")
        self._look()

    def _waiting_messages(self) -> set[str]:
        """The messages the case waits for (the engine says so when asked for another one)."""
        try:
            self.wf.message(CASE, NO_SUCH_MESSAGE, {})
        except TaskNotReadyError as error:
            hint = error.hint or ""
            names = hint.split(":", 1)[1] if ":" in hint else ""
            return {n.strip() for n in names.split(",") if n.strip() and n.strip() != "none"}
        raise AssertionError("a message nobody waits for was accepted")

    # -- the invariants -----------------------------------------------------------------------

    @invariant()
    def an_open_case_waits_for_something(self) -> None:
        if not self.wf.store.exists(CASE):
            return
        case = self.wf.case(CASE)
        if case.is_open:
            assert case.tasks or case.timers, (
                f"open case with no ready task and no timer "
                f"(waiting only for {sorted(self._waiting_messages()) or 'nothing'})"
            )

    @invariant()
    def the_trail_is_ordered_intact_and_append_only(self) -> None:
        if not self.wf.store.exists(CASE):
            return
        events = self.wf.history(CASE)
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        assert all(a.at <= b.at for a, b in zip(events, events[1:], strict=False))
        assert [(e.seq, e.hash) for e in events[: len(self.seen)]] == self.seen
        self.seen = [(e.seq, e.hash) for e in events]
        assert self.wf.verify(CASE) == []

    @invariant()
    def no_deadline_ends_before_it_starts(self) -> None:
        if not self.wf.store.exists(CASE):
            return
        for timer in self.wf.case(CASE).timers:
            if timer.deadline is not None:
                assert timer.deadline.last_day >= timer.deadline.start, timer
        for entry in self.wf.history(CASE):
            deadline = entry.data.get("deadline") if isinstance(entry.data, dict) else None
            if isinstance(deadline, dict) and "last_day" in deadline:
                assert deadline["last_day"] >= deadline["start"], (entry.seq, deadline)

    @invariant()
    def a_completed_case_has_one_end_state(self) -> None:
        if not self.wf.store.exists(CASE):
            return
        case = self.wf.case(CASE)
        if case.status == "completed":
            assert case.end_state, case
            assert not case.tasks and not case.timers
            ends = [
                e
                for e in self.wf.history(CASE)
                if e.kind == "end" and e.element_id == case.end_state
            ]
            assert len(ends) == 1, [(e.seq, e.element_id) for e in ends]
        else:
            assert case.end_state is None


ForelaggandeCase.TestCase.settings = settings(
    max_examples=int(os.environ.get("IVO_FLOW_PROPERTY_EXAMPLES", "50")),
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_forelaggande_properties = ForelaggandeCase.TestCase
