"""The vector redraw of a tile map, used for image export (no browser needed)."""
from dataclasses import replace

import pandas as pd
import pytest

from dashboard import basemap, figures, query
from dashboard.static_map import has_map, static_map
from store.database import Store
from store.filters import Filters
from tests.fixtures_db import build_fixture_db


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return Store(build_fixture_db(tmp_path_factory.mktemp("db") / "fixture.duckdb"))


def test_static_map_keeps_markers_and_drops_maplibre(store):
    pts = query.map_points(store, Filters())
    fig = figures.map_figure(pts, "bloc1", replace(basemap.load_basemap(), tiles="osm"))
    assert has_map(fig)
    assert not has_map(figures.map_figure(pts, "bloc1"))  # offline it is vector already
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
