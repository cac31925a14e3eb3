"""Chart images via kaleido and the system Chromium (dashboard/images.py)."""
from __future__ import annotations

import os
import struct
from pathlib import Path

import plotly.graph_objects as go
import pytest

from dashboard import images
from extract.errors import InputError, ResourceError
from store.filters import Filters

browser_missing = not Path("/usr/bin/chromium").is_file() and not os.environ.get("BROWSER_PATH")
needs_browser = pytest.mark.skipif(browser_missing and not os.environ.get("REQUIRE_BROWSER"),
                                   reason="no Chromium at /usr/bin/chromium (REQUIRE_BROWSER unset)")

# the seeds' incidents per attacker bloc, as a small bar chart
FIG = go.Figure(go.Bar(x=["Iran-aligned", "US-led coalition"], y=[4, 1]),
                layout={"title": {"text": "Incidents by attacker bloc"}})
FILTERS = Filters(sites=("Conoco gas field", "al-Omar oil field"), min_confidence=0.5)
RANGE = ("2021-06-28", "2023-03-24")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])  # IHDR width, height


@needs_browser
def test_png_svg_pdf_at_presentation_size_with_title_filters_and_range():
    png = images.chart_bytes(FIG, "png", title="Who attacks", filters=FILTERS, date_range=RANGE)
    assert png_size(png) == (3200, 1800)  # 1600x900 at scale 2
    svg = images.chart_bytes(FIG, "svg", title="Who attacks", filters=FILTERS,
                             date_range=RANGE).decode("utf-8")
    assert svg.startswith("<svg") and 'width="1600"' in svg and 'height="900"' in svg
    assert "Who attacks" in svg
    assert "sites: Conoco gas field, al-Omar oil field; confidence ≥ 0.5" in svg
    assert "Data: 2021-06-28 to 2023-03-24" in svg
    pdf = images.chart_bytes(FIG, "PDF", title="Who attacks", filters=FILTERS, date_range=RANGE)
    assert pdf.startswith(b"%PDF-") and len(pdf) > 2000


@needs_browser
def test_arabic_and_markup_in_a_chart_are_drawn_as_text():
    fig = go.Figure(go.Bar(x=["حقل العمر", "<b>x</b>"], y=[2, 1]))
    svg = images.chart_bytes(fig, "svg", title="حقل العمر", date_range=(None, None)).decode()
    assert "حقل العمر" in svg and "Data: no dated incidents" in svg


def test_presentation_figure_adds_title_and_subtitle_without_touching_the_original():
    out = images.presentation_figure(FIG, title="T", filters=FILTERS, date_range=RANGE)
    assert out.layout.title.text == "T"
    assert out.layout.title.subtitle.text == (
        "Filters: sites: Conoco gas field, al-Omar oil field; confidence ≥ 0.5"
        "  ·  Data: 2021-06-28 to 2023-03-24")
    assert FIG.layout.title.text == "Incidents by attacker bloc"
    assert list(out.data[0].y) == [4, 1]
    assert images.subtitle(None, None) == "Filters: all incidents"


def test_unknown_format_is_a_value_error():
    with pytest.raises(InputError) as refused:
        images.chart_bytes(FIG, "jpeg", title="x")
    assert str(refused.value) == "unknown chart format 'jpeg'; expected one of png, svg, pdf"
    assert isinstance(refused.value, ValueError)


def test_missing_browser_is_a_named_error_with_the_path(monkeypatch):
    images.shutdown()  # a running browser would be reused
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    with pytest.raises(images.ChartExportUnavailable) as missing:
        images.chart_bytes(FIG, "png", title="x")
    assert str(missing.value) == (
        "Chart image export needs Chromium, but none was found at BROWSER_PATH=/nonexistent/chromium; "
        "install it (apt-get install chromium) or set BROWSER_PATH to a Chromium binary.")
    assert isinstance(missing.value, ResourceError) and isinstance(missing.value, OSError)


def test_a_browser_that_cannot_start_is_a_named_error(monkeypatch, tmp_path):
    images.shutdown()
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("BROWSER_PATH", str(fake))
    with pytest.raises(images.ChartExportUnavailable, match="Could not start Chromium"):
        images.chart_bytes(FIG, "svg", title="x")
    images.shutdown()


@needs_browser
def test_exported_heatmap_labels_are_whole():
    """Long actor names as heatmap rows and columns: every tick label is in the
    SVG whole, and starts inside the image (not cut at the left edge)."""
    import re

    import pandas as pd

    from dashboard import figures
    names = ["Benghazi Revolutionaries Shura Council", "Iran-backed militias",
             "Mujahideen Shura Council of Derna", "Syrian opposition factions"]
    matrix = pd.DataFrame([{"attacker": a, "target": b, "incidents": 3 + i}
                           for i, (a, b) in enumerate(zip(names, names[1:] + names[:1], strict=True))])
    svg = images.chart_bytes(figures.matrix_figure(matrix), "svg", title="Who attacked whom",
                             filters=Filters(), date_range=None).decode("utf-8")
    ticks = re.findall(r'<g class="ytick">\s*<text[^>]*\bx="([-\d.]+)"[^>]*>([^<]*)</text>', svg)
    assert sorted(t for _, t in ticks) == sorted(names)
    for x, text in ticks:  # right-aligned at x: at 16 px a character is at least 6 px wide
        assert float(x) - 6 * len(text) > 0, (x, text)
    xticks = re.findall(r'<g class="xtick">\s*<text[^>]*>([^<]*)</text>', svg)
    assert sorted(xticks) == sorted(names)
    assert not re.search(r'class="cbaxis.*?>(\d+\.\d+)<', svg)  # whole counts on the colour bar
