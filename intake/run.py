"""fetch (once) and watch (forever): list each source, fetch what is new,
keep the raw page, hand the articles to the store as they arrive.

Resumable after a kill at any point (see rawstore.py): listed URLs are
queued before any is fetched, a fetched page is recorded as stored before
the store sees it, and only after the store's ingest returns are the pages
marked ingested; a restart re-ingests stored pages (the store skips what it
already holds) and fetches only what is still queued.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extract.record import Article

from .discover import list_source
from .fetcher import Fetcher, FetchError
from .pages import NoArticleText, article_id_for, page_article
from .progress import Progress
from .rawstore import PageRow, RawStore
from .sources import Source


@dataclass(frozen=True)
class SourceOutcome:
    source: str
    listed_ok: bool
    new_articles: int = 0
    incidents: int = 0
    errors: tuple[str, ...] = ()


def default_raw_dir(db_path: str | Path) -> Path:
    """Raw pages live beside the database they feed (data/raw for the default one)."""
    return Path(db_path).resolve().parent / "raw"


class Intake:
    def __init__(self, store, raw: RawStore, fetcher: Fetcher | None = None, extractor=None,
                 err=None, wait: float = 60.0):
        self.store, self.raw = store, raw
        self.fetcher = fetcher or Fetcher()
        self.extractor, self.wait = extractor, wait
        self.err = err or sys.stderr

    def _say(self, line: str) -> None:
        print(line, file=self.err, flush=True)

    def fetch(self, sources: list[Source]) -> list[SourceOutcome]:
        return [self.fetch_source(s) for s in sources]

    def fetch_source(self, source: Source) -> SourceOutcome:
        outlet = source.outlet or source.name
        errors: list[str] = []

        def problem(url: str | None, message: str) -> None:
            line = f"{source.name}: {message}"
            errors.append(line)
            self._say(line)
            self.raw.log_error(source.name, url, message)

        listed_ok = True
        try:
            listing = list_source(source, self.fetcher, self.raw.validators)
            self.raw.queue(listing.entries, source.name, outlet, listing.feed_url,
                           listing.etag, listing.last_modified)
            for warning in listing.warnings:
                problem(source.url, warning)
        except FetchError as e:
            listed_ok = False
            problem(e.url, str(e))
        stored, queued = self.raw.pending(source.name, "stored"), self.raw.pending(source.name, "queued")
        new_articles = incidents = 0
        if stored or queued:
            done: list[str] = []
            progress = Progress(f"fetch {source.name}", len(stored) + len(queued))
            articles = self._articles(stored, queued, outlet, done, problem, progress)
            if self.extractor is None:  # loaded once, not by every ingest of a watch loop
                from extract.pipeline import Extractor
                self.extractor = Extractor()
            try:
                summary = self.store.ingest(articles, extractor=self.extractor, wait=self.wait)
            finally:
                progress.close()
            self.raw.ingested(done)
            for line in summary.problems:
                problem(None, line)
            new_articles = summary.articles_new + summary.articles_changed
            incidents = summary.incidents
        self.raw.source_done(source.name, outlet, source.url, listed_ok, new_articles, incidents,
                             len(errors), errors[-1] if errors else None)
        return SourceOutcome(source.name, listed_ok, new_articles, incidents, tuple(errors))

    def _articles(self, stored: list[PageRow], queued: list[PageRow], outlet: str,
                  done: list[str], problem: Callable[[str | None, str], None],
                  progress: Progress) -> Iterator[Article]:
        n = 0
        for row in stored:  # fetched before a kill, not yet in the store
            n += 1
            progress.update(n, row.url)
            try:
                article = self._article(row, self.raw.get(row.sha256), row.charset, outlet)
            except (OSError, NoArticleText) as e:
                self.raw.failed(row.url, f"raw page unreadable: {e}", final=True)
                problem(row.url, f"{row.url}: raw page unreadable ({e})")
                continue
            done.append(row.url)
            yield article
        for row in queued:
            n += 1
            progress.update(n, row.url)
            try:
                page = self.fetcher.get(row.url)
            except FetchError as e:
                self.raw.failed(row.url, e.reason)
                problem(row.url, str(e))
                continue
            sha = self.raw.put(page.content)
            try:
                article = self._article(row, page.content, page.charset, outlet)
            except NoArticleText as e:
                self.raw.failed(row.url, str(e), final=True)
                problem(row.url, f"{row.url}: skipped: {e}")
                continue
            self.raw.stored(row.url, sha, page.final_url, page.charset, article.article_id)
            done.append(row.url)
            yield article

    @staticmethod
    def _article(row: PageRow, content: bytes, charset: str | None, outlet: str) -> Article:
        return page_article(row.url, content, charset, outlet=row.outlet or outlet, title=row.title,
                            published=row.published, article_id=article_id_for(row.url))

    def watch(self, sources: list[Source], every: float | None = None, cycles: int | None = None,
              sleep: Callable[[float], None] = time.sleep) -> None:
        """Look at each source when it is due (its own `every`, or the one
        given), forever or for `cycles` rounds."""
        due = {s.name: 0.0 for s in sources}
        rounds = 0
        while True:
            for s in sources:
                if due[s.name] <= time.monotonic():
                    outcome = self.fetch_source(s)
                    due[s.name] = time.monotonic() + (every or s.every_seconds)
                    self._say(f"watch: {time.strftime('%H:%M:%S')} {s.name}: {outcome.new_articles} "
                              f"new article(s), {outcome.incidents} incident(s), "
                              f"{len(outcome.errors)} error(s)")
            rounds += 1
            if cycles is not None and rounds >= cycles:
                return
            sleep(max(0.05, min(due.values()) - time.monotonic()))
