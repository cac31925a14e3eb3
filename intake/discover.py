"""What a source lists: feed entries, sitemap URLs, a site's own feeds.

feedparser reads RSS/Atom (from bytes we fetched, never by itself: all
network goes through the polite Fetcher); trafilatura's feeds module finds a
site's feeds in its home page and its sitemaps module reads sitemaps; courlan
normalises URLs so one article is one URL however the feed spelled it.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import feedparser
from courlan import normalize_url

from extract.clean import parse_date

from .fetcher import Fetcher, FetchError, FetchResult
from .pages import decode_page
from .sources import Source

MAX_SITEMAPS = 20


@dataclass(frozen=True)
class Entry:
    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD


@dataclass(frozen=True)
class Listing:
    entries: tuple[Entry, ...]
    feed_url: str | None = None          # the feed whose validators to keep
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    warnings: tuple[str, ...] = ()


def canonical(url: str) -> str:
    try:
        return normalize_url(url.strip())
    except Exception:  # courlan refuses odd URLs: keep them as given
        return url.strip()


def _entry_date(entry) -> str | None:
    """The publisher's own day: the date as written (with its time zone), not
    feedparser's UTC conversion, which can move an evening report a day."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError):
            day = parse_date(raw)
            if day:
                return day
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def parse_feed(feed_url: str, content: bytes) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = feedparser.parse(content)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: None)() \
            or str(parsed.get("bozo_exception") or "no RSS or Atom elements")
        raise FetchError(feed_url, f"not an RSS/Atom feed ({reason.splitlines()[0][:120]})")
    entries, problems = [], []
    for n, e in enumerate(parsed.entries, 1):
        link = e.get("link") or next((ln.get("href") for ln in e.get("links", ()) if ln.get("href")), None)
        if not link:
            problems.append(f"{feed_url}: entry {n}: skipped: no link")
            continue
        entries.append(Entry(canonical(link), (e.get("title") or "").strip() or None, _entry_date(e)))
    return entries, problems


def _sitemap_urls(fetcher: Fetcher, start: str) -> list[str]:
    from trafilatura.sitemaps import SitemapObject
    host = urlsplit(start).hostname or ""
    base = f"{urlsplit(start).scheme}://{urlsplit(start).netloc}"
    todo, seen, found = [start], set(), []
    while todo and len(seen) < MAX_SITEMAPS:
        url = todo.pop(0)
        if url in seen:
            continue
        seen.add(url)
        result = fetcher.get(url)
        sitemap = SitemapObject(base, host, [])
        sitemap.current_url, sitemap.content = url, decode_page(result.content, result.charset)
        sitemap.process()
        found.extend(sitemap.urls)
        todo.extend(u for u in sitemap.sitemap_urls if u not in seen)
    return list(dict.fromkeys(canonical(u) for u in found))


def _feed_listing(fetcher: Fetcher, feed_url: str, validators: tuple) -> Listing:
    result: FetchResult = fetcher.get(feed_url, *validators)
    if result.not_modified:
        return Listing((), feed_url, result.etag, result.last_modified, not_modified=True)
    entries, problems = parse_feed(feed_url, result.content)
    return Listing(tuple(entries), feed_url, result.etag, result.last_modified, warnings=tuple(problems))


def list_source(source: Source, fetcher: Fetcher, validators=lambda url: (None, None)) -> Listing:
    """The source's article URLs (or a FetchError naming the URL that failed)."""
    if source.kind == "feed":
        return _feed_listing(fetcher, source.url, validators(source.url))
    if source.kind == "urls":
        return Listing(tuple(Entry(canonical(u)) for u in (source.urls or (source.url,))))
    if source.kind == "sitemap":
        return Listing(tuple(Entry(u) for u in _sitemap_urls(fetcher, source.url)))
    # a site: the feeds its home page links to, else its sitemap
    from trafilatura.feeds import FeedParameters, determine_feed
    home = fetcher.get(source.url)
    parts = urlsplit(home.final_url)
    params = FeedParameters(f"{parts.scheme}://{parts.netloc}", parts.hostname or "", home.final_url,
                            target_lang=source.language or None)
    feeds = determine_feed(decode_page(home.content, home.charset), params)
    for feed_url in feeds[:3]:
        try:
            return _feed_listing(fetcher, feed_url, validators(feed_url))
        except FetchError:
            continue
    return Listing(tuple(Entry(u) for u in
                         _sitemap_urls(fetcher, f"{parts.scheme}://{parts.netloc}/sitemap.xml")))
