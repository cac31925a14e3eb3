"""The dashboard's kept read-only connection (store/reader.py): the same answers
as a connection per query, and never in a writer's way, in this process or another."""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard import query as q
from extract.record import Article
from store import reader, schema
from store.database import Store
from store.filters import Filters
from tests.fixtures_db import FixtureExtractor, articles, build_fixture_db, incident_id

ROOT = Path(__file__).resolve().parents[1]
FILTERS = [Filters(), Filters(blocs=("ISIS",)), Filters(actors=("US forces",), since=date(2022, 1, 1)),
           Filters(blocs=("No such bloc",)), Filters(include_rejected=True, weapons=("rockets",))]


@pytest.fixture
def path(tmp_path) -> Path:
    return build_fixture_db(tmp_path / "kept.duckdb")


def answers(store: Store, f: Filters) -> list:
    parts = q.actors_overview(store, f)
    return [q.headline(store, f), q.map_points(store, f), q.timeline(store, f, freq="month"),
            parts["matrix"], parts["attackers"], parts["targets"], q.incidents(store, f),
            q.count(store, f), q.filter_options(store)]


def same(a, b) -> None:
    for x, y in zip(a, b, strict=True):
        if isinstance(x, pd.DataFrame):
            pd.testing.assert_frame_equal(x, y)
        else:
            assert x == y


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f.describe())
def test_kept_connection_gives_the_answers_of_a_connection_per_query(path, f):
    kept = Store(path, keep_reader=True)
    same(answers(kept, f), answers(Store(path), f))
    assert reader.is_kept(path)
    assert not reader.is_kept(path.with_name("other.duckdb"))


def test_a_write_in_this_process_closes_it_and_the_next_read_sees_the_write(path):
    kept = Store(path, keep_reader=True)
    assert q.headline(kept, Filters())["incidents"] == 19
    assert reader.is_kept(path)
    # another Store object of the same file, as the Sources page's ingest is
    Store(path).review(incident_id("fx-homs-isis-2022-03-06"), "reject", who="analyst")
    assert not reader.is_kept(path)
    assert q.headline(kept, Filters())["incidents"] == 18
    kept.review(incident_id("fx-qamishli-turkey-2022-11-20"), "reject", who="analyst")  # its own writer too
    assert q.headline(kept, Filters())["incidents"] == 17


def test_merged_deleted_and_added_incidents_are_seen_through_it(path):
    kept, fresh = Store(path, keep_reader=True), Store(path)
    ALL = Filters()
    q.headline(kept, ALL)
    kept.merge([incident_id("fx-conoco-2022-08-25"), incident_id("fx-omar-2022-08-24")], who="analyst")
    assert q.headline(kept, ALL)["incidents"] == 18
    same(answers(kept, ALL), answers(fresh, ALL))
    a = articles()["fx_qamishli_2022"]
    changed = Article(article_id=a["article_id"], text=a["cleaned_text"] + " (تحديث)", title=a["title"],
                      published=a["published"], outlet=a["outlet"], url=a["url"])
    Store(path).ingest([changed], extractor=FixtureExtractor([]))  # its incident is gone
    assert q.headline(kept, Filters(blocs=("Turkey",)))["incidents"] == 0
    assert q.headline(kept, ALL)["incidents"] == 17
    same(answers(kept, ALL), answers(fresh, ALL))
    original = Article(article_id=a["article_id"], text=a["cleaned_text"], title=a["title"],
                       published=a["published"], outlet=a["outlet"], url=a["url"])
    kept.ingest([original], extractor=FixtureExtractor())  # and back
    assert q.headline(kept, Filters(blocs=("Turkey",)))["incidents"] == 1
    same(answers(kept, ALL), answers(fresh, ALL))


WRITER = """
import sys
from store.database import Store
Store(sys.argv[1], lock_timeout=30).review(sys.argv[2], "reject", who="other process")
"""


def test_a_writer_in_another_process_gets_the_file(path):
    kept = Store(path, keep_reader=True)
    assert q.headline(kept, Filters(blocs=("ISIS",)))["incidents"] == 1
    assert reader.is_kept(path)
    # without the watcher closing the kept connection when the writer takes
    # <db>.lock, this writer would wait on DuckDB's file lock and give up (exit 1)
    done = subprocess.run([sys.executable, "-c", WRITER, str(path), incident_id("fx-homs-isis-2022-03-06")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert q.headline(kept, Filters(blocs=("ISIS",)))["incidents"] == 0


def test_an_older_file_is_upgraded_before_a_connection_is_kept(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    schema.migrate(con, upto=1)
    con.close()
    kept = Store(path, keep_reader=True)
    assert q.headline(kept, Filters())["incidents"] == 0
    versions = kept.query("SELECT version FROM schema_version ORDER BY version").version.tolist()
    assert versions == [m[0] for m in schema.MIGRATIONS]
    assert reader.is_kept(path)


def test_a_missing_file_is_read_as_empty_and_nothing_is_kept(tmp_path):
    path = tmp_path / "none.duckdb"
    kept = Store(path, keep_reader=True)
    assert q.headline(kept, Filters())["incidents"] == 0
    assert not reader.is_kept(path) and not path.exists()
