"""Store commands: python -m cli {ingest,export,review,merge,split,reviews}.

Every failure is one line on stderr naming the file (or the incident), never a
traceback. Exit codes: 0 done; 2 bad input / nothing read; 3 the database is
busy (another ingest or writer held it past the timeout); 1 anything else.

INCIDENTS_EXTRACTOR=module:Class (optional) swaps the extractor, for tests
and experiments (the module must be importable; a class or a factory).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from extract.ontology import SUB_EVENT_TYPES

from store.export import FORMATS, export
from .filter_options import add_filter_arguments, filters_from_args
from store.filters import Filters
from store.database import Store, StoreBusy

COMMANDS = ("ingest", "export", "review", "merge", "split", "reviews")


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="DuckDB file (default: $INCIDENTS_DB or data/incidents.duckdb)")


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m cli", description="the incident store")
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="extract articles and store them (idempotent)")
    p.add_argument("paths", nargs="+", help="article files or folders (.txt .html .jsonl)")
    p.add_argument("--metadata", help="CSV: article_id, published, outlet, url")
    p.add_argument("--wait", type=float, default=60.0,
                   help="seconds to wait for another ingest to finish (default 60)")
    _db_arg(p)

    p = sub.add_parser("export", help="export merged, reviewed incidents")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", required=True, help="output file")
    add_filter_arguments(p)  # the same flags as `brief` (cli/filter_options.py)
    p.add_argument("--include-rejected", action="store_true",
                   help="also incidents an analyst rejected (left out by default)")
    _db_arg(p)

    p = sub.add_parser("review", help="confirm, reject or correct an incident",
                       description="Each --set FIELD=VALUE is stored as its own correction "
                       "beside the extraction (never over it); the latest wins. Fields: actor1, "
                       "actor2, site, site_ar, admin1, lat, lon, event_date, date_precision, "
                       "event_type, sub_event_type, fatalities, injured, weapons (comma list). "
                       "An empty VALUE clears the field.")
    p.add_argument("incident_id")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--confirm", action="store_true")
    g.add_argument("--reject", action="store_true")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    p.add_argument("--who", required=True, help="the analyst's name")
    p.add_argument("--why", default="", help="the reason (kept in the history)")
    _db_arg(p)

    p = sub.add_parser("merge", help="merge incidents into one (survives re-ingest)")
    p.add_argument("incident_ids", nargs="+", metavar="INCIDENT_ID")
    p.add_argument("--who", required=True)
    p.add_argument("--why", default="")
    _db_arg(p)

    p = sub.add_parser("split", help="take reports out of an incident into a new one",
                       description="The named reports (ids as in reports_view / `reviews`) "
                       "become one incident, the rest stay; the split survives re-ingest.")
    p.add_argument("incident_id")
    p.add_argument("--report", action="append", required=True, metavar="REPORT_ID")
    p.add_argument("--who", required=True)
    p.add_argument("--why", default="")
    _db_arg(p)

    p = sub.add_parser("reviews", help="the review history of an incident (oldest first)")
    p.add_argument("incident_id")
    _db_arg(p)
    return top


def _extractor():
    spec = os.environ.get("INCIDENTS_EXTRACTOR")
    if not spec:
        return None  # Store.ingest loads the real pipeline
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)()


def _progress():
    if not sys.stderr.isatty():
        return None, None
    from tqdm import tqdm
    bar = tqdm(unit=" articles", file=sys.stderr)

    def update(done: int, total, label: str) -> None:
        bar.total = total
        bar.n = done
        bar.set_postfix_str(label[-40:], refresh=False)
        bar.refresh()
    return update, bar


def _ingest(store: Store, a) -> int:
    from extract.readers import iter_articles
    update, bar = _progress()
    try:
        summary = store.ingest(iter_articles(a.paths, a.metadata), progress=update,
                               extractor=_extractor(), wait=a.wait)
    finally:
        if bar is not None:
            bar.close()
    for problem in summary.problems:
        print(problem, file=sys.stderr)
    s = store.stats()
    print(f"ingest: {summary.articles_read} articles read ({summary.articles_new} new, "
          f"{summary.articles_changed} changed, {summary.articles_unchanged} unchanged), "
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


def _review(store: Store, a) -> int:
    if not (a.confirm or a.reject or a.set):
        raise ValueError("review needs --confirm, --reject or --set FIELD=VALUE")
    corrections = []
    for item in a.set:
        field, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"--set {item!r}: expected FIELD=VALUE")
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


def _run(a) -> int:
    store = Store(a.db)
    if a.command == "ingest":
        return _ingest(store, a)
    if a.command == "export":
        summary = export(store, _filters(a), a.format, a.output)
        print(f"export: {summary.message()} to {a.output}", file=sys.stderr)
        return 0
    if a.command == "review":
        return _review(store, a)
    if a.command == "merge":
        merged = store.merge(a.incident_ids, who=a.who, why=a.why)
        print(f"merged into {merged}")
        return 0
    if a.command == "split":
        print("split into " + ", ".join(store.split(a.incident_id, a.report, who=a.who, why=a.why)))
        return 0
    history = store.review_history(a.incident_id)
    if history.empty:
        print(f"{a.incident_id}: no reviews")
    for r in history.astype(object).where(history.notna(), None).to_dict("records"):
        what = f"{r['action']} {r['field']} = {r['value']}" if r["field"] else r["action"]
        if r["action"] in ("merge", "split") and r["value"]:
            what += f" {r['value']}"
        print("  ".join(x for x in (f"{r['reviewed_at']:%Y-%m-%d %H:%M:%S}", r["who"], what, r["why"]) if x))
    return 0


def main(argv: list[str]) -> int:
    try:
        a = _parser().parse_args(argv)
    except SystemExit as e:  # argparse already printed its one-line error / help
        return int(e.code or 0)
    try:
        return _run(a)
    except StoreBusy as e:
        print(f"{a.command}: {e}", file=sys.stderr)
        return 3
    except (ValueError, OSError) as e:
        print(f"{a.command}: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{a.command}: interrupted; finished articles are stored, run again to complete",
              file=sys.stderr)
        return 130
    except Exception as e:  # the promise is one line, never a traceback
        print(f"{a.command}: {type(e).__name__}: {e}".splitlines()[0], file=sys.stderr)
        return 1
