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


def days_apart(a: dict, b: dict) -> int:
    """How many days lie between two reports' acts (their publication days when
    neither has an act date; 0 when that cannot be told): the tie-break after
    distance, so that a report joins the same day's act before the next day's."""
    da, db = _day(a.get("event_date")), _day(b.get("event_date"))
    if da is None or db is None:
        da, db = _day(a.get("published")), _day(b.get("published"))
    return abs(da - db) if da is not None and db is not None else 0


def types_compatible(a: dict, b: dict) -> bool:
    sa, sb = a.get("sub_event_type"), b.get("sub_event_type")
    return sa == sb or "Other" in (sa, sb) or event_type_of(sa) == event_type_of(sb)


def compatible(a: dict, b: dict) -> bool:
    """Could these two reports (of different articles) be the same act?"""
    return (a["article_id"] != b["article_id"] and same_time(a, b) and same_place(a, b)
            and _blocs_compatible(a.get("actor1"), b.get("actor1"))
            and _blocs_compatible(a.get("actor2"), b.get("actor2"))
            and types_compatible(a, b))


# ---- clustering, near-linear ------------------------------------------------
# Compatibility depends on a report only through its *signature* (time key,
# site, coordinates, blocs, sub-event type), so reports with one signature are
# interchangeable: a thousand copies of one act are one signature, compared
# once. Candidates are blocked by day and by site name or grid cell (0.2 x 0.3
# degrees, over 10 km everywhere in the region), and complete linkage is
# checked between the clusters' sets of signatures, not their reports.

CELL_LAT, CELL_LON = 0.2, 0.3


def _time_key(r: dict) -> tuple[bool, int] | None:
    d = _day(r.get("event_date"))
    if d is not None:
        return True, d
    p = _day(r.get("published"))
    return (False, p) if p is not None else None


def _signature(r: dict) -> tuple:
    site = r.get("site")
    return (_time_key(r), site.casefold() if site else None, r.get("lat"), r.get("lon"),
            bloc_of(r.get("actor1")), bloc_of(r.get("actor2")), r.get("sub_event_type"))


def _as_report(sig: tuple) -> dict:
    """A stand-in report with the signature's fields, for the pairwise rules."""
    (known_day, site, lat, lon, bloc1, bloc2, sub) = sig
    known, day = known_day if known_day else (True, None)
    when = date.fromordinal(day) if day is not None else None
    return {"event_date": when if known else None, "published": None if known else when,
            "site": site, "lat": lat, "lon": lon, "bloc1": bloc1, "bloc2": bloc2,
            "sub_event_type": sub}


def _signatures_compatible(a: dict, b: dict) -> bool:
    return (same_time(a, b) and same_place(a, b)
            and (a["bloc1"] == b["bloc1"] or "Unknown" in (a["bloc1"], b["bloc1"]))
            and (a["bloc2"] == b["bloc2"] or "Unknown" in (a["bloc2"], b["bloc2"]))
            and types_compatible(a, b))


def differences(sa: tuple, sb: tuple) -> int:
    """On how many of site name, coordinates, blocs and sub-event type two signatures
    differ (0: identical retellings): the tie-break after distance and days.

    Without it the last tie-break was by report id, and a report that two reports
    of one other article could both join (only one may) joined whichever the ids
    put first: the report it only fits through Unknown, "Other" or the event type
    as readily as its identical retelling. Nor could the blocks follow those ids:
    the quadratic rules interleave the pairs of different signature pairs, a block
    takes all its pairs at its first pair's place, so the two disagreed (hypothesis
    found: reports of articles a0 and a4 at al-Omar, 2021-07-01)."""
    return sum(x != y for x, y in zip(sa[1:], sb[1:], strict=True))


def _candidate_signature_pairs(sigs: Sequence[tuple]) -> set[tuple[int, int]]:
    """Index pairs (i <= j) of signatures close enough in time and place to compare:
    the same or the next day, and the same site name or neighbouring grid cells."""
    by_site: dict[tuple, list[int]] = {}
    by_cell: dict[tuple, list[int]] = {}
    for i, (when, site, lat, lon, *_) in enumerate(sigs):
        if when is None:
            continue
        if site:
            by_site.setdefault((when, site), []).append(i)
        if lat is not None and lon is not None:
            by_cell.setdefault((when, int(lat // CELL_LAT), int(lon // CELL_LON)), []).append(i)
    pairs: set[tuple[int, int]] = set()
    for (when, site), group in by_site.items():
        for day in (0, 1):
            other = by_site.get(((when[0], when[1] + day), site), ()) if day else group
            pairs.update((min(i, j), max(i, j)) for i in group for j in other)
    for (when, y, x), group in by_cell.items():
        for day in (0, 1):
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    other = by_cell.get(((when[0], when[1] + day), y + dy, x + dx), ())
                    pairs.update((min(i, j), max(i, j)) for i in group for j in other)
    return pairs


def cluster(reports: Sequence[dict], must_link: Iterable[tuple[str, str]] = (),
            cannot_link: Iterable[tuple[str, str]] = ()) -> list[list[str]]:
    """Clusters of report ids, each sorted, the list sorted by incident id."""
    by_id = {r["report_id"]: r for r in reports}
    ids = sorted(by_id)
    uf = _UnionFind(ids)
    sig_index: dict[tuple, int] = {}
    sig_of: dict[str, int] = {}
    groups: list[list[str]] = []  # signature index -> its report ids, sorted
    for rid in ids:
        sig = _signature(by_id[rid])
        k = sig_index.setdefault(sig, len(sig_index))
        if k == len(groups):
            groups.append([])
        groups[k].append(rid)
        sig_of[rid] = k
    sigs = list(sig_index)
    stand_ins = [_as_report(s) for s in sigs]
    compat_cache: dict[tuple[int, int], bool] = {}

    def sig_compatible(i: int, j: int) -> bool:
        key = (i, j) if i <= j else (j, i)
        if key not in compat_cache:
            compat_cache[key] = _signatures_compatible(stand_ins[key[0]], stand_ins[key[1]])
        return compat_cache[key]

    # what complete linkage needs of each cluster, kept at its root
    articles = {r: {by_id[r]["article_id"]} for r in ids}
    sig_sets = {r: {sig_of[r]} for r in ids}
    forbidden: dict[str, set[str]] = {}
    for a, b in cannot_link:
        if a in by_id and b in by_id:
            forbidden.setdefault(a, set()).add(b)
            forbidden.setdefault(b, set()).add(a)
    constrained = {r: [r] if r in forbidden else [] for r in ids}

    def join(ra: str, rb: str) -> None:
        root = uf.union(ra, rb)
        other = rb if root == ra else ra
        articles[root] |= articles.pop(other)
        sig_sets[root] |= sig_sets.pop(other)
        constrained[root] += constrained.pop(other)

    for a, b in must_link:
        if a in by_id and b in by_id and uf.find(a) != uf.find(b):
            join(uf.find(a), uf.find(b))

    def try_join(a: str, b: str) -> bool:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return True
        small, large = sorted((articles[ra], articles[rb]), key=len)
        if any(x in large for x in small):  # never two reports of one article
            return False
        for r, other in ((ra, rb), (rb, ra)):
            if any(uf.find(y) == other for x in constrained[r] for y in forbidden[x]):
                return False
        if not all(sig_compatible(i, j) for i in sig_sets[ra] for j in sig_sets[rb]):
            return False
        join(ra, rb)
        return True

    edges = []
    for i, j in _candidate_signature_pairs(sigs):
        if not sig_compatible(i, j):
            continue
        km = _distance_km(stand_ins[i], stand_ins[j])
        first = (groups[i][0], groups[j][0]) if i != j else tuple(groups[i][:2])
        if i == j and len(groups[i]) < 2:
            continue
        edges.append((km if km is not None else 0.0, days_apart(stand_ins[i], stand_ins[j]),
                      differences(sigs[i], sigs[j]), min(first), max(first), i, j))
    # nearest in place, then in time, then the most alike, then by id: deterministic
    for *_, i, j in sorted(edges):
        if i == j:
            # one signature: each report joins the first cluster of the group it may join
            heads: list[str] = []
            for rid in groups[i]:
                if not any(try_join(h, rid) for h in heads):
                    heads.append(rid)
        else:
            for ra in _roots(uf, groups[i]):
                for rb in _roots(uf, groups[j]):
                    try_join(ra, rb)
    return sorted((sorted(m) for m in uf.members.values()), key=lambda m: m[0])


def _roots(uf: _UnionFind, members: list[str]) -> list[str]:
    """The distinct clusters holding `members`, in the order of their first member."""
    seen: dict[str, None] = {}
    for m in members:
        seen.setdefault(uf.find(m), None)
    return list(seen)


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
