"""Build the shipped offline basemap (data/geo/*.geojson) once, by hand.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python data/geo/build_basemap.py package/countries-10m.json

world-atlas is Natural Earth 1:10m admin-0 countries as TopoJSON. We decode
the TopoJSON here (about 30 lines) rather than add a dependency: the Python
`topojson` package only encodes, and this runs once, not at run time.
The Euphrates is drawn from known river-town coordinates (see RIVER_TOWNS)
because no registry package ships Natural Earth river lines in a usable form.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BBOX = (33.0, 28.0, 50.0, 39.5)  # lon_min, lat_min, lon_max, lat_max: Syria, Iraq and neighbours
KEEP = {"Syria", "Iraq", "Turkey", "Jordan", "Lebanon", "Israel", "Palestine",
        "Saudi Arabia", "Iran", "Kuwait", "Cyprus", "N. Cyprus"}
DECIMALS = 3  # about 100 m: plenty for a regional overview

# Euphrates, upstream to downstream, through towns whose positions are known
# (GeoNames); a schematic line, not a surveyed river course.
RIVER_TOWNS = [
    ("Birecik", 37.99, 37.03), ("Jarabulus", 38.01, 36.82),
    ("Qara Qozak", 38.23, 36.55), ("Tabqa dam", 38.55, 35.87),
    ("Raqqa", 39.01, 35.95), ("Maadan", 39.66, 35.74),
    ("Deir ez-Zor", 40.141, 35.336), ("al-Mayadin", 40.452, 35.020),
    ("al-Ashara", 40.63, 34.92), ("Hajin", 40.83, 34.69),
    ("Albukamal", 40.919, 34.452), ("al-Qaim", 41.07, 34.37),
    ("Anah", 41.99, 34.37), ("Haditha", 42.36, 34.14), ("Hit", 42.83, 33.64),
    ("Ramadi", 43.30, 33.42), ("Fallujah", 43.78, 33.35),
    ("Musayyib", 44.24, 32.78), ("Hillah", 44.42, 32.48),
    ("Kufa", 44.40, 32.03), ("Samawah", 45.29, 31.31),
    ("Nasiriyah", 46.26, 31.04), ("Qurna", 47.43, 31.01),
]


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:  # delta-encoded, quantised
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, indexes) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        seg = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(seg if not pts else seg[1:])
    return pts


def thin(pts, step):
    """Drop points closer than `step` degrees to the last kept one."""
    out = [pts[0]]
    for p in pts[1:-1]:
        if abs(p[0] - out[-1][0]) + abs(p[1] - out[-1][1]) >= step:
            out.append(p)
    out.append(pts[-1])
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in out]


def in_bbox(pts) -> bool:
    return any(BBOX[0] <= x <= BBOX[2] and BBOX[1] <= y <= BBOX[3] for x, y in pts)


def countries(topo: dict, step: float = 0.02) -> dict:
    arcs = decode_arcs(topo)
    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name")
        if name not in KEEP:
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = []
        for poly in polys:
            outer = ring(arcs, poly[0])
            if len(outer) >= 4 and in_bbox(outer):
                rings.append([thin(outer, step)])
        if rings:
            feats.append({"type": "Feature", "properties": {"name": name},
                          "geometry": {"type": "MultiPolygon", "coordinates": rings}})
    return {"type": "FeatureCollection", "features": feats}


def euphrates() -> dict:
    return {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": "Euphrates"},
        "geometry": {"type": "LineString",
                     "coordinates": [[lon, lat] for _, lon, lat in RIVER_TOWNS]}}]}


def main(path: str) -> None:
    topo = json.loads(Path(path).read_text())
    for name, fc in (("countries.geojson", countries(topo)), ("euphrates.geojson", euphrates())):
        out = HERE / name
        out.write_text(json.dumps(fc, separators=(",", ":")))
        print(f"{out}: {len(fc['features'])} features, {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
