"""A map figure redrawn as plain vector shapes, for image export.

The interactive map is a MapLibre `scattermap`; headless Chromium draws
MapLibre in software (no GPU), which made a map export take 3-6 s. For
images the same markers, outlines, river and uncertainty circles are drawn
as ordinary `scatter` traces on longitude/latitude axes (equirectangular,
aspect corrected for the latitude), which kaleido renders in well under a
second. The interactive page keeps the real map.
"""
from __future__ import annotations

import math

import plotly.graph_objects as go

from . import basemap as bm


def has_map(fig: go.Figure) -> bool:
    return any(t.type == "scattermap" for t in fig.data)


def _rings(geojson: dict):
    """Every line or polygon ring of a GeoJSON FeatureCollection, as lists of [lon, lat]."""
    for feat in (geojson or {}).get("features", []):
        geom = feat.get("geometry") or {}
        kind, coords = geom.get("type"), geom.get("coordinates") or []
        if kind == "LineString":
            yield coords
        elif kind in ("MultiLineString", "Polygon"):
            yield from coords
        elif kind == "MultiPolygon":
            for poly in coords:
                yield from poly


def _path(rings) -> tuple[list, list]:
    """All rings in one trace, separated by None (one trace per layer keeps it fast)."""
    xs: list = []
    ys: list = []
    for ring in rings:
        xs += [p[0] for p in ring] + [None]
        ys += [p[1] for p in ring] + [None]
    return xs, ys


def static_map(fig: go.Figure) -> go.Figure:
    out = go.Figure()
    layers = list(fig.layout.map.layers or ())
    for layer in layers:
        xs, ys = _path(_rings(layer.source))
        if not xs:
            continue
        if layer.type == "fill":
            outline = (layer.fill.outlinecolor if layer.fill else None) or "rgba(0,0,0,0)"
            out.add_trace(go.Scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor=layer.color,
                                     line={"color": outline, "width": 0.8},
                                     hoverinfo="skip", showlegend=False))
        else:
            out.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                                     line={"color": layer.color, "width": layer.line.width or 1.5}))
    for t in fig.data:
        if t.type != "scattermap":
            continue
        out.add_trace(go.Scatter(x=t.lon, y=t.lat, mode="markers", name=t.name,
                                 marker={"size": t.marker.size, "color": t.marker.color,
                                         "opacity": t.marker.opacity,
                                         "line": {"color": "white", "width": 0.5}}))
    lats = [float(y) for t in fig.data if t.type == "scattermap" and t.lat is not None for y in t.lat]
    lons = [float(x) for t in fig.data if t.type == "scattermap" and t.lon is not None for x in t.lon]
    lat0 = sum(lats) / len(lats) if lats else bm.CENTER["lat"]
    pad = 2.0  # degrees around the markers: enough to show borders and the river
    lon_range = [min(lons, default=bm.CENTER["lon"]) - pad * 1.5, max(lons, default=bm.CENTER["lon"]) + pad * 1.5]
    lat_range = [min(lats, default=lat0) - pad, max(lats, default=lat0) + pad]
    out.update_layout(
        title=fig.layout.title, legend=fig.layout.legend, plot_bgcolor="#dfe9f2",
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        xaxis={"range": lon_range, "visible": False},
        # equal ground distance on both axes at this latitude
        yaxis={"range": lat_range, "visible": False, "scaleanchor": "x",
               "scaleratio": 1 / max(math.cos(math.radians(lat0)), 0.2)})
    return out
