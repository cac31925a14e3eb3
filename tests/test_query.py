"""dashboard.query against a store built by code from the seeds' facts.

Expected numbers follow from tests/fixtures_db.INCIDENTS: 20 incidents, one
rejected (so 19 by default), 2 of those undated, killed 4+1+12+3+2 = 22,
injured 3+7+5+4 = 19 (7 set by an analyst's correction).
"""
from datetime import date

import pandas as pd
import pytest

from dashboard import query as q
from store.database import Store
from store.filters import Filters
from tests.fixtures_db import INCIDENTS, articles, build_fixture_db, incident_id

ALL = Filters()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return Store(build_fixture_db(tmp_path_factory.mktemp("db") / "fixture.duckdb"))


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory):
    return Store(tmp_path_factory.mktemp("empty") / "none.duckdb")  # no file at all


def test_headline_counts_the_fixture(store):
    h = q.headline(store, ALL)
    assert (h["incidents"], h["undated"], h["fatalities"], h["injured"]) == (19, 2, 22, 19)
    assert h["by_bloc"] == {"US-led coalition": 9, "Iran-aligned": 6, "Unknown": 2, "ISIS": 1,
                            "Turkey": 1}
    assert h["sources"] == 8  # the five seeds and three fixture articles
    assert (h["date_min"], h["date_max"]) == (date(2021, 6, 27), date(2023, 3, 24))
    assert h["top_sites"][0] == ("Deir ez-Zor", 5)


def test_rejected_incident_only_when_asked(store):
    assert q.headline(store, Filters(include_rejected=True))["incidents"] == 20
    ids = set(q.incidents(store, ALL)["incident_id"])
    assert incident_id("fx-statistic-rejected") not in ids


def test_two_reports_of_one_attack_are_one_incident(store):
    omar = incident_id("fx-omar-2021-06-28")
    row = q.incident(store, omar)
    assert row["n_sources"] == 2 and sorted(row["outlets"]) == ["Al-Seyassah", "Levant 24"]
    reps = q.reports(store, omar)
    assert list(reps["outlet"]) == ["Levant 24", "Al-Seyassah"]  # oldest first
    texts = {a: r["cleaned_text"] for a, r in articles().items()}
    for rep in reps.itertuples():  # evidence offsets point into the article's text
        import json
        ev = json.loads(rep.evidence)[0]
        assert texts[rep.article_id][ev["start"]:ev["end"]] == ev["text"]
    assert "حقل العمر" in json.loads(reps["evidence"].iloc[0])[0]["text"]


def test_timeline_by_month_and_bloc(store):
    tl = q.timeline(store, ALL, freq="month", stack="bloc1")
    assert list(tl.columns) == ["period", "group", "incidents", "fatalities", "injured"]
    assert int(tl["incidents"].sum()) == 17  # 19 minus the 2 undated
    june = tl[tl["period"].astype(str).str.startswith("2021-06")]
    assert dict(zip(june["group"], june["incidents"], strict=True)) == {"Iran-aligned": 1, "US-led coalition": 4}
    assert int(tl["fatalities"].sum()) == 22 and int(tl["injured"].sum()) == 19
    weeks = q.timeline(store, ALL, freq="week")
    assert set(weeks["period"].astype(str)) >= {"2021-06-21", "2021-06-28"}  # Mondays
    assert q.undated_count(store, ALL) == 2


def test_timeline_refuses_unknown_grouping(store):
    with pytest.raises(ValueError):
        q.timeline(store, ALL, stack="bloc1; DROP TABLE incidents")
    with pytest.raises(ValueError):
        q.timeline(store, ALL, freq="year")


def test_actor_matrix_and_unknown_target(store):
    m = q.actor_matrix(store, ALL)
    cell = {(r.attacker, r.target): r.incidents for r in m.itertuples()}
    assert cell[("Iran-backed militias", "US forces")] == 5
    assert cell[("US forces", "Unknown")] == 1  # the Apache strike names no target
    blocs = q.actor_matrix(store, ALL, level="bloc")
    assert blocs.iloc[0][["attacker", "target", "incidents"]].tolist() == \
        ["US-led coalition", "Iran-aligned", 8]
    assert int(m["incidents"].sum()) == 19


def test_matrix_cell_filter_matches_its_count(store):
    f = Filters(actor1="US forces", actor2="Unknown")
    assert q.headline(store, f)["incidents"] == 1
    assert q.incidents(store, f)["incident_id"].tolist() == [incident_id("fx-apache-2022-08-25")]


def test_top_attackers_and_targets(store):
    att = q.top_attackers(store, ALL, n=3)
    assert att.iloc[0].tolist() == ["Iran-backed militias", 6, 0]
    assert len(att) == 3
    tgt = q.top_targets(store, ALL)
    assert dict(zip(tgt["actor"], tgt["incidents"], strict=True))["US forces"] == 6


@pytest.mark.parametrize("filters, expected", [
    (Filters(actors=("ISIS",)), 1),
    (Filters(blocs=("Turkey",)), 1),
    (Filters(weapons=("drones",)), 3),
    (Filters(outlets=("Al-Seyassah",)), 2),
    (Filters(since=date(2023, 1, 1)), 6),
    (Filters(sites=("Conoco gas field",)), 3),
    (Filters(admin1=("Hasakah",)), 3),
    (Filters(sub_event_types=("Armed clash",)), 1),
    (Filters(reviewed_only=True), 3),
    (Filters(min_confidence=0.85), 4),
])
def test_filters_narrow_every_count(store, filters, expected):
    assert q.headline(store, filters)["incidents"] == expected
    assert len(q.incidents(store, filters)) == expected
    assert int(q.actor_matrix(store, filters)["incidents"].sum()) == expected


def test_search_matches_arabic_and_english(store):
    assert len(q.incidents(store, ALL, search="الميادين")) == 2
    assert q.incidents(store, ALL, search="qamishli")["site"].tolist() == ["Qamishli"]
    assert q.incidents(store, ALL, search="'; DROP TABLE incidents; --").empty


def test_map_points_and_selection_round_trip(store):
    pts = q.map_points(store, ALL)
    conoco = pts[pts["site"] == "Conoco gas field"]
    assert conoco[["group", "incidents"]].values.tolist() == [["Iran-aligned", 3]]
    assert int(pts["incidents"].sum()) == 19  # every non-rejected incident has coordinates
    assert q.headline(store, ALL)["unplaced"] == 0
    assert q.headline(store, Filters(include_rejected=True))["unplaced"] == 1  # the statistic
    key = conoco[["key_lat", "key_lon", "group", "decimals"]].iloc[0].tolist()
    ids = q.ids_at_points(store, ALL, [key])
    assert ids == sorted(incident_id(k) for k in
                         ("fx-conoco-000", "fx-conoco-2022-08-25", "fx-conoco-2023-03-24"))
    assert q.headline(store, Filters(incident_ids=tuple(ids)))["incidents"] == 3


def test_crowded_maps_merge_nearby_places(store):
    fine = q.map_points(store, ALL, color_by="event_type")
    coarse = q.map_points(store, ALL, color_by="event_type", max_markers=9)
    assert set(fine["decimals"]) == {4} and len(fine) == 10
    assert set(coarse["decimals"]) == {1} and len(coarse) < len(fine)
    assert int(coarse["incidents"].sum()) == 19
    # Khasham (35.301, 40.289) and Conoco (35.33, 40.30) share a ~10 km cell
    cell = coarse[(coarse["key_lat"] == 35.3) & (coarse["key_lon"] == 40.3)]
    assert cell[["places", "incidents"]].values.tolist() == [[2, 4]]
    ids = q.ids_at_points(store, ALL, cell[["key_lat", "key_lon", "group", "decimals"]].values.tolist(),
                          color_by="event_type")
    assert ids == sorted(incident_id(k) for k in ("fx-khasham-000", "fx-conoco-000",
                                                  "fx-conoco-2022-08-25", "fx-conoco-2023-03-24"))


def test_a_selection_spread_over_a_region_merges_by_whole_degrees(store):
    """Above max_markers at ~10 km: one marker per degree cell and colour group,
    at the mean position of its incidents; a marker selects exactly its incidents."""
    region = q.map_points(store, ALL, color_by="event_type", max_markers=6)
    assert set(region["decimals"]) == {0} and len(region) == 6
    rows = q.incidents(store, ALL)
    rows = rows[rows["lat"].notna()].assign(
        key_lat=lambda d: d["lat"].round(4).round(0), key_lon=lambda d: d["lon"].round(4).round(0))
    cells = rows.groupby(["key_lat", "key_lon", "event_type"])
    expected = sorted([la, lo, g, len(sub), round(sub["lat"].mean(), 9)] for (la, lo, g), sub in cells)
    got = sorted([r.key_lat, r.key_lon, r.group, r.incidents, round(r.lat, 9)] for r in region.itertuples())
    assert got == expected
    for r in region.itertuples():
        ids = q.ids_at_points(store, ALL, [(r.key_lat, r.key_lon, r.group, r.decimals)], color_by="event_type")
        assert ids == sorted(cells.get_group((r.key_lat, r.key_lon, r.group))["incident_id"])


def test_article_text_is_returned_verbatim(store):
    art = q.article(store, "fx_xss_2023")
    assert "<script>alert('x')</script>" in art["cleaned_text"]
    assert q.article(store, "no-such-article") is None


def test_filter_options(store):
    opts = q.filter_options(store)
    assert "Turkish forces" in opts["actors"] and "SDF" in opts["actors"]
    assert opts["admin1"] == ["Deir ez-Zor", "Hasakah", "Homs"]
    assert "helicopters" in opts["weapons"] and "Al-Seyassah" in opts["outlets"]
    assert (opts["date_min"], opts["date_max"]) == (date(2021, 6, 27), date(2023, 3, 24))


def test_no_match_gives_empty_shaped_results(store):
    none = Filters(actors=("Nobody",))
    assert q.headline(store, none)["incidents"] == 0
    assert q.timeline(store, none).empty and "incidents" in q.timeline(store, none).columns
    assert q.actor_matrix(store, none).empty and q.map_points(store, none).empty
    assert q.undated_count(store, none) == 0 and q.top_attackers(store, none).empty


def test_empty_store(empty_store):
    assert q.headline(empty_store, ALL)["incidents"] == 0
    assert q.incidents(empty_store, ALL).empty
    assert list(q.timeline(empty_store, ALL).columns) == q.TIMELINE_COLUMNS
    assert q.filter_options(empty_store)["actors"] == []
    assert q.reports(empty_store, "x").empty and q.article(empty_store, "x") is None
    assert q.ids_at_points(empty_store, ALL, [(35.0, 40.0, "ISIS")]) == []


def test_fixture_has_the_promised_shape():
    assert len(INCIDENTS) == 20
    assert sum(1 for r in INCIDENTS if r[2] is None) == 3  # one of them rejected


def test_review_queue_is_unreviewed_lowest_confidence_first(store):
    queue = q.incidents(store, Filters(), order="review")
    assert set(queue["review_status"]) == {"unreviewed"}
    assert list(queue["confidence"]) == sorted(queue["confidence"])
    assert queue["incident_id"].iloc[0] in {incident_id("fx-mayadin-drones-2021-06-28"),
                                            incident_id("fx-hasakah-2023-03-23")}  # 0.6 both
    assert q.count(store, Filters(), order="review") == len(queue) == 16
    page2 = q.incidents(store, Filters(), limit=5, offset=5)
    assert list(page2["incident_id"]) == list(q.incidents(store, Filters())["incident_id"][5:10])


def test_self_pairs_leave_the_matrix_and_count_as_unresolved(tmp_path):
    from tests.region_db import build_region_db
    region = Store(build_region_db(tmp_path / "region.duckdb"))
    m = q.actor_matrix(region, Filters())
    assert not (m["attacker"] == m["target"]).any()
    assert q.headline(region, Filters())["unresolved"] == 2  # ISIS -> ISIS, Unknown -> Unknown
    assert m["incidents"].sum() == 18 - 2


@pytest.mark.parametrize("filters", [ALL, Filters(blocs=("Iran-aligned",)), Filters(actors=("Nobody",))])
@pytest.mark.parametrize("level", ["actor", "bloc"])
def test_actors_overview_is_the_three_actor_queries_in_one(store, filters, level):
    """The Actors page's one query gives what the matrix and the two top lists give."""
    parts = q.actors_overview(store, filters, level=level, n=4)
    expected = {"matrix": q.actor_matrix(store, filters, level=level),
                "attackers": q.top_attackers(store, filters, n=4),
                "targets": q.top_targets(store, filters, n=4)}
    for name, want in expected.items():
        got = parts[name]
        assert list(got.columns) == list(want.columns), name
        assert got.astype(str).values.tolist() == want.astype(str).values.tolist(), name


def test_actors_overview_on_self_pairs(tmp_path):
    from tests.region_db import build_region_db
    region = Store(build_region_db(tmp_path / "region.duckdb"))
    m = q.actors_overview(region, Filters())["matrix"]
    assert not (m["attacker"] == m["target"]).any() and m["incidents"].sum() == 18 - 2


def headline_of_rows(rows) -> dict:
    """headline() worked out in pandas from the incidents() rows it summarises."""
    out = {"incidents": len(rows), "fatalities": int(rows["fatalities"].fillna(0).sum()),
           "injured": int(rows["injured"].fillna(0).sum()),
           "undated": int(rows["event_date"].isna().sum()),
           "unplaced": int((rows["lat"].isna() | rows["lon"].isna()).sum()),
           "unresolved": int((rows["actor1"].fillna("Unknown") == rows["actor2"].fillna("Unknown")).sum()),
           "sources": len({s for ss in rows["sources"] for s in ss})}
    dates = rows["event_date"].dropna()
    out["date_min"], out["date_max"] = ((None, None) if dates.empty else
                                        (pd.Timestamp(dates.min()).date(), pd.Timestamp(dates.max()).date()))
    blocs = rows["bloc1"].fillna("Unknown").value_counts()
    out["by_bloc"] = dict(sorted(((b, int(n)) for b, n in blocs.items()), key=lambda x: (-x[1], x[0])))
    sites = rows["site"].dropna().value_counts()
    out["top_sites"] = sorted(((s, int(n)) for s, n in sites.items()), key=lambda x: (-x[1], x[0]))[:5]
    return out


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    """3,000 generated incidents: every actor and bloc of the ontology, ten places, five years."""
    from bench.dashboard import build_store
    path = tmp_path_factory.mktemp("big") / "big.duckdb"
    build_store(path, 3000)
    return Store(path)


HEADLINE_FILTERS = [ALL, Filters(include_rejected=True), Filters(blocs=("ISIS",)),
                    Filters(blocs=("Turkey", "Houthis"), min_confidence=0.65),
                    Filters(actors=("US forces",), since=date(2021, 1, 1), until=date(2022, 12, 31)),
                    Filters(sites=("al-Tanf", "Qamishli"), reviewed_only=True),
                    Filters(weapons=("rockets",), event_types=("Battles",)),
                    Filters(actors=("Nobody",))]


@pytest.mark.parametrize("filters", HEADLINE_FILTERS, ids=lambda f: f.describe())
@pytest.mark.parametrize("which", ["fixture", "generated"])
def test_headline_is_the_sum_of_the_rows_it_counts(store, big_store, filters, which):
    s = store if which == "fixture" else big_store
    h = q.headline(s, filters)
    assert list(h["by_bloc"].items()) == list(headline_of_rows(q.incidents(s, filters))["by_bloc"].items())
    assert h == headline_of_rows(q.incidents(s, filters))


def test_a_merged_marker_is_named_by_its_busiest_site_the_same_every_time(big_store):
    """Markers merging several sites (whole degrees here) are named by the site
    holding most of their incidents, on a tie the first by name, with that
    site's Arabic name and governorate (one tie-break for all three: DuckDB's
    arg_max picked any of the tied rows, so a rerun could rename a marker)."""
    from bench.dashboard import SITES
    arabic = {s[0]: s[1] for s in SITES}
    governorate = {s[0]: s[2] for s in SITES}
    runs = [q.map_points(big_store, ALL, max_markers=12) for _ in range(4)]
    for pts in runs[1:]:
        assert pts[["site", "site_ar", "admin1"]].equals(runs[0][["site", "site_ar", "admin1"]])
    pts = runs[0]
    assert (pts["decimals"] < 4).all() and (pts["places"] > 1).any()
    assert [arabic[s] for s in pts["site"]] == pts["site_ar"].tolist()
    assert [governorate[s] for s in pts["site"]] == pts["admin1"].tolist()
