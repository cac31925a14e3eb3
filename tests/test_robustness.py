"""Bad input never raises: property tests on cleaning, extraction and uploads,
and a folder of deliberately bad files through the real CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus import corpus_available, iter_corpus
from extract.clean import clean_article
from extract.pipeline import Extractor
from extract.readers import ReadProblem, read_upload
from extract.record import Article

ROOT = Path(__file__).resolve().parents[1]
# Real lines of the seeds (and their chrome), recombined by hypothesis.
PIECES = [
    "وذكرت مصادر محلية للأناضول، أن مجموعات موالية لإيران نفذت هجوما صاروخيا على حقل كونيكو للغاز في دير الزور حيث تتمركز القوات الأمريكية.",
    "سقطت عدة قذائف مدفعية في “حقل العمر” النفطي ومساكن الحقل بريف دير الزور الشرقي، مساء الاثنين",
    "إقرأ أيضاً:", "مقالات مشابهة", "  • وفاة طفل غرقاً في مياه نهر الفرات ", "إظهار أخبار متعلقة",
    "الثلاثاء 23 ديسمبر 2025", "18°C weather icon", "logo-icon", "Time", "الثلاثاء 29 يونيو 2021",
    "المصدر: الموقع بوست", "ترجمة - Translate", "Leave a Reply", "\u200f", "\u202b", "\u2066", "\x00",
    "\r\n", "\u2028", "ـــ", "٢٩ حزيران ٢٠٢١", "٣٠/٠٢/٢٠٢١", "9999-99-99", "",
]
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
PAGES = st.lists(st.one_of(st.sampled_from(PIECES), TEXT), max_size=25).map("\n".join)
PUNCTUATION_RUNS = st.builds(lambda ch, n, tail: ch * n + tail,
                             st.sampled_from(list("!.؟،-*•=_:\n ")), st.integers(1000, 30000),
                             st.sampled_from(PIECES))
ANY_TEXT = st.one_of(TEXT, PAGES, PUNCTUATION_RUNS)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


@SETTINGS
@given(ANY_TEXT)
def test_clean_article_never_raises_and_pieces_map_back(text):
    cleaned = clean_article(text)
    for clean_start, orig_start, length in cleaned.spans:
        assert length > 0
        assert cleaned.text[clean_start:clean_start + length] == text[orig_start:orig_start + length]
    for offset in (0, len(cleaned.text) // 2, len(cleaned.text)):
        assert 0 <= cleaned.to_original(offset) <= len(text)
    assert cleaned.dateline is None or len(cleaned.dateline) == 10


@SETTINGS
@given(ANY_TEXT)
def test_extractor_never_raises_and_evidence_points_into_cleaned_text(text):
    extraction = extractor().extract(Article(article_id="h", text=text))
    for incident in extraction.incidents:
        for ev in incident.evidence:
            assert extraction.cleaned_text[ev.start:ev.end] == ev.text


@SETTINGS
@given(st.sampled_from(["a.txt", "b.html", "c.htm", "d.jsonl", "e.csv", "", "../../x.TXT"]),
       st.one_of(st.binary(max_size=3000), PAGES.map(lambda s: s.encode("utf-8", "surrogatepass")),
                 PAGES.map(lambda s: s.encode("utf-16")), TEXT.map(lambda s: s.encode("cp1256", "ignore"))))
def test_read_upload_never_raises(filename, data):
    items = read_upload(filename, data)
    assert isinstance(items, list)
    for item in items:
        assert isinstance(item, (Article, ReadProblem))
        if isinstance(item, ReadProblem):
            assert "\n" not in str(item) and str(item).startswith(item.path)


SENTENCE = "قصفت ميليشيات موالية لإيران القاعدة العسكرية الأميركية في حقل العمر النفطي بريف دير الزور."


def build_bad_folder(folder: Path) -> None:
    folder.mkdir()
    (folder / "good_utf8.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "good_bom.txt").write_bytes(SENTENCE.encode("utf-8-sig"))
    (folder / "good_cp1256.txt").write_bytes(SENTENCE.encode("cp1256"))
    (folder / "good_utf16.txt").write_bytes(SENTENCE.encode("utf-16"))
    (folder / "good_utf16le.txt").write_bytes(SENTENCE.encode("utf-16-le"))
    (folder / "truncated.txt").write_bytes(SENTENCE.encode("utf-8")[:-2])  # mid "ر"
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 100)
    lines = [json.dumps({"article_id": f"j{i}", "text": SENTENCE}, ensure_ascii=False) for i in range(3)]
    lines.insert(1, '{"article_id": "broken", "text": "قصف')
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (folder / "huge.txt").open("w", encoding="utf-8") as f:
        f.write((SENTENCE + "\n") * (25 * 2**20 // len((SENTENCE + "\n").encode("utf-8")) + 1))
    (folder / "notes.md").write_text("not an article", encoding="utf-8")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", "run", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def test_bad_folder_through_the_real_cli(tmp_path):
    folder = tmp_path / "inbox"
    build_bad_folder(folder)
    out = tmp_path / "out.jsonl"
    result = run_cli(str(folder), "-o", str(out))
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    err = result.stderr.splitlines()
    expected = [
        f"extract: {folder / 'batch.jsonl'}:2: skipped: malformed JSON line (Unterminated string "
        "starting at: line 1 column 34 (char 33))",
        f"extract: {folder / 'binary.txt'}: skipped: binary file (NUL bytes)",
        f"extract: {folder / 'empty.txt'}: skipped: empty file",
        f"extract: {folder / 'huge.txt'}: skipped: too large: 25.0 MB, over the 20 MB limit for one article",
        f"extract: {folder / 'truncated.txt'}: warning: truncated UTF-8 at byte "
        f"{len(SENTENCE.encode()) - 3} of {len(SENTENCE.encode()) - 2}; decoded what is valid",
    ]
    assert err[:-1] == expected
    assert err[-1].startswith("extract: 9 article(s) read; 4 skipped (1 binary file (NUL bytes), "
                              "1 empty file, 1 malformed JSON line, 1 too large); 1 warning(s); "
                              "0 extraction error(s); ")
    assert out.exists() and not (tmp_path / "out.jsonl.part").exists()


def test_only_bad_files_exit_2_without_traceback(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00" * 64)
    result = run_cli(str(tmp_path), str(tmp_path / "missing.html"), "--metadata", str(tmp_path / "no.csv"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{tmp_path / 'no.csv'}: skipped: unreadable metadata (No such file or directory)" in result.stderr
    assert f"{tmp_path / 'missing.html'}: skipped: missing path" in result.stderr
    assert result.stdout == ""


@pytest.mark.corpus
def test_cleaning_keeps_real_articles_nearly_whole():
    """SaudiNewsNet bodies were scraped without page chrome: cleaning may
    drop separators and stray widgets, but not the story."""
    if not corpus_available():
        pytest.skip("../shared/corpora/saudinewsnet is absent")
    kept, long_articles = [], 0
    for article in iter_corpus(limit=3000):
        if len(article.text.split()) < 50:
            continue
        long_articles += 1
        kept.append(len(clean_article(article.text).text) / len(article.text.strip()))
    assert long_articles > 2500
    assert sum(k >= 0.95 for k in kept) >= 0.99 * long_articles
