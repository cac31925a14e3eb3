"""Plotly figures from the query layer's DataFrames. Pure: no Streamlit, no DB.

English labels; Arabic place names appear inside hover text. Every string
that comes from an article is html.escape()d before it goes into hover
text, because plotly renders a subset of HTML there.
"""
from __future__ import annotations

from html import escape

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from . import basemap as bm
from .colors import BLOC_COLORS, UNKNOWN, color_of, colors_for, drawing_order  # noqa: F401  (re-exported)
from .static_map import figure as plain_figure
from .static_map import vector_map

EMPTY_MESSAGE = "No incidents match the filters"
COLOR_LABELS = {"bloc1": "attacker bloc", "actor1": "attacker", "event_type": "event type",
                "sub_event_type": "sub-event type"}


def empty_figure(title: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=EMPTY_MESSAGE, showarrow=False, x=0.5, y=0.5,
                       xref="paper", yref="paper", font={"size": 16})
    fig.update_layout(title=title, xaxis={"visible": False}, yaxis={"visible": False},
                      height=360)
    return fig


def points_from_incidents(df: pd.DataFrame, color_by: str = "bloc1") -> pd.DataFrame:
    """Aggregate incidents_view rows to map_points() shape (for callers that
    hold incident rows rather than asking the store)."""
    df = df.dropna(subset=["lat", "lon"]).copy()
    df["group"] = df[color_by].fillna("Unknown")
    df["key_lat"], df["key_lon"] = df["lat"].round(4), df["lon"].round(4)
    df["pair"] = df["actor1"].fillna("Unknown") + " → " + df["actor2"].fillna("Unknown")
    g = df.groupby(["key_lat", "key_lon", "group"], sort=False)
    out = g.agg(lat=("lat", "mean"), lon=("lon", "mean"), site=("site", "first"),
                site_ar=("site_ar", "first"), admin1=("admin1", "first"),
                geo_precision=("geo_precision", "max"), places=("site", "nunique"),
                incidents=("incident_id", "size"),
                fatalities=("fatalities", "sum"), injured=("injured", "sum"),
                date_min=("event_date", "min"), date_max=("event_date", "max"),
                actors=("pair", lambda s: "; ".join(sorted(set(s)))),
                types=("sub_event_type", lambda s: "; ".join(sorted(set(s.dropna())))),
                weapons=("weapons", lambda s: ", ".join(sorted({w for ws in s for w in ws}))),
                n_sources=("n_sources", "sum")).reset_index()
    out["decimals"] = 4
    return out


def _text(col: pd.Series) -> pd.Series:
    return col.fillna("").astype(str).map(escape)


HOVER_ITEMS = 6  # actor pairs, types or weapons listed in one marker's hover


def _days(col: pd.Series) -> list[str]:
    """Dates as YYYY-MM-DD, "" where missing (NaT, None)."""
    days = np.datetime_as_string(pd.to_datetime(col).to_numpy(dtype="datetime64[D]"))
    return ["" if d == "NaT" else str(d) for d in days]


def _missing(v) -> bool:
    """None, NaN, NaT or pd.NA (a cell from .tolist())."""
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v)


def _plain(v) -> str:
    """An escaped cell: "" for a missing one."""
    return "" if _missing(v) else escape(str(v))


def _count(v) -> str:
    """A whole number; 'unknown' where no report gives one (not 0)."""
    try:
        v = float(v)
    except (TypeError, ValueError):
        return "unknown"
    return "unknown" if v != v else str(int(v))


def _cut(v, sep: str) -> str:
    """A marker's list (query.map_points joins it with `sep`) cut to its first
    HOVER_ITEMS, with how many more: a marker merging a busy area held
    hundreds of actor pairs, 5 KB of hover text each, which the browser
    parsed and kept on every redraw (bench/dashboard.py)."""
    if not isinstance(v, str) or not v:
        return ""
    items = v.split(sep)
    if len(items) <= HOVER_ITEMS:
        return v
    return sep.join(items[:HOVER_ITEMS]) + f"{sep}… {len(items) - HOVER_ITEMS} more"


PRECISION_NOTES = {2: " (near; ±10 km)", 3: " (governorate only; ±40 km)"}


def hover_texts(pts: pd.DataFrame) -> pd.Series:
    """One escaped HTML hover per marker. Built row by row in plain Python: a
    map holds at most a few hundred markers (query.map_points merges above
    800), for which pandas' column-wise string operations (arrow strings)
    took 30-35 ms and plain loops under 1 ms."""
    n = len(pts)

    def col(name, default=None):
        return pts[name].tolist() if name in pts else [default] * n
    out = []
    for site, site_ar, admin1, gp, places, lo, hi, actors, types, weapons, killed, hurt, \
            incidents, sources in zip(
                col("site"), col("site_ar"), col("admin1"), col("geo_precision"), col("places", 1),
                _days(pts["date_min"]), _days(pts["date_max"]), col("actors"), col("types"),
                col("weapons"), col("fatalities"), col("injured"), col("incidents"),
                col("n_sources"), strict=True):
        dates = (lo if lo == hi else f"{lo} to {hi}") or "undated"
        more = int(1 if _missing(places) else places) - 1
        note = PRECISION_NOTES.get(int(1 if _missing(gp) else gp), "")
        arms = _plain(_cut(weapons, ", ")) or "—"
        out.append(
            f"<b>{_plain(site)}</b>{f' and {more} more place(s)' if more else ''} · "
            f"<span dir='rtl'>{_plain(site_ar)}</span><br>{_plain(admin1)}{note}"
            f"<br>Date: {dates}<br>Actors: {_plain(_cut(actors, '; '))}"
            f"<br>Type: {_plain(_cut(types, '; '))}<br>Weapons: {arms}"
            f"<br>Killed: {_count(killed)} · injured: {_count(hurt)}"
            f"<br>{int(incidents)} incident(s) · "
            f"{int(0 if _missing(sources) else sources)} source report(s)")
    return pd.Series(out, index=pts.index, dtype=object)


MAP_GROUPS = 12  # legend entries on the map: the 11 biggest groups, Unknown (and Other)
OTHER = "Other"  # the rest, one trace (as the timeline's stack: query.OTHER)


def legend_groups(pts: pd.DataFrame, n: int = MAP_GROUPS) -> pd.Series:
    """The legend entry of each marker: its own group for the n - 1 groups
    holding most incidents and Unknown, else "Other". Each legend entry is a
    trace the browser draws and lays out; at a million incidents the 39 blocs'
    traces and legend took the map's redraw well over a second
    (bench/dashboard.py), and more than a dozen colours do not read anyway.
    Colours stay the groups' own (dashboard/colors.py)."""
    totals = pts.groupby("group")["incidents"].sum()
    if len(totals) <= n:
        return pts["group"].astype(object)
    ranked = sorted((g for g in totals.index if g != UNKNOWN), key=lambda g: (-totals[g], str(g)))
    keep = set(ranked[:n - 1]) | {UNKNOWN}
    return pts["group"].where(pts["group"].isin(keep), OTHER).astype(object)


MAX_CIRCLES = 150  # uncertainty areas drawn for the busiest approximate places


def _approximate(pts: pd.DataFrame, lat: np.ndarray, lon: np.ndarray) -> list[tuple]:
    """(lat, lon, geo_precision, admin1) of the MAX_CIRCLES markers holding
    most incidents among those placed approximately (precision 2 or 3),
    busiest first (ties in frame order), rounded to 3 decimals, repeats dropped."""
    gp = pts["geo_precision"].to_numpy(dtype=float)
    gp = np.where(np.isnan(gp), 1.0, gp)
    count = pts["incidents"].to_numpy(dtype=float)
    idx = np.flatnonzero(gp >= 2)
    idx = idx[np.argsort(-count[idx], kind="stable")][:MAX_CIRCLES]
    admin1 = [None if _missing(a) else a for a in pts["admin1"].tolist()]
    out = dict.fromkeys((float(la), float(lo), p, admin1[i]) for la, lo, p, i in zip(
        np.round(lat[idx], 3), np.round(lon[idx], 3),
        pts["geo_precision"].to_numpy()[idx].tolist(), idx.tolist(), strict=True))
    return list(out)


def map_figure(df: pd.DataFrame, color_by: str = "bloc1", basemap=None) -> go.Figure:
    """Markers sized by incident count at each place, coloured by `color_by`;
    shaded areas where the place is approximate; the names of the
    governorates that hold markers. Offline it is a vector map
    (static_map.vector_map), with OpenStreetMap tiles a MapLibre map. Each
    point's customdata is (key_lat, key_lon, group, decimals), for
    query.ids_at_points()."""
    title = f"Incidents by place, coloured by {COLOR_LABELS.get(color_by, color_by)}"
    if df is None or df.empty:
        return empty_figure(title)
    pts = df if "incidents" in df.columns else points_from_incidents(df, color_by)
    if pts.empty:
        return empty_figure(title)
    basemap = basemap or bm.load_basemap()
    # plain arrays from here: a few hundred markers, for which pandas' per-
    # operation overhead (arrow strings: masks, takes, copies) was most of the
    # figure's 60-80 ms at a million incidents (bench/dashboard.py)
    hover = hover_texts(pts).to_numpy()
    legend = legend_groups(pts).to_numpy()
    group = pts["group"].to_numpy(dtype=object)
    merged = legend != group
    if merged.any():  # a marker in "Other" names its own group
        label = COLOR_LABELS.get(color_by, color_by)
        lead = label[0].upper() + label[1:] + ": "
        hover = np.array([f"{lead}{_plain(g)}<br>{h}" if m else h
                          for g, h, m in zip(group, hover, merged, strict=True)], dtype=object)
    colors = colors_for(legend)
    lat, lon = pts["lat"].to_numpy(dtype=float), pts["lon"].to_numpy(dtype=float)
    count = pts["incidents"].to_numpy(dtype=float)
    size = np.clip(8 + 6 * count ** 0.5, None, 48)
    keys = pts[["key_lat", "key_lon", "group", "decimals"]].to_numpy(dtype=object)
    rows: dict = {}
    for i, g in enumerate(legend):  # one pass, not a boolean mask per group (40 blocs: 0.3-0.6 s)
        rows.setdefault(g, []).append(i)
    markers = [{"lat": lat[ix], "lon": lon[ix], "name": str(g), "size": size[ix], "color": colors[g],
                "text": hover[ix], "customdata": keys[ix]}
               for g, ix in ((g, np.asarray(rows[g])) for g in drawing_order(legend))]
    uncertain = bm.uncertainty_geojson(_approximate(pts, lat, lon), basemap)
    layout = {"title": title, "height": 620,
              "legend": {"title": {"text": COLOR_LABELS.get(color_by, color_by)}},
              "clickmode": "event+select", "dragmode": "select"}
    if basemap.tiles == "offline":
        extent = bm.view_extent(pts["lat"], pts["lon"], pts["incidents"])
        outlines = (basemap.governorate(a) for a in sorted(set(pts["admin1"].dropna())))
        labels = [(*g["properties"]["label"], g["properties"]["name"]) for g in outlines if g]
        cities = bm.city_label_tiers(tuple(extent))
        names = {"country": bm.country_labels(basemap, extent), "governorate": labels,
                 "city": cities[0]}
        return vector_map(bm.vector_layers(basemap, extent, uncertain), markers, extent=extent,
                          names=names, city_tiers=cities[1:], **layout)
    extent = bm.view_extent(pts["lat"], pts["lon"])
    layers = bm.map_layers(basemap.view(extent), uncertain)
    fig = go.Figure([go.Scattermap(
        lat=m["lat"], lon=m["lon"], mode="markers", name=m["name"], text=m["text"],
        hoverinfo="text", customdata=m["customdata"],
        marker={"size": m["size"], "color": m["color"], "opacity": 0.85}) for m in markers])
    fig.update_layout(margin={"l": 0, "r": 0, "t": 50, "b": 0},
                      map={"style": bm.TILE_STYLE, "center": bm.extent_center(extent),
                           "zoom": bm.extent_zoom(extent), "layers": layers}, **layout)
    return fig


PERIOD_FREQ = {"day": "D", "week": "W-MON", "month": "MS"}  # date_trunc's period starts
AUTO_MAX_PERIODS = 120  # "auto": the finest period giving at most this many bars per group


def auto_freq(date_min, date_max) -> str:
    """The finest of day, week and month that spans date_min..date_max in at
    most AUTO_MAX_PERIODS bars: five years of weeks is 260 bars per group,
    which reads as noise and took the browser seconds to draw at a million
    incidents (bench/dashboard.py); five years of months is 60."""
    if date_min is None or date_max is None:
        return "week"
    days = (pd.Timestamp(date_max) - pd.Timestamp(date_min)).days + 1
    for freq, per in (("day", 1), ("week", 7)):
        if days / per <= AUTO_MAX_PERIODS:
            return freq
    return "month"
PERIOD_MS = {"day": 86_400_000, "week": 7 * 86_400_000, "month": 30.44 * 86_400_000}
TICKFORMAT = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%b %Y"}
OUTLIER_SHARE = 0.02  # at most this share of incidents may fall outside the opening view


def count_axis(top: float, **extra) -> dict:
    """A y axis for whole counts: integer ticks, one per unit when counts are small."""
    axis = {"rangemode": "tozero", "tickformat": ",d", **extra}
    if top <= 6:
        axis.update(dtick=1, range=[0, max(top, 1) * 1.1])
    return axis


def _opening_range(periods: pd.Series, counts: pd.Series, freq: str) -> tuple[list, int]:
    """The x range the timeline opens on: every period, unless a few
    incidents lie far from the rest (a stray 2014 date among 2015 weeks); then
    the range holding all but OUTLIER_SHARE of them, and how many it leaves out."""
    order = periods.argsort()
    p, c = periods.iloc[order].reset_index(drop=True), counts.iloc[order].reset_index(drop=True)
    cum = c.cumsum() / c.sum()
    lo_i = int((cum > OUTLIER_SHARE / 2).idxmax())
    hi_i = int((cum >= 1 - OUTLIER_SHARE / 2).idxmax())
    left_out = int(c.iloc[:lo_i].sum() + c.iloc[hi_i + 1:].sum())
    span_all = (p.iloc[-1] - p.iloc[0]) / pd.Timedelta(milliseconds=PERIOD_MS[freq])
    span_core = (p.iloc[hi_i] - p.iloc[lo_i]) / pd.Timedelta(milliseconds=PERIOD_MS[freq])
    if not left_out or span_all < 3 * (span_core + 1):
        lo, hi, left_out = p.iloc[0], p.iloc[-1], 0
    else:
        lo, hi = p.iloc[lo_i], p.iloc[hi_i]
    pad = pd.Timedelta(milliseconds=PERIOD_MS[freq])
    return [lo - pad, hi + 2 * pad], left_out


def timeline_figure(tl_df: pd.DataFrame, stack_label: str = "bloc", freq: str = "week") -> go.Figure:
    """Stacked incident bars per period (each bar as wide as its day, week or
    month), killed and injured as lines (right axis); Unknown at the bottom."""
    title = f"Incidents over time, stacked by {stack_label}"
    if tl_df is None or tl_df.empty:
        return empty_figure(title)
    freq = freq if freq in PERIOD_MS else "week"
    tl_df = tl_df.assign(period=pd.to_datetime(tl_df["period"]))
    colors = colors_for(tl_df["group"])
    data = []
    half = pd.Timedelta(milliseconds=PERIOD_MS[freq] / 2)
    by_group = dict(list(tl_df.groupby("group", sort=False)))
    for group in drawing_order(tl_df["group"]):
        sub = by_group[group]
        # centred on the middle of its period, as wide as the period (less a gap)
        data.append({"type": "bar", "x": (sub["period"] + half).to_numpy(),
                     "y": sub["incidents"].to_numpy(), "name": escape(str(group)),
                     "width": PERIOD_MS[freq] * 0.85, "marker": {"color": colors[group]},
                     "customdata": sub["period"].dt.strftime("%Y-%m-%d").to_numpy(),
                     "hovertemplate": "%{customdata}: %{y:,d}<extra>%{fullData.name}</extra>"})
    per = tl_df.groupby("period")[["fatalities", "injured"]].sum()
    # periods with no incident count as zero casualties, so the lines do not
    # bridge quiet months
    full = pd.date_range(per.index.min(), per.index.max(), freq=PERIOD_FREQ[freq])
    per = per.reindex(per.index.union(full), fill_value=0).rename_axis("period").reset_index()
    for col, color in (("fatalities", "#b2182b"), ("injured", "#ef8a62")):
        data.append({"type": "scatter", "x": (per["period"] + half).to_numpy(),
                     "y": per[col].to_numpy(), "name": col.capitalize(),
                     "mode": "lines+markers", "yaxis": "y2",
                     "line": {"color": color, "dash": "dot"}, "hovertemplate": "%{y:,d}"})
    totals = tl_df.groupby("period")["incidents"].sum()
    x_range, left_out = _opening_range(pd.Series(totals.index), pd.Series(totals.to_numpy()), freq)
    if left_out:
        title += f" ({left_out} incident(s) far outside this range: zoom out or set dates)"
    cas_top = float(per[["fatalities", "injured"]].to_numpy().max()) if len(per) else 0
    return plain_figure(data, {
        "title": {"text": title}, "barmode": "stack", "height": 460, "hovermode": "x unified",
        "xaxis": {"title": {"text": f"Period ({freq})"}, "type": "date", "range": x_range,
                  "tickformat": TICKFORMAT[freq], "automargin": True},
        "yaxis": count_axis(float(totals.max()), title={"text": "Incidents"}),
        "yaxis2": count_axis(cas_top, title={"text": "Casualties"}, overlaying="y",
                             side="right", showgrid=False),
        "legend": {"x": 1.08, "xanchor": "left", "y": 1}, "margin": {"r": 40}})


# the heatmap's colour scale as plotly's validator spells "Reds" out (the
# figures are built from dicts, unvalidated: static_map.figure)
REDS = [list(stop) for stop in go.Heatmap(colorscale="Reds").colorscale]


def matrix_figure(matrix_df: pd.DataFrame) -> go.Figure:
    """Attacker (rows) x target (columns) heatmap with the counts written in.
    Self-pairs (one side on both ends: the extractor could not tell the
    sides apart) are not drawn; query.headline counts them as unresolved.
    Labels are HTML-escaped (plotly renders tags in tick labels); pages
    unescape a clicked cell's labels."""
    title = "Who attacked whom (incident counts)"
    if matrix_df is not None and not matrix_df.empty:
        matrix_df = matrix_df[matrix_df["attacker"] != matrix_df["target"]]
    if matrix_df is None or matrix_df.empty:
        return empty_figure(title)
    matrix_df = matrix_df.assign(attacker=matrix_df["attacker"].astype(str).map(escape),
                                 target=matrix_df["target"].astype(str).map(escape))
    grid = matrix_df.pivot_table(index="attacker", columns="target", values="incidents",
                                 aggfunc="sum")
    rows = grid.sum(axis=1).sort_values().index  # busiest attacker on top
    cols = grid.sum(axis=0).sort_values(ascending=False).index
    grid = grid.loc[rows, cols]
    z = grid.to_numpy()
    top = float(pd.Series(z.ravel()).max())
    data = [{"type": "heatmap", "z": z.tolist(), "x": list(cols), "y": list(rows),
             "colorscale": REDS, "texttemplate": "%{z:,d}", "zmin": 0, "hoverinfo": "skip",
             "colorbar": {"title": {"text": "Incidents"}, "tickformat": ",d",
                          **({"dtick": 1} if top <= 6 else {})}}]
    # Plotly cannot select heatmap cells; an invisible marker on every filled
    # cell makes a click a point selection (Streamlit's on_select) and carries
    # the hover text
    cells = matrix_df[matrix_df["incidents"] > 0]
    data.append({"type": "scatter", "x": cells["target"].to_numpy(),
                 "y": cells["attacker"].to_numpy(), "mode": "markers", "showlegend": False,
                 "marker": {"symbol": "square", "size": 28, "opacity": 0},
                 "customdata": cells["incidents"].to_numpy(),
                 "hovertemplate": "%{y} → %{x}: %{customdata} incidents<extra></extra>"})
    return plain_figure(data, {
        "title": {"text": title}, "height": max(360, 140 + 38 * len(rows)),
        "xaxis": {"title": {"text": "Target", "standoff": 12}, "side": "bottom",
                  "automargin": True, "tickangle": -35},
        "yaxis": {"title": {"text": "Attacker", "standoff": 12}, "automargin": True},
        "clickmode": "event+select", "dragmode": False})


def bars_figure(df: pd.DataFrame, title: str) -> go.Figure:
    """Horizontal bars of `actor` by `incidents` (top_attackers/top_targets),
    coloured like the actor everywhere else; the count beside each bar is
    never cut (the axis leaves room for it)."""
    if df is None or df.empty:
        return empty_figure(title)
    df = df.sort_values("incidents")
    top = float(df["incidents"].max())
    return plain_figure([{"type": "bar", "x": df["incidents"].to_numpy(),
                          "y": df["actor"].astype(str).map(escape).to_numpy(), "orientation": "h",
                          "marker": {"color": [color_of(a) for a in df["actor"]]},
                          "text": df["incidents"].to_numpy(dtype=float), "textposition": "outside",
                          "cliponaxis": False}], {
        "title": {"text": title}, "height": max(260, 80 + 32 * len(df)),
        "xaxis": {"title": {"text": "Incidents"}, "range": [0, top * 1.18 + 0.5],
                  "tickformat": ",d", **({"dtick": 1} if top <= 6 else {})},
        "yaxis": {"title": {"text": ""}, "dtick": 1, "automargin": True},
        "margin": {"l": 10, "r": 40}})
