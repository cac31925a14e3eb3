"""The article's own body, without page chrome, with a map back to the original.

Scraped news pages carry more than the story: the page's render date and
weather widget, share buttons, "read also" links, lists of other headlines,
comment forms. Nothing may be extracted from them (ONTOLOGY.md), so the
extractor works on `clean_article(text).text`, and evidence offsets point
into that cleaned text; `CleanText.to_original` maps them back.

Why by hand: trafilatura and its kin clean HTML by its DOM structure; our
input is often already plain text (copied or converted pages), where only
line-level rules can tell chrome from story. The rules are line based and
outlet independent: a line is chrome when its normalised words (camel-tools
normalisation via extract.normalize) match a known widget or heading, and a
"related stories" heading ends the article. Nothing inside a kept line is
changed, so every kept piece is a verbatim slice of the input.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from .normalize import _WORD, EASTERN_DIGITS, normalize_ar, normalize_word

# --- dates -------------------------------------------------------------
# Arabic news writes dates with Egyptian/Gulf month names (يونيو), Levantine
# ones (حزيران), often both ("29 يونيو (حزيران) 2021"), or in digits. No
# library parses the Levantine names (dateparser is heavy and not installed);
# the table is small. Keys are normalize_ar forms (أ->ا, ة->ه, ى->ي).
_MONTHS = {normalize_ar(k): v for ks, v in (
    ("يناير كانون_الثاني جانفي January Jan", 1), ("فبراير شباط فيفري February Feb", 2),
    ("مارس آذار March Mar", 3), ("أبريل إبريل نيسان أفريل April Apr", 4),
    ("مايو أيار ماي May", 5), ("يونيو يونيه حزيران جوان June Jun", 6),
    ("يوليو يوليه تموز جويلية July Jul", 7), ("أغسطس آب أوت August Aug", 8),
    ("سبتمبر أيلول September Sep Sept", 9), ("أكتوبر تشرين_الأول October Oct", 10),
    ("نوفمبر تشرين_الثاني November Nov", 11), ("ديسمبر كانون_الأول December Dec", 12),
) for k in (w.replace("_", " ") for w in ks.lower().split())}
_MONTH_RE = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"(?<!\d)(\d{{1,2}}) ({_MONTH_RE})(?: ({_MONTH_RE}))? (\d{{4}})(?!\d)")
_MONTH_DAY_YEAR = re.compile(rf"(?<![^ ])({_MONTH_RE}) (\d{{1,2}}) (\d{{4}})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_DIGIT = re.compile(r"\d")  # any digit, Eastern Arabic ones too
# Words that may stand beside a date on a dateline without making it prose.
_DATE_FILLER = frozenset(normalize_ar(w).lower() for w in (
    "السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة نشر في بتاريخ "
    "تاريخ النشر آخر تحديث تحديث الساعة م ص مساء صباحا بتوقيت مكة المكرمة "
    "غرينتش GMT UTC AM PM Time Date Published Updated on Posted at by "
    "Saturday Sunday Monday Tuesday Wednesday Thursday Friday "
    "Sat Sun Mon Tue Wed Thu Fri هـ هجري ميلادي").split())


def _ymd(y: str, m: str | int, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat() if 1900 <= int(y) <= 2100 else None
    except ValueError:
        return None


def _date_in(text: str) -> tuple[str | None, str]:
    """The first date written in text, and the text with it cut out."""
    raw = text.translate(EASTERN_DIGITS)
    for rx, order in ((_ISO, (1, 2, 3)), (_DMY, (3, 2, 1))):
        m = rx.search(raw)
        if m and (found := _ymd(*(m.group(i) for i in order))):
            return found, normalize_ar(raw[:m.start()] + " " + raw[m.end():]).lower()
    key = normalize_ar(raw).lower()
    m = _DAY_MONTH_YEAR.search(key)
    if m and (found := _ymd(m.group(4), _MONTHS[m.group(2)], m.group(1))):
        return found, key[:m.start()] + " " + key[m.end():]
    m = _MONTH_DAY_YEAR.search(key)
    if m and (found := _ymd(m.group(3), _MONTHS[m.group(1)], m.group(2))):
        return found, key[:m.start()] + " " + key[m.end():]
    return None, key


def find_date_line(line: str) -> str | None:
    """YYYY-MM-DD when the line is a dateline (a date, perhaps with weekday,
    time and a "published" label), None for prose that merely mentions one."""
    if not _DIGIT.search(line):
        return None  # every date form has digits: most header lines are titles and labels
    found, rest = _date_in(line)
    if found is None:
        return None
    prose = [w for w in rest.split() if w not in _DATE_FILLER and not w.isdigit()]
    return found if len(prose) <= 1 else None


def parse_date(value: str | None) -> str | None:
    """A publication date as written in metadata (ISO date or datetime,
    DD/MM/YYYY, "29 يونيو 2021") -> YYYY-MM-DD, or None if unparsable."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return _date_in(value)[0]


@dataclass(frozen=True)
class CleanText:
    text: str  # the cleaned body
    # (clean_start, orig_start, length): text[c:c+n] == original[o:o+n]
    spans: tuple[tuple[int, int, int], ...]
    dateline: str | None = None  # the article's own date from its header, YYYY-MM-DD

    def to_original(self, offset: int) -> int:
        """Offset in the cleaned text -> offset in the original text. Offsets
        on the inserted line breaks between pieces map to the end of the
        piece before them; offsets past the end map to the end of the last."""
        if not self.spans:
            return 0
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.spans[0][1]
        clean_start, orig_start, length = self.spans[i]
        return orig_start + min(offset - clean_start, length)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """A [start, end) range of the cleaned text as a range of the original."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    @cached_property
    def _starts(self) -> list[int]:
        return [s[0] for s in self.spans]


# Characters trimmed from both ends of a line: whitespace and the invisible
# direction / joiner marks that pages put around Arabic text.
_EDGE = " \t\f\v\u00a0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
        "\u2066\u2067\u2068\u2069\ufeff\u3000\u2000\u2001\u2002\u2003\u2004\u2005" \
        "\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_LINE = re.compile(r"[^\r\n\u2028\u2029\x85]+")
_BULLET = re.compile(r"^[•●▪■◆◇►▶▸◦·‣⁃○□✓✔➤➢]")
_TEMPERATURE = re.compile(r"-?\d+\s*°\s*[CFcf]?")
_SOURCE_TRAILER = re.compile(r"^(?:ال)?مصدر\s*[:：]")
SHORT_LINE_WORDS = 12  # chrome lines are short; longer lines are never matched

# Headings after which the page lists other stories, comments or the footer:
# everything from them on is dropped (once the article body has begun).
END_HEADINGS = tuple(normalize_ar(h) for h in (
    "اقرأ أيضا", "اقرأ المزيد", "شاهد أيضا", "مقالات مشابهة", "مقالات ذات صلة",
    "أخبار ذات صلة", "مواضيع ذات صلة", "موضوعات ذات صلة", "أخبار مشابهة",
    "مواضيع مشابهة", "قد يهمك أيضا", "قد يعجبك أيضا", "ننصحك بقراءة",
    "آخر الأخبار", "أحدث الأخبار", "الأكثر قراءة", "الأكثر مشاهدة",
    "الأكثر تداولا", "المزيد من الأخبار", "أخبار أخرى", "اترك تعليقا",
    "أضف تعليقا", "أضف تعليق", "التعليقات", "جميع الحقوق محفوظة",
    "Leave a Reply", "Related Articles", "Related Posts", "Related News",
    "Read More", "Read also", "You may also like", "Most Read", "Latest News",
    "All rights reserved",
    # Anadolu's heading of related stories is the bare "ذات صلة" (a line of its own)
    "ذات صلة",
    # Al Jazeera's "المزيد من سياسة", "المزيد من اقتصاد": more of the section, a list of its other
    # stories' headlines (a line of its own: the heading and the section's one word)
    "المزيد من",
))
# Widget lines dropped wherever they stand; the text around them is kept.
# A line matches when its normalised words start with one of these ...
WIDGET_PREFIXES = tuple(normalize_ar(w).lower() for w in (
    "إظهار أخبار متعلقة", "إظهار المزيد", "تابع أحدث الأخبار عبر تطبيق",
    "تابعوا آخر الأخبار", "تابعونا على", "تابعوا آخر المستجدات", "اشترك في النشرة",
    "اشترك في قناتنا", "اشترك الآن", "ترجمة Translate", "تم نسخ الرابط", "نسخ الرابط",
    "انقر هنا", "اضغط هنا", "حمل تطبيق", "Your email address will not be published",
    "Required fields are marked", "Search this website", "Search for",
    "Skip to content", "weather icon", "logo icon", "Cookie", "Sign up", "Subscribe",
    "Share this", "Click to share", "Copy link", "اقرأ أيضا", "شاهد أيضا",
    "اقرأ المزيد", "مقالات ذات صلة", "أخبار ذات صلة", "تصفح أيضا",
))
# ... or is exactly one of these (as a prefix they would catch titles:
# "إعلان نتائج ...").
WIDGET_LINES = frozenset(normalize_ar(w).lower() for w in (
    "إعلان", "Advertisement", "Time", "logo", "الرئيسية", "Menu", "القائمة", "بحث",
))
_BREADCRUMB = re.compile(r"^الرئيسية\s*[>»/|›«<]")
_TIME_ONLY = re.compile(r"[\d\s:/.\-–|،,]*(?:ص|م|AM|PM|am|pm|GMT)?[\d\s:+]*")
# Words of share bars ("شارك تويتر فيسبوك واتساب"): a short line made only
# of these is a share widget.
SHARE_WORDS = frozenset(normalize_ar(w).lower() for w in (
    "شارك", "شاركها", "مشاركة", "المشاركة", "شارك الخبر", "تويتر", "فيسبوك", "فيس",
    "بوك", "واتساب", "واتس", "اب", "تلغرام", "تليجرام", "تيليجرام", "لينكدإن",
    "انستغرام", "إنستغرام", "يوتيوب", "طباعة", "البريد", "الإلكتروني", "إيميل",
    "نسخ", "الرابط", "عبر", "على", "حفظ", "facebook", "twitter", "whatsapp",
    "telegram", "linkedin", "email", "print", "share", "tweet", "x", "pinterest",
    "reddit", "messenger", "copy", "link", "instagram", "youtube", "tiktok",
))


# First words of every phrase above: a short line whose first word starts none
# of them can only be kept or dropped by its shape, so its words need not all
# be normalised (that was a third of clean_article's time).
_END_FIRST = frozenset(h.split(" ", 1)[0] for h in END_HEADINGS)
_LOWER_FIRST = frozenset(w.split(" ", 1)[0] for w in WIDGET_PREFIXES) | WIDGET_LINES | SHARE_WORDS


def _line_key(line: str) -> str:
    """The line's normalised words (normalize_ar), or, when its first word
    opens no heading, widget or share phrase, that word alone: _line_kind
    decides the same on it (no phrase can match, the share test fails on the
    first word, and the key is not empty)."""
    first = _WORD.search(line)
    if first is None:
        return ""
    word = normalize_word(first.group())
    if not word or word in _END_FIRST or word.lower() in _LOWER_FIRST:
        return normalize_ar(line)  # (a lone tatweel normalises to nothing: "ـ خاص بـ")
    return word


def _is_body_line(words: int, line: str) -> bool:
    """A line of the story itself: long, or a full sentence."""
    return words >= SHORT_LINE_WORDS or (words >= 6 and line.rstrip()[-1:] in ".!?؟…")


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Phrases by what comes before their first space: a key can equal or
    start with a phrase only if it starts with the same word."""
    out: dict[str, tuple[str, ...]] = {}
    for p in phrases:
        out[p.split(" ", 1)[0]] = out.get(p.split(" ", 1)[0], ()) + (p,)
    return out


_END_INDEX = _by_first_word(END_HEADINGS)
_WIDGET_INDEX = _by_first_word(WIDGET_PREFIXES)


def _matches(key: str, phrases: dict[str, tuple[str, ...]], extra_words: int) -> bool:
    """key is one of the phrases (indexed by _by_first_word), or starts with
    one and adds at most extra_words words (a count or an arrow after a heading)."""
    for p in phrases.get(key.split(" ", 1)[0], ()):
        if key == p or (key.startswith(p + " ") and
                        key.count(" ") - p.count(" ") <= extra_words):
            return True
    return False


def _line_kind(line: str, key: str, words: int) -> str:
    """'end' (story over), 'drop' (chrome line) or 'keep'."""
    if words > SHORT_LINE_WORDS:
        # "مواضيع ذات صلة: مسيرات الدعم السريع تضرب محطة كهرباء في مروي | مقتل 20 في قصف على سوق":
        # a related-stories heading with its colon, the other stories' headlines on its own line
        colon = line.find(":", 0, 30)
        if colon > 0 and _matches(normalize_ar(line[:colon]), _END_INDEX, 0):
            return "drop"
        return "keep"
    if _matches(key, _END_INDEX, 1):
        return "end"
    # "اقرأ أيضاً في بوابة الوسط:", "أخبار ذات صلة على موقعنا:": a heading that names the outlet
    # and ends in a colon still opens the list of other stories (a sentence never ends in ":")
    if line.endswith((":", "：")) and _matches(key, _END_INDEX, 4):
        return "end"
    if _SOURCE_TRAILER.match(line) and words <= 8:
        return "drop"
    lowered = key.lower()
    if lowered in WIDGET_LINES or _matches(lowered, _WIDGET_INDEX, 99) \
            or _BREADCRUMB.match(line):
        return "drop"
    if _TEMPERATURE.search(line) and words <= 5:
        return "drop"
    share = lowered.split()
    if share and all(w in SHARE_WORDS for w in share) and len(share) <= 8:
        return "drop"
    if not key:  # only punctuation or symbols: separators, "|", "***"
        return "drop"
    return "keep"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, ends trimmed of spaces and marks."""
    out = []
    if not ("\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text):
        # only "\n" ends lines (most texts): str.split runs in C, the regex per character
        pos = 0
        for line in text.split("\n"):
            kept = line.strip(_EDGE)
            if kept:
                start = pos + len(line) - len(line.lstrip(_EDGE))
                out.append((start, start + len(kept)))
            pos += len(line) + 1
        return out
    for m in _LINE.finditer(text):
        line = m.group()
        kept = line.strip(_EDGE)  # in C, not a character loop
        if kept:
            start = m.start() + len(line) - len(line.lstrip(_EDGE))
            out.append((start, start + len(kept)))
    return out


def _pick_dateline(header: list[tuple[int, str, str | None]]) -> str | None:
    """The article's own date among the header's lines (index, kind, date).

    A date on the page's very first line that is followed by more chrome
    (weather, logo) is the page's render date, not the article's: skip it
    when the header has another date. Otherwise the first date after the
    title, else the first date."""
    dates = [(i, d) for i, kind, d in header if kind == "date" and d]
    if not dates:
        return None
    first_i, first_d = dates[0]
    render_date = first_i == 0 and len(header) > 1 and header[1][1] == "chrome"
    after_title = [d for i, d in dates
                   if any(kind == "title" for j, kind, _ in header if j < i)]
    if after_title and (render_date or len(dates) > 1):
        return after_title[0]
    if render_date and len(dates) == 1:
        return None
    return first_d


def _without_trailing_headlines(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a bullet list at the end of the text when it is a list of other
    stories' headlines (most items without a full stop). Bullet lists inside
    the story (questions of an interview, conditions of a decree) are kept."""
    run = 0
    while run < len(pieces) and _BULLET.match(text[pieces[-1 - run][0]]):
        run += 1
    items = [text[s:e] for s, e in pieces[len(pieces) - run:]]
    unpunctuated = sum(item[-1] not in ".!?؟:…" for item in items)
    return pieces[:len(pieces) - run] if run and unpunctuated * 2 >= run else pieces


# "... بينهم 12 جنديا. رابط الخبر بصحيفة الوئام: مقتل 20 شخصا في تفجيرات بغداد": the link to the
# story that a page prints after it, with the story's own headline as its label (2,090 al-Weeam
# pages of the 2015 corpus, half of them on the body's last line): the headline read a second
# time, as if the body had retold it, which kept it from joining the body's finer places
# (the words first, then the look back at the character before them: a pattern that opens with
# its words is searched for them, one opening with a lookbehind is tried at every character,
# a tenth of clean_article's time)
_LINK_TRAILER = re.compile(r"رابط (?<![^\s.!?؟\"”»)]رابط )(?:الخبر|المقال|الموضوع)"
                           r"(?: ب?(?:صحيفة|موقع) [^:\n]{1,40})?\s*:")
LINK_TRAILER_CHARS = 400  # the trailer is the page's last line: its label, one headline


def clean_article(text: str) -> CleanText:
    tail = len(text) - LINK_TRAILER_CHARS
    if (link := _LINK_TRAILER.search(text, max(0, tail))) is not None:
        text = text[:link.start()]  # (offsets before it are unchanged)
    pieces: list[tuple[int, int]] = []
    header: list[tuple[int, str, str | None]] = []  # before the body begins
    in_body = False
    for start, end in _lines(text):
        line = text[start:end]
        words = line.count(" ") + 1
        key = _line_key(line) if words <= SHORT_LINE_WORDS else ""
        kind = _line_kind(line, key, words)
        if not in_body and _is_body_line(words, line):
            in_body = True
        if kind == "end":
            if in_body:
                break
            kind = "drop"  # a menu entry above the story, not its end
        if not in_body:
            date = find_date_line(line) if words <= SHORT_LINE_WORDS else None
            if date is not None:
                header.append((len(header), "date", date))
                continue
            if kind == "keep" and (words == 1 or _TIME_ONLY.fullmatch(line)):
                kind = "drop"  # section labels above the title ("الدولية"), times
            header.append((len(header), "title" if kind == "keep" else "chrome", None))
        if kind == "keep":
            pieces.append((start, end))
    pieces = _without_trailing_headlines(text, pieces)
    spans, parts, pos = [], [], 0
    for start, end in pieces:
        if parts:
            parts.append("\n")
            pos += 1
        spans.append((pos, start, end - start))
        parts.append(text[start:end])
        pos += end - start
    return CleanText("".join(parts), tuple(spans), _pick_dateline(header))
