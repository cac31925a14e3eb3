"""The incident store: one DuckDB file, written by short locked transactions,
read through read-only connections.

DuckDB allows one writing process or several read-only ones, so no writer
keeps a connection open: readers open read_only, query and close, retrying
briefly while a writer holds the file (the dashboard keeps one read-only
connection while nobody writes, store/reader.py); writers take
`<db>.lock` (filelock) for each short transaction. An ingest run also holds
`<db>.ingest.lock` for its whole length, so a second ingest waits (with a
timeout) instead of interleaving. Every article's reports are written in one
transaction with the article row, so a killed run leaves the database as
before the batch in flight; the merged incidents are then re-materialised
(the `clusters_dirty` flag makes the next writer finish that if a run died).
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd
from filelock import FileLock, Timeout

from extract.errors import InputError, NotFoundError, StoreBusy
from extract.readers import shown_name
from extract.record import Article, Extraction, Incident
from extract.serialize import incident_to_dict

from . import reader as kept
from . import schema
from .merge import cluster, combine
from .review import apply_reviews, validate

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = PROJECT_ROOT / "data" / "incidents.duckdb"

Progress = Callable[[int, "int | None", str], None]
ARTICLE_TYPES = {"article_id": "VARCHAR", "path": "VARCHAR", "url": "VARCHAR", "sha256": "VARCHAR",
                 "title": "VARCHAR", "outlet": "VARCHAR", "published": "DATE",
                 "ingested_at": "TIMESTAMP", "cleaned_text": "VARCHAR"}


@dataclass(frozen=True)
class IngestSummary:
    articles_read: int = 0
    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    incidents: int = 0  # reports extracted from the new and changed articles
    problems: tuple[str, ...] = ()
    copies: int = 0  # syndicated copies: the text of an article already held, under another id


def default_path() -> Path:
    return Path(os.environ.get("INCIDENTS_DB") or DEFAULT_DB)


def report_id_of(article_id: str, incident_id: str) -> str:
    """Stable report identity: the extractor's incident id, prefixed by its
    article unless it already is (the extractor's ids are per article)."""
    return incident_id if incident_id.startswith(article_id) else f"{article_id}#{incident_id}"


def report_row(article_id: str, inc: Incident, report_id: str) -> dict:
    loc, launch = inc.location, inc.launch_location
    record = incident_to_dict(inc)
    return {
        "report_id": report_id, "article_id": article_id, "incident_id": inc.incident_id,
        "event_date": _iso_date(inc.event_date), "date_precision": inc.date_precision,
        "event_type": inc.event_type, "sub_event_type": inc.sub_event_type,
        "actor1": inc.actor1, "actor2": inc.actor2, "weapons": list(inc.weapons),
        "site": loc and loc.name, "site_ar": loc and loc.name_ar, "admin1": loc and loc.admin1,
        "country": loc and loc.country, "lat": loc and loc.lat, "lon": loc and loc.lon,
        "geo_precision": loc and loc.geo_precision, "geonameid": loc and loc.geonameid,
        "launch_site": launch and launch.name, "fatalities": inc.fatalities,
        "injured": inc.injured, "reported_by": list(inc.reported_by),
        "evidence": json.dumps(record["evidence"], ensure_ascii=False),
        "confidence": inc.confidence, "record": json.dumps(record, ensure_ascii=False),
    }


def _iso_date(v: str | None) -> date | None:
    try:
        return date.fromisoformat(v[:10]) if v else None
    except ValueError:
        return None


def fingerprint(article: Article) -> tuple:
    """What makes an article 'changed': its content, and the metadata the
    extractor reads (the publication day anchors relative dates)."""
    # surrogatepass: a lone surrogate must not stop the run here (the write then reports it)
    sha = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    return (sha, article.title, article.outlet, _iso_date(article.published), article.url)


def _problem_text(p) -> str:
    """ReadProblem's str() is the one-line "path:line: message"."""
    return (str(p).splitlines() or [repr(p)])[0]


class Store:
    def __init__(self, path: str | Path | None = None, *, lock_timeout: float = 60.0,
                 read_timeout: float = 10.0, keep_reader: bool = False):
        """`keep_reader`: read through one long-lived read-only connection
        (store/reader.py), as the dashboard does; the command line opens one
        per query, which a writer in another process never has to wait for."""
        self.path = Path(path) if path is not None else default_path()
        self.lock_timeout, self.read_timeout = lock_timeout, read_timeout
        self.keep_reader = keep_reader
        self._write_lock = FileLock(f"{self.path}.lock")
        self._ingest_lock = FileLock(f"{self.path}.ingest.lock")
        self._migrated = False

    # ---- connections -------------------------------------------------------
    @contextmanager
    def _writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._write_lock.acquire(timeout=self.lock_timeout)
        except Timeout:
            raise StoreBusy(f"{self.path}: another process is writing (lock {self._write_lock.lock_file}); "
                            f"gave up after {self.lock_timeout:g}s") from None
        try:
            kept.release(self.path, wait=self.lock_timeout)  # DuckDB: no read-write beside read-only
            con = schema.connect(self.path, read_only=False, timeout=self.lock_timeout)
            try:
                if not self._migrated:  # versions only go up: once per Store is enough
                    schema.migrate(con)
                    self._migrated = True
                # One write = one transaction: a review and its re-clustering, a
                # batch of articles, a merge or a split commit together or not
                # at all (a kill or an error leaves the file as it was before).
                con.execute("BEGIN TRANSACTION")
                try:
                    yield con
                except BaseException:
                    try:
                        con.execute("ROLLBACK")
                    except duckdb.Error:  # already rolled back by DuckDB itself
                        pass
                    raise
                con.execute("COMMIT")
            finally:
                con.close()
        finally:
            self._write_lock.release()

    def _open_kept(self) -> duckdb.DuckDBPyConnection | None:
        """A read-only connection to keep, or None when the file needs upgrading
        first (the short-lived path does that)."""
        con = schema.connect(self.path, read_only=True, timeout=self.read_timeout)
        if schema.current_version(con) < schema.LATEST and not schema.is_foreign(con):
            con.close()
            return None
        return con

    @contextmanager
    def _reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.keep_reader and self.path.exists():
            with kept.kept_cursor(self.path, self._open_kept) as cur:
                if cur is not None:
                    yield cur
                    return
        if not self.path.exists():
            con = schema.empty_database()
        else:
            con = schema.connect(self.path, read_only=True, timeout=self.read_timeout)
            if schema.current_version(con) < schema.LATEST and not schema.is_foreign(con):
                con.close()  # an older file: upgrade it once, then read
                with self._writer() as w:
                    self._refresh_if_dirty(w)
                con = schema.connect(self.path, read_only=True, timeout=self.read_timeout)
        try:
            yield con
        finally:
            con.close()

    def query(self, sql: str, params: Sequence = ()) -> pd.DataFrame:
        with self._reader() as con:
            return con.execute(sql, list(params)).df()

    def records(self, sql: str, params: Sequence = ()) -> list[dict]:
        """Like query(), as plain Python rows (dates, lists and None, no NaN)."""
        with self._reader() as con:
            return schema.rows(con, sql, params)

    # ---- ingest ------------------------------------------------------------
    def ingest(self, items: Iterable, progress: Progress | None = None, extractor=None, *,
               wait: float = 60.0, batch_size: int = 500, batch_seconds: float = 1.0,
               refresh_every: float = 30.0) -> IngestSummary:
        """Extract and store articles; ReadProblem items become problem lines.
        Articles are written in small batches (at most `batch_size` articles or
        `batch_seconds` of extraction), one transaction each: a killed run loses
        at most that much work, and readers get the file between batches."""
        if extractor is None:
            from extract.pipeline import Extractor
            extractor = Extractor()
        try:
            self._ingest_lock.acquire(timeout=wait)
        except Timeout:
            raise StoreBusy(f"{self.path}: another ingest is running (lock {self._ingest_lock.lock_file}); "
                            f"waited {wait:g}s, try again when it has finished") from None
        try:
            return self._ingest(items, progress, extractor, batch_size, batch_seconds, refresh_every)
        finally:
            self._ingest_lock.release()

    def _ingest(self, items, progress, extractor, batch_size, batch_seconds, refresh_every) -> IngestSummary:
        with self._writer() as con:
            run_id = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs").fetchone()[0]
            con.execute("INSERT INTO ingest_runs (run_id, started_at) VALUES (?, now())", [run_id])
            known = {r[0]: (r[1], r[2], r[3], r[4], r[5]) for r in con.execute(
                "SELECT article_id, sha256, title, outlet, published, url FROM articles").fetchall()}
            copies = {r[0]: (r[1], r[2], r[3], r[4], r[5]) for r in con.execute(
                "SELECT article_id, sha256, title, outlet, published, url FROM article_copies").fetchall()}
        holder = {fp[0]: aid for aid, fp in sorted(known.items(), reverse=True)}  # text sha256 -> article
        counts = dict(read=0, new=0, changed=0, unchanged=0, incidents=0, copies=0)
        problems: list[str] = []
        pending: list[tuple[Article, tuple, Extraction]] = []
        pending_copies: list[tuple[Article, tuple, str]] = []
        read_from: dict[str, str] = {}  # article id -> where this run first read it
        last_refresh = last_flush = time.monotonic()
        done = 0
        for item in items:
            done += 1
            if not isinstance(item, Article):
                problems.append(_problem_text(item))
                if progress:
                    progress(done, None, "problem")
                continue
            if item.article_id in read_from:
                # the same id twice in one run (a JSONL, an upload, same.txt + same.html):
                # one article, the first; the second would replace it and lose its reports
                problems.append(f"{shown_name(item.path or item.article_id)}: skipped: duplicate article id "
                                f"{item.article_id!r} (first read from {shown_name(read_from[item.article_id])})")
                if progress:
                    progress(done, None, "problem")
                continue
            read_from[item.article_id] = item.path or item.article_id
            counts["read"] += 1
            fp = fingerprint(item)
            before = known.get(item.article_id)
            original = holder.get(fp[0])
            if before == fp or (before is None and copies.get(item.article_id) == fp):
                counts["unchanged"] += 1
            elif before is None and original is not None and original != item.article_id:
                # syndicated: the same text under another URL or outlet is one more
                # source of the original's reports, not a second set of reports
                counts["copies"] += 1
                copies[item.article_id] = fp
                pending_copies.append((item, fp, original))
            else:
                try:
                    extraction = extractor.extract(item)
                except Exception as e:  # one bad article must not stop the run
                    problems.append(f"{item.path or item.article_id}: extraction failed: "
                                    f"{type(e).__name__}: {e}".splitlines()[0])
                    if progress:
                        progress(done, None, "problem")
                    continue
                counts["new" if before is None else "changed"] += 1
                counts["incidents"] += len(extraction.incidents)
                known[item.article_id] = fp
                holder.setdefault(fp[0], item.article_id)
                pending.append((item, fp, extraction))
            if (pending or pending_copies) and (len(pending) + len(pending_copies) >= batch_size
                                                or time.monotonic() - last_flush > batch_seconds):
                self._write_batch(pending, pending_copies, problems)
                pending, pending_copies, last_flush = [], [], time.monotonic()
                if time.monotonic() - last_refresh > refresh_every:
                    self.refresh()
                    last_refresh = time.monotonic()
            if progress:
                progress(done, None, item.article_id)
        self._write_batch(pending, pending_copies, problems)
        with self._writer() as con:
            self._refresh_if_dirty(con)
            con.execute(
                """UPDATE ingest_runs SET finished_at = now(), articles_read = ?, articles_new = ?,
                   articles_changed = ?, articles_unchanged = ?, incidents = ?, problems = ?
                   WHERE run_id = ?""",
                [counts["read"], counts["new"], counts["changed"], counts["unchanged"],
                 counts["incidents"], len(problems), run_id])
        return IngestSummary(counts["read"], counts["new"], counts["changed"], counts["unchanged"],
                             counts["incidents"], tuple(problems), counts["copies"])

    def _write_batch(self, batch, copies, problems: list[str]) -> None:
        """Write a batch in one transaction; if the database refuses it, write its
        articles one by one, so one article it cannot hold (a problem line naming
        it) does not cost the others."""
        try:
            self._write_articles(batch, copies)
            return
        except (duckdb.Error, ValueError) as e:  # ValueError: UnicodeEncodeError and kin
            if len(batch) + len(copies) == 1:
                article = (batch or copies)[0][0]
                problems.append(f"{shown_name(article.path or article.article_id)}: not stored: "
                                f"{type(e).__name__}: {e}".splitlines()[0])
                return
        for one in batch:
            self._write_batch([one], [], problems)
        for one in copies:
            self._write_batch([], [one], problems)

    def _write_articles(self, batch: list[tuple[Article, tuple, Extraction]],
                        copies: list[tuple[Article, tuple, str]] = ()) -> None:
        """One transaction: the articles, their reports replaced, syndicated
        copies recorded, clusters marked dirty."""
        if not batch and not copies:
            return
        articles, reports = [], []
        for article, fp, extraction in batch:
            sha, title, outlet, published, url = fp
            articles.append(dict(article_id=article.article_id, path=article.path, url=url,
                                 sha256=sha, title=title, outlet=outlet, published=published,
                                 cleaned_text=extraction.cleaned_text))
            seen: set[str] = set()
            for inc in extraction.incidents:
                rid = report_id_of(article.article_id, inc.incident_id)
                while rid in seen:  # an extractor bug must not lose a report
                    rid += "+"
                seen.add(rid)
                reports.append(report_row(article.article_id, inc, rid))
        ids = [a["article_id"] for a in articles] + [c.article_id for c, _, _ in copies]
        with self._writer() as con:  # one transaction
            con.execute("DELETE FROM article_copies WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
            for copy, (sha, title, outlet, published, url), original in copies:
                con.execute("INSERT INTO article_copies VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())",
                            [copy.article_id, original, copy.path, url, sha, title, outlet, published])
            con.execute("DELETE FROM reports WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
            con.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
            # bulk, like the reports: one INSERT per article cost more than the extraction
            stamp = datetime.now(UTC).replace(tzinfo=None)
            schema.insert(con, "articles", [{**a, "ingested_at": stamp} for a in articles], ARTICLE_TYPES)
            schema.insert(con, "reports", reports, schema.REPORT_TYPES)
            self._set_dirty(con, True)

    # ---- merged incidents --------------------------------------------------
    @staticmethod
    def _set_dirty(con, dirty: bool) -> None:
        con.execute("DELETE FROM store_state WHERE key = 'clusters_dirty'")
        con.execute("INSERT INTO store_state VALUES ('clusters_dirty', ?)", ["1" if dirty else "0"])

    def _refresh_if_dirty(self, con) -> None:
        flag = con.execute("SELECT value FROM store_state WHERE key = 'clusters_dirty'").fetchone()
        if flag and flag[0] == "1":
            self._recluster(con)

    def refresh(self) -> None:
        """Re-cluster all reports and re-materialise the merged, reviewed incidents."""
        with self._writer() as con:
            self._recluster(con)

    def _recluster(self, con) -> None:
        reports = schema.rows(con, """SELECT r.*, a.published, a.outlet FROM reports r
                                LEFT JOIN articles a USING (article_id)""")
        links = schema.rows(con, "SELECT kind, report_a, report_b FROM merge_constraints")
        copies: dict[str, list[dict]] = {}
        for c in schema.rows(con, "SELECT article_id, original_id, outlet FROM article_copies"):
            copies.setdefault(c["original_id"], []).append(c)
        reviews: dict[str, list[dict]] = {}
        for rv in schema.rows(con, "SELECT * FROM reviews ORDER BY review_id"):
            reviews.setdefault(rv["incident_id"], []).append(rv)
        by_id = {r["report_id"]: r for r in reports}
        clusters = cluster(reports,
                           [(c["report_a"], c["report_b"]) for c in links if c["kind"] == "must_link"],
                           [(c["report_a"], c["report_b"]) for c in links if c["kind"] == "cannot_link"])
        incidents, membership = [], []
        for members in clusters:
            # reviews are keyed on incident ids, which are report ids: a review
            # follows its report into whatever cluster holds it now
            history = sorted((rv for m in members for rv in reviews.get(m, ())),
                             key=lambda rv: rv["review_id"])
            row = combine([by_id[m] for m in members])
            extra = [c for aid in row["sources"] for c in copies.get(aid, ())]
            if extra:  # syndicated copies are further sources of the same reports
                row["sources"] = sorted({*row["sources"], *(c["article_id"] for c in extra)})
                row["n_sources"] = len(row["sources"])
                row["outlets"] = sorted({*row["outlets"], *(c["outlet"] for c in extra if c["outlet"])})
            incidents.append(apply_reviews(row, history))
            membership.extend({"incident_id": members[0], "report_id": m} for m in members)
        # inside the caller's transaction (_writer): replaced together with the write that caused it
        con.execute("DELETE FROM incidents")
        con.execute("DELETE FROM incident_reports")
        schema.insert(con, "incidents", incidents, schema.INCIDENT_TYPES, order_by=schema.INCIDENTS_ORDER)
        schema.insert(con, "incident_reports", membership,
                      {"incident_id": "VARCHAR", "report_id": "VARCHAR"})
        self._set_dirty(con, False)

    # ---- analyst actions ---------------------------------------------------
    def _members(self, con, incident_id: str) -> list[str]:
        self._refresh_if_dirty(con)
        members = [r[0] for r in con.execute(
            "SELECT report_id FROM incident_reports WHERE incident_id = ? ORDER BY report_id",
            [incident_id]).fetchall()]
        if not members:
            raise NotFoundError(f"no incident {incident_id!r} in {self.path}")
        return members

    def _log(self, con, incident_id: str, action: str, field, value, who: str, why: str) -> None:
        con.execute("""INSERT INTO reviews SELECT coalesce(max(review_id), 0) + 1, ?, ?, ?, ?, ?, ?, now()
                       FROM reviews""", [incident_id, action, field, value, who, why or ""])

    def review(self, incident_id: str, action: str, *, field: str | None = None, value=None,
               who: str, why: str = "") -> None:
        self.review_all(incident_id, [(action, field, value)], who=who, why=why)

    def review_all(self, incident_id: str, actions: Sequence[tuple[str, str | None, object]], *,
                   who: str, why: str = "") -> None:
        """Several (action, field, value) reviews of one incident, all checked
        before anything is written, then stored with their effect in one transaction."""
        stored = [(action, field if action == "correct" else None, validate(action, field, value, who))
                  for action, field, value in actions]
        with self._writer() as con:
            self._members(con, incident_id)
            for action, field, value in stored:
                self._log(con, incident_id, action, field, value, who, why)
            self._recluster(con)

    def review_history(self, incident_id: str) -> pd.DataFrame:
        """Every review that applies to the incident (its own and its members'), oldest first."""
        return self.query("""SELECT review_id, incident_id, action, field, value, who, why, reviewed_at
                             FROM reviews WHERE incident_id = ? OR incident_id IN
                               (SELECT report_id FROM incident_reports WHERE incident_id = ?)
                             ORDER BY review_id""", [incident_id, incident_id])

    def _constrain(self, con, kind: str, pairs: Iterable[tuple[str, str]], who: str, why: str) -> None:
        for a, b in pairs:
            con.execute("INSERT INTO merge_constraints VALUES (?, ?, ?, ?, ?, now())",
                        [kind, a, b, who, why or ""])

    def merge(self, incident_ids: Sequence[str], *, who: str, why: str = "") -> str:
        if len(set(incident_ids)) < 2:
            raise InputError("merge needs at least two different incident ids")
        if not (who or "").strip():
            raise InputError("a merge needs the analyst's name (who)")
        with self._writer() as con:
            members = sorted({m for i in incident_ids for m in self._members(con, i)})
            anchor = members[0]
            con.execute("""DELETE FROM merge_constraints WHERE kind = 'cannot_link'
                           AND report_a IN (SELECT unnest(?::VARCHAR[]))
                           AND report_b IN (SELECT unnest(?::VARCHAR[]))""", [members, members])
            self._constrain(con, "must_link", [(anchor, m) for m in members[1:]], who, why)
            self._log(con, anchor, "merge", None, json.dumps(sorted(incident_ids)), who, why)
            self._recluster(con)
        return anchor

    def split(self, incident_id: str, report_ids: Sequence[str], *, who: str, why: str = "") -> list[str]:
        """Take `report_ids` out of the incident into one new incident; both
        halves are pinned (must-link inside, cannot-link across)."""
        if not (who or "").strip():
            raise InputError("a split needs the analyst's name (who)")
        with self._writer() as con:
            members = self._members(con, incident_id)
            out = sorted(set(report_ids))
            stray = [r for r in out if r not in members]
            if stray:
                raise NotFoundError(f"report {stray[0]!r} is not part of incident {incident_id!r} "
                                    f"(its reports: {', '.join(members)})")
            rest = [m for m in members if m not in out]
            if not out or not rest:
                raise InputError("split needs some, but not all, of the incident's reports")
            con.execute("""DELETE FROM merge_constraints WHERE kind = 'must_link' AND
                           ((report_a IN (SELECT unnest(?::VARCHAR[])) AND report_b IN (SELECT unnest(?::VARCHAR[])))
                         OR (report_b IN (SELECT unnest(?::VARCHAR[]))
                             AND report_a IN (SELECT unnest(?::VARCHAR[]))))""",
                        [out, rest, out, rest])
            self._constrain(con, "cannot_link", [(a, b) for a in out for b in rest], who, why)
            for group in (out, rest):
                self._constrain(con, "must_link", [(group[0], m) for m in group[1:]], who, why)
            self._log(con, incident_id, "split", None, json.dumps(out), who, why)
            self._recluster(con)
        return sorted([rest[0], out[0]])

    def stats(self) -> dict:
        row = self.query("""SELECT (SELECT count(*) FROM articles) AS articles,
                                   (SELECT count(*) FROM reports) AS reports,
                                   (SELECT count(*) FROM incidents) AS incidents,
                                   (SELECT max(finished_at) FROM ingest_runs) AS last_ingest""").iloc[0]
        last = row["last_ingest"]
        return {"articles": int(row["articles"]), "reports": int(row["reports"]),
                "incidents": int(row["incidents"]),
                "last_ingest": None if pd.isna(last) else pd.Timestamp(last).isoformat()}
