"""SQLite through sqlite-utils: the schema, its migrations, atomic saves and the queries.

One save is one transaction: the case row (with a version check), the audit events appended
(each chained to the previous one by hash), and the case's waiting tasks and armed timers
replaced. A stale version raises :class:`ConflictError`; any error leaves the database as it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import frozen

from .errors import CaseExistsError, ConflictError, NotFoundError, StoreError
from .model import AuditEvent, Deadline, TaskView, TimerView

if TYPE_CHECKING:  # sqlite-utils is imported only to migrate (or when Store.db is used)
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "ivo_flow"


def _audit_table(name: str, key: str) -> str:
    """The audit trail's table: its columns, then ``key`` (the key clause and what follows)."""
    return f"""CREATE TABLE {name} (
            case_id TEXT NOT NULL REFERENCES cases(id),
            seq INTEGER NOT NULL,
            at TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            element_id TEXT,
            element_name TEXT,
            lane TEXT,
            legal_basis TEXT NOT NULL,
            data TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            {key}"""


def m001_initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE specs (
            hash TEXT PRIMARY KEY,
            process_id TEXT NOT NULL,
            bundle TEXT NOT NULL,
            stored_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            process_id TEXT NOT NULL,
            spec_hash TEXT NOT NULL REFERENCES specs(hash),
            status TEXT NOT NULL,
            end_state TEXT,
            version INTEGER NOT NULL,
            state BLOB NOT NULL,
            data TEXT NOT NULL,
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX cases_status ON cases(status, process_id)")
    db.execute(_audit_table("audit", "PRIMARY KEY (case_id, seq)) WITHOUT ROWID"))
    for trigger in _AUDIT_TRIGGERS:
        db.execute(trigger)
    db.execute(
        """CREATE TABLE timers (
            case_id TEXT NOT NULL REFERENCES cases(id),
            element_id TEXT NOT NULL,
            name TEXT NOT NULL,
            lane TEXT,
            process_id TEXT NOT NULL,
            due_at TEXT NOT NULL,
            last_day TEXT,
            legal_basis TEXT NOT NULL,
            deadline TEXT)"""
    )
    db.execute("CREATE INDEX timers_due ON timers(due_at)")
    db.execute("CREATE INDEX timers_case ON timers(case_id)")
    db.execute(
        """CREATE TABLE tasks (
            case_id TEXT NOT NULL REFERENCES cases(id),
            element_id TEXT NOT NULL,
            name TEXT NOT NULL,
            lane TEXT,
            process_id TEXT NOT NULL,
            legal_basis TEXT NOT NULL,
            PRIMARY KEY (case_id, element_id))"""
    )
    db.execute("CREATE INDEX tasks_lane ON tasks(lane)")


def m002_state_log(db: sqlite_utils.Database) -> None:
    """The workflow state of each case: a snapshot (seq of its save), then the deltas after it."""
    db.execute(
        """CREATE TABLE state_log (
            case_id TEXT NOT NULL REFERENCES cases(id),
            seq INTEGER NOT NULL,
            delta BLOB NOT NULL,
            PRIMARY KEY (case_id, seq)) WITHOUT ROWID"""
    )


def m003_meta(db: sqlite_utils.Database) -> None:
    """Facts about the database itself, e.g. the simulated time a simulated database stands at."""
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def m004_audit_element(db: sqlite_utils.Database) -> None:
    """Questions across cases (ivo_workflow.patterns) find the events of a few elements in a
    period: complaints received, decisions, account dates, compliance checks."""
    db.execute("CREATE INDEX IF NOT EXISTS audit_element ON audit(element_id, at)")


def m005_audit_head(db: sqlite_utils.Database) -> None:
    """The head of each case's audit chain (seq and hash of its last event), kept in the case
    row, written in the same transaction as the events: deleting the last events of a case
    leaves a chain that still links, but no longer reaches the head (``verify`` says so).

    Cases written before this migration take the head their trail has now."""
    db.execute("ALTER TABLE cases ADD COLUMN audit_seq INTEGER")
    db.execute("ALTER TABLE cases ADD COLUMN audit_hash TEXT")
    db.execute(
        """UPDATE cases SET
             audit_seq = (SELECT max(seq) FROM audit WHERE audit.case_id = cases.id),
             audit_hash = (SELECT hash FROM audit WHERE audit.case_id = cases.id
                           ORDER BY seq DESC LIMIT 1)"""
    )


def m006_audit_pattern(db: sqlite_utils.Database) -> None:
    """The element index covers only the events questions across cases read (the elements of
    ``patterns.ELEMENTS``, in its order, so that the queries' own IN term matches the index's):
    indexing every event cost about seven database pages per save, for events nobody looks up.
    A change of ``patterns.ELEMENTS`` needs a migration like this one (tests/test_patterns.py
    checks that its queries use the index)."""
    db.execute("DROP INDEX IF EXISTS audit_element")
    db.execute(
        "CREATE INDEX IF NOT EXISTS audit_pattern ON audit(element_id, at) WHERE element_id IN "
        "('uppgifter_inkommer', 'besluta_i_tillsynsarendet', 'beslutets_utfall', "
        "'redovisningsdagen_passerar', 'redovisning_inkommer', 'uppfoljningsatgard', "
        "'fore_val_av_atgard')"
    )


_AUDIT_TRIGGERS = (
    """CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
)


def m007_appended_in_rowid_order(db: sqlite_utils.Database) -> None:
    """The audit trail and the state log are stored in the order they are written (rowid
    tables, a unique index on (case_id, seq)) instead of clustered by case (WITHOUT ROWID).

    A save appends a few events and a delta for one case; clustered by case, each insert landed
    inside a full page of older cases and split it (about five pages rewritten per save for the
    trail alone); appended, it fills the last page. A delta of up to ~4 KB also stays in its
    page (a WITHOUT ROWID row spills to overflow pages above ~1 KB)."""
    columns = ", ".join(AUDIT_COLUMNS)
    db.execute(_audit_table("audit_appended", "UNIQUE (case_id, seq))"))
    db.execute(
        f"INSERT INTO audit_appended({columns}) "
        f"SELECT {columns} FROM audit ORDER BY at, case_id, seq"
    )
    db.execute("DROP TABLE audit")  # its triggers and indexes go with it
    db.execute("ALTER TABLE audit_appended RENAME TO audit")
    for trigger in _AUDIT_TRIGGERS:
        db.execute(trigger)
    m006_audit_pattern(db)
    db.execute(
        """CREATE TABLE state_log_appended (
            case_id TEXT NOT NULL REFERENCES cases(id),
            seq INTEGER NOT NULL,
            delta BLOB NOT NULL,
            UNIQUE (case_id, seq))"""
    )
    db.execute(
        "INSERT INTO state_log_appended(case_id, seq, delta) "
        "SELECT case_id, seq, delta FROM state_log ORDER BY case_id, seq"
    )
    db.execute("DROP TABLE state_log")
    db.execute("ALTER TABLE state_log_appended RENAME TO state_log")


def m008_no_lane_index(db: sqlite_utils.Database) -> None:
    """No index on the tasks' lane: a handful of lanes (IVO, the municipality, the courts) each
    hold a large share of the tasks, so a question by lane reads most of the table anyway, and
    the index was rewritten by every save whose waiting tasks changed."""
    db.execute("DROP INDEX IF EXISTS tasks_lane")


def m009_process_name(db: sqlite_utils.Database) -> None:
    """The name each stored process version gives itself, kept beside its bundle: ``show`` reads
    one column instead of the whole bundle (about half a megabyte of JSON). Versions stored
    before take the name their bundle has."""
    db.execute("ALTER TABLE specs ADD COLUMN process_name TEXT")
    rows = db.execute("SELECT hash, process_id, bundle FROM specs").fetchall()
    for spec_hash, process_id, bundle_json in rows:
        db.execute(
            "UPDATE specs SET process_name = ? WHERE hash = ?",
            [bundle_process_name(process_id, json.loads(bundle_json)), spec_hash],
        )


def bundle_process_name(process_id: str, record: dict[str, Any]) -> str | None:
    """The name the process ``process_id`` gives itself in a stored bundle (None if none)."""
    from .bpmn_text import process_name_of  # the regexes and html are not needed to read a case

    texts = (f["text"] for f in record["files"] if f["kind"] == "bpmn")
    return process_name_of(process_id, texts)


MIGRATIONS = (
    m001_initial,
    m002_state_log,
    m003_meta,
    m004_audit_element,
    m005_audit_head,
    m006_audit_pattern,
    m007_appended_in_rowid_order,
    m008_no_lane_index,
    m009_process_name,
)


def migrations() -> Migrations:
    """The schema's migrations as a sqlite-utils ``Migrations`` set (imported on demand)."""
    from sqlite_utils.migrations import Migrations

    found = Migrations(MIGRATION_SET)
    for step in MIGRATIONS:
        found()(step)
    return found


def _migrated(conn: sqlite3.Connection) -> bool:
    """Whether every migration is applied (checked without importing sqlite-utils)."""
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchall()
    except sqlite3.OperationalError:
        return False
    return {row[0] for row in rows} >= {step.__name__ for step in MIGRATIONS}


def _refuse_foreign(conn: sqlite3.Connection, path: str) -> None:
    """Refuse, before writing anything, a SQLite database that holds another program's tables."""
    tables = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    }
    if tables and "_sqlite_migrations" not in tables:
        raise StoreError(
            "is a SQLite database of another program (it has no ivo-flow tables)", where=path
        )


def utc_text(when: datetime) -> str:
    """Instants are stored as UTC ISO-8601 with offset, to the second (sortable as text)."""
    if when.tzinfo is None:
        raise StoreError(f"naive datetime {when.isoformat()} cannot be stored")
    return when.astimezone(UTC).isoformat(timespec="seconds")


@frozen
class CaseRow:
    id: str
    process_id: str
    spec_hash: str
    status: str
    end_state: str | None
    version: int
    state: bytes
    data_json: str  # the case's data as stored (read as :attr:`data` when needed)
    started_at: datetime
    updated_at: datetime
    log: tuple[bytes, ...] = ()  # deltas saved after the snapshot in ``state``

    @cached_property
    def data(self) -> dict[str, Any]:
        """The case's data (parsed on first use: a step on a live case needs only the row's
        version and status)."""
        return json.loads(self.data_json)

    @property
    def stored_state(self) -> bytes | tuple[bytes, ...]:
        """What the engine restores from: the snapshot, with the logged deltas if any."""
        return (self.state, *self.log) if self.log else self.state


@frozen
class NewEvent:
    """An audit event before the store numbers and chains it."""

    at: datetime
    kind: str
    actor: str
    element_id: str | None
    element_name: str | None
    lane: str | None
    legal_basis: str
    data: dict[str, Any]


@frozen
class Save:
    """Everything one step writes."""

    case_id: str
    process_id: str
    spec_hash: str
    status: str
    end_state: str | None
    state: bytes
    data: dict[str, Any]
    at: datetime
    recorded_at: datetime
    events: Sequence[NewEvent]
    tasks: Sequence[TaskView]
    timers: Sequence[TimerView]
    state_is_delta: bool = False  # append ``state`` to the log instead of replacing it
    tasks_changed: bool = True  # False: the waiting tasks are those already stored
    timers_changed: bool = True  # False: the armed timers are those already stored
    audit_head: tuple[int, str] | None = None  # (seq, hash) of the last event, if known
    status_changed: bool = True  # False: status and end state are those already stored


@frozen
class VerifyProblem:
    """The first broken link of a case's audit chain: the event at ``seq`` does not follow."""

    case_id: str
    seq: int
    problem: str

    def __str__(self) -> str:
        return f"{self.case_id}#{self.seq}: {self.problem}"


_canonical = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
"""Canonical JSON (sorted keys, no spaces): what an event's hash covers. One encoder for all."""
_sorted_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # an event's data
_UNHASHED = frozenset({"hash", "prev_hash"})


def _event_hash(prev_hash: str, row: dict[str, Any]) -> str:
    body = _canonical({k: v for k, v in row.items() if k not in _UNHASHED})
    from hashlib import sha256  # not needed to read a case (show's cold start)

    return sha256((prev_hash + body).encode("utf-8")).hexdigest()


AUDIT_COLUMNS = (
    "case_id",
    "seq",
    "at",
    "recorded_at",
    "kind",
    "actor",
    "element_id",
    "element_name",
    "lane",
    "legal_basis",
    "data",
    "prev_hash",
    "hash",
)


class Store:
    """The SQLite database of cases."""

    def __init__(self, path: str | Path, *, synchronous: str = "FULL") -> None:
        self.path = str(path)
        self.audit_head: tuple[int, str] = (0, "")  # (seq, hash) of the last event written
        self._batch = False
        try:
            if self.path != ":memory:":
                target = Path(self.path)
                if target.exists() and target.is_file() and target.stat().st_size:
                    with target.open("rb") as handle:
                        if handle.read(16) != b"SQLite format 3\x00":
                            raise StoreError(
                                "is not an ivo-flow (SQLite) database", where=self.path
                            )
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn = conn
            self._db: sqlite_utils.Database | None = None
            _refuse_foreign(conn, self.path)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(f"PRAGMA synchronous={synchronous}")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            if not _migrated(conn):
                migrations().apply(self.db)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open the database: {error}", where=self.path) from None

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as a sqlite-utils ``Database`` (created on first use)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        """One small write of its own (outside any step's transaction)."""
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A batch: one IMMEDIATE transaction in which every write is its own savepoint.

        A write that fails inside rolls back to its savepoint only (the others stay); the batch
        commits once at the end (one commit, one fsync, for a whole tick or simulated day).
        """
        if self._batch:
            yield
            return
        with self._write():
            self._batch = True
            try:
                yield
            finally:
                self._batch = False

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One IMMEDIATE transaction: the write lock is taken before anything is read.

        Inside :meth:`transaction` it is a savepoint of the batch instead.
        """
        conn = self.conn
        if self._batch:
            if not conn.in_transaction:  # SQLite rolled the batch back (disk full, I/O error)
                raise StoreError("cannot write: the batch was rolled back", where=self.path)
            conn.execute("SAVEPOINT ivo_write")
            try:
                yield
            except BaseException as error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK TO ivo_write")
                    conn.execute("RELEASE ivo_write")
                if isinstance(error, sqlite3.Error):
                    raise StoreError(f"cannot write: {error}", where=self.path) from None
                raise
            conn.execute("RELEASE ivo_write")
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise StoreError(f"cannot write: {error}", where=self.path) from None
        try:
            yield
        except BaseException as error:  # full, read-only, I/O: SQLite may have rolled back already
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise StoreError(f"cannot write: {error}", where=self.path) from None
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"cannot commit: {error}", where=self.path) from None

    # -- specs ------------------------------------------------------------------------------

    def ensure_spec(self, spec_hash: str, process_id: str, bundle_json: str, at: datetime) -> None:
        """Store a bundle once per content hash, with the process's name (inside the caller's
        transaction if any)."""
        if self.conn.execute("SELECT 1 FROM specs WHERE hash = ?", [spec_hash]).fetchone():
            return
        self.conn.execute(
            "INSERT OR IGNORE INTO specs(hash, process_id, bundle, stored_at, process_name) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                spec_hash,
                process_id,
                bundle_json,
                utc_text(at),
                bundle_process_name(process_id, json.loads(bundle_json)),
            ],
        )

    def process_name(self, spec_hash: str) -> str | None:
        """The name the stored process version gives itself (None if it has none)."""
        row = self.conn.execute(
            "SELECT process_name FROM specs WHERE hash = ?", [spec_hash]
        ).fetchone()
        if row is None:
            raise StoreError(f"the process version {spec_hash} is missing from the specs table")
        return None if row[0] is None else str(row[0])

    def spec_bundle(self, spec_hash: str) -> dict[str, Any]:
        row = self.conn.execute("SELECT bundle FROM specs WHERE hash = ?", [spec_hash]).fetchone()
        if row is None:
            raise StoreError(f"the process version {spec_hash} is missing from the specs table")
        record: dict[str, Any] = json.loads(row[0])
        return record

    # -- cases ------------------------------------------------------------------------------

    def load(self, case_id: str, *, with_state: bool = True) -> CaseRow:
        """A case row; ``with_state=False`` leaves out the state (b"") and its log.

        The state is a snapshot and the deltas saved after it. Since m002 both live in
        ``state_log`` (the snapshot first) and ``cases.state`` is empty, so that a save rewrites
        a small case row; a case saved before keeps its snapshot in ``cases.state``.
        """
        state = "state" if with_state else "x''"
        row = self.conn.execute(
            f"SELECT id, process_id, spec_hash, status, end_state, version, {state}, data, "
            "started_at, updated_at FROM cases WHERE id = ?",
            [case_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"unknown case '{case_id}'")
        log: tuple[bytes, ...] = ()
        if with_state:
            log = tuple(
                r[0]
                for r in self.conn.execute(
                    "SELECT delta FROM state_log WHERE case_id = ? ORDER BY seq", [case_id]
                ).fetchall()
            )
        if with_state and not row[6] and log:
            row = (*row[:6], log[0], *row[7:])
            log = log[1:]
        return _case_row(row, log)

    def exists(self, case_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is not None
        )

    def cases(self, *, status: str | None = None, process_id: str | None = None) -> list[CaseRow]:
        where, params = [], []
        if status:
            where.append("status = ?")
            params.append(status)
        if process_id:
            where.append("process_id = ?")
            params.append(process_id)
        sql = (  # the state is left out (b""): listing cases needs no engine state
            "SELECT id, process_id, spec_hash, status, end_state, version, x'', data, "
            "started_at, updated_at FROM cases"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_case_row(r) for r in self.conn.execute(sql + " ORDER BY id", params).fetchall()]

    def create(self, save: Save, bundle_json: str) -> int:
        """Insert a new case with its first step; one transaction."""
        with self._write():
            if self.exists(save.case_id):
                raise CaseExistsError(
                    f"case '{save.case_id}' already exists", hint="use another id, or --replace"
                )
            self.ensure_spec(save.spec_hash, save.process_id, bundle_json, save.at)
            audit, head = self._audit_rows(save)
            self.conn.execute(
                "INSERT INTO cases(id, process_id, spec_hash, status, end_state, version, state, "
                "data, started_at, updated_at, audit_seq, audit_hash) "
                "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                [
                    save.case_id,
                    save.process_id,
                    save.spec_hash,
                    save.status,
                    save.end_state,
                    b"",
                    json.dumps(save.data, ensure_ascii=False),
                    utc_text(save.at),
                    utc_text(save.at),
                    *head,
                ],
            )
            self.conn.execute(
                "INSERT INTO state_log(case_id, seq, delta) VALUES (?, 1, ?)",
                [save.case_id, save.state],
            )
            self._write_rest(save, audit, head)
        return 1

    def save(self, save: Save, expected_version: int) -> int:
        """Write one step of an existing case; raises ConflictError on a stale version."""
        with self._write():
            self._save(save, expected_version)
        return expected_version + 1

    def _save(self, save: Save, expected_version: int) -> None:
        audit, head = self._audit_rows(save)
        # the state itself goes to the log; a snapshot empties the log first (below). Status
        # and end state are set only when they change: setting them rewrites the status index.
        status = "status = ?, end_state = ?, " if save.status_changed else ""
        cursor = self.conn.execute(
            f"UPDATE cases SET {status}version = version + 1, data = ?, updated_at = ?, "
            "audit_seq = ?, audit_hash = ? WHERE id = ? AND version = ?",
            [
                *((save.status, save.end_state) if save.status_changed else ()),
                json.dumps(save.data, ensure_ascii=False),
                utc_text(save.at),
                *head,
                save.case_id,
                expected_version,
            ],
        )
        if cursor.rowcount != 1:
            if not self.exists(save.case_id):
                raise NotFoundError(f"unknown case '{save.case_id}'")
            raise ConflictError(
                f"case '{save.case_id}' was changed by someone else (expected version "
                f"{expected_version})",
                hint="reload the case and try again",
            )
        conn = self.conn
        if not save.state_is_delta:  # a snapshot starts the log again
            conn.execute("DELETE FROM state_log WHERE case_id = ?", [save.case_id])
        conn.execute(
            "INSERT INTO state_log(case_id, seq, delta) VALUES (?, ?, ?)",
            [save.case_id, expected_version + 1, save.state],
        )
        self._write_rest(save, audit, head)

    def _audit_rows(self, save: Save) -> tuple[list[list[Any]], tuple[int, str]]:
        """The step's audit rows, chained to the case's last event, and the new chain head."""
        if save.audit_head is not None:
            seq, prev_hash = save.audit_head
        else:
            last = self.conn.execute(
                "SELECT seq, hash FROM audit WHERE case_id = ? ORDER BY seq DESC LIMIT 1",
                [save.case_id],
            ).fetchone()
            seq, prev_hash = (last[0], last[1]) if last else (0, "")
        recorded = utc_text(save.recorded_at)
        times: dict[datetime, str] = {}  # a step's events share a few instants
        rows = []
        for event in save.events:
            seq += 1
            at = times.get(event.at) or times.setdefault(event.at, utc_text(event.at))
            row = {
                "case_id": save.case_id,
                "seq": seq,
                "at": at,
                "recorded_at": recorded,
                "kind": event.kind,
                "actor": event.actor,
                "element_id": event.element_id,
                "element_name": event.element_name,
                "lane": event.lane,
                "legal_basis": event.legal_basis,
                "data": _sorted_json(event.data),
            }
            new_hash = _event_hash(prev_hash, row)
            rows.append([*row.values(), prev_hash, new_hash])
            prev_hash = new_hash
        return rows, (seq, prev_hash)

    def _write_rest(self, save: Save, audit: list[list[Any]], head: tuple[int, str]) -> None:
        if audit:
            self.conn.executemany(
                f"INSERT INTO audit({', '.join(AUDIT_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})",
                audit,
            )
        self.audit_head = head
        if save.tasks_changed:
            self._write_tasks(save)
        if save.timers_changed:
            self._write_timers(save)

    def _write_tasks(self, save: Save) -> None:
        self.conn.execute("DELETE FROM tasks WHERE case_id = ?", [save.case_id])
        self.conn.executemany(
            "INSERT INTO tasks(case_id, element_id, name, lane, process_id, legal_basis) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (save.case_id, t.element_id, t.name, t.lane, t.process_id, t.legal_basis)
                for t in save.tasks
            ],
        )

    def _write_timers(self, save: Save) -> None:
        self.conn.execute("DELETE FROM timers WHERE case_id = ?", [save.case_id])
        self.conn.executemany(
            "INSERT INTO timers(case_id, element_id, name, lane, process_id, due_at, last_day, "
            "legal_basis, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    save.case_id,
                    t.element_id,
                    t.name,
                    t.lane,
                    t.process_id,
                    utc_text(t.due_at),
                    t.deadline.last_day.isoformat() if t.deadline else None,
                    t.legal_basis,
                    json.dumps(t.deadline.as_record(), ensure_ascii=False) if t.deadline else None,
                )
                for t in save.timers
            ],
        )

    def delete_case(self, case_id: str) -> None:
        """Remove a case and its trail (``ivo-flow run --replace``): the only deletion there is."""
        with self._write():
            self.conn.execute("DROP TRIGGER IF EXISTS audit_append_only_delete")
            try:
                for table in ("audit", "tasks", "timers", "state_log", "cases"):
                    key = "id" if table == "cases" else "case_id"
                    self.conn.execute(f"DELETE FROM {table} WHERE {key} = ?", [case_id])
            finally:
                self.conn.execute(_AUDIT_TRIGGERS[1])  # audit_append_only_delete

    # -- queries ----------------------------------------------------------------------------

    def tasks(self, *, case_id: str | None = None, lane: str | None = None) -> list[TaskView]:
        where, params = [], []
        if case_id:
            where.append("case_id = ?")
            params.append(case_id)
        if lane:
            where.append("lane = ?")
            params.append(lane)
        sql = "SELECT case_id, element_id, name, lane, process_id, legal_basis FROM tasks"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.conn.execute(sql + " ORDER BY case_id, element_id", params).fetchall()
        return [TaskView(*row) for row in rows]

    def timers(
        self, *, case_id: str | None = None, due_before: datetime | None = None
    ) -> list[TimerView]:
        where, params = [], []
        if case_id:
            where.append("case_id = ?")
            params.append(case_id)
        if due_before is not None:
            where.append("due_at <= ?")
            params.append(utc_text(due_before))
        sql = (
            "SELECT case_id, element_id, name, due_at, lane, process_id, legal_basis, deadline "
            "FROM timers"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.conn.execute(sql + " ORDER BY due_at, case_id", params).fetchall()
        return [
            TimerView(
                case_id=r[0],
                element_id=r[1],
                name=r[2],
                due_at=datetime.fromisoformat(r[3]),
                lane=r[4],
                process_id=r[5],
                legal_basis=r[6],
                deadline=Deadline.from_record(json.loads(r[7])) if r[7] else None,
            )
            for r in rows
        ]

    def due_cases(
        self, now: datetime, limit: int | None = None, *, case_id: str | None = None
    ) -> list[tuple[str, datetime]]:
        """Cases with a timer due at or before ``now``, earliest first (uses the due_at index);
        only ``case_id`` when given."""
        if case_id is not None:
            row = self.conn.execute(
                "SELECT MIN(due_at) FROM timers WHERE case_id = ? AND due_at <= ?",
                [case_id, utc_text(now)],
            ).fetchone()
            return [(case_id, datetime.fromisoformat(row[0]))] if row and row[0] else []
        sql = (
            "SELECT case_id, MIN(due_at) AS first_due FROM timers INDEXED BY timers_due "
            "WHERE due_at <= ? GROUP BY case_id ORDER BY first_due, case_id"
        )
        params: list[Any] = [utc_text(now)]
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [
            (r[0], datetime.fromisoformat(r[1])) for r in self.conn.execute(sql, params).fetchall()
        ]

    def next_due(self, before: datetime, *, case_id: str | None = None) -> datetime | None:
        if case_id is None:
            row = self.conn.execute(
                "SELECT MIN(due_at) FROM timers WHERE due_at <= ?", [utc_text(before)]
            ).fetchone()
        else:
            row = self.conn.execute(
                "SELECT MIN(due_at) FROM timers WHERE case_id = ? AND due_at <= ?",
                [case_id, utc_text(before)],
            ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def verify(self, case_id: str | None = None) -> list[VerifyProblem]:
        """Recompute the audit hash chain of one case or of all; the first broken link per case.

        Each event must have the next ``seq`` (from 1), carry the hash of the event before as
        ``prev_hash``, and hash to its stored ``hash`` (:func:`_event_hash` over every column but
        the two hashes, as written); the last event must be the head stored in the case row (so
        deleting the last events shows). Reads the trail row by row, keeping one head per case.
        """
        sql, params = "SELECT * FROM audit", []
        if case_id is not None:
            sql, params = sql + " WHERE case_id = ?", [case_id]
        cursor = self.conn.execute(sql + " ORDER BY case_id, seq", params)
        columns = [d[0] for d in cursor.description]
        problems: list[VerifyProblem] = []
        last: dict[str, tuple[int, str]] = {}  # (seq, hash) of each case's last event read
        current, expected_seq, prev_hash, broken = None, 1, "", False
        for values in cursor:
            row = dict(zip(columns, values, strict=True))
            if row["case_id"] != current:
                current, expected_seq, prev_hash, broken = row["case_id"], 1, "", False
            if broken:
                continue
            problem = None
            if row["seq"] != expected_seq:
                problem = f"expected event {expected_seq} here, found {row['seq']} (events missing)"
            elif row["prev_hash"] != prev_hash:
                problem = "does not point at the event before it (prev_hash differs)"
            elif _event_hash(prev_hash, row) != row["hash"]:
                problem = "was changed after it was written (its hash does not match)"
            if problem:
                problems.append(VerifyProblem(row["case_id"], row["seq"], problem))
                broken = True
            expected_seq, prev_hash = row["seq"] + 1, row["hash"]
            last[row["case_id"]] = (row["seq"], row["hash"])
        return self._check_heads(problems, last, case_id)

    def _check_heads(
        self,
        problems: list[VerifyProblem],
        last: dict[str, tuple[int, str]],
        case_id: str | None,
    ) -> list[VerifyProblem]:
        """The trail of each case must reach the head stored in its case row (the last events
        deleted leave a chain that links but stops short)."""
        sql = "SELECT id, audit_seq, audit_hash FROM cases WHERE audit_seq IS NOT NULL"
        params: list[Any] = []
        if case_id is not None:
            sql, params = sql + " AND id = ?", [case_id]
        broken = {p.case_id for p in problems}
        for found_id, head_seq, head_hash in self.conn.execute(sql + " ORDER BY id", params):
            if found_id in broken:
                continue
            seq, hash_ = last.get(found_id, (0, ""))
            if seq < head_seq:
                problems.append(
                    VerifyProblem(
                        found_id,
                        seq + 1,
                        f"is missing: the trail ends at event {seq}, the case's head is event "
                        f"{head_seq} (events deleted)",
                    )
                )
            elif (seq, hash_) != (head_seq, head_hash):
                problems.append(
                    VerifyProblem(
                        found_id,
                        head_seq,
                        "is not the head stored with the case (the trail was rewritten)",
                    )
                )
        problems.sort(key=lambda p: p.case_id)
        return problems

    def history(self, case_id: str) -> list[AuditEvent]:
        rows = self.conn.execute(
            "SELECT case_id, seq, at, recorded_at, kind, actor, element_id, element_name, lane, "
            "legal_basis, data, hash, prev_hash FROM audit WHERE case_id = ? ORDER BY seq",
            [case_id],
        ).fetchall()
        return [
            AuditEvent(
                case_id=r[0],
                seq=r[1],
                at=datetime.fromisoformat(r[2]),
                recorded_at=datetime.fromisoformat(r[3]),
                kind=r[4],
                actor=r[5],
                element_id=r[6],
                element_name=r[7],
                lane=r[8],
                legal_basis=r[9],
                data=json.loads(r[10]),
                hash=r[11],
                prev_hash=r[12],
            )
            for r in rows
        ]

    def spec_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM specs").fetchone()[0])


def _case_row(row: Sequence[Any], log: tuple[bytes, ...] = ()) -> CaseRow:
    return CaseRow(
        id=row[0],
        process_id=row[1],
        spec_hash=row[2],
        status=row[3],
        end_state=row[4],
        version=row[5],
        state=row[6],
        data_json=row[7],
        started_at=datetime.fromisoformat(row[8]),
        updated_at=datetime.fromisoformat(row[9]),
        log=log,
    )


def _bytes_of(columns: Sequence[str]) -> str:
    return " + ".join(f"coalesce(length(CAST({c} AS BLOB)), 0)" for c in columns)


CASE_COLUMNS = {
    "cases": (
        "id",
        "process_id",
        "spec_hash",
        "status",
        "end_state",
        "version",
        "state",
        "data",
        "started_at",
        "updated_at",
    ),
    "audit": AUDIT_COLUMNS,
    "timers": (
        "case_id",
        "element_id",
        "name",
        "lane",
        "process_id",
        "due_at",
        "last_day",
        "legal_basis",
        "deadline",
    ),
    "tasks": ("case_id", "element_id", "name", "lane", "process_id", "legal_basis"),
    "state_log": ("case_id", "seq", "delta"),
}


def case_bytes(store: Store, case_id: str) -> int:
    """The bytes a case's rows hold (case row with its state, audit, timers, tasks)."""
    total = 0
    for table, columns in CASE_COLUMNS.items():
        key = "id" if table == "cases" else "case_id"
        row = store.conn.execute(
            f"SELECT sum({_bytes_of(columns)}) FROM {table} WHERE {key} = ?", [case_id]
        ).fetchone()
        total += int(row[0] or 0)
    return total
