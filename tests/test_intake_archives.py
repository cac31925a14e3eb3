"""`ingest` takes archives: .zip of JSON arrays (SaudiNewsNet's own files),
JSONL, HTML and text, and .jsonl.gz; progress has totals and time left."""
from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest

from extract.readers import Article, count_articles, iter_articles, read_upload
from intake.progress import Progress

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SNN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet"


def seed_texts() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def test_a_zip_of_json_jsonl_html_and_text_reads_every_article_with_its_metadata(tmp_path):
    seeds = seed_texts()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("day/2021-06-28.json", json.dumps([
            {"source": "enab", "url": "https://x.example/1", "date_extracted": "2021-06-28 02:51:32",
             "title": "t1", "content": seeds[1][1]},
            {"source": "enab", "content": ""}], ensure_ascii=False))
        z.writestr("more.jsonl", json.dumps({"article_id": "j1", "text": seeds[2][1],
                                             "published": "2022-08-25"}, ensure_ascii=False) + "\n{broken\n")
        z.writestr("page.html", f"<html><body><article><p>{seeds[3][1]}</p></article></body></html>")
        z.writestr("note.txt", seeds[4][1].encode("cp1256"))
        z.writestr("image.png", b"\x89PNG")
    path = tmp_path / "bundle.zip"
    path.write_bytes(buf.getvalue())
    items = list(iter_articles([path]))
    arts = [i for i in items if isinstance(i, Article)]
    problems = [str(i) for i in items if not isinstance(i, Article)]
    assert [a.article_id for a in arts] == ["2021-06-28-0000", "j1", "note", "page"]
    first = arts[0]
    assert (first.outlet, first.url, first.published, first.title) == \
        ("enab", "https://x.example/1", "2021-06-28", "t1")
    assert first.text == seeds[1][1] and arts[2].text.strip() == seeds[4][1].strip()
    assert arts[1].published == "2022-08-25"
    assert problems == [f"{path}:day/2021-06-28.json[1]: skipped: empty article (no text)",
                        f"{path}:more.jsonl:2: skipped: malformed JSON line (Expecting property name "
                        f"enclosed in double quotes: line 1 column 2 (char 1))"]
    assert count_articles([path]) == 6  # an upper bound: the empty and broken ones are counted
    assert [a.article_id for a in read_upload("bundle.zip", buf.getvalue()) if isinstance(a, Article)] == \
        ["2021-06-28-0000", "j1", "note", "page"]


def test_jsonl_gz_is_streamed_and_a_damaged_archive_is_one_line(tmp_path):
    seeds = seed_texts()
    good = tmp_path / "a.jsonl.gz"
    good.write_bytes(gzip.compress("".join(
        json.dumps({"article_id": aid, "text": text}, ensure_ascii=False) + "\n"
        for aid, text in seeds).encode("utf-8")))
    cut = tmp_path / "b.jsonl.gz"
    cut.write_bytes(good.read_bytes()[:-40])
    notzip = tmp_path / "c.zip"
    notzip.write_bytes(b"PK not really")
    items = list(iter_articles([good, cut, notzip]))
    arts = [i.article_id for i in items if isinstance(i, Article)]
    assert arts[:5] == [aid for aid, _ in seeds]
    problems = [str(i) for i in items if not isinstance(i, Article)]
    assert any(p.startswith(f"{cut}: skipped: damaged gzip") for p in problems)
    assert any(p.startswith(f"{notzip}: skipped: not a zip archive") for p in problems)
    assert count_articles([good]) == 5


def test_progress_line_has_totals_rate_and_time_left():
    out = io.StringIO()
    p = Progress("ingest", 31030, stream=out, every=0)
    p.started -= 10  # ten seconds in
    p.update(3103)
    line = out.getvalue().strip()
    assert line.startswith("ingest: 3,103/31,030 articles (10%), 310/s, 1:30 left"), line


@pytest.mark.skipif(not SNN.is_dir(), reason="../shared/corpora/saudinewsnet is absent")
def test_saudinewsnet_zip_files_read_directly():
    path = SNN / "2015-07-21.zip"
    items = list(iter_articles([path]))
    arts = [i for i in items if isinstance(i, Article)]
    assert count_articles([path]) == len(items) == 2972
    assert len(arts) == 2888  # 84 entries have no content
    a = arts[0]
    assert a.article_id == "2015-07-21-0000" and a.outlet == "aawsat" and a.published == "2015-07-21"
    assert a.url.startswith("http://aawsat.com/home/article/410826/")
    assert a.title.startswith("بريطانيا: أربعة محاور")
