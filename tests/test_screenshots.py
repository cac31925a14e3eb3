"""The README's screenshots: the SaudiNewsNet corpus on the dashboard, taken
in Debian's Chromium. Runs only when CORPUS_DB names an ingested corpus
database (it takes minutes to build: `python -m cli ingest` over the corpus,
see the README), and writes docs/screenshots/*.png.

    CORPUS_DB=/tmp/corpus.duckdb .venv/bin/python -m pytest -q tests/test_screenshots.py
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.test_browser import launch, require_browser, settle, start_server, stop_server

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"
CORPUS_DB = os.environ.get("CORPUS_DB")

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CORPUS_DB or not Path(CORPUS_DB).is_file(),
                                 reason="set CORPUS_DB to an ingested SaudiNewsNet database")]


def test_corpus_screenshots_for_the_readme(tmp_path):
    require_browser()
    from playwright.sync_api import sync_playwright
    SHOTS.mkdir(parents=True, exist_ok=True)
    proc, url = start_server(Path(CORPUS_DB), tmp_path / "streamlit.log")
    try:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            for path, name in (("", "map"), ("timeline", "timeline"), ("actors", "actors"),
                               ("incidents?order=review", "incidents")):
                page.goto(f"{url}/{path}")
                settle(page, 240_000)
                if name != "incidents":
                    page.locator(".js-plotly-plot").first.wait_for(timeout=240_000)
                    page.wait_for_timeout(1500)
                assert not page.locator('[data-testid="stException"]').count(), name
                page.screenshot(path=str(SHOTS / f"corpus-{name}.png"))
                assert (SHOTS / f"corpus-{name}.png").stat().st_size > 20_000
            browser.close()
    finally:
        stop_server(proc)
