"""News intake against a real HTTP server on 127.0.0.1 (tests/intake_server.py):
the seeds as a feed, every fault of issue 13, resumption. No internet."""
from __future__ import annotations

import io
import re

import pandas as pd
import pytest
from intake_server import Page, Server, html_page, rss, seed_articles, serve_seeds

from intake.discover import parse_feed
from intake.fetcher import Fetcher, FetchError, FetchPolicy
from intake.rawstore import RawStore
from intake.run import Intake
from intake.sources import Source, load_sources, parse_duration
from intake.status import source_table
from store.database import Store

FAST = FetchPolicy(timeout=0.5, total_timeout=5, attempts=2, backoff=0.01, max_backoff=0.05,
                   min_interval=0.0, max_bytes=5 * 2**20)
INCIDENT = "event_date, actor1, actor2, site, sub_event_type, fatalities, injured"


@pytest.fixture(scope="module")
def extractor():
    from extract.pipeline import Extractor
    return Extractor()


@pytest.fixture
def server():
    with Server() as s:
        yield s


def make_intake(tmp_path, extractor, db="fetched.duckdb"):
    err = io.StringIO()
    store = Store(tmp_path / db)
    return Intake(store, RawStore(tmp_path / "raw"), Fetcher(FAST), extractor=extractor, err=err), err


def incidents(store: Store) -> list[tuple]:
    return [tuple(r) for r in store.query(f"SELECT {INCIDENT} FROM reports ORDER BY ALL").itertuples(index=False)]


@pytest.fixture(scope="module")
def seeds_ingested(tmp_path_factory, extractor):
    from intake_server import SEEDS

    from extract.readers import iter_articles
    store = Store(tmp_path_factory.mktemp("seeds") / "seeds.duckdb")
    store.ingest(iter_articles([SEEDS]), extractor=extractor)
    return store


def test_fetching_the_seed_feed_gives_the_incidents_of_ingesting_the_seed_files(
        server, tmp_path, extractor, seeds_ingested):
    items = serve_seeds(server)
    intake, err = make_intake(tmp_path, extractor)
    feed = Source("seeds", server.url + "/news/feed.xml", outlet="Seed Outlet")
    [outcome] = intake.fetch([feed])
    assert outcome.listed_ok and outcome.new_articles == 5 and err.getvalue() == ""
    assert incidents(intake.store) == incidents(seeds_ingested)
    assert len(incidents(seeds_ingested)) == 15
    arts = intake.store.query("SELECT url, outlet, published FROM articles ORDER BY url")
    assert list(arts["url"]) == sorted(i["url"] for i in items)
    assert set(arts["outlet"]) == {"Seed Outlet"}
    assert intake.store.query("SELECT count(*) n FROM incidents_view WHERE NOT list_contains(outlets, "
                              "'Seed Outlet')")["n"][0] == 0
    # raw pages are kept, content-addressed and gzipped: 5 pages
    assert len(list((tmp_path / "raw" / "raw").rglob("*.gz"))) == 5

    # again: the feed answers 304 to the ETag, no article is fetched twice
    [again] = intake.fetch([feed])
    assert again.new_articles == 0 and again.listed_ok
    assert all(server.hits(p) == 1 for p in server.routes if p.endswith(".html"))
    assert server.hits("/news/feed.xml") == 2
    assert intake.store.stats()["articles"] == 5
    assert incidents(intake.store) == incidents(seeds_ingested)


def test_the_fetch_command_names_outlet_and_counts(server, tmp_path, capsys):
    serve_seeds(server)
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "seeds"\noutlet = "Seed Outlet"\nurl = "{server.url}/news/feed.xml"\n'
                       f'enabled = false\n', encoding="utf-8")
    from cli.main import main
    args = ["--sources", str(sources), "--db", str(tmp_path / "c.duckdb"), "--interval", "0"]
    assert main(["fetch", *args]) == 2  # the only source is disabled: nothing to fetch
    assert "nothing to fetch" in capsys.readouterr().err
    assert main(["fetch", "--source", "seeds", *args]) == 0
    out = capsys.readouterr()
    assert "fetch: 1 source(s), 5 new article(s), 15 incident(s) extracted, 0 error(s)" in out.out


FAULTS = {
    # source name -> (what the server does, the words of the one line)
    "notxml": "not an RSS/Atom feed",
    "gone": "HTTP 404",
    "broken": "HTTP 500 (gave up after 2 tries)",
    "slow": "timed out (gave up after 2 tries)",
    "loop": "redirect loop or more than 5 redirects",
    "dead": "cannot connect",
}


def test_every_fault_is_one_line_naming_source_and_url_and_the_rest_is_processed(server, tmp_path, extractor):
    seeds = seed_articles()
    r = server.routes
    r["/notxml"] = Page(b"<html><body>\xd8\xa3\xd8\xae\xd8\xa8\xd8\xa7\xd8\xb1</body></html>",
                        headers={"Content-Type": "text/html"})
    r["/broken"] = Page(b"oops", 500)
    r["/slow"] = Page(rss([]), delay=1.5)
    r["/loop"] = Page(b"", 302, {"Location": "/loop"})
    # a live feed whose articles are faulty in their own ways
    r["/big.html"] = Page(b"<html><body>" + b"x" * (30 * 2**20) + b"</body></html>")
    r["/cp1256.html"] = Page(html_page(seeds[2]["text"], charset="windows-1256")
                             .replace(b'<meta charset="windows-1256">', b""),
                             headers={"Content-Type": "text/html"})
    r["/nobody.html"] = Page(b"<html><head><title>Video</title></head><body><nav></nav></body></html>")
    r["/nodate.html"] = Page(html_page(seeds[0]["text"]))
    r["/live.xml"] = Page(rss([{"url": server.url + "/big.html", "title": "big", "published": "2022-08-25"},
                               {"url": server.url + "/cp1256.html", "published": seeds[2]["published"]},
                               {"url": server.url + "/nobody.html", "published": "2022-08-25"},
                               {"url": server.url + "/nodate.html"}]))
    import socket
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]
    urls = {name: f"{server.url}/{name}" for name in FAULTS}
    urls["gone"] = server.url + "/no-such-feed.xml"
    urls["dead"] = f"http://127.0.0.1:{dead_port}/feed.xml"
    sources = [Source(n, u) for n, u in urls.items()] + [Source("live", server.url + "/live.xml")]
    intake, err = make_intake(tmp_path, extractor)
    outcomes = {o.source: o for o in intake.fetch(sources)}

    lines = err.getvalue().splitlines()
    for name, words in FAULTS.items():
        mine = [line for line in lines if line.startswith(f"{name}: ")]
        assert len(mine) == 1, (name, lines)
        assert urls[name] in mine[0] and words in mine[0], mine[0]
        assert not outcomes[name].listed_ok
    live = [line for line in lines if line.startswith("live: ")]
    assert len(live) == 2 and "Traceback" not in err.getvalue()
    assert f"{server.url}/big.html: page is 30.0 MB, over the 5 MB cap" in live[0]
    assert f"{server.url}/nobody.html: skipped: no article text in the page" in live[1]
    assert outcomes["live"].listed_ok and outcomes["live"].new_articles == 2

    arts = intake.store.query("SELECT url, published, cleaned_text FROM articles ORDER BY url")
    assert list(arts["url"]) == [server.url + "/cp1256.html", server.url + "/nodate.html"]
    assert str(arts["published"][0])[:10] == seeds[2]["published"]  # from the feed
    assert arts["published"].isna().tolist() == [False, True]  # no date in entry or page
    assert "القوات الأمريكية" in arts["cleaned_text"][0]  # Windows-1256 decoded
    # the Windows-1256 page gives the incidents of its seed: Conoco and al-Omar (4 reports)
    sites = intake.store.query("SELECT site FROM reports r JOIN articles a USING (article_id) "
                               "WHERE a.url LIKE '%cp1256%' ORDER BY site")["site"].tolist()
    assert sites == ["Conoco gas field", "Conoco gas field", "Deir ez-Zor", "al-Omar oil field"]

    table = source_table(tmp_path / "raw").set_index("source")
    assert table.loc["dead", "errors"] == 1 and urls["dead"] in table.loc["dead", "last error"]
    assert table.loc["live", "new articles"] == 2 and table.loc["live", "errors"] == 2
    assert pd.isna(table.loc["dead", "last success"]) and table.loc["live", "last success"]


def test_a_feed_entry_without_link_is_skipped_and_dates_keep_the_publishers_day():
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b"<item><title>a</title></item>"
            b"<item><title>b</title><link>http://x.org/b?utm_source=rss</link>"
            b"<pubDate>Mon, 28 Jun 2021 23:30:00 +0300</pubDate></item></channel></rss>")
    entries, problems = parse_feed("http://x.org/feed", feed)
    assert problems == ["http://x.org/feed: entry 1: skipped: no link"]
    assert [(e.url, e.title, e.published) for e in entries] == [("http://x.org/b", "b", "2021-06-28")]
    with pytest.raises(FetchError, match="not an RSS/Atom feed"):
        parse_feed("http://x.org/feed", b"{\"not\": \"xml\"}")


def test_retries_after_429_then_succeeds_and_robots_is_honoured(server):
    answers = [Page(b"busy", 429, {"Retry-After": "0"}), Page(rss([]))]
    server.routes["/flaky.xml"] = lambda handler: answers.pop(0) if answers else Page(b"", 404)
    server.routes["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n")
    fetcher = Fetcher(FAST)
    assert fetcher.get(server.url + "/flaky.xml").status == 200
    assert server.hits("/flaky.xml") == 2
    with pytest.raises(FetchError, match=r"/private/x\.html: disallowed by the site's robots.txt"):
        fetcher.get(server.url + "/private/x.html")
    assert server.hits("/private/x.html") == 0 and server.hits("/robots.txt") == 1


def test_sources_file_bad_entries_are_one_line_each(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "a"\nurl = "https://a.example/rss"\nevery = "30m"\n'
                    '[[source]]\nname = "b"\nurl = "ftp://b.example"\n'
                    '[[source]]\nname = "c"\nurl = "https://c.example"\nkind = "magic"\n', encoding="utf-8")
    sources, problems = load_sources(path)
    assert [(s.name, s.every_seconds, s.enabled) for s in sources] == [("a", 1800.0, True)]
    assert problems == [f"{path}: source b: skipped: URLs must start with http:// or https://",
                        f"{path}: source c: skipped: kind 'magic' is not one of feed, sitemap, site, urls"]
    assert parse_duration("15m") == 900 and parse_duration("2h") == 7200


def test_the_shipped_sources_file_is_valid_and_contacts_nobody():
    sources, problems = load_sources()
    assert problems == [] and len(sources) >= 5
    assert not any(s.enabled for s in sources)
    assert all(re.match(r"https://", s.url) for s in sources)


def test_sources_saved_from_the_table_keep_the_header_and_load_back(tmp_path):
    from extract.errors import InputError
    from intake.sources import save_sources, sources_rows
    path = tmp_path / "sources.toml"
    path.write_text('# my feeds\n# (comments stay)\n\n[[source]]\nname = "a"\nurl = "https://a.example/rss"\n',
                    encoding="utf-8")
    rows = sources_rows(load_sources(path)[0])
    assert rows == [{"name": "a", "outlet": "", "url": "https://a.example/rss", "kind": "feed",
                     "language": "ar", "every": "15m", "enabled": True}]
    rows.append({"name": "عنب", "outlet": 'Enab "Baladi"', "url": "https://www.enabbaladi.net/feed",
                 "kind": "feed", "language": "ar", "every": "30m", "enabled": False})
    rows.append({"name": None, "url": None})  # the editor's empty new row
    saved, problems = save_sources(rows, path)
    assert problems == [] and [(s.name, s.outlet, s.every_seconds, s.enabled) for s in saved] == \
        [("a", None, 900.0, True), ("عنب", 'Enab "Baladi"', 1800.0, False)]
    assert path.read_text(encoding="utf-8").startswith("# my feeds\n# (comments stay)\n\n[[source]]")
    before = path.read_text(encoding="utf-8")
    with pytest.raises(InputError, match="source b: skipped: URLs must start with http"):
        save_sources(rows + [{"name": "b", "url": "ftp://b.example", "enabled": True}], path)
    assert path.read_text(encoding="utf-8") == before  # a refused edit writes nothing
