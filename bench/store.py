"""Store benchmark: prints numbers, asserts nothing.

  0. one act retold N times (default 10,000: the act's sentence from a real
     seed article, each copy with its own numbered line, so each is
     extracted and gives its report):
     extraction alone, then the same articles ingested (extraction, writes,
     clustering all reports of that act into one incident), and their ratio;
  1. ingest ../shared/corpora/saudinewsnet (31,030 articles) with the real
     extractor into a fresh database: extraction alone first, then the ingest
     (articles/s, ratio to extraction), reports, merged incidents, the
     re-clustering time, then a second (idempotent) pass;
  2. 1,000,000 synthetic merged incidents inserted in bulk (SQL, not the
     extractor), then a typical dashboard query through Store.query (a fresh
     read-only connection each time, as the dashboard does): filter by bloc
     and date range, count by day and by actor pair. Goal < 100 ms.

    .venv/bin/python bench/store.py [--limit N] [--skip-corpus] [--rows N] [--copies N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from extract.ontology import ACTOR_BLOCS, SUB_EVENT_TYPES  # noqa: E402
from store import schema  # noqa: E402
from store.database import Store  # noqa: E402
from store.filters import Filters  # noqa: E402


def extraction_seconds(extractor, articles) -> float:
    t = time.perf_counter()
    for article in articles:
        extractor.extract(article)
    return time.perf_counter() - t


def bench_one_act(tmp: Path, copies: int) -> None:
    """The probe's case: thousands of reports of one act (issue 11 item 11)."""
    from dataclasses import replace

    from test_store import evidence_for, seed_article

    from extract.pipeline import Extractor
    seed = seed_article("004_7afc13e2439cf003")
    lead = evidence_for(seed.text, "قصفت ميليشيات موالية لإيران").text  # the act's own sentence
    articles = [replace(seed, article_id=f"copy_{i:05d}", text=f"{lead}\nالخبر رقم {i}", path=None)
                for i in range(copies)]
    extractor = Extractor()
    alone = extraction_seconds(extractor, articles)
    store = Store(tmp / "one_act.duckdb")
    t = time.perf_counter()
    summary = store.ingest(articles, extractor=extractor)
    elapsed = time.perf_counter() - t
    biggest = store.query("SELECT max(n_sources) AS n FROM incidents_view").n[0]
    t = time.perf_counter()
    store.refresh()
    recluster = time.perf_counter() - t
    print(f"one act: {copies:,} copies, {summary.incidents:,} reports -> {store.stats()['incidents']} merged "
          f"incidents (largest: {biggest:,} sources); extraction alone {alone:.1f} s, ingest {elapsed:.1f} s "
          f"= {elapsed / alone:.2f}x extraction; re-clustering all {summary.incidents:,} reports {recluster:.2f} s")


def bench_corpus(tmp: Path, limit: int | None) -> None:
    from corpus import CORPUS_DIR, corpus_available, iter_corpus
    if not corpus_available():
        print(f"corpus: {CORPUS_DIR} not found, skipped")
        return
    from extract.pipeline import Extractor
    t = time.perf_counter()
    extractor = Extractor()
    print(f"corpus: extractor loaded in {time.perf_counter() - t:.2f} s")
    alone = extraction_seconds(extractor, iter_corpus(limit=limit))
    store = Store(tmp / "corpus.duckdb")
    t = time.perf_counter()
    summary = store.ingest(iter_corpus(limit=limit), extractor=extractor)
    elapsed = time.perf_counter() - t
    stats = store.stats()
    print(f"corpus: extraction alone {alone:.1f} s; first ingest {summary.articles_read} articles in "
          f"{elapsed:.1f} s = {summary.articles_read / elapsed:.0f} articles/s = {elapsed / alone:.2f}x "
          f"extraction; {summary.incidents} reports -> {stats['incidents']} merged incidents; "
          f"{len(summary.problems)} problems")
    t = time.perf_counter()
    store.refresh()
    print(f"corpus: re-clustering + materialising all {stats['reports']} reports: "
          f"{(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    again = store.ingest(iter_corpus(limit=limit), extractor=extractor)
    elapsed = time.perf_counter() - t
    print(f"corpus: second ingest (unchanged {again.articles_unchanged}/{again.articles_read}) "
          f"in {elapsed:.1f} s = {again.articles_read / elapsed:.0f} articles/s")
    size = sum(p.stat().st_size for p in tmp.glob("corpus.duckdb*"))
    print(f"corpus: database {size / 1e6:.1f} MB")


def insert_synthetic(store: Store, rows: int) -> float:
    """Bulk-insert merged incidents straight into the materialised table."""
    actors = list(ACTOR_BLOCS)
    subs = list(SUB_EVENT_TYPES)
    values = ", ".join(f"({i}, '{a}', '{b}')" for i, (a, b) in enumerate(ACTOR_BLOCS.items()))
    sub_values = ", ".join(f"({i}, '{s}', '{e}')" for i, (s, e) in enumerate(SUB_EVENT_TYPES.items()))
    with store._writer() as con:  # the bench may use the store's own writer
        t = time.perf_counter()
        con.execute(f"CREATE TEMP TABLE a(k INTEGER, actor VARCHAR, bloc VARCHAR); INSERT INTO a VALUES {values}")
        con.execute(f"CREATE TEMP TABLE s(k INTEGER, sub VARCHAR, ev VARCHAR); INSERT INTO s VALUES {sub_values}")
        con.execute(f"""
            INSERT INTO incidents BY NAME
            SELECT 'syn-' || i AS incident_id,
                   DATE '2015-01-01' + CAST(hash(i, 1) % 3650 AS INTEGER) AS event_date,
                   'day' AS date_precision, s.ev AS event_type, s.sub AS sub_event_type,
                   a1.actor AS actor1, a2.actor AS actor2, a1.bloc AS bloc1, a2.bloc AS bloc2,
                   ['rockets'] AS weapons, 'site ' || (i % 500) AS site, NULL AS site_ar,
                   'Deir ez-Zor' AS admin1, 'Syria' AS country,
                   33 + (hash(i, 2) % 5000) / 1000.0 AS lat, 36 + (hash(i, 3) % 6000) / 1000.0 AS lon,
                   1 AS geo_precision, NULL AS geonameid, NULL AS launch_site,
                   CAST(hash(i, 4) % 5 AS INTEGER) AS fatalities, 0 AS fatalities_min, 4 AS fatalities_max,
                   NULL AS injured, NULL AS injured_min, NULL AS injured_max, [] AS reported_by,
                   ['art-' || i] AS sources, 1 AS n_sources, ['Synthetic'] AS outlets,
                   (hash(i, 5) % 100) / 100.0 AS confidence,
                   CASE WHEN i % 50 = 0 THEN 'rejected' ELSE 'unreviewed' END AS review_status,
                   'synthetic' AS summary, ['syn-' || i] AS report_ids
            FROM range({rows}) t(i)
            JOIN a a1 ON a1.k = hash(i, 6) % {len(actors)}
            JOIN a a2 ON a2.k = hash(i, 7) % {len(actors)}
            JOIN s ON s.k = hash(i, 8) % {len(subs)}""")
        return time.perf_counter() - t


def bench_query(tmp: Path, rows: int, repeats: int = 15) -> None:
    store = Store(tmp / "synthetic.duckdb")
    seconds = insert_synthetic(store, rows)
    print(f"synthetic: {rows:,} incidents inserted in bulk in {seconds:.2f} s")
    filters = Filters(blocs=("Iran-aligned",), since=date(2019, 1, 1), until=date(2021, 12, 31))
    where, params = filters.where()
    by_day = (f"SELECT event_date, count(*) AS n FROM incidents_view WHERE {where} "
              "GROUP BY event_date ORDER BY event_date")
    by_pair = (f"SELECT actor1, coalesce(actor2, 'Unknown') AS actor2, count(*) AS n FROM incidents_view "
               f"WHERE {where} GROUP BY 1, 2 ORDER BY n DESC")
    for label, sql in (("count by day", by_day), ("count by actor pair", by_pair)):
        store.query(sql, params)  # warm the OS file cache once
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            df = store.query(sql, params)
            times.append((time.perf_counter() - t) * 1000)
        print(f"query: bloc + date range, {label}: median {statistics.median(times):.1f} ms, "
              f"max {max(times):.1f} ms over {repeats} runs ({len(df)} groups, "
              f"{int(df.n.sum()):,} incidents) - goal < 100 ms")
    t = time.perf_counter()
    store.stats()
    print(f"query: stats() {(time.perf_counter() - t) * 1000:.1f} ms")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--limit", type=int, help="ingest only the first N corpus articles")
    p.add_argument("--skip-corpus", action="store_true")
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--copies", type=int, default=10_000, help="reports of one act (0: skip)")
    a = p.parse_args()
    print(f"schema version {schema.LATEST}")
    with tempfile.TemporaryDirectory(prefix="bench-store-") as d:
        if a.copies:
            bench_one_act(Path(d), a.copies)
        if not a.skip_corpus:
            bench_corpus(Path(d), a.limit)
        bench_query(Path(d), a.rows)


if __name__ == "__main__":
    main()
