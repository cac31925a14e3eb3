"""Killed and injured counts from a sentence.

Only a number the text gives: digits, number words ("خمسة جنود", "سبعة من
عناصر"), duals ("جنديين"), a singular victim noun ("مقتل متعاقد أمريكي" = 1),
"at least" phrases. Vague counts (عدة، عدد من، عشرات) give None, never an
invented number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicons
from .normalize import Token, normalize_word, stems, tokens, written_forms

KILL_WORDS = {"مقتل", "قتل", "قتلت", "قتلى", "قتيل", "قتيلا", "مصرع", "سقوط", "استشهاد",
              "شهداء", "شهيد", "شهيدا", "وفاه", "مقتلهم", "اسفر", "حصيله", "ضحايا",
              # those a side executed are its dead: "أن «داعش» أعدم 44 شابا وسط الموصل" (aawsat 2015-08-04; the
              # past verb only: "حكما بإعدام 5 متهمين" is a sentence passed)
              "اعدم", "اعدمت", "اعدموا"}
KILLED_NOUNS = {"قتلى", "قتيل", "قتيلا", "شهداء", "شهيد", "شهيدا", "ضحايا", "ضحيه", "جثث"}
INJURY_WORDS = {"اصابه", "اصابات", "جرح", "جرحى", "جريح", "جريحا", "مصابين", "مصابا",
                "اصيب", "اصيبت", "اصيبوا", "جرحت"}
INJURED_NOUNS = {"جرحى", "جريح", "جريحا", "مصابين", "مصابا", "اصابات"}
# a singular victim noun after مقتل / إصابة means one person
VICTIM_SINGULAR = {"جندي", "عنصر", "شخص", "مدني", "طفل", "متعاقد", "مقاتل", "ضابط",
                   "امراه", "مواطن", "رجل", "قيادي", "مسلح", "شاب", "طفله", "جنديا", "راعي",
                   "فتاه", "سائق", "شرطي", "فتى", "مزارع", "صحفي", "مسن", "عامل", "طالب", "ناشط",
                   "اخر", "مواطنه", "المواطن", "المواطنه", "الشاب", "الطفل", "الطفله",  # "وأصيب آخر": one more
                   # a foreign resident, an infant: "نتج عنه إصابة مقيم من الجنسية المصرية",
                   # "على قتل الرضيع الفلسطيني علي دوابشة" (Saudi civil-defence and Palestinian news)
                   "مقيم", "مقيما", "المقيم", "وافد", "رضيع", "الرضيع",
                   # the accusative after إن / أن: "إن شخصا قتل"
                   "شخصا", "مدنيا", "طفلا", "عنصرا", "مسلحا", "شابا", "مواطنا", "رجلا", "ضابطا",
                   # "قالت وزارة الداخلية المصرية إن شرطيا قتل وأصيب ثلاثة آخرون" (2015)
                   "شرطيا", "عسكريا",
                   # a rank before a name is one man: "استشهاد العريف أحمد جعفر حسن المجيشي، والجندي
                   # أول محمد ..." (the Saudi interior ministry's statements, 2015)
                   "عريف", "العريف", "الجندي", "المجند", "رقيب", "الرقيب", "نقيب", "النقيب", "ملازم",
                   "الملازم", "الضابط", "عقيد", "العقيد", "مقدم", "المقدم", "رائد", "الرائد",
                   # one commander or chief: "مقتل آمر الفوج وجنديين" (three), "مقتل قائد اللواء",
                   # "مقتل أمير داعش في المدينة"; the boy named: "أن الفتى ماهر ... أصيب بجروح"
                   "امر", "قائد", "القائد", "امير", "مدير", "زعيم", "الفتى", "الفتاه"}
# duals only where the plural differs ("مدنيين" is usually a plural)
VICTIM_DUAL = {"جنديين", "عنصرين", "شخصين", "طفلين", "ضابطين", "جنديان", "عنصران",
               "شخصان", "طفلان", "ضابطان", "مدنيان", "شابان", "شابين", "امراتان", "امراتين",
               "فتاتان", "فتاتين", "شرطيان", "شرطيين", "مواطنان", "طفلتان", "طفلتين",
               # the nominative dual only ("آخرين", "مقيمين" are plurals as often):
               # "قتل جندي تركي وأصيب آخران بجروح", "جنديين تركيين قتلا وجرح آخران"
               "اخران", "مقيمان",
               # a people's or settlers' nominative dual ("استشهد فلسطينيان بصاروخ"; the accusative
               # "فلسطينيين" is as often a plural)
               "فلسطينيان", "مستوطنان",
               # two members, fighters, soldiers or gunmen ("استشهد عضوان من قوى الأمن الداخلي"; "عضوين"
               # is no plural, which is "أعضاء")
               "عضوان", "عضوين", "مقاتلان", "عسكريان", "مسلحان", "صحفيان", "موظفان", "شقيقان", "شقيقين"}
DEAD_DUAL = {"شهيدين", "شهيدان", "قتيلين", "قتيلان"}
# "بوقوع إصابتين على الأقل", "جريحان": the wounded as a dual noun are two
HURT_DUAL = {"إصابتين", "إصابتان", "اصابتين", "اصابتان", "جريحين", "جريحان"}
VAGUE = {"عده", "عدد", "عشرات", "مئات", "بعض", "العديد", "كثير", "عدد غير"}
# "no casualties" is not a count of zero we can attribute; the field stays None
_DIGITS = re.compile(r"^[وف]?\d{1,4}$")  # "و5 جرحى"


def _n(words: set[str]) -> frozenset[str]:
    """Lexicon words in the normalised form tokens carry (ى -> ي, ة -> ه)."""
    return frozenset(normalize_word(w) for w in words)


KILL_WORDS, KILLED_NOUNS, INJURY_WORDS, INJURED_NOUNS = map(
    _n, (KILL_WORDS, KILLED_NOUNS, INJURY_WORDS, INJURED_NOUNS))
VICTIM_SINGULAR, VICTIM_DUAL, VAGUE, DEAD_DUAL, HURT_DUAL = map(_n, (VICTIM_SINGULAR, VICTIM_DUAL, VAGUE, DEAD_DUAL,
                                                                     HURT_DUAL))


_KILL_ONLY = KILL_WORDS - _n({"اسفر", "حصيله", "سقوط"})
# passive kill verbs after the victims: "شخصين قتلا", "20 شخصا قتلوا"
KILLED_AFTER_COUNT = _n({"قتل", "قتلوا", "قتلا", "قتلت", "لقوا", "لقيا",
                         # "استشهد 5 مواطنين", "مواطنان استشهدا": the word for those
                         # killed by the other side in Palestinian, Lebanese and Yemeni news
                         "استشهد", "استشهدت", "استشهدوا", "استشهدا"})
# "لقي ثمانية مدنيين مصرعهم", "لقي 13 عنصرا حتفهم": met their death
PLURAL_INJURY_VERBS = _n({"اصيبوا", "اصيبا", "جرحوا", "جرحا"})
PLURAL_KILL_VERBS = _n({"قتلوا", "قتلا", "لقوا", "لقيا", "استشهدوا", "استشهدا"})
_KILL_ONLY_MET = _n({"لقي", "لقيت", "لقوا", "لقيا"})
_KILL_ONLY = _KILL_ONLY | KILLED_AFTER_COUNT | _KILL_ONLY_MET


# nouns of killing that, joined by و to a noun of wounding, head one total
# ("مقتل وإصابة 44"); a verb ("إن شخصا قتل وأصيب 15") counts each on its own
COMBINED_KILL_NOUNS = _n({"مقتل", "استشهاد", "سقوط", "قتلى", "قتيلا", "قتيل", "شهداء", "شهيدا", "ضحايا"})
# "جريمة قتل راح ضحيتها ثلاثة أشخاص", "مجزرة ذهب ضحيتها 148 شخصا": the victims of it, counted
# after it, right after "went" (not "راح ضحية المحاولة نحو 80 بين قتيل وجريح": a mixed count)
VICTIMS_OF_IT = _n({"ضحيتها", "ضحيته", "ضحيتهم", "ضحيتهما"})
_WENT = _n({"راح", "وراح", "ذهب", "وذهب", "ليذهب", "يذهب"})
# every word a test of find_casualties starts from: a word none of whose
# forms is here is passed over with one set test (most words of a clause)
_TOLL_WORDS = COMBINED_KILL_NOUNS | KILLED_NOUNS | INJURED_NOUNS | _KILL_ONLY | INJURY_WORDS | VICTIMS_OF_IT
_TOLL_FORMS = written_forms(_TOLL_WORDS)  # one set lookup per word, not stems() and a set test


def _int(norm: str) -> int:
    return int(norm.lstrip("وف"))


@dataclass(frozen=True)
class Casualties:
    fatalities: int | None = None
    injured: int | None = None
    # which toll was updated here ("ليرتفع عدد الشهداء إلى 15": "fatalities"): it outranks
    # the first one told
    updated: str = ""


# "53 عاما": an age, "5 كيلومترات": a distance, never a count of victims
NOT_A_COUNT_AFTER = _n({"عاما", "عام", "سنه", "سنوات", "اعوام", "كيلو", "كيلومتر", "كيلومترات", "كلم", "كم",
                        "مترا", "متر", "امتار", "ساعه", "ساعات", "دقيقه", "دقائق", "يوما", "ايام", "شهرا",
                        "اشهر", "بالمئه", "بالمائه", "في المئه",
                        # what a wound is made with: "تعرض للإصابة بثلاث شظايا كاتيوشا" (one man,
                        # snn-2015-08-02-1130), "أصيب بثلاث رصاصات" count the shards and bullets
                        "شظايا", "شظيه", "رصاصات", "رصاصه", "طلقات", "طلقه", "اعيره"})


def _number_at(toks: list[Token], i: int, lex: Lexicons) -> tuple[int, int] | None:
    """(value, next index) if a number starts at token i."""
    if i >= len(toks):
        return None
    if _DIGITS.match(toks[i].norm):
        found = _int(toks[i].norm), i + 1
    else:
        m = lex.numbers.match_at(toks, i)
        found = (m.value, m.j) if m else None
    if found and found[1] < len(toks) and toks[found[1]].norm in NOT_A_COUNT_AFTER:
        return None
    return found


def find_number(word: str, lex: Lexicons) -> int | None:
    """The count one word says ("22", "ثلاثة"), None if it is no number."""
    toks = tokens(word)
    found = _number_at(toks, 0, lex) if toks else None
    return found[0] if found and found[1] == len(toks) else None


def _more_after(toks: list[Token], j: int, lex: Lexicons) -> int:
    """Victims added after a first count that ends before token j: "ضابط شرطة ومجند",
    "القيادي أبو كهلان و20 من مرافقيه", "10 من منسوبي القوات إضافة إلى ثلاثة من العاملين"."""
    more = 0
    x = j
    end = j + 6
    while x < min(len(toks), end):
        norm = toks[x].norm
        if norm in _AMONG_THEM:
            # "قتلت 10 من عناصر داعش، بينهم انتحاري وثلاثة قناصين": who were among the dead are
            # counted already, up to the aside's comma (after it, "استشهد 8 من رجال الشرطة بينهم
            # ضابط، ومواطن مدني" adds the citizen)
            x += 1
            while x < len(toks) - 1 and toks[x + 1].start - toks[x].end <= 1:
                x += 1
            x += 1
            continue
        if norm in ("اضافه", "بالاضافه") and x + 2 < len(toks) and toks[x + 1].norm == "الي":
            num = _number_at(toks, x + 2, lex)
            if num and not (num[1] < len(toks) and set(stems(toks[num[1]].norm)) & (INJURED_NOUNS | INJURY_WORDS)):
                more += num[0]
                x = num[1] + 1
                continue
            break
        if norm == "و" and x + 1 < len(toks):  # "و2 من عناصر": the tokeniser splits "و" from digits
            x += 1
            norm = "و" + toks[x].norm
        if norm.startswith("و") and len(norm) > 1:
            rest = norm[1:]
            if set(stems(rest)) & (INJURY_WORDS | INJURED_NOUNS | KILL_WORDS):
                break  # "وإصابة آخر": the wounded, a count of its own
            if rest in _ALLIED_FORCES and j > 0 and toks[j - 1].norm == "من":
                # "قتل قرابة 25 من الحوثيين و قوات صالح و8 من المقاومة الشعبية" (snn-2015-07-25-0791):
                # the side's allies after "N من", not a count; the other side's dead follow them
                end += 2
                x += 1
                continue
            if rest.isdigit():
                after = toks[x + 1].norm if x + 1 < len(toks) else ""
                if set(stems(after)) & (INJURED_NOUNS | KILLED_NOUNS) or after in NOT_A_COUNT_AFTER:
                    break  # "5 قتلى و20 جريحا"
                more += int(rest)
                x += 2
                continue
            num = _number_at(toks, x, lex) if not norm.startswith("واحد") else None  # "عائلة واحدة": one
            if num is not None:
                # "استشهاد عشرة من منسوبي القوات وثلاثة من العاملين": a number word
                # after "و" adds as "و3" does ("وثلاثة جرحى" is the wounded)
                after = toks[num[1]].norm if num[1] < len(toks) else ""
                if set(stems(after)) & (INJURED_NOUNS | KILLED_NOUNS):
                    break
                more += num[0]
                x = num[1] + 1
                continue
            if x + 1 < len(toks) and toks[x + 1].norm in _TWO_AFTER and rest.endswith(("ان", "ين")):
                # "أصيب خمسة عسكريين أمريكيين ومتعاقدان اثنان": a dual noun and "two" after it
                # (only one and two follow their noun; "وتدمير ثمانية هاونات" counts things,
                # "مقتل ستة من عناصرها وأسر اثنين" those taken, a verbal noun of its own)
                more += 2
                x += 2
                continue
            if rest in VICTIM_DUAL:
                more += 2
            elif rest in VICTIM_SINGULAR or rest in _EXTRA_SINGULAR:
                more += 1
                if rest in _RANK_WORDS:
                    end = x + 8  # a rank's name (up to five words, "أول" after the rank) before the next
            else:
                break
        x += 1
    return more


_AMONG_THEM = _n({"بينهم", "بينهما", "بينهن", "وبينهم"})
# singular victims of a second count after "و" ("ضابط شرطة ومجند")
# the forces a side is told with ("من الحوثيين وقوات صالح", "من داعش وميليشيات موالية")
_ALLIED_FORCES = _n({"قوات", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "انصار", "حلفائهم", "الموالين"})
_EXTRA_SINGULAR = _n({"مجند", "جندي", "شرطي", "عنصر", "مدني", "طفل", "مرافقه",
                      # one of the victim's own after "و": "مقتل امرأة وطفلها", "مقتل رجل وزوجته"
                      "طفلها", "طفله", "ابنها", "ابنه", "ابنتها", "ابنته", "زوجها", "زوجته", "شقيقه",
                      "شقيقها", "شقيقته", "والده", "والدته", "سائقه", "سائقها",
                      # a list of ranks and names ("العريف ...، والجندي أول ...، والجندي أول ...")
                      "الجندي", "المجند", "العريف", "الرقيب", "النقيب", "الملازم", "الضابط"})
_RANK_WORDS = _n({"الجندي", "المجند", "العريف", "الرقيب", "النقيب", "الملازم", "الضابط"})
_ONE_OF = _n({"احد", "احدي"})
_TWO_AFTER = _n({"اثنان", "اثنين", "اثنتان", "اثنتين"})
# a nisba (nationality) adjective's dual/plural ending: "تركيين", "أمريكيان", "فلسطينيتين"
_NISBA_ENDS = ("يين", "يان", "يتين", "يتان")
# a headline's singular dead ("قتيل وتسعة جرحى"), with no count of its own
_ONE_DEAD = _n({"قتيل", "شهيد"})
# "one of them" (of the two, of the people told before)
_ONE_OF_THEM = _n({"احدهما", "احدهم", "احداهما", "احداهن"})
# "one of the two": the noun before it is a dual
_ONE_OF_THE_TWO = _n({"احدهما", "احداهما", "كلاهما", "كليهما"})
_OTHERS_PLURAL = _n({"آخرين", "آخرون"})
# the plurals of people "أحد" picks one of (with their pronoun suffixes: "أفرادها", "جنوده")
_PEOPLE_STEMS = tuple(_n({"رجال", "افراد", "مواطن", "مقيم", "اطفائي", "جنود", "عناصر", "مسلح", "زملاء",
                          "متظاهر", "منسوب", "منتسب", "مقاتل", "قياد", "قاده", "مطلوب", "مستوطن", "عسكري",
                          "شبان", "ابناء", "اتباع", "حراس", "ركاب", "مصلي", "مدني", "اشخاص", "ضباط",
                          "مجاهد", "طلاب", "عمال", "سكان", "اهالي", "موظف", "مسؤول", "نشطاء", "صحفي",
                          "اعضاء", "حرس", "مار"}))
# the verbs and verbal nouns a risen toll is told with (frames reads them too: a risen toll's act)
TOLL_RISE_WORDS = _n({"ارتفع", "ارتفعت", "ليرتفع", "لترتفع", "يرتفع", "ترتفع",
               # the flash's verbal noun: "عاجل | ارتفاع عدد الشهداء إلى 8 مدنيين"
               "ارتفاع", "وارتفاع", "بارتفاع"})


def _count_after(toks: list[Token], i: int, lex: Lexicons) -> int | None:
    """The count introduced right after a casualty word at i-1."""
    j = i
    # skip "ما لا يقل عن", "نحو", "أكثر من", "حوالي"
    while j < len(toks) and j < i + 4 and toks[j].norm in {"ما", "لا", "يقل", "عن", "نحو",
                                                           "اكثر", "من", "حوالي", "قرابه",
                                                           "فيه", "فيها", "فيهما"}:  # "قتل فيها 4"
        j += 1
    if j < len(toks) and any(s in VAGUE for s in stems(toks[j].norm)):
        return None
    num = _number_at(toks, j, lex)
    if num:
        return num[0] + _more_after(toks, num[1] + 1, lex)
    if j < len(toks):
        word = toks[j].norm
        forms = set(stems(word))
        after = _number_at(toks, j + 1, lex)
        if not after and j + 2 < len(toks) and toks[j + 1].norm.endswith(_NISBA_ENDS) \
                and toks[j + 2].norm in _TWO_AFTER and word.endswith(("ين", "ان")):
            # "مقتل عسكريين تركيين اثنين" (AFP, snn-2015-07-26-0207): the dual, its
            # nationality, then "two"
            after = (2, j + 3)
        if after and not _DIGITS.match(toks[j + 1].norm) and not forms & (INJURY_WORDS | KILL_WORDS) \
                and not (toks[j + 1].norm.startswith("و") and not toks[j + 1].norm.startswith("واحد")
                         and forms & (VICTIM_SINGULAR | VICTIM_DUAL)):
            # "إصابة مدنيين اثنين": the number word follows the noun (not "استشهاد ضابط وأربعة
            # جنود": a count after "و" adds victims of its own to the one noun, five in all)
            return after[0]
        if forms & VICTIM_DUAL:
            return 2 + _more_after(toks, j + 1, lex)
        if word.endswith(("ين", "ان")) and any(toks[x].norm in _ONE_OF_THE_TWO
                                              for x in range(j + 1, min(j + 3, len(toks)))):
            # "إصابة مقيمين أحدهما من الجنسية الباكستانية والآخر هندي": "one of the two" after an
            # "-ين" noun ("مقيمين" is a plural as often) tells it is a dual
            return 2
        if word.lstrip("و") in _ONE_OF and j + 1 < len(toks) \
                and toks[j + 1].norm.removeprefix("ال").startswith(_PEOPLE_STEMS):
            # "one of" the people after it: "ما أدى إلى تعرض أحد أفراد الدورية لإصابة" (Bahrain's
            # police, 2015), "استشهاد أحد المجاهدين" (not "أصيب أحد مولدات الكهرباء"; "أحد عشر"
            # is read as 11 above)
            return 1 + _more_after(toks, j + 2, lex)
        if forms & VICTIM_SINGULAR or j == i and word in _ONE_OFFICIAL:
            # ("مقتل والي ولاية غرب دارفور", "قتل محافظ ...": the one holder of an office)
            return 1 + _more_after(toks, j + 1, lex)
        if word in _ONE_OF_THEM:
            return 1  # "أطلقوا النار على راعيي أغنام، ما أدى إلى مقتل أحدهما وإصابة الآخر"
    return None


def _count_before(toks: list[Token], i: int, lex: Lexicons) -> int | None:
    """The victims counted right before a passive kill verb at i: a dual
    noun, or a number and its noun ("ثلاثة جنود قتلوا")."""
    if i < 1:
        return None
    if i > 3 and toks[i - 1].norm == "الاقل" and toks[i - 2].norm == "علي" \
            and toks[i].norm in PLURAL_KILL_VERBS | PLURAL_INJURY_VERBS:
        # "أن 5 عناصر على الأقل قتلوا": the count before "at least", which the plural verb
        # agrees with (not "استهدفت ثلاث سيارات على الأقل وقتلت عدة أشخاص": the cars hit)
        return _count_before(toks[:i - 2] + toks[i:], i - 2, lex)
    if i > 1 and toks[i - 1].norm.endswith(("يين", "يان")) and set(stems(toks[i - 2].norm)) & VICTIM_DUAL:
        return 2  # "جنديين ماليين قتلا": the dual, then its nationality
    if set(stems(toks[i - 1].norm)) & VICTIM_DUAL:
        return 2
    if set(stems(toks[i - 1].norm)) & VICTIM_SINGULAR and not (i > 1 and _number_at(toks, i - 2, lex)) \
            and not toks[i].norm.endswith(("وا", "ا")):
        return 1  # "إن شخصا قتل" (a singular verb: "من بينهم قيادي، قتلوا" counts more)
    if i > 1 and toks[i - 1].norm.endswith("يا") and set(stems(toks[i - 2].norm)) & VICTIM_SINGULAR \
            and not (i > 2 and _number_at(toks, i - 3, lex)) and not toks[i].norm.endswith(("وا", "ا")):
        return 1  # "إن عسكريا تركيا قتل وجرح اثنان آخران": one, and his nationality
    if toks[i].norm in _ONE_KILLED and i + 1 < len(toks) and toks[i + 1].norm in _BY_THE_ACT and any(
            toks[x].norm.removeprefix("و") in _TITLED_ONE for x in range(max(0, i - 7), i - 1)) and not any(
            _number_at(toks, x, lex) or set(stems(toks[x].norm)) & (VICTIM_DUAL | KILLED_NOUNS)
            for x in range(max(0, i - 7), i)):
        # "أن العضو البارز ... في تنظيم القاعدة والقيادي في جماعة خراسان محسن الفضلي قتل في
        # ضربة جوية" (snn-2015-07-22-1853): one titled man, named, killed by the act after "في"
        return 1
    for k in (i - 2, i - 1):
        if k > 0 and toks[k].norm.startswith("واحد") and not set(stems(toks[k - 1].norm)) & VICTIM_SINGULAR:
            # "أن ثمانية أشخاص من أسرة واحدة قتلوا": "one" describes the family, the count is
            # before it (not "شخص واحد قتل": one victim)
            continue
        num = _number_at(toks, k, lex) if k >= 0 else None
        if num and num[1] in (i - 1, i) and not (k == i - 2 and _number_at(toks, i - 1, lex)):
            return num[0]
    if i > 2 and toks[i - 1].norm in _OTHERS_PLURAL and toks[i].norm in PLURAL_KILL_VERBS | PLURAL_INJURY_VERBS \
            and not _number_at(toks, i - 2, lex) and (num := _number_at(toks, i - 3, lex)) and num[1] == i - 2:
        return num[0]  # "أن 38 شخصا آخرين اصيبوا بجروح": the count, its noun, "others", the verb
    # "13 عنصرا من الحوثيين لقوا مصرعهم": a number, its noun, "من" and the side
    for k in range(i - 3, max(-1, i - 7), -1):
        num = _number_at(toks, k, lex)
        if not num:
            continue
        of = next((x for x in (num[1], num[1] + 1) if x < i and toks[x].norm == "من"), None)
        if of is not None and i - of <= 4:
            return num[0]
    return None


# one titled man, then his name, then the singular passive "قتل" and the act that killed him
_ONE_KILLED = _n({"قتل"})
_ONE_OFFICIAL = _n({"والي", "محافظ"})
_BY_THE_ACT = _n({"في", "بغاره", "بضربه", "جراء", "اثر", "خلال", "بقصف"})
_TITLED_ONE = _n({"القيادي", "العضو", "الزعيم", "القائد", "الامير", "المسؤول", "الناطق", "المتحدث"})
_KILL_VERB_THEN_WOUND = _n({"قتل", "وقتل"})
_EXPOSED = _n({"تعرض", "تعرضت", "تعرضا", "تعرضوا", "وتعرض", "وتعرضت", "وتعرضا", "وتعرضوا"})


def _exposed_count(toks: list[Token], i: int, lex: Lexicons) -> int | None:
    """"تعرّض (7) سبعة من رجال حرس الحدود للإصابة", "نتج عن ذلك تعرض اثنين من رجال
    الأمن للإصابة": the wounded counted after "تعرض", their wound after them
    (the Saudi interior ministry's wording, 2015)."""
    for x in range(i - 1, max(-1, i - 9), -1):
        if toks[x].norm in _EXPOSED:
            return _count_after(toks[:i], x + 1, lex)
    return None


def _since_tally(toks: list[Token]) -> tuple[int, int] | None:
    """"ليرتفع عدد قتلى أفراد قوات الأمن التركية منذ 20 يوليو الماضي إلى 21 قتيلا": a toll
    raised "since" a day is a running tally of many acts, not this one's: its span
    (the update verb to the count's noun after "إلى")."""
    for u, tok in enumerate(toks):
        if tok.norm not in TOLL_RISE_WORDS:
            continue
        since = next((x for x in range(u + 1, min(u + 9, len(toks))) if toks[x].norm == "منذ"), None)
        to = None if since is None else next(
            (x for x in range(since + 1, min(since + 8, len(toks))) if toks[x].norm == "الي"), None)
        if to is not None:
            return u, min(to + 3, len(toks))
    return None


def find_casualties(toks: list[Token], lex: Lexicons) -> Casualties:
    if (tally := _since_tally(toks)) is not None:
        return find_casualties(toks[:tally[0]] + toks[tally[1]:], lex)
    killed: int | None = None
    injured: int | None = None
    combined = -1  # the token of "وإصابة" in "مقتل وإصابة 44": its count is both, so neither
    for i, tok in enumerate(toks):
        # "سقوط شهيدين", "قتيلان و3 جرحى": the dead as a dual noun are two
        if tok.norm.lstrip("و") in DEAD_DUAL and killed is None and not (i and _number_at(toks, i - 1, lex)):
            killed = 2
            continue
        if tok.norm.lstrip("وب") in HURT_DUAL and injured is None and not (i and _number_at(toks, i - 1, lex)):
            injured = 2
            continue
        if i == combined or tok.norm not in _TOLL_FORMS:
            continue
        if tok.norm in VICTIMS_OF_IT:
            if killed is None and i and toks[i - 1].norm in _WENT:
                killed = _count_after(toks, i + 1, lex)
            continue
        forms = set(stems(tok.norm))
        if forms & COMBINED_KILL_NOUNS and i + 1 < len(toks) and toks[i + 1].norm.startswith("و") \
                and INJURY_WORDS.intersection(stems(toks[i + 1].norm[1:])) \
                and not (i and _number_at(toks, i - 1, lex) and _number_at(toks, i + 2, lex)):
            # (but "سقوط تسعة قتلى وإصابة 24 آخرين": two counts)
            # "مقتل وإصابة 44 يمنيا", "استشهاد وإصابة 22", "20 قتيلا وجريحا": one total of the
            # dead and the wounded together, which is neither count
            combined = i + 1
            continue
        if tok.norm in _KILL_VERB_THEN_WOUND and i + 1 < len(toks) and toks[i + 1].norm.startswith("و") \
                and INJURY_WORDS.intersection(stems(toks[i + 1].norm[1:])) and _count_before(toks, i, lex) is None:
            # "قتل وجرح نحو 30 عنصرا", "كما قتل وأصيب ستة من أفراد المقاومة": the two verbs
            # with the count after both are one total, as "مقتل وإصابة 44" is (not "إن شرطيا
            # قتل وأصيب ثلاثة آخرون": the dead counted before the verb)
            combined = i + 1
            continue
        # "4 قتلى", "سبعة جرحى": number before the noun
        if forms & (KILLED_NOUNS | INJURED_NOUNS) and i > 0:
            k = i - 1
            if toks[k].norm in {"من", "بين"}:
                k -= 1
            num = None
            if k >= 0 and _DIGITS.match(toks[k].norm):
                num = _int(toks[k].norm)
            elif k >= 0:
                m = lex.numbers.match_at(toks, k)
                num = m.value if m else None
            if num is not None:
                if forms & KILLED_NOUNS and killed is None:
                    killed = num
                elif forms & INJURED_NOUNS and injured is None:
                    injured = num
                continue
        if tok.norm.lstrip("و") in _ONE_DEAD and killed is None and not (i and (
                _number_at(toks, i - 1, lex) or toks[i - 1].norm == "من")):
            killed = 1  # "قتيل وتسعة جرحى بقصف صاروخي": one dead (not "أكثر من قتيل"), not the nine after
            continue
        if forms & _KILL_ONLY and killed is None:
            # "إن خمسة جنود قُتلوا وإن ستة آخرين أصيبوا": a plural verb agrees with
            # the count before it (a verb before its subject stays singular)
            before_first = bool(forms & PLURAL_KILL_VERBS)
            if before_first:
                killed = _count_before(toks, i, lex)
            if killed is None:
                killed = _count_after(toks, i + 1, lex)
            if killed is None and forms & KILLED_AFTER_COUNT and not before_first:
                killed = _count_before(toks, i, lex)  # "شخصين قتلا", "ثلاثة جنود قتلوا"
        elif forms & INJURY_WORDS and injured is None:
            if forms & PLURAL_INJURY_VERBS:
                injured = _count_before(toks, i, lex)  # "وإن ستة آخرين أصيبوا"
            if injured is None:
                injured = _count_after(toks, i + 1, lex)
            if injured is None and tok.norm.startswith("ل"):
                injured = _exposed_count(toks, i, lex)
    # "ليرتفع عدد الشهداء إلى 15", "ارتفعت حصيلة القتلى إلى 42": the updated toll
    for i, tok in enumerate(toks):
        if tok.norm in TOLL_RISE_WORDS:
            to = next((x for x in range(i + 1, min(i + 7, len(toks))) if toks[x].norm == "الي"), None)
            if to is None:
                # (further on only when the count's own noun follows it: "ارتفاع حصيلة ضحايا تفجير كنيسة
                # مار إلياس إلى 25 قتيلا"; not "ارتفاع عدد شهداء العدوان على مخيم نور شمس إلى 14", a
                # campaign's toll told before its story)
                to = next((x for x in range(i + 7, min(i + 10, len(toks))) if toks[x].norm == "الي"
                           and (n := _number_at(toks, x + 1, lex)) and n[1] < len(toks)
                           and toks[n[1]].norm in KILLED_NOUNS | INJURED_NOUNS), None)
            num = _number_at(toks, to + 1, lex) if to is not None else None
            if num is not None:
                words = {s for x in range(i + 1, to) for s in stems(toks[x].norm)}
                if words & (KILLED_NOUNS | KILL_WORDS | _n({"الشهداء", "القتلى", "الضحايا", "الوفيات"})):
                    return Casualties(num[0], injured, updated="fatalities")
                if words & (INJURED_NOUNS | INJURY_WORDS | _n({"الجرحى", "المصابين"})):
                    return Casualties(killed, num[0], updated="injured")
    return Casualties(killed, injured)
