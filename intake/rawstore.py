"""Raw pages on disk and the fetch journal.

Raw pages are content-addressed: `raw/ab/abcdef....gz` is the gzipped body
whose SHA-256 is abcdef..., written to a temporary name and renamed, so a
kill never leaves half a file under a real name and re-extraction after a
lexicon change never needs the network.

The journal (`journal.sqlite`, standard-library sqlite3, WAL) records every
article URL a source has listed and how far it got: queued (listed, not yet
fetched) -> stored (raw page kept, metadata known) -> ingested (in the
incident store), or failed (with the reason and a try count). Each step is
committed on its own, which is what makes fetch and watch resumable: a URL
is fetched only while it is queued (nothing fetched twice), a stored page is
ingested on the next run if a kill came first (nothing lost), and the store
skips an article it already holds (no duplicate incident). It is not the
incident database: that stays the store's alone.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

MAX_TRIES = 3  # a page that failed this often is left alone (shown on the Sources page)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY, source TEXT, outlet TEXT, title TEXT, published TEXT,
    status TEXT NOT NULL, sha256 TEXT, final_url TEXT, charset TEXT, article_id TEXT,
    tries INTEGER NOT NULL DEFAULT 0, error TEXT, listed_at REAL, fetched_at REAL, ingested_at REAL);
CREATE INDEX IF NOT EXISTS pages_status ON pages (status);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at REAL);
CREATE TABLE IF NOT EXISTS sources (
    name TEXT PRIMARY KEY, outlet TEXT, url TEXT, last_fetch REAL, last_ok REAL,
    new_articles INTEGER, incidents INTEGER, errors INTEGER, last_error TEXT);
CREATE TABLE IF NOT EXISTS errors (
    at REAL NOT NULL, source TEXT, url TEXT, message TEXT NOT NULL);
"""


@dataclass(frozen=True)
class PageRow:
    url: str
    source: str | None
    outlet: str | None
    title: str | None
    published: str | None
    status: str
    sha256: str | None = None
    final_url: str | None = None
    charset: str | None = None
    tries: int = 0


class RawStore:
    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.journal_path = self.root / "journal.sqlite"
        with closing(self._connect()) as con:
            con.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.journal_path, timeout=30, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        return con

    def _execute(self, sql: str, params=(), many: bool = False) -> list[tuple]:
        with closing(self._connect()) as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                cur = con.executemany(sql, params) if many else con.execute(sql, params)
                out = cur.fetchall()
                con.execute("COMMIT")
                return out
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def query(self, sql: str, params=()) -> list[tuple]:
        with closing(self._connect()) as con:
            return con.execute(sql, params).fetchall()

    # ---- raw bytes ---------------------------------------------------------
    def path_of(self, sha256: str) -> Path:
        return self.root / "raw" / sha256[:2] / f"{sha256}.gz"

    def put(self, content: bytes) -> str:
        sha = hashlib.sha256(content).hexdigest()
        path = self.path_of(sha)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(gzip.compress(content, compresslevel=6, mtime=0))
            os.replace(tmp, path)
        return sha

    def get(self, sha256: str) -> bytes:
        return gzip.decompress(self.path_of(sha256).read_bytes())

    # ---- the journal -------------------------------------------------------
    def queue(self, entries, source: str, outlet: str | None, feed_url: str | None = None,
              etag: str | None = None, last_modified: str | None = None) -> int:
        """Record newly listed article URLs (known ones are left as they are)
        and, in the same transaction, the feed's validators: a kill between
        the two can never make a conditional GET hide unqueued entries."""
        now = time.time()
        with closing(self._connect()) as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                before = con.total_changes
                con.executemany(
                    """INSERT OR IGNORE INTO pages (url, source, outlet, title, published, status, listed_at)
                       VALUES (?, ?, ?, ?, ?, 'queued', ?)""",
                    [(e.url, source, outlet, e.title, e.published, now) for e in entries])
                added = con.total_changes - before
                if feed_url:
                    con.execute("INSERT OR REPLACE INTO feeds VALUES (?, ?, ?, ?)",
                                (feed_url, etag, last_modified, now))
                con.execute("COMMIT")
                return added
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def validators(self, feed_url: str) -> tuple[str | None, str | None]:
        rows = self.query("SELECT etag, last_modified FROM feeds WHERE url = ?", (feed_url,))
        return rows[0] if rows else (None, None)

    def pending(self, source: str, status: str) -> list[PageRow]:
        rows = self.query(
            """SELECT url, source, outlet, title, published, status, sha256, final_url, charset, tries
               FROM pages WHERE source = ? AND (status = ? OR (? = 'queued' AND status = 'failed'
               AND tries < ?)) ORDER BY listed_at, url""", (source, status, status, MAX_TRIES))
        return [PageRow(*r) for r in rows]

    def stored(self, url: str, sha256: str, final_url: str, charset: str | None,
               article_id: str) -> None:
        self._execute("""UPDATE pages SET status = 'stored', sha256 = ?, final_url = ?, charset = ?,
                         article_id = ?, error = NULL, fetched_at = ? WHERE url = ?""",
                      (sha256, final_url, charset, article_id, time.time(), url))

    def failed(self, url: str, error: str, final: bool = False) -> None:
        self._execute("UPDATE pages SET status = 'failed', tries = ? + tries + 1, error = ? WHERE url = ?",
                      (MAX_TRIES if final else 0, error, url))

    def ingested(self, urls: list[str]) -> None:
        if urls:
            now = time.time()
            self._execute("UPDATE pages SET status = 'ingested', ingested_at = ? WHERE url = ?",
                          [(now, u) for u in urls], many=True)

    def log_error(self, source: str | None, url: str | None, message: str) -> None:
        self._execute("INSERT INTO errors VALUES (?, ?, ?, ?)", (time.time(), source, url, message))

    def source_done(self, name: str, outlet: str | None, url: str, ok: bool, new_articles: int,
                    incidents: int, errors: int, last_error: str | None) -> None:
        now = time.time()
        self._execute(
            """INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (name) DO UPDATE SET outlet = excluded.outlet, url = excluded.url,
                 last_fetch = excluded.last_fetch, last_ok = coalesce(excluded.last_ok, sources.last_ok),
                 new_articles = excluded.new_articles, incidents = excluded.incidents,
                 errors = excluded.errors, last_error = excluded.last_error""",
            (name, outlet, url, now, now if ok else None, new_articles, incidents, errors, last_error))
