"""Clause analysis: one reported act ("mention") per clause that has a trigger.

A mention gathers what its clause says: trigger and sub-event type, weapons,
who fired and at whom (role cues), target and launch places, date, casualties.
extract/assemble.py then merges mentions of one act and fills what a clause
leaves implicit from the rest of the article.

Roles come from the cues Arabic news uses: the subject of an active trigger
verb (before it, SVO, or right after it, VSO), the genitive after a verbal
noun ("استهداف القوات الأميركية لمواقع"), "من" after a passive or a noun
("تعرضت قواعد أمريكية لهجوم من قوات موالية لإيران"), the weapon's owner
("طيران التحالف"), and for targets: the lam clitic ("مقرات لميليشيات"),
على / ضد, target nouns (مواقع، نقاط، قواعد) and bases named by their owner
("القاعدة الأمريكية").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import compress
from operator import attrgetter, methodcaller, or_

from .casualties import INJURED_NOUNS, KILLED_NOUNS, TOLL_RISE_WORDS, Casualties, find_casualties, find_number
from .dates import WEEKDAYS, DateMention, find_dates
from .lexicon import Lexicons, Match, Trigger
from .normalize import Token, names_any, normalize_word, stems, token_hits, tokens, without_clitics, written_forms
from .ontology import MILITARY_HERE, POLICE_HERE, allied, country_of_forces, state_forces
from .places import (
    ACCORDING_TO,
    ADMIN_DISTRICT_NOUNS,
    REPORT_VERB_FORMS,
    STRUCK_SETTLEMENTS,
    PlaceFinder,
    PlaceRef,
    launched_from_control,
    road_point,
)
from .wordlists import (
    ABDUCTEE_WORDS,
    ACCIDENT_WORDS,
    ACCUSE_VERBS,
    ACT_ADJECTIVES,
    ACTIVE_HIT_VERBS,
    ADVANCE_NOUNS,
    ADVANCE_SIZES,
    AFFILIATES,
    AFTER_WORDS,
    AFTERMATH_OF,
    AGGRESSION_HEADS,
    AIMING_WORDS,
    AIR_DEFENCE_HEADS,
    AIRCRAFT_MODEL_WORDS,
    ALSO_WORDS,
    AMBIGUOUS_KILL_VERBS,
    AMONG_THEM,
    ANTI_AIR_WORDS,
    ANY_WORDS,
    APPEAL_VERBS,
    APPOSITION_WORDS,
    ARMED_ACT_NOUNS,
    ARMED_ADJECTIVE_FORMS,
    ARMED_ADJECTIVES,
    ASSASSINATION,
    ATTACKER_NOUNS,
    ATTEMPT_NOUNS,
    ATTEMPTED_MOVES,
    ATTRIBUTION_GUESS,
    ATTRIBUTION_VERBS,
    BACKED_BY_STEMS,
    BEHIND_IT_WORDS,
    BEHIND_WORDS,
    BLAME_NOUN,
    BLAME_VERBS,
    BODY_WORDS,
    BOMBER_NOUNS,
    BORDERING_WORDS,
    BURN_WORDS,
    BURNT_PROPERTY,
    CALL_PARTICIPLES,
    CAMPAIGN_START_VERBS,
    CAPITAL_WORDS,
    CARRIER_NOUNS,
    CARRIER_PLANE_WORDS,
    CIVILIAN_VICTIM_WORDS,
    CLAIM_VERBS,
    CLAIMED_ACT_NOUNS,
    CLASH_STEMS,
    CLAUSE_BREAK_PAIRS,
    CLAUSE_BREAKS,
    CLOSE_TO,
    COMING_WORDS,
    COMMA_CLAUSE_BREAKS,
    COMMENTARY_OPENERS,
    COMPARED_ACTS,
    COMPARED_GAINS,
    COMPASS_WORDS,
    CONCURRENT_WORDS,
    CONDEMN_VERBS,
    CONVOY_WORDS,
    COUNT_WORDS,
    COUNTED_NATIONALS,
    COUNTRY_ACTORS,
    DAY_AFTER_WORDS,
    DEAD_WERE_BETWEEN,
    DEAD_WERE_WORDS,
    DECISIVE_SUB_TYPES,
    DEFUSE_WORDS,
    DEMONSTRATIVES,
    DENIAL_PARTICIPLES,
    DENY_VERBS,
    DETAINEE_WORDS,
    DIED_VERBS,
    DISTANCE_UNITS,
    DOER_NOUNS,
    DOING_NOUNS,
    DOING_VERB_FORMS,
    DOING_VERBS,
    DONE_BY_PRONOUNS,
    DROPPED_LOADS,
    ELIMINATE,
    ELIMINATED,
    ENEMY_DEAD,
    ENEMY_KILLED,
    ESCORT_WORDS,
    EXPLOSIVE_ONLY,
    FAR_VERBS,
    FEARED_WORDS,
    FIND_VERBS,
    FIRE_DESCRIBERS,
    FIRING_POSITIONS,
    FLARE_WORDS,
    FLYING_WORDS,
    FORCE_NAME_HEADS,
    FRONTED_SUBORDINATE,
    GARRISON_VERBS,
    GENERIC_MILITIA,
    GENERIC_PERSON_WORDS,
    GOT_THROUGH,
    GROUP_EPITHETS,
    GROUP_HEAD_WORDS,
    GROUP_HEADS,
    HARM_NEEDED,
    HARM_WORDS,
    HEDGE_VERBS,
    HIT_PREMISES,
    HOUSING_SITES,
    INTERCEPT_STEMS,
    INTERCEPTED_WEAPONS,
    ISIS_NAMED,
    KILL_WORDS,
    KILLED_BY,
    KIN_VICTIM_WORDS,
    KIND_RANK,
    LABEL_THAT,
    LABEL_VERBS,
    LAUNCH_VERBS,
    LAUNCHED_FROM_IT,
    LAUNCHED_IT,
    LOCATED_WORDS,
    MANAGED_VERBS,
    MAX_ONE_EVENT_CASUALTIES,
    MILITARY_ADJECTIVES,
    MILITARY_ASSET_HEADS,
    MILITARY_HEADS,
    MILITARY_POST_WORDS,
    MILITARY_SCHOOL_ADJECTIVES,
    MILITARY_SCHOOL_WORDS,
    MINE_WORDS,
    MISS_VERBS,
    MONTH_WORDS,
    MOURN_VERBS,
    NAME_LIKE_ADJECTIVES,
    NAMED_FACILITY_HEADS,
    NAMED_GROUP_HEAD_FORMS,
    NAMED_GROUP_HEADS,
    NEAR_PLACE_TYPES,
    NEAR_WORDS,
    NEIGHBOURING_WORDS,
    NEUTRALISE,
    NOT_ADJECTIVES,
    NOT_AN_OBJECT,
    NOT_TERRITORY,
    OCCURRENCE_VERBS,
    OFFICIAL_TITLES,
    ON_WORDS,
    ONGOING_VERBS,
    OPEN_FIRE_VERBS,
    OPERATION_NOUNS,
    ORGANISATION_HEADS,
    ORGANISATIONS,
    OWN_ACT_VERBS,
    OWN_LOSS_WORDS,
    OWN_MEN_WORDS,
    OWNED_BY,
    OWNED_VEHICLES,
    PARTITIVE_HEADS,
    PARTNER_NOUNS,
    PARTNER_WORDS,
    PASSIVE_HIT_VERBS,
    PERSONAL_CRIME_WORDS,
    PERSONAL_QUARREL_HEADS,
    PERSONAL_QUARREL_KINDS,
    PHRASE_BEFORE_COMMA,
    PLACE_BEFORE_COUNTRY,
    PLACE_CUE_WORDS,
    PLACE_NAME_HEADS,
    PLUPERFECT_NEWS_DAYS,
    PLUPERFECT_VERBS,
    POLICE_POST_WORDS,
    POSITION_HEADS,
    PRESENT_AIM_VERBS,
    PRESENT_PASSIVE_AUX,
    PRIVATE_DEED_DOERS,
    PRIVATE_DEED_OPENERS,
    PRIVATE_DOERS,
    PURPOSE_NOUNS,
    PURPOSE_OPENERS,
    PURSUE_WORDS,
    RANK_NOUNS,
    REACH_VERBS,
    REACTION_NOUNS,
    REFERENCE_TOWN_NOUNS,
    RELATIVE_PRONOUNS,
    REMNANT_WORDS,
    REPEL_VERBS,
    REPLY_NOUNS,
    REPLY_ORDINALS,
    REPORT_VERBS,
    RESIDENCE_WORDS,
    SAME_DAY_WORDS,
    SEARCH_WORDS,
    SELF_CLAIM,
    SERVICE_MEMBERS,
    SETTLER_WORDS,
    SHARP_TOOL,
    SHIP_WORDS,
    SHOOTER_NOUNS,
    SIMILAR_WORDS,
    SITE_KINDS,
    SO_CALLED,
    SOLDIER_NOUNS,
    SOURCE_ADJECTIVES,
    SPAN_FROM,
    SPAN_UNITS,
    SPAN_WORDS,
    SPEAKER_BEFORE,
    SPEAKER_NOUNS_BEFORE_IN,
    SPEAKER_TITLES,
    SPOKESMAN_ADJECTIVES,
    SPOKESMAN_WORDS,
    SPONSOR_BEFORE,
    SPOUSE_WORDS,
    STAND_VERBS,
    STATE_HEADS_WITH_LAM,
    STATIONED,
    STRUCK_VERBS,
    STUDENT_WORDS,
    SUBJECT_BEFORE_VERB,
    SUBJECT_PARTITIVE_HEADS,
    SUBJECT_UNIT_NOUNS,
    SUBORDINATORS,
    SUFFERED_ATTACK_NOUNS,
    SUPERLATIVES,
    SUPPORT_VERBS,
    SUPPORT_WITH_OBJECT,
    TALLY_RISE_VERBS,
    TARGET_HINT_WORDS,
    TARGETING_WORDS,
    TERROR_EPITHETS,
    THAT_IT_WORDS,
    THAT_WORDS,
    TIME_MARK_BEFORE,
    TIME_MARK_WORDS,
    TOLL_WORDS,
    TOWARDS_WORDS,
    UNDEFINED_FIGHTERS,
    UNIT_NOUNS,
    UNIT_WORDS,
    UNMANNED_WORDS,
    UNNAMED_STEMS,
    VENTURE_NOUNS,
    VERBS_NEEDING_OBJECT,
    VICTIM_DUAL_NOUNS,
    VICTIM_WORDS,
    VILLAGE_NOUNS,
    WEAK_TRIGGERS,
    WEAPON_NEEDED,
    WORKS_FOR,
)

# what flies: a weapon of these kinds is an air strike's means
AIR_WEAPONS = frozenset(("aircraft", "helicopters", "drones"))

OPEN_FIRE = Trigger("verb", "Armed clash", "small arms")
# "مقاتلات التحالف دمرت عشر آليات": warplanes named before "destroyed" struck from the air
AIR_DESTROYED = Trigger("verb", "Air/drone strike", "aircraft")
# "واستشهاد ضابط", "ومقتل 3": a second toll joined by "و" (a headline's second act)
_AND_DEATH_NOUNS = frozenset(normalize_word(w) for w in ("ومقتل", "واستشهاد"))
DESTROYED_VERBS = frozenset(normalize_word(w) for w in ("دمرت", "دمر", "دمرتا"))
AIR_SUBJECTS = frozenset(normalize_word(w) for w in ("مقاتلات", "المقاتلات", "طائرات", "الطائرات", "طيران", "الطيران"))
# "قالت مصادر إن مسلحين ... قتلوا 43 مزارعاً", "قوات الدعم السريع قتلت 47 مدنيا": an armed side
# named before an active kill verb with its count of dead after it (frames._split_side_killed)
SIDE_KILLED = Trigger("verb", "Attack", "")
# "70 شخصا قتلوا في قرية تشوما بانغو و30 في قرية زاروم داريه": a toll of dead shared out among
# places, a count before the passive verb and each other count before its own "في", tells where the
# act told before struck (frames._split_toll_by_place)
TOLL_BY_PLACE = Trigger("verb", "Attack", "")
_PASSIVE_KILL_IN = frozenset(normalize_word(w) for w in ("قتلوا", "قتلا", "استشهدوا", "استشهدا"))
SIDE_KILL_VERBS = frozenset(normalize_word(w) for w in ("قتلت", "قتلوا", "وقتلت", "وقتلوا"))
# "ألقت مسيرة قنبلة على جرافة": dropped or thrown, a bomb's act with its doer after the verb
DROPPED_VERBS = frozenset(normalize_word(w) for w in ("ألقت", "ألقى", "ألقوا", "رمت", "رمى", "رموا"))
# "قنابل الغاز المسيل للدموع", "قنابل الدخان": gas to disperse, no bomb attack;
# "ألقى الجيش قنابل مضيئة فوق القرى": flares, which light, not bombs
NOT_A_BOMB_WORDS = frozenset(normalize_word(w) for w in ("الغاز", "غاز", "الدخان", "دخان", "مسيلة", "المسيلة",
                                                         "مضيئة", "المضيئة", "ضوئية", "الضوئية", "إنارة", "الإنارة"))
# "خط فض الاشتباك", "اتفاقية فك الاشتباك", "قواعد الاشتباك", "منطقة عدم اشتباك": what keeps sides
# apart or rules their fire, before the clash noun
_NOT_ENGAGING = frozenset(normalize_word(w) for w in ("فض", "فك", "قواعد", "لقواعد", "بقواعد"))
# "تعرض" and its persons: the one it follows suffered the act, never did it
_SUFFERED = frozenset(normalize_word(w) for w in ("تعرض", "تعرضت", "تعرضا", "تعرضوا", "وتعرض", "وتعرضت",
                                                  "وتعرضا", "وتعرضوا", "يتعرض", "تتعرض"))


def _suffers_next(ct, j: int) -> bool:
    """The word at j, or the one after a relative pronoun at j, is "تعرض"."""
    if j < len(ct) and ct[j].norm in RELATIVE_PRONOUNS:
        j += 1
    return j < len(ct) and ct[j].norm in _SUFFERED


_SHELLS = frozenset(normalize_word(w) for w in ("قذيفة", "قذائف"))
_ZONE_WORDS = frozenset(normalize_word(w) for w in ("منطقة", "منطقه", "مناطق", "اتفاق", "اتفاقية", "خط", "خطوط"))
# "تمكنت المقاومة من تحرير مدينة لودر", "نجحت القوات في استعادة السيطرة على": managing names the
# side before the verbal noun of the ground it took (the one-piece "تمكنت من السيطرة" is a lexicon row)
# "أعدم تنظيم داعش تسعة من سائقي سيارات الأجرة": executions; the fighters or soldiers that may be the executed
_EXECUTION_WORDS = frozenset(("اعدم", "اعدمت", "اعدموا", "اعدام"))
_EXECUTED_FIGHTERS = frozenset(normalize_word(w) for w in (
    "جندي", "جنديا", "جنود", "الجنود", "عسكري", "عسكريا", "عسكريين", "العسكريين", "ضابط", "ضابطا", "ضباط", "شرطي",
    "شرطيا", "عناصر", "مقاتلين", "مقاتلي", "أسرى", "الأسرى", "منتسبي", "أفراد"))
# "ولم يتمتعوا بمحاكمة قانونية", "بعد حكم قضائي": a court's or trial's words, which make an execution
# no side carried out a sentence of justice
_JUDICIAL_WORDS = frozenset(normalize_word(w) for w in (
    "محاكمة", "محاكمات", "محكمة", "المحكمة", "حكم", "الحكم", "قضائي", "قضائية", "القضاء", "القصاص", "قصاصا"))
# "بتهمة التجسس لصالح", "بذريعة التعاون مع": a pretext for killing or taking people
_PRETEXT_WORDS = frozenset(("بتهمه", "بتهم", "بذريعه", "بحجه", "بدعوي", "لاتهامه", "لاتهامهم", "بتهمتي"))
# "مفترق طرق يربط بين ردفان والضالع", "الطريق الرابط بين محافظتي أبين وعدن": what a road links
_LINK_WORDS = frozenset(("يربط", "تربط", "الرابط", "الرابطه", "الواصل", "الواصله", "يصل", "تصل"))
# "التي قصفت منها", "التي هاجم فيها": a preposition carrying the relative clause's pronoun (not
# "عليها": "المديريات التي سيطرت عليها المليشيا في سبتمبر" recalls, beside a district's recapture, the
# older capture, which would then lend the act its sides)
# "وفي حين ...، فقد قصفت": the openers of a fronted "while" clause, and the "فـ" words of the main clause after it
# what a side gathers at a front: "تعزيزات حوثية", "تجمعات حوثية"
_GATHERED_HEADS = frozenset(("تعزيزات", "تجمعات", "التعزيزات", "التجمعات"))
# "..., مضيفا أن 38 شخصا آخرين أصيبوا": the speaker goes on with the act's other count
_ADDING_WORDS = frozenset(normalize_word(w) for w in ("مضيفا", "مضيفة", "مضيفين", "وأضاف", "وأضافت", "مضيفاً"))
# "الخاصة بالمنطقة", "في المحافظة": the region an office was named for, named again
_REGION_AGAIN = frozenset(("بالمنطقه", "بالمحافظه", "بالاقليم", "بالولايه"))
# "مواجهات بين الطرفين": the two sides, named before
_BOTH_SIDES = frozenset(("الطرفين", "الجانبين"))
# one man of a force, told by his bare noun ("وشرطي", "وجندي")
_ONE_MAN = frozenset(("شرطي", "جندي", "عسكري", "ضابط", "شرطيا", "جنديا", "عسكريا", "ضابطا"))
_WHILE_OPENERS = frozenset(("في", "بينما"))
_THEN_MAIN = frozenset(("فقد", "فان", "فانه", "فانها", "فانهم"))
_RESUMPTIVE_PREPOSITIONS = frozenset(("منها", "منه", "منهما", "فيها", "فيه", "بها", "به"))
MANAGED_GAIN = Trigger("verb", "Government regains territory", "")
_RESTORED_VERBS = {normalize_word(w) for w in ("أعادت", "أعاد", "اعادت", "اعاد")}
_GAIN_NOUNS = frozenset(("السيطره", "تحرير", "استعاده", "تطهير"))
# "تمكنت قوات النظام ... من كسر الحصار الذي يفرضه تنظيم داعش على أحياء في مدينة دير الزور": a siege
# a side managed to break is ground it took (only after managing: "سفن كسر الحصار" is an aid convoy)
_SIEGE_BREAK = frozenset(("كسر", "فك"))
# "على وشك", "تسعى إلى", "بهدف", "خلال محاولتهم": the aim (or attempt) words whose verbal noun a
# clause joined by "و" after a comma shares ("على وشك تحقيق الحسم في محافظة لحج، واستعادة السيطرة
# على قاعدة العند")
_AIM_BEFORE = frozenset(normalize_word(w) for w in ("وشك", "تسعى", "يسعى", "تسعيان", "يسعون", "بهدف",
                                                   "تهدف", "يهدف", "سعيا", "محاولة", "محاولته", "محاولتها",
                                                   "محاولتهم", "محاولات", "يحاول", "تحاول", "يحاولون"))
# a backer's verb with the backed side's pronoun ("التي تدعمها واشنطن", "ويدعمه التحالف")
_BACKS_IT_FORMS = frozenset(normalize_word(w) for w in (
    "تدعمها", "يدعمها", "تدعمه", "يدعمه", "تدعمهم", "يدعمهم", "دعمها", "تساندها", "يساندها", "تسانده", "يسانده",
    "تسلحها", "يسلحها", "تموّلها", "تمولها", "يمولها"))
# entering a town and raising a flag over it (with "بعد انسحاب": ground taken, _split_managed_gain)
_ENTERED_VERBS = frozenset(normalize_word(w) for w in ("دخلت", "دخل", "دخلوا", "تدخل", "يدخل", "يدخلون"))
_RAISED_VERBS = frozenset(normalize_word(w) for w in ("رفعت", "رفع", "رفعوا", "ترفع", "يرفع", "يرفعون"))
# what enters a town as a side (without "ال"): "دخلت القوات التركية", "دخلت أرتال تابعة لـ", "دخل مقاتلو"
_ENTERING_FORCES = frozenset(normalize_word(w) for w in (
    "قوات", "قوة", "أرتال", "رتل", "وحدات", "فصائل", "مقاتلو", "مقاتلي", "عناصر", "جيش", "طلائع", "مسلحو",
    "مسلحون", "قطعات"))
# "الإرهابيين", "المسلحين": a state's word for the armed foe it fights (assemble.TERROR_WORD)
_FOE_WORD = re.compile(r"[إا]رهابي|تكفيري|(?<![\w])(?:[وبل]?ال|لل)مسلح(?:ين|ون)(?![\w])")
# "استكمال تحرير مديريات شبوة", "استكملت القوات تطهير المدينة": completing a capture
_COMPLETE_WORDS = frozenset(("استكمال", "استكملت", "استكمل", "اكملت", "اكمال"))
# "تمكنت قوات الجيش من تحرير أربعة من الرهائن": people freed, not ground taken
_FREED_PEOPLE = frozenset(("الرهائن", "رهائن", "المختطفين", "مختطفين", "الاسري", "اسري", "المحتجزين", "الرهينه",
                           "رهينه", "المخطوفين"))
_FIRE_NOUNS = ("نيران", "النار")
_FIRE_OBJECTS = frozenset(("النار", "الرصاص", "نيرانهم", "النيران"))
_RAID_VERBS = frozenset(("اقتحمت", "اقتحم", "اقتحموا", "داهمت", "داهم", "داهموا", "مداهمه", "مداهمات"))
_ARREST_WORDS = frozenset(("اعتقلت", "واعتقلت", "اعتقل", "واعتقل", "اعتقلوا", "واعتقلوا", "اعتقال", "واعتقال",
                           "باعتقال", "اعتقالات"))
# "عقب مواجهات", "بعد معارك": battles named as what came before
AFTER_BACKGROUND = AFTER_WORDS | {"اثر", "واثر"}
# the plural relative pronoun: people who did what its clause tells
_WHO_PLURAL = frozenset(("الذين", "اللذين", "اللذان"))
# a place that "witnessed" the battles, "ها" their pronoun: their occasion ("معارك عنيفة شهدتها مدينة
# تعز"; not "أكثر المعارك ضراوة ما شهدته المنطقة": a summary of a campaign)
WITNESSED_IT = frozenset(("شهدتها", "تشهدها", "شهدها", "يشهدها"))
# "نصب مسلحون كمينا لدورية": the verb that sets an ambush, and the ambush's nouns
# a bare noun (no preposition, no "و"), the object a verbal noun names right after it: "خيام", "منزلا"
_OBJECT_NOUN = re.compile(r"^(?!(?:من|في|علي|الي|عن|مع|منذ|بعد|قبل|خلال)$)[^وبلفك\d]")
# "في سياق العدوان،", "في إطار الهجمات،": the frame a clause's own act is told in
_FRAME_NOUNS = frozenset(normalize_word(w) for w in ("سياق", "إطار", "اطار"))
# "لإطلاق صواريخ", "لشن هجمات": the purpose of using a place, to fire from it
_TO_LAUNCH_FORMS = frozenset(normalize_word(w) for w in ("لإطلاق", "لاطلاق", "لشن", "لتنفيذ"))
_SET_VERBS = frozenset(("نصب", "نصبت", "نصبوا", "نصبا", "ونصب", "ونصبت", "ونصبوا", "ونصبا"))
_AMBUSH_NOUNS = frozenset(("كمين", "كمينا"))
# (a dot after a lone letter is an initial, not a sentence's end: "شخص يدعى «س. ع» في الشيخ زويد")
# The first branch takes a run, not a character: one pass through the group per
# character made splitting 6 % of the corpus run (now under 2 %).
_SENTENCE = re.compile(r"(?:[^.!?؟\n]+|(?<=[\s«\"(][\u0621-\u064a])\.)+")
# "عنصر رابع", "جنديان آخران": one more member of the side counted before
_ONE_MORE_MEMBER = frozenset(normalize_word(w) for w in ("عنصر", "عنصران", "عنصرين", "جندي", "جنديان", "جنديين",
                                                         "مقاتل", "مقاتلان", "مقاتلين"))
_ONE_MORE_ORDINALS = frozenset(normalize_word(w) for w in ("ثالث", "رابع", "خامس", "سادس", "سابع", "آخر", "آخران",
                                                           "آخرين", "آخرون"))
_DISPLACED_FOR = re.compile(r"^[وف]?لل(?:نازح|لاج[ئي])")  # "للنازحين": whose camp, not whence
_DISPLACED = re.compile(r"^[وف]?(?:لل|ل|ال|بال)?(?:نازح|لاج[ئي])")  # "للنازحين", "اللاجئين"
# "خيام النازحين", "مراكز إيواء": where the displaced shelter (their place is where they were hit)
_SHELTER_NOUNS = frozenset(normalize_word(w) for w in ("خيام", "خيم", "خيمة", "مخيم", "مخيمات", "مراكز", "مركز",
                                                      "مدارس", "مدرسة", "تجمعات", "تجمع", "ملاجئ", "مأوى"))
_IMPLIED_WORDS = POLICE_POST_WORDS | MILITARY_POST_WORDS | CIVILIAN_VICTIM_WORDS | CONVOY_WORDS | {"عسكريه", "عسكري"}
# what a blast or a strike falls on ("على رتل", "على حاجز", "على مواقع")
_STRUCK_OBJECTS = HIT_PREMISES | MILITARY_POST_WORDS | TARGET_HINT_WORDS | OWNED_VEHICLES
# the words that may open a clause without "و" (clause_spans)
# "من جهة ... من جهة أخرى", "من طرف ... من طرف آخر", "من ناحية ... من ناحية أخرى": one side, then the other
_SIDE_WORD = frozenset({"جهه", "طرف", "ناحيه"})
# "هاجم فيها": the pronoun of what he attacked in (a speech: _analyse_clause)
_IN_IT = frozenset(("فيه", "فيها", "فيهما"))
# a village or town noun a toll told before its place ends on (_tolls_before_places)
_SETTLEMENT_NOUNS = frozenset(normalize_word(w) for w in ("قرية", "بلدة", "مدينة", "حي", "منطقة", "مخيم"))
_IN_SETTLEMENT = frozenset("ب" + w for w in _SETTLEMENT_NOUNS)
_SPEECH_STEMS = ("خطاب", "تصريح", "بيان", "تغريد", "مقال", "كلمه", "مقابله", "حديث")
# "في وقت سابق/لاحق": a time, not a while-clause
TIME_OF_DAY_AFTER = frozenset(("سابق", "لاحق", "مبكر", "متاخر", "متقدم", "قريب", "واحد"))
# "وسط اتهامات للتحالف بالوقوف وراء الضربة": the accusations' noun, as the verb "اتهم"
_ACCUSATION_NOUNS = frozenset(normalize_word(w) for w in ("اتهامات", "الاتهامات", "اتهام", "الاتهام"))
# "طائرة مسيرة إماراتية تعمل لصالح قوات حفتر": aircraft that work for a side
_WORKING_AIRCRAFT = frozenset(normalize_word(w) for w in ("طائرة", "طائرات", "مسيرة", "مسيرات", "مقاتلة", "مقاتلات",
                                                         "الطائرة", "الطائرات", "المسيرة", "المسيرات"))
# "لم يعلق", "لم تعلق": no comment
_NO_COMMENT_VERBS = frozenset(("يعلق", "تعلق"))
# "أن استهداف الأسواق يكشف الإفلاس العسكري للعدو": the verbs of a judgment whose subject is the act
_JUDGING_VERBS = frozenset(normalize_word(w) for w in (
    "يكشف", "تكشف", "يعكس", "تعكس", "يدل", "تدل", "يثبت", "تثبت", "يفضح", "تفضح", "يشكل", "تشكل",
    "يمثل", "تمثل", "يعد", "تعد", "يعتبر", "تعتبر", "يؤكد", "تؤكد", "يندرج", "تندرج"))
_CUT_WORDS = DOING_VERBS | CLAUSE_BREAKS | COMMA_CLAUSE_BREAKS | {a for a, _ in CLAUSE_BREAK_PAIRS} | {"حيث"}
_SUPPORT_OR_HIT_VERBS = SUPPORT_VERBS | ACTIVE_HIT_VERBS  # one set test per word in _roles
# word sets tested on every word of a clause, as the written forms that carry them
_SUPPORT_OR_HIT_FORMS = written_forms(_SUPPORT_OR_HIT_VERBS)
# the means a side acts with, named by its nation after "ب": "نُفّذ بطائرة مسيرة تركية"
_MEANS_NOUNS = frozenset(normalize_word(w) for w in ("طائرة", "طائرات", "مسيرة", "مسيرات", "مسيّرة", "مسيّرات",
                                                     "صاروخ", "صواريخ", "قذائف", "قذيفة", "مدفعية"))
# men a verb strikes, before the "من" of their side: 'استهدف "مخربين كبار من حماس"'
_MEN_NOUNS = frozenset(normalize_word(w) for w in ("مخربين", "مسلحين", "مقاتلين", "عناصر", "إرهابيين", "ارهابيين",
                                                   "قادة", "قياديين", "أعضاء", "افراد", "أفراد"))
# the dead and wounded counted ("17 شهيداً", "قتيلا", "جريحا"), after which "بينهم" lists victims
_DEAD_COUNT_NOUNS = written_forms(frozenset(normalize_word(w) for w in KILLED_NOUNS | {
    "جريحا", "جرحى", "مصابا", "مصابين", "قتلى", "شهيدا"}))
_DESTROY_VERBS = frozenset(normalize_word(w) for w in ("دمر", "دمرت", "دمروا", "أحرق", "أحرقت", "أحرقوا"))
# "ودمرتها معارك انتهت في كانون الثاني": "and destroyed it" with its object pronoun, after "و", opens
# what happened to the place before (its own subject, its own time), not the act told before it
_DESTROYED_IT = frozenset(v + p for v in _DESTROY_VERBS for p in ("ها", "ه", "هم", "هما"))
_FLYING_FORMS, _CLAIM_FORMS = written_forms(FLYING_WORDS), written_forms(CLAIM_VERBS)
# a side's own "claims it" (present or past, his or its): the claim of authorship of an act
_CLAIMS_IT = frozenset(w for w in CLAIM_VERBS if w.startswith(("تبن", "يتبن")))
_DESTROYED_FORMS = written_forms(DESTROYED_VERBS)
_SIDE_KILL_FORMS = written_forms(SIDE_KILL_VERBS)
# a claim whose object pronoun is the act told before it: "وتبناه تنظيم داعش" (or the two acts:
# "حصيلة الهجومين اللذين تبناهما التنظيم")
CLAIMED_IT_VERBS = frozenset(normalize_word(w) for w in ("تبناه", "تبنته", "تبناها", "تبنتها", "تبنياه",
                                                         "تبناهما", "تبنتهما"))
# "الذي أوقع 32 قتيلا": a relative clause that tells what an act left
_TOLL_RESULT_VERBS = frozenset(("اوقع", "خلف", "اسفر", "اودي", "قتل", "حصد"))
# "قدم تعازيه", "عزى", "يعزي": condolences, a saying and no act
_CONDOLENCE_STEMS = ("تعازي", "التعازي", "بالتعازي", "عزي", "يعزي", "تعزيه")
# "روى إمام مسجد قوات الطوارئ ... تفاصيل التفجير": who tells an act's story (a witness, an imam,
# one wounded) speaks of it; a side named inside his phrase is only part of his title
_NARRATE_VERBS = frozenset(normalize_word(w) for w in ("روى", "روت", "يروي", "تروي", "سرد", "سردت", "يسرد",
                                                       "تسرد"))
# "مقتل عنصر إرهابي واعتقال 13 آخرين أثناء عملية أمنية في مدينة سجنان": the operation's adjective
# (a trigger row of triggers.csv with "عملية"; it needs harm, as a raid does)
_SECURITY_ADJECTIVES = frozenset(normalize_word(w) for w in ("أمنية", "امنية"))
# "قتل 15 عنصراً من الحركة في عملية عسكرية نفذها فجر الجمعة": a military operation, as a
# security one, counts only beside harm (most are launched, planned or going on, no fight told)
_MILITARY_ADJECTIVES = frozenset(normalize_word(w) for w in ("عسكرية", "عسكريه"))
# "إنها", "بأنه": the "that" whose pronoun is the side before it (a claim: "إنها مسؤولة عن")
_SELF_THAT = frozenset(("انه", "انها", "انهم", "بانه", "بانها", "بانهم"))
_CLAIMED_ACTS = ("الهجوم", "الهجمات", "هجوم", "التفجير", "تفجير", "الاعتداء", "اعتداء", "العمليه", "الانفجار",
                 "قتل", "اغتيال", "خطف", "اختطاف", "استهداف", "الغاره", "قصف", "اسقاط")
_ASSASSINATION_FORMS, _VICTIM_FORMS = written_forms(ASSASSINATION), written_forms(VICTIM_WORDS)
_IMPLIED_FORMS = written_forms(_IMPLIED_WORDS)
_OFFICIAL_TITLE_FORMS = written_forms(OFFICIAL_TITLES)  # (_implied_target)
_SHIP_FORMS = frozenset(normalize_word(w) for w in SHIP_WORDS)
# "سفينة الشحن", "سفينة تجارية", "ناقلة نفط": what says a ship is a merchant's
_MERCHANT_MARKS = frozenset(normalize_word(w) for w in ("الشحن", "شحن", "تجارية", "التجارية", "نفط", "النفط",
                                                        "حاويات", "الحاويات", "بضائع", "البضائع", "الركاب"))
_SHIP_NAME_OPENERS = ("(", "«", '"', "“", "'")


def _merchant_ship(ct, k: int, text: str | None) -> bool:
    """"استهدفت السفينة (TUTOR)", "إغراق سفينة الشحن "إترنيتي سي"": a ship told by its
    name or its trade is a merchant ship and its crew civilians (not "أغرقت سفينة، وهاجمت
    سفينة أخرى" (Libya, 2015), a bare ship that may carry fighters, nor "سفينة حربية")."""
    if k + 1 >= len(ct):
        return False
    after = ct[k + 1]
    if after.norm in _MERCHANT_MARKS or after.text.isascii() and after.text.isalpha():
        return True
    return text is not None and text[ct[k].end:after.start].strip().startswith(_SHIP_NAME_OPENERS)
# a fight's words, not an attack's ("هجوم دام ... مقتل إسرائيليين اثنين بإطلاق نار" hit people)
_FIGHT_STEMS = tuple(s for s in CLASH_STEMS if s not in ("هجوم", "الهجوم", "هاجم", "اقتحام", "اقتحم"))
_MILITARY_HEAD_FORMS, _GENERIC_MILITIA_FORMS = written_forms(MILITARY_HEADS), written_forms(GENERIC_MILITIA)
_NORM, _START, _END = attrgetter("norm"), attrgetter("start"), attrgetter("end")
# "عثرت القوات الأمنية على منصة الإطلاق": where the launcher was found (_launch_cues)
_FIND_FORMS = written_forms(FIND_VERBS)
_LAUNCHER_NOUNS = frozenset(normalize_word(w) for w in ("منصة", "منصات", "منصتي", "منصتين", "قاذفة", "راجمة"))
_LAUNCH_FORMS = written_forms(LAUNCH_VERBS) | frozenset(LAUNCHED_FROM_IT)  # (_launch_cues)
# "قصفت إحدى طائرات سلاح الجو الليبي من قاعدة طبرق الجوية أحد المراكب": the air base aircraft flew
# from, after the aircraft or their take-off (_launch_cues); not "القريبة من قاعدة العند" (near it), nor
# "إسقاط طائرة مسيرة حاولت الاقتراب من قاعدة فكتوريا" (a drone that came near it)
_WAS = frozenset(normalize_word(w) for w in ("كان", "كانت"))  # (_fire_was)
_AIR_BASE_NOUNS = frozenset(normalize_word(w) for w in ("قاعدة", "قاعدتي", "مطار"))
_FLYING_WORDS = frozenset(normalize_word(w) for w in (
    "طائرة", "طائرات", "الطائرة", "الطائرات", "طائرتين", "مقاتلة", "مقاتلات", "المقاتلات", "طيران", "الطيران",
    "مروحية", "مروحيات", "المروحيات", "الجو", "الجوي", "أقلعت", "انطلقت", "انطلاقا"))
_NEAR_WORDS = frozenset(normalize_word(w) for w in (
    "قرب", "القرب", "بالقرب", "قريب", "قريبة", "القريب", "القريبة", "مقربة", "اقتربت", "اقترب", "الاقتراب",
    "اقتراب", "تقترب", "يقترب"))
_COUNTED_HEADS = SERVICE_MEMBERS | {"عسكريا"}  # the service members counted (_actors)
_NAVIGATION_WORDS = frozenset(normalize_word(w) for w in ("الملاحة", "ملاحة", "الملاحه"))  # (_shipping_lane)
# a tally's span, when weeks or longer (_statistic): "بعد شهرين شهدا أكثر من عشر هجمات"
_LONG_SPAN_UNITS = frozenset(SPAN_UNITS - {normalize_word(w) for w in
                                           ("يوم", "يومين", "ايام", "ساعه", "ساعتين", "ساعات")})
_SINCE = frozenset(("منذ",))
# the nouns a risen toll (casualties.TOLL_RISE_WORDS) is told with: "ارتفاع حصيلة ضحايا تفجير ..."
_TOLL_OF_WORDS = frozenset(normalize_word(w) for w in ("ضحايا", "قتلى", "شهداء", "حصيلة", "جرحى", "مصابي"))
# an earlier toll: "حصيلة سابقة", "الحصيلة السابقة" (analyse_sentence)
_TALLY_NOUNS = frozenset(normalize_word(w) for w in ("حصيلة", "الحصيلة"))
_EARLIER_ADJ = frozenset(normalize_word(w) for w in ("سابقة", "السابقة"))
# "في المائة" (its last word) or "بالمئة": a share ("70 في المائة من ضحايا القصف")
_PER_CENT = frozenset(normalize_word(w) for w in ("المائة", "المئة", "بالمائة", "بالمئة"))
_SIDE_ADJ_ENDINGS = ("يه", "يين", "يون")  # (the side adjectives' endings _actors reads)
# The word sets _actors, _speaker, _victim and _roles test a word against through its stems, as
# the written forms that carry them: `norm in _X_FORMS` says what `not X.isdisjoint(stems(norm))`
# says (written_forms is stems' exact inverse), with one set lookup instead of a call and a tuple
# per word (those tests, over each side's neighbours, were a good part of the two functions)
_ABDUCTEE_WORDS_FORMS = written_forms(ABDUCTEE_WORDS)
_ACTIVE_HIT_VERBS_FORMS = written_forms(ACTIVE_HIT_VERBS)
_AGGRESSION_HEADS_FORMS = written_forms(AGGRESSION_HEADS)
_ATTACKER_NOUNS_FORMS = written_forms(ATTACKER_NOUNS)
# "اشتباكات بين ... إثر هجوم شنه": what a clash came of, told after its sides
_STARTED_BY_WORDS = frozenset(normalize_word(w) for w in ("إثر", "اثر", "بعد", "عقب"))
# an indefinite alliance "of" a side ("تحالف لفصائل المعارضة"; "التحالف" alone names a coalition side)
_COALITION_NOUNS = frozenset(normalize_word(w) for w in ("تحالف", "تحالفا", "ائتلاف", "ائتلافا"))
_ATTRIBUTION_GUESS_FORMS = written_forms(ATTRIBUTION_GUESS)
_ATTRIBUTION_VERBS_FORMS = written_forms(ATTRIBUTION_VERBS)
_BLAME_VERBS_FORMS = written_forms(BLAME_VERBS)
_BODY_WORDS_FORMS = written_forms(BODY_WORDS)
_CARRIER_NOUNS_FORMS = written_forms(CARRIER_NOUNS)
_CIVILIAN_VICTIM_WORDS_FORMS = written_forms(CIVILIAN_VICTIM_WORDS)
_CONDEMN_VERBS_FORMS = written_forms(CONDEMN_VERBS)
_DOER_NOUNS_FORMS = written_forms(DOER_NOUNS)
_GARRISON_VERBS_FORMS = written_forms(GARRISON_VERBS)
# "والميليشيات المساندة لها", "والمسلحين الموالين لها": allies joined to the side before
_ALLY_AFTER = frozenset(normalize_word(w) for w in (
    "المساندة", "المساندين", "المساند", "الموالية", "الموالين", "الموالي", "الرديفة", "الرديفين",
    "الحليفة", "الحليفين", "المتحالفة", "المتحالفين", "الداعمة", "الداعمين"))
_TO_IT = frozenset(normalize_word(w) for w in ("لها", "له", "لهم", "لهما"))
# an armed side's sites, whose dead "among them civilians" were not all civilians
_ARMED_SITE_FORMS = frozenset(normalize_word(w) for w in (
    "مواقع", "مقرات", "مستودعات", "مخازن", "ثكنات", "معسكرات", "تجمعات", "نقاط"))
# the sites fire is launched from ("أطلقت من قواعد الحرس", "من مواقع", "من منصات")
_LAUNCH_SITE_FORMS = frozenset(normalize_word(w) for w in (
    "قاعدة", "قاعدتي", "قاعدتين", "قواعد", "مواقع", "موقع", "منصات", "منصة", "مقرات", "مقر", "معسكر", "معسكرات",
    # the owner's pronoun on them: "بصواريخ أطلقت من مواقعها في ريف إدلب الجنوبي الشرقي"
    "مواقعها", "مواقعه", "مواقعهم", "قواعدها", "قواعده", "قاعدتها", "قاعدته", "نقاطها", "نقاطه", "نقاطهم",
    "مقراتها", "مقراته", "مقراتهم"))
_GROUP_HEADS_FORMS = written_forms(GROUP_HEADS)
_HARM_WORDS_FORMS = written_forms(HARM_WORDS)
_HIT_PREMISES_FORMS = written_forms(HIT_PREMISES)
_MILITARY_ADJECTIVES_FORMS = written_forms(MILITARY_ADJECTIVES)
_NEUTRALISE_FORMS = written_forms(NEUTRALISE)
_OPEN_FIRE_VERBS_FORMS = written_forms(OPEN_FIRE_VERBS)
_OWNED_VEHICLES_FORMS = written_forms(OWNED_VEHICLES)
_PARTITIVE_HEADS_FORMS = written_forms(PARTITIVE_HEADS)
_PLACE_BEFORE_COUNTRY_FORMS = written_forms(PLACE_BEFORE_COUNTRY)
_PURSUE_WORDS_FORMS = written_forms(PURSUE_WORDS)
_REPEL_VERBS_FORMS = written_forms(REPEL_VERBS)
_ACCUSE_VERBS_FORMS = written_forms(ACCUSE_VERBS)
# "إنه", "أنها", "بأنهم": "that" with the speaker's own pronoun, opening what it said
_THAT_PRONOUNS = frozenset(w for w in SELF_CLAIM if w.startswith(("ان", "بان")))
_SPEAKER_TITLES_FORMS = written_forms(SPEAKER_TITLES)
_SPONSOR_BEFORE_FORMS = written_forms(SPONSOR_BEFORE)
_STRUCK_VERBS_FORMS = written_forms(STRUCK_VERBS)
_SUBJECT_PARTITIVE_HEADS_FORMS = written_forms(SUBJECT_PARTITIVE_HEADS)
_SUPPORT_VERBS_FORMS = written_forms(SUPPORT_VERBS)
_TARGET_HINT_WORDS_FORMS = written_forms(TARGET_HINT_WORDS)
_NARRATE_VERBS_FORMS = written_forms(_NARRATE_VERBS)
_OCCURRENCE_VERBS_FORMS = written_forms(OCCURRENCE_VERBS)
_HARM_OR_VICTIM_FORMS = written_forms(HARM_WORDS | VICTIM_WORDS)
_RESIDENCE_WORDS_FORMS = written_forms(RESIDENCE_WORDS)
_CIVILIAN_NOT_GENERIC_FORMS = written_forms(CIVILIAN_VICTIM_WORDS - GENERIC_PERSON_WORDS)  # (_names_civilians)


# "منذ سيطرته", "منذ سيطرة التنظيم", "منذ استيلائهم", "منذ احتلال": a rule's span (not "منذ
# دخوله المسجد": since he walked in, minutes)
SINCE_TAKEOVER_STEMS = ("سيطره", "سيطرت", "استيل", "احتلال")


# "على" with the pronoun of a relative's antecedent: "المناطق التي سيطرت عليها", the place held
# (not "المقاومة التي سيطرت على المنطقتين": the antecedent is the doer) (_accept_trigger)
_ON_IT = frozenset(normalize_word(w) for w in ("عليها", "عليه", "عليهما", "عليهم"))


# a vehicle seized with its people is a hijack, whatever clause tells it (_accept_trigger)
_SEIZED_CARRIERS = OWNED_VEHICLES | frozenset(normalize_word(w) for w in ("قطار", "القطار", "طائرة", "الطائرة"))


# the habitual cues that say how often ("بانتظام", "يوميا"): _misread_cue
_HOW_OFTEN = frozenset(normalize_word(w) for w in ("بانتظام", "يوميا", "يومياً", "باستمرار"))


# what makes "ضربة" a figure: a crushing, painful, strong or deciding blow (_accept_trigger)
_BLOW_FIGURES = frozenset(normalize_word(w) for w in (
    "قاصمة", "القاصمة", "موجعة", "الموجعة", "مؤلمة", "المؤلمة", "قوية", "القوية", "قاضية", "القاضية"))


def _fire_described_from(ct, h: int) -> int:
    """Where the act's describing adjectives before token h begin, walking back over them and
    over those joined by "و" ("صاروخي ومدفعي"): h itself when none stands right before it."""
    k = h
    while k > 0 and (ct[k - 1].norm in FIRE_DESCRIBERS
                     or ct[k - 1].norm[:1] == "و" and ct[k - 1].norm[1:] in FIRE_DESCRIBERS):
        k -= 1
    return k


def _past_remnants(ct, i: int) -> int:
    """Where a side named as its remnants begins: "بقايا عصابات داعش", "فلول تنظيم داعش" (the
    remnants of a group are the group), walking back from the name at i over the remnant word
    and a group's head noun; i itself when none stands before it."""
    k = i
    while k > 0 and (ct[k - 1].norm in GROUP_HEAD_WORDS or ct[k - 1].norm in ORGANISATION_HEADS):
        k -= 1
    return k - 1 if k > 0 and ct[k - 1].norm in REMNANT_WORDS else i


_SPAN_DAYS = {normalize_word(w): d for w, d in (("يوم", 1), ("يومين", 2), ("أسبوع", 7), ("أسبوعين", 14),
                                                ("ساعة", 0), ("ساعتين", 0), ("ساعات", 0))}


def _span_back_days(ct, mark: int, triggers, targets) -> int | None:
    """"الهجوم، الذي يأتي بعد أسبوع من غارة أمريكية استهدفت ... في جرف النصر": with the act
    before the time mark a back-reference ("الهجوم") and the act and its places after it, the
    clause tells the earlier act, a span (a day, two, a week; hours: the same day) before the one
    referred to; None for a vague span ("بعد أيام") or when the clause's own act comes first."""
    if not all(t.i > mark or ct[t.i].norm.lstrip("وفب").startswith("ال") for t in triggers) or not any(
            t.i > mark for t in triggers) or not targets or any(p.start < ct[mark].start for p in targets):
        return None
    for x in range(mark + 1, min(mark + 4, len(ct))):
        days = _SPAN_DAYS.get(ct[x].norm)
        if days is not None:
            # (a count before the unit: "بعد 3 أيام" is left vague, its unit not in the table)
            return days
    return None


# "من مناطق انتشار قسد", "من مناطق سيطرة النظام": whose areas they are
_HELD_AREA_WORDS = frozenset(normalize_word(w) for w in ("انتشار", "سيطرة", "تمركز", "نفوذ", "تواجد", "وجود"))
# the finite verbs of accusing, whose subjects (the accusers) follow them
_ACCUSE_FINITE = frozenset(normalize_word(w) for w in ("اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا", "اتهمتا"))


def _origin(ct, k: int) -> bool:
    """"مسلحين حوثيين من محافظة عمران", "القادمين على الارجح من غابة سامبيسا": the place
    at token k (or a list it ends, "من محافظتي صعدة وعمران") is where people or a vehicle
    came from, not where the act happened. Its "من" is at most three words back."""
    frm = next((x for x in range(k - 1, max(-1, k - 4), -1) if ct[x].norm == "من"), None)
    if frm is None:
        return False
    if any(not COMING_WORDS.isdisjoint(stems(ct[x].norm)) for x in range(max(0, frm - 3), frm)):
        return True
    # the fighters right before "من", or with one word (their side: "حوثيين") between
    return any(ct[x].norm.lstrip("و") in UNDEFINED_FIGHTERS for x in range(max(0, frm - 2), frm))


# "تهدف إلى حماية الملاحة", "بهدف تأمين": an act's stated aim
_AIM_WORDS = frozenset(normalize_word(w) for w in ("تهدف", "يهدف", "بهدف", "الهادفة", "الهادف", "تهدفان",
                                                  "يهدفان", "هدفها", "هدفه"))
# "شاب فلسطيني من قطاع غزة", "مواطن يمني من محافظة إب": one person, his people and his home
_PERSON_NOUNS = frozenset(normalize_word(w) for w in ("شاب", "شابا", "مواطن", "مواطنا", "رجل", "رجلا", "امرأة",
                                                     "سيدة", "طفل", "طفلا", "طفلة", "فتى", "فتاة", "شخص", "شخصا"))

# people hit as people, not as a crowd of "persons" (_implied_target's post named as where)
_NAMED_PERSON_VICTIMS = frozenset(normalize_word(w) for w in (
    "شاب", "شابا", "شابان", "شابين", "شبان", "مواطن", "مواطنا", "مواطنان", "مواطنين", "طفل", "طفلا", "طفلان",
    "طفلين", "أطفال", "فتى", "فتيين", "امرأة", "سيدة"))


def _person_from(ct, k: int) -> bool:
    """Place token k follows "PERSON NISBA من" ("شاب فلسطيني من"), as far as a place noun between."""
    frm = next((x for x in (k - 1, k - 2) if x >= 2 and ct[x].norm == "من"), None)
    return frm is not None and ct[frm - 1].norm.endswith(("ي", "يا")) and ct[frm - 2].norm in _PERSON_NOUNS


def _killed_of(ct, i: int) -> bool:
    """"قتلت مخططاً من التنظيم": the side at i is whom one killed was of (the partitive "من" right
    before it, a kill verb one or two words before that)."""
    return i > 2 and ct[i - 1].norm == "من" and any(
        ct[x].norm in AMBIGUOUS_KILL_VERBS for x in range(max(0, i - 4), i - 1))


def _security_operation(ct, m) -> bool:
    """The trigger m is "عملية أمنية" (triggers.csv): the noun and the security adjective."""
    return m.j - m.i == 2 and ct[m.i + 1].norm in _SECURITY_ADJECTIVES


def _military_operation(ct, m) -> bool:
    """The trigger m is "عملية عسكرية" (triggers.csv): the noun and the military adjective."""
    return m.j - m.i == 2 and ct[m.i + 1].norm.removeprefix("ال") in _MILITARY_ADJECTIVES


def _index_of(ct, p) -> int:
    """The token where place reference p starts (len(ct) when past the clause): the
    first that starts at or after it, found by bisection (tokens are in text order)."""
    return bisect_left(ct, p.start, key=_START)


@dataclass
class Mention:
    sentence: tuple[int, int]  # offsets of the sentence in the cleaned text
    clause: tuple[int, int]
    order: int
    sub_event_type: str
    weapons: set[str]
    actor1: str | None
    actor2: str | None
    targets: list[PlaceRef]
    launch: PlaceRef | None
    attacker_base: PlaceRef | None  # "خلايا داعش في بادية الميادين": where the attacker was
    date: date | None
    date_precision: str
    casualties: Casualties
    reporters: set[str]
    anaphoric: bool  # a definite noun ("القصف") with nothing new: refers back
    anaphoric_place: bool  # "في المنطقة": the place said before
    distinct: bool  # "هجوم آخر / جديد": never merged with an earlier act
    reprisal: bool
    explicit_actors: set[str] = field(default_factory=set)
    # who the clause implies was hit when it names no side: "Civilians"
    # ("قتل أربعة أشخاص", a market, a mosque's worshippers), "police" or
    # "military" (a checkpoint, a patrol, soldiers); "" when it says nothing
    implied_target: str = ""
    # the trigger names a kind of act or a means ("تفجير انتحاري", "خطف"), not only
    # a generic "هجوم": enough for a one-sentence report that names no side
    specific: bool = False
    # "وقع تفجير مماثل في ناحية كنعان": an act like the one told before it
    similar: bool = False
    # "استهدفت مستودعاً في حي هرابش حيث قتل 9، وموقعاً في الميادين قتل فيه 6":
    # each target place's own toll, when the clause tells one per place
    target_tolls: dict = field(default_factory=dict)
    # "استهدفت مقر الحزب الديمقراطي الكردستاني الإيراني في بلدة كويسنجق، ومقرات لحزب كومله في منطقة
    # زركويز": each target place's own side, when the clause names one before each of two places
    target_sides: dict = field(default_factory=dict)
    # the clause's unnamed target is "the terrorists" ("مواقع الإرهابيين"): the
    # attacker's own word for its enemy, resolved by the assembler
    terror_target: bool = False
    # "اشتباكات بين الجيش والدعم السريع": the clause names two sides, not who attacked
    between: bool = False
    # "كما قصفت قوات النظام مدينة سرمين": an act told as one more ("also"), never the
    # act before it retold at a nearby place
    also: bool = False
    # "وكان سليماني ... قد قتلا بغارة ... فجر الجمعة الماضي": "had been" with a day well before
    # the report: an act recalled, background beside an article's news
    recalled: bool = False
    # "عن الهجوم، الذي يأتي بعد أسبوع من غارة أمريكية استهدفت ...": an earlier act told as what
    # the act before came a span after, with no day of its own: that many days before it
    span_back: int | None = None
    # every side the clause names, whatever its role ("حيث تنتشر «قسد» وقوات النظام": who is there)
    named: frozenset = frozenset()
    # "مقتل شخصين يعتقد أنهما من مقاتلي حزب العمال": its target is the side the dead were said
    # to belong to, a surer word than another report's "two persons" (civilians)
    dead_of_side: bool = False
    # "غارات على مبان تحصن فيها المهاجمون": its unnamed target is "the attackers", the doer of an
    # attack told before (resolved by the assembler)
    attackers_target: bool = False
    # the sides named as backing the attacker ("بإسناد من المقاتلات التركية"), read only when the
    # clause's target is unnamed: the foe of its backer is the foe it fought (assembler)
    backers: set = field(default_factory=set)
    # "قالت قوات الدعم السريع إنها هاجمت «ثلاثة معسكرات للجيش»، نافية استهداف المدنيين": a side's
    # own version told with its denial of the report's: it names no side hit over the report's
    denying: bool = False
    # "صدت قوات البيشمركة هجوماً شنته قوات عراقية": the defender and the attacker both named by a
    # repel verb fought each other, even when they count as allies elsewhere (assembler)
    repelled: bool = False


def _another_name(ct, k) -> bool:
    """A bare group head with a definite adjective of its own ("فصائل الجبهة الجنوبية" after
    "جبهة النصرة", "الحزب الديمقراطي" after "حزب العمال") names another group; the reporter's
    epithet ("التنظيم الإرهابي", "التنظيم المتطرف") still stands for the one named before."""
    nxt = ct[k + 1].norm if k + 1 < len(ct) else ""
    return nxt.startswith("ال") and nxt not in TERROR_EPITHETS and nxt not in GROUP_EPITHETS


# "ومسلحين حاولوا اقتحامها": who tried (to storm, to enter) a site
ATTEMPT_VERBS = frozenset(normalize_word(w) for w in ("حاولوا", "حاولت", "حاول", "يحاولون", "تحاول", "يحاول"))
# "مسلحو تنظيم ...", "عناصر حزب ...": the men of the side named right after
FIGHTERS_OF = frozenset(normalize_word(w) for w in ("مسلحو", "مسلحي", "مقاتلو", "مقاتلي", "عناصر"))
# "بقذائف إرهابيي النصرة": a side's "terrorists", between a weapon and the side, fired it
TERRORISTS_OF = frozenset(normalize_word(w) for w in ("إرهابيو", "إرهابيي"))


# what follows a dateline's city: "(رويترز) -", "(أ ف ب) -", " - سانا", ":"
# al-Quds al-Arabi's "بغداد ـ «القدس العربي»:" sets a lone tatweel, after a space, for the dash
_DASH = r"(?:[-–—]|(?<=\s)ـ)"
DATELINE_AFTER = re.compile(rf"\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:{_DASH}|:)")


# a byline at a paragraph's head: the writers (one or several, "محمد المواسي، عمر عريبي"), then
# the outlet between dashes, "خالد علي – سبق – ", before the town the report was filed from
BYLINE_BEFORE = re.compile(r"(?:^|\n)\s*[^\n\-–—:.]{2,40}[-–—][^\n\-–—:.،]{2,20}[-–—]\s*$")


_W = r"[^\s\d.،,:;()\-–—]{1,20}"
_MONTHS = ("يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
           "|كانون الثاني|كانون الأول|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني")
# "عاجل | مسيرة تركية ثانية تستهدف نقطة ...": each flash line of a live report is a
# headline of its own, whose present tense is its news as a title's is
FLASH_HEAD = re.compile(r"\s*عاجل\s*[|:]")
DATELINE_HEAD = re.compile(
    # (a flash item's "عاجل |" may come first: "عاجل | الأخبار (نواكشوط) - استهدف هجوم")
    r"(?:\s*عاجل\s*\|)?(?:"
    rf"\s*(?:{_W}\s+){{0,3}}{_W}\s*(?:\([^()\n]{{1,30}}\)\s*)?{_DASH}\s*(?:{_W}\s+){{0,2}}{_W}\s*:\s*"
    rf"|\s*(?:{_W}\s+)?{_W}\s*\([^()\n]{{1,30}}\)\s*[-–—:]\s*"
    # NNA's "وطنية - النبطية -", "وطنية - صور -": the outlet, then the town it filed from
    rf"|\s*{_W}\s*[-–—]\s*(?:{_W}\s+){{0,2}}{_W}\s*[-–—]\s+"
    # "نابلس 27-2-2023 وفا-"
    rf"|\s*{_W}\s+\d{{1,2}}-\d{{1,2}}-\d{{4}}\s*{_W}\s*[-–—:]\s*"
    # "القاهرة/ الأناضول -"
    rf"|\s*(?:{_W}\s+)?{_W}\s*/\s*(?:{_W}\s+)?{_W}\s*[-–—:]\s*"
    # "القاهرة في 10 أبريل /أ ش أ/", "مقديشو 30 أكتوبر 2022 (شينخوا)"
    rf"|\s*(?:{_W}\s+)?{_W}\s+(?:في\s+)?\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?\s*"
    r"(?:/[^/\n]{1,20}/|\([^()\n]{1,20}\))\s*)")


class _LazyDates:
    """A sentence's dates, found the first time a clause needs them."""
    __slots__ = ("text", "published", "found")

    def __init__(self, text: str, published):
        self.text, self.published, self.found = text, published, None

    def __call__(self) -> list:
        if self.found is None:
            self.found = find_dates(self.text, self.published)
        return self.found


class _LazyReporters:
    """A sentence's reporters, found the first time a clause makes a mention (nearly half the
    sentences with a trigger word make none)."""
    __slots__ = ("index", "toks", "found")

    def __init__(self, index, toks):
        self.index, self.toks, self.found = index, toks, None

    def __call__(self) -> set[str]:
        if self.found is None:
            self.found = {m.value for m in self.index.find(self.toks)}
        return self.found


def sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]  # (one call per match)


# "قنابل الصوت", "القنابل الصوتية": stun grenades, a crowd's dispersal, not bombs
_STUN_WORDS = frozenset(normalize_word(w) for w in ("الصوت", "صوت", "صوتية", "الصوتية"))
_SPAN_WORDS = frozenset(normalize_word(w) for w in ("يوم", "يومين", "أيام", "ساعات", "ساعة", "أسبوع", "أسابيع"))
# "لعشرات الغارات", "مئات الهجمات": a vague count of many acts
_DOZENS = frozenset(normalize_word(w) for w in ("عشرات", "مئات"))


def _after_a_span(ct, i: int) -> bool:
    """The token at i follows "بعد (يوم واحد|أيام|ساعات) من": the act a span before another."""
    return i > 2 and ct[i - 1].norm == "من" and (
        ct[i - 2].norm in _SPAN_WORDS and ct[i - 3].norm == "بعد"
        or i > 3 and ct[i - 2].norm in ("واحد", "واحده", "قليله") and ct[i - 3].norm in _SPAN_WORDS
        and ct[i - 4].norm == "بعد")


def _a_day_after(ct, i: int) -> bool:
    """The token at i follows "بعد يوم (واحد) من": the act the day before another."""
    return _after_a_span(ct, i) and (ct[i - 2].norm == "يوم" or ct[i - 3].norm == "يوم")


def _denies_it(ct, j: int) -> bool:
    """A deny verb right after the side ending at j, then its responsibility ("تنفي مسؤوليتها")."""
    return j + 1 < len(ct) and ct[j].norm in DENY_VERBS and ct[j + 1].norm.removeprefix("ال").startswith("مسؤولي")


def _denier(ct, i: int, j: int) -> bool:
    """The side at i..j right after a deny verb, then (any) link of it to the act ("نفت حركة
    طالبان باكستان أي علاقة لها", "ينفي الحزب مسؤوليته")."""
    if not i or ct[i - 1].norm not in DENY_VERBS or j >= len(ct):
        return False
    k = j + 1 if ct[j].norm == _ANY and j + 1 < len(ct) else j
    return ct[k].norm.removeprefix("ال").startswith(_DENIED_PART_STEMS)


_ANY = normalize_word("أي")
_NO_WORDS = frozenset(normalize_word(w) for w in ("عدم", "دون", "بدون", "لا", "لم"))
_LOSS_WORDS = frozenset(normalize_word(w) for w in ("خسائر", "إصابات", "ضحايا", "قتلى", "جرحى"))


def _no_losses_before(ct, i: int) -> bool:
    """"عدم وقوع خسائر في صفوف X", "دون إصابات في صفوف X": no loss told, right before the side."""
    return i > 1 and ct[i - 1].norm in ("صفوف", "بين") and any(
        ct[x].norm in _LOSS_WORDS and any(ct[y].norm in _NO_WORDS for y in range(max(0, x - 2), x))
        for x in range(max(0, i - 4), i - 1))


def _military_site(place) -> bool:
    """A base or an air base (the gazetteer files air bases as airports)."""
    return getattr(place, "kind", "") == "base" or "air base" in place.name.lower() or \
        place.name.lower().endswith("airbase")


def _personal_crime(ct) -> bool:
    """A beating, harassment, a private person's violence on a spouse, a quarrel
    in the family (PERSONAL_CRIME_WORDS): a crime of the local pages, not of the conflict."""
    norms = [t.norm for t in ct]
    if not PERSONAL_CRIME_WORDS.isdisjoint(norms):
        return True
    if not SPOUSE_WORDS.isdisjoint(norms) and any(not PRIVATE_DOERS.isdisjoint(stems(n)) for n in norms):
        return True
    # (each word loop below runs only when the clause holds its first word: a set test in C)
    if not PRIVATE_DEED_OPENERS.isdisjoint(norms) and any(
            n in PRIVATE_DEED_OPENERS and x + 1 < len(norms) and norms[x + 1] in PRIVATE_DEED_DOERS
            for x, n in enumerate(norms)):
        return True  # "أقدم شاب على قتل ثلاثة أشخاص": a private person's deed
    if not KIN_VICTIM_WORDS.isdisjoint(norms) and any(
            n in KIN_VICTIM_WORDS and x and norms[x - 1] == "علي" for x, n in enumerate(norms)) and any(
            not PRIVATE_DEED_DOERS.isdisjoint(stems(n)) for n in norms):
        return True  # "القبض على مواطن أطلق النار على شقيقه": a family crime
    if PERSONAL_QUARREL_HEADS.isdisjoint(norms) and SHARP_TOOL[0].isdisjoint(norms):
        return False
    return any((n in PERSONAL_QUARREL_HEADS and x + 1 < len(norms) and (
        norms[x + 1] in PERSONAL_QUARREL_KINDS
        or norms[x + 1] in ("خلاف", "خلافات") and x + 2 < len(norms) and norms[x + 2] in PERSONAL_QUARREL_KINDS))
               or (n in SHARP_TOOL[0] and x + 1 < len(norms) and norms[x + 1] in SHARP_TOOL[1])
               for x, n in enumerate(norms))


# what may stand between "في" and the force the counted men belong to ("بينهم عناصر في ميليشيا ...")
MEMBER_OF_HEADS = frozenset(normalize_word(w) for w in ("ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "صفوف"))


# the compass's nouns, as in "إلى الشمال من عدن"
_COMPASS_NOUNS = frozenset(normalize_word(w) for w in ("الشمال", "الجنوب", "الشرق", "الغرب"))
# the sides a resistance fights beside ("الجيش الوطني والمقاومة"): one end of a three-sided "بين"
_ARMY_AND_RESISTANCE = frozenset({"_resistance", "Yemeni government forces"})


def _after_between(ct, i: int, actors) -> bool:
    """The side at i opens a fight's "بين", right after it or past its men's noun and "من"
    ("بين قوات النظام", "بين عناصر من ميليشيا فاطميون") when another side follows close
    after it (not "بين عناصر من حركة فتح ومجموعات اسلامية متشددة": that fight's other end
    goes unnamed, and its men's side is read as before)."""
    if i and ct[i - 1].norm == "بين":
        return True
    j = next((j for i2, j, *_ in actors if i2 == i), i + 1)
    return i > 2 and ct[i - 3].norm == "بين" and ct[i - 1].norm == "من" \
        and ct[i - 2].norm in PARTITIVE_HEADS | GROUP_HEADS and any(j < i2 <= j + 5 for i2, *_ in actors)


def _dead_were_of(ct, i: int, trigger_at=frozenset()) -> bool:
    """The dead of the act told as the side's men, after the toll ("ما أسفر عن مقتل شخصين،
    يعتقد أنهما من مقاتلي حزب العمال الكردستاني", "مقتل شخصين قالت المصادر إنهما يعملان لصالح
    ميليشيا لواء فاطميون", "من بين الضحايا القيادي في كتائب حزب الله"): "they were" or "the
    victims" at most six words before the side, only membership words between, and a kill or
    injury word before it in the clause. A careful reader takes the persons killed as that
    side's, not as civilians."""
    for x in range(i - 1, max(-1, i - 7), -1):
        if x in trigger_at:
            return False
        w = ct[x].norm
        if w in DEAD_WERE_WORDS:
            return x + 1 < i and all(ct[y].norm in DEAD_WERE_BETWEEN for y in range(x + 1, i)) and any(
                not VICTIM_WORDS.isdisjoint(stems(ct[y].norm)) for y in range(0, x))
        if w not in DEAD_WERE_BETWEEN:
            return False
    return False


# "مقتل القيادي في", "اغتيال قائد في": the killing a leader of a side is named after
_KILLING_NOUNS = frozenset(normalize_word(p + w) for w in ("مقتل", "اغتيال", "استشهاد", "تصفية")
                           for p in ("", "و", "ب"))
_RANK_ADJECTIVES = frozenset(normalize_word(w) for w in ("البارز", "بارز", "الميداني", "ميداني", "الكبير", "كبير"))


def _rank_of(ct, i: int) -> int | None:
    """Where the rank noun stands whose side is the actor at i ("القيادي في حركة حماس",
    "قائد بتنظيم القاعدة", "القيادي البارز في الحركة"), past an adjective; None if none."""
    k = i - 2 if i > 1 and ct[i - 1].norm == "في" else i - 1 if ct[i].norm.startswith("ب") else None
    if k is not None and k > 0 and ct[k].norm in _RANK_ADJECTIVES:
        k -= 1
    return k if k is not None and k >= 0 and ct[k].norm in RANK_NOUNS else None


# a civil office whose holder, named right after a clause's first, passive "قتل", was slain
# (not a commander's: "قتل قائد ..." is a fighter as often)
_KILLED_OFFICE = frozenset(normalize_word(w) for w in ("والي", "محافظ", "عمدة", "رئيس", "نائب", "وزير", "مدير"))
_QATAL = normalize_word("قتل")


def _assassination(ct) -> bool:
    """"اغتال", "اغتيال": the clause tells an assassination (ASSASSINATION); not one the man
    caught is implicated in ("متورط في عمليات اغتيال")."""
    if len(ct) > 2 and ct[0].norm == _QATAL and ct[1].norm in _KILLED_OFFICE:
        return True  # "قتل والي ولاية غرب دارفور ... على يد مسلحين": the passive, an official slain
    return names_any(ct, _ASSASSINATION_FORMS) and any(
        not _not_hit_by_this_act(ct, k) for k in token_hits(ct, _ASSASSINATION_FORMS))


def _names_civilians(ct, military_ok: bool = False) -> bool:
    """A word that says civilians ("مدنيين", "أطفال", "مسجد"), not only people
    ("أشخاص"), whom a clash or a strike on a base may have been fighters; with
    military_ok, not a vehicle the clause calls military within two words, there or
    again ("مرور حافلة مبيت عسكري ... وملصقتين بالحافلة")."""
    military = {s for k, t in enumerate(ct) if military_ok and any(
        ct[x].norm in ("عسكري", "عسكريه") for x in range(k + 1, min(k + 3, len(ct)))) for s in stems(t.norm)}
    if not military:  # (the usual case: one set lookup per word, in C)
        return names_any(ct, _CIVILIAN_NOT_GENERIC_FORMS)
    return any(any(s in CIVILIAN_VICTIM_WORDS and s not in GENERIC_PERSON_WORDS and s not in military
                   for s in stems(t.norm)) for t in ct)


# "بينهم مدنيون", "من بينهم مدنيون", "القتلى بين المدنيين": civilians told as a part of a toll
_AMONG_WORDS = frozenset(normalize_word(w) for w in ("بينهم", "بينهما", "وبينهم", "منهم", "ومنهم", "ضمنهم"))
# (a bare "بين" only right after the dead or hurt, or the panic a fight spread: "قتلى بين المدنيين",
# "وسط حالة من الهلع بين السكان"; "اشتباكات بين مواطنين ومسلحي داعش" names its sides)
_TOLL_NOUNS = frozenset(normalize_word(w) for w in ("قتلى", "القتلى", "جرحى", "الجرحى", "ضحايا", "الضحايا",
                                                    "إصابات", "الإصابات", "خسائر", "الخسائر",
                                                    "الهلع", "هلع", "الذعر", "ذعر", "الخوف", "خوف"))


def _caught_civilians(ct, k: int) -> bool:
    """The civilian word at k is told as part of a fight's toll ("ارتفاع حصيلة الاشتباكات ... إلى
    32 قتيلا، بينهم مدنيون", "اشتباكات أسفرت عن سقوط قتلى بين المدنيين"): in a clause whose act
    is a clash, people caught in the crossfire are its victims, not a side it was fought against."""
    return k > 0 and (ct[k - 1].norm in _AMONG_WORDS or (
        k > 1 and ct[k - 1].norm == "بين" and ct[k - 2].norm in _TOLL_NOUNS))


# "ردا على تعاون المجلس العسكري مع مرتزقة فاغنر": a cooperation a cause names
_COOPERATION_NOUNS = frozenset(normalize_word(w) for w in (
    "تعاون", "التعاون", "تنسيق", "التنسيق", "تعامل", "التعامل", "تواطؤ", "التواطؤ"))
# "رداً على جرائم الكيان الصهيوني في غزة": crimes are done to a people, not to the one who replies;
# their doer is not, for that, whom the reply struck
_CRIME_NOUNS = frozenset(normalize_word(w) for w in (
    "جرائم", "الجرائم", "جريمة", "الجريمة", "مجازر", "المجازر", "مجزرة", "المجزرة", "انتهاكات",
    "الانتهاكات"))
# "القائد المسؤول عن قتل الأطفال", "أحدهما متورط في عمليات اغتيال طالت مدنيين": the one struck or
# caught is held responsible for, or implicated in, an earlier act
_CHARGED_WITH = frozenset(normalize_word(w) for w in (
    "المسؤول", "مسؤول", "مسؤولا", "المسؤولة", "المسؤولين", "مسؤولين", "المسئول", "مسئول",
    "متورط", "المتورط", "متورطا", "متورطين", "المتورطين", "متهم", "المتهم", "متهما", "المتهمين", "متهمين"))


# "وسط حركة نزوح للأهالي": who fled the fighting, not whom it hit
_FLIGHT_WORDS = frozenset(normalize_word(w) for w in (
    "نزوح", "النزوح", "ونزوح", "تهجير", "التهجير", "فرار", "هروب", "نزح", "نزحت", "فر"))


def _not_hit_by_this_act(ct, k: int) -> bool:
    """The civilian word at k names people this act did not hit: those who fled it ("وسط حركة
    نزوح للأهالي"), or the victims of what the one the act struck or caught is held responsible
    for or implicated in ("استهدفت القائد المسؤول عن قتل الأطفال في مجدل شمس", "القبض على اثنين من
    خلايا داعش، أحدهما متورط في عمليات اغتيال طالت مدنيين"): that earlier act's victims, not this
    act's; the words between name that act ("عن قتل", "في عمليات اغتيال"), with no comma."""
    if k and ct[k - 1].norm in _FLIGHT_WORDS:
        return True  # ("حركة نزوح للأهالي": those who fled, told beside the act, were not its target)
    for x in range(k - 1, max(0, k - 7), -1):
        if ct[x].norm.lstrip("و") in _CHARGED_WITH and x + 1 < k and (
                ct[x + 1].norm in ("عن", "في") or ct[x + 1].norm.startswith("ب")):
            return True
    return False


# "اتهم X Y بتنفيذ الهجوم": what a side is accused of
_ACCUSED_OF = ("بتنفيذ", "بشن", "بالوقوف", "بارتكاب", "بالمسؤوليه", "بزرع",
               # "والحكومة تتهم الحوثيين بإطلاق صواريخ", "يتهم الجيش بقصف": accused of the act itself
               "باطلاق", "بقصف", "باستهداف", "بتفجير")
# "بزرع الألغام", "زرع عبوات": laying mines, no blast by itself (_accept_trigger)
_LAYING_NOUNS = frozenset(normalize_word(w) for w in ("زرع", "لزرع", "نشر", "لنشر", "تلغيم"))
# "النجاحات التي حققتها قوات التحالف في تطهير عدن": a side's achievements (_accept_trigger)
_ACHIEVEMENT_NOUNS = frozenset(normalize_word(w) for w in ("نجاحات", "انتصارات", "إنجازات", "مكاسب"))
# "تستغل تفجير أنقرة ذريعة": an act named as a pretext (_accept_trigger)
_PRETEXT_NOUNS = frozenset(normalize_word(w) for w in ("ذريعة", "ذرائع", "ذريعتها", "ذريعته", "كذريعة"))
# "الساري منذ", "القائم منذ": an agreement or a state in force since a day
_IN_FORCE = frozenset(normalize_word(w) for w in ("الساري", "السارية", "القائم", "القائمة", "المعمول"))
# "في خرق جديد لاتفاق وقف إطلاق النار", "انتهاكاً للهدنة": what breaches a truce
_BREACH_STEMS = ("خرق", "خروق", "انتهاك")
# "في أعنف ضربة منذ سريان وقف إطلاق النار": a truce an act is measured from is no truce report
_SINCE_TRUCE = frozenset(normalize_word(w) for w in ("منذ", "سريان", "دخول", "إعلان", "توقيع"))


def _mines_after(ct, k: int) -> bool:
    """Whether mines are named at k, past a demonstrative ("من تلك العبوات الناسفة")."""
    if k < len(ct) and ct[k].norm in DEMONSTRATIVES:
        k += 1
    return k < len(ct) and not _MINE_WORDS.isdisjoint(stems(ct[k].norm))


# the mines a clearing rids ground of (wordlists.MINE_WORDS, which NOT_TERRITORY holds, and their
# indefinite plurals and bombs, found further from the clearing's noun)
_MINE_WORDS = MINE_WORDS | {normalize_word(w) for w in ("عبوات", "متفجرات", "القنابل")}


def _bare_word(norm: str) -> str:
    """A word without its "و", "ب"/"ل" and "ال" ("للهدنة", "والخرق")."""
    return without_clitics(norm).removeprefix("ال").removeprefix("ل")


def _civilians_among_the_dead(ct) -> bool:
    """"ارتفاع حصيلة الاشتباكات ... إلى 32 قتيلاً و159 جريحاً، بينهم مدنيون": civilians named only
    after "among them" are among a toll's dead, no side of the fight (ACLED codes the clash);
    named on their own they are."""
    civil = [k for k in range(len(ct)) if _names_civilians(ct[k:k + 1])]
    return bool(civil) and all(k and ct[k - 1].norm in AMONG_THEM for k in civil)


def _comparison(ct, x: int, until: int, gains: bool = True) -> bool:
    """A superlative that compares the act ("الأعنف منذ", "أول هجوم ... منذ", "في أول
    استهداف من نوعه"), not a thing's ("أحد أكبر مصافي النفط"): right before "منذ"
    or before an act's noun (with `gains`, also before a war's gain or loss: "في أكبر
    تقدم للحركة ... منذ الإطاحة بحكمها عام 2001")."""
    if ct[x].norm not in SUPERLATIVES:
        # "في واحدة من أكثر الهجمات دموية في البادية السورية منذ سنوات": "most" before the
        # acts compared (not "أكثر من 30 صاروخا": "more than", a count)
        return ct[x].norm in ("اكثر", "واكثر") and x + 1 < len(ct) and (
            ct[x + 1].norm.startswith("ال") and not COMPARED_ACTS.isdisjoint(stems(ct[x + 1].norm))
            or _bloodiest_days(ct, x))
    return until - x <= 5 and until < len(ct) or (
        x + 1 < len(ct) and not (COMPARED_ACTS | COMPARED_GAINS if gains else COMPARED_ACTS).isdisjoint(
            stems(ct[x + 1].norm)))


# "في أكثر الأيام دموية للقوات الأمريكية في أفغانستان منذ عام 2011": the days (or years) an act
# is ranked among by how bloody it was; what follows "منذ" dates the comparison, not a span
_COMPARED_DAYS = frozenset(normalize_word(w) for w in ("الأيام", "الأعوام", "السنوات", "الأسابيع", "الليالي",
                                                      "الشهور", "الأشهر",
                                                      # "عاش الجنوب واحداً من أكثر أيامه دموية منذ بدء
                                                      # المواجهات": the place's own days, ranked the same way
                                                      "أيامه", "أيامها", "لياليه", "لياليها"))
_RANKING_ADJECTIVES = frozenset(normalize_word(w) for w in ("دموية", "دموي", "عنفا", "عنفاً", "فتكا", "سوءا"))


def _bloodiest_days(ct, x: int) -> bool:
    """"أكثر الأيام دموية" at x: "most" before a span's noun and how bloody it was."""
    return x + 2 < len(ct) and ct[x + 1].norm in _COMPARED_DAYS and ct[x + 2].norm in _RANKING_ADJECTIVES


# "حركة الشباب المرتبطة بتنظيم القاعدة": linked to (a description of the side before)
LINKED_WORDS = frozenset(normalize_word(w) for w in ("المرتبطة", "المرتبط", "المرتبطين", "المرتبطون",
                                                     "المرتبطتين", "المنتسبة", "المنتسب"))
# the civil offices that count the dead and wounded: a side named in their phrase speaks for
# the victims ("المتحدث باسم وزارة الصحة في حكومة الحوثيين")
CIVIL_OFFICE_WORDS = frozenset(normalize_word(w) for w in ("الصحة", "الإسعاف", "الطوارئ",
                                                          # "وأفادت قناة المسيرة التابعة للحوثيين بأن الغارات
                                                          # طالت أرصفة ميناء الحديدة": a side's outlet tells
                                                          # where the other side's strikes fell
                                                          "قناة", "وكالة", "صحيفة", "إذاعة", "تلفزيون",
                                                          # "وذكرت وسائل إعلام تابعة للحوثيين أن الغارات
                                                          # استهدفت": a side's media outlets, the same
                                                          "وسائل"))
# "دون سقوط ضحايا مدنيين", "عدم وقوع إصابات بين المدنيين": victims said to be none
NEGATIONS = frozenset(normalize_word(w) for w in ("دون", "بدون", "عدم", "لم", "لا"))
CASUALTY_NOUNS_SPARED = frozenset(normalize_word(w) for w in (
    "ضحايا", "إصابات", "سقوط", "وقوع", "يسقط", "بسقوط", "تسجيل"))
# "فقد الجيش 6 جنود": lost its men (not the present "يتفقد", inspects)
LOST_VERBS = frozenset(normalize_word(w) for w in ("فقد", "فقدت", "فقدوا"))
# "دخلت القوات جامعة الأنبار ... واشتبكت": an entry, no act, whose place the clash joined after it takes
_ENTRY_VERBS = frozenset(normalize_word(w) for w in ("دخلت", "دخل", "دخلوا", "اقتحمت", "اقتحم", "اقتحموا"))
_CAME_FROM = frozenset(normalize_word(w) for w in ("من", "جهة", "ناحية", "محور"))
# "في بريد الكتروني", "عبر رسالة الكترونية", "موقعه الالكتروني": the means a source spoke by
_MAIL_WORDS = frozenset(normalize_word(w) for w in ("بريد", "البريد", "ببريد", "بالبريد", "رسالة", "برسالة", "الرسالة",
                                                    "رسائل", "موقع", "الموقع", "موقعه", "موقعها"))
# "مواقع لقوات المعارضة على الإنترنت": websites, not positions
_ONLINE_WORDS = frozenset(normalize_word(w) for w in ("الإنترنت", "الانترنت", "إلكترونية", "الإلكترونية",
                                                      "الالكترونية", "التواصل"))
# "تركيا التي شهدت عدة هجمات": a country (or town) that saw acts is their place
_WITNESS_VERBS = frozenset(normalize_word(w) for w in ("شهدت", "شهد", "تشهد", "يشهد"))
# "حيث تتقدم القوات الموالية للحكومة": where a front moves, the setting of an act told before it
_ADVANCE_VERBS = frozenset(normalize_word(w) for w in ("تتقدم", "يتقدم", "يتقدمون", "تحرز", "يحرز", "تزحف",
                                                       "يزحف", "تخوض", "يخوض", "تحاصر", "يحاصر"))
# a side's habit told in the present: "تنفذ هجمات", "يشن غارات" (_habitual_present)
PRESENT_DOER_VERBS = frozenset(normalize_word(w) for w in ("ينفذ", "تنفذ", "ينفذون", "يشن", "تشن", "يشنون"))
GOING_ON_NOW = frozenset(normalize_word(w) for w in ("اليوم", "الآن", "حاليا", "منذ", "الليلة", "حاليًا"))
BARE_PLURAL_ACTS = frozenset(normalize_word(w) for w in ("هجمات", "غارات", "ضربات", "عمليات", "اعتداءات"))
_PROTECTION_WORDS = frozenset(normalize_word(w) for w in ("حماية", "حمايه"))
_PROTECTED_NAMES = frozenset(normalize_word(w) for w in ("الشعب", "المرأة", "المراه"))  # YPG, YPJ
_CARRYING_OUT = frozenset(normalize_word(w) for w in ("بتنفيذ", "بشن", "بارتكاب"))
_ACCUSE_PRESENT = frozenset(normalize_word(w) for w in ("يتهم", "تتهم", "يتهمون", "تتهمان", "يتهمان"))
# civilians (or their homes, "منازل لمدنيين") told hurt, and the words that say none were
HARMED_CIVILIAN_WORDS = frozenset(normalize_word(w) for w in (
    "مدنيا", "مدنيين", "مدنيون", "المدنيين", "لمدنيين", "مدنية", "المدنية",
    # "وقالت القيادة العامة لقوات سوريا الديمقراطية إن الهجمات أسفرت عن استشهاد 11 شخصاً": the
    # dead a side calls martyrs are its own people; no side calls the foe its strikes kill so
    "استشهاد", "باستشهاد", "شهيدا", "شهداء", "شهيدين", "استشهد", "استشهدوا"))
CIVILIANS_SPARED_WORDS = NEGATIONS | frozenset(normalize_word(w) for w in (
    "نافيا", "نافية", "نفى", "نفت", "سقوط", "وقوع", "إصابات", "ضحايا"))
# a time fronted before a clause's verb ("وفجر اليوم السبت،", "ومساء أمس،")
_FRONTED_TIME_WORDS = frozenset(normalize_word(w) for w in (
    "فجر", "صباح", "مساء", "ظهر", "عصر", "ليلة", "ليل", "اليوم", "أمس", "الأحد", "الاثنين", "الإثنين",
    "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الليلة", "الماضية"))
# "فجر اليوم", "فجر الأحد": the dawn of a day, not the verb "فجّر" (detonated); the day words
# also date a relative clause's act (_accept_trigger)
_DAWN = frozenset(normalize_word(w) for w in ("فجر", "وفجر"))
_DAY_WORDS = frozenset(normalize_word(w) for w in ("اليوم", "أمس", "امس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
                                                   "الأربعاء", "الخميس", "الجمعة", "السبت", "يوم", "الليلة"))
# "بينما كان يتنقل": "while he was", a circumstance of the act, not another one
_HAD_WORDS = frozenset(normalize_word(w) for w in ("كان", "كانت", "كانوا", "كانا"))
WAS_WORDS = frozenset(normalize_word(w) for w in ("كان", "كانت", "كانوا", "كانا", "يكون", "تكون"))
# "كانت تستعد لإطلاق صواريخ", "كانوا يستعدون لشن هجوم": getting ready, as a state told of someone
READYING_WORDS = frozenset(normalize_word(w) for w in ("تستعد", "يستعد", "يستعدون", "تستعدان", "يستعدان"))


def _dawn(toks, k: int) -> bool:
    return toks[k].norm in _DAWN and k + 1 < len(toks) and toks[k + 1].norm in _DAY_WORDS


_WITHOUT_WAW = methodcaller("lstrip", "و")


_RELATIVE_BEFORE_GARRISON = ("حيث", "وحيث", "التي", "الذي")


def _garrisoned(ct, x: int) -> bool:
    """A garrison verb at `x` opening a relative clause ("حيث تتمركز مقاتلات إف-35", "التي يتمركز
    فيها"): who or what it stations is kept at the place struck, neither the doer nor its means."""
    return x > 0 and ct[x].norm in _GARRISON_VERBS_FORMS and ct[x - 1].norm in _RELATIVE_BEFORE_GARRISON


# mishaps one "suffers" ("تعرض لحالة غرق", "تعرض للاختناق", "تعرض لحادث مروري"): not acts of war
_MISHAP_FORMS = frozenset(normalize_word(w) for w in (
    "غرق", "الغرق", "للغرق", "غرقا", "اختناق", "الاختناق", "للاختناق", "صعق", "الصعق", "مروري", "المروري"))
# animals that attack people ("تعرضا لهجوم من قرد", "دبا أشيب هاجم أحد رواد المتنزه", "مجموعة من
# الخنازير البرية قتلت رجلا"): the local pages' mishaps, no act of war ("الأسد" and "النمر" are
# also surnames, and the herds a shelling kills, "الماشية", "الحيوانات", are victims: none of them here)
_ANIMAL_FORMS = frozenset(normalize_word(w) for w in (
    "قرد", "قردا", "القرد", "قرود", "القرود", "دب", "دبا", "الدب", "دببة", "الدببة",
    "خنزير", "الخنزير", "خنازير", "الخنازير", "ذئب", "ذئبا", "الذئب", "ذئاب", "الذئاب",
    "ضبع", "الضبع", "ضباع", "الضباع", "تمساح", "التمساح", "تماسيح", "التماسيح", "قرش", "القرش",
    "ثعبان", "الثعبان", "أفعى", "الأفعى", "كلب", "الكلب", "كلاب", "الكلاب",
    # a bite ("تعرض لهجوم ولعض حتى الموت") is an animal's too
    "عض", "لعض", "ولعض", "العض"))
# what a slogan or a vote "brings down" ("الشعب يريد إسقاط النظام", "إسقاط التطبيع", "إسقاط
# الحكومة"): a regime, a policy or a charge, not an aircraft
_DOWNED_NOT_AIRCRAFT = frozenset(normalize_word(w) for w in (
    "النظام", "التطبيع", "الحكومة", "الانقلاب", "الرئيس", "الاتفاق", "الاتفاقية", "القانون",
    "الجنسية", "العضوية", "الحصانة", "التهم", "التهمة", "الدعوى", "المشروع", "الولاية", "الديون"))
# "انتهت دون اشتباكات", "من دون وقوع أي مواجهات": an act said not to have happened
_WITHOUT_WORDS = frozenset(normalize_word(w) for w in ("دون", "بدون", "عدم"))
_WITHOUT_FILLERS = frozenset(normalize_word(w) for w in ("وقوع", "حدوث", "تسجيل", "أي", "اندلاع"))
# what a denial may deny of an act that stands: a part in it ("مسؤوليتها عن", "أي علاقة له
# بالحادثة", "صلته", "ضلوعه", "تورطه"), or the act told after "حيث" as fact
_DENIED_PART_STEMS = tuple(normalize_word(w) for w in ("مسؤولي", "علاق", "صله", "صلت", "ضلوع", "تورط", "حيث"))
_ALA, _AT_LEAST = normalize_word("على"), normalize_word("الأقل")
_TWO_BLASTS_OF = normalize_word("تفجيري")


def _without_before(ct, i: int) -> bool:
    """"دون اشتباكات", "بدون وقوع أي مواجهات": "without" right before the act word at i; or a
    denial of it, "خلية الإعلام الأمني تنفي استهداف قاعدة فكتوريا"."""
    k = i - 1
    while k >= 0 and i - k <= 3 and ct[k].norm in _WITHOUT_FILLERS:
        k -= 1
    return k >= 0 and (ct[k].norm.lstrip("و") in _WITHOUT_WORDS or ct[k].norm in DENY_VERBS)


def _no_object_after(ct, k: int) -> bool:
    """No object after the unvocalised kill verb at `k` (so it is the passive): the clause
    ends, or a word no object starts with follows ("في", "جراء", "على متن"); "على الأقل"
    ("at least") may come before the object of the active ("قتلت على الأقل 20 شخصا")."""
    if k + 1 == len(ct):
        return True
    nxt = ct[k + 1].norm
    if nxt == _ALA:
        return k + 2 < len(ct) and ct[k + 2].norm != _AT_LEAST
    return nxt in NOT_AN_OBJECT


def _hits_past_waw(ct, words):
    """Indices of the tokens whose word without its "و" is in `words` (`t.norm.lstrip("و") in
    words`), picked in C: a Python step per word of every clause cost more than the test."""
    return compress(range(len(ct)), map(words.__contains__, map(_WITHOUT_WAW, map(_NORM, ct))))


def _preposition_noun(tok: Token, is_verb) -> bool:
    """"لقصف", "بقصف": a verbal noun after the preposition ل or ب, read as the verb
    "قصف" once the clitic is stripped; no perfect verb takes them, so "بلدتي كفركلا
    والخيام لقصف مدفعي" is one list of places hit, not "والخيام" opening a clause."""
    return tok.norm[:1] in ("ل", "ب") and len(tok.norm) > 3 and is_verb(tok._replace(norm=tok.norm[1:]))


def _definite_nisba(norm: str) -> bool:
    """"الأمريكي", "البريطانية": a definite adjective of relation (nationality)."""
    return norm.startswith("ال") and len(norm) > 5 and norm.endswith(("ي", "يه"))


def _new_subject_present(toks: list[Token], k: int, is_verb) -> bool:
    """ "وطيران النظام يقصف": at "و" + a noun, a definite word after it (its genitive), then a
    present-tense act verb (the headline's and the flash's tense) that the noun is the subject of."""
    if k + 2 >= len(toks) or is_verb(toks[k]) or not toks[k + 1].norm.startswith("ال") \
            or toks[k + 1].norm in RELATIVE_PRONOUNS:  # ("والمنطقة التي يستهدفها": a relative clause)
        return False
    verb = toks[k + 2]
    return verb.norm[:1] in ("ي", "ت") and is_verb(verb) and not is_verb(toks[k + 1])


_AND_THAT = frozenset(normalize_word(w) for w in ("وأن", "وإن"))
# a speaker's own forces ("وإن قواته في جنوب سوريا ردت"): a subject of their own after a second "that"
_OWN_FORCES = frozenset(normalize_word(w) for w in ("قواته", "قواتها", "طائراته", "طائراتها", "وحداته", "وحداتها",
                                                    "عناصره", "عناصرها", "جنوده", "جنودها"))


def clause_spans(toks: list[Token], is_verb=lambda tok: False, text: str = "") -> list[tuple[int, int]]:
    """Token index ranges of the clauses of one sentence. A new clause also
    starts at "و" + a trigger verb, or "و" + a noun + a trigger verb
    ("ميليشيات تقصف حقلاً ... ومسيرات تقصف الحرس الثوري"), and at "وفيما" as
    at "فيما". (A comma before a reporting verb was tried as a break too: it cut
    acts from the sides their sources name, on the dev set and the checks.)"""
    cuts = [0]
    norms = [t.norm for t in toks]  # (the set tests below read this list, in C)
    # (asked once: few sentences hold a fronted "فيما" or a "فقام")
    fronted = bool(text) and not FRONTED_SUBORDINATE.isdisjoint(norms)
    doing = not DOING_VERBS.isdisjoint(norms)
    # Without a fronted "فيما" only a word with "و" or a break word can cut: those are
    # picked in C and visited alone (a Python step per word was most of this function)
    at = range(len(toks)) if fronted else compress(range(len(toks)), map(
        or_, map(methodcaller("startswith", "و"), norms), map(_CUT_WORDS.__contains__, norms)))
    for k in at:
        t = toks[k]
        if (fronted and k and toks[cuts[-1]].norm in FRONTED_SUBORDINATE and (t.norm in REPORT_VERBS or is_verb(t))
                and ("،" in text[toks[k - 1].end:t.start] or "," in text[toks[k - 1].end:t.start])):
            # "وفيما قتل 27 من الكتائب في بيجي، كشف مصدر عن قصف طائرات التحالف ...":
            # a fronted "while" clause ends at the comma before the main verb
            cuts.append(k)
        elif doing and k > 2 and t.norm in DOING_VERBS:
            cuts.append(k)  # "..., فقام جيش الدفاع بمهاجمة بطاريات": a new act and its own doer
        elif k > 2 and t.norm.startswith("و") and (
                is_verb(t) or t.norm[1:] in _DESTROYED_IT
                or (k + 1 < len(toks) and is_verb(toks[k + 1]) and not _dawn(toks, k + 1)
                    and not _preposition_noun(toks[k + 1], is_verb))
                # "الفصائل تسيطر على بلدات ... وطيران النظام يقصف الأتارب": "و" + a subject of two
                # words (a noun and its genitive) + its own present-tense act verb: a new subject
                or _new_subject_present(toks, k, is_verb)) and not (
                # "ردت قسد بقصف مدفعي وصاروخي استهدف مدينة الميادين": an adjective joined to the
                # fire's adjective before it describes the same fire, no new clause
                t.norm[1:] in MILITARY_ADJECTIVES and toks[k - 1].norm in MILITARY_ADJECTIVES) \
                and not (is_verb(t) and is_verb(toks[k - 1])) and not (
                # "طائرات وبوارج العدو الأمريكي والبريطاني استهدفت": a nationality joined to the one
                # before it describes the same noun (two definite nisba adjectives), no new subject
                _definite_nisba(t.norm[1:]) and _definite_nisba(toks[k - 1].norm)) and not (
                # "أن طائرات العدوان وبوارجه استهدفت": a second subject joined to the one right after
                # "that", before the verb they share; no verb has come yet, so no clause ends here
                not is_verb(t) and _subject_after_that(toks, cuts[-1], k, is_verb)):
            # (not two trigger verbs side by side, "أعلن التحالف اعتراض وإسقاط طائرة مسيرة",
            # "اعترضت وأسقطت": one act told with two verbs, and one doer for both)
            cuts.append(k)
        elif k and (t.norm in CLAUSE_BREAKS or t.norm.startswith("و") and t.norm[1:] in CLAUSE_BREAKS) and not (
                # "قتل في ضربة جوية ... بينما كان يتنقل في سيارة قرب بلدة سرمدا": "while he was"
                # tells where the act found its victim, not another act
                t.norm.lstrip("و") in ("بينما", "فيما") and k + 1 < len(toks)
                and toks[k + 1].norm in WAS_WORDS) and not (
                # "واستهدفت غارات مسائية مواقع عسكرية جنوب صنعاء كما شملت مواقع للحوثيين في ... حرض":
                # "as they also took in", the verb of reach with no subject of its own (not "كما طال
                # القصف") goes on with the act before it and its places are that act's
                t.norm.lstrip("و") == "كما" and k + 2 < len(toks) and toks[k + 1].norm in REACH_VERBS
                and not toks[k + 2].norm.startswith("ال")):
            cuts.append(k)
        elif k and ((t.norm, toks[k + 1].norm if k + 1 < len(toks) else "") in CLAUSE_BREAK_PAIRS or (
                # "...، وفي المقابل حطت سفينة ... في ميناء البريقة": the pair after "و" as well
                t.norm in ("وفي", "ومن") and (t.norm[1:], toks[k + 1].norm if k + 1 < len(toks) else "")
                in CLAUSE_BREAK_PAIRS)):
            cuts.append(k)
        elif k and t.norm in COMMA_CLAUSE_BREAKS and "،" in text[toks[k - 1].end:t.start]:
            cuts.append(k)  # "...، وسُجل تحليق مكثف للطائرات"
        elif k and t.norm in _AND_THAT and "،" in text[toks[k - 1].end:t.start] and k + 3 < len(toks) \
                and toks[k + 1].norm.startswith("ال") and toks[k + 2].norm.startswith("ال") \
                and is_verb(toks[k + 3]):
            # "أن قواتها «أحبطت الهجوم»، وأن الطيران العراقي شن ضربات": a second "that" of one
            # statement, after a comma, with a subject of its own (a noun and its adjective) and an
            # act verb right after it, tells another act with its own doer
            cuts.append(k)
        elif k and t.norm in _AND_THAT and "،" in text[toks[k - 1].end:t.start] and k + 2 < len(toks) \
                and toks[k + 1].norm in _OWN_FORCES:
            # 'إنه استهدف "قدرات عسكرية" في مطار حماة ...، وإن قواته في جنوب سوريا "ردت على مسلحين"':
            # the same with the speaker's own forces as the second subject, their place between
            cuts.append(k)
        elif k and t.norm == "في" and k + 2 < len(toks) and toks[k + 1].norm == "وقت" \
                and toks[k + 2].norm not in TIME_OF_DAY_AFTER and "،" in text[toks[k - 1].end:t.start]:
            # "تعرضت أطراف بلدات عيتا الشعب ورميش لقصف مدفعي إسرائيلي، في وقت حلقت فيه طائرات
            # الاستطلاع المعادية في أجواء القطاعين": "in a time when" opens a while-clause, what went
            # on meanwhile; its places and sides are not the main act's (as "في حين" cuts; not
            # "، في وقت سابق من اليوم", which dates the act before it)
            cuts.append(k)
        elif k and t.norm == "في" and _area_where_war_goes_on(toks, k) and "،" in text[toks[k - 1].end:t.start]:
            # "قتل مزارعان بنيران مسلحين ...، في منطقة لا تزال تنشط فيها خلايا التنظيم": the area
            # described by the war going on in it, as "حيث تجري مواجهات" (background, below)
            cuts.append(k)
        elif k and t.norm in ("حيث", "وحيث") and k + 1 < len(toks) and not ONGOING_VERBS.isdisjoint(
                stems(toks[k + 1].norm)):
            # "أصيب 18 شرطيا ... قرب مدينة العريش في شمال سيناء حيث تجري مواجهات مستمرة بين قوات
            # الأمن والمتطرفين": where a war goes on describes the place; a clause of its own (read
            # as background in _analyse_clause), so its two sides are not the act's
            cuts.append(k)
    cuts.append(len(toks))
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _subject_after_that(toks, a: int, k: int, is_verb) -> bool:
    """Tokens a..k end with "أن" / "إن" and a short subject (up to three words) and no verb."""
    that = next((x for x in range(k - 1, max(a, k - 4) - 1, -1) if toks[x].norm in THAT_WORDS), None)
    return that is not None and that < k - 1 and not any(is_verb(toks[x]) for x in range(that + 1, k))


_AREA_NOUNS = frozenset(normalize_word(w) for w in ("منطقة", "مناطق", "منطقه"))
_STILL_WORDS = frozenset(normalize_word(w) for w in ("لا", "تزال", "يزال", "ما", "زالت", "زال", "لاتزال"))


def _area_where_war_goes_on(toks, k: int) -> bool:
    """"في منطقة لا تزال تنشط فيها خلايا التنظيم", "في مناطق تشهد هجمات متكررة": at k, "في" and an
    area told by what goes on there (an ongoing verb right after it, or after "لا تزال")."""
    if k + 2 >= len(toks) or toks[k + 1].norm not in _AREA_NOUNS:
        return False
    x = k + 2
    while x < len(toks) and x < k + 5 and toks[x].norm in _STILL_WORDS:
        x += 1
    return x < len(toks) and not ONGOING_VERBS.isdisjoint(stems(toks[x].norm))


def _relative_after_act(text, ct, k: int, triggers) -> bool:
    """The "منذ" at k lies in a relative clause (التي، الذي ...) told past a comma after the
    act's verb: "اغتال مسلحون ... ضابطاً وسط مدينة تعز، في حادثة جديدة تضاف إلى سلسلة
    الاغتيالات التي تشهدها المدينة منذ سنوات" spans what the relative describes."""
    return any(ct[x].norm in RELATIVE_PRONOUNS and any(
        t.value.form == "verb" and t.j <= x
        and (any("،" in text[ct[y - 1].end:ct[y].start] for y in range(max(1, t.j), x + 1))
             # (or with no comma when the relative has a verb of its own that carries the object's
             # pronoun: "تمكنت قوات النظام من كسر الحصار الذي يفرضه تنظيم داعش منذ نحو ثلاث
             # سنوات": how long the siege lasted, not a habit)
             or x + 1 < k and ct[x + 1].norm[:1] in ("ي", "ت") and ct[x + 1].norm.endswith(("ه", "ها")))
        for t in triggers) for x in range(1, k))


def _since_span(ct) -> tuple[int, int, int] | None:
    """(superlative, "منذ", end) of a comparison "SUPERLATIVE ... منذ ...": what
    follows "منذ" is the span it counts from. The span ends at a comma (a gap of more
    than a space) or a dozen words on: "هي الاولى التي تصله منذ قرابة اربعة اشهر ...
    وحققت المقاومة تقدما في مأرب"."""
    since = next((k for k in range(len(ct)) if ct[k].norm == "منذ"
                  and any(_comparison(ct, x, k, gains=False) for x in range(max(0, k - 10), k))), None)
    if since is None:
        return None
    sup = next(x for x in range(max(0, since - 10), since) if _comparison(ct, x, since, gains=False))
    end = next((x + 1 for x in range(since, min(since + 12, len(ct) - 1))
                if ct[x + 1].start - ct[x].end > 1), min(since + 12, len(ct)))
    return sup, since, end


class ClauseAnalyser:
    def __init__(self, lexicons: Lexicons, gazetteer):
        self.lex = lexicons
        self.gaz = gazetteer
        self.places = PlaceFinder(lexicons, gazetteer)
        self._verb_forms: dict[str, bool] = {}
        # Every written word whose adjective stem names a side ("حوثية", "الحوثيين"), with the
        # endings _actors asks of it: the words it reads as a side's adjective, picked in C (a
        # Python test of every word of the clause cost more). Each form is checked by _adj_stem
        # itself, and every word that passes is one of them (its stem's base, its ending, and an
        # "ال" or none), so a lookup says what the test says.
        self._side_adjective_forms = frozenset(
            w for k in lexicons.side_adjectives for p in ("", "ال") for e in _SIDE_ADJ_ENDINGS
            if (w := p + k[:-1] + e) and self._adj_stem(w) in lexicons.side_adjectives)

    # -- per sentence ---------------------------------------------------
    def analyse_sentence(self, text: str, span: tuple[int, int], published: date | None,
                         order: int, context: list | None = None) -> list[Mention]:
        s0, s1 = span
        if s0 == 0 or text[s0 - 1] == "\n" or not text[max(0, s0 - 3):s0].strip():
            # "المسيرة نت - صنعاء:", "بغداد (رويترز) -": a paragraph's dateline is
            # who filed it from where; its words are neither side nor place
            head = DATELINE_HEAD.match(text, s0, s1)
            if head:  # (the patterns' words hold no digits: a toll cannot pass for one)
                s0 = head.end()
        toks = tokens(text[s0:s1], s0)
        if getattr(self, "_heads_of", None) is None or self._heads_of[0] is not text:
            self._heads_of = (text, {})
        # (only a match that opens with a group's head counts: a sentence with none skips the search)
        for m in self.lex.actors.find(toks) if toks and names_any(toks, NAMED_GROUP_HEAD_FORMS) else ():
            # (the head without its clitic: "خلية تابعة لتنظيم داعش" names the organisation too)
            head = toks[m.i].norm.removeprefix(m.prefix)
            if m.j - m.i > 1 and head in NAMED_GROUP_HEADS and not m.value.startswith("_") and \
                    m.value not in ("Civilians", "Unknown"):
                # "سيطرت هيئة تحرير الشام ... استهدفت الهيئة مواقع الفيلق": the group named before
                self._heads_of[1].setdefault("ال" + head.removeprefix("ال"), m.value)
        if not toks or not (self.lex.triggers.find(toks) or self._split_open_fire(toks, [])
                            or self._split_managed_gain(toks, []) or self._split_air_destroyed(toks, [])
                            or self._split_side_killed(toks, []) or self._split_toll_by_place(toks, [])):
            return []  # the prefilter's stem matched inside another word: no clause has an act
        out = []
        sentence_dates = _LazyDates(text[s0:s1], published)  # most clauses end before they need them
        sentence_reporters = _LazyReporters(self.lex.reporters, toks)  # (asked by a clause that tells an act)
        headline = order == 0 or bool(FLASH_HEAD.match(text, span[0], s1))
        clauses = self._split_listed_acts(text, toks, clause_spans(toks, self._is_trigger_verb, text), headline)
        clauses = self._split_cause_told_as_news(toks, clauses)
        clauses = self._split_fronted_earlier_act(text, toks, clauses)
        prev = None
        quiet = None  # the span of the clause before, when it told no act: "ردت المقاومة على المحاولة"
        told_before = Casualties()  # "مقتل عشرين شخصا، فيما جرح العشرات في تفجير": a toll in a clause with no act
        for a, b in clauses:
            m = self._analyse_clause(text, toks, a, b, (s0, s1), published, order,
                                     sentence_dates, sentence_reporters, len(clauses),
                                     context if context is not None else [],
                                     act_subject=self._act_goes_on(toks, a), headline=headline)
            joined = a and ((toks[a].norm.startswith("و") and self._is_trigger_verb(toks[a]))
                            # "مليشيات الحوثي دفعت بالمئات من مسلحيها وقامت بمهاجمة مواقع المقاومة":
                            # "وقام(ت) ب" + the act with no doer after it goes on with the subject before
                            or (toks[a].norm in DOING_VERBS and toks[a].norm.startswith(("و", "ف"))
                                and a + 1 < b and self.lex.triggers.match_at(toks, a + 1) is not None)
                            # "..., كما استهدفت محطة في جازان", "ثم قصفت": the same subject goes on
                            or (toks[a].norm in ("كما", "وكما", "ثم") and a + 1 < b
                                and self._is_trigger_verb(toks[a + 1])))
            if m and prev is not None and joined:
                self._continue_clause(prev, m)
            elif m and prev is None and joined and quiet and m.actor1 is None \
                    and (subject := self._opening_subject(toks, *quiet)) and m.actor2 != subject:
                # "كما ردت المقاومة على المحاولة، وشنت قصفا على تجمعات ...": the verb
                # joined by و has the subject of the clause before it, which told no act
                # (read only then: most clauses without an act are followed by none)
                m.actor1 = subject
                m.explicit_actors.add(subject)
            entered = quiet and next((x for x in range(*quiet) if toks[x].norm in _ENTRY_VERBS), None)
            if m and prev is None and joined and entered is not None and toks[a].norm.startswith("و") \
                    and not (m.targets or m.launch or m.attacker_base or m.anaphoric):
                # "إن قوات الأمن دخلت جامعة الانبار في جنوب مدينة الرمادي، واشتبكت مع مسلحي تنظيم
                # داعش داخل حرمها": the verb joined by و goes on where the forces of the clause
                # before it, which told no act, entered (the first place past the entry)
                # (not the way they came: "دخلت جنديرس من جهة إدلب")
                site = next((r for r in self.places.find(text, toks[entered:quiet[1]], [], {},
                                                         context if context is not None else [])[0]
                             if r.role == "target" and not any(  # (the two words before the place)
                                 toks[x].norm in _CAME_FROM for x in range(entered, quiet[1])
                                 if toks[x].end <= r.start and toks[min(x + 2, quiet[1] - 1)].start >= r.start)),
                            None)
                if site is not None:
                    m.targets = [site]
            if m and prev is not None and m.actor2 is None and prev.actor2 not in (None, "Civilians", "Unknown") \
                    and prev.actor2 != m.actor1 and any(
                        toks[x].norm.lstrip("و") in _ONE_MORE_MEMBER and toks[x + 1].norm in _ONE_MORE_ORDINALS
                        for x in range(a, b - 1)):
                # "قُتل ثلاثة عناصر من «قسد» ... فيما قتل عنصر رابع وأصيب اثنان في انفجار عبوة
                # ناسفة": a fourth (or another) member is one more of the side counted before
                m.actor2 = prev.actor2
                m.explicit_actors = m.explicit_actors | {prev.actor2}
            quiet = None if m else (a, b)
            if m:
                if prev is None and told_before != Casualties():
                    m.casualties = Casualties(
                        m.casualties.fatalities if m.casualties.fatalities is not None else told_before.fatalities,
                        m.casualties.injured if m.casualties.injured is not None else told_before.injured)
                    m.implied_target = m.implied_target or self._implied_target(toks[:b], m.casualties,
                                                                                m.sub_event_type)
                out.append(m)
                prev = m
            elif prev is not None and toks[a].norm in _ADDING_WORDS and (
                    prev.casualties.fatalities is None or prev.casualties.injured is None) \
                    and not self.lex.triggers.find(toks[a:b]):
                # 'إلى مقتل 15 شخصا على الأقل في الهجوم»، مضيفا «أن 38 شخصا آخرين اصيبوا بجروح»'
                # (snn-2015-07-23-1155): the speaker adds the act's other count, with no act word
                more = find_casualties(toks[a:b], self.lex)
                prev.casualties = Casualties(
                    prev.casualties.fatalities if prev.casualties.fatalities is not None else more.fatalities,
                    prev.casualties.injured if prev.casualties.injured is not None else more.injured)
            elif prev is not None and prev.actor2 in (None, "Civilians") and prev.actor1 \
                    and not self.lex.triggers.find(toks[a:b]) and (side := self._side_among_victims(toks, a, b)) \
                    and side != prev.actor1:
                # "ما أدى إلى استشهاد ثلاثة أشخاص كانوا بداخلها، مبيناً أن من بين الضحايا القيادي في
                # كتائب حزب الله": the victims, told as persons, were that side's men
                prev.actor2 = side
                prev.explicit_actors = prev.explicit_actors - {"Civilians"} | {side}
                prev.dead_of_side = True
            elif prev is None and not self.lex.triggers.find(toks[a:b]) and toks[a].norm not in FRONTED_SUBORDINATE:
                # (not "وفيما قتل 27 في بيجي، كشف مصدر عن قصف ...": another act's toll)
                told_before = find_casualties(toks[a:b], self.lex)
        return out

    def _side_among_victims(self, toks, a: int, b: int) -> str | None:
        """The side a clause with no act names "among the victims" ("من بين الضحايا القيادي في
        كتائب حزب الله", "بين القتلى عناصر من ميليشيا ..."): "بين" and the victims' noun, then
        only membership words before the side; None if none."""
        for m in self.lex.actors.find(toks[a:b]):
            if m.value in ("Civilians", "Unknown") or m.value.startswith("_"):
                continue
            i = a + m.i
            for x in range(i - 1, max(a, i - 7), -1):
                if toks[x].norm in ("الضحايا", "القتلى", "الشهداء") and toks[x - 1].norm == "بين":
                    return m.value
                if toks[x].norm not in DEAD_WERE_BETWEEN:
                    break
        return None

    def _split_cause_told_as_news(self, toks, clauses):
        """"شنّت الولايات المتحدة، فجر أمس الجمعة، غارات جوية على مخازن أسلحة ...، رداً على الهجوم
        الصاروخي الذي استهدف معسكر التاجي ... مساء الأربعاء، وأسفر عن مقتل جنديين": a clause that
        tells its own new act (a verb) and answers an act told as news after "ردا على" (an act noun,
        indefinite or told by its relative clause, with its own weekday and its own toll) tells two
        acts: the answered one is read as a clause of its own, from the act noun on. ("الضربات جاءت
        رداً على هجوم ...", with no new act of its own, is _cause_told_as_news's.)"""
        out = []
        for a, b in clauses:
            ct = toks[a:b]
            cause = next((m for m in self.lex.cues.find(ct) if m.value == "cause" and m.i > 1
                          and not self._misread_cue(ct, m)), None) if b - a > 8 else None
            if cause is None or cause.j >= len(ct):
                out.append((a, b))
                continue
            triggers = self.lex.triggers.find(ct)
            end = cause.j
            news = any(m.i < cause.i and m.value.form == "verb" for m in triggers) and any(
                m.i == end and m.value.form == "noun" and (not ct[end].norm.startswith("ال") or any(
                    ct[x].norm in RELATIVE_PRONOUNS for x in range(m.j, min(m.j + 2, len(ct)))))
                for m in triggers) and any(t.norm.lstrip("وب") in WEEKDAYS or t.norm == "امس" for t in ct[end:]) \
                and find_casualties(ct[end:], self.lex) != Casualties() \
                and find_casualties(ct[:cause.i], self.lex) == Casualties()
            out += [(a, a + cause.i), (a + end, b)] if news else [(a, b)]
        return out

    def _split_fronted_earlier_act(self, text, toks, clauses):
        """"وبعد أربعة أيام على هجوم انتحاري دامٍ استهدف الأراضي التركية وأودى بحياة 32 شخصًا ومائة جريح،
        شنّ سلاح الجو التركي اليوم، أولى غاراته على مواقع لتنظيم «داعش» في سوريا": a clause opened by
        "days after" an act, then, past a comma, a verb that tells the news, tells two acts: the earlier
        one (its kind, its toll, days before) up to the comma, the day's own after it."""
        out = []
        for a, b in clauses:
            ct = toks[a:b]
            if b - a < 8 or ct[0].norm not in ("بعد", "وبعد"):
                out.append((a, b))
                continue
            triggers = self.lex.triggers.find(ct)
            first = next((m for m in triggers if m.value.form == "noun" and m.i <= 6), None)
            if first is None or self._days_after_act(ct, first.i) is None:
                out.append((a, b))
                continue
            comma = next((x for x in range(first.j, len(ct) - 2)
                          if "،" in text[ct[x - 1].end:ct[x].start] or "," in text[ct[x - 1].end:ct[x].start]), None)
            if comma is None or not any(m.i >= comma and m.value.form == "verb" for m in triggers):
                out.append((a, b))
                continue
            out += [(a, a + comma), (a + comma, b)]
        return out

    def _split_listed_acts(self, text, toks, clauses, headline: bool = False):
        """"قصف معاد على عيتا الشعب وغارة لمسيرة على ميس الجبل", "غارات على عفرين
        وصواريخ على الريحانية وكلس": a headline's way of listing two acts, each an
        indefinite act or weapon noun with a place of its own, joined by و, tells two
        acts, each at its own place with its own means; read as one clause, every place
        took both means (a shelled village also "air-struck"), so the act told again in
        the body stayed apart from it. Not "قصف وغارات على X" (no place before the و),
        nor "وقصف الطيران" (a definite noun refers back)."""
        if self.gaz is None:
            return clauses
        out = []
        for a, b in clauses:
            cut = a
            for k in range(a + 2, b - 1):
                norm = toks[k].norm
                if not norm.startswith("و") or norm.startswith("وال"):
                    continue
                m = self.lex.triggers.match_at(toks, k)
                # ("مقتل 7 تكفيريين في مداهمة جنوب العريش واستشهاد ضابط وجنديين بانفجار عبوة ببئر العبد":
                # a headline's second toll, told with an act of its own at a town of its own)
                toll = headline and norm in _AND_DEATH_NOUNS and any(
                    t.i > 0 for t in self.lex.triggers.find(toks[k:b]))
                # (a weapon noun only as what fell somewhere: "وصواريخ على الريحانية", not the
                # objects of one verb, "استهدفت ... مواقع الإرهابيين ومنصات إطلاق القذائف في محيط")
                if not (m is not None and m.value.form == "noun" and m.prefix == "و" or toll
                        or (w := self.lex.weapons.match_at(toks, k)) is not None and w.prefix == "و"
                        and w.j < b and toks[w.j].norm in ON_WORDS):
                    continue
                if norm.endswith(("يه", "ي")):
                    continue  # "ضربات جوية وصاروخية على مواقع": an adjective of the act before
                # a town or site named after the act noun just before the و ("قصف مدفعي وغارة
                # بطائرة مسيّرة، أسفرت عن مقتل تسعة من أبناء نوى" is one clash's means), and
                # one after it; a country is no act's place ("أطلق مسلحون مدعومون من إيران عدة
                # صواريخ باليستية وصواريخ على قاعدة الأسد", "تصعيداً خطيراً واعتداءً على العراق")
                last = next((x for x in reversed(self.lex.triggers.find(toks[cut:k]))), None)
                if last is None or last.prefix.lstrip("و").startswith("ب") \
                        and toks[cut + last.i].norm.lstrip("و")[1:].startswith("ال"):
                    # ("متوعدا بالقضاء على الحوثي وتطهير مدينة لحج": definite nouns joined under one "ب"
                    # are what one verb or participle governs, no two acts; not the indefinite act a
                    # toll is told "by": "مقتل متعاقد أمريكي بهجوم بمسيرة قرب الحسكة وغارات أمريكية على
                    # دير الزور")
                    continue
                # (or "صد هجوم للحوثيين في الكسارة وصاروخ على حي سكني": a place told after the first act,
                # known or not, and a civilian quarter the second fell on)
                quarter = any(toks[x].norm == "في" for x in range(cut + last.j, k)) and k + 3 < b \
                    and toks[k + 1].norm in ON_WORDS and toks[k + 2].norm in ("حي", "احياء") \
                    and toks[k + 3].norm.startswith(("سكني", "السكني"))
                if not quarter and (not (self._names_town(text, toks[cut + last.j:k]) or (
                        # "ضربات أميركية وهجمات صاروخية على كونيكو": the first act named by its
                        # doer's nation, the second by its place: two acts too
                        headline and 0 < k - (cut + last.j) <= 2 and all(
                            self.lex.actors.nationality(toks[x].norm) is not None for x in range(cut + last.j, k))))
                        or not self._names_town(text, toks[k + 1:b])):
                    continue
                out.append((cut, k))
                cut = k
            out.append((cut, b))
        return out

    def _names_town(self, text, ct) -> bool:
        return any(any(getattr(c, "kind", "") != "country" for c in pm.candidates)
                   for pm in self.gaz.mentions(text, ct))

    def _opening_subject(self, toks, a: int, b: int) -> str | None:
        """The side a clause opens with, right after its first verb ("كما ردت
        المقاومة", "وتصدت القوات"), when nothing but that verb comes before it."""
        first = a + (a < b and toks[a].norm in ("كما", "وكما", "ثم"))
        # "وفجر اليوم السبت، أعلن التحالف بدء عملية عسكرية ...، وشنت مقاتلاته غارات": a time
        # fronted up to its comma comes before the verb the side follows
        x = first
        while x < b and x - first < 4 and toks[x].norm.removeprefix("و") in _FRONTED_TIME_WORDS:
            x += 1
        if first < x < b - 1 and toks[x].start - toks[x - 1].end > 1:  # (the comma: more than a space)
            first = x
        if first + 1 >= b or toks[first].norm in SPEAKER_BEFORE:
            return None  # "قال الجيش": a speaker, not the one who acts next
        found = self._actors(toks[first:b])
        if found and (found[0][0] == 1 or found[0][0] == 2 and toks[first + 1].norm in FIGHTERS_OF):
            # ("واصل مسلحو تنظيم «الدولة الإسلامية» تقدمهم جنوبا، وسيطروا على مدينة تكريت": the
            # fighters of a named side, whose name has no row with them)
            return found[0][2]
        if found and found[0][0] == 0 and first == a and found[0][1] < b - first:
            # "القوات المسلحة تنفذ عملية ... وتستهدف مطاري أبوظبي ودبي": a clause that opens
            # with its subject (a headline's order) lends it to the verb joined after it
            return found[0][2]
        # "أوضحت مصادر ميدانية أن مليشيات الحوثي دفعت بالمئات من مسلحيها": the subject of
        # what was said, right after its "أن", when nothing else is named after it
        said = [f for f in found if f[0] and toks[first + f[0] - 1].norm in THAT_WORDS]
        if said and said[-1] is found[-1]:
            return said[-1][2]
        # 'وذكر مصدر عسكري أن "مجموعة إرهابية من فلول تنظيم داعش اعترضت حافلة ركاب ...،
        # واستهدفتها': the side named a few words after "أن" (past the generic men it is the
        # group of) is what was said's subject, the civilians after it what it struck
        that_at = next((x for x in range(b - 1, first, -1) if toks[x].norm in THAT_WORDS), None)
        after = [f for f in found if that_at is not None and first + f[0] > that_at]
        if after and first + after[0][0] - that_at <= 5 and after[0][2] != "Civilians" \
                and all(f[2] == "Civilians" for f in after[1:]):
            return after[0][2]
        return None

    def _weapon_nation(self, ct, weapons_m, kinds: tuple[str, ...]) -> str | None:
        """The forces of the nation a weapon of one of `kinds` is said to be
        ("صواريخ إسرائيلية", "طائرة مسيرة أمريكية"), if any."""
        nat = next((n for w in weapons_m if w.j < len(ct) and w.value in kinds
                    and (n := self.lex.actors.nationality(ct[w.j].norm)) is not None), None)
        return nat.forces("military") if nat is not None else None

    @staticmethod
    def _speech_before(ct, offset: int) -> bool:
        """The text at `offset` lies between a reporting verb and the "إن/أن" that
        opens what was said ("قالت الوزارة في بيان أمس إن")."""
        at = next((k for k, t in enumerate(ct) if t.start >= offset), len(ct))
        said = any(not REPORT_VERBS.isdisjoint(stems(ct[k].norm)) for k in range(max(0, at - 8), at))
        that = next((k for k in range(at, min(at + 6, len(ct))) if ct[k].norm in THAT_WORDS), None)
        return said and that is not None

    def _act_goes_on(self, toks, a: int) -> bool:
        """"في عملية انتحارية نفذتها حركة طالبان واستهدفت الشرطة الأفغانية": a struck verb
        joined by و right after an act's noun and the relative verb that names its doer
        ("نفذتها X", "شنه X") goes on with the act as its subject, so the side after it is
        what the act struck, not a new doer."""
        if not a or not toks[a].norm.startswith("و") or toks[a].norm[1:] not in STRUCK_VERBS:
            return False
        for x in range(max(1, a - 6), a):
            if toks[x].norm in SUPPORT_WITH_OBJECT or toks[x].norm in LAUNCHED_IT:
                # the act's noun right before its relative verb (one adjective between at most)
                return any((m := self.lex.triggers.match_at(toks, y)) is not None and m.value.form != "verb"
                           and 0 <= x - m.j <= 1 for y in range(max(0, x - 3), x))
        return False

    @staticmethod
    def _described_fire_from(ct, i: int, triggers) -> bool:
        """"من قصف عنيف بالبراميل المتفجرة من قوات نظام بشار الأسد", "في غارات جوية مكثفة من
        طيران نظام الأسد": the "من" (at i - 1) of the act noun's doer, past the act's own
        adjectives and its means ("ب" + a noun and the adjective after it); not past a target,
        a place or a toll ("قصف على مواقع من", "قصف أوقع قتلى من")."""
        for m in triggers:
            # (an unvocalised "قصف" after "من" is the noun: "مما يتعرضون له من قصف عنيف")
            if m.value.form == "verb" and not (m.i and ct[m.i - 1].norm == "من") or not m.j < i - 1 <= m.j + 5:
                continue
            gap = [ct[x].norm for x in range(m.j, i - 1)]
            if all(w in FIRE_DESCRIBERS or w.startswith("ب") and len(w) > 3 and not w.startswith("بين")
                   for w in gap) and sum(w.startswith("ب") for w in gap) <= 1:
                return True
        return False

    @staticmethod
    def _continue_clause(prev: Mention, m: Mention) -> None:
        """"عملية انتحارية نفذتها طالبان واستهدفت مركزا للشرطة": a verb joined
        by و with no subject of its own continues the act before it: same
        attacker, and the means that named the act (a suicide bombing)."""
        if m.actor1 is None and prev.actor1 is not None and prev.actor1 != m.actor2:
            m.actor1 = prev.actor1
        if prev.actor2 == "Civilians" and m.actor2 is not None and m.actor1 == prev.actor1 and (
                m.actor2 in ("_police", "_military")
                or m.actor2.startswith(("Police forces of", "Military forces of"))):
            # "قتل ستة أشخاص في عملية انتحارية نفذتها طالبان واستهدفت الشرطة": the persons
            # killed fell where the act struck the state's forces, which are its target (as
            # "استشهاد 8 من رجال الشرطة ومواطن في هجوم" is the police's)
            prev.actor2 = m.actor2
            prev.explicit_actors = (prev.explicit_actors - {"Civilians"}) | {m.actor2}
        if prev.sub_event_type in DECISIVE_SUB_TYPES and m.sub_event_type not in DECISIVE_SUB_TYPES or (
                # "أن طائرات العدوان استهدفت مطار صنعاء، كما استهدفت مطار الحديدة": a bare verb with no
                # means of its own goes on with the means told before (the same aircraft)
                not m.weapons and prev.weapons and m.sub_event_type in ("Armed clash", "Attack")
                and prev.sub_event_type == "Air/drone strike"):
            m.sub_event_type = prev.sub_event_type
            m.weapons |= prev.weapons
        if m.casualties == Casualties() and not prev.targets:
            m.casualties = prev.casualties  # the toll told before the place: "مقتل ستة ... واستهدفت مركزا"

    def _is_trigger_verb(self, tok: Token) -> bool:
        # asked of every "و" word of every sentence: remembered per written form
        known = self._verb_forms.get(tok.norm)
        if known is None:
            m = self.lex.triggers.match_at([tok], 0)
            known = self._verb_forms[tok.norm] = bool(m) and m.value.form == "verb"
        return known

    # -- per clause -----------------------------------------------------
    def _analyse_clause(self, text, toks, a, b, sent, published, order, sentence_dates,
                        reporters, n_clauses, context, act_subject: bool = False,
                        headline: bool = False) -> Mention | None:
        ct = toks[a:b]
        lex = self.lex
        # "بقصف لطائرة", "لاستهداف": a preposition makes the unvocalised verb form a noun; its
        # pronoun, with the object named right after it, is its doer ("ارتكب جيش الاحتلال مجزرة
        # بقصفه خيام النازحين"), else its object ("لاستعادتها من أيدي داعش", "قامت بقصفها بالمدفعية")
        raw_triggers = [replace(m, value=replace(m.value, form="noun", object_pronoun=m.value.object_pronoun and not (
                            m.j < len(ct) and _OBJECT_NOUN.match(ct[m.j].norm))))
                        if m.value.form == "verb" and m.prefix.lstrip("وف")[:1] in ("ب", "ل", "ك") else m
                        for m in lex.triggers.find(ct)]
        # "قتلت 10 من عناصر داعش، بينهم انتحاري وثلاثة قناصين": a suicide bomber among the dead is
        # one of the dead of the act told (a side's kill, read below), no bombing of his own
        listed_dead = [m for m in raw_triggers if m.value.sub_event_type == "Suicide bomb"
                       and m.value.form == "noun" and m.i and ct[m.i - 1].norm in AMONG_THEM]
        raw_triggers = [m for m in raw_triggers if m not in listed_dead]
        raw_triggers += self._split_open_fire(ct, raw_triggers)
        raw_triggers += self._split_managed_gain(ct, raw_triggers)
        raw_triggers += self._split_dropped_bomb(ct, raw_triggers)
        raw_triggers += self._split_air_destroyed(ct, raw_triggers)
        raw_triggers += self._split_side_killed(ct, raw_triggers)
        raw_triggers += self._split_toll_by_place(ct, raw_triggers)
        if not raw_triggers:  # (no other act word: the bomber stays the clause's act)
            raw_triggers, listed_dead = listed_dead, []
        if any(m.j < len(ct) and ct[m.j].norm in ("شمس", "الشمس")
               and ct[m.i].norm.lstrip("وبل").removeprefix("ال") in ("ضربه", "ضربات") for m in raw_triggers):
            # "مما تسبب في تعرض بعضهم ... إلى ضربات شمس", "ضربة الشمس هي الأكثر شيوعا": sunstroke,
            # no strike (nor is the "تعرض" it was suffered by)
            raw_triggers = [m for m in raw_triggers if m.value.form != "passive" and not (
                m.j < len(ct) and ct[m.j].norm in ("شمس", "الشمس"))]
        if any(m.value.form == "passive" for m in raw_triggers) and names_any(ct, _MISHAP_FORMS):
            # "حيث تعرض أحد الأطفال ... إلى حالة غرق", "تعرض لحادث مروري": what one "suffered" is a
            # drowning, a suffocation or a road accident, no act (as a sunstroke above)
            raw_triggers = [m for m in raw_triggers if m.value.form != "passive"]
        if names_any(ct, _ANIMAL_FORMS) and not lex.weapons.find(ct):
            return None  # an animal's attack, with no weapon: a mishap of the local pages
        if not raw_triggers:
            return None  # most clauses of a sentence with a trigger have none of their own
        if ct[0].norm.startswith("و") and ct[0].norm[1:] in _GAIN_NOUNS and any(m.i == 0 for m in raw_triggers):
            # "أن المقاومة على وشك تحقيق الحسم في محافظة لحج، جنوب البلاد، واستعادة السيطرة على قاعدة
            # العند": a verbal noun joined by "و" to the aim told before it in the sentence is the same
            # aim, no ground taken (the aim word within fifteen words back, in the same sentence)
            back = [x for x in range(a - 1, max(-1, a - 16), -1) if toks[x].start >= sent[0]]
            if any(toks[x].norm in _AIM_BEFORE and (toks[x].norm != "وشك" or x and toks[x - 1].norm == "علي")
                   for x in back):
                return None
        denial = next((x for x in range(min(2, len(ct))) if ct[x].norm in DENY_VERBS), None)
        negated = [t for t in raw_triggers if _without_before(ct, t.i) or (
            # "نفت خلية الإعلام الأمني ... ما تداولته بعض المواقع بشأن سقوط صواريخ على قاعدة
            # فكتوريا": the act a denial opening the clause is about (not "نفت الحركة مسؤوليتها
            # عن الهجوم", "نفى حزب الله أي علاقة له بالحادثة التي وقعت ... حيث سقط صاروخ", whose
            # act stands: only a part in it is denied)
            denial is not None and t.i > denial and t.value.form != "verb" and not any(
                ct[y].norm.lstrip("و").removeprefix("ال").startswith(_DENIED_PART_STEMS)
                for y in range(denial, t.i)))]
        if negated:
            # "تحشيدات لمجموعات مسلحة حول مقار حكومية، انتهت دون اشتباكات": the act "without"
            # which a stand-off ended did not happen (an act told beside it stands)
            raw_triggers = [t for t in raw_triggers if t not in negated]
            if not raw_triggers:
                return None
        downed = [t for t in raw_triggers if t.j < len(ct) and ct[t.j].norm in _DOWNED_NOT_AIRCRAFT
                  and ct[t.i].norm.lstrip("وفبل").startswith("اسقاط")]
        if downed:
            # "ورددوا شعارات من قبيل «الشعب يريد إسقاط التطبيع»": a regime or a policy brought down
            raw_triggers = [t for t in raw_triggers if t not in downed]
            if not raw_triggers:
                return None
        pretext = next(_hits_past_waw(ct, _PRETEXT_WORDS), None)
        if pretext is not None and any(t.i > pretext for t in raw_triggers):
            # "أحكاماً بإعدام 44 شخصاً بتهمة التخابر مع دول العدوان ورصد أهداف لغارات التحالف":
            # the act one is charged with (or accused of) is the charge, not news told here; an act
            # told before the charge, "أعدم التنظيم تسعة بتهمة التجسس", stands
            raw_triggers = [t for t in raw_triggers if t.i < pretext]
            if not raw_triggers:
                return None
        fronted = self._concurrent_fronted(text, ct, raw_triggers)
        if fronted:
            # "وبالتزامن مع الهجوم، قصفت قوات النظام ... بلدة ذيبان": the act fronted after "at the
            # same time as" is another one, told before; the clause's act and sides follow the comma
            # (read with it, "الهجوم" was the main act and the regime after it the side hit)
            return self._analyse_clause(text, toks, a + fronted, b, sent, published, order, sentence_dates,
                                        reporters, n_clauses, context, act_subject, headline=headline)
        flying = next(token_hits(ct, _FLYING_FORMS), None)
        cut = None if flying is None else next((
            y for y in range(flying, 0, -1) if "،" in text[ct[y - 1].end:ct[y].start]
            and (ct[y].norm.startswith("و") or ct[y].norm in CONCURRENT_WORDS
                 # ("، في وقت حلقت فيه طائرات الاستطلاع": "at a time when", the flying beside the act)
                 or ct[y].norm == "في" and y + 1 < len(ct) and ct[y + 1].norm in ("وقت", "الوقت"))
            and any(t.j <= y for t in raw_triggers)), None)
        if cut is not None:
            # "كما طال القصف المدفعي المعادي أطراف بلدتي كفركلا والخيام، وسُجل تحليق مكثف للطائرات
            # المسيّرة فوق قرى قضاءي مرجعيون": the flying told after the act, in a part of its own
            # (a comma, then "و"), is a remark beside it, neither the act's nor what makes it none
            return self._analyse_clause(text, toks, a, a + cut, sent, published, order, sentence_dates,
                                        reporters, n_clauses, context, act_subject, headline=headline)
        cues = [m for m in lex.cues.find(ct) if not self._misread_cue(ct, m)
                and not self._compared_since(ct, m, raw_triggers) and not self._where_since(ct, m, raw_triggers)
                and not self._relative_since(text, ct, m, raw_triggers)]
        cues += self._reply_cause(ct, cues)
        cue_at = {m.i: m.value for m in cues}
        self._launch_cues(ct, cue_at)
        kinds = {m.value for m in cues}
        if any(ct[t.i].norm.lstrip("و").startswith("هاجم") and t.i + 1 < len(ct)
               and ct[t.i + 1].norm in _IN_IT and any(ct[x].norm.lstrip("و").removeprefix("ال").startswith(
                   _SPEECH_STEMS) for x in range(max(0, t.i - 3), t.i)) for t in raw_triggers):
            # "والقوا خطابات هاجموا فيها الحكومة التركية", "تصريحات ترامب التي هاجم فيها جون ماكين",
            # "بياناً هاجمت فيه الحكومة الإسرائيلية": what a speech, a statement or a tweet "attacked
            # in it" is words (12 of the 13 "هاجم فيه/فيها" of the 2015 corpus; the 13th, "في الوقت
            # الذي هاجم فيه ... سفارات", has no speech before it)
            kinds.add("verbal")
        verbal_at = [m.i for m in cues if m.value == "verbal"]
        if verbal_at and any(ct[x].norm in THAT_WORDS and x > max(verbal_at) and any(
                t.i > x and t.value.form == "verb" for t in raw_triggers) for x in range(len(ct))):
            # "وشوهدت طائرات حربية تابعة للجيش تحلق فوق الخرطوم، وأفاد شهود عيان بأن الطيران قصف
            # مقار للدعم السريع": what a witness then says happened is its own statement; the
            # flying (or a remark) told before it does not make it no act
            kinds.discard("verbal")
        if verbal_at and all(not FLYING_WORDS.isdisjoint(stems(ct[x].norm)) for x in verbal_at) and any(
                t.value.sub_event_type == "Disrupted weapons use" and t.i < min(verbal_at) for t in raw_triggers):
            # "أسقطت الدفاعات الجوية طائرة مسيرة كانت تحلق فوق قاعدة حرير": the flying describes
            # the aircraft brought down, which is the act
            kinds.discard("verbal")
        if verbal_at and all(ct[x].norm == "لم" and x + 1 < len(ct) and ct[x + 1].norm in _NO_COMMENT_VERBS
                             and any(t.j <= x and any("،" in text[ct[y - 1].end:ct[y].start] for y in range(t.j, x + 1))
                                     for t in raw_triggers) for x in verbal_at):
            # "إن طيران الجيش قصف حي الجبل بالمدينة يوم الخميس، ما أدى إلى مقتل 8 مدنيين، وهو ما لم يعلق
            # عليه الجيش": a side's silence on the act, told past a comma after it, leaves it an act
            # (alone, "ولم يعلق الجيش الإسرائيلي على الضربات" tells none)
            kinds.discard("verbal")
        if raw_triggers and all(t.value.form != "verb" and t.i and ct[t.i - 1].norm in THAT_WORDS and any(
                ct[x].norm.lstrip("و") in _JUDGING_VERBS for x in range(t.j, min(len(ct), t.j + 6)))
                for t in raw_triggers[:1]) and not any(t.value.form == "verb" for t in raw_triggers):
            # "وأكد مكتب حقوق الإنسان أن استهداف الأسواق والأحياء السكنية يكشف الإفلاس العسكري للعدو":
            # a judgment whose subject is the act (a verbal noun right after "أن") reports no act of its own
            return None
        since = next((t.i for t in raw_triggers if t.i and (
            ct[t.i - 1].norm == "منذ" and ct[t.i].norm.startswith("ال")
            # "لأول مرة منذ أن سيطر المتمردون الحوثيون على المطار", "منذ أن سيطروا على القصر
            # الرئاسي": the act after "منذ أن" is the past start of a span, told in passing
            or t.i > 1 and ct[t.i - 1].norm == "ان" and ct[t.i - 2].norm.removeprefix("ف") == "منذ")), None)
        if since is not None:
            # "وتشهد المنطقة تصعيداً متسارعاً منذ الضربات الأمريكية والإسرائيلية المنسقة على إيران،
            # التي ردت بهجمات صاروخية": the acts a span is counted from, and what follows them,
            # are its starting point told in passing, not the clause's act
            raw_triggers = [t for t in raw_triggers if t.i < since]
            if not raw_triggers:
                return None
        purposes = [m for m in cues if m.value == "purpose"]
        if purposes:
            # "خلايا ... يستعدون لشن هجمات على الارتكازات الأمنية": attacks planned are no act, but
            # the strike the same clause tells on them still is
            raw_triggers = [t for t in raw_triggers if not any(c.i <= t.i < c.j for c in purposes)]
            if not raw_triggers:
                return None
        def feared_act(t) -> bool:
            # back over "من" and a generic head ("تخوفا من عمليات انتحارية") to the fear word
            k = t.i - 1
            while k > 0 and t.i - k < 3 and ct[k].norm in ("من", "عمليات", "عمليه", "اعمال"):
                k -= 1
            return k >= 0 and k < t.i and ct[k].norm.lstrip("و") in FEARED_WORDS
        def guarded_from(t) -> bool:
            # "ضرورة حماية حلب من قصف قوات الأسد", "منطقة حظر طيران لحماية حلب، على الأقل، من القصف
            # الجوي" (aawsat 2015-07-25): what a place is to be protected from is no act done there
            # (not "وحدات حماية الشعب", a force's name)
            return t.i > 1 and ct[t.i - 1].norm == "من" and any(
                ct[x].norm.lstrip("وبل") in _PROTECTION_WORDS and ct[x + 1].norm not in _PROTECTED_NAMES
                for x in range(max(0, t.i - 6), t.i - 2))
        feared = [t for t in raw_triggers if feared_act(t) or guarded_from(t)]
        if feared:
            # "استنفار كبير تشهده مواقع الميليشيات تحسباً لضربات أمريكية جديدة": the strikes
            # expected are no act; an act the clause told before them still is
            raw_triggers = [t for t in raw_triggers if t not in feared]
            if not raw_triggers:
                return None
        calls = [m for m in cues if m.value == "hypothetical" and ct[m.i].norm.lstrip("و") in CALL_PARTICIPLES
                 and m.i and any(c in text[ct[m.i - 1].end:ct[m.i].start] for c in "،,")]
        if calls and all(m in calls for m in cues if m.value == "hypothetical"):
            first_call = min(m.i for m in calls)
            if any(t.j <= first_call for t in raw_triggers):
                # "أعلن التحالف بدء عملية جوية استهدفت مصادر التهديد في صنعاء، داعياً المدنيين إلى
                # عدم الاقتراب من المواقع المستهدفة": the call after the comma is for what comes
                # next, and whom it calls on is no side; the act told before it stands, read
                # alone (a call alone, "داعيا طيران التحالف إلى تكثيف طلعاته باستهداف", still is none)
                return self._analyse_clause(text, toks, a, a + first_call, sent, published, order,
                                            sentence_dates, reporters, n_clauses, context, act_subject,
                                            headline=headline)
        appeal = next((k for k in _hits_past_waw(ct, APPEAL_VERBS) if k
                       and any(c in text[ct[k - 1].end:ct[k].start] for c in "،,")), None)
        if appeal is not None and any(t.j <= appeal for t in raw_triggers):
            # "قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل، وناشد الدفاع المدني الأمم المتحدة
            # التدخل لوقف القصف": an appeal after the comma asks for what comes next, and whom it
            # calls on is no side of the act told before it, which stands, read alone
            return self._analyse_clause(text, toks, a, a + appeal, sent, published, order,
                                        sentence_dates, reporters, n_clauses, context, act_subject, headline=headline)
        later = self._future_part(ct, cues, raw_triggers)
        if later is not None:
            # "إن الجيش سيطر على مدينة شقرة الساحلية وخلال الساعات المقبلة ان شاء الله ستكون أبين
            # خالية من ... المليشيات": the future told in a part of its own, opened by "و" after a
            # past act, covers only what follows it; the act told before it stands, read alone
            return self._analyse_clause(text, toks, a, a + later, sent, published, order,
                                        sentence_dates, reporters, n_clauses, context, act_subject, headline=headline)
        readying = [m for m in cues if m.value == "hypothetical" and m.i > 1
                    and ct[m.i].norm.lstrip("و") in READYING_WORDS and ct[m.i - 1].norm in WAS_WORDS]
        if readying and all(m in readying for m in cues if m.value == "hypothetical") and any(
                t.j <= readying[0].i - 1 and t.value.form == "verb" for t in raw_triggers):
            # "قصفت طائرة إسرائيلية مجموعة من الشبان ... قالت إنها كانت تستعد لإطلاق صواريخ": what
            # those hit "were getting ready" to do describes them (the striker's reason); the strike
            # told before it stands, and the fire they readied is no act
            raw_triggers = [t for t in raw_triggers if t.j <= readying[0].i - 1]
            kinds = kinds - {"hypothetical"}
        if "ceasefire" in kinds and all(any(
                _bare_word(ct[x].norm).startswith(_BREACH_STEMS) for x in range(max(0, m.i - 3), m.i)) or (
                m.i and ct[m.i - 1].norm in _SINCE_TRUCE
                and any(ct[x].norm == "منذ" for x in range(max(0, m.i - 2), m.i)))
                for m in cues if m.value == "ceasefire") and any(t.value.form == "verb" for t in raw_triggers):
            # "استهدفت مسيّرة إسرائيلية سيارة ...، في خرق جديد لاتفاق وقف إطلاق النار": the truce an
            # act is said to breach is no truce report; the act stands
            kinds = kinds - {"ceasefire"}
        # ("charge": "حكما بالإعدام ... لاشتراكه في عمليات استهدفت": the acts a court tries)
        if kinds & {"hypothetical", "habitual", "verbal", "ceasefire", "charge"} or \
                self._since_long_ago(ct, text, raw_triggers):
            return None
        if self._past_continuous(ct, raw_triggers[0]):
            return None  # "التي كانوا يقصفون بها من التواهي على ميناء البريقة": what a side used to do
        opener = any(ct[x].norm in COMMENTARY_OPENERS for x in range(min(2, len(ct))))
        commentary = opener and raw_triggers[0].i <= 3
        if opener and not commentary and _after_a_span(ct, raw_triggers[0].i) \
                and not ct[raw_triggers[0].i].norm.startswith("ال") and published is not None \
                and find_dates(text[ct[raw_triggers[0].i].start:ct[-1].end], published):
            # "وتأتي العملية بعد ساعات من هجوم شنته خلية لمرتزقة داعش مساء أمس على نقطة ...": the
            # comment's subject names no act word, and what it comes "hours after" is an earlier act
            # told with its own day (as "ويأتي الهجوم بعد أيام من هجوم ... يوم الخميس" is below)
            m = self._analyse_clause(text, toks, a + raw_triggers[0].i, b, sent, published, order,
                                     sentence_dates, reporters, n_clauses, context, act_subject, headline=headline)
            if m is not None:
                m.distinct = True
            return m
        # "ويأتي ذلك بعد يوم من غارة لمسيّرة تركية، الخميس، على مركز تدريب قرب الحسكة": "this comes
        # a day after", the news told before standing as "ذلك"; the act after the span is the clause's
        this_comes = len(ct) > 2 and ct[0].norm in COMMENTARY_OPENERS and ct[1].norm in DEMONSTRATIVES
        if commentary or this_comes or (
                raw_triggers[0].i <= 3 and ct[raw_triggers[0].i].norm.lstrip("و").startswith("ال")):
            earlier = next((t for t in raw_triggers[int(not this_comes):] if (_after_a_span(ct, t.i) or (
                # "وتأتي هذه الضربة بعد ضربات مماثلة استهدفت أمس السبت مواقع للحشد الشعبي"
                ct[t.i - 1].norm == "بعد" and t.j < len(ct) and ct[t.j].norm in SIMILAR_WORDS))
                # (a definite act only a span before: "وجاءت الضربة بعد يوم من التفجير الانتحاري
                # الذي نفذه التنظيم، الخميس، عند بوابة آبي" is the earlier act itself, with its day)
                and (not ct[t.i].norm.startswith("ال") or _a_day_after(ct, t.i))), None)
            if earlier is not None and published is not None and find_dates(
                    text[ct[earlier.i].start:ct[-1].end], published):
                # (with a day of its own: "بعد أيام من هجوم استهدف ..." with none is background)
                # "ويأتي الهجوم بعد أيام من هجوم مماثل يوم الخميس الماضي على قرية لهيبان", "وجاءت
                # الضربة بعد يوم واحد من غارة ... استهدفت، الاثنين، سيارة": the act told before
                # is commented on; what the clause tells is an earlier act of its own, a span before
                m = self._analyse_clause(text, toks, a + earlier.i, b, sent, published, order,
                                         sentence_dates, reporters, n_clauses, context, act_subject, headline=headline)
                if m is not None:
                    m.distinct = True
                    m.anaphoric = False  # (told with a day of its own: not the act before retold)
                return m
        if commentary:
            # "ويأتي الهجوم بعد يوم دامٍ شهدته العاصمة عدن أمس الخميس، إذ قُتل 36 جندياً في هجوم
            # بصاروخ باليستي ...": the comment's "إذ" past a comma opens the earlier act itself, told
            # with an act of its own; read alone
            since = next((x for x in range(raw_triggers[0].j + 1, len(ct) - 1) if ct[x].norm == "اذ"
                          and "،" in text[ct[x - 1].end:ct[x].start] and any(t.i > x for t in raw_triggers)), None)
            if since is not None:
                return self._analyse_clause(text, toks, a + since + 1, b, sent, published, order, sentence_dates,
                                            reporters, n_clauses, context, act_subject, headline=headline)
            return None  # "وتأتي الهجمات وسط توتر إقليمي": a comment on acts told already
        if ct[0].norm in ("حيث", "وحيث") and len(ct) > 1 and not ONGOING_VERBS.isdisjoint(stems(ct[1].norm)):
            return None  # "حيث تجري مواجهات مستمرة بين قوات الأمن والمتطرفين": the region's war, not the act
        if ct[0].norm == "في" and _area_where_war_goes_on(ct, 0):
            return None  # "في منطقة لا تزال تنشط فيها خلايا التنظيم": the same, told of an area
        weapons_m = lex.weapons.find(ct)
        if listed_dead:
            # (the suicide bomber among the dead brought no explosives to the act told)
            weapons_m = [w for w in weapons_m if not any(m.i <= w.i < m.j for m in listed_dead)]
        if names_any(ct, CARRIER_PLANE_WORDS):  # (tested in C)
            # "تعرض مطار عدن لقصف صاروخي خلال تسليم الطائرة السعودية المساعدات": the aid plane
            # is not an air strike's aircraft
            weapons_m = [w for w in weapons_m if w.value != "aircraft" or not any(
                ct[x].norm in CARRIER_PLANE_WORDS for x in range(w.j, min(w.j + 3, len(ct))))]
        if any(w.value in AIR_WEAPONS and w.i and not ANTI_AIR_WORDS.isdisjoint(stems(ct[w.i - 1].norm))
               for w in weapons_m):
            # "ومضادات الطيران", "المضادة للطيران": guns against aircraft, not aircraft
            weapons_m = [w for w in weapons_m if w.value not in AIR_WEAPONS or not w.i
                         or ANTI_AIR_WORDS.isdisjoint(stems(ct[w.i - 1].norm))]
        if any(w.value in AIR_WEAPONS for w in weapons_m):
            # "أصابت الصواريخ قاعدة نيفاتيم الجوية، حيث تتمركز مقاتلات إف-35": the jets kept at
            # the base struck are what was hit, not the means of the strike
            weapons_m = [w for w in weapons_m if not (w.value in AIR_WEAPONS and any(
                _garrisoned(ct, x) for x in range(max(0, w.i - 2), w.i)))]
        if len(weapons_m) > 1:
            # "قتلت نيران الهاون", "بنيران المدفعية": the fire of the heavier weapon named
            # after it, not small arms
            heavy_at = {w.i for w in weapons_m if w.value != "small arms"}
            weapons_m = [w for w in weapons_m if not (
                w.value == "small arms" and w.j in heavy_at and ct[w.i].norm.endswith(_FIRE_NOUNS))]
        weapons = {m.value for m in weapons_m}
        if "protest" in kinds and not weapons & {"explosives", "aircraft", "rockets", "artillery", "missiles"} \
                and not SETTLER_WORDS & {t.norm for t in ct}:
            # a protest and its policing: ACLED's Protests / Riots, not this ontology's acts
            # (settlers raiding a village while soldiers fire tear gas are no protest)
            return None
        triggers = [m for m in raw_triggers if self._accept_trigger(ct, m, weapons, headline=headline or order == 0)]
        triggers = self._with_harm(ct, triggers)
        cause_from = next((m.i for m in cues if m.value == "cause"
                           # "ردا على ذلك، أغارت طائرات": the cause is what was told before
                           and not any(ct[x].norm in DEMONSTRATIVES for x in range(m.j, min(m.j + 1, len(ct))))),
                          None)
        fronted_cause_end = fronted_cause_start = said_end = said_stop = 0
        if cause_from is not None and (cause_from <= 1 or (
                # '"استمراراً في نهجنا ...، ورداً على جرائم العدو بحق أهلنا في غزة، استهدف مجاهدو
                # المقاومة ...": a cause opened after a comma with "و" is fronted too
                ct[cause_from].norm.startswith("و") and ct[cause_from].start - ct[cause_from - 1].end > 1)):
            # "ورداً على الاعتداء، استهدفت وحدات من الجيش ...": a fronted cause up to its comma
            # (a gap of more than a space between two words), then this clause's own act
            comma = next((x + 1 for x in range(cause_from, min(cause_from + 8, len(ct) - 1))
                          if ct[x + 1].start - ct[x].end > 1), None)
            if comma is not None and any(m.value.form == "verb" and m.i >= comma for m in triggers):
                triggers = [m for m in triggers if m.i < cause_from or m.i >= comma]
                fronted_cause_start, fronted_cause_end, cause_from = cause_from, comma, None
        if cause_from is not None and not any(m.i < cause_from for m in triggers) \
                and ct[cause_from].norm.endswith("علي") and cause_from + 2 < len(ct) \
                and ct[cause_from + 1].norm == "خلفيه" and any(m.i == cause_from + 2 for m in triggers) and any(
                    ct[x].norm.lstrip("و").startswith(_CONDOLENCE_STEMS)
                    or not CONDEMN_VERBS.isdisjoint(stems(ct[x].norm)) for x in range(cause_from)) and any(
                    ct[r].norm in ("الذي", "التي") and any(
                        ct[x].norm.removeprefix("و") in _TOLL_RESULT_VERBS for x in range(r + 1, min(r + 8, len(ct))))
                    for r in range(cause_from + 3, min(cause_from + 6, len(ct)))):
            # "وقدم أوباما تعازيه لتركيا على خلفية الاعتداء الإرهابي الذي نسب إلى تنظيم داعش وأوقع
            # الثلاثاء 32 قتيلا" (snn-2015-07-24-1228): a clause with no act of its own but condolences
            # or a condemnation; the act they stand on, told with its toll, is the news (whom the
            # condolences went to is no side of it; not "اعتقلت الشرطة ... على خلفية الهجوم")
            said_end, cause_from = cause_from + 2, None
            # (up to the next comma: what the statement goes on to say is not the act's)
            said_stop = next((x + 1 for x in range(said_end, len(ct) - 1) if ct[x + 1].start - ct[x].end > 1
                              and "،" in text[ct[x].end:ct[x + 1].start]), len(ct))
        told_cause = 0 if cause_from is None else self._cause_told_as_news(ct, cues, cause_from, triggers)
        if told_cause:
            # "وقالت وزارة الدفاع إن الضربات جاءت رداً على هجوم بصواريخ باليستية استهدف قاعدة عين
            # الأسد، الثلاثاء، وأسفر عن إصابة ثمانية": the reply is the strikes told before (a
            # definite noun, nothing new); the act it answers, told with its own day and toll, is
            # the news of this clause, with its own sides and place
            triggers = [m for m in triggers if m.i >= told_cause]
            weapons = {w.value for w in weapons_m if w.i >= told_cause}  # (not the reply's "الغارات")
            cause_from = None
        if cause_from is not None:  # "ردا على هجمات": the cause, not this clause's act
            triggers = [m for m in triggers if m.i < cause_from]
            if any(w.i < cause_from for w in weapons_m):
                # "أطلقت عشرات الصواريخ على قاعدة عين الأسد ... رداً على اغتيال سليماني بغارة
                # أمريكية": the means of the act answered are not this act's
                weapons_m = [w for w in weapons_m if w.i < cause_from]
                weapons = {w.value for w in weapons_m}
        # "وفي حين تعد البيضاء منطلقًا مهمًا لقوات المتمردين، فقد قصفت قوات التحالف يوم أمس منزل
        # المحافظ" (aawsat 2015-08-07): a fronted "while" clause up to its comma, then the main
        # clause after "فـ"; the sides of the fronted part are not this act's, and its place is
        # where the act struck
        concessive_end = self._concessive_end(ct, triggers) if ct and ct[0].norm.lstrip("و") in _WHILE_OPENERS else 0
        triggers = [m for m in triggers if not self._weak_without_occasion(ct, m, sentence_dates, toks)]
        # "ويتم تطهير المناطق", "سيتم استهدافها": the present or the future, no act
        triggers = [m for m in triggers if not (m.value.form == "noun" and m.i
                                                and ct[m.i - 1].norm in PRESENT_PASSIVE_AUX)]
        # "ويتخذ التنظيم من جبال قنديل ... ملاذات لعناصره، وينفذ انطلاقاً منها هجمات على الأراضي
        # التركية", "لا تزال خلاياه تنفذ هجمات متفرقة": the present of "carry out" with a bare plural
        # of acts, no day and no toll, is what a side does (background), not one act (a headline's
        # present is its news)
        if order and any(self._habitual_present(ct, m) for m in triggers) and not any(
                d.value is not None for d in sentence_dates()) and find_casualties(ct, self.lex) == Casualties():
            triggers = [m for m in triggers if not self._habitual_present(ct, m)]
        # "أي ضربة لمواقع المستشارين ستقابل بالرد": any act, not an act (ANY_WORDS)
        triggers = [m for m in triggers if not (m.value.form == "noun" and m.i and ct[m.i - 1].norm in ANY_WORDS)]
        # 'وأكدت القيادة العامة استمرار العملية حتى "تطهير أرض سيناء"': the act "until" which
        # an operation goes on is its goal, not an act done
        triggers = [m for m in triggers if not (m.value.form == "noun" and m.i and ct[m.i - 1].norm == "حتي")]
        # "قبل هجوم داعش": the act is a time mark in a background clause, not news; so is
        # the act told already after "بعد" that closes the clause ("أطلقت قنابل مضيئة في محيط حقل
        # كونيكو بعد الاستهداف", "وأغلقت الشرطة الشوارع حول مبنى القنصلية بعد الهجوم")
        triggers = [m for m in triggers if not (m.value.form == "noun" and m.i and (
            ct[m.i - 1].norm in TIME_MARK_BEFORE or ct[m.i - 1].norm in AFTER_WORDS
            and ct[m.i].norm.startswith("ال") and (m.j == len(ct) or ct[m.j].start - ct[m.j - 1].end > 1)
            # (not the toll of it: "ولم تتضح الحصيلة النهائية لعدد القتلى بعد الانفجار")
            and not any(not VICTIM_WORDS.isdisjoint(stems(t.norm)) for t in ct[:m.i])))
                    and not (m.value.form == "noun" and self._after_span_of(ct, m.i))]
        if any(self._statistic(ct, m, cue_at, triggers) for m in triggers):
            return None  # "12053 غارة ... منذ": a tally, whatever else the clause says
        if any(ct[x].norm in _TALLY_NOUNS and ct[x + 1].norm in _EARLIER_ADJ for x in range(len(ct) - 1)):
            # "وكانت حصيلة سابقة أفادت بمقتل 43 شخصا", "أعلن في حصيلة سابقة أن عدد الضحايا الذين سقطوا
            # بفعل القصف هو 57 قتيلا": an earlier count of an act the report has told with its newer one
            return None
        if any(ct[x].norm in _PER_CENT and ct[x + 1].norm == "من" and ct[x + 2].norm in _TOLL_NOUNS
               for x in range(len(ct) - 2)):
            # "كشفت منظمات حقوقية أن نحو 70 في المائة من ضحايا عمليات القصف ... هم من المدنيين": a share
            # of the victims is a tally of many acts, not one
            return None
        if not triggers:
            return None
        if len(triggers) > 1 and names_any(ct, _SINCE):
            # "واحداً من أكثر أيامه دموية منذ بدء المواجهات، إذ استهدفت غارة إسرائيلية مبنى": the
            # war a comparison counts from is not the act; the act's own words name its kind
            span = _since_span(ct)
            if span is not None and any(not span[1] < m.i < span[2] for m in triggers):
                triggers = [m for m in triggers if not span[1] < m.i < span[2]]
        forms = {m.value.form for m in triggers}
        noun_only = forms <= {"noun"}
        definite = noun_only and all(ct[m.i].norm.startswith(("ال", "وال", "بال", "فال"))
                                     or "ال" in m.prefix or self._toll_rose_of(ct, m.i) for m in triggers)
        if definite and any(t.norm in _CONDEMN_VERBS_FORMS or t.norm in DENY_VERBS
                            for t in ct[:triggers[0].i]):
            # "وأدانت الإدارة الذاتية الهجمات، ودعت التحالف الدولي": a reaction, no new side; so
            # is a denial ("نفى المتحدث باسم الخارجية الإيرانية أي صلة لبلاده بالهجوم")
            return None
        if definite and names_any(ct[:triggers[0].i], _SUPPORT_VERBS_FORMS):
            definite = False  # "وشن طيران التحالف ... الغارات الجوية على": a new act, not a back-reference
        if definite and any(ct[x].norm in RELATIVE_PRONOUNS and x + 1 < len(ct)
                            and (not SUPPORT_VERBS.isdisjoint(stems(ct[x + 1].norm))
                                 # "التفجيرين الانتحاريين اللذين ضربا سوق البالة ... صباح اليوم"
                                 or ct[x + 1].norm in STRUCK_VERBS)
                            for x in range(triggers[0].j, min(triggers[0].j + 3, len(ct) - 1))):
            definite = False  # "الهجوم الذي نفذه عناصر التنظيم ... على تجمع": told with its doer, news
        # (not a capture told in a relative clause after the act: "غارات مكثفة على قاعدة الديلمي الجوية
        # ... ودمرت عددا من الطائرات ومنظومات الدفاع الجوي التي استولت عليها ميليشيات الحوثي" is a
        # strike on what the Houthis had seized)
        sub = next((d for d in DECISIVE_SUB_TYPES for m in triggers if m.value.sub_event_type == d and not (
            m.i and ct[m.i - 1].norm in RELATIVE_PRONOUNS and any(t.i < m.i - 1 for t in triggers))),
                   None) or next((m.value.sub_event_type for m in triggers if m.value.sub_event_type), "")
        weapons |= {m.value.weapon for m in triggers if m.value.weapon}
        actors = self._actors(ct)
        if fronted_cause_end:  # ("ردا على هجمات داعش، قصفت الطائرات": the cause's sides are not this act's)
            actors = [a for a in actors if a[0] >= fronted_cause_end]
        if concessive_end:
            actors = [a for a in actors if a[0] >= concessive_end]
        if said_end:
            actors = [a for a in actors if said_end <= a[0] < said_stop]
        if told_cause:  # (the sides named with the reply are the reply's)
            actors = [a for a in actors if a[0] >= told_cause]
        if cause_from is not None and noun_only and triggers[0].i < cause_from \
                and ct[triggers[0].i].norm.startswith("ال") \
                and any(not CLAIM_VERBS.isdisjoint(stems(t.norm)) for t in ct[:triggers[0].i]):
            # "وتبنت جماعة نصرة الإسلام ... الهجوم، وقالت ... إنه جاء ردا على تعاون المجلس
            # العسكري مع مجموعة فاغنر الروسية": a claim of an act told before names its
            # author; a side named after "ردا على" is what the act answers, not its target
            actors = [a for a in actors if a[0] < cause_from]
        if cause_from is not None and any(w.i < cause_from for w in weapons_m) and any(
                a[0] < cause_from for a in actors):
            # "أن قواته أطلقت عشرات الصواريخ على قاعدة عين الأسد، رداً على اغتيال سليماني بغارة
            # أمريكية": who did the act answered is, at most, whom the reply struck, never its author
            actors = [(i, j, a, prefix, "target") if i > cause_from else (i, j, a, prefix, hint)
                      for i, j, a, prefix, hint in actors]
            cause = next((m for m in cues if m.value == "cause" and m.i == cause_from), None)
            if cause is not None and cause.j < len(ct) and ct[cause.j].norm.lstrip("و") in _CRIME_NOUNS:
                # "استهدفوا ... قاعدة الشدادي ...، رداً على جرائم الكيان الصهيوني في غزة": not even that
                # when what is answered are crimes (against a people, not the one who replies): their
                # doer, named right after the noun, is no side of the reply (their victims may be)
                actors = [a for a in actors if a[0] != cause.j + 1]


        if cause_from is not None and actors:
            # "نفذت الهجوم ...، ردا على تعاون المجلس العسكري مع مرتزقة فاغنر الروس": the partner a
            # cause's cooperation names (after "مع") is no side the act was aimed at
            partner = next((x for x in range(cause_from + 2, min(cause_from + 8, len(ct) - 1))
                            if ct[x].norm == "مع" and any(ct[y].norm.lstrip("و") in _COOPERATION_NOUNS
                                                          for y in range(cause_from + 1, x))), None)
            if partner is not None:
                actors = [a for a in actors if not partner < a[0] <= partner + 4]
        # "البنتاغون: انتحاري واحد نفذ الهجوم", "«التحالف»: اعتراض صاروخ": a headline's
        # name before a colon is its source, quoted, not a side
        colon = text.find(":", ct[0].start, min(ct[0].start + 40, ct[-1].end))
        if colon > 0 and actors and all(ct[m.i].start > colon for m in triggers):
            actors = [a for a in actors if ct[a[1] - 1].end > colon]
        elif actors and any(ct[x].norm in SPEAKER_BEFORE for x in range(min(3, len(ct)))):
            # "عاجل | مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية - الجيش العربي: سيارة
            # مفخخة ... استهدفت موقعاً عسكرياً": a source fronted before a colon, however long its title,
            # speaks; the sides in its title are not sides of the act it tells
            colon = text.find(":", ct[0].start, min(ct[0].start + 160, ct[-1].end))
            if colon > 0 and all(ct[m.i].start > colon for m in triggers) and not any(
                    ct[x].norm in THAT_WORDS for x in range(len(ct)) if ct[x].end < colon):
                actors = [a for a in actors if ct[a[1] - 1].end > colon]
        if names_any(ct, _SINCE) and names_any(ct, SUPERLATIVES):
            # "في اول عملية كبيرة في العاصمة الافغانية منذ تعيين خلف للملا محمد عمر على رأس حركة
            # طالبان": a side named in the span a comparison counts from is not a side of the act
            span = _since_span(ct)
            if span is not None:
                actors = [a for a in actors if not span[1] < a[0] < span[2]]
        if sub == "Armed clash" and all(m.value.sub_event_type == "Armed clash" for m in triggers) and any(
                t.norm.lstrip("وب").startswith(_FIGHT_STEMS) for t in ct):
            # (civilians among a fight's dead were caught in it: the fight's sides are elsewhere)
            actors = [a for a in actors if not (a[2] == "Civilians" and _caught_civilians(ct, a[0]))]
        # "قصف جوي يخطئ «داعش» ويقتل 46 مدنيا": the side the strike missed is no side of it
        actors = [a for a in actors if not (a[0] and ct[a[0] - 1].norm in MISS_VERBS)]
        # (the victims of what the one struck is held responsible for are no side of this act)
        actors = [a for a in actors if not (a[2] == "Civilians" and _not_hit_by_this_act(ct, a[0]))]
        # "أقدم مسلحون على مهاجمة قرية ... وإضرام النار في عدد من المنازل ...، قبل أن تنتشر قطعات
        # من الجيش لفرض طوق أمني": a force named after "قبل أن" (no act word after it) came later
        # to an act on people or homes named after the act's word, and is no side of it (but "أكد سكان
        # ... سماع دوي انفجارات ...، قبل أن تطوق القوات الخاصة المنطقة" names no one hit: the force may be)
        later = next((k for k in range(1, len(ct) - 1) if ct[k].norm == "ان" and ct[k - 1].norm in ("قبل", "وقبل")
                      and not any(m.i > k for m in triggers)), None)
        if later is not None and any(ct[x].norm in _CIVILIAN_VICTIM_WORDS_FORMS
                                     for x in range(min(m.i for m in triggers), later)):
            actors = [a for a in actors if a[0] < later or a[2] == "Civilians"]
        told_by = next((x for x in range(max(m.j for m in triggers), len(ct)) if ct[x].norm in ACCORDING_TO), None)
        if told_by is not None and actors:
            # "اختطف مسلحون من جماعة بوكو حرام 11 امرأة ...، وفق ما أفاد به زعيم ميليشيا محلية متحالفة
            # مع الجيش": past the act, a source told with his title and the side he stands with is
            # who tells it; the sides in his description are no sides of the act
            # (up to the comma that ends the source: "بحسب مصدر طبي، بينهم قائد اللواء الأول" goes
            # on with the toll)
            told_end = next((x for x in range(told_by + 1, len(ct))
                             if any(c in text[ct[x - 1].end:ct[x].start] for c in "،,؛")), len(ct))
            titled = next((x for x in range(told_by + 1, min(told_by + 6, told_end))
                           if ct[x].norm in SPEAKER_TITLES or ct[x].norm in ("زعيم", "شيخ", "وجيه")), None)
            if titled is not None:
                actors = [a for a in actors if not told_by < a[0] < told_end]
            elif told_by + 2 < told_end and ct[told_by + 1].norm == "ما" and any(
                    v in REPORT_VERB_FORMS or v in CLAIM_VERBS  # (with its pronoun: "أعلنه", "ذكرته")
                    for v in {ct[told_by + 2].norm, ct[told_by + 2].norm.removesuffix("ه"),
                              ct[told_by + 2].norm.removesuffix("ته") + "ت"}):
                # "اعترضت الدفاعات الجوية السعودية طائرة مسيرة أطلقتها الميليشيا ...، بحسب ما أعلنه
                # التحالف": past an act whose two sides are named, one a state's own forces, the side
                # it is told after as its source is who tells it (with no such forces named it may be
                # the one hit: "تعرضت محطة أرامكو لعمل عدائي من الميليشيا الحوثية المدعومة من إيران،
                # بحسب ما أعلنه تحالف دعم الشرعية")
                rest = [a for a in actors if not told_by < a[0] < told_end]
                if len({a[2] for a in rest}) >= 2 and any(country_of_forces(a[2]) for a in rest):
                    actors = rest
        charged = next(_hits_past_waw(ct, _PRETEXT_WORDS), None)
        if charged is not None and actors and any(m.i < charged for m in triggers):
            # "أعدم تنظيم داعش تسعة من سائقي سيارات الأجرة ... بتهمة التجسس لصالح القوات الأمنية"
            # (aawsat 2015-08-07): the side the victims were accused of serving is the pretext
            actors = [a for a in actors if not charged < a[0] <= charged + 6]
        actor1, actor2, explicit, attacker_spans = self._roles(ct, actors, triggers, cue_at, act_subject)
        if actor2 is None and actor1 not in (None, "Unknown", "Civilians") and any(
                ct[m.i].norm.lstrip("و") in _EXECUTION_WORDS for m in triggers) and not any(
                not _EXECUTED_FIGHTERS.isdisjoint(stems(t.norm)) for t in ct[:charged]):
            # "أعدم تنظيم داعش أمس تسعة من سائقي سيارات الأجرة وسط الموصل" (aawsat 2015-08-07): a
            # side executes the captives in its hands, people, not its enemy's forces in the field
            # (which the usual target of its attacks would have given), unless they are soldiers
            actor2 = "Civilians"
            explicit = explicit | {actor2}
        if actor1 in (None, "Unknown", "Civilians") and _personal_crime(ct):
            return None  # "اعتدى مواطن بالضرب على طبيب", "على يد زوجها إثر خلاف عائلي": a crime
        if actor1 in (None, "Unknown") and actor2 is None and triggers and all(
                ct[m.i].norm.lstrip("و") in _EXECUTION_WORDS for m in triggers) and any(
                not _JUDICIAL_WORDS.isdisjoint(stems(t.norm)) for t in ct):
            # "أعدم ثلاثة أشخاص في شيراز ولم يتمتعوا بمحاكمة قانونية": executions with no side named
            # and a court or trial told are a state's justice carried out, no act of the conflict
            return None
        # "مسيّرة مفخخة أطلقتها ميليشيات الحوثي", "مسيّرة حوثية", "صواريخ إسرائيلية": who launched it is named
        # (a warplane's or an unmanned plane's own nation, "إسقاط طائرة أمريكية من نوع MQ9", is
        # not who launched it but the side hit, as below: only a missile, rocket or drone is fired)
        # "أسقطت مقاتلة أمريكية طائرة مسيّرة مسلحة قالت واشنطن إنها تابعة للجيش التركي": a drone
        # or plane brought down (not intercepted on its way, nor aimed at a place) is its owner's loss
        downing = sub == "Disrupted weapons use" and any(
            ct[m.i].norm.lstrip("وف").startswith(("اسقط", "إسقاط")) for m in triggers
            if m.value.sub_event_type == "Disrupted weapons use") and not any(
            ct[m.i].norm.lstrip("و").startswith(INTERCEPT_STEMS) for m in triggers) and not self._aimed_at(ct, triggers)
        flown = [w for w in weapons_m if w.value in ("drones", "aircraft", "helicopters")] if downing else []
        launcher = next((a for i, j, a, *_ in actors if i and a != "Unknown" and (
            ct[i - 1].norm in LAUNCHED_IT
            or any(w.j == i and w.value not in ("aircraft", "helicopters") for w in weapons_m)
            # "لمسيّرات يُعتقد أنها تابعة لـ"الدعم السريع"": the side the weapon belongs to
            or self._weapon_owned_by(ct, i, [w for w in weapons_m if w not in flown]))), None) \
            if sub == "Disrupted weapons use" else None
        owned = next((a for i, _, a, *_ in actors if i > 1 and a not in ("Unknown", "Civilians")
                      and self._flown_by(ct, i, flown)), None) if flown and launcher is None else None
        if owned is not None:
            actor2 = owned
            actor1 = next((a for i, _, a, *_ in actors if a not in (owned, "Unknown", "Civilians")
                           and i < min(w.i for w in flown)), actor1 if actor1 != owned else None)
            explicit = {a for a in (actor1, actor2) if a}
        if sub == "Disrupted weapons use" and launcher is None:
            # ("صواريخ إسرائيلية": the weapon's own nationality names no actor phrase; a
            # missile's, that is: "إسقاط طائرة أمريكية" downs the aircraft of the side hit)
            launcher = self._weapon_nation(ct, weapons_m, ("missiles", "rockets") + (
                # "اعترضت الدفاعات الجوية 32 طائرة مسيرة أوكرانية": a drone intercepted (not
                # downed) was on its way to strike, so its nation launched it
                # ("أسقطت طائرة مسيرة إيرانية كانت متجهة نحو أربيل": so is one downed on its way)
                ("drones",) if any(ct[m.i].norm.lstrip("و").startswith(INTERCEPT_STEMS) for m in triggers
                                   if m.value.sub_event_type == "Disrupted weapons use")
                or self._aimed_at(ct, triggers) else ()))
        downed = self._downed_aircraft(ct, next(m for m in triggers if m.value.sub_event_type == sub)) \
            if sub == "Disrupted weapons use" and launcher is None and not weapons & INTERCEPTED_WEAPONS else None
        if downed is not None:
            # "أسقطت مقاتلة أميركية ... طائرة حربية سورية": the downed warplane's nation was hit, the
            # downer is the side the clause names before it (its own aircraft's nation)
            owner = self._nation_after(ct, downed.j).forces("military")
            downer = next((a for i, _, a, *_ in actors if i < downed.i and a not in (owner, "Unknown", "Civilians")),
                          None) or next((n.forces("military") for x in range(1, downed.i)
                                         if (n := self.lex.actors.nationality(ct[x].norm)) is not None), None)
            actor1, actor2 = (downer, owner) if downer != owner else (None, owner)
            explicit = {a for a in (actor1, actor2) if a}
        elif sub == "Disrupted weapons use" and launcher is None and actor2 is None:
            # "أسقط الحوثيون طائرة مسيرة أمريكية": a downed aircraft's nation is the side hit
            owner = self._weapon_nation(ct, weapons_m, ("drones", "aircraft", "helicopters"))
            if owner is not None and owner != actor1:
                actor2 = owner
                explicit = explicit | {actor2}
            elif owner is not None and owner == actor1 and any(a == owner and any(
                    i in (w.i, w.j) and w.value in ("aircraft", "helicopters") for w in weapons_m)
                    for i, _, a, *_ in actors):
                # "تمكنت الدفاعات الجوية من إسقاط طائرة أمريكية من نوع MQ9": the plane's nation read
                # as the clause's doer is the side whose plane was downed; the downer is the other
                # side the clause names, if any ("أعلنت القوات المسلحة اليمنية إسقاط طائرة أمريكية")
                actor1 = next((a for _, _, a, *_ in actors if a not in (owner, "Unknown")), None)
                actor2 = owner
                explicit = {a for a in (actor1, actor2) if a}
        if sub == "Disrupted weapons use" and launcher is None and actor1 not in (None, "Unknown", "Civilians"):
            # "وردت سرايا القدس بإطلاق نحو 200 صاروخ ...، وأعلن الجيش أن القبة الحديدية اعترضت
            # معظمها": the side that fired, told before its firing and the interception after it,
            # launched what was stopped
            fires = [m.i for m in triggers if m.value.sub_event_type not in ("", "Disrupted weapons use")]
            stops = [m.i for m in triggers if m.value.sub_event_type == "Disrupted weapons use"]
            first_at = min((i for i, _, a, *_ in actors if a == actor1), default=None)
            if stops and first_at is not None and any(first_at < f < min(stops) for f in fires):
                launcher = actor1
        # "اعترضت منظومة الدفاع الجوي في محيط السفارة الأمريكية أحد الصواريخ": rockets and
        # missiles are only fired at someone, so whoever stopped them was their target even
        # when the text names no launcher (a downed drone or aircraft may be the stopper's prey)
        fired_at_stopper = bool(weapons & {"missiles", "rockets"}) and not weapons & {
            "drones", "aircraft", "helicopters"} or (
            # "أسقطت الدفاعات الجوية الأمريكية طائرة مسيرة كانت تحلق فوق القرية الخضراء": air
            # defences stop what comes at their side, so their side was the target, not the hitter
            launcher is None and actor2 is None and any(
                a == actor1 and ct[i].norm in AIR_DEFENCE_HEADS for i, _, a, *_ in actors))
        if sub == "Disrupted weapons use" and (launcher is not None or fired_at_stopper
                                               or self._aimed_at(ct, triggers)):
            # "تصدت القوات الأميركية لطائرتين مسيّرتين كانتا تستهدفان قاعدة عين
            # الأسد": the act is the drones' attack on the base; who stopped them
            # is its target, and a drone that got through makes it a strike; and
            # "أسقطت الدفاعات الجوية السورية صواريخ إسرائيلية": the launcher named
            stopper = next((a for a in (actor1, actor2) if a and a != launcher), None)
            if stopper is None and launcher is not None:
                # "أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية اعترضت ... طائرة مسيرة أوكرانية":
                # the side named as the interception verb's subject (right before or after it,
                # not the ministry that tells it) stopped what was launched at it
                stops = [m.i for m in triggers if m.value.sub_event_type == "Disrupted weapons use"]
                stopper = next((a for i, j, a, _, h in actors if a not in (launcher, "Unknown", "Civilians")
                                and h != "reporter" and any(0 <= s - j <= 1 or 0 < i - s <= 2 for s in stops)),
                               None) or next((
                    # "إن طائرة أمريكية من طراز إف-15 أسقطت طائرة مسيرة إيرانية": the warplane
                    # that downed it, by its nation, before the verb
                    n.forces("military") for w in weapons_m if w.value in ("aircraft", "helicopters")
                    and w.j < len(ct) and any(w.j < s for s in stops)
                    and (n := self.lex.actors.nationality(ct[w.j].norm)) is not None), None)
            if launcher is not None:
                actor1, actor2 = launcher, stopper if stopper and not allied(stopper, launcher) else None
                explicit = {a for a in (actor1, actor2) if a}
            else:
                actor1, actor2 = None, actor1 or actor2
                explicit = {actor2} if actor2 else set()
            attacker_spans = []
            if any(not GOT_THROUGH.isdisjoint(stems(t.norm)) for t in ct):
                sub = next((m.value.sub_event_type for m in triggers if m.value.sub_event_type
                            not in ("", "Disrupted weapons use")), None) or (
                    "Air/drone strike" if weapons & {"drones", "aircraft"} else "Shelling/artillery/missile attack")
        if sub == "Armed clash" and actor2 == "Civilians" and any(
                not GENERIC_PERSON_WORDS.isdisjoint(stems(t.norm)) for t in ct) and not _names_civilians(ct):
            actor2 = None  # "شخصين قتلا ... في اشتباكات": the dead of a clash are not thereby civilians
        elif sub == "Armed clash" and actor2 == "Civilians" and _civilians_among_the_dead(ct):
            actor2 = None
        elif actor2 == "Civilians" and _civilians_among_the_dead(ct) and any(
                ct[x].norm in _ARMED_SITE_FORMS for x in range(triggers[0].j, min(triggers[0].j + 3, len(ct)))):
            # "إن الضربات طالت مواقع في منطقتي عكاشات والقائم وأدت إلى سقوط 16 شهيداً بينهم
            # مدنيون": strikes on positions whose dead only include civilians hit an armed side
            # (the one the act told before names), not civilians (the positions the act's first
            # object: not "أصابت مسجداً ... قتل فيه 13 شخصاً بينهم أطفال، إلى جانب مواقع")
            actor2 = None
        # "طال القصف المدفعي التركي محيط بلدة عين عيسى": a side named by its act's
        # noun is not somewhere the place after it could be its base
        trigger_at = {m.i for m in triggers}
        based = [(i, j) for i, j in attacker_spans if i not in trigger_at]
        # '"مرتزقة حكومة دمشق" المتمركزين في مدينة الميادين ... قصفوا أحياء ذيبان': a side the
        # lexicon does not name, "stationed in" a place before the active verb it is the subject
        # of, stood there (the place finder's "stood at": where it fired from when the clause
        # names another place hit). Not "المتمركز فيها" (the place of someone else) nor a
        # stationed side after the verb (its object: "استهدف عناصر قسد المتمركزين في قرية").
        first_verb = next((m.i for m in triggers if m.value.form == "verb"), None)
        if first_verb is not None and triggers and triggers[0].i == first_verb:
            based += [(x, x) for x in range(first_verb)
                      if ct[x].norm in STATIONED and x + 1 < first_verb and ct[x + 1].norm == "في"
                      and not any(x - j <= 1 and i <= x for i, j in based)]
        place_cues = cue_at
        launch_at = [x for x, v in cue_at.items() if v == "launch"]
        if launch_at:
            # "بقصف مدفعي من قاعدتها في حقل العمر، طال منازل المدنيين في قرية غرانيج": a verb of
            # fire reaching a place ("طال", "سقطت") after the launch cue ends the launch's reach
            place_cues = dict(cue_at)
            for m in triggers:
                if m.value.form == "fall" and m.i > min(launch_at) and m.i not in cue_at:
                    place_cues[m.i] = "target"
            for x in launch_at:
                # "أن الصواريخ أطلقت من قواعد الحرس في محافظتي كرمانشاه وكردستان": the bases
                # right after "launched from" are where the fire left, not a target noun
                if x + 2 < len(ct) and ct[x + 1].norm == "من" and cue_at.get(x + 2) == "target" \
                        and ct[x + 2].norm in _LAUNCH_SITE_FORMS:
                    place_cues[x + 2] = "launch"
        places, anaphoric_place = self.places.find(text, ct, based, place_cues, context)
        if launch_at and any(p.role == "launch" for p in places) and not (
                # (not past the air base aircraft flew from, told between the verb and its object:
                # "قصفت إحدى طائرات سلاح الجو الليبي من قاعدة طبرق الجوية أحد المراكب ... قبالة ميناء درنة")
                ct[min(launch_at)].norm == "من" and ct[min(launch_at) + 1].norm in _AIR_BASE_NOUNS):
            # "أن الصواريخ أطلقت من شاحنة صغيرة مركونة في منطقة تقع جنوب غربي أربيل قرب الحدود
            # الإدارية مع محافظة نينوى": past the launch area, with nothing that opens a target
            # (على، باتجاه، مستهدفاً، سقطت) since the launch cue, a place only locates the launch area
            # (not "من مواقعهم في مارع وإعزاز قرى ناحية تل رفعت": the villages struck open the object)
            first = min(launch_at)
            for p in places:
                k = next((x for x, t in enumerate(ct) if t.start <= p.start < t.end + 1), None)
                if p.role == "target" and k is not None and k > first and not any(
                        place_cues.get(x) == "target" or ct[x].norm in ("علي", "ضد")
                        or ct[x].norm.removeprefix("و") in STRUCK_SETTLEMENTS for x in range(first, k)):
                    p.role = "launch"
        # a place inside a group's name ("أنصار بيت المقدس", "مجلس شورى ثوار بنغازي") is not where it struck
        names = [(ct[i].start, ct[j - 1].end) for i, j, *_ in actors if j - i > 1]
        places = [p for p in places if not any(a < p.start and p.end <= b for a, b in names)]
        if fronted_cause_end:  # "ورداً على جرائم العدو بحق أهلنا في غزة، استهدف": the cause's place
            a, b = ct[fronted_cause_start].start, ct[fronted_cause_end].start
            places = [p for p in places if not a <= p.start < b]
        if concessive_end and not any(p.role == "target" for p in places):
            b = ct[concessive_end].start
            for p in places:
                if p.start < b and p.role in ("launch", "attacker_base"):
                    p.role = "target"
        if told_cause:  # "إن الضربات أصابت ثلاثة مواقع في العراق ... ردا على هجوم ... قرب كركوك"
            places = [p for p in places if p.start >= ct[told_cause].start]
        if cause_from is not None:  # "ردا على الاعتداء على منطقة بعلبك": the cause's place
            own = {id(t) for t in self._own_part(ct, cause_from)}
            places = [p for p in places if any(id(t) in own for t in ct if t.start <= p.start < t.end + 1)]
        if sub == "Air/drone strike" or weapons & {"aircraft", "drones", "helicopters"}:
            for p in places:  # "بقصف لطيران التحالف في قضاء بيجي": aircraft are not based where they strike
                if p.role == "attacker_base":
                    p.role = "target"
        if sub == "Government regains territory":  # "سيطرت على مديرية القفر": the place taken is the act's place
            for p in places:
                if p.role == "seized":
                    p.role = "target"
        targets = [p for p in places if p.role == "target" and not self._residence(ct, p)]
        if targets and any(ct[x].norm in _CONDEMN_VERBS_FORMS for x in range(min(2, len(ct)))):
            # "أدانت الجمعية الخيرية لتحفيظ القرآن الكريم في منطقة الرياض ... عمل إجرامي ... استهدف
            # ... مسجد قوات الطوارئ في منطقة عسير": the place of the body that condemns, named before
            # the act, is where it sits; the act's own place follows the act's word
            act_at = ct[min(m.i for m in triggers)].start
            after_act = [p for p in targets if p.start > act_at]
            targets = after_act or targets
        # "مقراً لحزب الحرية قرب بلدة بردي (آلتون كوبري) بين أربيل وكركوك": the two towns a place
        # named before lies between say where it is, not two more places hit
        between = [x for x in range(1, len(ct) - 1) if ct[x].norm in ("بين", "وبين")
                   and any(q.start < ct[x].start for q in targets)]
        if between:
            def _between(p, ct=ct, between=between):
                k = bisect_right(ct, p.start, key=_END)  # (the token the place is in: "وكركوك")
                return any(k == x + 1 or x + 1 < k <= x + 3 and ct[k].norm.startswith("و") for x in between)
            targets = [p for p in targets if not _between(p)] or targets
        aim = next((ct[x].start for x in range(1, len(ct) - 1) if ct[x].norm in _AIM_WORDS
                    and any(m.i < x for m in triggers)), None)
        if aim is not None:
            # "أن الضربات نُفّذت ... زاعماً أنها دفاعية تهدف إلى حماية الملاحة في البحر الأحمر": what
            # the act aimed at (to protect, to secure a place) is no place it struck
            targets = [p for p in targets if p.start < aim]
        # "وفي أريحا بالضفة الغربية، استشهد شاب فلسطيني من قطاع غزة جراء سقوط شظايا": a person
        # named by his people and where he comes from; beside the place it happened, no target
        targets = [p for p in targets if not (_person_from(ct, _index_of(ct, p)) and any(
            q.place is not p.place for q in targets))]
        norms = set(map(_NORM, ct))
        mark = None if TIME_MARK_WORDS.isdisjoint(norms) else next((
            k for k in range(triggers[0].j, len(ct) - 2) if ct[k].norm in TIME_MARK_WORDS
                     and any(ct[x].norm in SPAN_FROM and not SPAN_UNITS.isdisjoint(
                                 stems(ct[x - 2 if ct[x - 1].norm == "فقط" else x - 1].norm))
                             # ("انفجرت عبوة ثانية بعد نحو ساعة على رتل آخر": "على" before what
                             # was hit, not before an act the span counts from, is the blast's target;
                             # "بعد أيام قلائل على سقوط ستة من عناصره" still counts from their fall)
                             and (ct[x].norm == "من" or x + 1 >= len(ct)
                                  or _STRUCK_OBJECTS.isdisjoint(stems(ct[x + 1].norm)))
                             # "بعد 10 أيام فقط على اعتداء انتحاري آخر وقع في منطقة فوتوكول": wire
                             # copy's "على" for "من", with its "only"
                             for x in range(k + 2, min(k + 5, len(ct))))), None)
        sup = None if SUPERLATIVES.isdisjoint(norms) else next(
            (ct[x].start for x in range(len(ct)) if ct[x].norm in SUPERLATIVES
             and _comparison(ct, x, len(ct), gains=False)), None)
        if sup is not None and any(p.start < sup for p in targets):
            # "غارتين على محيط مدينة بعلبك، في أول استهداف من نوعه لمنطقة البقاع": a comparison
            # restates the act; its place is no second target
            targets = [p for p in targets if p.start < sup]
        elif "منذ" in norms and not SUPERLATIVES.isdisjoint(norms):
            targets = self._outside_comparison(ct, targets)
        if mark is not None and not ct[triggers[0].i].norm.lstrip("وفب").startswith("ال"):
            # (not "وجاءت الغارات بعد ساعات من قصف ... في أبو غريب": a back-reference dates the news by it)
            # "بغارة في ننغرهار بعد يومين من تفجيري مطار كابل": the time mark's place is its own
            targets = [p for p in targets if p.start < ct[mark].start]
        after_act = next((k for k in range(1, len(ct) - 1) if (ct[k].norm in AFTER_WORDS and any(
            s in self.lex.triggers or s in _GAIN_NOUNS or "ال" + s in _GAIN_NOUNS for s in stems(ct[k + 1].norm))
            # "غارات إسرائيلية على ميناء الحديدة غداة مسيّرة حوثية على تل أبيب": the morrow of an
            # act named by its weapon, an act of its own the day before
            or ct[k].norm in DAY_AFTER_WORDS and self.lex.weapons.match_at(ct, k + 1) is not None)
            and any(m.i < k for m in triggers)), None)
        if after_act is not None and any(p.start < ct[after_act].start for p in targets):
            # "شنت غارات مكثفة على مواقع التمرد حول مدينة تعز ... بعد تحرير عدن والحوطة ولودر
            # وزنجبار وقاعدة العند": the places of an earlier act the clause's act comes after
            # are that act's, not more targets of this one
            targets = [p for p in targets if p.start < ct[after_act].start]
        # "قرى ... التابعة لناحية كفري ... شمال شرقي بعقوبة": a town after a compass
        # word, once a place is named, says where that place lies, not a second target
        # (not an office's place: "معاون قائد عمليات حزام بغداد ... في شارع فلسطين شرقي العاصمة بغداد"
        # names no place hit before the capital)
        # (a distance told from a town, past no place but where the sources spoke from: "قالت مصادر
        # محلية في ولاية بورنو إن 43 مزارعاً قتلوا على يد مسلحين ... على بعد نحو 20 كيلومتراً من مدينة
        # مايدوغوري" places the act near that city)
        targets = [p for p in targets if not (any(q.start < p.start and q.role != "office" for q in places)
                                              and self._reference_point(ct, p)
                                              or any(q.start < p.start and q.role not in (
                                                  "office", "spoken_from", "reporter_base", "filed_from")
                                                  for q in places) and self._far_from(ct, p, 0))
                   # "منطقة الهري الواقعة جنوب شرق مدينة البوكمال": past the city's noun, when a town or
                   # site named before is said to lie there (not "بشمال سيناء ... جنوب مدينة رفح", nor
                   # "التفجير الأول في مدينة سوروتش ... حاجزا في جنوب مدينة كوباني")
                   and not (self._reference_point(ct, p, past_noun=True) and any(
                       q.start < p.start and q.role == "target" and KIND_RANK.get(q.place.kind, 2) < 4
                       for q in places))
                   and not self._far_from(ct, p)]
        # "قرى ... التابعة لناحية كفري الحدودية مع محافظة كركوك وصلاح الدين": what a place borders
        targets = [p for p in targets if not self._bordering(ct, p)] or targets
        # "مثلث العند وهو مفترق طرق يربط بين ردفان والضالع وتعز ولحج بعدن": what a site named
        # before links, once it is named, is where its roads go
        targets = [p for p in targets if not self._linked(ct, p, places)] or targets
        targets = [p for p in targets if not any(q.start < p.start and getattr(q.place, "kind", "") in SITE_KINDS
                                                 and self._near_reference(ct, q, p) for q in targets)] or targets
        # "في البادية القريبة من ناحية عقيربات": a region said to lie near a town is placed by that
        # town (the region's representative point may be 100 km off)
        targets = [q for q in targets if not (getattr(q.place, "kind", "") == "region" and any(
            p.start > q.start and KIND_RANK.get(getattr(p.place, "kind", ""), 4) <= 3 and self._near_town(ct, q, p)
            for p in targets))] or targets
        targets = self._without_topic_place(text, ct, targets)
        # "لن تترددا في حماية الملاحة في البحر الأحمر": the waters whose shipping a statement
        # speaks of are its topic, not a place the act struck
        targets = [p for p in targets if not self._shipping_lane(ct, p)]
        # "مكتب حاكم إقليم أغري ... تفجير في الإقليم": an office's place, when no other is named
        if not targets and (office := [p for p in places if p.role == "office"][:1]):
            targets = office
            if any(ct[x].norm in _REGION_AGAIN or "ب" + ct[x].norm in _REGION_AGAIN and ct[x - 1].norm == "في"
                   for x in range(triggers[0].j, len(ct))):
                # "أكد أمير منطقة عسير ... التفجير الغاشم الذي استهدف مسجد قوات الطوارئ الخاصة
                # بالمنطقة" (snn-2015-08-07-1025): the act is placed in the office's region again
                # by name; there it struck, unless the article places it more finely (the assembler)
                targets = [replace(office[0], role="office_hit")]
        # "استهدفت مسيرة سيارة على طريق القامشلي - عامودا": the road between its two towns
        targets = targets or [p for p in (road_point(places),) if p is not None]
        # "بغداد (رويترز) -", "دمشق - سانا:": the dateline names where the
        # report was filed, not where the act happened
        targets = [p for p in targets if not DATELINE_AFTER.match(text, p.end)
                   or text[max(0, text.rfind("\n", 0, p.start) + 1):p.start].strip()]
        bylined = [p for p in targets if text.startswith(":", p.end) and BYLINE_BEFORE.search(
            text, max(0, p.start - 70), p.start)]
        if bylined and len(bylined) < len(targets):
            # "خالد علي – سبق – جدة: أدانت منظمة التعاون الإسلامي ... استهداف المستوطنين لمنزلهم
            # وإحراقه في نابلس": the town after a byline's writers and outlet is where the report was
            # filed; with a place of the act's own it is no second place hit (alone, as "محمد المواسي
            # - سبق - جازان: زار محافظ الطوال ... الذي تعرض للإصابة", it is the nearest the text gives)
            targets = [p for p in targets if p not in bylined]
        if actor2 == "Civilians" and any(_military_site(p.place) for p in targets) and not _names_civilians(ct):
            # "غارات استهدفت مطار حماة ... مقتل أربعة أشخاص بينهم عناصر": people at a
            # military base are its garrison unless the text calls them civilians
            actor2 = None
        launch = next((p for p in places if p.role == "launch"), None)
        if launch is not None and any(p.place is not launch.place for p in targets):
            # "قال إنها أُطلقت من قاعدة "تي فور" (التيفور) الجوية": a launch site named twice (by
            # its name and its alias) is where the fire came from both times, not also a place hit
            targets = [p for p in targets if p.place is not launch.place]
        attacker_base = next((p for p in places if p.role == "attacker_base"), None)
        clause_text_span = (ct[0].start, ct[-1].end)
        # "في أول استهداف من نوعه منذ بدء المواجهات في الثامن من أكتوبر": the comparison's
        # date is not the act's
        since = clause_text_span[1] if "منذ" not in norms else next(
            (ct[k].start for k in range(len(ct)) if ct[k].norm == "منذ"
             and any(_comparison(ct, x, k) for x in range(max(0, k - 10), k))), clause_text_span[1])
        dates = [d for d in sentence_dates()
                 if clause_text_span[0] <= d.start + sent[0] < min(since, clause_text_span[1])] or [
            d for d in sentence_dates() if not clause_text_span[0] <= d.start + sent[0] < clause_text_span[1]
            # (not "... بينما لم يصدر تعليق من الدعم السريع التي تفرض حصاراً على الفاشر منذ مايو الماضي":
            # what another clause has done since a month is a span, no date of this clause's act)
            and not text[max(0, d.start + sent[0] - 5):d.start + sent[0]].rstrip().endswith("منذ")]
        dated = [d for d in dates if d.value is not None]
        had = next((x for x in range(triggers[0].j + 1, len(ct) - 2) if ct[x].norm in _HAD_WORDS
                    and ct[x].start - ct[x - 1].end <= 1 and any(
                        # (a past verb, then the pronoun of the noun described: "سيطرت عليها"; not
                        # "مواقع كان التنظيم يتحصن فيها أمس", where the present may be the act's day's)
                        ct[y].norm in _ON_IT | _RESUMPTIVE_PREPOSITIONS and not ct[y - 1].norm.startswith(("ي", "ت"))
                        for y in range(x + 2, min(x + 6, len(ct))))), None)
        if had is not None and dated and all(d.start + sent[0] > ct[had].start for d in dated):
            # "تمكن خلالها مقاتلو الفصائل من استعادة نقاط كانت قوات النظام سيطرت عليها يومي الاثنين
            # والثلاثاء الماضيين" (aawsat 2015-08-06): a day told in the relative clause of what "had
            # been" done to a noun after the act's word dates that, not the act
            dated = []
        if cause_from is not None and any(d.start + sent[0] < ct[cause_from].start for d in dated):
            # "أعلن الحرس، فجر اليوم الأربعاء، أن قواته أطلقت ... رداً على اغتيال سليماني ... فجر
            # الجمعة الماضي": the day of the act answered is not this act's
            dated = [d for d in dated if d.start + sent[0] < ct[cause_from].start]
        reaction_day = None
        first = triggers[0]
        if first.value.form == "noun" and first.i and (ct[first.i].norm.lstrip("وبلف").startswith("ال")
                                                       or "ال" in first.prefix) \
                and any(ct[x].norm in RELATIVE_PRONOUNS for x in range(first.j, min(first.j + 3, len(ct)))):
            # "أدت جموع غفيرة ظهر أمس السبت ... صلاة الميت على الشهيد ... عقب التفجير الآثم الذي
            # استهدف جامع قوات الطوارئ": a known act named by a definite noun and a relative
            # clause is dated by its own clause, not by the day of the funeral, visit or
            # condemnation told before it; that day only bounds it (the act came first, often
            # the same day: "وقف أمير منطقة عسير بعد ظهر أمس على موقع التفجير الغاشم الذي
            # استهدف مسجد"), an approximate day any day another sentence states overrides
            own = [d for d in dated if d.start + sent[0] >= ct[first.i].start]
            if dated and not own:
                reaction_day = replace(dated[0], precision="approximate")
            dated = own
        when = dated[0] if dated else reaction_day
        # "توجه أوغلو، اليوم (الثلاثاء)، الى شانلي اورفة غداة اعتداء انتحاري", "وغداة الهجوم، أقيمت
        # صلاة الميت أمس الثلاثاء", "تأتي تصريحات عباس بعد يومين من مقتل رضيع فلسطيني": the act came
        # the day (or the days) before what the clause (or, with no day of its own, the report)
        # dates; a day told in the act's own words after its noun ("غداة هجوم وقع الاثنين") is its own
        days_before = self._days_after_act(ct, first.i)
        if first.value.form == "noun" and first.i and ct[first.i - 1].norm in DAY_AFTER_WORDS:
            days_before = days_before or 1
        if days_before is not None:
            # (a day of the next clause's, "شنّ سلاح الجو التركي اليوم" after "وبعد أربعة أيام على هجوم
            # انتحاري ...،", is the day counted from, not the act's own)
            own = [d for d in dated if ct[first.i].start <= d.start + sent[0] < clause_text_span[1]]
            base = dated[0].value if dated and not own else None if own else published
            if own:
                when = own[0]
            elif base is not None:
                when = DateMention(ct[first.i].start - sent[0], ct[first.i].end - sent[0],
                                   base - timedelta(days=days_before), "approximate")
        if len(dated) > 1 and self._speech_before(ct, dated[0].start + sent[0]):
            # "قالت الوزارة في بيان أمس إن القيادي قتل في ضربة جوية في الثامن من يوليو": the
            # date in the speaker's words is the statement's; the reported act's comes after
            when = dated[1]
        elif len(dated) > 1 and dated[0].value != dated[1].value \
                and dated[0].start + sent[0] < ct[first.i].start <= dated[1].start + sent[0] \
                and any(not REPORT_VERBS.isdisjoint(stems(ct[x].norm)) or ct[x].norm in MOURN_VERBS
                        for x in range(min(first.i, 4))):
            # "أعلنت وزارة شؤون البيشمركة، اليوم الاثنين، مقتل خمسة من عناصرها ... في هجوم شنه مسلحو
            # داعش ليل أمس الأحد": the day after the announcing verb is the announcement's, the one
            # after the act's noun the act's (so is a mourning's: "نعت رئاسة الجمهورية، اليوم السبت، ...
            # الوزراء الذين ارتقوا شهداء في غارة ... استهدفتهم ظهر الخميس")
            when = dated[1]
        own_past = next((d for d in dates if d.precision in ("past_month", "past_year")
                         and d.start + sent[0] > ct[first.i].start
                         and clause_text_span[0] <= d.start + sent[0] < clause_text_span[1]
                         # (not "تحرير مديرية بيحان ... التي سيطرت عليها المليشيا في سبتمبر الماضي", "منذ
                         # اندلاع الحرب في أبريل 2023": a relative clause's or a span's month is not the act's)
                         and not any(t.norm in RELATIVE_PRONOUNS or t.norm in ("منذ", "ومنذ")
                                     for t in ct[first.j:] if t.start < d.start + sent[0])), None)
        if own_past is not None and when is not None and when.value is not None \
                and all(d.start + sent[0] < ct[first.i].start for d in dated):
            # "زار داود أوغلو أمس موقعا حدوديا ... قرب مكان قتل فيه جندي تركي في اشتباكات مع
            # داعش ... الشهر الماضي": the visit's day is told before the act, the act's own earlier
            # month after its word; that month is the act's time (a recalled act, no day of its own)
            dated, when = [], None
        past = None if dated else next((d.precision for d in dates if d.precision.startswith("past")), None)
        if past == "past_year":
            return None  # "قصفت في عام 2019", "العام الماضي": history told as background
        # "وكان سليماني ... قد قتلا بغارة شنتها طائرة أمريكية مسيرة قرب مطار بغداد الدولي،
        # فجر الجمعة الماضي": "had been" with a time days before the report is an act recalled
        # ("وكانت القوات قد سيطرت الجمعة", yesterday or the day before, is the news told in order)
        recalled = self._pluperfect(ct, triggers[0].i) and (past is not None or when is not None and published
                                                            and (published - when.value).days > PLUPERFECT_NEWS_DAYS) \
            or any(d.precision == "past_days" and d.start + sent[0] < ct[triggers[0].i].start for d in dates)
        # ("بعد أن أعلنت قبل أيام السيطرة على مدينة دير الزور": an act told after "a few days ago" is
        # recalled, whatever its verb's form; not "دارت اشتباكات في محيط مطار مروي، حيث كانت الدعم
        # السريع قد نشرت قوات قبل أيام", whose days ago date another verb after the act)
        casualties = find_casualties(ct[told_cause:] if told_cause else self._own_part(ct, cause_from), lex)
        if casualties == Casualties() and n_clauses == 1 and cause_from is None and (told_cause or len(ct) < len(toks)):
            # (a clause that is the whole sentence, searched whole, has just been searched:
            # find_casualties reads only the tokens, so the sentence's search would find the same nothing)
            casualties = find_casualties(toks, lex)
        if max(casualties.fatalities or 0, casualties.injured or 0) > MAX_ONE_EVENT_CASUALTIES:
            return None  # "مقتل 2927 على الأقل ... جراء الضربات": a campaign's toll
        if casualties == Casualties() and not weapons and all(
                ct[m.i].norm.removeprefix("و") in _RAID_VERBS and m.j - m.i == 1 for m in triggers) and any(
                t.norm in _ARREST_WORDS for t in ct):
            # "اقتحمت قوة إسرائيلية بلدة بني نعيم، واعتقلت ثلاثة شبان بعد مداهمة منازلهم": a raid
            # that only arrests, no shot, no harm, is an arrest campaign (ACLED's Arrests), not an act
            return None
        distinct = any(v == "distinct" and any(0 < i - t.j + 1 <= 3 for t in triggers)
                       # (not "تعرضت هي الأخرى لقصف": "it too", the same wave)
                       and not (i and ct[i - 1].norm in ("هي", "هو", "هم", "هما"))
                       for i, v in cue_at.items())  # "هجوم أخر", "هجوما صاروخيا جديدا"
        distinct = distinct or past is not None  # last month's act is not today's
        # "وفي قرية سنجل المجاورة، هاجم مستوطنون منازل": a place called the neighbour of the one
        # told before, named ahead of the act, is another village hit, however close the two lie
        distinct = distinct or any(
            x < triggers[0].i and any(0 <= ct[x].start - p.end <= 2 for p in targets)
            for x in token_hits(ct, NEIGHBOURING_WORDS))
        # "هاجموا صباح اليوم قرية نهر الإمام المجاورة": a neighbouring village the gazetteer does not
        # know, struck after the act's verb, is another act beside the place told before
        neighbour = not targets and any(
            x > triggers[0].i
            and any(ct[y].norm.lstrip("و") in ("قريه", "بلده") for y in range(max(0, x - 4), x - 1))
            for x in token_hits(ct, NEIGHBOURING_WORDS))
        distinct = distinct or neighbour
        anaphoric_place = anaphoric_place or neighbour
        if neighbour and actor1 is not None and actor2 is None:
            actor2 = "Civilians"  # (the village's people, whose houses "وأضرموا النار في عدد من المنازل")
        # "كما قصفت قوات النظام بالمدفعية الثقيلة مدينة سرمين": "also" and a verb of its own
        # tell one more act, not the one before retold at a nearby place
        # ("كما شهدت صنعاء هجوما للمقاومة": "also" and a verb of occurrence before the act's noun)
        also = len(ct) > 1 and ct[0].norm in ("كما", "وكما") and any(
            m.i == 1 and m.value.form == "verb"
            or 1 < m.i <= 4 and not OCCURRENCE_VERBS.isdisjoint(stems(ct[1].norm)) for m in triggers) or any(
            # "قصفت أيضاً", "وأضاف أن القصف طال أيضًا أطراف قريتي إبلين وبليون": "also" right after
            # the act's verb, or a verb of reaching after its noun, tells one more act at the places
            # that follow (not "الهجوم أسفر أيضا عن إصابة 12 جنديا": more of the same act's toll)
            x < len(ct) and ct[x].norm in ALSO_WORDS and (
                m.value.form == "verb" and x == m.j or x == m.j + 1 and ct[m.j].norm in REACH_VERBS)
            for m in triggers for x in (m.j, m.j + 1))
        reprisal = "reprisal" in forms
        target_tolls = self._target_tolls(ct, targets)
        target_sides = self._target_sides(ct, actors, targets, actor1) if actor2 and len(targets) > 1 else {}
        if actor2 == "Civilians" and not target_sides and len({p.place.name for p in targets}) > 1:
            target_sides = self._civilians_apart(ct, actors, targets)
        implied = self._implied_target(ct, casualties, sub, text)
        if implied == "military" and any(getattr(p.place, "kind", "") == "camp" for p in targets):
            # "بقصف مدفعي على معسكر أبوشوك" (a headline that drops "للنازحين"): a place the
            # gazetteer knows as a camp is a displaced or refugee camp (places.csv keeps army
            # camps as bases), where civilians live, whatever word names it
            implied = "Civilians"
        if actor2 == "Civilians" and implied == "military" and not _names_civilians(ct, military_ok=True) and any(
                ct[k].norm in ("عسكري", "عسكريه") and not MILITARY_ASSET_HEADS.isdisjoint(
                    stems(ct[k - 1].norm) + (stems(ct[k - 2].norm) if k > 1 else ())) for k in range(1, len(ct))):
            # "استشهد 14 شخصاً جراء تفجير ... استهدف حافلة مبيت عسكري": people killed when a thing
            # called military was hit are its men; the thing says whose (not a checkpoint's
            # crowd: "قتل خمسة أشخاص في منطقة مزدحمة أمام نقطة تفتيش")
            actor2 = None
            explicit = explicit - {"Civilians"}
        if sub == "Armed clash" and any(w.value in ("aircraft", "drones", "helicopters") and w.j == i < triggers[0].i
                                        for w in weapons_m for i, _ in attacker_spans):
            # "أفشلت طائرات التحالف العربي هجوما كانت ميليشيات الحوثي تحضر له": the side acted
            # by its aircraft, so its act is an air strike whatever the act's word (ACLED codes by means)
            sub = "Air/drone strike"
        if actor1 is None and triggers and all(_security_operation(ct, m) for m in triggers):
            # "أعلنت وزارة الداخلية عن مقتل عنصر إرهابي ... أثناء عملية أمنية في مدينة سجنان": a
            # security operation is the state's security forces' act; whom it killed, unnamed, is
            # an armed side the text does not name (not beside another act: "أنه منفذ تفجير مسجد قوات
            # الطوارئ ... أن الفراج هلك قبل 10 سنوات بعملية أمنية" tells a bombing)
            actor1 = "_police"
            actor2 = actor2 or "Unknown"
        if sub == "Armed clash" and actor1 and actor2 is None and any(
                _after_between(ct, i, actors) and any(ct[x].norm in ("واخري", "واخرين", "واخرون")
                                                     for x in range(j, min(j + 3, len(ct))))
                for i, j, *_ in actors):
            # "اندلعت الاشتباكات بين قوات تابعة لحكومة الوحدة الوطنية وأخرى موالية لباشاغا": the
            # other side of a fight "between X and others" is one the text leaves unnamed, not the
            # usual foe of X
            actor2 = "Unknown"
        if actor2 and any(a == actor2 and j < len(ct) and ct[j].norm.removeprefix("و") in _CLAIMS_IT
                          for _, j, a, *_ in actors):
            # "انتحاري يفجر نفسه وسط مستجدين في المكلا و\"داعش\" يتبنى", "وداعش يتبنى وأنقرة تتهم":
            # a side with "claims it" as its own verb right after it is the act's author, not its target;
            # a force named only by its kind ("وسط مجندين") is then whom it hit
            if actor1 in (None, "Unknown"):
                actor1, actor2 = actor2, None
            elif actor1.startswith("_"):
                actor1, actor2 = actor2, actor1
            else:
                actor2 = None
        if sub == "Government regains territory" and actor2 == "Civilians":
            # "تقدما كبيرا باتجاه تحرير الأحياء السكنية ... من دنس تنظيم داعش": the homes taken back
            # are the ground, not whom the act hit; ground is won from an armed side, the one named
            # beside it, else one the clause leaves unnamed
            actor2 = next((a for _, _, a, *_ in actors if a not in (actor1, "Civilians", "Unknown")
                           and not a.startswith("_") and not (actor1 and allied(a, actor1))), None)
            explicit = explicit - {"Civilians"}
        return Mention(
            sentence=sent, clause=clause_text_span, order=order,
            sub_event_type=self._sub_event_type(sub, weapons, forms, actor2),
            weapons=weapons, actor1=actor1, actor2=actor2, targets=targets,
            launch=launch or attacker_base, attacker_base=attacker_base,
            date=when.value if when else None,
            date_precision=when.precision if when else (past or "unknown"),
            casualties=casualties, reporters=set(reporters()),
            anaphoric=definite,
            anaphoric_place=anaphoric_place and not targets,
            distinct=distinct, reprisal=reprisal, explicit_actors=explicit,
            implied_target=implied or (
                "Civilians" if sub == "Abduction/forced disappearance" else ""),  # ACLED: violence against civilians
            specific=self._specific(ct, sub, weapons),
            # (the two words after the trigger, or its own last: "وفي حادث مماثل", triggers.csv)
            similar=any(ct[k].norm in SIMILAR_WORDS
                        for t in triggers for k in range(max(t.i + 1, t.j - 1), min(t.j + 2, len(ct)))),
            target_tolls=target_tolls, target_sides=target_sides, also=also,
            span_back=_span_back_days(ct, mark, triggers, targets) if mark is not None and not when else None,
            named=frozenset(a for _, _, a, *_ in actors),
            denying=not DENIAL_PARTICIPLES.isdisjoint(map(_NORM, ct)),
            repelled=bool(actor1 and actor2 and {actor1, actor2} <= explicit) and any(
                ct[x].norm in _REPEL_VERBS_FORMS for x in range(len(ct))),
            between=any(_after_between(ct, i, actors) for i, *_ in actors), recalled=recalled,
            dead_of_side=actor2 not in (None, "Civilians", "Unknown") and any(
                a == actor2 and _dead_were_of(ct, i) for i, _, a, *_ in actors),
            # "اشتباكات مع الإرهابيين ... بإسناد من المقاتلات التركية": who backs the attacker
            backers={a for i, _, a, *_ in actors if i > 1 and a not in (actor1, "Unknown", "Civilians") and (
                ct[i - 1].norm in ESCORT_WORDS or ct[i - 1].norm == "من" and ct[i - 2].norm in ESCORT_WORDS)}
            if actor2 == "Unknown" else set())

    @staticmethod
    def _outside_comparison(ct, targets: list[PlaceRef]) -> list[PlaceRef]:
        """The targets outside a comparison "SUPERLATIVE ... منذ ...": what follows "منذ"
        is the span it counts from ("أول هجوم حوثي يوقع قتلى منذ بدء استهداف الجماعة للسفن
        في البحر الأحمر", "منذ الهجوم على مسجد الروضة"), and a place between the two is its
        scope ("في سابقة هي الأولى في الضفة الغربية منذ نحو عقدين", "أكبر الهجمات التي
        تشهدها منطقة بئر العبد منذ"), unless "على" makes it the act's target ("أول قصف
        جوي روسي على محافظة إدلب منذ 22 يوماً")."""
        span = _since_span(ct)
        if span is None:
            return targets
        sup, since, end = span

        def scope(p):
            at = _index_of(ct, p)
            return since <= at < end or sup < at < since and not any(
                ct[x].norm in ("علي", "ضد") or ct[x].norm.startswith(("لل", "عل")) and x == at
                for x in range(max(sup, at - 2), at + 1))
        return [p for p in targets if not scope(p)]

    def _target_tolls(self, ct, targets: list[PlaceRef]) -> dict:
        """Each target place's own toll, read between it and the next target
        place, when at least two places have one; {} when the clause tells a
        single toll (or none)."""
        if len({p.place.name for p in targets}) < 2:
            return {}
        ordered = sorted(targets, key=lambda p: p.start)
        before = self._tolls_before_places(ct, ordered)
        if before:
            return before
        tolls = {}
        for k, p in enumerate(ordered):
            stop = ordered[k + 1].start if k + 1 < len(ordered) else ct[-1].end + 1
            part = [t for t in ct if p.end <= t.start < stop]
            toll = find_casualties(part, self.lex) if part else Casualties()
            if p.place.name not in tolls or tolls[p.place.name] == Casualties():
                tolls[p.place.name] = toll
        if sum(t != Casualties() for t in tolls.values()) >= 2:
            return tolls
        return self._counted_before(ct, ordered)

    def _tolls_before_places(self, ct, ordered: list[PlaceRef]) -> dict:
        """"مخلفاً ثلاثة شهداء وعشرة جرحى بقرية الموزرة، وخمسة شهداء بقرية أرنبة، وستة شهداء بقرية
        جوزف" (alyaum 2015-08-09): each toll told right before "ب"/"في" (and a village or town
        noun) and its place, ending on its noun of the dead or wounded, is that place's; read
        from the place before it (not the next place's count, as the toll after a place would
        be). {} unless two places have one so."""
        tolls = {}
        prev_end = ct[0].start
        for p in ordered:
            k = next((x for x, t in enumerate(ct) if t.end > p.start), len(ct))
            head = ct[k - 1].norm if k >= 1 else ""
            if head in _IN_SETTLEMENT:
                k -= 1  # "بقرية", "ببلدة": the preposition on the village noun
            elif head in _SETTLEMENT_NOUNS and k >= 2 and ct[k - 2].norm == "في":
                k -= 2  # "في قرية"
            elif head == "في":
                k -= 1
            else:
                prev_end = p.end
                continue
            if k >= 1 and (ct[k - 1].norm in KILLED_NOUNS or ct[k - 1].norm in INJURED_NOUNS):
                part = [t for t in ct[:k] if t.start >= prev_end]
                toll = find_casualties(part, self.lex) if part else Casualties()
                if toll != Casualties():
                    tolls.setdefault(p.place.name, toll)
            prev_end = p.end
        return tolls if len(tolls) >= 2 else {}

    @staticmethod
    def _toll_rose_of(ct, i: int) -> bool:
        """"ارتفاع حصيلة ضحايا تفجير كنيسة مار إلياس إلى 25 قتيلا": an act named as the one whose
        toll rose is an act told before, whatever its article."""
        return i > 0 and ct[i - 1].norm in _TOLL_OF_WORDS and any(t.norm in TOLL_RISE_WORDS for t in ct[:i - 1])

    def _counted_before(self, ct, ordered: list[PlaceRef]) -> dict:
        """"أوقعت 36 قتيلاً، بينهم 22 في كييف و10 قتلى في كريفي ريغ وثلاثة في دنيبرو": a toll
        shared out among places, each count told right before "في" and its place (a noun of the
        dead or wounded may follow the count; a bare one counts as the clause's toll does). {}
        unless two places have one."""
        total = find_casualties(ct, self.lex)
        tolls = {}
        for p in ordered:
            k = next((x for x, t in enumerate(ct) if t.end > p.start), len(ct))
            if k >= 2 and ct[k - 1].norm in VILLAGE_NOUNS:
                k -= 1  # "و30 في قرية زاروم داريه": the village noun before the name the gazetteer lacks
            if k < 2 or ct[k - 1].norm != "في":
                continue
            x, noun = k - 2, None
            if ct[x].norm in _PASSIVE_KILL_IN and x >= 1:
                # "70 شخصا قتلوا في قرية": the count before the passive verb (and its persons' noun)
                x, noun = x - 1, ct[x].norm
                if find_number(ct[x].norm, self.lex) is None and x >= 1:
                    x -= 1
            if ct[x].norm in KILLED_NOUNS or ct[x].norm in INJURED_NOUNS:
                x, noun = x - 1, ct[x].norm
            word = ct[x].norm[1:] if x >= 0 and ct[x].norm.startswith("و") else ct[x].norm if x >= 0 else ""
            if not word:
                continue
            num = find_number(word, self.lex)
            if num is None:
                continue
            dead = noun in KILLED_NOUNS or noun in _PASSIVE_KILL_IN if noun else total.fatalities is not None
            if not dead and (noun is None and total.injured is None):
                continue
            tolls.setdefault(p.place.name, Casualties(num, None) if dead else Casualties(None, num))
        return tolls if len(tolls) >= 2 else {}

    @staticmethod
    def _target_sides(ct, actors, targets: list[PlaceRef], actor1: str | None) -> dict:
        """Each target place's own side, the one named between the place before it
        and it ("مقر الحزب الديمقراطي الكردستاني الإيراني في بلدة كويسنجق، ومقرات
        لحزب كومله في منطقة زركويز"), when two places or more have distinct ones; {}
        otherwise."""
        ordered = sorted(targets, key=lambda p: p.start)
        sides = {}
        prev_end = ct[0].start
        for p in ordered:
            named = [a for i, _, a, *_ in actors if prev_end <= ct[i].start < p.start
                     and a not in ("Civilians", "Unknown", actor1) and not a.startswith("_")]
            if named:
                sides.setdefault(p.place.name, named[-1])
            prev_end = p.end
        return sides if len(set(sides.values())) >= 2 else {}

    @staticmethod
    def _civilians_apart(ct, actors, targets: list[PlaceRef]) -> dict:
        """"القوات التركية تقصف رأس العين وتل أبيض وقتلى مدنيون في القامشلي": civilians told
        in a toll of their own, joined by "و" after the places struck ("وقتلى مدنيون", "ومقتل
        3 مدنيين"), were hit at the places named after that toll; the places before it are the
        act's other targets, whose side the clause does not name (None). {} otherwise."""
        for i, _, a, *_ in actors:
            if a != "Civilians":
                continue
            joined = next((x for x in range(max(0, i - 3), i + 1) if ct[x].norm.startswith("و")
                           and ct[x].norm[1:] in HARM_WORDS), None)
            if joined is None:
                continue
            before = {p.place.name for p in targets if p.end <= ct[joined].start}
            after = {p.place.name for p in targets if p.start > ct[i].start}
            if before and after and not before & after:
                return {**dict.fromkeys(before), **dict.fromkeys(after, "Civilians")}
        return {}

    @staticmethod
    def _own_part(ct, cause_from):
        """The clause without its "ردا على ..." cause, whose casualties are the
        cause's; "ما أسفر عن" after it returns to the reported act."""
        if cause_from is None:
            return ct
        back = next((k for k in range(cause_from, len(ct) - 1)
                     if ct[k].norm in ("ما", "مما") and ct[k + 1].norm in ("اسفر", "ادى")), None)
        return ct[:cause_from] + (ct[back:] if back is not None else [])

    def _cause_told_as_news(self, ct, cues, cause_from: int, triggers) -> int:
        """Where the act a "ردا على" cause names begins, when the clause's own act is only the
        strikes told before ("الضربات جاءت رداً على", "إن الغارات أصابت ... ردا على": a definite
        noun first, no new act) and the cause is one act told as news: an act noun right after
        "على" ("هجوم صاروخي", "هجوم نفذه مسلحون"), its own weekday ("يوم الجمعة", "الثلاثاء",
        "أمس") and its toll. 0 otherwise ("ردا على هجمات الحوثيين": a campaign, no news)."""
        own = [m for m in triggers if m.i < cause_from]
        # ("أمر بالضربات رداً على هجوم ...": the strikes told before, after a preposition)
        if not own or not ct[own[0].i].norm.lstrip("و").removeprefix("ب").startswith("ال") or any(
                m.value.form == "noun" and not ct[m.i].norm.lstrip("وبلف").startswith("ال") for m in own):
            return 0
        end = next((m.j for m in cues if m.value == "cause" and m.i == cause_from), None)
        if end is None or end >= len(ct) or not any(
                m.i == end and m.value.form == "noun" and (not ct[m.i].norm.startswith("ال") or any(
                    # "رداً على الهجوم الصاروخي الذي استهدف يوم الجمعة الماضي قاعدة «كي ون»": the definite
                    # act told by its relative clause, with its own day and toll, is news as "هجوم" is
                    ct[x].norm in RELATIVE_PRONOUNS for x in range(m.j, min(m.j + 2, len(ct)))))
                for m in triggers):
            return 0
        if not any(t.norm.lstrip("وب") in WEEKDAYS or t.norm == "امس" for t in ct[end:]):
            return 0
        return end if find_casualties(ct[end:], self.lex) != Casualties() else 0

    @staticmethod
    def _split_open_fire(ct, found) -> list[Match]:
        """"فتح عناصر من حزب العمال النار على قافلة": the verb and its object
        "النار" around the subject, which a phrase lexicon cannot match."""
        if not names_any(ct, _FIRE_OBJECTS):
            return []  # most clauses: one set test per token, in C
        taken = {x for m in found for x in range(m.i, m.j)}
        out = []
        for k in token_hits(ct, _OPEN_FIRE_VERBS_FORMS):
            if k in taken:
                continue
            if any(ct[x].norm in _FIRE_OBJECTS for x in range(k + 2, min(k + 8, len(ct)))):
                out.append(Match(k, k + 1, OPEN_FIRE, ""))
        return out

    @staticmethod
    def _concurrent_fronted(text, ct, triggers) -> int:
        """"وبالتزامن مع الهجوم، قصفت قوات النظام": where the clause's own part starts (0 if none)
        after a fronted "بالتزامن مع / تزامنا مع" + an act's noun, its comma, and a verb act after it."""
        if len(ct) < 5 or not (ct[0].norm.removeprefix("و") in CONCURRENT_WORDS and ct[1].norm == "مع"
                               # "وفي سياق العدوان، شن طيران العدو الأمريكي أربع غارات": the frame an
                               # act is told in, fronted, is the war or the acts told before it
                               or ct[0].norm.removeprefix("و") == "في" and ct[1].norm in _FRAME_NOUNS):
            return 0
        y = next((y for y in range(3, min(8, len(ct))) if "،" in text[ct[y - 1].end:ct[y].start]
                  or "," in text[ct[y - 1].end:ct[y].start]), None)
        if y is None:
            # (with no comma, the first verb act past the fronted noun and its name: "وبالتزامن مع
            # هجوم سوروتش فجر انتحاري نفسه امس في سيارة مفخخة")
            y = next((m.i for m in triggers if 3 <= m.i < 8 and m.value.form == "verb"), None)
        if y is None or not any(m.j <= y for m in triggers) or not any(
                m.i >= y and m.value.form == "verb" for m in triggers):
            return 0
        return y

    @staticmethod
    def _split_air_destroyed(ct, found) -> list[Match]:
        """"وأضاف أن مقاتلات التحالف دمرت عشر آليات قتالية للميليشيات في صرواح": warplanes named
        before "destroyed" (their side between) struck, as the lexicon's "دمرت مقاتلات" after
        it is (a bare "دمرت القوات آليات" is often a clash's toll, no act of its own)."""
        if not names_any(ct, _DESTROYED_FORMS):
            return []
        taken = {x for m in found for x in range(m.i, m.j)}
        out = []
        for k, t in enumerate(ct):
            if k in taken or t.norm not in DESTROYED_VERBS:
                continue
            # (past an owner phrase too: "أن مقاتلات تابعة لسلاحها الجوي دمرت 32 هدفاً")
            x = next((x for x in range(k - 1, max(-1, k - 6), -1) if ct[x].norm.lstrip("و") in AIR_SUBJECTS), None)
            if x is not None and not any(y in taken for y in range(x, k)) and not (x and ct[x - 1].norm == "من"):
                out.append(Match(k, k + 1, AIR_DESTROYED, ""))
        return out

    def _split_side_killed(self, ct, found) -> list[Match]:
        """"إن مسلحين يشتبه بانتمائهم لجماعة بوكو حرام قتلوا 43 مزارعاً", "بأن قوات الدعم السريع
        قتلت 47 مدنيا": a side named before an active kill verb whose object is a count of dead is the
        killer (the verb-first "قتل مسلحون" is the lexicon's); the count right after the verb makes it
        active ("27 شخصا قتلوا في انفجار", "قتلت امرأة": passive, no count follows). Only in a clause
        that tells no other act."""
        if found or not names_any(ct, _SIDE_KILL_FORMS):
            # (a clause with an act word of its own reads its sides from it: "إن قواته قتلت 12
            # مسلحاً من بوكو حرام في كمين نصبته لهم", the ambush)
            return []
        out = []
        for k, t in enumerate(ct):
            if t.norm not in SIDE_KILL_VERBS or k + 1 >= len(ct):
                continue
            nxt = ct[k + 1].norm
            if not (nxt.isdigit() or nxt in COUNT_WORDS):
                continue
            sides = [m for m in self.lex.actors.find(ct[:k]) if m.value not in ("Civilians",)]
            if sides:
                out.append(Match(k, k + 1, SIDE_KILLED, ""))
        return out

    def _split_toll_by_place(self, ct, found) -> list[Match]:
        """"إن 70 شخصا قتلوا في قرية تشوما بانغو و30 في قرية زاروم داريه": a count of dead before a
        passive kill verb and "في", then a second count joined by و before its own "في", is a toll
        shared out among places: the act told before, struck at each (no act word of its own,
        _counted_before reads each place's count). Only in a clause that tells no act; a count told
        once ("27 شخصا قتلوا في انفجار") stays the toll of the clause's act word."""
        if found:
            return []
        for k in range(1, len(ct) - 2):
            if ct[k].norm not in _PASSIVE_KILL_IN or ct[k + 1].norm != "في":
                continue
            if not any(find_number(ct[x].norm, self.lex) is not None for x in range(max(0, k - 2), k)):
                continue
            # (the و may stand apart from a count in digits: "و30" is "و", "30")
            if any(ct[x + 1].norm == "في" and (
                    ct[x].norm.startswith("و") and find_number(ct[x].norm[1:], self.lex) is not None
                    or ct[x - 1].norm == "و" and find_number(ct[x].norm, self.lex) is not None)
                   for x in range(k + 2, len(ct) - 1)):
                return [Match(k, k + 1, TOLL_BY_PLACE, "")]
        return []

    @staticmethod
    def _split_dropped_bomb(ct, found) -> list[Match]:
        """"ألقت مسيّرة إسرائيلية قنبلة صوتية على جرافة": the verb "dropped", its doer, then the
        bomb the lexicon reads as a noun act; the verb carries the bomb's act and gives it its
        doer, as "فتح ... النار" does (not "ألقت الشرطة القبض", "ألقى كلمة": no bomb; nor tear
        gas or flares, "ألقت القوات قنابل الغاز", "ألقى الجيش قنابل مضيئة")."""
        bombs = [m for m in found if m.value.form == "noun" and m.value.weapon == "explosives"
                 and ct[m.i].norm.lstrip("و").startswith(("قنبل", "قنابل"))]
        if not bombs:
            return []
        out = []
        for k, t in enumerate(ct):
            if t.norm.lstrip("و") not in DROPPED_VERBS:
                continue
            bomb = next((m for m in bombs if k + 2 <= m.i <= k + 5), None)
            if bomb is not None and not (bomb.j < len(ct) and ct[bomb.j].norm in NOT_A_BOMB_WORDS):
                out.append(Match(k, k + 1, replace(bomb.value, form="verb"), ""))
        return out

    @staticmethod
    def _split_managed_gain(ct, found) -> list[Match]:
        """"تمكنت المقاومة من تحرير مدينة لودر" (aawsat 2015-08-11), "تمكنت أمس من استعادة
        السيطرة على عدة مناطق": the managing verb, its side between it and "من"/"في", then the
        verbal noun of ground taken; the verb is the act's word, as "فتح ... النار" is."""
        norms = set(map(_NORM, ct))
        if _GAIN_NOUNS.isdisjoint(norms) and "الامن" not in norms and "الحصار" not in norms \
                and "انسحاب" not in norms:
            return []  # most clauses: one or two set tests
        taken = {x for m in found for x in range(m.i, m.j)}
        out = []
        if "انسحاب" in norms:
            for k, t in enumerate(ct):
                # "دخلت القوات التركية وفصائل الجيش الحر ... إلى مركز مدينة عفرين، بعد انسحاب مقاتلي
                # الوحدات الكردية منها", "جهاز مكافحة الإرهاب يرفع العلم فوق مبنى المحافظة بعد انسحاب
                # البيشمركة منه": a side that entered a town, or raised its flag there, once the other
                # side withdrew took the ground (the entry verb, then "بعد انسحاب" in the same clause)
                verb, n = t.norm.removeprefix("و"), len(ct)
                if k in taken or not (
                        # (what entered is a force: not "دخلت شاحنات المساعدات")
                        verb in _ENTERED_VERBS and k + 1 < n and ct[k + 1].norm.removeprefix("ال") in _ENTERING_FORCES
                        or verb in _RAISED_VERBS and any(ct[x].norm == "العلم" for x in range(k + 1, min(k + 5, n)))):
                    continue
                if any(ct[w].norm == "بعد" and ct[w + 1].norm == "انسحاب" for w in range(k + 2, min(k + 30, n - 1))):
                    out.append(Match(k, k + 1, MANAGED_GAIN, ""))
        for k, t in enumerate(ct):
            # SANA's "أعادت وحدات من الجيش العربي السوري ... الأمن والاستقرار إلى مدينة تدمر": the
            # army "restored security" to a town, told in the past with its units as subject, is the
            # town retaken (not the aim "إعادة الأمن والاستقرار إلى اليمن", a noun)
            if t.norm.removeprefix("و") not in _RESTORED_VERBS or k in taken:
                continue
            y = next((y for y in range(k + 2, min(k + 14, len(ct) - 3)) if ct[y].norm == "الامن"), None)
            if y is not None and ct[y + 1].norm in ("والاستقرار", "والامان") and ct[y + 2].norm == "الي":
                out.append(Match(k, k + 1, MANAGED_GAIN, ""))
        if _GAIN_NOUNS.isdisjoint(norms) and "الحصار" not in norms:
            return out
        for k, t in enumerate(ct):
            verb = t.norm.removeprefix("و")
            if k in taken or verb not in MANAGED_VERBS and verb not in _COMPLETE_WORDS:
                continue
            if verb in _COMPLETE_WORDS and k + 2 < len(ct) and ct[k + 1].norm in _GAIN_NOUNS and k + 1 not in taken \
                    and all(ct[y].norm not in _FREED_PEOPLE for y in range(k + 2, min(k + 5, len(ct)))):
                # "أعلنت قوات ألوية العمالقة ... استكمال تحرير مديريات بيحان وعسيلان": completing the
                # ground's capture is taking it
                out.append(Match(k, k + 1, MANAGED_GAIN, ""))
                continue
            # (the side may be long: "تمكنت قوات النظام السوري والميليشيات الإيرانية الداعمة لها أمس
            # (الثلاثاء) من كسر الحصار")
            x = next((x for x in range(k + 1, min(k + 12, len(ct) - 2)) if ct[x].norm in ("من", "في")), None)
            if x is not None and (ct[x + 1].norm in _GAIN_NOUNS or ct[x + 1].norm in _SIEGE_BREAK
                                  and ct[x + 2].norm == "الحصار") and x + 1 not in taken and \
                    all(ct[y].norm not in _FREED_PEOPLE for y in range(x + 2, min(x + 5, len(ct)))):
                out.append(Match(k, k + 1, MANAGED_GAIN, ""))
        return out

    @staticmethod
    def _past_continuous(ct, m: Match) -> bool:
        """"وهذه الأسلحة هي التي كانوا يقصفون بها من التواهي على ميناء ومصافي النفط" (aawsat
        2015-07-22), "عمليات انتحارية كانت تستهدف عدداً من المساجد ... في كل يوم جمعة": "كان" and
        then an imperfect trigger verb, a side or two words between, is what used to happen, not
        an act (the pluperfect "كان ... قد قصف" is one)."""
        if m.value.form != "verb" or ct[m.i].norm.lstrip("وف")[:1] not in ("ي", "ت"):
            return False
        return any(ct[x].norm in PLUPERFECT_VERBS for x in range(max(0, m.i - 3), m.i)) and not any(
            ct[x].norm == "قد" for x in range(max(0, m.i - 3), m.i))

    @staticmethod
    def _pluperfect(ct, first: int) -> bool:
        """"وكان ... قد قتلا", "وكانت الجماعة قد شنت": "كان" then "قد" before the act's
        first word (the past before the past)."""
        was = next((x for x in range(min(first, len(ct))) if ct[x].norm in PLUPERFECT_VERBS), None)
        return was is not None and any(ct[x].norm == "قد" for x in range(was + 1, min(first + 1, len(ct))))

    @staticmethod
    def _reply_cause(ct, cues) -> list[Match]:
        """"في أول رد عسكري مباشر على هجمات الجماعة على السفن ... في البحر الأحمر",
        "الضربات جاءت رداً مباشراً على هجمات الحوثيين": a reply noun with one or two
        adjectives before its "على" is a cause as "ردا على" is: what follows is the act
        answered (its place, its sides), not a new one."""
        if not names_any(ct, REPLY_NOUNS) and not names_any(ct, {"رد"}):
            return []  # most clauses (the two set tests in C)
        told = {m.i for m in cues if m.value == "cause"}
        out = []
        for k in range(len(ct) - 2):
            if k in told or not (ct[k].norm in REPLY_NOUNS
                                 or ct[k].norm == "رد" and k and ct[k - 1].norm in REPLY_ORDINALS):
                continue  # (a bare "رد" is a verb unless "أول رد", "ثاني رد")
            on = next((x for x in (k + 2, k + 3) if x < len(ct) and ct[x].norm == "علي"), None)
            if on is not None and all(ct[x].norm not in NOT_ADJECTIVES and not ct[x].norm.startswith("و")
                                      and not any(c.isdigit() for c in ct[x].norm) for x in range(k + 1, on)):
                out.append(Match(k, on + 1, "cause", ""))
        return out

    @staticmethod
    def _site_houses(ct, x: int) -> bool:
        """"قاعدة الحبانية الجوية، التي تضم مستشارين عسكريين أمريكيين": a base that houses
        a side (not "مجموعة خراسان التي تضم مقاتلين سابقين", "جيش الفتح الذي يضم فصائل":
        a group's members)."""
        if ct[x].norm not in ("تضم", "يضم") or not x or ct[x - 1].norm.removeprefix("و") not in RELATIVE_PRONOUNS:
            return False
        for y in range(x - 2, max(-1, x - 14), -1):
            forms = stems(ct[y].norm)
            if not GROUP_HEADS.isdisjoint(forms) or not ORGANISATION_HEADS.isdisjoint(forms):
                return False
            if not HOUSING_SITES.isdisjoint(forms):
                return True
        return False

    @staticmethod
    def _compared_since(ct, m: Match, triggers) -> bool:
        """A "منذ ..." span cue that measures the act just told against the years before:
        "استهدفت غارات ... في ما وصفه مراقبون بأنه أعنف قصف يطال المنطقة منذ سنوات", "بهجوم
        استهدف جامعي الكمأة ... في واحدة من أكثر الهجمات دموية ... منذ سنوات". The act comes
        first (not "وهذا أسوأ هجوم منذ سنوات": a comment on an act told before), and the
        superlative ranks an act (not "ثاني أكبر مدينة في البلاد منذ أكثر من عام", "للمرة
        الأولى منذ عام 1998")."""
        if m.value != "habitual" or ct[m.i].norm not in ("منذ", "ومنذ"):
            return False
        return any(_comparison(ct, x, m.i) and any(t.i < x for t in triggers)
                   and (x + 1 == m.i or not (COMPARED_ACTS | COMPARED_GAINS).isdisjoint(stems(ct[x + 1].norm))
                        or _bloodiest_days(ct, x))
                   and not (x and ct[x - 1].norm in ("المره", "للمره", "مره"))
                   for x in range(max(0, m.i - 10), m.i))

    @staticmethod
    def _where_since(ct, m: Match, triggers) -> bool:
        """A "منذ ..." span cue inside a "حيث" clause told after the act: "استشهد 3 مواطنين في
        قصف مدفعي استهدف حي الجنينة شرقي المدينة، حيث تواصل قوات الاحتلال توغلها منذ أكثر من
        أسبوع" spans the background the "where" clause adds, not the act before it (a clause that
        opens with "حيث" has no act before it and stays background)."""
        if m.value != "habitual" or ct[m.i].norm not in ("منذ", "ومنذ"):
            return False
        return any(ct[x].norm in ("حيث", "وحيث") and any(t.j <= x for t in triggers) for x in range(1, m.i))

    @staticmethod
    def _relative_since(text, ct, m: Match, triggers) -> bool:
        """A "منذ ..." span cue inside a relative clause told after the act, past a comma:
        "اغتال مسلحون مجهولون، صباح اليوم الأحد، ضابطاً ... وسط مدينة تعز، في حادثة جديدة تضاف
        إلى سلسلة الاغتيالات التي تشهدها المدينة منذ سنوات" spans what the relative clause
        describes (the series, the town), not the act its verb told before the comma."""
        if m.value != "habitual" or ct[m.i].norm not in ("منذ", "ومنذ"):
            return False
        return _relative_after_act(text, ct, m.i, triggers)

    @staticmethod
    def _misread_cue(ct, m: Match) -> bool:
        """A cue phrase that, where it stands, is not the cue."""
        if m.value == "verbal" and m.i and ct[m.i - 1].norm.lstrip("و") in _MAIL_WORDS:
            # "وقال المرصد في بريد الكتروني": an e-mail is how a source spoke, no cyber attack
            return True
        if m.value == "habitual" and m.i and ct[m.i].norm.lstrip("ل").endswith("مكافحه"):
            # "جهاز مكافحة الإرهاب", "جهاز الردع لمكافحة الإرهاب": a force's name, not counter-terrorism talk
            # (also one joined to another force: "قطعات الجيش وجهاز مكافحة الإرهاب ... حررت مدينة القائم")
            return ct[m.i - 1].norm in FORCE_NAME_HEADS or ct[m.i - 1].norm.removeprefix("و") in FORCE_NAME_HEADS
        if m.value == "habitual" and m.i > 1 and ct[m.i].norm == "التصدي" and ct[m.i - 1].norm in ("من", "في") \
                and any(ct[x].norm.lstrip("و") in MANAGED_VERBS for x in range(max(0, m.i - 5), m.i - 1)):
            # "وتمكنت المقاومة من التصدي للهجوم": one attack repelled on one occasion, not the
            # standing fight "معارك التصدي لداعش" names
            return True
        if m.value == "hypothetical" and m.j - m.i == 2 and ct[m.i + 1].norm == "الحال":
            return True  # "في الحال" is "at once", not the conditional "في حال"
        if m.value == "hypothetical" and m.i and ct[m.i].norm == "القرار" \
                and ct[m.i - 1].norm in ("اتخاذ", "صنع", "صناعه"):
            # "ضربة ... على مراكز اتخاذ القرار", "مراكز صنع القرار": decision-making centres are a
            # place struck, not a decision to strike
            return True
        if m.value == "habitual" and ct[m.i].norm in _HOW_OFTEN and any(
                ct[x].norm in RELATIVE_PRONOUNS for x in range(max(0, m.i - 3), m.i)):
            # "قتل 20 شخصا في سوق مركزي في مروة، والمنطقة التي يستهدفها بانتظام المتمردون": how
            # often a place named is hit describes it; the act told before stands
            return True
        # "في وقت سابق من يوم الأحد", "في وقت سابق اليوم": earlier that day is news
        return m.value == "habitual" and m.j < len(ct) and ct[m.i].norm in ("في", "وفي") and (
            ct[m.j].norm in SAME_DAY_WORDS or ct[m.j].norm == "من" and m.j + 1 < len(ct)
            and ct[m.j + 1].norm in SAME_DAY_WORDS)

    def _downed_aircraft(self, ct, m: Match):
        """"أسقطت مقاتلة أميركية ... طائرة حربية سورية قرب بلدة الرصافة": a warplane or helicopter
        brought down, told as the object of the downing verb past its subject, with its nation
        after it (not "أسقطت طائرات النظام براميل متفجرة": the aircraft there is the subject, what
        fell its load). The object's weapon match, else None."""
        if not ct[m.i].norm.lstrip("وف").startswith(("اسقط", "إسقاط")) or any(
                not DROPPED_LOADS.isdisjoint(stems(ct[x].norm)) for x in range(m.j, len(ct))):
            return None
        # (its nation right after it, or past one adjective: "طائرة حربية سورية")
        return next((w for w in reversed(self.lex.weapons.find(ct)) if w.value in ("aircraft", "helicopters")
                     and w.i > m.j and self._nation_after(ct, w.j) is not None), None)

    def _nation_after(self, ct, j: int):
        return next((n for x in range(j, min(j + 2, len(ct)))
                     if (n := self.lex.actors.nationality(ct[x].norm)) is not None), None)

    def _accept_trigger(self, ct, m: Match, weapons: set[str], headline: bool = False) -> bool:
        t = m.value
        word = ct[m.i].norm
        if t.form in WEAPON_NEEDED and not weapons - {"aircraft"}:
            return False
        if m.j < len(ct) and ct[m.j].norm in _BLOW_FIGURES and word.lstrip("وبل").removeprefix("ال") in (
                "ضربه", "ضربات", "ضربتين"):
            # "قد تلقت أكبر ضربة قاصمة إثر سقوطها", "ضربة قوية لتنظيم داعش", "بعد تلقيهم ضربات
            # موجعة": a crushing or painful blow is a figure for a defeat or an arrest, no strike
            return False
        if any(ct[x].norm.lstrip("و") in DEFUSE_WORDS for x in range(m.i)):
            # "ابطلت مفعول قنبلة اخرى عثر عليها في موقع الانفجار كانت تستهدف على الارجح قوات
            # الامن": the device made safe and what is said of it after (where it was found, whom
            # it was meant for) tell no act ("قتل شرطي أثناء تفكيك عبوة": the kill before it does)
            return False
        if t.sub_event_type == "Government regains territory" and t.form == "verb" and m.i \
                and ct[m.i - 1].norm in RELATIVE_PRONOUNS and m.j < len(ct) and ct[m.j].norm in _ON_IT \
                and not any(not _SEIZED_CARRIERS.isdisjoint(stems(ct[x].norm)) for x in range(max(0, m.i - 6), m.i)) \
                and not any(ct[x].norm in _DAY_WORDS or ct[x].norm in MONTH_WORDS or ct[x].norm.isdigit()
                            for x in range(m.j + 1, min(m.j + 8, len(ct)))):
            # "نحو مدينة عدن والمناطق التي سيطرت عليها المقاومة", "المناطق التي استولى عليها في
            # العراق": who holds a place, told in a relative clause that describes it, is no act
            # of the news (unless the relative gives its day: "قاعدة العند، التي سيطرت عليها أمس",
            # or what was seized is a vehicle: "ركاب قطار جعفر إكسبريس الذي سيطر عليه مسلحون", a hijack)
            return False
        if _military_operation(ct, m) and ct[m.i].norm.lstrip("وبلف").startswith("ال"):
            # "أعلن الجيش انتهاء العملية العسكرية لتحرير ركاب القطار": the operation told before,
            # not a new fight (_MILITARY_ADJECTIVES)
            return False
        if t.form == "noun" and m.i and ct[m.i - 1].norm in LABEL_THAT and any(
                ct[x].norm in LABEL_VERBS for x in range(max(0, m.i - 8), m.i - 1)):
            # "معتبراً أنها «اعتداء على السيادة الوطنية»", "وصفت هيئة الحشد القصف بأنه «اعتداء
            # سافر»": the name a speaker gives an act told before, not one more act
            return False
        if t.form == "noun" and t.sub_event_type == "Remote explosive/landmine/IED" and any(
                ct[x].norm.lstrip("و").removeprefix("ب") in _LAYING_NOUNS for x in range(max(0, m.i - 8), m.i)) \
                and not any(w.norm.lstrip("وف").startswith(("انفجر", "انفجار")) for w in ct) \
                and find_casualties(ct, self.lex) == Casualties():
            # "اتهم ... ميليشيات الحوثيين بزرع كميات كبيرة من الألغام الأرضية والعبوات الناسفة في مدينتي
            # الحوطة وعدن": mines laid, none told to go off or hurt anyone, are no act (yet)
            return False
        if t.form == "noun" and any(_bare_word(ct[x].norm) in _PRETEXT_NOUNS and ct[x].norm not in _PRETEXT_WORDS
                                    for x in range(m.j, min(m.j + 3, len(ct)))):
            # "أن دولة الاحتلال التركي تستغل تفجير أنقرة «ذريعة» لشن عدوان جديد": an act a speaker
            # says another uses as a pretext was told before, it is no news here (not "برصاص قوات
            # الاحتلال بذريعة طعنه مستوطنا": "on the pretext of" follows the act itself, and names the charge)
            return False
        if t.form == "noun" and m.i and (ct[m.i - 1].norm in _NOT_ENGAGING or (
                m.i > 1 and ct[m.i - 1].norm in ("عدم", "لعدم", "بعدم") and ct[m.i - 2].norm in _ZONE_WORDS)):
            # "منطقة عدم اشتباك بقطر 55 كيلومتراً" (a de-confliction zone), "خط فض الاشتباك",
            # "قواعد الاشتباك": the name of an arrangement that keeps sides apart, no fight
            return False
        # "اعترضت صاروخا"; not "اعترض على القرار", "أسقطت الطائرات براميل"
        if t.sub_event_type == "Disrupted weapons use":
            return bool(weapons & INTERCEPTED_WEAPONS) or self._downed_aircraft(ct, m) is not None
        if m.j < len(ct) and (ct[m.j].norm in ("الغاز", "غاز", "الدخان", "دخانيه", "مسيله")
                              or ct[m.j].norm in FLARE_WORDS or ct[m.j].norm in _STUN_WORDS) \
                and word.lstrip("وب").removeprefix("ال") in ("قنابل", "قنبله"):
            # "قنابل الغاز": tear gas, not bombs; "أطلقت قنابل مضيئة فوق مرتفعات جبل السدانة":
            # flares light the ground, they hit no one; "الشرطة الاسرائيلية التي استخدمت قنابل
            # الصوت في ساحة المسجد الاقصى" (snn-2015-07-26-0098): stun grenades disperse a crowd
            return False
        if m.j < len(ct) and ct[m.j].norm in ("العاب", "الالعاب"):
            # "قذيفة ألعاب نارية مضيئة تم إطلاقها خلال أيام عيد الفطر" (snn-2015-07-21-0935),
            # "صواريخ الألعاب النارية": fireworks, a feast's show, not a weapon
            return False
        if t.form == "noun" and m.prefix in ("ل", "لل") and not PURPOSE_NOUNS.isdisjoint(stems(word)) and not (
                # "عن إدانتها للتفجير الإرهابي الذي استهدف مسجد": the act a reaction is to
                m.i and not REACTION_NOUNS.isdisjoint(stems(ct[m.i - 1].norm))):
            return False  # "سلاح ... للتفجير عن بعد", "خطة لاغتيال": a purpose, not an act
        if m.j - m.i == 1 and (word in EXPLOSIVE_ONLY or not EXPLOSIVE_ONLY.isdisjoint(stems(word))):
            # "انفجار هز بلدة سروج ... 27 قتيلا": an explosion that kills, with no
            # accident word (gas, a fire, a mine shaft), is a bombing too
            return "explosives" in weapons or (
                any(s.startswith("انفجر") or s.startswith("انفجار") for s in stems(word))
                # (or the hit told by a passive verb after them: "إن ضابطي شرطة ومجندا أصيبوا في
                # انفجار وقع اليوم أمام محكمة")
                and any(not VICTIM_WORDS.isdisjoint(stems(t.norm)) or t.norm in PASSIVE_HIT_VERBS
                        or t.norm in AMBIGUOUS_KILL_VERBS for t in ct)
                and not any(not ACCIDENT_WORDS.isdisjoint(stems(t.norm)) for t in ct))
        if not NEUTRALISE.isdisjoint(stems(word)):
            if m.prefix.lstrip("و").startswith("ل"):
                return False  # "طرقا أكثر فاعلية لتحييد التهديدات": a purpose
            if word.endswith(("هم", "هما")):
                return True  # "رصدتهم وتمكنت من تحييدهم": the militants the sentence before counted
            # "تحييد 4 إرهابيين", "تحييد إرهابيين اثنين": the men a force neutralised are its
            # enemy's (not "تحييد لبنان", "تحييد خطر التنظيمات الإرهابية": keeping out of harm)
            k = m.j + (m.j < len(ct) and (ct[m.j].norm.isdigit() or ct[m.j].norm in COUNT_WORDS))
            return k < len(ct) and ct[k].norm.startswith(ENEMY_DEAD) and not ct[k].norm.endswith("يه")
        if word == _TWO_BLASTS_OF:
            # "تفجيري السيارتين المفخختين اللذين استهدفا وزارة التربية": the dual in construct, before
            # the definite dual of what blew up (not the adjective "عمل تفجيري", "حزام تفجيري"; nor
            # "تفجيري كنيستي طنطا والإسكندرية", two places told apart)
            return m.j < len(ct) and ct[m.j].norm.startswith("ال") and ct[m.j].norm.endswith(("تين", "يين")) \
                and ct[m.j].norm not in ("الماضيين",)
        if m.j - m.i == 2 and word in ("يد", "ايدي"):
            # "مقتل 43 مزارعاً على يد مسلحين": only the dead's own killers ("على" is no trigger's
            # first word: "ورداً على ذلك" would read as one)
            # (or the clause's first word, the passive "قتل" whose victim's title, name, time and
            # where he was taken from may all come between: "قتل والي ولاية غرب دارفور خميس عبد
            # الله أبكر، مساء الأربعاء، بعد وقت قصير من اقتياده من مقر إقامته ... على يد مسلحين")
            return m.i > 1 and ct[m.i - 1].norm in ("علي", "وعلي") and (any(
                t.norm in KILL_WORDS for t in ct[max(0, m.i - 7):m.i - 1]) or m.i < 30 and ct[0].norm == _QATAL)
        if not ELIMINATE.isdisjoint(stems(word)):
            # "القضاء على 7 عناصر إرهابية", "قضت على إرهابيين اثنين": the militants a force eliminated
            # (not "القضاء على الإرهاب", "القضاء على الفقر": an aim)
            k = m.j + (m.j < len(ct) and (ct[m.j].norm.isdigit() or ct[m.j].norm in COUNT_WORDS))
            return k < len(ct) and ct[k].norm.startswith(ELIMINATED) and not ct[k].norm.endswith("يه")
        if not LAUNCH_VERBS.isdisjoint(stems(word)) and not weapons - {"aircraft"}:
            # (a plane is flown, not launched: "أعلن طيران ناس عن إطلاق شراكة" is an airline's deal)
            return False
        if not LAUNCH_VERBS.isdisjoint(stems(word)) and any(
                ct[x].norm in OPERATION_NOUNS and ct[x + 1].norm in SEARCH_WORDS
                for x in range(m.j, min(m.j + 4, len(ct) - 1))):
            # "أطلقت عملية بحث واسعة بمساندة طيران الجيش", "وأطلقت القوات الأمنية حملة تمشيط":
            # a hunt launched (its subject may come between), not fire
            return False
        if not headline and not PRESENT_AIM_VERBS.isdisjoint(stems(word)) and not weapons and not any(
                not HARM_WORDS.isdisjoint(stems(t.norm)) for t in ct):
            # "البرنامج الذي يستهدف تثقيف الأطفال": in the body the present "aims at", with no
            # means or harm (a headline's present is its news)
            return False
        if not VERBS_NEEDING_OBJECT.isdisjoint(stems(word)):
            return False  # "شنت" only carries its object's type: غارات / هجوما
        if t.sub_event_type == "Government regains territory" and (any(
                not NOT_TERRITORY.isdisjoint(stems(ct[x].norm)) for x in range(m.j, min(m.j + 3, len(ct))))
                # "سيطرت وحدات الدفاع المدني بالعاصمة المقدسة على حريق": the object after its "على"
                # (a managing verb's subject may be long: "تمكنت فرق الإطفاء التابعة للدفاع المدني بمحافظة
                # جدة من السيطرة على حريق", so its "على" is looked for as far as the verbal noun may be)
                or any(ct[x].norm == "علي" and x + 1 < len(ct) and not NOT_TERRITORY.isdisjoint(stems(ct[x + 1].norm))
                       for x in range(m.j, min(m.j + (14 if m.value is MANAGED_GAIN else 8), len(ct))))
                # ... past "موقع / مكان": "سيطر رجال الأمن على موقع الحادثة"
                or any(ct[x].norm == "علي" and x + 2 < len(ct) and ct[x + 1].norm in ("موقع", "مكان")
                       and not NOT_TERRITORY.isdisjoint(stems(ct[x + 2].norm))
                       for x in range(m.j, min(m.j + 8, len(ct))))
                # a clearing whose "من" names mines, however many places it lists first (past a
                # demonstrative): "انهمكوا في تطهير مناطقهم والأحياء السكنية، وكل الطرق المؤدية
                # إليها من تلك العبوات الناسفة" is demining, not ground taken
                or any(s.startswith("تطهير") for s in stems(word)) and any(
                    ct[x].norm == "من" and _mines_after(ct, x + 1) for x in range(m.j, min(m.j + 16, len(ct))))
                # ground named a side's priority is an aim, not ground taken: "أن استعادة السيطرة على
                # العاصمة صنعاء على رأس أولويات القوات الحكومية", "الأولوية الآن لتحرير تعز"
                or not _GAIN_NOUNS.isdisjoint(stems(word)) and any(
                    _bare_word(ct[x].norm).startswith("اولوي")
                    for x in range(max(0, m.i - 3), min(m.j + 7, len(ct))))
                # a gain named among a side's achievements is a summary of ground taken before, no
                # news: "والنجاحات التي حققتها قوات التحالف بقيادة السعودية في تطهير عدن"
                or not _GAIN_NOUNS.isdisjoint(stems(word)) and any(
                    _bare_word(ct[x].norm) in _ACHIEVEMENT_NOUNS for x in range(max(0, m.i - 10), m.i))
                # a task one was charged with is no ground taken: "اللواء ... الذي كان مكلفًا عملية
                # استعادة السيطرة على مدينة تدمر", "المكلفة بتحرير المدينة"
                or not _GAIN_NOUNS.isdisjoint(stems(word)) and any(
                    _bare_word(ct[x].norm).lstrip("و").removeprefix("ال").startswith("مكلف")
                    for x in range(max(0, m.i - 3), m.i))):
            return False  # "استولى على سيارة والده", "السيطرة على الحريق": no front line moved
        return True

    def _with_harm(self, ct, triggers):
        """Triggers that name a means or an entry ("عبوة", "اقتحام") count
        only beside harm: another trigger, a count, a kill or injury word.
        An abduction needs someone taken (a count or a person noun)."""
        def needs_harm(m):
            # (not the act a side is said to stand behind: "أن فلول تنظيم داعش تقف وراء الاعتداء"
            # names the doer of an assault told before, whose harm was told there)
            if m.i and ct[m.i - 1].norm in BEHIND_WORDS and ct[m.i].norm.startswith("ال"):
                return False
            # (nor the act a side claims: "وتبنى تنظيم الدولة الإسلامية - ولاية خراسان الاعتداء",
            # the bombing told before, with its harm)
            if ct[m.i].norm.startswith("ال") and any(
                    t.norm.lstrip("و") in CLAIM_VERBS and t.norm.lstrip("و").startswith(("تبن", "يتبن"))
                    for t in ct[max(0, m.i - 10):m.i]):
                return False
            # ("عملية أمنية": a security operation is as often a sweep of arrests as a fight)
            return not HARM_NEEDED.isdisjoint(stems(ct[m.i].norm)) or _security_operation(ct, m) \
                or _military_operation(ct, m)
        if triggers and all(needs_harm(m) for m in triggers):
            harmed = any(not (k and ct[k - 1].norm in SHOOTER_NOUNS)
                         for k in token_hits(ct, _HARM_OR_VICTIM_FORMS)) or (
                # "أحرق مستوطنون عشرات المنازل والمركبات": homes and cars set on fire are the harm
                any(not BURN_WORDS.isdisjoint(stems(ct[m.i].norm)) for m in triggers)
                and any(not BURNT_PROPERTY.isdisjoint(stems(t.norm)) for t in ct))
            if not harmed and find_casualties(ct, self.lex) == Casualties():
                return []
        # an abduction or an assassination needs someone taken or killed
        # ("اغتيال فرحة رمضان", "خطف اللقب" are metaphors)
        for kind in ("Abduction/forced disappearance", "assassination"):
            of_kind = [m for m in triggers if m.value.sub_event_type == kind
                       or (kind == "assassination" and not ASSASSINATION.isdisjoint(stems(ct[m.i].norm)))]
            if of_kind and not of_kind[0].value.object_pronoun and not any(
                    t.norm.isdigit() or not ABDUCTEE_WORDS.isdisjoint(stems(t.norm))
                    # ("اختطف مسلحون يرتدون زياً عسكرياً، فجر اليوم، ناشطاً": the one taken may come late)
                    or self.lex.numbers.get(t.norm) for t in ct[of_kind[0].j:of_kind[0].j + 10]):
                triggers = [m for m in triggers if m not in of_kind]
        return triggers

    @staticmethod
    def _reference_point(ct, p, past_noun: bool = False) -> bool:
        k = _index_of(ct, p)
        # (past "العاصمة" and its adjective: "شمالي محافظة بابل، جنوبي العاصمة العراقية بغداد")
        if k > 1 and ct[k - 1].norm.startswith("ال") and ct[k - 2].norm in CAPITAL_WORDS:
            k -= 2
        elif k > 0 and ct[k - 1].norm in CAPITAL_WORDS:
            k -= 1
        elif past_noun and k > 0 and ct[k - 1].norm in REFERENCE_TOWN_NOUNS:
            k -= 1  # "منطقة الهري الواقعة جنوب شرق مدينة البوكمال": past the town's noun
        elif past_noun:
            return False
        if not past_noun and k > 2 and ct[k - 1].norm == "من" and ct[k - 2].norm in _COMPASS_NOUNS \
                and ct[k - 3].norm == "الي":
            # "مدينة الحوطة عاصمة محافظة لحج إلى الشمال من عدن" (Reuters, snn-2015-07-31-0215):
            # the compass noun with "إلى ... من" tells where the place before lies, as "شمال عدن" does
            return True
        before = [ct[x].norm for x in range(max(0, k - 2), k)]
        if past_noun:  # (only as "the one located": "الواقعة جنوب شرق مدينة البوكمال")
            run = 2 if len(before) == 2 and all(w in COMPASS_WORDS for w in before) else 1
            if not before or before[-1] not in COMPASS_WORDS or k - run < 1 or \
                    ct[k - run - 1].norm not in LOCATED_WORDS:
                return False
        return bool(before) and (before[-1] in COMPASS_WORDS or (
            len(before) == 2 and before[0] in COMPASS_WORDS and before[1] in COMPASS_WORDS))

    @staticmethod
    def _bordering(ct, p) -> bool:
        """"الحدودية مع محافظة كركوك", "المحاذية لمحافظة الأنبار": a place named as
        what another borders is a reference, not where the act was."""
        k = _index_of(ct, p)
        # ... and "قرب الحدود الإدارية مع محافظة نينوى": the land across a border "مع" names
        return any(ct[x].norm in BORDERING_WORDS for x in range(max(0, k - 5), k)) or any(
            ct[x].norm == "مع" and any(ct[y].norm.lstrip("و") in ("الحدود", "حدود") for y in range(max(0, x - 2), x))
            for x in range(max(0, k - 3), k))

    @staticmethod
    def _linked(ct, p, places) -> bool:
        """"مثلث العند وهو مفترق طرق يربط بين ردفان والضالع وتعز ولحج بعدن" (aawsat 2015-07-21),
        "جسر الحسيني الذي يربط بين الحوطة ...": the towns a road, bridge or junction links, after
        that site was named, are its ends, not where the act was (not "الطريق الرابط بين مدينة
        تعز ومنطقة العند" with no place before: the road's ends are all the text gives)."""
        k = _index_of(ct, p)
        link = next((x for x in range(k - 1, max(-1, k - 9), -1) if ct[x].norm in _LINK_WORDS), None)
        return link is not None and any(q.start < ct[link].start for q in places)

    @staticmethod
    def _near_reference(ct, q, p) -> bool:
        """"نقطة التفتيش خارج مدينة أجدابيا بشرق البلاد قرب ميناء البريقة": p is what the town or
        site q, named a few words before in the same phrase, lies near (not "قرب الموصل ومثلها
        قرب الرمادي", a list of places struck, nor a place of another part of the sentence)."""
        k = _index_of(ct, p)
        if k and ct[k - 1].norm in NEAR_PLACE_TYPES:
            k -= 1
        if k > 1 and ct[k - 1].norm == "من" and ct[k - 2].norm in ("بالقرب", "قريبا"):
            k -= 2
        elif not (k and ct[k - 1].norm in NEAR_WORDS):
            return False
        near = k - 1
        q_end = max((x for x in range(len(ct)) if ct[x].start < q.end), default=-1)
        return 0 <= near - q_end - 1 <= 3 and not any(
            ct[x].norm.startswith("و") or ct[x].norm in ("،", ",") for x in range(q_end + 1, near + 1))

    @staticmethod
    def _near_town(ct, q, p) -> bool:
        """"البادية القريبة من ناحية عقيربات": p follows q's "القريبة من" (a place noun between at most)."""
        k = _index_of(ct, p)
        if k and ct[k - 1].norm in NEAR_PLACE_TYPES | ADMIN_DISTRICT_NOUNS:
            k -= 1
        q_end = max((x for x in range(len(ct)) if ct[x].start < q.end), default=-1)
        return k - q_end == 3 and ct[k - 1].norm == "من" and ct[k - 2].norm in ("القريبه", "القريب", "القريبة")

    @staticmethod
    def _far_from(ct, p, km: float = 20) -> bool:
        """"على بعد نحو 50 ميلا بحريا جنوب غربي عدن": more than 20 km from a place
        is not at it (the scorer's and an analyst's tolerance). With km=0, any distance
        told: "معسكر كاتي ... الواقع على بعد نحو 15 كيلومترا من العاصمة" says where the
        place named before lies, the capital is no second target."""
        k = _index_of(ct, p)
        if k and ct[k - 1].norm == "في" and getattr(p.place, "kind", "") == "sea":
            # "على بعد نحو 50 ميلاً بحرياً جنوب غربي عدن في خليج عدن": the sea after "في" holds the
            # spot told off the port (seafix.py moves the act there); only the port is far
            return False
        # (ten words back: "التي تبعد نحو 175 كيلومترا إلى الشمال من العاصمة العراقية بغداد")
        for x in range(max(0, k - 10), k - 1):
            # (and "التي تبعد 60 كلم شمال عدن": the verb of lying so far off)
            if (ct[x].norm in ("بعد", "ببعد") and x and ct[x - 1].norm in ("علي", "وعلي")) or \
                    ct[x].norm in FAR_VERBS:
                num = next((int(ct[y].norm) for y in range(x + 1, min(x + 4, k)) if ct[y].norm.isdigit()), None)
                unit = next((ct[y].norm for y in range(x + 2, min(x + 6, k)) if ct[y].norm in DISTANCE_UNITS), "")
                if num is not None and unit:
                    return num * DISTANCE_UNITS[unit] > km if km else True
        for x in range(max(0, k - 6), k - 2):
            # "في سوق ببلدة بني سعد 35 كيلومترا شمال شرقي بغداد" (snn-2015-07-22-0906): a distance
            # and a compass word right before the place, with no "على بعد", tell as far
            if ct[x].norm.isdigit() and ct[x + 1].norm in DISTANCE_UNITS and x + 2 < k and all(
                    ct[y].norm in COMPASS_WORDS or ct[y].norm in ("الي", "من") or ct[y].norm in REFERENCE_TOWN_NOUNS
                    for y in range(x + 2, k)) and ct[x + 2].norm in COMPASS_WORDS | {"الي"}:
                return int(ct[x].norm) * DISTANCE_UNITS[ct[x + 1].norm] > km if km else True
        return False

    @staticmethod
    def _shipping_lane(ct, p) -> bool:
        """"حماية الملاحة في البحر الأحمر", "أمن الملاحة بالبحر الأحمر": a sea named as where
        shipping goes (after "الملاحة" and its "في" or "ب")."""
        j = bisect_right(ct, p.start, key=_START) - 1  # the place's token ("بالبحر" holds its "ب")
        at = j - 2 if j >= 2 and ct[j].start == p.start and ct[j - 1].norm == "في" else j - 1
        return j >= 0 and at >= 0 and ct[at].norm.lstrip("و") in _NAVIGATION_WORDS

    @staticmethod
    def _residence(ct, p) -> bool:
        """"ويسكنون في دمشق", "يتحدرون من المدينة": where people live or come
        from, not where the act happened."""
        k = _index_of(ct, p)
        # (the token the place is in, the first that ends after its start: "وعمران" holds its "و")
        if k and ct[k - 1].norm == "او":
            # "إعادة إعمار مدينة عين العرب أو كوباني": the town's other name, after "أو", is that town
            k = max(1, k - 3)
        # (not "مخيمات مرام للنازحين قرب بلدة كفرجالس": "for the displaced" says whose camps, and
        # the town is where they stand, not where the displaced came from)
        # (nor "بقصفه خيام النازحين في منطقة تل السلطان": the displaced's tents, in the genitive, stand
        # in the place, and they were hit there)
        return names_any([t for x, t in enumerate(ct[max(0, k - 3):k], max(0, k - 3))
                          if not _DISPLACED_FOR.match(t.norm)
                          and not (x and _DISPLACED.match(t.norm) and ct[x - 1].norm.lstrip("وب") in _SHELTER_NOUNS
                                   and x + 1 < len(ct) and ct[x + 1].norm == "في")],
                         _RESIDENCE_WORDS_FORMS) \
            or _origin(ct, bisect_right(ct, p.start, key=_END))

    @staticmethod
    def _specific(ct, sub: str, weapons: set[str]) -> bool:
        """Enough for a headline that names no side: a suicide bombing, an
        abduction, a bomb, or a count or a kill word ("عشرات القتلى بهجوم
        انتحاري"); "أطلق البنك صاروخ الإصلاحات" is none of them."""
        if sub in DECISIVE_SUB_TYPES or "explosives" in weapons:
            return True
        if names_any(ct, _ASSASSINATION_FORMS):
            return True  # its victim is checked in _with_harm
        return names_any(ct, _VICTIM_FORMS) or any(t.norm.isdigit() for t in ct)

    def _implied_target(self, ct, casualties, sub: str = "", text: str | None = None) -> str:
        """Who the clause says was hit without naming a side: the state's
        police or army at a post ("نقطة تفتيش", "مركز للشرطة", "دورية"), else
        civilians (people, worshippers, a market, a wedding, a bus)."""
        if sub == "Armed clash" and _civilians_among_the_dead(ct):
            return ""  # "حصيلة الاشتباكات ... بينهم مدنيون": a fight's toll, no side hit
        # the word sets first, the speaker test only for a word found in them
        if not names_any(ct, _IMPLIED_FORMS):
            # (the count before them or, as a dual's number often is, after: "مقتل إسرائيليين اثنين")
            if any(t.norm in COUNTED_NATIONALS and ((k and (ct[k - 1].norm.isdigit() or ct[k - 1].norm in COUNT_WORDS))
                                                     or (k + 1 < len(ct) and ct[k + 1].norm in COUNT_WORDS))
                   for k, t in enumerate(ct)) and sub != "Government regains territory" and not (
                    # (those killed in a clause that tells a fight were fighters as often as not;
                    # "بإطلاق نار" alone is a shooting)
                    sub == "Armed clash" and any(t.norm.lstrip("وب").startswith(_FIGHT_STEMS) for t in ct)):
                return "Civilians"  # "مقتل أربعة يمنيين في قصف حوثي": people counted by nationality
            # "اغتال مسلحون مجهولون عضواً في المجلس المحلي لبلدة الشحيل": one assassinated with no
            # side named is a civilian (an official, a notable; ACLED's violence against civilians)
            return "Civilians" if _assassination(ct) else ""
            # (most clauses name no post, no people, no civilian place: one pass in C per word)
        # Only a word of those sets can be a post, people or a convoy: the words are picked in C and
        # visited alone, by index, in the clause's order (the stems of every word of the clause, and a
        # test of each against every set, were most of this function)
        forms = {k: stems(ct[k].norm) for k in token_hits(ct, _IMPLIED_FORMS) if not (
                 self._titled_speaker(ct, k)
                 or (k and (ct[k - 1].norm in SPEAKER_BEFORE or ct[k - 1].norm in PLACE_NAME_HEADS
                            # "قالت الشرطة إن شخصا قتل": the police speak, they were not hit
                            or not REPORT_VERBS.isdisjoint(stems(ct[k - 1].norm))
                            # "انتشلت الشرطة الباكستانية سبعة جثث": they found the dead
                            or ct[k - 1].norm in FIND_VERBS))
                 or (k > 1 and ct[k - 1].norm == "في" and ct[k - 2].norm in SPEAKER_BEFORE)  # "مصدر في الشرطة"
                 or _not_hit_by_this_act(ct, k)  # "القائد المسؤول عن قتل الأطفال": an earlier act's victims
                 # "مسلحون يرتدون زياً عسكرياً": the attackers' dress, not soldiers hit
                 or (k and ct[k - 1].norm in ("زيا", "زي", "بزي", "الزي", "بزات", "ملابس", "بملابس")))}
        # a post "تابعة للتنظيم" is someone else's; and air strikes with no side named
        # are the states' (the region's armed groups fly no aircraft), so a post they
        # hit is not the state's own
        # (each word up to three before an "تابعة" word, found in one pass)
        owned = {k for x, t in enumerate(ct) if t.norm in OWNED_BY for k in range(max(0, x - 3), x)}
        posts = {} if sub == "Air/drone strike" else {k: f for k, f in forms.items() if k not in owned}
        # "قصفت بالمدفعية معسكر أبو شوك للنازحين": a camp of the displaced or of refugees is
        # where civilians live, no army's post (Darfur's camps are "معسكرات")
        posts = {k: f for k, f in posts.items()
                 if not any(_DISPLACED.match(ct[x].norm) for x in range(k + 1, min(k + 5, len(ct))))}
        # "أصيب شابان برصاص قوات الاحتلال ... قرب حاجز حوارة": a post named only as where, after
        # "قرب", with people named before it as the ones hit, is the shooters' own post; the
        # people were civilians (not "أشخاص" in a crowd: "قتل خمسة أشخاص ... أمام نقطة تفتيش")
        posts = {k: f for k, f in posts.items() if not (
            k and (ct[k - 1].norm in NEAR_WORDS or k > 1 and ct[k - 2].norm == "بالقرب")
            and any(not _NAMED_PERSON_VICTIMS.isdisjoint(forms.get(x, ())) for x in range(k - 1)))}
        if any(not POLICE_POST_WORDS.isdisjoint(f) for f in posts.values()):
            return "police"
        if any(not MILITARY_POST_WORDS.isdisjoint(f) for f in posts.values()) or any(
                k and ct[k].norm in ("عسكريه", "عسكري")
                # (or one word between: "حافلة مبيت عسكري", the army's staff bus)
                and any(s in MILITARY_ASSET_HEADS
                        for s in stems(ct[k - 1].norm) + (stems(ct[k - 2].norm) if k > 1 else ()))
                for k in posts):
            return "military"  # "قاعدة عسكرية", "مواقع عسكرية", "آلية عسكرية"
        if any(not CONVOY_WORDS.isdisjoint(f) for f in forms.values()) and names_any(ct, _OFFICIAL_TITLE_FORMS):
            # "نجا محافظ عدن ووزير الزراعة من محاولة اغتيال بسيارة مفخخة استهدفت موكبهما": an
            # official's convoy is the state's, with its guards (not a wedding's or funeral's)
            return "police"
        # "two people killed in clashes" were fighters as often as not: in a clash
        # only civilian words and places (a wedding, a market) imply civilians
        # (a clash the clause tells as one: "برصاص مسلحين مجهولين" is a shooting, its dead people)
        clash = sub in ("Armed clash", "Government regains territory") and any(
            t.norm.lstrip("وب").startswith(CLASH_STEMS) for t in ct)
        if any(not STUDENT_WORDS.isdisjoint(f) for f in forms.values()) and any(
                ct[k - 1].norm in MILITARY_SCHOOL_WORDS and ct[k].norm in MILITARY_SCHOOL_ADJECTIVES
                for k in range(1, len(ct))):
            return "military"  # "استهدف الكلية العسكرية ... قتل 30 طالبا": cadets
        if any(any(s in CIVILIAN_VICTIM_WORDS and not (
                clash and (s in GENERIC_PERSON_WORDS or _caught_civilians(ct, k))) and not (
                # a ship is a merchant's, its crew civilians, only when named or called one
                s in _SHIP_FORMS and not _merchant_ship(ct, k, text)) for s in f)
               for k, f in forms.items()):
            return "Civilians"
        return "Civilians" if _assassination(ct) else ""

    @staticmethod
    def _habitual_present(ct, m: Match) -> bool:
        """A bare plural of acts ("هجمات", "غارات") that a present "carry out" verb a few words
        before governs ("تنفذ هجمات", "وينفذ انطلاقاً منها هجمات")."""
        # (not "وتشن طائرات التحالف غارات على صنعاء منذ صباح اليوم": an act going on now)
        return m.value.form == "noun" and ct[m.i].norm.lstrip("و") in BARE_PLURAL_ACTS and (any(
            ct[x].norm.lstrip("و") in PRESENT_DOER_VERBS for x in range(max(0, m.i - 4), m.i)) or (
            # "وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات بالغاز" (alwatan
            # 2015-08-07): what a side stands accused, in the present, of carrying out is what it
            # does, no one act
            m.i and ct[m.i - 1].norm in _CARRYING_OUT and any(
                ct[x].norm.lstrip("و") in _ACCUSE_PRESENT for x in range(max(0, m.i - 10), m.i - 1)))) and not any(
            t.norm in GOING_ON_NOW for t in ct)

    def _days_after_act(self, ct, i: int) -> int | None:
        """"بعد يومين من الهجوم", "بعد يومين من مقتل رضيع ... بعد أن أحرق مهاجمان منزلا": the act at
        token i (or the death it caused, named first) is the one a span of days counts from; the
        span in days (a span of hours: the same day), else None."""
        x = next((x for x in range(i - 1, max(1, i - 12), -1) if ct[x].norm in SPAN_FROM
                  and (x + 1 == i or ct[x + 1].norm in HARM_WORDS)), None)
        if x is None or x < 2:
            return None
        unit = ct[x - 1].norm
        if unit == "فقط" and x >= 3:  # "بعد 10 أيام فقط على"
            x -= 1
            unit = ct[x - 1].norm
        after = ct[x - 2].norm in ("بعد", "وبعد")
        count = None
        if not after and x >= 3 and ct[x - 3].norm in ("بعد", "وبعد"):
            after = True
            word = ct[x - 2].norm
            count = int(word) if word.isdigit() else self.lex.numbers.get(word)
        if not after:
            return None
        if unit in ("يوم", "يوما"):
            return 1 if count is None else count
        if unit == "يومين":
            return 2
        if unit == "ايام" and count is not None and count <= 10:
            return count
        if unit == "اسبوع" and count is None:
            return 7
        if unit in ("ساعه", "ساعات", "ساعتين"):
            return 0
        return None

    def _weak_without_occasion(self, ct, m: Match, sentence_dates, toks) -> bool:
        if WEAK_TRIGGERS.isdisjoint(stems(ct[m.i].norm)):
            return False
        occasion = names_any(ct, _OCCURRENCE_VERBS_FORMS) or any(
            # "أن مواجهات عنيفة تشهدها مدينة لحج مع ميليشيات الحوثي" (snn-2015-07-31-1904),
            # "معارك عنيفة شهدتها مدينة تعز": the place "witnessed it" (not "مواجهات قد تشهدها
            # العاصمة": what it may see)
            t.norm in WITNESSED_IT and not (x and ct[x - 1].norm == "قد") for x, t in enumerate(ct)) and not (
            # (nor "في أعقاب مواجهات شهدتها أحياء الشيخ مقصود ... مطلع الشهر الجاري": battles
            # named as what came before another event are its background)
            m.i and (ct[m.i - 1].norm in AFTER_BACKGROUND or m.i > 1 and ct[m.i - 2].norm in ("في", "وفي")
                     and ct[m.i - 1].norm in ("اعقاب", "اثر")))
        # (the sentence's dates are read only for a weak trigger: most clauses need none)
        dated = any(d.value is not None for d in sentence_dates())
        toll = find_casualties(ct, self.lex) != Casualties()
        return not (occasion or dated or toll)

    def _statistic(self, ct, m: Match, cue_at, triggers=()) -> bool:
        """"نحو 78 هجوما": a tally. A number right before a plural noun
        trigger, after نحو or with a large count."""
        if m.value.form != "noun" or m.i == 0 or ct[m.i].norm in _SHELLS:
            # ("أكثر من 300 قذيفة ... سقطت على بلدتي الفوعة وكفريا": shells counted are one barrage)
            return False
        prev = ct[m.i - 1].norm
        # "لأكثر من عشرين هجوماً": a written count is a count too
        worded = None if prev.isdigit() else self.lex.numbers.get(prev)
        if not prev.isdigit() and worded is None:
            # "قد تعرضت خلال الأسبوعين الماضيين لعشرات الغارات": dozens or hundreds of acts over a
            # past span of weeks or months are a tally (not "خلال الساعات الماضية": a night's wave)
            return prev.removeprefix("ل").removeprefix("ب") in _DOZENS and any(
                t.norm in ("خلال", "طيله", "مدى") and any(
                    any(s in SPAN_UNITS and not s.startswith(("ساع", "يوم")) for s in stems(ct[x].norm))
                    for x in range(k + 1, min(k + 4, len(ct))))
                for k, t in enumerate(ct))
        if worded is None and re.fullmatch(r"(19|20)\d\d", prev) and (ct[m.i].start - ct[m.i - 1].end > 1 or (
                m.i > 1 and ct[m.i - 2].norm in MONTH_WORDS)):
            return False  # "مساء أمس السبت (20 كانون الثاني 2024)، لهجوم": a date's year, no count
        if cue_at.get(m.i - 2) == "statistic":
            return True
        # "شن العدوان، فجر اليوم الجمعة، 73 غارة على": a wave carried out, not a tally
        waged = any(not SUPPORT_VERBS.isdisjoint(stems(ct[x].norm)) for x in range(max(0, m.i - 12), m.i - 1)) \
            or any(t.value.form == "verb" and m.i - 12 <= t.i < m.i - 1 for t in triggers)
        long_span = any(t.norm in ("منذ", "ومنذ") for t in ct) or any(
            t.norm in ("خلال", "طيله", "مدى") and any(
                any(s in SPAN_UNITS and not s.startswith("ساع") for s in stems(ct[x].norm))
                for x in range(k + 1, min(k + 4, len(ct))))
            for k, t in enumerate(ct))  # "خلال تسعة أشهر": a tally; "خلال الساعات الماضية": a wave
        count = worded if worded is not None else int(prev)
        # "منذ 17 تشرين الأول، تعرضت القواعد ... لأكثر من 20 هجوماً": "more than" a count of acts
        # over a span is a tally (not "أكثر من عشر غارات استهدفت مطار حماة": a day's wave)
        more_than = m.i > 2 and ct[m.i - 2].norm == "من" and ct[m.i - 3].norm.lstrip("لب") == "اكثر"
        # ("بعد شهرين شهدا أكثر من عشر هجمات صاروخية على قواعد": weeks, months or years named just
        # before the count are its span too)
        long_span = long_span or more_than and any(
            ct[x].norm.lstrip("و") in _LONG_SPAN_UNITS for x in range(max(0, m.i - 9), m.i - 3))
        return count > 20 and not (waged and not long_span) or more_than and count >= 10 and long_span

    @staticmethod
    def _sub_event_type(sub: str, weapons: set[str], forms: set[str], actor2) -> str:
        """Weapons decide first (ACLED codes by means), then the trigger;
        a suicide bombing, a territory change, an abduction, an interception
        and a grenade are named by the trigger whatever the means."""
        if sub in DECISIVE_SUB_TYPES and not (sub == "Suicide bomb" and "drones" in weapons):
            return sub
        if weapons & {"aircraft", "drones", "helicopters"} and sub != "Armed clash":
            return "Air/drone strike"
        if "explosives" in weapons:
            return "Remote explosive/landmine/IED"
        if weapons & {"rockets", "artillery", "missiles"}:
            return "Shelling/artillery/missile attack"
        if sub in ("Armed clash", "Attack", "Remote explosive/landmine/IED"):
            return "Attack" if actor2 == "Civilians" and sub == "Armed clash" else sub
        if sub and not weapons:
            return sub
        if actor2 == "Civilians":
            return "Attack"
        if "small arms" in weapons or forms & {"noun", "verb", "passive"} and not sub:
            return "Armed clash"  # "هجوم على حاجز": ground attack, ACLED's armed clash
        return "Shelling/artillery/missile attack"

    # -- actors -----------------------------------------------------------
    @staticmethod
    def _concessive_end(ct, triggers) -> int:
        """The first token of the main clause after a fronted "في حين / بينما ..." and
        its comma, when that main clause opens with "فـ" and holds the act's verb (0: none)."""
        if len(ct) < 4 or (ct[0].norm.lstrip("و") == "في" and ct[1].norm != "حين"):
            return 0
        main = next((x for x in range(2, len(ct)) if ct[x].start - ct[x - 1].end > 1
                     and (ct[x].norm in _THEN_MAIN or any(m.i == x and m.value.form == "verb"
                                                          and ct[x].norm.startswith("ف") for m in triggers))), None)
        if main is None or any(m.i < main for m in triggers) \
                or not any(m.i >= main and m.value.form == "verb" for m in triggers):
            return 0
        return main

    def _actors(self, ct) -> list[tuple[int, int, str, str, str]]:
        """(i, j, actor, prefix, hint) for each actor mention in the clause."""
        out = []
        taken = set()
        voices = []  # (i, actor) of sides whose spokesman or media office speaks
        before = None
        for m in self.lex.actors.find(ct):
            # (not "القوات الموالية لهادي وقوات المقاومة الشعبية": two forces of one side, joined)
            # (a named side only: "متحدث باسم القوات الجوية-: «سلاح الجو قام بقصف»", a generic
            # force after a generic one, opens a quote of its own)
            glossed = before is not None and before.j == m.i and before.value == m.value \
                and not m.prefix.startswith(("و", "ف")) and not m.value.startswith("_")
            before = m
            if glossed:
                # "أعلنت وزارة الدفاع الأمريكية (البنتاغون) أن ضربة نفذتها طائرة مسيرة": a name glossing
                # the side named right before it is that side again, with its role
                continue
            near = [ct[x].norm for x in range(max(0, m.i - 4), m.i)] if m.value == "Civilians" else ()
            if near and not NEGATIONS.isdisjoint(near) and not CASUALTY_NOUNS_SPARED.isdisjoint(near):
                continue  # "دون أن يسقط ضحايا مدنيون", "عدم سقوط ضحايا مدنيين": no civilian was hit
            speaking = m.i and (ct[m.i - 1].norm in SPEAKER_BEFORE or (
                    m.i > 1 and ct[m.i - 1].norm == "في" and ct[m.i - 2].norm in SPEAKER_BEFORE)
                    # "مصدر عسكري في قسد", "مصادر أمنية في الحشد": a source's adjective between
                    or (m.i > 2 and ct[m.i - 1].norm == "في" and ct[m.i - 3].norm in SPEAKER_BEFORE
                        and ct[m.i - 2].norm in SOURCE_ADJECTIVES)
                    # "قالت مصادر أمنية وفي قوات الحشد الشعبي إن"
                    or (m.i > 2 and ct[m.i - 1].norm == "وفي"
                        and any(ct[x].norm in SPEAKER_BEFORE for x in range(max(0, m.i - 4), m.i - 1)))
                    or (m.i > 2 and ct[m.i - 1].norm in SPEAKER_NOUNS_BEFORE_IN
                        and ct[m.i - 2].norm == "في" and ct[m.i - 3].norm in SPEAKER_BEFORE)
                    # "قال المتحدث باسم حكومة طالبان إن الغارات استهدفت": the office he speaks for
                    or (m.i > 1 and ct[m.i - 1].norm in SPEAKER_NOUNS_BEFORE_IN
                        and ct[m.i - 2].norm == "باسم"))
            # "أعلن المتحدث العسكري للقوات المسلحة ... مقتل 18 تكفيريا": a spokesman of the
            # force in the genitive, when he claims its act (else the force stays a side)
            titled = m.i and m.prefix.startswith("ل") and self._titled_spokesman(ct, m.i)
            if self._blamed(ct, m.i, m.j):
                # "وحمّلت حكومة ولاية شمال دارفور قوات الدعم السريع مسؤولية الهجوم", "وحمل مسؤول
                # تركي حزب العمال الكردستاني مسؤولية الهجوم": the side blamed did the act
                out.append((m.i, m.j, m.value, m.prefix, "attacker"))
                taken.update(range(m.i, m.j))
                continue
            if speaking or titled:
                if self._spokesman_claim(ct, m.i, m.j):
                    # "أعلن المتحدث باسم القوات المسلحة ... تنفيذ عملية استهدفت": the
                    # side a spokesman speaks for claims the act it announces
                    out.append((m.i, m.j, m.value, m.prefix, "attacker"))
                    taken.update(range(m.i, m.j))
                    continue
                if speaking:
                    voices.append((m.i, m.value))
                    continue  # "المتحدث باسم التحالف", "مصدر في (وزارة) البيشمركة": a speaker, not a side
            if m.value == "Unknown" and m.j - m.i == 1 and m.i and ct[m.i].norm in ARMED_ADJECTIVE_FORMS \
                    and ct[m.i - 1].norm in ARMED_ACT_NOUNS:
                continue  # "نفذ مسلحون مجهولون هجوما مسلحا": "armed" describes the attack, no second side
            if m.i and ct[m.i - 1].norm in PLACE_NAME_HEADS:
                continue  # "حي الشرطة الرابعة": a district's name
            if m.value == "Unknown" and ct[m.i].norm.lstrip("ل").startswith("جه") and (
                    m.prefix.startswith("ل") or m.i and ct[m.i - 1].norm in ("الي", "نحو")):
                continue  # "واقتيادهم إلى جهة مجهولة": where the abducted were taken, no side
            if self._titled_speaker(ct, m.i):
                continue  # "قال قائد الشرطة في إقليم بغلان إن": who speaks, not who was hit
            if m.i > 1 and ct[m.i - 1].norm == "من" and ct[m.i - 2].norm in CLOSE_TO:
                continue  # "قنوات مقربة من الفصائل": who a channel is close to is not a side of the act
            if self._inmates(ct, m.i):
                continue  # "السجن الذي يضم نحو 3500 محتجز من عناصر التنظيم": inmates are no side of the act
            if m.i and ct[m.i - 1].norm in _SPONSOR_BEFORE_FORMS:
                continue  # "الفرقة 30 التي دربتها الولايات المتحدة": who trained a side is not a side
            speaker = self._speaker(ct, m.i, m.j)
            if speaker == "condemner":
                continue  # "تركيا تدين التفجير": never a side of the act
            if (m.j - m.i == 1 and ct[m.i].norm in COUNTRY_ACTORS
                    or " ".join(t.norm for t in ct[m.i:m.j]) == "الولايات المتحده") and m.i and (
                    ct[m.i - 1].norm in _PLACE_BEFORE_COUNTRY_FORMS
                    or m.prefix.startswith(("ب", "في"))):
                continue  # "جنوب تركيا", "في إسرائيل": the country as a place
            head = ct[m.i].norm
            hint = speaker or ("target" if head in _TARGET_HINT_WORDS_FORMS else
                               # "شهداء العدوان الإسرائيلي": the aggression is who struck
                               "attacker" if head in _AGGRESSION_HEADS_FORMS else "")
            if hint == "target" and (m.i and ct[m.i - 1].norm in _OPEN_FIRE_VERBS_FORMS and any(
                    ct[x].norm in _FIRE_OBJECTS for x in range(m.j, min(m.j + 3, len(ct)))) or (
                    m.j + 1 < len(ct) and ct[m.j].norm in _OPEN_FIRE_VERBS_FORMS
                    and ct[m.j + 1].norm in _FIRE_OBJECTS)):
                # "أطلق جنود الاحتلال النار على شاب", "أطلقت آليات الاحتلال النار على منازل": the
                # soldiers or vehicles between the verb and its object "النار" are who fired, as
                # they are right before it ("بأن آليات الاحتلال أطلقت النار بكثافة على منازل")
                hint = "attacker"
            out.append((m.i, m.j, m.value, m.prefix, hint))
            taken.update(range(m.i, m.j))
        # Only a word one or two after a military head ("طائرات روسية", "طائرات حربية
        # روسية") or a generic militia word can add an actor below: the loop visits
        # those alone (its test of every word of every clause was a third of _actors).
        # "نحو 350 عسكرياً أمريكياً", "ثمانية من العسكريين الأميركيين": service members
        # counted are a head too ("عسكري" alone is the adjective of "مصدر عسكري")
        # (both sets' words are picked in C: a Python test of every word of the clause cost more)
        counted = {x for x in token_hits(ct, _COUNTED_HEADS) if ct[x].norm in SERVICE_MEMBERS or (
            ct[x].norm == "عسكريا" and x and ct[x - 1].norm.isdigit())}
        # "مواقع عسكرية باكستانية", "نقاط عسكرية تركية": positions said to be military are a
        # force's, its nationality after the adjective ("مواقع إخبارية إيرانية" are not)
        counted |= {x for x in token_hits(ct, POSITION_HEADS) if x + 1 < len(ct)
                    and ct[x + 1].norm in ("عسكريه", "العسكريه")}
        # "غارات استهدفت مواقع وتعزيزات حوثية": positions (and a second joined noun) with an
        # adjective that names a side, not a state ("مواقع إيرانية" may be news sites)
        side_adj = {x for x in token_hits(ct, self._side_adjective_forms) if x > 0}
        side_heads = set()  # (what was hit: "أن تعزيزات حوثية كانت في طريقها ... حيث استهدفت تلك
        # التعزيزات غارة جوية نفذتها طائرات التحالف" are no subject that struck)
        for x in side_adj:
            if ct[x - 1].norm in POSITION_HEADS or ct[x - 1].norm in _GATHERED_HEADS:
                side_heads.add(x - 1)
            elif x > 1 and ct[x - 1].norm[:1] == "و" and (ct[x - 1].norm[1:] in POSITION_HEADS
                                                          or ct[x - 1].norm[1:] in _GATHERED_HEADS) \
                    and (ct[x - 2].norm in POSITION_HEADS or ct[x - 2].norm in _GATHERED_HEADS):
                side_heads.add(x - 1)
        counted |= side_heads
        heads = sorted(counted.union(token_hits(ct, _MILITARY_HEAD_FORMS)))
        visit = {x for h in heads for x in (h + 1, h + 2) if x < len(ct)}
        # "لقصف صاروخي ومدفعي سعودي": the nationality after two joined kinds of fire
        # (a second adjective with its "و") is the fire's owner too
        adj_run = {}
        for h in heads:
            x = h + 1
            while x < min(h + 4, len(ct)) and ct[x].norm in _MILITARY_ADJECTIVES_FORMS:
                x += 1
            if x - h > 2 and x < len(ct):
                adj_run[x] = h
            # "طائرات F-16 العراقية": the plane's model (Latin letters, digits, its Arabic name)
            # before the nationality, which is still the plane's owner
            x = h + 1
            while x < min(h + 4, len(ct)) and (ct[x].norm.isascii() and ct[x].norm.isalnum()
                                                 or ct[x].norm in AIRCRAFT_MODEL_WORDS):
                x += 1
            if x - h > 1 and x < len(ct):
                adj_run.setdefault(x, h)
        visit.update(adj_run)
        # "غارات جوية يُرجّح أنها إسرائيلية", "طائرات يعتقد أنها روسية": the nationality a
        # hedge gives the weapon is its owner's (with the hedge, as "likely")
        hedged = {}
        for h in heads:
            x = h + 1  # (past an adjective or "بدون طيار": "لطائرة بدون طيار يرجح أنها أمريكية")
            while x < min(h + 4, len(ct)) and (ct[x].norm in MILITARY_ADJECTIVES or ct[x].norm in UNMANNED_WORDS):
                x += 1
            if x + 2 < len(ct) and ct[x].norm in HEDGE_VERBS and ct[x + 1].norm in ("انها", "انه", "بانها"):
                hedged[x + 2] = h
        visit.update(hedged)
        visit.update(token_hits(ct, _GENERIC_MILITIA_FORMS))
        for k in sorted(visit):
            if k in taken:
                continue
            forms = stems(ct[k].norm)
            head_at = k - 1
            if k in hedged:
                head_at = hedged[k]
            elif k in adj_run:
                head_at = adj_run[k]
            elif k > 1 and ct[k - 1].norm in MILITARY_ADJECTIVES:
                head_at = k - 2  # "طائرات حربية روسية"
            elif k > 1 and ct[k - 2].norm in NAMED_FACILITY_HEADS and k - 1 not in taken:
                head_at = k - 2  # "قاعدة "فكتوري" الأميركية"
            if k > 0 and head_at not in taken and (ct[head_at].norm in _MILITARY_HEAD_FORMS
                                                   or head_at in counted):
                actor = next((a for a in map(self.lex.adjectives.get, map(self._adj_stem, forms)) if a),
                             None)
                if actor and k + 1 < len(ct) and ct[k].norm in NAME_LIKE_ADJECTIVES and \
                        ct[k + 1].norm.startswith("ال") and ct[k + 1].norm.endswith("ي"):
                    continue  # "المتحدث باسم تحالف العدوان تركي المالكي": a man's name, not Turkey
                if actor and head_at and ct[head_at - 1].norm in SPEAKER_BEFORE:
                    taken.update(range(head_at, k + 1))
                    continue  # "قال المتحدث باسم الجيش السوداني إن": a speaker, not a side
                if actor and any(ct[x].norm in CARRIER_PLANE_WORDS for x in range(k + 1, min(k + 3, len(ct)))):
                    taken.update(range(head_at, k + 1))
                    continue  # "خلال تسليم الطائرة السعودية المساعدات": an aid plane's country is no side
                speaker = self._speaker(ct, head_at, k + 1) if actor else ""
                if speaker == "condemner":
                    taken.update(range(head_at, k + 1))
                    continue
                if actor:
                    head = ct[head_at].norm
                    hint = ("attacker" if head in _ATTACKER_NOUNS_FORMS else
                            "target" if head in _TARGET_HINT_WORDS_FORMS or head_at in side_heads
                            else "")
                    hint = speaker or hint
                    prefix = next((head[:len(head) - len(s)] for s in stems(head)[1:]
                                   if not s.startswith("ال")), "")
                    out.append((head_at, k + 1, actor, prefix, hint))
                    taken.update(range(head_at, k + 1))
                    continue
            if not GENERIC_MILITIA.isdisjoint(forms) and not (
                    ct[k].norm.startswith("و") and k + 2 < len(ct) and ct[k + 1].norm in _ALLY_AFTER
                    and ct[k + 2].norm in _TO_IT):
                # (not "سيطرت قوات الأسد والميليشيات المساندة لها على مدينة خان شيخون": unnamed
                # militias joined as the allies of the side named before are on its side, neither
                # another doer nor whom the act hit)
                out.append((k, k + 1, "_militia", "", ""))
                taken.add(k)
        # "لميليشيا لواء فاطميون": the generic word heads the named group; the
        # name carries the side, the generic word its role cue (the lam)
        named_at = {i: (j, a) for i, j, a, _, _ in out if a != "_militia"}
        merged = [(i, named_at[j][0], named_at[j][1], prefix, hint) if a == "_militia" and j in named_at
                  else (i, j, a, prefix, hint) for i, j, a, prefix, hint in out]
        dropped = {j for i, j, a, _, _ in out if a == "_militia" and j in named_at}
        # "22 مسلحا من تنظيم داعش": an unnamed fighter of a named group is that group (past
        # his count or "others": "استشهاد مقاومَين اثنين من حزب الله", "و21 مسلحا آخرين من
        # تنظيم (داعش)"; "the resistance" too, a word whose side the named group is)
        def _of_named(j: int) -> int | None:
            j += j < len(ct) and (ct[j].norm in COUNT_WORDS or ct[j].norm in ("اخرين", "اخرون"))
            return j + 1 if j < len(ct) and ct[j].norm == "من" and j + 1 in named_at else None

        of_named = {i: g for i, j, a, _, _ in out if a in ("Unknown", "_resistance") and (g := _of_named(j))}
        merged = [(i, named_at[of_named[i]][0], named_at[of_named[i]][1], prefix, hint) if i in of_named
                  else (i, j, a, prefix, hint) for i, j, a, prefix, hint in merged]
        dropped |= set(of_named.values())
        # "أطلق مسلحون مدعومون من إيران": unnamed gunmen said to be backed by a side are of
        # it; "ميليشيا الحوثي المدعومة من إيران": a named side's sponsor is no second side
        backed = {j for j, (_, a) in named_at.items() if j < len(ct) and ct[j].norm.startswith(BACKED_BY_STEMS)}
        merged = [(i, named_at[j][0], named_at[j][1], prefix, hint)
                  if a == "Unknown" and j in backed else (i, j, a, prefix, hint) for i, j, a, prefix, hint in merged]
        dropped |= {j for i, j, a, _, _ in out if j in backed}
        # "حركة الشباب المرتبطة بتنظيم القاعدة": the group a named side is said to be linked
        # to describes it, and is no second side
        ends = {j for j, _ in named_at.values()}
        dropped |= {i for i in named_at if i and ct[i - 1].norm in LINKED_WORDS and i - 1 in ends}
        # "تجمعا لجنود العدو الإسرائيلي": a generic soldiers' word right before a
        # named side is that side's soldiers, not the country's army
        # (not unnamed men or civilians, who name no side: "اشتباكات بين القوات الحكومية ومسلحين من
        # أبناء الطائفة الدرزية" are the state's forces and gunmen, two sides)
        starts = {i: (j, a) for i, j, a, _, _ in merged if a not in ("Unknown", "Civilians")}
        merged = [(i, starts[j][0], starts[j][1], prefix, hint)
                  if a in ("_military", "_police") and j in starts and not starts[j][1].startswith("_")
                  else (i, j, a, prefix, hint) for i, j, a, prefix, hint in merged]
        dropped |= {j for i, j, a, _, _ in out if a in ("_military", "_police") and j in starts
                    and not starts[j][1].startswith("_")}
        # "ناقلة جنود مدرعة تابعة للتنظيم": soldiers said to belong to someone
        # are that someone's, not the country's army the bare word stands for
        dropped |= {i for i, j, a, _, _ in merged if a in ("_military", "_police")
                    and (any(ct[x].norm in OWNED_BY for x in range(j, min(j + 3, len(ct))))
                         or (i and ct[i - 1].norm in _CARRIER_NOUNS_FORMS))}
        heads_of = getattr(self, "_heads_of", (None, {}))[1]
        if heads_of:
            spans = [(i, j) for i, j, *_ in merged]
            for k, t in enumerate(ct):
                word = t.norm
                prefix = ""
                if word not in heads_of and word[:1] in "وبل" and word[1:] in heads_of:
                    prefix, word = word[:1], word[1:]
                if word in heads_of and not any(i <= k < j for i, j in spans) and not self._inmates(ct, k) \
                        and not _another_name(ct, k):
                    # "استهدفت "الهيئة" مواقع "الفيلق"": the groups the article named in full
                    # before (a head inside another name the lexicon knows is that name's)
                    merged.append((k, k + 1, heads_of[word], prefix, ""))
        if any(a == "_organisation" for _, _, a, _, _ in merged):
            # "قذائف هاون أطلقها التنظيم", "صواريخ على مواقع للتنظيم": the bare "organisation" is
            # a side as the doer of a verb carrying the act or as the owner of the posts hit or
            # fired from (not "قدرة التنظيم على اختيار أهداف", "لغم من مخلفات التنظيم"); it is
            # the group the article calls "تنظيم X", else ISIS where it names ISIS; an article that
            # names none gives it no side (a Turkish ministry's "مواقع التنظيم" are the PKK's or
            # the YPG's, left to the usual foe of the side that struck)
            # (a group named in full in a sentence before comes first: "سيطر تنظيم أنصار الشريعة")
            before = heads_of.get("التنظيم")
            named = before or self._organisation_named(getattr(self, "_heads_of", ("",))[0] or "")
            merged = [(i, j, named if a == "_organisation" else a, prefix,
                       "target" if a == "_organisation" and _killed_of(ct, i) else hint)
                      for i, j, a, prefix, hint in merged
                      # (the group named before also as it was read before this row: anywhere but
                      # in its "لل" form, which the head lookup below never took)
                      if a != "_organisation" or named and (
                          (before and not ct[i].norm.startswith("لل") and not self._inmates(ct, i)
                           and not _another_name(ct, i))
                          or (i and (ct[i - 1].norm in TARGET_HINT_WORDS or ct[i - 1].norm in OWNED_BY
                                     or ct[i - 1].norm in LAUNCHED_IT or ct[i - 1].norm in SUPPORT_WITH_OBJECT))
                          # "ضربة بمسيّرة ... قالت إنها قتلت مخططاً من التنظيم": the one killed was of it
                          or _killed_of(ct, i))]
        kept = sorted(x for x in merged if x[0] not in dropped)
        # "أعلنت وزارة الدفاع التركية أن القوات المسلحة ردّت ... واستهدفت مواقع التنظيم", "قال
        # المتحدث باسم وزارة الدفاع العراقية: إن الجيش والحشد يتقدمان": a bare army or police
        # said to act in what a state's ministry or force reports (the subject right after
        # "أن") is that state's, wherever the act was
        said_by = next((country_of_forces(a) for i, j, a, _, h in kept if h == "reporter" and country_of_forces(a)),
                       None)
        if said_by:
            first = min(i for i, j, a, _, h in kept if h == "reporter" and country_of_forces(a))
            kept = [(i, j, state_forces(said_by, "police" if a == POLICE_HERE else "military"), prefix, hint)
                    if a in (MILITARY_HERE, POLICE_HERE) and i > first and ct[i - 1].norm in THAT_WORDS
                    else (i, j, a, prefix, hint)
                    for i, j, a, prefix, hint in kept]
        else:
            # "وقال المركز الإعلامي لقوات سوريا الديمقراطية إن القوات الخاصة داهمت": the bare
            # forces an armed group's own media office says acted are its own, not the state's
            # where the act was
            voices += [(i, a) for i, j, a, _, h in kept if h == "reporter"]
            voice = next(((i, a) for i, a in sorted(voices) if a not in ("Civilians", "Unknown")
                          and not a.startswith("_") and not country_of_forces(a)), None)
            own = [i for i, j, a, _, _ in kept if voice and a in (MILITARY_HERE, POLICE_HERE)
                   and i > voice[0] and ct[i - 1].norm in THAT_WORDS]
            if own:
                # (the office itself is then no second mention of the side: it told, its forces acted)
                kept = [(i, j, voice[1] if i in own else a, prefix, hint) for i, j, a, prefix, hint in kept
                        if not (i == voice[0] and hint == "reporter")]
        return kept

    def _organisation_named(self, text: str) -> str | None:
        """The group an article calls "تنظيم X" (most often; the first of as many), else
        ISIS where it names ISIS bare ('بهجوم لـ"داعش"'), else the one of ORGANISATIONS."""
        if getattr(self, "_organisations", (None,))[0] is not text:
            counts: dict[str, int] = {}
            for hit in re.finditer(r"(?<![\w])[وبل]?تنظيم\W{0,3}", text):
                found = self.lex.actors.find(tokens(text[hit.end():hit.end() + 40]))
                if found and found[0].i == 0 and not found[0].value.startswith("_") \
                        and found[0].value not in ("Civilians", "Unknown"):
                    counts[found[0].value] = counts.get(found[0].value, 0) + 1
            named = max(counts, key=counts.get) if counts else (
                "ISIS" if ISIS_NAMED.search(text) else next((g for rx, g in ORGANISATIONS if rx.search(text)), None))
            self._organisations = (text, named)
        return self._organisations[1]

    @staticmethod
    def _struck_by_act_before(ct, v: int, roles, triggers) -> bool:
        """The verb at v is one of striking ("استهدفت", "طالت") told of an act's noun before it, after
        a side already read as the clause's actor or its teller: "نفذت القوات الأميركية غارة ...، استهدفت عناصر من
        داعش" (the strike targeted them), not "هاجم عناصر من داعش حاجزاً" (no side before)."""
        if STRUCK_VERBS.isdisjoint(stems(ct[v].norm)):
            return False
        if any(not ATTACKER_NOUNS.isdisjoint(stems(ct[x].norm))
               and not (x and ct[x - 1].norm in ("علي", "ضد", "الي"))
               and not any(ct[y + 1].start - ct[y].end > 1 for y in range(x, v))
               for x in range(max(0, v - 3), v)):
            # "إن المسيّرات استهدفت عناصر من الجيش", "غارة أمريكية استهدفت عناصر من الحشد": the
            # aircraft or the strike right before the verb is its subject; the men after it were hit
            # (not "ورداً على الاعتداء، استهدفت وحدات من الجيش": what is answered, before a comma)
            return True
        # (or the side that tells it: "قال الجيش إن غارة جوية استهدفت عناصر من داعش")
        acting = [i for i, r, _ in roles if r in ("svo", "attacker", "reporter") and i < v]
        return bool(acting) and any(m.value.form == "noun" and acting[0] < m.i and m.j <= v for m in triggers)

    @staticmethod
    def _inmates(ct, i: int) -> bool:
        """A side named as whom a prison or camp holds: "نحو 3500 محتجز من عناصر التنظيم"."""
        return i > 1 and "من" in (ct[i - 1].norm, ct[i - 2].norm) and any(
            not DETAINEE_WORDS.isdisjoint(stems(ct[y].norm)) for y in range(max(0, i - 3), i))

    @staticmethod
    def _aimed_at(ct, triggers) -> bool:
        """An interception of a weapon that was aimed at someone: "كانت تستهدف
        قاعدة", "أطلقت باتجاه المطار" after the interception verb."""
        start = min(m.i for m in triggers if m.value.sub_event_type == "Disrupted weapons use")
        return any(not AIMING_WORDS.isdisjoint(stems(ct[x].norm)) for x in range(start + 1, len(ct)))

    @staticmethod
    def _without_topic_place(text: str, ct, targets: list[PlaceRef]) -> list[PlaceRef]:
        """"وفي الحديدة، استشهدت امرأة بقصف ... في مديرية حيس": a place set
        first, as the topic of a roundup's paragraph, before a comma, is the
        region of a finer place the clause names inside it, not a second target."""
        if len(targets) < 2 or not ct or ct[0].norm not in ("في", "وفي"):
            return targets
        first = min(targets, key=lambda p: p.start)
        if first.start > ct[1].end + 1 or text[first.end:first.end + 2].strip()[:1] not in ("،", ","):
            return targets
        inside = [q for q in targets if q is not first and q.place.country == first.place.country
                  and first.place.admin1 and q.place.admin1 == first.place.admin1]
        return [p for p in targets if p is not first] if inside else targets

    @staticmethod
    def _after_span_of(ct, i: int) -> bool:
        """"بعد يومين من الهجوم الصاروخي على معسكر التاجي": an act a span of
        time before (or after) the news, told as its time mark."""
        if i < 3 or ct[i - 1].norm != "من":
            return False
        k = i - 2
        if k > 0 and (ct[k - 1].norm.isdigit() or ct[k].norm.isdigit()):
            k -= 1  # "بعد 3 أيام من"
        return (not SPAN_UNITS.isdisjoint(stems(ct[i - 2].norm))
                and k >= 1 and ct[k - 1].norm in TIME_MARK_WORDS)

    @staticmethod
    def _titled_spokesman(ct, i: int) -> bool:
        """A spokesman's title right before the side at token i: "المتحدث", "المتحدث
        العسكري" (the side in the genitive after it)."""
        return i > 0 and (ct[i - 1].norm in SPOKESMAN_WORDS or (
            i > 1 and ct[i - 2].norm in SPOKESMAN_WORDS and ct[i - 1].norm in SPOKESMAN_ADJECTIVES))

    @staticmethod
    def _blamed(ct, i: int, j: int) -> bool:
        """A side between "حمّل" and "مسؤولية" ("حمّلت الحكومة قوات الدعم السريع مسؤولية
        الهجوم"): whoever stands right before "مسؤولية" is blamed for the act."""
        if j < len(ct) and ct[j].norm in LINKED_WORDS:
            # "حمّلوا حركة الشباب المرتبطة بتنظيم القاعدة المسؤولية": past what it is linked to
            j = next((x for x in range(j + 1, min(j + 5, len(ct)))
                      if ct[x].norm.lstrip("و").removeprefix("ال").startswith(BLAME_NOUN)), len(ct))
        return j < len(ct) and ct[j].norm.lstrip("و").removeprefix("ال").startswith(BLAME_NOUN) and any(
            not BLAME_VERBS.isdisjoint(stems(ct[x].norm)) for x in range(max(0, i - 8), i))

    @staticmethod
    def _spokesman_claim(ct, i: int, j: int) -> bool:
        """"أعلن المتحدث باسم X ... تنفيذ / استهداف / شن": a claim verb just
        before the spokesman and the act's verbal noun (not "أن", which opens a
        report) a few words after the side he speaks for."""
        # ("المتحدث العسكري للقوات المسلحة": the spokesman's force in the genitive)
        titled = ct[i].norm.startswith("ل") and ClauseAnalyser._titled_spokesman(ct, i)
        if i < 2 or (ct[i - 1].norm != "باسم" and not titled):
            return False
        if not any(not CLAIM_VERBS.isdisjoint(stems(ct[x].norm)) for x in range(max(0, i - 5), i - 1)):
            return False
        for x in range(j, min(j + 10, len(ct))):
            if ct[x].norm in THAT_WORDS:
                return False
            if not CLAIMED_ACT_NOUNS.isdisjoint(stems(ct[x].norm)):
                return True
            if ct[x].norm in ENEMY_KILLED and any(ct[y].norm.startswith(ENEMY_DEAD)
                                                  for y in range(x + 1, min(x + 4, len(ct)))):
                return True  # "أعلن المتحدث العسكري ... مقتل 18 تكفيريا": the enemy its side killed
        return False

    def _fire_was(self, ct, a: int, b: int) -> bool:
        """"إطلاق القذائف والصواريخ كان من ناحية المدينة الخضراء": between the launch word and the
        "من" of where it came from, only what was fired and "was" (كان/كانت)."""
        covered = {a + z for w in self.lex.weapons.find(ct[a:b]) for z in range(w.i, w.j)}
        return b - a <= 5 and any(ct[z].norm in _WAS for z in range(a, b)) and all(
            z in covered or ct[z].norm in _WAS for z in range(a, b))

    def _launch_cues(self, ct, cue_at: dict) -> None:
        """Where fire came from, told past its object or its launcher: "أطلقت صاروخين من منطقة
        حي الجهاد باتجاه مطار بغداد" (the lexicon's "أطلقت من" needs the two words side by side;
        a place noun after "من" tells it from the partitive "أطلقت عددا من الصواريخ"), and "أطلقت
        من منصة ... عثرت عليها القوات الأمنية محترقة في منطقة البيادر" (where the launcher was
        found, after a launch cue, is where the fire came from, not a place hit)."""
        # (only the launch words are visited, picked in C: a stems() call per word of every
        # clause was most of this method; written_forms is stems()' exact inverse)
        for x in token_hits(ct, _LAUNCH_FORMS):
            y = next((y for y in range(x + 2, min(x + 4, len(ct) - 1)) if ct[y].norm == "من"), None)
            if y is None:
                # "قذائف هاون أطلقها إرهابيو "ي ب ك/بي كا كا" من مدينة تل أبيض السورية على قضاء
                # أقجة قلعة": past the launcher's name (a head word at most before it), the place
                # noun after "من" is where the fire came from
                y = next((y for y in range(x + 4, min(x + 10, len(ct) - 1))
                          if ct[y].norm == "من" and ct[y + 1].norm in PLACE_CUE_WORDS), None)
                # (the name may carry its epithets: "أطلقها تنظيم "بي كا كا/ واي بي جي" الإرهابي من
                # منطقة عين العرب")
                if y is not None and not any(m.i <= 1 and all(
                        ct[z].norm in TERROR_EPITHETS or ct[z].norm in GROUP_EPITHETS for z in range(x + 1 + m.j, y))
                                             for m in self.lex.actors.find(ct[x + 1:y])) \
                        and not self._fire_was(ct, x + 1, y):
                    y = None
            if y is not None and y not in cue_at and ct[y + 1].norm in PLACE_CUE_WORDS and not any(
                    cue_at.get(z) or ct[z].norm in ("علي", "ضد", "الي") for z in range(x + 1, y)):
                cue_at[y] = "launch"
        for y in token_hits(ct, frozenset(("من",))):
            if 0 < y < len(ct) - 2 and y not in cue_at and ct[y + 1].norm in _AIR_BASE_NOUNS \
                    and ct[y - 1].norm not in _NEAR_WORDS \
                    and any(ct[x].norm in _FLYING_WORDS for x in range(max(0, y - 6), y)):
                cue_at[y] = "launch"
        for x in [x for x, v in cue_at.items() if v == "launch" and cue_at.get(x + 1) == "target"]:
            # "لقصف مدفعي عنيف مصدره القواعد التركية المنتشرة في محيط مدينة إعزاز": the bases or
            # positions right after the launch cue are where the fire came from, their owner the
            # one who fired, not a side hit
            cue_at[x + 1] = "launch"
        first = min((x for x, v in cue_at.items() if v == "launch"), default=None)
        # ... and "باتجاه مطار بغداد" after it is where the fire went: the launch's reach ends there
        aim = None if first is None else next((x for x in range(first + 1, len(ct))
                                               if ct[x].norm in TOWARDS_WORDS - {"الي", "إلى"}
                                               or ct[x].norm in TARGETING_WORDS), None)
        if aim is not None and aim not in cue_at:
            cue_at[aim] = "target"
        for x in token_hits(ct, _FIND_FORMS):
            # "عثرت لاحقاً على منصة الإطلاق مثبتة على شاحنة صغيرة في منطقة صحراوية ... باتجاه قضاء
            # هيت": where the launcher itself was found is where the fire came from, with no launch
            # cue before it (and no aim: "باتجاه" there tells where the spot lies)
            # (past a time told between: "عثرت بعد هجوم الأربعاء على شاحنة محمّلة بمنصة لإطلاق
            # صواريخ في منطقة الراشدية": the launcher may be what the vehicle found carries)
            on = next((y for y in range(x + 1, min(x + 6, len(ct) - 1)) if ct[y].norm == "علي"), None)
            if on is not None and any(ct[y].norm.removeprefix("ب").removeprefix("ال") in _LAUNCHER_NOUNS
                                      for y in range(on + 1, min(on + 4, len(ct)))):
                at = next((y for y in range(on + 2, min(on + 10, len(ct))) if ct[y].norm == "في"), None)
                if at is not None and at not in cue_at:
                    cue_at[at] = "launch"
                    for z in range(at + 1, min(at + 12, len(ct))):
                        if cue_at.get(z) == "target":
                            # "... تبعد 10 كيلومترات عن القاعدة باتجاه قضاء هيت": the base and the
                            # bearing locate the launcher's spot; they open no target
                            del cue_at[z]
        for x in range(first + 1, len(ct)) if first is not None else ():
            # (on the "في" after it: the force that found it is no side of the act)
            at = next((y for y in range(x + 1, min(x + 7, len(ct))) if ct[y].norm == "في"), None) \
                if ct[x].norm in FIND_VERBS else None
            if at is not None and at not in cue_at:
                cue_at[at] = "launch"

    @staticmethod
    def _titled_speaker(ct, i: int) -> bool:
        """An office holder of a force, named as the one who speaks: a title
        ("قائد", "مدير", "المفتش العام") right before the force, and a
        reporting verb a few words before the title ("قال قائد الشرطة",
        "وقال الجنرال ... المفتش العام للشرطة"). "اغتيال قائد الشرطة" is a victim."""
        k = i - 1
        if k >= 0 and ct[k].norm == "العام":
            k -= 1
        if k < 0 or ct[k].norm not in _SPEAKER_TITLES_FORMS:
            return False
        return any(ct[x].norm in REPORT_VERB_FORMS for x in range(max(0, k - 6), k))

    @staticmethod
    def _speaker(ct, i: int, j: int) -> str:
        """"condemner" for a side next to a condemnation verb; "reporter" for
        one between a reporting verb and the "إن/أن" that opens what it says
        with no pronoun back to it ("قال الجيش الأمريكي إن قوات التحالف شنت",
        but "أعلن الجيش الإسرائيلي أنه قصف" is a claim); else ""."""
        near = [ct[x].norm for x in (i - 1, j, j + 1) if 0 <= x < len(ct)]
        if any(w in _CONDEMN_VERBS_FORMS for w in near):
            return "condemner"
        # "وأدانت القيادة العامة للقوات المسلحة الليبية عملية الاغتيال": the condemning verb a few
        # words before, over the head noun of the side's own name (no mark, no "أن" between)
        if any(ct[x].norm in _CONDEMN_VERBS_FORMS and all(
                ct[y].norm not in THAT_WORDS and ct[y + 1].start - ct[y].end <= 1 for y in range(x, i))
               for x in range(max(0, i - 4), i - 1)):
            return "condemner"
        # "اختطف مسلحون من جماعة بوكو حرام 11 امرأة ...، وفق ما أفاد به زعيم ميليشيا محلية متحالفة
        # مع الجيش": a side the source a report is told after is said to be with or of is no side
        # of the act (the source itself may be: "بحسب ما أعلنه تحالف دعم الشرعية" after its own losses)
        if any(ct[x].norm in ACCORDING_TO and all(
                ct[y].norm not in THAT_WORDS and ct[y + 1].start - ct[y].end <= 1 for y in range(x, i))
               and any(ct[y].norm == "مع" or ct[y].norm in OWNED_BY or ct[y].norm in LINKED_WORDS
                       for y in range(x + 2, i))
               for x in range(max(0, i - 10), i - 1)):
            return "aside"
        if i and ct[i - 1].norm.removeprefix("و") in ACCORDING_TO and j < len(ct) and ct[j].start - ct[j - 1].end > 1:
            # "ووفق الشرطة، انفجرت السيارة المفخخة الأولى عند بوابة الوزارة": a side fronted as the
            # source, up to its comma, tells the act; it is no side of it
            return "aside"
        # "وكان الجيش التركي قد فقد 6 جنود آخرين", "القوات الأمنية فقدت 4 من عناصرها": the side
        # that lost its men was hit
        lost = next((x for x in (i - 1, j, j + 1) if 0 <= x < len(ct) and ct[x].norm.lstrip("و") in LOST_VERBS
                     and (x != j + 1 or ct[j].norm == "قد")), None)
        if lost is not None and any(ct[y].norm in SOLDIER_NOUNS or ct[y].norm.removeprefix("من") in SOLDIER_NOUNS
                                    for y in range(max(lost, j), min(max(lost, j) + 4, len(ct)))):
            return "target"
        if i and ct[i - 1].norm in FIND_VERBS:
            # "عثرت قوات الأمن التركية على جثتي شرطيين": who found the dead is aside, never the
            # killer a force reporting an act with no other side would be ("عثرت قوات الأمن على جثة
            # شاب مقتولاً برصاص")
            return "aside"
        if any(ct[x].norm in _NARRATE_VERBS_FORMS and all(
                ct[y].norm not in ("،", ",") for y in range(x + 1, i)) for x in range(max(0, i - 5), i - 1)):
            # "روى إمام مسجد قوات الطوارئ بعسير ... اللحظات الأخيرة للتفجير": the force after the
            # narrator's head noun is his title's, no side of the act he tells (not "روت قوات الجيش":
            # the side itself telling, right after the verb)
            return "aside"
        if i and ct[i - 1].norm in ACCORDING_TO:
            # "انفجرت سيارة مفخخة ثانية ...، ما أسفر عن مقتل شخصين، بحسب الشرطة": the source a
            # toll is told after tells it, it was not hit
            return "reporter"
        verb_before = stems(ct[i - 1].norm) if i else ()
        reported = not REPORT_VERBS.isdisjoint(verb_before)  # "قال الجيش", "أفادت الشرطة"
        announced = reported or not CLAIM_VERBS.isdisjoint(verb_before)  # ... "أعلن الجيش", "تبنت"
        if reported and i > 1 and ct[i - 2].norm in ("كما", "حسبما", "وفق", "بحسب"):
            return "reporter"  # "ثم انتحر، كما أفادت الشرطة": who told it
        if not CLAIMED_IT_VERBS.isdisjoint(verb_before):
            if any(ct[x].norm in DAY_AFTER_WORDS for x in range(1, i - 1)):
                # "قتل 21 شخصا ... في هجمات استهدفت مناطق في بغداد، غداة تعرض مناطق مماثلة لتفجيرين
                # تبناهما «داعش»": the claimed act is the one of the day before, not the clause's
                return "aside"
            # "الهجوم الانتحاري ... والذي أسفر عن مقتل 13 عسكرياً أميركياً، وتبناه تنظيم داعش": the
            # claim's pronoun is the act told before it, so the side after it made the act
            return "attacker"
        if announced and any(
                ct[x].norm in OWN_LOSS_WORDS
                and any(ct[y].norm in SOLDIER_NOUNS for y in range(x + 1, min(x + 4, len(ct))))
                for x in range(j, min(j + 4, len(ct)))):
            return "target"  # "أعلن الجيش المصري مقتل ضابط وثلاثة جنود في هجوم": a force tells its own dead
        if announced and any(
                ct[x].norm.startswith(("مسؤوليت", "المسؤوليه")) for x in range(j, min(j + 5, len(ct)))):
            return "attacker"  # "وأعلنت جماعة نصرة الإسلام ... مسؤوليتها عن الهجوم": a claim
        if j + 2 < len(ct) and ct[j].norm in _SELF_THAT and ct[j + 1].norm.startswith(("مسؤول", "المسؤول")) \
                and ct[j + 2].norm == "عن" and j + 3 < len(ct) and ct[j + 3].norm.startswith(_CLAIMED_ACTS):
            return "attacker"  # "قول منظمة داعش إنها مسؤولة عن الهجوم الانتحاري": a claim in an adjective
        # "وقالت وزارة الدفاع في حكومة النظام السوري إن إسرائيل شنت": a side inside the
        # speaker's own phrase, the reporting verb a few words before it
        said = next((x for x in range(i - 1, max(-1, i - 10), -1)
                     if ct[x].norm in REPORT_VERB_FORMS), None)
        # (nor past "إنه": "قال الحرس الثوري إنه أطلق صواريخ على مقرات لتنظيم داعش" opens what was said)
        inside = said is not None and said < i - 1 and ct[said + 1].norm not in THAT_WORDS and all(
            ct[y].norm not in THAT_WORDS and ct[y].norm not in _THAT_PRONOUNS and ct[y].norm not in ("،", ",")
            for y in range(said + 1, i))
        if inside and any(ct[y].norm in CIVIL_OFFICE_WORDS for y in range(said + 1, i)):
            # "وقال المتحدث باسم وزارة الصحة في حكومة الحوثيين ... إن الغارات على صنعاء استهدفت":
            # the side whose health ministry counts the dead is aside, never the striker
            return "aside"
        if not reported and not inside:
            # "وكانت القيادة المركزية الأمريكية قد أعلنت أن متعاقداً قتل": the
            # speaker may come first, its reporting verb right after it
            verb = next((x for x in range(j, min(j + 2, len(ct)))
                         if ct[x].norm not in ("قد", "كانت", "كان")
                         and ct[x].norm in REPORT_VERB_FORMS), None)
            if verb is None or not (verb == j or ct[j].norm in ("قد", "كانت", "كان")):
                return ""
            if verb + 1 < len(ct) and ct[verb + 1].norm in THAT_WORDS and not (
                    verb + 2 < len(ct) and ct[verb + 2].norm in SELF_CLAIM):
                return "reporter"
            return ""
        after = [ct[x].norm for x in range(j, min(j + 3, len(ct)))]
        if any(w in SELF_CLAIM for w in after):
            return ""
        # "وقالت قيادة العمليات المشتركة في بيان تلقت السومرية نسخة منه، إن": the
        # "that" may come after where and how it spoke
        that = next((x for x in range(j, min(j + 10, len(ct))) if ct[x].norm in THAT_WORDS), None)
        if that is None:
            return ""
        if that >= j + 3 and that + 1 < len(ct) and ct[that + 1].norm in SELF_CLAIM:
            return ""  # a far "أن" that opens a self-claim
        if that + 2 < len(ct) and ct[that + 1].norm in OWN_MEN_WORDS and any(
                s in SUPPORT_VERBS or s in OWN_ACT_VERBS for s in stems(ct[that + 2].norm)):
            return "attacker"  # "أعلنت كتيبة جنين أن مقاتليها يخوضون اشتباكات": its own act
        if that + 2 < len(ct) and ct[that + 1].norm in OWN_MEN_WORDS and ct[that + 2].norm in _REPEL_VERBS_FORMS:
            # "وقالت القيادة العامة لقسد إن مقاتليها تصدّوا لمحاولة توغل": the side whose own men
            # repelled the attack was the one attacked
            return "target"
        return "reporter"

    @staticmethod
    def _future_part(ct, cues, triggers) -> int | None:
        """Where a part in the future opens after a past act: the "و" word ("وخلال") at most seven
        words before the first future cue ("ستكون", "سيتم", "سوف"), when every hypothetical cue of
        the clause is at or past it and a verb act ("سيطر", "قصفت", not a future "سيسيطر") ends
        before it."""
        hyp = [m for m in cues if m.value == "hypothetical"]
        if not hyp:
            return None
        first = min(m.i for m in hyp)
        word = ct[first].norm.lstrip("و")
        if not (word == "سوف" or word.startswith(("ست", "سي", "سن"))):
            return None
        cut = next((x for x in range(first, max(0, first - 8), -1)
                    if ct[x].norm.startswith("و") and len(ct[x].norm) > 2), None)
        if cut is None or cut == 0:
            return None
        def past_verb(t) -> bool:
            w = ct[t.i].norm.lstrip("و")
            return t.value.form == "verb" and (w.startswith("سيطر") or not w.startswith(("ست", "سي", "سن")))
        if any(t.j <= cut and past_verb(t) for t in triggers):
            return cut
        return None

    @staticmethod
    def _since_long_ago(ct, text: str = "", triggers=()) -> bool:
        """"منذ أغسطس 2014", "منذ تسعة أشهر": a campaign's span, not an act
        ("منذ أمس" is a date and stays), nor the span of a relative clause told after the act."""
        for k, t in enumerate(ct[:-1]):
            if t.norm != "منذ":
                continue
            if text and _relative_after_act(text, ct, k, triggers):
                continue
            if k and ct[k - 1].norm in _IN_FORCE:
                continue  # "لاتفاق وقف إطلاق النار الساري منذ 27 تشرين الثاني": the truce's span, not the act's
            nxt = ct[k + 1].norm
            later = {ct[x].norm for x in range(k + 1, min(k + 4, len(ct)))}
            if any(_comparison(ct, x, k) for x in range(max(0, k - 10), k)) or any(
                    ct[x].norm in SUPERLATIVES and not COMPARED_ACTS.isdisjoint(stems(ct[x + 1].norm))
                    for x in range(max(0, k - 10))):
                # "وهو الأعنف في بغداد منذ ثلاث سنوات", "وهو أول هجوم يسفر عن إصابة حرجة لجندي
                # أمريكي منذ بدء موجة الهجمات": a comparison, not a span; "first attack" compares
                # however long the relative between it and "منذ" ("في أول هجوم يطال المدينة
                # الساحلية التي تتخذها الحكومة ... مقرا مؤقتا منذ اندلاع الحرب")
                continue
            if nxt in MONTH_WORDS or re.fullmatch(r"(19|20)\d\d", nxt) or later & SPAN_WORDS:
                return True
            if nxt == "ان" and k + 2 < len(ct) and ct[k + 2].norm in CAMPAIGN_START_VERBS:
                return True  # "منذ أن باشر المتمردون شن هجمات يومية": since a campaign began
            if any(ct[x].norm.removeprefix("و") in RELATIVE_PRONOUNS
                   or not TALLY_RISE_VERBS.isdisjoint(stems(ct[x].norm)) for x in range(k)):
                # (not "قصفها حيا في أريحا ... التي تسيطر عليها فصائل المعارضة منذ 28 مايو", "قتل
                # المتمردون جنديين ليرتفع عدد قتلى ... منذ 20 يوليو": the relative's or the tally's span)
                continue
            if any(ct[x].norm in ("حيث", "وحيث") for x in range(1, k)):
                # "استشهد 3 مواطنين في قصف مدفعي استهدف حي الجنينة، حيث تواصل قوات الاحتلال توغلها
                # منذ أكثر من أسبوع": the span of the "where" clause's background, not of the act before
                # it (a clause that opens with "حيث" is all background, and is read as such)
                continue
            if nxt == "انطلاق":
                return True  # "منذ انطلاق عاصفة الحزم": since a campaign began, as "منذ بدء"
            if nxt.startswith(SINCE_TAKEOVER_STEMS):
                # "داعش أعدم 2000 شخص في الموصل منذ سيطرته عليها", "منذ احتلال المدينة": since a
                # side took or entered a place, a tally of its rule (months, years), not an act
                return True
            # "منذ الثاني عشر من يناير الماضي", "منذ 12 يناير": since a day of a month named, a span
            # (its day and "من" between; "منذ أمس" and "منذ الصباح" name no month and stay dates)
            month = next((x for x in range(k + 2, min(k + 6, len(ct))) if ct[x].norm in MONTH_WORDS
                          and ct[x].norm not in ("بدايه", "مطلع", "بدء", "اندلاع")), None)
            if month is not None and all(ct[x].norm.isdigit() or ct[x].norm in ("من", "عشر", "عشره")
                                         or ct[x].norm.startswith(("ال", "وال")) for x in range(k + 1, month)):
                return True
        return False

    @staticmethod
    def _victim(ct, i: int, triggers) -> bool:
        """A kill / injury word in the five tokens before the actor, with no
        trigger in between: the actor is who was hit."""
        trigger_at = {x for m in triggers for x in range(m.i, m.j)}
        if ct and ct[0].norm in DIED_VERBS and not any(x < i for x in trigger_at):
            # "استشهد قائد قوة القدس في حرس الثورة ... ونائب رئيس هيئة الحشد الشعبي ... في غارة
            # أمريكية": every side named between a clause's opening "was martyred / died" and its
            # act is among the dead, however long their titles
            return True
        if _dead_were_of(ct, i, trigger_at):
            return True
        if i > 2 and ct[i - 1].norm in OWNED_BY and any(
                ct[x].norm in AMONG_THEM and ct[x + 1].norm in RANK_NOUNS
                and not any(y in trigger_at for y in range(x, i)) for x in range(max(0, i - 10), i - 2)):
            # "إلى 36 قتيلا ... بينهم قائد اللواء الأول دعم وإسناد التابع للمجلس الانتقالي": the
            # side the dead commander's unit belongs to was hit, past the unit's name
            return True
        if any(ct[x].norm in AMONG_THEM and ct[x - 1].norm in _DEAD_COUNT_NOUNS
               and not any(y in trigger_at for y in range(x, i))
               and all(ct[y + 1].start - ct[y].end <= 1 for y in range(x, i - 1))
               for x in range(max(1, i - 8), i - 1)):
            # "فأسفر عن 17 شهيداً، بينهم ضابط وأمينة شرطة وعدد من أفراد الأمن": the sides listed
            # in one run after "among them" that follows the dead's noun were among the dead
            return True
        # "قتل عنصران من قوى الأمن الداخلي (الأسايش)": a partitive reaches further back
        reach = 9 if any(ct[x].norm == "من" for x in range(max(0, i - 6), i)) else 6
        for x in range(i - 1, max(-1, i - reach), -1):
            if x in trigger_at:
                # ("تحييد 5 إرهابيين من بي كا كا": the act's own word says who it hit)
                return ct[x].norm in _NEUTRALISE_FORMS
            # (past "خلالها" and a partitive head: "نفذت ثلاث غارات ...، قتلت خلالها أربعة من مسلحي الحركة")
            if i - x <= 3 + ct[x + 1].norm.startswith("خلال") + (ct[i - 1].norm in PARTITIVE_HEADS) \
                    and ct[x].norm in _ACTIVE_HIT_VERBS_FORMS:
                # "قتلت قوات من جيش الاحتلال الأسير": the force is the subject; but
                # "قتل عنصران من الأسايش", "قتلت أربعة من مسلحي الحركة": a count of people of a
                # side is its dead
                return any(ct[y].norm.isdigit() or ct[y].norm in COUNT_WORDS or any(
                    s in PARTITIVE_HEADS or s in VICTIM_DUAL_NOUNS for s in stems(ct[y].norm)) for y in range(x + 1, i))
            if ct[x].norm in _VICTIM_FORMS or ct[x].norm in _BODY_WORDS_FORMS:
                return True
            if ct[x].norm in AMONG_THEM and x + 1 < i and ct[x + 1].norm in RANK_NOUNS and i - x <= 4 \
                    and ct[i - 1].norm in ("في", "من", "ب"):
                return True  # "بمقتل ثلاثة أشخاص بينهم قيادي بارز في كتائب حزب الله": his side was hit
            if ct[x].norm in AMONG_THEM and x + 1 < i and (
                    ct[x + 1].norm.lstrip("و").isdigit() or ct[x + 1].norm in COUNT_WORDS
                    or any(s in PARTITIVE_HEADS or s in VICTIM_DUAL_NOUNS for s in stems(ct[x + 1].norm))) \
                    and (ct[i - 1].norm == "من" and not any(ct[y].norm in ("في", "علي") for y in range(x + 1, i))
                         # "قُتل 18 شخصاً، بينهم عناصر في ميليشيا "الدفاع الوطني"": men "in" a force
                         # named right after the counted noun are of it too
                         or x + 2 < i and ct[x + 2].norm == "في" and all(
                             ct[y].norm in MEMBER_OF_HEADS for y in range(x + 3, i))):
                # "قُتل 53 شخصاً، بينهم 46 مدنياً و7 عناصر من قوات النظام": the side of men
                # counted among the dead was hit (not "الاشتباكات التي وقعت بينهما تصب في مصلحة الجيش",
                # nor "تصفية 12 عنصرا من داعش بينهم ثلاثة انتحاريين في كمين لمغاوير الشرطة": who
                # laid the ambush the list ends before)
                return True
        return False

    def _hit_after(self, ct, j: int) -> bool:
        """A passive kill / injury verb after the actor ending at `j`: right
        after it, or after an apposition ("خمسة عناصر من تنظيم القاعدة، من
        بينهم قيادي، قتلوا"), with no act or other verb between."""
        # "5 من عناصر مليشيا الحوثي والقوات الموالية لصالح قتلوا": a second side
        # joined by و (up to three words) may stand between the first and the verb
        joined = j < len(ct) and ct[j].norm.startswith("و") and not self.lex.triggers.match_at(ct, j)
        for x in range(j, min(j + 6, len(ct))):
            word = ct[x].norm
            if word in PASSIVE_HIT_VERBS:
                return True
            if word in AMBIGUOUS_KILL_VERBS:
                return _no_object_after(ct, x)
            if joined and x <= j + 3 and not self.lex.triggers.match_at(ct, x):
                continue
            if (x > j and not self._apposition_word(ct, j, x)) or self.lex.triggers.match_at(ct, x):
                return False
        return False

    @staticmethod
    def _apposition_word(ct, j: int, x: int) -> bool:
        """Tokens allowed between a side and its passive verb: an apposition
        opened by a comma-like "من بينهم / بينهم / منهم" or a qualifier."""
        return ct[x].norm in APPOSITION_WORDS or any(ct[k].norm in APPOSITION_WORDS for k in range(j, x))

    @staticmethod
    def _weapon_owned_by(ct, i: int, weapons_m) -> bool:
        """"مسيّرات يُعتقد أنها تابعة لـ"الدعم السريع"": the side named after "تابعة لـ" right
        after a weapon's word (past a hedge "يعتقد أنها") owns the weapon."""
        own = next((x for x in range(i - 1, max(-1, i - 3), -1) if ct[x].norm in OWNED_BY
                    or any(s in OWNED_BY for s in stems(ct[x].norm)[1:])), None)
        if own is None or not all(ct[y].norm in ("ل", "لـ") for y in range(own + 1, i)) and not (
                ct[i].norm.startswith("ل") or own + 1 == i):
            return False
        return any(0 <= own - w.j <= 3 and all(ct[y].norm in HEDGE_VERBS or ct[y].norm in THAT_IT_WORDS
                                                for y in range(w.j, own)) for w in weapons_m)

    @staticmethod
    def _flown_by(ct, i: int, flown) -> bool:
        """"طائرة مسيّرة مسلحة قالت واشنطن إنها تابعة للجيش التركي", "طائرة مسيرة تابعة للجيش
        التركي": the side after "تابعة لـ" owns the aircraft told right before it, past its armed
        adjective or a speaker's "قالت X إنها" (five words at most)."""
        own = i - 1 if ct[i - 1].norm in OWNED_BY else i - 2 if ct[i - 2].norm in OWNED_BY and ct[i - 1].norm in (
            "ل", "لـ") else None
        return own is not None and any(0 <= own - w.j <= 5 and (
            all(ct[y].norm in ARMED_ADJECTIVES for y in range(w.j, own)) or ct[own - 1].norm in THAT_IT_WORDS)
            for w in flown)

    @staticmethod
    def _owned_noun(ct, k: int) -> str:
        """Whose side "تابعة لـ X" puts X on: that of the noun it describes,
        looking back over adjectives and "يعتقد أنها" ("طائرات حربية يعتقد
        أنها تابعة لتحالف" = the coalition's aircraft)."""
        for x in range(k, max(-1, k - 5), -1):
            forms = stems(ct[x].norm)
            if any(s in ATTACKER_NOUNS or s in UNIT_NOUNS or s in BOMBER_NOUNS for s in forms):
                # "الفرقة الأولى الساحلية التابعة للجيش الحر": a fighting unit; "انتحاريا يتبع
                # لتنظيم داعش": a bomber; but "مواقع اللواء 45 التابع لهيئة الحشد": the unit
                # whose sites were struck, a noun of targets before it
                if x and any(s in TARGET_HINT_WORDS for s in stems(ct[x - 1].norm)):
                    return "target"
                return "attacker"
            if x and ct[x - 1].norm.removeprefix("و") in _ENTERED_VERBS:
                # "دخلت أرتال عسكرية تابعة لهيئة تحرير الشام إلى مدينة عفرين": what entered is the
                # verb's subject, its owner the side that went in
                return "attacker"
            if any(s in TARGET_HINT_WORDS or s in OWNED_VEHICLES for s in forms):
                return "target"
        return ""

    @staticmethod
    def _adj_stem(word: str) -> str:
        """أمريكية / الأمريكية / أمريكيين -> امريكي (adjective lexicon key)."""
        w = word[2:] if word.startswith("ال") else word
        for suffix in ("يتين", "يتان", "يين", "يون", "يان", "يه", "يا", "ين", "ي"):  # "مروحيتين أميركيتين"
            if w.endswith(suffix):
                return w[: len(w) - len(suffix)] + "ي"
        return w

    @staticmethod
    def _counterpart_killed(ct, roles, cue_at):
        """"قتل 8 حوثيين في مواجهات مع المقاومة": the side named after مع
        killed the victims, so it is the attacker, when nothing else is."""
        if any(r == "attacker" for _, r, _ in roles):
            return roles
        counter = {i for i, r, _ in roles if r == "target" and i and (
            # (not whom the one hit worked with: "مقتل متعاقد مدني يعمل مع التحالف الدولي")
            cue_at.get(i - 1) == "counterpart" and not (i > 1 and ct[i - 2].norm in WORKS_FOR)
            # "خلال اشتباكات مع مسلحي «مجلس شورى ثوار بنغازي»": past the other side's men
            or i > 1 and cue_at.get(i - 2) == "counterpart" and not PARTITIVE_HEADS.isdisjoint(stems(ct[i - 1].norm)))}
        victims = {a for i, r, a in roles if r == "target" and i not in counter}
        if not counter or not victims:
            return roles
        return [(i, "attacker" if i in counter and a not in victims else r, a) for i, r, a in roles]

    def _roles(self, ct, actors, triggers, cue_at, act_subject: bool = False):
        main = triggers[0]
        # "... من جهة، و ... من جهة أخرى": where a clash's first side ends
        # (the other side's "من جهة أخرى" or "من جهة ثانية" a few words on)
        other = ("اخر", "ثاني")
        one_side_end = next((k for k in range(len(ct) - 1) if ct[k].norm == "من" and ct[k + 1].norm in _SIDE_WORD
                             and (k + 2 >= len(ct) or not ct[k + 2].norm.startswith(other))
                             and (any(ct[y].norm.startswith(other) for y in range(k + 3, min(k + 20, len(ct))))
                                  # (or none: "بين المقاومة والجيش الوطني من جهة ومليشيات الحوثي
                                  # وصالح", the other side joined by "و" right after it)
                                  or k + 2 < len(ct) and ct[k + 2].norm.startswith("و"))),
                            None) if names_any(ct, _SIDE_WORD) else None  # (most clauses have no "جهة")
        passive = any(m.value.form == "passive" for m in triggers)
        # "تعرضت قاعدة التحالف لقصف بقذائف أطلقت من مناطق سيطرة الفصائل": after a passive
        # carrier, an unvocalised verb followed by "من" is passive too ("fired from"), no subject's
        verb_idx = [m.i for m in triggers if m.value.form in ("verb", "reprisal")
                    and not (passive and m.j < len(ct) and ct[m.j].norm == "من")]
        territory_at = next((m.i for m in triggers if m.value.sub_event_type == "Government regains territory"), None)
        # (not an unvocalised kill verb with no object, a passive: "قلبي مع ذوي الضحايا الذين قتلوا في
        # التفجير" (snn-2015-08-07-0765) made the owner of the mosque hit, named before, its subject)
        verb_idx += [k for k in token_hits(ct, _SUPPORT_OR_HIT_FORMS) if not (
            ct[k].norm in AMBIGUOUS_KILL_VERBS and _no_object_after(ct, k))]
        # "قال الجيش التركي إن حزب العمال الكردستاني قتل ثلاثة جنود أتراك في هجوم": the bare "قتل",
        # mostly the passive ("قتل ثلاثة جنود"), is the active when a side named right after "إن/أن"
        # stands right before it and a count right after it: that side is its subject
        verb_idx += [j for i, j, *_ in actors if i and ct[i - 1].norm in THAT_WORDS and j + 1 < len(ct)
                     and ct[j].norm == _QATAL and (ct[j + 1].norm.isdigit() or ct[j + 1].norm in COUNT_WORDS)]
        # "دمرت وحدات من الجيش العربي السوري اليوم بضربات مدفعية مركزة تحصينات": a verb of
        # destroying with the act as its means ("ب" + the act's noun, after it) is the act's verb,
        # its subject the side that struck
        verb_idx += [k for k in _hits_past_waw(ct, _DESTROY_VERBS) if any(
            k + 1 < m.i <= k + 10 and m.value.form == "noun" and ct[m.i].norm.startswith("ب") for m in triggers)]
        # "أن مليشيات الحوثي قامت اليوم بقصف متعمد لمنطقة": "did" with the act after its "ب" (a
        # time word between at most) is the act's verb, so the side before it is its subject
        # (not "هجوم قام به داعش": "به" is the act's pronoun, its doer after it)
        # ("قامت بتنفيذ هجمات", "قاموا بشن غارات": the act after the "ب" of its doing); its
        # subject stands close before it ("حيث تسلل بينهم أحد الإرهابيين وأثناء الصلاة قام
        # بتفجير نفسه": not the force named a sentence's length before), or "ثم" goes on with
        # the subject of the act before ("فرض تنظيم داعش سيطرته على ...، ثم قام بتفجير الملعب");
        # not a relative's verb ("طائرات التحالف ... التي تقوم بقصف", "هم من قاموا"), nor a
        # civilian ("فتاة تبلغ من العمر نحو 12 عاما قامت بتفجير نفسها": the bomber)
        doing_subjects: set[int] = set()
        for k in token_hits(ct, DOING_VERB_FORMS):  # (the doing verbs, picked in C)
            if not k or ct[k - 1].norm in RELATIVE_PRONOUNS \
                    or ct[k - 1].norm == "من" or not any(
                    0 < m.i - k <= 3 and any(ct[x].norm.startswith("ب") for x in range(k + 1, m.i + 1))
                    for m in triggers):
                continue
            before = [a for a in actors if a[1] <= k]
            if before and before[-1][2] != "Civilians" and (k - before[-1][1] <= 7 or ct[k - 1].norm == "ثم"):
                # (only the nearest side before it: "ضباط وأفراد قوات الطوارئ ... حيث تسلل بينهم
                # أحد الإرهابيين وأثناء الصلاة قام بتفجير نفسه": the force was where he struck)
                doing_subjects.add(before[-1][0])
        if not passive:  # "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة": a claim
            # (not "أعلنت مديرية الأمن ارتفاع عدد شهداء الاعتداء": a toll announced, not an act claimed)
            verb_idx += [k for k in token_hits(ct, _CLAIM_FORMS)
                         # (an apposition may come between: "أعلنت كتائب القسام، الجناح العسكري
                         # لحركة حماس، مساء الثلاثاء، إطلاق رشقة صاروخية")
                         if any(0 < m.i - k <= 18 and m.value.form == "noun" and not any(
                             (ct[x].norm in _VICTIM_FORMS or ct[x].norm in TOLL_WORDS)
                             # (but "أعلنت القوات المسلحة مقتل 20 إرهابيا إثر استهداف مقر": the
                             # enemy's dead a force announces come with its own act)
                             # (past a partitive: "أعلنت القوات المسلحة المصرية مقتل اثنين من العناصر
                             # الإرهابية واستهداف مخزن")
                             and not any(ct[y].norm.startswith(ENEMY_DEAD) for y in range(x + 1, min(x + 6, m.i)))
                             for x in range(k + 1, m.i)) for m in triggers)]
        # "استشهد العاروري ... في غارة شنتها مسيّرة إسرائيلية": a verb with the act's
        # pronoun right after its noun (one adjective between at most) opens a clause
        # describing the act; its subject follows it, and it is no verb of a side before
        resumptive = {v for v in verb_idx if (ct[v].norm in SUPPORT_WITH_OBJECT or ct[v].norm in LAUNCHED_IT)
                      and any(m.value.form == "noun" and 0 <= v - m.j <= 1 for m in triggers)}
        suffixed = next((m for m in triggers if m.value.object_pronoun), None)
        # "استهدفها مسلحون": the subject follows; "تنظيم داعش اختطفهم": it came first
        subject_after = suffixed is not None and any(0 <= i - suffixed.j < 3 for i, *_ in actors)
        roles: list[tuple[int, str, str]] = []  # (i, role, actor)
        prev_role = None
        prev_end = -10
        for (i, j, actor, prefix, hint) in actors:
            role = ""
            before = [ct[k].norm for k in range(max(0, i - 3), i)]
            # (not a cue of the speaker's words before the "إن" of what was said: "وقال مراسل
            # الأناضول على الحدود إن المدفعية التركية قصفت": the side after it is its subject)
            said_at = next((k for k in range(i - 1, max(0, i - 3) - 1, -1) if ct[k].norm in THAT_WORDS), -1)
            cue_before = [cue_at.get(k) for k in range(max(0, i - 3, said_at + 1), i)]
            between = any(ct[x].norm == "بين" for x in range(max(0, i - 8), i))
            coordinated = prefix.startswith("و") and i - prev_end <= 1 or (
                i - prev_end <= 2 and ct[i - 1].norm.startswith("و") and ct[i - 1].norm[1:] in GROUP_HEADS)
            # "قُتل خمسة مستشارين من الحرس الثوري وعدد من عناصر قوات النظام": a second count
            # of men of another side, joined by و, shares the first side's role
            coordinated = coordinated or (
                prev_end < i <= prev_end + 4 and ct[prev_end].norm.startswith("و") and (
                    ct[prev_end].norm[1:].isdigit() or ct[prev_end].norm[1:] in COUNT_WORDS
                    or ct[prev_end].norm[1:] in PARTITIVE_HEADS)
                and prev_end + 1 < i and ct[prev_end + 1].norm == "من"
                and all(ct[x].norm in PARTITIVE_HEADS or ct[x].norm in GROUP_HEADS for x in range(prev_end + 2, i)))
            if act_subject and 0 < i <= 2 and not roles:
                role = "target"  # "... نفذتها حركة طالبان واستهدفت الشرطة": what the act struck
            elif i > 3 and ct[i - 1].norm == "من" and ct[i - 2].norm.startswith("ل") \
                    and ct[i - 3].norm in _AMBUSH_NOUNS and any(m.j == i - 2 for m in triggers) \
                    and any(ct[x].norm in _SET_VERBS for x in range(max(0, i - 7), i - 3)):
                # "نصبوا كميناً لقوة من البيشمركة": the ambush was set for a unit of the side, as
                # "نصبت المقاومة كمينا لميليشيات الحوثي" was for the militias (below; whatever verb
                # follows the unit: "هرعت لنجدة الأهالي")
                role = "target"
            elif i in doing_subjects and not hint:
                role = "attacker"  # "أن مليشيات الحوثي قامت اليوم بقصف": the doer
            elif coordinated and prev_role and not between:
                role = prev_role  # "طائرات أمريكية والتحالف الدولي", "القوات التركية وفصائل الجيش الوطني"
            elif roles and roles[-1][2] == actor and i - prev_end <= 2:
                role = prev_role or ""  # "قوات سورية الديمقراطية (قسد)"
            elif (so := i - 3 if (
                    # (the "ب" written apart: 'سيطر مسلحو تنظيم ما يعرف بـ"الدولة الإسلامية" على مدينة تدمر')
                    i > 3 and ct[i - 1].norm == "ب" and ct[i - 2].norm in SO_CALLED) else i - 2 if (
                    i > 2 and ct[i - 1].norm in SO_CALLED) else 0) > 0 \
                    and ct[so].norm == "ما" and any(0 < (so - 1) - m.j + 1 <= 2 for m in triggers):
                # "اعتداء إرهابيي ما يسمى جبهة النصرة", "قصف مرتزقة ما يسمى الجيش الوطني": the
                # epithet right after the act is its doer, and the name is the epithet's side
                role = "attacker"
            elif roles and prev_role and (
                    # "إرهابيي ما يسمى جبهة النصرة", "مرتزقة ما يسمى الجيش الوطني": the name after
                    # "ما يسمى" is the side just named by its epithet
                    1 <= i - prev_end <= 3 and any(ct[x].norm in SO_CALLED for x in range(prev_end, i))
                    # "تحييد 5 إرهابيين من تنظيم بي كا كا": the generic men's own group
                    or roles[-1][2] == "Unknown" and 1 <= i - prev_end <= 2 and ct[prev_end].norm == "من"
                    and (i - prev_end == 1 or ct[i - 1].norm in GROUP_HEADS or ct[i - 1].norm in ORGANISATION_HEADS)
                    # "متطرفون ينتمون إلى تنظيم أنصار بيت المقدس": the group of the men right before it
                    or 1 <= i - prev_end <= 4 and any(cue_at.get(x) == "owner" for x in range(prev_end, i))
                    and not any(cue_at.get(x) == "target" or ct[x].norm in _TARGET_HINT_WORDS_FORMS
                                # "طائرات مسيرة مجهولة الهوية استهدفت شاحنات تابعة للميليشيات": what
                                # the unknown side struck belonged to the group, not the men
                                or ct[x].norm in _OWNED_VEHICLES_FORMS
                                for x in range(prev_end, i))
                    and (ct[i - 1].norm in ("الي", "لـ") or prefix.lstrip("وف").startswith("ل"))):
                role = prev_role  # (and the generic "Unknown" gives way to the group named)
                if roles[-1][2] == "Unknown":
                    roles[-1] = (roles[-1][0], prev_role, actor)
            elif "control" in cue_before and launched_from_control(cue_at, i):
                # "إن القذائف انطلقت من مواقع تتمركز فيها قوات الدعم السريع": the positions are
                # where the fire came from, not what it hit; their holder fired it
                role = "attacker"
            elif (j + 1 < len(ct) and ct[j].norm in STAND_VERBS and ct[j + 1].norm in BEHIND_WORDS) or any(
                    # (past a participle that describes the side: "فلول تنظيم داعش الإرهابي المنتشرة في
                    # البادية تقف وراء الاعتداء")
                    ct[x].norm in STAND_VERBS and ct[x + 1].norm in BEHIND_WORDS
                    and ct[j].norm.startswith("ال") and not any(
                        a[0] > i and a[0] < x for a in actors) and not any(j <= m.i < x for m in triggers)
                    for x in range(j + 1, min(j + 5, len(ct) - 1))) or (
                    j + 2 < len(ct) and ct[j].norm in RELATIVE_PRONOUNS and ct[j + 1].norm in STAND_VERBS
                    and ct[j + 2].norm in BEHIND_WORDS) or (
                    i > 1 and ct[i - 1].norm in BEHIND_IT_WORDS and ct[i - 2].norm in STAND_VERBS):
                # "قال مسؤول إن تنظيم داعش يقف وراء التفجير", "الانفجار ... فلا شك يقف خلفه داعش":
                # who stands behind the act did it, whatever the act's own clause makes of it
                role = "attacker"
            elif i > 2 and (ct[i - 1].norm in _HELD_AREA_WORDS and i > 3 and ct[i - 2].norm in FIRING_POSITIONS
                            and ct[i - 3].norm == "من" and ct[i - 4].norm in LAUNCH_VERBS
                            or ct[i - 1].norm in FIRING_POSITIONS and ct[i - 2].norm == "من"
                            and ct[i - 3].norm in LAUNCH_VERBS):
                # "وقالت إن القذائف أُطلقت من مناطق انتشار «قسد» وقوات النظام": who holds the areas
                # the fire was launched from fired it (as places.launched_from_control reads "من
                # مناطق سيطرة"), it was not hit
                role = "attacker"
            elif (where := next((x for x in range(main.j, i) if ct[x].norm in ("حيث", "وحيث")
                                 and all(m.j <= x for m in triggers)
                                 and x + 1 < i and ct[x + 1].norm in _ADVANCE_VERBS), None)) is not None:
                # "قتل 43 مدنيا ... عندما قصف المتمردون مدينة عدن حيث تتقدم القوات الموالية للحكومة
                # ضد المتمردين": the setting a "where" clause adds past the act names no side of it;
                # but battles that name no side of their own are fought by the force advancing there
                # ("معارك عنيفة تدور في منطقة الكود، حيث تتقدم المقاومة بغطاء جوي كثيف")
                role = "attacker" if where + 2 == i and not any(a[0] < where for a in actors) and all(
                    m.value.sub_event_type == "Armed clash" for m in triggers) else "aside"
            elif any(ct[x].norm in _ONLINE_WORDS for x in range(j, min(j + 3, len(ct)))):
                # "قال المرصد ومواقع لقوات المعارضة على الإنترنت إن الجيش السوري هاجم بلدة": whose
                # websites report the act is its source, no side of it
                role = "aside"
            elif j + 1 < len(ct) and ct[j].norm in RELATIVE_PRONOUNS and ct[j + 1].norm in _WITNESS_VERBS:
                # "قدم اوباما تعازيه لتركيا التي شهدت عدة هجمات دموية من بينها الهجوم الذي ... اوقع
                # 32 قتيلا": the country that saw the attacks is where they fell, not a side they hit
                role = "aside"
            elif i and ct[i - 1].norm in PARTNER_NOUNS and prefix.lstrip("وف").startswith("ل"):
                # "واصفة الضربة بأنها تجعل الولايات المتحدة شريكاً لتنظيم الدولة": whose partner a
                # side is called is a word on it, no side of the act
                role = "aside"
            elif i > 1 and ct[i - 1].norm in ("مع", "لصالح", "لدي") and ct[i - 2].norm in WORKS_FOR:
                # "مقتل متعاقد مدني أجنبي يعمل مع التحالف الدولي", "شركة متعاقدة مع التحالف": whom
                # the one hit worked for is the side hit, never a partner in the act; but "نفذتها
                # طائرة مسيرة إماراتية تعمل لصالح قوات حفتر": an aircraft that works for a side is
                # that side's means, on the attacker's side
                role = "attacker" if any(ct[x].norm.lstrip("و") in _WORKING_AIRCRAFT
                                         for x in range(max(0, i - 5), i - 2)) else "target"
            elif i > 1 and ct[i - 1].norm in ("يد", "ايدي") and ct[i - 2].norm == "علي":
                # "قتل عنصر من حزب العمال الكردستاني على يد قوات الأمن", "لقي قيادي حوثي ... مصرعهم
                # على يد المقاومة الشعبية": the side by whose hand they died did it, though a
                # victim's word stands a few words before it
                role = "attacker"
            elif i > 1 and (ct[i - 1].norm in ESCORT_WORDS or (ct[i - 1].norm == "حمايه" and ct[i - 2].norm == "تحت")
                            or (ct[i - 1].norm == "من" and ct[i - 2].norm in ESCORT_WORDS)
                            # "وحدات حماية الشعب بالتعاون مع الكتائب المقاتلة": its partner
                            or (ct[i - 1].norm == "مع" and ct[i - 2].norm in PARTNER_WORDS)):
                # "هاجم مستوطنون بحماية جيش الاحتلال منازل المواطنين": who escorts or
                # backs the attacker is beside it, neither the act's doer nor its target
                role = "escort"
            elif any(ct[x].norm in _PURSUE_WORDS_FORMS
                     and any(ct[y].norm in _DOER_NOUNS_FORMS for y in range(x + 1, min(x + 9, len(ct))))
                     and not any(j <= m.i <= x for m in triggers)
                     for x in range(j, min(j + 5, len(ct)))):
                # "وجّه السوداني الأجهزة الأمنية بملاحقة منفذي الهجوم", "الأجهزة الأمنية تواصل
                # تحقيقاتها لملاحقة العصابات ... التي تقف وراء هذا العمل": who hunts the doers is
                # no side of the act
                role = "aside"
            elif any(ct[x].norm in PURPOSE_OPENERS for x in range(max(0, i - 6), i)) and not any(
                    m.i < i and m.value.form == "verb" and any(ct[x].norm in PURPOSE_OPENERS for x in range(m.i))
                    for m in triggers):
                # "مراكز قيادة تستخدمها الجماعة لتخطيط وتنفيذ الهجمات على قوات التحالف": whom the
                # acts a place serves to plan were aimed at is no side of this act
                role = "aside"
            elif (hint != "attacker" or any(
                    # ("أصابت قاعدة نيفاتيم الجوية، حيث تتمركز مقاتلات "إف-35" الصهيونية": the jets a
                    # relative clause stations at the place struck are no doers, whatever their noun)
                    _garrisoned(ct, x) for x in range(max(1, i - 5), i))) and any(
                    (ct[x].norm in _GARRISON_VERBS_FORMS or self._site_houses(ct, x))
                    and not any(x < m.i < i for m in triggers)
                    for x in range(max(0, i - 5), i)):
                # "الموقع المعروف باسم البرج 22 ... يتمركز فيها نحو 350 عسكرياً أمريكياً", "غارات
                # استهدفت مواقع يتمركز فيها مسلحو الحوثي": who is stationed where the act struck
                # was hit
                role = "target"
            elif territory_at is not None and i > 1 and ct[i - 1].norm in ("قبضه", "ايدي", "سيطره") \
                    and ct[i - 2].norm == "من":
                # "تحرير مديرية بيحان بالكامل من قبضة مليشيات الحوثي، لتستكمل بذلك استعادة": whoever
                # the ground was taken from lost it, though his noun ("مليشيات") reads as a doer's
                role = "target"
            elif i > 1 and cue_at.get(i - 2) == "owner" and ct[i - 1].norm == "الي" and (any(
                    m.i == j and m.value.form == "verb" for m in triggers)
                    or j + 1 < len(ct) and ct[j].norm in AMBIGUOUS_KILL_VERBS and not _no_object_after(ct, j)):
                # "أن مقاتلين يشتبه بأنهم ينتمون إلى حركة الشباب هاجموا آلية للشرطة": the group
                # the unnamed men belong to, right before the verb they are the subject of
                role = "attacker"
            elif any(ct[x].norm.removeprefix("ب") in THAT_IT_WORDS and x and ct[x - 1].norm in HEDGE_VERBS
                     and any(s in BOMBER_NOUNS for y in range(max(0, x - 3), x - 1) for s in stems(ct[y].norm))
                     for x in range(max(0, i - 4), i)):
                # "في تفجيرات نفذها انتحاريون يشتبه بأنهم من «بوكو حرام»": the side a bomber or gunman is
                # thought to belong to ("بأنهم" as "أنهم") did the act, whatever comes between
                role = "attacker"
            elif hint == "target" and cue_at.get(i) == "launch":
                # "مصدره القواعد التركية": a base named by its owner is what was hit, but not where
                # the launch cue names it the fire's source (_launch_cues): its owner fired
                role = "attacker"
            elif any(_after_a_span(ct, x) and not any(w in REPORT_VERBS or w in CLAIM_VERBS for w in stems(ct[x].norm))
                     for x in range(max(main.j, i - 2), i)):
                # "بإحراق عدد من المنازل في قرية نهر الإمام، بعد ساعات من هجوم داعش على قرية الرشاد":
                # the side of the act the clause's act came hours after did that earlier act, not this
                # (not "بعد يوم من إعلان التحالف إسقاط طائرتين": who announced the act the clause tells)
                role = "aside"
            elif hint:
                role = hint
            elif any(ct[x].norm in THAT_IT_WORDS and x and ct[x - 1].norm in _ATTRIBUTION_GUESS_FORMS
                     # (the guess is about the aircraft or gunmen, not "مواقع يعتقد أنها لخلايا التنظيم")
                     and any((ct[y].norm in _ATTACKER_NOUNS_FORMS or ct[y].norm.startswith(UNNAMED_STEMS))
                             # (the guess is about the noun it follows: "غارات على مواقع يعتقد أنها لخلايا
                             # التنظيم" guesses whose the sites were, the strikes' "على" between)
                             and not any(ct[z].norm in ("علي", "ضد", "الي") for z in range(y + 1, x - 1))
                             for y in range(max(0, x - 4), x - 1))
                     for x in range(max(0, i - 3), i)):
                role = "attacker"  # "طائرات مجهولة يرجح أنها للتحالف الدولي": the side the act is put down to
            elif i > 1 and (ct[i - 1].norm == "اسم" or any(ct[x].norm in ("نفسها", "نفسه", "نفسهم")
                                                          for x in range(max(0, i - 3), i))) and any(
                    ct[x].norm in _CLAIM_FORMS
                    # (or after it: "جماعة تطلق على نفسها اسم المقاومة الإسلامية في العراق ... كانت قد
                    # تبنت هجومين", the claim before any act word)
                    for x in [*range(max(0, i - 9), i - 1),
                              *range(j, min(j + 16, min((m.i for m in triggers if m.i > j), default=len(ct))))]):
                # (and "وتبنت مجموعة تطلق على نفسها لواء ثأر المهندس الهجوم": its "على" is no target cue)
                role = "attacker"  # "تبنت جماعة تطلق على نفسها اسم المقاومة الإسلامية ... الهجومين"
            elif i and ct[i - 1].norm.lstrip("و") in _ACCUSATION_NOUNS:
                # "وسط اتهامات للتحالف بالوقوف وراء الضربة": accused in passing, by no one named;
                # the side is no doer the report gives, nor a side hit
                role = "aside"
            elif i and ct[i - 1].norm in _ACCUSE_VERBS_FORMS and any(
                    ni == j and any(ct[x].norm.startswith(_ACCUSED_OF) for x in range(nj, min(nj + 3, len(ct))))
                    for ni, nj, *_ in actors):
                # "واتهمت قوات الدعم السريع الجيش بتنفيذ الغارة": the accuser, right after the verb and
                # before the side it accuses of the act, did not do it (the accused is read below)
                role = "aside"
            elif i and any(ct[x].norm in _ACCUSE_VERBS_FORMS and (
                    # (past the accuser's own words, "واتهم المجلس الرئاسي لحكومة الوفاق الوطني قوات
                    # القيادة العامة بتنفيذ الغارة", when no other side stands between but the
                    # accuser itself: "واتهمت قوات الدعم السريع الجيش بتنفيذ الغارة")
                    x >= i - 2 or not any(x < ai < i for ai, *_ in actors)
                    or all(ai == x + 1 and aj == i for ai, aj, *_ in actors if x < ai < i))
                    for x in range(max(0, i - 8), i)) \
                    and (any(ct[x].norm.startswith(_ACCUSED_OF) for x in range(j, min(j + 6, len(ct))))
                         # "تركيا تنفي مسؤوليتها عن قصف منتجع في زاخو وتتهم «بي كا كا»": the accused
                         # closing the clause, right after the verb, is accused of its act
                         or (j >= len(ct) and ct[i - 1].norm in _ACCUSE_VERBS_FORMS)):
                role = "attacker"  # "متهماً حركة الشباب المرتبطة بتنظيم القاعدة بتنفيذ الاعتداء"
            elif i and any(ct[x].norm in _BLAME_VERBS_FORMS for x in range(max(0, i - 3), i)) \
                    and any(ct[x].norm in ("مسؤوليه", "المسؤوليه") for x in range(j, min(j + 2, len(ct)))):
                role = "attacker"  # "حمّل المتحدث مجموعات مدعومة من إيران مسؤولية الهجمات"
            elif i and any(ct[x].norm in _BLAME_VERBS_FORMS for x in range(max(0, i - 4), i)) and any(
                    ni == j and any(ct[x].norm in ("مسؤوليه", "المسؤوليه") for x in range(nj, min(nj + 2, len(ct))))
                    for ni, nj, *_ in actors):
                # "وحمّلت الوزارة وحركة حماس جيش الاحتلال المسؤولية عن قصف المستشفى": who holds
                # the side after it responsible blames, and did not do the act
                role = "aside"
            elif i > 1 and ct[i - 1].norm in ("الي", "لـ") and any(
                    # (past the subject's adjectives: "هجوما انتحاريا ... نسبته الحكومة الاسلامية
                    # المحافظة التركية الى تنظيم «داعش»")
                    ct[x].norm in _ATTRIBUTION_VERBS_FORMS for x in range(max(0, i - 8), i - 1)):
                role = "attacker"  # "هجوم نسبته السلطات إلى حزب العمال": the side it is blamed on
            elif any(w in _REPEL_VERBS_FORMS for w in before[-1:]) or (
                    # "تصدت وحدات من قواتنا المسلحة لهجوم": the defender, after a partitive
                    len(before) == 3 and before[-1] == "من" and before[0] in _REPEL_VERBS_FORMS
            ) or any(
                    ct[x].norm in _REPEL_VERBS_FORMS for x in range(j, min(j + 2, len(ct)))) or (
                    # "أن القوات المسلحة نجحت في إحباط هجوم إرهابي", "تمكنت من التصدي لهجوم": who
                    # managed to foil it was the one attacked
                    j + 2 < len(ct) and ct[j].norm in MANAGED_VERBS and ct[j + 1].norm in ("في", "من")
                    and ct[j + 2].norm in _REPEL_VERBS_FORMS) or any(
                    # "أعلن الجيش السوداني والقوة المشتركة أنهما تصديا لهجوم": the speaker says it
                    # repelled, past its partner in the defence
                    ct[x].norm in SELF_CLAIM and x + 1 < len(ct) and ct[x + 1].norm in _REPEL_VERBS_FORMS
                    and not any(j <= m.i <= x for m in triggers) for x in range(j, min(j + 8, len(ct)))):
                role = "target"  # "أحبطت المقاومة هجوما شنه الحوثيون": the defender
            elif suffixed is not None and subject_after and i < suffixed.i and not any(m.i < i for m in triggers):
                role = "target"  # "دورية للشرطة ... استهدفها مسلحون": the pronoun's referent
            elif suffixed is not None and 0 < i - suffixed.j + 1 <= 3:
                role = "attacker"  # ... and the verb's subject right after it
            elif i and (ct[i - 1].norm in DOING_NOUNS or i > 1 and ct[i - 2].norm in DOING_NOUNS) and any(
                    0 < m.i - i <= 10 and ct[m.i].norm.startswith("ب") for m in triggers):
                role = "attacker"  # "قيام قوات فيلق القدس ... بإطلاق نحو عشرين قذيفة": who did it
            elif i and ct[i - 1].norm in VENTURE_NOUNS and any(
                    ct[x].norm == "علي" and x + 1 < len(ct) and (
                        any(m.i == x + 1 for m in triggers) or ct[x + 1].norm in _HARM_WORDS_FORMS)
                    for x in range(j, min(j + 4, len(ct)))):
                role = "attacker"  # "إقدام مستوطنين إسرائيليين على قتل الرضيع": who dared the act
            elif i > 1 and ct[i - 1].norm in DONE_BY_PRONOUNS and (
                    ct[i - 2].norm in DOING_NOUNS or ct[i - 2].norm.startswith(("قام", "وقام"))) and any(
                    m.i < i - 2 for m in triggers):
                role = "attacker"  # "اعتداء انتحاري قام به داعش": the act's doer after its pronoun
            elif (rk := _past_remnants(ct, i)) and any(
                    (ct[x].norm in LAUNCHED_IT or ct[x].norm in SUPPORT_WITH_OBJECT) and ct[rk - 1].norm == "من"
                    and not any(m.i > x for m in triggers if m.i < i)
                    and all(ct[y].norm in UNIT_WORDS or y == rk - 1 for y in range(x + 1, rk))
                    for x in range(max(0, rk - 4), rk - 2)):
                # "بهجوم نفذته مجموعة انغماسية من هيئة تحرير الشام": the group a unit that did
                # the act belongs to is its doer (or its remnants: "لتعرض نفذته مجموعة من بقايا
                # عصابات داعش": the remnants of ISIS are ISIS)
                role = "attacker"
            elif i and ct[i - 1].norm in LAUNCHED_IT or (
                    # (a group's head and adjective before a side named by its sponsor: "أطلقتها
                    # فصائل مسلحة موالية لإيران")
                    i > 2 and ct[i - 3].norm in LAUNCHED_IT and ct[i - 2].norm in _GROUP_HEADS_FORMS
                    and ct[i - 1].norm in ARMED_ADJECTIVES):
                role = "attacker"  # "سقوط مقذوف أطلقته ميليشيا الحوثي": who fired what fell
            elif i > 1 and any(ct[u].norm in SUBJECT_UNIT_NOUNS and any(
                    m.value.form == "verb" and m.j == u for m in triggers) for u in (
                    # (or past the lam on the side's head noun: "دورية لميليشيا "حزب الله العراقي"")
                    [i - 1] if prefix.lstrip("وف").startswith("ل") or ct[i].norm[:1] == "ل"
                    and ct[i].norm[1:] in GENERIC_MILITIA | GROUP_HEADS else [i - 2] if ct[i - 1].norm[:1] == "ل"
                    and ct[i - 1].norm[1:] in GENERIC_MILITIA | GROUP_HEADS else [])) and j < len(ct) and (
                    ct[j].norm.isdigit() or ct[j].norm in _ABDUCTEE_WORDS_FORMS
                    or ct[j].norm in _CIVILIAN_VICTIM_WORDS_FORMS):
                # "اختطفت دورية لميليشيا حزب الله العراقي شابين": the verb, its subject (a unit of
                # X) and then the people it took (SUBJECT_UNIT_NOUNS): X did it, the patrol was not hit
                role = "attacker"
            elif i > 1 and ct[i - 1].norm in _HIT_PREMISES_FORMS and any(
                    m.j == i - 1 and m.value.form in ("noun", "verb") for m in triggers):
                # "تفجير مسجد قوات الطوارئ", "استهدفوا قاعدة الاحتلال الأميركي": the owner of
                # the place hit, right after the act's noun or verb
                role = "target"
            elif self._victim(ct, i, triggers) or self._hit_after(ct, j) or any(
                    # "5 من عناصر مليشيا الحوثي والقوات الموالية لصالح قتلوا": past a second side
                    nj > j and (ni in (j, j + 1) and ct[ni].norm.startswith("و")
                                # (or its men: "مئات المدنيين وعناصر من متطوعي الدفاع عن الوطن قتلوا")
                                or j < ni <= j + 3 and ct[j].norm[:1] == "و" and ct[j].norm[1:] in PARTITIVE_HEADS
                                and all(ct[x].norm == "من" for x in range(j + 1, ni)))
                    and self._hit_after(ct, nj)
                    for ni, nj, *_ in actors):
                role = "target"  # "إصابة سبعة من عناصر قسد", "قُتل 3 عناصر من تنظيم ...", "جنديا تركيا قتل"
            elif i > 1 and ct[i - 1].norm == "ل" and any(
                    m.value.form in ("noun", "verb") and (m.j == i - 1 or m.j == i - 2 and (
                        ct[i - 2].norm in MILITARY_ADJECTIVES or ct[i - 2].norm in ACT_ADJECTIVES)) for m in triggers):
                # 'هجمات منسقة لـ"جيش تحرير بلوشستان"': a lam written apart, before a quoted name, right
                # after the act's noun (past its adjective) names its doer, as the lam on the name does
                role = "attacker"
            elif i > 2 and ct[i - 1].norm == "ل" and (cue_at.get(i - 2) == "owner" or ct[i - 2].norm == "تابع") \
                    and self._owned_noun(ct, i - 3) == "attacker":
                # 'دخلت أرتال عسكرية تابعة لـ"هيئة تحرير الشام"': the lam written apart after "تابعة",
                # as on the name: the owner of a fighting unit (or of what entered) is its side
                role = "attacker"
            elif ("ل" in prefix.lstrip("وف")[:2] and prefix.lstrip("وف").startswith("ل")) or (
                    i > 1 and ct[i - 1].norm in STATE_HEADS_WITH_LAM):
                # ("بقصف جوي لدولة الاحتلال التركي": the lam on the state's head noun)
                h = i - 1 if ct[i - 1].norm in STATE_HEADS_WITH_LAM else i
                prev = ct[h - 1].norm if h else ""
                if any(m.j == h and ct[m.i].norm in _AMBUSH_NOUNS and any(
                        ct[x].norm in _SET_VERBS for x in range(max(0, m.i - 4), m.i)) for m in triggers):
                    # "نصبت المقاومة كمينا لميليشيات الحوثي" (snn-2015-07-31-1904): an ambush
                    # set "for" a side was set against it (not "كمين لداعش": ISIS's ambush)
                    role = "target"
                elif h and (prev in ADVANCE_NOUNS or h > 1 and prev in ADVANCE_SIZES
                            and ct[h - 2].norm in ADVANCE_NOUNS) and any(m.i > h for m in triggers):
                    # "أعلن عن تقدم كبير للقوات الأمنية بمعارك تطهير القاطع الشرقي": the side whose
                    # advance is told, ahead of the act's word, is the one advancing
                    role = "attacker"
                elif h > 1 and prev in ATTEMPTED_MOVES and ct[h - 2].norm in ATTEMPT_NOUNS or (
                        # (past the move's adjective: "أحبطت محاولة تسلل واسعة للحوثيين", "تصدّوا لمحاولة
                        # توغل بري لجيش الاحتلال")
                        h > 2 and ct[h - 2].norm in ATTEMPTED_MOVES and ct[h - 3].norm in ATTEMPT_NOUNS
                        and not prev.startswith("ل")):
                    # "صد محاولة تقدم لميليشيا أسد على محور كفرزيتا": whose attempt to advance (or
                    # infiltrate, storm) it was; the side that repelled it is the target
                    role = "attacker"
                elif any((m.j == h or (m.j == h - 1 and (prev in MILITARY_ADJECTIVES or prev in ACT_ADJECTIVES
                                                       or prev in FIRE_DESCRIBERS))
                          or m.i < _fire_described_from(ct, h) <= m.j < h)
                       and m.value.form in ("noun", "verb") for m in triggers):
                    # (past the act's own adjective: "صدت هجوماً جديداً لقوات الدعم السريع", "قصفا
                    # مدفعيا مكثفا للدعم السريع استهدف أحياء", or its adjectives joined by "و":
                    # "قصف صاروخي ومدفعي لقوات النظام استهدف أحياء سكنية": shelling by the regime)
                    # "هجوم لتنظيم داعش": the noun's agent; unvocalised "قصف لطيران
                    # النظام" reads as a verb but a verb takes no lam object
                    role = "attacker"
                elif prev in _COALITION_NOUNS and any(m.i > i and m.value.form == "verb" for m in triggers):
                    # "أن تحالفا لقوات المعارضة يعرف باسم (جيش الفتح) استهدف قريتي الفوعة وكفريا": an
                    # alliance of a side is made of it; before the act's verb, it is its subject
                    role = "attacker"
                elif prev in _ATTACKER_NOUNS_FORMS or (
                        # "طائرات حربية لجيش الدفاع": the aircraft's owner
                        h > 2 and prev in MILITARY_ADJECTIVES
                        and ct[h - 2].norm in _ATTACKER_NOUNS_FORMS) or (
                        # (the bare masculine "تابع" too: "شن طيران حربي تابع لقوات حفتر غارة", a
                        # word cues.csv leaves out, as alone it is mostly the verb "he went on")
                        (cue_at.get(h - 1) == "owner" or prev == "تابع")
                        and self._owned_noun(ct, h - 2) == "attacker"):
                    role = "attacker"
                else:
                    role = "target"
            elif i > 2 and ct[i - 1].norm == "من" and ct[i - 2].norm in _SUBJECT_PARTITIVE_HEADS_FORMS \
                    and any(0 < (i - 2) - v <= 2 and not any(  # (not "تبنت جبهة النصرة خطف العناصر من
                        # الفرقة 30": after a claim the act is a noun, and what follows it was hit)
                        ct[x].norm in _CLAIM_FORMS for x in range(max(0, v - 4), v))
                        for v in verb_idx) and not passive:
                role = "attacker"  # "هاجم عناصر من تنظيم داعش": the verb's subject is the partitive
                if any(0 < (i - 2) - v <= 2 and self._struck_by_act_before(ct, v, roles, triggers) for v in verb_idx):
                    # "أن القوات الأميركية نفذت غارة بطائرة مسيّرة في ولاية ننغرهار، استهدفت عناصر من
                    # تنظيم داعش": a side already acting (or telling) before the act's noun, then a verb
                    # of striking whose subject is that noun, the strike; the men after it were hit
                    role = "target"
            elif territory_at is not None and i > territory_at and ct[i - 1].norm in ("من", "قبضه", "ايدي", "سيطره"):
                role = "target"  # "استعادت السيطرة على X من داعش": taken from ISIS
            elif i > 2 and ct[i - 1].norm == "من" and any(
                    m.value.form == "passive" and m.j == i - 2 for m in triggers):
                # "تعرضت مجموعة من قوات النظام السوري لكمين نصبه عناصر", "تعرض اثنان من رجال
                # الأمن للإصابة": the part of X right after the passive carrier is what was hit,
                # not the "من" of an agent ("لهجوم من قوات موالية لإيران")
                role = "target"
            elif i > 2 and ct[i - 1].norm == "من" and any(
                    m.value.form == "passive" and 0 <= m.i - j <= 1 for m in triggers):
                # "إن قوة من الشرطة الاتحادية تعرضت لانفجار عبوة ناسفة": the side a unit belongs
                # to, right before the passive carrier, is its subject, who was hit (not the
                # "من" of an agent below: "لهجوم من قوات موالية لإيران")
                role = "target"
            elif i > 1 and ct[i - 1].norm == "قبل" and ct[i - 2].norm == "من" or (
                    # (not past an active verb's object: 'استهدف "مخربين كبار من حماس"' names whose men
                    # were struck)
                    i > 1 and ct[i - 1].norm == "من" and (passive or any(
                        m.j >= i - 3 and m.i < i and not (m.value.form == "verb" and m.j < i - 1
                                                          and ct[m.j].norm in _PARTITIVE_HEADS_FORMS | _MEN_NOUNS)
                        for m in triggers)
                                                          or self._described_fire_from(ct, i, triggers))
                    and ct[i - 2].norm not in _PARTITIVE_HEADS_FORMS
                    # (nor a count's "من": "وأصيب في الهجوم أربعة من مجندي الشرطة", the men hit)
                    and not (ct[i - 2].norm.isdigit() or ct[i - 2].norm in COUNT_WORDS)):
                role = "attacker"  # "لهجوم من قوات موالية لإيران", "من قبل"
            elif i > 2 and ct[i - 1].norm in FIRING_POSITIONS and ct[i - 2].norm == "من" and any(
                    0 <= (i - 2) - m.j <= 1 and m.i < i for m in triggers):
                # "قصف مدفعي من مواقع القوات الحكومية في مدينة الميادين استهدف ذيبان": fire from
                # a side's positions is that side's
                role = "attacker"
            elif _after_between(ct, i, actors) or (
                    # "بين قوات ألوية العمالقة الجنوبية وقوات دفاع شبوة": past a head noun the side lacks
                    i > 1 and ct[i - 2].norm == "بين" and ct[i - 1].norm in GROUP_HEADS):
                role = "attacker"  # "اشتباكات بين قوات النظام وفصائل المعارضة": the first side
            elif one_side_end is not None and any(ct[x].norm == "بين" for x in range(i)) and (
                    # (or a "و" of its own before the quoted name: 'بين القوات النظامية و«حزب الله» من جهة')
                    prefix.startswith("و") or ct[i - 1].norm == "و" or any(
                    # "بين قوات النظام وعناصر حزب الله من جهة": the "و" on the men the side's name
                    # is the genitive of ("وعناصر", "ومقاتلي"), or before their "من" ("وعناصر من")
                    ct[x].norm.startswith("و") and ct[x].norm[1:] in PARTITIVE_HEADS
                    and all(ct[y].norm == "من" for y in range(x + 1, i)) for x in range(max(0, i - 2), i))) and (
                    # (the first side may be long: "بين قوات النظام المدعمة بمسلحين قرويين موالين لها
                    # ومسلحين آخرين ... وعناصر حزب الله من طرف، والمعارضة من طرف آخر", SOHR)
                    i < one_side_end and any(r == "attacker" for _, r, _ in roles)
                    or prev_role in ("attacker", "target") and i > one_side_end):
                # "بين قوات ألوية العمالقة وقوات دفاع شبوة من جهة، وقوات الأمن الخاصة ووحدات من الجيش
                # من جهة أخرى": the sides joined before "من جهة" are one side, those after it the other
                role = "attacker" if i < one_side_end else "target"
            elif prev_role == "attacker" and between and one_side_end is None and prefix.startswith("و") \
                    and i - prev_end <= 1 and {actor, roles[-1][2]} & _ARMY_AND_RESISTANCE and any(
                        j <= i2 <= j + 1 and ct[i2].norm.startswith("و") and a2 not in (actor, roles[-1][2])
                        for i2, _, a2, *_ in actors):
                # "معارك عنيفة دارت ... بين الجيش الوطني والمقاومة ومليشيات الحوثي" (almadina,
                # snn-2015-08-08-0520), "بين المقاومة الشعبية وقوات الجيش الوطني، وميليشيات الحوثي":
                # the resistance joined to the army is its ally, one side with it; the third
                # named, after them, is the other
                role = "attacker"
            elif prev_role == "attacker" and between and ((prefix.startswith("و") or ct[i - 1].norm == "و")
                                                          and i - prev_end <= 1 or (
                    # "بين قوة الردع الخاصة وعناصر من اللواء 444": the second side's men
                    # (an adjective of the first between: "ميليشيا فاطميون الأفغانية وعناصر من ميليشيا لواء الباقر")
                    any(i - k in (1, 2) and ct[k].norm.startswith("و") and ct[k].norm[1:] in PARTITIVE_HEADS
                        and ct[i - 1].norm in ("من", ct[k].norm) for k in range(prev_end, min(prev_end + 2, i))))):
                role = "target"  # ... and the second
            elif "attacker" in cue_before or "launch" in cue_before or (
                    "control" in cue_before and launched_from_control(cue_at, i)):
                role = "attacker"
            elif "control" in cue_before and any(
                    m.value.sub_event_type == "Abduction/forced disappearance"
                    or ct[m.i].norm in _ASSASSINATION_FORMS for m in triggers):
                # "اختطفوا مدرساً من أبناء بلدة موحسن الخاضعة لسيطرة قوات النظام": who holds the
                # town of the one taken or killed is no side of a kidnapping or an assassination
                role = "aside"
            elif "control" in cue_before and j < len(ct) and ct[j].norm in _TO_LAUNCH_FORMS:
                # "استخدم أجواء العراق الخاضعة لسيطرة القوات الأمريكية لإطلاق صواريخ": the holder of
                # the ground or sky the fire was launched from, named right before the launch, was not hit
                role = "aside"
            elif "control" in cue_before:
                role = "target"  # "قصف على مناطق سيطرة داعش": the holder of the place hit
            elif "target" in cue_before or "owner" in cue_before or "counterpart" in cue_before[-1:] or (
                    # "مواجهات عنيفة مع عناصر الميليشيات": the other side, past its men
                    cue_before[-2:-1] == ["counterpart"] and before[-1] in _PARTITIVE_HEADS_FORMS):
                role = "target"
            elif before[-1] in _ATTACKER_NOUNS_FORMS if before else False:
                role = "attacker"
            elif len(before) > 1 and before[-1] in TERRORISTS_OF and before[-2] in _ATTACKER_NOUNS_FORMS:
                role = "attacker"  # "بقذائف إرهابيي النصرة": past the side's "terrorists"
            elif passive and i < main.i:
                role = "target"
            elif any(m.value.form == "passive" and 0 <= i - m.j <= 2 for m in triggers):
                role = "target"  # "تعرضت قاعدة التحالف ... لقصف": the passive carrier's subject
            elif any(v > i and not (ct[v - 1].norm in RELATIVE_PRONOUNS and any(i < m.i < v - 1 for m in triggers))
                     and v not in resumptive
                     # (nor a verb that goes on with an act described after this side: "استشهد قائد
                     # ... في حرس الثورة ... بغارة نفذتها طائرة مسيّرة أمريكية استهدفت موكبهما":
                     # the drone struck, the dead named first were hit)
                     and not any(i < r < v for r in resumptive) and not any(
                         # (nor an act's noun after "إثر / جراء", the verb's own subject: "أن عدداً من
                         # العسكريين الأميركيين يخضعون للفحص ... إثر هجوم بصواريخ استهدف قاعدة")
                         i < m.i < v and m.value.form == "noun" and ct[m.i - 1].norm.lstrip("و") in AFTERMATH_OF
                         for m in triggers) and not any(
                         # (nor a verb past "بعد أن", "بعدما", "عندما", which opens a clause of its own:
                         # "شرعت تركيا في إقامة جدار ... بعد أن فجر انتحاري ... نفسه": not Turkey's act)
                         ct[x].norm in SUBORDINATORS or ct[x].norm == "ان" and ct[x - 1].norm in ("بعد", "وبعد")
                         for x in range(i + 1, v)) for v in verb_idx):
                # SVO subject: an attacker, unless it only announced (below); (not the verb
                # of a relative clause on an act's noun: "مديرية الأمن ... الاعتداء الذي استهدف")
                role = "svo"
            elif any(0 < i - v <= 2 or (
                    # "تمكنت هذه القوات والمقاومة من السيطرة": the subject past "these forces", an
                    # anaphor no actor row names, joined to it by "و"
                    i - v == 3 and prefix.startswith("و") and ct[v + 1].norm in DEMONSTRATIVES) for v in verb_idx):
                v = max(v for v in verb_idx if v < i)
                # (not the noun of a time or cause phrase closed by its comma: "وعقب الهجوم،
                # ردّت وحدات المدفعية التركية بقصف", "من فجر اليوم، نفذ العدو الإسرائيلي
                # عدواناً": the side after the verb is its subject; but "شنت مقاتلات التحالف
                # أربع غارات، استهدفت مواقع": the raids did it)
                # (nor across "بعدما", "عندما": "مقتل طفل حرقًا بعدما أضرم مستوطنون النار" opens
                # a clause of its own, whose verb has its own subject)
                subject_before = ct[v].norm not in SUPPORT_WITH_OBJECT and v != territory_at and not (
                    v and ct[v - 1].norm in SUBORDINATORS) and not (
                    # "وهي المناطق التي قصفت منها ميليشيات الحوثي الأحياء السكنية" (aawsat 2015-07-25):
                    # the relative clause's pronoun after its verb is the noun before "التي"; the side
                    # after it is the subject
                    v and ct[v - 1].norm in RELATIVE_PRONOUNS and v + 1 < i
                    and ct[v + 1].norm in _RESUMPTIVE_PREPOSITIONS) and any(
                    s in SUBJECT_BEFORE_VERB or s in self.lex.triggers
                    for x in range(max(0, v - 3), v)
                    if not (x and ct[x - 1].norm in PHRASE_BEFORE_COMMA
                            and any(ct[y + 1].start - ct[y].end > 1 for y in range(x, v)))
                    # ("نحو الساعة 2:20 من فجر اليوم نفذ العدو الإسرائيلي عدواناً" with no comma:
                    # the dawn of the day is no act before the verb)
                    and not _dawn(ct, x)
                    for s in stems(ct[x].norm))
                # "قال مسؤول إن جبهة النصرة هاجمت مقاتلين تابعين للجيش الحر": a side named right
                # after "إن" and right before the verb is already its subject (SVO); the side after
                # the verb is its object
                svo_before = bool(roles) and prev_role in ("svo", "attacker") and prev_end == v \
                    and roles[-1][0] > 0 and ct[roles[-1][0] - 1].norm in THAT_WORDS
                # (not the side named as the verb's means right after it: "أن القصف نُفّذ بطائرة مسيرة
                # تركية", the passive's instrument, whose nation did it)
                means = i == v + 1 and prefix.lstrip("وف").startswith("ب") and ct[i].norm[1:] in _MEANS_NOUNS
                role = "target" if (subject_before or svo_before) and not means else "attacker"  # VSO subject
            elif main.value.form == "noun" and (0 < i - main.i <= 1 or i == main.j):
                role = "attacker"  # genitive after a verbal noun: "استهداف القوات الأميركية لمواقع"
            if role == "target" and any(
                    ct[x].norm in NEAR_WORDS and any(ct[y].norm in ("علي", "وعلي") for y in range(max(0, x - 3), x - 1))
                    for x in range(max(1, i - 4), i)):
                # "طائرة مسيرة أطلقها الحوثيون على مبنى سكني قرب مقر تابع للسفارة الأميركية": what
                # was hit is named after "على"; the side whose premises stand near it marks where
                # (a role of its own, so no later step takes it for the side hit)
                role = "landmark"
            if role in ("", "svo", "attacker") and _suffers_next(ct, j):
                # "فرد قطاع المجاهدين، الذي تعرض للإصابة جراء مقذوف عسكري" (snn-2015-08-01-1284):
                # the side whose own verb, right after it, is "تعرض" (suffered) was hit
                role = "target"
            roles.append((i, role, actor))
            prev_role, prev_end = role, j
        # "واتهمت الحكومة المؤقتة ووزارة الدفاع التركية «قسد» بالوقوف وراء القصف": the side the
        # charge follows is accused of the act, its doer; the accusers, the finite verb's subjects
        # between it and the accused, are no side of it (not after the participle, whose subject
        # came before: "متهما المتمردين الحوثيين وحلفاءهم من قوات النظام المخلوع بشن الهجوم"
        # names only the accused; nor a side joined to the accused by "و": accused with it)
        ends = {i: j for i, j, *_ in actors}
        accused = next((i for i, _, _ in roles if i > 1 and any(
                            # (past the name's initials in brackets: "«قوات سوريا الديمقراطية» (قسد)")
                            ct[y].norm.startswith(_ACCUSED_OF) for y in range(ends[i], min(ends[i] + 2, len(ct))))
                        and any(ct[x].norm.lstrip("و") in _ACCUSE_FINITE for x in range(max(0, i - 12), i))),
                       None)
        if accused is not None and not dict((i, p) for i, _, _, p, _ in actors)[accused].startswith("و"):
            verb = max(x for x in range(max(0, accused - 12), accused) if ct[x].norm.lstrip("و") in _ACCUSE_FINITE)
            if any(verb < i < accused for i, _, _ in roles):
                roles = [(i, "attacker" if i == accused else "aside" if verb < i < accused else r, a)
                         for i, r, a in roles]
        # "مما أرغم مئات الانقلابيين على إلقاء أسلحتهم ... مما أتاح الفرصة أمام الثوار الذين استقبلوا
        # الفارين وفتحوا عليهم النيران" (snn-2015-08-04-0759): the side the relative pronoun
        # right after it ties to the act's verb is its subject; a side before it is another
        # verb's object
        tied = next((i for i, r, _ in roles if r == "svo" and ends[i] < len(ct)
                     and ct[ends[i]].norm in _WHO_PLURAL and any(ends[i] < v <= ends[i] + 6 for v in verb_idx)), None)
        if tied is not None:
            roles = [(i, "" if r == "svo" and i < tied else r, a) for i, r, a in roles]
        # "أعلن الجيش التركي مقتل ثلاثة جنود حين فتح عناصر من حزب العمال النار": the
        # side that announces, with the act's own subject named after its verb, is not it
        own_subject = any(r == "attacker" for _, r, _ in roles)
        # (but "تبنى الحرس الثوري الإيراني الهجوم ...، رداً على غارة إسرائيلية": who claims the act
        # right after the verb of claiming it made it, whatever act its reply answers)
        roles = [(i, "" if r == "svo" and own_subject and i and any(
                    s in REPORT_VERBS or s in CLAIM_VERBS for s in stems(ct[i - 1].norm))
                  and ct[i - 1].norm.lstrip("و") not in _CLAIMS_IT
                  else "attacker" if r == "svo" else r, a) for i, r, a in roles]
        roles = self._counterpart_killed(ct, roles, cue_at)
        # "مؤكدة عدم وقوع خسائر في صفوف القوات العراقية": a side said to have lost no one is
        # not thereby the side hit
        roles = [(i, "aside" if r == "target" and _no_losses_before(ct, i) else r, a) for i, r, a in roles]
        # '100 قتيل في تفجير مسجد بيشاور و"طالبان باكستان" تنفي مسؤوليتها': the side that denies
        # the act is no side it hit
        roles = [(i, "aside" if r in ("", "target") and _denies_it(ct, ends.get(i, len(ct))) else r, a)
                 for i, r, a in roles]
        # "فيما نفت حركة طالبان باكستان أي علاقة لها بهما": nor is the side a deny verb opens with,
        # its link to the act denied right after it, the one who did it
        roles = [(i, "aside" if _denier(ct, i, ends.get(i, len(ct))) else r, a) for i, r, a in roles]
        if len(roles) == 2 and roles[0][1] == "attacker" and roles[1][1] in ("", "target") and roles[0][0] \
                and ct[roles[0][0] - 1].norm == "بين" and actors[1][1] < len(ct) \
                and ct[actors[1][1]].norm in ATTEMPT_VERBS:
            # "اشتباكات بين القوات المكلفة حماية مصفاة بيجي ومسلحين حاولوا اقتحامها": the
            # side that tried to storm the site attacked, the first one defended it
            roles = [(roles[0][0], "target", roles[0][2]), (roles[1][0], "attacker", roles[1][2])]
        pair = next((k for k in range(len(roles) - 2) if roles[k][1] == "attacker" and roles[k + 1][1] == "target"
                     and roles[k][0] and ct[roles[k][0] - 1].norm == "بين" and roles[k][2] != roles[k + 1][2]), None)
        if pair is not None and any(
                r == "attacker" and a == roles[pair + 1][2] and a not in ("Unknown", "Civilians") and any(
                    ct[x].norm.lstrip("و") in _STARTED_BY_WORDS for x in range(roles[pair + 1][0] + 1, i))
                for i, r, a in roles[pair + 2:]):
            # "اشتباكات بين قوات النظام ومقاتلي المعارضة إثر هجوم شنه مقاتلو المعارضة": the clash
            # came of an attack the text gives to the second side, which thus attacked (a side the
            # text names, not "مسلحين" of no name: "بين القوات الحكومية ومجموعات مسلحة ... اشتباكات بدأت
            # بين مسلحين دروز وعشائر")
            (i0, _, a0), (i1, _, a1) = roles[pair:pair + 2]
            roles = roles[:pair] + [(i0, "target", a0), (i1, "attacker", a1)] + roles[pair + 2:]
        # civilians are hit, never the hitting side: a civilian noun read as a
        # subject ("ستة من عائلة واحدة" before the verb) is among the victims
        roles = [(i, "target" if r == "attacker" and a == "Civilians" else r, a) for i, r, a in roles]
        # "نعت هيئة الحشد الشعبي أربعة من منتسبيها قضوا بضربة جوية أمريكية", "الحشد الشعبي ينعى
        # أربعة من منتسبيه": the side that mourns its men, right after or before the verb, lost
        # them; it did not strike
        roles = [(i, "target" if r == "attacker" and (i and ct[i - 1].norm in MOURN_VERBS or ends.get(i, len(ct))
                                                      < len(ct) and ct[ends[i]].norm in MOURN_VERBS) else r, a)
                 for i, r, a in roles]
        # "بالتزامن مع تقدم القوات الحكومية في تعز، شنت طائرات التحالف العربي سلسلة غارات": a side
        # right after a verb of launching (its head noun between at most) is that verb's subject
        # (VSO: the verb's object is the act's noun); a side before the verb is then no second
        # doer but another phrase's (whose advance, whose statement), as a verb has one subject
        # (not "داعش يهاجم البيشمركة": after the act's own verb stands its object; nor "صد هجوم
        # شنه تنظيم داعش": a verb on the act's noun, whose pronoun is that act, describes it)
        post = next(((i, v) for i, r, _ in roles if r == "attacker" for v in verb_idx
                     if 0 < i - v <= 2 and v not in resumptive and not any(0 <= v - m.j <= 1 for m in triggers)
                     and ct[v].norm in _SUPPORT_VERBS_FORMS), None)
        if post is not None:
            roles = [(i, "" if r == "attacker" and i < post[1] else r, a) for i, r, a in roles]
        # "سيطرت «قوات سورية الديموقراطية» التي تضم فصائل كردية وعربية وتدعمها واشنطن أمس على مدينة
        # منبج": the subject of a backing verb that carries the pronoun of the side before it backs
        # that side; it is no side of the act
        roles = [(i, r, a) for i, r, a in roles if not (i and ct[i - 1].norm.removeprefix("و") in _BACKS_IT_FORMS)]
        attackers = [a for _, r, a in roles if r == "attacker"]
        targets = [a for _, r, a in roles if r == "target"]
        fall = main.value.form == "fall"  # "سقطت صواريخ": fire that fell, its firer unnamed
        # (a relative clause's verb on the act's noun, "الاعتداء الذي استهدف", has the act as subject)
        own_verbs = [v for v in verb_idx if not (v and ct[v - 1].norm in RELATIVE_PRONOUNS
                                                  and any(m.i < v - 1 for m in triggers))]
        if not attackers and own_verbs:
            # (not a force told before "إثر / جراء" and the act: "أن عدداً من العسكريين الأميركيين
            # يخضعون للفحص ... إثر هجوم بصواريخ استهدف قاعدة عين الأسد": what befell them, after
            # an act of another; civilians so told are left to the role-slip rule, as before)
            attackers = [a for i, r, a in roles if not r and i < main.i and (a == "Civilians" or not any(
                ct[x].norm.lstrip("و") in AFTERMATH_OF for x in range(i + 1, main.i + 1)))][:1]
        # "تواصل قوات الجيش الوطني والمقاومة تقدمها ... شهدت مواجهات عنيفة بين الطرفين" (aawsat
        # 2015-08-07): a clash "between the two sides" names neither after it; the side the clause
        # opens with, advancing, is the first, the other is left to the article
        both_sides = not attackers and not targets and main.value.sub_event_type == "Armed clash" and any(
            ct[x].norm == "بين" and ct[x + 1].norm in _BOTH_SIDES for x in range(main.j, min(main.j + 2, len(ct) - 1)))
        if both_sides:  # (with no side before it, the side after it stays the one fought)
            attackers = [a for i, r, a in roles if not r and i < main.i and a != "Civilians"][:1]
            both_sides = bool(attackers)
        rules_of_engagement = main.value.sub_event_type == "Armed clash" and any(
            ct[x].norm == "قواعد" and ct[x + 1].norm == "الاشتباك" for x in range(main.i, min(main.j, len(ct) - 1)))
        if not attackers and rules_of_engagement:
            # "قوات حرس الحدود رصدت عدداً من الأشخاص يحاولون اجتياز الحدود، وجرى تطبيق قواعد
            # الاشتباك، ما أدى إلى مقتل 27 مهرباً": only a state's force "applies its rules of
            # engagement"; told in the passive, the force the clause named before it (else the
            # state's army the statement speaks for) opened fire, and is not the side hit
            attackers = [a for i, r, a in roles
                         if i < main.i and a not in ("Civilians", "Unknown")][:1] or ["_military"]
            targets = [t for t in targets if t != attackers[0]]
        if not attackers and targets and main.value.sub_event_type == "Armed clash":
            # "واصل ثوار تعز تقدمهم ... مقتل 22 انقلابيا في اشتباكات": a clash has two
            # sides; with one side's dead told, the other side the clause names fought them
            attackers = [a for _, r, a in roles if not r and a not in targets
                         and not any(allied(a, t) for t in targets)][:1]
        bombing = any(m.value.weapon == "explosives" or m.value.sub_event_type in (
            "Remote explosive/landmine/IED", "Suicide bomb") for m in triggers)
        # "الاعتداء الإرهابي الذي استهدف رجال الأمن": an act its reporter calls terrorist
        # is not the reporter's own
        terror = any(m.j < len(ct) and ct[m.j].norm in TERROR_EPITHETS for m in triggers)
        # "وقال الجيش الباكستاني إن الضربات أسفرت عن مقتل 26 مدنياً", "قال مجلس الشورى إن الغارات
        # أصابت منازل لمدنيين": a side telling civilians hurt tells the act made on its people, not
        # its own act (not "من دون سقوط ضحايا مدنيين": a striker's word on its own strike)
        harmed = any(ct[x].norm.lstrip("و") in HARMED_CIVILIAN_WORDS and not any(
            ct[y].norm in CIVILIANS_SPARED_WORDS for y in range(max(0, x - 3), x))
            for x in range(triggers[0].j, len(ct)))
        if not attackers and not bombing and not fall and not terror and not harmed and all(
                r in ("reporter", "target")
                # (or the foe a state's force names by its word for them after its own act: "أعلنت
                # وزارة الدفاع الروسية أن الفرقاطة أطلقت صواريخ ...، مدعية أنها ... قتلت عددا كبيرا من
                # المسلحين": whom it says it killed, no side that could have made the act)
                or not r and i >= main.j and _FOE_WORD.search(ct[i].text) for i, r, _ in roles):
            # (not a bombing, "قالت الشرطة إن قنبلة انفجرت", nor fire that fell on it,
            # "قالت القيادة المركزية إن عدة صواريخ سقطت": those report another's act)
            # "قالت قيادة التحالف إن 17 ضربة نفذت": a force reports its own act
            # (but "أعلنت القيادة المركزية أن ثلاثة من جنودها أصيبوا ... إثر هجمات استهدفت
            # قاعدتين للتحالف": a force that reports its own side hit is not the hitter)
            hit = [a for _, r, a in roles if r == "target"]
            # (nor "قالت سنتكوم إن هجوماً بطائرة مسيّرة ضرب الموقع", "أعلنت القيادة المركزية أن عدداً من
            # العسكريين ... إثر هجوم بصواريخ استهدف قاعدة عين الأسد": a force tells its own acts as
            # strikes and raids; an "attack" it reports, the subject of what struck, was made on it)
            # (nor a state's force that reports the bare army or police hit: "قالت قيادة العمليات
            # المشتركة العراقية إن الغارات طالت مقرات للجيش والشرطة": in its voice those are its own)
            suffered = any(ct[m.i].norm.lstrip("و") in SUFFERED_ATTACK_NOUNS and m.value.form == "noun"
                           and any(ct[x].norm in _STRUCK_VERBS_FORMS
                                   for x in range(m.j, min(m.j + 8, len(ct))))
                           for m in triggers)
            attackers = [a for _, r, a in roles if r == "reporter" and a not in ("Civilians", "Unknown")
                         and not any(allied(a, t) or t in (MILITARY_HERE, POLICE_HERE) and country_of_forces(a)
                                     for t in hit) and not suffered
                         and not any(t.norm in OWN_MEN_WORDS for t in ct)][:1]
        if not targets and not both_sides:
            targets = [a for i, r, a in roles if not r and (i > main.i or fall)
                       and a not in attackers][:1]
        if not targets:
            # "القيادي بتنظيم القاعدة ... قتل في ضربة جوية أمريكية": the side of the one killed
            # by the act named right after
            killed_at = next((k for k in range(main.i - 1, max(-1, main.i - 4), -1) if ct[k].norm in KILLED_BY), None)
            if killed_at is not None:
                targets = [a for i, r, a in roles if not r and i < killed_at and a not in attackers][-1:]
        if not targets:
            # "بعد يومين من اغتيال القيادي في حركة حماس صالح العاروري بغارة إسرائيلية": the leader
            # killed, "القيادي في X" / "قائد بتنظيم X" right after the killing noun, makes X the side hit
            targets = [a for i, r, a in roles if not r and i < main.i and a not in attackers
                       and (rank := _rank_of(ct, i)) is not None and rank > 0
                       and ct[rank - 1].norm in _KILLING_NOUNS][:1]
        if "Unknown" in targets and attackers and "Unknown" not in attackers and any(
                a == "Unknown" and not r and i and ct[i - 1].norm in SUPPORT_WITH_OBJECT for i, r, a in roles):
            # "بهجوم شنه مسلحون على حاجز ...، تبناه تنظيم داعش لاحقاً": the gunmen who made the act
            # the clause goes on to give to a named side are that side's men, not whom it hit
            targets = [t for t in targets if t != "Unknown"]
        # (a side the clause names before an unnamed one: "طائرات مجهولة يرجح أنها للتحالف")
        actor1 = next((a for a in attackers if a != "Unknown"), attackers[0]) if attackers else None
        if actor1 == "Civilians" and any(m.value.sub_event_type == "Suicide bomb" for m in triggers):
            # "سلسلة تفجيرات انتحارية نفذتها نساء": the women who blew themselves up are the
            # bombers, an armed side the text does not name, not civilians
            actor1 = "Unknown"
        actor2 = next((t for t in targets if t != actor1), None)
        if actor2 is None and actor1 and actor1 in targets and main.value.sub_event_type == "Armed clash" and any(
                r == "attacker" and a == actor1 and "بين" in {ct[x].norm for x in range(max(0, i - 3), i)}
                for i, r, a in roles):
            # "اشتباكات بين عناصر من ميليشيا فاطميون وعناصر من ميليشيا لواء الباقر": two groups of
            # one side that fought each other are both ends of the clash (infighting)
            actor2 = actor1
        if allied(actor2, actor1):
            # "طائرات تابعة لما يسمى التحالف الدولي الذي تقوده الولايات المتحدة شنت غارات على موقع
            # للجيش العربي السوري": the striker's own leader or ally, misread as hit, is not the
            # side hit when the clause names a foe among its targets (two allies that clashed,
            # with passers-by among the dead, stay the two sides)
            actor2 = next((t for t in targets if t not in (actor1, "Civilians") and not allied(t, actor1)), actor2)
        if actor2 == "Unknown":
            # "معارك ضارية مع إرهابيي داعش ... قضي خلالها على أعداد كبيرة من الإرهابيين": "the
            # terrorists" hit are the armed group the same sentence named before them
            epithet = next((i for i, r, a in roles if r == "target" and a == "Unknown"
                            and "ارهابي" in ct[i].norm), None)
            if epithet is not None:
                actor2 = next((a for i, r, a in roles if i < epithet and r in ("", "target")
                               and a not in (actor1, "Unknown", "Civilians") and not a.startswith("_")
                               and not allied(a, actor1) and not country_of_forces(a)), actor2)
                # "تجمعات للإرهابيين التكفيريين من جماعة داعش": the terrorists "of" a group named
                # right after them are that group
                actor2 = next((a for i, r, a in roles if epithet < i <= epithet + 4
                               and a not in (actor1, "Unknown", "Civilians") and not a.startswith("_")
                               and not allied(a, actor1) and not country_of_forces(a)
                               and "من" in {ct[x].norm for x in range(epithet + 1, i)}), actor2) \
                    if actor2 == "Unknown" else actor2
        if actor2 in ("_military", "_police"):
            # "مقتل متعاقد أمريكي وإصابة خمسة جنود ... جراء هجوم بطائرة مسيّرة على منشأة صيانة في
            # قاعدة للتحالف الدولي": the bare soldiers hit are the men of the side whose premises
            # the act struck, named by its lam
            actor2 = next((a for i, r, a in roles if r == "target" and i and not a.startswith("_")
                           and a not in ("Civilians", "Unknown", actor1) and ct[i].norm[:1] == "ل"
                           and ct[i - 1].norm in _HIT_PREMISES_FORMS), actor2)
        if actor2 == "Civilians":
            # "استشهاد 8 من رجال الشرطة ومواطن في هجوم على كمين": the state's forces hit
            # are the act's target; the passer-by is among its victims
            # (not "مقتل خمسة أطفال وشرطي": counted civilians and one man of a force beside them
            # were mostly civilians, whom the act hit)
            if not self._mostly_civilians(ct, actors):
                actor2 = next((t for t in targets if t in ("_police", "_military")), actor2)
            # (and "6 أشخاص ... في عملية انتحارية نفذتها حركة طالبان ضد الشرطة الأفغانية": a
            # state's forces named with their nation, when a target's word stands right before
            # them; not "قصف صاروخي ومدفعي للعدو السعودي": the lam of a doer misread)
            actor2 = next((a for i, r, a in roles if r == "target" and i
                           and a.startswith(("Police forces of", "Military forces of"))
                           and (ct[i - 1].norm in ("ضد", "علي") or cue_at.get(i - 1) == "target"
                                or ct[i - 1].norm in STRUCK_VERBS)), actor2)
            # "إن متعاقدا مدنيا أمريكيا قتل ... عندما سقط أكثر من 30 صاروخا على قاعدة عسكرية عراقية":
            # the victims told before the act, the side whose site it struck after "على" is its target
            actor2 = next((a for i, r, a in roles if r == "target" and i > main.j and a not in ("Civilians", actor1)
                           and any(ct[x].norm in ("علي", "ضد") for x in range(max(main.j, i - 3), i))
                           and all(k < main.i for k, r2, a2 in roles if a2 == "Civilians")), actor2)
        if actor2 == "Civilians" and (not _names_civilians(ct) and any(t.norm in AMONG_THEM for t in ct) or any(
                # (and "مقتل شخصين يعتقد أنهما من مقاتلي حزب العمال": the dead said to be its men,
                # whatever word of the clause reads as a civilian's: "العمال" of the party's name)
                r == "target" and _dead_were_of(ct, i) for i, r, _ in roles)):
            # "بمقتل ثلاثة أشخاص بينهم قيادي بارز في كتائب حزب الله": the dead told only as
            # "persons", with a side named among them, were that side's
            actor2 = next((t for t in targets if t not in ("Civilians", "Unknown", actor1)), actor2)
        if actor2 == "Civilians" and any(t.norm in AFFILIATES for t in ct):
            # "مجموعة من منسوبي قوات الطوارئ ... حدث تفجير في جموع المصلين نتج عنه استشهاد
            # عشرة من منسوبي القوات": the worshippers were the force's own men
            actor2 = next((a for _, r, a in roles if a in ("_police", "_military") and r != "attacker"), actor2)
        if actor2 == "Civilians" and (pair := self._clash_between(ct, actors, triggers)):
            # "قُتل 12 مدنياً ... في اشتباكات عنيفة بين قوات حكومة طالبان والجيش الباكستاني", "قتل
            # خمسة مدنيين، إثر اشتباكات عنيفة بين الحوثيين ومقاتلي لجان المقاومة": civilians caught
            # in a clash the clause names both sides of are its toll; the act is the two sides' fight
            actor1, actor2 = pair
            attackers, targets = [actor1], [actor2]
        explicit = set(attackers[:1] + targets[:1])
        spans = [(i, j) for (i, j, *_), (_, r, a) in zip(actors, roles, strict=False)
                 if r == "attacker" or a == actor1]
        return actor1, actor2, explicit, spans

    @staticmethod
    def _mostly_civilians(ct, actors) -> bool:
        """"مقتل خمسة أطفال وشرطي": civilians counted (two or more) and, joined right after
        them, one man of a force told by his bare singular noun."""
        for i, j, a, *_ in actors:
            if a != "Civilians" or not i or not (ct[i - 1].norm in COUNT_WORDS or ct[i - 1].norm.isdigit()
                                                 and int(ct[i - 1].norm) > 1):
                continue
            return any(i2 == j and j2 == j + 1 and a2 in ("_police", "_military")
                       and ct[i2].norm.removeprefix("و") in _ONE_MAN for i2, j2, a2, *_ in actors)
        return False

    @staticmethod
    def _clash_between(ct, actors, triggers) -> tuple[str, str] | None:
        """The two sides named right after a clash's noun and "بين" ("اشتباكات عنيفة بين قوات حكومة
        طالبان والجيش الباكستاني"): the first within three words of "بين", the second joined to it by
        "و" (its men's noun between at most: "ومقاتلي لجان المقاومة"); None unless two foes."""
        if any(m.value.sub_event_type not in ("Armed clash", "Attack", "") for m in triggers):
            # (not "قصف مسلحو الحوثي أحياء سكنية ... مما أدى إلى مقتل مدنيين، إثر اشتباكات عنيفة بين
            # الحوثيين ومقاتلي لجان المقاومة" (snn-2015-07-27-0656): the shelling killed them, the
            # clash is its setting)
            return None
        for m in triggers:
            if m.value.sub_event_type != "Armed clash" or m.value.form != "noun":
                continue
            x = next((x for x in range(m.j, min(m.j + 3, len(ct))) if ct[x].norm == "بين"), None)
            if x is None:
                continue
            sides = [(i, j, a, prefix) for i, j, a, prefix, *_ in actors
                     if i > x and a not in ("Civilians", "Unknown") and not a.startswith("_")]
            if len(sides) < 2 or sides[0][0] - x > 3:
                continue
            (_, j1, first, _), (i2, _, second, prefix2) = sides[:2]
            joined = prefix2.startswith("و") or any(ct[y].norm.startswith("و") for y in range(j1, i2)) and i2 - j1 <= 2
            if joined and not allied(first, second) and first != second:
                return first, second
        return None

