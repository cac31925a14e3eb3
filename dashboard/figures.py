"""Plotly figures from the query layer's DataFrames. Pure: no Streamlit, no DB.

English labels; Arabic place names appear inside hover text. Every string
that comes from an article is html.escape()d before it goes into hover
text, because plotly renders a subset of HTML there.
"""
from __future__ import annotations

from html import escape

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from . import basemap as bm
from .static_map import vector_map

EMPTY_MESSAGE = "No incidents match the filters"
# fixed bloc colours so a bloc keeps its colour across pages and filters
BLOC_COLORS = {
    "US-led coalition": "#1f77b4", "Iran-aligned": "#2ca02c", "Syrian government": "#d62728",
    "Russia": "#8c564b", "ISIS": "#111111", "Turkey": "#ff7f0e", "Israel": "#17becf",
    "Syrian opposition": "#9467bd", "Iraqi government": "#bcbd22", "Civilians": "#e377c2",
    "Unknown": "#7f7f7f",
}
COLOR_LABELS = {"bloc1": "attacker bloc", "actor1": "attacker", "event_type": "event type",
                "sub_event_type": "sub-event type"}


def colors_for(groups) -> dict[str, str]:
    """Bloc colours where known, then a qualitative palette in sorted order."""
    palette = qualitative.Plotly + qualitative.D3 + qualitative.Set3
    out, k = {}, 0
    for g in sorted(set(groups)):
        if g in BLOC_COLORS:
            out[g] = BLOC_COLORS[g]
        else:
            out[g] = palette[k % len(palette)]
            k += 1
    return out


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


def _days(col: pd.Series) -> pd.Series:
    return pd.to_datetime(col).dt.strftime("%Y-%m-%d").fillna("")


def hover_texts(pts: pd.DataFrame) -> pd.Series:
    """One escaped HTML hover per marker (column-wise: 30,000 markers in well
    under a second)."""
    lo, hi = _days(pts["date_min"]), _days(pts["date_max"])
    dates = (lo.where(lo == hi, lo + " to " + hi)).replace({"": "undated", " to ": "undated"})
    precision = pts["geo_precision"].fillna(1).astype(int).map(
        {2: " (near; ±10 km)", 3: " (governorate only; ±40 km)"}).fillna("")
    places = pts["places"] if "places" in pts else pd.Series(1, index=pts.index)
    more = (places.fillna(1).astype(int) - 1).map(lambda k: f" and {k} more place(s)" if k else "")
    return ("<b>" + _text(pts["site"]) + "</b>" + more + " · <span dir='rtl'>"
            + _text(pts["site_ar"]) + "</span><br>" + _text(pts["admin1"]) + precision
            + "<br>Date: " + dates + "<br>Actors: " + _text(pts["actors"])
            + "<br>Type: " + _text(pts["types"])
            + "<br>Weapons: " + _text(pts["weapons"]).replace("", "—")
            + "<br>Killed: " + pts["fatalities"].fillna(0).astype(int).astype(str)
            + " · injured: " + pts["injured"].fillna(0).astype(int).astype(str)
            + "<br>" + pts["incidents"].astype(int).astype(str) + " incident(s) · "
            + pts["n_sources"].fillna(0).astype(int).astype(str) + " source report(s)")


MAX_CIRCLES = 150  # uncertainty areas drawn for the busiest approximate places


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
    colors = colors_for(pts["group"])
    pts = pts.assign(hover=hover_texts(pts).to_numpy(),
                     size=(8 + 6 * pts["incidents"].astype(float) ** 0.5).clip(upper=48))
    markers = [{"lat": sub["lat"].to_numpy(), "lon": sub["lon"].to_numpy(), "name": str(group),
                "size": sub["size"].to_numpy(), "color": colors[group], "text": sub["hover"].to_numpy(),
                "customdata": sub[["key_lat", "key_lon", "group", "decimals"]].to_numpy()}
               for group, sub in pts.groupby("group", sort=True)]
    approx = pts[pts["geo_precision"].fillna(1) >= 2].nlargest(MAX_CIRCLES, "incidents")
    uncertain = bm.uncertainty_geojson(
        approx[["lat", "lon", "geo_precision", "admin1"]].round({"lat": 3, "lon": 3})
        .drop_duplicates().itertuples(index=False), basemap)
    layers = bm.map_layers(basemap, uncertain)
    layout = {"title": title, "height": 620,
              "legend": {"title": {"text": COLOR_LABELS.get(color_by, color_by)}},
              "clickmode": "event+select", "dragmode": "select"}
    if basemap.tiles == "offline":
        outlines = (basemap.governorate(a) for a in sorted(set(pts["admin1"].dropna())))
        labels = [(*g["properties"]["label"], g["properties"]["name"]) for g in outlines if g]
        return vector_map(layers, markers, labels, **layout)
    fig = go.Figure([go.Scattermap(
        lat=m["lat"], lon=m["lon"], mode="markers", name=m["name"], text=m["text"],
        hoverinfo="text", customdata=m["customdata"],
        marker={"size": m["size"], "color": m["color"], "opacity": 0.85}) for m in markers])
    fig.update_layout(margin={"l": 0, "r": 0, "t": 50, "b": 0},
                      map={"style": bm.TILE_STYLE, "center": bm.CENTER, "zoom": bm.ZOOM,
                           "layers": layers}, **layout)
    return fig


PERIOD_FREQ = {"day": "D", "week": "W-MON", "month": "MS"}  # date_trunc's period starts


def timeline_figure(tl_df: pd.DataFrame, stack_label: str = "bloc", freq: str = "week") -> go.Figure:
    """Stacked incident bars per period, killed and injured as lines (right axis)."""
    title = f"Incidents over time, stacked by {stack_label}"
    if tl_df is None or tl_df.empty:
        return empty_figure(title)
    colors = colors_for(tl_df["group"])
    fig = go.Figure()
    for group, sub in tl_df.groupby("group", sort=True):
        fig.add_trace(go.Bar(x=sub["period"], y=sub["incidents"], name=str(group),
                             marker_color=colors[group]))
    per = tl_df.groupby("period")[["fatalities", "injured"]].sum()
    per.index = pd.to_datetime(per.index)
    # periods with no incident count as zero casualties, so the lines do not
    # bridge quiet months
    full = pd.date_range(per.index.min(), per.index.max(), freq=PERIOD_FREQ.get(freq, "W-MON"))
    per = per.reindex(per.index.union(full), fill_value=0).rename_axis("period").reset_index()
    for col, color in (("fatalities", "#b2182b"), ("injured", "#ef8a62")):
        fig.add_trace(go.Scatter(x=per["period"], y=per[col], name=col.capitalize(),
                                 mode="lines+markers", yaxis="y2",
                                 line={"color": color, "dash": "dot"}))
    fig.update_layout(title=title, barmode="stack", height=460, hovermode="x unified",
                      xaxis={"title": "Period"}, yaxis={"title": "Incidents"},
                      yaxis2={"title": "Casualties", "overlaying": "y", "side": "right",
                              "rangemode": "tozero", "showgrid": False, "tickformat": ",d"},
                      legend={"orientation": "h", "y": -0.2})
    return fig


def matrix_figure(matrix_df: pd.DataFrame) -> go.Figure:
    """Attacker (rows) x target (columns) heatmap with the counts written in."""
    title = "Who attacked whom (incident counts)"
    if matrix_df is None or matrix_df.empty:
        return empty_figure(title)
    grid = matrix_df.pivot_table(index="attacker", columns="target", values="incidents",
                                 aggfunc="sum")
    rows = grid.sum(axis=1).sort_values().index  # busiest attacker on top
    cols = grid.sum(axis=0).sort_values(ascending=False).index
    grid = grid.loc[rows, cols]
    z = grid.to_numpy()
    fig = go.Figure(go.Heatmap(
        z=z, x=list(cols), y=list(rows), colorscale="Reds", texttemplate="%{z}",
        zmin=0, hoverinfo="skip", colorbar={"title": {"text": "Incidents"}}))
    # Plotly cannot select heatmap cells; an invisible marker on every filled
    # cell makes a click a point selection (Streamlit's on_select) and carries
    # the hover text
    cells = matrix_df[matrix_df["incidents"] > 0]
    fig.add_trace(go.Scatter(
        x=cells["target"], y=cells["attacker"], mode="markers", showlegend=False,
        marker={"symbol": "square", "size": 28, "opacity": 0}, customdata=cells["incidents"],
        hovertemplate="%{y} → %{x}: %{customdata} incidents<extra></extra>"))
    fig.update_layout(title=title, height=max(320, 60 + 38 * len(rows)),
                      xaxis={"title": "Target", "side": "bottom"},
                      yaxis={"title": "Attacker"}, clickmode="event+select", dragmode=False)
    return fig


def bars_figure(df: pd.DataFrame, title: str) -> go.Figure:
    """Horizontal bars of `actor` by `incidents` (top_attackers/top_targets)."""
    if df is None or df.empty:
        return empty_figure(title)
    df = df.sort_values("incidents")
    fig = go.Figure(go.Bar(x=df["incidents"], y=df["actor"], orientation="h",
                           marker_color="#4c72b0", text=df["incidents"],
                           textposition="outside"))
    fig.update_layout(title=title, height=max(260, 60 + 32 * len(df)),
                      xaxis={"title": "Incidents"}, yaxis={"title": "", "dtick": 1},
                      margin={"l": 10, "r": 30})
    return fig
