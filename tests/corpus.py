"""The SaudiNewsNet corpus (../shared/corpora/saudinewsnet) as Articles, read in place.

Each YYYY-MM-DD.zip holds one YYYY-MM-DD.json: an array of objects with
source, url, date_extracted, title, author, content. Articles have no id of
their own; ours is "snn-<zip date>-<index in the array>", stable across runs.
The text is never copied into the project: tests and bench/ read the zips.
"""
from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

from extract.clean import parse_date
from extract.record import Article

CORPUS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "saudinewsnet"


def corpus_available(root: Path = CORPUS_DIR) -> bool:
    return root.is_dir() and any(root.glob("*.zip"))


def iter_corpus(root: Path = CORPUS_DIR, limit: int | None = None) -> Iterator[Article]:
    """Articles in zip-name order, then array order (empty ones too: the
    extractor must cope with them)."""
    n = 0
    for zip_path in sorted(root.glob("*.zip")):
        with zipfile.ZipFile(zip_path) as z:
            for member in sorted(z.namelist()):
                if not member.endswith(".json"):
                    continue
                for i, obj in enumerate(json.loads(z.read(member))):
                    text = obj.get("content") or ""
                    yield Article(
                        article_id=f"snn-{Path(member).stem}-{i:04d}", text=text,
                        title=obj.get("title") or None,
                        published=parse_date(obj.get("date_extracted")),
                        outlet=obj.get("source") or None, url=obj.get("url") or None,
                        path=f"{zip_path.name}:{member}[{i}]")
                    n += 1
                    if limit is not None and n >= limit:
                        return
