"""Places of one clause: which gazetteer mentions to trust, and the role of
each (target, launch, the attacker's base, a container of another place, a
reporter's or a dateline's place), with ACLED's geo precision.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from geopy.distance import great_circle

from .gazetteer import FACILITY_NOUNS
from .lexicon import Lexicons
from .normalize import names_any, normalize_word, stems, token_hits, without_clitics, written_forms
from .wordlists import (
    ABROAD_TOWN_NOUNS,
    ADDRESS_VERBS,
    ANAPHORIC_PLACES,
    BORDER_NOUNS,
    CAUSE_WORDS,
    CONDEMN_VERBS,
    CONTAINER_NOUNS,
    CORRESPONDENTS,
    COUNT_WORDS,
    DUAL_FACILITY,
    DUAL_TOWN_NOUNS,
    ENVOY_WORDS,
    FLEE_WORDS,
    GIVEN_NAMES,
    KIN_WORDS,
    KIND_RANK,
    LAUNCH_VERBS,
    LOCATED_WORDS,
    NEAR_WORDS,
    OFFICE_HIT,
    OFFICE_HOLDERS,
    ON_THE_ROAD_WORDS,
    PLACE_CUE_WORDS,
    PLANTED,
    PRECISION_ONE_KINDS,
    PRECISION_TWO_CUES,
    PRESS_VENUE,
    PROTESTED_WORDS,
    REFERENCE_TOWN_NOUNS,
    REINFORCE_WORDS,
    RELATIVE_PRONOUNS,
    REPORT_VERBS,
    REPORTS_COMING,
    RETURN_WORDS,
    SEARCH_WORDS,
    SPOKESMAN_WORDS,
    STATIONED,
    STRUCK_VERBS,
    THAT_WORDS,
    TOWARDS_WORDS,
    TRAVEL_WORDS,
    VILLAGE_NOUNS,
)

# "قال مصدر عسكري في محور تعز إن ...", "مصدر في قيادة شرطة ...": the command or office the source
# serves in, named by its town; that town is where he speaks from, not a place hit
_SOURCE_UNIT_NOUNS = frozenset(normalize_word(w) for w in ("محور", "قيادة", "مكتب", "شرطة", "غرفة"))
# "القاعدة الواقعة في قضاء شقلاوة": a base or airport named again by its definite noun alone
_BASE_AGAIN = frozenset(normalize_word(w) for w in ("القاعدة", "القاعده", "المطار", "المعسكر", "القاعدتين"))
_COMPASS_SIGNS = {normalize_word(w): v for w, v in (
    ("شمال", (1, 0)), ("شمالي", (1, 0)), ("بشمال", (1, 0)), ("جنوب", (-1, 0)), ("جنوبي", (-1, 0)), ("بجنوب", (-1, 0)),
    ("شرق", (0, 1)), ("شرقي", (0, 1)), ("بشرق", (0, 1)), ("غرب", (0, -1)), ("غربي", (0, -1)), ("بغرب", (0, -1)))}

# Words with a leading "و" that still tie a place to the one named next ("وقرب", "وشرقي"):
# any other "و" word between two places opens a new item of the sentence
_CONTAINER_WAW_WORDS = {"و" + w for w in PRECISION_TWO_CUES} | {w for w in NEAR_WORDS if w.startswith("و")}


def _lies_as_told(place, outer, between: list[str]) -> bool:
    """"البعاج شمال غرب بغداد": the words between are only compass words, and the place lies off
    the other in each direction they name (by more than 0.05 degrees)."""
    if not between or any(w not in _COMPASS_SIGNS for w in between):
        return False
    dlat, dlon = place.lat - outer.lat, place.lon - outer.lon
    for w in between:
        ns, ew = _COMPASS_SIGNS[w]
        if ns and ns * dlat <= 0.05 or ew and ew * dlon <= 0.05:
            return False
    return True


_TRAVEL_FORMS = written_forms(TRAVEL_WORDS)  # tested on every word of a clause with a place
# unnamed armed men, before a participle of deployment (STATIONED): "الإرهابيين المنتشرين في"
_ARMED_MEN = frozenset(normalize_word(w) for w in ("الإرهابيين", "الإرهابيون", "المسلحين", "المسلحون",
                                                  "الإرهابية", "المسلحة"))
_FLEE_FORMS = written_forms(FLEE_WORDS)  # (only before "باتجاه/نحو": _moved_towards)
# "إطلاق حملة تمشيط", "بدء حملة بحث": a campaign of searching launched (OPERATION_NOUNS' campaigns)
# (starting a campaign, not wordlists.LAUNCH_VERBS: launching fire)
_CAMPAIGN_NOUNS = frozenset(normalize_word(w) for w in ("حملة", "حملات"))
_CAMPAIGN_START_WORDS = frozenset(normalize_word(w) for w in ("إطلاق", "اطلاق", "بدء", "أطلقت", "اطلقت", "أطلق", "تطلق",
                                                              "يطلق", "أعلنت", "بدأت", "تبدأ", "شن", "شنت"))
_ON_ITS_WAY = {normalize_word(w) for w in ("تتجه", "يتجه")}
# "قطار جعفر إكسبريس المتجه إلى بيشاور": where a train, bus or convoy was bound is no place hit (a
# weapon "المتجهة نحو" a town is aimed at it: only a carrier's heading is a journey's end; "المتوجه",
# "المتوجهة" are TRAVEL_WORDS' after any noun)
_HEADING_FORMS = frozenset(normalize_word(w) for w in ("المتجه", "المتجهة", "المتجهين"))
_CARRIER_FORMS = frozenset(normalize_word(w) for w in ("قطار", "القطار", "حافلة", "الحافلة", "حافلات", "الحافلات",
                                                       "رحلة", "الرحلة", "قافلة", "القافلة", "شاحنة", "الشاحنة",
                                                       "الركاب", "المسافرين"))
_DUAL_FORMS = written_forms(DUAL_FACILITY)  # the words whose stems have a dual head (_dual_head)
_NORM, _END = attrgetter("norm"), attrgetter("end")
# a place this populous is no village namesake: "X جنوب Y" keeps it (_fit_containers)
BIG_CITY_POPULATION = 100_000
# "ريف إدلب الجنوبي": a town's countryside to one side. Syria's governorate
# countrysides reach 30-60 km out, so the pin moves toward that side; but not
# past the town's own reach: when the village ("قرية تل الذهب بريف القامشلي
# الجنوبي") is in no gazetteer, coders place the act on the town itself, so
# 15 km keeps both the town and the villages 25-35 km out within 20 km.
COUNTRYSIDE_WORDS = frozenset(normalize_word(w) for w in ("ريف", "بريف", "وريف", "الريف", "لريف",
                                                           "ريفي", "بريفي", "وريفي", "لريفي"))
# "في ريفي حماة الشمالي الغربي وإدلب الجنوبي": the dual holds two towns' countrysides, the second
# named after "و" with its own side
DUAL_COUNTRYSIDE_WORDS = frozenset(normalize_word(w) for w in ("ريفي", "بريفي", "وريفي", "لريفي"))
# "وفي قضاء صور، أفادت مندوبة الوكالة بأن مسيرة استهدفت دراجة نارية على طريق بلدة زبقين": a town
# named as the district it heads, beside a village of it named outright, is where that village lies
DISTRICT_OF_TOWN_WORDS = frozenset(normalize_word(w) for w in ("قضاء", "بقضاء", "وقضاء"))
DIRECTIONS = {normalize_word(w): v for w, v in (
    ("الشمالي", (1, 0)), ("الجنوبي", (-1, 0)), ("الشرقي", (0, 1)), ("الغربي", (0, -1)))}
COUNTRYSIDE_KM = 15.0
RANGE_STRETCH_KM = 25.0  # a mountain's point this far from the town it is said to be near is a range's middle
TOLD_OFF_KM = 100.0  # a place said to lie east of a town, but lying this far the other way, is a namesake
ABOUT_TOWN_KM = 25.0  # villages this close to a town named by its countryside lie in it
# "طريق القامشلي - عامودا": the road's second town, named after the first
ROAD_SECOND_END = re.compile(r"طريق\s+\S+\s*[-–—/]?\s*$")
# "وقال المصدر لـ(بغداد اليوم)", "قناة «اليمن اليوم»", "لـ\"كوردستان 24\"": a place's
# name with a newsroom's word after it, in quotes or brackets, names an outlet
OUTLET_OPEN = re.compile(r"[«\"“(]\s*$")
OUTLET_CLOSE = re.compile(r"\s*(?:اليوم|24|٢٤|نيوز|برس|بوست|تايمز|الإخبارية|الاخبارية|الآن|تي\s*في)\s*[»\"”)]")
# "وقال المصدر، لـ(بغداد اليوم)، إن", "وقالت مصادر محلية لـ\"عدن الغد\"", "صحيفة «عدن الغد»": a
# town's name quoted after "told to" or an outlet noun, the quote closing within a word, is the
# outlet the source spoke to, not a place
# (not "موقع": "استهدفنا موقع «رويسات العلم»" is a post, a website only by context)
OUTLET_BEFORE = re.compile(r"(?:(?<!\S)[وف]?لـ?|(?:صحيف|وكال|قنا|إذاع|شبك)[ةه])\s*[«\"(“]\s*$")
OUTLET_AFTER = re.compile(r"[^«»\"()“”\n\s]{0,10}\s?[^«»\"()“”\n\s]{0,10}\s*[»\")”]")
# "بعد عبورها نهر الفرات بالقوارب من مناطق سيطرة النظام على الضفة الغربية": beside a river
# (the Euphrates, the Tigris, the Nile, "النهر") a west or east bank is that river's, not
# Palestine's West Bank; "الضفة الغربية لنهر الأردن" is the West Bank itself
RIVER_NAMED = re.compile(r"(?<!\S)[وب]?(?:نهر|النهر|لنهر)(?!\s+الأردن)(?!\S)|الفرات|دجلة|النيل")
RIVER_BANK_WINDOW = 250  # characters before the clause, in its sentence, where the river is named
# a road's two towns: at most this far apart (a highway between far cities says
# little of where on it an act was); an act on a longer stretch than twice
# ROAD_OUT_KM is put that far out of the first town named, as the text tells it
# "المسيرة نت | صنعاء:", "عدن الغد | خاص:": a line that opens with an outlet's name and a bar;
# the town after the bar, before a colon, is where the report was filed
DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\n|]{2,25}\|\s*$")
ROAD_MAX_KM = 150.0
ROAD_OUT_KM = 10.0


# "وإسلام آباد تتوعد بالرد", "طهران تنفي": a place right before a present-tense verb of saying,
# threatening or condemning is its government speaking (a headline's word order), not a place hit
STATE_SUBJECT_VERBS = frozenset(normalize_word(w) for w in (
    "تتوعد", "توعدت", "تهدد", "تنفي", "تدين", "تندد", "تستنكر", "تتهم", "تحذر", "تقول", "تعلن", "تؤكد",
    # "أنقرة تحمّل «بي كا كا» مسؤولية تفجير ديار بكر", "طهران تطالب": a capital that blames or
    # demands is its government speaking, not a place hit
    "تحمل", "حملت", "تطالب", "طالبت", "اتهمت",
    # "مؤكدة أن أنقرة "مستعدة لاتخاذ كل الخطوات"", "بغداد ترفض": a capital's stance is its government's
    "مستعدة", "مستعد", "ترفض", "رفضت",
    # "مقتل 33 جندياً تركياً بغارة في إدلب وأنقرة ترد بقصف مواقع النظام": a capital that answers
    # is its government striking back elsewhere, not the place hit
    "ترد", "ردت"))
# "بعد هجوم مير علي", "عقب تفجير كابل": an earlier act named by its place, the time mark of
# the clause's own act, not where that act was (a set of its own: wordlists.AFTER_WORDS, the
# time marks of an act's noun, has no "إثر", which there gives an act's cause and its toll)
SINCE_ACT_WORDS = frozenset(normalize_word(w) for w in ("بعد", "عقب", "إثر", "اثر"))
EARLIER_ACT_NOUNS = frozenset(normalize_word(w) for w in (
    "هجوم", "هجمات", "تفجير", "تفجيرات", "اعتداء", "مجزرة", "هجومي", "تفجيري"))
# "حيث يحتشد قادته بعد خسارة الرقة التدريجية", "بعد تحرير مدينة الرمادي", "بعد سقوط الموصل": a
# town lost, freed or taken back before is the time mark of the clause's own act, not a place hit
FALL_NOUNS = frozenset(normalize_word(w) for w in (
    "خسارة", "خسارته", "خسارتها", "خسارتهم", "سقوط", "تحرير", "استعادة", "استعادته", "استعادتها"))
# "وذلك بعد ساعات من الهجوم الذي استهدف مقر الشركة قرب العاصمة أنقرة", "بعد يومين من الاعتداء
# الذي أوقع 32 قتيلاً في مدينة سروج": a time gap after an earlier act, then a relative clause that
# tells that act: its places are the earlier act's, not this clause's (the gap says they are two)
GAP_UNITS = frozenset(normalize_word(w) for w in (
    "ساعات", "ساعة", "ساعتين", "ساعتان", "أيام", "يوم", "يومين", "أسبوع", "أسبوعين", "أسابيع", "دقائق",
    "شهر", "شهرين", "أشهر"))
RELATIVE_WORDS = frozenset(normalize_word(w) for w in ("الذي", "التي", "اللذين", "اللتين", "الذين"))
# "قُتل طفل جراء قصف حوثي على حي الروضة شمال شرق المدينة" in a report on Taiz: a quarter's name
# that the gazetteer knows only as a town or village far from the city the article is about is
# that city's quarter, not the namesake town (al-Rawdah of Shabwa, 360 km off)
QUARTER_NOUNS = frozenset(normalize_word(w) for w in ("حي", "بحي", "وحي", "لحي", "وبحي"))
QUARTER_KM = 25.0
# "وتتهم إسلام آباد كابل بإيواء مسلحين", "اتهمت طهران واشنطن": who accuses and who is accused,
# both governments (the places right after the verb, no preposition between; the finite verbs only,
# not wordlists' ACCUSE_VERBS with its participles "متهما")
_ACCUSE_VERBS_OF_CAPITALS = frozenset(normalize_word(w) for w in ("اتهم", "اتهمت", "تتهم", "يتهم"))
# "حمّلت الحكومة العراقية تركيا مسؤولية القصف": the verb of laying the blame on a side
BLAME_VERBS = frozenset(normalize_word(w) for w in ("حمل", "حملت", "تحمل", "يحمل", "حملوا", "يحملون"))
# "الذي كان يشارك في قمة مجموعة بريكس بمدينة قازان الروسية": a summit's town is a venue, not a
# place hit (not "قمة جبل الشيخ", "قمة النبي يونس": a summit noun right before a name, or with a
# hill's noun between, is a hilltop)
SUMMIT_NOUNS = frozenset(normalize_word(w) for w in ("قمة", "القمة", "قمم"))
HILL_NOUNS = frozenset(normalize_word(w) for w in ("جبل", "تل", "تلة", "مرتفع", "جبال", "تلال"))


def _bare_source_in(ct, k: int) -> bool:
    """"أفاد مصدر في قضاء العمادية بأن القصف التركي ...": a source with no adjective (so not in
    reporters.csv) named by the district or town it speaks from, as "مصدر محلي في" is."""
    j = k - 1
    if j >= 0 and ct[j].norm in SITE_DISTRICT_NOUNS:
        j -= 1
    return j >= 1 and ct[j].norm == "في" and ct[j - 1].norm.removeprefix("و") in SOURCE_NOUNS


_IN_DISTRICT_FORMS = frozenset(normalize_word(w) for w in ("بقضاء", "بناحية", "بمديرية"))


_AREA_OF_PROVINCE = frozenset(normalize_word(w) for w in ("منطقة", "ولاية", "إقليم"))


def governorate_namesake(place) -> bool:
    """A city that names its governorate (Baghdad in Baghdad, Kirkuk in Kirkuk)."""
    def key(x):
        return re.sub(r"[^a-z]", "", re.sub(r"\b(al|el|ad|ar|as|ash|az)[-\s]", "", (x or "").lower()))[:4]
    return getattr(place, "kind", "") in ("city", "admin1") and bool(getattr(place, "admin1", None)) \
        and key(place.admin1) == key(place.name)


def _after_its_fall(ct, k: int) -> bool:
    """"بعد خسارة الرقة", "عقب تحرير مدينة الرمادي": the place right after "after" and a noun of a
    town's fall or capture (FALL_NOUNS), a settlement noun between allowed."""
    j = k - 1
    if j >= 0 and ct[j].norm in SETTLEMENT_NOUNS:
        j -= 1
    return j >= 1 and ct[j].norm in FALL_NOUNS and ct[j - 1].norm.removeprefix("و") in SINCE_ACT_WORDS


# "بعد أيام من إحباط محاولة تسلل": a foiled attempt (_in_earlier_act)
FOILED_WORDS = frozenset(normalize_word(w) for w in ("إحباط", "احباط", "محاولة", "محاولات", "إفشال"))


def _in_earlier_act(ct, k: int) -> bool:
    """Token k lies in the relative clause of an earlier act named after a time gap: "بعد ساعات
    من الهجوم الذي استهدف ... X" (since-word, gap unit, "من", act noun, relative word, then X,
    within 20 tokens)."""
    for r in range(k - 1, max(2, k - 12) - 1, -1):
        if ct[r + 1].start - ct[r].end > 1:
            break  # (a comma or a stop ends the time mark's span)
        if ct[r].norm == "من" and ct[r - 1].norm in GAP_UNITS and ct[r - 2].norm in SINCE_ACT_WORDS \
                and ct[r + 1].norm in FOILED_WORDS:
            # "الهجوم يأتي بعد أيام من إحباط محاولة تسلل لعناصر التنظيم في قاطع الحويجة": an
            # attempt foiled days before is a time mark, and no act was done at its place (an act
            # recalled there, "بعد أسبوع من غارة أمريكية ... في منطقة جرف النصر", is its own)
            # (the act's own verb of striking: "استهدفت", "ضربت")
            return not any(ct[y].norm in STRUCK_VERBS for y in range(r + 1, k))
    for r in range(k - 1, max(3, k - 20) - 1, -1):
        if ct[r].norm not in RELATIVE_WORDS:
            continue
        return (ct[r - 1].norm in EARLIER_ACT_NOUNS or ct[r - 1].norm[2:] in EARLIER_ACT_NOUNS
                and ct[r - 1].norm.startswith("ال")) and ct[r - 2].norm == "من" \
            and ct[r - 3].norm in GAP_UNITS and ct[r - 4].norm in SINCE_ACT_WORDS if r >= 4 else False
    return False


# "القيادي فؤاد شكر، المسؤول بحسب تل أبيب عن الهجوم على بلدة مجدل شمس": the one held responsible
RESPONSIBLE_ONES = frozenset(normalize_word(w) for w in (
    "المسؤول", "مسؤول", "مسؤولا", "المسؤولة", "المسؤولين", "مسؤولين", "المسئول", "مسئول"))


def _blamed_for(ct, k: int) -> bool:
    """Token k is the place of an act someone named before it is held responsible for ("المسؤول،
    بحسب تل أبيب، عن الهجوم على بلدة مجدل شمس"): that act's place, not this clause's."""
    for r in range(k - 1, max(1, k - 5) - 1, -1):
        if ct[r].norm == "عن" and r + 1 < k and (ct[r + 1].norm in EARLIER_ACT_NOUNS or ct[r + 1].norm.startswith(
                "ال") and ct[r + 1].norm[2:] in EARLIER_ACT_NOUNS):
            return any(ct[x].norm.lstrip("و") in RESPONSIBLE_ONES for x in range(max(0, r - 6), r))
    return False


STATION_NOUNS = frozenset(normalize_word(w) for w in ("محطة", "محطات", "لمحطة", "بمحطة"))
# "يُشتبه في تخطيطهم لهجمات على مطار كابل": the place of an act planned, not done
PLANNED_WORDS = frozenset(normalize_word(w) for w in (
    "تخطيط", "تخطيطهم", "تخطيطه", "تخطيطها", "بتخطيط", "التخطيط", "بالتخطيط", "يخطط", "يخططون", "تخطط",
    "خطط", "خططوا", "خططت", "يخططان", "خططا"))
# "مقرات ... كانت تستخدم لإعداد هجمات بالطائرات المسيرة على قاعدة حميميم": the acts a place served
# to prepare were aimed at a base that was not hit in this act
PREPARING_WORDS = frozenset(normalize_word(w) for w in (
    "لإعداد", "للإعداد", "لتحضير", "للتحضير", "لتجهيز", "للتجهيز"))


def _said_after(ct, k: int, kend: int) -> bool:
    """The name at k..kend is the subject of a past verb of saying after it: "واشنطن قد أعلنت",
    "واشنطن ولندن قد أعلنتا" (a second name joined by "و" and "قد" may come between, no comma),
    no preposition before the name (not "وفي تعز قالت مصادر": a place with a preposition is where;
    the caller checks the name has no preposition's clitic either)."""
    if k and ct[k - 1].norm.removeprefix("و") in ("في", "علي", "قرب", "من", "الي", "داخل", "نحو"):
        return False
    for x in range(kend + 1, min(len(ct), kend + 1 + PAST_SAID_AFTER)):
        if ct[x].start - ct[x - 1].end > 1:
            return False  # a comma or a quote ends the subject
        v = ct[x].norm
        if v in REPORT_VERBS or v.endswith("ا") and v[:-1] in REPORT_VERBS:
            # (a dual's "ا": "أعلنتا", "أكدتا"), with "قد" or a joined name only before it
            return all(ct[y].norm == "قد" or ct[y].norm.startswith("و") and y == kend + 1
                       or y == kend + 2 and ct[kend + 1].norm.startswith("و") and ct[y].norm != "قد"
                       and ct[y + 1].norm == "قد" for y in range(kend + 1, x))
    return False


def _countryside(ct, k: int, kend: int, place):
    """The place a town's countryside to one side stands for ("بريف حلب الشمالي"),
    else the place itself."""
    # ("ريف حلب" is one gazetteer name, "ريف" inside it; "بريف الرقة" is not)
    said = ct[k].norm in COUNTRYSIDE_WORDS or (k and ct[k - 1].norm in COUNTRYSIDE_WORDS) or (
        ct[k].norm.startswith("و") and any(ct[x].norm in DUAL_COUNTRYSIDE_WORDS for x in range(max(0, k - 5), k)))
    if not said or kend + 1 >= len(ct) \
            or getattr(place, "kind", "") not in ("city", "town", "admin1"):
        return place
    steps = [DIRECTIONS[ct[x].norm] for x in range(kend + 1, min(kend + 3, len(ct))) if ct[x].norm in DIRECTIONS]
    if not steps or ct[kend + 1].norm not in DIRECTIONS:
        return place
    dlat, dlon = sum(a for a, _ in steps[:2]), sum(b for _, b in steps[:2])
    if not (dlat or dlon):
        return place
    norm = math.hypot(dlat, dlon)
    lat = place.lat + COUNTRYSIDE_KM / 111.0 * dlat / norm
    lon = place.lon + COUNTRYSIDE_KM / (111.0 * math.cos(math.radians(place.lat))) * dlon / norm
    side = "-".join(n for n, v in (("north", dlat > 0), ("south", dlat < 0),
                                   ("east", dlon > 0), ("west", dlon < 0)) if v)
    return replace(place, name=f"{place.name} countryside ({side})", kind="region", lat=round(lat, 4),
                   lon=round(lon, 4), geonameid=None, population=0, source="countryside")


# "الطريق المؤدي إلى", "في طريقهم إلى": the words right before a place one was on the way to
_ON_THE_WAY_TO = re.compile(r"(?:المؤدي[ةه]?|طريق(?:ه|ها|هم|هما))\s+(?:[إا]ل[ىي])\s*$")


@dataclass
class PlaceRef:
    place: object  # gazetteer Place
    name_ar: str
    start: int
    end: int
    precision: int
    role: str  # target / launch / attacker_base / container


# "على أحياء ثعبات والروضة وعصيفرة السكنية في مدينة تعز": the plural "quarters" opening a list
_QUARTERS_NOUNS = frozenset(normalize_word(w) for w in ("أحياء", "احياء", "وأحياء", "بأحياء", "لأحياء"))
_CITY_NOUNS = frozenset(normalize_word(w) for w in ("مدينة", "بمدينة", "المدينة", "بالمدينة"))


def _next_toll(ct, a: int, b: int) -> bool:
    """"بينهم 22 في كييف و10 في خاركيف وثلاثة في دنيبرو": between two places, "و" and a count
    ("و10", "وثلاثة") open the toll of the next place, a place of its own, never the one
    before's container."""
    return any((c := ct[x].norm[1:] or ct[x + 1].norm).isdigit() or c in COUNT_WORDS
               for x in range(a, b - 1) if ct[x].norm.startswith("و"))


def _quarters_of_a_city(ct, refs: list[PlaceRef]) -> list[PlaceRef]:
    """"قصف ... على أحياء ثعبات والروضة وعصيفرة السكنية في مدينة تعز": quarters listed after
    "أحياء" and then said to lie in a city are that city's, one act on the city (as "حي الروضة
    بمدينة تعز" is Taiz's quarter); the quarters only locate it (and a quarter's namesake
    elsewhere, Shabwa's al-Rawdah, is none of them)."""
    def token_of(r: PlaceRef) -> int:
        return next((x for x, t in enumerate(ct) if t.end > r.start), len(ct))

    def last_of(r: PlaceRef) -> int:
        return max(x for x, t in enumerate(ct) if t.start < r.end)

    at = [token_of(r) for r in refs]
    out = list(refs)
    for q, t in enumerate(ct):
        if t.norm not in _QUARTERS_NOUNS:
            continue
        listed = []  # the refs of the list, each right after the noun or joined by "و"
        for n in range(len(refs)):
            if at[n] == q + 1 or listed and at[n] == last_of(refs[listed[-1]]) + 1 and ct[at[n]].norm.startswith("و"):
                listed.append(n)
            elif listed:
                break
        if len(listed) < 2:
            continue
        last = last_of(refs[listed[-1]])
        city = next((n for n, r in enumerate(refs) if n > listed[-1] and r.role in ("target", "container")
                     and getattr(r.place, "kind", "") == "city" and 0 < at[n] - last <= 4
                     and any(ct[x].norm in _CITY_NOUNS for x in range(last + 1, at[n]))), None)
        if city is None:
            continue
        for n in listed:
            if out[n].role == "target":
                out[n] = replace(out[n], role="container")
        out[city] = replace(out[city], role="target")
    return out


def launched_from_control(cue_at: dict, k: int) -> bool:
    """The "control" cue nearest before token k follows a launch cue
    ("مصدرها مناطق سيطرة X"): X's territory is where fire came from. Alone,
    "مناطق سيطرة X" is where it landed ("قصف على مناطق سيطرة داعش")."""
    c = next((x for x in range(k - 1, max(-1, k - 15), -1) if cue_at.get(x) == "control"), None)
    return c is not None and any(cue_at.get(x) == "launch" for x in range(max(0, c - 6), c))


# "على طريق دمشق بيروت": the cities that name a road are not where the act was.
# a place name standing for a government or an event, not a place
SETTLEMENT_NOUNS = {normalize_word(w) for w in ("مدينة", "بلدة", "قرية", "مدينتي", "بلدتي", "قريتي", "مدينتا",
                                                "بلدتا", "قريتا")}
METONYMY_HEADS = {normalize_word(w) for w in (
    "اتفاق", "اتفاقية", "اتفاقيه", "مؤتمر", "محادثات", "مباحثات", "قمة", "مسار", "تفاهمات", "تفاهم", "إعلان",
    "حكومة", "وفد", "جولة", "منصة", "مفاوضات", "معاهدة", "بروتوكول", "لقاء", "اجتماع", "صيغة",
    # "الساعة 6:30 مساء بتوقيت بغداد": a time zone
    "توقيت", "بتوقيت",
    # "تزامنا مع بدء افتتاح قناة السويس", "قناة دبي": a canal's or a TV channel's name
    "قناة", "لقناة", "بقناة",
    # "تزامن القصف مع إطلاق أنقرة عملية عسكرية": the government that launched it (the corpus has no
    # place launched: "إطلاق" before a name is of the state or a thing, not a place hit)
    "إطلاق", "وإطلاق", "بإطلاق",
    # "بحسب تل أبيب", "حسب واشنطن": the government a claim is told after, not a place hit
    "بحسب", "وبحسب", "حسب", "وحسب",
    # "مقر قيادة فرقة الجولان 210", "فرقة غزة", "مقاتلين من كتيبة جنين": a unit named after its
    # sector or town; "مؤسسة غزة الإنسانية": a body named after the land it serves
    "فرقة", "كتيبة", "مؤسسة")}
# (not "التابعة لـ": "قرى التابعة لناحية كفري" is where the villages lie)
# "دوت صفارات الإنذار في تل أبيب": where sirens sounded was warned, not hit
SIREN_WORDS = {normalize_word(w) for w in ("صفارات", "صافرات", "صفارة", "صافرة")}
LOYAL_TO = {normalize_word(w) for w in ("الموالية", "الموالي", "الموالين", "الموالون", "المقربة", "المدعومة",
                                        "المدعوم", "المدعومين", "موالية", "موالين", "مدعومة",
                                        # "مظلة لفصائل مسلحة مقربة من طهران": close to its government
                                        "مقربة", "مقرب", "مقربين", "مقربون", "المقرب", "المقربين", "المقربون",
                                        "مدعوم", "مدعومين", "موال", "موالي")}
# "وتقول أنقرة إنها تستهدف حزب العمال", "وتتهم دمشق قسد": a capital saying or accusing
# in the present tense is its government, as "قالت تل أبيب" is (REPORT_VERBS has the past)
PRESENT_SAY_VERBS = {normalize_word(w) for w in ("تقول", "يقول", "تؤكد", "يؤكد", "تزعم", "يزعم", "تنفي",
                                                 "ينفي", "تتهم", "يتهم", "تعتبر", "يعتبر", "تصف", "يصف")}
# "على ما وصفته القاهرة بمعسكرات", "ما تسميه أنقرة": what a government calls a thing (the verb
# carries its object's pronoun, so it is no stem of PRESENT_SAY_VERBS / REPORT_VERBS)
CALLED_IT_VERBS = {normalize_word(w) for w in ("وصفته", "وصفتها", "وصفه", "وصفها", "تصفه", "تصفها", "يصفه",
                                               "يصفها", "سمته", "سماه", "سمتها", "تسميه", "تسميها", "يسميه",
                                               "اعتبرته", "اعتبرتها", "تعتبره", "تعتبرها",
                                               # "وهو الاسم الذي تطلقه إسلام آباد على حركة طالبان": the
                                               # government that gives a group its name
                                               "تطلقه", "تطلقها", "يطلقه", "يطلقها", "أطلقته", "أطلقتها")}
GATE_WORDS = {normalize_word(w) for w in ("باب", "وباب", "بباب")}
# "تحمّل أنقرة مسؤولية القصف", "حمّلت بغداد المسؤولية": the one held responsible, then its charge
HELD_RESPONSIBLE_VERBS = {normalize_word(w) for w in ("تحمل", "يحمل", "حملت", "حمل", "تحملان", "حملتا")}
# "وهو ما لم تؤكده إسلام آباد أو تنفه", "وهو ما نفته أنقرة بشكل قاطع": the government that confirms
# or denies what was told (the verb carries the pronoun of what it denies, as CALLED_IT_VERBS do)
DENIED_IT_VERBS = {normalize_word(w) for w in ("تؤكده", "تؤكدها", "يؤكده", "يؤكدها", "أكدته", "أكدتها", "أكده",
                                               "نفته", "نفتها", "نفاه", "نفاها", "تنفه", "تنفها", "تنفيه",
                                               "تنفيها", "ينفه", "ينفيه")}
# "الجماعات المتحالفة مع طهران", "الفصائل الحليفة مع دمشق": allied with a government (before "مع")
ALLIED_WITH = {normalize_word(w) for w in ("المتحالفة", "المتحالف", "المتحالفين", "المتحالفون", "متحالفة",
                                           "متحالف", "متحالفين", "الحليفة", "حليفة", "المتعاونة", "المتعاونين")}
# "وهو ما لم تعلق عليه موسكو", "لم يعلق عليه البنتاغون": who did not comment (the object's pronoun
# is a word of its own, "عليه", unlike DENIED_IT_VERBS')
COMMENTED_VERBS = ("تعلق", "يعلق", "علقت", "علق")
# "وكانت واشنطن ولندن قد أعلنتا", "القاهرة قد أعلنت": a place as the subject of a past verb of
# saying that follows it (with "قد", or a second government joined by "و"), as headlines put the
# present ones (STATE_SUBJECT_VERBS)
PAST_SAID_AFTER = 4  # tokens from the name's end to the verb: "ولندن" (or "وإسلام آباد") and "قد"
# "وتهدف العملية، وفق أنقرة، إلى": a source is a voice, so a city named as one is its
# government; "ولم يصدر تعليق فوري من دمشق": so is the one whose comment was awaited
# ("ووفق الشرطة، انفجرت سيارة مفخخة": with its "و", still the source, no subject of the act)
ACCORDING_TO = {normalize_word(w) for w in ("وفق", "وفقا", "وفقاً", "بحسب", "حسب", "وبحسب", "وحسب",
                                            "ووفق", "ووفقا", "ووفقاً")}
COMMENT_NOUNS = {normalize_word(w) for w in ("تعليق", "تعقيب", "تعليقا", "تعقيبا")}
# "وأخرى قرب البوكمال": one more of the things hit, listed, not a place's own description
ANOTHER_ONE = {normalize_word(w) for w in ("وأخرى", "وآخر", "وأخر", "وأخريات", "وآخرين", "وأخريين", "وثالثة",
                                           "وثالث")}
MEETING_NOUNS = {normalize_word(w) for w in ("اجتماع", "لقاء", "اجتماعات", "لقاءات", "مؤتمر")}
# the act's verbs that open a clause before their side ("هاجم مسلحون في قلات مركزاً للشرطة")
ACT_VERBS_BEFORE_SIDE = {normalize_word(w) for w in (
    "هاجم", "هاجمت", "شن", "شنت", "قتل", "قتلت", "استهدف", "استهدفت", "اغتال", "اغتالت", "قصف", "قصفت",
    "خطف", "خطفت", "اختطف", "اختطفت", "اقتحم", "اقتحمت", "فجر", "فجرت", "نصب", "نصبت", "أعدم", "أعدمت")}
# "عضواً في المجلس المحلي": a member of an office (places.PlaceFinder._office)
MEMBER_WORDS = {normalize_word(w) for w in ("عضو", "عضوا", "أعضاء", "عضوين", "عضوان", "موظف", "موظفا", "موظفين")}
# a town abroad this small, or a name that is also a word, counts only when its
# own clause names its country: outlets name abroad by the big cities
ABROAD_TOWN_POPULATION = 100_000
# "التابعة لمركز / لناحية / لقضاء X": X is the district a place belongs to
BELONGING_ADMIN = {normalize_word(w) for w in ("لمركز", "لناحية", "لقضاء", "لمديرية", "لمحافظة", "لولاية",
                                                "لإقليم", "لمحلية",
                                                # the Sahel's and the Maghreb's cercle or daira ("قرية أوغوساغو
                                                # التابعة لدائرة بانكاس")
                                                "لدائرة")}
_SECOND_PLACE_NOUNS = PLACE_CUE_WORDS | {normalize_word("قضاء"), normalize_word("مديرية")}
# "«كونترول أفجوي»", "«عملية الموصل»": a town named as the last word of a «quoted» name of
# several words (the name of a checkpoint, an operation, a hotel) is part of the name
QUOTED_NAME_HEAD = re.compile(r"«[^«»\n]{1,20}$")
# Saudi Arabia's "محافظة" is a region's district named after its seat ("محافظة بقيق", "محافظة
# القطيف"): the town itself, not the region ("المنطقة الشرقية") the gazetteer's admin1 is
SECOND_LEVEL_GOVERNORATES = ("Saudi Arabia",)
# "نقل الجرحى إلى مستشفى سامراء": a hospital the wounded were taken to
HOSPITAL_TOWN_WORDS = {normalize_word(w) for w in ("في", "مدينة", "بمدينة", "بلدة", "ببلدة", "محافظة", "بمحافظة",
                                                  # "نُقلوا إلى المشفى العسكري في مدينة دير الزور", "إلى
                                                  # المستشفى الوطني في الحسكة": the hospital's kind, then its town
                                                  "العسكري", "الوطني", "الميداني", "العام", "الحكومي", "الجامعي",
                                                  "المركزي", "التخصصي", "الرئيسي")}
TREATMENT_WORDS = frozenset(normalize_word(w) for w in ("لتلقي", "لتلقيهم", "للعلاج", "لاستكمال", "لإسعافهم"))
# the district nouns that place a base named before ("في قضاء شقلاوة", "بمحافظة الأنبار")
ADMIN_DISTRICT_NOUNS = {normalize_word(w) for w in ("مديرية", "قضاء", "ناحية", "محلية")}
SITE_DISTRICT_NOUNS = {normalize_word(w) for w in ("قضاء", "ناحية", "مديرية", "محافظة", "محلية", "مركز")}
# "الواقعة بين": lying between two places
LYING_WORDS = frozenset(("الواقعه", "الواقع", "الواقعين", "الواقعتين", "والواقعه"))
DUAL_PROVINCES = frozenset(("محافظتي", "ولايتي", "منطقتي"))
# a wide area's extent: "الممتدة بين حمص ودير الزور", "تمتد من جرابلس إلى مارع"
EXTENT_WORDS = {normalize_word(w) for w in ("الممتدة", "الممتد", "الممتدين", "تمتد", "يمتد", "ممتدة", "الممتده")}
# "ما دام", "مادام": "as long as", a condition (written with or without the space)
AS_LONG_AS = {normalize_word(w) for w in ("مادام", "مادامت")}
# "حتى يتوقف العدوان على غزة", "إلا بوقف العدوان الصهيوني على غزة": the war a side vows to fight on
# until it stops, a condition as "ما دام" is (the stop word right before the war's definite noun)
UNTIL_STOPPED = {normalize_word(w) for w in ("يتوقف", "تتوقف", "توقف", "وقف", "بوقف", "لوقف", "ووقف", "إيقاف",
                                             "بإيقاف", "لإيقاف", "ينتهي", "انتهاء", "بانتهاء")}
WAR_NOUNS_DEFINITE = {normalize_word(w) for w in ("العدوان", "الحرب")}
# "والنجاحات التي حققتها قوات التحالف في تطهير عدن": where a side's achievements were won, a summary
ACHIEVEMENT_NOUNS = {normalize_word(w) for w in ("النجاحات", "نجاحات", "والنجاحات", "الانتصارات", "انتصارات",
                                                 "والانتصارات", "الإنجازات", "إنجازات", "والإنجازات")}
# "جاء لتخفيف الضغط عن الإرهابيين في الموصل": whom an act relieves, and where, is its aim, not its place
RELIEF_WORDS = {normalize_word(w) for w in ("تخفيف", "لتخفيف", "وتخفيف", "بتخفيف", "تخفيفا")}
# plural settlements as the object of fire, unprefixed ("قرى ناحية تل رفعت", "أحياء ذيبان")
STRUCK_SETTLEMENTS = {normalize_word(w) for w in ("قرى", "بلدات", "أحياء", "منازل", "مخيمات")}
HOSPITAL_WORDS = {normalize_word(w) for w in ("مستشفى", "مستشفيات", "مشفى", "المستشفى", "المشفى", "مستوصف")}
# "مصادر طبية في مستشفى ...": who speaks from a hospital
SOURCE_NOUNS = {normalize_word(w) for w in ("مصادر", "مصدر")}
# "قرية المالكية القريبة", "البلدة المجاورة": a place told as nearby (to the place just named),
# and how far from it a namesake is too far to be the one meant
# (bare: "مندلي القريبة من الحدود" is near what follows "من", not the place before)
NEARBY_AFTER = re.compile(r"\s+(?:ال)?(?:قريب|مجاور)[ةه]?(?![\w])(?!\s*(?:من|لل|ل|الى|إلى)[\s\w])")
NEARBY_KM = 60.0
ROAD_WORDS = {normalize_word(w) for w in ("طريق", "الطريق", "طريقي", "أوتوستراد", "اوتوستراد",
                                          "خط",
                                          # "بالقرب من مفرق الجوف": a junction is named after the road's
                                          # far end (the turn for al-Jawf, on the Sanaa-Marib road)
                                          "مفرق")}
# Place names that open an idiom: "مسقط رأس" (birthplace) is not Muscat.
IDIOM_HEADS = {normalize_word("مسقط"): normalize_word("راس")}
# ... and those that close one: "يلهمهم الصبر والسلوان" (a condolence's "solace") is not Silwan
IDIOM_TAILS = {normalize_word("سلوان"): normalize_word("الصبر")}
# "محافظة تعز", "ولاية هلمند": a governorate noun before a city's name means
# the governorate, when the gazetteer knows it.
ADMIN_NOUNS = {normalize_word(w) for w in ("محافظة", "ولاية", "إقليم", "اقليم", "محافظتي", "ولايتي")}
# "على العاصمة صنعاء ومحافظات الحديدة وتعز وحجة وصعدة": a plural or dual governorate noun opens
# a list of governorates, each name of it the governorate (not its capital)
ADMIN_LIST_NOUNS = {normalize_word(w) for w in ("محافظات", "ومحافظات", "بمحافظات", "ولايات", "وولايات",
                                                "محافظتي", "ومحافظتي", "بمحافظتي", "ولايتي")}


TOWN_CUES = {normalize_word(w) for w in ("بلدة", "بلدتي", "بلدتا")}


def _town_cue(norm: str) -> bool:
    """"بلدة", with its clitics ("وبلدة", "ببلدة", "لبلدة", "وببلدة")."""
    return norm in TOWN_CUES or norm[:1] in "وبل" and norm[1:] in TOWN_CUES \
        or norm[:2] in ("وب", "ول") and norm[2:] in TOWN_CUES


@lru_cache(maxsize=10_000)
def _town_noun(norm: str) -> bool:
    """"مدينة", "بلدة", "ولاية", "إقليم", "مقاطعة" before a name, with its clitics ("وبمدينة")."""
    return any(s in ABROAD_TOWN_NOUNS for s in stems(norm))


@lru_cache(maxsize=100_000)
def _anaphoric(norm: str) -> bool:
    """"في المنطقة", "وهناك": a word that refers back to a place said before.
    (Cached per word form, as stems() is: these tests ran on every token of
    every clause.)"""
    return norm in ANAPHORIC_PLACES or any(s in ANAPHORIC_PLACES for s in stems(norm)[1:2])


@lru_cache(maxsize=100_000)
def _dual_head(norm: str) -> str | None:
    """The facility noun of a dual ("حقلي" -> "حقل"), or None."""
    return next((DUAL_FACILITY[s] for s in stems(norm) if s in DUAL_FACILITY), None)


def _inside(place, outer) -> bool:
    """Whether `place` can lie in or beside `outer` (a country, a governorate
    or a town): same country, same governorate, or within 50 km of the town."""
    if outer.kind == "country":
        return place.country == outer.country
    if place.country != outer.country:
        return False
    if outer.kind in ("admin1", "governorate") and place.admin1:
        return place.admin1 == outer.name
    if place.admin1 and place.admin1 == outer.admin1:
        return True  # "قضاء سنجار غرب الموصل": a district of the town's governorate, 115 km off
    if place.admin1 and place.admin1 == outer.name:
        # "قرية ... التابعة لدائرة بانكاس في منطقة موبتي": the region named for its capital (the
        # gazetteer has the town, not the region), 85 km off
        return True
    return great_circle((place.lat, place.lon), (outer.lat, outer.lon)).km <= (
        150 if outer.kind in ("admin1", "region", "governorate") else 50)


def _borders_of_another(ct, kend: int) -> bool:
    """"الحدود الشمالية" followed by "لنيجيريا", "مع لبنان" or "والشرقية لـ...": whose borders they are."""
    nxt = [ct[x].norm for x in range(kend + 1, min(kend + 3, len(ct)))]
    if not nxt:
        return False
    def owner(w):
        return w == "مع" or w.startswith("ل") and not w.startswith("لل") and len(w) > 3
    # "على الحدود الشمالية والشرقية للمملكة": two sides of a country's borders named together are
    # its borders, not the one region called after one of them (whoever "the kingdom" is)
    return owner(nxt[0]) or nxt[0].startswith("وال") and (len(nxt) > 1 and owner(nxt[1])
                                                         or nxt[0] in _OTHER_SIDES)


_OTHER_SIDES = {normalize_word(w) for w in ("والشرقية", "والغربية", "والجنوبية", "والشمالية")}


# a settlement noun before a village's name (_with_unlisted); the list ones open several
_UNLISTED_LIST_CUES = {normalize_word(w) for w in ("قريتي", "قريتا", "بلدتي", "بلدتا", "قرى", "بلدات")}
_UNLISTED_CUES = {c + w for w in {normalize_word(v) for v in ("قرية", "بلدة")} | _UNLISTED_LIST_CUES
                  for c in ("", "و", "ب", "وب", "ل")}
_DISTRICT_NOUNS = ADMIN_DISTRICT_NOUNS | {normalize_word(w) for w in ("دائرة", "منطقة", "مركز")}
_UNLISTED_ANCHOR_KINDS = {"town", "village", "city", "district", "region", "admin1"}
_UNLISTED_NOT_HIT = {normalize_word(w) for w in ("بين", "وبين", "أهالي", "اهالي", "سكان", "أبناء", "ابناء",
                                                "مختار", "وجهاء", "نازحي", "نازحين")}
# words after a settlement noun that are no name ("قرية صغيرة", "قرى أخرى", "بلدة حدودية")
_UNLISTED_NOT_NAMES = {normalize_word(w) for w in (
    "صغيرة", "الصغيرة", "كبيرة", "الكبيرة", "مجاورة", "المجاورة", "حدودية", "الحدودية", "نائية", "النائية",
    "أخرى", "اخرى", "أخريات", "واحدة", "عدة", "عدد", "بعض", "جميع", "كل", "معظم", "مسيحية", "المسيحية",
    "كردية", "الكردية", "عربية", "العربية", "زراعية", "الزراعية", "قريبة", "القريبة", "ريفية", "الريفية",
    "آمنة", "الآمنة", "محاصرة", "المحاصرة", "تابعة", "التابعة", "يقطنها", "تقع", "يسكنها", "التي", "الذي",
    "الواقعة", "واقعة", "فيها", "منها", "عليها", "المذكورة", "ذاتها", "نفسها", "سورية", "عراقية", "يمنية",
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "قرب", "بالقرب", "في", "على",
    "محيطة", "المحيطة", "جديدة", "حول", "حوالي", "نحو", "مدمرة", "المدمرة", "خالية", "الخالية", "بأكملها",
    "بأكثر", "بنحو", "بعد", "بسبب", "بحسب", "وفق", "تدعى", "يدعى", "تسمى", "اسمها",
    # more place nouns ("على قرى وبلدات ريف درعا الشرقي" names no village)
    "قرى", "بلدات", "مدن", "بلدة", "قرية", "مناطق", "ريف", "بريف", "مزارع", "أحياء", "احياء", "مخيمات", "مخيم",
    "حي", "ومدن", "وقرى", "وبلدات", "ومناطق", "ومزارع", "وأحياء", "ومخيمات",
    # a town's edges ("قريتي المشيك والبحصة وأطراف بلدة المنصورة": the list goes on with a town's
    # outskirts, whose name follows, not with a village called "أطراف")
    "أطراف", "اطراف", "محيط", "ضواحي", "مشارف", "مداخل", "مدخل", "تخوم")}
# words that end a village's name: a place word, a preposition, a direction, a verb of the act
_UNLISTED_STOP = _UNLISTED_NOT_NAMES | {normalize_word(w) for w in (
    "بريف", "ريف", "في", "ب", "من", "إلى", "الى", "على", "عن", "منذ", "مع", "قرب", "بالقرب", "قضاء", "ناحية",
    # the two countrysides ("قرية عيشة بريفي حلب الشرقي والشمالي الشرقي" names the village عيشة)
    "بريفي", "ريفي", "وريفي",
    "محافظة", "بمحافظة", "مديرية", "بمديرية", "منطقة", "بمنطقة", "ولاية", "بولاية", "مدينة", "بمدينة", "إقليم",
    "بإقليم", "دائرة", "بدائرة", "مركز", "لمركز", "التابعة", "الواقعة", "حيث", "ما", "مما", "وهي", "وهو", "أمس",
    "امس", "اليوم", "فجر", "صباح", "مساء", "ليل", "ليلة", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
    "الخميس", "الجمعة", "أسفر", "ادى", "أدى",
    # the means or the harm right after the name ("قريتي سيكري وسركلي بأكثر من عشرين قذيفة")
    "بقذائف", "بقذيفة", "بصواريخ", "بصاروخ", "بطائرة", "بطائرات", "بمسيرة", "بمسيرات", "بجروح", "بإصابة",
    "بمقتل", "بعبوة", "بسيارة", "بهجوم", "بنيران", "برصاص", "بغارة", "بغارات")}


# The word sets the role tests below ask of the stems of a word, as the set of written
# forms whose stems hold one (normalize.written_forms, the exact inverse of stems()): one
# set lookup per word instead of stems() and a set test (these tests run for every place
# of every clause, most of them over a window of words before it).
_ROAD_FORMS = written_forms(ROAD_WORDS)
_HOSPITAL_FORMS = written_forms(HOSPITAL_WORDS)
_CORRESPONDENT_FORMS = written_forms(CORRESPONDENTS)
# (frames reads this one too: the same report verbs, one set of written forms)
REPORT_VERB_FORMS = written_forms(REPORT_VERBS)
_OFFICE_HOLDER_FORMS = written_forms(OFFICE_HOLDERS)
_OFFICE_HIT_FORMS = written_forms(OFFICE_HIT)
_MEMBER_FORMS = written_forms(MEMBER_WORDS)
_METONYMY_FORMS = written_forms(METONYMY_HEADS)
_PRESS_VENUE_FORMS = written_forms(PRESS_VENUE)
_ACCUSE_FORMS = written_forms(_ACCUSE_VERBS_OF_CAPITALS)
_PRESENT_SAY_FORMS = written_forms(PRESENT_SAY_VERBS)
_SAY_OR_PRESENT_SAY_FORMS = written_forms(PRESENT_SAY_VERBS | REPORT_VERBS)
_COMMENTED_FORMS = written_forms(COMMENTED_VERBS)
_SAID_TO_FORMS = written_forms(REPORT_VERBS | CONDEMN_VERBS | ADDRESS_VERBS)


class PlaceFinder:
    def __init__(self, lexicons: Lexicons, gazetteer):
        self.lex = lexicons
        self.gaz = gazetteer
        self._focus: tuple[str, dict] | None = None  # (article text, its focus countries)
        # (article text, {name: the place its container chose}): "قريتي صيدا ومعلق غربي
        # بلدة عين عيسى ... في قرية صيدا": a name once placed by its container means the
        # same place when the article names it again alone
        self._placed: tuple[str, dict] | None = None

    def focus(self, text: str) -> dict:
        """The article's focus countries (Gazetteer.focus), computed once per
        article: the same text object is passed for each of its clauses."""
        if self._focus is None or self._focus[0] is not text:
            f = self.gaz.focus(text) if hasattr(self.gaz, "focus") else {}
            self._focus = (text, f)
        return self._focus[1]

    def find(self, text, ct, attacker_spans, cue_at, context) -> tuple[list[PlaceRef], bool]:
        """The clause's places with their roles, and whether the clause
        refers back to a place said before ("في المنطقة")."""
        if self.gaz is None:
            return [], False
        c0, c1 = ct[0].start, ct[-1].end
        refs: list[PlaceRef] = []
        # the clause's own tokens: tokenising its text again cost a third of mentions()
        mentions = self.gaz.mentions(text, ct)
        told_before = bool(context)  # a place named before this clause
        found = []
        cands_at: dict[int, tuple] = {}
        border_clause = names_any(ct, BORDER_NOUNS)
        admin_list_end = -2  # the last name of a list opened by "محافظات" ("ومحافظات الحديدة وتعز")
        if self._placed is None or self._placed[0] is not text:
            self._placed = (text, {})
        for pm in mentions:
            start, end = pm.start, pm.end
            if not self._trust(pm, text, start, end):
                continue
            k = self._token_at(ct, start)
            focus = None
            if len({getattr(c, "country", None) for c in pm.candidates}) > 1:
                focus = self.focus(text)  # namesakes in several countries: the article decides
            place = self.gaz.resolve(pm, context[-8:], focus) if hasattr(self.gaz, "resolve") \
                else pm.candidates[0]
            place = self._placed[1].get(normalize_word(text[start:end]), place)
            in_admin_list = bool(k and (ct[k - 1].norm in ADMIN_LIST_NOUNS
                                        or admin_list_end == k - 1 and ct[k].norm.startswith("و")))
            if place is not None and k and (ct[k - 1].norm in ADMIN_NOUNS or in_admin_list) and \
                    getattr(place, "kind", "") not in ("admin1", "country") and place.admin1 and \
                    getattr(place, "country", None) not in SECOND_LEVEL_GOVERNORATES:
                # (and "ومحافظات الحديدة وتعز وحجة": each name of a list the plural noun opens)
                place = self.gaz.admin1_place(place.admin1) or place
            if in_admin_list:
                admin_list_end = self._token_at(ct, end - 1)
            if place is not None and k and ct[k - 1].norm in QUARTER_NOUNS and context and not any(
                    end < m.start <= end + 40 for m in mentions):
                # (not "حي الجورة بمدينة دير الزور": a town named right after is the quarter's
                # container, _fit_containers' work)
                place = self._quarter_host(place, context)
            if place is None or self._foreign_homonym(place, context, focus, text):
                continue
            if context and NEARBY_AFTER.match(text, end) and getattr(context[-1], "lat", None) is not None \
                    and place is not context[-1] and getattr(context[-1], "kind", "") != "country" \
                    and getattr(place, "kind", "") in ("town", "village", "city") \
                    and getattr(place, "population", 0) < 100_000 \
                    and great_circle((place.lat, place.lon), (context[-1].lat, context[-1].lon)).km > NEARBY_KM:
                # "من اجتماع في مدينة إعزاز ... إلى مقرهم في قرية المالكية القريبة": a place told as
                # "nearby" lies by the place just named; a namesake far off (al-Malikiyah in al-Hasakah,
                # 300 km away) is not it, and the village the gazetteer lacks is placed by that place (a
                # town only: "وفي محافظة مأرب المجاورة" neighbours the province told before)
                continue
            if getattr(place, "kind", "") == "admin1" and pm.surface.startswith("المنطق") and \
                    self.focus(text).get(place.country, 0) <= text.count(text[start:end]):
                # "استهدف عدة مواقع في المنطقة الشرقية" in a Syrian ministry's words: a compass region
                # is Saudi Arabia's Eastern Province only where the article names that country otherwise
                continue
            if getattr(place, "country", None) == "Palestine" and text.find("الضفة", start, end) >= 0 \
                    and RIVER_NAMED.search(text, max(0, c0 - RIVER_BANK_WINDOW, text.rfind(".", 0, c0),
                                                     text.rfind("\n", 0, c0)), c1):
                continue  # a river's bank (RIVER_NAMED), not Palestine's West Bank
            if pm.cue and normalize_word(pm.cue).lstrip("وبل") in VILLAGE_NOUNS and \
                    getattr(place, "kind", "") == "city" and getattr(place, "population", 0) >= 100_000 and \
                    context and place.country not in {getattr(p, "country", None) for p in context[-6:]}:
                # "هجوم ... على قرية صيدا" after Ain Issa's countryside: a village is no city
                # abroad; a village the gazetteer lacks, placed by the clause's other places
                continue
            if pm.cue and _town_cue(normalize_word(pm.cue)) and getattr(place, "kind", "") == "city" and \
                    getattr(place, "population", 0) >= 100_000 and context and \
                    place.country not in {getattr(p, "country", None) for p in context[-6:]} and \
                    self.focus(text).get(place.country, 0) <= text.count(text[start:end]):
                # "استعاد السيطرة على بلدة بولو جدود" in a Somali story: a town noun names no big city
                # (Bolu) in a country the article names by nothing else; a town the gazetteer lacks
                continue
            region = getattr(self.gaz, "region", None)
            if getattr(place, "kind", "") == "sea":
                region = None  # "في خليج عدن", "في البحر الأحمر": the sea is no country's
            if region and place.country not in region and place.country not in self.focus(text):
                continue  # "مزارع بروما" is not Rome: a place abroad counts when the article names its country
            if region and place.country not in region and place.kind != "country" and (
                    getattr(pm, "weak", False) or getattr(place, "population", 0) < ABROAD_TOWN_POPULATION) \
                    and place.country not in self.gaz.focus(text[c0:c1]) \
                    and not ((_town_noun(ct[k].norm) or k and _town_noun(ct[k - 1].norm))
                             and place.country in self.focus(text)):
                # (but "قصفت القوات الروسية بلدة أفدييفكا" in a report on Ukraine: a town noun says
                # the name is a town, and the article says which country's)
                continue  # "بليون" (in Balyun) is not Leon, USA, though the article names America
            if getattr(pm, "weak", False) and place.kind != "country":
                # a name that is also a word ("منطقة العين"), in a country the article
                # never names, is a local spot of that name, not the far city; but "غارات
                # على مدينة صور" after "الطيران الإسرائيلي": a settlement noun says the
                # word is that town, when the article's countries are all the region's
                # ("قرية بيتا" in a Nigerian story is not the West Bank's Beita)
                article_focus = self.focus(text)
                # (the country of the towns the article has named so far counts as named: "أحياء
                # درعا البلد" then "في مدينة طفس وبلدة المزيريب" in a report that never says "سوريا")
                if article_focus and place.country not in article_focus and not (
                        pm.cue and place.country in {getattr(p, "country", None) for p in context[-8:]}) and not (
                        pm.cue and (normalize_word(pm.cue) in SETTLEMENT_NOUNS
                                    or without_clitics(normalize_word(pm.cue)) in SETTLEMENT_NOUNS)
                        and region and all(c in region for c in article_focus)
                        # (a town or village noun names no big city abroad: "على بلدة العين" in Abyan
                        # is not the Emirates' al-Ain)
                        and (getattr(place, "population", 0) < 100_000
                             or without_clitics(normalize_word(pm.cue)).startswith("مدين"))) and not (
                        # "بلدة الحنية والقليلة": the list's next town, in the same country
                        pm.cue == "و" and found and getattr(found[-1][2], "country", None) == place.country) and not (
                        # "قرب الحدود السورية في القائم": a border names the country beyond it; the
                        # town after "في" may lie on this side (al-Qaim is Iraq's, the article's
                        # only country Syria)
                        pm.cue == "في" and region and place.country in region and border_clause):
                    continue
            context.append(place)
            found.append((k, self._token_at(ct, end - 1), place, text[start:end], start, end))
            cands_at[start] = pm.candidates
        # (the act words between two places: "و" + an act opens a new item, no container)
        acts = frozenset(m.i for m in self.lex.triggers.find(ct)) if len(found) > 1 else frozenset()
        fitted = self._fit_containers(ct, found, cands_at, acts)
        for before, after in zip(sorted(found, key=lambda f: f[0]), fitted, strict=True):
            if after[2] is not before[2]:
                self._placed[1][normalize_word(before[3])] = after[2]
        found = [(k, kend, self._placed[1].get(normalize_word(surface), place), surface, start, end)
                 for k, kend, place, surface, start, end in fitted] if self._placed[1] else fitted
        found += self._dual_facilities(ct)
        found.sort(key=lambda f: f[0])
        prev, prev_role = None, None
        # the clause's words of travel and of office, found once (most clauses have places to test)
        # (not "ومحطة تحويل في مدينة عامودا": a transformer station, a site hit, is no transfer)
        travel_at = {x for x in token_hits(ct, _TRAVEL_FORMS) if not (
            x and ct[x].norm.removeprefix("و") == "تحويل" and ct[x - 1].norm.removeprefix("و") in STATION_NOUNS)
            # (nor "أسقطت طائرة مسيرة كانت تتجه نحو مطار أربيل": what was on its way when it was
            # downed or struck names its target, as "كانت متجهة نحو" does)
            and not (x and ct[x].norm in _ON_ITS_WAY and ct[x - 1].norm in ("كانت", "كان"))
            # (nor "تعزيزات للمليشيا كانت في طريقها إلى الجبهة في منطقة الحرجة": what was struck on
            # its way names where it was going as its target area, as "كانت تتجه نحو" does; not
            # "حافلة تقل أقباطاً في طريقهم إلى دير الأنبا صموئيل": travellers' end, told without "كانت")
            and not (x > 1 and ct[x].norm in ON_THE_ROAD_WORDS and ct[x - 1].norm == "في"
                     and ct[x - 2].norm.removeprefix("و") in ("كانت", "كان", "كانوا"))} \
            if found else ()
        if found:
            travel_at = set(travel_at) | {x for x, t in enumerate(ct) if t.norm in _HEADING_FORMS and any(
                ct[y].norm.lstrip("و") in _CARRIER_FORMS for y in range(max(0, x - 4), x))}
        flee_at = set(token_hits(ct, _FLEE_FORMS)) if found else ()
        # who reports matters only beside a place: most clauses name none
        reporter_ends = {m.j for m in self.lex.reporters.find(ct)} if found else set()
        # The rare words a few tests below look for a few words before a place (a siren, a
        # cause, a protest, a plan, a condition): a clause holding none of a test's words skips
        # its scan (one C set test per clause instead of a generator per place).
        words = set(map(_NORM, ct)) if found else set()
        joined = " ".join(words)  # (a siren word may carry any number of "و": a substring test)
        sirens = any(map(joined.__contains__, SIREN_WORDS))
        causes = not CAUSE_WORDS.isdisjoint(words)
        protested = not PROTESTED_WORDS.isdisjoint(words)
        planned = not PLANNED_WORDS.isdisjoint(words)
        preparing = not PREPARING_WORDS.isdisjoint(words)
        conditions = not AS_LONG_AS.isdisjoint(words) or "دام" in words or "دامت" in words
        until_stopped = not UNTIL_STOPPED.isdisjoint(words) and not WAR_NOUNS_DEFINITE.isdisjoint(words)
        relieved = "الضغط" in words and not RELIEF_WORDS.isdisjoint(words)
        achieved = not ACHIEVEMENT_NOUNS.isdisjoint(words)
        between = "بين" in words  # (roads between towns, places lying between them)
        extents = not EXTENT_WORDS.isdisjoint(words)
        returns = not RETURN_WORDS.isdisjoint(words)
        reinforced = not REINFORCE_WORDS.isdisjoint(words)
        about = set()  # refs named by their countryside or as what a place is near
        district_of = set()  # towns named as the district they head ("وفي قضاء صور")
        named_in_district = set()  # places named in a district ("بقضاء أبوغريب", "في ناحية الرياض")
        for (k, kend, place, surface, start, end) in found:
            place = _countryside(ct, k, kend, place)
            kind = getattr(place, "kind", "town")
            # (the preposition "على" folds to the name "علي": "غارات على الميادين" names a place)
            if k and (ct[k - 1].norm in GIVEN_NAMES and ct[k - 1].text.lstrip("و") != "على"
                      or ct[k - 1].norm in KIN_WORDS) and ct[k].norm.startswith("ال"):
                continue  # "محمد علي الشدادي", "أبو بكر البغدادي": a family name, not a place
            if self._metonymy(ct, k, kend):
                continue  # "اتفاق موسكو", "الموالية لطهران", "قالت تل أبيب إن": a government, not a place hit
            if text[ct[k].start:start] == "و" and text[end:end + 2].lstrip().startswith(":"):
                # "ضربات ... على مواقع في سوريا.. وموسكو: الدفاعات اعترضت 71 صاروخا": a headline's
                # second half told in a government's voice, "And Moscow: ...", not a place hit
                continue
            if k and ct[k - 1].norm == "لدي":
                # "القائم بالأعمال التركي لدى بغداد", "سفيرها لدى أنقرة": the capital an envoy is
                # accredited to, not a place hit
                continue
            if k and ct[k - 1].norm in GATE_WORDS:
                # "في أحياء باب طبرق والمغار" (Derna; the corpus's "حي باب طبرق"), "منطقة باب مكة" (Jeddah):
                # a quarter named after the gate of the road to a town is not that town
                continue
            if text[ct[k].start:start] in ("", "و") and _said_after(ct, k, kend):
                # (a bare name, "و" at most before it: not "تفجير مسجد قوات الطوارئ بعسير كشف الوجه")
                continue  # "وكانت واشنطن ولندن قد أعلنتا في بيان مشترك": governments speaking
            if sirens and any(ct[x].norm.lstrip("و") in SIREN_WORDS for x in range(max(0, k - 4), k)):
                continue  # "ودوت صفارات الإنذار في تل أبيب ومحيطها": a warning sounded there, no place hit
            if ct[k].norm.endswith("حدود") and _borders_of_another(ct, kend):
                # "على قرى في الحدود الشمالية والشرقية لنيجيريا" (snn-2015-08-01-0649), "زيارة الى الحدود
                # الشمالية مع لبنان": a country's borders, not Saudi Arabia's Northern Borders region
                continue
            if causes and any(ct[x].norm in CAUSE_WORDS and (ct[x + 1].norm.startswith("ل") or ct[x + 1].norm == "مع")
                   and not any(ct[y + 1].start - ct[y].end > 1 for y in range(x, k))
                   # (not "والميليشيات المساندة لها على مدينة إدلب": the fire's target after "على")
                   and not any(ct[y].norm in ("علي", "ضد") for y in range(x + 1, k))
                   for x in range(max(0, k - 4), k)):
                continue  # "نصرةً لغزة", "نصرة لأهلنا في الزبداني": the cause the act was done for, not its place
            if protested and any(ct[x].norm in PROTESTED_WORDS and ct[x + 1].norm == "علي"
                                 for x in range(max(0, k - 4), k - 1)):
                continue  # "احتجاجًا على جريمة دوما": the act protested, not where the clashes were
            if k >= 2 and ct[k - 2].norm in SINCE_ACT_WORDS and ct[k - 1].norm in EARLIER_ACT_NOUNS:
                continue  # "غارات باكستانية داخل أفغانستان بعد هجوم مير علي": the act answered's place
            if _in_earlier_act(ct, k):
                continue  # "بعد ساعات من الهجوم الذي استهدف مقر الشركة قرب العاصمة أنقرة"
            if _after_its_fall(ct, k):
                continue  # "بعد خسارة الرقة", "بعد تحرير مدينة الرمادي": an earlier fall, not a place hit
            if planned and any(ct[x].norm in PLANNED_WORDS and any(ct[y].norm.startswith("ل") for y in range(x + 1, k))
                   for x in range(max(0, k - 5), k)):
                continue  # "يشتبه في تخطيطهم لهجمات على مطار كابل", "خطط لتنفيذ عمليات في الضفة": intent, no act there
            if preparing and any(ct[x].norm in PREPARING_WORDS and ct[x + 1].norm in EARLIER_ACT_NOUNS
                                 for x in range(max(0, k - 7), k - 1)):
                continue  # "لإعداد هجمات بالطائرات المسيرة على قاعدة حميميم": acts prepared, not this one
            if _blamed_for(ct, k):
                continue  # "المسؤول، بحسب تل أبيب، عن الهجوم على بلدة مجدل شمس": the act he is blamed for
            if conditions and any(ct[x].norm in AS_LONG_AS or ct[x].norm in ("دام", "دامت") and x
                                  and ct[x - 1].norm == "ما" for x in range(max(0, k - 5), k)):
                continue  # 'مؤكدة أن "العمليات ستتصاعد ما دام العدوان على غزة مستمراً"': a condition, not a place hit
            if until_stopped and any(ct[x].norm in UNTIL_STOPPED and ct[x + 1].norm in WAR_NOUNS_DEFINITE
                                     for x in range(max(0, k - 5), k - 1)):
                continue  # "ستواصل عملياتها حتى يتوقف العدوان على غزة": the war to end, not a place hit
            if relieved and any(ct[x].norm in RELIEF_WORDS and ct[x + 1].norm == "الضغط"
                                and ct[x + 2].norm in ("عن", "علي") for x in range(max(0, k - 6), k - 2)):
                continue  # "أن الهجوم جاء لتخفيف الضغط عن الإرهابيين في الموصل": whom it relieves, not a place hit
            if achieved and any(ct[x].norm in ACHIEVEMENT_NOUNS and ct[x + 1].norm in RELATIVE_PRONOUNS
                                for x in range(max(0, k - 10), k - 1)):
                continue  # "والنجاحات التي حققتها قوات التحالف ... في تطهير عدن": achievements summed up
            if kind == "country":
                prev, prev_role = (kend, place), "country"
                continue
            window = [cue_at.get(x) for x in range(max(0, k - 6), k)]
            if "launch" in window and "target" in window[window.index("launch"):]:
                # "قذائف هاون أطلقت من الأراضي السورية على بلدة أقجة قلعة": a place after the
                # target's "على" is where the fire fell, not where it came from
                window = window[len(window) - window[::-1].index("target"):]
            # a launch cue reaches over the attacker's description, not past a target cue
            back = [cue_at.get(x) for x in range(max(0, k - 14), k)]
            while back and back[-1] not in ("launch", "control", "target"):
                back.pop()
            role = "target"
            on_road = k and ct[k - 1].norm in _ROAD_FORMS
            # "على الطريق الواصل بين مدينة القامشلي وبلدة تل حميس": near the first end
            road_between = between and any(ct[x].norm == "بين" for x in range(max(0, k - 3), k)) and any(
                ct[x].norm in _ROAD_FORMS for x in range(max(0, k - 6), k)) or (
                # "استهدفت تجمعات القوات الشعبية بين بلدتي الصالحية وخشام": one place between two
                # towns, placed at the first as a road between them is, not two acts
                k > 1 and ct[k - 2].norm == "بين" and (ct[k - 1].norm in DUAL_TOWN_NOUNS
                                                       # (or provinces: "غارات جوية على تعزيزات ... في أحد
                                                       # الخطوط التي تربط بين محافظتي البيضاء وأبين")
                                                       or ct[k - 1].norm in DUAL_PROVINCES))
            # (or "between the two provinces" with no "lying": "في منطقة مطيبيجة بين محافظتي صلاح الدين
            # وديالى", "في جبل البشري على الحدود الإدارية بين محافظتي الرقة ودير الزور": the dual
            # province noun says the two names bound the place before, as "الواقعة بين" does)
            lying_at = next((x for x in range(k - 1, max(0, k - 7), -1)
                             if ct[x].norm == "بين" and (ct[x - 1].norm in LYING_WORDS
                                                         or x + 1 < k and ct[x + 1].norm in DUAL_PROVINCES)),
                            None) if between else None
            if lying_at is not None and prev is not None and (
                    prev_role == "target" and k - lying_at <= 3 and 0 < lying_at - prev[0] <= 6
                    # (and the second of the two, joined by "و": "بين محافظتي صلاح الدين وديالى")
                    or prev_role == "container" and prev[0] > lying_at and k - prev[0] <= 2):
                # "على مواقعها في ناحية آلتون كوبري (پردێ) الواقعة بين كركوك وأربيل", "على موقع للجيش
                # في منطقة مطيبيجة الواقعة بين محافظتي صلاح الدين وديالى": the towns or provinces a
                # place named right before "lies between" only locate it; they are not places struck
                refs.append(PlaceRef(place, surface, start, end, 3, "container"))
                prev, prev_role = (kend, place), "container"
                continue
            if between and KIND_RANK.get(kind, 2) >= 4 and any(ct[x].norm == "بين" and ct[x - 1].norm in LYING_WORDS
                                                   for x in range(max(1, k - 3), k)) and not any(
                    # (not "دار سعد الواقع بين محافظتي عدن ولحج": two provinces, both its bounds)
                    ct[x].norm in DUAL_PROVINCES for x in range(max(0, k - 3), k)):
                # "منطقة اللحوم الواقعة بين محافظة لحج وعدن" (snn-2015-07-31-1904): of a spot "lying
                # between" a province and a town, the province is only its bound (the town places it)
                refs.append(PlaceRef(place, surface, start, end, 3, "container"))
                prev, prev_role = (kend, place), "container"
                continue
            on_at = k - 1
            if on_at >= 2 and ct[on_at].norm == "مع":
                on_at -= 1
            if on_at >= 2 and ct[on_at].norm in BORDER_NOUNS:
                on_at -= 1
            if prev is not None and on_at >= 1 and ct[on_at].norm == "علي" and ct[on_at - 1].norm in LYING_WORDS:
                # "مقاطعة شيرناك، الواقعة على الحدود مع العراق وسوريا" (snn-2015-08-07-0187): where
                # the place named before lies, not a second place hit; so too the province after
                # "lying on the border": "على مبنى ... بالمحافظة الواقعة على الحدود بجازان" is in
                # Jazan, whose border it lies on, not a second building shelled there
                refs.append(PlaceRef(place, surface, start, end, 3, "container"))
                prev, prev_role = (kend, place), "container"
                continue
            if extents and any(ct[x].norm in EXTENT_WORDS and ct[x + 1].norm in ("بين", "من")
                               for x in range(max(0, k - 5), k - 1)):
                # "في البادية السورية الممتدة بين حمص ودير الزور والرقة": the bounds of a wide
                # area, not places hit (not "الواقعة بين": a spot between two towns is placed by them)
                refs.append(PlaceRef(place, surface, start, end, 3, "container"))
                prev, prev_role = (kend, place), "container"
                continue
            if road_between and prev_role != "road_end":
                refs.append(PlaceRef(place, surface, start, end, 2, "road_end"))
                prev, prev_role = (kend, place), "road_end"
                continue
            if on_road or road_between or (prev is not None and (
                    prev_role == "road" and k - prev[0] == 1 or prev_role == "road_end" and k - prev[0] <= 2)):
                refs.append(PlaceRef(place, surface, start, end, 2, "road"))
                prev, prev_role = (kend, place), "road"
                continue  # "على طريق دمشق بيروت": a road, not its end points
            if k >= 2 and ct[k - 2].norm in ("الي", "نحو") and ct[k - 1].norm in _HOSPITAL_FORMS or any(
                    # "نُقلا على إثرها إلى مشفى في مدينة الحسكة": the hospital's town
                    h and ct[h - 1].norm in ("الي", "نحو") and ct[h].norm in _HOSPITAL_FORMS
                    and all(ct[y].norm in HOSPITAL_TOWN_WORDS for y in range(h + 1, k))
                    for h in range(max(1, k - 4), k - 1)):
                refs.append(PlaceRef(place, surface, start, end, 2, "destination"))
                prev, prev_role = (kend, place), "destination"
                continue  # "نقلوا إلى مستشفى سامراء": where the wounded went, not where the act was
            if kind in ("city", "town") and any(ct[x].norm in ("الي", "والي") for x in range(max(0, k - 3), k)) and any(
                    ct[x].norm in TREATMENT_WORDS for x in range(kend + 1, min(kend + 3, len(ct)))):
                # "نُقلوا إلى مستشفى مودية ثم إلى العاصمة عدن لتلقي العلاج": sent there for care
                refs.append(PlaceRef(place, surface, start, end, 2, "destination"))
                prev, prev_role = (kend, place), "destination"
                continue
            if returns and any(ct[x].norm in RETURN_WORDS and ct[x + 1].norm == "من"
                               for x in range(max(0, k - 3), k - 1)):
                # "أثناء عودته من مدينة دير الزور": where one came back from (RETURN_WORDS)
                refs.append(PlaceRef(place, surface, start, end, 2, "destination"))
                prev, prev_role = (kend, place), "destination"
                continue
            if travel_at and (any(x in travel_at for x in range(max(0, k - 3), k))
                              or self._moved_towards(ct, k, travel_at) or self._brought_from(text, ct, k, travel_at)
                              or prev_role == "destination" and k - prev[0] <= 3 and ct[k - 1].norm.startswith("و")) \
                    or flee_at and self._moved_towards(ct, k, flee_at):
                refs.append(PlaceRef(place, surface, start, end, 2, "destination"))
                prev, prev_role = (kend, place), "destination"
                continue  # "وقام وزير الدفاع بزيارة مفاجئة لبغداد": where someone went, not a place hit
            if any(ct[x].norm.removeprefix("و") in _CAMPAIGN_NOUNS and ct[x + 1].norm in SEARCH_WORDS
                   and x and ct[x - 1].norm.removeprefix("و") in _CAMPAIGN_START_WORDS
                   and not any(cue_at.get(y) == "target" or ct[y].norm in ("علي", "ضد") for y in range(x + 2, k))
                   for x in range(max(0, k - 6), k - 1)):
                # "معلنة إطلاق حملة تمشيط واسعة في بادية الميادين والعشارة": the area a sweep now
                # launched will cover is where men go looking, not a place hit (not "قضت على إرهابيين
                # إثر عملية بحث وتمشيط بولاية البويرة": the operation in which they were killed)
                refs.append(PlaceRef(place, surface, start, end, 2, "destination"))
                prev, prev_role = (kend, place), "destination"
                continue
            if reinforced and any(ct[x].norm in REINFORCE_WORDS and not any(
                    ct[y + 1].start - ct[y].end > 1 or ct[y].norm in ("علي", "ضد") for y in range(x, k - 1))
                    for x in range(max(0, k - 5), k)):
                # "لتعزيز جبهة القتال في مدينة لودر": where the reinforcements were bound for
                refs.append(PlaceRef(place, surface, start, end, 2, "destination"))
                prev, prev_role = (kend, place), "destination"
                continue
            if self._office(ct, k) or self._envoys_post(ct, k):
                refs.append(PlaceRef(place, surface, start, end, 2, "office"))
                prev, prev_role = (kend, place), "office"
                continue
            if any(0 <= k - j <= 1 for j in reporter_ends) and (
                    ct[k].norm.startswith(("في", "ب")) or (k and ct[k - 1].norm == "في")) or any(
                    k - j == 2 and ct[j].norm == "في" and ct[j + 1].norm in _SOURCE_UNIT_NOUNS for j in reporter_ends):
                role = "reporter_base"  # "مصادر محلية في دير الزور", "مصدر عسكري في محور تعز"
            elif _bare_source_in(ct, k):
                # "أفاد مصدر في قضاء العمادية بأن القصف التركي ... في محيط قرية كاني ماسي": (below)
                # where the act was only when the clause places it nowhere else
                role = "spoken_from"
            elif (ct[k].norm.startswith("في") or k and ct[k - 1].norm == "في") and any(
                    ct[x].norm in _CORRESPONDENT_FORMS
                    and not any(ct[y].norm in THAT_WORDS for y in range(x + 1, k))
                    for x in range(max(0, k - 7), k)):
                # "أفادت مندوبة "الوكالة الوطنية للإعلام" في بنت جبيل أن", "وأفاد مراسلنا في عدن أن",
                # "أفاد مراسل الميادين في حمص", "بحسب ما رصده مراسل عنب بلدي في إدلب":
                # where the correspondent files from, past the outlet's name (below: when the
                # clause names another place hit)
                role = "filed_from"
            elif k >= 2 and ct[k].norm.startswith("و") and (
                    ct[k - 1].norm.startswith("في") or ct[k - 2].norm == "في") and any(
                    ct[x].norm in _CORRESPONDENT_FORMS
                    and not any(ct[y].norm in THAT_WORDS for y in range(x + 1, k))
                    for x in range(max(0, k - 8), k - 1)):
                # "أفاد مندوب الوكالة الوطنية للإعلام في مرجعيون وبنت جبيل أن": a correspondent who
                # covers two districts files from both; the second is no more a place hit
                role = "filed_from"
            elif (ct[k].norm.startswith("في") or k and ct[k - 1].norm == "في") and any(
                    ct[x].norm.lstrip("و") in SPOKESMAN_WORDS and ct[x + 1].norm == "باسم"
                    and not any(ct[y].norm in THAT_WORDS for y in range(x + 1, k))
                    and not self.lex.actors.find(ct[x + 2:k])
                    for x in range(max(0, k - 6), k - 1)):
                # "وقال المتحدث باسم الدفاع المدني في منطقة الرياض إن الفرق باشرت بلاغات عن سقوط
                # أجزاء من الصواريخ": the region of the civil body he speaks for, as a correspondent's
                # town (below: where the act was only when nothing was placed before); a fighting
                # side's spokesman "في أبين" speaks for its forces there, where they fought
                role = "filed_from"
            elif (ct[k].norm.startswith("في") or k and ct[k - 1].norm == "في") and any(
                    ct[x].norm.lstrip("و") in SPOKESMAN_WORDS
                    and not any(ct[y].norm in THAT_WORDS for y in range(x + 1, k))
                    for x in range(max(0, k - 5), k)):
                role = "spoken_from"  # "المتحدث باسم المقاومة في شبوة": (below) beside another place hit
            elif (ct[k].norm.startswith(("في", "ب")) or k and ct[k - 1].norm == "في") and any(
                    ct[h].norm in _HOSPITAL_FORMS and any(
                        ct[x].norm.lstrip("و") in SOURCE_NOUNS for x in range(max(0, h - 3), h))
                    for h in range(max(0, k - 6), k)):
                # "وفق مصادر طبية في مستشفى شهداء الأقصى بدير البلح": the hospital the medical
                # sources speak from (below: only when the clause names another place hit; "أفاد
                # مصدر طبي بمستشفى الهريش في درنة بوصول جثتين ... جراء قذائف سقطت على حي" is in Derna)
                role = "spoken_from"
            elif any(ct[x].norm in ACCORDING_TO and all(
                    ct[y].norm not in ("في", "علي", "الي", "من", "قرب") and not ct[y].norm.startswith("ب")
                    and "،" not in text[ct[y].end:ct[y + 1].start] for y in range(x + 1, k))
                    for x in range(max(0, k - 5), k - 1)):
                # "في هجوم شنته قوات الدعم السريع، بحسب لجان مقاومة مدينة ود مدني": a town in the
                # name of the body cited, its genitive, is where that body speaks from (below: where
                # the act was only when the clause places it nowhere else)
                role = "spoken_from"
            elif self._in_speakers_title(ct, k, kend):
                # "وقال رئيس نقابة صيادي السمك في ولاية بورنو أبو بكر غامندي لوكالة فرانس برس إن
                # «بوكو حرام هاجمت ... ثلاث قرى على ضفاف بحيرة تشاد»": a place in the title of the one
                # who speaks, before the "that" of what he says (below: where the act was only when the
                # clause places it nowhere else)
                role = "spoken_from"
            elif k >= 2 and ct[k - 1].norm == "من" and ct[k - 2].norm in REPORTS_COMING:
                # "وأفادت التقارير الواردة من بغداد بأن طائرة مسيرة أمريكية أطلقت": where the
                # reports came from, as a correspondent's town (below: when another place is hit)
                role = "filed_from"
            elif "seize" in window[-3:]:
                role = "seized"  # "السيطرة على مدينة درعا": a front line, not a place hit
            elif ("launch" in window or (back and back[-1] == "launch") or (
                    back and back[-1] == "control" and launched_from_control(cue_at, k))) and not (
                    # "من مواقعهم في مارع وإعزاز قرى ناحية تل رفعت": after the places fire came
                    # from, the villages it struck open the object
                    prev_role == "launch" and any(ct[x].norm in STRUCK_SETTLEMENTS for x in range(prev[0] + 1, k))) \
                    or self._fired_from(ct, k, cue_at):
                role = "launch"  # "مصدرها مناطق سيطرة المليشيات في مدينة الميادين"
            elif any((0 < k - j <= 2 and (ct[k].norm.startswith(("في", "ب")) or ct[k - 1].norm == "في"
                                           # (a place noun after "في": "داعش في مدينة الرقة"; a bare one
                                           # is the verb's object: "هاجم مستوطنون بلدة ترمسعيا",
                                           # "قصفت قوات النظام مدينة سرمين" struck the town)
                                           or ct[k - 1].norm in PLACE_CUE_WORDS and ct[j].norm == "في")
                      # (not "أحرق مستوطنون منزلا في قرية دوما": the object between is what was hit there)
                      and all(ct[x].norm == "في" or ct[x].norm in PLACE_CUE_WORDS for x in range(j, k))
                      # "هجوما لتنظيم داعش على بلدة البغدادي": what it struck, not where it was
                      and not any(cue_at.get(x) == "target" for x in range(j, k)))
                     or (0 < k - j <= 4 and any(ct[x].norm in STATIONED for x in range(j, k)))
                     for (i, j) in attacker_spans
                     # (not "لغم زرعه الحوثيون بمنطقة العرقوب": where a mine was laid is where it hit)
                     if not (i and ct[i - 1].norm in PLANTED)
                     # (nor "برصاص مجهولين في الكسرة": unknown men have no known base; where they
                     # are named is where they struck)
                     and not any(ct[x].norm.lstrip("وبل").startswith(("مجهول", "المجهول")) for x in range(i, j))):
                role = "attacker_base"  # "المليشيات الإيرانية المتمركزة في مدينة دير الزور"
                if not any(ct[x].norm in STATIONED for (i, j) in attacker_spans for x in range(j, min(j + 4, k))) \
                        and any(j == k - 1 and i and ct[i - 1].norm.lstrip("وف") in ACT_VERBS_BEFORE_SIDE
                                for (i, j) in attacker_spans):
                    # "هاجم مسلحون في قلات مركزاً للشرطة": right after the side that follows its
                    # verb, a bare "في" may tell where the act was; decided below, as "stood_at" is
                    role = "side_in"
            elif any(ct[x].norm in STATIONED and ct[x - 1].norm in _ARMED_MEN
                     and not any(cue_at.get(y) == "target" for y in range(x, k))
                     for x in range(max(1, k - 6), k)):
                # "أن الإرهابيين المنتشرين في منطقة خفض التصعيد بإدلب أطلقوا ... قذائف سقطت ... وسط
                # المدينة": where unnamed armed men are deployed is where they fired from
                role = "attacker_base"
            elif prev_role == "attacker_base" and 0 < k - prev[0] <= 1 and ct[k].norm.startswith("و"):
                # "قوات المقاومة الشعبية في محافظتي الضالع وعدن على مثلث العند" (aawsat 2015-07-21):
                # the second of the side's places joined by "و" is where it comes from too
                role = "attacker_base"
            elif any(x - j <= 1 and 0 < k - x <= 6 and ct[x].norm in STATIONED
                     and not any(cue_at.get(y) == "target" for y in range(x, k))
                     for (i, j) in attacker_spans for x in range(j, min(j + 2, k))):
                # "جيش الاحتلال التركي ومرتزقته المتمركزون في محيط مدينة سري كانيه": the participle
                # right after the side (or its partner joined by و) says where it stood, a few
                # words on; when the clause names another place hit (below)
                role = "stood_at"
            elif prev is not None and 0 < k - prev[0] <= (5 if any(
                    # ("وادي الشاي ضمن قاطع قيادة عمليات كركوك": the command sector that holds it)
                    ct[x].norm == "ضمن" for x in range(prev[0] + 1, k)) else 8 if any(
                    # ("منطقة الهري الواقعة في الريف الجنوبي الشرقي لمدينة البوكمال": "lying in" the
                    # countryside of a town, told past its compass words)
                    ct[x].norm in LOCATED_WORDS for x in range(prev[0] + 1, min(prev[0] + 3, k))) else 4) and (
                    KIND_RANK.get(kind, 2) >= KIND_RANK.get(getattr(prev[1], "kind", "town"), 2)
                    # "في قرية الشقب بمديرية صبر الموادم": a district named by its administrative
                    # noun holds the village or town before it (a district row ranks below a village
                    # as a town's quarter does; the noun may open the row's own name, "مديرية صبر
                    # الموادم"); not "حي ليبيا بمديرية السبعين", a country's name in a quarter's
                    or kind == "district" and getattr(prev[1], "kind", "") in ("village", "town")
                    and (ct[k - 1].norm.removeprefix("ب") in ADMIN_DISTRICT_NOUNS
                         or ct[k].norm.removeprefix("ب") in ADMIN_DISTRICT_NOUNS)) and \
                    not ct[k].norm.startswith("و") and place is not prev[1] and not (
                        # ('قاعدتا حقل كونيكو للغاز و"القرية الخضراء"': the "و" written apart before a quote)
                        k and ct[k - 1].norm == "و") and not (
                        # "قاعدة الديلمي الجوية في صنعاء، ومطار الحديدة، ومعسكرا في مدينة تعز": after a
                        # comma, a word with "و" opens the list's next place, never the one before's container
                        any(ct[x].norm.startswith("و") and ct[x].start - ct[x - 1].end > 1
                            for x in range(prev[0] + 1, k))) and not (
                        k and ct[k - 1].norm.startswith("و") and (ct[k - 1].norm[1:] in _SECOND_PLACE_NOUNS
                                                                  # "العاصمة صنعاء ومحافظات الحديدة وتعز":
                                                                  # a list's next places, no container
                                                                  or ct[k - 1].norm in ADMIN_LIST_NOUNS)) and not (
                        # "على ميناء الحديدة ومصنع أسمنت باجل": the next works listed, by its town
                        k > 1 and ct[k - 2].norm.startswith("و") and ct[k - 2].norm[1:] in FACILITY_NOUNS) and not (
                        # "ومواقع في بادية الميادين، وأخرى قرب البوكمال": another site hit (ANOTHER_ONE)
                        any(ct[x].norm in ANOTHER_ONE for x in range(prev[0] + 1, k))) and not (
                        # "في مدينة الميادين وفي بادية البوكمال": "وفي" opens the list's next place
                        k and ct[k - 1].norm == "وفي") and not _next_toll(ct, prev[0] + 1, k) and not (
                        # "من اتجاه الجولان المحتل مواقع عسكرية في ريف القنيطرة": what was hit comes between
                        # (as do "قرى" in "من مواقعهم في مارع وإعزاز قرى ناحية تل رفعت")
                        any(cue_at.get(x) == "target" or ct[x].norm in STRUCK_SETTLEMENTS
                            for x in range(prev[0] + 1, k))):
                # "في قضاء بيجي ومدينة الرمادي": a second place, not the first one's container
                role = "container"
            elif (lie := k - 1 - (k > 1 and ct[k - 1].norm in REFERENCE_TOWN_NOUNS)) > 1 \
                    and ct[lie].norm in ("في", "ب") and ct[lie - 1].norm in LOCATED_WORDS \
                    and ct[lie - 2].norm.removeprefix("و") in _BASE_AGAIN:
                # "حاولت الاقتراب من القاعدة الواقعة في قضاء شقلاوة": the base told before (the
                # definite noun refers back to it) lies in the district, which holds it and is not hit
                role = "container"
            elif prev is not None and KIND_RANK.get(getattr(prev[1], "kind", "town"), 2) == 0 \
                    and 0 < k - prev[0] <= 10 and KIND_RANK.get(kind, 2) >= 1 \
                    and (ct[k - 1].norm in SITE_DISTRICT_NOUNS or ct[k - 1].norm.lstrip("ب") in SITE_DISTRICT_NOUNS
                         # (or the noun opening the name the gazetteer matched: "في ناحية البغدادي")
                         or ct[k].norm in SITE_DISTRICT_NOUNS) \
                    and not ct[k - 1].norm.startswith("و") and not any(
                        cue_at.get(x) == "target" or ct[x].norm in STRUCK_SETTLEMENTS for x in range(prev[0] + 1, k)):
                # "قاعدة حرير العسكرية التي تتمركز فيها قوات أميركية في قضاء شقلاوة": the district
                # a base named before lies in, past the words that describe the base
                role = "container"
            elif prev is not None and k > 2 and ct[k - 1].norm in BELONGING_ADMIN \
                    and ct[k - 2].norm in ("التابعه", "التابع", "التابعين", "التابعتين") \
                    and ct[k - 3].norm == ct[prev[0]].norm:
                # "مسجد الروضة بقرية الروضة التابعة لمركز بئر العبد": the district the place
                # named before (and named again with its settlement noun) belongs to; (not
                # "مصدر أمني في محافظة الأنبار ... في منطقة الحراريات التابعة لقضاء الكرمة":
                # a place the gazetteer lacks is placed at its district)
                role = "container"
            precision = self._precision(ct, k, kind)
            if precision < 3 and k and ct[k - 1].norm.removeprefix("و").removeprefix("ب") in _AREA_OF_PROVINCE \
                    and governorate_namesake(place):
                # "في منطقة غاو شمالي البلاد", "في منطقة دير الزور شرقي سوريا": the area of a city that
                # names its province is that province (as "محافظة دير الزور" is), which a town the
                # article then names places
                precision = 3
            refs.append(PlaceRef(place, surface, start, end, precision, role))
            if role == "target" and getattr(place, "source", "") != "countryside" and (
                    ct[k].norm.startswith("بريف") or any(ct[x].norm in COUNTRYSIDE_WORDS or ct[x].norm in NEAR_WORDS
                                                        for x in range(max(0, k - 2), k))):
                about.add(len(refs) - 1)
            elif role == "target" and k and ct[k - 1].norm in DISTRICT_OF_TOWN_WORDS:
                district_of.add(len(refs) - 1)
            if role == "target" and k > 1 and (ct[k - 1].norm in _IN_DISTRICT_FORMS or ct[k - 1].norm
                                               in ADMIN_DISTRICT_NOUNS and ct[k - 2].norm == "في"):
                named_in_district.add(len(refs) - 1)
            prev, prev_role = (kend, place), role
        # "وفي ريف ناحية تل تمر، قصف ... قريتي أم الكيف والدردارة", "قرية X قرب مدينة Y": a
        # town named only by its countryside or as what a place is near, beside villages named
        # outright a few km off, is where they lie, not a place struck of its own
        exact = [r for r in refs if r.role == "target" and r.precision == 1
                 and getattr(r.place, "kind", "") in ("town", "village")]
        refs = [replace(r, role="container") if x in about and getattr(r.place, "kind", "") in ("town", "city") and any(
            q.place is not r.place and great_circle((q.place.lat, q.place.lon), (r.place.lat, r.place.lon)).km
            <= ABOUT_TOWN_KM for q in exact) else r for x, r in enumerate(refs)]
        # (a district's town: any town or village of it the clause names as hit, at any precision, or
        # as the road the act was on: "على طريق بلدة زبقين" is then the place, near that village)
        def in_district(q, r):
            # (a district holds its own country's villages: not Albukamal across the border from al-Qaim)
            return q.place is not r.place and q.role in ("target", "road", "road_end") \
                and getattr(q.place, "kind", "") in ("town", "village") \
                and getattr(q.place, "country", None) == getattr(r.place, "country", None) \
                and great_circle((q.place.lat, q.place.lon), (r.place.lat, r.place.lon)).km <= ABOUT_TOWN_KM
        held = [x for x in district_of if getattr(refs[x].place, "kind", "") in ("town", "city")
                and any(in_district(q, refs[x]) for q in refs)]
        if held:
            villages = {id(q) for x in held for q in refs if in_district(q, refs[x])}
            refs = [replace(r, role="container") if x in held else
                    replace(r, role="target") if id(r) in villages and r.role != "target" else r
                    for x, r in enumerate(refs)]
        # "وفي بغداد قتل شخصان وأصيب خمسة آخرون بانفجار في الحي الصناعي بقضاء أبوغريب": a city named
        # before a district of the governorate it shares its name with ("ب/في" + قضاء, ناحية, مديرية)
        # stands for that governorate, which holds the district: a container, not a second place hit
        # (not "على مدينة الموصل وقضاء تلعفر": two places joined by "و")
        provinces = {x for x, r in enumerate(refs) if r.role == "target" and governorate_namesake(r.place)
                     and any(y in named_in_district and refs[y].start > r.start and refs[y].place is not r.place
                             and getattr(refs[y].place, "admin1", None) == r.place.admin1
                             and getattr(refs[y].place, "country", None) == r.place.country for y in range(len(refs)))}
        if provinces:
            refs = [replace(r, role="container") if x in provinces else r for x, r in enumerate(refs)]
        # (but "برصاص قناصة من الحوثيين المتمركزين في مبنى الامن السياسي في تعز": with no other
        # place hit, where the side stood is where it struck)
        stood = "attacker_base" if any(r.role == "target" for r in refs) else "target"
        refs = [replace(r, role=stood) if r.role in ("stood_at", "side_in") else r for r in refs]
        # "على الطريق بين تدمر ودير الزور بالقرب من بلدة الشولا": the act is near the place the
        # clause names on the road (a town, not larger than the road's end), not at the road's
        # first end; with none, near the first end
        # ("على الطريق الواصل بين مدينة القامشلي وبلدة تل حميس")
        # (but "بين بلدتي خان أرنبة وجباتا الخشب بريف القنيطرة": the countryside holds the road)
        near = [KIND_RANK.get(getattr(r.place, "kind", "town"), 2) for r in refs if r.role == "target"]
        refs = [replace(r, role="road" if any(n <= KIND_RANK.get(getattr(r.place, "kind", "town"), 2) for n in near)
                        else "target") if r.role == "road_end" else r for r in refs]
        # ("أفاد مراسل نورث برس في منبج بأن قصفاً استهدف محيط المدينة": with no other place
        # hit, the correspondent's town is where it happened)
        # (nor once the article has named a place: "قتل عنصران ... على حاجز في بلدة الشحيل", then
        # "وأفاد مراسل ستيب في دير الزور بأن مسلحين ... أطلقوا النار على عناصر الحاجز")
        anaphoric = any(map(_anaphoric, map(_NORM, ct)))  # (in C: the test is cached per word)
        filed = "reporter_base" if told_before or any(r.role == "target" for r in refs) else "target"
        refs = [replace(r, role=filed) if r.role == "filed_from" else r for r in refs]
        # a spokesman's town or a medical source's hospital: where the act was only when the
        # clause places it nowhere else
        spoken = "reporter_base" if any(r.role == "target" for r in refs) else "target"
        refs = [replace(r, role=spoken) if r.role == "spoken_from" else r for r in refs]
        if refs and not _UNLISTED_CUES.isdisjoint(t.norm for t in ct):
            refs = self._with_unlisted(text, ct, refs)
        if len(refs) > 2 and not _QUARTERS_NOUNS.isdisjoint(t.norm for t in ct):
            refs = _quarters_of_a_city(ct, refs)
        for x in range(len(refs) - 1):
            # "على الطريق المؤدي إلى دير الأنبا صموئيل المعترف التابع لمركز العدوة", "حافلة تقل أقباطاً في
            # طريقهم إلى دير الأنبا صموئيل بالظهير الصحراوي لمركز العدوة": a site one was on the road to,
            # the district it lies in named right after it, places the act on that road, in the district
            # (the site may lie far out at the road's end)
            r, y = refs[x], refs[x + 1]
            if r.role in ("target", "destination") and getattr(r.place, "kind", "") == "site" \
                    and y.role == "container" and getattr(y.place, "kind", "") in ("town", "city") \
                    and 0 <= y.start - r.end <= 40 and _ON_THE_WAY_TO.search(text, max(0, r.start - 30), r.start) \
                    and not any(q.role == "target" for q in refs if q is not r):
                refs[x], refs[x + 1] = replace(r, role="destination"), replace(y, role="target")
                break
        return refs, anaphoric

    @staticmethod
    def _with_unlisted(text: str, ct, refs: list[PlaceRef]) -> list[PlaceRef]:
        """"قصف ... قريتي عرب حسن الصغير والمحسنلي بريف منبج", "70 شخصا قتلوا في قرية تشوما بانغو
        و30 في قرية زاروم داريه": in a list of villages, each one the gazetteer lacks (cities500
        holds few villages, and no offline list names the rest) is a place struck of its own, one
        incident per place. Its name is kept as written and it is put at the clause's nearest
        known town, district or countryside (precision 2; 3 for a governorate), which then only
        locates the list. (A village named alone stays at the town that locates it, as before.)"""
        # (a token a place was found in, its clitics outside the place: "وبداما")
        covered = {x for r in refs for x in range(len(ct)) if ct[x].start < r.end and ct[x].end > r.start}
        anchors = [r for r in refs if r.role in ("target", "container")
                   and getattr(r.place, "kind", "") in _UNLISTED_ANCHOR_KINDS]
        if not anchors:
            return refs
        names: list[tuple[int, int]] = []  # the unlisted names of the clause's lists (token spans)
        listed = 0  # every name of those lists, known or not
        for k, t in enumerate(ct):
            if t.norm not in _UNLISTED_CUES or k + 1 >= len(ct):
                continue
            if k and (ct[k - 1].norm in _UNLISTED_NOT_HIT or ct[k - 1].norm == "من"):
                continue  # "بين قريتي أباكويرا وزورغوي" is one act between two; "من قرية" its origin
            list_cue = t.norm.lstrip("وبل") in _UNLISTED_LIST_CUES
            x = k + 1
            while x < len(ct):
                if x in covered:
                    listed += 1  # a known name of the list ("بلدتي كفركلا والعديسة")
                    while x < len(ct) and x in covered:
                        x += 1
                else:
                    start = x
                    while x < len(ct) and x - start < 3 and x not in covered and not ct[x].norm.isdigit() \
                            and ct[x].norm not in _UNLISTED_STOP and not (x > start and ct[x].norm.startswith("و")):
                        x += 1
                        if x < len(ct) and text[ct[x - 1].end:ct[x].start].strip():
                            break  # a comma or a point ends the name
                    if x == start:
                        break
                    first = ct[start].norm[1:] if x > k + 1 and ct[start].norm.startswith("و") else ct[start].norm
                    if len(first) < 3 or first in _UNLISTED_NOT_NAMES or any(
                            ct[y].norm.startswith(("بال", "لل")) for y in range(start, x)):
                        break  # "قرية ... بالجزيرة": a preposition's phrase, no name
                    names.append((start, x, k))
                    listed += 1
                if not (list_cue and x < len(ct) and ct[x].norm.startswith("و") and len(ct[x].norm) > 2
                        and not text[ct[x - 1].end:ct[x].start].strip()):
                    break
        if not names or listed < 2:
            return refs
        out = list(refs)
        last = ct[names[-1][1] - 1].end
        used: set[int] = set()
        # a list joined to a known town before it ("مدينة عين عيسى وقريتي المعلق والصيدا في ريف
        # الرقة") lies by that town, its second name too (not by the countryside after it)
        joined = {k: r for k in {k for *_, k in names} if ct[k].norm.startswith("و")
                  for r in anchors if k and ct[k - 1].start < r.end <= ct[k].start}
        for a, b, k in names:
            anchor = joined.get(k) or min(anchors, key=lambda r: abs(r.start - ct[a].start))
            used.add(id(anchor))
            surface = text[ct[a].start:ct[b - 1].end]
            if ct[a].norm.startswith("و") and a and ct[a - 1].norm not in _UNLISTED_CUES:
                surface = surface[1:]
            place = replace(anchor.place, name=f"{surface} (near {anchor.place.name})", name_ar=surface,
                            kind="village", geonameid=None, population=0, source="unlisted")
            precision = 3 if getattr(anchor.place, "kind", "") == "admin1" else 2
            out.append(PlaceRef(place, surface, ct[a].start, ct[b - 1].end, precision, "target"))
        # a known town after the list only locates it ("قريتي X وY بريف منبج"): it contains them;
        # so does a district named by its noun before it ("مسؤول محلي في ناحية كاني ماسي ... إن
        # المدفعية التركية قصفت محيط قريتي سيكري وسركلي")
        def locates(r):
            if r.start >= last:
                return True
            k = PlaceFinder._token_at(ct, r.start)
            return id(r) in used and k > 0 and ct[k - 1].norm.lstrip("وب") in _DISTRICT_NOUNS
        return [replace(r, role="container") if r.role == "target" and locates(r)
                and getattr(r.place, "kind", "") in _UNLISTED_ANCHOR_KINDS else r for r in out]

    @staticmethod
    def _moved_towards(ct, k: int, travel_at) -> bool:
        """"فرار عناصرها باتجاه قاعدة الاحتلال الأمريكي في حقل العمر", "استقدام تعزيزات
        عسكرية إلى محاور ريف اللاذقية": a place after "towards" that follows a word of
        moving (a few words on, no comma or "على" between) is where men went, not a place hit."""
        # ("بنزوح المئات من العائلات المسيحية باتجاه بلدات صدد وفيروزة وزيدل وباتجاه مدينتي حمص
        # ودمشق": the movers may take five words, and a second "وباتجاه" goes on the same way)
        to = next((y for y in range(k - 1, max(-1, k - 7), -1) if ct[y].norm in TOWARDS_WORDS
                   or ct[y].norm[:1] == "و" and ct[y].norm[1:] in TOWARDS_WORDS), None)
        if to is not None and ct[to].norm[:1] == "و" and ct[to].norm[1:] in TOWARDS_WORDS:
            to = next((y for y in range(to - 1, max(-1, to - 10), -1) if ct[y].norm in TOWARDS_WORDS), to)
        return to is not None and any(x in travel_at for x in range(max(0, to - 6), to)) and not any(
            ct[y + 1].start - ct[y].end > 1 or ct[y].norm in ("علي", "ضد") for y in range(max(0, to - 6), k - 1)
            if y >= min(x for x in travel_at if x >= max(0, to - 6)))

    @staticmethod
    def _fired_from(ct, k: int, cue_at) -> bool:
        """"أُطلقت خمسة صواريخ، مساء الأحد، من منطقة زمار التابعة لمحافظة نينوى باتجاه قاعدة ...": a
        place after "من" (a place noun between at most) a few words past a verb of launching, with
        no target cue between, is where the fire came from (the adjacent "أطلقت من" is a cue)."""
        at = k - 1 if k and ct[k - 1].norm == "من" else k - 2 if k > 1 and ct[k - 2].norm == "من" \
            and ct[k - 1].norm in PLACE_CUE_WORDS else None
        if at is None:
            return False
        # ("تتهم الحوثيين بإطلاق صواريخ من ذمار": the verbal noun after its "ب" too)
        fired = next((x for x in range(at - 1, max(-1, at - 8), -1) if ct[x].norm.lstrip("و") in LAUNCH_VERBS
                      or ct[x].norm.lstrip("و")[:1] == "ب" and ct[x].norm.lstrip("و")[1:] in LAUNCH_VERBS), None)
        return fired is not None and not any(cue_at.get(x) == "target" for x in range(fired, k))

    @staticmethod
    def _brought_from(text: str, ct, k: int, travel_at) -> bool:
        """"قبل أن تستقدم «قسد» تعزيزات مدعومة بعربات مدرعة من الحسكة": a place after "من" that
        follows a word of moving men a few words before (no comma or "على" between) is where
        they came from, not a place hit."""
        if not k or ct[k - 1].norm != "من":
            return False
        moved = next((x for x in range(k - 2, max(-1, k - 9), -1) if x in travel_at), None)
        return moved is not None and not any(any(c in text[ct[y].end:ct[y + 1].start] for c in "،,؛.")
                                             or ct[y].norm in ("علي", "ضد") for y in range(moved, k - 1))

    @staticmethod
    def _in_speakers_title(ct, k: int, kend: int) -> bool:
        """A place after a reporting verb and an office word, before the "إن/أن" that opens
        what is said, with no other "that" between: the speaker's office is there ("قال رئيس
        نقابة الصيادين في ولاية بورنو ... إن"), the act is in what he says."""
        said = next((x for x in range(k - 1, max(-1, k - 9), -1)
                     if ct[x].norm in REPORT_VERB_FORMS), None)
        if said is None or not any(ct[x].norm in _OFFICE_HOLDER_FORMS for x in range(said + 1, k)) \
                or any(ct[x].norm in THAT_WORDS for x in range(said + 1, k)):
            return False
        return any(ct[x].norm in THAT_WORDS for x in range(kend + 1, min(kend + 9, len(ct))))

    @staticmethod
    def _envoys_post(ct, k: int) -> bool:
        """"استدعت الخارجية العراقية القائم بالأعمال الإيراني في بغداد", "السفير الأمريكي لدى
        بغداد": the city an envoy serves in, named after his title (a nation's adjective between
        at most), is his post, not a place hit (unless he was: "اغتيال السفير الروسي في أنقرة")."""
        # (and the post he is called home from: "واستدعت سفيرها من طهران", "سحبت سفيرها من الدوحة")
        x = k - 1 if k and ct[k - 1].norm in ("في", "لدي", "من") else k if ct[k].norm.startswith("في") else None
        if x is None:
            return False
        envoy = next((y for y in range(x - 1, max(-1, x - 4), -1) if ct[y].norm.lstrip("و") in ENVOY_WORDS), None)
        return envoy is not None and all(ct[y].norm.endswith("ي") or ct[y].norm.startswith("بالاعمال")
                                         for y in range(envoy + 1, x)) and not any(
            ct[y].norm in _OFFICE_HIT_FORMS for y in range(max(0, envoy - 3), envoy))

    @staticmethod
    def _office(ct, k: int) -> bool:
        """"أمير جازان", "محافظ القطيف", "وجهاء محافظة القطيف", "مدير مكتب الصحة
        بمحافظة عدن": the place of an office or of notables who speak. Not where
        the act was when the clause names another place; (not "اغتيال محافظ عدن":
        an office's holder hit is hit in his place)."""
        # (four words back: "مدير عام مديرية شرطة محافظة العاصمة المنامة قوله" (snn-2015-07-21-2132),
        # an office's title runs long before its province)
        office = next((x for x in range(k - 1, max(-1, k - 5), -1)
                       if ct[x].norm in _OFFICE_HOLDER_FORMS), None)
        if office is not None and office > 1 and ct[office - 1].norm == "في" \
                and ct[office - 2].norm in _MEMBER_FORMS and any(
                    ct[x].norm in _OFFICE_HIT_FORMS for x in range(max(0, office - 10), office - 2)) \
                and not any(ct[x].norm in REPORT_VERB_FORMS for x in range(max(0, office - 10), office)):
            # "اغتال مسلحون مجهولون مساء أمس عضواً في المجلس المحلي لبلدة الشحيل": a member of the
            # office was hit, in its place (MEMBER_WORDS; not "قال عضو في المجلس")
            return False
        return office is not None and not any(
            ct[x].norm in ("في", "على", "الى", "قرب") for x in range(office, k)) and not any(
            ct[x].norm in _OFFICE_HIT_FORMS for x in range(max(0, office - 2), office))

    @staticmethod
    def _metonymy(ct, k: int, kend: int | None = None) -> bool:
        """A place name that stands for its government or an event: after an
        agreement or talks noun ("اتفاق موسكو", "محادثات أستانا"), after "loyal
        to / backed by" ("الفصائل الموالية لطهران"), or as the subject of a
        saying or condemning verb ("قالت تل أبيب إنها", "نفت طهران أي صلة"),
        also before it, as headlines put it ("وإسلام آباد تتوعد بالرد")."""
        if kend is not None and kend + 1 < len(ct) and ct[kend + 1].norm in STATE_SUBJECT_VERBS:
            return True
        if not k:
            return False
        before = ct[k - 1].norm
        if kend is not None and kend + 1 < len(ct) and before.removeprefix("و") in HELD_RESPONSIBLE_VERBS \
                and ct[kend + 1].norm.removeprefix("ال").startswith("مسؤولي"):
            return True  # "الحكومة تحمّل أنقرة مسؤولية القصف": the government blamed, not a place hit
        # ... with a clitic too: "مرتبطون بالاستخبارات التابعة لحكومة دمشق", "وحكومة بغداد"
        if before in _METONYMY_FORMS:
            return True
        if any(ct[x].norm in _PRESS_VENUE_FORMS for x in range(max(0, k - 4), k)):
            return True  # "في مؤتمر صحافي في أنقرة": where it was said, not where it was done
        if any(ct[x].norm in SUMMIT_NOUNS for x in range(max(0, k - 4), k - 1)) and not any(
                ct[x].norm in HILL_NOUNS for x in range(max(0, k - 4), k)):
            return True  # "في قمة مجموعة بريكس بمدينة قازان": a summit's venue
        if any(ct[x].norm in _ACCUSE_FORMS and not any(
                ct[y].norm.startswith(("ب", "في", "علي", "ضد", "ل")) or ct[y + 1].start - ct[y].end > 1
                for y in range(x + 1, k)) for x in range(max(0, k - 4), k)):
            return True  # "وتتهم إسلام آباد كابل": the accuser and the accused
        if before.lstrip("و") in BLAME_VERBS and kend is not None and kend + 1 < len(ct) \
                and ct[kend + 1].norm.startswith(("مسؤولي", "المسؤولي")):
            return True  # "الحكومة تحمّل أنقرة مسؤولية قصف مصيف برخ": the government blamed, not a place hit
        if before in LOYAL_TO or (k > 1 and before == "من" and ct[k - 2].norm in LOYAL_TO
                                  # (not "على مقربة من أبو ظبي": near it)
                                  and not (k > 2 and ct[k - 3].norm in ("علي", "وعلي"))):
            return True
        if k > 1 and before == "مع" and ct[k - 2].norm in ALLIED_WITH:
            return True  # "الجماعات المتحالفة مع طهران": allied with its government, as "الموالية لطهران"
        if k > 1 and before in ("عليه", "عليها") and ct[k - 2].norm in _COMMENTED_FORMS:
            return True  # "وهو ما لم تعلق عليه موسكو": the government that did not comment, as "لم تؤكده"
        if before in CALLED_IT_VERBS or before in DENIED_IT_VERBS:
            return True  # "ما وصفته القاهرة بمعسكرات", "ما لم تؤكده إسلام آباد": the government
        if k > 1 and ct[k].norm.startswith("و") and (ct[k - 2].norm in CALLED_IT_VERBS
                                                  or ct[k - 2].norm in _SAY_OR_PRESENT_SAY_FORMS):
            # "ما تعتبره واشنطن وتل أبيب ممراً", "وتقول بغداد وواشنطن": the second government
            # joined by "و" to the first one the verb has as its subject
            return True
        if before in _PRESENT_SAY_FORMS:
            return True  # "وتقول أنقرة إنها تستهدف" (PRESENT_SAY_VERBS)
        if k > 2 and before == "في" and ct[k - 2].norm in MEETING_NOUNS and ct[k - 3].norm == "الي":
            return True  # "إثر استدعائه إلى اجتماع في الحسكة": where he was called to meet, not an act's place
        if before in ACCORDING_TO or before == "من" and any(
                ct[x].norm in COMMENT_NOUNS for x in range(max(0, k - 3), k - 1)):
            return True  # "وفق أنقرة", "ولم يصدر تعليق فوري من دمشق" (ACCORDING_TO)
        # "نفت طهران أي صلة", "أدانت عمان": a city as the subject of saying
        # ... and "أبلغ الجانب الأميركي موسكو بالضربة", "حذرت واشنطن": the one told or warned
        return before in _SAID_TO_FORMS

    @staticmethod
    def _fit_containers(ct, found, cands_at, acts=frozenset()):
        """"حي اليرموك غربي بعقوبة", "منطقة العين بلودر": a place said to lie
        in or beside a larger one is the namesake there. When the first
        choice lies far from its container, take the candidate inside it; when
        the gazetteer has none there, the act is placed near the container
        (precision 2 follows from the direction word)."""
        found = sorted(found, key=lambda f: f[0])
        out = list(found)
        container_of = {}  # a place's index -> the container told right after it
        for a in range(len(found) - 1):
            k, kend, place, surface, start, end = found[a]
            nk, nkend, outer, osurface, ostart, oend = found[a + 1]
            between = {ct[x].norm for x in range(kend + 1, nk)}
            # "محطة السويدية للغاز في ريف مدينة المالكية": the facility's own complement may come
            # between the name and "في ريف مدينة Y", the countryside that holds it (one more word)
            # (or "مرتفعات حمرين ضمن قاطع قيادة عمليات ديالى": the command sector named after the province)
            gap = 5 if between & {"ريف", "بريف", "ضمن"} else 4
            if not 0 < nk - kend <= gap or ct[nk].norm.startswith("و"):
                continue
            if any(ct[x].norm.startswith("و") and ct[x].start - ct[x - 1].end > 1 for x in range(kend + 1, nk)):
                # (a mark between the words, then "و")
                continue  # "معسكرا في مدينة تعز، ومواقع في محافظتي حجة": the list's next item, no container
            if _next_toll(ct, kend + 1, nk):
                continue  # "بينهم 22 في كييف و10 في خاركيف": the next place's own toll, no container
            if acts.intersection(range(kend + 1, nk)) and any(
                    ct[x].norm.startswith("و") and ct[x].norm not in _CONTAINER_WAW_WORDS
                    and not ct[x].norm.startswith(("وسط", "ولاي")) for x in range(kend + 1, nk)):
                # "بضربة جوية في الطارمية وصد تعرض في الحويجة": "و" and a word of an act between
                # open a new act; its "في" holds that act's own place, not the first one's container
                continue
            # (or "بمدينة": "حي الروضة بمدينة مأرب", the container's noun with the "in" clitic; the
            # clitic only: "سجنان التابعة لولاية بنزرت" names no container by Bizerte's own first letter)
            in_clitic = ct[nk].norm.startswith(("ب", "في")) and ostart > ct[nk].start
            if not (between & (PRECISION_TWO_CUES | {"في", "وسط", "ضمن"}) or in_clitic
                    or any(w.startswith("ب") and w[1:] in CONTAINER_NOUNS for w in between)):
                continue
            if between & NEAR_WORDS and ({"الحدود", "حدود"} & between or ct[nk].norm in ("الحدود", "حدود")):
                # "في قضاء القائم قرب الحدود العراقية السورية": a town near a border lies by it, not
                # inside the border's region
                continue
            if any(w in _ROAD_FORMS for w in between):
                continue  # "أطراف مدينة أريحا الجنوبية، قرب طريق حلب- اللاذقية": a road's end, not Ariha's container
            if outer.kind == "country" and place.country == outer.country:
                # "ومخمور شمالي العراق": the country holds this name, and the list's names before it
                # (below), though the compass test next keeps this one as it is
                container_of[a] = found[a + 1]
            if place.country == outer.country and _lies_as_told(
                    place, outer, [ct[x].norm for x in range(kend + 1, nk)]):
                # "في قضاء البعاج شمال غرب بغداد": the town the gazetteer knows lies off the other just as
                # the compass words say, so it is that town, not an unknown namesake inside the other
                continue
            if getattr(place, "population", 0) >= BIG_CITY_POPULATION and place.country == outer.country and not (
                    between & {"في", "وسط"} or in_clitic):
                # "في مدينة تعز جنوب صنعاء": a city of its size said to lie off another of its country is
                # that city, never an unknown village of its name near the other (it read as Sanaa); a
                # city abroad still is ("قريتي صيدا ومعلق غربي بلدة عين عيسى" is no Sidon)
                continue
            if place.kind == "mountain" and between & NEAR_WORDS and outer.kind in ("town", "city", "district") \
                    and great_circle((place.lat, place.lon), (outer.lat, outer.lon)).km > RANGE_STRETCH_KM:
                # "في سلسلة جبال حمرين قرب قضاء طوزخورماتو": a long range's stretch by the town named,
                # not the range's middle 57 km off
                near = replace(place, name=f"{place.name} near {outer.name}", lat=outer.lat, lon=outer.lon)
                out[a] = (k, kend, near, surface, start, end)
                continue
            compass = [ct[x].norm for x in range(kend + 1, nk)]
            told_off = bool(compass) and all(w in _COMPASS_SIGNS for w in compass)

            def fits(c, compass=compass, told_off=told_off, outer=outer):
                # "في حصيبة شرقي الرمادي": a namesake of its governorate lying 260 km the other
                # way (Husaybah by al-Qaim, west of Ramadi) is not the place said to lie east of it
                return _inside(c, outer) and not (
                    told_off and not _lies_as_told(c, outer, compass)
                    and great_circle((c.lat, c.lon), (outer.lat, outer.lon)).km > TOLD_OFF_KM)
            # a site or district is never a container; a town, a governorate or a country is
            if KIND_RANK.get(outer.kind, 2) >= 4:
                container_of[a] = found[a + 1]
            if KIND_RANK.get(outer.kind, 2) < 2 or place.kind == "country" or fits(place):
                continue
            if KIND_RANK.get(place.kind, 2) > KIND_RANK.get(outer.kind, 2) and place.country == outer.country:
                # "محافظة ديالى شمال شرق بغداد": a governorate said to lie off a city, not in it;
                # (but "قريتي صيدا ومعلق غربي بلدة عين عيسى": a city abroad said to lie by a
                # town is a village of that name there, not Lebanon's Sidon)
                continue
            inside = [c for c in cands_at.get(start, ()) if fits(c)]
            if not inside and any(_inside(place, o) for o in cands_at.get(ostart, ())[1:]):
                continue  # "منطقة مكيراس بمدينة البيضاء": the container is Yemen's namesake, not Libya's
            if inside:
                best = min(inside, key=lambda c: (c.lat - outer.lat) ** 2 + (c.lon - outer.lon) ** 2)
                out[a] = (k, kend, best, surface, start, end)
            elif outer.kind != "country" and not (
                    # "بلدة الخيام في جنوب لبنان": the town lies in the region the news means
                    # by it, though GeoNames files it under the next governorate
                    place.country == outer.country
                    and great_circle((place.lat, place.lon), (outer.lat, outer.lon)).km <= 60):
                out[a] = (k, kend, outer, osurface, ostart, oend)
        # "وحيدان وعلان وساقين بمحافظة صعدة": the governorate told after a list of names joined by
        # و, word after word, holds each of them, not the last alone; a name with no namesake in it
        # (Wa'lan, 200 km off in Sanaa's governorate) is a village of it the gazetteer lacks
        for a in range(len(found) - 2, -1, -1):
            k, kend, place, surface, start, end = found[a]
            nk = found[a + 1][0]
            if a in container_of or a + 1 not in container_of or nk != kend + 1 or not ct[nk].norm.startswith("و"):
                continue
            if k and ct[k - 1].norm.removeprefix("و").removeprefix("ب") in CONTAINER_NOUNS \
                    and container_of[a + 1][2].kind != "country":
                # "بمديرية حرض وحيدان وساقين بمحافظة صعدة": Harad, told with its own noun, heads no list;
                # but a country told after the list holds every name of it ("في منطقة سنجار ومخمور
                # شمالي العراق" is Iraq's Sinjar, not Syria's namesake)
                continue
            container_of[a] = container_of[a + 1]
            _, _, outer, osurface, ostart, oend = container_of[a]
            if place.kind == "country" or _inside(place, outer):
                continue
            inside = [c for c in cands_at.get(start, ()) if _inside(c, outer)]
            if inside:
                out[a] = (k, kend, min(inside, key=lambda c: (c.lat - outer.lat) ** 2 + (c.lon - outer.lon) ** 2),
                          surface, start, end)
            elif place.country == outer.country \
                    and great_circle((place.lat, place.lon), (outer.lat, outer.lon)).km > 60:
                # (as above: "بلدتي الخيام وعيترون في جنوب لبنان", Khiam filed under the next governorate)
                out[a] = (k, kend, outer, osurface, ostart, oend)
        return out

    @staticmethod
    def _quarter_host(place, context):
        """"على حي الروضة شمال شرق المدينة" after Taiz: a quarter's name that the gazetteer has
        only as a town, village or district more than QUARTER_KM from the last town the article named is
        that town's quarter; else the place itself."""
        if getattr(place, "kind", "") not in ("town", "village", "district") or \
                getattr(place, "population", 0) >= BIG_CITY_POPULATION:
            return place
        host = next((p for p in reversed(context) if getattr(p, "kind", "") in ("city", "town")), None)
        if host is None or host is place or great_circle((place.lat, place.lon), (host.lat, host.lon)).km <= QUARTER_KM:
            return place
        return host

    def _foreign_homonym(self, place, context, focus, text: str) -> bool:
        """A small place in another country than every place the article has
        named so far (and than its focus countries) is a namesake ("مديرية
        السخنة جنوب الحديدة" is not Syria's al-Sukhnah): skip it rather than map
        a Yemen story to the Syrian desert. The article's countries (`focus`,
        or the text's when None) are asked last: few names get that far."""
        if getattr(place, "source", "") == "curated" and KIND_RANK.get(getattr(place, "kind", ""), 2) < 1:
            return False  # a base, field or crossing written by hand is no one's namesake
        # (but a hand-written town is: "قرية الهلالية ... غربي" Qamishli is not Sudan's al-Hilaliyah)
        countries = {getattr(p, "country", None) for p in context[-6:]}
        # (one place before is enough for a town's quarter: "أحياء درعا البلد ... من محوري القبة
        # والشياح" is Daraa's al-Shiyah, not Beirut's Chiyah)
        return (len(context) >= (1 if getattr(place, "kind", "") == "district" else 2)
                and len(countries) == 1 and place.country not in countries
                and getattr(place, "population", 0) < 100_000
                and place.country not in (focus if focus is not None else self.focus(text)))

    @staticmethod
    def _trust(pm, text: str, start: int, end: int) -> bool:
        """GeoNames holds many Arabic common words as names of small places
        ("بيان", "المصدر", "مدينة"): such a name counts only after a place cue,
        and a dateline ("دمشق - وكالات") is where the report was filed."""
        place = pm.candidates[0] if pm.candidates else None
        if start and text[start - 1] == "ك" and getattr(place, "source", "") != "curated":
            return False  # "كبانة" is not "ك" + "بانة": a name never takes the simile clitic
        if place is None or normalize_word(pm.surface) in PLACE_CUE_WORDS:
            return False
        # ("صنعاء | المسيرة نت:": some outlets set their dateline off with a bar)
        if re.match(r"\s*[-–—|]\s*(?:\(?\s*وكالات|خاص|[\w ]{0,20}:)", text[end:end + 30]):
            return False
        if re.match(r"[^\S\n]*[-–—][^\S\n]*[«\"“]", text[end:end + 8]) \
                and start - (text.rfind("\n", 0, start) + 1) <= 24:
            return False  # "لندن، بيروت - «الحياة»، أ ف ب -": the towns filed from, then the paper's name
        if (start == 0 or text[start - 1] == "\n") and re.match(r"[^\S\n]*\d{1,3}[^\S\n]*(?:[-–—|]|\n|$)",
                                                                 text[end:end + 8]):
            # "دير الزور 24 - قتل عنصران ...", "دير الزور 24\n": a town's name and a number opening
            # the lead is the outlet's name (its byline), not the place of the act the lead tells
            return False
        if re.match(r"[^\S\n]*:", text[end:end + 3]) and DATELINE_BEFORE.search(text, max(0, start - 30), start):
            return False  # "المسيرة نت | صعدة:": the outlet first, then the town it filed from
        if OUTLET_OPEN.search(text, max(0, start - 3), start) and OUTLET_CLOSE.match(text, end):
            return False  # "لـ(بغداد اليوم)": an outlet's name, not a place
        if OUTLET_BEFORE.search(text, max(0, start - 14), start) and OUTLET_AFTER.match(text, end, end + 24):
            return False  # "وقالت مصادر محلية لـ\"عدن الغد\"": the outlet a source spoke to
        if getattr(pm, "weak", False) and not getattr(pm, "cue", None):
            return False
        if text.startswith("»", end) and start and text[start - 1] in " \u00a0" \
                and QUOTED_NAME_HEAD.search(text, max(0, start - 24), start) \
                and not PLACE_CUE_WORDS & set(normalize_word(w) for w in text[
                    text.rfind("«", 0, start) + 1:start].split()):
            return False  # "نقطة تفتيش «كونترول أفجوي»": the name of a post that bears a town's name
        if text.startswith(('"', "”"), end) and start and text[start - 1] in " \u00a0":
            # the same in straight quotes ('نقطة تفتيش "إكس كونترول أفجوي"'), when the quote before
            # opens (an even count of quotes before it in the sentence), not a closing one
            q = max(text.rfind('"', max(0, start - 24), start), text.rfind("“", max(0, start - 24), start))
            opened = max(text.rfind(".", 0, q), text.rfind("\n", 0, q)) + 1
            if q >= 0 and text[q + 1:start].strip() and text.count('"', opened, q) % 2 == 0 \
                    and not PLACE_CUE_WORDS & set(normalize_word(w) for w in text[q + 1:start].split()):
                return False
        if normalize_word(pm.surface) in IDIOM_HEADS and \
                normalize_word(text[end:end + 6].strip()).startswith(IDIOM_HEADS[normalize_word(pm.surface)]):
            return False  # "مسقط رأسه" is his birthplace, not Muscat
        tail = IDIOM_TAILS.get(normalize_word(pm.surface))
        # (the word before, past the name's own "و" and "ال", which the mention leaves out)
        if tail and normalize_word((re.sub(r"و?(?:ال)?$", "", text[max(0, start - 18):start]).split() or [""])[-1]) \
                == tail:
            return False  # "الصبر والسلوان": patience and solace, the words of a condolence
        if getattr(place, "source", "curated") == "geonames" and not getattr(pm, "cue", None):
            # (a road's second town takes the road's cue: "طريق القامشلي - عامودا")
            return getattr(place, "population", 0) >= 100_000 or bool(
                ROAD_SECOND_END.search(text, max(0, start - 40), start))
        return True

    def _dual_facilities(self, ct):
        """"حقلي كونيكو والعمر": two facilities named after one dual noun."""
        out = []
        for k in token_hits(ct, _DUAL_FORMS):  # the words with a dual head, picked in C
            head = _dual_head(ct[k].norm)
            for x in range(k + 1, min(k + 4, len(ct))):
                name = ct[x].norm[1:] if ct[x].norm.startswith("و") and x > k + 1 else ct[x].norm
                hits = self.gaz.lookup(f"{head} {name}")
                if hits:
                    out.append((x, x, hits[0], ct[x].text, ct[x].start, ct[x].end))
                elif x > k + 1:
                    break
        return out

    @staticmethod
    def _token_at(ct, offset: int) -> int:
        """The token holding `offset`, else the first after it, else the last:
        the first token that ends after it (tokens are in order and apart)."""
        return min(bisect_right(ct, offset, key=_END), len(ct) - 1)

    @staticmethod
    def _precision(ct, k: int, kind: str) -> int:
        if kind in ("region", "admin1", "governorate"):
            return 3
        before = [ct[x].norm for x in range(max(0, k - 2), k)]
        word = ct[k].norm
        forms = set(before) | set(stems(word)[1:2]) | {w[1:] for w in before if w[:1] in "بو"}
        if "محافظه" in forms and kind == "city":
            return 3
        if forms & PRECISION_TWO_CUES or word.startswith(("بريف",)):
            return 2
        return 1 if kind in PRECISION_ONE_KINDS else 2


def road_point(refs: list[PlaceRef]) -> PlaceRef | None:
    """"على طريق القامشلي - عامودا": an act on a road between two towns, placed on
    the road (its middle when the towns are near, else ROAD_OUT_KM out of the
    first), precision 2; None unless the clause names the road's two ends."""
    ends = list({p.place.name: p for p in refs if p.role == "road"}.values())
    if len(ends) < 2:
        return None
    a, b = ends[0], ends[1]
    far = great_circle((a.place.lat, a.place.lon), (b.place.lat, b.place.lon)).km
    if far > ROAD_MAX_KM:
        return None
    t = 0.5 if far <= 2 * ROAD_OUT_KM else ROAD_OUT_KM / far
    place = replace(a.place, name=f"{a.place.name}-{b.place.name} road", kind="road",
                    lat=round(a.place.lat + (b.place.lat - a.place.lat) * t, 4),
                    lon=round(a.place.lon + (b.place.lon - a.place.lon) * t, 4),
                    geonameid=None, population=0, source="road")
    return PlaceRef(place, f"{a.name_ar} - {b.name_ar}", a.start, b.end, 2, "target")
