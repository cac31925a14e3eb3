"""The incident store's DuckDB schema: an ordered list of migrations + views.

A database file records the migrations it has had in `schema_version`;
`migrate()` applies the missing ones in order, so a file written by an older
version of the tool opens in a newer one. Never edit a migration that has
shipped: append a new one.

Tables
  articles           one row per article (cleaned text kept for the incident card)
  reports            one row per incident as extracted from one article
                     (= the incident-to-article link, with that report's evidence)
  reviews            every analyst action (confirm / reject / correct), never updated
  ingest_runs        one row per ingest run
  store_state        key/value flags (`clusters_dirty`)
  merge_constraints  analyst must-link / cannot-link pairs of report ids   [2]
  incidents          materialised merged incidents, reviews applied        [2]
  incident_reports   which report belongs to which merged incident         [2]
  article_copies     syndicated copies: an article whose text another one   [3]
                     already has, kept as a second source of that one's reports
Views
  incidents_view     exactly store.filters.VIEW_COLUMNS
  reports_view       one row per report of a merged incident
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

import duckdb
import pandas as pd

from extract.errors import StoreBusy

from .filters import VIEW_COLUMNS

_MIGRATION_1 = [
    """CREATE TABLE schema_version (
        version INTEGER NOT NULL, description VARCHAR, applied_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE articles (
        article_id VARCHAR NOT NULL, path VARCHAR, url VARCHAR, sha256 VARCHAR NOT NULL,
        title VARCHAR, outlet VARCHAR, published DATE, ingested_at TIMESTAMP NOT NULL,
        cleaned_text VARCHAR)""",
    """CREATE TABLE reports (
        report_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, incident_id VARCHAR NOT NULL,
        event_date DATE, date_precision VARCHAR, event_type VARCHAR, sub_event_type VARCHAR,
        actor1 VARCHAR, actor2 VARCHAR, weapons VARCHAR[], site VARCHAR, site_ar VARCHAR,
        admin1 VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, geo_precision INTEGER,
        geonameid BIGINT, launch_site VARCHAR, fatalities INTEGER, injured INTEGER,
        reported_by VARCHAR[], evidence VARCHAR, confidence DOUBLE,
        record VARCHAR NOT NULL)""",
    """CREATE TABLE reviews (
        review_id BIGINT NOT NULL, incident_id VARCHAR NOT NULL, action VARCHAR NOT NULL,
        field VARCHAR, value VARCHAR, who VARCHAR NOT NULL, why VARCHAR,
        reviewed_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE ingest_runs (
        run_id BIGINT NOT NULL, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
        articles_read INTEGER, articles_new INTEGER, articles_changed INTEGER,
        articles_unchanged INTEGER, incidents INTEGER, problems INTEGER)""",
    "CREATE TABLE store_state (key VARCHAR NOT NULL, value VARCHAR)",
]

# Columns the materialised table keeps beyond the view's.
INCIDENT_EXTRA_COLUMNS: dict[str, str] = {
    "report_ids": "VARCHAR[]",      # its members (also in incident_reports)
}

_MIGRATION_2 = [
    """CREATE TABLE merge_constraints (
        kind VARCHAR NOT NULL, report_a VARCHAR NOT NULL, report_b VARCHAR NOT NULL,
        who VARCHAR, why VARCHAR, created_at TIMESTAMP NOT NULL)""",
    "CREATE TABLE incidents (" + ", ".join(
        f"{name} {sqltype}" for name, sqltype in {**VIEW_COLUMNS, **INCIDENT_EXTRA_COLUMNS}.items()) + ")",
    "CREATE TABLE incident_reports (incident_id VARCHAR NOT NULL, report_id VARCHAR NOT NULL)",
    # the new tables start empty: the next writer re-clusters existing reports
    "INSERT INTO store_state VALUES ('clusters_dirty', '1')",
]

_MIGRATION_3 = [
    """CREATE TABLE article_copies (
        article_id VARCHAR NOT NULL, original_id VARCHAR NOT NULL, path VARCHAR, url VARCHAR,
        sha256 VARCHAR NOT NULL, title VARCHAR, outlet VARCHAR, published DATE,
        ingested_at TIMESTAMP NOT NULL)""",
]

Migration = tuple[int, str, list[str]]
MIGRATIONS: list[Migration] = [
    (1, "articles, reports, reviews, ingest runs", _MIGRATION_1),
    (2, "merge constraints, materialised merged incidents", _MIGRATION_2),
    (3, "syndicated copies of articles", _MIGRATION_3),
]
LATEST = MIGRATIONS[-1][0]

# a report's own fields, as both halves of reports_view select them
_REPORT_FIELDS = """
              r.event_date, r.date_precision, r.actor1, r.actor2, r.sub_event_type,
              r.site, r.site_ar, r.fatalities, r.injured, r.weapons, r.reported_by,
              r.evidence, r.confidence,
              json_extract(r.record, '$.inferred')::VARCHAR AS inferred"""
_VIEWS = [
    "CREATE OR REPLACE VIEW incidents_view AS SELECT "
    + ", ".join(VIEW_COLUMNS) + " FROM incidents",
    """CREATE OR REPLACE VIEW reports_view AS
       SELECT ir.incident_id, r.report_id, r.article_id, a.title, a.outlet, a.url, a.published,"""
    + _REPORT_FIELDS + """
       FROM incident_reports ir
       JOIN reports r USING (report_id)
       LEFT JOIN articles a ON a.article_id = r.article_id""",
]
# From version 3 a syndicated copy is one more source row of each report of its
# original (its own title, outlet, URL and date; the original's article_id, whose
# text the evidence offsets point into).
_REPORTS_VIEW_COPIES = _VIEWS[1] + """
       UNION ALL
       SELECT ir.incident_id, r.report_id, r.article_id, c.title, c.outlet, c.url, c.published,""" \
    + _REPORT_FIELDS + """
       FROM incident_reports ir
       JOIN reports r USING (report_id)
       JOIN article_copies c ON c.original_id = r.article_id"""


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """0 for an empty database."""
    has_table = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not has_table:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None,
            on_applied: Callable[[int, str], None] | None = None) -> int:
    """Apply the missing migrations (each in its own transaction); return the version."""
    version = current_version(con)
    for number, description, statements in MIGRATIONS:
        if number <= version or (upto is not None and number > upto):
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for sql in statements:
                con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [number, description])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        version = number
        if on_applied:
            on_applied(number, description)
    if version >= 2:
        for sql in _VIEWS if version < 3 else [_VIEWS[0], _REPORTS_VIEW_COPIES]:
            con.execute(sql)
    return version


def is_foreign(con: duckdb.DuckDBPyConnection) -> bool:
    """A file with tables but no schema_version was not made by this tool (a
    test fixture with the views' names as tables): read it, never migrate it."""
    return current_version(con) == 0 and con.execute(
        "SELECT count(*) FROM information_schema.tables").fetchone()[0] > 0


def empty_database() -> duckdb.DuckDBPyConnection:
    """An in-memory database with the full schema: queries against a store that
    does not exist yet return empty results of the right shape."""
    con = duckdb.connect(":memory:")
    migrate(con)
    return con


# ---- connections and bulk writes (DuckDB plumbing the store uses) --------

def _is_lock_error(e: Exception) -> bool:
    return isinstance(e, duckdb.IOException) and "lock" in str(e).lower()


def connect(path: Path, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    """Open the file, retrying while another process holds a conflicting lock."""
    deadline, pause = time.monotonic() + timeout, 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as e:
            if not _is_lock_error(e) or time.monotonic() > deadline:
                if _is_lock_error(e):
                    raise StoreBusy(f"{path}: busy (another process is writing); "
                                    f"gave up after {timeout:g}s") from None
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.25)


def rows(con, sql: str, params: Sequence = ()) -> list[dict]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


# The order the materialised incidents are stored in: a filter on a bloc (the
# dashboard's commonest) or on an actor then skips the row groups whose
# min/max of the column leave it out (DuckDB's zone maps), and within a bloc
# and actor a date range does. Stored in arrival order, one bloc's incidents
# were spread over every row group of a million, and each filter read them all.
INCIDENTS_ORDER = "bloc1 NULLS LAST, actor1 NULLS LAST, event_date NULLS LAST, incident_id"


def insert(con, table: str, records: list[dict], types: dict[str, str],
           order_by: str | None = None) -> None:
    """Bulk insert through a DataFrame (DuckDB's executemany is row by row),
    stored in `order_by`'s order when given."""
    if not records:
        return
    frame = pd.DataFrame([{c: r.get(c) for c in types} for r in records], columns=list(types))
    con.register("_rows_to_insert", frame)
    try:
        casts = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, t in types.items())
        con.execute(f"INSERT INTO {table} ({', '.join(types)}) SELECT {casts} FROM _rows_to_insert"
                    + (f" ORDER BY {order_by}" if order_by else ""))
    finally:
        con.unregister("_rows_to_insert")


REPORT_TYPES = {
    "report_id": "VARCHAR", "article_id": "VARCHAR", "incident_id": "VARCHAR",
    "event_date": "DATE", "date_precision": "VARCHAR", "event_type": "VARCHAR",
    "sub_event_type": "VARCHAR", "actor1": "VARCHAR", "actor2": "VARCHAR",
    "weapons": "VARCHAR[]", "site": "VARCHAR", "site_ar": "VARCHAR", "admin1": "VARCHAR",
    "country": "VARCHAR", "lat": "DOUBLE", "lon": "DOUBLE", "geo_precision": "INTEGER",
    "geonameid": "BIGINT", "launch_site": "VARCHAR", "fatalities": "INTEGER",
    "injured": "INTEGER", "reported_by": "VARCHAR[]", "evidence": "VARCHAR",
    "confidence": "DOUBLE", "record": "VARCHAR",
}
INCIDENT_TYPES = {**VIEW_COLUMNS, **INCIDENT_EXTRA_COLUMNS}
