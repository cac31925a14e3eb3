"""The filter options shared by `python -m cli export` and `... brief`.

One parser fragment, so both commands accept the same flags and map them
onto Filters the same way (and so onto the same rows as the dashboard).
"""
from __future__ import annotations

import argparse
from datetime import date

from store.filters import Filters


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"confidence must be a number from 0 to 1: {text!r}")
    return value


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """--actor/--bloc/--site/--event-type (repeatable), --since/--until, --min-confidence."""
    g = parser.add_argument_group("filters (the dashboard's sidebar)")
    g.add_argument("--actor", action="append", default=[], metavar="NAME",
                   help="either side is this actor (repeatable), e.g. 'US forces'")
    g.add_argument("--bloc", action="append", default=[], metavar="NAME",
                   help="either side belongs to this bloc (repeatable), e.g. Iran-aligned")
    g.add_argument("--site", action="append", default=[], metavar="NAME",
                   help="English site name (repeatable), e.g. 'Conoco gas field'")
    g.add_argument("--event-type", action="append", default=[], metavar="TYPE",
                   help="ACLED event type (repeatable), e.g. Battles")
    g.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="event date on or after")
    g.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="event date on or before")
    g.add_argument("--min-confidence", type=_confidence, default=0.0, metavar="X",
                   help="extractor confidence at least X (0..1)")
    g.add_argument("--reviewed-only", action="store_true",
                   help="only incidents an analyst confirmed or corrected")


def filters_from_args(args: argparse.Namespace) -> Filters:
    return Filters(since=args.since, until=args.until, actors=tuple(args.actor),
                   blocs=tuple(args.bloc), sites=tuple(args.site),
                   event_types=tuple(args.event_type),
                   min_confidence=args.min_confidence,
                   reviewed_only=bool(getattr(args, "reviewed_only", False)))
