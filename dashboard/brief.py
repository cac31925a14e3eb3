"""The briefing pack: one PDF with headline figures, charts and citations.

collect() asks the one query/figure layer (dashboard.query, dashboard.figures)
for everything, so the pack's numbers are the dashboard's for the same
Filters; render_pdf() only lays out what it is given, so it can be tested
with data built in code.

fpdf2 with text shaping (uharfbuzz) draws the Arabic evidence: letters are
joined and lines are ordered right-to-left by fpdf2's bidi step, and the
text stays extractable in logical order (pdftotext). Speed (bench/brief.py):
the fonts measure shaped text a word at a time, each word once
(brief_text.py), the incident table is wrapped once and drawn a line at a
time (brief_table.py), Arabic text is set in Naskh so a run of Arabic words
is shaped as one piece, and Chromium draws the charts on a thread while the
text is laid out. Article text is
untrusted: it goes into plain cells (never write_html / markdown), and bidi
override and control characters are stripped so a report cannot reorder or
hide what the reader sees.
"""
from __future__ import annotations

import io
import json
import math
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from fpdf import FPDF

from store.filters import Filters

from . import brief_text, images
from .brief_table import ARABIC_LETTER, Column, draw_table

FONT_DIR = Path(__file__).resolve().parent.parent / "data" / "fonts"
# The table lists the most recent incidents, at most this many: a briefing is
# read, not mined (100 rows are about 25 pages). The text says how many more
# match and that every one, with all its sources and its whole evidence, is in
# the data export of the same filters (CSV/JSON/XLSX/GeoJSON).
TABLE_ROWS_MAX = 100
# An evidence cell shows the first sentence, cut at a sentence end (else a word)
# within this many characters; a cut cell names its incident, whose whole text
# is in the export. Longer cells would only make rows taller than a reader scans.
EVIDENCE_CHARS_MAX = 320
# The title page's bloc table: the busiest blocs, then one "other" row (a
# longer table would run onto further pages beside the sites table)
BLOCS_ON_TITLE = 12
URL_CHARS_SHOWN = 70
# A table row must fit on one page (fpdf2 raises "row ... too high"
# otherwise), so each cell is capped: the table cell names at most this many
# sources (outlet and title); the full list, with links, follows the table.
SOURCES_IN_CELL = 3
TITLE_CHARS_IN_CELL = 70
CHARTS = (("map", "Incident map"), ("timeline", "Incidents over time"),
          ("matrix", "Who attacked whom"))
TITLE = "Conflict incident briefing"

# bidi embeddings/overrides/isolates and C0/C1 controls except \n
_UNSAFE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\x00-\x09\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class BriefingData:
    """Everything the pack shows, already computed by the query layer."""
    filters: Filters
    generated: datetime
    headline: dict
    incidents: pd.DataFrame  # incidents_view rows, most recent first
    citations: dict = field(default_factory=dict)  # incident_id -> reports DataFrame
    figures: dict = field(default_factory=dict)  # CHARTS name -> go.Figure


def collect(store, filters: Filters, *, now: datetime | None = None,
            with_figures: bool = True, max_rows: int = TABLE_ROWS_MAX) -> BriefingData:
    """Query everything the pack needs through dashboard.query / figures."""
    from . import query  # imported here: the store layer is only needed when collecting
    headline = query.headline(store, filters)
    incidents = query.incidents(store, filters)
    shown = incidents.head(max_rows)
    citations = query.reports_for(store, shown["incident_id"])
    figs = {}
    if with_figures and len(incidents):
        from . import figures
        figs = {"map": figures.map_figure(query.map_points(store, filters)),
                "timeline": figures.timeline_figure(query.timeline(store, filters)),
                "matrix": figures.matrix_figure(query.actor_matrix(store, filters))}
    return BriefingData(filters, now or datetime.now(UTC), headline,
                        incidents, citations, figs)


def briefing_pdf(store, filters: Filters, *, with_charts: bool = True,
                 now: datetime | None = None) -> bytes:
    """The whole pack for these filters, as PDF bytes (the Briefing page)."""
    data = collect(store, filters, now=now, with_figures=with_charts)
    charts = chart_images_in_background(data) if with_charts \
        else ({}, "Charts were not requested.")
    return render_pdf(data, charts)


def chart_images_in_background(data: BriefingData) -> Future:
    """chart_images(data) on a thread: Chromium draws the charts on one core
    while render_pdf lays the text out on the other (the thread only waits on
    the browser, so it holds no lock the layout needs). render_pdf takes the
    Future and waits for it once the text is laid out."""
    pool = ThreadPoolExecutor(1, thread_name_prefix="brief-charts")
    try:
        return pool.submit(chart_images, data)
    finally:
        pool.shutdown(wait=False)  # the thread ends with its one task


def charts_result(charts) -> tuple[dict, str | None]:
    """(PNG per chart, note) from chart_images' result or its Future."""
    return charts.result() if isinstance(charts, Future) else charts


def chart_images(data: BriefingData) -> tuple[dict, str | None]:
    """PNG bytes per chart, or ({}, why not) when no browser can render them."""
    rng = date_range(data.headline)
    out = {}
    try:
        for name, title in CHARTS:
            if name in data.figures:
                out[name] = images.chart_bytes(data.figures[name], "png", title=title,
                                               filters=data.filters, date_range=rng)
    except images.ChartExportUnavailable as exc:
        return {}, f"Charts are not included: {exc}"
    return out, None


def date_range(headline: dict) -> tuple:
    return headline.get("date_min"), headline.get("date_max")


def safe_text(value, limit: int | None = None) -> str:
    """Untrusted text as plain, visible characters (no bidi tricks, no controls)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = _UNSAFE.sub(" ", str(value))
    text = re.sub(r"[ \t]+", " ", text).strip()
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


class _Pack(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("NotoSans", size=8)
        self.set_text_color(110)
        self.cell(0, 6, f"{TITLE} · page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0)


def _new_pdf() -> FPDF:
    pdf = _Pack(orientation="landscape", format="A4")
    pdf.set_auto_page_break(True, margin=16)
    for family, style, file in (("NotoSans", "", "NotoSans-Regular.ttf"),
                                ("NotoSans", "B", "NotoSans-Bold.ttf"),
                                ("NotoNaskhArabic", "", "NotoNaskhArabic-Regular.ttf"),
                                ("NotoNaskhArabic", "B", "NotoNaskhArabic-Bold.ttf"),
                                ("NotoSansMath", "", "NotoSansMath-Regular.ttf")):
        pdf.add_font(family, style=style, fname=str(FONT_DIR / file))
    brief_text.measure_words_once(pdf)
    pdf.set_font("NotoSans", size=11)
    # glyphs missing from the current font come from these: Arabic script in
    # Noto Sans text from Naskh, Latin in Naskh text (the evidence) from Noto Sans
    pdf.set_fallback_fonts(["NotoNaskhArabic", "NotoSans", "NotoSansMath"], exact_match=False)
    pdf.set_text_shaping(True)
    pdf.set_title(TITLE)
    pdf.set_creator("conflict-incident dashboard")
    return pdf


def render_pdf(data: BriefingData, charts=({}, None)) -> bytes:
    """Lay the pack out: title + headline page, one page per chart, the table.

    charts is chart_images' (PNG per chart, note), or a Future of it
    (chart_images_in_background): the chart pages get their headings first,
    and the images once the table is laid out."""
    pdf = _new_pdf()
    _title_page(pdf, data)
    if len(data.incidents):
        pages = _chart_pages(pdf)
        _incident_table(pdf, data)
        _fill_chart_pages(pdf, pages, *charts_result(charts))
    return bytes(pdf.output())


def _heading(pdf: FPDF, text: str, size: int = 16) -> None:
    pdf.set_font("NotoSans", "B", size)
    pdf.cell(0, size * 0.6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("NotoSans", size=11)
    pdf.ln(2)


def _line(pdf: FPDF, text: str, h: float = 6.5) -> None:
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def _title_page(pdf: FPDF, data: BriefingData) -> None:
    h = data.headline
    pdf.add_page()
    _heading(pdf, TITLE, 24)
    lo, hi = date_range(h)
    _line(pdf, f"Filters: {data.filters.describe()}")
    _line(pdf, f"Generated: {data.generated.strftime('%Y-%m-%d %H:%M %Z').strip()}")
    _line(pdf, f"Data range: {_day(lo)} to {_day(hi)}" if lo or hi
          else "Data range: no dated incidents")
    pdf.ln(4)
    _heading(pdf, "Headline figures")
    n = int(h.get("incidents") or 0)
    undated = int(h.get("undated") or 0)
    _line(pdf, f"Incidents: {n}" + (f" ({undated} undated)" if undated else ""))
    _line(pdf, f"Killed: {_count(h.get('fatalities'))}    Injured: {_count(h.get('injured'))}")
    _line(pdf, f"Source articles: {_count(h.get('sources'))}")
    if not n:
        pdf.ln(4)
        _line(pdf, "No incidents match these filters.")
        return
    pdf.ln(3)
    blocs = _top(_pairs(h.get("by_bloc")), BLOCS_ON_TITLE, "other blocs")
    sites = _pairs(h.get("top_sites"))
    y = pdf.get_y()
    half = (pdf.epw - 10) / 2
    _small_table(pdf, ("Attacker bloc", "Incidents"), blocs, pdf.l_margin, half)
    y_after = pdf.get_y()
    pdf.set_y(y)
    _small_table(pdf, ("Most targeted sites", "Incidents"), sites, pdf.l_margin + half + 10, half)
    pdf.set_y(max(y_after, pdf.get_y()))


def _small_table(pdf: FPDF, head: tuple, rows: list, x: float, width: float) -> None:
    pdf.set_x(x)
    with pdf.table(width=width, col_widths=(3, 1), align="LEFT", line_height=6.5,
                   text_align=("LEFT", "RIGHT"), first_row_as_headings=True) as table:
        table.row(head)
        for name, count in rows or [("—", "0")]:
            table.row((safe_text(name), str(count)))


def _top(pairs: list[tuple[str, int]], keep: int, other: str) -> list[tuple[str, int]]:
    """The first `keep` pairs, then one row summing the rest ("12 other blocs")."""
    if len(pairs) <= keep + 1:
        return pairs
    rest = pairs[keep:]
    return [*pairs[:keep], (f"{len(rest)} {other}", sum(n for _, n in rest))]


def _chart_pages(pdf: FPDF) -> list[tuple[str, int, float]]:
    """A page per chart with its heading; (chart, page, y below the heading)."""
    pages = []
    for name, title in CHARTS:
        pdf.add_page()
        _heading(pdf, title)
        pages.append((name, pdf.page, pdf.get_y()))
    return pages


def _fill_chart_pages(pdf: FPDF, pages: list, chart_png: dict, note: str | None) -> None:
    """Draw each chart (or why it is missing) on its page, laid out earlier."""
    last = pdf.page
    for name, page, y in pages:
        pdf.page = page  # fpdf2 writes to self.pages[self.page]: back to that page
        pdf.current_font_is_set_on_page = False  # select the font again on this page
        pdf.set_xy(pdf.l_margin, y)
        png = chart_png.get(name)
        if png:
            # 16:9 image at full text width, centred in what is left of the page
            pdf.image(io.BytesIO(png), x=pdf.l_margin, w=pdf.epw,
                      h=min(pdf.epw * 9 / 16, pdf.eph - 20), keep_aspect_ratio=True)
        else:
            pdf.set_text_color(150, 40, 40)
            _line(pdf, note or "This chart has no data for these filters.")
            pdf.set_text_color(0)
    pdf.page = last
    pdf.current_font_is_set_on_page = False


# Arabic text (the evidence, Arabic headlines) is set in Naskh itself, Latin in
# it falling back to Noto Sans: a run of Arabic words is then one fragment for
# fpdf2, shaped once, instead of one per word (Noto Sans has the space glyph, so
# each space was its own fragment between Naskh words).
ARABIC_FONT = "NotoNaskhArabic"
_COLUMNS = (Column("Date", 1.1, "L"), Column("Place", 1.6, "L"), Column("Actors", 2.0, "L"),
            Column("Type", 1.6, "L"), Column("Killed / injured", 1.0, "C"),
            Column("Sources", 2.4, "L"), Column("Evidence (Arabic)", 3.6, "R"))


def _incident_table(pdf: FPDF, data: BriefingData) -> None:
    pdf.add_page()
    total = len(data.incidents)
    shown = data.incidents.head(TABLE_ROWS_MAX)
    _heading(pdf, "Incidents")
    if len(shown) < total:
        _line(pdf, f"The {len(shown)} most recent of {total} incidents. All {total}, with every "
                   "source and the whole evidence, are in the data export of these filters "
                   "(the Incidents page's downloads, or: incidents export --format csv).")
    rows = []
    for row in shown.to_dict("records"):
        sources, evidence = _citations(data.citations.get(row.get("incident_id")),
                                       row.get("incident_id"))
        rows.append((_day(row.get("event_date")) or "undated", _place(row), _actors(row),
                     _event_type(row),
                     f"{_count(row.get('fatalities'))} / {_count(row.get('injured'))}",
                     sources, evidence))
    last = len(_COLUMNS) - 1

    def font(_row: int, column: int, text: str) -> str | None:
        return ARABIC_FONT if column == last or _mostly_arabic(text) else None

    # spans pages with its heading row on each (brief_table.py says why not fpdf2's table)
    draw_table(pdf, _COLUMNS, rows, fonts=font)
    pdf.set_font("NotoSans", size=11)
    _source_list(pdf, data)


def source_rows(data: BriefingData) -> list[tuple[str, str, str]]:
    """(outlet, title, url) of every report behind the table, once each,
    grouped by outlet (busiest first), then by title."""
    seen, rows = set(), []
    for reports in data.citations.values():
        for rep in (reports.to_dict("records") if reports is not None else []):
            key = rep.get("article_id") or (rep.get("url"), rep.get("title"))
            if key in seen:
                continue
            seen.add(key)
            rows.append((safe_text(rep.get("outlet")) or "unknown outlet",
                         safe_text(rep.get("title")) or safe_text(rep.get("article_id")),
                         safe_text(rep.get("url"))))
    per_outlet = pd.Series([r[0] for r in rows]).value_counts() if rows else {}
    return sorted(rows, key=lambda r: (-int(per_outlet[r[0]]), r[0], r[1]))


def _source_list(pdf: FPDF, data: BriefingData) -> None:
    rows = source_rows(data)
    if not rows:
        return
    pdf.ln(4)
    _heading(pdf, f"Sources ({len(rows)} articles)")
    outlet = None
    for name, title, url in rows:
        if name != outlet:
            outlet = name
            pdf.ln(1)
            pdf.set_font("NotoSans", "B", 10)
            _line(pdf, name, 5.5)
        pdf.set_font("NotoSans", size=9)
        pdf.set_x(pdf.l_margin + 4)
        link = url if re.match(r"https?://", url or "") else None
        title = safe_text(title, 160) or "(no title)"
        if _mostly_arabic(title):  # one fragment per run, not per word (ARABIC_FONT)
            pdf.set_font(ARABIC_FONT, size=9)
        pdf.multi_cell(pdf.epw - 4, 4.6, title, new_x="LMARGIN", new_y="NEXT", link=link)
        if url:
            # the link as a short, clickable line (one cell: a URL has no
            # spaces to break at). An ASCII URL needs no shaping; an Arabic
            # slug is shaped in a left-to-right line, as a browser shows it
            # (unshaped, its letters came out apart and in reverse order)
            pdf.set_text_shaping(not url.isascii(), direction="ltr")
            pdf.set_x(pdf.l_margin + 4)
            pdf.set_text_color(30, 80, 160)
            pdf.set_font("NotoSans", size=7.5)
            shown = url if len(url) <= URL_CHARS_SHOWN else url[:URL_CHARS_SHOWN - 1] + "…"
            pdf.cell(pdf.epw - 4, 4, shown, new_x="LMARGIN", new_y="NEXT", link=link)
            pdf.set_text_color(0)
            pdf.set_text_shaping(True)
    pdf.set_font("NotoSans", size=11)


def _event_type(row: dict) -> str:
    text = safe_text(row.get("sub_event_type") or row.get("event_type"))
    return text.replace("/", "/ ")  # lets the narrow column wrap at the slash


def _place(row: dict) -> str:
    name, name_ar = safe_text(row.get("site")), safe_text(row.get("site_ar"))
    admin1 = safe_text(row.get("admin1"))
    out = name or "unknown place"
    if name_ar:
        out += f"\n{name_ar}"
    if admin1:
        out += f"\n{admin1}"
    return out


def _actors(row: dict) -> str:
    return f"{safe_text(row.get('actor1')) or 'Unknown'} → {safe_text(row.get('actor2')) or 'Unknown'}"


_LATIN_LETTER = re.compile("[A-Za-z]")


def _mostly_arabic(text: str) -> bool:
    return len(ARABIC_LETTER.findall(text)) > len(_LATIN_LETTER.findall(text))


def evidence_cell(text: str, incident_id: str | None, limit: int = EVIDENCE_CHARS_MAX) -> str:
    """The evidence as the table shows it: whole when it fits, else cut at the
    last sentence end within `limit` characters (at a word when the first
    sentence alone is longer than half of it) with "…", and a line naming
    the incident, whose whole text is in the export."""
    text = safe_text(text)
    if len(text) <= limit:
        return text
    head = text[:limit]
    end = max(head.rfind(mark) for mark in ".!?؟؛")
    if end >= limit // 2:
        head = head[:end + 1]
    else:
        head = head[:head.rfind(" ")] if " " in head else head[:limit - 1]
    note = f"\n(cut: whole text in the export, incident {incident_id})" if incident_id else ""
    return head.rstrip() + " …" + note


def _citations(reports, incident_id: str | None = None) -> tuple[str, str]:
    """('outlet: title' lines, at most SOURCES_IN_CELL, then "+N more";
    the first Arabic evidence sentence, see evidence_cell)."""
    if reports is None or not len(reports):
        return "", ""
    cites, evidence = [], ""
    for rep in reports.to_dict("records"):
        outlet = safe_text(rep.get("outlet")) or "unknown outlet"
        title = safe_text(rep.get("title"), TITLE_CHARS_IN_CELL)
        cites.append(f"{outlet}: {title}" if title else outlet)
        if not evidence:
            evidence = _first_evidence(rep.get("evidence"))
    cites = list(dict.fromkeys(cites))
    more = len(cites) - SOURCES_IN_CELL
    text = "\n".join(cites[:SOURCES_IN_CELL]) + (f"\n+{more} more (see Sources)" if more > 0 else "")
    return text, evidence_cell(evidence, incident_id)


def _first_evidence(value) -> str:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    for item in value if isinstance(value, (list, tuple)) else ():
        text = item.get("text") if isinstance(item, dict) else item
        if text:
            return str(text)
    return ""


def _pairs(value) -> list[tuple[str, int]]:
    """by_bloc / top_sites as [(name, n)] whether given as dict, pairs or a DataFrame."""
    if value is None:
        return []
    if isinstance(value, pd.DataFrame):
        value = list(value.itertuples(index=False, name=None))
    elif isinstance(value, dict):
        value = list(value.items())
    return [(str(k), int(v)) for k, v, *_ in value]


def _count(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return str(int(value))


def _day(value) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)[:10]
