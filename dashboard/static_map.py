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
import re

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


def figure(data: list[dict], layout: dict) -> go.Figure:
    """A figure from plain trace and layout dicts, not validated property by
    property: plotly's validation was a third of building the Map's figure
    (0.04-0.08 s at a million incidents, twice that on a loaded machine,
    bench/dashboard.py), on every new filter. The dicts are plotly's own
    schema (tests/test_figures.py checks that a validated copy is the same
    figure)."""
    return go.Figure({"data": data, "layout": layout}, _validate=False)


def layer_traces(layers: list[dict]) -> list[dict]:
    """Plotly map layers (dicts, as basemap.map_layers makes them) as scatter traces (dicts)."""
    out = []
    for layer in layers:
        xs, ys = layer["path"] if "path" in layer else _path(bm.rings(layer.get("source")))
        if not len(xs):
            continue
        if layer.get("type") == "fill":
            outline = (layer.get("fill") or {}).get("outlinecolor") or "rgba(0,0,0,0)"
            out.append({"type": "scatter", "x": xs, "y": ys, "mode": "lines", "fill": "toself",
                        "fillcolor": layer.get("color"), "line": {"color": outline, "width": 0.8},
                        "hoverinfo": "skip", "showlegend": False})
        else:
            out.append({"type": "scatter", "x": xs, "y": ys, "mode": "lines", "hoverinfo": "skip",
                        "showlegend": False,
                        "line": {"color": layer.get("color"),
                                 "width": (layer.get("line") or {}).get("width") or 1.5}})
    return out


LABEL_STYLES = {  # kind -> plotly textfont
    "country": {"size": 13, "color": "#7a7368", "family": "Noto Sans, Arial, sans-serif"},
    "governorate": {"size": 11, "color": "#a0978a"},
    "city": {"size": 10, "color": "#3d3d3d"},
}


CITY_TIER_CLASS = "city-tier-{k}"  # CITY_ZOOM_SCRIPT gives each tier's <g> this class
HIDDEN = "rgba(0,0,0,0)"


def city_tier_traces(tiers) -> list[dict]:
    """The names for zooming in (basemap.city_label_tiers' tiers 1..), one
    trace per tier, drawn transparent: exports and the fitted view show tier 0
    only, and CITY_ZOOM_SCRIPT colours tier k in the browser once the view is
    2**k times narrower."""
    out = []
    for k, items in enumerate(tiers, start=1):
        if not items:
            continue
        lon, lat, text = zip(*items, strict=True)
        out.append({"type": "scatter", "x": list(lon), "y": list(lat), "text": list(text),
                    "mode": "text+markers", "hoverinfo": "skip", "showlegend": False,
                    "name": f"city names (zoom {2 ** k}x)", "meta": {"city_tier": k},
                    "textfont": {**LABEL_STYLES["city"], "color": HIDDEN},
                    "textposition": "top center", "marker": {"size": 3, "color": HIDDEN}})
    return out


def vector_map(layers: list[dict], markers: list[dict], labels=(), extent=None,
               names: dict | None = None, city_tiers=(), **layout) -> go.Figure:
    """Outlines, then place names, then markers. `markers`: one dict per
    legend group with lat, lon, name, size, color and optionally text and
    customdata; `labels`: (lon, lat, text) for governorate names; `names`:
    kind ("country", "city", "governorate") -> [(lon, lat, text)];
    `city_tiers`: more city names for zooming in (city_tier_traces). The
    view is `extent` (lon0, lat0, lon1, lat1), else it fits the markers."""
    data = layer_traces(layers) + city_tier_traces(city_tiers)
    groups = dict(names or {})
    if labels:
        groups.setdefault("governorate", list(labels))
    for kind in ("country", "governorate", "city"):
        items = groups.get(kind) or []
        if not items:
            continue
        lon, lat, text = zip(*items, strict=True)
        trace = {"type": "scatter", "x": list(lon), "y": list(lat),
                 "text": [f"{t.upper()}" if kind == "country" else t for t in text],
                 "mode": "text+markers" if kind == "city" else "text", "hoverinfo": "skip",
                 "showlegend": False, "name": f"{kind} names", "textfont": LABEL_STYLES[kind],
                 "textposition": "top center" if kind == "city" else "middle center"}
        if kind == "city":
            trace["marker"] = {"size": 3, "color": "#5a5a5a"}
        data.append(trace)
    for m in markers:
        trace = {"type": "scatter", "x": m["lon"], "y": m["lat"], "mode": "markers",
                 "name": m["name"],
                 "marker": {"size": m["size"], "color": m["color"], "opacity": 0.85,
                            "line": {"color": "white", "width": 0.5}},
                 "hoverinfo": "text" if m.get("text") is not None else "x+y"}
        trace.update({k: m[k] for k in ("text", "customdata") if m.get(k) is not None})
        data.append(trace)
    if labels:
        lon, lat, text = zip(*labels, strict=True)
        data.append({"type": "scatter", "x": list(lon), "y": list(lat), "text": list(text),
                     "mode": "text", "hoverinfo": "skip", "showlegend": False,
                     "textfont": {"size": 11, "color": "#8f877a"}})
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
    if city_tiers:  # the fitted view, which CITY_ZOOM_SCRIPT measures zooms against
        layout.setdefault("meta", {"fitted_view": [*lon_range, *lat_range]})
    return figure(data, {
        "plot_bgcolor": SEA, "margin": {"l": 10, "r": 10, "t": 60, "b": 10},
        "xaxis": {"range": lon_range, "visible": False},
        # equal ground distance on both axes at this latitude
        "yaxis": {"range": lat_range, "visible": False, "scaleanchor": "x",
                  "scaleratio": 1 / max(math.cos(math.radians(lat0)), 0.2)},
        **{k: _plain(k, v) for k, v in layout.items()}})


def _plain(key: str, value):
    """A layout value as plotly's schema writes it (a title is {"text": ...})."""
    if hasattr(value, "to_plotly_json"):
        return value.to_plotly_json()
    if key == "title" and isinstance(value, str):
        return {"text": value}
    return value


def static_map(fig: go.Figure) -> go.Figure:
    """A tile map (`scattermap` traces over `layout.map.layers`) as a vector map."""
    layers = [ly.to_plotly_json() for ly in (fig.layout.map.layers or ())]
    markers = [{"lat": t.lat, "lon": t.lon, "name": t.name, "size": t.marker.size,
                "color": t.marker.color, "text": t.text, "customdata": t.customdata}
               for t in fig.data if t.type == "scattermap"]
    return vector_map(layers, markers, title=fig.layout.title, legend=fig.layout.legend)


# The browser side of the zoom-following city names. Plotly tells the server
# nothing about a zoom made with the modebar or the mouse, so a small script
# (views/map.py puts it on the page) watches each offline map: at the first
# draw of a figure (a new layout.meta) it notes the x span, and after every redraw (zoom, pan,
# reset) it sets the class city-zoom-L on the plot, L = log2 of how many times
# narrower the view is (at most the deepest tier); the style rules below make
# the names of tiers <= L visible (each tier's <g> tagged city-tier-k). A CSS rule with !important wins over the
# colour plotly writes into each name's style attribute (a transparent colour
# becomes fill-opacity: 0 there).
CITY_COLORS = {"text": LABEL_STYLES["city"]["color"], "path.point": "#5a5a5a"}


def city_zoom_css(tiers: int) -> str:
    rules = []
    for level in range(1, tiers + 1):
        for k in range(1, level + 1):
            for element, color in CITY_COLORS.items():
                rules.append(f".js-plotly-plot.city-zoom-{level} g.{CITY_TIER_CLASS.format(k=k)} "
                             f"{element} {{fill: {color} !important; fill-opacity: 1 !important}}")
    return "\n".join(rules)


# No "<" followed by a letter or "/" anywhere in the script: Streamlit's
# sanitiser (DOMPurify) drops a <script> whose text looks like markup.
CITY_ZOOM_SCRIPT = """
(() => {
  if (window.__cityZoom) return;
  window.__cityZoom = true;
  const style = document.createElement('style');
  style.textContent = %(css)s;
  document.head.appendChild(style);
  const TIERS = %(tiers)d;
  const span = gd => {
    const r = gd._fullLayout && gd._fullLayout.xaxis && gd._fullLayout.xaxis.range;
    return r ? Math.abs(r[1] - r[0]) : null;
  };
  const hasTiers = gd => (gd._fullData || []).some(t => t.meta && t.meta.city_tier);
  const apply = gd => {
    if (!hasTiers(gd)) return;
    // a new figure (new filters) has a new fitted view in layout.meta; a zoom leaves it
    const key = JSON.stringify((gd.layout && gd.layout.meta) || null);
    const now = span(gd);
    if (!now) return;
    if (gd.__cityKey !== key) { gd.__cityKey = key; gd.__cityBase = now; }
    // plotly keeps no trace id in the DOM that survives Streamlit: tag each tier's group
    gd.querySelectorAll('.scatterlayer g.trace').forEach(g => {
      const t = g.__data__ && g.__data__[0] && g.__data__[0].trace;
      const k = t && t.meta && t.meta.city_tier;
      if (k && !g.classList.contains('city-tier-' + k)) g.classList.add('city-tier-' + k);
    });
    const level = Math.max(0, Math.min(TIERS, Math.floor(Math.log2(gd.__cityBase / now) + 0.05)));
    const want = 'city-zoom-' + level;
    if (!gd.classList.contains(want)) {
      for (let k = 0; k <= TIERS; k++) gd.classList.remove('city-zoom-' + k);
      gd.classList.add(want);
    }
  };
  const hook = gd => {
    if (gd.__cityHooked || !gd.on) return;
    gd.__cityHooked = true;
    gd.on('plotly_afterplot', () => apply(gd));
    gd.on('plotly_relayout', () => apply(gd));
  };
  const scan = () => document.querySelectorAll('.js-plotly-plot').forEach(gd => { hook(gd); apply(gd); });
  scan();
  setInterval(scan, 300);
})();
"""


def city_zoom_html(tiers: int = len(bm.CITY_TIER_LABELS) - 1) -> str:
    """A <script> for the page that shows the city tiers as the user zooms."""
    import json
    assert not re.search(r"<[/\w]", CITY_ZOOM_SCRIPT)
    return "<script>" + CITY_ZOOM_SCRIPT % {"css": json.dumps(city_zoom_css(tiers)), "tiers": tiers} + "</script>"
