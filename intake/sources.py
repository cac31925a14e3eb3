"""The sources file: which feeds, sitemaps, sites or URL lists to follow.

    [[source]]
    name = "aljazeera"          # unique, used by `fetch --source NAME`
    outlet = "Al Jazeera"       # shown beside every incident it gives
    url = "https://www.aljazeera.net/aljazeerarss/..."
    kind = "feed"               # feed | sitemap | site | urls
    language = "ar"
    every = "15m"               # how often `watch` looks (s, m, h)
    enabled = false             # nothing is contacted unless true

Parsed with the standard library's tomllib; a bad entry is one clear line
naming the file and the source, the other sources still load.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import InputError

KINDS = ("feed", "sitemap", "site", "urls")
PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = PROJECT_ROOT / "sources.toml"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    kind: str = "feed"
    outlet: str | None = None
    language: str = "ar"
    every_seconds: float = 900.0
    enabled: bool = True
    urls: tuple[str, ...] = field(default=())  # kind = "urls": the article URLs themselves


def parse_duration(text: str | int | float) -> float:
    """'15m' -> 900.0; '30s', '2h', '1d', or a bare number of seconds."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        seconds = float(text)
    else:
        m = _DURATION.match(str(text))
        if not m:
            raise InputError(f"{text!r} is not a duration (examples: 30s, 15m, 2h)")
        seconds = float(m.group(1)) * _UNIT[m.group(2).lower()]
    if seconds <= 0:
        raise InputError(f"{text!r}: a duration must be more than zero")
    return seconds


def one_off(feed_url: str, outlet: str | None = None) -> Source:
    """`fetch --feed URL`: a feed not in the sources file."""
    from urllib.parse import urlsplit
    host = urlsplit(feed_url).hostname or feed_url
    return Source(name=f"feed:{host}", url=feed_url, kind="feed", outlet=outlet or host)


def load_sources(path: str | Path | None = None) -> tuple[list[Source], list[str]]:
    """(sources, problems). A missing file is no sources; a file that is not
    TOML is an InputError (nothing could be read)."""
    path = Path(path) if path is not None else DEFAULT_SOURCES
    if not path.exists():
        return [], []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: not a valid sources file ({e})") from None
    sources, problems, seen = [], [], set()
    for n, entry in enumerate(data.get("source", []), 1):
        where = f"{path}: source #{n}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: skipped: expected a [[source]] table")
            continue
        name, url = str(entry.get("name") or "").strip(), str(entry.get("url") or "").strip()
        where = f"{path}: source {name or '#' + str(n)}"
        kind = str(entry.get("kind") or "feed").strip()
        urls = tuple(str(u).strip() for u in entry.get("urls") or () if str(u).strip())
        if not name:
            problems.append(f"{where}: skipped: no name")
            continue
        if name in seen:
            problems.append(f"{where}: skipped: the name is used twice")
            continue
        if kind not in KINDS:
            problems.append(f"{where}: skipped: kind {kind!r} is not one of {', '.join(KINDS)}")
            continue
        if not url and not urls:
            problems.append(f"{where}: skipped: no url")
            continue
        if not all(u.startswith(("http://", "https://")) for u in (url, *urls) if u):
            problems.append(f"{where}: skipped: URLs must start with http:// or https://")
            continue
        try:
            every = parse_duration(entry.get("every", "15m"))
        except InputError as e:
            problems.append(f"{where}: skipped: every = {e}")
            continue
        seen.add(name)
        sources.append(Source(name=name, url=url or urls[0], kind=kind,
                              outlet=(str(entry.get("outlet")).strip() or None) if entry.get("outlet") else None,
                              language=str(entry.get("language") or "ar"), every_seconds=every,
                              enabled=bool(entry.get("enabled", True)), urls=urls))
    return sources, problems
