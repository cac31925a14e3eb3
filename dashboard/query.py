"""The dashboard's questions, asked of the store as SQL over `incidents_view`.

Every function takes the store first and a `Filters` value, and returns a
DataFrame or a plain dict, so the pages, the CLI export and the briefing
count the same way. No Streamlit here. Tallies are computed by DuckDB, not
pandas, so they stay fast at 100,000 incidents.

An empty or missing database gives empty frames with the documented columns
(the store returns a column-less frame then; `_shaped` restores them).
"""
from __future__ import annotations

import pandas as pd

from store.filters import VIEW_COLUMNS, Filters

# Columns a chart may stack or colour by (interpolated into SQL: whitelist).
GROUP_COLUMNS = ("bloc1", "bloc2", "actor1", "actor2", "event_type",
                 "sub_event_type", "site", "admin1", "country", "review_status",
                 "date_precision")
FREQS = ("day", "week", "month")
TIMELINE_COLUMNS = ["period", "group", "incidents", "fatalities", "injured"]
MATRIX_COLUMNS = ["attacker", "target", "incidents"]
MAP_COLUMNS = ["key_lat", "key_lon", "group", "decimals", "lat", "lon", "site", "site_ar",
               "admin1", "geo_precision", "places", "incidents", "fatalities", "injured",
               "date_min", "date_max", "actors", "types", "weapons", "n_sources"]


def _shaped(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    if df is None or df.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    return df


def _group_col(name: str) -> str:
    if name not in GROUP_COLUMNS:
        raise ValueError(f"cannot group by {name!r}; choose one of {', '.join(GROUP_COLUMNS)}")
    return name


def _where(filters: Filters | None, extra: str = "") -> tuple[str, list]:
    """The matching incidents as the rest of a FROM (Filters.matching):
    `FROM {sql}`, to which a query may append " AND ..."."""
    sql, params = (filters or Filters()).matching()
    return (f"{sql} AND {extra}" if extra else sql), params


ORDERS = {  # the Incidents table's orders
    "newest": "event_date DESC NULLS LAST, incident_id",
    "review": "confidence ASC NULLS FIRST, event_date DESC NULLS LAST, incident_id",
}


def incidents(store, filters: Filters, limit: int | None = None,
              search: str | None = None, order: str = "newest",
              offset: int = 0) -> pd.DataFrame:
    """incidents_view rows, newest first (undated last), or with
    order="review" the review queue: unreviewed incidents, lowest confidence
    first. `search` matches the summary, actors, places (English or Arabic)
    and incident id."""
    if order not in ORDERS:
        raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
    where, params = _where(filters)
    if search and search.strip():
        needle = f"%{search.strip()}%"
        cols = ("summary", "actor1", "actor2", "site", "site_ar", "admin1", "incident_id")
        where += " AND (" + " OR ".join(f"{c} ILIKE ?" for c in cols) + ")"
        params += [needle] * len(cols)
    if order == "review":
        where += " AND review_status = 'unreviewed'"
    sql = f"SELECT * FROM {where} ORDER BY {ORDERS[order]}"
    if limit:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f" OFFSET {int(offset)}"
    return _shaped(store.query(sql, params), list(VIEW_COLUMNS))


def incident(store, incident_id: str) -> dict | None:
    """One incidents_view row, whatever its review status."""
    df = store.query("SELECT * FROM incidents_view WHERE incident_id = ?", [incident_id])
    return None if df is None or df.empty else df.iloc[0].to_dict()


OTHER = "Other"  # the stack's smaller groups, merged (timeline)


def timeline(store, filters: Filters, freq: str = "week", stack: str = "bloc1",
             max_groups: int = 12) -> pd.DataFrame:
    """Dated incidents per period and group; undated ones are in undated_count().
    At most `max_groups` groups: the biggest (and Unknown), the rest summed as
    "Other". Each group is a trace of bars in the browser, and at a million
    incidents 35 blocs x 260 weeks of bars took seconds to draw
    (bench/dashboard.py); more than a dozen colours do not read anyway."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {FREQS}, not {freq!r}")
    col = _group_col(stack)
    where, params = _where(filters, "event_date IS NOT NULL")
    keep = max(int(max_groups) - 1, 1)
    df = store.query(
        f"WITH t AS (SELECT CAST(date_trunc('{freq}', event_date) AS DATE) AS period, "
        f"coalesce({col}, 'Unknown') AS grp, count(*) AS incidents, "
        "sum(fatalities) AS fatalities, sum(injured) AS injured "
        f"FROM {where} GROUP BY 1, 2), "
        "g AS (SELECT grp, row_number() OVER (ORDER BY sum(incidents) DESC, grp) AS rank, "
        "count(*) OVER () AS n FROM t GROUP BY grp) "
        f"SELECT period, CASE WHEN n <= {int(max_groups)} OR rank <= {keep} OR grp = 'Unknown' "
        f"THEN grp ELSE '{OTHER}' END AS \"group\", CAST(sum(incidents) AS BIGINT) AS incidents, "
        "CAST(coalesce(sum(fatalities), 0) AS BIGINT) AS fatalities, "
        "CAST(coalesce(sum(injured), 0) AS BIGINT) AS injured "
        "FROM t JOIN g USING (grp) GROUP BY 1, 2 ORDER BY 1, 2", params)
    return _shaped(df, TIMELINE_COLUMNS)


def count(store, filters: Filters, search: str | None = None, order: str = "newest") -> int:
    """How many rows incidents() would give without a limit."""
    where, params = _where(filters)
    if search and search.strip():
        cols = ("summary", "actor1", "actor2", "site", "site_ar", "admin1", "incident_id")
        where += " AND (" + " OR ".join(f"{c} ILIKE ?" for c in cols) + ")"
        params += [f"%{search.strip()}%"] * len(cols)
    if order == "review":
        where += " AND review_status = 'unreviewed'"
    df = store.query(f"SELECT count(*) AS n FROM {where}", params)
    return 0 if df is None or df.empty else int(df["n"].iloc[0])


def undated_count(store, filters: Filters) -> int:
    where, params = _where(filters, "event_date IS NULL")
    df = store.query(f"SELECT count(*) AS n FROM {where}", params)
    return 0 if df is None or df.empty else int(df["n"].iloc[0])


def actor_matrix(store, filters: Filters, level: str = "actor") -> pd.DataFrame:
    """Long form attacker x target counts; an unknown side is 'Unknown'. A
    self-pair (the same side on both ends) is not a pair: left out here,
    counted as 'unresolved' by headline()."""
    if level not in ("actor", "bloc"):
        raise ValueError(f"level must be 'actor' or 'bloc', not {level!r}")
    a, b = ("actor1", "actor2") if level == "actor" else ("bloc1", "bloc2")
    where, params = _where(filters)
    df = store.query(
        f"SELECT coalesce({a}, 'Unknown') AS attacker, coalesce({b}, 'Unknown') AS target, "
        f"count(*) AS incidents FROM {where} "
        f"AND coalesce({a}, 'Unknown') <> coalesce({b}, 'Unknown') "
        "GROUP BY 1, 2 ORDER BY incidents DESC, attacker, target", params)
    return _shaped(df, MATRIX_COLUMNS)


def _top(store, filters: Filters, expr: str, n: int) -> pd.DataFrame:
    where, params = _where(filters)
    df = store.query(
        f"SELECT {expr} AS actor, count(*) AS incidents, "
        "CAST(coalesce(sum(fatalities), 0) AS BIGINT) AS fatalities "
        f"FROM {where} GROUP BY 1 "
        f"ORDER BY incidents DESC, actor LIMIT {int(n)}", params)
    return _shaped(df, ["actor", "incidents", "fatalities"])


def top_attackers(store, filters: Filters, n: int = 10) -> pd.DataFrame:
    return _top(store, filters, "coalesce(actor1, 'Unknown')", n)


def top_targets(store, filters: Filters, n: int = 10) -> pd.DataFrame:
    return _top(store, filters, "coalesce(actor2, 'Unknown')", n)


def actors_overview(store, filters: Filters, level: str = "actor", n: int = 10) -> dict:
    """The Actors page in one query: {"matrix": actor_matrix(level), "attackers":
    top_attackers(n), "targets": top_targets(n)}, from one scan of the matching
    incidents grouped three ways at once (GROUPING SETS), each part ordered
    and cut in SQL. Each store query scans a million incidents again, so
    three queries did that three times per filter change; rolling the three
    parts up in pandas from one grouped frame then cost 0.05-0.1 s of
    groupby and sort on the loaded 2-core machine, more than the query."""
    if level not in ("actor", "bloc"):
        raise ValueError(f"level must be 'actor' or 'bloc', not {level!r}")
    a, b = ("actor1", "actor2") if level == "actor" else ("bloc1", "bloc2")
    where, params = _where(filters)
    rows = store.records(
        f"WITH f AS (SELECT coalesce({a}, 'Unknown') AS x, coalesce({b}, 'Unknown') AS y, "
        "coalesce(actor1, 'Unknown') AS a1, coalesce(actor2, 'Unknown') AS a2, fatalities "
        f"FROM {where}), "
        # part 0 the matrix (no self-pairs), 1 the attackers, 2 the targets
        "g AS (SELECT CASE GROUPING(x, y, a1, a2) WHEN 3 THEN 0 WHEN 13 THEN 1 ELSE 2 END AS part, "
        "coalesce(a1, a2, x) AS k1, y AS k2, count(*) AS incidents, "
        "CAST(coalesce(sum(fatalities), 0) AS BIGINT) AS fatalities "
        "FROM f GROUP BY GROUPING SETS ((x, y), (a1), (a2))) "
        "SELECT part, k1, k2, incidents, fatalities FROM g "
        "WHERE (part = 0 AND k1 <> k2) OR part > 0 "
        "QUALIFY part = 0 OR row_number() OVER (PARTITION BY part ORDER BY incidents DESC, k1) "
        f"<= {int(n)} ORDER BY part, incidents DESC, k1, k2", params)
    matrix = [(r["k1"], r["k2"], r["incidents"]) for r in rows if r["part"] == 0]

    def top(part: int) -> pd.DataFrame:
        got = [(r["k1"], r["incidents"], r["fatalities"]) for r in rows if r["part"] == part]
        if not got:
            return _shaped(None, TOP_COLUMNS)
        return pd.DataFrame(got, columns=TOP_COLUMNS).astype({"incidents": "int64", "fatalities": "int64"})
    return {"matrix": (pd.DataFrame(matrix, columns=MATRIX_COLUMNS).astype({"incidents": "int64"})
                       if matrix else _shaped(None, MATRIX_COLUMNS)),
            "attackers": top(1), "targets": top(2)}


TOP_COLUMNS = ["actor", "incidents", "fatalities"]


def headline(store, filters: Filters) -> dict:
    """The numbers on top of every page and in the briefing, in one query
    (each page asks it with every new filter). The matching incidents are
    read once into `f` (only the columns the numbers need) and every number
    comes from it: the totals, the blocs and the sites as one GROUPING SETS
    pass, the distinct sources from its lists. At a million incidents a pick
    of one bloc took 0.06-0.085 s this way against 0.135 s for a scan per
    number (the filter and the columns read again four times); every
    incident, which pages ask once and then find cached, 0.15 s against 0.11 s."""
    where, params = _where(filters)
    df = store.query(
        "WITH f AS MATERIALIZED (SELECT coalesce(bloc1, 'Unknown') AS b, site, fatalities, injured, "
        "event_date, lat IS NULL OR lon IS NULL AS unplaced, "
        "coalesce(actor1, 'Unknown') = coalesce(actor2, 'Unknown') AS unresolved, sources "
        f"FROM {where}), "
        "g AS (SELECT GROUPING(b, site) AS level, b, site, count(*) AS n, "
        "CAST(coalesce(sum(fatalities), 0) AS BIGINT) AS fatalities, "
        "CAST(coalesce(sum(injured), 0) AS BIGINT) AS injured, "
        "min(event_date) AS date_min, max(event_date) AS date_max, "
        "count(*) FILTER (WHERE event_date IS NULL) AS undated, "
        "count(*) FILTER (WHERE unplaced) AS unplaced, "
        "count(*) FILTER (WHERE unresolved) AS unresolved "
        "FROM f GROUP BY GROUPING SETS ((), (b), (site))) "
        # level: 3 the totals, 1 per bloc, 2 per site (GROUPING's bits)
        "SELECT n AS incidents, fatalities, injured, date_min, date_max, undated, unplaced, "
        "unresolved, (SELECT count(DISTINCT s) FROM (SELECT unnest(sources) AS s FROM f)) AS sources, "
        "(SELECT list([b, CAST(n AS VARCHAR)] ORDER BY n DESC, b) FROM g WHERE level = 1) AS blocs, "
        "(SELECT list([site, CAST(n AS VARCHAR)] ORDER BY n DESC, site) FROM "
        "  (SELECT site, n FROM g WHERE level = 2 AND site IS NOT NULL "
        "   ORDER BY n DESC, site LIMIT 5)) AS sites "
        "FROM g WHERE level = 3", params)
    out = {"incidents": 0, "by_bloc": {}, "fatalities": 0, "injured": 0, "top_sites": [],
           "date_min": None, "date_max": None, "sources": 0, "undated": 0, "unplaced": 0,
           "unresolved": 0}
    if df is None or df.empty or not int(df["incidents"].iloc[0]):
        return out
    r = df.iloc[0]

    def day(v):
        return None if pd.isna(v) else pd.Timestamp(v).date()
    out.update(incidents=int(r["incidents"]), fatalities=int(r["fatalities"]),
               injured=int(r["injured"]), undated=int(r["undated"]), sources=int(r["sources"]),
               unplaced=int(r["unplaced"]), unresolved=int(r["unresolved"]),
               date_min=day(r["date_min"]), date_max=day(r["date_max"]),
               by_bloc={b: int(n) for b, n in r["blocs"]},
               top_sites=[(site, int(n)) for site, n in (r["sites"] if r["sites"] is not None else [])])
    return out


def map_points(store, filters: Filters, color_by: str = "bloc1",
               max_markers: int = 800) -> pd.DataFrame:
    """One row per place and colour group: what the map draws as a marker.

    Places are keyed on coordinates rounded to 4 decimals (~10 m); when that
    gives more than `max_markers` markers, to 2 (~1 km), 1 (~10 km) or, for
    a selection spread over a region (every incident of a million kept ~950
    markers at ~10 km, each colour group of a cell its own marker), 0 (whole
    degrees, ~100 km). The
    browser's redraw time grows with the markers drawn (0.3-0.5 s per 1,000
    in headless Chromium on the loaded 2-core machine, bench/dashboard.py:
    1,171 markers drew in 0.9-1.2 s, the same incidents as 46 markers in
    0.3-0.7 s), and at the map's opening scale markers a few km apart
    overlap anyway. `key_lat`,
    `key_lon`, `decimals` identify a marker for ids_at_points(); `lat`,
    `lon` are its incidents' mean position; `places` counts the sites
    merged into it; `site` (with its Arabic name and governorate) is the
    one holding most of its incidents.

    One query (each opens a connection), shaped for a million incidents:
    the matching incidents are read once (`f`, the columns needed: two
    scans, one for the places and one for the hover lists, decoded every
    column of the rows passing the pushed-down filters twice, 10-25 % more
    at a million), grouped into places (`c`: one row per rounded
    position, colour group and site, with sums rather than averages so they
    roll up), the rounding is chosen on those, and the markers are rolled
    up from them. The hover's actor pairs, types and weapons are gathered
    per site and colour group (`det`), not per marker: collecting distinct
    lists per rounded position cost 3.5 s at a million incidents against
    0.15 s this way. A site name stands for one place, so this differs from
    per-marker lists only where one name was placed at two spots of one
    governorate."""
    col = _group_col(color_by)
    where, params = _where(filters, "lat IS NOT NULL AND lon IS NOT NULL")
    n = int(max_markers)
    df = store.query(
        "WITH f AS MATERIALIZED (SELECT lat, lon, "
        f"coalesce({col}, 'Unknown') AS grp, site, admin1, site_ar, geo_precision, fatalities, "
        "injured, event_date, n_sources, actor1, actor2, sub_event_type, weapons "
        f"FROM {where}), "
        "c AS MATERIALIZED (SELECT round(lat, 4) AS la4, round(lon, 4) AS lo4, "
        "grp, site, admin1, any_value(site_ar) AS site_ar, "
        "count(*) AS n, sum(lat) AS slat, sum(lon) AS slon, max(geo_precision) AS gp, "
        "sum(fatalities) AS fat, sum(injured) AS inj, min(event_date) AS d0, "
        "max(event_date) AS d1, sum(n_sources) AS ns "
        "FROM f GROUP BY ALL), "
        "d AS (SELECT CASE "
        f"WHEN count(DISTINCT (la4, lo4, grp)) <= {n} THEN 4 "
        f"WHEN count(DISTINCT (round(la4, 2), round(lo4, 2), grp)) <= {n} THEN 2 "
        f"WHEN count(DISTINCT (round(la4, 1), round(lo4, 1), grp)) <= {n} THEN 1 "
        "ELSE 0 END AS decimals FROM c), "
        "k AS (SELECT round(la4, d.decimals) AS key_lat, round(lo4, d.decimals) AS key_lon, "
        "d.decimals, c.* FROM c, d), "
        # the sites of each marker, with their incident counts
        "s AS (SELECT key_lat, key_lon, grp, site, admin1, any_value(site_ar) AS site_ar, "
        "sum(n) AS n FROM k GROUP BY ALL), "
        # the busiest site names the marker; on a tie the first by name (one
        # key for all three, so the names and governorate are one place's)
        "top AS (SELECT key_lat, key_lon, grp, arg_min(site, (-n, site, admin1)) AS site, "
        "arg_min(site_ar, (-n, site, admin1)) AS site_ar, "
        "arg_min(admin1, (-n, site, admin1)) AS admin1, "
        "count(DISTINCT site) AS places FROM s GROUP BY ALL), "
        "det AS (SELECT site, admin1, grp, actor1, actor2, "
        "sub_event_type, weapons FROM f GROUP BY ALL), "
        "info AS (SELECT s.key_lat, s.key_lon, s.grp, array_to_string(list_sort(list_distinct("
        "list(det.actor1 || ' → ' || coalesce(det.actor2, 'Unknown')))), '; ') AS actors, "
        "array_to_string(list_sort(list_distinct(list(det.sub_event_type))), '; ') AS types, "
        "array_to_string(list_sort(list_distinct(flatten(list(det.weapons)))), ', ') AS weapons "
        "FROM s JOIN det ON s.site IS NOT DISTINCT FROM det.site "
        "AND s.admin1 IS NOT DISTINCT FROM det.admin1 AND s.grp = det.grp GROUP BY ALL), "
        "m AS (SELECT key_lat, key_lon, grp, any_value(decimals) AS decimals, "
        "sum(slat) / sum(n) AS lat, sum(slon) / sum(n) AS lon, max(gp) AS geo_precision, "
        "sum(n) AS incidents, CAST(sum(fat) AS BIGINT) AS fatalities, "
        "CAST(sum(inj) AS BIGINT) AS injured, min(d0) AS date_min, max(d1) AS date_max, "
        "CAST(coalesce(sum(ns), 0) AS BIGINT) AS n_sources FROM k GROUP BY ALL) "
        "SELECT m.key_lat, m.key_lon, m.grp AS \"group\", m.decimals, m.lat, m.lon, top.site, "
        "top.site_ar, top.admin1, m.geo_precision, top.places, m.incidents, m.fatalities, "
        "m.injured, m.date_min, m.date_max, info.actors, info.types, info.weapons, m.n_sources "
        "FROM m JOIN top USING (key_lat, key_lon, grp) "
        "LEFT JOIN info USING (key_lat, key_lon, grp) "
        "ORDER BY m.incidents DESC, 1, 2, 3", params)
    return _shaped(df, MAP_COLUMNS)


def ids_at_points(store, filters: Filters, points, color_by: str = "bloc1") -> list[str]:
    """Incident ids behind selected map markers. `points` are (key_lat,
    key_lon, group[, decimals]) as map_points() keys them: the figure
    carries these, not id lists, so a marker over 10,000 incidents stays
    light in the browser."""
    col = _group_col(color_by)
    keys, values = [], []
    for p in points:
        la, lo, g = p[:3]
        d = int(p[3]) if len(p) > 3 else 4
        # the 4-decimal key rounded again, as map_points rolls places up
        lat, lon = ("round(lat, 4)", "round(lon, 4)") if d >= 4 else \
            (f"round(round(lat, 4), {d})", f"round(round(lon, 4), {d})")
        keys.append(f"({lat} = ? AND {lon} = ? AND coalesce({col}, 'Unknown') = ?)")
        values += [float(la), float(lo), str(g)]
    if not keys:
        return []
    where, params = _where(filters)
    df = store.query(f"SELECT incident_id FROM {where} AND "
                     f"({' OR '.join(keys)}) ORDER BY incident_id", params + values)
    return [] if df is None or df.empty else df["incident_id"].tolist()


def reports(store, incident_id: str) -> pd.DataFrame:
    """Every source report merged into one incident, oldest first."""
    df = store.query("SELECT * FROM reports_view WHERE incident_id = ? "
                     "ORDER BY published NULLS LAST, report_id", [incident_id])
    return _shaped(df, ["incident_id", "report_id", "article_id", "title", "outlet", "url",
                        "published", "event_date", "actor1", "actor2", "site", "site_ar",
                        "weapons", "evidence", "confidence"])


def reports_for(store, incident_ids) -> dict[str, pd.DataFrame]:
    """reports() for many incidents in one query (the briefing's citations:
    one connection instead of one per incident)."""
    ids = list(dict.fromkeys(str(i) for i in incident_ids))
    if not ids:
        return {}
    df = store.query("SELECT * FROM reports_view WHERE list_contains(?::VARCHAR[], incident_id) "
                     "ORDER BY incident_id, published NULLS LAST, report_id", [ids])
    if df is None or df.empty:
        return {}
    return {iid: sub.reset_index(drop=True) for iid, sub in df.groupby("incident_id", sort=False)}


def article(store, article_id: str) -> dict | None:
    df = store.query("SELECT * FROM articles WHERE article_id = ?", [article_id])
    return None if df is None or df.empty else df.iloc[0].to_dict()


def filter_options(store) -> dict:
    """Distinct values for the sidebar widgets (rejected incidents included:
    the options must not change when a reviewer rejects one)."""
    def distinct(expr: str) -> list[str]:
        df = store.query(f"SELECT DISTINCT v FROM (SELECT {expr} AS v FROM incidents_view) "
                         "WHERE v IS NOT NULL ORDER BY v", [])
        return [] if df is None or df.empty else [str(v) for v in df["v"]]

    rng = store.query("SELECT min(event_date) AS lo, max(event_date) AS hi FROM incidents_view", [])
    lo = hi = None
    if rng is not None and not rng.empty and not pd.isna(rng["lo"].iloc[0]):
        lo, hi = (pd.Timestamp(rng["lo"].iloc[0]).date(), pd.Timestamp(rng["hi"].iloc[0]).date())
    actors = sorted(set(distinct("actor1")) | set(distinct("actor2")))
    blocs = sorted(set(distinct("bloc1")) | set(distinct("bloc2")))
    return {"actors": actors, "blocs": blocs, "sites": distinct("site"),
            "admin1": distinct("admin1"), "event_types": distinct("event_type"),
            "sub_event_types": distinct("sub_event_type"),
            "weapons": distinct("unnest(weapons)"), "outlets": distinct("unnest(outlets)"),
            "date_min": lo, "date_max": hi}
