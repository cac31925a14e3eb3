"""How long the briefing pack takes for a large selection.

    .venv/bin/python bench/brief.py [--n 10000] [--rounds 3] [--no-charts]

Builds a store of N synthetic incidents (bench/dashboard.py's build_store:
tables shaped like the store's views, Arabic titles and evidence, long URLs),
then builds the whole pack (dashboard.brief.briefing_pdf: queries, the map,
timeline and matrix drawn by kaleido in Debian's Chromium, the PDF with its
Arabic text shaped) for every incident, and prints each round and the median.
The first round includes starting Chromium. Each round also prints this
process's CPU seconds (Chromium's own are not counted; it draws the charts
while the PDF's text is laid out) and the load average, because on a shared
machine the wall time follows the load.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard import brief  # noqa: E402
from store.database import Store  # noqa: E402
from store.filters import Filters  # noqa: E402


def build_store(path: Path, n: int) -> None:
    """bench/dashboard.py's synthetic store (loaded by path: bench/ is not a package)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("bench_dashboard", ROOT / "bench" / "dashboard.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.build_store(path, n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-charts", action="store_true")
    args = ap.parse_args()
    db = Path(tempfile.mkdtemp(prefix="bench-brief-")) / "bench.duckdb"
    t = time.perf_counter()
    build_store(db, args.n)
    print(f"store: {args.n:,} incidents built in {time.perf_counter() - t:.1f} s")
    store, times, cpu = Store(db), [], []
    for k in range(args.rounds):
        t, c = time.perf_counter(), time.process_time()
        pdf = brief.briefing_pdf(store, Filters(include_rejected=True),
                                 with_charts=not args.no_charts)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        print(f"round {k + 1}: {times[-1]:.2f} s ({cpu[-1]:.2f} s CPU here), "
              f"{len(pdf) // 1024} KiB, load average {os.getloadavg()[0]:.1f}"
              + (" (includes starting Chromium)" if k == 0 and not args.no_charts else ""))
    print(f"briefing for {args.n:,} incidents: median {statistics.median(times):.2f} s "
          f"({statistics.median(cpu):.2f} s CPU here), max {max(times):.2f} s over "
          f"{len(times)} builds")


if __name__ == "__main__":
    main()
