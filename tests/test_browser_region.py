"""The analyst's view across the region in Debian's Chromium (Playwright):
a generated store spanning Yemen, Egypt, Libya, Syria, Iraq and Turkey
(tests/region_db.py). Markers fall inside country outlines, blocs keep their
colours across filters, a one-bar timeline has a date axis, the matrix has no
self-pair, Markdown in an outlet or title stays text, and URL filters out of
range get a note instead of an error, on any page opened first."""
from __future__ import annotations

import re

import numpy as np
import pytest

from tests import test_browser
from tests.region_db import INCIDENTS, MARKDOWN_OUTLET, PLACES, build_region_db, incident_id
from tests.test_browser import (
    ARTIFACTS,
    launch,
    metric,
    require_browser,
    start_server,
    stop_server,
)
from tests.test_browser import settle as settle_once

page = test_browser.page  # the same page fixture, over this module's server

SLOW = 120_000  # the first map of a server process reads GeoNames' cities and the outlines


def settle(page, timeout=SLOW) -> None:
    settle_once(page, timeout)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_browser()
    tmp = tmp_path_factory.mktemp("region")
    proc, url = start_server(build_region_db(tmp / "region.duckdb"), tmp / "streamlit.log")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:  # warm the process's caches once
        browser = launch(p)
        warm = browser.new_page()
        warm.goto(f"{url}/?min_confidence=0")
        settle(warm, 240_000)
        warm.locator(".js-plotly-plot").first.wait_for(timeout=SLOW)
        browser.close()
    yield url
    stop_server(proc)


def traces(page) -> list[dict]:
    # _fullData: plotly's decoded copy (gd.data may hold base64 typed-array specs)
    return page.evaluate("() => document.querySelector('.js-plotly-plot')._fullData.map(t => ({"
                         "name: t.name, mode: t.mode, type: t.type, fill: t.fill,"
                         "x: Array.from(t.x || []), y: Array.from(t.y || []),"
                         "color: t.marker && t.marker.color}))")


def rings_of(trace: dict) -> list[np.ndarray]:
    """The NaN-separated rings of a vector-map fill trace."""
    xy = np.column_stack([np.asarray(trace["x"], dtype=float), np.asarray(trace["y"], dtype=float)])
    out, start = [], 0
    for i in np.flatnonzero(np.isnan(xy[:, 0])).tolist() + [len(xy)]:
        if i - start >= 3:
            out.append(xy[start:i])
        start = i + 1
    return out


def inside(point, ring: np.ndarray) -> bool:
    """Ray casting (even-odd rule)."""
    x, y = point
    xs, ys = ring[:, 0], ring[:, 1]
    xj, yj = np.roll(xs, 1), np.roll(ys, 1)
    crosses = ((ys > y) != (yj > y)) & (x < (xj - xs) * (y - ys) / (yj - ys + 1e-12) + xs)
    return bool(crosses.sum() % 2)


def bloc_colors(page) -> dict[str, str]:
    return {t["name"]: t["color"] for t in traces(page) if t["mode"] == "markers"}


def test_markers_fall_inside_country_outlines(server, page):
    page.goto(f"{server}/?min_confidence=0")
    settle(page)
    page.locator(".js-plotly-plot .scatterlayer .point").first.wait_for(timeout=SLOW)
    data = traces(page)
    land = next(t for t in data if t["fill"] == "toself")
    rings = rings_of(land)
    points = [(x, y) for t in data if t["mode"] == "markers" for x, y in zip(t["x"], t["y"], strict=True)]
    assert {(round(x, 3), round(y, 3)) for x, y in points} == \
        {(PLACES[r[5]][4], PLACES[r[5]][3]) for r in INCIDENTS}  # every place, one colour each
    # inside an outline, or on the coast: within ~20 km of it (the outlines are
    # Natural Earth 1:50m, a port city's point may sit on the drawn shore)
    def on_land(p):
        return any(inside(p, r) or np.hypot(*(r - p).T).min() < 0.2 for r in rings)
    outside = [p for p in points if not on_land(np.asarray(p))]
    assert not outside, f"markers in the sea: {outside}"
    names = next(t for t in data if t["name"] == "country names")
    countries = set(page.evaluate("() => document.querySelector('.js-plotly-plot').data"
                                  ".find(t => t.name === 'country names').text"))
    assert {"YEMEN", "EGYPT", "LIBYA", "SYRIA", "IRAQ", "TURKEY"} <= countries, names
    cities = page.evaluate("() => document.querySelector('.js-plotly-plot').data"
                           ".find(t => t.name === 'city names').text")
    assert "Cairo" in cities and "Baghdad" in cities
    page.screenshot(path=str(ARTIFACTS / "region-map.png"))


def test_each_bloc_keeps_its_colour_across_filters(server, page):
    page.goto(f"{server}/?min_confidence=0")
    settle(page)
    page.locator(".js-plotly-plot .scatterlayer .point").first.wait_for(timeout=SLOW)
    everything = bloc_colors(page)
    page.goto(f"{server}/?min_confidence=0&since=2015-08-01")
    settle(page)
    page.locator(".js-plotly-plot .scatterlayer .point").first.wait_for(timeout=SLOW)
    later = bloc_colors(page)
    assert set(later) < set(everything) and len(later) >= 3
    assert {b: everything[b] for b in later} == later
    assert everything["Unknown"] == "#cfcfcf"  # light, and drawn first (under the rest)
    page.goto(f"{server}/?min_confidence=0")
    settle(page)
    page.locator(".js-plotly-plot .scatterlayer .point").first.wait_for(timeout=SLOW)
    order = [t["name"] for t in traces(page) if t["mode"] == "markers"]
    assert order[0] == "Unknown"  # drawn first, under the rest


def test_a_one_bar_timeline_has_a_date_axis(server, page):
    page.goto(f"{server}/timeline?min_confidence=0&since=2015-07-21&until=2015-07-21")
    settle(page)
    page.locator(".js-plotly-plot").first.wait_for(timeout=SLOW)
    assert metric(page, "Incidents") == "1"
    axis = page.evaluate("() => { const fl = document.querySelector('.js-plotly-plot')._fullLayout;"
                         " return {type: fl.xaxis.type, ticks: Array.from(document.querySelectorAll("
                         "'.js-plotly-plot .xtick text')).map(e => e.textContent),"
                         " y2: Array.from(document.querySelectorAll('.js-plotly-plot .y2tick text'))"
                         ".map(e => e.textContent)}; }")
    assert axis["type"] == "date"
    assert axis["ticks"] and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", t) for t in axis["ticks"]), axis
    assert all(re.fullmatch(r"\d+", t) for t in axis["y2"]), axis  # whole casualty counts
    page.screenshot(path=str(ARTIFACTS / "timeline-one-bar.png"))


def test_the_matrix_has_no_self_pair(server, page):
    page.goto(f"{server}/actors?min_confidence=0")
    settle(page)
    page.locator(".js-plotly-plot").first.wait_for(timeout=SLOW)
    page.wait_for_function("() => { const d = document.querySelector('.js-plotly-plot');"
                           " return d && d.data && d.data[0] && d.data[0].type === 'heatmap'; }",
                           timeout=SLOW)
    heat = page.evaluate("() => { const t = document.querySelector('.js-plotly-plot').data[0];"
                         " return [t.x, t.y, t.z]; }")
    cols, rows, z = heat
    if isinstance(z, dict):  # plotly's base64 typed array {dtype, bdata, shape}
        import base64
        shape = [int(n) for n in str(z["shape"]).split(",")]
        z = np.frombuffer(base64.b64decode(z["bdata"]), dtype=z["dtype"]).reshape(shape).tolist()
    pairs = [(rows[i], cols[j]) for i in range(len(rows)) for j in range(len(cols))
             if z[i][j] is not None and z[i][j] == z[i][j]]  # not NaN
    assert pairs and all(a != b for a, b in pairs)
    assert metric(page, "Unresolved sides") == "2"  # ISIS -> ISIS, Unknown -> Unknown
    page.screenshot(path=str(ARTIFACTS / "region-actors.png"))


def test_markdown_in_outlet_and_title_is_text(server, page):
    iid = incident_id("suruc-1")
    page.goto(f"{server}/incidents?min_confidence=0&incident={iid.replace('#', '%23')}")
    settle(page)
    main = page.locator('[data-testid="stMain"]')
    page.get_by_text(MARKDOWN_OUTLET).first.wait_for(timeout=SLOW)
    assert main.locator('a[href^="javascript"]').count() == 0
    assert main.locator(".katex").count() == 0
    assert main.locator("strong", has_text="bold").count() == 0
    assert "[link](javascript:alert(2))" in main.inner_text()
    page.screenshot(path=str(ARTIFACTS / "incident-markdown.png"))


@pytest.mark.parametrize("path", ["", "timeline", "actors", "incidents", "briefing"])
def test_out_of_range_url_filters_get_a_note_on_any_page(server, page, path):
    page.goto(f"{server}/{path}?min_confidence=2&since=0001-01-01&until=9999-12-31&blocs=Turkey")
    settle(page)
    assert not page.locator('[data-testid="stException"]').count()
    sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
    assert "min_confidence=2 is outside 0-1" in sidebar and "since=0001-01-01" in sidebar
    # the navigation is the app's (not raw file names) and the URL's bloc applies
    assert page.get_by_role("link", name="Briefing").count()
    assert not page.get_by_role("link", name="briefing", exact=True).count()
    assert "blocs=Turkey" in page.url  # the link's filter is kept


SHOWN_CITIES = """() => { const gd = document.querySelector('.js-plotly-plot'), out = [];
  gd.querySelectorAll('.scatterlayer g.trace').forEach(g => {
    const t = g.__data__ && g.__data__[0] && g.__data__[0].trace;
    const label = g.querySelector('text');
    if (!t || !String(t.name).startsWith('city names') || !label) return;
    const style = getComputedStyle(label);
    if (style.fillOpacity === '0' || style.opacity === '0' || style.fill === 'rgba(0, 0, 0, 0)') return;
    for (let i = 0; i < t.x.length; i++) out.push([t.x[i], t.y[i], t.text[i]]);
  });
  return out; }"""


def test_city_names_follow_the_zoom(server, page):
    """Zooming in on the Nile delta with plotly's own box zoom names more towns
    there than the opening view did (the server never hears of the zoom)."""
    page.goto(f"{server}/?min_confidence=0")
    settle(page)
    page.locator(".js-plotly-plot .scatterlayer .point").first.wait_for(timeout=SLOW)
    page.wait_for_function("() => document.querySelector('.js-plotly-plot').classList"
                           ".contains('city-zoom-0')", timeout=SLOW)
    box = (29.6, 29.4, 32.6, 31.6)  # lon0, lat0, lon1, lat1

    def in_box(names):
        return sorted(n for x, y, n in names if box[0] <= x <= box[2] and box[1] <= y <= box[3])
    before = in_box(page.evaluate(SHOWN_CITIES))
    page.locator(".js-plotly-plot").first.hover()
    page.locator('.modebar-btn[data-title="Zoom"]').first.click()
    (x0, y0), (x1, y1) = (test_browser.chart_pixel(page, box[0], box[3]),
                          test_browser.chart_pixel(page, box[2], box[1]))
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move(x1, y1, steps=8)
    page.mouse.up()
    page.wait_for_function("() => /city-zoom-[1-9]/.test(document.querySelector('.js-plotly-plot')"
                           ".className)", timeout=SLOW)
    after = in_box(page.evaluate(SHOWN_CITIES))
    assert "Cairo" in before and set(before) < set(after), (before, after)
    assert len(after) >= 2 * len(before), (before, after)
    page.screenshot(path=str(ARTIFACTS / "region-map-zoomed.png"))
