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
from dataclasses import dataclass
from pathlib import Path

DEFAULT_LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "genre.csv"

# Thresholds, chosen on the SaudiNewsNet articles (with a trigger word) whose
# URL files them under an opinion section (alwatan.com.sa/Articles,
# 3alyoum.com/opinion: 333 of 200+ words) against the same outlets' news
# sections (510): the rule below calls 72% of the columns opinion and 2.2% of
# the news, nearly all of those interviews ("قائد ... لـ«الوطن»: ..."), which
# speak in the first person too. bench/extract_corpus.py --genre prints it.
MIN_WORDS_FOR_VOICE = 200  # a short item has too few words to judge its voice
ESSAY_PER_100 = 1.0  # essay cues per 100 words ...
ESSAY_OVER_REPORT = 2.0  # ... at twice the report cues,
QUIET_ESSAY_PER_100 = 0.6  # or fewer essay cues ...
QUIET_REPORT_PER_100 = 0.7  # ... in a text that hardly reports at all
ECONOMY_MIN_DISTINCT = 5  # distinct market words that make a business report

# Log-odds subtracted from an incident's confidence, per title kind: roughly
# one step of evidence (an act read in a statement is as doubtful as one whose
# attacker was inferred).
PENALTY = {"statement": 1.0, "mourning": 1.0, "trial": 1.0, "roundup": 1.0,
           "anniversary": 1.5, "statistics": 0.7}

_NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None,
                       **{chr(c): None for c in range(0x064B, 0x0660)}, "\u0670": None,
                       **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")}})
_TEXT_PREFIX = "(?:وبال|وال|فال|بال|كال|ولل|فلل|لل|ال|وب|ول|وك|فب|فل|و|ف|ب|ل|ك)?"
_QUOTED = re.compile(r"«[^»]{0,600}»|\"[^\"]{0,600}\"|“[^”]{0,600}”|'[^']{0,300}'")
_WORD = re.compile(r"\w+")
# "3042 ... خلال 10 أشهر", "منذ بداية العام": a count over a period
_STATISTIC = re.compile(
    r"\d.*(?:خلال|منذ|في)\s+(?:\d+\s+|عشره\s+|تسعه\s+|سته\s+)?"
    r"(?:اشهر|شهر|شهرين|عام|اعوام|سنه|سنوات|اسبوع|اسبوعين|اسابيع|عشره اشهر|بدايه)(?!\w)")


def normalize(text: str) -> str:
    """Spelling normalised for cue matching (same length is not kept: only
    for searching, never for offsets)."""
    return text.translate(_NORM)


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


def _alternation(cues: list[str], prefix: str) -> re.Pattern | None:
    """One regex for a list of cues, each with the proclitics `prefix`
    allows; None for no cues (a classifier built without rows never fires)."""
    if not cues:
        return None
    forms = set()
    for c in cues:
        n = r"\s+".join(re.escape(w) for w in normalize(c).split())
        forms.add(n)
        if c.startswith("ال") and prefix:
            forms.add("لل" + n[2:])  # "للاقتصاد"
    alt = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w){prefix}({alt})(?!\w)")


class GenreClassifier:
    def __init__(self, rows: list[dict]):
        by: dict[tuple[str, str], list[str]] = {}
        for r in rows:
            by.setdefault((r["kind"].strip(), r["scope"].strip()), []).append(r["cue"].strip())
        self._title = {kind: _alternation(cues, "و?") for (kind, scope), cues in by.items()
                       if scope == "title"}
        self._any = {kind: _alternation(cues, "") for (kind, scope), cues in by.items() if scope == "any"}
        self._text = {kind: _alternation(cues, _TEXT_PREFIX) for (kind, scope), cues in by.items()
                      if scope == "text"}
        self._protest = _alternation(by.get(("protest", "sentence"), []), _TEXT_PREFIX)
        self._explosive = _alternation(by.get(("explosive", "sentence"), []), _TEXT_PREFIX)
        self._act = _alternation(by.get(("act", "sentence"), []), _TEXT_PREFIX)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "GenreClassifier":
        with open(path or DEFAULT_LEXICON, encoding="utf-8", newline="") as f:
            return cls([r for r in csv.DictReader(f) if (r.get("cue") or "").strip()])

    # -- the article ---------------------------------------------------------
    def classify(self, title: str | None, text: str) -> Genre:
        """The article's genre from its title (else its first line) and text."""
        body = normalize(text or "")
        head = normalize((title or "").strip() or body.lstrip().split("\n", 1)[0][:200])
        hit = self._any.get("history") and self._any["history"].search(body[:3000])
        if hit:
            return Genre("history", skip=True, cues=(hit.group(1),))
        if "opinion" in self._title and (m := self._title["opinion"].search(head)):
            return Genre("opinion", skip=True, cues=(m.group(1),))
        voice = self.voice(body)
        if voice is not None:
            return voice
        economy = self.economy(body)
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

    def voice_counts(self, body: str) -> tuple[int, float, int]:
        """(words, essay cues, report cues) outside quotations: a column
        quotes little and speaks for itself; a report says who said what when."""
        plain = _QUOTED.sub(" ", body)
        words = len(_WORD.findall(plain))
        strong = len(self._text["essay_strong"].findall(plain)) if "essay_strong" in self._text else 0
        weak = len(self._text["essay"].findall(plain)) if "essay" in self._text else 0
        rhetorical = plain.count("؟") + plain.count("!")
        report = len(self._text["report"].findall(plain)) if "report" in self._text else 0
        return words, 2 * strong + weak + rhetorical, report

    def voice(self, body: str) -> Genre | None:
        words, essay, report = self.voice_counts(body)
        if words < MIN_WORDS_FOR_VOICE:
            return None
        essay_rate, report_rate = 100 * essay / words, 100 * report / words
        if (essay_rate >= ESSAY_PER_100 and essay >= ESSAY_OVER_REPORT * report
                or essay_rate >= QUIET_ESSAY_PER_100 and report_rate < QUIET_REPORT_PER_100):
            return Genre("opinion", skip=True, cues=(f"essay {essay} / report {report} in {words} words",))
        return None

    def economy(self, body: str) -> Genre | None:
        if "economy" not in self._text:
            return None
        distinct = {m.group(1) for m in self._text["economy"].finditer(body)}
        if len(distinct) < ECONOMY_MIN_DISTINCT:
            return None
        if "harm" in self._text and self._text["harm"].search(body):
            return None
        return Genre("economy", skip=True, cues=tuple(sorted(distinct)[:6]))

    # -- one sentence ---------------------------------------------------------
    def is_protest_sentence(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """A demonstration, sit-in or strike (or its dispersal) with no act
        told before the protest word: not a violent incident. "اعتصام ...
        احتجاجا على قتل" and "تظاهر ... احتجاجا على الغارات" are about an act;
        "داعش أعدم 50 من الذين تظاهروا" and "انفجرت سيارة مفخخة وسط تظاهرة"
        report one."""
        s = normalize(text[start:end])
        protest = self._protest.search(s) if self._protest is not None else None
        if protest is None:
            return False
        acts = [m.start() for r in (self._act, self._explosive) if r is not None and (m := r.search(s))]
        if acts and min(acts) < protest.start():
            return False  # the act is the news, the protest its setting
        return True
