"""A real HTTP server on 127.0.0.1 for the intake tests (standard library only).

Routes map a path to a Page (status, headers, body) or to a callable that
makes one; every request is logged, so a test can say a URL was fetched once.
Pages and feeds are built from the five seed articles (../seeds).
"""
from __future__ import annotations

import csv
import html
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# a proxy configured for the machine must never see the tests' local requests
os.environ["NO_PROXY"] = ",".join(x for x in (os.environ.get("NO_PROXY"), "127.0.0.1", "localhost") if x)


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (timeouts)


class Server:
    def __init__(self):
        self.routes: dict[str, Page | Callable[[BaseHTTPRequestHandler], Page]] = {}
        self.log: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                outer.log.append(self.path)
                route = outer.routes.get(self.path)
                page = route(self) if callable(route) else route
                if page is None:
                    page = Page(b"not found", 404)
                if page.delay:
                    time.sleep(page.delay)
                etag = page.headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    page = Page(b"", 304, {"ETag": etag})
                try:
                    self.send_response(page.status)
                    for k, v in page.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(page.body)))
                    self.end_headers()
                    self.wfile.write(page.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (size cap, timeout): expected

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def hits(self, path: str) -> int:
        return sum(p == path for p in self.log)


def html_page(text: str, title: str | None = None, charset: str = "utf-8") -> bytes:
    paras = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    head = f'<meta charset="{charset}">' + (f"<title>{html.escape(title)}</title>" if title else "")
    doc = f"<!DOCTYPE html><html lang=\"ar\"><head>{head}</head><body><article>{paras}</article></body></html>"
    return doc.encode(charset)


def rss(items: list[dict], title: str = "Test outlet") -> bytes:
    """items: url, title, optional published (YYYY-MM-DD, given at noon +03:00)."""
    out = []
    for it in items:
        date = ""
        if it.get("published"):
            day = datetime.fromisoformat(it["published"]).replace(hour=12, tzinfo=UTC)
            date = f"<pubDate>{format_datetime(day)}</pubDate>"
        out.append(f"<item><title>{html.escape(it.get('title') or '')}</title>"
                   f"<link>{html.escape(it['url'])}</link>{date}</item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.org/</link><description>t</description>{''.join(out)}</channel></rss>"
            ).encode()


def seed_articles() -> list[dict]:
    """article_id, text, published (from seeds/metadata.csv) of the five seeds."""
    meta = {r["article_id"]: r for r in csv.DictReader((SEEDS / "metadata.csv").open(encoding="utf-8"))}
    return [{"article_id": p.stem, "text": p.read_text(encoding="utf-8"),
             "published": (meta.get(p.stem) or {}).get("published") or None}
            for p in sorted(SEEDS.glob("*.txt"))]


def serve_seeds(server: Server, prefix: str = "/news") -> list[dict]:
    """Each seed as an HTML page and a feed of all five at {prefix}/feed.xml."""
    items = []
    for a in seed_articles():
        path = f"{prefix}/{a['article_id']}.html"
        server.routes[path] = Page(html_page(a["text"]), headers={"Content-Type": "text/html; charset=utf-8"})
        items.append({"url": server.url + path, "published": a["published"], "article_id": a["article_id"]})
    server.routes[f"{prefix}/feed.xml"] = Page(rss(items), headers={"Content-Type": "application/rss+xml",
                                                                     "ETag": '"v1"'})
    return items
