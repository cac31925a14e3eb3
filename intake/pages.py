"""A fetched page's bytes -> an Article with its URL, outlet, title and date.

The charset the server declares wins when it decodes cleanly; otherwise
extract/readers.py's detection (meta charset, UTF-8, then the Arabic code
pages: many Arabic sites still serve Windows-1256 without saying so).
trafilatura finds the main text and the page's title and date; the feed's
title and date, when there are any, come first (the page's date is often the
render date). With neither, the extractor falls back on the dateline.
"""
from __future__ import annotations

import codecs
import hashlib
import warnings

from extract.clean import parse_date
from extract.readers import decode_article_bytes, strip_html
from extract.record import Article


class NoArticleText(ValueError):
    """The page has no article body (a section front, a video page, an error page)."""


def article_id_for(url: str) -> str:
    """Stable id of a fetched article: its normalised URL's hash."""
    return "web-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def decode_page(content: bytes, charset: str | None) -> str:
    if charset:
        try:
            name = codecs.lookup(charset).name
            if name not in ("utf-8", "utf-8-sig", "ascii"):
                return content.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    text, problem = decode_article_bytes(content, html=True)
    if text is None:
        raise NoArticleText(problem or "not text")
    return text


def page_article(url: str, content: bytes, charset: str | None = None, *, outlet: str | None = None,
                 title: str | None = None, published: str | None = None,
                 article_id: str | None = None) -> Article:
    markup = decode_page(content, charset)
    text, page_title, page_date = "", None, None
    try:
        import trafilatura
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = trafilatura.bare_extraction(markup, url=url, with_metadata=True)
        if doc is not None:
            text, page_title, page_date = doc.text or "", doc.title or None, parse_date(doc.date)
    except Exception:  # trafilatura gives up on odd markup: the plain strip below
        text = ""
    if not text.strip():
        text = _body_text(markup)
    if not text.strip():
        raise NoArticleText("no article text in the page")
    return Article(article_id=article_id or article_id_for(url), text=text,
                   title=title or page_title, published=parse_date(published) or page_date,
                   outlet=outlet, url=url, path=url)


def _body_text(markup: str) -> str:
    """The visible text of the <body> only: a page whose only words are its
    <title> has no article."""
    lower = markup.lower()
    start = lower.find("<body")
    return strip_html(markup[start:] if start >= 0 else markup)
