"""How fast the dashboard redraws after a filter change, with 100,000 incidents.

    .venv/bin/python bench/dashboard.py [--n 100000] [--rounds 4]

Builds a store file holding N synthetic incidents (incidents_view, reports_view
and articles written as tables, which the store reads as they are: going
through extraction and merging for 100,000 reports would measure the
ingest, not the dashboard), serves app.py on a free port, and in Debian's
Chromium (Playwright) picks a bloc in the sidebar, timing from the click to
the script finished and every chart repainted. Prints one line per page and
round; the first round of each filter value is uncached, later ones hit
st.cache_data.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.ontology import ACTOR_BLOCS, SUB_EVENT_TYPES  # noqa: E402
from store.filters import VIEW_COLUMNS  # noqa: E402
from tests.test_browser import CHROMIUM, launch, metric, settle, start_server, stop_server  # noqa: E402

SITES = [  # site, Arabic, governorate, lat, lon, precision
    ("Conoco gas field", "حقل كونيكو", "Deir ez-Zor", 35.33, 40.30, 1),
    ("al-Omar oil field", "حقل العمر", "Deir ez-Zor", 35.05, 40.56, 1),
    ("al-Mayadin", "الميادين", "Deir ez-Zor", 35.02, 40.452, 2),
    ("Albukamal", "البوكمال", "Deir ez-Zor", 34.452, 40.919, 2),
    ("Khasham", "خشام", "Deir ez-Zor", 35.301, 40.289, 2),
    ("Deir ez-Zor", "دير الزور", "Deir ez-Zor", 35.336, 40.141, 3),
    ("al-Tanf", "التنف", "Homs", 33.50, 38.63, 1),
    ("al-Shaddadi", "الشدادي", "Hasakah", 36.058, 40.735, 2),
    ("Qamishli", "القامشلي", "Hasakah", 37.051, 41.227, 2),
    ("al-Sukhnah", "السخنة", "Homs", 34.886, 38.872, 2),
]


def build_store(path: Path, n: int) -> None:
    """N incidents spread over 2019-2023, 200 jittered places, all actors."""
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    actors = list(ACTOR_BLOCS)
    con.execute("CREATE TABLE actors AS SELECT * FROM (VALUES " + ", ".join(
        f"({i}, '{a}', '{b}')" for i, (a, b) in enumerate(ACTOR_BLOCS.items())) + ") t(k, actor, bloc)")
    con.execute("CREATE TABLE sites AS SELECT * FROM (VALUES " + ", ".join(
        f"({i}, '{s}', '{ar}', '{g}', {la}, {lo}, {p})" for i, (s, ar, g, la, lo, p) in
        enumerate(SITES)) + ") t(k, site, site_ar, admin1, lat, lon, geo_precision)")
    subs = list(SUB_EVENT_TYPES.items())
    con.execute("CREATE TABLE subs AS SELECT * FROM (VALUES " + ", ".join(
        f"({i}, '{s}', '{e}')" for i, (s, e) in enumerate(subs)) + ") t(k, sub, ev)")
    cols = ", ".join(f'"{c}" {t}' for c, t in VIEW_COLUMNS.items())
    con.execute(f"CREATE TABLE incidents_view ({cols})")
    con.execute(f"""
        INSERT INTO incidents_view
        SELECT 'syn-' || i, CASE WHEN i % 20 = 0 THEN NULL ELSE DATE '2019-01-01' + CAST(hash(i) % 1800 AS INTEGER) END,
               CASE WHEN i % 20 = 0 THEN 'unknown' ELSE 'day' END, s.ev, s.sub,
               a1.actor, a2.actor, a1.bloc, a2.bloc,
               [['rockets', 'artillery', 'drones', 'aircraft', 'small arms'][1 + i % 5]],
               st.site, st.site_ar, st.admin1, 'Syria',
               st.lat + ((i / 10) % 20 - 10) * 0.01, st.lon + ((i / 200) % 10 - 5) * 0.01,
               st.geo_precision, NULL, NULL, CAST(hash(i + 1) % 4 AS INTEGER), NULL, NULL,
               CAST(hash(i + 2) % 6 AS INTEGER), NULL, NULL, ['SOHR'],
               ['art-' || (i % 5000)], 1, ['Outlet ' || (i % 12)],
               0.3 + (hash(i + 3) % 70) / 100.0,
               CASE WHEN i % 97 = 0 THEN 'rejected' WHEN i % 13 = 0 THEN 'confirmed' ELSE 'unreviewed' END,
               a1.actor || ' → ' || a2.actor || ' at ' || st.site
        FROM range({n}) r(i)
        JOIN actors a1 ON a1.k = i % {len(actors)}
        JOIN actors a2 ON a2.k = (i * 7 + 3) % {len(actors)}
        JOIN sites st ON st.k = (i * 3) % {len(SITES)}
        JOIN subs s ON s.k = i % {len(subs)}""")
    # reports with an Arabic title, a long URL and an evidence sentence, as
    # the corpus has: the briefing's cost is shaping that text
    evidence = ('[{"text": "قصفت ميليشيات موالية لإيران بعدة قذائف صاروخية محيط حقل العمر '
                'النفطي في ريف دير الزور الشرقي، ما أدى إلى أضرار مادية", "start": 0, "end": 10}]')
    con.execute("CREATE TABLE reports_view AS SELECT incident_id, incident_id AS report_id, "
                "sources[1] AS article_id, 'هجوم جديد في ' || site_ar || ' يوقع قتلى وجرحى' AS title, "
                "outlets[1] AS outlet, 'https://example.org/news/2015/' || incident_id || "
                "'/%D9%87%D8%AC%D9%88%D9%85-%D8%AC%D8%AF%D9%8A%D8%AF' AS url, "
                "event_date AS published, event_date, date_precision, "
                "actor1, actor2, sub_event_type, site, site_ar, fatalities, injured, weapons, "
                f"reported_by, '{evidence}' AS evidence, confidence FROM incidents_view")
    con.execute("CREATE TABLE articles (article_id VARCHAR, title VARCHAR, outlet VARCHAR, "
                "url VARCHAR, published DATE, cleaned_text VARCHAR)")
    for t in ("actors", "sites", "subs"):
        con.execute(f"DROP TABLE {t}")
    con.close()


# a map is redrawn when MapLibre has its style, every source tiled and nothing moving
MAP_IDLE = """() => [...document.querySelectorAll('.js-plotly-plot')].every(d => {
  const m = d._fullLayout && d._fullLayout.map && d._fullLayout.map._subplot
            && d._fullLayout.map._subplot.map;
  return !d._fullLayout || !d._fullLayout.map || (m && m.loaded() && m.areTilesLoaded() && !m.isMoving());
})"""


def pick_bloc(page, bloc: str) -> float:
    """Select `bloc` in the sidebar; seconds until the script ended, charts
    repainted and any map finished drawing."""
    box = page.locator('[data-testid="stMultiSelect"]', has_text="Bloc (either side)")
    box.locator("input").click()
    page.keyboard.type(bloc)
    t0 = time.perf_counter()
    page.keyboard.press("Enter")
    page.wait_for_function("b => decodeURIComponent(location.search.replace(/\\+/g, ' ')).includes('blocs=' + b)",
                           arg=bloc, timeout=60_000)
    page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=60_000)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.wait_for_function(MAP_IDLE, timeout=60_000, polling=10)
    elapsed = time.perf_counter() - t0
    page.keyboard.press("Escape")
    return elapsed


def clear_blocs(page) -> None:
    box = page.locator('[data-testid="stMultiSelect"]', has_text="Bloc (either side)")
    clear = box.locator('[aria-label="Clear all"], [title="Clear all"]').first
    if clear.count():
        clear.click()
        settle(page)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--pages", default="map,timeline,actors",
                    help="comma-separated subset of map,timeline,actors")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"bench/dashboard.py: {CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    tmp = Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
    db = tmp / "bench.duckdb"
    t = time.perf_counter()
    build_store(db, args.n)
    print(f"store: {args.n:,} incidents in {db} built in {time.perf_counter() - t:.1f} s")
    proc, url = start_server(db, tmp / "streamlit.log")
    results: dict[str, list[float]] = {}
    try:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            pages = [(p, n) for p, n in (("", "map"), ("timeline", "timeline"), ("actors", "actors"))
                     if n in args.pages.split(",")]
            for path, name in pages:
                t = time.perf_counter()
                page.goto(f"{url}/{path}")
                settle(page, timeout=120_000)
                print(f"{name}: first load {time.perf_counter() - t:.2f} s "
                      f"({metric(page, 'Incidents')} incidents)")
                for k in range(args.rounds):
                    bloc = ("ISIS", "Turkey")[k % 2]
                    clear_blocs(page)
                    s = pick_bloc(page, bloc)
                    results.setdefault(name, []).append(s)
                    print(f"{name}: round {k + 1}, bloc {bloc}: {s:.3f} s "
                          f"({'uncached' if k < 2 else 'cached'}), {metric(page, 'Incidents')} incidents")
            browser.close()
    finally:
        stop_server(proc)
    for name, times in results.items():
        print(f"{name}: filter change to charts redrawn: median {statistics.median(times):.3f} s, "
              f"max {max(times):.3f} s over {len(times)} changes")


if __name__ == "__main__":
    main()
