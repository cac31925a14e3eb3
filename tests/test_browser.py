"""The served dashboard in Debian's Chromium (Playwright, never `playwright install`).

One Streamlit server on a free port over a fixture store; every page is
loaded, a sidebar filter changed, a map marker selected and an incident card
opened. Screenshots go to test-artifacts/; every request the browser makes
is recorded and must stay on this machine.
"""
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.fixtures_db import build_fixture_db, incident_id

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL = re.compile(r"^(https?|wss?)://(localhost|127\.0\.0\.1)(:\d+)?/|^(data|blob|about):")

pytestmark = pytest.mark.browser


def require_browser():
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"{CHROMIUM} is missing and REQUIRE_BROWSER=1")
    pytest.skip(f"{CHROMIUM} not installed (set REQUIRE_BROWSER=1 to make this a failure)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """`streamlit run app.py` on a free port; returns once it answers."""
    port = free_port()
    env = {**os.environ, "INCIDENTS_DB": str(db)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"streamlit did not start; see {log}")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def settle(page, timeout=90_000) -> None:  # a wait, not a speed check: 2 shared cores
    """Wait until Streamlit has finished running the script."""
    page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=timeout)
    page.wait_for_timeout(400)  # let the last delta paint
    page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=timeout)


def chart_pixel(page, x, y) -> tuple[float, float]:
    """Where data point (x, y) of the page's first plotly chart is drawn
    (a category axis takes the category's index)."""
    return page.evaluate("""([x, y]) => {
        const gd = document.querySelector('.js-plotly-plot');
        const fl = gd._fullLayout, r = gd.getBoundingClientRect();
        return [r.left + fl.xaxis._offset + fl.xaxis.l2p(x), r.top + fl.yaxis._offset + fl.yaxis.l2p(y)];
    }""", [x, y])


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]', has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_browser()
    tmp = tmp_path_factory.mktemp("browser")
    proc, url = start_server(build_fixture_db(tmp / "fixture.duckdb"), tmp / "streamlit.log")
    yield url
    stop_server(proc)


@pytest.fixture()
def page(server):
    from playwright.sync_api import sync_playwright
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = launch(p)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        requests, dialogs = [], []
        context.on("request", lambda r: requests.append(r.url))
        pg = context.new_page()
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.requests, pg.dialogs = requests, dialogs
        yield pg
        outside = [u for u in requests if not LOCAL.match(u)]
        browser.close()
        assert not outside, f"requests left the machine: {outside[:5]}"
        assert not dialogs, f"article text ran as script: {dialogs}"


def test_every_page_loads(server, page):
    for path, heading in (("", "Incident map"), ("timeline", "Timeline"), ("actors", "Actors"),
                          ("incidents", "Incidents"), ("sources", "Sources")):
        page.goto(f"{server}/{path}")
        settle(page)
        page.get_by_role("heading", name=heading).first.wait_for()
        assert not page.locator('[data-testid="stException"]').count(), path
        page.screenshot(path=str(ARTIFACTS / f"page-{path or 'map'}.png"))
    page.goto(f"{server}/")
    settle(page)
    page.locator(".js-plotly-plot .scatterlayer .point").first.wait_for(timeout=120_000)  # markers drew
    # the offline vector map names the governorates that hold markers
    labels = page.evaluate("() => document.querySelector('.js-plotly-plot').data"
                           ".find(t => t.name === 'governorate names').text")
    assert sorted(labels) == ["Deir ez-Zor", "Hasakah", "Homs"]


def test_filter_changes_charts_and_url(server, page):
    page.goto(f"{server}/")
    settle(page)
    assert metric(page, "Incidents") == "17"  # the default minimum confidence (0.65) leaves out 2
    box = page.locator('[data-testid="stMultiSelect"]', has_text="Bloc (either side)")
    box.click()
    page.keyboard.type("ISIS")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function("() => location.search.includes('blocs=ISIS')", timeout=90_000)
    settle(page)
    assert metric(page, "Incidents") == "1"
    names = page.evaluate("() => document.querySelector('.js-plotly-plot').data"
                          ".filter(t => t.mode === 'markers').map(t => t.name)")
    assert names == ["ISIS"]
    page.screenshot(path=str(ARTIFACTS / "filter-isis.png"))
    page.goto(f"{server}/timeline?blocs=Turkey")  # the link reproduces a view
    settle(page)
    assert metric(page, "Incidents") == "1"


def test_selecting_a_map_marker_filters_the_views(server, page):
    page.goto(f"{server}/")
    settle(page)
    page.locator(".js-plotly-plot .scatterlayer .point").first.wait_for(timeout=120_000)
    # the ISIS marker (al-Sukhnah, Homs desert) stands alone: box-select around
    # its pixel (the map opens in box-select mode)
    x, y = chart_pixel(page, 38.872, 34.886)
    page.mouse.move(x - 20, y - 20)
    page.mouse.down()
    page.mouse.move(x + 20, y + 20, steps=8)
    page.mouse.up()
    page.wait_for_function("() => location.search.includes('incident_ids=')", timeout=90_000)
    settle(page)
    assert metric(page, "Incidents") == "1"
    assert "incident_ids=" + incident_id("fx-homs-isis-2022-03-06").replace("#", "%23") in page.url
    page.screenshot(path=str(ARTIFACTS / "map-selection.png"))
    page.get_by_role("link", name="Timeline").first.click()  # the selection follows
    settle(page)
    assert metric(page, "Incidents") == "1"


def test_clicking_a_matrix_cell_filters_by_attacker_and_target(server, page):
    page.goto(f"{server}/actors")
    settle(page)
    # the heatmap drawn (a page switch can leave the last page's chart for a moment);
    # _fullData is plotly's decoded copy (data may hold base64 typed-array specs)
    page.wait_for_function("() => { const d = document.querySelector('.js-plotly-plot');"
                           " return d && d._fullData && d._fullData[0] && d._fullData[0].type === 'heatmap'; }",
                           timeout=60_000)
    cols, rows = page.evaluate("() => { const t = document.querySelector('.js-plotly-plot')._fullData[0];"
                               " return [Array.from(t.x), Array.from(t.y)]; }")
    x, y = chart_pixel(page, cols.index("US forces"), rows.index("Iran-backed militias"))
    page.mouse.click(x, y)
    page.wait_for_function("() => location.search.includes('actor1=')", timeout=90_000)
    settle(page)
    assert "actor1=Iran-backed+militias" in page.url and "actor2=US+forces" in page.url
    assert metric(page, "Incidents") == "5"
    page.screenshot(path=str(ARTIFACTS / "actors-cell.png"))


def test_incident_card_shows_article_text_as_text(server, page):
    iid = incident_id("fx-shaddadi-xss-2023-01-10")
    page.goto(f"{server}/incidents?incident={iid.replace('#', '%23')}")
    settle(page)
    evidence = page.locator('div[dir="rtl"]', has_text="الشدادي").first
    evidence.wait_for()
    assert "<script>alert('x')</script>" in evidence.inner_text()
    assert "<img src=x onerror=alert(1)>" in evidence.inner_text()
    assert evidence.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert evidence.locator("mark").count() >= 2  # place and weapon words highlighted
    assert page.locator("script", has_text="alert('x')").count() == 0
    evidence.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "incident-card.png"))


def test_bad_upload_gets_a_message_naming_the_file(server, page, tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 200)  # not text
    good = tmp_path / "seed.txt"
    good.write_text((ROOT / "seeds" / "003_7db2a034c338d373.txt").read_text(encoding="utf-8"),
                    encoding="utf-8")
    page.goto(f"{server}/sources")
    settle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(bad), str(good)])
    page.wait_for_timeout(1500)
    page.get_by_role("button", name="Extract incidents").click()
    settle(page)
    warning = page.locator('[data-testid="stAlertContentWarning"]').first
    warning.wait_for()
    assert "broken.txt" in warning.inner_text()
    assert "1 article(s) read" in page.locator('[data-testid="stMain"]').inner_text()
    page.screenshot(path=str(ARTIFACTS / "sources-bad-upload.png"))


def test_a_missing_browser_fails_only_when_required(monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setenv("REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception):
        require_browser()
    monkeypatch.delenv("REQUIRE_BROWSER")
    with pytest.raises(pytest.skip.Exception):
        require_browser()
