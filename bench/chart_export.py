"""How long chart export and the briefing pack take (prints numbers, asserts nothing).

    .venv/bin/python bench/chart_export.py [--db data/incidents.duckdb] [--repeat 5]

Measures, on this machine's system Chromium via kaleido:
  - the first export (starts the browser) and later ones (browser kept alive),
    per format, for the dashboard's real figures (map, timeline, actor matrix)
    built from the database, or from the seed-like test store when no --db;
  - the briefing PDF: collect (queries), chart images, layout (fpdf2).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard import brief, figures, images, query  # noqa: E402
from store.filters import Filters  # noqa: E402


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def open_store(db: str | None):
    from store.database import Store
    if db:
        return Store(db)
    from tests.test_brief import build_seed_store  # the 5 seed articles, stand-in extractor
    path = Path(tempfile.mkdtemp(prefix="bench-charts-")) / "seeds.duckdb"
    return build_seed_store(path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="incident database (default: a seed store built in a temp dir)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    store, filters = open_store(args.db), Filters()
    h = query.headline(store, filters)
    rng = (h["date_min"], h["date_max"])
    figs = {"map": figures.map_figure(query.map_points(store, filters)),
            "timeline": figures.timeline_figure(query.timeline(store, filters)),
            "matrix": figures.matrix_figure(query.actor_matrix(store, filters))}
    print(f"database: {args.db or 'seed test store'}  incidents: {h['incidents']}")
    try:
        images.browser_path()
    except images.ChartExportUnavailable as exc:
        print(f"no chart export: {exc}")
        return 1

    first, data = timed(lambda: images.chart_bytes(figs["timeline"], "png", title="t",
                                                   filters=filters, date_range=rng))
    print(f"first export (starts Chromium) timeline png: {first:.2f} s, {len(data) // 1024} KiB")
    print(f"{'chart':<10}{'fmt':<5}{'median s':>10}{'max s':>8}{'KiB':>8}")
    for name, fig in figs.items():
        for fmt in images.FORMATS:
            def export(fig=fig, fmt=fmt, name=name):  # bind this loop's chart and format
                return images.chart_bytes(fig, fmt, title=name, filters=filters, date_range=rng)
            runs = [timed(export) for _ in range(args.repeat)]
            secs = [t for t, _ in runs]
            print(f"{name:<10}{fmt:<5}{statistics.median(secs):>10.3f}{max(secs):>8.3f}"
                  f"{len(runs[-1][1]) // 1024:>8}")

    t_collect, data = timed(lambda: brief.collect(store, filters))
    t_charts, charts = timed(lambda: brief.chart_images(data))
    t_layout, pdf = timed(lambda: brief.render_pdf(data, charts))
    print(f"briefing pack: collect {t_collect:.2f} s, charts {t_charts:.2f} s, "
          f"layout {t_layout:.2f} s, {len(pdf) // 1024} KiB, {len(data.incidents)} incidents")
    images.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
