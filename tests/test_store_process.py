"""Real processes against one database file: an ingest killed with SIGKILL
in mid-run, then completed by a clean re-run; two ingests started at once;
a reader querying while an ingest writes. The ingests are
`python -m cli ingest` subprocesses whose extractor is
test_store.SlowSyntheticExtractor (INCIDENTS_EXTRACTOR), over generated
article files (articles 2k and 2k+1 report the same act)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from test_store import write_synthetic_articles

from store.database import Store

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent


def start_ingest(folder: Path, db: Path, delay: float, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "INCIDENTS_EXTRACTOR": "test_store:SlowSyntheticExtractor",
           "SLOW_EXTRACTOR_SECONDS": str(delay),
           "PYTHONPATH": os.pathsep.join([str(ROOT), str(TESTS)])}
    return subprocess.Popen([sys.executable, "-m", "cli", "ingest", str(folder), "--db", str(db), *extra],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_articles(store: Store, at_least: int, proc: subprocess.Popen, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if store.path.exists():
            n = int(store.query("SELECT count(*) AS n FROM articles").iloc[0].n)
            if n >= at_least:
                return n
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError(f"fewer than {at_least} articles after {timeout}s")


def assert_consistent(store: Store) -> int:
    """Every stored article has exactly its one report, and nothing else is there."""
    df = store.query("""SELECT (SELECT count(*) FROM articles) AS articles,
                               (SELECT count(*) FROM reports) AS reports,
                               (SELECT count(*) FROM reports r WHERE NOT EXISTS
                                  (SELECT 1 FROM articles a WHERE a.article_id = r.article_id)) AS orphans""")
    articles, reports, orphans = df.iloc[0].tolist()
    assert articles == reports and orphans == 0
    return int(articles)


def test_sigkill_mid_ingest_then_rerun_completes(tmp_path):
    folder = write_synthetic_articles(tmp_path / "articles", 300)
    store = Store(tmp_path / "kill.duckdb", read_timeout=30)
    stored = []
    for at_least in (40, 120):  # killed twice, at different points
        proc = start_ingest(folder, store.path, 0.01)
        wait_for_articles(store, at_least, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stored.append(assert_consistent(store))
    assert 120 <= stored[1] < 300
    unfinished = store.query("SELECT count(*) AS n FROM ingest_runs WHERE finished_at IS NULL").iloc[0].n
    assert unfinished == 2

    proc = start_ingest(folder, store.path, 0.0)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert (f"300 articles read ({300 - stored[1]} new, 0 changed, {stored[1]} unchanged)") in out
    assert assert_consistent(store) == 300
    view = store.query("SELECT n_sources, count(*) AS n FROM incidents_view GROUP BY 1")
    assert view.values.tolist() == [[2, 150]]


def test_two_ingests_at_once_the_second_waits(tmp_path):
    folder = write_synthetic_articles(tmp_path / "articles", 60)
    store = Store(tmp_path / "two.duckdb", read_timeout=30)
    first = start_ingest(folder, store.path, 0.02)
    wait_for_articles(store, 1, first)
    second = start_ingest(folder, store.path, 0.02, "--wait", "120")
    results = [p.communicate(timeout=180) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], results
    assert "60 articles read (" in results[0][0]
    assert "60 articles read (0 new, 0 changed, 60 unchanged)" in results[1][0]
    assert assert_consistent(store) == 60
    assert store.stats()["incidents"] == 30


def test_second_ingest_stops_with_a_clear_message_after_its_timeout(tmp_path):
    # long enough (20 s) that the second process, however slow to start, meets the first
    folder = write_synthetic_articles(tmp_path / "articles", 1000)
    store = Store(tmp_path / "busy.duckdb", read_timeout=30)
    first = start_ingest(folder, store.path, 0.02)
    wait_for_articles(store, 1, first)
    second = start_ingest(folder, store.path, 0.0, "--wait", "0.5")
    out, err = second.communicate(timeout=60)
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert second.returncode == 3
    assert err.strip().splitlines() == [
        f"ingest: {store.path}: another ingest is running (lock {store.path}.ingest.lock); "
        "waited 0.5s, try again when it has finished"]


def test_readers_see_committed_articles_while_an_ingest_writes(tmp_path):
    folder = write_synthetic_articles(tmp_path / "articles", 120)
    store = Store(tmp_path / "read.duckdb", read_timeout=30)
    proc = start_ingest(folder, store.path, 0.01)
    seen = []
    while proc.poll() is None:
        if store.path.exists():
            seen.append(int(store.query("SELECT count(*) AS n FROM articles").iloc[0].n))
        time.sleep(0.02)
    assert proc.returncode == 0, proc.communicate()
    assert seen == sorted(seen) and len(set(seen)) >= 3  # progress was visible, never went back
    assert assert_consistent(store) == 120
