"""The briefing on long selections: a table row never outgrows a page, the
table spans pages, and the sources are listed by outlet, title and link
(issue 11 item 12, issue 12's briefing)."""
from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime

import pandas as pd
import pytest
from pypdf import PdfReader

from dashboard import brief
from store.filters import Filters

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
LONG_URL = ("https://www.alriyadh.com/1070000/%D8%A7%D9%84%D8%AD%D9%88%D8%AB%D9%8A%D9%88%D9%86-"
            + "%D9%8A%D9%82%D8%B5%D9%81%D9%88%D9%86-" * 12 + "?utm_source=feed&utm_medium=rss")
TITLE = "التحالف يستهدف تجمعات للحوثيين في مأرب ومقتل العشرات من عناصر الميليشيا الانقلابية"
OUTLETS = ("alriyadh", "aawsat", "okaz", "sabq", "alyaum", "alwatan")


def selection(n_incidents: int, n_sources: int) -> brief.BriefingData:
    """n incidents, each reported by n_sources articles with long URLs and titles."""
    rows, cites = [], {}
    for i in range(n_incidents):
        iid = f"inc-{i:04d}"
        rows.append({"incident_id": iid, "event_date": pd.Timestamp("2015-08-06").date(),
                     "site": "Marib", "site_ar": "مأرب", "admin1": "Marib",
                     "actor1": "Saudi-led coalition", "actor2": "Houthis",
                     "sub_event_type": "Air/drone strike", "fatalities": 30, "injured": None})
        cites[iid] = pd.DataFrame([{
            "incident_id": iid, "article_id": f"snn-{i}-{k}", "outlet": OUTLETS[k % len(OUTLETS)],
            "title": f"{TITLE} {i}-{k}", "url": f"{LONG_URL}&i={i}&k={k}",
            "evidence": [{"text": "شنت طائرات التحالف غارات على تجمعات الحوثيين في مأرب " * 4,
                          "start": 0, "end": 10}]} for k in range(n_sources)])
    headline = {"incidents": n_incidents, "by_bloc": {"Saudi-led coalition": n_incidents},
                "fatalities": 30 * n_incidents, "injured": 0, "top_sites": [("Marib", n_incidents)],
                "date_min": None, "date_max": None, "sources": n_incidents * n_sources, "undated": 0}
    return brief.BriefingData(Filters(), datetime(2024, 1, 1, tzinfo=UTC), headline,
                              pd.DataFrame(rows), cites)


@needs_pdftotext
def test_six_sources_with_long_urls_do_not_break_the_table(tmp_path):
    out = tmp_path / "long.pdf"
    out.write_bytes(brief.render_pdf(selection(1, 6), ({}, "no charts in this test")))
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True,
                          text=True).stdout
    assert "+3 more (see Sources)" in text
    assert "Sources (6 articles)" in text
    for outlet in OUTLETS:  # every outlet heads its group in the source list
        assert outlet in text
    assert text.count(LONG_URL[:40]) == 6  # each link once (shortened), in the source list
    links = [a["/A"]["/URI"] for p in PdfReader(out).pages for a in p.get("/Annots") or []
             if "/A" in a and "/URI" in a["/A"]]
    assert sorted(links) == sorted([f"{LONG_URL}&i=0&k={k}" for k in range(6)] * 2)  # title, URL


def test_a_long_selection_spans_pages_with_the_heading_repeated(tmp_path):
    out = tmp_path / "many.pdf"
    out.write_bytes(brief.render_pdf(selection(brief.TABLE_ROWS_MAX + 20, 2), ({}, None)))
    reader = PdfReader(out)
    table_pages = [p for p in reader.pages if "Evidence (Arabic)" in (p.extract_text() or "")]
    assert len(table_pages) > 5
    assert f"The {brief.TABLE_ROWS_MAX} most recent of {brief.TABLE_ROWS_MAX + 20} incidents" \
        in reader.pages[1].extract_text() + reader.pages[2].extract_text() + \
        reader.pages[3].extract_text() + reader.pages[4].extract_text()


def test_source_rows_group_by_outlet_busiest_first():
    rows = brief.source_rows(selection(2, 3))
    assert [r[0] for r in rows] == ["aawsat", "aawsat", "alriyadh", "alriyadh", "okaz", "okaz"]
    assert rows[0][1] == f"{TITLE} 0-1" and rows[0][2].endswith("&i=0&k=1")


CORPUS_DB = __import__("os").environ.get("CORPUS_DB")


@needs_pdftotext
@pytest.mark.skipif(not CORPUS_DB, reason="set CORPUS_DB to an ingested SaudiNewsNet database")
@pytest.mark.parametrize("args", [[], ["--actor", "ISIS"]])
def test_brief_on_the_whole_corpus_names_outlets_and_titles(tmp_path, args):
    from cli.main import main as cli_main
    from dashboard import query
    from store.database import Store
    out = tmp_path / "corpus.pdf"
    assert cli_main(["brief", "--db", CORPUS_DB, "-o", str(out), "--no-charts", *args]) == 0
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True,
                          text=True).stdout
    assert "Sources (" in text and "http" in text
    filters = Filters(actors=tuple(args[1:]))
    shown = query.incidents(Store(CORPUS_DB), filters).head(brief.TABLE_ROWS_MAX)
    reports = query.reports_for(Store(CORPUS_DB), shown["incident_id"])
    outlets = {o for r in reports.values() for o in r["outlet"].dropna()}
    assert outlets and all(o in text for o in outlets)
    # a link's ASCII head (pdftotext reorders the Arabic words some corpus URLs carry)
    urls = [u for r in reports.values() for u in r["url"].dropna()]
    head = next(u for u in urls if u)
    assert head[:head.find("/", 8) + 1 or 40] in text
