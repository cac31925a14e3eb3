"""Extraction over the SaudiNewsNet corpus: speed, memory, exceptions, false alarms.

    .venv/bin/python bench/extract_corpus.py [--limit N] [--corpus DIR]

Prints articles read, articles/s, incidents found, peak memory, and — over
the same texts in the same run — the time camel-tools' simple_word_tokenize
alone takes, with the ratio extraction_time / tokenize_time (goal <= 0.8, issue 9).
Also the time of clean_article alone, the exceptions (must be 0) and the 10
articles with most incidents, to inspect false alarms (a Saudi 2015 corpus
has few real Syria incidents). Exit 0 when the corpus is absent (said so),
1 when the extractor raised on any article.

--genre adds, outside the timed loop, what extract/genre.py does: articles
per genre and the incidents its skips and penalties remove or lower (by a
second extraction without it), the share of protest sentences that still
give an incident (goal <= 5%), incidents per 1000 articles of sports and
business pages (by URL section), and the opinion test: articles the outlets'
URLs file under opinion vs news, and how many of each it calls opinion.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from camel_tools.tokenizers.word import simple_word_tokenize  # noqa: E402
from corpus import CORPUS_DIR, corpus_available, iter_corpus  # noqa: E402

from extract.clean import clean_article  # noqa: E402
from extract.confidence import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from extract.frames import sentences  # noqa: E402
from extract.genre import GenreClassifier  # noqa: E402
from extract.pipeline import _PREFILTER, Extractor  # noqa: E402
from extract.record import Article  # noqa: E402

# URL sections of SaudiNewsNet outlets: an independent label for the genre
# bench (the extractor never sees URLs).
OPINION_URL = re.compile(r"alwatan\.com\.sa/(?:Articles|Discussion)/|3alyoum\.com/opinion/")
NEWS_URL = re.compile(r"alwatan\.com\.sa/(?:Politics|Local|Nation)/|3alyoum\.com/news/")
SPORTS_BUSINESS_URL = re.compile(r"/Sports/|/sports/|/finance/|/Economy/|arreyadi|arriyadiyah")


class GenreStats:
    """What extract/genre.py changes, measured beside the timed run."""

    def __init__(self, extractor: Extractor):
        self.on = extractor
        self.genre = extractor.genre
        self.off = Extractor(gazetteer=extractor.gazetteer, lexicons=extractor.lexicons,
                             genre=GenreClassifier([]))
        self.kinds: Counter[str] = Counter()
        self.removed: Counter[str] = Counter()  # incidents a skip removed, per kind
        self.lowered: Counter[str] = Counter()  # incidents a penalty lowered below the default filter
        self.protest_sentences = self.protest_incidents = 0
        self.section_articles: Counter[str] = Counter()
        self.section_incidents: Counter[str] = Counter()
        self.voice: Counter[tuple[str, bool]] = Counter()
        self.examples: dict[str, list[str]] = {}

    def add(self, article: Article, found: tuple) -> None:
        text = clean_article(article.text).text
        url = article.url or ""
        section = "opinion" if OPINION_URL.search(url) else "news" if NEWS_URL.search(url) else (
            "sports/business" if SPORTS_BUSINESS_URL.search(url) else None)
        if section:
            self.section_articles[section] += 1
            self.section_incidents[section] += len(found)
        if not _PREFILTER.search(text):
            return
        g = self.genre.classify(article.title, text)
        self.kinds[g.kind] += 1
        if section in ("opinion", "news"):
            self.voice[(section, g.kind == "opinion")] += 1
        if not g.is_news:
            without = self.off.extract(article).incidents
            if g.skip:
                self.removed[g.kind] += len(without)
            else:
                self.lowered[g.kind] += sum(1 for i in without if i.confidence > DEFAULT_MIN_CONFIDENCE)
                self.lowered[g.kind] -= sum(1 for i in found if i.confidence > DEFAULT_MIN_CONFIDENCE)
            if without and len(self.examples.setdefault(g.kind, [])) < 3:
                self.examples[g.kind].append(f"{article.article_id} {one_line(article.title or '', 60)}")
        for s0, s1 in sentences(text):
            if _PREFILTER.search(text, s0, s1) and self.genre.mentions_protest(text, s0, s1):
                self.protest_sentences += 1
                one = Article(article.article_id, text[s0:s1], published=article.published)
                self.protest_incidents += bool(self.on.extract(one).incidents)

    def print(self) -> None:
        print("genre (articles with a trigger word; extract/genre.py):")
        for kind, k in self.kinds.most_common():
            extra = ""
            if kind in ("opinion", "history", "economy"):
                extra = f"; skipped: {self.removed[kind]} incidents removed"
            elif self.lowered[kind]:
                extra = f"; {self.lowered[kind]} incidents lowered below the default filter"
            print(f"  {kind}: {k:,} articles{extra}"
                  + (f" (e.g. {'; '.join(self.examples[kind][:2])})" if self.examples.get(kind) else ""))
        share = self.protest_incidents / self.protest_sentences if self.protest_sentences else 0.0
        print(f"protest sentences with a trigger word: {self.protest_sentences:,}, alone giving an incident: "
              f"{self.protest_incidents} ({share:.1%}; goal <= 5%)")
        for section in ("sports/business", "news", "opinion"):
            n = self.section_articles[section]
            if n:
                print(f"incidents per 1000 articles of {section} pages (by URL): "
                      f"{1000 * self.section_incidents[section] / n:.1f} ({n:,} articles)")
        for section in ("opinion", "news"):
            n = self.voice[(section, True)] + self.voice[(section, False)]
            if n:
                print(f"{section} pages (by URL) called opinion: {self.voice[(section, True)]}/{n} "
                      f"({self.voice[(section, True)] / n:.1%})")


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def one_line(text: str, width: int = 80) -> str:
    return " ".join(text.split())[:width]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    ap.add_argument("--genre", action="store_true", help="also measure extract/genre.py (slower)")
    args = ap.parse_args(argv)
    if not corpus_available(args.corpus):
        print(f"corpus not found at {args.corpus}: nothing to measure")
        return 0

    load_before = os.getloadavg()[0]
    t = time.perf_counter()
    extractor = Extractor()
    startup = time.perf_counter() - t
    genre_stats = GenreStats(extractor) if args.genre else None

    n = chars = incidents = with_incidents = 0
    read_s = extract_s = tokenize_s = clean_s = 0.0
    # CPU time of this process beside the wall clock: on a busy machine the
    # wall-clock ratio moves with the load, the CPU-time one much less.
    extract_cpu = tokenize_cpu = 0.0
    errors: Counter[str] = Counter()
    first_errors: list[str] = []
    counts: list[tuple[int, str, str]] = []
    per_type: Counter[str] = Counter()
    articles = iter_corpus(args.corpus, limit=args.limit)
    while True:
        t0 = time.perf_counter()
        article = next(articles, None)
        t1, c1 = time.perf_counter(), time.process_time()
        read_s += t1 - t0
        if article is None:
            break
        n += 1
        chars += len(article.text)
        try:
            found = extractor.extract(article).incidents
        except Exception as e:  # counted and shown: the bench must see every failure
            found = ()
            errors[type(e).__name__] += 1
            if len(first_errors) < 5:
                first_errors.append(f"{article.article_id}: {type(e).__name__}: {one_line(str(e), 200)}")
        t2, c2 = time.perf_counter(), time.process_time()
        simple_word_tokenize(article.text)
        t3, c3 = time.perf_counter(), time.process_time()
        clean_article(article.text)
        t4 = time.perf_counter()
        extract_s, tokenize_s, clean_s = extract_s + t2 - t1, tokenize_s + t3 - t2, clean_s + t4 - t3
        extract_cpu, tokenize_cpu = extract_cpu + c2 - c1, tokenize_cpu + c3 - c2
        incidents += len(found)
        with_incidents += bool(found)
        per_type.update(i.event_type for i in found)
        if found:
            counts.append((len(found), article.article_id, article.text))
        if genre_stats is not None:
            genre_stats.add(article, found)

    ratio = extract_s / tokenize_s if tokenize_s else float("nan")
    print(f"corpus:                 {args.corpus}")
    print(f"articles read:          {n:,} ({chars:,} characters; reading the zips {read_s:.1f} s)")
    print(f"extractor start-up:     {startup:.2f} s")
    print(f"extraction:             {extract_s:.1f} s = {n / extract_s if extract_s else 0:,.0f} articles/s")
    print(f"  clean_article alone:  {clean_s:.1f} s")
    print(f"simple_word_tokenize:   {tokenize_s:.1f} s (same texts, same run)")
    print(f"ratio extract/tokenize: {ratio:.2f} (goal <= 0.8)")
    cpu_ratio = extract_cpu / tokenize_cpu if tokenize_cpu else float("nan")
    print(f"  in CPU time:          {cpu_ratio:.2f} ({extract_cpu:.1f} s against {tokenize_cpu:.1f} s)")
    # a shared machine: both timings are wall clock, taken article by article in turn
    print(f"load average (1 min):   {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
          f"({os.cpu_count()} CPUs)")
    print(f"incidents found:        {incidents:,} in {with_incidents:,} articles "
          f"({1000 * incidents / n if n else 0:.1f} per 1000 articles)")
    for event_type, k in per_type.most_common():
        print(f"  {event_type}: {k:,}")
    print(f"exceptions:             {sum(errors.values())}"
          + (f" ({', '.join(f'{k} {v}' for v, k in errors.most_common())})" if errors else ""))
    for line in first_errors:
        print(f"  {line}")
    print(f"peak memory (maxrss):   {peak_memory_mb():.0f} MB")
    print("top articles by incident count (inspect for false alarms):")
    for k, article_id, text in sorted(counts, key=lambda c: (-c[0], c[1]))[:10]:
        print(f"  {k:3d}  {article_id}  {one_line(text)}")
    if genre_stats is not None:
        genre_stats.print()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
