"""The bytes behind the download buttons, and the Briefing page (AppTest)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import plotly.graph_objects as go
import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from dashboard import images, query
from extract.serialize import read_jsonl
from store.filters import Filters
from tests import test_brief
from widgets import downloads

# the seeds' store the briefing tests build, shared as fixtures
needs_browser, seed_db, store = test_brief.needs_browser, test_brief.seed_db, test_brief.store

ROOT = Path(__file__).resolve().parents[1]
PAGE = str(ROOT / "views" / "briefing.py")


@needs_browser
@pytest.mark.parametrize("fmt, magic, mime", [("png", b"\x89PNG", "image/png"),
                                              ("svg", b"<svg", "image/svg+xml"),
                                              ("pdf", b"%PDF-", "application/pdf")])
def test_chart_file_bytes(fmt, magic, mime):
    fig = go.Figure(go.Bar(x=["Conoco gas field", "al-Omar oil field"], y=[2, 2]))
    data, name, got_mime = downloads.chart_file(fig, fmt, "Most targeted sites",
                                                Filters(actors=("US forces",)))
    assert data.startswith(magic) and len(data) > 1000
    assert (name, got_mime) == (f"most-targeted-sites.{fmt}", mime)


def test_data_files_hold_exactly_the_filtered_incidents(store):
    filters = Filters(sites=("al-Omar oil field", "Conoco gas field"))
    n = query.headline(store, filters)["incidents"]
    assert n == 4
    data, name, mime = downloads.data_file(store, filters, "csv")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert (name, mime, len(rows)) == ("incidents.csv", "text/csv", n)
    assert {r["site"] for r in rows} == {"al-Omar oil field", "Conoco gas field"}
    data, name, _ = downloads.data_file(store, filters, "xlsx")
    sheet = load_workbook(io.BytesIO(data))["incidents"]
    assert (name, sheet.max_row) == ("incidents.xlsx", n + 1)  # + header
    data, _, mime = downloads.data_file(store, filters, "geojson")
    geo = json.loads(data)
    assert mime == "application/geo+json" and geo["type"] == "FeatureCollection"
    assert len(geo["features"]) == n
    data, _, _ = downloads.data_file(store, filters, "jsonl")
    records = list(read_jsonl(data.decode("utf-8").splitlines()))
    assert sorted(r.location.name for r in records) == [
        "Conoco gas field", "Conoco gas field", "al-Omar oil field", "al-Omar oil field"]


def test_data_files_of_an_empty_selection_are_valid_and_empty(store):
    filters = Filters(actors=("Hezbollah",))
    data, _, _ = downloads.data_file(store, filters, "geojson")
    assert json.loads(data)["features"] == []
    data, _, _ = downloads.data_file(store, filters, "jsonl")
    assert data.strip() == b""


def test_slug():
    assert downloads.slug("Incidents over time, stacked by bloc") == "incidents-over-time-stacked-by-bloc"
    assert downloads.slug("حقل العمر") == "chart"


def _chart_buttons_app():
    import plotly.graph_objects as go

    from store.filters import Filters
    from widgets import downloads
    downloads.chart_downloads(go.Figure(go.Bar(x=["a"], y=[1])), "timeline", Filters(),
                              date_range=("2021-06-28", "2023-03-24"))


def test_chart_buttons_warn_instead_of_failing_without_a_browser(monkeypatch):
    images.shutdown()
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    at = AppTest.from_function(_chart_buttons_app).run()
    assert not at.exception
    assert "/nonexistent/chromium" in at.warning[0].value


@needs_browser
def test_chart_buttons_render_three_lazy_downloads():
    at = AppTest.from_function(_chart_buttons_app).run()
    assert not at.exception and not at.warning
    buttons = at.get("download_button")
    assert [b.proto.label for b in buttons] == ["PNG", "SVG", "PDF"]


def test_briefing_page_shows_the_query_layers_headline(seed_db, store, monkeypatch):
    monkeypatch.setenv("INCIDENTS_DB", str(seed_db))
    at = AppTest.from_file(PAGE, default_timeout=30).run()
    assert not at.exception
    h = query.headline(store, Filters())
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Incidents"] == f"{h['incidents']:,}" == "5"
    assert metrics["Killed"] == "4" and metrics["Undated"] == "1"
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["CSV", "Excel", "GeoJSON", "JSON Lines"]  # the PDF is built on a click
    assert "Data range: 2021-06-28 to 2023-03-24" in [c.value for c in at.caption]
    at.toggle(key="brief_charts").set_value(False).run()
    next(b for b in at.button if b.label == "Build briefing PDF").click().run()
    assert not at.exception and not at.error
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels[0] == "Download briefing PDF"


def test_briefing_page_with_no_matching_incidents(seed_db, monkeypatch):
    monkeypatch.setenv("INCIDENTS_DB", str(seed_db))
    at = AppTest.from_file(PAGE, default_timeout=30)
    at.session_state["f_actors"] = ["Hezbollah"]
    at.run()
    assert not at.exception
    assert "No incidents match" in at.warning[0].value
    assert {m.label: m.value for m in at.metric}["Incidents"] == "0"


def test_briefing_page_on_an_empty_database(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENTS_DB", str(tmp_path / "empty.duckdb"))
    at = AppTest.from_file(PAGE, default_timeout=30).run()
    assert not at.exception
    assert "database is empty" in at.info[0].value
    assert not at.get("download_button")


def test_a_briefing_that_cannot_be_built_says_why(seed_db, monkeypatch):
    from dashboard import brief as brief_module

    def broken(*args, **kwargs):
        raise ValueError("The row with index 163 is too high")
    monkeypatch.setenv("INCIDENTS_DB", str(seed_db))
    monkeypatch.setattr(brief_module, "briefing_pdf", broken)
    at = AppTest.from_file(PAGE, default_timeout=30).run()
    next(b for b in at.button if b.label == "Build briefing PDF").click().run()
    assert not at.exception
    assert [e.value.replace("\\", "") for e in at.error] == [  # Markdown-escaped
        "The briefing could not be built: ValueError: The row with index 163 is too high"]
    assert "Download briefing PDF" not in [b.proto.label for b in at.get("download_button")]
