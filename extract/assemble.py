"""Mentions -> incidents: merge reports of one act within an article, fill
what a clause leaves implicit, and build the ONTOLOGY records.

Rules (why they exist):
- One incident per target place; a place-less mention ("الميليشيات استهدفت
  القاعدة الأميركية") adds to the act it refers back to: the nearest earlier
  (else later) incident it is compatible with (allied blocs, weapons that
  overlap or are unsaid, dates within a day, no "another attack" cue).
- A reprisal ("ردت قوات التحالف بالقذائف") with no place strikes where the
  act it answers came from (that act's launch place) and whoever fired it.
- An attacker the clause does not name is taken from the article's explicit
  pairs against the same target bloc, with lower confidence; else Unknown.
- An incident needs a place finer than a country and at least one named side.
"""
from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from geopy.distance import great_circle as _great_circle

from . import ontology
from .casualties import Casualties
from .confidence import confidence_of, signals_of
from .frames import Mention
from .gazetteer import Place
from .normalize import normalize_word, stems
from .ontology import allied, bloc_of, country_of_forces, event_type_of
from .places import PlaceRef, governorate_namesake
from .record import Evidence, Incident, Inference, Location
from .wordlists import (
    CIVILIAN_VICTIM_WORDS,
    CONDEMN_VERBS,
    GENERIC_PERSON_WORDS,
    ISIS_NAMED,
    KIND_RANK,
    LAUNCH_AREA_HOLDERS,
    OCCURRENCE_VERBS,
    ORGANISATIONS,
    PLUPERFECT_NEWS_DAYS,
    REPORT_VERBS,
)


@lru_cache(maxsize=65_536)
def great_circle(a: tuple[float, float], b: tuple[float, float]) -> _great_circle:
    """geopy's great_circle, remembered: merging compares the same places' coordinates
    again and again, and geopy parses both points on every call (a distance is only
    read, never changed, so the one object serves every caller)."""
    return _great_circle(a, b)


def _km(a: Place, b: Place) -> float:
    """The distance between two places, in km."""
    return great_circle((a.lat, a.lon), (b.lat, b.lon)).km


RECALLED_AFTER_DAYS = 30
RETOLD_KM = 10  # one act told twice with places this close (a town and its quarter) is one
REGION_KM = 150  # a town this close to a governorate's point, named beside it, lies in it
NAMESAKE_KM = 2  # two records of one town (a curated row and GeoNames') lie this close
# a town this close to a region's point, of another governorate, still lies in it for a
# region's total toll (_without_region_totals)
REGION_TOTAL_KM = 40
# a foe a side hit this far from its act naming no target is not taken as that act's target
# (Hamas's office in Beirut vs. Israel's shells on the southern border villages, ~90 km)
FRONT_KM = 50
SITE_OF_TOWN_KM = 15  # a town and a base, airport or quarter this close, in one sentence: one act
SITE_IN_SITE_KM = 3  # a base and the airport it adjoins ("قاعدة فكتوريا الملاصقة لمطار بغداد"): one site
NEARBY_SENTENCES = 3
ALLIED = [{"Iran-aligned", "Syrian government"}, {"US-led coalition"}]
# Saudi Arabia's army is the coalition's core: "أحبطت القوات السعودية هجوما ... على منفذ الطوال", then
# "تصدت قوات التحالف" is the one fight told by two names (not its police: "مسجد قوة طوارئ عسير")
ONE_SIDE_NAMES = [frozenset({"Saudi-led coalition", "Military forces of Saudi Arabia"})]
# (the Sudanese army's and government's "المليشيا المتمردة" is the RSF, the militia such an
# article names: "مخازن إمداد للمليشيا بمطار نيالا")
MILITIA_ACTORS = ("Iran-backed militias", "IRGC", "Hezbollah", "Houthis", "Rapid Support Forces")
REGULAR_ARMIES = ("Libyan National Army", "Turkish forces", "Israeli forces", "Russian forces", "US forces")
MILITIA_FOES = ("US forces", "International coalition", "Israeli forces")
DEFAULT_USUAL_ATTACKERS = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "usual_attackers.csv"
DEFAULT_USUAL_TARGETS = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "usual_targets.csv"
DEFAULT_OPERATORS = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "site_operators.csv"


DEFAULT_COUNTRY_ACTORS = DEFAULT_OPERATORS.with_name("country_actors.csv")
# Forces that act for a government when they take ground (ACLED's "Government
# regains territory"); anyone else who takes it is a non-state actor.
GOVERNMENT_SIDES = ("Iraqi security forces", "Syrian government forces", "Yemeni government forces",
                    "Saudi-led coalition", "Turkish forces", "Israeli forces", "Russian forces",
                    "US forces", "International coalition", "Peshmerga", "Libyan National Army")
# the words that name the police itself, not any security force: "الشرطة", "شرطيين", "مديرية أمن"
TURKISH_POLICE = re.compile(r"شرط|مديرية (?:ال)?[أا]من")
# a state's own forces, as the ontology names them ("Police forces of Egypt")
STATE_FORCE_PREFIXES = ("Police forces of ", "Military forces of ")


# "أحد الصواريخ سقط على منزل": one of the missiles of a salvo told before
ONE_OF_THEM = re.compile(r"(?<!\S)[وف]?(?:أحد|احد|إحدى|احدى)\s+ال(?:صواريخ|قذائف|مسيرات|طائرات)(?!\S)")
ONE_OF_THEM_KM = 10
# a dual or a plural of an act noun: "التفجيرين", "الهجومين", "الهجمات", "العمليات"
MANY_ACTS = re.compile(r"(?:ال)?(?:تفجير|هجوم|اعتداء|عملي|غار|ضرب)(?:ين|تين|ات)(?=\s|$|[،,.])|الهجمات|الاعتداءات")
# a state's outlets' name for the armed foe it fights ("المجموعات الإرهابية", "الإرهابيين")
TERROR_GROUPS = re.compile(r"(?:المجموعات|الجماعات|التنظيمات|العصابات|المسلحين|العناصر)\s+(?:ال)?[إا]رهابي"
                           r"|(?<!\S)(?:ال)?[إا]رهابيين(?!\S)")
# "في عمليات جوية شمالي سوريا والعراق", "خلال عمليات متفرقة": a tally's indefinite operations
# (not "في ضربات صاروخية شنها الحرس الثوري": the strikes whose toll the clause tells are the act)
ROUNDUP_OF_OPERATIONS = re.compile(r"(?<!\S)(?:في|خلال|ضمن)\s+عمليات(?=\s)")
# a claim of responsibility: "وأعلن تنظيم داعش مسؤوليته عن التفجيرين", "وتبنت الحركة الهجومين",
# "أعلنت الجماعة المسؤولية عن", "الحركة تتبنى"
CLAIMED = re.compile(r"مس[ؤئ]ولي(?:ته|تها|تهم|تهما)\s+عن|المس[ؤئ]ولي[ةه]\s+عن"
                     r"|(?<!\S)و?(?:تبن(?:ى|ت|وا|اه|اها|ته|تها|اهما|تهما)|يتبنى|تتبنى)(?=\s)")
# "ولم تتبن اي جهة الهجوم الذي قد يحمل بصمات طالبان التي قتلت تسعة اشخاص ... في سلسلة هجمات",
# "ولم تعلن أي جهة مسؤوليتها عن الهجوم": the text says no one claimed it; the sentence claims nothing
# (CLAIMED matches its "مسؤوليتها عن") and another side's "series of attacks" named in it is no claim
# "ولا يعلن المتمردون عادة مسؤوليتهم عن الهجمات": a claim denied or not made is none either
# ("دون أن تتبنى أي جهة إطلاقها": the same said as a circumstance of the act)
NO_CLAIM = re.compile(r"(?<!\S)و?(?:لم|لا|دون\s+[أا]ن|بدون\s+[أا]ن)\s+(?:تتبن|يتبن|تعلن|يعلن)\S*\s+(?:حتى\s+الآن\s+)?"
                      r"(?:(?:أي|اي|أية|اية)\s+(?:جهة|جماعة)|\S+\s+(?:عادة\s+)?مس[ؤئ]ولي)")
# "استهدف طيران مسير مواقع لقوات الجيش ..., دون أن تحدد هوية الطائرات", "لم تعرف هوية المهاجمين":
# the text says who struck is not known, so no other pair of the article and no usual attacker names it
UNKNOWN_DOER = re.compile(r"(?<!\S)و?(?:لم|لا|دون\s+[أا]ن|بدون\s+[أا]ن)\s+(?:تحدد|يحدد|تعرف|يعرف|تُعرف|يُعرف|تتضح|يتضح"
                          r"|تكشف|يكشف)\S*\s+هوي[ةه]\s+(?:ال)?(?:طائر|مسير|مهاجم|منفذ|جنا[ةه]|فاعل|جه[ةه]|مسلح|مطلق)")
TALLY_SHARE = re.compile(r"%|٪|(?<!\S)بنسبة(?!\S)")
# "ويواصل العدوان الإسرائيلي على إيران يومه السابع، وقد أسفر ... عن استشهاد أكثر من 220": a war
# counted by its days is a campaign, and its toll the campaign's running total, no one act's
WAR_DAY_COUNT = re.compile(r"(?<!\S)[وف]?(?:يواصل|تواصل|يتواصل|تتواصل|يستمر|تستمر|متواصل[ةه]?|مستمر[ةه]?)\s+"
                           r"(?:فيه\s+|فيها\s+)?(?:ال)?(?:عدوان|حرب)\S*\s+(?:\S+\s+){0,5}?(?:يومه|يومها|لليوم)(?!\S)")
# "زعم المتحدث أن الانفجار نجم عن صاروخ", "ادعى الجيش": an allegation (one side's story, disputed)
_ALLEGED = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:زعم|زعمت|يزعم|تزعم|زاعما|زاعمة|زاعماً|ادعى|ادعت|يدعي|تدعي"
                      r"|مدعيا|مدعياً|مدعية)(?![\u0621-\u064a])")
# "للمدينة", "بالمدينة", "المدينة": the city said before
_CITY_ANAPHOR = re.compile(r"(?<![\u0621-\u064a])(?:[وف]?(?:لل|بال|ال))مدينة(?![\u0621-\u064a])")
# "مقتل 8 من الحوثيين ... خلال مواجهات دارت على عدة جبهات": a toll summed over several fronts
_MANY_FRONTS = re.compile(r"(?:عدة|عدد من|مختلف|جميع|كافة)\s+(?:ال)?(?:جبهات|محاور|الجبهات|المحاور)"
                          r"|(?:جبهات|محاور)\s+(?:عدة|متعددة|مختلفة)")
# "وفي حادث آخر قتل شخص ...", "وفي حادثة منفصلة، ...", "وفي هجوم مماثل ...": a sentence that opens on
# "in another / a separate / a like incident" tells one more act, never the act told before it
_ANOTHER_INCIDENT = re.compile(r"\W*[وف]?(?:في|ب)\s+(?:حادث|حادثة|هجوم|تفجير|انفجار|اعتداء|عملية)\s+"
                               r"(?:[اآأ]خر|[اأ]خرى|منفصل|منفصلة|مماثل|مماثلة|مشابه|مشابهة)(?![\u0621-\u064a])")
# "وفي حادث مماثل", "في حادثة مشابهة": the generic incident noun whose kind is the act told before it
_SIMILAR_INCIDENT = re.compile(r"حادث[ةه]?\s+(?:ال)?(?:مماثل|مشابه)")
# "فيما استهدفت غارة أخرى محيط بلدة الأصابعة", "كما أعلن صد هجوم آخر على مواقع حدودية": an act's
# noun followed by "another" (not a person: "وأصيب شخص آخر")
_ANOTHER_ACT = re.compile(r"(?<![\u0621-\u064a])(?:[لب]?(?:ال)?(?:غار[ةه]|غارات|ضرب[ةه]|ضربات|هجوم|هجمات|قصف"
                          r"|قذيف[ةه]|قذائف|صاروخ|صواريخ|اشتباك|اشتباكات|مسير[ةه]|مسيرات|مواجهات|معارك))"
                          r"\s+(?:[اآأ]خر|[اأ]خر[ىي])"
                          r"(?![\u0621-\u064a])")
# "أيضاً" anywhere in a clause ("بأن اشتباكات اندلعت أيضاً في مدينة الأبيض"): an act told as one more
# (the Mention's `also` has "كما" opening the clause)
_ALSO_TOLD = re.compile(r"(?<![\u0621-\u064a])[اأ]يض[اًً]+(?![\u0621-\u064a])")
# the fighting goes on or flares again ("تواصلت المواجهات", "تجددت الاشتباكات")
_RENEWED = re.compile(r"(?<!\S)[وف]?(?:تواصلت|تتواصل|تجددت|تتجدد|استمرت|تستمر)(?!\S)")
GENERIC_SUB_TYPES = ("Armed clash", "Attack")  # what a bare "هجوم" reads as
AGGRESSORS = ("Saudi-led coalition", "US forces", "Israeli forces", "Military forces of United Kingdom")
# "الإرهابيين", "التكفيريين": a state's word for the enemy it fights, not a side's name
# (and "مواقع المسلحين": the definite "gunmen" a state's army strikes are the armed foe it fights
# there, as its "terrorists" are; "مسلحين مجهولين" stays unnamed)
TERROR_WORD = re.compile(r"[إا]رهابي|تكفيري|(?<![\w])(?:[وبل]?ال|لل)مسلح(?:ين|ون)(?![\w])")
UNNAMED_WORD = re.compile(r"مجهول")
# "اثنين من ضباطه", "ثلاثة من عناصرها": men of a side named before, by a possessive pronoun
OWN_MEN = re.compile(r"(?<!\S)من\s+(?:ضباط|عناصر|جنود|مقاتلي|قادة|أفراد|افراد|مستشاري)(?:ه|ها)(?!\S)")
# "the attackers", definite: the men of an attack told before ("تحصن فيها المهاجمون")
THE_ATTACKERS = re.compile(r"(?<![\w])(?:[وبل]?ال|لل)مهاجم(?:ين|ون)(?![\w])")
# the Houthis' own media name the other side "the aggression" and its Yemeni
# fighters "mercenaries": a text in that voice calls the Houthis' forces "the army"
# Kurdish outlets (Hawar, ANHA) call Turkey "دولة الاحتلال التركي" and then, as
# Palestinian outlets do Israel, just "الاحتلال": in a text that names only the
# Turkish occupation, the bare word is Turkey's forces
# (and after "ل", the "لل" of "طائرة مسيّرة تابعة للاحتلال")
TURKISH_OCCUPATION = re.compile(r"(?:ال|لل)احتلال\s+التركي")
ISRAELI_OCCUPATION = re.compile(r"(?:ال|لل)احتلال\s+ال[إا]سرائيلي|إسرائيل|اسرائيل|الصهيوني")
BARE_OCCUPATION = re.compile(r"(?:ال|لل)احتلال(?!\s+ال[إا]سرائيلي)")
OCCUPATION_ELSEWHERE = ("Palestine", "Israel", "Lebanon")
# "استهداف قاعدتين لقوات الاحتلال الأمريكي ... استهدفوا قاعدة الاحتلال في الشدادي": once an article
# calls the US "the occupation", the bare word is the US too (unless it also names Israel's occupation)
US_OCCUPATION = re.compile(r"(?:ال|لل)احتلال\s+ال[أا]مي?ري?كي")
OCCUPATION_BASES = re.compile(r"(?:قواعد|قاعدة|قاعدتي|قاعدتين)\s+(?:ال|لل)احتلال(?!\s+ال[إا]سرائيلي|\s+الصهيوني)")
NAMED_ISRAELI_OCCUPATION = re.compile(r"(?:ال|لل)احتلال\s+(?:ال[إا]سرائيلي|الصهيوني)")
# "ارتفاع ضحايا العدوان الأمريكي البريطاني على الحديدة": the aggressor the
# Houthis' media name, when no act's own clause named it
_US = r"ال[أا]مي?ري?كي"
NAMED_AGGRESSION = ((re.compile(rf"العدوان\s+{_US}(?:\s+البريطاني)?(?!\s+السعودي)"), "US forces"),
                    (re.compile(rf"العدوان\s+(?:السعودي|الإماراتي|{_US}\s+السعودي)"), "Saudi-led coalition"),
                    (re.compile(r"العدوان\s+(?:ال[إا]سرائيلي|الصهيوني)"), "Israeli forces"))
BARE_ORGANISATION = re.compile(r"(?<![\w])(?:[وبل]?ال|لل)تنظيم(?![\w])")
# "الجماعة", "الحركة" opening a clause as its subject ("وكانت الجماعة قد شنت", "وشنت الحركة"), not
# a named one ("الجماعة الإسلامية", "الحركة الشعبية") nor after a preposition ("مواقع للحركة")
# ... and "the mujahideen" ("كما استهدف المجاهدون مقر قيادة الفرقة 91"), as a group's own statement
# calls its fighters once it has named itself ("أعلنت المقاومة الإسلامية أن مجاهديها استهدفوا")
BARE_GROUP_SUBJECT = re.compile(r"\W*((?:\S+\s+){0,2}?)"
                                r"(?:و?ال(?:جماع[ةه]|حرك[ةه])\s+(?!ال)|[وف]?المجاهد(?:ون|ين)(?!\w))")
# A resistance the article names in full: the bare "المقاومة" / "فصائل المقاومة" after it is that
# one, wherever its fire lands ("أعلنت المقاومة الإسلامية في العراق ... استهداف قاعدة الاحتلال
# الأمريكي في الشدادي": Syria has no resistance of its own in country_actors.csv, and Gaza, named
# as the cause, is not where the group comes from)
NAMED_RESISTANCE = [
    (re.compile(r"المقاوم[ةه] ال[إا]سلامي[ةه] في العراق|المقاوم[ةه] العراقي[ةه]|المقاوم[ةه] في العراق"),
     "Iran-backed militias"),
    (re.compile(r"المقاوم[ةه] ال[إا]سلامي[ةه] في لبنان|المقاوم[ةه] ال[إا]سلامي[ةه] اللبناني[ةه]"), "Hezbollah"),
    (re.compile(r"المقاوم[ةه] الفلسطيني[ةه]|حرك[ةه] المقاوم[ةه] ال[إا]سلامي[ةه]"), "Hamas"),
    (re.compile(r"المقاوم[ةه] الشعبي[ةه]|المقاوم[ةه] الجنوبي[ةه]|المقاوم[ةه] اليمني[ةه]"), "Yemeni government forces"),
]
# "اغتيال قائد الوحدة الصاروخية في سرايا القدس ... أطلقت السرايا رشقات صاروخية": a bare
# "السرايا" ("the companies", actors.csv "_saraya") refers back to the one named Saraya the
# article names; none named (Beirut's "السرايا الحكومية", a hotel's tent): no side
NAMED_SARAYA = [
    (re.compile(r"سرايا القدس"), "Palestinian Islamic Jihad"),
    (re.compile(r"سرايا (?:أولياء الدم|أصحاب الكهف|الخراساني)"), "Iran-backed militias"),
]
SDF_VOICE = re.compile(r"قوات سوريا الديمقراطية|قوات سورية الديمقراطية|\(?قسد\)?")
OUR_FORCES = re.compile(r"قواتنا|مقاتلونا|مقاتلينا|وحداتنا")
# Gaza's and the West Bank's armed factions ("المقاومة" there is the one an article names)
PALESTINIAN_FACTIONS = ("Hamas", "Palestinian Islamic Jihad", "PFLP", "DFLP", "Popular Resistance Committees",
                        "Lions' Den")
# where the Houthis' statements tell their acts: Yemen, and their strikes on Saudi Arabia and,
# in January 2022, the UAE ("القوات المسلحة تستهدف مطاري أبوظبي ودبي")
HOUTHI_TARGET_COUNTRIES = ("Yemen", "Saudi Arabia", "United Arab Emirates")
# (substring tests in C: a regex of the two names tried its first letters, ا and أ, all through the text)
HOUTHIS_NAMED = ("الحوثي", "أنصار الله")
BOTH_SIDES = re.compile(r"بين الطرفين")
# the LNA's own official name, used only by its command and the outlets that speak for it
# (narrower than LNA_VOICE below, which also takes the voice's names for Tripoli's forces)
LNA_OWN_NAME = "القوات المسلحة العربية الليبية"
# "اعتراض صاروخ أطلق من اليمن باتجاه إيلات", "صواريخ أطلقت من جنوب لبنان": fire launched from a
# country (the place finder reads no country as a launch place) across the border
LAUNCHED_FROM_COUNTRY = re.compile(r"أطلق\w*\s+من\s+(?:داخل\s+)?(?:الأراضي\s+|الاراضي\s+)?"
                                   r"(اليمن|اليمنية|لبنان|جنوب\s+لبنان|اللبنانية|قطاع\s+غزة|غزة)(?!\w)")
LAUNCH_COUNTRY_WORDS = {"اليمن": "Yemen", "اليمنية": "Yemen", "لبنان": "Lebanon", "اللبنانية": "Lebanon",
                        "غزة": "Palestine"}
# a sentence that opens another story ("وعلى صعيد آخر،", "وفي سياق آخر"): the day told before it is not
# its own (not "من جهة أخرى", which also joins two acts of one roundup's day)
OTHER_FRONT = re.compile(r"\W*و?(?:على صعيد آخر|في سياق آخر|على صعيد منفصل|في تطور آخر|في شأن آخر)")
HOUTHI_VOICE = re.compile(r"(?:طيران|تحالف|مرتزقة|قوى|دول|غارات)\s+العدوان"
                          r"|العدوان\s+(?:السعودي|الأمريكي|الأميركي|الإماراتي)"
                          r"|الجيش واللجان الشعبية"
                          # the Houthis' military spokesman since 2019: his statements are in their voice
                          r"|يحيى سريع|العميد سريع")  # (in an article about Yemen or its strikes on Saudi Arabia)
# a word each form of HOUTHI_VOICE holds: tested first, in C, as most articles hold none (the
# pattern is tried at each of its first letters, common ones, all through the text)
HOUTHI_VOICE_WORDS = ("العدوان", "اللجان", "سريع")
# in that voice "the Yemeni armed forces" are the Houthis' own ("رداً على عمليات
# القوات المسلحة اليمنية المساندة لغزة"), never the government's, which it calls mercenaries
# ("الجيش الوطني اليمني" is the government's name for its army: not this)
HOUTHI_OWN_ARMY = re.compile(r"القوات المسلحة\s+اليمني")
# Libya's eastern voice (al-Marsad, the LNA's General Command): the LNA by its own official names,
# Tripoli's forces as "militias"; there "الجيش" and "سلاح الجو" are the LNA's
LNA_VOICE = re.compile(LNA_OWN_NAME + r"|القيادة العامة|عمليات الكرامة"
                       r"|م(?:ي)?ليشيات\s+(?:حكومة\s+)?الوفاق|الم(?:ي)?ليشيات\s+(?:المسلحة\s+)?التابعة\s+لحكومة\s+الوفاق")
# a named installation hit from afar ("حقل", "قاعدة", "مطار"), and the acts that hit one so
STRUCK_SITES = frozenset({"field", "base", "airport"})
REMOTE_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
# a strike verb whose object is an army, by its units or by name ("استهدفت وحدات الجيش الوطني",
# "يقصف الجيش الوطني"): the army was hit (not backed, as "دعماً لقوات قسد" is)
ARMY_STRUCK = re.compile(r"(?<!\w)(?:استهدف|استهدفت|استهدفوا|تستهدف|يستهدف|قصف|قصفت|قصفوا|يقصف|تقصف)\s+"
                         r"(?:(?:وحدات|مواقع|تجمعات|مقرات|معسكرات|ثكنات|أرتال|رتلا|رتلاً|نقاط)\s+(?:من\s+|تابعة\s+ل)?)?"
                         r"(?:ال|لل)?جيش(?!\w)")
HOSTILE = re.compile(r"\bال(?:طيران|طائرات|مقاتلات)(?:\s+\S+)?\s+المعادي")


def _toll(mentions, field: str) -> int | None:
    """The act's count of `field` ("fatalities" / "injured"): the first one told,
    unless a later clause updated it ("ليرتفع عدد الشهداء إلى 15"); a count a clause gives for
    two places or more ("ارتفع عدد ضحايا التفجيرين اللذين استهدفا كنيسة بطنطا والكنيسة المرقسية في
    الإسكندرية إلى 45") is theirs together, after any count told of this place alone ("وأوضح
    البيان أن تفجير طنطا أسفر عن 28 شهيداً")."""
    def shared(m) -> bool:
        return not m.target_tolls and len({p.place.name for p in m.targets if p.role == "target"}) > 1
    # (stable: told order otherwise)
    told = sorted(mentions, key=lambda m: (shared(m), m.casualties.updated != field))
    return next((n for m in told if (n := getattr(m.casualties, field)) is not None), None)


def _government_side(actor: str | None) -> bool:
    return bool(actor) and (actor in GOVERNMENT_SIDES or actor.startswith(("Military forces of ",
                                                                           "Police forces of ")))


def ontology_country(actor: str | None) -> str | None:
    """The state whose forces an actor is ("Police forces of Kenya" -> Kenya)."""
    of = getattr(ontology, "country_of_forces", None)
    return of(actor) if of is not None else None


# the words of a fight between two armed sides, as a clause that names neither tells it
_UNNAMED_FIGHT_WHY = "a fight between sides the text does not name"
_UNNAMED_FIGHT = re.compile(r"اشتباك|معارك|مواجهات|اقتتال|نزاع|تبادل\S* \S*[اإ]طلاق")


def _implied_actor(kind: str, country: str | None) -> str | None:
    """The side a clause implies without naming it: "Civilians", or the
    police / army of the incident's country (a checkpoint, a patrol)."""
    if kind == "Civilians":
        return kind
    if not kind or not country:
        return None
    resolve = getattr(ontology, "resolve_placeholder", None)
    if resolve is not None:
        return resolve("_police" if kind == "police" else "_military", country)
    return f"{kind.capitalize()} forces of {country}"


def load_site_operators(path: str | Path | None = None) -> dict[str, str]:
    with open(path or DEFAULT_OPERATORS, encoding="utf-8", newline="") as f:
        return {r["site"]: r["actor"] for r in csv.DictReader(f)}


def _recast(m: Mention, old: str, new: str) -> None:
    """The mention's sides read as `old` are `new` (a voice or an article names who they are)."""
    m.actor1 = new if m.actor1 == old else m.actor1
    m.actor2 = new if m.actor2 == old else m.actor2


class UsualTable(dict):
    """Who usually does, or is hit by, what the text attributes to no one:
    (key fields) -> value, as data/lexicons/usual_*.csv write it.

    A row may hold only for some years (`from`, `to`: the coalition's air war in
    Yemen, 2015-2022, before American, British and Israeli jets struck there too)
    and for one means (`means`: the coalition's warplanes, not the Houthis' drones);
    `who(...)` applies them, the plain mapping holds the rows that always apply."""

    def __init__(self, rows=(), key: tuple[str, str] = ("country", "sub_event_type"), value: str = "attacker"):
        super().__init__()
        self.bounded: dict[tuple[str, str], list[tuple[int, int, str, str]]] = {}
        for r in rows:
            k = (r[key[0]], r[key[1]])
            if r.get("from") or r.get("to") or r.get("means"):
                self.bounded.setdefault(k, []).append(
                    (int(r.get("from") or 0), int(r.get("to") or 9999), r.get("means") or "", r[value]))
            else:
                self[k] = r[value]

    def who(self, key: tuple, year: int | None, weapons=()) -> str | None:
        for lo, hi, means, value in self.bounded.get(key, ()):
            if year is not None and lo <= year <= hi and (not means or means in weapons):
                return value
        return self.get(key)


def load_usual_attackers(path: str | Path | None = None) -> UsualTable:
    """(country, sub-event type) -> who does such acts there when the text names no one."""
    with open(path or DEFAULT_USUAL_ATTACKERS, encoding="utf-8", newline="") as f:
        return UsualTable(csv.DictReader(f))


def load_usual_targets(path: str | Path | None = None) -> UsualTable:
    """(attacker, country) -> whom its acts there hit when the text names no one."""
    with open(path or DEFAULT_USUAL_TARGETS, encoding="utf-8", newline="") as f:
        return UsualTable(csv.DictReader(f), key=("attacker", "country"), value="target")


def load_country_actors(path: str | Path | None = None) -> dict[tuple[str, str], str]:
    """(country, actor) -> the actor that name means there ("التحالف" in Yemen)."""
    with open(path or DEFAULT_COUNTRY_ACTORS, encoding="utf-8", newline="") as f:
        return {(r["country"], r["actor"]): r["becomes"] for r in csv.DictReader(f)}


def blocs_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b or a == "Unknown" or b == "Unknown":
        return True
    ba, bb = bloc_of(a), bloc_of(b)
    return ba == bb or any(ba in g and bb in g for g in ALLIED) or any(a in g and b in g for g in ONE_SIDE_NAMES)


# places of Israel in GeoNames where settlers live as settlers (East Jerusalem's settlements)
SETTLED_IN_ISRAEL = frozenset({"Jerusalem"})


def _same_bloc(a: str | None, b: str | None) -> bool:
    return bool(a and b and a != "Unknown" and b != "Unknown" and bloc_of(a) == bloc_of(b))


@dataclass
class Event:
    place: PlaceRef | None
    mentions: list[Mention] = field(default_factory=list)
    actor1: str | None = None
    actor2: str | None = None
    # field -> why it was inferred rather than read in the act's own clause
    # (shown on the incident's card, lowers the confidence)
    why: dict[str, str] = field(default_factory=dict)
    launch: PlaceRef | None = None
    weapons: set[str] = field(default_factory=set)
    anaphoric_place: bool = False
    date_hint: date | None = None
    # how often the article names each actor explicitly (shared by its events)
    salience: dict[str, int] = field(default_factory=dict, repr=False)
    # its sides are two allied forces the article says fought each other elsewhere
    infighting: bool = False
    # a back-reference placed it: "the strikes" told before with no town ("شنت طائرات أمريكية
    # غارات على عدة مواقع في العراق"), then "إن الغارات طالت مقرات ... في منطقتي جرف الصخر والمسيب"
    placed_back: bool = False

    @property
    def actor1_inferred(self) -> bool:
        return "actor1" in self.why

    @property
    def actor2_inferred(self) -> bool:
        return "actor2" in self.why

    def infer(self, side: str, actor: str | None, why: str) -> None:
        setattr(self, side, actor)
        self.why[side] = why

    @property
    def date(self) -> tuple[date | None, str]:
        for precision in ("day", "approximate"):
            for m in self.mentions:
                if m.date and m.date_precision == precision:
                    return m.date, precision
        return None, "unknown"

    def _pick(self, mine: str | None, theirs: str | None) -> str | None:
        """Two allied names for one side (reports differ: "pro-regime" vs
        "Iranian" militias): keep the one the article names most."""
        if not mine or mine == "Unknown":
            return theirs or mine
        if theirs and theirs != "Unknown" and self.salience.get(theirs, 0) > self.salience.get(mine, 0):
            return theirs
        if mine == "Iran-backed militias" and theirs and theirs != mine and _same_bloc(mine, theirs) \
                and self.salience.get(theirs, 0) == self.salience.get(mine, 0):
            # "بقصف صاروخي إيراني" in the headline, "أطلقها الحرس الثوري الإيراني" in the body:
            # the force the report names is surer than the umbrella an adjective gives
            return theirs
        return mine

    def add(self, m: Mention) -> None:
        a1, a2 = m.actor1, m.actor2
        if _swapped_clash(self, m):
            if all(x.between for x in self.mentions) and not m.between:
                # "اشتباكات بين قسد ومسلحين" names no direction; "هاجم مسلحون حاجزا لقسد" does
                self.actor1, self.actor2 = self.actor2, self.actor1
            else:
                a1, a2 = m.actor2, m.actor1
        if _swapped_interception(self, m):
            # the launcher's telling names both ends: it leads (gold and ACLED take either)
            if self.actor2 is None and m.actor1 and m.actor2:
                self.actor1, self.actor2 = None, None
            else:
                a1, a2 = m.actor2, m.actor1
        if m.sub_event_type == "Disrupted weapons use" and any(
                x.sub_event_type != "Disrupted weapons use" for x in self.mentions):
            # "أعلنت كتائب القسام إطلاق 130 صاروخاً باتجاه تل أبيب ... واعترضت منظومة القبة
            # الحديدية العديد من الصواريخ في أجواء تل أبيب": who stopped some of the rockets
            # fired at a town is not whom they were fired at
            a2 = None
        self.mentions.append(m)
        self.actor1 = self._pick(self.actor1, a1)
        if m.denying and self.actor2 not in (None, "Unknown"):
            # "قالت قوات الدعم السريع إنها هاجمت «ثلاثة معسكرات للجيش»، نافية استهداف المدنيين":
            # the denying side's own version does not replace the side the report said was hit
            a2 = None
        if self.actor2 == "Civilians" and m.dead_of_side and a2 is not None and a2 != self.actor1:
            # "قُتل شخصان بقصف طائرة مسيرة" in the lead, "مقتل شخصين يعتقد أنهما من مقاتلي حزب
            # العمال" in the body: the side the dead were said to be of was hit, not civilians
            self.actor2 = a2
        elif a2 == "Civilians" and self.actor2 not in (None, "Unknown", "Civilians") and not m.targets \
                and not m.dead_of_side and all(x.sub_event_type not in ("Disrupted weapons use", "Armed clash")
                                               for x in self.mentions):
            # "قاعدة عسكرية عراقية" hit in the lead, "أول هجوم يسفر عن مقتل مواطن أمريكي" later with
            # no place: the side whose site was struck stays the target; the civilian was among its victims
            # (not who stopped a missile: "the attempt to hit the civilians" names whom it was fired at;
            # nor a clash, beside which a man shot elsewhere is told with no place the gazetteer knows)
            pass
        elif self.actor2 == "Civilians" and a2 not in (None, "Unknown", "Civilians") and not m.targets \
                and not m.dead_of_side and any(x.targets and x.actor2 == "Civilians"
                                               and x.actor1 not in (None, "Unknown") for x in self.mentions):
            # "وكانت مليشيات الحوثي قد قصفت أحياء سكنية في تعز، مما أدى إلى إصابة عدد من المدنيين"
            # joined by "بعد استهداف الحوثين للسنترال ... عقب قصف مبنى الاتصالات التي سيطرت عليه
            # المقاومة" with no place: the civilians the placed clause names as hit stay the target
            # (a side the place-less clause names is no surer, however often the article names it)
            pass
        else:
            self.actor2 = self._pick(self.actor2, a2)
        self.weapons |= m.weapons
        self.launch = self.launch or m.launch


def _infighting(ev: Event, a: str | None, b: str | None) -> bool:
    """"اشتباكات بين قوة الردع الخاصة وعناصر من اللواء 444": two allied or same-bloc
    forces the clause names as the two sides of a clash fought each other (so did the two a repel
    clause names: "صدت قوات البيشمركة هجوماً شنته قوات عراقية")."""
    if a and a == b:
        # "اشتباكات بين عناصر من ميليشيا فاطميون وعناصر من ميليشيا لواء الباقر": two groups of
        # one side, told as the clash's two ends, are that side on both
        return any(m.between and m.actor1 == m.actor2 == a for m in ev.mentions)
    return bool(a and b and a != b) and (ev.infighting or any(
        (m.between or m.repelled) and {a, b} <= m.explicit_actors for m in ev.mentions))


# how far from a region's representative point ("البادية" at central Badia) a town may lie and
# still be in it: the Syrian desert runs ~200 km from Palmyra to the Euphrates
REGION_SPAN_KM = 250
# how far from a mountain range's point ("جبل الزاوية", "جبال حمرين") a village may lie and still
# be on it: the ranges the press names run a few tens of km
MOUNTAIN_SPAN_KM = 40


def _neighbour_villages(a: PlaceRef, b: PlaceRef) -> bool:
    """"هاجم المستوطنون حوارة ... كما هاجموا منازل في قرية بورين": two towns or villages a
    few km apart, each named, are two places struck (a town and its quarter, camp or site
    are one; two records of one town lie within a km or two; and "في محيط مستوطنة شتولا", "في ريف
    ناحية تل تمر" only place the act about the town, as a retelling or a container does)."""
    # two camps, each named ("مخيم النصيرات" and "مخيم البريج المجاور", 1-3 km apart), are two
    # places struck as two villages are; a camp and a town stay one (the camp of the town), and
    # so do two rows of one camp ("مخيم مخمور", "مخيم مخمور للاجئين"), whose names share a word
    if a.place.kind == b.place.kind == "camp":
        return a.precision == 1 and b.precision == 1 and a.place.name != b.place.name and not (
            set(a.place.name_ar.split()) & set(b.place.name_ar.split())) - {"مخيم"}
    return (a.place.kind in ("town", "village") and b.place.kind in ("town", "village")
            and a.precision == 1 and b.precision == 1
            and a.place.name != b.place.name
            and _km(a.place, b.place) > NAMESAKE_KM)


def _as_district(ev: Event, text: str) -> bool:
    """"في قضاء المسيب", "داخل ناحية جرف النصر": a place the event is told at is named as a
    district (the event may already hold a telling at the town's finer site)."""
    for m in ev.mentions:
        for p in m.targets:
            if p.role == "target":
                before = text[max(0, p.start - 12):p.start].split()
                if before and normalize_word(before[-1]).lstrip("وب") in _DISTRICT_NOUNS:
                    return True
    return False


_DISTRICT_NOUNS = frozenset(normalize_word(w) for w in ("قضاء", "ناحية"))


def _same_place(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    if a is None or b is None:
        return False
    if a.place.name == b.place.name:
        return True
    unlisted = (getattr(a.place, "source", "") == "unlisted", getattr(b.place, "source", "") == "unlisted")
    if any(unlisted):
        # a village the gazetteer lacks, put at a known town (places._with_unlisted), is not that
        # town; named again (in another clause, beside another town) it is the same village
        return all(unlisted) and normalize_word(a.place.name_ar) == normalize_word(b.place.name_ar)
    if a.place.country and b.place.country and a.place.country != b.place.country:
        # "سقطت قذائف ... على بلدة أقجة قلعة الحدودية المقابلة لتل أبيض": twin towns a few km
        # apart across a border are two places, the fire on each one side's (as in _merge_retold)
        return False
    if _neighbour_villages(a, b):
        return False
    return _km(a.place, b.place) <= 5


def _titled(m: Mention, title_end: int) -> bool:
    """The headline, also when ".." cut it in two ("ضمن الفلتان الأمني.. اغتيال عنصر ... وانفجار عبوة
    ناسفة بآلية عسكرية شرقي دير الزور"): its first line (`title_end`, 0 when the text has none)."""
    return m.order == 0 or m.sentence[1] <= title_end


def _listed_apart(ev: Event, m: Mention, ref: PlaceRef) -> bool:
    """"تعرضت أطراف بلدتي كفركلا والعديسة لقصف مدفعي": two villages the clause names side by side
    (3 km apart, each by its outskirts) are two places hit, not one town told twice."""
    return ev.place.place.name != ref.place.name and any(
        x.order == m.order and x.clause == m.clause for x in ev.mentions) and any(
        p.place.name == ev.place.place.name for p in m.targets if p.role == "target") \
        and ev.place.place.kind in ("town", "village") and ref.place.kind in ("town", "village")


def _other_act_nearby(ev: Event, m: Mention, ref: PlaceRef) -> bool:
    """"وفي صنعاء قتل 16 من المسلحين الحوثيين في هجوم نفذته المقاومة ... كما لقي 12 آخرون
    من المتمردين مصرعهم إثر انفجار عبوة ناسفة ... في حي الحصبة": another kind of act, with
    a toll of its own, told in another sentence at another name (a quarter of the town) is
    another act, not the first one placed more finely."""
    if ev.place.place.name == ref.place.name or not m.casualties.fatalities:
        return False
    return any(x.sentence != m.sentence and x.casualties.fatalities
               and x.casualties.fatalities != m.casualties.fatalities
               and not _same_kind(x.sub_event_type, m.sub_event_type) for x in ev.mentions)


_QUARTER_KINDS = ("district", "neighbourhood", "area")


def _quarters_apart(ev: Event, m: Mention, ref: PlaceRef) -> bool:
    """"أصيب عدد من المواطنين جراء قصف مدفعي استهدف حي الزيتون" and "أعلنت سرايا القدس استهداف
    تجمع لجنود الاحتلال ... في محور نتساريم": two quarters or areas of a town, each named, where
    one telling's people and the other's soldiers were hit, are two acts (civilians as the target
    otherwise never keep two tellings of one act apart, _compatible)."""
    a, b = ev.place.place, ref.place
    if a.name == b.name or a.kind not in _QUARTER_KINDS or b.kind not in _QUARTER_KINDS:
        return False
    told = {x.actor2 for x in ev.mentions if x.actor2 and x.actor2 in x.explicit_actors}
    if not (m.actor2 and m.actor2 in m.explicit_actors and told) or m.actor2 in told:
        return False
    # (and one telling names who fired, the other no one: not an interception over one quarter
    # of rockets that fell on another, "اعترضت منظومة الدفاع ... صواريخ سقط أحدها في بغداد الجديدة")
    doers = {x.actor1 for x in ev.mentions if x.actor1 and x.actor1 in x.explicit_actors}
    if bool(doers) == bool(m.actor1 and m.actor1 in m.explicit_actors):
        return False
    return "Civilians" in told | {m.actor2} and _km(a, b) > NAMESAKE_KM


def _name_key(name: str | None) -> str:
    """A place name without diacritics, article, spaces or marks: 'Aïn Defla' and 'Ain Defla'."""
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", re.sub(r"\b(al|el|ad|ar|as|ash|az)[-\s]", "", folded))


def _dates_ok(ev: Event, m: Mention) -> bool:
    d, _ = ev.date
    return d is None or m.date is None or abs((d - m.date).days) <= 1


def _condemned(text: str, m: Mention, before_act: bool = False) -> bool:
    """"ندد الرئيس بالهجوم الانتحاري الذي أوقع أمس 30 قتيلا": the act is the object
    of a condemnation, an act already reported, not this article's news. With
    before_act, the condemnation must come before the act's clause ends and before its place
    ("قتل خمسة في هجوم انتحاري في كابول ... وأدانت الحكومة الهجوم" is the news, condemned after)."""
    s, e = m.sentence
    if before_act:
        e = min([e, m.clause[1]] + [p.start for p in m.targets])
    return any(any(x in CONDEMN_VERBS for x in stems(normalize_word(w))) for w in text[s:e].split()[:12])


_FROM_PLACE = re.compile(r"(?:^|\s)من\s+(?:\S+\s+)?$")


def _other_means(a: set[str], b: set[str], air_one: bool = False) -> bool:
    """Two sets of means that cannot be one act's. Rockets and missiles are one means
    here: "صواريخ" is either, and a headline's "هجوم بصواريخ باليستية" is the body's
    "لهجوم بعدد من الصواريخ الباليستية والقذائف الصاروخية". With `air_one`, aircraft and
    drones are one too: the headline's bare "غارة إسرائيلية على سيارة عند مدخل كفررمان" (an
    aircraft's, by the lexicon) is the body's "استهدفت مسيّرة إسرائيلية سيارة"."""
    def fold(w):
        return {"missiles" if x == "rockets" else "aircraft" if air_one and x == "drones" else x for x in w}
    return bool(a and b and not fold(a) & fold(b))


# "الصواريخ", "القذائف", "الغارات": fire or strikes named definite, those told before (not a
# part of some, "بعدد من القذائف الصاروخية", nor a means, "بالصواريخ": a new act)
_DEFINITE_FIRE = re.compile(r"(?<!\S)(?<!من )[وف]?(?:ال)(?:صواريخ|صاروخ|صاروخان|صاروخين|قذائف|قذيفة|قذيفتان|قذيفتين"
                            r"|غارات|غارة|غارتان|غارتين|ضربات|ضربة|ضربتان|ضربتين)(?!\S)")


# a day named in the clause itself ("فجر اليوم الجمعة", "أمس الخميس", "يوم السبت")
# ("أحد" and "اثنين" only with the article: bare they are "one of" and "two", "أحد عناصر", "قتل اثنين")
_NAMED_DAY = re.compile(r"(?<!\S)(?:(?:ال)?(?:سبت|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)|ال(?:أحد|احد|اثنين|إثنين))(?!\S)")


def _says_civilians(clause: str) -> bool:
    """A word that says civilians ("مدنيين", "أطفال", "منازل"), not only people ("أشخاص")."""
    return any(x in CIVILIAN_VICTIM_WORDS and x not in GENERIC_PERSON_WORDS
               for w in re.findall(r"\w+", clause) for x in stems(normalize_word(w)))


def _earlier_doer(mentions: list[Mention], k: int) -> Mention | None:
    """The act told last before mention k (within a few sentences), of its kind and means,
    when k names no doer: that act's, if it names one (not a side among those k says were
    hit: no one strikes himself; and not past an act of unknown hands told in between). Only
    for a sentence that tells whom or what it hit ("ويتوقع محللون أن تؤدي الغارات إلى تصعيد
    التوتر بين واشنطن وطهران" names no one hit: no act)."""
    m = mentions[k]
    if m.actor1 is not None or m.sub_event_type == "Armed clash" \
            or not (m.actor2 or m.casualties.fatalities or m.casualties.injured):
        return None
    near = [x for x in reversed(mentions[:k]) if not x.anaphoric and 0 <= m.order - x.order <= NEARBY_SENTENCES]
    # (or, none of its kind, remote fire of the other kind: "شنت الهند ضربات صاروخية" then "طالت
    # الضربات مجمعاً": the bare "strikes" read as air strikes are the missile strikes told before)
    x = next((x for x in near if x.sub_event_type == m.sub_event_type), None) or next(
        (x for x in near if x.sub_event_type in _REMOTE_FIRE and m.sub_event_type in _REMOTE_FIRE), None)
    if x is None or x.actor1 in (None, "Unknown", "Civilians") or _other_means(x.weapons, m.weapons) \
            or m.actor2 and _same_bloc(x.actor1, m.actor2):
        return None
    return x


def _take_doer(m: Mention, doer: Mention) -> None:
    m.anaphoric = False
    m.actor1 = doer.actor1
    m.weapons = m.weapons | doer.weapons
    if m.date is None and doer.date is not None:
        m.date, m.date_precision = doer.date, doer.date_precision


def _kind_compatible(x: Mention, m: Mention) -> bool:
    """Two mentions that can tell one act: sides not crossed, means not
    contradicting (air strikes and a car bomb are two acts)."""
    if not (blocs_compatible(x.actor1, m.actor1) and blocs_compatible(x.actor2, m.actor2)):
        return False
    if _same_bloc(x.actor2, m.actor1) or _same_bloc(x.actor1, m.actor2):
        return False
    return not _other_means(x.weapons, m.weapons)


def _swapped_clash(ev: Event, m: Mention) -> bool:
    """A clash told from each side's end ("كسرت قوات الجيش هجوما شنته المليشيا", then
    "خاض الجيش مواجهات مع المليشيا"): the same two sides, named in the other order."""
    return (m.sub_event_type == "Armed clash" and bool(ev.mentions)
            # (one of the two names both sides: "قوات النظام" hit, then "مجهولون" against them,
            # is no pair to turn round)
            and (ev.actor1 not in (None, "Unknown") and ev.actor2 not in (None, "Unknown")
                 or m.actor1 not in (None, "Unknown") and m.actor2 not in (None, "Unknown"))
            and not (m.actor1 and m.actor2 and allied(m.actor1, m.actor2))  # (a role slip stays apart)
            and not (ev.actor1 and ev.actor2 and allied(ev.actor1, ev.actor2))
            and all(x.sub_event_type == "Armed clash" for x in ev.mentions)
            and (_same_bloc(ev.actor1, m.actor2) or _same_bloc(ev.actor2, m.actor1))
            and blocs_compatible(ev.actor1, m.actor2) and blocs_compatible(ev.actor2, m.actor1)
            and not _same_bloc(ev.actor1, m.actor1) and not _same_bloc(ev.actor2, m.actor2))


def _swapped_interception(ev: Event, m: Mention) -> bool:
    """An interception told from each end: the stopper's statement ("التحالف: اعتراض مسيرتين
    باتجاه خميس مشيط", the coalition as the doer) and the launcher's act ("اعترضت الدفاعات
    الجوية طائرتين أطلقتهما الميليشيا باتجاه خميس مشيط", the militia as the doer and the
    defences as the side aimed at). The two name one act with the sides in the other order:
    the doers are foes, and each fits the other's target (or the other names none)."""
    if not ev.mentions or m.sub_event_type != "Disrupted weapons use" or not all(
            x.sub_event_type == "Disrupted weapons use" for x in ev.mentions):
        return False

    def fits(a, b):  # one side, or two allied ones (the coalition and Saudi Arabia's forces)
        return blocs_compatible(a, b) or allied(a, b)
    return bool(ev.actor1 and m.actor1) and not fits(ev.actor1, m.actor1) \
        and fits(ev.actor1, m.actor2) and fits(ev.actor2, m.actor1)


_REMOTE_FIRE = ("Air/drone strike", "Shelling/artillery/missile attack")
_SHELLING = "Shelling/artillery/missile attack"
# acts of planted or carried explosives: no air force did them
_BOMBINGS = ("Remote explosive/landmine/IED", "Suicide bomb")


def _same_kind(a: str, b: str) -> bool:
    """One kind of act: the same sub-type, or fire from afar told once as air strikes and once
    as shelling ("شن الطيران ... عدواناً", then "القصف الأمريكي")."""
    return a == b or (a in _REMOTE_FIRE and b in _REMOTE_FIRE)


def _compatible(ev: Event, m: Mention) -> bool:
    if m.distinct and (any(x.clause[0] <= m.clause[0] for x in ev.mentions)
                       or min(x.order for x in ev.mentions) - m.order > NEARBY_SENTENCES
                       or not all(_same_kind(x.sub_event_type, m.sub_event_type) for x in ev.mentions)):
        # "هجوم آخر", "عدواناً جديداً": another act than one told before it; the lead's
        # "new aggression" is the one the body then tells ("شن الطيران الأمريكي عدواناً جديداً
        # استهدف مواقع للحشد ..." then "في القصف الأمريكي الذي استهدف مواقعهم في منطقة القائم"),
        # when the body tells it soon after and as the same kind of act (not an act sixteen
        # sentences on, nor the ground the resistance took beside the coalition's air strikes)
        return False
    if _swapped_clash(ev, m):
        # a clash has two sides and no one-way direction: which one a report names
        # first does not make a second clash at the same place and day
        return not _other_means(ev.weapons, m.weapons) and _dates_ok(ev, m)
    if _swapped_interception(ev, m):
        return _dates_ok(ev, m)
    # one bombing's victims are told as soldiers in one sentence and "15 people"
    # in the next: civilians as the target never keep two reports of one act apart
    targets_ok = "Civilians" in (ev.actor2, m.actor2) or blocs_compatible(ev.actor2, m.actor2)
    if not (blocs_compatible(ev.actor1, m.actor1) and targets_ok):
        return False
    if "Civilians" in (ev.actor2, m.actor2) and not blocs_compatible(ev.actor2, m.actor2) \
            and (m.casualties.fatalities or m.casualties.injured) and any(
            {x.sub_event_type, m.sub_event_type} == {"Armed clash", _SHELLING}
            and (x.casualties.fatalities or x.casualties.injured) for x in ev.mentions):
        # "قتل 2 من المقاومة في مواجهات جبل صبر", then "كما قتل 8 مدنيين بقصف عشوائي للحوثيين
        # على الاحياء السكنية في مدينة تعز": a fight between two forces and shells on homes, each
        # told with its own dead, are two acts, though one side made both in one town on one day
        return False
    if _same_bloc(ev.actor2, m.actor1) or _same_bloc(ev.actor1, m.actor2):
        return False  # the attacker of one cannot be the target of the other
    if "Civilians" in (ev.actor2, m.actor2) and None not in (ev.actor2, m.actor2) \
            and not blocs_compatible(ev.actor2, m.actor2) and any(
            {a.sub_event_type, b.sub_event_type} <= {"Attack", *_REMOTE_FIRE}
            and a.sub_event_type == "Attack" and b.sub_event_type != "Attack"
            # (the attack told with no side, the strikes with theirs: not "عدوان أمريكي" in a
            # headline, the US air strikes' generic name)
            and a.actor1 in (None, "Unknown") and b.actor1 not in (None, "Unknown")
            for x in ev.mentions for a, b in ((x, m), (m, x))):
        # "53 قتيلاً بهجوم على جامعي الكمأة في بادية السخنة", then "شنت طائرات حربية روسية غارات على
        # مواقع لخلايا التنظيم في بادية السخنة": gunmen's attack on civilians and strikes from afar on
        # a named armed side are two acts, though told at one place
        return False
    if _other_means(ev.weapons, m.weapons, air_one=m.order == 0 or any(x.order == 0 for x in ev.mentions)):
        return False
    if _fire_and_fight(ev, m):
        return False
    if m.date is not None and m.date_precision == "day" and any(
            x.date is not None and x.date_precision == "day" and x.date != m.date
            and {x.sub_event_type, m.sub_event_type} & {"Armed clash"}
            and {x.sub_event_type, m.sub_event_type} & set(_REMOTE_FIRE) for x in ev.mentions):
        # "استهدفت المليشيا، صباح الجمعة، المستشفى بمسيرة" and "تصدت قواتنا السبت لهجوم واسع
        # شنته المليشيا على المحور الشرقي للمدينة": a strike and a ground fight each told with
        # its own day are two acts, though one side made both in one town
        return False
    if m.date is not None and m.date_precision == "day" and m.actor1 == "Unknown" and any(
            x.date is not None and x.date_precision == "day" and x.date != m.date and x.actor1 == "Unknown"
            and x.actor2 != m.actor2 for x in ev.mentions):
        # "توفي الشيخ ... مساء أمس الأحد ... إثر استهداف سيارته بالرصاص من قبل مسلحين مجهولين", then
        # "وصباح اليوم، هاجم مسلحون من أبناء العشيرة حاجزاً لـ"قسد"": unknown men's acts each told with
        # its own day, on different targets, are two acts (the men need not be the same)
        return False
    return _dates_ok(ev, m)


def _fire_and_fight(ev: Event, m: Mention) -> bool:
    """"التحالف يقصف مواقع للحوثيين في تعز" and "قتل 5 من الحوثيين في كمين للمقاومة ...
    بمحافظة تعز": fire from afar by one named force and a ground fight by another,
    even an ally, are two acts (the coalition's planes laid no ambush), though they
    hit one foe in one town on one day."""
    if m.actor1 in (None, "Unknown") or m.sub_event_type not in _REMOTE_FIRE + ("Armed clash",):
        return False
    return any(x.actor1 not in (None, "Unknown", m.actor1)
               and {x.sub_event_type, m.sub_event_type} & {"Armed clash"}
               and {x.sub_event_type, m.sub_event_type} & set(_REMOTE_FIRE)
               for x in ev.mentions)


def _site_compatible(ev: Event, m: Mention) -> bool:
    """One attack on one base told twice: "قاعدة جوية تضم قوات عراقية وأخرى تابعة للتحالف" in the
    lead, "القاعدة تعرضت لهجوم بصواريخ" in CENTCOM's words. A base houses several forces, so the
    target each telling names (the Iraqi army, the US) does not make two acts; nor does the kind
    a generic "الهجوم" reads as. The attacker, the means and the day must still agree."""
    if m.distinct or not blocs_compatible(ev.actor1, m.actor1):
        return False
    if _same_bloc(ev.actor2, m.actor1) or _same_bloc(ev.actor1, m.actor2):
        return False
    return not _other_means(ev.weapons, m.weapons) and _dates_ok(ev, m)


def _another_incident(e: Event, text: str) -> bool:
    """Every telling of `e` is one more act by its own words: "وفي حادث آخر/منفصل/مماثل" opening its
    sentence, or an act "مماثل" or "آخر" by its trigger (the Mention's `similar`, `distinct`)."""
    return all(m.similar or m.distinct or _ANOTHER_INCIDENT.match(text, m.sentence[0], m.sentence[1])
               for m in e.mentions)


def _tolls_differ(a: Event, b: Event) -> bool:
    """Each act has its own count of the dead, or of the wounded, and the two differ."""
    return any(None not in (x := _toll(a.mentions, f), y := _toll(b.mentions, f)) and x != y
               for f in ("fatalities", "injured"))


def _same_toll_headline(ev: Event, e: Event, title_end: int) -> bool:
    """`ev` is told only by the headline, with a count of the dead that `e`, told in the body,
    gives too (the same number, not none)."""
    return all(_titled(m, title_end) for m in ev.mentions) and not all(_titled(m, title_end) for m in e.mentions) \
        and (n := _toll(ev.mentions, "fatalities")) is not None and n > 0 and n == _toll(e.mentions, "fatalities")


def _told_together(a: Event, b: Event) -> bool:
    """Two events have a sentence in common (one sentence told both)."""
    return not {m.sentence for m in a.mentions}.isdisjoint(m.sentence for m in b.mentions)


# "في البادية الجنوبية لمدينة الميادين", "في بادية مدينة السخنة": a region told as the one of a
# town (its bearing from it, "of the city") is that town's outskirts, not the whole region
_OF_TOWN = re.compile(r"\s*(?:ال(?:شمالي|جنوبي|شرقي|غربي)[ةه]\s+)?"
                      r"(?:ل(?:مدينة|بلدة|قرية)?\s*|(?:مدينة|بلدة|قرية)\s+)?")


def _part_of_region(region: Event, e: Event, text: str) -> bool:
    """The region `region` and the place of `e` told in one sentence as one place: the region
    "of" the town ("البادية الجنوبية لمدينة الميادين"), or a named part of the region called by
    its own noun ("قتل أربعة ... في البادية السورية، إذ قتل ... في بادية السخنة": the Sukhnah
    badia is a part of the badia, not a second place struck, as "بادية السخنة ومنطقة جبل البشري"
    lists two)."""
    def refs(ev: Event) -> list[PlaceRef]:
        return [p for m in ev.mentions for p in m.targets if p.place is ev.place.place]
    for r in refs(region):
        for t in refs(e):
            between = text[r.end:t.start]
            if t.start < r.end or "." in between:
                continue
            if _OF_TOWN.fullmatch(between):
                return True
            head_r, head_t = (normalize_word(x.name_ar.split()[0]) if x.name_ar.split() else "" for x in (r, t))
            # (not two places listed: "في البادية وبادية السخنة")
            if e.place.place.kind == "region" and head_r.startswith("ال") and head_r[2:] == head_t \
                    and len(t.name_ar.split()) > 1 and not re.fullmatch(r"\s*[،,]?\s*(?:و\S*)?\s*", between):
                return True
    return False


def _one_site(a: PlaceRef, b: PlaceRef) -> bool:
    return a.place.name == b.place.name and KIND_RANK.get(a.place.kind, 2) == 0


class Assembler:
    def __init__(self, site_operators: dict[str, str] | None = None,
                 country_actors: dict[tuple[str, str], str] | None = None,
                 usual_targets: UsualTable | None = None,
                 usual_attackers: UsualTable | None = None):
        self.operators = site_operators if site_operators is not None else load_site_operators()
        self.country_actors = country_actors if country_actors is not None else load_country_actors()
        self.usual_targets = usual_targets if usual_targets is not None else load_usual_targets()
        self.usual_attackers = usual_attackers if usual_attackers is not None else load_usual_attackers()

    def assemble(self, article_id: str, text: str, mentions: list[Mention],
                 published: date | None, militia_default: str | None,
                 short_report: bool = False, country: PlaceRef | None = None,
                 named_police: str | None = None) -> list[Incident]:
        """`short_report`: the text is a report of one or two sentences (a wire
        flash, a headline); its act is kept even with no town named, placed at
        `country` (the country the text names) or nowhere. `named_police`: the one
        state's police the article names with its nationality, which the police a
        clause implies ("جرح عدد من الشرطيين") is."""
        while mentions and mentions[0].similar and mentions[0].sub_event_type == "Attack" and not mentions[0].weapons \
                and _SIMILAR_INCIDENT.search(text, mentions[0].clause[0], mentions[0].clause[1]):
            # "لقي شاب مصرعه إثر انقلاب سيارته ... وفي حادث مماثل قتل شخصان": an incident "like the
            # one before" takes its kind from an act told before it; with none told (a road accident,
            # an animal's attack, a drowning before it), it is one more mishap, no act
            mentions = mentions[1:]
        houthi_voice = any(p.place.country in HOUTHI_TARGET_COUNTRIES for m in mentions for p in m.targets) \
            and any(map(text.__contains__, HOUTHI_VOICE_WORDS)) and bool(HOUTHI_VOICE.search(text))
        if SDF_VOICE.search(text, 0, 400):
            # "المركز الإعلامي لقوات سوريا الديمقراطية - بيان: ... نفذت وحدات خاصة من قواتنا":
            # in the SDF's own statements "our forces" are the SDF, not the country's army
            for m in mentions:
                if OUR_FORCES.search(text, m.clause[0], m.clause[1]):
                    _recast(m, "_military", "SDF")
        # (every pattern holds "المقاوم": a substring test in C spares the four searches of most texts)
        named = [actor for rx, actor in NAMED_RESISTANCE if rx.search(text)] if "المقاوم" in text else []
        if len(named) == 1:  # (two named: each bare one is left to its country)
            hit = Counter(p.place.country for m in mentions for p in m.targets if p.place.country)
            focus = hit.most_common(1)[0][0] if hit else None
            for m in mentions:
                # "هاجمت المقاومة الإسلامية ثلاثة مواقع في مزارع شبعا ... تضامناً مع المقاومة
                # الفلسطينية": a resistance named in passing (solidarity) is not the bare one of an
                # act in the country the article is about, whose own resistance is another side
                home = next((self.country_actors.get((p.place.country, "_resistance"))
                             for p in m.targets if p.place.country == focus), None)
                if home and home != named[0]:
                    continue
                _recast(m, "_resistance", named[0])
                m.explicit_actors = {named[0] if a == "_resistance" else a for a in m.explicit_actors}
        named = [actor for rx, actor in NAMED_SARAYA if rx.search(text)]
        if len(named) == 1:
            for m in mentions:
                _recast(m, "_saraya", named[0])
                m.explicit_actors = {named[0] if a == "_saraya" else a for a in m.explicit_actors}
        for k, m in enumerate(mentions):
            if m.actor2 is None and m.actor1 not in (None, "Unknown") \
                    and OWN_MEN.search(text, m.clause[0], m.clause[1]):
                # "أعلن الحرس الثوري مسؤوليته عن الهجوم ...، وذلك بعد أيام من مقتل اثنين من ضباطه
                # بغارة إسرائيلية": "his officers" are the men of the side the sentence is about,
                # the doer of its act told before
                owner = next((x.actor1 for x in reversed(mentions[:k]) if x.sentence == m.sentence
                              and x.clause[0] < m.clause[0] and x.actor1 not in (None, "Unknown", "Civilians")
                              and not x.actor1.startswith("_") and not allied(x.actor1, m.actor1)
                              and not _same_bloc(x.actor1, m.actor1)), None)
                if owner is not None:
                    m.actor2 = owner
                    m.explicit_actors = m.explicit_actors | {owner}
        self._resolve_by_country(mentions, houthi_voice=houthi_voice, text=text)
        for k, m in enumerate(mentions):
            if m.actor1 is None and "Unknown" not in m.explicit_actors and m.launch is None and m.targets \
                    and (fired := LAUNCHED_FROM_COUNTRY.search(text, m.clause[0], m.clause[1])):
                # "أعلن جيش الاحتلال اعتراض صاروخ أطلق من اليمن باتجاه أم الرشراش": the side that
                # holds the country the fire came from, across the border (as for a launch place)
                home = LAUNCH_COUNTRY_WORDS.get(fired.group(1).split()[-1])
                holder = LAUNCH_AREA_HOLDERS.get((home, m.targets[0].place.country))
                if holder:
                    m.actor1 = holder
            # "وفي مديرية مجزر ... مواجهات مماثلة اندلعت مساء أمس الأحد بين الطرفين": "the two
            # sides" are those of the clash told before between two named sides
            if m.actor1 is None and m.actor2 in (None, "Civilians") and not m.explicit_actors \
                    and BOTH_SIDES.search(text, m.clause[0], m.clause[1]):
                pair = next((x for x in reversed(mentions[:k]) if (x.between or x.sub_event_type == "Armed clash")
                             and x.actor1 and x.actor2 and "Civilians" not in (x.actor1, x.actor2)), None)
                if pair is not None:
                    m.actor1, m.actor2, m.between = pair.actor1, pair.actor2, True
                elif m.sub_event_type == "Armed clash":
                    # "قال شهود إن قوات الدعم السريع قصفت أحياء في كرري، فيما دارت اشتباكات عنيفة
                    # بين الطرفين" after "اتهمت قوات الدعم السريع الجيش بتنفيذ الغارة": with no clash
                    # told before, "the two sides" are the two armed sides the article has named so far
                    sides: list[str] = []
                    for x in reversed(mentions[:k]):
                        for a in (x.actor1, x.actor2):
                            if a and not a.startswith("_") and a not in ("Civilians", "Unknown") \
                                    and not any(allied(a, b) or bloc_of(a) == bloc_of(b) for b in sides):
                                sides.append(a)
                    if len(sides) == 2:
                        m.actor1, m.actor2, m.between = sides[1], sides[0], True
        for m in mentions:
            m.terror_target = m.actor2 == "Unknown" and bool(TERROR_WORD.search(text, m.clause[0], m.clause[1])) \
                and not UNNAMED_WORD.search(text, m.clause[0], m.clause[1])
            m.attackers_target = m.actor2 == "Unknown" and bool(THE_ATTACKERS.search(text, m.clause[0], m.clause[1]))
        for k, m in enumerate(mentions):
            if m.actor1 == "Unknown" and m.actor2 not in (None, "Unknown") \
                    and THE_ATTACKERS.search(text, m.clause[0], m.clause[1]) \
                    and not UNNAMED_WORD.search(text, m.clause[0], m.clause[1]):
                # 'هجوم لـ"قوات العشائر" على مواقع "قسد"' then "إن المهاجمين استهدفوا نقاطاً عسكرية لـ"قسد"":
                # "the attackers" who struck are the side the article told attacking just before (not
                # the defenders who struck back at unnamed men: "القوات الأمنية ... تصدت للمهاجمين")
                doer = next((x.actor1 for x in reversed(mentions[:k]) if 0 <= m.order - x.order <= NEARBY_SENTENCES
                             and x.actor1 not in (None, "Unknown", "Civilians") and not x.actor1.startswith("_")
                             and x.actor2 not in (None, "Unknown")
                             and not allied(x.actor1, m.actor2) and not _same_bloc(x.actor1, m.actor2)), None)
                if doer is not None:
                    m.actor1 = doer
                    m.explicit_actors = (m.explicit_actors - {"Unknown"}) | {doer}
            elif m.actor1 == "Unknown" and m.actor2 is None \
                    and THE_ATTACKERS.search(text, m.clause[0], m.clause[1]) \
                    and not UNNAMED_WORD.search(text, m.clause[0], m.clause[1]):
                # "هجوم نفذه مسلحون من تنظيم داعش على حافلة عسكرية ..." then "إن المهاجمين نصبوا كميناً
                # للحافلة قرب منطقة الشولا": "the attackers", with no side named as hit, are the doer of
                # the attack told just before, and what they struck is what it struck
                prev = next((x for x in reversed(mentions[:k]) if 0 <= m.order - x.order <= NEARBY_SENTENCES
                             and x.actor1 not in (None, "Unknown", "Civilians") and not x.actor1.startswith("_")
                             and x.actor2 not in (None, "Unknown") and not x.actor2.startswith("_")), None)
                if prev is not None:
                    m.actor1, m.actor2, m.sub_event_type = prev.actor1, prev.actor2, prev.sub_event_type
                    m.explicit_actors = (m.explicit_actors - {"Unknown"}) | {prev.actor1, prev.actor2}
        # (asked only of a text that says "احتلال": the patterns, tried at each ا and ل, were a
        # tenth of assembling)
        for occupier, unless, forces in ((TURKISH_OCCUPATION, ISRAELI_OCCUPATION, "Turkish forces"),
                                         (US_OCCUPATION, NAMED_ISRAELI_OCCUPATION, "US forces")) \
                if "احتلال" in text else ():
            if not occupier.search(text):
                continue
            both = bool(unless.search(text))
            for m in mentions:
                if any(p.place.country in OCCUPATION_ELSEWHERE for p in m.targets) or \
                        not BARE_OCCUPATION.search(text, m.clause[0], m.clause[1]):
                    continue
                if both and not (forces == "US forces" and OCCUPATION_BASES.search(text, m.clause[0], m.clause[1])):
                    # (an article naming Israel's occupation too: only "قواعد الاحتلال" stay the US's,
                    # "المقاومة الإسلامية في العراق تواصل استهداف قواعد الاحتلال" beside "قاعدة الاحتلال
                    # الأمريكي في حقل كونيكو" and "المجازر التي يرتكبها الاحتلال الصهيوني في غزة")
                    continue
                _recast(m, "Israeli forces", forces)
        salience: dict[str, int] = {}
        for m in mentions:
            for a in m.explicit_actors:
                salience[a] = salience.get(a, 0) + 1
        if houthi_voice:
            # "أن العدوان استهدف ... مواقع في صنعاء": in that voice the bare "aggression"
            # is the side the article named as it ("العدوان الأمريكي البريطاني")
            aggressor = max((a for a in salience if a in AGGRESSORS), key=salience.get, default=None)
            for m in mentions:
                # (not when "the aggression" is the side the clause says was hit: "اعترف تحالف
                # العدوان بتعرض مطار أبها لهجوم")
                if m.actor1 is None and aggressor and "العدوان" in text[m.clause[0]:m.clause[1]] \
                        and m.actor2 != "_aggression" and m.actor2 not in AGGRESSORS:
                    m.actor1 = aggressor
        # (each branch holds "داعش" or "الدول": substring tests in C before the search of the whole text)
        if not (("داعش" in text or "الدول" in text) and ISIS_NAMED.search(text)):
            # "عناصر من التنظيم", "فلول التنظيم": the bare "organisation" is ISIS in Syria's and
            # Iraq's news, but the group the article named as one where that is another
            # ("تحييد 5 إرهابيين من تنظيم بي كا كا ... اشتباك بين قوات الدرك وعناصر من التنظيم",
            # "قادة التنظيم" in a report on al-Qaeda in Yemen)
            named = next((group for rx, group in ORGANISATIONS if rx.search(text)), None)
            for m in mentions if named else ():
                if BARE_ORGANISATION.search(text, m.clause[0], m.clause[1]):
                    _recast(m, "ISIS", named)
        # "وكانت الجماعة قد شنت، الخميس، هجمات متزامنة" after "تبنت جماعة نصرة الإسلام والمسلمين
        # الهجوم": "the group" / "the movement" as the clause's subject (not "مراكز تستخدمها الجماعة"
        # after the act) is the armed group the article names most; of several named as often,
        # the first ("تبنت جماعة نصرة الإسلام ... إن كتيبة ماسينا نفذت الهجوم": the group, then its unit)
        groups = [a for a in salience if a not in ("Civilians", "Unknown") and not a.startswith("_")
                  and not _government_side(a) and a not in REGULAR_ARMIES]
        group = groups[0] if groups and salience[groups[0]] == max(salience[g] for g in groups) else None
        if not groups:
            # ("أعلنت المقاومة الإسلامية أن مجاهديها استهدفوا": a side read from its voice, not
            # named as an actor, is the group of the mentions that follow)
            doers = list(dict.fromkeys(m.actor1 for m in mentions if m.actor1 and m.actor1 != "Unknown"
                                       and not m.actor1.startswith("_") and not _government_side(m.actor1)
                                       and m.actor1 not in REGULAR_ARMIES))
            group = doers[0] if len(doers) == 1 else None
        for m in mentions if group else ():
            bare = BARE_GROUP_SUBJECT.match(text, m.clause[0], m.clause[1])
            if m.actor1 in (None, "Unknown") and bare and not any(
                    not REPORT_VERBS.isdisjoint(stems(normalize_word(w))) for w in bare[1].split()):
                m.actor1 = group  # (not "وذكرت الحركة أنه تم اعتقال": who tells an act did not do it)
        militia = max((a for a in salience if a in MILITIA_ACTORS), key=salience.get, default=None)
        # "من قبضة ميليشيا الحوثي ... غارات مركزة على تجمعات وتعزيزات للميليشيا في مديرية حريب":
        # with no militia among the acts' sides, the bare "militia" of a Yemen or Saudi border act
        # is the Houthis the article names (in a sentence that told no act)
        houthis = militia is None and any(map(text.__contains__, HOUTHIS_NAMED))
        militia = militia or militia_default or "Unknown"
        for m in mentions:
            # "غارات على مواقع الميليشيات": the militias that US, coalition and Israeli
            # strikes hit, when the article names none, are the Iran-aligned ones
            bare_doer = m.actor1 == "_militia"
            _recast(m, "_militia", "Houthis" if houthis and m.targets and all(
                p.place.country in HOUTHI_TARGET_COUNTRIES for p in m.targets)
                    else "Iran-backed militias" if militia == "Unknown" and m.actor1 in MILITIA_FOES
                    else militia)
            if bare_doer and m.actor2 == m.actor1:
                # "اشتباكات قرب مقر "قسد" رافقها قصف من جهة الميليشيا على أطراف المدينة": the
                # militia's own premises, named where it fired from, are not what it hit
                m.actor2 = None
            if m.reprisal and not m.targets and m.launch:
                # "ردت على مصدر النيران": where the answered fire came from is where this one hit (a
                # target now: "ردت القوات الأمريكية بقصف مدفعي على مصادر النيران في محيط بلدة خشام")
                m.targets, m.launch = [replace(m.launch, role="target")], None
        for k, m in enumerate(mentions):
            if m.reprisal and m.actor1 and not m.actor2:
                # a reprisal strikes whoever fired the act it answers
                answered = next((x.actor1 for x in reversed(mentions[:k]) if x.actor1
                                 and x.actor1 != "Unknown" and not blocs_compatible(x.actor1, m.actor1)), None)
                if answered is None and any(x.actor2 and _same_bloc(x.actor2, m.actor1)
                                            and x.actor1 in (None, "Unknown") for x in mentions[:k]):
                    # "ثلاث قذائف صاروخية سقطت داخل حرم القاعدة ... فيما ردت القوات الأمريكية بقصف
                    # مدفعي على مصادر النيران": the fire answered had no named author: Unknown
                    answered = "Unknown"
                m.actor2 = answered
        another_of: dict[int, Mention] = {}  # "غارة أخرى": the act told just before, by id of the mention
        for k, m in enumerate(mentions[1:], 1):
            # (past a reply: "ردت القوات التركية بقصف مصادر النيران ... وكان أفراد من الشرطة والجيش
            # قد أصيبوا جراء قذائف مماثلة": like the shells answered, not like the answer)
            prev = mentions[k - 1] if m.reprisal or not mentions[k - 1].reprisal else next(
                (x for x in reversed(mentions[:k]) if not x.reprisal), mentions[k - 1])
            if m.similar:  # "تفجير مماثل": the kind of act, and whom it hit, as the one before
                # (the doer of the last act of its kind that names one, past a retelling that names
                # none: "القصف المدفعي لقوات النظام على قرية إبلين" then "واستهدف القصف منزلاً" then
                # "قصف صاروخي مماثل يطال أطراف بلدتي البارة وكنصفرة")
                doer = prev.actor1 or next((x.actor1 for x in reversed(mentions[:k - 1]) if x.actor1
                                            and not x.reprisal and x.sub_event_type == m.sub_event_type
                                            and m.order - x.order <= NEARBY_SENTENCES), None)
                m.actor1 = m.actor1 or doer
                m.actor2 = m.actor2 or prev.actor2
                m.implied_target = m.implied_target or prev.implied_target
                if prev.sub_event_type in ("Suicide bomb", "Remote explosive/landmine/IED") or (
                        # "تعرض أمس أيضاً لهجوم مماثل" after a drone attack on a field: a like attack
                        # told by the bare "هجوم" is of the kind told before
                        m.sub_event_type in GENERIC_SUB_TYPES and prev.sub_event_type in REMOTE_STRIKES
                        and not m.weapons):
                    m.sub_event_type, m.weapons = prev.sub_event_type, m.weapons | prev.weapons
            elif m.distinct and m.actor1 is None and m.actor2 is None and prev.actor1 \
                    and prev.actor1 != "Unknown" and m.order - prev.order <= 1 \
                    and (m.sub_event_type == prev.sub_event_type or m.sub_event_type in GENERIC_SUB_TYPES
                         and prev.sub_event_type in GENERIC_SUB_TYPES) \
                    and _ANOTHER_ACT.search(text, m.clause[0], m.clause[1]) \
                    and not _ANOTHER_INCIDENT.match(text, m.sentence[0], m.sentence[1]):
                # "طائرة تركية مسيرة قصفت آليات ...، فيما استهدفت غارة أخرى محيط بلدة الأصابعة": "another"
                # act of the kind told just before, naming no side (not "وفي هجوم آخر" opening a
                # sentence: a separate incident); its sides are that act's when the article gives none
                # (_fill_actors, last)
                another_of[id(m)] = prev
        self._place_back_references(mentions, text, short_report)
        events: list[Event] = []
        placeless: list[Mention] = []
        for m in mentions:
            # a back-reference refers to an act told before; it places that act when the
            # act was told with no place ("قتل في غارة أميركية في أفغانستان"، then "العملية التي
            # جرت في 11 يوليو في ولاية باكتيكا")
            targets = [] if m.anaphoric and (events or not placeless) else self._target_places(m)
            if not targets and m.anaphoric and events and (own := self._target_places(m)) and all(
                    p.place.country and p.place.country not in {e.place.place.country for e in events}
                    for p in own):
                # "وبحسب مصادر سورية، شملت الضربات في الجانب الآخر من الحدود مواقع في مدينتي البوكمال
                # والميادين" after strikes told in Iraq: the strikes told before also hit these
                # towns across the border, places no act told so far is in
                targets = own
            if not targets:
                placeless.append(m)
                continue
            # "the strikes" told before with no town, which this back-reference places, the first
            # place the article gives (not a remark on "the strikes" made somewhere, "وفي لندن، قال
            # رئيس الوزراء ... واصفاً الضربات بأنها محدودة ... للحوثيين", once strikes are placed)
            placed_back = m.anaphoric and not events and m.actor2 is not None and any(
                x.order < m.order and not x.anaphoric and x.actor1 not in (None, "Unknown")
                and x.sub_event_type == m.sub_event_type for x in placeless)
            saw = m.also and len(words := text[m.clause[0]:m.clause[1]].split(None, 2)) > 1 \
                and not OCCURRENCE_VERBS.isdisjoint(stems(normalize_word(words[1])))
            if saw and len(targets) > 1:
                # "كما شهدت صنعاء هجوما ... في منطقة عصر شمالي غربي المدينة": "also" and "saw" tell one more act, at the
                # quarter; the town only says where the quarter lies (joined to the town's act told
                # before, the two acts became one)
                targets = [p for p in targets if p.place.kind not in ("city", "town") or not any(
                    KIND_RANK.get(q.place.kind, 2) < KIND_RANK.get(p.place.kind, 2)
                    and q.place.country == p.place.country
                    and _km(q.place, p.place) <= SITE_OF_TOWN_KM
                    for q in targets)]
            for ref in targets:
                told = m  # this place's own toll, not the clause's first
                if m.target_tolls:
                    told = replace(m, casualties=m.target_tolls.get(ref.place.name, Casualties()))
                if ref.place.name in m.target_sides:
                    told = replace(told, actor2=m.target_sides[ref.place.name])
                ev = next((e for e in reversed(events)
                           if _same_place(e.place, ref) and _compatible(e, told)
                           and not _other_act_nearby(e, told, ref) and not _listed_apart(e, m, ref)
                           and not _quarters_apart(e, told, ref)
                           # "كما شهدت صنعاء هجوما ... في منطقة عصر" after an attack in Sanaa's
                           # Tahrir: "also" tells one more act at another place of the town
                           and not (saw and ref.place.name != e.place.place.name
                                    and m.sentence not in {x.sentence for x in e.mentions})), None)
                if ev is None and m.actor1 not in (None, "Unknown", "Civilians") and not m.actor2 \
                        and CLAIMED.search(text, m.clause[0], m.clause[1]) \
                        and not MANY_ACTS.search(text, m.clause[0], m.clause[1]) \
                        and not NO_CLAIM.search(text, m.sentence[0], m.sentence[1]):
                    # "تعرضت مدينة أربيل لهجوم بـ12 صاروخاً" then "تبنى الحرس الثوري الإيراني الهجوم ...،
                    # زاعماً أنه استهدف «مركزاً» في أربيل": a claim of the act told at that place gives it
                    # its doer, whatever the claimant calls it (its words on the target are its own)
                    claimed_act = next((e for e in reversed(events) if _same_place(e.place, ref)
                                        and e.actor1 in (None, "Unknown") and e.mentions[0].order < m.order
                                        and not _same_bloc(e.actor2, m.actor1) and not allied(e.actor2, m.actor1)),
                                       None)
                    if claimed_act is not None:
                        claimed_act.infer("actor1", m.actor1, "the side that claimed the act told at this place")
                        continue
                one_of = ev is None and ONE_OF_THEM.search(text, m.clause[0], m.clause[1])
                if one_of:
                    # "قصف بصواريخ باليستية على ... أربيل", then "أحد الصواريخ سقط على منزل ... قرب مطار
                    # أربيل الدولي": one of the salvo's missiles, where it fell near the town hit
                    ev = next((e for e in reversed(events) if e.place.place.country == ref.place.country
                               and _km(e.place.place, ref.place) <= ONE_OF_THEM_KM
                               and _compatible(e, told)), None)
                if ev is None:
                    ev = Event(place=ref, salience=salience)
                    events.append(ev)
                elif not one_of and KIND_RANK.get(ref.place.kind, 2) < KIND_RANK.get(ev.place.place.kind, 2):
                    ev.place = ref  # the city, then its quarter: the finer place
                ev.add(told)
                ev.placed_back = ev.placed_back or placed_back
        title_end = text.find("\n")  # (a headline's length: not a lead paragraph with no title)
        title_end = title_end if 0 < title_end <= 160 else 0
        for m in placeless:
            if not (m.actor1 or m.actor2) and not (m.anaphoric and m.casualties.updated):
                # nothing ties it to an act ("معارك ... وقصف متبادل"); a risen toll of the act told
                # before does ("ارتفاع حصيلة ضحايا تفجير الكنيسة إلى 25 قتيلا")
                continue
            if TALLY_SHARE.search(text, m.clause[0], m.clause[1]):
                # "وأحصت البعثة تراجعًا بنسبة 6% ... لكن عدد الجرحى ارتفع 4% في المعارك بين المتمردين
                # وقوى الامن، والهجمات": a period's tally in percent is no act, and its sides are
                # neither the side nor a claim of this article's acts (snn-2015-08-08-1141)
                continue
            if WAR_DAY_COUNT.search(text, m.sentence[0], m.sentence[1]):
                continue
            if ROUNDUP_OF_OPERATIONS.search(text, m.clause[0], m.clause[1]) \
                    and not CLAIMED.search(text, m.clause[0], m.clause[1]):
                # "أعلنت وزارة الدفاع التركية، الأحد، تحييد 25 إرهابياً ... في عمليات جوية شمالي سوريا
                # والعراق": a tally over indefinite operations, no one act told before, whose
                # sides it would overwrite
                continue
            ev = self._nearest_compatible(events, m, title_end, text)
            # "قصفت قوات الدعم السريع معسكر أبو شوك شمالي الفاشر" then "صدّت هجوماً شنته قوات الدعم
            # السريع على المحور الشرقي للمدينة": "the city" is the city named before, not the camp,
            # base or site struck just before it (here and in _last_place_before)
            the_city = bool(_CITY_ANAPHOR.search(text, m.clause[0], m.clause[1]))
            if ev is not None and m.anaphoric_place and not m.anaphoric and ev.place is not None \
                    and KIND_RANK.get(ev.place.place.kind, 2) == 0 and the_city \
                    and (city := self._last_place_before(events, m, the_city)) is not None \
                    and city.place.kind == "city":
                # (the nearest act's site gives way to the city; a town or quarter may well be the
                # city itself: the gazetteer's "town" and "city" are no sure guide)
                ev = next((e for e in reversed(events) if _same_place(e.place, city) and _compatible(e, m)
                           and e.mentions[0].sub_event_type == m.sub_event_type), None)
                if ev is None:
                    ev = Event(place=city, anaphoric_place=True, salience=salience,
                               why={"place": "the city named before (\"the city\")"})
                    events.append(ev)
            if ev is None and m.actor1 not in (None, "Unknown") and m.actor2 \
                    and CLAIMED.search(text, m.clause[0], m.clause[1]) \
                    and not NO_CLAIM.search(text, m.sentence[0], m.sentence[1]):
                # "وتبنت جماعة نصرة الإسلام والمسلمين الهجوم، وزعمت أنها قتلت المئات من عناصر ...
                # مجموعة فاغنر": whom the claimant says it hit is its own word on the act's target; the
                # claim still names who made the act told before (with the report's target)
                bare = replace(m, actor2=None, explicit_actors=m.explicit_actors - {m.actor2})
                if (ev := self._nearest_compatible(events, bare, title_end, text)) is not None:
                    m = bare
            if ev is not None and m.reprisal and not any(
                    x.actor1 and x.actor1 != "Unknown" and blocs_compatible(x.actor1, m.actor1) for x in ev.mentions):
                ev = None  # a reprisal answers an act: it joins its own side's fire, never the act answered
            claim_of_many = bool(m.actor1 and m.actor1 != "Unknown"
                                 and MANY_ACTS.search(text, m.clause[0], m.clause[1])
                                 and not NO_CLAIM.search(text, m.sentence[0], m.sentence[1]))
            claimed = bool(claim_of_many and CLAIMED.search(text, m.clause[0], m.clause[1]))
            if ev is None and claimed:
                # "وأعلن تنظيم داعش مسؤوليته عن التفجيرين" told five sentences after the second
                # bombing: a claim of several acts looks back over the whole article, not only
                # the nearby sentences a bare "the attack" would
                ev = next((e for e in reversed(events) if e.mentions[0].order < m.order
                           and e.actor1 in (None, "Unknown") and _compatible(e, m)), None)
            if ev is not None:
                if (m.casualties.fatalities or m.casualties.injured) and (
                        self._summed_lead(events, ev, m) or _MANY_FRONTS.search(text, m.clause[0], m.clause[1])):
                    # "لقي 41 متمردا حوثيا مصرعهم، وأصيب 28 آخرون في غارات ... شنتها طائرات التحالف"
                    # before the raids on each front with their own dead (snn-2015-08-11-0949): the
                    # lead's toll is the total of the acts told after it, not the first one's; so is
                    # a toll of fighting "on several fronts" (snn-2015-07-22-0678)
                    m.casualties = Casualties()
                ev.add(m)
                if claim_of_many:
                    # "وأعلن تنظيم داعش مسؤوليته عن التفجيرين": a claim of two or more
                    # acts is every unclaimed act of that kind the article told
                    for other in events:
                        if other is not ev and other.actor1 in (None, "Unknown") and _compatible(other, m) \
                                and (claimed or not any("Unknown" in x.explicit_actors for x in other.mentions)) \
                                and not self._own_side_hit(other, m.actor1):
                            # (not, unless the side claims it outright, an act the text gives to unknown
                            # men: "نفذ مسلحون مجهولون هجوما على نقطة تابعة لميليشيات الحوثي" beside "وكثف
                            # طيران التحالف غاراته"; but "فجر انتحاري نفسه" then "أعلن داعش مسؤوليته")
                            other.infer("actor1", m.actor1, "claimed with the article's other acts")
            elif m.anaphoric_place and not m.anaphoric and (m.actor1 and (m.actor2 or (
                    # "وصباح اليوم، نفذت طائرات التحالف الدولي ضربات على مواقع ... في محيط السجن": a
                    # named side's new strike at the place said before, its target left to the article
                    m.actor1 != "Unknown" and m.sub_event_type == "Air/drone strike")) or (
                    # "بعد ضربات مماثلة استهدفت أمس السبت مواقع للحشد الشعبي في المنطقة ذاتها": an
                    # earlier act of its own day, its target named, at the place said before
                    m.distinct and m.actor2 and m.date is not None) or (
                    # "إن عشرات المدنيين قتلوا، بينهم سبعة قضوا حين تعرضت قافلة للفارين لكمين أثناء
                    # محاولتها الخروج من البلدة": civilians killed by an unnamed side at "the town"
                    # said before (its side is left to the article)
                    m.actor1 is None and m.actor2 == "Civilians" and m.casualties.fatalities)):
                ref = self._last_place_before(events, m, the_city)
                if ref is not None:
                    ev = Event(place=ref, anaphoric_place=True, salience=salience,
                               why={"place": "the place of the act told just before (this sentence names none)"})
                    ev.add(m)
                    events.append(ev)
            elif m.attacker_base is not None and not m.anaphoric and not m.reprisal:
                # no target place: where the attacker struck from
                ev = Event(place=m.attacker_base, salience=salience,
                           why={"place": "where the attacker struck from; no target place is named"})
                ev.add(m)
                events.append(ev)
            elif not m.anaphoric and (office := next((p for p in m.targets if p.role == "office_hit"), None)):
                # "أكد أمير منطقة عسير ... التفجير الذي استهدف مسجد قوات الطوارئ الخاصة بالمنطقة": an act
                # no other place is told for, in the region of the office that speaks of it
                ev = Event(place=office, salience=salience,
                           why={"place": "the region of the office that speaks of it, named again"})
                ev.add(m)
                events.append(ev)
            elif m.reprisal and not m.anaphoric:
                answered = self._answered(events, m)
                if answered is not None and answered.launch is not None:
                    ev = Event(place=answered.launch, actor2=answered.actor1, salience=salience,
                               why={"actor2": "the side whose fire this reprisal answers",
                                    "place": "where the answered fire came from"})
                    ev.add(m)
                    events.append(ev)
        for m in mentions:
            # "وتبنت جماعة نصرة الإسلام والمسلمين الهجومين، وكانت قد أعلنت ... حصارا على مدينة
            # تمبكتو": a claim of two or more acts in a clause that names a place of its own
            # (the placeless claim is handled above) still claims the article's unclaimed acts
            if m in placeless or not m.actor1 or m.actor1 in ("Unknown", "Civilians") \
                    or not CLAIMED.search(text, m.clause[0], m.clause[1]) \
                    or not MANY_ACTS.search(text, m.clause[0], m.clause[1]) \
                    or NO_CLAIM.search(text, m.sentence[0], m.sentence[1]):
                continue
            for other in events:
                # (the claim's own day is the claim's, not the acts': no date test)
                if m not in other.mentions and other.actor1 in (None, "Unknown") \
                        and not _same_bloc(other.actor2, m.actor1) and not allied(other.actor2, m.actor1):
                    other.infer("actor1", m.actor1, "claimed with the article's other acts")
        events = self._merge_retold(self._merge_into_finer(events, title_end, text), text)
        # "نفذت الولايات المتحدة ضربات جوية على 85 هدفاً في العراق وسوريا": a side's air
        # strikes told with no town still name the article's air force
        told_air = {m.actor1 for m in mentions if m.actor1 and m.actor1 != "Unknown"
                    and m.sub_event_type == "Air/drone strike" and not m.anaphoric}
        for ev in events:
            # "سقطت قذائف صاروخية في محيط قاعدة حقل كونيكو ..., دون أن تتبنى أي جهة إطلاقها": the
            # text says no side claimed this act, so another pair of the article does not name its
            # attacker (the tribes who attacked the SDF elsewhere did not fire it): it stays Unknown
            if ev.actor1 is None and any(NO_CLAIM.search(text, m.sentence[0], m.sentence[1])
                                         or UNKNOWN_DOER.search(text, m.sentence[0], m.sentence[1])
                                         for m in ev.mentions):
                ev.actor1 = "Unknown"
        for ev in events:
            if ev.actor1 is None:
                self._side_of_pair(ev, events)
        told_pairs = tuple(dict.fromkeys((m.actor1, m.actor2) for m in placeless if m.actor1 and m.actor2
                                         and "Unknown" not in (m.actor1, m.actor2) and not m.anaphoric))
        # every side the article tells shelling, placed or not: an unnamed shelling is a side's only when
        # all of them are of its bloc ("أمطرت الفصائل المقاتلة المعارضة أربع بلدات محاصرة بالقذائف",
        # told with no town, fired the shells that "سقطت على بلدتي الفوعة وكفريا", not the regime's
        # rocket on Aleppo told before, snn-2015-07-22-1792)
        told_shelling = {m.actor1 for m in mentions if m.sub_event_type == _SHELLING
                         and m.actor1 not in (None, "Unknown", "Civilians") and not m.actor1.startswith("_")}
        self._fill_actors(events, salience, houthi_voice, told_air, published.year if published else None,
                          told_pairs, named_police, told_shelling, text, another_of)
        for e in events:
            if e.actor1 == "Unknown" and e.actor2 and e.place is not None and e.place.place.country and all(
                    TERROR_GROUPS.search(text, m.clause[0], m.clause[1]) for m in e.mentions):
                # "وفي حلب، استشهد ثلاثة مدنيين جراء اعتداء المجموعات الإرهابية بالقذائف" after "دخلت
                # وحدات من الجيش ... بعد معارك عنيفة مع التنظيمات الإرهابية": a state's outlets call
                # "the terrorist groups" the one foe the article names its forces fighting (only an
                # act with its side hit: a bare "terrorists" clause is no act of its own)
                here = e.place.place.country
                # (the state's side told by the text; its foe may be the article's own reading of
                # the same words, "مع التنظيمات الإرهابية المدعومة من النظام التركي")
                foes = {b if country_of_forces(a) == here else a for a, b, state_told in (
                    (x.actor1, x.actor2, not (x.actor1_inferred if country_of_forces(x.actor1) == here
                                              else x.actor2_inferred))
                    for x in events if x is not e and x.actor1 and x.actor2)
                    if state_told and (country_of_forces(a) == here) != (country_of_forces(b) == here)
                    and not {a, b} & {"Unknown", "Civilians"} and not allied(a, b)}
                if len(foes) == 1:
                    e.infer("actor1", foes.pop(),
                            "the state's 'terrorist groups' are the one foe the article names its forces fighting")
        events = self._without_region_totals(events)
        for ev in events:  # a reprisal with no date of its own: the day of the act it answers
            if ev.date[0] is None and any(m.reprisal for m in ev.mentions):
                answered = next((e for e in events if e is not ev and e.date[0]
                                 and e.actor1 == ev.actor2), None)
                if answered:
                    ev.date_hint = answered.date[0]
        # "تدمر التي سيطر داعش عليها في 21 مايو": an act the text dates to the day,
        # long before the report, is history told in passing, not news
        # and so is one the text puts in an earlier month ("في مايو", "الشهر الماضي")
        published_events = [ev for ev in events if self._publishable(ev) and not (
            published and ev.date[1] == "day" and ev.date[0]
            and (published - ev.date[0]).days > RECALLED_AFTER_DAYS)
            and not (any(m.date_precision == "past_month" for m in ev.mentions)
                     # (its other tellings with no time of their own, "وأعلنت جماعة المرابطون مسؤوليتها
                     # عن الهجوم", are of the same earlier act)
                     and all(m.date_precision == "past_month" or m.date is None for m in ev.mentions))]
        if any(not all(m.recalled for m in ev.mentions) for ev in published_events):
            # an act only ever told as "had been, days before" beside the article's news is
            # background ("وكان سليماني ... قد قتلا بغارة ... فجر الجمعة الماضي" in a report
            # of the reprisal); a follow-up whose only act it is ("ارتفعت الحصيلة ... وكان
            # مسلحون قد هاجموا الأحد الماضي") keeps it
            published_events = [ev for ev in published_events if not all(m.recalled for m in ev.mentions)]
        if short_report and not published_events:
            ev = self._short_report_event(mentions, country, salience)
            published_events = [ev] if ev is not None else []
        for ev in published_events:
            # "ليبيا: قتيلان في اشتباكات بنغازي", "نزاع عشائري بالأسلحة المتوسطة ... يوقع قتيلين": a
            # fight that names neither side was fought between unnamed armed men on both sides, not
            # by one side against no one (a shooting, "بإطلاق نار", is no fight: it stays one-sided)
            if not ev.actor2 and ev.actor1 in (None, "Unknown") and all(
                    m.sub_event_type == "Armed clash" for m in ev.mentions) and any(
                    _UNNAMED_FIGHT.search(text, m.clause[0], m.clause[1]) for m in ev.mentions):
                ev.infer("actor2", "Unknown", _UNNAMED_FIGHT_WHY)
        return _defence_told_as_the_strike(_one_act_per_side_place_day(
            [self._incident(article_id, text, ev, published, mentions) for ev in published_events]))

    def _short_report_event(self, mentions: list[Mention], country: PlaceRef | None,
                            salience: dict[str, int]) -> Event | None:
        """The act of a one- or two-sentence report that names no town ("قتلت
        الشرطة الكينية ثلاثة مسلحين"): its first mention with a side or a toll,
        at the place it names however coarse, else the country, else nowhere."""
        def named(a):
            return bool(a) and a not in ("Unknown", "_militia")
        for m in mentions:
            if m.anaphoric or not (named(m.actor1) or named(m.actor2) or m.implied_target or m.specific
                                   or m.casualties.fatalities or m.casualties.injured):
                continue
            place = next(iter(m.targets), None) or m.attacker_base or country
            ev = Event(place=place, salience=salience)
            ev.add(m)
            if ev.actor1 == "_militia" or ev.actor1 is None:
                ev.actor1 = "Unknown" if ev.actor1 is None else ev.actor1
            if not ev.actor2 and m.implied_target:
                where = (place.place.country if place else None) or ontology_country(ev.actor1)
                ev.infer("actor2", _implied_actor(m.implied_target, where),
                         f"implied by what was hit ({m.implied_target})")
            if place is None or place is country:
                ev.why["place"] = ("the country the report names; no town" if place else
                                   "the report names no place")
            return ev
        return None

    @staticmethod
    def _place_back_references(mentions: list[Mention], text: str, short_report: bool = False) -> None:
        """"طالت الغارات مواقع في مدينتي الميادين والبوكمال": a definite noun
        that refers back to an act told before ("شنت الولايات المتحدة غارات
        على 85 هدفا في سوريا والعراق") but names where it struck is that act's
        places: it takes the sides and means of the act it refers to."""
        def struck(p: PlaceRef) -> bool:  # not "من مدينة أديامان": where someone came from
            return p.role == "target" and not _FROM_PLACE.search(text, max(0, p.start - 20), p.start)

        for k, m in enumerate(mentions):
            if not m.anaphoric and _DEFINITE_FIRE.search(text, m.clause[0], m.clause[1]) \
                    and (doer := _earlier_doer(mentions, k)) is not None:
                # "شنت الهند ضربات صاروخية على مواقع في باكستان" then "إن الصواريخ أصابت مسجداً في
                # بهاولبور": the missiles, named definite, are those told before, whoever they hit
                _take_doer(m, doer)
            if not m.anaphoric or not any(struck(p) for p in m.targets):
                continue
            m.targets = [p for p in m.targets if p.role != "target" or struck(p)]
            here = {p.place.name for p in m.targets}
            # (first the act told at the same place: "ردّت القوات التركية بقصف ... على محيط مدينة تل
            # رفعت" then "إن القصف على محيط تل رفعت أدى إلى مقتل عنصرين من قوات النظام", though the
            # sentence between accused another side of another shelling)
            referent = next((x for x in reversed(mentions[:k]) if not x.anaphoric and x.actor1
                             and x.actor1 != "Unknown" and m.order - x.order <= NEARBY_SENTENCES
                             and here & {p.place.name for p in x.targets} and not x.between
                             and m.sub_event_type != "Armed clash"
                             and blocs_compatible(x.actor1, m.actor1)), None) or next(
                (x for x in reversed(mentions[:k]) if not x.anaphoric
                 and (x.actor1 or x.actor2) and m.order - x.order <= NEARBY_SENTENCES
                 and _kind_compatible(x, m)), None)
            doer = _earlier_doer(mentions, k) if referent is None and m.actor2 not in (None, "Civilians") else None
            if doer is not None:
                # "شنت الولايات المتحدة غارات جوية على مخازن لكتائب حزب الله" then "إن الضربات طالت مقار
                # في جرف الصخر ... وأدت إلى مقتل ثلاثة جنود": the strikes told before are that side's,
                # though this sentence names another armed side as hit (whom they hit is this sentence's;
                # not a bare "بعد القصف نحو الأحياء السكنية" after the coalition's fire on the militias:
                # shells on homes, told in passing, are not surely the fire told on fighters)
                _take_doer(m, doer)
                continue
            if referent is None and (m.casualties.fatalities or m.casualties.injured or m.date) and any(
                    not x.anaphoric and {p.place.name for p in x.targets}
                                        & {p.place.name for p in m.targets if p.role == "target"}
                                        for x in mentions[:k]):
                m.anaphoric = False  # the act told before at the same place, with its toll or day
                continue
            if referent is None and m.date is not None and m.actor1 not in (None, "Unknown") \
                    and m.sub_event_type in REMOTE_STRIKES and _NAMED_DAY.search(text, m.clause[0], m.clause[1]):
                # "وطالت الغارات الروسية فجر اليوم الجمعة محيط مدينة جسر الشغور": a definite noun with
                # its side, its own day and places no act told before struck is one more act, after a
                # lead that only sums the bombing up ("صعّدت قوات النظام وحليفتها روسيا عمليات القصف")
                m.anaphoric = False
                continue
            if referent is None and (m.also or normalize_word(text[m.clause[0]:m.clause[1]].split()[0])
                                     in ("كما", "وكما")):
                # "شن الطيران الحربي المعادي غارة على منزل في بلدة عيترون ... كما طال القصف المدفعي
                # المعادي أطراف بلدتي كفركلا والخيام": "also" and no act of its kind told before: one
                # more act at the places it names, not a retelling
                m.anaphoric = False
                continue
            if referent is None and _RENEWED.search(text, m.clause[0], m.clause[1]):
                # "تواصلت لليوم الثالث المواجهات المسلحة في مدينة عتق بين ...", "أن الاشتباكات
                # تجددت صباح اليوم في مخيم عين الحلوة": the fight goes on today, at its place;
                # the news itself, not a back-reference to an act told before
                m.anaphoric = False
                continue
            if referent is None:
                # nothing told before it, in a flash report or with its own toll: "بمقتل 18
                # حوثيا خلال الاشتباكات التي اندلعت في مدينة الضالع" opens the report and its
                # definite noun is the act itself (a bare "بعد الهجوم الانتحاري الذي وقع في
                # سوروتش", or one condemned, recalls a known act)
                told = m.casualties.fatalities or m.casualties.injured
                m.anaphoric = (any(x.order < m.order for x in mentions[:k])
                               or not (short_report or told) or _condemned(text, m))
                continue
            m.anaphoric = False
            m.actor1 = m.actor1 or referent.actor1
            if m.actor2 == "Civilians" and referent.actor2 not in (None, "Unknown", "Civilians") \
                    and here & {p.place.name for p in referent.targets} \
                    and not _says_civilians(text[m.clause[0]:m.clause[1]]):
                # "قصفت طائرات إسرائيلية مبنى هيئة الأركان التابع لوزارة الدفاع السورية ... وسط دمشق"
                # then "إن الغارات على دمشق أدت إلى مقتل ثلاثة أشخاص": the toll of "persons" told
                # again for the act at its place is of the side it struck, not civilians
                m.actor2 = referent.actor2
            if m.actor2 and referent.actor2 and m.actor2 != referent.actor2 and m.actor2 in referent.named \
                    and here & {p.place.name for p in referent.targets}:
                # "بقصف ... على محيط مدينة تل رفعت، حيث تنتشر «قسد» وقوات النظام" then "إن القصف على
                # محيط تل رفعت أدى إلى مقتل عنصرين من قوات النظام": the act told again at its place,
                # whose dead were of a side it already named there, is the one act with its target
                m.actor2 = referent.actor2
            m.actor2 = m.actor2 or referent.actor2
            m.weapons = m.weapons | referent.weapons
            if m.date is None and referent.date is not None:
                m.date, m.date_precision = referent.date, referent.date_precision

    # -- helpers ------------------------------------------------------------
    @staticmethod
    def _merge_retold(events: list[Event], text: str = "") -> list[Event]:
        """One act told again in another sentence with a nearby place (the
        headline's "في ديار بكر", the body's "في منطقة ليجي"; the province and
        its town) is one incident, at the finer place. Acts listed in one
        sentence, or with different tolls, stay apart (a wave of bombings)."""
        def toll(e):
            return next((m.casualties.fatalities for m in e.mentions if m.casualties.fatalities), None)

        def near(a: PlaceRef, b: PlaceRef, e: Event | None = None, ev: Event | None = None) -> bool:
            if a.place.country and b.place.country and a.place.country != b.place.country:
                return False  # al-Qaim and Albukamal face each other across a border: two acts
            # "غارة ... استهدفت مقراً للحشد في ناحية جرف النصر", then "نفذت ضربة دفاعية في منطقة
            # المسيب": a district (قضاء, ناحية) spans well beyond its town's point, so the one act
            # told at a district and at a town beside it (same sides, day and kind) is one act
            if e is not None and ev is not None and district_apart(e, ev):
                return True
            if _neighbour_villages(a, b):
                return False
            if (a.place.country, a.place.admin1) == (b.place.country, b.place.admin1) and (
                    KIND_RANK.get(a.place.kind, 2) >= 4 or KIND_RANK.get(b.place.kind, 2) >= 4):
                return True
            return _km(a.place, b.place) <= RETOLD_KM

        def district_apart(e: Event, ev: Event) -> bool:
            a, b = e.place.place, ev.place.place
            return a.name != b.name and (_as_district(e, text) or _as_district(ev, text)) \
                and bool(a.admin1) and a.admin1 == b.admin1 and _km(a, b) <= SITE_OF_TOWN_KM

        def also(e: Event) -> bool:  # "كما قصفت ... مدينة سرمين": one more act, not a retelling
            return any(m.also for m in e.mentions)

        def site_of_town(a: PlaceRef, b: PlaceRef) -> bool:
            # "هزت العاصمة صنعاء، حيث استُهدفت قاعدة الديلمي الجوية المحاذية لمطار صنعاء",
            # "قصف ... على سوق صابرين بمحلية كرري شمالي أم درمان": a town and a site or
            # quarter of it, told in one breath, are one act's place
            fine, town = sorted((a, b), key=lambda p: KIND_RANK.get(p.place.kind, 2))
            return KIND_RANK.get(fine.place.kind, 2) <= 1 and town.place.kind in ("city", "town") \
                and a.place.country == b.place.country and _km(a.place, b.place) <= SITE_OF_TOWN_KM

        def town_struck_again(e: Event, ev: Event) -> bool:
            # "استهدفت العاصمة صنعاء ومحافظات ...", then "وأفاد مراسل المسيرة بأن الغارات على العاصمة
            # استهدفت قاعدة الديلمي الجوية شمال صنعاء": a site of the town struck, told in a later
            # sentence that names the town again, is where the town's strikes fell
            fine, town = sorted((e, ev), key=lambda x: KIND_RANK.get(x.place.place.kind, 2))
            # (named outside the site's own name: "الغارات استهدفت مطار صنعاء" names only the airport)
            def again(m: Mention) -> bool:
                clause = text[m.clause[0]:fine.place.start] + text[fine.place.end:m.clause[1]] \
                    if m.clause[0] <= fine.place.start < m.clause[1] else text[m.clause[0]:m.clause[1]]
                return town.place.name_ar in clause
            return bool(text) and site_of_town(fine.place, town.place) and not _told_together(fine, town) and all(
                again(m) for m in fine.mentions)

        def told_at_its_town(e: Event, ev: Event) -> bool:
            # "وخمسة على مدينة أربيل، مشيرة إلى عدم وقوع إصابات في صفوف القوات العراقية" and, in
            # another sentence, "موجة ثانية من الصواريخ استهدفت ... مقراً للقوات الأمريكية في محيط
            # مطار أربيل": one salvo on a base told once at the base and once at the town beside it
            # (or at a base beside the airport it adjoins). Each telling may name another of the
            # forces the base houses, as at one base told twice (_site_compatible)
            a, b = sorted((e.place, ev.place), key=lambda p: KIND_RANK.get(p.place.kind, 2))
            # (a base, an airport or a field with a garrison: not a camp and the town it lies by,
            # where the stray fire on the town is another act)
            if a.place.kind not in ("base", "airport", "field") or _told_together(e, ev):
                return False
            return site_of_town(a, b) or (KIND_RANK.get(b.place.kind, 2) == 0
                                          and _km(a.place, b.place) <= SITE_IN_SITE_KM)

        def compatible_here(e: Event, ev: Event, m: Mention) -> bool:
            # "فيما طالت غارات أخرى مستودعات ... بمدينة الميادين" after a lead that named al-Mayadin
            # among the towns hit: "another" sets this place's strikes apart from the other
            # towns', not from the same town's told in the lead; one place, one day, one act
            # (ONTOLOGY). A last month's act stays apart (its "distinct" is its date), and so does
            # "بعد ساعات من هجوم آخر ... على حقل كونيكو" after an act told at that base alone.
            if m.distinct and e.place.place.name == ev.place.place.name \
                    and not m.date_precision.startswith("past") \
                    and any(sum(p.role == "target" for p in x.targets) >= 2 for x in e.mentions):
                return _compatible(e, replace(m, distinct=False))
            return _compatible(e, m)

        out: list[Event] = []
        for ev in events:
            sentences_of = {m.sentence for m in ev.mentions}
            twin = next((e for e in out if e.place is not None and ev.place is not None
                         and (not sentences_of & {m.sentence for m in e.mentions} or site_of_town(e.place, ev.place))
                         and not (toll(e) and toll(ev) and toll(e) != toll(ev))
                         and (e.mentions[0].sub_event_type == ev.mentions[0].sub_event_type
                              and all(compatible_here(e, ev, m) for m in ev.mentions)
                              or (_one_site(e.place, ev.place) or told_at_its_town(e, ev))
                              and all(_site_compatible(e, m) for m in ev.mentions))
                         and (near(e.place, ev.place, e, ev) or town_struck_again(e, ev))
                         and not any(_quarters_apart(e, m, ev.place) for m in ev.mentions)
                         and (e.place.place.name == ev.place.place.name or not (also(e) or also(ev)))), None)
            if twin is None:
                out.append(ev)
                continue
            # the finer of the two places: the governorate then the town, the city
            # then its quarter ("غارات على محاور في بنغازي", then "في محور الصابري")
            # (not a town beside a district the act was told at: "في قضاء المسيب" in the lead,
            # "قرب منطقة جرف النصر" in a source's words; the lead's place stands, since the
            # district holds both and the later town is only near where it fell)
            if KIND_RANK.get(ev.place.place.kind, 2) < KIND_RANK.get(twin.place.place.kind, 2) \
                    and not district_apart(twin, ev):
                twin.place = ev.place
            for m in ev.mentions:
                twin.add(m)
        return out

    @staticmethod
    def _without_region_totals(events: list[Event]) -> list[Event]:
        """"أعلنت وزارة الصحة أن الغارات على البقاع أمس أدت إلى استشهاد 23 شخصاً، من دون تفصيلها
        بحسب البلدات" after strikes told at Brital, al-Nabi Chit and Baalbek: a governorate or region
        (not a town's countryside) where the same side struck on the same day at two or more towns
        or sites of it that the article names is their sum (a toll over several places), not one
        more act."""
        def inside(e: Event, region: PlaceRef) -> bool:
            f, r = e.place.place, region.place
            # (or close to its point: GeoNames files Brital under Baalbek-Hermel, the press's Beqaa
            # is the older governorate; not any town within REGION_KM, where a neighbour's lie)
            return f.country == r.country and (bool(f.admin1) and f.admin1 == r.admin1 or _km(f, r) <= REGION_TOTAL_KM)

        out = []
        for ev in events:
            p = ev.place
            if p is not None and ev.actor1 and KIND_RANK.get(p.place.kind, 2) == 4 \
                    and p.place.source != "countryside" and sum(
                        1 for e in events if e is not ev and e.place is not None
                        and KIND_RANK.get(e.place.place.kind, 2) < 4 and e.actor1 == ev.actor1
                        # (an act with no day of its own takes the day of those told around it,
                        # and so does the region's: "تواصلت لليوم السابع المعارك ... في عدة جبهات
                        # غربي محافظة مأرب" over the fights the body dates at two fronts of it)
                        and (ev.date[0] is None or e.date[0] in (ev.date[0], None)) and inside(e, p)) >= 2:
                continue
            out.append(ev)
        return out

    @staticmethod
    def _merge_into_finer(events: list[Event], title_end: int = 0, text: str = "") -> list[Event]:
        """"تفجير ... في ديار بكر" in the title, "في منطقة ليجي" in the body: an
        act placed only at a governorate joins the same act (same sides, type,
        day) placed at a town of that governorate."""
        out = []
        gone: set[int] = set()  # events already merged into another: never a finer place for a third
        for ev in events:
            # a headline's city is often the governorate's name for the act the body
            # places at a town of it ("سقوط مقذوف على جازان", then "بمحافظة أحد المسارحة")
            # ... and so is a city named as its governorate ("في محافظة ديار بكر", then "في منطقة ليجي")
            # ... also when the lead names the governorate itself ("على محافظة الحديدة" under the
            # headline's "غارات على الحديدة", then "ست غارات على مديرية زبيد")
            refs = [p for m in ev.mentions for p in m.targets if p.role == "target"
                    and (p.place.name == ev.place.place.name or p.place.kind == "admin1"
                         and p.place.name == ev.place.place.admin1
                         and _name_key(p.place.name) == _name_key(ev.place.place.name))
                    ] if ev.place is not None else []
            # the mentions that place it there by the town's own name, not as the governorate
            plain = [m for m in ev.mentions if any(p in refs for p in m.targets)
                     and not any(p in refs and p.precision >= 3 for p in m.targets)]
            headline_city = ev.place is not None and ev.place.place.kind in ("city", "town") and (
                all(_titled(m, title_end) for m in ev.mentions)
                # (every mention placing it there names the governorate, or is the headline)
                or any(p.precision >= 3 for p in refs) and all(_titled(m, title_end) for m in plain))
            # ("وإصابة 4 مدنيين باعتداء إرهابي بالقذائف على السقيلبية" in the headline, the body's
            # "أصيب أربعة مدنيين ... على الأحياء السكنية في مدينة السقيلبية": a town the body
            # names for an act of its own is that town, not its governorate's name, and the
            # headline's act is the body's one there (its "القذائف" the body's rockets))
            body_twin = next((e for e in events if headline_city and e is not ev and id(e) not in gone
                              and e.place is not None and e.place.place.name == ev.place.place.name
                              and not all(_titled(m, title_end) for m in e.mentions)), None)
            if body_twin is not None:
                if {m.sub_event_type for m in body_twin.mentions} >= {m.sub_event_type for m in ev.mentions} \
                        and all(blocs_compatible(body_twin.actor1, m.actor1) and blocs_compatible(
                            body_twin.actor2, m.actor2) and _dates_ok(body_twin, m)
                            # (each told with a day: the same day; "بعد يوم واحد من غارة" is another act)
                            and all(None in (x.date, m.date) or x.date == m.date for x in body_twin.mentions)
                            # (the attacker of one is never the target of the other)
                            and not (_same_bloc(body_twin.actor2, m.actor1) or _same_bloc(body_twin.actor1, m.actor2))
                            for m in ev.mentions):
                    for m in ev.mentions:
                        body_twin.add(m)
                    gone.add(id(ev))
                    continue
            # a mountain range is told as a region is: "قصف ... في جبل الزاوية" in the headline, the
            # village of it ("قرية كنصفرة في جبل الزاوية") in the body; it holds the villages and
            # sites on it, not another range, and not a town across the governorate
            range_ = ev.place is not None and ev.place.place.kind == "mountain"
            # "بهجوم لداعش جنوب غربي كركوك", "جنوب غربي المحافظة": a governorate's namesake city told
            # only as a bearing from it is the governorate, which the body's village of it places
            # (only as the title and lead tell it: a body's "غربي بغداد" names a spot of its own)
            province = ev.place is not None and ev.place.precision >= 2 and governorate_namesake(ev.place.place) \
                and all(m.order <= 1 for m in ev.mentions)
            if ev.place is not None and (KIND_RANK.get(ev.place.place.kind, 2) >= 4 or headline_city or range_
                                         or province):
                # (not an event that was itself merged away: "23 قتيلاً ... في دير الزور" in the
                # title joined "في بادية الميادين" in the body, and the desert then looked for a
                # finer place and found the title's city, so both were lost)
                finer = next((e for e in events if e is not ev and e.place is not None
                              and id(e) not in gone
                              and ((KIND_RANK.get(e.place.place.kind, 2) < 4
                                    or ev.place.place.kind == "region" and _part_of_region(ev, e, text))
                                   and not headline_city
                                   and not (range_ and (e.place.place.kind == "mountain"
                                                        or _km(e.place.place, ev.place.place) > MOUNTAIN_SPAN_KM
                                                        # (a range and a village listed in one sentence
                                                        # are two places struck)
                                                        or _told_together(ev, e)))
                                   or headline_city and e.place.place.name != ev.place.place.name
                                   and not any(_titled(m, title_end) for m in e.mentions)
                                   # ("وفي بغداد قتل شخصان ... بقضاء أبوغريب. وفي حادث مماثل قتل شخص
                                   # ... بمنطقة اليوسفية": a town told as another incident's is the
                                   # place of that act, not a finer place of the lead's town)
                                   and not _another_incident(e, text)
                                   and not (title_end == 0 and _tolls_differ(ev, e)))
                              and ((e.place.place.country, e.place.place.admin1)
                                   == (ev.place.place.country, ev.place.place.admin1)
                                   # ("كمين إرهابي بعين الدفلى" in the headline, "بلدية تاشتة زقاغة ...
                                   # ولاية عين الدفلى" in the body: a headline city the gazetteer
                                   # gives no governorate is the governorate it names)
                                   or headline_city and not ev.place.place.admin1
                                   and e.place.place.country == ev.place.place.country
                                   and _name_key(e.place.place.admin1) == _name_key(ev.place.place.name)
                                   # ("الطيران الروسي يشن عشرات الغارات في البادية" in the title, "في
                                   # بادية الشولا جنوب غرب دير الزور" in the body: a region's
                                   # representative governorate is not all the governorates it spans;
                                   # a town a province away is not in it: the Bolan Pass and Peshawar;
                                   # and a governorate's countryside is in that governorate only: "ريف
                                   # درعا الشرقي" and "مطار الثعلة" across the line are two places struck,
                                   # as are a region and a town listed in one sentence: "التحالف يستهدف
                                   # مواقع الحوثي بالمخا وباب المندب")
                                   or ev.place.place.kind == "region" and "countryside" not in ev.place.place.name
                                   and (not _told_together(ev, e) or _part_of_region(ev, e, text))
                                   and e.place.place.country == ev.place.place.country
                                   and _km(e.place.place, ev.place.place) <= REGION_SPAN_KM
                                   # ("استشهاد ضابط و10 جنود في إحباط هجوم إرهابي ... بسيناء" in the title,
                                   # "استشهاد ضابط و10 جنود" by "القنطرة شرق" in the body: a headline's
                                   # province or region telling the body's act with its very toll is that
                                   # act, though the town lies over the provincial line)
                                   or _same_toll_headline(ev, e, title_end)
                                   and e.place.place.country == ev.place.place.country
                                   and _km(e.place.place, ev.place.place) <= REGION_SPAN_KM)
                              and ({m.sub_event_type for m in e.mentions} & {ev.mentions[0].sub_event_type}
                                   # "هجوم إرهابي بولاية هكاري" in the title: the generic
                                   # word for the bombing the body places in Şemdinli
                                   or ev.mentions[0].sub_event_type in GENERIC_SUB_TYPES
                                   # ("طفل قتيل بقصف لقوات النظام على جبل الزاوية" in the title, the
                                   # body's village of the range struck, its clause also telling Russian
                                   # air strikes: fire from afar either way)
                                   or range_ and any(_same_kind(m.sub_event_type, ev.mentions[0].sub_event_type)
                                                     for m in e.mentions))
                              and (all(_compatible(e, m) for m in ev.mentions)
                                   # ("قاعدة جوية ... غربي محافظة الأنبار" then "قاعدة عين الأسد": one
                                   # base's attack, whatever garrison each telling names)
                                   or KIND_RANK.get(e.place.place.kind, 2) == 0
                                   and all(_site_compatible(e, m) for m in ev.mentions))), None)
                if finer is not None:
                    # "مقتل 19 مواطناً جراء غارات على مناطق في محافظة إدلب.. وقُتل طفلان في غارة على مدينة
                    # معرة النعمان ... و15 آخرون في قصف على بلدة سراقب": a governorate's toll the body shares
                    # out among two towns or more, each with its own, is their sum, never the first town's
                    shared = _toll(finer.mentions, "fatalities") is not None and sum(
                        1 for e in events if e is not ev and id(e) not in gone and e.place is not None
                        and KIND_RANK.get(e.place.place.kind, 2) < 4
                        and (e.place.place.country, e.place.place.admin1)
                        == (ev.place.place.country, ev.place.place.admin1)
                        and _toll(e.mentions, "fatalities") is not None) >= 2
                    for m in ev.mentions:
                        finer.add(replace(m, casualties=Casualties()) if shared else m)
                    gone.add(id(ev))
                    continue
            out.append(ev)
        return out

    def _resolve_by_country(self, mentions: list[Mention], houthi_voice: bool = False, text: str = "") -> None:
        """Actor words whose side depends on the country ("الجيش", "قوات الأمن",
        "المتمردين", "التحالف") take the country of the mention's own target
        place, else the article's most-hit country (its focus). In the Houthis'
        own media ("طيران العدوان", "مرتزقة العدوان") the bare "القوات المسلحة"
        is the Houthis' forces, wherever they strike (Abha, Marib, the Red Sea)."""
        countries = Counter(p.place.country for m in mentions for p in m.targets if p.place.country)
        focus = countries.most_common(1)[0][0] if countries else None
        # "العدوان الأمريكي البريطاني" named once: "طيران العدوان" after it is that side
        # (not the "hostile" aircraft's Israel, which in that voice is the aggression itself)
        named = Counter(a for m in mentions if not (text and HOSTILE.search(text, m.clause[0], m.clause[1]))
                        for a in m.explicit_actors if a in AGGRESSORS)
        if not named and text:
            named = Counter({a: len(r.findall(text)) for r, a in NAMED_AGGRESSION if r.search(text)})
        aggressor = named.most_common(1)[0][0] if houthi_voice and named else None
        # "قصفت طائرات الاحتلال مجموعة من المقاومين" in a report on Saraya al-Quds: in Palestine
        # "the resistance" is the armed faction the article names most, Hamas when it names none
        factions = Counter(a for m in mentions for a in m.explicit_actors if a in PALESTINIAN_FACTIONS)
        faction = factions.most_common(1)[0][0] if factions else None
        lna_voice = bool(text and LNA_VOICE.search(text))
        for m in mentions:
            if faction and "_resistance" in (m.actor1, m.actor2) and (
                    next((p.place.country for p in m.targets if p.place.country), None) or focus) == "Palestine":
                m.actor1, m.actor2 = (faction if a == "_resistance" else a for a in (m.actor1, m.actor2))
            if houthi_voice:
                voiced = {"_military": "Houthis", "_aggression": aggressor or "_aggression"}
                if HOUTHI_OWN_ARMY.search(text, m.clause[0], m.clause[1]):
                    voiced["Yemeni government forces"] = "Houthis"
                if aggressor and aggressor != "Israeli forces" and HOSTILE.search(text, m.clause[0], m.clause[1]):
                    # "شن الطيران المعادي خمس غارات على مديرية صرواح": "hostile", Lebanon's word for
                    # Israel's aircraft, is in that voice the aggression the article names
                    voiced["Israeli forces"] = aggressor
                m.actor1 = voiced.get(m.actor1, m.actor1)
                m.actor2 = voiced.get(m.actor2, m.actor2)
                m.explicit_actors = {voiced.get(a, a) for a in m.explicit_actors}
            if m.actor2 in ("_military", "_police"):
                # "القاعدة ... التي تضم نحو 350 عسكريا": the soldiers at a base are its garrison
                garrison = next((self.operators[p.place.name] for p in m.targets
                                 if p.place.name in self.operators), None)
                if garrison and not _same_bloc(garrison, m.actor1):
                    m.actor2 = garrison
            country = next((p.place.country for p in m.targets if p.place.country), None) \
                or _paragraph_country(m, mentions, text) or focus
            if country == "Libya" and lna_voice:
                # "ما أسفر عن مقتل ثلاثة من أفراد الجيش" in a report that calls Tripoli's forces
                # "ميليشيات الوفاق": the army is the LNA
                m.actor1, m.actor2 = ("Libyan National Army" if a == "_military" else a for a in (m.actor1, m.actor2))
                m.explicit_actors = {"Libyan National Army" if a == "_military" else a for a in m.explicit_actors}
            bare1, bare2 = m.actor1, m.actor2
            side = ontology.resolve_in_country(m.actor1, country, self.country_actors)
            if side is None and m.actor1 and m.actor1.startswith("_") and m.actor1 not in ("_military", "_police"):
                # "المقاومة" firing on Israeli posts is Lebanon's or Gaza's: a group word that
                # names no side where its fire landed names one where it came from, or in
                # the other country the article's acts are in
                home = [m.launch.place.country] if m.launch is not None and m.launch.place.country else []
                home += [c for c, _ in countries.most_common() if c != country]
                side = next((r for c in home if (r := ontology.resolve_in_country(
                    m.actor1, c, self.country_actors))), None)
            m.actor1 = side
            m.actor2 = ontology.resolve_in_country(m.actor2, country, self.country_actors)
            if country == "Turkey" and bare2 == "_police" and m.sub_event_type != "Armed clash" \
                    and TURKISH_POLICE.search(text, m.clause[0], m.clause[1]):
                # the police hit in Turkey ("استهدف مديرية أمن ديار بكر", "مقتل شرطيين") is its
                # police (the Emniyet), not the army the ontology calls "Turkish forces"; "قوات
                # الأمن" fighting the PKK and the gendarmerie ("مخفر للدرك") stay the army's
                m.actor2 = "Police forces of Turkey"
            if country == "Libya" and lna_voice and LNA_OWN_NAME in text:
                # "قذائف أطلقتها الميليشيات" in an article calling the LNA by its own official name
                # (whose bare army the voice rule above made the LNA's): the bare militias are the
                # Tripoli government's forces
                m.actor1, m.actor2 = ("Government of National Accord" if was == "_militia" else a
                                      for a, was in ((m.actor1, bare1), (m.actor2, bare2)))
            if m.actor2 == "Israeli settlers" and any(
                    p.place.country == "Israel" and p.place.name not in SETTLED_IN_ISRAEL for p in m.targets):
                # "مقتل مستوطن في مدينة رمات غان جراء سقوط صاروخ": Palestinian outlets call every
                # Israeli a settler; one hit inside Israel (Tel Aviv, Ashkelon, Sderot) is a
                # civilian, settlers are the West Bank's (and East Jerusalem's)
                m.actor2 = "Civilians"
            m.explicit_actors = {a for a in (ontology.resolve_in_country(x, country, self.country_actors)
                                             for x in m.explicit_actors) if a}

    @staticmethod
    def _side_of_pair(ev: Event, events: list[Event]) -> None:
        """"ضربات جوية فجر اليوم على مواقع في جرف النصر وكربلاء", "وتعرضت أطراف بلدتي الخيام وبنت
        جبيل لقصف مدفعي": one clause's act at a pair of places is one side's; when the article names
        that side (in a clause of the same kind, not a back-reference) at one of the two only, the other
        has it too. (Not a list of three or more: a tally of violations by district, blasts heard
        across towns, where each place's act is its own.)"""
        for m in ev.mentions:
            if m.anaphoric or len([p for p in m.targets if p.role == "target"]) != 2:
                continue
            sides = {x.actor1 for e in events if e is not ev and any(y is m for y in e.mentions)
                     for x in e.mentions if x is not m and not x.anaphoric and x.actor1 not in (None, "Unknown")
                     and x.sub_event_type == m.sub_event_type and x.actor1 == e.actor1}
            if len(sides) == 1:
                ev.infer("actor1", sides.pop(), "the side of the same clause's act at the other place")
                return

    @staticmethod
    def _target_places(m: Mention) -> list[PlaceRef]:
        targets = [p for p in m.targets if p.role == "target"]
        if not targets:
            return []
        # a governorate / region around a town or site the clause names is its
        # container ("مديرية حيس بمحافظة الحديدة"); one with nothing named
        # inside it is a target of its own ("معسكر ... في محافظة إب، ومديرية حيس")
        fine = [p for p in targets if KIND_RANK.get(p.place.kind, 2) < 4]
        inside = {(p.place.country, p.place.admin1) for p in fine}

        def holds(p: PlaceRef) -> bool:
            # ("وفي ولاية نهر النيل ... في مدينة عطبرة": a town GeoNames files under no
            # governorate lies in the one named beside it when it is near enough)
            return (p.place.country, p.place.admin1) in inside or any(
                f.place.admin1 is None and f.place.country == p.place.country and _km(f.place, p.place) <= REGION_KM
                for f in fine)
        targets = [p for p in targets if KIND_RANK.get(p.place.kind, 2) < 4
                   or not fine
                   or (not holds(p) and KIND_RANK.get(p.place.kind, 2) == 4)]
        # "تعرضت محافظة حلب لقصف ... بريف حلب الشرقي": the countryside is inside the governorate
        sides = {(p.place.country, p.place.admin1) for p in targets if p.place.source == "countryside"}
        targets = [p for p in targets if p.place.kind != "admin1" or (p.place.country, p.place.admin1) not in sides]
        seen, out = set(), []
        for p in targets:
            if p.place.name not in seen:
                seen.add(p.place.name)
                out.append(p)
        return out

    @staticmethod
    def _summed_lead(events: list[Event], ev: Event, m: Mention) -> bool:
        """The place-less mention m, told before the act ev it joins, counts more dead than
        ev's own clause and than a second act of the same kind told after it, which has a
        toll of its own: m sums the acts the article then tells one by one."""
        def own(e: Event) -> int | None:
            return next((x.casualties.fatalities for x in e.mentions if x.targets and x.casualties.fatalities), None)

        first = own(ev)
        if first is None or not m.casualties.fatalities or m.casualties.fatalities <= first \
                or m.order >= min(x.order for x in ev.mentions):
            return False
        return any(e is not ev and any(_same_kind(x.sub_event_type, m.sub_event_type) for x in e.mentions)
                   and min(x.order for x in e.mentions) > m.order and (n := own(e)) is not None
                   and n + first <= m.casualties.fatalities for e in events)

    def _own_side_hit(self, e: Event, side: str | None) -> bool:
        """The act e hit side's own men or base: "فيما ادعى البنتاغون أن الضربات استهدفت ..." does not
        claim "هجوم بمسيّرة على قاعدته في حقل كونيكو" (a US base) for the US."""
        held = self.operators.get(e.place.place.name) if e.place is not None else None
        return any(x and side and (_same_bloc(x, side) or allied(x, side)) for x in (e.actor2, held))

    @staticmethod
    def _nearest_compatible(events: list[Event], m: Mention, title_end: int = 0, text: str = "") -> Event | None:
        """The act a place-less mention refers back to: a compatible incident
        told nearby (within NEARBY_SENTENCES), or anywhere in the article when
        they name the same side explicitly (a long article tells many acts;
        a bare "the shelling" twenty sentences on is not the first one)."""
        def linked(e: Event) -> bool:
            if not _compatible(e, m):
                return False
            if not m.recalled and all(x.recalled for x in e.mentions) and not m.anaphoric:
                # "اشتباكات عنيفة دارت أمس ... تمكن خلالها المقاتلون من السيطرة على عدة نقاط" is
                # not the campaign "وكانت قسد قد أطلقت في العاشر من أيلول الماضي": today's news
                # with no place of its own does not refer back to an act recalled as background
                return False
            if min(abs(x.order - m.order) for x in e.mentions) <= NEARBY_SENTENCES:
                return True
            named = {a for a in (m.actor1, m.actor2) if a and a != "Unknown"}
            return bool(named & {a for x in e.mentions for a in x.explicit_actors})

        if len(events) == 1 and _compatible(events[0], m):
            return events[0]  # one act in the article: "وتبنت حركة الشباب الهجوم" six sentences on is its claim

        def first_order(e: Event) -> int:
            return e.mentions[0].order
        before = [e for e in events if first_order(e) <= m.order and linked(e)]
        if before:
            found = max(before, key=lambda e: max(x.order for x in e.mentions if x.order <= m.order))
        elif m.anaphoric and any(first_order(e) < m.order for e in events) \
                and _ALLEGED.search(text, m.clause[0], m.clause[1]):
            # "في حين زعم المتحدث ... أن الانفجار نجم عن صاروخ أطلقته حركة الجهاد": a definite act
            # noun in an allegation disputes who did the act told before (the side it gives did not
            # fit it); it is no account of an act the article tells only later
            found = None
        else:
            after = [e for e in events if linked(e)]
            found = min(after, key=first_order) if after else None
        if found is not None and _titled(m, title_end) and m.actor1 not in (None, "Unknown") \
                and m.actor1 in m.explicit_actors \
                and not _same_kind(found.mentions[0].sub_event_type, m.sub_event_type):
            # "تعز: اغتيال ضابط برصاص مسلحين مجهولين.. وطفل قتيل بقصف حوثي على حي سكني": the
            # headline's Houthi shelling is the body's Houthi shelling, not the assassination the
            # headline told first; a headline's act of another kind than the nearest one, told in
            # the body with the same named side and kind, is that one (in the body, the act told
            # nearest stays the one referred to)
            same = [e for e in events if e is not found and linked(e)
                    and _same_kind(e.mentions[0].sub_event_type, m.sub_event_type)
                    and any(x.actor1 == m.actor1 and m.actor1 in x.explicit_actors for x in e.mentions)]
            if same:
                return min(same, key=lambda e: min(abs(x.order - m.order) for x in e.mentions))
        return found

    @staticmethod
    def _last_place_before(events: list[Event], m: Mention, the_city: bool = False) -> PlaceRef | None:
        """The place of the act told last, up to three sentences before `m`; when `m` says "the
        city" (`the_city`: _CITY_ANAPHOR, tested by the caller) and that place is a site, the
        last city named."""
        cands = [(x.order, e.place) for e in events for x in e.mentions
                 if m.order - 3 <= x.order <= m.order]
        last = max(cands, key=lambda c: c[0])[1] if cands else None
        if last is not None and KIND_RANK.get(last.place.kind, 2) == 0 and the_city:
            cities = [c for c in cands if c[1] is not None and c[1].place.kind == "city"]
            last = max(cities, key=lambda c: c[0])[1] if cities else last
        return last

    @staticmethod
    def _answered(events: list[Event], m: Mention) -> Event | None:
        cands = [e for e in events if e.actor1 and not blocs_compatible(e.actor1, m.actor1)]
        return cands[0] if cands else None

    def _fill_actors(self, events: list[Event], salience: dict[str, int], houthi_voice: bool = False,
                     told_air: set[str] | frozenset = frozenset(), news_year: int | None = None,
                     told_pairs: tuple = (), named_police: str | None = None,
                     told_shelling: set[str] | frozenset = frozenset(), text: str = "",
                     another_of: dict | None = None) -> None:
        pairs = [(e.actor1, e.actor2) for e in events if e.actor1 and e.actor2
                 and e.actor1 != "Unknown" and e.actor2 != "Unknown"]
        clash_pairs = [(e.actor1, e.actor2) for e in events if e.actor1 and e.actor2 and "Unknown" not in (
            e.actor1, e.actor2) and e.mentions[0].sub_event_type == "Armed clash" and not allied(e.actor1, e.actor2)]
        # two allied forces the article says fought each other (a side-less clash elsewhere
        # in it is theirs; clash_pairs, which leaves allied pairs out as role slips, misses them)
        fought_pairs = {(e.actor1, e.actor2) for e in events if e.actor1 and e.actor2
                        and e.mentions[0].sub_event_type == "Armed clash"
                        and allied(e.actor1, e.actor2) and _infighting(e, e.actor1, e.actor2)}
        air_pairs = {(e.actor1, e.actor2) for e in events if e.actor1 and e.actor2
                     and "Unknown" not in (e.actor1, e.actor2) and e.actor2 != "Civilians"
                     and e.mentions[0].sub_event_type == "Air/drone strike"}
        air_attackers = {e.actor1 for e in events if e.actor1 and e.actor1 != "Unknown"
                         and e.mentions[0].sub_event_type == "Air/drone strike"}
        def country(e):
            return e.place.place.country if e.place is not None else None

        def own_soil(actor, e) -> bool:
            # "سقطت صواريخ أُطلقت من منطقة عفرين على مدينة الريحانية", "كما سقطت قذيفتان على مدينة
            # كلس الحدودية" in a report of Turkey's strikes in Syria: fire on a town of the state
            # whose forces the article tells striking only abroad (or fire launched from abroad)
            # is not theirs (a clash on its own soil is: "أحبطت القوات المرابطة محاولة تسلل")
            home = ontology_country(actor)
            if not home or country(e) != home or e.mentions[0].sub_event_type == "Armed clash":
                return False
            if e.launch is not None and e.launch.place.country not in (None, home):
                return True
            own = [x for x in events if x.actor1 == actor and not x.actor1_inferred and x.place is not None]
            return bool(own) and all(country(x) != home for x in own)

        def hits_its_attacker(e) -> bool:
            # "سيطر مسلحو تنظيم الدولة على مدينة تدمر ... وشن الطيران الحربي الحكومي عدة غارات على
            # الأحياء الشمالية من المدينة": a side's act that names no target hits the side the article
            # says attacked it there (at the same place: a roundup's regime raid on Irbin does not hit
            # ISIS, told attacking elsewhere), not the foe it usually strikes; not when the clause's words imply
            # civilians were hit, nor where its unnamed targets are as a rule civilians ("سقط مقذوف
            # في أرض زراعية بمركز الطوال": the Houthis' fire on Saudi villages, usual_targets.csv)
            return not any(m.implied_target == "Civilians" for m in e.mentions) and self.usual_targets.who(
                (e.actor1, country(e)), e.date[0].year if e.date[0] else news_year) != "Civilians"

        def foes_of(actor) -> set:
            return {a2 for a1, a2 in pairs if bloc_of(a1) == bloc_of(actor) and a2 != "Civilians"
                    and not allied(a1, a2)}

        def across_the_border(actor) -> str:
            # ... it is the one foe the article names for that state, who fires the other way, else Unknown
            foes = foes_of(actor)
            return foes.pop() if len(foes) == 1 else "Unknown"

        def fired_across(e, state) -> None:
            e.infer("actor1", across_the_border(state),
                    f"fire on {country(e)} from across its border, where {state} strikes")
            if e.place.place.kind in ("city", "town", "village") and (
                    not e.actor2 or e.actor2_inferred and e.actor2 == e.actor1):
                # (what fell on a town, no one named there, fell on its people)
                e.infer("actor2", "Civilians", "fire from across the border on a town")

        def not_own_soil(e) -> None:
            if e.actor1_inferred and own_soil(e.actor1, e):
                fired_across(e, e.actor1)

        def from_across(e) -> None:
            # (no side named at all: "سقطت صواريخ أطلقت من منطقة عفرين على مدينة الريحانية" with
            # the headline's list split into its acts; the state whose forces strike abroad)
            home = {x.actor1 for x in events if x.actor1 and not x.actor1_inferred
                    and ontology_country(x.actor1) == country(e)}
            state = next(iter(home)) if len(home) == 1 else None
            # (not when the article names several foes: it cannot tell which)
            if state and own_soil(state, e) and len(foes_of(state)) <= 1:
                fired_across(e, state)

        for e in events:
            not_own_soil(e)  # ("claimed with the article's other acts": "شنت الطائرات التركية غارات")
            # (in the same country: the coalition's raids on Sanaa do not make it the
            # author of the strikes on Abu Dhabi told beside them)
            here = {e2.actor1 for e2 in events if e2.actor1 in air_attackers
                    and e2.mentions[0].sub_event_type == "Air/drone strike"
                    and country(e) in (None, country(e2))} or told_air
            if len(here) > 1 and len({bloc_of(a) for a in here}) == 1:
                # ("قصف إيراني بالصواريخ والمسيرات" read as the Iran-aligned militias, then "الحرس
                # الثوري الإيراني استهدف المقار": two names of one side's air arm, not two air forces;
                # the one the article names most)
                here = {max(sorted(here), key=lambda a: salience.get(a, 0))}
            held = self.operators.get(e.place.place.name) if e.place is not None else None
            if not e.actor1 and len(here) == 1 and e.mentions[0].sub_event_type == "Air/drone strike" \
                    and not (held and _same_bloc(held, next(iter(here)))) \
                    and not (e.actor2 and allied(e.actor2, next(iter(here)))
                             # ("قالت قيادة العمليات المشتركة إن الغارات طالت مقرات للجيش" after "شنت
                             # طائرات أمريكية غارات": "the strikes" told before are that air force's,
                             # whoever they hit, an ally's men among them)
                             and not any(m.anaphoric and m.sub_event_type == "Air/drone strike" for m in e.mentions)):
                # "شنت الطائرات الحربية غارات على قرى في ريف كوباني" after "طائرات حربية
                # لدولة الاحتلال التركي": the article's only named air force (not on a site it
                # holds: "استهداف مطار أربيل الدولي بطائرة مسيرة", where US forces are based)
                e.infer("actor1", next(iter(here)), "the only side whose air strikes the article names")
                not_own_soil(e)
            # (sides told shelling in their own words, not a clash's side whose fight used artillery, its
            # fire told within three sentences: a new paragraph's shells may be another side's, told in
            # words that make no act of their own ("أمطرت الفصائل المعارضة أربع بلدات بالقذائف");
            # and whose told shelling hit the same kind of target, civilians or armed men: the
            # Jihad's mortars on soldiers do not make it the author of shells on a Gaza quarter)
            shelled = [e2 for e2 in events if e2 is not e and e2.actor1 not in (None, "Unknown", "Civilians")
                       and not e2.actor1_inferred and country(e) in (None, country(e2))
                       and any(m.sub_event_type == _SHELLING and m.actor1 == e2.actor1 for m in e2.mentions)]
            shellers = {e2.actor1 for e2 in shelled}
            sheller = next(iter(shellers)) if len(shellers) == 1 else None
            # (a foe's fire into a state, its forces told hit there: "استهدفت بصواريخ باليستية مقر قيادة جيش
            # الكيان الصهيوني في بئر السبع" then "وأقرت وسائل إعلام العدو بسقوط صواريخ في رمات غان
            # وحولون": the rockets that fell on its towns, no side named, are that foe's, whoever they hit;
            # not a border's artillery, "تعرضت أطراف بلدتي كفركلا والخيام لقصف مدفعي", the state's own)
            into_state = sheller is not None and country(e) is not None \
                and "artillery" not in e.weapons and bool(e.weapons & {"rockets", "missiles"}) \
                and ontology_country(sheller) != country(e) \
                and any(ontology_country(e2.actor2) == country(e) for e2 in shelled)
            if not e.actor1 and (e.actor2 or into_state) and sheller \
                    and all(_same_bloc(x, sheller) for x in told_shelling) \
                    and any(abs(x.order - m.order) <= 3 for e2 in events for x in e2.mentions
                            if x.actor1 in shellers and x.sub_event_type in _REMOTE_FIRE for m in e.mentions) \
                    and e.mentions[0].sub_event_type == _SHELLING \
                    and (into_state or any((e2.actor2 == "Civilians") == (e.actor2 == "Civilians")
                                           for e2 in shelled if e2.actor2)) \
                    and not any("Unknown" in m.explicit_actors for m in e.mentions) \
                    and not (allied(e.actor2, sheller) or _same_bloc(e.actor2, sheller)):
                # "قصف مدفعي وصاروخي لقوات النظام السوري استهدف قرى في جبل الزاوية ... وأضاف أن
                # القصف طال أيضًا أطراف قريتي إبلين وبليون", "هجمات ... شنها الحرس الثوري ... إن
                # القصف استهدف ... مقر لحزب الحرية الكردستاني قرب آلتون كوبري": the shelling the
                # article goes on to place with no side is that of the only side it names shelling
                # in that country (as with air strikes above; not fire the text gives to unknown men)
                e.infer("actor1", sheller, "the only side whose shelling the article names")
                not_own_soil(e)
            if e.actor1 == "Yemeni government forces" and e.place is not None and e.place.place.kind == "sea":
                # "أعلنت القوات المسلحة اليمنية استهداف سفينة تجارية في البحر الأحمر": the Yemeni
                # armed forces that strike ships are Sanaa's, the Houthis' (the government has no such fire)
                e.infer("actor1", "Houthis", "the Yemeni forces that strike shipping are the Houthis'")
            holder = LAUNCH_AREA_HOLDERS.get((e.launch.place.country, country(e))) if e.launch is not None else None
            if e.actor1 in (None, "Unknown") and holder and e.mentions[0].sub_event_type != "Armed clash" \
                    and not any("Unknown" in m.explicit_actors for m in e.mentions):
                # "قتلت امرأتان في مدينة عسقلان جراء سقوط صواريخ أطلقت من قطاع غزة": the side that
                # holds the area the fire came from across the border
                e.infer("actor1", holder, f"fired from {e.launch.place.name}, held by {holder}; the text names no side")
                if e.actor2 == holder:
                    # "إطلاق سبعة صواريخ باليستية من قبل الميليشيا الحوثية ... ثلاثة منها باتجاه مدينة
                    # الرياض": the side read as the target is the launcher itself; what it hit is left
                    # to its usual target below (as for the usual author)
                    e.actor2 = None
                    e.why.pop("actor2", None)
            usual = self.usual_attackers.who((country(e), e.mentions[0].sub_event_type),
                                             e.date[0].year if e.date[0] else news_year, e.weapons)
            if not e.actor1 and usual and not (e.mentions[0].sub_event_type == "Government regains territory"
                                               and not e.actor2):
                # (ground retaken is the government's only where the text names whom it was taken
                # from: "جبهة صبر حررت مديريتي مشرعة وحدنان ... وقد تكبد الحوثي خسائر"; "تطهير
                # محافظات شبوة والبيضاء أصبح محسوما" names no side and no act yet)
                # "شنت مروحيات الأباتشي غارة جوية ... جنوب الشيخ زويد": where no armed group and
                # no foreign air force flies, an unattributed air strike is the state's; drones
                # on Saudi Arabia are the Houthis' (data/lexicons/usual_attackers.csv)
                e.infer("actor1", usual, f"the usual author of such acts in {country(e)}; the text names none")
                if e.actor2 == usual:
                    # "الميليشيا شنت موجة من الاعتداءات ... تعرضت محطة ... في جازان": the one side read
                    # as the target is the author itself; what it hit is left to its usual target below
                    e.actor2 = None
                    e.why.pop("actor2", None)
            if not e.actor1 and not e.weapons and e.mentions[0].sub_event_type == _SHELLING \
                    and not any("Unknown" in m.explicit_actors for m in e.mentions):
                # "وفي مخيم النصيرات، استشهد أربعة مواطنين في قصف استهدف منزلاً" after "طائرات الاحتلال
                # قصفت المصلى": a bare "قصف" names no means, so it is the fire, by air or gun, of the
                # one side the article names striking from afar in that country
                strikers = {e2.actor1 for e2 in events
                            if e2 is not e and e2.actor1 not in (None, "Unknown", "Civilians")
                            and not e2.actor1_inferred and country(e2) == country(e)
                            and e2.mentions[0].sub_event_type in _REMOTE_FIRE}
                if len(strikers) == 1 and not (e.actor2 and (allied(e.actor2, next(iter(strikers)))
                                                             or _same_bloc(e.actor2, next(iter(strikers))))):
                    e.infer("actor1", next(iter(strikers)), "the one side the article names striking from afar there")
            if e.actor1 in (None, "Unknown") and e.mentions[0].sub_event_type == "Suicide bomb":
                # "شن مسلحون من تنظيم داعش هجوما منسقا على مدينة كركوك ... وفي ناحية دبس اقتحم
                # انتحاريون محطة لتوليد الكهرباء": bombers the text leaves unnamed, where the
                # article names one armed group (no state's forces: they send no suicide bombers)
                # attacking in that province, are that group's (not a group named in another
                # province: where several groups bomb, the province's own news names the one)
                groups = {e2.actor1 for e2 in events if e2 is not e and e2.actor1 not in (None, "Unknown", "Civilians")
                          and not e2.actor1_inferred and country_of_forces(e2.actor1) is None
                          and e.place is not None and e2.place is not None
                          and (e2.place.place.country, e2.place.place.admin1)
                          == (e.place.place.country, e.place.place.admin1)}
                if len(groups) == 1 and e.actor2 not in groups:
                    e.infer("actor1", next(iter(groups)),
                            "the one armed group the article names attacking there; suicide bombers are a group's")
            if not e.actor1 and not e.actor2 and e.mentions[0].sub_event_type == "Air/drone strike":
                # "الغارتين استهدفتا مستودعا قرب بعلبك": air strikes that name no side, in an
                # article whose air strikes all have one pair, are that pair's
                op = self.operators.get(e.place.place.name) if e.place is not None else None
                if len(air_pairs) == 1 and not (op and any(_same_bloc(op, a1) for a1, _ in air_pairs)):
                    # (not on a site the pair's attacker holds: "استهداف مطار أربيل الدولي بطائرة
                    # مسيرة", where US forces are based, is no US strike because the article
                    # recalls US strikes on the militias elsewhere)
                    (a1, a2), = air_pairs
                    e.infer("actor1", a1, "the article's other air strikes are this side's")
                    e.infer("actor2", a2, "the article's other air strikes hit this side")
            if not e.actor1 and not e.actor2 and e.mentions[0].sub_event_type == "Armed clash" \
                    and len(fought_pairs) == 1 and not clash_pairs:
                # "كما دارت اشتباكات في محيط مطار معيتيقة" after "الاشتباكات ... بين اللواء 444 قتال
                # وجهاز الردع": clashes that name no side, in an article whose clashes have one
                # pair (two allied forces that fought each other too), are that pair's
                (a1, a2), = fought_pairs
                e.infighting = True
                e.infer("actor1", a1, "the article's other clashes are between these sides")
                e.infer("actor2", a2, "the article's other clashes are between these sides")
            if not e.actor1 and not e.actor2 and e.mentions[0].sub_event_type == "Armed clash" and clash_pairs \
                    and len({frozenset((bloc_of(a1), bloc_of(a2))) for a1, a2 in clash_pairs}) == 1 \
                    and all(not m.anaphoric and (m.also or _ALSO_TOLD.search(text, m.clause[0], m.clause[1]))
                            for m in e.mentions):
                # "كما اندلعت اشتباكات في مدينة الأبيض", "وأفادت مصادر محلية بأن اشتباكات اندلعت أيضاً
                # في مدينة الأبيض" after "اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع": clashes
                # told "also", naming no side, in an article whose clashes all have one pair of
                # foes, are one more front of their fight (a side-less clash told without "also"
                # may be anyone's: a clan fight, a raid on smugglers)
                (a1, a2), = sorted(clash_pairs, key=lambda p: -(salience.get(p[0], 0) + salience.get(p[1], 0)))[:1]
                e.infer("actor1", a1, "clashes told 'also' in an article whose clashes all have this pair")
                e.infer("actor2", a2, "clashes told 'also' in an article whose clashes all have this pair")
            if e.actor1 and e.actor2 and allied(e.actor1, e.actor2) and not _infighting(e, e.actor1, e.actor2):
                # a role slip or a force that changed sides ("قوات الأمن الخاصة" under the
                # Houthis, struck by the coalition): the article's own pairs name the foe
                cands = [a2 for a1, a2 in pairs if bloc_of(a1) == bloc_of(e.actor1) and not allied(a1, a2)] or [
                    # (or a pair told with no place: "شنت طائرات أمريكية غارات على مواقع لكتائب حزب
                    # الله في العراق", then "إن الغارات طالت مقرات للجيش ... في المسيب")
                    a2 for a1, a2 in told_pairs if bloc_of(a1) == bloc_of(e.actor1) and not allied(a1, a2)]
                if cands:
                    e.infer("actor2", max(cands, key=lambda a: salience.get(a, 0)),
                            "the side named was allied to the attacker; the article's own pairs name its foe")
            if e.actor2 and e.place is not None and e.place.place.kind in ("base", "airport"):
                # "أعلنت قيادة العمليات المشتركة إحباط هجوم على قاعدة عين الأسد": the ally
                # guarding a base that hosts a foreign force is not whom the attack was aimed at
                op = self.operators.get(e.place.place.name)
                if op and allied(op, e.actor2) and not _same_bloc(op, e.actor2) and not allied(op, e.actor1):
                    e.infer("actor2", op, f"the usual operator of {e.place.place.name}, ally of {e.actor2}")
            if not e.actor2 and e.place is not None:
                op = self.operators.get(e.place.place.name)
                if op and op != e.actor1:
                    e.infer("actor2", op, f"the usual operator of {e.place.place.name}")
                elif not op and e.place.place.kind == "base":
                    # "استهداف قاعدة الملك خالد الجوية": a base with no known foreign
                    # garrison holds its country's army
                    army = _implied_actor("military", e.place.place.country)
                    if army and army != e.actor1 and not allied(e.actor1, army):
                        e.infer("actor2", army, f"the forces at {e.place.place.name}, a military base")
            if not e.actor2 and e.actor1 not in (None, "Unknown", "Civilians") and e.place is not None \
                    and all(m.sub_event_type == "Disrupted weapons use" for m in e.mentions):
                # "اعترضت الدفاعات الجوية طائرة بدون طيار أطلقتها الميليشيا باتجاه مدينة خميس
                # مشيط": a missile or drone stopped over a state's town was fired at that state,
                # whose defences stopped it (not at the town's people: nothing reached them)
                army = _implied_actor("military", country(e))
                if army and army != e.actor1 and not allied(e.actor1, army):
                    e.infer("actor2", army, f"the forces of {country(e)}, whose defences stopped it there")
            if e.actor2 == "Unknown" and e.actor1 not in (None, "Unknown", "Civilians") \
                    and any(m.attackers_target for m in e.mentions):
                # "غارات على مبان تحصن فيها المهاجمون في محيط السجن": "the attackers" struck
                # are the doer of the attack the article told before
                first = min(m.order for m in e.mentions)
                doer = next((x.actor1 for x in reversed(events) if x is not e and x.actor1 not in (
                    None, "Unknown", "Civilians", e.actor1) and not x.why.get("actor1")
                    and not allied(x.actor1, e.actor1) and min(m.order for m in x.mentions) < first), None)
                if doer:
                    e.infer("actor2", doer, "'the attackers': the doer of the attack told before")
            if e.actor2 == "Unknown" and e.actor1 not in (None, "Unknown") \
                    and any(m.terror_target for m in e.mentions):
                # "استهدفت وحدات الجيش مواقع الإرهابيين": the terrorists a side strikes
                # are the foe the article names for it, else its usual foe there
                backers = {b for m in e.mentions for b in m.backers}
                cands = [a2 for a1, a2 in pairs if bloc_of(a1) == bloc_of(e.actor1) and a2 != "Civilians"] or [
                    # "خاضت وحدات من الجيش الوطني السوري اشتباكات مع الإرهابيين ... بإسناد من المقاتلات
                    # التركية": the terrorists a side fights with another's backing are the backer's foe
                    a2 for a1, a2 in pairs if a1 in backers and a2 != "Civilians" and not allied(a2, e.actor1)] or [
                    # "هجوم لفلول داعش على نقطة للجيش ... ثم غارات على مخابئ الإرهابيين": the side the
                    # article says attacked it is the foe its strikes on "the terrorists" hit
                    a1 for a1, a2 in pairs if bloc_of(a2) == bloc_of(e.actor1) and a1 != "Civilians"] or [
                    # "شن سلاح الجو السوري غارات على تحصينات المسلحين في جرود عرسال" in a report of
                    # Hezbollah's battle with "جبهة النصرة" there: an ally's named foe
                    a2 for a1, a2 in pairs if allied(a1, e.actor1) and a2 != "Civilians" and not allied(a2, e.actor1)]
                year = e.date[0].year if e.date[0] else news_year
                foe = max(cands, key=lambda a: salience.get(a, 0)) if cands \
                    else self.usual_targets.who((e.actor1, country(e)), year)
                if not foe and (army := _implied_actor("military", country(e))) and army != e.actor1:
                    # "اشتبكت قوة من الحشد الشعبي مع مفرزة إرهابية": a force with no usual foe of its
                    # own fights the "terrorists" its country's army does
                    foe = self.usual_targets.who((army, country(e)), year)
                    foe = None if foe == e.actor1 or allied(foe, e.actor1) else foe
                # (a state's "terrorists" are armed groups, never another army: Libya's air
                # force striking "الجماعات المتشددة" in 2015 Benghazi did not hit the LNA)
                if foe and not allied(e.actor1, foe) and not (_government_side(foe) or foe in REGULAR_ARMIES):
                    e.infer("actor2", foe, f"the 'terrorists' {e.actor1} struck: "
                            + ("the foe the article names for it" if cands else f"its usual foe in {country(e)}"))
            if e.actor2 == "Unknown" and e.actor1 in (None, "Unknown"):
                e.actor2 = None  # "فجر انتحاري نفسه": the unnamed bomber is not also the target
            if not e.actor2 and e.place is not None:
                # the clause's own words before the article's other pairs: the
                # forces at a checkpoint, the people of a market, a bombing's victims
                kinds = [m.implied_target for m in e.mentions if m.implied_target]
                # a state force hitting a checkpoint hits its enemy's: the post implies
                # the state's own forces only when an armed group or no one is named
                if kinds and kinds[0] != "Civilians" and _government_side(e.actor1):
                    kinds = [k for k in kinds if k == "Civilians"]
                # (civilians the clause names were hit by an armed group, whatever state forces the
                # article names as its targets elsewhere: "أوقف مسلحون حافلات وأنزلوا ركابها ...
                # ثم أطلقوا النار"; a state's strikes keep the foe the article names for it)
                if kinds and (kinds[0] != "Civilians" or e.actor1 in (None, "Unknown")
                              or not (_government_side(e.actor1) or e.actor1 in REGULAR_ARMIES)):
                    implied = _implied_actor(kinds[0], e.place.place.country)
                    if kinds[0] == "police" and named_police:
                        implied = named_police  # the police the article names ("الشرطة الاسرائيلية")
                    if implied and not allied(e.actor1, implied) and implied != e.actor1:
                        e.infer("actor2", implied, f"implied by what was hit ({kinds[0]})")
            # an unattributed bombing of civilians stays Unknown: another pair of the
            # article does not say who planted it
            # (a clash has no direction: "دارت اشتباكات بين الطرفين" after "هاجم مقاتلو الدعم
            # السريع معسكرات الجيش" is between the two sides the article named, either way round)
            clash = e.mentions[0].sub_event_type == "Armed clash"
            if not e.actor1 and e.actor2 and e.actor2 != "Civilians":
                # (the pairs as they stand now: "أعلنت المقاومة الإسلامية أن مجاهديها استهدفوا
                # قاعدة ميرون ... كما استهدف المجاهدون ثكنة برانيت": the base's army, inferred
                # above, makes the first act's pair, whose attacker the second act shares)
                now = [(x.actor1, x.actor2) for x in events if x.actor1 and x.actor2
                       and x.actor1 != "Unknown" and x.actor2 != "Unknown"]
                cands = [a1 for a1, a2 in now if bloc_of(a2) == bloc_of(e.actor2)] or [
                    a2 for a1, a2 in clash_pairs if clash and bloc_of(a1) == bloc_of(e.actor2)] or [
                    # "معارك عنيفة دارت في حي الحلفايا ... في إطار تقدم الجيش" in an article whose army
                    # retook a town from the RSF: a clash's unnamed other side is the foe the article
                    # names for the one it names, whichever way round its acts went
                    a2 for a1, a2 in now if clash and bloc_of(a1) == bloc_of(e.actor2)
                    and a2 != "Civilians" and not allied(a1, a2)]
                if e.mentions[0].sub_event_type in _BOMBINGS:
                    # "لقي اربعة حوثيين مصرعهم في هجوم بسيارة مفخخة في العاصمة صنعاء" after the
                    # coalition's air strikes on the Houthis (snn-2015-07-22-0678): a side the
                    # article shows only striking from the air planted no bomb; the bomber stays unnamed
                    cands = [a for a in cands if not all(
                        x.mentions[0].sub_event_type == "Air/drone strike" for x in events if x.actor1 == a)]
                if cands:
                    e.infer("actor1", max(cands, key=lambda a: salience.get(a, 0)),
                            f"named elsewhere in the article as the attacker of {e.actor2}")
                    not_own_soil(e)
            if not e.actor2 and e.actor1 and not (e.mentions[0].sub_event_type == "Armed clash" and any(
                    m.implied_target == "Civilians" for m in e.mentions)):
                # ("أصيب شابان برصاص قوات الاحتلال خلال مواجهات ... قرب حاجز حوارة" beside the army's
                # fight with the armed men of Jenin: people shot in "confrontations", named as the ones
                # hit, were civilians, not the foe the article names for the side elsewhere; below)
                # (a clash is fought with an armed side: "صدت قواتهم هجومين لقوات حفتر على محور
                # عين زارة" does not take the civilians its shells hit elsewhere as its foe)
                cands = [a2 for a1, a2 in pairs if bloc_of(a1) == bloc_of(e.actor1)
                         and a2 != "Civilians"] or [
                    a1 for a1, a2 in clash_pairs if clash and bloc_of(a2) == bloc_of(e.actor1)] or [
                    # "صدت الفرقة 22 مشاة هجوماً جديداً لقوات الدعم السريع" in an article whose
                    # army strikes the RSF: a clash's unnamed defender is the side the article
                    # names as the attacker's foe, whichever way round its acts went
                    a1 for a1, a2 in pairs if clash and bloc_of(a2) == bloc_of(e.actor1)
                    and a1 != "Civilians" and not allied(a1, a2)] or [
                    x.actor1 for x in events if x is not e and x.actor1 and x.actor2 and "Unknown" not in (
                        x.actor1, x.actor2) and x.actor1 != "Civilians" and bloc_of(x.actor2) == bloc_of(e.actor1)
                    and not allied(x.actor1, x.actor2) and _same_place(x.place, e.place) and hits_its_attacker(e)]
                if cands:
                    foe = max(cands, key=lambda a: salience.get(a, 0))
                    here = country(e)
                    usual = self.usual_targets.who((e.actor1, here), e.date[0].year if e.date[0] else news_year) \
                        if here and ontology_country(foe) not in (None, here) else None
                    near = self.usual_targets.who((e.actor1, here), e.date[0].year if e.date[0] else news_year) \
                        if here and e.place is not None and not usual else None
                    if near and near != foe and not _government_side(foe) and any(
                            x.actor1 == e.actor1 and x.actor2 == foe and country(x) == here for x in events) \
                            and not any(x.actor1 == e.actor1 and x.actor2 == foe and x.place is not None and (
                                _same_place(x.place, e.place) or _km(x.place.place, e.place.place) < FRONT_KM)
                                for x in events):
                        # "عدوان صهيوني ... استهدف مكتباً للحركة في منطقة المشرفية" (Hamas in Beirut),
                        # then "تعرضت أطراف بلدتي عيتا الشعب ورامية لقصف مدفعي معادٍ": a group the
                        # article names as hit at one place is not whom acts naming no target hit far
                        # from it; the side's usual foe there is (data/lexicons/usual_targets.csv).
                        # (Not near it: "ردت قوات التحالف بقصف مواقع الميليشيات في بلدتي مراط وحطلة ...
                        # كما طالت قذائف التحالف أطراف بلدة خشام": the same foe on the same front)
                        e.infer("actor2", near, f"the usual target of {e.actor1} in {here}, not the "
                                                f"{foe} it hit at another place")
                    elif usual and ontology_country(usual) == here and not any(
                            x.actor1 == e.actor1 and x.actor2 == foe and country(x) == here for x in events):
                        # "استهدفت قاعدة الاحتلال الأمريكي في الشدادي", then "هدفاً حيوياً في أم الرشراش":
                        # the foreign force a side's acts hit in another country is not whom its act
                        # naming no target hit on a third state's soil; that state's forces are, as
                        # its usual target there (data/lexicons/usual_targets.csv)
                        e.infer("actor2", usual, f"the usual target of {e.actor1} in {here}, not the "
                                                 f"{foe} it hit elsewhere")
                    else:
                        e.infer("actor2", foe, f"named elsewhere in the article as the target of {e.actor1}")
            if not e.actor2 and any(m.implied_target == "Civilians" for m in e.mentions):
                e.infer("actor2", "Civilians", "implied by what was hit (Civilians)")
            if not e.actor2 and e.actor1 and e.place is not None:
                # "غارات تركية على ريف القامشلي": a side's strikes there, with no target
                # named anywhere in the article, hit its usual foe (data/lexicons/usual_targets.csv)
                usual = self.usual_targets.who((e.actor1, country(e)), e.date[0].year if e.date[0] else news_year)
                if usual:
                    e.infer("actor2", usual, f"{e.actor1}'s usual target in {country(e)}; the text names none")
            # (only there: US drones on al-Qaeda in a Saudi outlet hit al-Qaeda)
            if houthi_voice and not e.actor2 and e.actor1 in AGGRESSORS and e.place is not None \
                    and e.place.place.country == "Yemen" and e.mentions[0].sub_event_type == "Air/drone strike":
                e.infer("actor2", "Houthis",
                        "in the Houthis' own media, their foes' air strikes naming no target hit the Houthis")
        for e in events:
            if e.actor1 is None and e.place is not None:
                from_across(e)  # (last: a side the steps above name for it comes first)
            if another_of and e.actor1 is None and e.actor2 is None \
                    and all(id(m) in another_of for m in e.mentions) \
                    and (prev := another_of[id(e.mentions[0])]).actor1 not in (None, "Unknown") \
                    and not prev.actor1.startswith("_"):
                # "فيما استهدفت غارة أخرى محيط بلدة الأصابعة", "في حين استهدفت صواريخ أخرى أطراف مدينة
                # الأتارب": one more act by the side of the act told just before, at whom that act hit,
                # when nothing else in the article names them (last: "فيما استهدفت غارات أخرى محيط ناحية
                # راجو" after raids that killed civilians in a war on the YPG hit the side's foe)
                e.infer("actor1", prev.actor1, "'another' act of the kind told just before: the same side")
                if prev.actor2 is not None and not prev.actor2.startswith("_"):
                    e.infer("actor2", prev.actor2, "'another' act of the kind told just before: the same target")
            if {(e.actor1, e.actor2), (e.actor2, e.actor1)} & fought_pairs:
                e.infighting = True  # the two allied sides the article told fighting each other

    @staticmethod
    def _publishable(ev: Event) -> bool:
        """A place, an act that is not only a back-reference, and a named side
        (or, with both sides unnamed, victims counted at a town or site)."""
        if ev.place is None or all(m.anaphoric for m in ev.mentions) and not ev.placed_back:
            return False
        if any(a and a != "Unknown" for a in (ev.actor1, ev.actor2)):
            return True
        if ev.place.place.kind in STRUCK_SITES and any(
                m.sub_event_type in REMOTE_STRIKES and not m.anaphoric for m in ev.mentions):
            # "تعرض حقل طاوكي النفطي فجر اليوم لهجوم بطائرة مسيرة مفخخة": a drone or rocket attack on a
            # named field, base or airport is an act though no side is named and nobody was hurt
            return True
        victims = any(m.casualties.fatalities or m.casualties.injured for m in ev.mentions)
        return victims and ev.place.precision <= 2

    def _incident(self, article_id: str, text: str, ev: Event, published, all_mentions) -> Incident:
        event_date, precision = ev.date
        mentions = sorted(ev.mentions, key=lambda m: m.order)
        if event_date is None and ev.date_hint:
            event_date, precision = ev.date_hint, "approximate"
        if event_date is None and all(_condemned(text, m, before_act=True) for m in mentions):
            # "أعرب الأزهر عن استنكاره الشديد للهجوم الإرهابي الذي استهدف مسجد قوات الطوارئ":
            # an act told only as what is condemned, with no day of its own, happened some
            # days before the condemnation (often several: foreign statements, officials'
            # columns); neither the report's day nor a date told before it is the act's
            precision = "unknown"
        elif event_date is None and not any(m.date_precision in ("past_month", "past_week", "past_days")
                                            for m in mentions):
            # the article's last date before this act ("أمس" two sentences up);
            # an act of "last month" keeps no day rather than a wrong one
            earlier = [(m.order, m.date) for m in all_mentions
                       if m.date and m.order <= mentions[0].order]
            if earlier and OTHER_FRONT.match(text, mentions[0].sentence[0]) and not any(
                    m.order == mentions[0].order for m in all_mentions if m.date):
                # "وعلى صعيد آخر، أكدت المقاومة سقوط قتلى ... في كمين بمحافظة إب" after the fall of
                # al-Tawahi "يوم أمس": "on another front" opens another story, whose day is not the
                # one told before it
                earlier = []
            if earlier and published is not None and _ANOTHER_INCIDENT.match(text, mentions[0].sentence[0]) \
                    and (published - max(earlier, key=lambda x: x[0])[1]).days > PLUPERFECT_NEWS_DAYS:
                # "وفي حادثة اخرى، ألقى أحد الأشخاص قنبلة صوتية قرب مقر ... في ولاية دياربكر" after "العملية
                # الانتحارية التي وقعت في 20 يوليو" (snn-2015-08-03-1108): another incident, told as
                # news, is not the day of an act recalled from weeks before
                earlier = []
            if earlier:
                event_date, precision = max(earlier, key=lambda x: x[0])[1], "approximate"
                back = next((m.span_back for m in mentions if m.span_back is not None), None)
                if back:
                    # "الذي يأتي بعد أسبوع من غارة ...": the earlier act, that span before the act
                    # told before it (the article's last date)
                    event_date -= timedelta(days=back)
            elif published is not None:
                event_date, precision = published, "approximate"
        defining = next((m for m in mentions if m.targets and not m.anaphoric), mentions[0])
        sub = next((m.sub_event_type for m in mentions if m.sub_event_type == "Air/drone strike"
                    and ev.weapons & {"aircraft", "drones", "helicopters"}), defining.sub_event_type)
        if sub in ("Armed clash", "Attack") and not defining.weapons and defining.order == 0:
            # "هجوم حوثي يشعل خزانين في محطة توزيع جدة" (a headline's bare "attack"), then "لعمل عدائي
            # بالصواريخ": the means the body tells names the act (ACLED codes by means)
            sub = next((m.sub_event_type for m in mentions if m.sub_event_type == "Shelling/artillery/missile attack"
                        and m.order > 0 and m.weapons & {"rockets", "artillery", "missiles"}), sub)
        # one act told by several clauses: a suicide bomber or ground taken named in
        # any of them names the act ("تفجير ... " then "نفذه انتحاري"; clashes, then the capture)
        sub = next((d for d in ("Suicide bomb", "Government regains territory")
                    for m in mentions if m.sub_event_type == d), sub)
        fatalities, injured = _toll(mentions, "fatalities"), _toll(mentions, "injured")
        evidence, seen = [], set()
        for m in mentions:
            if m.sentence not in seen:
                seen.add(m.sentence)
                s, e = m.sentence
                evidence.append(Evidence(text[s:e].strip(), s + (len(text[s:e]) - len(text[s:e].lstrip())),
                                         e - (len(text[s:e]) - len(text[s:e].rstrip()))))
        reporters = sorted({r for m in mentions for r in m.reporters})
        country = ev.place.place.country if ev.place else ontology_country(ev.actor1)
        actor1 = self.country_actors.get((country, ev.actor1 or ""), ev.actor1) or "Unknown"
        actor2 = self.country_actors.get((country, ev.actor2 or ""), ev.actor2)
        if actor1 == "Civilians":  # civilians are hit, not hitting: the roles slipped
            actor1, actor2 = (actor2 if actor2 != "Civilians" else None) or "Unknown", "Civilians"
        if sub == "Suicide bomb" and _government_side(actor1) and not any(
                m.sub_event_type == "Suicide bomb" and m.actor1 == ev.actor1 for m in mentions):
            # no state's forces blow themselves up: a state's side on a suicide bombing came from
            # another clause joined to it ("قصفت الطائرات التركية أهدافا لتنظيم داعش" beside "التفجير
            # الانتحاري الذي وقع مؤخرا في مدينة سروج"); the bomber, not named, is unknown
            actor1 = "Unknown"
        elif sub == "Suicide bomb" and actor2 in (None, actor1) and (actor1 or "").startswith("Police forces of "):
            # "فاعترضه أفراد الشرطة المكلفون بتأمين البوابة، ففجّر نفسه عندهم، ... بينهم أربعة من رجال
            # الشرطة": the police who stopped the bomber, the clause's only side, are whom he blew
            # himself up among
            actor1, actor2 = "Unknown", actor1
        elif sub == "Armed clash" and actor2 is None and actor1.startswith(STATE_FORCE_PREFIXES):
            # "وقتل ضابطا شرطة ... في هجوم بمدينة العريش واشتباك بمدينة السويس ... وأصيب في الهجوم
            # والاشتباك أربعة من مجندي الشرطة": a fight has two sides; a state's force, the only one
            # the text names, fought men it does not name
            actor2 = "Unknown"
        both_unnamed = actor2 == "Unknown" and actor1 == "Unknown" and not (
            sub == "Armed clash" and ev.why.get("actor2") == _UNNAMED_FIGHT_WHY)  # (a fight has two sides)
        ally_named = actor2 != actor1 and allied(actor1, actor2) and not _infighting(ev, actor1, actor2)
        # "شن الطيران الإماراتي غارات استهدفت وحدات الجيش الوطني": an army the strike verb takes as
        # its object, by its units or its name, was what was hit, ally or not
        ally_struck = ally_named and any(ARMY_STRUCK.search(text, m.clause[0], m.clause[1]) for m in mentions)
        if (actor2 == actor1 and actor1 != "Unknown" and not _infighting(ev, actor1, actor2)) or both_unnamed or (
                allied(actor1, actor2) and not _infighting(ev, actor1, actor2) and not ally_struck):
            actor2 = None
        ally_named = ally_named and not ally_struck
        if ally_named and sub in ("Air/drone strike", "Shelling/artillery/missile attack"):
            # "نفذ غارات جوية دعماً لقوات قسد في محيط السجن لاستهداف مسلحين تحصنوا": the ally named is
            # whom the strikes backed, not whom they hit; they hit the striker's usual foe there
            # (data/lexicons/usual_targets.csv), as strikes naming no target do
            usual = self.usual_targets.who((actor1, country), event_date.year if event_date else None)
            if usual and not allied(actor1, usual):
                actor2 = usual
        if sub == "Disrupted weapons use" and actor2 is None and actor1 != "Unknown":
            # "قوات التحالف أسقطت في الليلة نفسها ثلاث طائرات مسيرة قرب مطار أربيل": a drone or rocket
            # brought down was someone's (not the interceptor's ally's, named near it as whom it
            # threatened); told with no launcher, its launcher is unknown
            actor2 = "Unknown"
        if sub == "Government regains territory" and not _government_side(actor1):
            sub = "Non-state actor overtakes territory"
        elif sub == "Armed clash" and actor2 == "Civilians":
            sub = "Attack"  # one side armed, the other not: ACLED's violence against civilians
        # an act recalled long after it happened: likely background, already reported
        recalled = bool(event_date and published and (published - event_date).days > RECALLED_AFTER_DAYS)
        confidence = confidence_of(signals_of(ev, precision, len(evidence), bool(reporters), recalled,
                                              fatalities is not None or injured is not None))
        key = "|".join([article_id, ev.place.place.name if ev.place else "", sub, actor1, actor2 or "",
                        str(event_date), str(mentions[0].sentence[0])])
        incident_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        return Incident(
            incident_id=incident_id, article_id=article_id, sources=(article_id,),
            event_date=event_date.isoformat() if event_date else None,
            date_precision=precision if event_date else "unknown",
            event_type=event_type_of(sub), sub_event_type=sub,
            actor1=actor1, actor2=actor2,
            weapons=tuple(sorted(ev.weapons)),
            location=_location(ev.place) if ev.place else None,
            launch_location=_location(ev.launch) if ev.launch else None,
            fatalities=fatalities, injured=injured, reported_by=tuple(reporters),
            evidence=tuple(evidence), confidence=confidence,
            inferred=tuple(Inference(f, why) for f, why in sorted(ev.why.items())
                           if {"actor1": actor1 != "Unknown", "actor2": actor2 is not None,
                               "place": ev.place is not None}.get(f, False)))


# what one suicide bombing is also told as: the blast, the gunfire around it, a bare "attack"
_SUICIDE_TOLD_AS = {"Suicide bomb", "Remote explosive/landmine/IED", "Armed clash", "Attack"}


def _one_act_per_side_place_day(incidents: list[Incident]) -> list[Incident]:
    """"غارات إسرائيلية على محيط بعلبك وسحمر" in the headline, then "استهدفت مسيّرة إسرائيلية سيارة
    على أطراف بلدة سحمر"; "قصف ... على مواقع ميليشيات إيران في ... الميادين", then "أكثر من 15 غارة
    استهدفت ... الميادين": one side's fire from afar on one place on one day is one act (ONTOLOGY:
    one act of one side against another, at one place, on one day), though one telling names
    warplanes and the other a drone, or one shelling and the other air strikes. Those means kept
    the tellings apart while they were events (_other_means: a car bomb beside air strikes is
    another act), so only such a pair is folded here: two tellings with the same means that the
    assembler kept apart were kept apart for a reason of their own (two villages in one sentence,
    two tolls). Only a named side's acts: two acts by unknown men at one place may be two groups';
    the other side's reply (its own actor1) stays apart. So too a suicide bombing told once
    as the bomber's act and once as its blast or gunfire ("صد هجوما انتحاريا بسيارتين مفخختين
    استهدف معسكر كاتي", then "سماع دوي انفجارات قوية وإطلاق نار كثيف"; "تفجيرين إرهابيين", then
    "فجر انتحاري آخر نفسه أمام البوابة"): one side's bombing of one place on one day. The later
    telling's evidence joins the first; air strikes, or the suicide bomber, name the act when
    either telling says so."""
    def other_means(a: Incident, b: Incident) -> bool:
        if {a.sub_event_type, b.sub_event_type} <= set(_REMOTE_FIRE):
            return a.sub_event_type != b.sub_event_type or _other_means(set(a.weapons), set(b.weapons))
        kinds = {a.sub_event_type, b.sub_event_type}
        return "Suicide bomb" in kinds and len(kinds) == 2 and kinds <= _SUICIDE_TOLD_AS

    out: list[Incident] = []
    for inc in incidents:
        twin = next((o for o in out if inc.location is not None and o.location is not None
                     and o.location.name == inc.location.name and o.event_date == inc.event_date
                     and inc.event_date is not None and inc.actor1 not in ("Unknown", "Civilians")
                     and (o.actor1, o.actor2) == (inc.actor1, inc.actor2)
                     and other_means(o, inc)), None)
        if twin is None:
            out.append(inc)
            continue
        sub = next((k for k in ("Suicide bomb", "Air/drone strike")
                    if k in (twin.sub_event_type, inc.sub_event_type)), twin.sub_event_type)
        first, second = (inc, twin) if inc.sub_event_type == sub != twin.sub_event_type else (twin, inc)
        seen = {e.start for e in twin.evidence}
        out[out.index(twin)] = replace(
            twin, sub_event_type=sub, event_type=event_type_of(sub),
            weapons=tuple(sorted(set(twin.weapons) | set(inc.weapons))),
            # the toll of the telling that names the act (the bomber's, not the two bombings' lead)
            fatalities=first.fatalities if first.fatalities is not None else second.fatalities,
            injured=first.injured if first.injured is not None else second.injured,
            evidence=twin.evidence + tuple(e for e in inc.evidence if e.start not in seen),
            confidence=max(twin.confidence, inc.confidence))
    return out


def _defence_told_as_the_strike(incidents: list[Incident]) -> list[Incident]:
    """"تصدت وسائط دفاعنا الجوي لعدوان إسرائيلي بالصواريخ استهدف مطار حلب الدولي": the defences
    that met a strike are the struck side's end of that strike, not a second act at its place. An
    interception whose stopper is unnamed ("دفاعاتنا", "الدفاعات الجوية") and whose target is the
    side that struck the same place on the same day joins that strike (its evidence only). A
    named stopper ("أسقطت مقاتلة أميركية طائرة مسيرة") is an act of its own, and so is an
    interception with no strike told at its place (nothing got through)."""
    out: list[Incident] = []
    for inc in incidents:
        strike = None
        if inc.sub_event_type == "Disrupted weapons use" and inc.actor1 in (None, "Unknown") \
                and inc.actor2 not in (None, "Unknown", "Civilians") and inc.location is not None:
            strike = next((o for o in incidents if o is not inc and o.sub_event_type != "Disrupted weapons use"
                           and o.location is not None and o.location.name == inc.location.name
                           and o.event_date == inc.event_date and o.actor1 == inc.actor2), None)
        if strike is None:
            out.append(inc)
    # (the evidence of a dropped telling is not moved: the strike's own sentences name it)
    return out


def _location(ref: PlaceRef) -> Location:
    p = ref.place
    return Location(name=p.name, name_ar=ref.name_ar, admin1=p.admin1, country=p.country,
                    lat=p.lat, lon=p.lon, geo_precision=ref.precision, geonameid=p.geonameid)


def _paragraph_country(m: Mention, mentions: list[Mention], text: str) -> str | None:
    """The country of the nearest act with a place in the mention's own paragraph: "ذكر المتحدث
    باسم الجيش في بوروندي أمس أن الجيش قتل 31 مسلحا ... ويرى بعض المراقبين الاشتباكات التي
    وقعت في إقليم كايانزا" (a news digest whose next story is Cameroon's): "الجيش" is the army
    of the story it is told in, not of the page's most-hit country."""
    if not text:
        return None
    start, end = text.rfind("\n", 0, m.sentence[0]) + 1, text.find("\n", m.sentence[1])
    end = len(text) if end < 0 else end
    near = [(abs(o.sentence[0] - m.sentence[0]), p.place.country) for o in mentions if o is not m
            and start <= o.sentence[0] < end for p in o.targets[:1] if p.place.country]
    return min(near)[1] if near else None
