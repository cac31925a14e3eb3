"""`incidents watch` as a real subprocess against a local HTTP server: it picks
up an article added to the feed while it runs, and after a SIGKILL a restart
loses nothing and duplicates nothing (nothing already kept is fetched again)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from intake_server import Page, Server, rss, serve_seeds

from intake.rawstore import RawStore
from store.database import Store

ROOT = Path(__file__).resolve().parents[1]
INCIDENT = "event_date, actor1, actor2, site, sub_event_type, fatalities, injured"


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    from extract.readers import iter_articles
    store = Store(tmp_path_factory.mktemp("ref") / "ref.duckdb")
    store.ingest(iter_articles([ROOT / "seeds"]))
    return sorted(tuple(r) for r in store.query(f"SELECT {INCIDENT} FROM reports").itertuples(index=False))


def watch(feed: str, db: Path, log: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "cli", "watch", "--feed", feed, "--outlet", "Seed Outlet",
           "--every", "1s", "--db", str(db), "--interval", "0", "--timeout", "5", "--tries", "2",
           "--backoff", "0.05", *extra]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log.open("wb"))


def wait_for(condition, seconds: float, what: str, proc: subprocess.Popen | None = None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        if proc is not None and proc.poll() is not None:
            break
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def reports(db: Path) -> list[tuple]:
    return sorted(tuple(r) for r in Store(db).query(f"SELECT {INCIDENT} FROM reports").itertuples(index=False))


def test_watch_picks_up_an_article_added_to_the_feed(tmp_path, reference):
    with Server() as server:
        items = serve_seeds(server)
        server.routes["/news/feed.xml"] = Page(rss(items[:4]), headers={"ETag": '"v1"'})
        db, log = tmp_path / "w.duckdb", tmp_path / "watch.log"
        proc = watch(server.url + "/news/feed.xml", db, log)
        try:
            wait_for(lambda: "4 new article(s)" in log.read_text(), 180, "the first round", proc)
            assert Store(db).stats()["articles"] == 4
            server.routes["/news/feed.xml"] = Page(rss(items), headers={"ETag": '"v2"'})
            wait_for(lambda: "1 new article(s)" in log.read_text(), 60, "the added article", proc)
        finally:
            proc.terminate()
            proc.wait(30)
        text = log.read_text()
        assert "Traceback" not in text and " 0 error(s)" in text
        assert Store(db).stats()["articles"] == 5
        assert reports(db) == reference
        assert all(server.hits(p) == 1 for p in server.routes if p.endswith(".html"))


def test_a_sigkilled_watch_restarted_loses_and_duplicates_nothing(tmp_path, reference):
    with Server() as server:
        items = serve_seeds(server)
        for path, page in list(server.routes.items()):
            if path.endswith(".html"):
                page.delay = 0.5  # slow pages: the kill lands mid-run
        pages = [p for p in server.routes if p.endswith(".html")]
        db, log = tmp_path / "k.duckdb", tmp_path / "watch.log"
        proc = watch(server.url + "/news/feed.xml", db, log)
        wait_for(lambda: sum(server.hits(p) for p in pages) >= 3, 180, "the third page", proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        raw = RawStore(db.parent / "raw")
        kept = {u for (u,) in raw.query("SELECT url FROM pages WHERE status IN ('stored', 'ingested')")}
        assert 1 <= len(kept) < 5
        hits_before = {p: server.hits(p) for p in pages}

        proc = watch(server.url + "/news/feed.xml", db, tmp_path / "again.log", "--cycles", "1")
        assert proc.wait(300) == 0
        assert "Traceback" not in (tmp_path / "again.log").read_text()
        for p in pages:
            again = server.hits(p) - hits_before[p]
            assert again == (0 if server.url + p in kept else 1), p  # kept pages never refetched
        assert Store(db).stats()["articles"] == 5
        assert reports(db) == reference  # nothing lost, nothing twice
        assert {s for (s,) in raw.query("SELECT status FROM pages")} == {"ingested"}
        assert len(items) == 5
