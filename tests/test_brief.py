"""The PDF briefing pack and `incidents brief`.

The database is a real Store filled by Store.ingest from the seed articles,
with a stand-in extractor that reports the seeds' own incidents (Conoco,
al-Omar, ...) with their real Arabic evidence sentences and offsets, so the
pack is tested through store -> query layer -> PDF without waiting on the
real extractor. The PDF is read back with pypdf AND pdftotext.
"""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from cli.filter_options import filters_from_args
from cli.main import build_parser
from cli.main import main as cli_main
from dashboard import brief, images, query
from extract.ontology import event_type_of
from extract.record import Article, Evidence, Extraction, Incident, Location
from store.filters import Filters

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202c]")  # pdftotext's own RTL/LTR markers

browser_missing = not Path("/usr/bin/chromium").is_file() and not os.environ.get("BROWSER_PATH")
needs_browser = pytest.mark.skipif(browser_missing and not os.environ.get("REQUIRE_BROWSER"),
                                   reason="no Chromium at /usr/bin/chromium (REQUIRE_BROWSER unset)")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="poppler-utils (pdftotext) not installed")

# article -> incidents it reports: (phrase in the text, site, Arabic name, lat, lon,
# actor1, actor2, sub-event type, event date, killed, injured)
SEED_INCIDENTS = {
    "004_7afc13e2439cf003": [
        ("في حقل العمر النفطي", "al-Omar oil field", "حقل العمر", 35.05, 40.56,
         "Iran-backed militias", "US forces", "Shelling/artillery/missile attack",
         "2021-06-28", None, None)],
    "002_73f8a4881ec737b9": [
        ("حقلي كونيكو والعمر", "Conoco gas field", "حقل كونيكو", 35.33, 40.30,
         "Iran-backed militias", "US forces", "Shelling/artillery/missile attack",
         "2022-08-24", None, None),
        ("مقتل 4 عناصر", "Deir ez-Zor", "دير الزور", 35.336, 40.141,
         "US forces", "Iran-backed militias", "Air/drone strike", "2022-08-25", 4, None)],
    "003_7db2a034c338d373": [
        ("تعرضت لقصف بثلاث قذائف صاروخية", "al-Omar oil field", "حقل العمر", 35.05, 40.56,
         "Iran-backed militias", "International coalition",
         "Shelling/artillery/missile attack", "2023-03-24", None, None)],
    "000_9eefa8a3fadf4e21": [
        ("هجوما صاروخيا على حقل كونيكو", "Conoco gas field", "حقل كونيكو", 35.33, 40.30,
         "Iran-backed militias", "US forces", "Shelling/artillery/missile attack",
         None, None, None)],
}


def sentence_around(text: str, phrase: str) -> Evidence:
    """The sentence holding phrase, with its offsets (ends at . ، newline)."""
    at = text.index(phrase)
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(".", at), text.find("\n", at)) if i != -1]
    end = min(ends) if ends else len(text)
    while text[start].isspace():
        start += 1
    return Evidence(text[start:end], start, end)


class SeedExtractor:
    """Stand-in for extract.pipeline.Extractor: the seeds' known incidents."""

    def extract(self, article: Article) -> Extraction:
        incs = []
        for k, (phrase, site, site_ar, lat, lon, a1, a2, sub, day, dead, hurt) in enumerate(
                SEED_INCIDENTS.get(article.article_id, ())):
            incs.append(Incident(
                incident_id=f"{article.article_id}#{k}", article_id=article.article_id,
                sources=(article.article_id,), event_date=day,
                date_precision="day" if day else "unknown", event_type=event_type_of(sub),
                sub_event_type=sub, actor1=a1, actor2=a2,
                location=Location(site, site_ar, "Deir ez-Zor", "Syria", lat, lon, 1),
                fatalities=dead, injured=hurt,
                evidence=(sentence_around(article.text, phrase),), confidence=0.8))
        return Extraction(article, article.text, tuple(incs))


def seed_articles() -> list[Article]:
    with open(SEEDS / "metadata.csv", encoding="utf-8") as f:
        meta = {r["article_id"]: r for r in csv.DictReader(f)}
    return [Article(article_id=p.stem, text=p.read_text(encoding="utf-8"),
                    published=meta[p.stem]["published"] or None,
                    outlet=meta[p.stem]["outlet"] or "seed outlet",
                    url=f"https://example.org/{p.stem}", path=str(p))
            for p in sorted(SEEDS.glob("*.txt"))]


def build_seed_store(path: Path):
    from store.database import Store
    store = Store(path)
    summary = store.ingest(seed_articles(), extractor=SeedExtractor())
    assert summary.incidents == 5, summary
    return store


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("brief") / "seeds.duckdb"
    build_seed_store(path)
    return path


@pytest.fixture(scope="module")
def store(seed_db):
    from store.database import Store
    return Store(seed_db)


def pdftotext(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"\s+", " ", BIDI_MARKS.sub("", out))


def pypdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_headline_figures_in_the_pack_equal_the_query_layer(store, tmp_path):
    headline = query.headline(store, Filters())
    assert (headline["incidents"], headline["fatalities"], headline["undated"]) == (5, 4, 1)
    data = brief.collect(store, Filters(), with_figures=False)
    assert data.headline == headline
    out = tmp_path / "pack.pdf"
    out.write_bytes(brief.render_pdf(data))
    text = pypdf_text(out)
    assert "Incidents: 5 (1 undated)" in text
    assert "Killed: 4" in text and "Injured: 0" in text
    assert "Data range: 2021-06-28 to 2023-03-24" in text
    for bloc, n in headline["by_bloc"].items():
        assert f"{bloc} {n}" in text
    assert "Conoco gas field 2" in text and "al-Omar oil field 2" in text  # most targeted


@needs_pdftotext
def test_cli_writes_a_multi_page_pack_naming_conoco_and_al_omar(seed_db, tmp_path, capsys):
    out = tmp_path / "brief.pdf"
    assert cli_main(["brief", "--db", str(seed_db), "-o", str(out), "--no-charts"]) == 0
    assert "wrote" in capsys.readouterr().out
    assert len(PdfReader(out).pages) >= 2
    text = pypdf_text(out)
    assert "Conoco gas field" in text and "al-Omar oil field" in text
    arabic = pdftotext(out)
    # logical order (not visually reversed) and the evidence sentence itself
    assert "حقل العمر" in arabic and "حقل كونيكو" in arabic
    # whole phrases in reading order (pdftotext moves the space around an Arabic
    # comma, so the check stops at punctuation; a table cell may wrap anywhere,
    # so each phrase is one the cell keeps on one line)
    assert "القاعدة العسكرية" in arabic and "في حقل العمر النفطي" in arabic
    assert "Charts were not requested" in text


@needs_browser
def test_pack_embeds_the_three_charts(store, tmp_path):
    out = tmp_path / "charts.pdf"
    out.write_bytes(brief.briefing_pdf(store, Filters(), now=datetime(2024, 1, 2, 3, 4,
                                                                       tzinfo=UTC)))
    reader = PdfReader(out)
    images_per_page = [len(p.images) for p in reader.pages]
    assert sum(images_per_page) == 3 and images_per_page[1:4] == [1, 1, 1]
    assert reader.pages[1].images[0].image.size == (3200, 1800)
    assert "Generated: 2024-01-02 03:04 UTC" in pypdf_text(out)


def test_cli_filters_select_the_same_incidents_as_the_query_layer(seed_db, store, tmp_path):
    out = tmp_path / "conoco.pdf"
    args = ["--db", str(seed_db), "-o", str(out), "--no-charts", "--site", "Conoco gas field",
            "--since", "2022-01-01"]
    assert cli_main(["brief", *args]) == 0
    text = pypdf_text(out)
    expected = Filters(sites=("Conoco gas field",), since=pd.Timestamp("2022-01-01").date())
    assert filters_from_args(build_parser().parse_args(["brief", *args])) == expected
    assert query.headline(store, expected)["incidents"] == 1
    assert "Incidents: 1" in text and "sites: Conoco gas field" in text
    assert "al-Omar oil field" not in text


def test_empty_selection_still_builds_a_pack_that_says_so(store, tmp_path):
    data = brief.collect(store, Filters(actors=("Hezbollah",)))
    out = tmp_path / "empty.pdf"
    out.write_bytes(brief.render_pdf(data, brief.chart_images(data)))
    assert len(PdfReader(out).pages) == 1
    assert "No incidents match these filters." in pypdf_text(out)


@needs_pdftotext
def test_untrusted_text_is_neither_markup_nor_bidi_override(tmp_path):
    evil = "<b>عاجل</b> **هام** \u202eقصفت ميليشيات حقل العمر\u202c\x07"
    data = brief.BriefingData(
        Filters(), datetime(2024, 1, 1, tzinfo=UTC),
        {"incidents": 1, "by_bloc": {"Iran-aligned": 1}, "fatalities": 0, "injured": 0,
         "top_sites": [("al-Omar oil field", 1)], "date_min": None, "date_max": None,
         "sources": 1, "undated": 1},
        pd.DataFrame([{"incident_id": "x", "event_date": None, "site": "al-Omar oil field",
                       "site_ar": "حقل العمر", "actor1": "Iran-backed militias",
                       "actor2": None, "sub_event_type": "Attack"}]),
        {"x": pd.DataFrame([{"outlet": "<i>Outlet</i>", "url": None,
                             "evidence": [{"text": evil, "start": 0, "end": 5}]}])})
    out = tmp_path / "evil.pdf"
    out.write_bytes(brief.render_pdf(data, ({}, "no charts in this test")))
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "\u202e" not in raw and "\x07" not in raw
    text = pdftotext(out)
    # the tags are drawn as characters (pdftotext reorders the neutral "<" ">" around
    # the RTL word, so check the pieces), nothing became bold or italic
    assert "<b>" in text and "/b>" in text and "عاجل" in text and "**هام**" in text
    assert "<i>Outlet</i>" in text
    assert "قصفت ميليشيات حقل العمر" in text
    assert "Iran-backed militias → Unknown" in pypdf_text(out)


def test_safe_text_limits_and_cleans():
    assert brief.safe_text("a\u202eb\tc\x00d") == "a b c d"
    assert brief.safe_text("كلمة " * 100, limit=20) == ("كلمة " * 4).strip() + "…"
    assert brief.safe_text(float("nan")) == "" and brief.safe_text(None) == ""


def test_cli_bad_input_is_one_line_naming_the_file(tmp_path, capsys):
    missing = tmp_path / "none.duckdb"
    assert cli_main(["brief", "--db", str(missing), "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err == (f"brief: no incident database at {missing} "
                                       "(create it with: incidents ingest PATH... --db DB)\n")
    garbage = tmp_path / "garbage.duckdb"
    garbage.write_text("not a database")
    assert cli_main(["brief", "--db", str(garbage), "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"brief: cannot read {garbage}: IOException: ") and len(err.splitlines()) == 1
    assert cli_main(["brief", "--db", str(garbage), "-o", "x.pdf", "--since", "June"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_charts_missing_browser_gives_a_note_not_a_traceback(store, monkeypatch):
    images.shutdown()
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    data = brief.collect(store, Filters())
    charts, note = brief.chart_images(data)
    assert charts == {} and "/nonexistent/chromium" in note
    images.shutdown()


@needs_pdftotext
def test_acceptance_real_extractor_seeds_database_to_briefing_pack(tmp_path, capsys):
    """`incidents ingest seeds` then `incidents brief` (in process)."""
    from store.database import Store
    db, out = tmp_path / "seeds.duckdb", tmp_path / "brief.pdf"
    assert cli_main(["ingest", str(SEEDS), "--metadata", str(SEEDS / "metadata.csv"),
                         "--db", str(db)]) == 0
    assert cli_main(["brief", "--db", str(db), "-o", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    text = pypdf_text(out)
    assert "Conoco gas field" in text and "al-Omar oil field" in text
    assert "حقل العمر" in pdftotext(out)
    h = query.headline(Store(db), Filters())
    assert h["incidents"] >= 2
    assert f"Incidents: {h['incidents']}" in text
    assert f"Killed: {h['fatalities']} Injured: {h['injured']}" in text
    n_images = sum(len(p.images) for p in reader.pages)
    if browser_missing and not os.environ.get("REQUIRE_BROWSER"):
        assert n_images == 0 and "Charts are not included" in text
    else:
        assert n_images == 3


# --- speed work (issue 12): word-measured fonts, capped cells, title page ---

CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


def seed_sentences() -> list[str]:
    """Every line of the seed articles (real Arabic news, with Latin and digits)."""
    return [line.strip() for p in sorted(SEEDS.glob("*.txt"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def fragment_widths(lines: list[str]) -> list[tuple[str, tuple, tuple]]:
    """(fragment, fpdf2's own shaped measure, the word-by-word measure) for
    every fragment fpdf2 makes of these lines, in each font the pack uses."""
    from fpdf.fonts import TTFFont
    pdf = brief._new_pdf()
    pdf.add_page()
    out = []
    for family in ("NotoSans", "NotoNaskhArabic"):
        pdf.set_font(family, size=8.5)
        for line in lines:
            for frag in pdf._preload_bidirectional_text(brief.safe_text(line), False):
                text, params = "".join(frag.characters), frag.text_shaping_parameters
                out.append((text, TTFFont.get_text_width(frag.font, text, 8.5, params),
                            frag.font.get_text_width(text, 8.5, params)))
    return out


def test_word_by_word_width_equals_fpdf2_whole_run_width_on_seed_sentences():
    from dashboard.brief_text import WordMeasuredFont
    pdf = brief._new_pdf()
    assert {type(f) for f in pdf.fonts.values()} == {WordMeasuredFont}
    widths = fragment_widths(seed_sentences())
    assert len(widths) > 1000
    assert any(" " in text and len(text) > 40 for text, _, _ in widths)  # whole Arabic runs
    for text, whole, by_word in widths:
        assert by_word[0] == whole[0] and by_word[1] == pytest.approx(whole[1], abs=1e-9), text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpora/saudinewsnet absent")
def test_word_by_word_width_equals_fpdf2_on_corpus_headlines():
    import json
    import zipfile
    with zipfile.ZipFile(sorted(CORPUS.glob("*.zip"))[0]) as zf:
        articles = json.loads(zf.read(zf.namelist()[0]))
    titles = [a["title"] for a in articles if a.get("title")][:300]
    assert len(titles) == 300
    for text, whole, by_word in fragment_widths(titles):
        assert by_word[0] == whole[0] and by_word[1] == pytest.approx(whole[1], abs=1e-9), text


def test_long_evidence_is_cut_at_a_sentence_end_and_names_the_incident():
    first = ("بالتزامن مع إعلان انفراجة في المفاوضات النووية بين إيران والغرب، شنت عدد من "
             "المليشيات التابعة لإيران، عدد من الغارات على قواعد أمريكية.")
    second = ("وفي سياق متصل شنت طائرات أمريكية والتحالف الدولي غارات جوية ضد أهداف وبنية "
              "تحتية يستغلها الحرس الثوري الإيراني في شرق سوريا.")
    assert first in (SEEDS / "002_73f8a4881ec737b9.txt").read_text(encoding="utf-8")
    text = f"{first} {second}"
    assert brief.evidence_cell(text, "002#0", limit=len(first) + 20) == (
        f"{first} …\n(cut: whole text in the export, incident 002#0)")
    # the first sentence alone is longer than the limit: cut at the last whole word
    assert brief.evidence_cell(text, "002#0", limit=30) == (
        "بالتزامن مع إعلان انفراجة في …\n(cut: whole text in the export, incident 002#0)")
    assert brief.evidence_cell(text, "002#0", limit=len(text)) == text
    # 40 characters end inside "والتحالف": the cut falls at the space before it
    assert brief.evidence_cell(second, None, limit=40) == "وفي سياق متصل شنت طائرات أمريكية …"


def test_title_page_lists_the_busiest_blocs_then_one_row_for_the_rest():
    pairs = [(f"bloc {k}", 100 - k) for k in range(20)]
    assert brief._top(pairs, 12, "other blocs") == [*pairs[:12], ("8 other blocs", sum(
        100 - k for k in range(12, 20)))]
    assert brief._top(pairs[:13], 12, "other blocs") == pairs[:13]  # one row is shown as itself


def many_incidents_data(n: int) -> brief.BriefingData:
    """n incidents at the seeds' sites, each cited by a real seed sentence,
    60 attacker blocs (the corpus has 49), for page-layout checks."""
    sentences = [s for s in seed_sentences() if len(s) > 80]
    rows, citations = [], {}
    for k in range(n):
        iid = f"inc-{k:04d}"
        rows.append({"incident_id": iid, "event_date": f"2015-08-{1 + k % 28:02d}",
                     "site": "al-Omar oil field", "site_ar": "حقل العمر", "admin1": "Deir ez-Zor",
                     "actor1": "ISIS", "actor2": "Civilians", "sub_event_type": "Attack",
                     "fatalities": k % 5, "injured": None})
        if k >= brief.TABLE_ROWS_MAX:  # collect() cites only the rows the table shows
            continue
        citations[iid] = pd.DataFrame([{
            "article_id": f"art-{k}", "outlet": "aawsat", "title": sentences[(k + 1) % len(sentences)][:90],
            "url": f"https://example.org/{k}", "evidence": [{"text": sentences[k % len(sentences)]}]}])
    headline = {"incidents": n, "fatalities": 2 * n, "injured": 0, "sources": n, "undated": 0,
                "by_bloc": {f"bloc {k:02d}": 200 - k for k in range(60)},
                "top_sites": [("al-Omar oil field", n)], "date_min": "2015-08-01",
                "date_max": "2015-08-28"}
    return brief.BriefingData(Filters(), datetime(2024, 1, 1, tzinfo=UTC), headline,
                              pd.DataFrame(rows), citations)


@needs_pdftotext
def test_pack_of_many_incidents_keeps_title_page_whole_and_says_where_the_rest_are(tmp_path):
    data = many_incidents_data(130)
    out = tmp_path / "many.pdf"
    out.write_bytes(brief.render_pdf(data, ({}, "no charts in this test")))
    reader = PdfReader(out)
    first = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    # 12 blocs shown, then blocs 12..59: 48 * 200 - (12 + 59) * 48 / 2 = 7896 incidents
    assert "bloc 11 189" in first and "48 other blocs 7896" in first
    assert "Most targeted sites" in first and "al-Omar oil field 130" in first
    text = pypdf_text(out)
    assert ("The 100 most recent of 130 incidents. All 130, with every source and the whole "
            "evidence, are in the data export of these filters") in text
    assert text.count("no charts in this test") == 3  # one per chart page, drawn after the table
    assert "Sources (100 articles)" in text
    arabic = pdftotext(out)
    assert "حقل العمر" in arabic and "شنت طائرات أمريكية" in arabic  # shaped, in reading order


def test_charts_from_a_future_land_on_their_own_pages_after_the_table_is_laid_out(tmp_path):
    from concurrent.futures import Future

    from PIL import Image
    pngs = {}
    for name, colour in (("map", "red"), ("timeline", "green"), ("matrix", "blue")):
        buf = io.BytesIO()
        Image.new("RGB", (160, 90), colour).save(buf, "PNG")
        pngs[name] = buf.getvalue()
    pending = Future()
    pending.set_result((pngs, None))
    out = tmp_path / "future.pdf"
    out.write_bytes(brief.render_pdf(many_incidents_data(3), pending))
    reader = PdfReader(out)
    assert [len(p.images) for p in reader.pages] == [0, 1, 1, 1, 0]
    assert [p.images[0].image.getpixel((0, 0)) for p in reader.pages[1:4]] == [
        (255, 0, 0), (0, 128, 0), (0, 0, 255)]
    assert [p.extract_text().split("\n")[0] for p in reader.pages[1:5]] == [
        "Incident map", "Incidents over time", "Who attacked whom", "Incidents"]


def test_word_wrap_is_greedy_and_every_line_fits():
    from dashboard.brief_table import WordWrapper
    pdf = brief._new_pdf()
    pdf.add_page()
    pdf.set_font(brief.ARABIC_FONT, size=8.5)
    wrap = WordWrapper(pdf)
    text = [s for s in seed_sentences() if s.startswith("وبدأ القصف المتبادل")][0]
    lines = wrap.lines(text, 60)
    assert lines == ["وبدأ القصف المتبادل القوات الأمريكية والإيرانية في",
                     "سوريا منذ أمس الأربعاء، حيث ذكر الجيش الأميركي أنه",
                     "نفذ ضربة في دير الزور بسوريا استهدفت منشآت بنية",
                     "تحتية تستخدمها جماعات تابعة للحرس الثوري الإيراني."]
    assert " ".join(lines) == text
    for line, after in zip(lines, lines[1:], strict=False):
        assert pdf.get_string_width(line) <= 60
        # greedy: the next line's first word would not have fitted
        assert pdf.get_string_width(f"{line} {after.split(' ')[0]}") > 60
    # a word wider than the column (a URL) is cut into pieces that fit
    url = "https://example.org/news/2015/%D9%87%D8%AC%D9%88%D9%85-%D8%AC%D8%AF%D9%8A%D8%AF"
    pieces = wrap.lines(f"see {url}", 30)
    assert pieces[0] == "see" and "".join(pieces[1:]) == url
    assert all(pdf.get_string_width(p) <= 30 for p in pieces)
    assert wrap.lines("a\n\nb", 30) == ["a", "", "b"]


def test_a_cell_taller_than_a_page_is_cut_instead_of_failing(tmp_path):
    from dashboard.brief_table import Column, draw_table
    sentence = [s for s in seed_sentences() if s.startswith("وبدأ القصف المتبادل")][0]
    pdf = brief._new_pdf()
    pdf.add_page()
    columns = (Column("Place", 1, "L"), Column("Evidence (Arabic)", 3, "R"))
    draw_table(pdf, columns, [("al-Omar oil field", " ".join([sentence] * 40))],
               fonts=lambda _r, col, _t: brief.ARABIC_FONT if col == 1 else None)
    out = tmp_path / "tall.pdf"
    out.write_bytes(bytes(pdf.output()))
    reader = PdfReader(out)
    assert len(reader.pages) == 1  # the row starts on the first page and fits it
    text = pdftotext(out) if shutil.which("pdftotext") else ""
    if text:
        assert "وبدأ القصف المتبادل" in text and "…" in text


@needs_pdftotext
def test_wrapped_arabic_headline_keeps_its_punctuation_in_an_outlet_line(tmp_path):
    """'outlet: <Arabic headline>' wrapped after "والغرب،": the Arabic comma ends
    the first line's Arabic run (left of the word), not the far end of the line."""
    from dashboard.brief_table import Column, TableStyle, WordWrapper, draw_table
    first = [s for s in seed_sentences() if s.startswith("بالتزامن مع إعلان")][0]
    cell = "seed outlet: " + first
    pdf = brief._new_pdf()
    pdf.add_page()
    pdf.set_font(brief.ARABIC_FONT, size=8.5)
    head = "seed outlet: بالتزامن مع إعلان انفراجة في المفاوضات النووية بين إيران والغرب،"
    pad = TableStyle().padding
    width = pdf.get_string_width(head) + 2 * pad + 1  # the column ends right after the comma
    assert WordWrapper(pdf).lines(cell, width - 2 * pad)[0] == head
    draw_table(pdf, (Column("Sources", 1, "L"),), [(cell,)], fonts=lambda *_: brief.ARABIC_FONT,
               width=width)
    out = tmp_path / "wrapped.pdf"
    out.write_bytes(bytes(pdf.output()))
    # pdftotext -raw gives each line left to right as drawn: the comma and the
    # full stop sit at the left end of their Arabic runs (one line's bidi alone
    # would put them at the right end: "... بالتزامن،" and "... شنت.")
    raw = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True,
                         text=True, check=True).stdout
    lines = [BIDI_MARKS.sub("", ln).strip() for ln in raw.splitlines()]
    assert lines[1].startswith("seed outlet: ،والغرب إيران بين") and lines[1].endswith("مع بالتزامن")
    assert lines[2].startswith(".أمريكية قواعد على") and lines[2].endswith("عدد شنت")
