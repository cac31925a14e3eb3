"""Analyst review: validate an action, and apply a review history to a merged
incident. Reviews are stored beside the extraction (table `reviews`), never
over it; every action is kept and, field by field, the latest wins.

Status of an incident, from its history:
  rejected    the latest confirm/reject/correct action is a reject
  corrected   otherwise, when any field has been corrected
  confirmed   otherwise, when it has been confirmed
  unreviewed  no review at all
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from extract.errors import InputError
from extract.ontology import ACTORS, EVENT_TYPES, SUB_EVENT_TYPES, WEAPONS, bloc_of, event_type_of

from .merge import summary

ACTIONS = ("confirm", "reject", "correct")
STATUSES = ("unreviewed", "confirmed", "corrected", "rejected")


def _text(v):
    v = None if v is None else str(v).strip()
    return v or None


def _actor(v):
    v = _text(v)
    if v is not None and v not in ACTORS:
        raise InputError(f"unknown actor {v!r}; one of: {', '.join(ACTORS)}")
    return v


def _choice(options):
    def parse(v):
        v = _text(v)
        if v is not None and v not in options:
            raise InputError(f"{v!r} is not one of: {', '.join(options)}")
        return v
    return parse


# the store's INTEGER columns (fatalities, injured): a larger count cannot be stored
MAX_COUNT = 2**31 - 1


def _int(v):
    v = _text(v)
    if v is None:
        return None
    n = int(v)
    if not 0 <= n <= MAX_COUNT:
        raise InputError(f"{n} is outside the range 0..{MAX_COUNT}")
    return n


def _coordinate(limit):
    def parse(v):
        v = _text(v)
        if v is None:
            return None
        x = float(v)
        if not -limit <= x <= limit:
            raise InputError(f"{x} is outside ±{limit}")
        return x
    return parse


def _date(v):
    if isinstance(v, date):
        return v.isoformat()
    v = _text(v)
    return None if v is None else date.fromisoformat(v).isoformat()


def _weapons(v):
    items = v if isinstance(v, (list, tuple)) else (_text(v) or "").split(",")
    items = [w.strip() for w in items if w and w.strip()]
    bad = [w for w in items if w not in WEAPONS]
    if bad:
        raise InputError(f"unknown weapon {bad[0]!r}; one of: {', '.join(WEAPONS)}")
    return sorted(set(items))


# field -> parser of the analyst's value (a CLI string or a Python value)
CORRECTABLE = {
    "actor1": _actor, "actor2": _actor,
    "site": _text, "site_ar": _text, "admin1": _text,
    "lat": _coordinate(90), "lon": _coordinate(180),
    "event_date": _date, "date_precision": _choice(("day", "approximate", "unknown")),
    "event_type": _choice(EVENT_TYPES), "sub_event_type": _choice(tuple(SUB_EVENT_TYPES)),
    "fatalities": _int, "injured": _int, "weapons": _weapons,
}


def parse_correction(field: str, value) -> object:
    """The value to store for a correction; InputError (a ValueError) with a readable message."""
    if field not in CORRECTABLE:
        raise InputError(f"cannot correct {field!r}; correctable fields: {', '.join(CORRECTABLE)}")
    try:
        return CORRECTABLE[field](value)
    except ValueError as e:  # int(), float(), date.fromisoformat() or a parser above
        raise InputError(f"bad value for {field}: {e}") from None


def validate(action: str, field: str | None, value, who: str) -> str | None:
    """Check one review action; return the JSON to store as its value."""
    if action not in ACTIONS:
        raise InputError(f"unknown review action {action!r}; one of: {', '.join(ACTIONS)}")
    if not (who or "").strip():
        raise InputError("a review needs the reviewer's name (who)")
    if action != "correct":
        return None
    if not field:
        raise InputError("a correction needs a field")
    return json.dumps(parse_correction(field, value), ensure_ascii=False)


def apply_reviews(row: dict, reviews: Iterable[dict]) -> dict:
    """The merged incident with its reviews (oldest first) applied."""
    out = dict(row)
    status, corrected = None, False
    sub_event_corrected_at = event_type_corrected_at = -1
    for i, r in enumerate(reviews):
        action = r["action"]
        if action not in ACTIONS:  # merge / split entries are history, not status
            continue
        if action == "correct":
            try:  # checked again: a row stored by an older version must not break the store
                value = json.loads(r["value"]) if r.get("value") is not None else None
                value = parse_correction(r["field"], value)
            except (ValueError, TypeError):
                continue
            if r["field"] == "event_date" and value is not None:
                value = date.fromisoformat(value)
            out[r["field"]] = value
            corrected = True
            sub_event_corrected_at = i if r["field"] == "sub_event_type" else sub_event_corrected_at
            event_type_corrected_at = i if r["field"] == "event_type" else event_type_corrected_at
        status = action
    if sub_event_corrected_at > event_type_corrected_at and out.get("sub_event_type"):
        out["event_type"] = event_type_of(out["sub_event_type"])
    if status is None:
        out["review_status"] = "unreviewed"
    elif status == "reject":
        out["review_status"] = "rejected"
    else:
        out["review_status"] = "corrected" if corrected else "confirmed"
    out["bloc1"], out["bloc2"] = bloc_of(out.get("actor1")), bloc_of(out.get("actor2"))
    out["summary"] = summary(out)
    return out
