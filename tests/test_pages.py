"""Every page under Streamlit's AppTest: the fixture store, an empty store and
a filter that matches nothing; filters reach the charts' data; the incident
card escapes article text; review actions reach the store."""
import ast
import base64
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from store.database import Store
from store.filters import Filters
from tests.fixtures_db import build_fixture_db, incident_id

APP = str(Path(__file__).resolve().parents[1] / "app.py")
SEED = Path(__file__).resolve().parents[1] / "seeds" / "001_ddcf634ad3ebf0b8.txt"
PAGES = ["views/map.py", "views/timeline.py", "views/actors.py", "views/incidents.py",
         "views/sources.py"]
DATA_PAGES = PAGES[:4]


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory):
    return build_fixture_db(tmp_path_factory.mktemp("db") / "fixture.duckdb")


def run_page(page: str, db, monkeypatch, **query) -> AppTest:
    """Open app.py, go to `page`, with the given URL query parameters (every
    incident of the fixture unless min_confidence is given: the dashboard's
    default leaves out the low-confidence ones)."""
    monkeypatch.setenv("INCIDENTS_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"min_confidence": "0", **query})
    at.run()
    if page != "views/map.py":
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def plain(v):
    """Plotly's JSON with its base64 typed arrays ({"dtype", "bdata"}) decoded to lists."""
    if isinstance(v, dict) and "bdata" in v:
        arr = np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"])
        shape = v.get("shape")
        if isinstance(shape, str):  # "rows, cols"
            shape = [int(n) for n in shape.split(",")]
        return arr.reshape(shape).tolist() if shape else arr.tolist()
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    return [plain(x) for x in v] if isinstance(v, list) else v


def figures(at) -> list[dict]:
    return [plain(json.loads(el.proto.spec)) for el in at.get("plotly_chart")]


def texts(at) -> str:
    """Markdown, st.html bodies, info and warning boxes, as one string."""
    html = [el.proto.body for el in at.get("html")]
    return "\n".join([m.value for m in at.markdown] + html
                     + [str(e.value) for e in list(at.info) + list(at.warning)])


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_fixture(page, fixture_db, monkeypatch):
    at = run_page(page, fixture_db, monkeypatch)
    if page in ("views/map.py", "views/timeline.py", "views/actors.py"):
        assert figures(at) and all(f["data"] for f in figures(at))
        assert at.metric[0].value == "19"


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_empty_store(page, tmp_path, monkeypatch):
    at = run_page(page, tmp_path / "missing.duckdb", monkeypatch)
    if page in DATA_PAGES:
        assert "make demo" in texts(at) and not figures(at)


@pytest.mark.parametrize("page", DATA_PAGES)
def test_page_says_when_nothing_matches(page, fixture_db, monkeypatch):
    at = run_page(page, fixture_db, monkeypatch, sites="Nowhere")
    assert "No incidents match the filters" in texts(at)
    assert not figures(at)


def test_sidebar_filter_changes_map_data_and_url(fixture_db, monkeypatch):
    at = run_page("views/map.py", fixture_db, monkeypatch)
    def markers(fig):
        return [t for t in fig["data"] if t.get("mode") == "markers"]
    before = {t["name"] for t in markers(figures(at)[0])}
    assert {"Iran-aligned", "US-led coalition", "ISIS"} <= before
    at.multiselect(key="f_blocs").set_value(["ISIS"]).run()
    (fig,) = figures(at)
    assert [t["name"] for t in markers(fig)] == ["ISIS"]
    assert markers(fig)[0]["y"] == [34.886]  # al-Sukhnah, Homs desert
    assert at.query_params["blocs"] == "ISIS" or at.query_params["blocs"] == ["ISIS"]
    assert at.metric[0].value == "1"


def test_url_filters_reach_the_timeline(fixture_db, monkeypatch):
    at = run_page("views/timeline.py", fixture_db, monkeypatch, blocs="Turkey")
    bars = [t for t in figures(at)[0]["data"] if t["type"] == "bar"]
    assert [t["name"] for t in bars] == ["Turkey"] and sum(bars[0]["y"]) == 1
    assert at.multiselect(key="f_blocs").value == ["Turkey"]


def test_timeline_counts_undated_beside_the_chart(fixture_db, monkeypatch):
    at = run_page("views/timeline.py", fixture_db, monkeypatch)
    undated = [m for m in at.metric if m.label == "Undated incidents"]
    assert undated[0].value == "2"


def test_matrix_cell_from_url_filters_actors_page(fixture_db, monkeypatch):
    at = run_page("views/actors.py", fixture_db, monkeypatch, actor1="US forces", actor2="Unknown")
    heat = figures(at)[0]["data"][0]
    assert heat["y"] == ["US forces"] and heat["x"] == ["Unknown"]
    assert any("Clear chart selection" == b.label for b in at.button)


def test_incident_card_escapes_article_text(fixture_db, monkeypatch):
    iid = incident_id("fx-shaddadi-xss-2023-01-10")
    at = run_page("views/incidents.py", fixture_db, monkeypatch, incident=iid)
    body = texts(at)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "<script" not in body and "<img" not in body
    assert 'dir="rtl"' in body and "الشدادي</mark>" in body
    assert "Test &lt;b&gt;Outlet&lt;/b&gt;" in body  # the outlet name is escaped too


def test_incident_card_lists_every_source(fixture_db, monkeypatch):
    at = run_page("views/incidents.py", fixture_db, monkeypatch,
                  incident=incident_id("fx-omar-2021-06-28"))
    body = texts(at)
    assert "Sources (2)" in body and "Levant 24" in body and "Al-Seyassah" in body
    assert "حقل العمر" in body


def test_review_action_reaches_the_store(tmp_path, monkeypatch):
    db = build_fixture_db(tmp_path / "review.duckdb")
    iid = incident_id("fx-conoco-2022-08-25")
    at = run_page("views/incidents.py", db, monkeypatch, incident=iid)
    name = next(t for t in at.text_input if t.label == "Your name")
    name.set_value("analyst")
    next(r for r in at.radio if r.label == "Action").set_value("reject")
    next(b for b in at.button if b.label == "Apply").click().run()
    assert not at.exception
    assert any("Reject recorded" in s.value for s in at.success)
    store = Store(db)
    row = store.query("SELECT review_status FROM incidents_view WHERE incident_id = ?", [iid])
    assert row["review_status"].tolist() == ["rejected"]
    where, params = Filters().where()  # the default filters now leave it out
    assert store.query(f"SELECT count(*) AS n FROM incidents_view WHERE {where}",
                       params)["n"].iloc[0] == 18


def test_review_without_a_name_is_refused_with_a_message(fixture_db, tmp_path, monkeypatch):
    db = shutil.copy(fixture_db, tmp_path / "copy.duckdb")
    at = run_page("views/incidents.py", db, monkeypatch,
                  incident=incident_id("fx-conoco-2022-08-25"))
    next(b for b in at.button if b.label == "Apply").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == ["Review not applied: a review needs the reviewer's name (who)"]


def test_sources_paste_extracts_and_stores(tmp_path, monkeypatch):
    db = tmp_path / "new.duckdb"
    at = run_page("views/sources.py", db, monkeypatch)
    seed = SEED.read_text(encoding="utf-8")
    at.text_area[0].set_value(seed)
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    assert not at.exception
    assert any("1 article(s) read" in m.value for m in at.markdown)
    next(b for b in at.button if b.label == "Store these articles").click().run()
    assert not at.exception and "1 new" in at.success[0].value
    assert Store(db).query("SELECT count(*) AS n FROM articles")["n"].iloc[0] == 1


def test_app_registers_every_page_file():
    """app.py lists every views/*.py unconditionally (no page appears only if a file exists)."""
    tree = ast.parse(Path(APP).read_text(encoding="utf-8"))
    registered = sorted(node.args[0].value for node in ast.walk(tree)
                        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Page")
    pages = sorted(f"views/{p.name}" for p in (Path(APP).parent / "views").glob("*.py"))
    assert registered == pages
    assert not any(isinstance(node, ast.If) for node in ast.walk(tree))


@pytest.mark.parametrize("query, note", [
    ({"min_confidence": "2"}, "min_confidence=2 is outside 0-1; using 1."),
    ({"min_confidence": "-1"}, "min_confidence=-1 is outside 0-1; using 0."),
    ({"min_confidence": "inf"}, "min_confidence=inf is not a number; using 0.65."),  # DEFAULT_MIN_CONFIDENCE
    ({"since": "0001-01-01"}, "since=0001-01-01 is outside 1990-2100; ignored."),
    ({"until": "9999-12-31"}, "until=9999-12-31 is outside 1990-2100; ignored."),
    ({"since": "June"}, "since=June is not a date (YYYY-MM-DD); ignored."),
])
def test_out_of_range_url_values_are_clamped_or_ignored(query, note):
    from widgets.ui import url_notes
    start, notes = url_notes(Filters.from_query_params(query), query)
    assert notes == [note]
    assert 0.0 <= start["f_min_confidence"] <= 1.0
    assert start["f_since"] is None and start["f_until"] is None


def test_default_minimum_confidence_applies_without_a_url_value(fixture_db, monkeypatch):
    from extract.confidence import DEFAULT_MIN_CONFIDENCE
    monkeypatch.setenv("INCIDENTS_DB", str(fixture_db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert at.slider(key="f_min_confidence").value == DEFAULT_MIN_CONFIDENCE
    assert at.metric[0].value == "17"  # 19 less the two below DEFAULT_MIN_CONFIDENCE (0.65)


def test_incidents_table_has_human_headers_and_a_review_queue(fixture_db, monkeypatch):
    at = run_page("views/incidents.py", fixture_db, monkeypatch)
    at.radio(key="inc_order").set_value("review").run()
    df = at.dataframe[0].value
    assert "summary" in df.columns and df["confidence"].is_monotonic_increasing
    assert (df["actor2"] == "").any()  # an unknown target is an empty cell, not "None"
    assert not df.astype(str).isin(["None"]).any().any()
