"""Syndicated copies: one article's text under two URLs or outlets is one set
of reports with two sources, not two reports (store/database.py)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extract.record import Article
from store.database import Store

SEED = Path(__file__).resolve().parents[1] / "seeds" / "002_73f8a4881ec737b9.txt"


@pytest.fixture(scope="module")
def extractor():
    from extract.pipeline import Extractor
    return Extractor()


def test_the_same_text_under_two_urls_and_outlets_is_one_report_with_two_sources(tmp_path, extractor):
    text = SEED.read_text(encoding="utf-8")
    wire = Article("web-aaa", text, title="Anadolu", published="2022-08-25", outlet="Anadolu",
                   url="https://www.aa.com.tr/ar/1")
    copy = replace(wire, article_id="web-bbb", outlet="Enab Baladi", url="https://www.enabbaladi.net/2",
                   title="عنب بلدي")
    store = Store(tmp_path / "s.duckdb")
    first = store.ingest([wire, copy], extractor=extractor)
    assert (first.articles_new, first.copies, first.incidents) == (1, 1, 4)
    assert store.query("SELECT count(*) n FROM reports")["n"][0] == 4  # not 8
    view = store.query("SELECT site, n_sources, sources, outlets FROM incidents_view ORDER BY site, incident_id")
    assert view["n_sources"].tolist() == [2, 2, 2, 2]
    assert all(list(s) == ["web-aaa", "web-bbb"] for s in view["sources"])
    assert all(list(o) == ["Anadolu", "Enab Baladi"] for o in view["outlets"])
    # the card lists both sources of each report, each with its own outlet and URL
    card = store.query("SELECT report_id, outlet, url FROM reports_view ORDER BY report_id, outlet")
    assert len(card) == 8 and set(card["url"]) == {wire.url, copy.url}
    # again: nothing new, nothing doubled; a copy whose text changes becomes its own article
    again = store.ingest([wire, copy], extractor=extractor)
    assert (again.articles_unchanged, again.copies, again.articles_new) == (2, 0, 0)
    edited = replace(copy, text=text + "\nوأضافت المصادر أن التحقيقات جارية.")
    third = store.ingest([edited], extractor=extractor)
    assert (third.articles_new, third.copies) == (1, 0)
    assert store.query("SELECT count(*) n FROM article_copies")["n"][0] == 0
    assert store.query("SELECT count(*) n FROM reports")["n"][0] == 8
