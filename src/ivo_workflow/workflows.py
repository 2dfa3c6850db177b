"""The facade: ``Workflows(db, clock)`` is the only place the engine and the store meet.

>>> from datetime import datetime, UTC
>>> wf = Workflows.open(":memory:", clock=SimulatedClock(datetime(2014, 10, 1, 10, tzinfo=UTC)))
>>> case = wf.start("forelaggande", case_id="oskarshamn", data={...})   # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import evolve, frozen

from .clock import Clock, SimulatedClock, SystemClock
from .errors import ClockError, InputError, IvoFlowError, StoreError
from .model import AuditEvent, CaseView, ProcessInfo, TaskView, TimerView
from .store import CaseRow, NewEvent, Save, Store, VerifyProblem, utc_text

if TYPE_CHECKING:
    from .explain import Explanation
    from .patterns import PatternReport, RelatedCase
    from .specs import Bundle, SpecLibrary

# Workflows kept in memory after a save (per Workflows object), so that the next command on the
# same case need not restore it from its stored state; each is checked against the stored
# version before use and dropped on any error.
LIVE_LIMIT = 20_000


@frozen
class _Live:
    """A case's live workflow (engine.LiveCase) and what its last save wrote."""

    live: Any
    version: int
    started_at: datetime
    tasks: tuple[TaskView, ...]
    timers: tuple[TimerView, ...]
    audit_head: tuple[int, str]


SIMULATED_NOW = "simulated_now"
"""Meta key: a database written on simulated time stays on it (``Workflows.open`` without a
clock resumes the simulated clock where it stopped; with the system clock only a database that
never ran on simulated time)."""


@frozen
class TickResult:
    """What one tick did: the cases it moved, and the ones it could not (with why)."""

    fired: tuple[str, ...]
    failed: tuple[tuple[str, str], ...] = ()


class Workflows:
    """Cases of IVO processes, persisted in SQLite, on an injected clock.

    Open with :meth:`open`; every method returns value objects from :mod:`ivo_workflow.model`.
    """

    def __init__(
        self,
        store: Store,
        library: SpecLibrary | None,
        clock: Clock,
        *,
        wall_clock: Clock | None = None,
        processes: str | Path | None = None,
    ) -> None:
        self.store = store
        self._library = library
        self._processes = processes
        self.clock = clock
        self.wall_clock = wall_clock or SystemClock()
        self._engine_: Any = None
        self._live: OrderedDict[str, _Live] = OrderedDict()
        self._live_limit = LIVE_LIMIT
        self._compiled: dict[str, Any] = {}

    @classmethod
    def open(
        cls,
        path: str | Path = "ivo-flow.db",
        *,
        clock: Clock | None = None,
        processes: str | Path | None = None,
        synchronous: str = "FULL",
    ) -> Workflows:
        """Open (or create) a database; ``processes`` is a folder of BPMN/DMN (default bundled).

        A given folder is read and checked now (a broken model fails here); the bundled processes
        are read when first needed, so that looking at stored cases needs no process files and
        no engine (``show``, ``cases``, ``tasks``, ``deadlines``, ``history``).
        """
        library = None
        if processes is not None:  # specs imported lazily: show and cases need no XML parser
            from .specs import SpecLibrary

            library = SpecLibrary.from_directory(processes)
        store = Store(path, synchronous=synchronous)
        if clock is None:
            stored = store.get_meta(SIMULATED_NOW)
            clock = SimulatedClock(datetime.fromisoformat(stored)) if stored else SystemClock()
        return cls(store, library, clock, processes=processes)

    @property
    def library(self) -> SpecLibrary:
        """The process library (read on first use)."""
        if self._library is None:
            from .specs import SpecLibrary

            self._library = SpecLibrary.from_directory(self._processes)
        return self._library

    @library.setter
    def library(self, library: SpecLibrary) -> None:
        self._library = library

    @property
    def _engine(self) -> Any:
        """The engine (imported only when a case runs)."""
        if self._engine_ is None:
            from .engine import Engine

            self._engine_ = Engine(self.clock)
        return self._engine_

    def process_name(self, process_id: str, case_id: str | None = None) -> str:
        """The name a process gives itself, read from the stored version a case runs on (or
        the library's), without compiling it; its id if it has none."""
        if case_id is not None:  # stored with the version (m009)
            name = self.store.process_name(self.store.load(case_id, with_state=False).spec_hash)
        else:
            from .bpmn_text import process_name_of

            files = self.library.bundle(process_id).files
            name = process_name_of(process_id, (f.text for f in files if f.kind == "bpmn"))
        return name if name is not None else process_id

    def close(self) -> None:
        """Close the database; a simulated database keeps the time its clock reached."""
        if isinstance(self.clock, SimulatedClock):
            stored = self.store.get_meta(SIMULATED_NOW)
            if stored is None or datetime.fromisoformat(stored) < self.clock.now():
                self.store.set_meta(SIMULATED_NOW, utc_text(self.clock.now()))
        self.store.close()

    def __enter__(self) -> Workflows:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- commands --------------------------------------------------------------------------

    def start(
        self,
        process_id: str,
        *,
        case_id: str,
        data: Mapping[str, Any] | None = None,
        actor: str = "IVO",
    ) -> CaseView:
        """Start a case of ``process_id`` and run it to its first wait state."""
        if not case_id or not case_id.strip():
            raise InputError("a case needs an id")
        bundle = self.library.bundle(process_id)
        compiled = self._compiled.get(bundle.hash)
        if compiled is None:
            from .specs import compile_bundle

            compiled = self._compiled[bundle.hash] = compile_bundle(bundle)
        step = self._engine.start(compiled, dict(data or {}), actor)
        save = self._save(case_id, bundle, step)
        self._live.pop(case_id, None)
        from .specs import bundle_record_json

        self.store.create(save, bundle_record_json(bundle))
        return self._remember(save, step, 1, save.at)

    def complete(
        self,
        case_id: str,
        element_id: str,
        data: Mapping[str, Any] | None = None,
        *,
        actor: str | None = None,
    ) -> CaseView:
        """Complete the ready task ``element_id`` of a case with ``data``."""

        def run(compiled: Any, state: Any, live: Any) -> Any:
            element = compiled.elements.get(element_id)
            who = actor or (element.lane if element and element.lane else "okänd")
            return self._engine.complete(
                compiled, state, element_id, dict(data or {}), who, live=live
            )

        self._catch_up(case_id)
        return self._command(case_id, run)

    def message(
        self,
        case_id: str,
        name: str,
        data: Mapping[str, Any] | None = None,
        *,
        actor: str = "extern",
    ) -> CaseView:
        """Deliver the message ``name`` (with ``data`` as its payload) to a case."""

        def run(compiled: Any, state: Any, live: Any) -> Any:
            return self._engine.message(compiled, state, name, dict(data or {}), actor, live=live)

        self._catch_up(case_id)
        return self._command(case_id, run)

    def _catch_up(self, case_id: str) -> None:
        """Fire the case's overdue timers before anything else happens to it.

        A deadline that has passed must be seen to have passed before a later act is applied:
        an appeal that arrives after the last day finds the period already run out (the model
        then decides what a late appeal leads to), never both branches of a race.
        """
        if self.store.due_cases(self.clock.now(), case_id=case_id):
            self._command(case_id, self._fire)

    def tick(self, now: datetime | None = None, *, case_id: str | None = None) -> TickResult:
        """Fire every timer due at ``now`` (default: the clock's now), found through the index;
        only those of ``case_id`` when given. A simulated clock is first moved on to ``now``.

        One transaction for the whole tick, a savepoint per case: a case that fails is rolled
        back alone and reported in ``failed`` (case id, one-line reason); the others are saved.
        """
        if isinstance(self.clock, SimulatedClock) and now is not None and now > self.clock.now():
            self.clock.set(now)
        now = now or self.clock.now()
        fired: list[str] = []
        failed: list[tuple[str, str]] = []

        run = self._fire
        with self.batch():
            for due_case, _due in self.store.due_cases(now, case_id=case_id):
                try:
                    self._command(due_case, run)
                except IvoFlowError as error:
                    failed.append((due_case, error.user_message))
                except Exception as error:  # a bug in one case must not stop the others
                    failed.append((due_case, f"internal error: {type(error).__name__}: {error}"))
                else:
                    fired.append(due_case)
        return TickResult(tuple(fired), tuple(failed))

    def batch(self) -> Any:
        """A context in which every write joins one transaction, each as its own savepoint.

        >>> with workflows.batch():            # doctest: +SKIP
        ...     for case_id in ids: workflows.complete(case_id, "delge_forelaggandet", {...})

        A command that fails inside rolls back alone (and raises as usual); the batch commits
        once when the block ends, or not at all if the block raises.
        """
        return _Batch(self)

    def advance_to(self, when: datetime, *, case_id: str | None = None) -> TickResult:
        """Simulated time: fire the timers due up to ``when`` in due order, then stop there;
        only the timers of ``case_id`` when given (a case script in a shared database)."""
        clock = self.clock
        if not isinstance(clock, SimulatedClock):
            raise ClockError("advance_to needs a SimulatedClock; the system clock moves by itself")
        if when.tzinfo is None:
            raise ClockError(f"naive datetime {when.isoformat()} given to advance_to")
        fired: list[str] = []
        failed: list[tuple[str, str]] = []
        while True:
            due = self.store.next_due(when, case_id=case_id)
            if due is None:
                break
            clock.set(max(clock.now(), due + timedelta(seconds=1)))
            result = self.tick(clock.now(), case_id=case_id)
            fired.extend(result.fired)
            failed.extend(result.failed)
            if result.failed and not result.fired:
                break  # only failing cases are due: they would be due again, forever
        clock.set(when)
        return TickResult(tuple(fired), tuple(failed))

    def delete(self, case_id: str) -> None:
        """Remove a case and its audit trail (``ivo-flow run --replace``); unknown: NotFound."""
        self.store.load(case_id, with_state=False)
        self._live.pop(case_id, None)
        self.store.delete_case(case_id)

    # -- queries ---------------------------------------------------------------------------

    def case(self, case_id: str) -> CaseView:
        return self._view(self.store.load(case_id, with_state=False))  # a view needs no state

    def cases(self, *, status: str | None = None, process_id: str | None = None) -> list[CaseView]:
        return [self._view(row) for row in self.store.cases(status=status, process_id=process_id)]

    def tasks(self, case_id: str | None = None, *, lane: str | None = None) -> list[TaskView]:
        if case_id:
            self.store.load(case_id, with_state=False)  # unknown case -> NotFoundError
        return self.store.tasks(case_id=case_id, lane=lane)

    def deadlines(
        self, *, within: timedelta | None = None, case_id: str | None = None
    ) -> list[TimerView]:
        """Armed timers (legal deadlines first of all), earliest first; ``within`` of now."""
        until = self.clock.now() + within if within is not None else None
        return self.store.timers(case_id=case_id, due_before=until)

    def history(self, case_id: str) -> list[AuditEvent]:
        self.store.load(case_id, with_state=False)  # unknown case -> NotFoundError
        return self.store.history(case_id)

    def verify(self, case_id: str | None = None) -> list[VerifyProblem]:
        """Tamper evidence: recompute the audit hash chain of ``case_id`` (default: every case).

        An empty list means every chain is intact; otherwise one :class:`VerifyProblem` (case,
        seq, what is wrong) per case, at its first broken link. ``ivo-flow verify [CASE]``.
        """
        if case_id is not None:
            self.store.load(case_id, with_state=False)  # unknown case -> NotFoundError
        return self.store.verify(case_id)

    def processes(self) -> list[ProcessInfo]:
        return self.library.infos()

    def explain(self, case_id: str, *, as_of: date | None = None) -> Explanation:
        """Why the case is where it is, from its audit trail (see :mod:`ivo_workflow.explain`).

        ``as_of`` replays the trail up to the end of that day (Stockholm): what was known then.
        """
        from .explain import explain

        row = self.store.load(case_id, with_state=False)
        from .specs import Bundle

        bundle = Bundle.from_record(row.spec_hash, self.store.spec_bundle(row.spec_hash))
        history = self.store.history(case_id)
        return explain(self._view(row), history, bundle, as_of=as_of, now=self.clock.now())

    # -- views: seeing a case (issue 6) -----------------------------------------------------
    # Library mirrors of `ivo-flow diagram`, `show --html` and `deadlines --ics`; "now" is
    # the facade's clock. The views live in ivo_workflow.views and see value objects only.

    def process_source(self, process_id: str, case_id: str | None = None) -> bytes:
        """The BPMN file defining ``process_id``: the version a case runs on, else the library's."""
        from .errors import NotFoundError
        from .views.svg import process_ids

        if case_id is not None:
            row = self.store.load(case_id)
            from .specs import Bundle

            bundle = Bundle.from_record(row.spec_hash, self.store.spec_bundle(row.spec_hash))
        else:
            bundle = self.library.bundle(process_id)
        for source in bundle.files:
            data = source.text.encode("utf-8")
            if source.kind == "bpmn" and process_id in process_ids(data, source.name):
                return data
        raise NotFoundError(
            f"process '{process_id}' is not part of the version case '{case_id}' runs on",
            hint=f"the case runs {bundle.process_id}",
        )

    def case_process_ids(self, case_id: str) -> list[str]:
        """The processes a case entered: its own, then those of its tasks, timers and trail."""
        from .views.svg import BpmnModel

        case, history = self.case(case_id), self.history(case_id)
        row = self.store.load(case_id)
        from .specs import Bundle

        bundle = Bundle.from_record(row.spec_hash, self.store.spec_bundle(row.spec_hash))
        process_of: dict[str, str] = {}
        for source in bundle.files:
            if source.kind == "bpmn":
                model = BpmnModel(source.text.encode("utf-8"), source.name)
                for element, process in model.process_of.items():
                    process_of.setdefault(element, process)
        entered = [case.process_id, *(t.process_id for t in case.tasks)]
        entered += [t.process_id for t in case.timers]
        entered += [process_of[e.element_id] for e in history if e.element_id in process_of]
        return list(dict.fromkeys(entered))

    def diagram(self, process_id: str, case_id: str | None = None) -> str:
        """``ivo-flow diagram``: the process as SVG; with a case, the case's state coloured in."""
        from .views.svg import highlight_for_case, render_svg

        source = self.process_source(process_id, case_id)
        if case_id is None:
            return render_svg(source, process_id=process_id)
        case, history = self.case(case_id), self.history(case_id)
        highlight = highlight_for_case(case, history, self.clock.now(), bpmn=source)
        return render_svg(source, process_id=process_id, highlight=highlight)

    def case_page(self, case_id: str) -> str:
        """``ivo-flow show CASE --html``: the case as one self-contained HTML page."""
        from .errors import SpecError
        from .views.case_page import case_page_html
        from .views.svg import BpmnModel, flow_labels, highlight_for_case, render_svg

        case, history, now = self.case(case_id), self.history(case_id), self.clock.now()
        diagrams: dict[str, str] = {}
        names: dict[str, str] = {}
        labels: dict[str, str] = {}
        for process_id in self.case_process_ids(case_id):
            source = self.process_source(process_id, case_id)
            node = BpmnModel(source).processes.get(process_id)
            names[process_id] = (node.get("name") if node is not None else None) or process_id
            labels.update(flow_labels(source))
            highlight = highlight_for_case(case, history, now, bpmn=source)
            try:
                diagrams[process_id] = render_svg(
                    source, process_id=process_id, highlight=highlight
                )
            except SpecError:  # a process drawn without DI has no map; the rest of the page stands
                continue
        return case_page_html(
            case,
            history,
            diagrams,
            now,
            process_names=names,
            flow_labels=labels,
            explanation=self.explain(case_id),
            **self._case_patterns(case),
        )

    def _case_patterns(self, case: CaseView) -> dict[str, Any]:
        """The case page's «Mönster och rekommendation»: the patterns of the case's organisation
        and its other cases (nothing when the case names no organisation)."""
        from .errors import NotFoundError
        from .patterns import organisation_of

        organisation = organisation_of(case.data)
        if organisation is None:
            return {}
        try:
            found = self.patterns(org=organisation).for_organisation(organisation)
        except NotFoundError:  # a folder of processes without the analysis: no section
            return {}
        related = [r for r in self.related_cases(organisation) if r.id != case.id]
        return {"patterns": found, "related": related}

    def deadlines_ics(
        self, within: timedelta | None = None, *, case_id: str | None = None
    ) -> bytes:
        """``ivo-flow deadlines --ics``: the armed deadlines as an iCalendar file."""
        from .views.ics import deadlines_ics

        timers = self.deadlines(within=within, case_id=case_id)
        cases = {cid: self.case(cid) for cid in dict.fromkeys(t.case_id for t in timers)}
        titles = {}
        for cid, case in cases.items():
            party = case.data.get("kommun") or case.data.get("adressat")
            titles[cid] = f"{cid} ({party})" if isinstance(party, str) and party else cid
        return deadlines_ics(timers, case_titles=titles, cases=cases)

    # -- patterns across cases (issue 8) ------------------------------------------------------

    def patterns(
        self,
        org: str | None = None,
        since: date | None = None,
        *,
        as_of: date | None = None,
        window_months: int = 24,
    ) -> PatternReport:
        """``ivo-flow patterns``: per organisation and area, the signals across its cases and the
        recommendation of the table ``monster`` (see :mod:`ivo_workflow.patterns`).

        ``org``: organisations whose name contains it; ``since``: the first day looked at
        (default: the window ending ``as_of``); ``as_of``: the last day (default: the clock's).
        The store is read with SQL only; the table runs in the engine's sandbox.
        """
        from .patterns import STOCKHOLM, find_patterns

        day = as_of or self.clock.now().astimezone(STOCKHOLM).date()
        return find_patterns(
            self.store.conn,
            self._decide_pattern,
            as_of=day,
            org=org,
            since=since,
            window_months=window_months,
        )

    def related_cases(self, organisation: str, area: str | None = None) -> list[RelatedCase]:
        """The cases about the same organisation (and area), oldest first."""
        from .patterns import related_cases

        return related_cases(self.store.conn, organisation, area)

    def _decide_pattern(self, inputs: Mapping[str, int]) -> dict[str, Any]:
        """Run the process ``monsteranalys`` (its business rule task calls the table ``monster``)
        on the signals, in memory: nothing is stored; returns its outputs and the rows reached."""
        from .patterns import ANALYSIS_PROCESS

        key = f"analysis:{ANALYSIS_PROCESS}"  # compiled once per facade
        compiled = self._compiled.get(key)
        if compiled is None:
            if self._library is not None:
                bundle = self.library.bundle(ANALYSIS_PROCESS)
            else:  # read only the analysis and its table, not every bundled process
                from .specs import read_model_files

                files = read_model_files(self._processes)
                wanted = {f"{ANALYSIS_PROCESS}.bpmn", "monster.dmn"}
                from .specs import SpecLibrary

                library = SpecLibrary({name: files[name] for name in wanted & set(files)})
                bundle = library.bundle(ANALYSIS_PROCESS)
            from .specs import compile_bundle

            compiled = self._compiled[key] = compile_bundle(bundle)
        step = self._engine.start(compiled, dict(inputs), "IVO")
        rules = [h.data["dmn"]["rules"] for h in step.happenings if "dmn" in h.data]
        return {**step.data, "rules": rules[-1] if rules else []}

    # -- internals -------------------------------------------------------------------------

    def _load(self, case_id: str) -> tuple[CaseRow, Any]:
        row = self.store.load(case_id)
        return row, self._compiled_spec(row.spec_hash)

    def _compiled_spec(self, spec_hash: str) -> Any:
        compiled = self._compiled.get(spec_hash)
        if compiled is None:
            from .specs import Bundle, compile_bundle

            bundle = Bundle.from_record(spec_hash, self.store.spec_bundle(spec_hash))
            compiled = self._compiled[spec_hash] = compile_bundle(bundle)
        return compiled

    def _fire(self, compiled: Any, state: Any, live: Any) -> Any:
        return self._engine.fire_timers(compiled, state, live=live)

    def _command(self, case_id: str, run: Callable[[Any, Any, Any], Any]) -> CaseView:
        """Load (or reuse the live workflow), run one engine step, save, and keep the result."""
        entry = self._live.pop(case_id, None)
        row = self.store.load(case_id, with_state=entry is None)
        if entry is not None and entry.version != row.version:
            entry = None
            row = self.store.load(case_id)
        compiled = self._compiled_spec(row.spec_hash)
        try:
            step = run(compiled, row.stored_state, entry.live if entry else None)
        except StoreError as error:  # the stored state cannot be read: say whose
            if error.where is not None:
                raise
            raise StoreError(error.message, where=f"case '{case_id}'", hint=error.hint) from None
        save = self._save(case_id, compiled.bundle, step, entry, (row.status, row.end_state))
        version = self.store.save(save, row.version)
        return self._remember(save, step, version, row.started_at)

    def _remember(self, save: Save, step: Any, version: int, started_at: datetime) -> CaseView:
        """The case as stored after ``save`` (no re-read), and its workflow kept live."""
        case_id = save.case_id
        tasks = tuple(
            sorted((evolve(t, case_id=case_id) for t in save.tasks), key=lambda t: t.element_id)
        )
        timers = tuple(
            sorted(
                (
                    evolve(t, case_id=case_id, due_at=datetime.fromisoformat(utc_text(t.due_at)))
                    for t in save.timers
                ),
                key=lambda t: t.due_at,
            )
        )
        if self._live_limit > 0 and step.live is not None and save.status == "open":
            self._live[case_id] = _Live(
                step.live,
                version,
                started_at,
                tuple(save.tasks),
                tuple(save.timers),
                self.store.audit_head,
            )
            while len(self._live) > self._live_limit:
                self._live.popitem(last=False)
        return CaseView(
            id=case_id,
            process_id=save.process_id,
            spec_hash=save.spec_hash,
            status=save.status,
            version=version,
            started_at=started_at,
            updated_at=datetime.fromisoformat(utc_text(save.at)),
            data=save.data,
            tasks=tasks,
            timers=timers,
            end_state=save.end_state,
        )

    def _save(
        self,
        case_id: str,
        bundle: Bundle,
        step: Any,
        entry: _Live | None = None,
        stored: tuple[str, str | None] | None = None,
    ) -> Save:
        """What to write for ``step``; ``stored`` is the case's status and end state as stored."""
        at = self.clock.now()
        events = [
            NewEvent(
                at=at,
                kind=h.kind,
                actor=h.actor,
                element_id=h.element.id if h.element else None,
                element_name=h.element.name if h.element else None,
                lane=h.element.lane if h.element else None,
                legal_basis=h.legal_basis,
                data=h.data,
            )
            for h in step.happenings
        ]
        return Save(
            case_id=case_id,
            process_id=bundle.process_id,
            spec_hash=bundle.hash,
            status=step.status,
            end_state=step.end_state,
            state=step.state,
            data=step.data,
            at=at,
            recorded_at=self.wall_clock.now(),
            events=events,
            tasks=step.tasks,
            timers=step.timers,
            state_is_delta=step.state_is_delta,
            tasks_changed=entry is None or entry.tasks != step.tasks,
            timers_changed=entry is None or entry.timers != step.timers,
            audit_head=entry.audit_head if entry is not None else None,
            status_changed=stored != (step.status, step.end_state),
        )

    def _view(self, row: CaseRow) -> CaseView:
        return CaseView(
            id=row.id,
            process_id=row.process_id,
            spec_hash=row.spec_hash,
            status=row.status,
            version=row.version,
            started_at=row.started_at,
            updated_at=row.updated_at,
            data=row.data,
            tasks=self.store.tasks(case_id=row.id),
            timers=self.store.timers(case_id=row.id),
            end_state=row.end_state,
        )


def dumps(value: Any) -> str:
    """JSON for value objects (used by the CLI's --json)."""
    return json.dumps(value, ensure_ascii=False, indent=2, default=_default)


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(type(value).__name__)


class _Batch:
    """``Workflows.batch()``: one store transaction; live workflows dropped if it fails."""

    def __init__(self, workflows: Workflows) -> None:
        self.workflows = workflows
        self._context: Any = None

    def __enter__(self) -> Workflows:
        self._context = self.workflows.store.transaction()
        self._context.__enter__()
        return self.workflows

    def __exit__(self, *exc: Any) -> Any:
        try:
            return self._context.__exit__(*exc)
        except BaseException:
            self.workflows._live.clear()
            raise
        finally:
            if exc[0] is not None:
                self.workflows._live.clear()
