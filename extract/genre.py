"""Is an article news of an act, or writing that only talks about acts?

    GenreClassifier.load().classify(title, text) -> Genre
    GenreClassifier.load().is_protest_sentence(text, start, end) -> bool

The clause rules of extract/frames.py read one sentence at a time; whether the
sentence belongs to a report at all is a property of the whole article. What
a careful reader of any outlet sees at once, and what this module checks:

- an opinion column: the writer's own voice (first person, "لا شك", "ينبغي",
  rhetorical questions and exclamations outside quotes) far outweighs the
  voice of a report (who said it, when: "قال", "أفادت مصادر", "أمس");
- "on this day" history columns;
- a market or business report, where "هجوم", "صاروخية" and "معركة" are
  metaphors: many economy words and no one killed or wounded;
- titles that say the act is not the news: a condemnation or condolence
  ("يدين", "يعزي"), a funeral ("تشييع", "عسير تودع"), a trial, a press review
  ("اهتمامات الصحف"), an anniversary ("عام على", "ذكرى"), a statistic
  ("3042 قتيلا خلال 10 أشهر").

The first three are skipped (no incident); the others keep their incidents
with a confidence penalty (`Genre.penalty`, in log-odds, applied by
extract/confidence.py), because such articles also retell real acts that a
coder may count (the dev gold marks them optional).

A protest is not a violent incident (ACLED codes it as Protests, which the
ontology does not cover): a sentence about a demonstration or sit-in gives no
incident unless it also tells of a bombing, an air strike or shelling.

The cues live in data/lexicons/genre.csv (kind, scope, cue); matching is on
normalised spelling (one alef, ya, ha) with the usual proclitics, by regex
over the raw text: the classifier runs on every article that passes the
prefilter, and tokenising whole articles for it would double the cost.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .stemtrie import _trie_regex

DEFAULT_LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "genre.csv"

# Thresholds, chosen on the SaudiNewsNet articles (with a trigger word) whose
# URL files them under an opinion section (alwatan.com.sa/Articles,
# 3alyoum.com/opinion: 333 of 200+ words) against the same outlets' news
# sections (510): the rule below calls 72% of the columns opinion and 2.2% of
# the news, nearly all of those interviews ("قائد ... لـ«الوطن»: ..."), which
# speak in the first person too. bench/extract_corpus.py --genre prints it.
POLICING_REACH = 60  # characters (some six words) around a shooting word where its victims are named
STATEMENT_OPENING_WORDS = 4  # "أدانت منظمة ..." / "الأمم المتحدة تدين ...": the verb comes early
HEADLINE_MAX_WORDS = 20  # a first line longer than this is a sentence, not a title
HISTORY_OPENING = 300  # characters of the body where an "on this day" column announces itself
MIN_WORDS_FOR_VOICE = 200  # a short item has too few words to judge its voice
ESSAY_PER_100 = 1.0  # essay cues per 100 words ...
ESSAY_OVER_REPORT = 2.0  # ... at twice the report cues,
QUIET_ESSAY_PER_100 = 0.6  # or fewer essay cues ...
QUIET_REPORT_PER_100 = 0.7  # ... in a text that hardly reports at all
# A text this long with no report cue at all (no one said, announced or reported it, no
# "أمس", no weekday) is a column or an editorial, even in the third person ("حتمية النصر",
# "إيران وسايكس ـ بيكو الأقليات"): on three tenths of the corpus (seeds 1, 3, 7) the eight
# such articles that gave incidents were all editorials, columns or history features.
SILENT_MIN_WORDS = 250
ECONOMY_MIN_DISTINCT = 5  # distinct market words that make a business report

# Log-odds subtracted from an incident's confidence, per title kind: roughly
# one step of evidence (an act read in a statement is as doubtful as one whose
# attacker was inferred).
PENALTY = {"statement": 1.0, "mourning": 1.0, "trial": 1.0, "roundup": 1.0,
           "anniversary": 1.5, "statistics": 0.7}

# Spelling normalisation by str.replace and one regex: str.translate with a
# dict runs per character in Python and cost more than all the cue matching.
_FOLD = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"))
_MARKS = re.compile("[\u0640\u064B-\u065F\u0670]")
_PROTESTER_STEMS = ("متظاهر", "محتج", "معتصم")
# (not "محتجز": "تهريب عناصره المحتجزين فيه" are detainees, not protesters)
_PROTESTER_PATTERNS = ("متظاهر", "محتج(?!ز)", "معتصم")
_TEXT_PREFIX = "(?:وبال|وال|فال|بال|كال|ولل|فلل|لل|ال|وب|ول|وك|فب|فل|و|ف|ب|ل|ك)?"
_QUOTED = re.compile(r"«[^»]{0,600}»|\"[^\"]{0,600}\"|“[^”]{0,600}”|'[^']{0,300}'")
_WORD = re.compile(r"\w+")
# An act right after these words is what a protest is about ("احتجاجا على
# قتل", "تنديدا بالغارات"), within a word or two: checked in the 40
# characters before the act word.
# ("هتافات منددة بالغارات", "وللترحم على ضحايا الهجوم", "تضامنا مع ضحايا القصف": what the
# protest condemns or mourns)
_PROTEST_OBJECT = re.compile(r"(?:احتجاج|تنديد|للتنديد|للاحتجاج|رفضا|استنكارا|مندد|ترحم|تضامن)\w*(?:\s+\S+){0,2}\s*$")
# "3042 ... خلال 10 أشهر", "منذ بداية العام": a count over a period
_STATISTIC = re.compile(
    r"\d.*(?:خلال|منذ|في)\s+(?:\d+\s+|عشره\s+|تسعه\s+|سته\s+)?"
    r"(?:اشهر|شهر|شهرين|عام|اعوام|سنه|سنوات|اسبوع|اسبوعين|اسابيع|عشره اشهر|بدايه)(?!\w)")


def _headline(body: str) -> str:
    """The first line when it reads as a headline (short); a long first line
    is a news sentence (a one-sentence report), and its words are not a title."""
    first = body.lstrip().split("\n", 1)[0]
    return first if len(first.split()) <= HEADLINE_MAX_WORDS else ""


def normalize(text: str) -> str:
    """Spelling normalised for cue matching (one alef, ya, ha; no marks).
    Only for searching, never for offsets; regex \\d matches Eastern digits."""
    for a, b in _FOLD:
        text = text.replace(a, b)
    text = _MARKS.sub("", text)
    return text


@dataclass(frozen=True)
class Genre:
    kind: str  # news, opinion, history, economy, statement, mourning, trial, roundup, anniversary, statistics
    skip: bool  # no incident at all from this article
    penalty: float = 0.0  # log-odds taken off every incident's confidence
    cues: tuple[str, ...] = ()  # what decided it, for the reader of a bench or a test

    @property
    def is_news(self) -> bool:
        return self.kind == "news"


NEWS = Genre("news", skip=False)


@dataclass(frozen=True)
class TextCounts:
    words: int
    essay: float  # essay cues (strong ones count twice), question and exclamation marks
    report: int  # report cues: who said it, when
    harm: int  # killed, wounded
    economy: frozenset[str]  # distinct market words


def _trie_pattern(words: list[str]) -> str:
    """A regex for a set of strings with common beginnings factored out
    ("قتل|قتلى|قتيل" -> "قت(?:ل(?:ى)?|يل)"): Python's re tries alternatives
    one by one, and 200 cues tried at every word start were the cost of
    this module. A space in a cue matches any run of spaces."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def _alternation(cues: list[str], prefix: str) -> re.Pattern | None:
    """One regex for a list of cues, each with the proclitics `prefix`
    allows; None for no cues (a classifier built without rows never fires).
    The longest cue wins because every branch is greedy and the match must
    end at a word boundary."""
    if not cues:
        return None
    forms = set()
    for c in cues:
        n = " ".join(normalize(c).split())
        forms.add(n)
        if n.startswith("ال") and prefix:
            forms.add("لل" + n[2:])  # "للاقتصاد"
    return re.compile(rf"(?<!\w){prefix}({_trie_pattern(sorted(forms))})(?!\w)")


class _Gated:
    """A cue regex behind substring tests. Every match holds one of `cores` (a
    cue's first word, less its article: "الذكرى" and "للذكرى" hold "ذكري"), and
    a few `in` tests in C rule out most sentences, where re tries the pattern
    (a lookbehind first: no first letter to skip to) at every character."""
    __slots__ = ("regex", "cores")

    def __init__(self, regex: re.Pattern, cues: list[str]):
        self.regex = regex
        words = {(normalize(c).split() or [""])[0] for c in cues}
        words = {w[2:] if w.startswith("ال") else w for w in words}
        # (a word that holds a shorter one is found with it)
        self.cores = tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))

    # (the substring tests run in C through map: a generator step per cue was half their cost)
    def search(self, s: str, *pos: int) -> re.Match | None:
        return self.regex.search(s, *pos) if any(map(s.__contains__, self.cores)) else None

    def finditer(self, s: str, *pos: int) -> Iterator[re.Match]:
        return self.regex.finditer(s, *pos) if any(map(s.__contains__, self.cores)) else iter(())


def _sentence_cues(cues: list[str]) -> _Gated | None:
    """_alternation for the cues asked of every sentence read, gated."""
    regex = _alternation(cues, _TEXT_PREFIX)
    return None if regex is None else _Gated(regex, cues)


class GenreClassifier:
    def __init__(self, rows: list[dict]):
        by: dict[tuple[str, str], list[str]] = {}
        for r in rows:
            by.setdefault((r["kind"].strip(), r["scope"].strip()), []).append(r["cue"].strip())
        self._title = {kind: _alternation(cues, "و?") for (kind, scope), cues in by.items()
                       if scope == "title"}
        self._any = {kind: _alternation(cues, "") for (kind, scope), cues in by.items() if scope == "any"}
        # every text cue in one regex, one pass over the text (a pass per kind
        # cost five times as much); the matched cue says which kinds it counts for
        self._kinds_of: dict[str, set[str]] = {}
        for (kind, scope), cues in by.items():
            if scope == "text":
                for c in cues:
                    n = " ".join(normalize(c).split())
                    self._kinds_of.setdefault(n, set()).add(kind)
                    if n.startswith("ال"):
                        self._kinds_of.setdefault("لل" + n[2:], set()).add(kind)
        self._text = _alternation(list(self._kinds_of), _TEXT_PREFIX)
        self._protest = _sentence_cues(by.get(("protest", "sentence"), []))
        self._explosive = _sentence_cues(by.get(("explosive", "sentence"), []))
        self._act = _sentence_cues(by.get(("act", "sentence"), []))
        # protesters named next to a shooting word are its victims
        self._protester = _Gated(re.compile(rf"(?<!\w){_TEXT_PREFIX}(?:{'|'.join(_PROTESTER_PATTERNS)})\w*(?!\w)"),
                                 list(_PROTESTER_STEMS))
        self._game = _sentence_cues(by.get(("game", "sentence"), []))
        self._memorial = _sentence_cues(by.get(("memorial", "sentence"), []))
        self._clash = _sentence_cues(by.get(("clash", "sentence"), []))
        self._now = _sentence_cues(by.get(("now", "sentence"), []))
        self._condemn = _alternation(by.get(("condemn", "sentence"), []), "[وف]?")
        self._harm = _sentence_cues(by.get(("harm", "text"), []))
        # every word the tests of is_not_an_act open with (their gates' cores), in one regex
        # anchored at the cores' rarest letters (the prefilter's, stemtrie._trie_regex): a
        # sentence holding none is no protest, game or commemoration, told by one search where
        # the gates' 44 substring tests were three quarters of is_not_an_act (0.31 s -> 0.17 s
        # over the corpus's 22,530 sentences read)
        cores = {c for g in (self._protest, self._protester, self._game, self._memorial) if g is not None
                 for c in g.cores}
        self._non_act_cores = _trie_regex(sorted(cores)) if cores and "" not in cores else re.compile("")
        self._last_sentence: tuple[str, int, int | None, str] | None = None  # see _normalized

    @classmethod
    def load(cls, path: str | Path | None = None) -> GenreClassifier:
        with open(path or DEFAULT_LEXICON, encoding="utf-8", newline="") as f:
            return cls([r for r in csv.DictReader(f) if (r.get("cue") or "").strip()])

    # -- the article ---------------------------------------------------------
    def classify(self, title: str | None, text: str) -> Genre:
        """The article's genre from its title (else its first line) and text."""
        body = normalize(text or "")
        head = normalize((title or "").strip() or _headline(body))
        # "في مثل هذا اليوم" opens the column; inside a report it recalls a date
        hit = self._any.get("history") and self._any["history"].search(head + "\n" + body[:HISTORY_OPENING])
        if hit:
            return Genre("history", skip=True, cues=(hit.group(1),))
        if "opinion" in self._title and (m := self._title["opinion"].search(head)):
            return Genre("opinion", skip=True, cues=(m.group(1),))
        counts = self.text_counts(body)
        voice = self.voice(counts)
        if voice is not None:
            return voice
        economy = self.economy(counts)
        if economy is not None:
            return economy
        for kind in ("roundup", "statement", "mourning", "trial"):
            if kind in self._title and (m := self._title[kind].search(head)):
                return Genre(kind, skip=False, penalty=PENALTY[kind], cues=(m.group(1),))
        if "history" in self._title and (m := self._title["history"].search(head)):
            return Genre("anniversary", skip=False, penalty=PENALTY["anniversary"], cues=(m.group(1),))
        if m := _STATISTIC.search(head):
            return Genre("statistics", skip=False, penalty=PENALTY["statistics"], cues=(m.group(0),))
        return NEWS

    def text_counts(self, body: str) -> TextCounts:
        """Cue counts outside quotations: a column quotes little and speaks
        for itself; a report says who said what and when."""
        plain = _QUOTED.sub(" ", body)
        per_kind: dict[str, int] = {}
        economy: set[str] = set()
        if self._text is not None:
            for m in self._text.finditer(plain):
                cue = " ".join(m.group(1).split())
                for kind in self._kinds_of.get(cue, ()):
                    per_kind[kind] = per_kind.get(kind, 0) + 1
                    if kind == "economy":
                        economy.add(cue)
        essay = 2 * per_kind.get("essay_strong", 0) + per_kind.get("essay", 0)
        return TextCounts(words=len(_WORD.findall(plain)),
                          essay=essay + plain.count("؟") + plain.count("!"),
                          report=per_kind.get("report", 0), harm=per_kind.get("harm", 0),
                          economy=frozenset(economy))

    @staticmethod
    def voice(c: TextCounts) -> Genre | None:
        if c.words < MIN_WORDS_FOR_VOICE:
            return None
        essay_rate, report_rate = 100 * c.essay / c.words, 100 * c.report / c.words
        if (essay_rate >= ESSAY_PER_100 and c.essay >= ESSAY_OVER_REPORT * c.report
                or essay_rate >= QUIET_ESSAY_PER_100 and report_rate < QUIET_REPORT_PER_100):
            return Genre("opinion", skip=True, cues=(f"essay {c.essay} / report {c.report} in {c.words} words",))
        if c.report == 0 and c.words >= SILENT_MIN_WORDS:
            return Genre("opinion", skip=True, cues=(f"no report cue in {c.words} words",))
        return None

    @staticmethod
    def economy(c: TextCounts) -> Genre | None:
        if len(c.economy) < ECONOMY_MIN_DISTINCT or c.harm:
            return None
        return Genre("economy", skip=True, cues=tuple(sorted(c.economy)[:6]))

    # -- one sentence ---------------------------------------------------------
    def is_not_an_act(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """A sentence whose war words tell no act: a protest, a match or a
        market where no one was killed or wounded, a commemoration."""
        if not self._non_act_cores.search(self._normalized(text, start, end)):
            return False
        return (self.is_protest_sentence(text, start, end) or self.is_game_sentence(text, start, end)
                or self.is_memorial_sentence(text, start, end))

    def _normalized(self, text: str, start: int, end: int | None) -> str:
        """normalize(text[start:end]), kept for the last sentence asked: the
        three tests of is_not_an_act read the same sentence (normalising it
        three times was a third of their cost)."""
        last = self._last_sentence
        if last is not None and last[0] is text and last[1] == start and last[2] == end:
            return last[3]
        s = normalize(text[start:end])
        self._last_sentence = (text, start, end, s)
        return s

    def is_memorial_sentence(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """A commemoration whose acts are all told after it, undated: the
        acts remembered ("احتفالات ذكرى مرور 62 عاما للثورة التي انطلقت مع
        شن مسلحين هجوما"), not acts at it ("وقعت مواجهات ... في الذكرى",
        "إحياء الذكرى ... شهدت المدينة أعمال عنف أمس")."""
        if self._memorial is None:
            return False
        s = self._normalized(text, start, end)
        memorial = self._memorial.search(s)
        if memorial is None:
            return False
        acts = [m.start() for r in (self._act, self._explosive, self._clash)
                if r is not None and (m := r.search(s))]
        if acts and min(acts) < memorial.start():
            return False  # an act at the commemoration
        # a day of this week after it dates a new act ("... أعمال عنف أمس")
        return not (self._now is not None and self._now.search(s, memorial.end()))

    def is_statement_sentence(self, text: str) -> bool:
        """A sentence that opens with a condemnation ("أدانت المملكة الجريمة
        التي ..."; "الأمم المتحدة تدين تفجير ..."): the act is what is condemned."""
        if self._condemn is None:
            return False
        opening = " ".join(normalize(text).split()[:STATEMENT_OPENING_WORDS])
        return bool(self._condemn.search(opening))

    def mentions_protest(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return self._protest is not None and bool(self._protest.search(normalize(text[start:end])))

    def is_game_sentence(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Football or business words and no one killed or wounded: "تعرض
        لحملة هجوم ... في مسابقة كوبا أمريكا" is about a player, not Cuba."""
        if self._game is None:
            return False
        s = self._normalized(text, start, end)
        return bool(self._game.search(s)) and not (self._harm is not None and self._harm.search(s))

    def is_protest_sentence(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """A demonstration, sit-in or strike (or its policing) whose only
        acts are what it protests or the policing of it: not a violent
        incident (ACLED: Protests). "اعتصام ... احتجاجا على قتل" and "تظاهر
        ... احتجاجا على الغارات" are about an act; "قتل متظاهر برصاص الشرطة"
        is the protest's policing; "داعش أعدم 50 من الذين تظاهروا" and
        "انفجرت سيارة مفخخة وسط تظاهرة" report acts."""
        s = self._normalized(text, start, end)
        if self._protest is None or not (self._protest.search(s) or self._protester.search(s)):
            return False
        for r, policing in ((self._act, True), (self._explosive, False)):
            for m in (r.finditer(s) if r is not None else ()):
                if _PROTEST_OBJECT.search(s, max(0, m.start() - 40), m.start()):
                    continue  # what the protest is about
                if policing and self._protester.search(
                        s[max(0, m.start() - POLICING_REACH):m.end() + POLICING_REACH]):
                    continue  # shooting or killing protesters: the protest's policing
                return False  # an act told as news, the protest its setting or aside
        return True
