"""The offline basemap: country outlines and the Euphrates shipped in data/geo/.

The map is a plotly `scattermap` on `map_style="white-bg"` (no tiles, no
network) with these GeoJSON outlines as layers; OpenStreetMap tiles are an
opt-in alternative the user picks on the Map page (never in tests).
Uncertain locations (geo_precision 2-3) are drawn as translucent circles of
a radius that matches the precision, instead of a jittered point.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GEO_DIR = Path(__file__).resolve().parents[1] / "data" / "geo"

# radius (km) of the uncertainty circle by geo_precision: 2 = near / part of
# a town or district, 3 = only the governorate or region.
UNCERTAINTY_KM = {2: 10.0, 3: 40.0}
# the region the dashboard opens on (eastern Syria and western Iraq)
CENTER = {"lat": 35.2, "lon": 40.0}
ZOOM = 5.2


@dataclass(frozen=True)
class Basemap:
    countries: dict  # GeoJSON FeatureCollection of country polygons
    rivers: dict     # GeoJSON FeatureCollection of river lines
    tiles: str = "offline"  # "offline" (white background + outlines) or "osm" (online tiles)


@lru_cache(maxsize=4)
def load_basemap(geo_dir: str | Path = GEO_DIR) -> Basemap:
    """The shipped outlines; a missing file gives an empty layer, not an error."""
    def read(name: str) -> dict:
        path = Path(geo_dir) / name
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"type": "FeatureCollection", "features": []}
    return Basemap(countries=read("countries.geojson"), rivers=read("euphrates.geojson"))


def circle(lat: float, lon: float, km: float, n: int = 20) -> list[list[float]]:
    """A closed ring of [lon, lat] points `km` around a point (equirectangular
    approximation: accurate to a few percent at this size and latitude)."""
    dlat = km / 111.32
    dlon = km / (111.32 * max(math.cos(math.radians(lat)), 0.01))
    ring = [[round(lon + dlon * math.cos(2 * math.pi * k / n), 4),
             round(lat + dlat * math.sin(2 * math.pi * k / n), 4)] for k in range(n)]
    return ring + [ring[0]]


def uncertainty_geojson(points) -> dict:
    """Circles for the points whose place is approximate.
    `points`: iterable of (lat, lon, geo_precision)."""
    feats = []
    for lat, lon, precision in points:
        km = UNCERTAINTY_KM.get(int(precision or 1)) if precision == precision else None
        if km:
            feats.append({"type": "Feature", "properties": {"geo_precision": int(precision)},
                          "geometry": {"type": "Polygon", "coordinates": [circle(lat, lon, km)]}})
    return {"type": "FeatureCollection", "features": feats}


def map_layers(basemap: Basemap, uncertainty: dict | None = None) -> list[dict]:
    """Plotly `layout.map.layers`: outlines below the markers."""
    if basemap.tiles == "osm":  # outlines only over real tiles
        layers = [{"sourcetype": "geojson", "source": basemap.countries, "type": "line",
                   "color": "#8a8a8a", "line": {"width": 1}, "below": "traces"}]
    else:  # one layer for land and borders: the outlines are the biggest payload
        layers = [{"sourcetype": "geojson", "source": basemap.countries, "type": "fill",
                   "color": "#f4f1ea", "fill": {"outlinecolor": "#8a8a8a"}, "below": "traces"}]
    layers.append({"sourcetype": "geojson", "source": basemap.rivers, "type": "line",
                   "color": "#4a90c2", "line": {"width": 2.5}, "below": "traces"})
    if uncertainty and uncertainty["features"]:
        layers.append({"sourcetype": "geojson", "source": uncertainty, "type": "fill",
                       "color": "rgba(214, 96, 77, 0.15)", "below": "traces"})
    return layers


def map_style(basemap: Basemap) -> str:
    return "open-street-map" if basemap.tiles == "osm" else "white-bg"
