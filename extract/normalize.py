"""Arabic normalisation and tokenisation for matching (never for display).

camel-tools does the character work (dediacritisation, alef / alef-maksura /
teh-marbuta normalisation). Its simple_word_tokenize returns strings without
positions, and evidence must point at characters of the article, so
`tokens()` is a regex tokeniser with the same word definition that keeps
offsets; each token's `norm` goes through camel-tools.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

TATWEEL = "\u0640"
EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# A word: letters, digits and the marks that live inside Arabic words.
_WORD = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+")
# Letters and digits are separate words: news text often glues them ("مقتل20").
# Only the rare token that is neither all letters nor all digits is split
# again: the splitting pattern over every word cost twice the tokenising.
_SPLIT = re.compile(r"(?:[^\W\d_]|[\u0640\u064B-\u065F\u0670])+|\d+")

_NORM = attrgetter("norm")

# Proclitics that attach to a word: conjunctions و ف, prepositions ب ل ك,
# and the article ال (with ل+ال written لل).
_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
             "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """One word, normalised for matching: no diacritics or tatweel, one alef,
    final ى as ي, ة as ه, Western digits."""
    w = dediac_ar(word).replace(TATWEEL, "")
    w = normalize_alef_ar(w)
    w = normalize_alef_maksura_ar(w)
    w = normalize_teh_marbuta_ar(w)
    return w.translate(EASTERN_DIGITS)


def normalize_ar(text: str) -> str:
    """A whole string normalised word by word (for lexicon keys)."""
    return " ".join(normalize_word(m.group()) for m in _WORD.finditer(text))


class Token(NamedTuple):
    """A NamedTuple, not a dataclass: tokens are made by the hundred thousand
    and a tuple is several times cheaper to build than a frozen dataclass."""
    start: int  # offsets into the text that was tokenised
    end: int
    text: str  # as written
    norm: str  # normalize_word(text)


# Token(...) runs the NamedTuple's Python-level __new__; tuple.__new__ builds
# the same tuple in C (the tokeniser was a tenth of the corpus run).
_new_token = tuple.__new__


def tokens(text: str, offset: int = 0) -> list[Token]:
    out: list[Token] = []
    append = out.append
    for m in _WORD.finditer(text):
        g = m.group()
        if g.isalpha() or g.isdigit():
            start, end = m.span()
            append(_new_token(Token, (start + offset, end + offset, g, normalize_word(g))))
            continue
        base = m.start() + offset
        for p in _SPLIT.finditer(g):
            piece = p.group()
            append(_new_token(Token, (base + p.start(), base + p.end(), piece, normalize_word(piece))))
    return out


@lru_cache(maxsize=200_000)
def stems(norm: str) -> tuple[str, ...]:
    """The word and the forms left after stripping proclitics, longest first,
    with and without the article: "والميادين" -> ("والميادين", "الميادين",
    "ميادين"); "بالصواريخ" -> (..., "الصواريخ", "صواريخ"). Never strips a
    word below two letters."""
    out = [norm]
    for p in _PREFIXES:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            rest = norm[len(p):]
            if p.endswith("ال") or p.endswith("لل"):
                out.append("ال" + rest)
            out.append(rest)
    return tuple(dict.fromkeys(out))


def without_clitics(norm: str) -> str:
    """A normalised word without its "و" and then its "ب" or "ل" ("وللهدنة" -> "لهدنة"); not
    str.lstrip("وبل"), which also eats the word's own first letters ("بلدتي" would be "دتي")."""
    norm = norm.removeprefix("و")
    return norm[1:] if norm[:1] in ("ب", "ل") and len(norm) > 3 else norm


def written_forms(words) -> frozenset[str]:
    """Every normalised word whose stems() hold one of `words`: the word, a
    proclitic before it ("وقوات", "بالصواريخ"), and "لل" for "ل" + "ال"
    ("للقوات"). The exact inverse of stems(), so `norm in written_forms(S)`
    says what `not S.isdisjoint(stems(norm))` says with one set lookup, in C
    over a whole clause (the call and the tuple per word were the hottest
    lines of the clause analysis)."""
    out = set()
    for w in words:
        out.add(w)
        if len(w) >= 2:
            out |= {p + w for p in _PREFIXES}
        if w.startswith("ال") and len(w) >= 4:
            out |= {p + w[2:] for p in _PREFIXES if p.endswith(("ال", "لل"))}
    return frozenset(out)


def token_hits(toks, forms: frozenset[str]):
    """Indices of the tokens whose normal form is in `forms` (written_forms of
    a word set), picked in C (map, compress): a Python step per word of a
    clause cost more than the test."""
    return compress(range(len(toks)), map(forms.__contains__, map(_NORM, toks)))


def names_any(toks, forms: frozenset[str]) -> bool:
    """Whether a token's normal form is in `forms`, tested in C."""
    return not forms.isdisjoint(map(_NORM, toks))


def fold_latin(name: str) -> str:
    """English name folded for lookup: lower case, no accents or apostrophes."""
    import unicodedata
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[\u2018\u2019'`ʿʾ‘’]", "", s).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFC): the glyph shapes
# some outlets paste from PDFs ("ﻭﻓﻲ ﻋﺪﻥ"). No word list matches them, so they
# are folded to the letters (NFKC) before anything reads the text; only those
# characters, so the rest of the text (and its offsets) is left as written.
_PRESENTATION_FORMS = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFC]+")


# Letters no running Arabic text in presentation forms lacks (the shapes of
# alef, lam-alef, lam, meem, yeh, noon, teh marbuta): a few substring tests
# are thirty times faster than the regex search over every article.
_COMMON_FORMS = ("\ufe8e", "\ufe8d", "\ufefb", "\ufefc", "\ufedf", "\ufee0", "\ufee3", "\ufee4",
                 "\ufef4", "\ufef3", "\ufef2", "\ufee6", "\ufee5", "\ufe94", "\ufe93")


def unfold_presentation_forms(text: str) -> str:
    if not any(map(text.__contains__, _COMMON_FORMS)):  # (in C: asked of every article)
        return text
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
