"""Filters.matching() selects exactly the rows Filters.where() does.

matching() splits a filter on either side (bloc1 or bloc2, actor1 or actor2)
into two disjoint halves of a UNION ALL so DuckDB filters each in its scan;
these tests hold it to the plain WHERE on the seeds-like fixture (unknown
sides, NULL blocs) and on a generated store (every bloc and actor)."""
from datetime import date

import pytest

from store.database import Store
from store.filters import Filters
from tests.fixtures_db import build_fixture_db

FILTERS = [
    Filters(), Filters(include_rejected=True),
    Filters(blocs=("ISIS",)), Filters(blocs=("Iran-aligned",)), Filters(blocs=("Unknown",)),
    Filters(blocs=("Turkey", "Houthis"), min_confidence=0.65),
    Filters(blocs=("US-led coalition", "Iran-aligned", "ISIS"), reviewed_only=True),
    Filters(actors=("US forces",), since=date(2021, 1, 1), until=date(2022, 12, 31)),
    Filters(actors=("US forces", "Iran-backed militias")),
    Filters(blocs=("ISIS", "Iran-aligned"), actors=("US forces", "ISIS")),
    Filters(blocs=("Iran-aligned",), sites=("al-Tanf", "Qamishli"), weapons=("rockets",)),
    Filters(blocs=("ISIS",), actor1="ISIS", actor2="Unknown"),
    Filters(actors=("Nobody",)), Filters(blocs=("Nobody",)),
]


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    from bench.dashboard import build_store
    big = tmp_path_factory.mktemp("big") / "big.duckdb"
    build_store(big, 3000)
    return {"fixture": Store(build_fixture_db(tmp_path_factory.mktemp("db") / "fixture.duckdb")),
            "generated": Store(big)}


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: f.describe())
@pytest.mark.parametrize("which", ["fixture", "generated"])
def test_matching_selects_what_where_selects(stores, which, filters):
    store = stores[which]
    where, params = filters.where()
    want = store.query(f"SELECT incident_id FROM incidents_view WHERE {where} ORDER BY 1", params)
    sql, params = filters.matching()
    got = store.query(f"SELECT incident_id FROM {sql} ORDER BY 1", params)
    assert got["incident_id"].tolist() == want["incident_id"].tolist()
    # and with a clause appended, as dashboard.query does
    got = store.query(f"SELECT incident_id FROM {sql} AND event_date IS NOT NULL ORDER BY 1", params)
    want = store.query(f"SELECT incident_id FROM incidents_view WHERE {where} "
                       "AND event_date IS NOT NULL ORDER BY 1", filters.where()[1])
    assert got["incident_id"].tolist() == want["incident_id"].tolist()


def test_some_filters_match_rows(stores):
    """The comparison above is not between empty answers only."""
    s = stores["generated"]
    for f in FILTERS[2:6]:
        sql, params = f.matching()
        assert s.query(f"SELECT count(*) AS n FROM {sql}", params)["n"].iloc[0] > 0, f.describe()
