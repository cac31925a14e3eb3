"""Reading articles: encodings, HTML, JSON Lines, metadata, bad files. Fixtures built by code."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.readers import MAX_ARTICLE_BYTES, ReadProblem, iter_articles, load_metadata, read_upload
from extract.record import Article

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
# A real sentence of seed 004 (al-Omar field shelling, 29 June 2021).
SENTENCE = ("دمشق - وكالات: قصفت ميليشيات موالية لإيران، القاعدة العسكرية الأميركية، "
            "في حقل العمر النفطي، بريف ديرالزور، شرق سورية.")


def only(items, kind):
    return [i for i in items if isinstance(i, kind)]


@pytest.mark.parametrize("label, data", [
    ("utf-8", SENTENCE.encode("utf-8")),
    ("utf-8 BOM", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8")),
    ("utf-16 BOM", SENTENCE.encode("utf-16")),
    ("utf-16-le", SENTENCE.encode("utf-16-le")),
    ("utf-16-be", SENTENCE.encode("utf-16-be")),
    ("windows-1256", SENTENCE.encode("cp1256")),
    ("iso-8859-6", SENTENCE.replace("،", ",").encode("iso8859_6")),
])
def test_encodings_round_trip_a_real_sentence(label, data):
    items = read_upload("004.txt", data)
    expected = SENTENCE if label != "iso-8859-6" else SENTENCE.replace("،", ",")
    assert items == [Article(article_id="004", text=expected, path="004.txt")]


def test_mojibake_is_repaired_with_a_warning():
    mangled = SENTENCE.encode("utf-8").decode("cp1256", "replace").encode("utf-8")
    problem, article = read_upload("m.txt", mangled)
    assert article.text == SENTENCE
    assert str(problem) == "m.txt: warning: text was UTF-8 mis-decoded and saved again (mojibake); repaired"


def test_truncated_utf8_keeps_the_valid_part_and_warns():
    data = SENTENCE.encode("utf-8")
    cut = data[:data.rindex("ة".encode()) + 1]  # half of the last Arabic letter
    problem, article = read_upload("t.txt", cut)
    assert article.text == SENTENCE[:SENTENCE.rindex("ة")]
    assert problem.path == "t.txt" and problem.line is None and not problem.skipped
    assert problem.message == f"warning: truncated UTF-8 at byte {len(cut) - 1} of {len(cut)}; decoded what is valid"


@pytest.mark.parametrize("data, message", [
    (b"", "skipped: empty file"),
    (b"  \n\t\n", "skipped: empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "skipped: binary file (NUL bytes)"),
    (bytes(range(1, 32)) * 50, "skipped: binary file (mostly control characters)"),
])
def test_bad_text_files_give_one_problem(data, message):
    assert [str(p) for p in read_upload("bad.txt", data)] == [f"bad.txt: {message}"]


def test_html_body_title_and_date_via_trafilatura():
    paragraphs = SEEDS_TEXT_OR_SKIP("001").split("\n\n")[2:8]
    html = ("<html><head><meta charset='utf-8'><title>مواجهة في دير الزور</title>"
            "<meta property='article:published_time' content='2021-06-28T20:00:00+03:00'></head>"
            "<body><nav><a href='/'>الرئيسية</a> <a href='/x'>اقتصاد</a></nav><article>"
            "<h1>مواجهة في دير الزور</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) +
            "</article><footer>جميع الحقوق محفوظة 2025</footer></body></html>")
    (article,) = read_upload("001.html", html.encode("utf-8"))
    assert article.title == "مواجهة في دير الزور"
    assert article.published == "2021-06-28"
    assert paragraphs[0] in article.text and paragraphs[-1] in article.text
    assert "جميع الحقوق محفوظة" not in article.text and "اقتصاد" not in article.text


def test_short_html_falls_back_to_plain_strip_in_declared_charset():
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>"
            "<style>p{color:red}</style><script>var x = 1;</script></head><body><p>"
            + SENTENCE + "</p></body></html>")
    (article,) = read_upload("short.htm", html.encode("cp1256"))
    assert SENTENCE in article.text
    assert "color" not in article.text and "var x" not in article.text


def SEEDS_TEXT_OR_SKIP(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    return next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


def test_jsonl_bad_line_reported_with_its_number_others_read():
    lines = [json.dumps({"article_id": "a1", "text": SENTENCE, "published": "2021-06-29T08:00:00Z",
                         "outlet": "Al-Seyassah", "title": " "}, ensure_ascii=False),
             '{"article_id": "a2", "text": "قصف"',  # cut off
             "",
             json.dumps({"article_id": "a3", "text": "نص ثالث", "published": "someday"}),
             json.dumps(["not", "an", "object"]),
             json.dumps({"text": "بلا معرف"}),
             json.dumps({"article_id": "a4", "text": "   "})]
    items = read_upload("batch.jsonl", "\n".join(lines).encode("utf-8"))
    articles = only(items, Article)
    assert [(a.article_id, a.published, a.outlet, a.title, a.path) for a in articles] == [
        ("a1", "2021-06-29", "Al-Seyassah", None, "batch.jsonl:1"),
        ("a3", None, None, None, "batch.jsonl:4")]
    assert [(p.line, p.reason) for p in only(items, ReadProblem)] == [
        (2, "malformed JSON line"), (5, "malformed JSON line"), (6, "malformed JSON line"),
        (7, "empty article")]
    assert str(only(items, ReadProblem)[2]) == "batch.jsonl:6: skipped: malformed JSON line (no article_id)"


def test_seed_metadata_csv():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    meta, problems = load_metadata(SEEDS / "metadata.csv")
    assert problems == []
    assert len(meta) == 5
    assert meta["001_ddcf634ad3ebf0b8"] == {"published": "2021-06-28", "outlet": None, "url": None}
    assert meta["000_9eefa8a3fadf4e21"] == {"published": None, "url": None,
                                            "outlet": "al-Mawqea Post (citing Anadolu)"}
    assert "note" not in meta["004_7afc13e2439cf003"]


def test_seeds_folder_reads_five_articles_with_metadata_not_as_article():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    items = list(iter_articles([SEEDS]))
    assert all(isinstance(i, Article) for i in items)
    assert [(a.article_id, a.published) for a in items] == [
        ("000_9eefa8a3fadf4e21", None), ("001_ddcf634ad3ebf0b8", "2021-06-28"),
        ("002_73f8a4881ec737b9", "2022-08-25"), ("003_7db2a034c338d373", "2023-03-25"),
        ("004_7afc13e2439cf003", "2021-06-29")]
    assert items[0].outlet == "al-Mawqea Post (citing Anadolu)"


def test_metadata_dates_iso_datetime_and_unparsable(tmp_path):
    csv_path = tmp_path / "meta.csv"
    csv_path.write_text("article_id,published,outlet,url,note\n"
                        "a,2021-06-28T22:10:00+03:00,SOHR,https://example.org/a,x\n"
                        "b,the day after,,,\n"
                        ",2021-01-01,orphan,,\n"
                        "c,,,,\n", encoding="utf-8")
    meta, problems = load_metadata(csv_path)
    assert meta == {"a": {"published": "2021-06-28", "outlet": "SOHR", "url": "https://example.org/a"},
                    "b": {"published": None, "outlet": None, "url": None},
                    "c": {"published": None, "outlet": None, "url": None}}
    assert [str(p) for p in problems] == [
        f"{csv_path}:3: warning: unparsable date 'the day after'; published left empty"]


def test_metadata_without_article_id_column(tmp_path):
    csv_path = tmp_path / "m.csv"
    csv_path.write_text("id,date\nx,2021-01-01\n", encoding="utf-8")
    assert load_metadata(csv_path) == ({}, [ReadProblem(
        str(csv_path), 1, "skipped: not a metadata CSV: no article_id column", "not a metadata CSV")])


def test_folder_order_ignored_files_missing_and_explicit_unsupported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "02.txt").write_text("نص ثان", encoding="utf-8")
    (tmp_path / "01.txt").write_text("نص أول", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored inside a folder", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored: hidden", encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    items = list(iter_articles([tmp_path, pdf, tmp_path / "nowhere"]))
    assert [i.article_id if isinstance(i, Article) else str(i) for i in items] == [
        "01", "02",
        f"{pdf}: skipped: unsupported file type .pdf; expected .txt, .html, .htm, .jsonl, .zip or .jsonl.gz",
        f"{tmp_path / 'nowhere'}: skipped: missing path (no such file or directory)",
    ]


def test_duplicate_ids_and_explicit_metadata_wins_over_folder_csv(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "y").mkdir()
    (tmp_path / "y" / "a.txt").write_text("نص آخر", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("article_id,published\na,2020-01-01\n", encoding="utf-8")
    explicit = tmp_path / "explicit.csv"
    explicit.write_text("article_id,published,outlet\na,2021-02-03,RT Arabic\n", encoding="utf-8")
    items = list(iter_articles([tmp_path], metadata=explicit))
    article, duplicate = items
    assert (article.published, article.outlet, article.path) == ("2021-02-03", "RT Arabic",
                                                                 str(tmp_path / "x" / "a.txt"))
    assert duplicate.reason == "duplicate article id"
    assert str(duplicate) == (f"{tmp_path / 'y' / 'a.txt'}: skipped: duplicate article id 'a' "
                              f"(first read from {tmp_path / 'x' / 'a.txt'})")


def test_huge_file_skipped_with_size_and_limit(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 5 * 2**20)  # sparse: no 25 MB written
    assert [str(p) for p in iter_articles([big])] == [
        f"{big}: skipped: too large: 25.0 MB, over the 20 MB limit for one article"]


def test_upload_metadata_and_unsupported_type():
    (article,) = read_upload("dir/005.txt", SENTENCE.encode(), {"005": {"published": "2021-06-29"}})
    assert (article.article_id, article.published, article.path) == ("005", "2021-06-29", "005.txt")
    assert [p.reason for p in read_upload("x.docx", b"PK\x03\x04")] == ["unsupported file type"]
    assert [str(p) for p in read_upload("empty.jsonl", b"\n \n")] == ["empty.jsonl: skipped: empty file"]


def test_read_error_is_reported_not_raised(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("نص", encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert [str(p) for p in iter_articles([path])] == [f"{path}: skipped: unreadable (Permission denied)"]
