"""What a save writes to disk: the database pages each commit of the appeal path puts in the
write-ahead log, by table and index (information behind target 1's FULL ratio; no target).

    python bench/pages.py [--warm 30]

``--warm`` cases are run first (a database that already holds cases, so that inserts land among
other cases' rows as in use); the WAL is then checkpointed and automatic checkpoints are turned
off, one more case runs, and the WAL's frames are read and mapped to tables with SQLite's
``dbstat``. The commit floor of bench/_common.py is counted the same way.
"""

from __future__ import annotations

import argparse
import sqlite3
import struct
from collections import Counter
from pathlib import Path

from _common import START, CommitFloor, appeal_path, run_facade, workdir

from ivo_workflow import SimulatedClock, Workflows


def wal_pages(db: Path) -> list[int]:
    """The page number of each frame in ``db``'s WAL file."""
    wal = Path(f"{db}-wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    return [
        struct.unpack(">I", wal[offset : offset + 4])[0]
        for offset in range(32, len(wal) - 23, 24 + page_size)
    ]


def by_table(db: Path, pages: list[int]) -> Counter[str]:
    conn = sqlite3.connect(db)
    owner = {page: name for name, page in conn.execute("SELECT name, pageno FROM dbstat")}
    conn.close()
    return Counter(owner.get(page, "(free or new)") for page in pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--warm", type=int, default=30)
    args = parser.parse_args()
    folder = workdir("pages-")
    db = folder / "pages.db"
    wf = Workflows.open(db, clock=SimulatedClock(START), synchronous="NORMAL")
    for n in range(args.warm):
        wf.clock._now = START
        run_facade(wf, f"warm{n:04d}", appeal_path())
    wf.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wf.store.conn.execute("PRAGMA wal_autocheckpoint=0")
    wf.clock._now = START
    commits = 0

    def trace(sql: str) -> None:
        nonlocal commits
        commits += sql.strip().upper() == "COMMIT"

    wf.store.conn.set_trace_callback(trace)
    run_facade(wf, "measured", appeal_path())
    wf.store.conn.set_trace_callback(None)
    pages = wal_pages(db)
    tables = by_table(db, pages)

    floor = CommitFloor(folder, "NORMAL", 4437)
    floor.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    floor.conn.execute("PRAGMA wal_autocheckpoint=0")
    for _ in range(commits):
        floor.commit()
    floor_pages = len(wal_pages(folder / "floor-NORMAL.db"))

    per_commit = len(pages) / commits
    print(f"appeal path: {commits} commits, {len(pages)} WAL frames ({per_commit:.1f} per commit)")
    for name, count in tables.most_common():
        print(f"  {count:4d}  {name}")
    print(
        f"commit floor: {floor_pages} WAL frames for {commits} commits "
        f"({floor_pages / commits:.1f} per commit)"
    )
    wf.close()


if __name__ == "__main__":
    main()
