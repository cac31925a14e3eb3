"""Event dates from Arabic text, anchored to the publication date.

Handles explicit dates with Egyptian/Gulf ("يونيو") and Levantine/Iraqi
("حزيران") month names, both together ("يونيو/حزيران"), أمس / أول أمس /
اليوم, weekday names (with مساء / فجر / ليلة / صباح), and vague anchors
("قبل ساعات", "الساعات الماضية", "الأسبوع الماضي"). Without a publication
date only an explicit date with a year gives a date: never a guess.
dateparser and friends do not read Arabic relative expressions against an
anchor this way, hence this small module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from .normalize import normalize_word

MONTHS = {
    # Egyptian / Gulf (from the Latin names)
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi (Syriac names)
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5,
    "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الاول": 12,
}
# Python's weekday(): Monday = 0
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3,
            "الجمعه": 4, "السبت": 5, "الاحد": 6}


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the text searched
    end: int
    value: date | None  # None: an expression we recognise but cannot anchor
    # day / approximate; for an earlier period with no day (value None):
    # "past_year" ("عام 2019", "العام الماضي") or "past_month" ("الشهر الماضي", "في آذار 2019")
    # or "past_week" ("الأسبوع الماضي") or "past_days" ("قبل أيام")
    precision: str


# Same length as the input: only 1-to-1 character maps, so offsets hold. One
# str.replace per pair (no letter replaced is a replacement, so the order does
# not matter): str.translate looks every character up in a dict, ten times
# slower on Arabic text.
_NORM_PAIRS = tuple(zip("أإآىةـ٠١٢٣٤٥٦٧٨٩", "ااايه_0123456789", strict=True))


def _norm_text(text: str) -> str:
    for a, b in _NORM_PAIRS:
        text = text.replace(a, b)
    return text


# What the patterns below cannot match without (see find_dates).
_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_WEEKDAY_NAMES = tuple(WEEKDAYS)
_MARKET_BEFORE = re.compile(r"(?<!\S)[وب]?سوق\s+$")
_EARLIER_WORDS = ("الماضي", "الفائت", "المنصرم")


_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_EXPLICIT = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})(?:\s*[/(]\s*(?:{_MONTH_ALT})\s*\)?)?"
    rf"(?:\s*(?:من\s+)?(?:عام|سنة|العام)?\s*(\d{{4}}))?")
# "التاسع عشر من يوليو", "الحادي والعشرين من آذار": a day written as an ordinal
_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_ORDINALS = {w: k + 1 for k, w in enumerate(_UNITS + ["العاشر"])}
_ORDINALS.update({("الحادي" if k == 0 else w) + " عشر": 11 + k for k, w in enumerate(_UNITS)})
_ORDINALS.update({"العشرين": 20, "الثلاثين": 30})
_ORDINALS.update({("الحادي" if k == 0 else w) + " والعشرين": 21 + k for k, w in enumerate(_UNITS)})
_ORDINALS["الحادي والثلاثين"] = 31
# the first words of the ordinal days: _ORDINAL_DAY cannot match without one of them
_ORDINAL_WORDS = tuple(sorted({w.split()[0] for w in _ORDINALS}))
_ORDINAL_DAY = re.compile(
    rf"(?<![\w])({'|'.join(sorted(_ORDINALS, key=len, reverse=True))})\s+من\s+(?:شهر\s+)?({_MONTH_ALT})"
    # both names, as in the explicit form: "الثالث من كانون الثاني/يناير 2020"
    rf"(?:\s*[/(]\s*(?:{_MONTH_ALT})(?:\s*\))?)?"
    rf"(?:\s+(?:من\s+)?(?:عام|العام)?\s*(\d{{4}}))?")
_SAME_YEAR = re.compile(r"\s*(?:من\s+)?(?:العام|السنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)|\s*من\s+نفس\s+(?:العام|السنه)")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_WEEKDAY = re.compile(r"(?:يوم\s+)?(?:(?:مساء|صباح|فجر|ليله|ليل|ظهر|عصر|منتصف\s+ليل)\s+)?[وب]?(الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)")  # noqa: E501 (Arabic patterns read best on one line)
# "أول من أمس", "أمس الأول", "الليلة قبل الماضية" (the night before last)
_BEFORE_YESTERDAY = re.compile(r"اول\s+(?:من\s+)?امس|امس\s+الاول|الليله\s+(?:ما\s+)?قبل\s+الماضيه")
# "الليلة الماضية": last night, the evening before the report (after midnight it is
# the report's day: one day either side is the scorer's and an analyst's tolerance)
_YESTERDAY = re.compile(r"(?<![\w])[وب]?امس(?![\w])|الليله\s+الماضيه")
# "اليوم الخميس": the weekday names the day (a report dated a day or more after it)
# "أمس الأحد", "امس (الاثنين)": the weekday right after "أمس"
_WEEKDAY_AFTER = re.compile(r"\s*\(?\s*(?:يوم\s+)?(الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)")
_TODAY = re.compile(r"(?<![\w])[وب]?اليوم(?![\w])(?!\s+(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد))|فجر\s+اليوم|صباح\s+اليوم|مساء\s+اليوم")  # noqa: E501 (Arabic patterns read best on one line)
_HOURS = re.compile(r"(?:قبل|منذ|خلال)\s+ساعات|الساعات\s+(?:الماضيه|الاخيره|القليله\s+الماضيه)|قبل\s+قليل")
_LAST_WEEK = re.compile(r"الاسبوع\s+الماضي")
# "إن اشتباكات عنيفة تدور حالياً بين الحوثيين ...": going on now, the report's day
_NOW = re.compile(r"(?<![\w])حاليا(?![\w])")
# a weekday's "last" after it: "الخميس الماضي"
_LAST_AFTER = re.compile(r"\s+(?:الماضي|الفائت|المنصرم)(?![\w])")
_DAYS_AGO = re.compile(r"قبل\s+(\d{1,2}|يومين|ثلاثه\s+ايام)\s*(?:ايام|يوما)?")
# "وكان داعش قد استعاد السيطرة على أجزاء من المدينة قبل أيام": a few days ago, with no count, is
# an earlier act with no day of its own, as last week's is (not "قبل أيام من الذكرى": days before
# something to come)
_FEW_DAYS_AGO = re.compile(r"(?<![\w])(?:قبل|منذ)\s+(?:بضعه\s+|عده\s+)?ايام(?![\w])(?!\s*(?:من|علي)(?![\w]))")
# "وهجوم، قبل ثلاثة شهور، في دالاس": months or years ago, an earlier period with no day (and
# not "قبل 3" days, which _DAYS_AGO would read in "قبل 3 أشهر")
_MONTHS_AGO = re.compile(r"(?<![\w])قبل\s+(?:(?:\d{1,2}|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه"
                         r"|تسع|تسعه|عشر|عشره|بضعه|عده)\s+(?:اشهر|شهور|سنوات|اعوام|سنين)|(?:شهرين|عامين|سنتين))(?![\w])")
# the wars and crises of _LAST_YEAR's third form ("في بداية الحرب"; its second holds "الحرب" too)
_WAR_NOUNS = ("الحرب", "الصراع", "النزاع", "الازمه", "الثوره")
# earlier periods with no day: they keep an act from taking the article's date
# ... and the world wars, and a war's outbreak: "في الحرب العالمية الثانية", "استولوا على عدن في
# بداية الحرب" are history whatever the year is written
_LAST_YEAR = re.compile(r"(?:العام|السنه)\s+(?:الماضي|الفائت|المنصرم)(?:ه)?|الحرب\s+العالميه\s+(?:الاولي|الثانيه)"
                        r"|(?:في|مع)\s+(?:بدايه|مطلع|بدء|اندلاع)\s+(?:الحرب|الصراع|النزاع|الازمه|الثوره)")
# ("عامي 2015 و2016", "بين عامي", "سنتي": the dual of year names two past years as well)
# ... and a season or a part of one written before the bare year: "وسيطر تنظيم داعش على مجمل محافظة
# دير الزور في صيف 2014", "في ربيع 2013", "في منتصف 2012" (with "عام" between, the first branch)
_YEAR = re.compile(r"(?:(?:عام|سنه|العام|عامي|سنتي)\s+|في\s+(?:(?:صيف|ربيع|خريف|شتاء|مطلع|اوائل|منتصف|اواخر|نهايه"
                   r"|بدايه)\s+)?)((?:19|20)\d\d)(?!\d)")
# ... and a bare year closed by a comma or a stop right after a word: "استهداف مجمعات ... السكنية في
# مدينة الرياض 2003، أو مبنى الأمن العام" (years before last only: a toll of "2014." is no year)
class _Span(NamedTuple):  # the year alone of a _PLACE_YEAR match
    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


_PLACE_YEAR = re.compile(r"([^\W\d]+)\s+((?:19|20)\d\d)(?=\s*[،,.؛)])")
_COUNT_BEFORE = frozenset({"الي", "من", "نحو", "حوالي", "قرابه", "بلغ", "القتلي", "الضحايا", "الجرحي", "عدد",
                           "اكثر", "اقل", "الف", "عن"})
# ... and "خلال الأسابيع الماضية", "في الأشهر الأخيرة": acts spread over weeks, a roundup's span
_LAST_MONTH = re.compile(r"(?:الشهر|الصيف|الشتاء|الربيع|الخريف)\s+(?:الماضي|الفائت|المنصرم)"
                         r"|(?:الاسابيع|الاشهر|الشهور)\s+(?:القليله\s+)?(?:الماضيه|الاخيره|المنصرمه|الفائته)")
# "التي سيطرت على صنعاء في سبتمبر أيلول", "في يونيو/حزيران": a month alone, with no day before it
# and no year after it, is this year's when it is not past the report's month, else last year's
# (the word's start tested after its letters, "في(?<!\wفي)" for "(?<![\w])في": a pattern that
# opens with its letters is searched for them, one opening with a lookbehind is tried at every
# character, four times the cost over the corpus's sentences)
_IN_MONTH = re.compile(rf"في(?<!\wفي)\s+(?:شهر\s+)?({_MONTH_ALT})(?![\w])")
# ... unless a year, "الماضي" or "المقبل" follows it (past its second name: "حزيران (يونيو) العام الماضي")
_AFTER_MONTH = re.compile(rf"\s*(?:[/(]?\s*(?:{_MONTH_ALT})\s*\)?)?\s*(?:من\s+)?"
                          r"(?:عام|سنه|العام|\d|الماضي|الفائت|المنصرم|المقبل|القادم)")
# the words _MONTH_PART opens with, one of which it cannot match without
_MONTH_PARTS = ("مطلع", "اوائل", "بدايه", "مستهل", "الاسبوع", "الايام", "منتصف", "اواسط", "اواخر", "نهايه")
# "مطلع يوليو", "منتصف حزيران - يونيو", "في الأسبوع الأخير من يونيو": a part of a month with no
# day; the part's last day (10th, 20th, month's end) bounds the act
_MONTH_PART = re.compile(
    r"(?<![\w])(?:(مطلع|اوائل|بدايه|مستهل|(?:الاسبوع|الايام)\s+(?:الاول|الاولي)\s+من)"
    r"|(منتصف|اواسط)|(اواخر|نهايه|(?:الاسبوع|الايام)\s+(?:الاخير|الاخيره)\s+من))"
    rf"\s+(?:شهر\s+)?({_MONTH_ALT})(?![\w])(?:\s*[-/(]?\s*(?:{_MONTH_ALT})(?![\w])\s*\)?)?"
    r"(?:\s*(?:من\s+)?(?:عام|العام)?\s*((?:19|20)\d\d)(?!\d))?")
# (a weekday right before a date names that date's day: "يوم الجمعة 26 يونيو (حزيران)")
_TO_DATE = re.compile(r"[\s،,(]*")
_MONTH_ONLY = re.compile(rf"(?:شهر\s+)?({_MONTH_ALT})(?:\s*[/(]\s*(?:{_MONTH_ALT})\s*\)?)?\s+(?:(?:من\s+)?(?:عام|سنه|العام)?\s*((?:19|20)\d\d)|(?:الماضي|الفائت|المنصرم))")  # noqa: E501 (Arabic patterns read best on one line)


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `published`."""
    t = _norm_text(text)
    # Most sentences hold no date at all. Each pattern needs digits or a word
    # that a substring test in C finds (or not) at once, where the pattern is
    # tried at every character (the weekday one, with no fixed first letter,
    # cost most): a pattern is run only when what it needs is there. (A pattern
    # changed to match without it must change its test here too.) The tests of the
    # rarer forms (ordinal days, parts of months, past weeks and years) saved a
    # quarter of find_dates over the corpus's sentences.
    digits = _DIGIT.search(t) is not None
    four_digits = digits and _FOUR_DIGITS.search(t) is not None
    weekday = any(map(t.__contains__, _WEEKDAY_NAMES))  # (the substring tests in C, through map)
    yesterday = "امس" in t or "الليله" in t
    past = any(map(t.__contains__, _EARLIER_WORDS))
    year_or_past = four_digits or past
    before = "قبل" in t
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m, value, precision):
        if any(s < m.end() and m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        out.append(DateMention(m.start(), m.end(), value, precision))

    for m in _ISO.finditer(t) if four_digits else ():
        add(m, _safe_date(int(m[1]), int(m[2]), int(m[3])), "day")
    for m in _NUMERIC.finditer(t) if four_digits else ():
        add(m, _safe_date(int(m[3]), int(m[2]), int(m[1])), "day")
    for m in _EXPLICIT.finditer(t) if digits else ():
        day, month = int(m[1]), MONTHS[normalize_word(m[2]) if m[2] not in MONTHS else m[2]]
        same_year = _SAME_YEAR.match(t, m.end())
        years = _ANY_YEAR.findall(t, 0, m.start())
        if m[3]:
            add(m, _safe_date(int(m[3]), month, day), "day")
        elif same_year and years:
            # "في 27 فبراير/شباط من العام نفسه" after "في مارس/آذار 2020": that year
            add(m, _safe_date(int(years[-1]), month, day), "day")
        elif published:
            d = _safe_date(published.year, month, day)
            if d and d > (_days_before(published, -2) or date.max):  # "29 December" read in January
                d = _safe_date(published.year - 1, month, day)
            add(m, d, "day")
        else:
            add(m, None, "day")
    for m in _ORDINAL_DAY.finditer(t) if any(map(t.__contains__, _ORDINAL_WORDS)) else ():
        day, month = _ORDINALS[m[1]], MONTHS[normalize_word(m[2]) if m[2] not in MONTHS else m[2]]
        if m[3]:
            add(m, _safe_date(int(m[3]), month, day), "day")
        elif published:
            d = _safe_date(published.year, month, day)
            if d and d > (_days_before(published, -2) or date.max):
                d = _safe_date(published.year - 1, month, day)
            if d and (published - d).days > 31:
                # "عدوان مماثل في الخامس والعشرين من كانون الأول الماضي": a month or more
                # before the report is an earlier act recalled, as "كانون الأول الماضي" is
                add(m, None, "past_month")
            else:
                add(m, d, "day")
    for m in _BEFORE_YESTERDAY.finditer(t) if yesterday else ():
        add(m, _days_before(published, 2), "day")
    for m in _WEEKDAY.finditer(t) if weekday else ():
        if _MARKET_BEFORE.search(t, max(0, m.start() - 6), m.start()):
            continue  # "منطقة سوق الجمعة" (Tripoli), "سوق الخميس": a market's and a district's name, no day
        after = _TO_DATE.match(t, m.end()).end()
        if any(s == after for s, _ in taken):
            # "عملية شاطئ القنطاوي يوم الجمعة 26 يونيو (حزيران)", "صلاة الجمعة 29 مايو 2015": the
            # date after the weekday is its day, however far back (not the last Friday before the report)
            continue
        if published:
            back = (published.weekday() - WEEKDAYS[m[1]]) % 7
            if back == 0 and _LAST_AFTER.match(t, m.end()):
                # "مساء الخميس الماضي" in a report of a Thursday is the Thursday a week
                # before, not that day ("الاتفاق الذي أبرم يوم الثلاثاء الماضي" of 21 July
                # 2015, a Tuesday, is the Vienna deal of the 14th)
                back = 7
            add(m, _days_before(published, back), "day")
        else:
            add(m, None, "approximate")
    for m in _YESTERDAY.finditer(t) if yesterday else ():
        named = _WEEKDAY_AFTER.match(t, m.end())
        if named and published and 2 <= (published.weekday() - WEEKDAYS[named[1]]) % 7 <= 4:
            # "أمس الأحد", "أمس (الاثنين)": the weekday names the day; the report's date may be
            # a day to three after it was written (a crawl's date: 565 of the 2,155 "أمس" +
            # weekday of the 2015 Saudi corpus name a day 2-6 days before it), which "أمس"
            # would follow; (a weekday further back, or the report's own, is a slip: "أمس" stays)
            add(named, _days_before(published, (published.weekday() - WEEKDAYS[named[1]]) % 7), "day")
            taken.append((m.start(), m.end()))
            continue
        add(m, _days_before(published, 1), "day")
    for m in _TODAY.finditer(t) if "اليوم" in t else ():
        add(m, published, "day")
    for m in _HOURS.finditer(t) if "ساعات" in t or "قليل" in t else ():
        add(m, published, "approximate")
    for m in _NOW.finditer(t) if "حاليا" in t else ():
        add(m, published, "approximate")
    for m in _LAST_WEEK.finditer(t) if "الاسبوع" in t else ():
        # "قصفت، الأسبوع الماضي، حي الروضة": last week with no day of its own gives the act no
        # day (not the day a week before the report); unlike last month's, it is still news
        add(m, None, "past_week")
    for m in _MONTHS_AGO.finditer(t) if before else ():
        add(m, None, "past_year")  # (months ago is history told in passing, as a past year is)
    for m in _DAYS_AGO.finditer(t) if before else ():
        n = {"يومين": 2}.get(m[1], 3 if not m[1].isdigit() else int(m[1]))
        add(m, _days_before(published, n), "approximate")
    for m in _FEW_DAYS_AGO.finditer(t) if "ايام" in t else ():
        add(m, None, "past_days")
    for m in _MONTH_PART.finditer(t) if published is not None and any(map(t.__contains__, _MONTH_PARTS)) else ():
        # "أدت في مطلع يوليو إلى مقتل زعيم مجموعة خراسان" (a report of 23 July), "ونفذ تنظيم داعش في
        # الأسبوع الأخير من حزيران - يونيو هجوماً جديداً على كوباني": a part of a month over a week
        # before the report is an earlier act recalled, as "في يونيو" is; one still to come, a plan's
        month = MONTHS[normalize_word(m[4]) if m[4] not in MONTHS else m[4]]
        year = int(m[5]) if m[5] else published.year
        last = 10 if m[1] else 20 if m[2] else 28
        end = _safe_date(year, month, last)
        if end is None:
            continue
        if not m[5] and end > published + timedelta(days=2) and month > published.month:
            add(m, None, "past_year")
        elif (published - end).days > 7:
            add(m, None, "past_month")
    # after every dated form: "12 آذار 2019" is a day, only "آذار 2019" a month
    for m in _MONTH_ONLY.finditer(t) if year_or_past else ():
        month = MONTHS[normalize_word(m[1]) if m[1] not in MONTHS else m[1]]
        earlier = (not m[2] or published is None  # "آذار الماضي" is always earlier
                   or (int(m[2]), month) < (published.year, published.month))
        if earlier:
            add(m, None, "past_month")
    for m in _IN_MONTH.finditer(t) if published is not None and "في" in t else ():
        if _AFTER_MONTH.match(t, m.end()):
            continue
        month = MONTHS[normalize_word(m[1]) if m[1] not in MONTHS else m[1]]
        if month > published.month:
            add(m, None, "past_year")  # (a plan's month is no act's: what is to come gives none)
        elif month < published.month:
            add(m, None, "past_month")
    for m in _LAST_MONTH.finditer(t) if past or "الاخيره" in t else ():
        add(m, None, "past_month")
    for m in _LAST_YEAR.finditer(t) if past or any(map(t.__contains__, _WAR_NOUNS)) else ():
        add(m, None, "past_year")
    for m in _YEAR.finditer(t) if four_digits else ():
        if published is not None and int(m[1]) < published.year:
            add(m, None, "past_year")
    for m in _PLACE_YEAR.finditer(t) if four_digits and published is not None else ():
        if int(m[2]) < published.year - 1 and m[1] not in _COUNT_BEFORE:
            add(_Span(m.start(2), m.end(2)), None, "past_year")
    out.sort(key=lambda d: d.start)
    return out


def _days_before(published: date | None, days: int) -> date | None:
    """`days` before publication; None without a publication date or past
    the calendar's ends (an absurd "published": "0001-01-01" with "أمس")."""
    try:
        return published - timedelta(days=days) if published else None
    except OverflowError:
        return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    return value if 1990 <= y <= 2100 else None


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
