"""Extraction over the SaudiNewsNet corpus: speed, memory, exceptions, false alarms.

    .venv/bin/python bench/extract_corpus.py [--limit N] [--corpus DIR]

Prints articles read, articles/s, incidents found, peak memory, and — over
the same texts in the same run — the time camel-tools' simple_word_tokenize
alone takes, with the ratio extraction_time / tokenize_time (goal <= 1.0).
Also the time of clean_article alone, the exceptions (must be 0) and the 10
articles with most incidents, to inspect false alarms (a Saudi 2015 corpus
has few real Syria incidents). Exit 0 when the corpus is absent (said so),
1 when the extractor raised on any article.
"""
from __future__ import annotations

import argparse
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
from extract.pipeline import Extractor  # noqa: E402


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def one_line(text: str, width: int = 80) -> str:
    return " ".join(text.split())[:width]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    args = ap.parse_args(argv)
    if not corpus_available(args.corpus):
        print(f"corpus not found at {args.corpus}: nothing to measure")
        return 0

    t = time.perf_counter()
    extractor = Extractor()
    startup = time.perf_counter() - t

    n = chars = incidents = with_incidents = 0
    read_s = extract_s = tokenize_s = clean_s = 0.0
    errors: Counter[str] = Counter()
    first_errors: list[str] = []
    counts: list[tuple[int, str, str]] = []
    per_type: Counter[str] = Counter()
    articles = iter_corpus(args.corpus, limit=args.limit)
    while True:
        t0 = time.perf_counter()
        article = next(articles, None)
        t1 = time.perf_counter()
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
        t2 = time.perf_counter()
        simple_word_tokenize(article.text)
        t3 = time.perf_counter()
        clean_article(article.text)
        t4 = time.perf_counter()
        extract_s, tokenize_s, clean_s = extract_s + t2 - t1, tokenize_s + t3 - t2, clean_s + t4 - t3
        incidents += len(found)
        with_incidents += bool(found)
        per_type.update(i.event_type for i in found)
        if found:
            counts.append((len(found), article.article_id, article.text))

    ratio = extract_s / tokenize_s if tokenize_s else float("nan")
    print(f"corpus:                 {args.corpus}")
    print(f"articles read:          {n:,} ({chars:,} characters; reading the zips {read_s:.1f} s)")
    print(f"extractor start-up:     {startup:.2f} s")
    print(f"extraction:             {extract_s:.1f} s = {n / extract_s if extract_s else 0:,.0f} articles/s")
    print(f"  clean_article alone:  {clean_s:.1f} s")
    print(f"simple_word_tokenize:   {tokenize_s:.1f} s (same texts, same run)")
    print(f"ratio extract/tokenize: {ratio:.2f} (goal <= 1.0)")
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
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
