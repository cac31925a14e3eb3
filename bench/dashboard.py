"""How fast every dashboard page redraws after a filter change, up to 1,000,000 incidents.

    .venv/bin/python bench/dashboard.py [--n 1000000] [--rounds 12] [--blocs 6]
        [--pages map,timeline,...] [--compare DIR]

Builds a store file holding N synthetic incidents in DuckDB SQL (incidents_view,
reports_view and articles written as tables, which the store reads as they
are: going through extraction and merging for a million reports would
measure the ingest, not the dashboard; about 10 s for a million), serves
app.py on a free port, and in Debian's Chromium (Playwright) on each page
picks a bloc in the sidebar: types it, waits until the dropdown shows it
(as the analyst sees it before pressing Enter), and times from Enter to the
script finished and every chart repainted (and any MapLibre map drawn),
then clears
it again (back to every incident), timed the same way. The blocs cycle
through BENCH_BLOCS: while a bloc is new the page's own queries are uncached
(the headline numbers may already be cached by an earlier page, as when an
analyst switches pages); from the second cycle on they hit st.cache_data.
Prints one line per change and, per page, the medians of the picks (all,
uncached, cached) and of the clears. `--press-at-once` presses Enter right
after typing, as the bench did until session 7: that also timed the
browser filtering the dropdown for each typed letter (0.2-0.35 s under load).

The machine is shared, and its load moves the figures by a factor of two
within minutes. `--compare DIR` serves a second checkout of the project (for
instance `git archive COMMIT | tar -x -C DIR`) on the same store beside this
one, and each round picks the bloc on both, in turns, so old and new code are
timed under the same load. With `--compare-store arrival` that checkout reads
its own copy of the store with the incidents in arrival order, as the store
kept them before session 9 (now sorted by bloc, actor and date).
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.ontology import ACTOR_BLOCS, SUB_EVENT_TYPES  # noqa: E402
from store.filters import VIEW_COLUMNS  # noqa: E402
from store.schema import INCIDENTS_ORDER  # noqa: E402
from tests.test_browser import CHROMIUM, free_port, launch, metric, settle, stop_server  # noqa: E402

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


def build_store(path: Path, n: int, in_store_order: bool = True) -> None:
    """N incidents spread over 2019-2023, 200 jittered places, all actors;
    stored in the store's order (store.schema.INCIDENTS_ORDER), or with
    in_store_order=False in arrival order, as the store kept them before."""
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    con.execute("SET enable_progress_bar = false")
    actors = list(ACTOR_BLOCS)
    # parameters, not SQL literals: actor names hold quotes ("Lions' Den")
    con.execute("CREATE TABLE actors (k INTEGER, actor VARCHAR, bloc VARCHAR)")
    con.executemany("INSERT INTO actors VALUES (?, ?, ?)",
                    [(i, a, b) for i, (a, b) in enumerate(ACTOR_BLOCS.items())])
    con.execute("CREATE TABLE sites AS SELECT * FROM (VALUES " + ", ".join(
        f"({i}, '{s}', '{ar}', '{g}', {la}, {lo}, {p})" for i, (s, ar, g, la, lo, p) in
        enumerate(SITES)) + ") t(k, site, site_ar, admin1, lat, lon, geo_precision)")
    subs = list(SUB_EVENT_TYPES.items())
    con.execute("CREATE TABLE subs AS SELECT * FROM (VALUES " + ", ".join(
        f"({i}, '{s}', '{e}')" for i, (s, e) in enumerate(subs)) + ") t(k, sub, ev)")
    cols = ", ".join(f'"{c}" {t}' for c, t in VIEW_COLUMNS.items())
    con.execute(f"CREATE TABLE unsorted ({cols})")
    con.execute(f"""
        INSERT INTO unsorted
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
    # in the order the store keeps its materialised incidents (store/schema.py)
    con.execute("CREATE TABLE incidents_view AS SELECT * FROM unsorted"
                + (f" ORDER BY {INCIDENTS_ORDER}" if in_store_order else ""))
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
    for t in ("actors", "sites", "subs", "unsorted"):
        con.execute(f"DROP TABLE {t}")
    con.close()


# a map is redrawn when MapLibre has its style, every source tiled and nothing moving
MAP_IDLE = """() => [...document.querySelectorAll('.js-plotly-plot')].every(d => {
  const m = d._fullLayout && d._fullLayout.map && d._fullLayout.map._subplot
            && d._fullLayout.map._subplot.map;
  return !d._fullLayout || !d._fullLayout.map || (m && m.loaded() && m.areTilesLoaded() && !m.isMoving());
})"""


BENCH_BLOCS = ("ISIS", "Turkey", "Houthis", "Russia", "PKK", "HTS")  # six new filters a page
MORE_BLOCS = ("Hamas", "Taliban", "NATO", "Komala", "Fatah", "Boko Haram")  # --blocs 12
PAGES = {"map": "", "timeline": "timeline", "actors": "actors", "incidents": "incidents",
         "sources": "sources", "briefing": "briefing"}


def wait_redrawn(page) -> None:
    """The script finished, the browser painted twice, any map is idle."""
    page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=120_000)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.wait_for_function(MAP_IDLE, timeout=120_000, polling=10)


def bloc_box(page):
    return page.locator('[data-testid="stMultiSelect"]', has_text="Bloc (either side)")


def option(page, bloc: str):
    """The dropdown's entry for exactly `bloc`. Streamlit (1.67) matches the
    typed text loosely and puts a "Select N matches" entry first when more
    than one option matches ("ISIS" also finds "Israeli settlers" and
    "Popular Resistance Committees", "HTS" four more blocs): Enter picked
    that entry, so two of the six "new blocs" were three and five blocs."""
    return page.locator('[data-testid="stMultiSelectDropdown"] [role="option"]').filter(
        has_text=re.compile(f"^{re.escape(bloc)}$")).first


def typed(page, bloc: str) -> None:
    """The dropdown lists `bloc` and the browser has painted it: what the
    analyst sees before choosing it. Pressing Enter at once
    after typing measured the browser still filtering the list for each
    typed letter (0.2-0.35 s on the loaded 2-core machine: the rerun request
    left the browser that long after Enter, 0.06-0.08 s when the list had
    been drawn), which is typing, not the filter change."""
    option(page, bloc).wait_for(state="visible", timeout=60_000)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


# Timed in the page: from the input event (the click on the option, or the
# Enter key) to the second animation frame after the script state last
# turned notRunning (and any MapLibre map idle) and the main thread's next
# idle moment (requestIdleCallback), from the events' own
# performance.now() stamps. The wall time Playwright sees adds its round
# trips to the browser (wait for the URL, the state, two frames, the map
# check: 0.1-0.4 s on the loaded machine, more than the page's own paint),
# so both are printed; the in-page time is what the analyst waits.
STOPWATCH = """() => {
  const w = window.__stopwatch = {t0: null, done: null, ran: false};
  const off = new AbortController();
  const mark = e => { if (w.t0 === null) { w.t0 = e.timeStamp; off.abort(); } };
  document.addEventListener('mousedown', mark, {capture: true, signal: off.signal});
  document.addEventListener('keydown', e => { if (e.key === 'Enter') mark(e); },
                            {capture: true, signal: off.signal});
  const idle = MAP_IDLE;
  const state = () => { const el = document.querySelector('[data-test-script-state]');
                        return el && el.getAttribute('data-test-script-state'); };
  let gen = 0;
  const mo = new MutationObserver(() => {
    const s = state();
    if (s === 'running') { w.ran = true; w.done = null; gen++; }
    else if (s === 'notRunning' && w.ran && w.t0 !== null) {
      const mine = ++gen;
      // two frames painted, then the first idle moment of the main thread
      // (work a chart queues after its first frame is counted too)
      const frame = n => requestAnimationFrame(() => {
        if (mine !== gen) return;
        if (n > 0 || !idle()) frame(idle() ? n - 1 : n);
        else requestIdleCallback(() => { if (mine === gen) w.done = performance.now(); },
                                 {timeout: 5000});
      });
      frame(1);
    }
  });
  mo.observe(document.body, {subtree: true, attributes: true, attributeFilter: ['data-test-script-state']});
  w.stop = () => { mo.disconnect(); off.abort(); };
}""".replace("MAP_IDLE", MAP_IDLE)


def in_page(page) -> float | None:
    """Seconds the page took (STOPWATCH), once the wall-time wait is over."""
    try:
        page.wait_for_function("() => window.__stopwatch && window.__stopwatch.done !== null",
                               timeout=10_000)
    except Exception:  # noqa: BLE001  (no rerun seen: report the wall time only)
        return None
    ms = page.evaluate("() => { const w = window.__stopwatch; w.stop(); return w.done - w.t0; }")
    return ms / 1000


def pick_bloc(page, bloc: str, wait_typed: bool = True) -> tuple[float, float | None]:
    """Select `bloc` in the sidebar; seconds from the pick until the script
    ended, charts repainted and any map finished drawing: (wall time seen
    by Playwright, time in the page). The exact option is clicked (the
    pointer is moved onto it first, untimed); with wait_typed=False, Enter
    is pressed right after typing, as before session 7 (which picks the
    "Select N matches" entry when several blocs match)."""
    bloc_box(page).locator("input").click()
    page.keyboard.type(bloc)
    if wait_typed:
        typed(page, bloc)
        option(page, bloc).hover()
    page.evaluate(STOPWATCH)
    t0 = time.perf_counter()
    if wait_typed:
        page.mouse.down()
        page.mouse.up()
    else:
        page.keyboard.press("Enter")
    page.wait_for_function("b => decodeURIComponent(location.search.replace(/\\+/g, ' ')).includes('blocs=' + b)",
                           arg=bloc, timeout=120_000)
    wait_redrawn(page)
    elapsed = time.perf_counter() - t0
    inside = in_page(page)
    page.keyboard.press("Escape")
    return elapsed, inside


def clear_blocs(page) -> tuple[float, float | None] | None:
    """Clear the bloc filter (back to every incident); seconds to redrawn
    (wall, in the page), as pick_bloc."""
    clear = bloc_box(page).locator('[aria-label="Clear all"], [title="Clear all"]').first
    if not clear.count():
        return None
    clear.hover()
    page.evaluate(STOPWATCH)
    t0 = time.perf_counter()
    page.mouse.down()
    page.mouse.up()
    page.wait_for_function("() => !location.search.includes('blocs=')", timeout=120_000)
    wait_redrawn(page)
    elapsed = time.perf_counter() - t0
    inside = in_page(page)
    settle(page, timeout=120_000)
    return elapsed, inside


def secs(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f} s"


def median(xs) -> str:
    return f"{statistics.median(xs):.3f} s" if xs else "-"


def serve(root: Path, db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """`streamlit run app.py` of the checkout at `root` on a free port
    (tests/test_browser.start_server, for any checkout)."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=root, env={**os.environ, "INCIDENTS_DB": str(db)}, stdout=log.open("w"),
        stderr=subprocess.STDOUT)
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=2 * len(BENCH_BLOCS),
                    help="bloc picks per page (the first len(BENCH_BLOCS) are uncached)")
    ap.add_argument("--pages", default=",".join(PAGES),
                    help=f"comma-separated subset of {','.join(PAGES)}")
    ap.add_argument("--blocs", type=int, default=len(BENCH_BLOCS), metavar="N",
                    help=f"new blocs per page (up to {len(BENCH_BLOCS + MORE_BLOCS)}): the first N "
                         "rounds pick them uncached, later rounds cycle through them again, cached; "
                         "more blocs, steadier medians of new filters")
    ap.add_argument("--compare", type=Path, metavar="DIR",
                    help="another checkout of the project, timed in turns with this one")
    ap.add_argument("--compare-store", choices=("same", "arrival"), default="same",
                    help="the store the --compare checkout reads: the same file, or one holding the "
                         "same incidents in arrival order, as the store wrote them before session 9")
    ap.add_argument("--press-at-once", action="store_true",
                    help="press Enter right after typing the bloc, as the bench did before "
                         "(times the dropdown's filtering of the typed letters too)")
    args = ap.parse_args()
    blocs = (BENCH_BLOCS + MORE_BLOCS)[:max(1, args.blocs)]
    if not Path(CHROMIUM).exists():
        sys.exit(f"bench/dashboard.py: {CHROMIUM} is missing (apt-get install chromium)")
    if args.compare and not (args.compare / "app.py").is_file():
        sys.exit(f"bench/dashboard.py: {args.compare}: no app.py (not a checkout of the project)")
    from playwright.sync_api import sync_playwright
    tmp = Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
    db = tmp / "bench.duckdb"
    t = time.perf_counter()
    build_store(db, args.n)
    print(f"store: {args.n:,} incidents in {db} built in {time.perf_counter() - t:.1f} s", flush=True)
    dbs = {"this": db, "compare": db}
    if args.compare and args.compare_store == "arrival":
        dbs["compare"] = tmp / "bench-arrival.duckdb"
        build_store(dbs["compare"], args.n, in_store_order=False)
        print(f"store for 'compare': the same incidents in arrival order, {dbs['compare']}", flush=True)
    roots = {"this": ROOT, **({"compare": args.compare.resolve()} if args.compare else {})}
    servers = {label: serve(root, dbs[label], tmp / f"streamlit-{label}.log")
               for label, root in roots.items()}
    # per (page, checkout): "uncached" / "cached" picks and "clears", in seconds
    # (wall time; the same keys + " in page" for the page's own time)
    times: dict[tuple[str, str], dict[str, list[float]]] = {}
    loads: list[float] = []  # the 1-minute load average after each round
    try:
        with sync_playwright() as p:
            browser = launch(p)
            tabs = {label: browser.new_page(viewport={"width": 1400, "height": 1000}) for label in roots}
            for name in [n for n in args.pages.split(",") if n in PAGES]:
                for label, page in tabs.items():
                    t = time.perf_counter()
                    page.goto(f"{servers[label][1]}/{PAGES[name]}")
                    settle(page, timeout=300_000)
                    print(f"{name} ({label}): first load {time.perf_counter() - t:.2f} s", flush=True)
                for k in range(args.rounds):
                    bloc = blocs[k % len(blocs)]
                    kind = "uncached" if k < len(blocs) else "cached"
                    order = list(tabs) if k % 2 == 0 else list(reversed(tabs))  # neither always first
                    for label in order:
                        page = tabs[label]
                        s, s_in = pick_bloc(page, bloc, wait_typed=not args.press_at_once)
                        shown = metric(page, "Incidents") if name not in ("incidents", "sources") else "-"
                        c = clear_blocs(page)
                        mine = times.setdefault((name, label), {})
                        mine.setdefault(kind, []).append(s)
                        if s_in is not None:
                            mine.setdefault(f"{kind} in page", []).append(s_in)
                        if c is not None:
                            mine.setdefault("clears", []).append(c[0])
                            if c[1] is not None:
                                mine.setdefault("clears in page", []).append(c[1])
                        loads.append(os.getloadavg()[0])
                        print(f"{name} ({label}): round {k + 1}, bloc {bloc} ({kind}): {secs(s_in)} in page, "
                              f"{s:.3f} s wall ({shown} incidents); cleared to all: "
                              f"{'-' if c is None else f'{secs(c[1])} in page, {c[0]:.3f} s wall'}; "
                              f"load {loads[-1]:.1f}", flush=True)
            browser.close()
    finally:
        for proc, _ in servers.values():
            stop_server(proc)
    span = f"{min(loads):.1f}-{max(loads):.1f}" if loads else "-"
    print(f"\n{args.n:,} incidents; filter change (pick a bloc) to page redrawn, and back to all "
          f"(1-minute load average {span} over the rounds, {os.getloadavg()[0]:.1f} at the end, on "
          f"{os.cpu_count()} cores: the browser, the server and anything else running share them)"
          + (f"; 'compare' is {args.compare}" if args.compare else "") + ":")
    for how in (" in page", ""):
        print(f"-- timed {'in the page (input event to painted)' if how else 'by Playwright (wall)'}:")
        for (name, label), kinds in times.items():
            every = kinds.get(f"uncached{how}", []) + kinds.get(f"cached{how}", [])
            if not every:
                continue
            print(f"{name:9s} {label:7s} median {median(every)} (uncached "
                  f"{median(kinds.get(f'uncached{how}'))}, cached {median(kinds.get(f'cached{how}'))}), "
                  f"max {max(every):.3f} s over {len(every)}; back to all: median "
                  f"{median(kinds.get(f'clears{how}'))}")


if __name__ == "__main__":
    main()
