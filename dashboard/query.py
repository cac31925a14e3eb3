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

from .filters import VIEW_COLUMNS, Filters

# Columns a chart may stack or colour by (interpolated into SQL: whitelist).
GROUP_COLUMNS = ("bloc1", "bloc2", "actor1", "actor2", "event_type",
                 "sub_event_type", "site", "admin1", "country", "review_status",
                 "date_precision")
FREQS = ("day", "week", "month")
TIMELINE_COLUMNS = ["period", "group", "incidents", "fatalities", "injured"]
MATRIX_COLUMNS = ["attacker", "target", "incidents"]
MAP_COLUMNS = ["lat", "lon", "site", "site_ar", "admin1", "geo_precision", "group",
               "incidents", "fatalities", "injured", "date_min", "date_max",
               "actors", "types", "weapons", "n_sources"]


def _shaped(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    if df is None or df.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    return df


def _group_col(name: str) -> str:
    if name not in GROUP_COLUMNS:
        raise ValueError(f"cannot group by {name!r}; choose one of {', '.join(GROUP_COLUMNS)}")
    return name


def _where(filters: Filters | None, extra: str = "") -> tuple[str, list]:
    sql, params = (filters or Filters()).where()
    return (f"{sql} AND {extra}" if extra else sql), params


def incidents(store, filters: Filters, limit: int | None = None,
              search: str | None = None) -> pd.DataFrame:
    """incidents_view rows, newest first (undated last). `search` matches
    the summary, actors, places (English or Arabic) and incident id."""
    where, params = _where(filters)
    if search and search.strip():
        needle = f"%{search.strip()}%"
        cols = ("summary", "actor1", "actor2", "site", "site_ar", "admin1", "incident_id")
        where += " AND (" + " OR ".join(f"{c} ILIKE ?" for c in cols) + ")"
        params += [needle] * len(cols)
    sql = (f"SELECT * FROM incidents_view WHERE {where} "
           "ORDER BY event_date DESC NULLS LAST, incident_id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return _shaped(store.query(sql, params), list(VIEW_COLUMNS))


def incident(store, incident_id: str) -> dict | None:
    """One incidents_view row, whatever its review status."""
    df = store.query("SELECT * FROM incidents_view WHERE incident_id = ?", [incident_id])
    return None if df is None or df.empty else df.iloc[0].to_dict()


def timeline(store, filters: Filters, freq: str = "week", stack: str = "bloc1") -> pd.DataFrame:
    """Dated incidents per period and group; undated ones are in undated_count()."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {FREQS}, not {freq!r}")
    col = _group_col(stack)
    where, params = _where(filters, "event_date IS NOT NULL")
    df = store.query(
        f"SELECT CAST(date_trunc('{freq}', event_date) AS DATE) AS period, "
        f"coalesce({col}, 'Unknown') AS \"group\", count(*) AS incidents, "
        "CAST(coalesce(sum(fatalities), 0) AS BIGINT) AS fatalities, CAST(coalesce(sum(injured), 0) AS BIGINT) AS injured "
        f"FROM incidents_view WHERE {where} GROUP BY 1, 2 ORDER BY 1, 2", params)
    return _shaped(df, TIMELINE_COLUMNS)


def undated_count(store, filters: Filters) -> int:
    where, params = _where(filters, "event_date IS NULL")
    df = store.query(f"SELECT count(*) AS n FROM incidents_view WHERE {where}", params)
    return 0 if df is None or df.empty else int(df["n"].iloc[0])


def actor_matrix(store, filters: Filters, level: str = "actor") -> pd.DataFrame:
    """Long form attacker x target counts; an unknown target is 'Unknown'."""
    if level not in ("actor", "bloc"):
        raise ValueError(f"level must be 'actor' or 'bloc', not {level!r}")
    a, b = ("actor1", "actor2") if level == "actor" else ("bloc1", "bloc2")
    where, params = _where(filters)
    df = store.query(
        f"SELECT coalesce({a}, 'Unknown') AS attacker, coalesce({b}, 'Unknown') AS target, "
        f"count(*) AS incidents FROM incidents_view WHERE {where} "
        "GROUP BY 1, 2 ORDER BY incidents DESC, attacker, target", params)
    return _shaped(df, MATRIX_COLUMNS)


def _top(store, filters: Filters, expr: str, n: int) -> pd.DataFrame:
    where, params = _where(filters)
    df = store.query(
        f"SELECT {expr} AS actor, count(*) AS incidents, "
        "CAST(coalesce(sum(fatalities), 0) AS BIGINT) AS fatalities "
        f"FROM incidents_view WHERE {where} GROUP BY 1 "
        f"ORDER BY incidents DESC, actor LIMIT {int(n)}", params)
    return _shaped(df, ["actor", "incidents", "fatalities"])


def top_attackers(store, filters: Filters, n: int = 10) -> pd.DataFrame:
    return _top(store, filters, "coalesce(actor1, 'Unknown')", n)


def top_targets(store, filters: Filters, n: int = 10) -> pd.DataFrame:
    return _top(store, filters, "coalesce(actor2, 'Unknown')", n)


def headline(store, filters: Filters) -> dict:
    """The numbers on top of every page and in the briefing."""
    where, params = _where(filters)
    counts = store.query(
        "SELECT count(*) AS incidents, CAST(coalesce(sum(fatalities), 0) AS BIGINT) AS fatalities, "
        "CAST(coalesce(sum(injured), 0) AS BIGINT) AS injured, min(event_date) AS date_min, "
        "max(event_date) AS date_max, count(*) FILTER (WHERE event_date IS NULL) AS undated "
        f"FROM incidents_view WHERE {where}", params)
    sources = store.query(
        "SELECT count(DISTINCT s) AS n FROM "
        f"(SELECT unnest(sources) AS s FROM incidents_view WHERE {where})", params)
    blocs = store.query(
        f"SELECT coalesce(bloc1, 'Unknown') AS bloc, count(*) AS n FROM incidents_view "
        f"WHERE {where} GROUP BY 1 ORDER BY n DESC, bloc", params)
    sites = store.query(
        f"SELECT site, count(*) AS n FROM incidents_view WHERE {where} AND site IS NOT NULL "
        "GROUP BY 1 ORDER BY n DESC, site LIMIT 5", params)
    out = {"incidents": 0, "by_bloc": {}, "fatalities": 0, "injured": 0, "top_sites": [],
           "date_min": None, "date_max": None, "sources": 0, "undated": 0}
    if counts is None or counts.empty or not int(counts["incidents"].iloc[0]):
        return out
    c = counts.iloc[0]
    out.update(incidents=int(c["incidents"]), fatalities=int(c["fatalities"]),
               injured=int(c["injured"]), undated=int(c["undated"]),
               sources=int(sources["n"].iloc[0]),
               date_min=None if pd.isna(c["date_min"]) else pd.Timestamp(c["date_min"]).date(),
               date_max=None if pd.isna(c["date_max"]) else pd.Timestamp(c["date_max"]).date(),
               by_bloc={r.bloc: int(r.n) for r in blocs.itertuples()},
               top_sites=[(r.site, int(r.n)) for r in sites.itertuples()])
    return out


def map_points(store, filters: Filters, color_by: str = "bloc1") -> pd.DataFrame:
    """One row per place and colour group: what the map draws as a marker."""
    col = _group_col(color_by)
    where, params = _where(filters, "lat IS NOT NULL AND lon IS NOT NULL")
    df = store.query(
        f"SELECT round(lat, 4) AS lat, round(lon, 4) AS lon, any_value(site) AS site, "
        "any_value(site_ar) AS site_ar, any_value(admin1) AS admin1, "
        f"max(geo_precision) AS geo_precision, coalesce({col}, 'Unknown') AS \"group\", "
        "count(*) AS incidents, CAST(coalesce(sum(fatalities), 0) AS BIGINT) AS fatalities, "
        "CAST(coalesce(sum(injured), 0) AS BIGINT) AS injured, min(event_date) AS date_min, "
        "max(event_date) AS date_max, "
        "string_agg(DISTINCT actor1 || ' → ' || coalesce(actor2, 'Unknown'), '; ') AS actors, "
        "string_agg(DISTINCT sub_event_type, '; ') AS types, "
        "array_to_string(list_distinct(flatten(list(weapons))), ', ') AS weapons, "
        "CAST(coalesce(sum(n_sources), 0) AS BIGINT) AS n_sources "
        f"FROM incidents_view WHERE {where} GROUP BY 1, 2, 7 ORDER BY incidents DESC", params)
    return _shaped(df, MAP_COLUMNS)


def ids_at_points(store, filters: Filters, points, color_by: str = "bloc1") -> list[str]:
    """Incident ids behind selected map markers; `points` are (lat, lon, group)
    as map_points() rounds them (the figure carries these, not the id lists,
    so a marker over 10,000 incidents stays light in the browser)."""
    col = _group_col(color_by)
    points = [(float(la), float(lo), str(g)) for la, lo, g in points]
    if not points:
        return []
    where, params = _where(filters)
    keys = " OR ".join(f"(round(lat, 4) = ? AND round(lon, 4) = ? AND coalesce({col}, 'Unknown') = ?)"
                       for _ in points)
    df = store.query(f"SELECT incident_id FROM incidents_view WHERE {where} AND ({keys}) "
                     "ORDER BY incident_id", params + [v for p in points for v in p])
    return [] if df is None or df.empty else df["incident_id"].tolist()


def reports(store, incident_id: str) -> pd.DataFrame:
    """Every source report merged into one incident, oldest first."""
    df = store.query("SELECT * FROM reports_view WHERE incident_id = ? "
                     "ORDER BY published NULLS LAST, report_id", [incident_id])
    return _shaped(df, ["incident_id", "report_id", "article_id", "title", "outlet", "url",
                        "published", "event_date", "actor1", "actor2", "site", "site_ar",
                        "weapons", "evidence", "confidence"])


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
