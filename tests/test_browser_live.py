"""An open dashboard follows the store: while `incidents watch` (here: an
ingest from the test) writes, the page reruns and shows the new incidents
without a reload, keeping the analyst's filters in the URL."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.fixtures_db import build_fixture_db
from tests.test_browser import launch, metric, require_browser, settle, start_server, stop_server

ROOT = Path(__file__).resolve().parents[1]
# a real report (SaudiNewsNet, 2015-07-23: the Mandali car bomb), not in the fixture store
ARTICLE = "قتل أربعة أشخاص على الأقل في تفجير سيارة مفخخة في بلدة مندلي بمحافظة ديالى شرقي العراق أمس.\n"

pytestmark = pytest.mark.browser


def test_new_incidents_appear_without_a_reload(tmp_path, monkeypatch):
    require_browser()
    from playwright.sync_api import sync_playwright

    from extract.readers import iter_articles
    from store.database import Store

    db = build_fixture_db(tmp_path / "live.duckdb")
    monkeypatch.setenv("INCIDENTS_REFRESH_SECONDS", "2")
    proc, url = start_server(db, tmp_path / "streamlit.log")
    try:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{url}/?min_confidence=0")
            settle(page)
            before = int(metric(page, "Incidents").replace(",", ""))
            new = tmp_path / "mandali_bombing.txt"
            new.write_text(ARTICLE, encoding="utf-8")
            summary = Store(db).ingest(iter_articles([new]), wait=30)
            assert summary.articles_new == 1 and summary.incidents > 0, summary
            deadline = time.monotonic() + 40
            after = before
            while time.monotonic() < deadline and after == before:
                page.wait_for_timeout(1000)
                try:
                    after = int(metric(page, "Incidents").replace(",", ""))
                except Exception:  # the metric is being redrawn
                    continue
            assert after > before, f"still {before} incidents on the page after the ingest"
            assert "min_confidence=0" in page.url  # the filters survived the rerun
            page.wait_for_selector("text=new incident(s) since you opened the dashboard", timeout=15_000)
            browser.close()
    finally:
        stop_server(proc)
        os.environ.pop("INCIDENTS_REFRESH_SECONDS", None)
