"""Articles/s extracting the whole SaudiNewsNet corpus: single process, then a
local Dask cluster of 1 and 2 workers (intake/parallel.py, partitions = the
day zips, results as Parquet parts). Prints one line per setting.

    .venv/bin/python bench/dask_corpus.py [--limit-zips N] [--workers 1,2]

The single-process figure is the plain loop (Extractor().extract over
iter_articles, as `incidents run` does); the Dask figures include starting the
cluster, each worker loading its Extractor and writing Parquet, i.e. what a
user of `--workers N` waits for.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit-zips", type=int, help="only the first N day zips")
    ap.add_argument("--workers", default="1,2", help="comma list of local worker counts")
    ap.add_argument("--skip-single", action="store_true")
    a = ap.parse_args()
    zips = sorted(CORPUS.glob("*.zip"))[:a.limit_zips]
    if not zips:
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    from extract.readers import Article, iter_articles
    from intake.parallel import extract_parallel
    print(f"corpus: {len(zips)} zip files in {CORPUS}")
    if not a.skip_single:
        from extract.pipeline import Extractor
        t0 = time.monotonic()
        ex = Extractor()
        load = time.monotonic() - t0
        n = incidents = 0
        t1 = time.monotonic()
        for item in iter_articles(zips):
            if isinstance(item, Article):
                n += 1
                incidents += len(ex.extract(item).incidents)
        run = time.monotonic() - t1
        print(f"single process: {n} articles, {incidents} incidents in {run:.1f} s "
              f"(+{load:.1f} s loading) = {n / run:,.0f} articles/s "
              f"({n / (run + load):,.0f} with loading)")
    for w in (int(x) for x in a.workers.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            result = extract_parallel(zips, tmp, workers=w)
        print(f"dask, {w} worker(s): {result.articles} articles, {result.incidents} incidents in "
              f"{result.seconds:.1f} s (cluster start and extractor loading included) = "
              f"{result.articles / result.seconds:,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
