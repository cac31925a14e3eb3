"""The store commands: incidents {ingest,export,review,merge,split,reviews}.

Each adds its parser to the `incidents` command (cli/main.py) and calls the
store (store/). Failures are one line on stderr (cli/main.py; exit codes in
the README), never a traceback.

INCIDENTS_EXTRACTOR=module:Class (optional) swaps the extractor, for tests
and experiments (the module must be importable; a class or a factory).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from extract.errors import InputError
from extract.ontology import SUB_EVENT_TYPES
from store.database import Store
from store.export import FORMATS, export
from store.filters import Filters

from .filter_options import add_filter_arguments, filters_from_args


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="DB", help="DuckDB file (default: $INCIDENTS_DB or data/incidents.duckdb)")


def _analyst_args(p: argparse.ArgumentParser) -> None:
    """Who corrects the store and why (review, merge, split), and which store."""
    p.add_argument("--who", required=True, metavar="NAME", help="the analyst's name")
    p.add_argument("--why", default="", metavar="TEXT", help="the reason (kept in the history)")
    _db_arg(p)


def add_commands(sub) -> None:
    """ingest, export, review, merge, split and reviews, on the `incidents` subparsers."""
    p = sub.add_parser("ingest", help="extract articles and store them (idempotent)",
                       description="Extract articles and store them in the incident database. "
                       "An unchanged article is skipped, a changed one replaces its reports.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="article files or folders (.txt .html .jsonl .zip .jsonl.gz)")
    p.add_argument("--metadata", metavar="CSV", help="CSV: article_id, published, outlet, url")
    p.add_argument("--wait", type=float, default=60.0, metavar="S",
                   help="seconds to wait for another ingest to finish (default 60)")
    _db_arg(p)
    p.set_defaults(handler=_ingest)

    p = sub.add_parser("export", help="export merged, reviewed incidents",
                       description="Export the merged incidents (analyst reviews applied) that "
                       "match the filters, with their sources.")
    p.add_argument("--format", required=True, choices=FORMATS, help="the file format")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="output file; '-' = standard output")
    add_filter_arguments(p)  # the same flags as `brief` (cli/filter_options.py)
    p.add_argument("--include-rejected", action="store_true",
                   help="also incidents an analyst rejected (left out by default)")
    _db_arg(p)
    p.set_defaults(handler=_export)

    p = sub.add_parser("review", help="confirm, reject or correct an incident",
                       description="Each --set FIELD=VALUE is stored as its own correction "
                       "beside the extraction (never over it); the latest wins. Fields: actor1, "
                       "actor2, site, site_ar, admin1, lat, lon, event_date, date_precision, "
                       "event_type, sub_event_type, fatalities, injured, weapons (comma list). "
                       "An empty VALUE clears the field.")
    p.add_argument("incident_id", metavar="INCIDENT_ID")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--confirm", action="store_true", help="the incident is right as shown")
    g.add_argument("--reject", action="store_true", help="not a real incident (left out of the counts)")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="correct one field (repeatable)")
    _analyst_args(p)
    p.set_defaults(handler=_review)

    p = sub.add_parser("merge", help="merge incidents into one (survives re-ingest)",
                       description="Merge incidents the automatic merger kept apart; the "
                       "merge survives re-ingest.")
    p.add_argument("incident_ids", nargs="+", metavar="INCIDENT_ID")
    _analyst_args(p)
    p.set_defaults(handler=_merge)

    p = sub.add_parser("split", help="take reports out of an incident into a new one",
                       description="The named reports (ids as in reports_view / `reviews`) "
                       "become one incident, the rest stay; the split survives re-ingest.")
    p.add_argument("incident_id", metavar="INCIDENT_ID")
    p.add_argument("--report", action="append", required=True, metavar="REPORT_ID",
                   help="a report to take out (repeatable)")
    _analyst_args(p)
    p.set_defaults(handler=_split)

    p = sub.add_parser("reviews", help="the review history of an incident (oldest first)",
                       description="Print every review, merge and split of an incident, oldest first.")
    p.add_argument("incident_id", metavar="INCIDENT_ID")
    _db_arg(p)
    p.set_defaults(handler=_reviews)


def _extractor():
    spec = os.environ.get("INCIDENTS_EXTRACTOR")
    if not spec:
        return None  # Store.ingest loads the real pipeline
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)()


def _progress(total: int | None):
    """Totals and time left: a bar on a terminal, a line every 10 s in a log."""
    from intake.progress import Progress
    bar = Progress("ingest", total)

    def update(done: int, _total, label: str) -> None:
        bar.update(done, label)
    return update, bar


def _ingest(a) -> int:
    from extract.readers import count_articles, iter_articles
    store = Store(a.db)
    update, bar = _progress(count_articles(a.paths))
    try:
        summary = store.ingest(iter_articles(a.paths, a.metadata), progress=update,
                               extractor=_extractor(), wait=a.wait)
    except KeyboardInterrupt:
        print("ingest: interrupted; finished articles are stored, run again to complete", file=sys.stderr)
        return 130
    finally:
        if bar is not None:
            bar.close()
    for problem in summary.problems:
        print(problem, file=sys.stderr)
    s = store.stats()
    print(f"ingest: {summary.articles_read} articles read ({summary.articles_new} new, "
          f"{summary.articles_changed} changed, {summary.articles_unchanged} unchanged"
          f"{f', {summary.copies} syndicated copies' if summary.copies else ''}), "
          f"{summary.incidents} incidents extracted, {len(summary.problems)} problem(s); "
          f"{store.path} now holds {s['articles']} articles, {s['reports']} reports, "
          f"{s['incidents']} merged incidents")
    return 0 if summary.articles_read else 2


def _filters(a) -> Filters:
    base = filters_from_args(a)
    # --event-type also accepts a sub-event type ("Air/drone strike")
    subs = tuple(t for t in base.event_types if t in SUB_EVENT_TYPES)
    return base.with_(event_types=tuple(t for t in base.event_types if t not in subs),
                      sub_event_types=subs, include_rejected=a.include_rejected)


def _review(a) -> int:
    store = Store(a.db)
    if not (a.confirm or a.reject or a.set):
        raise InputError("review needs --confirm, --reject or --set FIELD=VALUE")
    corrections = []
    for item in a.set:
        field, sep, value = item.partition("=")
        if not sep:
            raise InputError(f"--set {item!r}: expected FIELD=VALUE")
        corrections.append((field.strip(), value))
    actions = [("correct", field, value) for field, value in corrections]
    if a.confirm or a.reject:
        actions.append(("confirm" if a.confirm else "reject", None, None))
    store.review_all(a.incident_id, actions, who=a.who, why=a.why)  # all or nothing
    status = store.query("SELECT review_status, summary FROM incidents_view WHERE incident_id = ?",
                         [a.incident_id])
    if len(status):
        print(f"{a.incident_id}: {status.iloc[0]['review_status']} — {status.iloc[0]['summary']}")
    return 0


def _export(a) -> int:
    to_stdout = a.output == "-"  # as for `run`: '-' is standard output, not a file named '-'
    summary = export(Store(a.db), _filters(a), a.format,
                     getattr(sys.stdout, "buffer", sys.stdout) if to_stdout else a.output)
    sys.stdout.flush()
    print(f"export: {summary.message()} to {'standard output' if to_stdout else a.output}", file=sys.stderr)
    return 0


def _merge(a) -> int:
    print(f"merged into {Store(a.db).merge(a.incident_ids, who=a.who, why=a.why)}")
    return 0


def _split(a) -> int:
    print("split into " + ", ".join(Store(a.db).split(a.incident_id, a.report, who=a.who, why=a.why)))
    return 0


def _reviews(a) -> int:
    history = Store(a.db).review_history(a.incident_id)
    if history.empty:
        print(f"{a.incident_id}: no reviews")
    for r in history.astype(object).where(history.notna(), None).to_dict("records"):
        what = f"{r['action']} {r['field']} = {r['value']}" if r["field"] else r["action"]
        if r["action"] in ("merge", "split") and r["value"]:
            what += f" {r['value']}"
        print("  ".join(x for x in (f"{r['reviewed_at']:%Y-%m-%d %H:%M:%S}", r["who"], what, r["why"]) if x))
    return 0
