"""Figures, basemap and evidence HTML: pure functions on frames built by code."""
import json
import math
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from dashboard import basemap as bm
from dashboard import figures as fg
from dashboard import query as q
from store.database import Store
from store.filters import Filters
from tests.fixtures_db import build_fixture_db
from widgets.ui import highlight_evidence


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return Store(build_fixture_db(tmp_path_factory.mktemp("db") / "fixture.duckdb"))


def is_empty_figure(fig) -> bool:
    return [a.text for a in fig.layout.annotations] == [fg.EMPTY_MESSAGE] and not fig.data


def markers(fig):
    return [t for t in fig.data if t.mode == "markers"]


def test_map_traces_per_bloc_sized_by_count(store):
    fig = fg.map_figure(q.map_points(store, Filters()), "bloc1")
    assert sorted(t.name for t in markers(fig)) == ["ISIS", "Iran-aligned", "Turkey",
                                                    "US-led coalition", "Unknown"]
    iran = next(t for t in fig.data if t.name == "Iran-aligned")
    hover = [h for h in iran.text if "Conoco gas field" in h][0]
    assert "حقل كونيكو" in hover and "3 incident(s)" in hover
    assert [list(c)[2] for c in iran.customdata] == ["Iran-aligned"] * len(iran.y)
    sizes = dict(zip(iran.text, iran.marker.size, strict=True))
    assert sizes[hover] == pytest.approx(8 + 6 * math.sqrt(3))
    assert fig.layout.title.text.startswith("Incidents by place")


def test_offline_map_is_vector_with_uncertainty_areas(store):
    pts = q.map_points(store, Filters())
    fig = fg.map_figure(pts)
    assert {t.type for t in fig.data} == {"scatter"}  # no MapLibre, no tiles
    fills = [t for t in fig.data if t.fill == "toself"]
    assert [t.fillcolor for t in fills] == [bm.LAND, bm.UNCERTAIN]
    # governorate-only places shade their governorate (once each); nearby ones get circles
    areas = bm.uncertainty_geojson(pts[["lat", "lon", "geo_precision", "admin1"]]
                                   .itertuples(index=False), bm.load_basemap())["features"]
    shaded = sorted(f["properties"]["governorate"] for f in areas if "governorate" in f["properties"])
    assert shaded == ["Deir ez-Zor", "Hasakah"]
    n_near = len(pts[pts["geo_precision"] == 2][["lat", "lon"]].drop_duplicates())
    assert len(areas) == 2 + n_near
    rings = int(np.isnan(np.asarray(fills[1].x, dtype=float)).sum())  # one NaN ends each ring
    deir, hasakah = (bm.load_basemap().governorate(g) for g in shaded)
    assert rings == n_near + len(deir["geometry"]["coordinates"]) + len(hasakah["geometry"]["coordinates"])
    labels = next(t for t in fig.data if t.name == "governorate names")
    assert list(labels.text) == ["Deir ez-Zor", "Hasakah", "Homs"]  # where the markers are
    countries = next(t for t in fig.data if t.name == "country names")
    assert {"SYRIA", "IRAQ"} <= set(countries.text)
    cities = list(next(t for t in fig.data if t.name == "city names").text)
    assert "Ar Raqqah" in cities and "Deir ez-Zor" in cities and len(cities) <= bm.CITY_LABELS
    assert fig.layout.yaxis.scaleanchor == "x" and fig.layout.dragmode == "select"


def test_tile_map_is_maplibre_with_the_same_layers(store):
    pts = q.map_points(store, Filters())
    online = fg.map_figure(pts, basemap=replace(bm.load_basemap(), tiles="osm"))
    assert {t.type for t in online.data} == {"scattermap"}
    assert online.layout.map.style == "open-street-map"
    layers = online.layout.map.layers
    assert [ly.type for ly in layers] == ["line", "line", "line", "fill"]
    governorates = {f["properties"]["name"] for f in layers[1].source["features"]}
    assert {"Deir ez-Zor", "Hasakah", "Homs", "Anbar"} <= governorates  # those in view only
    assert "Marib" not in governorates and layers[1].color == bm.GOV_BORDER
    assert layers[3].color == bm.UNCERTAIN


def test_map_colour_choice_and_escaped_hover(store):
    by_type = fg.map_figure(q.map_points(store, Filters(), color_by="event_type"), "event_type")
    assert {t.name for t in markers(by_type)} == {"Battles", "Explosions/Remote violence"}
    rows = pd.DataFrame([{"key_lat": 36.0, "key_lon": 40.7, "decimals": 4, "places": 1,
                          "lat": 36.0, "lon": 40.7, "site": "<b>x</b>", "site_ar": "<script>1</script>",
                          "admin1": "Hasakah", "geo_precision": 1, "group": "ISIS", "incidents": 1,
                          "fatalities": 0, "injured": 0, "date_min": None, "date_max": None,
                          "actors": "ISIS → Unknown", "types": "Attack", "weapons": "",
                          "n_sources": 1}])
    hover = markers(fg.map_figure(rows))[0].text[0]
    assert "&lt;script&gt;1&lt;/script&gt;" in hover and "<script>" not in hover
    assert "&lt;b&gt;x&lt;/b&gt;" in hover


def test_a_busy_marker_lists_its_first_actor_pairs_and_how_many_more():
    pairs = [f"Side {i} → Unknown" for i in range(10)]
    rows = pd.DataFrame([{"key_lat": 36.0, "key_lon": 40.7, "decimals": 1, "places": 3,
                          "lat": 36.0, "lon": 40.7, "site": "al-Shaddadi", "site_ar": "الشدادي",
                          "admin1": "Hasakah", "geo_precision": 1, "group": "ISIS", "incidents": 10,
                          "fatalities": None, "injured": 2, "date_min": None, "date_max": None,
                          "actors": "; ".join(pairs), "types": "Attack; Shelling",
                          "weapons": "drones, rockets", "n_sources": 10}])
    hover = markers(fg.map_figure(rows))[0].text[0]
    assert ("Actors: " + "; ".join(pairs[:fg.HOVER_ITEMS]).replace(">", "&gt;")
            + f"; … {10 - fg.HOVER_ITEMS} more<br>") in hover
    assert "Type: Attack; Shelling<br>Weapons: drones, rockets<br>" in hover
    assert "Killed: unknown · injured: 2" in hover


def test_hover_texts_of_missing_and_partial_values():
    """Missing dates, tolls, sources, places and weapons read as the analyst
    expects (hover_texts builds these row by row in plain Python)."""
    rows = pd.DataFrame({
        "site": ["a<b", None], "site_ar": ["ع", None], "admin1": [None, "Homs"],
        "geo_precision": [None, 2], "places": [1, 3],
        "date_min": [pd.NaT, pd.Timestamp("2020-01-02")], "date_max": [pd.NaT, pd.Timestamp("2020-01-05")],
        "actors": ["; ".join(f"A{i} → B" for i in range(8)), None], "types": ["t", None],
        "weapons": ["", "rockets, drones"], "fatalities": [None, 3], "injured": [0, None],
        "incidents": [1, 2.0], "n_sources": [None, 4]})
    assert list(fg.hover_texts(rows)) == [
        "<b>a&lt;b</b> · <span dir='rtl'>ع</span><br><br>Date: undated<br>Actors: A0 → B; A1 → B; "
        "A2 → B; A3 → B; A4 → B; A5 → B; … 2 more<br>Type: t<br>Weapons: —<br>Killed: unknown · "
        "injured: 0<br>1 incident(s) · 0 source report(s)",
        "<b></b> and 2 more place(s) · <span dir='rtl'></span><br>Homs (near; ±10 km)<br>Date: "
        "2020-01-02 to 2020-01-05<br>Actors: <br>Type: <br>Weapons: rockets, drones<br>Killed: 3 · "
        "injured: unknown<br>2 incident(s) · 4 source report(s)"]


def test_map_from_incident_rows_matches_store_aggregation(store):
    from_rows = fg.points_from_incidents(q.incidents(store, Filters()))
    from_sql = q.map_points(store, Filters())
    key = ["key_lat", "key_lon", "group"]
    a = from_rows.set_index(key)["incidents"].sort_index()
    b = from_sql.set_index(key)["incidents"].sort_index()
    assert a.to_dict() == b.to_dict()


def test_timeline_stacks_and_casualty_lines(store):
    tl = q.timeline(store, Filters(), freq="month")
    fig = fg.timeline_figure(tl, "bloc", freq="month")
    bars = [t for t in fig.data if t.type == "bar"]
    lines = {t.name: t for t in fig.data if t.type == "scatter"}
    assert sum(sum(t.y) for t in bars) == 17
    assert fig.layout.barmode == "stack"
    assert sum(lines["Fatalities"].y) == 22 and sum(lines["Injured"].y) == 19
    # months with nothing are zeros: June 2021 to March 2023 is 22 months
    assert len(lines["Fatalities"].x) == 22
    filtered = fg.timeline_figure(q.timeline(store, Filters(blocs=("ISIS",)), freq="month"))
    assert [t.name for t in filtered.data if t.type == "bar"] == ["ISIS"]


def test_matrix_heatmap_counts(store):
    fig = fg.matrix_figure(q.actor_matrix(store, Filters()))
    hm = fig.data[0]
    z = pd.DataFrame(hm.z, index=hm.y, columns=hm.x)
    assert z.loc["Iran-backed militias", "US forces"] == 5
    assert z.loc["US forces", "Unknown"] == 1
    assert pd.isna(z.loc["ISIS", "US forces"])  # no such pair: blank cell, not 0
    assert hm.y[-1] == "Iran-backed militias"  # busiest attacker drawn on top
    clickable = fig.data[1]  # one selectable marker per filled cell
    assert len(clickable.x) == int(z.notna().sum().sum())
    assert ("US forces", "Iran-backed militias") in set(zip(clickable.x, clickable.y, strict=True))


def test_bars(store):
    fig = fg.bars_figure(q.top_attackers(store, Filters(), n=3), "Most active attackers")
    assert list(fig.data[0].y)[-1] == "Iran-backed militias" and list(fig.data[0].x)[-1] == 6


@pytest.mark.parametrize("make", [
    lambda s: fg.map_figure(q.map_points(s, Filters()), "bloc1"),
    lambda s: fg.map_figure(q.map_points(s, Filters()), "actor1"),
    lambda s: fg.timeline_figure(q.timeline(s, Filters(), freq="week"), "bloc", "week"),
    lambda s: fg.matrix_figure(q.actor_matrix(s, Filters())),
    lambda s: fg.bars_figure(q.top_attackers(s, Filters()), "Most active attackers"),
])
def test_figures_built_unvalidated_are_what_plotly_validates(store, make):
    """The figures are built from dicts without plotly's per-property
    validation (static_map.figure, for speed): a validated copy must be the
    same figure, so no property is misspelt or mistyped."""
    import plotly.graph_objects as go
    import plotly.io as pio
    fig = make(store)
    checked = go.Figure(fig.to_dict())  # raises on an invalid property
    assert json.loads(pio.to_json(checked)) == json.loads(pio.to_json(fig, validate=False))


@pytest.mark.parametrize("make", [
    lambda df: fg.map_figure(df), lambda df: fg.timeline_figure(df),
    lambda df: fg.matrix_figure(df), lambda df: fg.bars_figure(df, "Most targeted"),
])
def test_empty_frames_give_a_message(store, make):
    none = Filters(actors=("Nobody",))
    frames = [q.map_points(store, none), q.timeline(store, none), q.actor_matrix(store, none),
              q.top_targets(store, none)]
    for df in frames + [pd.DataFrame()]:
        try:
            fig = make(df)
        except KeyError:
            continue  # a frame meant for another figure
        assert is_empty_figure(fig) and fig.layout.title.text


def test_shipped_basemap_covers_the_world_and_the_region():
    total = sum(p.stat().st_size for p in bm.GEO_DIR.glob("*.geojson"))
    assert total < 3_000_000
    base = bm.load_basemap()
    names = {f["properties"]["name"] for f in base.countries["features"]}
    assert {"Syria", "Iraq", "Turkey", "Yemen", "Egypt", "Libya", "France", "Nigeria"} <= names
    govs = {(f["properties"]["country"], f["properties"]["name"]) for f in base.governorates["features"]}
    assert {("SY", "Deir ez-Zor"), ("YEM", "Ma'rib"), ("EGY", "Shamal Sina'"), ("LBY", "Benghazi")} <= govs
    rivers = {f["properties"]["name"] for f in base.rivers["features"]}
    assert {"Nile", "Euphrates", "Tigris"} <= rivers


def test_the_map_sends_only_what_is_in_view(store):
    fig = fg.map_figure(q.map_points(store, Filters()))
    assert len(fig.to_json()) < 400_000  # the whole world's outlines are 2 MB
    lons = np.concatenate([np.asarray(t.x, dtype=float) for t in fig.data])
    assert np.nanmin(lons) > 20 and np.nanmax(lons) < 60

    def passes_near(name, lon, lat, tol=0.1):
        return any(abs(x - lon) < tol and abs(y - lat) < tol
                   for f in bm.load_basemap().rivers["features"] if f["properties"]["name"] == name
                   for x, y in f["geometry"]["coordinates"])
    assert passes_near("Euphrates", 40.141, 35.336)  # Deir ez-Zor
    assert passes_near("Tigris", 43.13, 36.34)  # Mosul
    assert passes_near("Nile", 31.23, 30.05)  # Cairo
    json.dumps(bm.load_basemap().countries)  # plain JSON, ready for plotly


def test_every_syrian_and_iraqi_governorate_has_an_outline():
    """data/admin1.csv (what the store names) and governorates.geojson agree.
    Halabja became a governorate in 2014, after Natural Earth's admin-1 split."""
    import csv
    with open(bm.GEO_DIR.parent / "admin1.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["country"] in ("SY", "IQ")]
    missing = [r["name"] for r in rows if bm.load_basemap().governorate(r["name"]) is None]
    assert missing == ["Halabja"]
    deir = bm.load_basemap().governorate("Deir ez-Zor")
    lon, lat = deir["properties"]["label"]
    assert 39.5 < lon < 41.5 and 34.5 < lat < 36.0


def test_missing_basemap_files_give_empty_layers(tmp_path):
    b = bm.load_basemap(tmp_path)
    assert b.countries["features"] == [] and b.rivers["features"] == []
    assert b.governorate("Deir ez-Zor") is None
    assert bm.uncertainty_geojson([(35.0, 40.0, 3, "Deir ez-Zor")], b)["features"][0][
        "properties"] == {"geo_precision": 3}  # no outline shipped: the ±40 km circle


def test_uncertainty_circle_radius():
    ring = bm.circle(35.0, 40.0, 40.0)
    east = max(p[0] for p in ring)
    km = (east - 40.0) * 111.32 * math.cos(math.radians(35.0))
    assert km == pytest.approx(40.0, rel=0.01) and ring[0] == ring[-1]
    feats = bm.uncertainty_geojson([(35.0, 40.0, 1), (35.0, 40.0, 2), (35.0, 40.0, 3)])["features"]
    assert [f["properties"]["geo_precision"] for f in feats] == [2, 3]


def test_evidence_is_escaped_before_highlighting():
    text = "انفجرت عبوة ناسفة في مدينة الشدادي <script>alert('x')</script> <img src=x onerror=alert(1)>"
    html = highlight_evidence(text, {"place": ["الشدادي"], "weapon": ["عبوة ناسفة"],
                                     "date": ["فجر"]})
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert 'dir="rtl"' in html
    assert '<mark class="ev-place" style="background:#fff2a8">الشدادي</mark>' in html
    assert html.count("<mark") == 2  # "فجر" is not marked inside "انفجرت"
    # a term that looks like markup is matched as escaped text, never emitted raw
    marked = highlight_evidence(text, {"actor": ["<script>"]})
    assert "<script>" not in marked and "&lt;script&gt;</mark>" in marked


def test_evidence_highlights_after_clitics():
    html = highlight_evidence("وللقوات الأمريكية قاعدة", {"actor": ["قوات الأمريكية"]})
    assert "ولل<mark" in html and "قوات الأمريكية</mark>" in html


def test_a_map_of_many_blocs_keeps_the_biggest_and_merges_the_rest_as_other():
    blocs = list(fg.BLOC_COLORS)[:15]  # Unknown is the last named one; 15 groups in all
    rows = pd.DataFrame([{"key_lat": 33.0 + i / 10, "key_lon": 40.0, "decimals": 4, "places": 1,
                          "lat": 33.0 + i / 10, "lon": 40.0, "site": f"Place {i}", "site_ar": "",
                          "admin1": "Homs", "geo_precision": 1, "group": b, "incidents": 100 - i,
                          "fatalities": 0, "injured": 0, "date_min": None, "date_max": None,
                          "actors": "", "types": "", "weapons": "", "n_sources": 1}
                         for i, b in enumerate(blocs + ["Unknown"])])
    fig = fg.map_figure(rows)
    traces = {t.name: t for t in markers(fig)}
    assert len(traces) == fg.MAP_GROUPS + 1  # the 11 biggest, Unknown and Other
    assert set(traces) == set(blocs[:11]) | {"Unknown", fg.OTHER}
    assert all(traces[b].marker.color == fg.color_of(b) for b in blocs[:11])
    other = traces[fg.OTHER]
    assert [c[2] for c in other.customdata] == blocs[11:15]  # selection still knows each bloc
    assert other.text[0].startswith(f"Attacker bloc: {blocs[11]}<br>")
    assert "Attacker bloc:" not in traces[blocs[0]].text[0]


def test_a_hashed_name_never_takes_a_named_bloc_s_colour():
    from dashboard.colors import ACTOR_COLORS, BLOC_COLORS, OTHER_COLOR, color_of
    fixed = {*BLOC_COLORS.values(), *ACTOR_COLORS.values(), OTHER_COLOR}
    # blocs the ontology leaves to the hash: states' forces and groups it does not list
    hashed = ["Saudi Arabia government", "Egypt government", "Libya government", "Sudan government",
              "Tehrik-i-Taliban Pakistan", "Rapid Support Forces", "Southern Transitional Council"]
    assert all(color_of(name) not in fixed for name in hashed)
    assert color_of("Other") == OTHER_COLOR and color_of("Saudi Arabia government") == color_of(
        "Saudi Arabia government")
