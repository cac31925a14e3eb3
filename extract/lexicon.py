"""Editable lexicons (data/lexicons/*.csv) and the phrase matcher over them.

Each CSV has one row per surface form, as written in news (any alef, ya or
teh-marbuta spelling); the matcher normalises both sides with camel-tools
(extract.normalize), so a lexicon row matches every spelling and every
clitic form ("وقصفت", "بالصواريخ", "للقوات"). Multi-word rows match token
sequences; the longest match wins.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Iterable, Sequence, TypeVar

from .normalize import Token, normalize_ar, stems

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    i: int  # first token index
    j: int  # one past the last token index
    value: V
    prefix: str  # the clitic(s) stripped from the first token ("ل", "وال", "")


class PhraseIndex(Generic[V]):
    """Token-sequence dictionary: normalised phrase -> value.

    A dict keyed on the first token gives O(tokens) scanning; a regex
    alternation of hundreds of phrases with clitic variants would be slower
    and harder to keep offset-exact.
    """

    def __init__(self, phrases: Iterable[tuple[str, V]] = ()):
        self._by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for surface, value in phrases:
            self.add(surface, value)

    def add(self, surface: str, value: V) -> None:
        words = tuple(normalize_ar(surface).split())
        if not words:
            return
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
        for stem in stems(first):
            for words, value in self._by_first.get(stem, ()):
                n = len(words)
                if i + n > len(toks):
                    continue
                if all(words[k] in stems(toks[i + k].norm) for k in range(1, n)):
                    prefix = first[: len(first) - len(stem)] if stem != first else ""
                    if stem.startswith("ال") and not first.endswith(stem):
                        prefix = first[: len(first) - len(stem) + 2]  # لل+حرس -> "ل"
                    return Match(i, i + n, value, prefix)
        return None

    def find(self, toks: Sequence[Token]) -> list[Match[V]]:
        out: list[Match[V]] = []
        i = 0
        while i < len(toks):
            m = self.match_at(toks, i)
            if m:
                out.append(m)
                i = m.j
            else:
                i += 1
        return out


# Spelling pairs news outlets use interchangeably; a lexicon row written
# with one also matches the other.
SPELLING_VARIANTS = (("ميليشي", "مليشي"), ("أمريك", "أميرك"), ("سوريا", "سورية"),
                     ("البنتاغون", "البنتاجون"))


def spelling_variants(surface: str) -> list[str]:
    out = [surface]
    for a, b in SPELLING_VARIANTS:
        for form in list(out):
            if a in form:
                out.append(form.replace(a, b))
            elif b in form:
                out.append(form.replace(b, a))
    return list(dict.fromkeys(out))


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if any((v or "").strip() for v in r.values())]


@dataclass(frozen=True)
class Trigger:
    form: str  # verb / noun / passive / fall / reprisal
    sub_event_type: str  # "" = decided by the weapons
    weapon: str


@dataclass
class Lexicons:
    actors: PhraseIndex[str]
    adjectives: PhraseIndex[str]
    military_nouns: PhraseIndex[tuple[str, str]]  # (role hint, weapon)
    weapons: PhraseIndex[str]
    triggers: PhraseIndex[Trigger]
    reporters: PhraseIndex[str]
    cues: PhraseIndex[str]
    numbers: PhraseIndex[int]
    sports: frozenset[str]

    @classmethod
    def load(cls, directory: str | Path | None = None) -> "Lexicons":
        d = Path(directory) if directory else DEFAULT_DIR

        def index(name, key, value):
            return PhraseIndex((form, value(r)) for r in _rows(d / name)
                               for form in spelling_variants(r[key]))

        return cls(
            actors=index("actors.csv", "surface", lambda r: r["actor"]),
            adjectives=index("adjectives.csv", "stem", lambda r: r["actor"]),
            military_nouns=index("military_nouns.csv", "surface",
                                 lambda r: (r["role_hint"] or "", r["weapon"] or "")),
            weapons=index("weapons.csv", "surface", lambda r: r["weapon"]),
            triggers=index("triggers.csv", "surface",
                           lambda r: Trigger(r["form"], r["sub_event_type"] or "", r["weapon"] or "")),
            reporters=index("reporters.csv", "surface", lambda r: r["reporter"]),
            cues=index("cues.csv", "surface", lambda r: r["cue"]),
            numbers=index("numbers.csv", "word", lambda r: int(r["value"])),
            sports=frozenset(normalize_ar(r["surface"]) for r in _rows(d / "sports.csv")),
        )
