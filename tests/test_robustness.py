"""Bad input never raises: property tests on cleaning, extraction and uploads,
and a folder of deliberately bad files through the real CLI."""
from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
from corpus import corpus_available, iter_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.clean import clean_article
from extract.pipeline import Extractor
from extract.readers import ReadProblem, read_upload
from extract.record import Article

ROOT = Path(__file__).resolve().parents[1]
# Real lines of the seeds (and their chrome), recombined by hypothesis.
PIECES = [
    "وذكرت مصادر محلية للأناضول، أن مجموعات موالية لإيران نفذت هجوما صاروخيا على حقل كونيكو للغاز "
    "في دير الزور حيث تتمركز القوات الأمريكية.",
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
        story = article.text.strip()
        # (al-Weeam's closing "رابط الخبر بصحيفة الوئام: <headline>" is a link, page chrome
        # that cleaning cuts on purpose: the story is what comes before it)
        link = story.rfind("رابط الخبر")
        if link > len(story) - 400:
            story = story[:link].strip()
        kept.append(len(clean_article(article.text).text) / len(story))
    assert long_articles > 2500
    assert sum(k >= 0.95 for k in kept) >= 0.99 * long_articles


# ---- issue 11: one bad input must not cost the others --------------------

SEED_001 = (ROOT / "seeds" / "001_ddcf634ad3ebf0b8.txt").read_text(encoding="utf-8")
RELATIVE_DATES = ["أمس", "أول أمس", "اليوم", "مساء الخميس", "الأسبوع الماضي", "قبل 3 أيام",
                  "قبل يومين", "29 ديسمبر", "الشهر الماضي"]


@SETTINGS
@given(st.one_of(st.dates(), st.sampled_from([date.min, date.max, date(1, 1, 2), date(9999, 12, 30)])),
       st.lists(st.one_of(st.sampled_from(PIECES + RELATIVE_DATES), TEXT), max_size=12).map(" ".join))
def test_any_publication_date_with_relative_dates_never_raises(published, text):
    for line in (text, SENTENCE + " " + text, f"{SENTENCE} {RELATIVE_DATES[0]}"):
        extraction = extractor().extract(Article(article_id="d", text=line, published=published.isoformat()))
        for incident in extraction.incidents:
            assert incident.event_date is None or len(incident.event_date) == 10


@SETTINGS
@given(st.text(max_size=40))
def test_any_publication_string_never_raises(published):
    extractor().extract(Article(article_id="p", text=SENTENCE + " أمس", published=published))


def test_absurd_publication_days_with_yesterday_give_no_date_and_no_error():
    for published in ("0001-01-01", "9999-12-31"):
        extraction = extractor().extract(Article(article_id="y", text=SENTENCE.replace("قصفت", "قصفت أمس"),
                                                 published=published))
        days = [i.event_date for i in extraction.incidents]
        if published == "9999-12-31":
            assert days == ["9999-12-30"]
        else:  # the day before 0001-01-01 does not exist: no day, or the article's own
            assert len(days) == 1 and days[0] in (None, "0001-01-01")


def test_lone_surrogate_line_is_repaired_and_the_run_keeps_every_article(tmp_path):
    lines = [json.dumps({"article_id": "before", "text": SENTENCE}, ensure_ascii=False),
             '{"article_id": "lone", "text": "' + SENTENCE + ' \\ud800 \\udfff"}',
             json.dumps({"article_id": "after", "text": SENTENCE}, ensure_ascii=False)]
    source = tmp_path / "batch.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_cli(str(source), "-o", str(out))
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == (f"extract: {source}:2: warning: 2 lone surrogate(s) (an unpaired "
                                             "\\ud800-\\udfff escape) replaced with U+FFFD")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted({r["article_id"] for r in records}) == ["after", "before", "lone"]


def test_lone_surrogate_in_an_upload_is_repaired():
    data = b'{"article_id": "u\\ud800", "text": "\\udc00' + SENTENCE.encode() + b'"}\n'
    items = read_upload("up.jsonl", data)
    assert [str(i) for i in items if isinstance(i, ReadProblem)] == [
        "up.jsonl:1: warning: 2 lone surrogate(s) (an unpaired \\ud800-\\udfff escape) replaced with U+FFFD"]
    article = next(i for i in items if isinstance(i, Article))
    assert article.article_id == "u\ufffd" and article.text == "\ufffd" + SENTENCE
    article.text.encode("utf-8")  # writable


def read_fifo_in_thread(path: Path) -> tuple[threading.Thread, list[bytes]]:
    got: list[bytes] = []

    def read():
        with open(path, "rb") as f:  # blocks until the writer opens the pipe
            got.append(f.read())
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, got


def test_run_into_a_fifo_and_a_null_device_writes_in_place(tmp_path):
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"article_id": "a", "text": SENTENCE}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    fifo = tmp_path / "incidents.pipe"
    os.mkfifo(fifo)
    reader, got = read_fifo_in_thread(fifo)
    result = run_cli(str(source), "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe
    records = [json.loads(line) for line in got[0].decode("utf-8").splitlines()]
    assert records and all(r["article_id"] == "a" for r in records)
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a second /dev/null (tests run as root)
    result = run_cli(str(source), "-o", str(null))
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat(null).st_mode)
    assert not list(tmp_path.glob("*.part"))


def make_deeper_than_path_max(folder: Path) -> Path:
    """folder/deep/ddd.../x.txt with a path over PATH_MAX (4096), built with
    directory descriptors since no single path may name it."""
    fd = os.open(folder, os.O_RDONLY)
    os.mkdir("deep", dir_fd=fd)
    for name in ["deep"] + ["d" * 200] * 25:
        if name != "deep":
            os.mkdir(name, dir_fd=fd)
        new = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = new
    os.close(os.open("x.txt", os.O_CREAT | os.O_WRONLY, dir_fd=fd))
    os.close(fd)
    return folder / "deep"


def build_unreadable_folder(folder: Path) -> None:
    folder.mkdir()
    (folder / "good.txt").write_text(SEED_001, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "loop").symlink_to("..")   # a loop back to the input folder
    (folder / "self").symlink_to("self")         # a link to itself
    (folder / "bad\nname.txt").write_bytes(b"")
    make_deeper_than_path_max(folder)


def test_unreadable_entries_are_each_named_and_the_readable_file_is_kept(tmp_path):
    folder = tmp_path / "inbox"
    build_unreadable_folder(folder)
    too_long = str(folder / ("ع" * 300 + ".txt"))
    out = tmp_path / "out.jsonl"
    result = run_cli(str(folder), too_long, "-o", str(out))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    err = result.stderr.splitlines()
    bad_name = str(folder / "bad\nname.txt")
    assert err[0] == f"extract: {bad_name!r}: skipped: empty file"  # '.../bad\\nname.txt'
    assert err[1].startswith(f"extract: {folder / 'deep' / ('d' * 200)}/") and err[1].endswith(
        ": skipped: unreadable folder (File name too long)")
    assert err[2] == f"extract: {folder / 'self'}: skipped: symlink loop (too many levels of symbolic links)"
    assert err[3] == f"extract: {folder / 'sub' / 'loop'}: skipped: symlink loop (leads back to {folder})"
    assert err[4] == f"extract: {too_long}: skipped: unreadable (File name too long)"
    assert err[5].startswith("extract: 1 article(s) read; 5 skipped (")
    assert {json.loads(line)["article_id"] for line in out.read_text(encoding="utf-8").splitlines()} == {"good"}


SETPRIV = shutil.which("setpriv")


@pytest.mark.skipif(os.geteuid() != 0 or SETPRIV is None, reason="needs root and setpriv to drop to nobody")
def test_no_permission_folders_as_an_unprivileged_user(tmp_path):
    """chmod does not stop root: the run is made as `nobody` (setpriv) on a
    world-readable copy, so the kernel really refuses the locked folders."""
    base = Path(tempfile.mkdtemp(prefix="h11-perm-"))
    try:
        base.chmod(0o755)
        folder = base / "inbox"
        folder.mkdir()
        (folder / "good.txt").write_text(SEED_001, encoding="utf-8")
        (folder / "locked").mkdir()
        (folder / "locked" / "secret.txt").write_text(SEED_001, encoding="utf-8")
        (folder / "noexec").mkdir()
        (folder / "noexec" / "hidden.txt").write_text(SEED_001, encoding="utf-8")
        for p in (folder, folder / "good.txt", folder / "locked" / "secret.txt", folder / "noexec" / "hidden.txt"):
            p.chmod(0o755 if p.is_dir() else 0o644)
        (folder / "locked").chmod(0o000)
        (folder / "noexec").chmod(0o644)  # listable, but its files cannot be opened
        result = subprocess.run([SETPRIV, "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                                 sys.executable, "-m", "extract", "run", str(folder),
                                 str(folder / "noexec" / "hidden.txt"), "-o", "-"],
                                cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300,
                                env={**os.environ, "HOME": str(base)})
        assert "Traceback" not in result.stderr and result.returncode == 0, result.stderr
        err = result.stderr.splitlines()
        hidden = folder / "noexec" / "hidden.txt"
        assert err == [
            f"extract: {folder / 'locked'}: skipped: unreadable folder (Permission denied)",
            f"extract: {hidden}: skipped: unreadable (Permission denied)",  # listed, cannot be opened
            f"extract: {hidden}: skipped: unreadable (Permission denied)",  # given explicitly
            "extract: 1 article(s) read; 3 skipped (2 unreadable, 1 unreadable folder); 0 warning(s); "
            "0 extraction error(s); 4 incident(s) written"]
        assert {json.loads(line)["article_id"] for line in result.stdout.splitlines()} == {"good"}
    finally:
        for p in (base / "inbox" / "locked", base / "inbox" / "noexec"):
            p.chmod(0o755)
        shutil.rmtree(base)
