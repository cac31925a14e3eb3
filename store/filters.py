"""The filters every view shares (sidebar, CLI export, briefing), as one value.

Contract with the store: filters apply to the DuckDB view `incidents_view`
(one row per merged incident, analyst reviews applied), whose columns are
listed in VIEW_COLUMNS. The same Filters value produces the dashboard's
charts, `python -m cli export` and the briefing pack, so their numbers
agree by construction.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

# Columns of incidents_view (store/database.py creates it).
VIEW_COLUMNS: dict[str, str] = {
    "incident_id": "VARCHAR",        # merged incident id (cluster id)
    "event_date": "DATE",            # NULL when unknown
    "date_precision": "VARCHAR",
    "event_type": "VARCHAR",
    "sub_event_type": "VARCHAR",
    "actor1": "VARCHAR",
    "actor2": "VARCHAR",
    "bloc1": "VARCHAR",
    "bloc2": "VARCHAR",
    "weapons": "VARCHAR[]",
    "site": "VARCHAR",               # location.name (English)
    "site_ar": "VARCHAR",            # location.name_ar
    "admin1": "VARCHAR",
    "country": "VARCHAR",
    "lat": "DOUBLE",
    "lon": "DOUBLE",
    "geo_precision": "INTEGER",
    "geonameid": "BIGINT",
    "launch_site": "VARCHAR",
    "fatalities": "INTEGER",         # the merged figure (max of sources unless corrected)
    "fatalities_min": "INTEGER",
    "fatalities_max": "INTEGER",
    "injured": "INTEGER",
    "injured_min": "INTEGER",
    "injured_max": "INTEGER",
    "reported_by": "VARCHAR[]",
    "sources": "VARCHAR[]",          # article ids
    "n_sources": "INTEGER",          # corroboration count
    "outlets": "VARCHAR[]",
    "confidence": "DOUBLE",
    "review_status": "VARCHAR",      # unreviewed / confirmed / corrected / rejected
    "summary": "VARCHAR",            # one-line English summary
}


# the filters on either side: (columns, field); matching() splits the first one set
EITHER_SIDE = ((("bloc1", "bloc2"), "blocs"), (("actor1", "actor2"), "actors"))


def _tuple(v) -> tuple:
    if v is None or v == "":
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(x for x in v if x not in (None, ""))


@dataclass(frozen=True)
class Filters:
    since: date | None = None
    until: date | None = None
    actors: tuple[str, ...] = ()        # either side (actor1 or actor2)
    blocs: tuple[str, ...] = ()         # either side
    sites: tuple[str, ...] = ()         # English site names
    admin1: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    min_confidence: float = 0.0
    reviewed_only: bool = False
    include_rejected: bool = False
    incident_ids: tuple[str, ...] = ()  # a selection made on a chart (map markers)
    actor1: str | None = None           # a cell picked on the actor matrix
    actor2: str | None = None

    def __post_init__(self):
        for f in fields(self):
            if f.type.startswith("tuple"):
                object.__setattr__(self, f.name, _tuple(getattr(self, f.name)))

    def matching(self, view: str = "incidents_view") -> tuple[str, list]:
        """`view` narrowed to the incidents where() selects, as the rest of a
        FROM: "<FROM item> WHERE <clause>" and its parameters, so a query
        reads `SELECT ... FROM {sql}` and may append " AND ..." to it.

        A filter on either side (`bloc1 IN (..) OR bloc2 IN (..)`) is an OR
        over two columns, which DuckDB evaluates after its scan: every row
        passing the other filters was decoded, every column the query reads
        (480,000 rows at a million incidents, for one bloc's 14,000). Split
        into two disjoint halves, a UNION ALL of `c1 IN (..)` and `c2 IN (..)
        AND c1 NOT IN (..)` (or NULL), each half's filters are on one column
        and go into the scan, where the store's order (bloc1, actor1:
        store.schema.INCIDENTS_ORDER) lets the first half skip every row
        group without the value (the headline's columns for one bloc at a
        million incidents: 0.24 s -> 0.03 s in DuckDB). On a file in arrival
        order the two scans cost more than the OR did. The rows are the same."""
        split = next(((cols, f) for cols, f in EITHER_SIDE if getattr(self, f)), None)
        if split is None:
            sql, params = self.where()
            return f"{view} WHERE {sql}", params
        (c1, c2), field = split
        values = getattr(self, field)
        rest, rest_params = self.where(skip=field)
        marks = ", ".join("?" for _ in values)
        first = f"SELECT * FROM {view} WHERE {c1} IN ({marks}) AND {rest}"
        second = (f"SELECT * FROM {view} WHERE {c2} IN ({marks}) "
                  f"AND ({c1} IS NULL OR {c1} NOT IN ({marks})) AND {rest}")
        params = [*values, *rest_params, *values, *values, *rest_params]
        return f"({first} UNION ALL {second}) AS {view} WHERE TRUE", params

    def where(self, skip: str | None = None) -> tuple[str, list]:
        """SQL WHERE clause (without the keyword) and its parameters; `skip`
        ("blocs" or "actors") leaves out that either-side filter, which
        matching() applies as two halves."""
        clauses: list[str] = []
        params: list = []
        if self.since:
            clauses.append("event_date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("event_date <= ?")
            params.append(self.until)

        def any_of(cols: tuple[str, ...], values: tuple[str, ...]):
            if values:
                marks = ", ".join("?" for _ in values)
                clauses.append("(" + " OR ".join(f"{c} IN ({marks})" for c in cols) + ")")
                for _ in cols:
                    params.extend(values)

        if skip != "actors":
            any_of(("actor1", "actor2"), self.actors)
        if skip != "blocs":
            any_of(("bloc1", "bloc2"), self.blocs)
        any_of(("site",), self.sites)
        any_of(("admin1",), self.admin1)
        any_of(("event_type",), self.event_types)
        any_of(("sub_event_type",), self.sub_event_types)
        any_of(("incident_id",), self.incident_ids)
        if self.weapons:
            clauses.append("list_has_any(weapons, ?::VARCHAR[])")
            params.append(list(self.weapons))
        if self.outlets:
            clauses.append("list_has_any(outlets, ?::VARCHAR[])")
            params.append(list(self.outlets))
        if self.actor1:
            clauses.append("actor1 = ?")
            params.append(self.actor1)
        if self.actor2:
            clauses.append("coalesce(actor2, 'Unknown') = ?")
            params.append(self.actor2)
        if self.min_confidence:
            clauses.append("confidence >= ?")
            params.append(float(self.min_confidence))
        if self.reviewed_only:
            clauses.append("review_status IN ('confirmed', 'corrected')")
        if not self.include_rejected:
            clauses.append("review_status <> 'rejected'")
        return (" AND ".join(clauses) or "TRUE"), params

    def describe(self) -> str:
        """Human-readable summary for chart subtitles and the briefing."""
        parts = []
        if self.since or self.until:
            parts.append(f"{self.since or '…'} to {self.until or '…'}")
        for label, values in (("actors", self.actors), ("blocs", self.blocs),
                              ("sites", self.sites), ("governorates", self.admin1),
                              ("event types", self.event_types),
                              ("sub-event types", self.sub_event_types),
                              ("weapons", self.weapons), ("outlets", self.outlets)):
            if values:
                parts.append(f"{label}: {', '.join(values)}")
        if self.actor1 or self.actor2:
            parts.append(f"{self.actor1 or 'any'} → {self.actor2 or 'any'}")
        if self.incident_ids:
            parts.append(f"{len(self.incident_ids)} selected incidents")
        if self.min_confidence:
            parts.append(f"confidence ≥ {self.min_confidence:g}")
        if self.reviewed_only:
            parts.append("reviewed only")
        if self.include_rejected:
            parts.append("including rejected")
        return "; ".join(parts) or "all incidents"

    # URL query string round trip (st.query_params holds str or list[str])
    def to_query_params(self) -> dict[str, str | list[str]]:
        out: dict[str, str | list[str]] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v in (None, (), False, 0.0, ""):
                continue
            if isinstance(v, tuple):
                out[f.name] = list(v)
            elif isinstance(v, bool):
                out[f.name] = "1"
            else:
                out[f.name] = str(v)
        return out

    @classmethod
    def from_query_params(cls, params) -> Filters:
        """Lenient: unknown keys and unparsable values are ignored."""
        kw = {}
        for f in fields(cls):
            if f.name not in params:
                continue
            getall = getattr(params, "get_all", None)
            raw = getall(f.name) if getall else params[f.name]
            values = raw if isinstance(raw, list) else [raw]
            try:
                if f.type.startswith("tuple"):
                    kw[f.name] = tuple(str(v) for v in values if v)
                elif f.type.startswith("date"):
                    kw[f.name] = date.fromisoformat(str(values[-1]))
                elif f.type == "bool":
                    kw[f.name] = str(values[-1]) in ("1", "true", "True")
                elif f.type == "float":
                    kw[f.name] = float(values[-1])
                else:
                    kw[f.name] = str(values[-1]) or None
            except (ValueError, TypeError, IndexError):
                continue
        return cls(**kw)

    def with_(self, **changes) -> Filters:
        return replace(self, **changes)
