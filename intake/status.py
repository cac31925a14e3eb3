"""What the Sources page shows about intake: each source's last fetch, new
articles, incidents found and errors, and the latest error lines."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pandas as pd

COLUMNS = ["source", "outlet", "url", "last fetch", "last success", "new articles", "incidents",
           "errors", "last error"]


def _when(ts) -> str | None:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S") if ts else None


def _rows(raw_dir: str | Path, sql: str) -> list[tuple]:
    path = Path(raw_dir) / "journal.sqlite"
    if not path.exists():
        return []
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as con:
        try:
            return con.execute(sql).fetchall()
        except sqlite3.Error:
            return []


def source_table(raw_dir: str | Path) -> pd.DataFrame:
    rows = _rows(raw_dir, """SELECT name, outlet, url, last_fetch, last_ok, new_articles, incidents,
                             errors, last_error FROM sources ORDER BY name""")
    return pd.DataFrame([(n, o, u, _when(lf), _when(lo), na, inc, e, le)
                         for n, o, u, lf, lo, na, inc, e, le in rows], columns=COLUMNS)


def recent_errors(raw_dir: str | Path, limit: int = 20) -> pd.DataFrame:
    rows = _rows(raw_dir, f"SELECT at, source, url, message FROM errors ORDER BY at DESC LIMIT {int(limit)}")
    return pd.DataFrame([(_when(at), s, u, m) for at, s, u, m in rows],
                        columns=["when", "source", "url", "message"])
