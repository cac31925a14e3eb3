"""`incidents brief [--db DB] [filters] -o FILE.pdf`: the briefing pack.

The filters are the export command's (cli/filter_options.py), so a pack and
an export made with the same flags cover the same incidents. Failures are
named errors, one line on stderr (cli/main.py).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from extract.errors import ResourceError

from .filter_options import add_filter_arguments, filters_from_args


def add_commands(sub) -> None:
    p = sub.add_parser(
        "brief", help="write a PDF briefing pack",
        description="Write a PDF briefing pack: headline figures, map, timeline, "
                    "actor matrix and a table of incidents with their Arabic evidence.")
    p.add_argument("--db", metavar="DB",
                   help="incident database (default: $INCIDENTS_DB or data/incidents.duckdb)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--no-charts", action="store_true",
                   help="skip the chart images (no browser needed)")
    add_filter_arguments(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from dashboard import brief, images
    from store.database import Store

    db = args.db or os.environ.get("INCIDENTS_DB") or "data/incidents.duckdb"
    if not Path(db).is_file():
        raise ResourceError(f"no incident database at {db} "
                            "(create it with: incidents ingest PATH... --db DB)")
    out = Path(args.output)
    filters = filters_from_args(args)
    try:
        data = brief.collect(Store(db), filters, with_figures=not args.no_charts)
    except Exception as exc:  # a corrupt or foreign file: say which, do not trace back
        raise ResourceError(f"cannot read {db}: {type(exc).__name__}: {exc}".splitlines()[0]) from exc
    # the browser draws the charts while the PDF's text is laid out
    pending = ({}, "Charts were not requested (--no-charts).") if args.no_charts \
        else brief.chart_images_in_background(data)
    pdf = brief.render_pdf(data, pending)
    charts, note = brief.charts_result(pending)
    if note and not args.no_charts:
        print(f"brief: {note}", file=sys.stderr)
    images.shutdown()  # the browser is not needed any more; do not wait for atexit
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pdf)
    except OSError as exc:
        raise ResourceError(f"cannot write {out}: {exc.strerror or exc}") from exc
    print(f"wrote {out}: {len(data.incidents)} incidents ({filters.describe()}), "
          f"{len(charts)} charts, {len(pdf) // 1024} KiB")
    return 0
