"""An act at sea placed where the article says it was.

"في خليج عدن" names a whole sea, whose gazetteer point is only representative
(its centre); the article often fixes the spot as the maritime agencies give it,
"على بعد 50 ميلاً بحرياً جنوب غربي عدن". A careful reader puts the ship there:
the named port moved by that many nautical miles in that direction. Only the
incidents placed at a sea (a place of no country) move, and their name stays.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from .normalize import normalize_ar

NM_KM = 1.852
KM_PER_DEG = 111.2
# the compass words as Arabic writes them: "جنوب غربي", "جنوب غرب", "جنوبي غربي", "غربي"
_BEARING = {"شمال": 0.0, "شرق": 90.0, "جنوب": 180.0, "غرب": 270.0}
_TENS = {"عشرة": 10, "عشر": 10, "عشرين": 20, "ثلاثين": 30, "أربعين": 40, "اربعين": 40, "خمسين": 50,
         "ستين": 60, "سبعين": 70, "ثمانين": 80, "تسعين": 90, "مئة": 100, "مائة": 100}
_DIR = r"(شمال|جنوب|شرق|غرب)[يى]?(?:\s+(شرق|غرب)[يى]?)?"
_FIX = re.compile(
    r"على\s+بعد\s+(?:نحو\s+|حوالي\s+|حوالى\s+|قرابة\s+|زهاء\s+)?([0-9٠-٩]+|\S+)\s+"
    r"(?:ميلاً|ميلا|ميل|أميال|اميال)\s+بحري(?:اً|ا|ة)?\s+" + _DIR +
    r"\s+(?:من\s+)?(?:ميناء\s+|مدينة\s+|سواحل\s+|ساحل\s+)?([^\s،,.]+)(?:\s+([^\s،,.]+))?")


def _number(word: str) -> int | None:
    digits = word.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    if digits.isdigit():
        return int(digits)
    return _TENS.get(word)


def _bearing(first: str, second: str | None) -> float:
    a = _BEARING[first]
    if second is None:
        return a
    b = _BEARING[second]
    if a == 0.0 and b == 270.0:
        return 315.0  # "شمال غرب"
    return (a + b) / 2


def sea_fix(text: str, gazetteer) -> tuple[float, float] | None:
    """The one spot at sea the article fixes ("على بعد 50 ميلاً بحرياً جنوب
    غربي عدن"), or None when it fixes none, or several far apart."""
    if gazetteer is None or not hasattr(gazetteer, "lookup") or "بحري" not in text:
        return None
    spots = []
    for m in _FIX.finditer(text):
        nm = _number(m.group(1))
        if not nm or nm > 500:
            continue
        port = None
        # "ميناء المخا اليمني": the name, then maybe its second word ("رأس عيسى")
        for name in ([m.group(4) + " " + m.group(5)] if m.group(5) else []) + [m.group(4)]:
            places = [p for p in gazetteer.lookup(normalize_ar(name)) if p.country]
            if places:
                port = places[0]
                break
        if port is None:
            continue
        d = nm * NM_KM
        b = math.radians(_bearing(m.group(2), m.group(3)))
        lat = port.lat + d * math.cos(b) / KM_PER_DEG
        lon = port.lon + d * math.sin(b) / (KM_PER_DEG * math.cos(math.radians(port.lat)))
        spots.append((round(lat, 3), round(lon, 3)))
    if not spots:
        return None
    lat0, lon0 = spots[0]
    if any(abs(lat - lat0) > 0.5 or abs(lon - lon0) > 0.5 for lat, lon in spots[1:]):
        return None  # two ships told apart: which is which is the assembler's, not this guess's
    return spots[0]


def place_at_sea(incidents, text: str, gazetteer):
    """Incidents placed at a sea (no country) moved to the spot the article fixes."""
    at_sea = [i for i, inc in enumerate(incidents) if inc.location is not None and not inc.location.country]
    if not at_sea:
        return incidents
    spot = sea_fix(text, gazetteer)
    if spot is None:
        return incidents
    out = list(incidents)
    for i in at_sea:
        out[i] = replace(out[i], location=replace(out[i].location, lat=spot[0], lon=spot[1], geo_precision=2))
    return out
