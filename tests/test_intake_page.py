"""The Sources page shows each news source's last fetch, new articles,
incidents and errors, and a pasted article keeps its date, outlet and URL."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from streamlit.testing.v1 import AppTest

from intake.rawstore import RawStore
from store.database import Store

APP = str(Path(__file__).resolve().parents[1] / "app.py")
SEED = Path(__file__).resolve().parents[1] / "seeds" / "001_ddcf634ad3ebf0b8.txt"


def sources_page(db: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("INCIDENTS_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("views/sources.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_sources_page_lists_sources_with_their_errors_and_stores_pasted_metadata(tmp_path, monkeypatch):
    db = tmp_path / "page.duckdb"
    raw = RawStore(tmp_path / "raw")  # beside the database, where fetch/watch keep it
    dead = "http://127.0.0.1:9/feed.xml: cannot connect (Connection refused)"
    raw.source_done("enab", "Enab Baladi", "https://www.enabbaladi.net/feed", True, 3, 2, 0, None)
    raw.source_done("dead", "Dead Outlet", "http://127.0.0.1:9/feed.xml", False, 0, 0, 1, f"dead: {dead}")
    raw.log_error("dead", "http://127.0.0.1:9/feed.xml", dead)
    at = sources_page(db, monkeypatch)
    tables = [el.value for el in at.dataframe]
    feeds = next(t for t in tables if "last fetch" in t.columns).set_index("source")
    assert feeds.loc["enab", "new articles"] == 3 and feeds.loc["enab", "incidents"] == 2
    assert feeds.loc["dead", "errors"] == 1 and feeds.loc["dead", "last error"] == f"dead: {dead}"
    errors = next(t for t in tables if "message" in t.columns)
    assert errors["message"].tolist() == [dead]

    at.text_area[0].set_value(SEED.read_text(encoding="utf-8"))
    at.date_input[0].set_value(date(2021, 6, 28))
    outlet = next(t for t in at.text_input if t.label == "Outlet")
    url = next(t for t in at.text_input if t.label == "URL")
    outlet.set_value("Enab Baladi")
    url.set_value("https://www.enabbaladi.net/archives/1")
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    next(b for b in at.button if b.label == "Store these articles").click().run()
    assert not at.exception
    row = Store(db).query("SELECT published, outlet, url FROM articles").iloc[0]
    assert (str(row["published"])[:10], row["outlet"], row["url"]) == \
        ("2021-06-28", "Enab Baladi", "https://www.enabbaladi.net/archives/1")
