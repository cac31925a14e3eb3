"""Articles from files, folders and uploads: .txt, .html/.htm, .jsonl, metadata CSV,
and archives of them: .zip (holding .json arrays, .jsonl, .html, .txt, e.g.
SaudiNewsNet's own day files) and .jsonl.gz (streamed).

Every input problem becomes a ReadProblem ("path:line: message", one line)
yielded in place of the article; reading never raises, the other inputs are
still read. Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE (with or
without BOM) and the single-byte Arabic code pages (Windows-1256 first) that
Arabic sites still serve; charset-normalizer proposes, and the code page
that yields the most Arabic letters wins (its guess for short Arabic texts
is often a Cyrillic or Latin code page).
"""
from __future__ import annotations

import codecs
import csv
import errno
import gzip
import io
import json
import os
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from zlib import error as zlib_error

from .clean import parse_date
from .record import Article

MAX_ARTICLE_BYTES = 20 * 1024 * 1024  # a news article is never this big
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".zip", ".jsonl.gz")
MAX_ARCHIVE_MEMBER_BYTES = 1024 * 1024 * 1024  # one member of a zip, unpacked (a zip bomb stops here)
# keys of a JSON article, first found wins (ours, then SaudiNewsNet's and common crawls')
_JSON_KEYS = {"text": ("text", "content", "body"), "title": ("title", "headline"),
              "published": ("published", "date", "date_published", "pubDate", "date_extracted"),
              "outlet": ("outlet", "source"), "url": ("url", "link")}
METADATA_NAME = "metadata.csv"


@dataclass(frozen=True)
class ReadProblem:
    path: str
    line: int | None
    message: str  # "skipped: ..." (nothing read) or "warning: ..." (read, with damage)
    reason: str = "other"  # short key for counting: "empty file", "binary file", ...

    def __str__(self) -> str:
        path = shown_name(self.path)
        where = f"{path}:{self.line}" if self.line is not None else path
        return f"{where}: {self.message}"

    @property
    def skipped(self) -> bool:
        return not self.message.startswith("warning")


Item = Article | ReadProblem

# Characters that must not reach a one-line message as they are: controls
# (a newline would split it), line/paragraph separators, and the lone
# surrogates Python uses for file-name bytes that are not UTF-8.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def shown_name(name: str) -> str:
    """A file name as messages print it: as is, or quoted like repr()
    ('bad\\nname.txt') when it holds a control character or undecodable bytes."""
    return repr(name) if _UNPRINTABLE.search(name) else name


def _repair_surrogates(obj: dict) -> int:
    """"\\ud800" is valid JSON but not text: a lone surrogate cannot be written
    as UTF-8 (the output file, the database). Replace each in the object's
    strings with U+FFFD, in place; the number replaced."""
    repaired = 0
    for key, value in obj.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            obj[key], n = _SURROGATE.subn("\ufffd", value)
            repaired += n
    return repaired


def _surrogate_warning(name: str, line: int | None, n: int) -> ReadProblem:
    return ReadProblem(name, line, f"warning: {n} lone surrogate(s) (an unpaired \\ud800-\\udfff "
                                   f"escape) replaced with U+FFFD", "damaged encoding")


def _skip(path: str, reason: str, detail: str = "", line: int | None = None) -> ReadProblem:
    return ReadProblem(path, line, f"skipped: {reason}{detail}", reason)


# --- bytes -> text ------------------------------------------------------

_ARABIC_CODEPAGES = ("cp1256", "iso8859_6", "cp720", "cp864")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _arabic_letters(text: str) -> int:
    return sum("\u0621" <= ch <= "\u064a" for ch in text)


def _controls(text: str) -> int:
    return sum(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v" for ch in text)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 LE/BE without a BOM: Arabic and ASCII text puts 0x06 or 0x00
    in every other byte (the high byte of each code unit)."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    def share(b: bytes) -> float:
        return (b.count(0) + b.count(6)) / len(b)
    if share(odd) > 0.6 and share(even) < 0.3:
        return "utf-16-le"
    if share(even) > 0.6 and share(odd) < 0.3:
        return "utf-16-be"
    return None


def _repair_mojibake(text: str) -> str | None:
    """UTF-8 that was once decoded as Windows-1256 or Latin-1 and saved
    again ("ظ…ط±ط­ط¨ط§", "Ù…Ø±Ø­Ø¨Ø§"): undo it when that yields Arabic."""
    arabic = _arabic_letters(text)
    tell_1256 = text.count("ط") + text.count("ظ")
    tell_latin = text.count("Ø") + text.count("Ù")
    if not (tell_1256 > 0.3 * arabic > 3 or tell_latin > 0.05 * len(text) > 3):
        return None
    for enc in ("cp1256", "cp1252", "latin-1"):
        try:
            fixed = text.encode(enc).decode("utf-8")
        except UnicodeError:
            continue
        if _arabic_letters(fixed) > 0.3 * len(fixed.replace(" ", "")):
            return fixed
    return None


def _single_byte(data: bytes) -> str | None:
    """The Arabic code page (or charset-normalizer's guess) that yields the
    most Arabic letters and the fewest control characters."""
    candidates = list(_ARABIC_CODEPAGES)
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:65536]).best()
        if best is not None and best.encoding not in candidates:
            candidates.append(best.encoding)
    except Exception:  # a guess, nothing more: the code pages above are tried anyway
        pass
    scored = []
    for rank, enc in enumerate(candidates):
        try:
            text = data.decode(enc)
        except (UnicodeError, LookupError):
            continue
        letters = sum(ch.isalpha() for ch in text[:20000])
        sample = text[:20000]
        scored.append((2 * _arabic_letters(sample) + letters - 10 * _controls(sample), -rank, text))
    return max(scored)[2] if scored else None


def decode_article_bytes(data: bytes, html: bool = False) -> tuple[str | None, str | None]:
    """(text, None), (text, warning) when decoded with damage, or
    (None, reason) when the bytes are not text."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _finish(*_decode_utf16(data[len(bom):], enc))
    enc16 = _utf16_without_bom(data[:4096])
    if enc16:
        return _finish(*_decode_utf16(data, enc16))
    if b"\x00" in data:
        return None, "binary file (NUL bytes)"
    if html and (m := _META_CHARSET.search(data[:4096])):
        try:
            declared = codecs.lookup(m.group(1).decode("ascii")).name
            if declared not in ("utf-8", "utf-8-sig"):
                return _finish(data.decode(declared), None)
        except (LookupError, UnicodeError, ValueError):
            pass  # a wrong declaration: detect as for text
    try:
        return _finish(data.decode("utf-8"), None)
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            return _finish(data[:e.start].decode("utf-8", "replace"),
                           f"truncated UTF-8 at byte {e.start} of {len(data)}; decoded what is valid")
        text = data.decode("utf-8", "replace")
        bad = text.count("\ufffd")
        if bad <= max(3, len(text) // 200):
            return _finish(text, f"{bad} invalid UTF-8 sequence(s), first at byte {e.start}, "
                                 f"replaced with \ufffd")
    text = _single_byte(data)
    if text is None:
        return None, "not text in a known encoding (tried UTF-8, UTF-16, Windows-1256, ISO-8859-6)"
    return _finish(text, None)


def _decode_utf16(data: bytes, enc: str) -> tuple[str, str | None]:
    if len(data) % 2:
        data = data[:-1]
        text = data.decode(enc, "replace")
        return text, f"truncated {enc.upper()} (odd number of bytes); decoded what is valid"
    text = data.decode(enc, "replace")
    bad = text.count("\ufffd")
    return text, (f"{bad} invalid {enc.upper()} sequence(s) replaced" if bad else None)


def _finish(text: str, warning: str | None) -> tuple[str | None, str | None]:
    fixed = _repair_mojibake(text)
    if fixed is not None:
        text, warning = fixed, "text was UTF-8 mis-decoded and saved again (mojibake); repaired"
    if text and _controls(text[:20000]) > 0.05 * len(text[:20000]):
        return None, "binary file (mostly control characters)"
    return text, warning


class _TextOfHtml(HTMLParser):
    """Visible text of a page, one line per block element: the fallback when
    trafilatura finds no main text (very short or unusual pages)."""
    SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article",
             "section", "blockquote", "title", "ul", "ol", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def strip_html(markup: str) -> str:
    parser = _TextOfHtml()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser can still trip on broken markup; keep what it read
        pass
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# --- metadata -----------------------------------------------------------

def load_metadata(path: str | Path) -> tuple[dict[str, dict], list[ReadProblem]]:
    """article_id -> {published, outlet, url} from a CSV with those columns
    (extra columns ignored, empty values None, dates as YYYY-MM-DD)."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        return {}, [_skip(name, "unreadable metadata", f" ({e.strerror or e})")]
    text, problem = decode_article_bytes(raw)
    if text is None:
        return {}, [_skip(name, problem or "unreadable metadata")]
    rows = csv.DictReader(io.StringIO(text, newline=""))
    fields = [f.strip() for f in rows.fieldnames or ()]
    if "article_id" not in fields:
        return {}, [_skip(name, "not a metadata CSV", ": no article_id column", 1)]
    rows.fieldnames = fields
    meta: dict[str, dict] = {}
    problems: list[ReadProblem] = []
    try:
        for row in rows:
            article_id = (row.get("article_id") or "").strip()
            if not article_id:
                continue
            values = {k: ((row.get(k) or "").strip() or None) for k in ("published", "outlet", "url")}
            if values["published"] is not None:
                written, values["published"] = values["published"], parse_date(values["published"])
                if values["published"] is None:
                    problems.append(ReadProblem(name, rows.line_num,
                                                f"warning: unparsable date {written!r}; published left empty",
                                                "bad date"))
            meta[article_id] = values
    except csv.Error as e:
        problems.append(_skip(name, "malformed CSV", f" ({e}); rows after it ignored", rows.line_num))
    return meta, problems


def with_metadata(article: Article, meta: Mapping[str, Mapping] | None) -> Article:
    """Metadata (the analyst's own word) wins over what the page said."""
    row = (meta or {}).get(article.article_id)
    if not row:
        return article
    return replace(article, **{k: row[k] for k in ("published", "outlet", "url") if row.get(k)})


# --- one file's bytes ---------------------------------------------------

def _read_text(name: str, stem: str, data: bytes) -> list[Item]:
    text, problem = decode_article_bytes(data)
    if text is None:
        return [_skip(name, problem or "unreadable")]
    out: list[Item] = [ReadProblem(name, None, f"warning: {problem}", "damaged encoding")] if problem else []
    if not text.strip():
        return out + [_skip(name, "empty file")]
    return out + [Article(article_id=stem, text=text, path=name)]


def _read_html(name: str, stem: str, data: bytes) -> list[Item]:
    markup, problem = decode_article_bytes(data, html=True)
    if markup is None:
        return [_skip(name, problem or "unreadable")]
    out: list[Item] = [ReadProblem(name, None, f"warning: {problem}", "damaged encoding")] if problem else []
    title = published = None
    text = ""
    try:
        import trafilatura  # imported here: it takes a second and .txt input never needs it
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = trafilatura.bare_extraction(markup, with_metadata=True)
        if doc is not None:
            text = doc.text or ""
            title, published = doc.title or None, parse_date(doc.date)
    except Exception:  # trafilatura gives up on odd markup: use the plain strip below
        text = ""
    if not text.strip():
        text = strip_html(markup)
    if not text.strip():
        return out + [_skip(name, "empty file", " (no text in the HTML)")]
    return out + [Article(article_id=stem, text=text, title=title, published=published, path=name)]


def _jsonl_article(name: str, lineno: int, raw: bytes) -> list[Item]:
    """The line's article (after a warning when it had to be repaired), or its problem."""
    raw = raw.rstrip(b"\r\n")
    if not raw.strip():
        return []
    repaired = [0]
    item = _jsonl_item(name, lineno, raw, repaired)
    if repaired[0] and isinstance(item, Article):
        return [_surrogate_warning(name, lineno, repaired[0]), item]
    return [item]


def _jsonl_item(name: str, lineno: int, raw: bytes, repaired: list[int]) -> Item:
    if len(raw) > MAX_ARTICLE_BYTES:
        return _skip(name, "too large", f": line is {len(raw) / 2**20:.1f} MB, over the "
                                        f"{MAX_ARTICLE_BYTES // 2**20} MB limit", lineno)
    try:
        obj = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
    except UnicodeDecodeError as e:
        return _skip(name, "malformed JSON line", f" (invalid UTF-8 at byte {e.start})", lineno)
    except ValueError as e:
        return _skip(name, "malformed JSON line", f" ({str(e).splitlines()[0]})", lineno)
    if not isinstance(obj, dict):
        return _skip(name, "malformed JSON line", " (not a JSON object)", lineno)
    repaired[0] = _repair_surrogates(obj)
    article_id, text = obj.get("article_id"), _json_field(obj, "text")
    if not isinstance(article_id, (str, int)) or not str(article_id).strip():
        return _skip(name, "malformed JSON line", " (no article_id)", lineno)
    if not isinstance(text, str) or not text.strip():
        return _skip(name, "empty article", f" ({str(article_id)!r} has no text)", lineno)
    return _json_article(obj, str(article_id).strip(), text, f"{name}:{lineno}")


def _json_field(obj: dict, key: str):
    for k in _JSON_KEYS[key]:
        if obj.get(k) not in (None, ""):
            return obj[k]
    return None


def _json_article(obj: dict, article_id: str, text: str, path: str) -> Article:
    optional = {}
    for k in ("title", "published", "outlet", "url"):
        v = _json_field(obj, k)
        optional[k] = v.strip() or None if isinstance(v, str) else None
    optional["published"] = parse_date(optional["published"])
    return Article(article_id=article_id, text=text, path=path, **optional)


def _read_json_array(name: str, stem: str, data: bytes) -> Iterator[Item]:
    """A .json file holding one article object or an array of them (SaudiNewsNet's
    day files); an object without an id is "<file stem>-<index>"."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        yield _skip(name, "malformed JSON", f" ({str(e).splitlines()[0]})")
        return
    objs = doc if isinstance(doc, list) else [doc]
    found = False
    for i, obj in enumerate(objs):
        where = f"{name}[{i}]"
        if not isinstance(obj, dict):
            yield _skip(where, "malformed JSON", " (not an object)")
            continue
        repaired = _repair_surrogates(obj)
        text = _json_field(obj, "text")
        if not isinstance(text, str) or not text.strip():
            yield _skip(where, "empty article", " (no text)")
            continue
        if repaired:
            yield _surrogate_warning(where, None, repaired)
        given = obj.get("article_id", obj.get("id"))
        article_id = str(given).strip() if isinstance(given, (str, int)) and str(given).strip() \
            else f"{stem}-{i:04d}"
        found = True
        yield _json_article(obj, article_id, text, where)
    if not found and not objs:
        yield _skip(name, "empty file", " (an empty JSON array)")


def _read_zip(name: str, source) -> Iterator[Item]:
    """Every article member of a zip, in name order; members of other types are skipped quietly."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as e:
        yield _skip(name, "not a zip archive", f" ({e})")
        return
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            member = info.filename
            lower = member.lower()
            if info.is_dir() or any(part.startswith((".", "__MACOSX")) for part in member.split("/")):
                continue
            where = f"{name}:{member}"
            if not lower.endswith((".json", ".jsonl", ".txt", ".html", ".htm")):
                continue
            if info.file_size > MAX_ARCHIVE_MEMBER_BYTES:
                yield _too_large(where, info.file_size)
                continue
            try:
                data = archive.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as e:  # CRC, encrypted, cut
                yield _skip(where, "unreadable", f" ({e})")
                continue
            if lower.endswith(".json"):
                yield from _read_json_array(where, Path(member).stem, data)
            else:
                yield from _read_bytes(where, data, Path(member).stem)


def _read_jsonl_gz(name: str, source) -> Iterator[Item]:
    try:
        with gzip.open(source, "rb") as f:
            yield from _read_jsonl_lines(name, f)
    except (gzip.BadGzipFile, EOFError, zlib_error) as e:
        yield _skip(name, "damaged gzip", f" ({e}); lines after it ignored")


def _suffix(name: str) -> str:
    return ".jsonl.gz" if name.lower().endswith(".jsonl.gz") else Path(name).suffix.lower()


def _read_jsonl_lines(name: str, lines) -> Iterator[Item]:
    found = False
    try:
        for lineno, raw in enumerate(lines, 1):
            for item in _jsonl_article(name, lineno, raw):
                found = True
                yield item
    except OSError as e:
        yield _skip(name, "unreadable", f" ({e.strerror or e})")
        return
    if not found:
        yield _skip(name, "empty file")


def _read_bytes(name: str, data: bytes, stem: str | None = None) -> list[Item]:
    suffix = _suffix(name)
    stem = stem or Path(name).stem
    if suffix == ".zip":
        return list(_read_zip(name, io.BytesIO(data)))
    if suffix == ".jsonl.gz":
        return list(_read_jsonl_gz(name, io.BytesIO(data)))
    if len(data) > MAX_ARTICLE_BYTES and suffix != ".jsonl":
        return [_too_large(name, len(data))]
    if suffix == ".jsonl":
        return list(_read_jsonl_lines(name, io.BytesIO(data)))
    if not data.strip():
        return [_skip(name, "empty file")]
    if suffix in (".html", ".htm"):
        return _read_html(name, stem, data)
    return _read_text(name, stem, data)


def _unsupported(name: str, suffix: str) -> ReadProblem:
    return ReadProblem(name, None, f"skipped: unsupported file type {suffix or '(no extension)'}; "
                                   f"expected .txt, .html, .htm, .jsonl, .zip or .jsonl.gz",
                       "unsupported file type")


def _too_large(name: str, size: int) -> ReadProblem:
    return _skip(name, "too large", f": {size / 2**20:.1f} MB, over the "
                                    f"{MAX_ARTICLE_BYTES // 2**20} MB limit for one article")


def _read_file(path: Path) -> Iterator[Item]:
    name = str(path)
    try:
        size = path.stat().st_size
        if _suffix(path.name) == ".zip":  # read member by member: no size limit for the whole file
            yield from _read_zip(name, path)
            return
        if _suffix(path.name) == ".jsonl.gz":
            yield from _read_jsonl_gz(name, path)
            return
        if path.suffix.lower() == ".jsonl":  # streamed: no size limit for the whole file
            with path.open("rb") as f:
                yield from _read_jsonl_lines(name, f)
            return
        if size > MAX_ARTICLE_BYTES:
            yield _too_large(name, size)
            return
        data = path.read_bytes()
    except OSError as e:
        yield _skip(name, "unreadable", f" ({e.strerror or e})")
        return
    yield from _read_bytes(name, data)


# --- public -------------------------------------------------------------

def read_upload(filename: str, data: bytes, metadata: Mapping | None = None) -> list[Item]:
    """The dashboard's upload box: one uploaded file's bytes -> articles/problems."""
    name = Path(filename or "upload.txt").name or "upload.txt"
    if _suffix(name) not in ARTICLE_SUFFIXES:
        return [_unsupported(name, Path(name).suffix)]
    try:
        items = _read_bytes(name, bytes(data))
    except Exception as e:  # the promise is "never an exception": report, don't crash the page
        return [_skip(name, "unreadable", f" ({type(e).__name__}: {e})".splitlines()[0])]
    return [with_metadata(i, metadata) if isinstance(i, Article) else i for i in items]


def _walk(top: Path) -> list[Path | ReadProblem]:
    """Every file under `top` (hidden names skipped), sorted, with a problem in
    place of each folder or entry that cannot be read: no permission, a path
    longer than PATH_MAX, a symbolic link loop. The rest is still listed.
    Hand-written rather than rglob/os.walk: those drop such entries silently
    or give up on the whole folder, and os.walk cannot follow links safely."""
    found: list[Path | ReadProblem] = []
    walked: dict[tuple[int, int], Path] = {}  # (device, inode) of folders read: a link back is a loop
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in walked:
                found.append(_skip(str(folder), "symlink loop",
                                   f" (leads back to {shown_name(str(walked[st.st_dev, st.st_ino]))})"))
                continue
            walked[st.st_dev, st.st_ino] = folder
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as e:
            found.append(_os_problem(str(folder), e, "unreadable folder"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                if entry.is_dir():  # follows a link; a loop is caught by `walked`
                    pending.append(path)
                elif entry.is_file():
                    found.append(path)
                elif entry.is_symlink():
                    found.append(_skip(str(path), "broken symbolic link"))
            except OSError as e:  # ELOOP, ENAMETOOLONG, EACCES on this entry alone
                found.append(_os_problem(str(path), e, "unreadable"))
    return sorted(found, key=lambda item: str(item) if isinstance(item, Path) else item.path)


def _os_problem(name: str, e: OSError, reason: str) -> ReadProblem:
    if e.errno == errno.ELOOP:
        return _skip(name, "symlink loop", " (too many levels of symbolic links)")
    return _skip(name, reason, f" ({e.strerror or e})")


def _expand(paths: Sequence[str | Path]) -> Iterator[tuple[Path, bool] | ReadProblem]:
    """(file, given_explicitly) for every input file, sorted within folders."""
    for p in paths:
        path = Path(p)
        try:
            if path.is_dir():
                yield from (f if isinstance(f, ReadProblem) else (f, False) for f in _walk(path))
            elif path.exists():
                yield path, True
            else:
                yield _skip(str(path), "missing path", " (no such file or directory)")
        except OSError as e:  # a name too long, a folder on the way without permission
            yield _os_problem(str(path), e, "unreadable")


def iter_articles(paths: Sequence[str | Path], metadata: str | Path | None = None) -> Iterator[Item]:
    """Articles and problems from files and folders (recursively, in sorted
    order). A metadata.csv inside an input folder is used when no explicit
    metadata is given; it is never read as an article."""
    meta: dict[str, dict] = {}
    if metadata is not None:
        meta, problems = load_metadata(metadata)
        yield from problems
    inputs = list(_expand(paths))
    if metadata is None:
        for item in inputs:
            if isinstance(item, tuple) and item[0].name == METADATA_NAME:
                found, problems = load_metadata(item[0])
                meta.update(found)
                yield from problems
    seen: dict[str, str] = {}
    for item in inputs:
        if isinstance(item, ReadProblem):
            yield item
            continue
        path, explicit = item
        if path.name == METADATA_NAME:
            continue
        if _suffix(path.name) not in ARTICLE_SUFFIXES:
            if explicit:
                yield _unsupported(str(path), path.suffix)
            continue
        try:
            results = _read_file(path)
            for result in results:
                if isinstance(result, Article):
                    if result.article_id in seen:
                        yield _skip(result.path or str(path), "duplicate article id",
                                    f" {result.article_id!r} (first read from {seen[result.article_id]})")
                        continue
                    seen[result.article_id] = result.path or str(path)
                    result = with_metadata(result, meta)
                yield result
        except Exception as e:  # a reader bug must not end the run: report it on this file
            yield _skip(str(path), "unreadable", f" ({type(e).__name__}: {e})".splitlines()[0])


def count_articles(paths: Sequence[str | Path]) -> int:
    """How many articles iter_articles(paths) will read at most, cheaply (JSON
    arrays are parsed, JSONL lines counted, other files count one): the total
    that progress bars and time-left estimates need."""
    n = 0
    for item in _expand(paths):
        if isinstance(item, ReadProblem):
            continue
        path, _ = item
        suffix = _suffix(path.name)
        try:
            if suffix == ".zip":
                with zipfile.ZipFile(path) as z:
                    for info in z.infolist():
                        lower = info.filename.lower()
                        if lower.endswith(".json") and info.file_size <= MAX_ARCHIVE_MEMBER_BYTES:
                            doc = json.loads(z.read(info))
                            n += len(doc) if isinstance(doc, list) else 1
                        elif lower.endswith(".jsonl"):
                            n += sum(1 for line in z.read(info).splitlines() if line.strip())
                        elif lower.endswith((".txt", ".html", ".htm")):
                            n += 1
            elif suffix in (".jsonl", ".jsonl.gz"):
                opener = gzip.open if suffix == ".jsonl.gz" else open
                with opener(path, "rb") as f:
                    n += sum(1 for line in f if line.strip())
            elif suffix in ARTICLE_SUFFIXES and path.name != METADATA_NAME:
                n += 1
        except (OSError, ValueError, zipfile.BadZipFile, EOFError, zlib_error):
            n += 1  # the reader reports the damage; count it once
    return n
