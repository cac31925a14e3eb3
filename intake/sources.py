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


FIELDS = ("name", "outlet", "url", "kind", "language", "every", "enabled")


def _every_text(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def sources_rows(sources: list[Source]) -> list[dict]:
    """The editable view of the sources file (the Sources page's table)."""
    return [{"name": s.name, "outlet": s.outlet or "", "url": s.url, "kind": s.kind,
             "language": s.language, "every": _every_text(s.every_seconds), "enabled": s.enabled}
            for s in sources]


def _toml_string(value: str) -> str:
    import json
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def save_sources(rows: list[dict], path: str | Path | None = None) -> tuple[list[Source], list[str]]:
    """Write edited rows back (the file's leading comment block is kept), then
    read the file again: what is returned is what `fetch` will see. A row
    that would not load is refused before anything is written (InputError)."""
    path = Path(path) if path is not None else DEFAULT_SOURCES
    header = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                header.append(line)
            else:
                break
    blocks = []
    for row in rows:
        if not any(str(row.get(k) or "").strip() for k in ("name", "url")):
            continue  # an empty row the table editor added
        lines = ["[[source]]"]
        for key in FIELDS:
            value = row.get(key)
            if key == "enabled":
                lines.append(f"enabled = {'true' if bool(value) else 'false'}")
            elif value not in (None, ""):
                lines.append(f"{key} = {_toml_string(str(value).strip())}")
        blocks.append("\n".join(lines))
    text = "\n".join(header).rstrip() + ("\n\n" if header else "") + "\n\n".join(blocks) + "\n"
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(text, encoding="utf-8")
    try:
        sources, problems = load_sources(tmp)
        if problems:
            raise InputError(problems[0].replace(str(tmp), str(path)))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return sources, problems
