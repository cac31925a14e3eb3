"""`python -m cli brief [--db PATH] [filters] -o FILE.pdf`: the briefing pack.

The filters are the export command's (cli/filter_options.py), so a pack
and an export made with the same flags cover the same incidents.
Every failure is one line on stderr naming the file, and a non-zero exit.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .filter_options import add_filter_arguments, filters_from_args


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m cli brief",
        description="Write a PDF briefing pack: headline figures, map, timeline, "
                    "actor matrix and a table of incidents with their Arabic evidence.")
    p.add_argument("--db", metavar="PATH",
                   help="incident database (default: $INCIDENTS_DB or data/incidents.duckdb)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--no-charts", action="store_true",
                   help="skip the chart images (no browser needed)")
    add_filter_arguments(p)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse already printed usage and the one-line reason
        return int(exc.code or 0)
    from dashboard import brief, images
    db = args.db or os.environ.get("INCIDENTS_DB") or "data/incidents.duckdb"
    if not Path(db).is_file():
        print(f"brief: no incident database at {db} "
              "(create it with: python -m cli ingest PATH... --db DB)", file=sys.stderr)
        return 1
    out = Path(args.output)
    filters = filters_from_args(args)
    try:
        store = _open_store(db)
        data = brief.collect(store, filters, with_figures=not args.no_charts)
    except Exception as exc:  # a corrupt or foreign file: say which, do not trace back
        print(f"brief: cannot read {db}: {type(exc).__name__}: {exc}".splitlines()[0],
              file=sys.stderr)
        return 1
    charts, note = ({}, "Charts were not requested (--no-charts).") if args.no_charts \
        else brief.chart_images(data)
    if note and not args.no_charts:
        print(f"brief: {note}", file=sys.stderr)
    pdf = brief.render_pdf(data, (charts, note))
    images.shutdown()  # the browser is not needed any more; do not wait for atexit
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pdf)
    except OSError as exc:
        print(f"brief: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote {out}: {len(data.incidents)} incidents ({filters.describe()}), "
          f"{len(charts)} charts, {len(pdf) // 1024} KiB")
    return 0


def _open_store(db: str):
    from store.database import Store
    return Store(db)
