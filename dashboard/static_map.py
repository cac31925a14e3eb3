"""Maps drawn as plain vector shapes on longitude/latitude axes.

Two uses: the offline map on the Map page (figures.map_figure builds it
directly) and the image export of a tile map (static_map() redraws one).
Why not MapLibre offline too: Streamlit re-creates a chart whenever its
figure changes, and each fresh MapLibre map (WebGL context, style, GeoJSON
sources cut into tiles) added about 0.3-0.5 s to every filter change in
the browser, and 3-6 s to an export in headless Chromium; the same shapes
as SVG paths draw in a fraction of that. The projection is equirectangular
with the aspect corrected for the latitude, true enough at 29-38° N.
"""
from __future__ import annotations

import math

import numpy as np
import plotly.graph_objects as go

from . import basemap as bm

PAD = 2.0  # degrees of latitude around the markers: enough to show borders and the river
SEA = "#dfe9f2"


def has_map(fig: go.Figure) -> bool:
    return any(t.type == "scattermap" for t in fig.data)


def _path(rings) -> tuple[np.ndarray, np.ndarray]:
    """All rings in one path, separated by NaN (one trace per layer keeps it
    fast; NaN float arrays pass plotly's validation without a Python loop)."""
    parts = [np.vstack([np.asarray(r, dtype=float)[:, :2], [[np.nan, np.nan]]])
             for r in rings if len(r)]
    if not parts:
        return np.empty(0), np.empty(0)
    xy = np.concatenate(parts)
    return xy[:, 0], xy[:, 1]


def layer_traces(layers: list[dict]) -> list[go.Scatter]:
    """Plotly map layers (dicts, as basemap.map_layers makes them) as scatter traces."""
    out = []
    for layer in layers:
        xs, ys = layer["path"] if "path" in layer else _path(bm.rings(layer.get("source")))
        if not len(xs):
            continue
        if layer.get("type") == "fill":
            outline = (layer.get("fill") or {}).get("outlinecolor") or "rgba(0,0,0,0)"
            out.append(go.Scatter(x=xs, y=ys, mode="lines", fill="toself",
                                  fillcolor=layer.get("color"), line={"color": outline, "width": 0.8},
                                  hoverinfo="skip", showlegend=False))
        else:
            out.append(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                                  line={"color": layer.get("color"),
                                        "width": (layer.get("line") or {}).get("width") or 1.5}))
    return out


LABEL_STYLES = {  # kind -> plotly textfont
    "country": {"size": 13, "color": "#7a7368", "family": "Noto Sans, Arial, sans-serif"},
    "governorate": {"size": 11, "color": "#a0978a"},
    "city": {"size": 10, "color": "#3d3d3d"},
}


def vector_map(layers: list[dict], markers: list[dict], labels=(), extent=None,
               names: dict | None = None, **layout) -> go.Figure:
    """Outlines, then place names, then markers. `markers`: one dict per
    legend group with lat, lon, name, size, color and optionally text and
    customdata; `labels`: (lon, lat, text) for governorate names; `names`:
    kind ("country", "city", "governorate") -> [(lon, lat, text)]. The view is
    `extent` (lon0, lat0, lon1, lat1), else it fits the markers."""
    fig = go.Figure(layer_traces(layers))
    groups = dict(names or {})
    if labels:
        groups.setdefault("governorate", list(labels))
    for kind in ("country", "governorate", "city"):
        items = groups.get(kind) or []
        if not items:
            continue
        lon, lat, text = zip(*items, strict=True)
        fig.add_trace(go.Scatter(
            x=lon, y=lat, text=[f"{t.upper()}" if kind == "country" else t for t in text],
            mode="text+markers" if kind == "city" else "text", hoverinfo="skip",
            showlegend=False, name=f"{kind} names", textfont=LABEL_STYLES[kind],
            textposition="top center" if kind == "city" else "middle center",
            marker={"size": 3, "color": "#5a5a5a"} if kind == "city" else None))
    for m in markers:
        fig.add_trace(go.Scatter(
            x=m["lon"], y=m["lat"], mode="markers", name=m["name"],
            marker={"size": m["size"], "color": m["color"], "opacity": 0.85,
                    "line": {"color": "white", "width": 0.5}},
            text=m.get("text"), hoverinfo="text" if m.get("text") is not None else "x+y",
            customdata=m.get("customdata")))
    if labels:
        lon, lat, text = zip(*labels, strict=True)
        fig.add_trace(go.Scatter(x=lon, y=lat, text=text, mode="text", hoverinfo="skip",
                                 showlegend=False, textfont={"size": 11, "color": "#8f877a"}))
    lats = np.concatenate([np.asarray(m["lat"], dtype=float) for m in markers] or [np.empty(0)])
    lons = np.concatenate([np.asarray(m["lon"], dtype=float) for m in markers] or [np.empty(0)])
    if extent is not None:
        lon_range, lat_range = [extent[0], extent[2]], [extent[1], extent[3]]
    elif len(lats):
        lat_range = [float(lats.min()) - PAD, float(lats.max()) + PAD]
        lon_range = [float(lons.min()) - PAD * 1.5, float(lons.max()) + PAD * 1.5]
    else:
        lat_range = [bm.CENTER["lat"] - 3, bm.CENTER["lat"] + 3]
        lon_range = [bm.CENTER["lon"] - 5, bm.CENTER["lon"] + 5]
    lat0 = sum(lat_range) / 2
    fig.update_layout(
        plot_bgcolor=SEA, margin={"l": 10, "r": 10, "t": 60, "b": 10},
        xaxis={"range": lon_range, "visible": False},
        # equal ground distance on both axes at this latitude
        yaxis={"range": lat_range, "visible": False, "scaleanchor": "x",
               "scaleratio": 1 / max(math.cos(math.radians(lat0)), 0.2)},
        **layout)
    return fig


def static_map(fig: go.Figure) -> go.Figure:
    """A tile map (`scattermap` traces over `layout.map.layers`) as a vector map."""
    layers = [ly.to_plotly_json() for ly in (fig.layout.map.layers or ())]
    markers = [{"lat": t.lat, "lon": t.lon, "name": t.name, "size": t.marker.size,
                "color": t.marker.color, "text": t.text, "customdata": t.customdata}
               for t in fig.data if t.type == "scattermap"]
    return vector_map(layers, markers, title=fig.layout.title, legend=fig.layout.legend)
