"""Editable lexicons (data/lexicons/*.csv) and the phrase matcher over them.

Each CSV has one row per surface form, as written in news (any alef, ya or
teh-marbuta spelling); the matcher normalises both sides with camel-tools
(extract.normalize), so a lexicon row matches every spelling and every
clitic form ("وقصفت", "بالصواريخ", "للقوات"). Multi-word rows match token
sequences; the longest match wins.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Generic, TypeVar

from .normalize import Token, normalize_ar, normalize_word, stems, token_hits, written_forms
from .ontology import MILITARY_HERE, state_forces

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"
V = TypeVar("V")
_NORM = attrgetter("norm")
_FOUND_MAX = 4096  # find() answers a phrase index keeps (a few articles' clauses)


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    i: int  # first token index
    j: int  # one past the last token index
    value: V
    prefix: str  # the clitic(s) stripped from the first token ("ل", "وال", "")


def _by_second(bucket: list) -> tuple[dict[str, tuple], tuple]:
    """A bucket of phrases (longest first) split for PhraseIndex.match_at: the phrases
    of two words or more by their second word, and the one-word ones (the last ones);
    each entry keeps its place in the bucket, so merged groups keep the bucket's order."""
    seconds: dict[str, list] = {}
    singles = []
    for k, (words, value) in enumerate(bucket):
        if len(words) == 1:
            singles.append((k, words, value))
        else:
            seconds.setdefault(words[1], []).append((k, words, value))
    return {w: tuple(g) for w, g in seconds.items()}, tuple(singles)


def _find_remembered(found: dict, starts, match_at, toks: Sequence[Token]) -> list:
    """The phrases of toks, left to right and not overlapping (match_at(toks, i) gives the one
    starting at i, if any), remembered in `found` by the tokens' normal forms, the only thing
    match_at reads: a sentence of one clause is searched again as that clause, and a clause by
    several of its tests (a quarter of the searches repeated one)."""
    key = tuple(map(_NORM, toks))
    known = found.get(key)
    if known is None:
        out = []
        after = 0
        for i in token_hits(toks, starts):
            if i < after:
                continue
            m = match_at(toks, i)
            if m:
                out.append(m)
                after = m.j
        if len(found) >= _FOUND_MAX:
            found.clear()
        known = found[key] = tuple(out)
    return list(known)  # (a new list: callers may extend it; a Match is frozen)


class PhraseIndex(Generic[V]):
    """Token-sequence dictionary: normalised phrase -> value.

    A dict keyed on the first token gives O(tokens) scanning; a regex
    alternation of hundreds of phrases with clitic variants would be slower
    and harder to keep offset-exact.
    """

    def __init__(self, phrases: Iterable[tuple[str, V]] = ()):
        self._by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        # every written form (with proclitics) of a first word: a word outside
        # it starts no phrase, and one set lookup says so (the hot loop of find)
        self._starts: set[str] = set()
        # a written first word -> its stems that start phrases, with their buckets, and more
        # (_plan): found once per word form, not by stems() and a dict probe per stem at every
        # match (bounded by _starts; add() clears it)
        self._first_of: dict[str, tuple] = {}
        # find()'s answers (_find_remembered; add() clears them)
        self._found: dict[tuple[str, ...], tuple[Match[V], ...]] = {}
        for surface, value in phrases:
            self.add(surface, value)

    def add(self, surface: str, value: V) -> None:
        words = tuple(normalize_ar(surface).split())
        if not words:
            return
        self._starts |= written_forms((words[0],))
        self._first_of.clear()
        self._found.clear()
        bucket = self._by_first.setdefault(words[0], [])
        if all(w != words for w, _ in bucket):
            bucket.append((words, value))
            bucket.sort(key=lambda e: -len(e[0]))

    def __contains__(self, word: str) -> bool:
        return word in self._by_first

    def get(self, word: str) -> V | None:
        """The value of the one-word entry `word` (normalised), if any."""
        return next((v for words, v in self._by_first.get(word, ()) if len(words) == 1), None)

    def match_at(self, toks: Sequence[Token], i: int) -> Match[V] | None:
        first = toks[i].norm
        if first not in self._starts:
            return None  # most words start no phrase: one C-level test instead of a loop
        plan = self._first_of.get(first)
        if plan is None:
            plan = self._first_of[first] = self._plan(first)
        starts, seconds, singles = plan
        last = len(toks)
        # only the phrases whose second word the next token carries can match (and the one-word
        # ones): "قوات" opens 121 actor phrases, and trying each at every "قوات" was 4% of the run.
        # Most next words carry none: the one-word phrases alone then, listed once per first word
        after = stems(toks[i + 1].norm) if i + 1 < last else ()
        candidates = singles if seconds.isdisjoint(after) else self._candidates(first, starts, after)
        for n, words, value, prefix in candidates:
            if i + n > last:
                continue
            # a plain loop, not all() over a generator: this runs for every candidate
            # phrase at every word that starts one (the corpus bench's second-hottest spot)
            k = 2 if n > 1 else 1  # (the second word is in the token after: its group says so)
            while k < n and words[k] in stems(toks[i + k].norm):
                k += 1
            if k == n:
                return Match(i, i + n, value, prefix)
        return None

    def _plan(self, first: str) -> tuple:
        """For a written first word: its stems that start phrases, with their buckets; the second
        words of its phrases of two words or more (a next word with no stem among them leaves the
        one-word phrases alone); and those candidates (_candidates with no second word)."""
        by_first = self._by_first
        starts = tuple((s, _by_second(by_first[s])) for s in stems(first) if s in by_first)
        seconds = frozenset(w for _, (by_word, _) in starts for w in by_word)
        return starts, seconds, self._candidates(first, starts, ())

    @staticmethod
    def _candidates(first: str, starts: tuple, after: tuple[str, ...]) -> list:
        """(length, words, value, prefix) of the phrases that may start at `first` with a next
        word of stems `after`, in the order match_at tries them: by the first word's stems, each
        stem's phrases whose second word is in `after` (longest first), then its one-word ones."""
        out = []
        for stem, (seconds, singles) in starts:
            groups = [g for w in after if (g := seconds.get(w)) is not None] if seconds else ()
            bucket = singles if not groups else groups[0] + singles if len(groups) == 1 else \
                tuple(sorted(e for g in groups for e in g)) + singles  # (in the bucket's order)
            prefix = first[: len(first) - len(stem)] if stem != first else ""
            if stem.startswith("ال") and not first.endswith(stem):
                prefix = first[: len(first) - len(stem) + 2]  # لل+حرس -> "ل"
            out += [(len(words), words, value, prefix) for _, words, value in bucket]
        return out

    def find(self, toks: Sequence[Token]) -> list[Match[V]]:
        return _find_remembered(self._found, self._starts, self.match_at, toks)


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One row of actors.csv: the actor a phrase names (a placeholder such as
    "_police" for a side that depends on the country, "" for a phrase that
    names nobody until a nationality follows: "القوات"), and its agent kind
    ("military" / "police" / ""): a nationality adjective after an agent
    gives that country's forces ("الشرطة الأفغانية", "قوات الاحتلال التركي"); "firing_state"
    is a state named bare, a side only as a launching verb's subject (ActorIndex._fires)."""
    actor: str
    agent: str


@dataclass(frozen=True, slots=True)
class Nationality:
    """A nationality adjective (adjectives.csv): its country (GeoNames English
    name) and, for the few that name a side rather than a state (حوثي,
    نظامي, and Iranian units in Syria and Iraq), the actor after a military noun."""
    country: str
    actor: str

    def forces(self, kind: str) -> str:
        if self.actor and (kind == "military" or not self.country):
            return self.actor
        return state_forces(self.country, kind or "military")


def adjective_stem(word: str) -> str:
    """المصرية / مصريين / الأفغانية -> مصري / افغاني (adjectives.csv key)."""
    w = word[2:] if word.startswith("ال") else word
    for suffix in ("يين", "يون", "يان", "يه", "يا", "ين", "ي"):
        if w.endswith(suffix):
            return w[: len(w) - len(suffix)] + "ي"
    return w


# Between an agent noun and its nationality: "قوات الأمن المركزي المصرية",
# "القوات الجوية الليبية", "الطيران الحربي المصري".
_AGENT_MODIFIERS = frozenset(normalize_word(w) for w in (
    "الخاصة", "الخاص", "المركزي", "المركزية", "العام", "الحربي", "الحربية", "الجوية", "الجوي",
    "البحرية", "البحري", "البرية", "المسلحة", "الخاصة", "النظامية", "الحكومية",
    # "القوات الجوية الملكية السعودية", "الحرس الملكي الأردني": a kingdom's "royal" service
    "الملكية", "الملكي",
    # "شرطيان من قوات العمليات الخاصة التركية": the special operations branch, its nation after
    "العمليات"))
STATE_AGENTS = ("military", "police")
# "مسلحين تابعين للمقاومة", "عناصر موالية للحوثيين": fighters of the side after the lam.
_AFFILIATED = frozenset(normalize_word(w) for w in (
    "تابعين", "التابعين", "تابعون", "تابعة", "التابعة", "تابع", "التابع", "موالين", "الموالين", "موالون",
    "موالية", "الموالية", "موال", "الموالي", "المنتمين", "منتمين", "المحسوبين", "محسوبين"))
# "مسلحون مرتبطون بتنظيم داعش", "متشددين مرتبطين بالقاعدة": wire copy's fighters linked to a
# named group (after "ب", as the affiliated are after "ل") are that group's
_LINKED = frozenset(normalize_word(w) for w in (
    "مرتبطين", "المرتبطين", "مرتبطون", "المرتبطون", "مرتبطة", "المرتبطة"))
# "مسلحون انفصاليون من ...", "مسلحين متشددين من ...": the gunmen's adjective before "من"
_GUNMEN_ADJECTIVES = frozenset(normalize_word(w) for w in (
    "انفصاليون", "انفصاليين", "متشددون", "متشددين", "إسلاميون", "إسلاميين", "مجهولون", "مجهولين", "ملثمون",
    "ملثمين"))
# "مسلحون يعتقد أنهم من ...", "يرجح أنهم من ...": wire copy's suspected group of gunmen
_HEDGES = frozenset(normalize_word(w) for w in ("يعتقد", "يرجح", "يشتبه"))
_THAT_THEY = frozenset(normalize_word(w) for w in ("أنهم", "انهم", "بأنهم", "أنهما", "أنه"))
# "مسلحون من فصيل "أحرار الشرقية"", "مسلحين من جماعة ...": the kind of group between "من" and its
# name (when the kind and the name are no phrase of their own, as "جماعة بوكو حرام" is), after the
# gunmen themselves (an epithet's "للإرهابيين التكفيريين من جماعة داعش" is frames.py's)
_GROUP_KINDS = frozenset(normalize_word(w) for w in (
    "فصيل", "جماعة", "حركة", "تنظيم", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "كتائب", "لواء"))
_GUNMEN = frozenset(normalize_word(w) for w in ("مسلحون", "مسلحين", "مسلحو", "مسلحي"))
# "هجوم انتحاري", "تفجير انتحاري": here انتحاري is the act's adjective.
_SUICIDE_ADJECTIVE_AFTER = frozenset(normalize_word(w) for w in (
    "هجوم", "الهجوم", "هجوما", "هجمات", "تفجير", "التفجير", "تفجيرا", "تفجيرات", "اعتداء", "الاعتداء",
    "حزام", "الحزام", "حزاما", "أحزمة", "عملية", "العملية", "عمليات", "هجوم", "بهجوم", "بتفجير"))
# "موارد العدو المالية": a feminine adjective that is also a word ("المالية", financial) does
# not agree with a masculine singular agent before it; it is the word, said of a noun before
# the agent, not a nationality ("الجيش المالي" and "القوات المالية" agree and are Mali's).
_WORD_FEMININE_ADJECTIVES = frozenset(normalize_word(w) for w in ("المالية", "مالية"))
_MASCULINE_AGENTS = frozenset(normalize_word(w) for w in (
    "العدو", "عدو", "الجيش", "جيش", "الأمن", "أمن", "الطيران", "طيران", "الحرس", "حرس", "الدرك", "درك"))
# "شارع الجيش", "جسر الجيش": a street, not a side.
_NOT_AN_AGENT_AFTER = frozenset(normalize_word(w) for w in ("شارع", "جسر", "دوار", "ميدان", "مستشفى", "نادي"))

# A state named bare ("إيران") is a side only as the subject of a launching verb next to it:
# "أطلقت إيران صواريخ باليستية على قاعدة عين الأسد", "وكانت إيران أطلقت ...". Elsewhere it is
# a place ("في إيران"), a target ("إسرائيل قصفت إيران") or a sponsor ("بدعم من إيران"), so
# the row (agent "firing_state") names nobody there.
# (the present of headlines too: "إيران تطلق صواريخ باليستية على قاعدتين"; not تستهدف or تضرب,
# as often "aims at" or "strikes [a blow]" as fires: "وتستهدف إيران في خطتها الخمسية")
_FIRING_VERBS = frozenset(normalize_word(p + w) for p in ("", "و", "ف") for w in (
    "أطلقت", "قصفت", "هاجمت", "استهدفت", "ضربت", "شنت", "تطلق", "تقصف", "تهاجم", "تشن"))
# what may stand before "أطلقت إيران" (the clause's start aside): particles, not a subject
# ("إسرائيل قصفت إيران": Iran is the object)
_BEFORE_VERB_SUBJECT = frozenset(normalize_word(w) for w in (
    "قد", "وقد", "لقد", "كما", "حيث", "ثم", "عندما", "بعدما", "وعندما", "وبعدما", "فيما", "بينما", "إذ"))
# what may stand before "إيران أطلقت": a clause's opening particles, not a preposition
# ("بدعم من إيران أطلقت ...", "في إيران")
_BEFORE_SUBJECT_VERB = frozenset(normalize_word(w) for w in (
    "إن", "أن", "بأن", "وأن", "لأن", "كانت", "وكانت", "قد", "وقد", "لكن", "ولكن"))


# "أعلنت الفرقة السادسة مشاة أنها صدت هجوما", "قوة من الفرقة الثامنة": an army unit named
# by its ordinal (and arm) is the army of the incident's country, as bare "الجيش" is; the
# named ones (Syria's "الفرقة الرابعة", "اللواء 444") are rows of actors.csv and win. Only
# ordinals: "اللواء أحمد" is a general's rank, and a numbered unit ("الفرقة 30", "اللواء 45
# التابع للحشد") is as often a rebel or militia formation
_UNIT_ORDINAL_HEADS = frozenset(normalize_word(p + w) for p in ("", "و", "ب", "وب") for w in ("الفرقة", "اللواء")) | \
    frozenset(normalize_word(p + w) for p in ("ل", "ول") for w in ("لفرقة", "للواء"))
_UNIT_ORDINALS = frozenset(normalize_word(w) for w in (
    "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة",
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"))
# "بسطت سيطرتها على رئاسة الفرقة الأولى مشاة": a unit's headquarters is a place (taken back
# by the unit's own army as often as it is lost), not a side
_UNIT_SEAT_BEFORE = frozenset(normalize_word(w) for w in ("رئاسة", "مقر", "مقار", "قيادة", "ومقر", "ورئاسة"))
# the unit's arm after its ordinal: "الفرقة الأولى مشاة", "اللواء الثالث مدرع"
_UNIT_ARMS = frozenset(normalize_word(w) for w in ("مشاة", "مدرعة", "مدرع", "ميكانيكي", "ميكا", "مظلات"))


class ActorIndex:
    """Actor phrases (named groups, state agents) plus nationality adjectives.

    The longest named phrase wins ("الجيش السوري الحر" over "الجيش" +
    "السوري"); an agent noun followed (within two modifiers) by a nationality
    adjective is that country's military or police, and beats a shorter
    named phrase ("قوات الاحتلال التركي" is Turkish forces, not the Israeli
    "قوات الاحتلال"). Built by hand because it composes two lexicons; a
    cross product of ~60 agents by ~120 adjective forms would be a 7,000-row
    file no one could check.
    """

    def __init__(self, phrases: PhraseIndex[ActorRow], nationalities: dict[str, Nationality]):
        self.phrases = phrases
        self.nationalities = nationalities
        self._found: dict[tuple[str, ...], tuple[Match[str], ...]] = {}

    def nationality(self, word: str) -> Nationality | None:
        """The nationality a normalised word expresses ("المصرية"), if any."""
        for form in stems(word):
            nat = self.nationalities.get(adjective_stem(form))
            if nat is not None:
                return nat
        return None

    def match_at(self, toks: Sequence[Token], i: int) -> Match[str] | None:
        m = self.phrases.match_at(toks, i)
        if m is None:
            return self._ordinal_unit(toks, i)
        row = m.value
        if row.agent and m.j + 1 < len(toks) and toks[m.j].norm in _AFFILIATED | _LINKED:
            owner = self.phrases.match_at(toks, m.j + 1)
            if owner is not None and owner.prefix.startswith("ب" if toks[m.j].norm in _LINKED else "ل"):
                side = self.match_at(toks, m.j + 1)  # "مسلحين تابعين للمقاومة الشعبية": the owner's fighters
                if side is not None and side.value not in ("Unknown", "Civilians"):
                    return Match(m.i, side.j, side.value, m.prefix)
        if row.agent == "armed" and row.actor == "Unknown":
            # "مسلحون انفصاليون من جيش تحرير بلوشستان", "مسلحين من حركة الشباب": gunmen "من" a
            # named group (one adjective between at most) are that group's
            k = m.j + (m.j < len(toks) and toks[m.j].norm in _GUNMEN_ADJECTIVES)
            if k + 3 < len(toks) and toks[k].norm in _HEDGES and toks[k + 1].norm in _THAT_THEY \
                    and toks[k + 2].norm == "من":
                k += 2  # "مسلحون يُعتقد أنهم من جماعة بوكو حرام": the group the hedge names
            if k + 1 < len(toks) and toks[k].norm == "من":
                at = k + 1
                if at + 1 < len(toks) and toks[at].norm in _GROUP_KINDS \
                        and not _GUNMEN.isdisjoint(stems(toks[m.i].norm)) and self.phrases.match_at(toks, at) is None:
                    at += 1  # "أعدمها مسلحون من فصيل "أحرار الشرقية"": the faction named after its kind
                side = self.match_at(toks, at)
                if side is not None and side.value not in ("Unknown", "Civilians") and not side.value.startswith("_") \
                        and self.phrases.match_at(toks, at).value.agent == "":
                    return Match(m.i, side.j, side.value, m.prefix)
        if row.agent in STATE_AGENTS:
            if i and toks[i - 1].norm in _NOT_AN_AGENT_AFTER:
                return None
            # "قوات الجيش الوطني الليبي": a bare agent whose last word opens a longer,
            # named side ("الجيش الوطني الليبي" is Haftar's LNA): the named side wins
            inner = self.phrases.match_at(toks, m.j - 1) if m.j - m.i > 1 else None
            if inner is not None and inner.j > m.j and inner.value.agent == "" \
                    and inner.value.actor not in ("", "Unknown", "Civilians") and not inner.value.actor.startswith("_"):
                return Match(m.i, inner.j, inner.value.actor, m.prefix)
            k = m.j
            while k < len(toks) and k - m.j < 2 and toks[k].norm in _AGENT_MODIFIERS:
                k += 1
            nat = self.nationality(toks[k].norm) if k < len(toks) else None
            if nat is not None and toks[k].norm in _WORD_FEMININE_ADJECTIVES \
                    and toks[k - 1].norm in _MASCULINE_AGENTS:
                nat = None
            if nat is not None:
                return Match(m.i, k + 1, nat.forces(row.agent), m.prefix)
            if row.actor.startswith("_") and m.j + 1 < len(toks) and toks[m.j].norm == "من":
                # "قتل شرطيان من قوات العمليات الخاصة التركية", "جنديان من القوات التركية": the
                # bare soldier or policeman belongs to the nation's force named after "من"
                force = self.match_at(toks, m.j + 1)
                if force is not None and not force.prefix and not force.value.startswith("_") and (
                        self.phrases.match_at(toks, m.j + 1).value.agent in STATE_AGENTS
                        or force.value.endswith("forces") or "forces of" in force.value):
                    return Match(m.i, force.j, force.value, m.prefix)
        elif row.agent == "armed":
            nat = self.nationality(toks[m.j].norm) if m.j < len(toks) else None
            if nat is not None and nat.actor and not nat.country:
                return Match(m.i, m.j + 1, nat.actor, m.prefix)  # "المسلحين الحوثيين"
            if self._side_at(toks, m.j):
                return None  # "مسلحين من داعش" aside, "عناصر القاعدة": the name is the side
        elif row.agent == "site" and self._side_at(toks, m.j):
            return None  # "مسجد قوات الطوارئ": the side named after the place
        elif row.agent == "suicide" and i and toks[i - 1].norm in _SUICIDE_ADJECTIVE_AFTER:
            return None  # "هجوم انتحاري": the adjective, not a bomber
        elif row.agent == "firing_state" and not self._fires(toks, m):
            return None  # "في إيران", "بدعم من إيران": a place or a sponsor, no side
        if not row.actor:
            return None
        return Match(m.i, m.j, row.actor, m.prefix)

    @staticmethod
    def _ordinal_unit(toks: Sequence[Token], i: int) -> Match[str] | None:
        """"الفرقة السادسة مشاة": the army of the incident's country (see _UNIT_ORDINALS)."""
        w = toks[i].norm
        if w not in _UNIT_ORDINAL_HEADS or i + 1 >= len(toks) or toks[i + 1].norm not in _UNIT_ORDINALS \
                or i and toks[i - 1].norm in _UNIT_SEAT_BEFORE:
            return None
        j = i + 2 + (i + 2 < len(toks) and toks[i + 2].norm in _UNIT_ARMS)
        prefix = w[: w.index("لل") + 1] if w.startswith(("لل", "ولل")) else w[: w.index("ال")]
        return Match(i, j, MILITARY_HERE, prefix)

    @staticmethod
    def _fires(toks: Sequence[Token], m: Match) -> bool:
        """The bare state at m is the subject of a launching verb right before or after it."""
        if m.prefix:
            return False  # "لإيران", "بإيران", "وإيران"
        i = m.i
        if i and toks[i - 1].norm in _FIRING_VERBS:
            # the verb opens its clause: the text's start, a particle, or punctuation before it
            # ("(CNN)-- أطلقت إيران", "بغداد - أطلقت إيران": a dateline is no subject)
            return i == 1 or toks[i - 2].norm in _BEFORE_VERB_SUBJECT or toks[i - 1].start - toks[i - 2].end > 1
        if m.j < len(toks) and toks[m.j].norm in _FIRING_VERBS:
            return i == 0 or toks[i - 1].norm in _BEFORE_SUBJECT_VERB
        return False

    def _side_at(self, toks: Sequence[Token], k: int) -> bool:
        """A named side or a state agent starts at token k (not after "و":
        "بين المتمردين وقوات الجيش" names two sides)."""
        if k >= len(toks):
            return False
        m = self.phrases.match_at(toks, k)
        return m is not None and not m.prefix.startswith(("و", "ف")) and (m.value.agent in STATE_AGENTS or (
            m.value.agent == "" and m.value.actor not in ("", "Unknown", "Civilians")))

    def find(self, toks: Sequence[Token]) -> list[Match[str]]:
        # (remembered as PhraseIndex.find's are: the nationalities never change after loading)
        return _find_remembered(self._found, self.phrases._starts, self.match_at, toks)


# Spelling pairs news outlets use interchangeably; a lexicon row written
# with one also matches the other.
SPELLING_VARIANTS = (("ميليشي", "مليشي"), ("أمريك", "أميرك"), ("سوريا", "سورية"),
                     ("البنتاغون", "البنتاجون"), ("بيشمركة", "بشمركة"))


def spelling_variants(surface: str) -> list[str]:
    out = [surface]
    for a, b in SPELLING_VARIANTS:
        for form in list(out):
            if a in form:
                out.append(form.replace(a, b))
            elif b in form:
                out.append(form.replace(b, a))
    # a final hamza on ya is also written "ىء" ("الطوارئ" / "الطوارىء"), which
    # camel-tools' normalisation keeps apart
    for form in list(out):
        if re.search(r"ئ(?=\s|$)", form):
            out.append(re.sub(r"ئ(?=\s|$)", "ىء", form))
    return list(dict.fromkeys(out))


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if any((v or "").strip() for v in r.values())]


def _country_adjectives(path: Path) -> dict[str, Nationality]:
    """Nationality adjectives of every country from data/countries.csv (built
    with the gazetteer; adjectives.csv adds spellings and the side-naming
    ones on top). Absent file: none."""
    if not path.exists():
        return {}
    out: dict[str, Nationality] = {}
    for r in _rows(path):
        for col in ("adj_masc", "adj_fem"):
            for form in (r.get(col) or "").split("|"):
                if form.strip():
                    out.setdefault(adjective_stem(normalize_word(form.strip())), Nationality(r["name"], ""))
    return out


@dataclass(frozen=True)
class Trigger:
    form: str  # verb / noun / passive / fall / reprisal
    sub_event_type: str  # "" = decided by the weapons
    weapon: str
    # the verb carries its object as a suffix ("استهدفها", "اختطفهم"): the
    # target was named before the verb
    object_pronoun: bool = False


# Attached object pronouns (him, her/it, them). Every transitive trigger verb
# takes them, so they are generated from the lexicon's verbs rather than
# listed; not for verbs whose object is a weapon or that take none.
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
NO_OBJECT_VERBS = {normalize_word(w) for w in (
    "شن", "شنت", "يشن", "تشن", "أطلقت", "أطلق", "اشتبكت", "اشتبك", "اشتبكوا", "انفجرت", "انفجر",
    "سيطرت", "سيطر", "سيطروا", "تصدت", "أغارت", "استولى", "استولت", "استولوا", "نصب")}


def _accusative(word: str) -> str | None:
    """The indefinite accusative of a noun or adjective ("صاروخ" -> "صاروخا",
    "باليستي" -> "باليستيا"): the tanween alif outlets write with or without
    its mark. None for words that take no alif (definite, ة, duals and sound
    plurals, words ending in a long vowel or hamza)."""
    if word.startswith("ال") or len(word) < 3 or word.endswith(("ة", "ه", "ا", "ى", "ء", "ين", "ان", "ون", "ات")):
        return None
    return word + "ا"


def _with_accusative(rows: list[dict], key: str, only_form: str | None = None) -> list[dict]:
    """The rows plus each phrase in the accusative ("صاروخ باليستي" ->
    "صاروخا باليستيا"), for rows (of `only_form`) where every word takes it."""
    out = list(rows)
    for r in rows:
        if only_form and r.get("form") != only_form:
            continue
        words = r[key].split()
        acc = [_accusative(w) for w in words]
        if words and all(acc):
            out.append({**r, key: " ".join(acc)})
    return out


def _with_dual(rows: list[dict], key: str, only_form: str) -> list[dict]:
    """The rows plus each one-word singular noun in the dual ("غارة" -> "غارتين",
    "غارتان"; "هجوم" -> "هجومين"): "شنت غارتين على", "صد هجومين لقوات حفتر"."""
    out = list(rows)
    for r in rows:
        word = r[key].strip()
        if r.get("form") != only_form or " " in word:
            continue
        article, bare = ("ال", word[2:]) if word.startswith("ال") else ("", word)
        if bare.endswith("ة"):
            stem = bare[:-1] + "ت"
        elif bare.endswith(("ات", "ون", "ين", "ان", "ا", "ي", "ى")) or len(bare) < 3:
            continue  # a plural, an accusative or a form that takes no plain dual
        else:
            stem = bare
        out += [{**r, key: article + stem + suffix} for suffix in ("ين", "ان")]
    return out


def _with_object_pronouns(rows: list[dict]) -> list[dict]:
    """The trigger rows plus each one-word transitive verb with an attached
    object pronoun ("قصفوا" -> "قصفوها", "اختطف" -> "اختطفهم")."""
    out = list(rows)
    for r in rows:
        word = r["surface"].strip()
        if r["form"] != "verb" or " " in word or normalize_word(word) in NO_OBJECT_VERBS:
            continue
        base = word[:-1] if word.endswith("وا") else word  # قصفوا -> قصفو + ها
        out += [{**r, "surface": base + suffix, "object_pronoun": "1"} for suffix in OBJECT_SUFFIXES]
        if word.endswith("ت") and not word.startswith(("ي", "ت")):
            out.append({**r, "surface": word + "ا"})  # the feminine dual: "الغارتان استهدفتا"
    return out


_UNITS = {1: ("واحد", "واحدة"), 2: ("اثنان", "اثنين", "اثنتان", "اثنتين"), 3: ("ثلاثة", "ثلاث"),
          4: ("أربعة", "أربع"), 5: ("خمسة", "خمس"), 6: ("ستة", "ست"), 7: ("سبعة", "سبع"),
          8: ("ثمانية", "ثماني", "ثمان"), 9: ("تسعة", "تسع")}
_TENS = {20: ("عشرون", "عشرين"), 30: ("ثلاثون", "ثلاثين"), 40: ("أربعون", "أربعين"), 50: ("خمسون", "خمسين"),
         60: ("ستون", "ستين"), 70: ("سبعون", "سبعين"), 80: ("ثمانون", "ثمانين"), 90: ("تسعون", "تسعين")}
_HUNDREDS = {100: ("مئة", "مائة"), 200: ("مئتان", "مئتين", "مائتان", "مائتين")}


def _number_words() -> list[dict]:
    """Written numbers numbers.csv leaves to rule: the teens in both genders
    ("ثمانية عشر", "ثماني عشرة"), the tens, "خمسة وعشرين" (units before tens, as
    Arabic says them) and the hundreds ("ثلاثمئة"). Generated, because the
    forms multiply: some 700 rows no one would check by hand."""
    rows = [(w, n) for n, forms in _TENS.items() for w in forms]
    rows += [("أحد عشر", 11), ("إحدى عشرة", 11), ("احدى عشر", 11), ("اثنا عشر", 12), ("اثني عشر", 12),
             ("اثنتا عشرة", 12), ("اثنتي عشرة", 12)]
    rows += [(f"{u} {t}", n + 10) for n in range(3, 10) for u in _UNITS[n] for t in ("عشر", "عشرة")]
    rows += [(f"{u} و{t}", n + tens) for tens, tforms in _TENS.items() for t in tforms
             for n, uforms in _UNITS.items() for u in uforms]
    rows += [(w, n) for n, forms in _HUNDREDS.items() for w in forms]
    rows += [(f"{u}{h}", n * 100) for n in range(3, 10) for u in _UNITS[n][1:2] for h in ("مئة", "مائة")]
    rows += [(f"{u} {h}", n * 100) for n in range(3, 10) for u in _UNITS[n][1:2] for h in ("مئة", "مائة")]
    return [{"word": w, "value": str(n)} for w, n in rows]


@dataclass
class Lexicons:
    actors: ActorIndex
    adjectives: PhraseIndex[str]  # nationality stem -> the actor after a military noun
    military_nouns: PhraseIndex[tuple[str, str]]  # (role hint, weapon)
    weapons: PhraseIndex[str]
    triggers: PhraseIndex[Trigger]
    reporters: PhraseIndex[str]
    cues: PhraseIndex[str]
    numbers: PhraseIndex[int]
    sports: frozenset[str]
    # the stems of adjectives that name a side, not a state ("حوثي": "مواقع حوثية")
    side_adjectives: frozenset[str] = frozenset()

    @classmethod
    def load(cls, directory: str | Path | None = None) -> Lexicons:
        d = Path(directory) if directory else DEFAULT_DIR
        nationalities = _country_adjectives(d.parent / "countries.csv")
        nationalities.update({adjective_stem(normalize_word(form)): Nationality(r["country"] or "", r["actor"] or "")
                              for r in _rows(d / "adjectives.csv") for form in spelling_variants(r["stem"])})
        nationalities = {k: v for k, v in nationalities.items() if v.country or v.actor}  # "تركماني": no state

        def index(name, key, value, rows=None):
            return PhraseIndex((form, value(r)) for r in (rows or _rows(d / name))
                               for form in spelling_variants(r[key]))

        return cls(
            actors=ActorIndex(index("actors.csv", "surface",
                                    lambda r: ActorRow(r["actor"] or "", r.get("agent") or "")),
                              nationalities),
            adjectives=PhraseIndex((stem, nat.forces("military")) for stem, nat in nationalities.items()),
            military_nouns=index("military_nouns.csv", "surface",
                                 lambda r: (r["role_hint"] or "", r["weapon"] or "")),
            weapons=index("weapons.csv", "surface", lambda r: r["weapon"],
                          _with_accusative(_rows(d / "weapons.csv"), "surface")),
            triggers=index("triggers.csv", "surface",
                           lambda r: Trigger(r["form"], r["sub_event_type"] or "", r["weapon"] or "",
                                             bool(r.get("object_pronoun"))),
                           _with_accusative(_with_dual(_with_object_pronouns(_rows(d / "triggers.csv")), "surface",
                                                       "noun"), "surface", "noun")),
            reporters=index("reporters.csv", "surface", lambda r: r["reporter"]),
            cues=index("cues.csv", "surface", lambda r: r["cue"]),
            numbers=index("numbers.csv", "word", lambda r: int(r["value"]),
                          _rows(d / "numbers.csv") + _number_words()),
            sports=frozenset(normalize_ar(r["surface"]) for r in _rows(d / "sports.csv")),
            side_adjectives=frozenset(stem for stem, nat in nationalities.items() if not nat.country),
        )
