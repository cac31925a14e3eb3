"""The offline basemap: country and governorate outlines, the Euphrates and
the Tigris shipped in data/geo/ (see data/geo/README.md for their sources).

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
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

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
RIVER, UNCERTAIN = "#4a90c2", "rgba(214, 96, 77, 0.15)"


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
                   "color": RIVER, "line": {"width": 2.5}, "below": "traces"})
    if uncertainty and uncertainty["features"]:
        layers.append({"sourcetype": "geojson", "source": uncertainty, "type": "fill",
                       "color": UNCERTAIN, "below": "traces"})
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
