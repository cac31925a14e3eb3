"""Cross-report deduplication: which reports (incidents as extracted from one
article each) describe the same act, and what the merged incident says.

Pure functions over plain dicts (rows of the `reports` table); the store
feeds them and materialises the result. Rules (issue #store):
  * dates within one day, or both unknown and published within one day;
  * same site name, or coordinates within 10 km (geopy);
  * compatible actor blocs on both sides (Unknown is compatible with anything);
  * compatible sub-event types (equal, "Other", or the same ACLED event type);
  * never two reports of the same article (the extractor merged those already);
  * analyst constraints win: must-link pairs are joined first, cannot-link
    pairs are never joined, whatever the rules say.
Merging is complete-linkage (every cross pair must be compatible), so a chain
of near neighbours cannot drag unrelated reports into one cluster.
The merged incident's id is its smallest report id: stable across runs, and a
review keyed on it follows that report wherever re-clustering puts it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from geopy.distance import geodesic

from extract.ontology import bloc_of, event_type_of

MAX_KM = 10.0
MAX_DAYS = 1


class _UnionFind:
    # hand-written: a dozen lines, and the merge test must see cluster
    # members, which scipy/networkx component helpers would add a dependency for
    def __init__(self, keys: Iterable[str]):
        self.parent = {k: k for k in keys}
        self.members = {k: [k] for k in self.parent}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> str:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return ra


def _day(v) -> int | None:
    if v is None:
        return None
    if isinstance(v, str):
        v = date.fromisoformat(v[:10])
    if isinstance(v, datetime):
        v = v.date()
    return v.toordinal()


def _blocs_compatible(x: str | None, y: str | None) -> bool:
    bx, by = bloc_of(x), bloc_of(y)
    return bx == by or "Unknown" in (bx, by)


def _distance_km(a: dict, b: dict) -> float | None:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return None
    # cheap box test first: 0.2 degrees is over 10 km anywhere in the region
    if abs(a["lat"] - b["lat"]) > 0.2 or abs(a["lon"] - b["lon"]) > 0.3:
        return float("inf")
    return geodesic((a["lat"], a["lon"]), (b["lat"], b["lon"])).km


def same_place(a: dict, b: dict) -> bool:
    if a.get("site") and b.get("site") and a["site"].casefold() == b["site"].casefold():
        return True
    km = _distance_km(a, b)
    return km is not None and km <= MAX_KM


def same_time(a: dict, b: dict) -> bool:
    da, db = _day(a.get("event_date")), _day(b.get("event_date"))
    if da is not None and db is not None:
        return abs(da - db) <= MAX_DAYS
    if da is None and db is None:
        pa, pb = _day(a.get("published")), _day(b.get("published"))
        return pa is not None and pb is not None and abs(pa - pb) <= MAX_DAYS
    return False


def types_compatible(a: dict, b: dict) -> bool:
    sa, sb = a.get("sub_event_type"), b.get("sub_event_type")
    return sa == sb or "Other" in (sa, sb) or event_type_of(sa) == event_type_of(sb)


def compatible(a: dict, b: dict) -> bool:
    """Could these two reports (of different articles) be the same act?"""
    return (a["article_id"] != b["article_id"] and same_time(a, b) and same_place(a, b)
            and _blocs_compatible(a.get("actor1"), b.get("actor1"))
            and _blocs_compatible(a.get("actor2"), b.get("actor2"))
            and types_compatible(a, b))


def _candidate_pairs(reports: Sequence[dict]) -> Iterable[tuple[dict, dict]]:
    """Pairs close enough in time to compare (blocking by day keeps this near linear)."""
    by_day: dict[tuple[bool, int], list[dict]] = {}
    for r in reports:
        d = _day(r.get("event_date"))
        key = (True, d) if d is not None else (False, _day(r.get("published")))
        if key[1] is not None:
            by_day.setdefault(key, []).append(r)
    for (known, day), group in sorted(by_day.items()):
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                yield a, b
        for b in by_day.get((known, day + 1), ()):
            for a in group:
                yield a, b


def cluster(reports: Sequence[dict], must_link: Iterable[tuple[str, str]] = (),
            cannot_link: Iterable[tuple[str, str]] = ()) -> list[list[str]]:
    """Clusters of report ids, each sorted, the list sorted by incident id."""
    by_id = {r["report_id"]: r for r in reports}
    uf = _UnionFind(sorted(by_id))
    for a, b in must_link:
        if a in by_id and b in by_id:
            uf.union(a, b)
    forbidden = {frozenset(p) for p in cannot_link}

    candidates = []
    for a, b in _candidate_pairs(reports):
        if compatible(a, b):
            km = _distance_km(a, b)
            candidates.append((km if km is not None else 0.0, min(a["report_id"], b["report_id"]),
                               max(a["report_id"], b["report_id"])))
    for _, a, b in sorted(candidates):  # nearest first, then by id: deterministic
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            continue
        ma, mb = uf.members[ra], uf.members[rb]
        if {by_id[x]["article_id"] for x in ma} & {by_id[y]["article_id"] for y in mb}:
            continue
        if any(frozenset((x, y)) in forbidden for x in ma for y in mb):
            continue
        if all(compatible(by_id[x], by_id[y]) for x in ma for y in mb):
            uf.union(a, b)
    return sorted((sorted(m) for m in uf.members.values()), key=lambda m: m[0])


def primary(members: Sequence[dict]) -> dict:
    """The report the merged incident's type, actors, place and evidence come
    from: the most confident, then the smallest id (export.to_record agrees)."""
    return min(members, key=lambda r: (-(r.get("confidence") or 0.0), r["report_id"]))


def _minmax(values: Iterable) -> tuple:
    vs = [int(v) for v in values if v is not None and v == v]
    return (min(vs), max(vs)) if vs else (None, None)


def combine(members: Sequence[dict]) -> dict:
    """One merged incident (incidents table row, before reviews) from its reports.
    Each source's own figures are kept in `reports`; here min/max and the
    merged figure (the max: the latest, fullest count is usually the highest)."""
    members = sorted(members, key=lambda r: r["report_id"])
    p = primary(members)
    row = {k: p.get(k) for k in ("date_precision", "event_type", "sub_event_type", "site",
                                  "site_ar", "admin1", "country", "lat", "lon",
                                  "geo_precision", "geonameid", "launch_site")}
    row["incident_id"] = members[0]["report_id"]
    row["report_ids"] = [m["report_id"] for m in members]
    row["event_type"] = row["event_type"] or event_type_of(p.get("sub_event_type"))
    # a named side beats Unknown even if it comes from a less confident report
    for side in ("actor1", "actor2"):
        named = [m.get(side) for m in [p, *members] if m.get(side) not in (None, "Unknown")]
        row[side] = named[0] if named else (p.get(side) or ("Unknown" if side == "actor1" else None))
    if row["lat"] is None:
        located = [m for m in members if m.get("lat") is not None]
        if located:
            best = min(located, key=lambda m: (m.get("geo_precision") or 9, m["report_id"]))
            for k in ("site", "site_ar", "admin1", "country", "lat", "lon", "geo_precision", "geonameid"):
                row[k] = best.get(k)
    days = sorted(d for d in (_day(m.get("event_date")) for m in members if m.get("date_precision") == "day") if d)
    days = days or sorted(d for d in (_day(m.get("event_date")) for m in members) if d)
    row["event_date"] = date.fromordinal(days[0]) if days else None
    if days and row["date_precision"] == "unknown":
        row["date_precision"] = "approximate"
    row["fatalities_min"], row["fatalities_max"] = _minmax(m.get("fatalities") for m in members)
    row["injured_min"], row["injured_max"] = _minmax(m.get("injured") for m in members)
    row["fatalities"], row["injured"] = row["fatalities_max"], row["injured_max"]
    row["weapons"] = sorted({w for m in members for w in (m.get("weapons") or [])})
    row["reported_by"] = sorted({w for m in members for w in (m.get("reported_by") or [])})
    row["sources"] = sorted({m["article_id"] for m in members})
    row["n_sources"] = len(row["sources"])
    row["outlets"] = sorted({m["outlet"] for m in members if m.get("outlet")})
    row["confidence"] = max((m.get("confidence") or 0.0) for m in members)
    row["bloc1"], row["bloc2"] = bloc_of(row["actor1"]), bloc_of(row["actor2"])
    return row


def summary(row: dict) -> str:
    """One-line English summary, e.g. "Iran-backed militias → US forces:
    Shelling/artillery/missile attack at al-Omar oil field (rockets), 2021-06-28"."""
    weapons = f" ({', '.join(row['weapons'])})" if row.get("weapons") else ""
    when = row["event_date"].isoformat() if row.get("event_date") else "date unknown"
    return (f"{row.get('actor1') or 'Unknown'} → {row.get('actor2') or 'Unknown'}: "
            f"{row.get('sub_event_type') or 'Incident'} at {row.get('site') or 'unknown place'}"
            f"{weapons}, {when}")
