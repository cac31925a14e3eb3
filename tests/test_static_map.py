"""The vector redraw of the map used for image export (no browser needed)."""
import pandas as pd
import pytest

from dashboard import figures, query
from dashboard.filters import Filters
from dashboard.static_map import has_map, static_map
from dashboard.store import Store
from tests.fixtures_db import build_fixture_db


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return Store(build_fixture_db(tmp_path_factory.mktemp("db") / "fixture.duckdb"))


def test_static_map_keeps_markers_and_drops_maplibre(store):
    pts = query.map_points(store, Filters())
    fig = figures.map_figure(pts, "bloc1")
    assert has_map(fig)
    flat = static_map(fig)
    assert not has_map(flat)
    markers = [t for t in flat.data if t.mode == "markers"]
    assert sorted(t.name for t in markers) == sorted(str(g) for g in pts["group"].unique())
    assert sorted(round(float(x), 4) for t in markers for x in t.x) == \
        sorted(round(float(x), 4) for x in pts["lon"])
    # outlines, the river and one uncertainty circle are drawn as lines
    assert any(t.fill == "toself" for t in flat.data)
    assert flat.layout.yaxis.scaleanchor == "x"


def test_non_map_figures_are_left_alone():
    assert not has_map(figures.bars_figure(pd.DataFrame({"actor": ["ISIS"], "incidents": [2]}), "Top"))
