"""The news-intake commands: incidents fetch / watch (intake/).

    incidents fetch [--source NAME ... | --feed URL] [--db DB]   what is new, once
    incidents watch --every 15m [--source NAME ... | --feed URL]  keep doing it

Sources come from sources.toml (only the enabled ones, unless named with
--source). Each failure is one line on stderr naming the source and URL; the
other sources are still fetched.

It also gives `run` and `ingest` (registered before it, cli/main.py) their
`--dask tcp://...` / `--workers N` options: with either, the articles are
extracted over a Dask cluster (intake/parallel.py), otherwise the command's
own handler runs unchanged.
"""
from __future__ import annotations

import argparse
import sys

from extract.errors import InputError


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source", action="append", default=[], metavar="NAME",
                   help="a source from the sources file (repeatable; default: every enabled one)")
    p.add_argument("--feed", action="append", default=[], metavar="URL",
                   help="a one-off RSS/Atom feed, not in the sources file (repeatable)")
    p.add_argument("--outlet", metavar="NAME", help="outlet name for --feed (default: its host)")
    p.add_argument("--sources", metavar="FILE", help="the sources file (default: sources.toml)")
    p.add_argument("--db", metavar="DB", help="DuckDB file (default: $INCIDENTS_DB or data/incidents.duckdb)")
    p.add_argument("--raw", metavar="DIR", help="raw pages and fetch journal (default: raw/ beside the DB)")
    p.add_argument("--interval", type=float, default=2.0, metavar="S",
                   help="seconds between two requests to one host (default 2)")
    p.add_argument("--timeout", type=float, default=20.0, metavar="S", help="per-request timeout (default 20)")
    p.add_argument("--tries", type=int, default=4, metavar="N",
                   help="tries on 429/5xx/connection errors, with doubling pauses (default 4)")
    p.add_argument("--backoff", type=float, default=2.0, metavar="S",
                   help="first pause before a retry (default 2)")
    p.add_argument("--max-mb", type=float, default=5.0, metavar="MB", help="size cap of one page (default 5)")


def add_commands(sub) -> None:
    for name in ("run", "ingest"):
        parser = sub.choices.get(name)
        if parser is None:
            continue
        g = parser.add_argument_group("parallel extraction (Dask)")
        g.add_argument("--dask", metavar="tcp://HOST:PORT",
                       help="a Dask scheduler: its workers extract partitions of the input "
                       "(they must see the same paths)")
        g.add_argument("--workers", type=int, metavar="N",
                       help="start a local Dask cluster of N processes for the extraction")
        parser.set_defaults(handler=_parallel_or(name, parser.get_default("handler")))
    p = sub.add_parser("fetch", help="fetch what is new from news sources, once, and ingest it",
                       description="List each source (feed, sitemap, site or URL list), fetch the "
                       "articles not fetched before, keep the raw pages and ingest them. Resumable "
                       "after a kill: nothing is fetched twice or lost.")
    _common(p)
    p.set_defaults(handler=_fetch)
    p = sub.add_parser("watch", help="keep fetching news sources and ingesting as they go",
                       description="fetch, again and again: each source when it is due.")
    _common(p)
    p.add_argument("--every", metavar="DURATION",
                   help="look at every source this often (30s, 15m, 2h; default: each source's own)")
    p.add_argument("--cycles", type=int, metavar="N", help="stop after N rounds (default: never)")
    p.set_defaults(handler=_watch)


def _setup(a):
    from intake.fetcher import Fetcher, FetchPolicy
    from intake.rawstore import RawStore
    from intake.run import Intake, default_raw_dir
    from intake.sources import load_sources, one_off
    from store.database import Store

    from .store_commands import _extractor

    sources, problems = load_sources(a.sources)
    for line in problems:
        print(line, file=sys.stderr)
    chosen = [s for s in sources if s.name in a.source] if a.source else \
        ([] if a.feed else [s for s in sources if s.enabled])
    unknown = [n for n in a.source if n not in {s.name for s in sources}]
    if unknown:
        raise InputError(f"no source named {unknown[0]!r} in {a.sources or 'sources.toml'} "
                         f"(known: {', '.join(s.name for s in sources) or 'none'})")
    chosen += [one_off(url, a.outlet) for url in a.feed]
    if not chosen:
        raise InputError("nothing to fetch: no enabled source in the sources file; name one with "
                         "--source NAME, or give --feed URL")
    store = Store(a.db)
    policy = FetchPolicy(timeout=a.timeout, total_timeout=max(60.0, 3 * a.timeout), attempts=a.tries,
                         backoff=a.backoff, min_interval=a.interval, max_bytes=int(a.max_mb * 2**20))
    intake = Intake(store, RawStore(a.raw or default_raw_dir(store.path)), Fetcher(policy),
                    extractor=_extractor())
    return intake, chosen


def _fetch(a) -> int:
    intake, sources = _setup(a)
    outcomes = intake.fetch(sources)
    s = intake.store.stats()
    print(f"fetch: {len(sources)} source(s), {sum(o.new_articles for o in outcomes)} new article(s), "
          f"{sum(o.incidents for o in outcomes)} incident(s) extracted, "
          f"{sum(len(o.errors) for o in outcomes)} error(s); {intake.store.path} now holds "
          f"{s['articles']} articles, {s['incidents']} merged incidents")
    return 0 if any(o.listed_ok for o in outcomes) else 1


def _watch(a) -> int:
    from intake.sources import parse_duration
    every = parse_duration(a.every) if a.every else None
    intake, sources = _setup(a)
    try:
        intake.watch(sources, every=every, cycles=a.cycles)
    except KeyboardInterrupt:
        print("watch: stopped; everything fetched is stored, run again to go on", file=sys.stderr)
        return 0
    return 0


def _parallel_or(command: str, serial):
    def handler(a) -> int:
        if not a.dask and a.workers is None:
            return serial(a)
        if a.workers is not None and a.workers < 1:
            raise InputError("--workers must be 1 or more")
        return _parallel_run(a) if command == "run" else _parallel_ingest(a)
    return handler


def _extract_in_parallel(a, out_dir):
    from extract.readers import count_articles
    from intake.parallel import extract_parallel
    from intake.progress import Progress
    bar = Progress(f"{a.command} ({a.dask or f'{a.workers} workers'})", count_articles(a.paths))
    try:
        result = extract_parallel(a.paths, out_dir, a.metadata, address=a.dask, workers=a.workers,
                                  progress=lambda done, _total: bar.update(done))
    finally:
        bar.close()
    for line in result.problems:
        print(f"{a.command}: {line}", file=sys.stderr)
    return result


def _parallel_run(a) -> int:
    import tempfile
    from contextlib import nullcontext

    from extract.serialize import write_jsonl
    from intake.parallel import read_parts
    with tempfile.TemporaryDirectory(prefix="incidents-run-") as tmp:
        result = _extract_in_parallel(a, tmp)
        with (nullcontext(sys.stdout) if a.output in (None, "-")
              else open(a.output, "w", encoding="utf-8")) as out:
            for _article, extraction in read_parts(result.parts):
                if extraction is not None:
                    write_jsonl(extraction.incidents, out)
    print(f"run: {result.articles} article(s) read, {len(result.problems)} problem(s), "
          f"{result.incidents} incident(s) written in {result.seconds:.1f} s "
          f"({result.articles / max(result.seconds, 1e-9):,.0f} articles/s)", file=sys.stderr)
    return 0 if result.articles else 2


def _parallel_ingest(a) -> int:
    import tempfile

    from intake.parallel import load_parts
    from store.database import Store
    store = Store(a.db)
    store.path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="incidents-parts-", dir=store.path.parent) as tmp:
        result = _extract_in_parallel(a, tmp)
        summary = load_parts(store, result.parts, wait=a.wait)
    s = store.stats()
    print(f"ingest: {summary.articles_read} articles read ({summary.articles_new} new, "
          f"{summary.articles_changed} changed, {summary.articles_unchanged} unchanged, "
          f"{summary.copies} syndicated copies), {summary.incidents} incidents extracted on "
          f"{a.dask or f'{a.workers} local worker(s)'} in {result.seconds:.1f} s, "
          f"{len(summary.problems)} problem(s); {store.path} now holds {s['articles']} articles, "
          f"{s['reports']} reports, {s['incidents']} merged incidents")
    return 0 if summary.articles_read else 2
