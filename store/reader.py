"""One long-lived read-only DuckDB connection per database file, for the dashboard.

Opening the file is what a dashboard query mostly paid for: at a million
incidents a query on a fresh connection took 0.25-0.65 s, the same query on a
connection kept open 0.02-0.19 s (bench/dashboard.py; DuckDB's buffer pool and
catalogue die with the last connection to a file). So a Store made with
`keep_reader=True` (widgets/data.py) keeps one read-only connection per file
and hands each query a cursor of it (cursors of one connection may run on
different threads at once; the connection itself may not).

A read-only connection holds DuckDB's shared lock on the file, which a writer
in another process cannot pass, so the connection is kept only while nobody
writes:
  - every writer (store.database.Store._writer) takes `<db>.lock` before it
    opens the file; a query that finds that lock taken does not use or open
    the kept connection (it falls back to a short-lived one, as before), and
    a watcher thread closes an idle kept connection within WATCH_SECONDS of
    a writer taking the lock (the writer retries its open meanwhile);
  - a writer in this process closes the kept connection itself first
    (`release`), waiting for queries in flight: DuckDB refuses a read-write
    connection beside a read-only one in one process;
  - a connection opened before the file changed (its inode, size or mtime,
    or its WAL's) is not used again, and one unused for IDLE_SECONDS is closed.
The file's schema version is checked by the caller when it opens
(`opener`), as for short-lived connections.
"""
from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

IDLE_SECONDS = 600.0   # an unused connection is closed after this long (an analyst reads a while)
WATCH_SECONDS = 0.2    # how often the watcher looks for writers and idle connections


def signature(path: Path) -> tuple:
    """Changes whenever another connection has written the file (or replaced it)."""
    out = []
    for p in (path, Path(f"{path}.wal")):
        try:
            st = p.stat()
            out.append((st.st_ino, st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def writer_active(path: Path) -> bool:
    """Whether a writer holds `<db>.lock` (store.database takes it with flock
    for each write). Probed with a shared, non-blocking flock on our own
    descriptor: it fails while the writer's exclusive lock is held, and a
    writer that tries in the same instant retries (filelock polls)."""
    try:
        fd = os.open(f"{path}.lock", os.O_RDONLY)
    except OSError:  # never written by this tool, or not readable: nobody to wait for
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


class _Kept:
    """The kept connection of one file, with the cursors it has handed out."""

    def __init__(self, path: Path):
        self.path = path
        self.con: duckdb.DuckDBPyConnection | None = None
        self.sig: tuple | None = None
        self.users = 0
        self.last_used = 0.0
        self.retired: list[list] = []  # [connection, users] replaced while still in use
        self.cond = threading.Condition()

    def _close_current(self) -> None:  # with self.cond held
        if self.con is None:
            return
        if self.users:
            self.retired.append([self.con, self.users])
        else:
            self.con.close()
        self.con, self.sig, self.users = None, None, 0

    def checkout(self, opener: Callable[[], duckdb.DuckDBPyConnection | None]):
        """(cursor, connection) of the kept connection, opened if needed, or
        None when a writer is at work or `opener` declined (then the caller
        reads the short-lived way)."""
        with self.cond:
            if writer_active(self.path):
                if not self.users:
                    self._close_current()
                return None
            sig = signature(self.path)
            if self.con is not None and sig != self.sig:
                self._close_current()
            if self.con is None:
                con = opener()
                if con is None:
                    return None
                self.con, self.sig = con, sig
                _start_watcher()
            self.users += 1
            self.last_used = time.monotonic()
            return self.con.cursor(), self.con

    def checkin(self, cur, con) -> None:
        try:
            cur.close()
        finally:
            with self.cond:
                if con is self.con:
                    self.users -= 1
                    self.last_used = time.monotonic()
                else:
                    for entry in self.retired:
                        if entry[0] is con:
                            entry[1] -= 1
                            if not entry[1]:
                                con.close()
                                self.retired.remove(entry)
                            break
                self.cond.notify_all()

    def close(self, wait: float) -> None:
        """Close the kept connection once the queries in flight end (at most
        `wait` seconds; a query still running then keeps it open)."""
        deadline = time.monotonic() + wait
        with self.cond:
            while (self.users or self.retired) and time.monotonic() < deadline:
                self.cond.wait(timeout=max(deadline - time.monotonic(), 0.001))
            self._close_current()

    def tidy(self) -> None:
        """The watcher's round: close an idle connection a writer waits for, or an old one."""
        with self.cond:
            if self.con is not None and not self.users and (
                    time.monotonic() - self.last_used > IDLE_SECONDS or writer_active(self.path)):
                self._close_current()


_KEPT: dict[str, _Kept] = {}
_GUARD = threading.Lock()
_watcher: threading.Thread | None = None


def _key(path: Path) -> str:
    return os.path.realpath(path)


def _entry(path: Path) -> _Kept:
    with _GUARD:
        return _KEPT.setdefault(_key(path), _Kept(Path(path)))


def _watch() -> None:
    while True:
        time.sleep(WATCH_SECONDS)
        with _GUARD:
            entries = list(_KEPT.values())
        for entry in entries:
            entry.tidy()


def _start_watcher() -> None:
    global _watcher
    with _GUARD:
        if _watcher is None or not _watcher.is_alive():
            _watcher = threading.Thread(target=_watch, name="store-reader-watch", daemon=True)
            _watcher.start()


@contextmanager
def kept_cursor(path: Path, opener: Callable[[], duckdb.DuckDBPyConnection | None]
                ) -> Iterator[duckdb.DuckDBPyConnection | None]:
    """A cursor of the file's kept read-only connection, or None (read the
    short-lived way: a writer is at work, or `opener` declined)."""
    entry = _entry(path)
    got = entry.checkout(opener)
    if got is None:
        yield None
        return
    cur, con = got
    try:
        yield cur
    finally:
        entry.checkin(cur, con)


def release(path: Path, wait: float = 60.0) -> None:
    """Close this process's kept connection to `path` (a writer is about to
    open it read-write), waiting for queries in flight."""
    with _GUARD:
        entry = _KEPT.get(_key(path))
    if entry is not None:
        entry.close(wait)


def is_kept(path: Path) -> bool:
    """Whether a connection to `path` is kept open now (for tests)."""
    with _GUARD:
        entry = _KEPT.get(_key(path))
    return entry is not None and entry.con is not None
