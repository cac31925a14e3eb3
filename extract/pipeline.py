"""The extractor: Article -> Extraction (cleaned text + incident records).

    Extractor(gazetteer=None, lexicons=None).extract(article) -> Extraction

Stages: clean the page (extract/clean.py), cheap prefilter (most news has
no violent event: one regex decides before any tokenisation), sentences with
a trigger -> clause analysis (extract/frames.py) -> merging and filling
(extract/assemble.py). Resources are passed in; defaults load from data/.
"""
from __future__ import annotations

import gc
import itertools
import re

from .assemble import Assembler
from .casualties import Casualties, find_casualties
from .clean import clean_article
from .confidence import with_genre
from .dates import parse_published
from .frames import FLASH_HEAD, ClauseAnalyser, sentences
from .genre import GenreClassifier
from .lexicon import Lexicons
from .normalize import normalize_word, tokens, unfold_presentation_forms
from .places import PlaceRef
from .record import Article, Extraction
from .seafix import place_at_sea
from .stemtrie import _trie_pattern, _trie_regex

# "وقد نتج عن ذلك: استشهاد العريف ...، كما تعرّض (7) سبعة من رجال حرس الحدود
# للإصابة" (the Saudi interior ministry's statements, 2015): a sentence that opens
# by pointing back at the act told right before gives that act's toll, and who its
# dead were when the act's own clause said nothing of them (ranks, border guards)
_RESULT_OF_THAT = re.compile(r"\s*(?:وقد|فقد|و)?\s*(?:نتج|نجم|أسفر|اسفر|أدى|ادى)\s*(?:عن|إلى|الى)?\s*ذلك\b")
# "وتقع المواقع العراقية في قضاء القائم، بينما تقع المواقع السورية في منطقة البوكمال": where the sites
# an act told just before with no town hit lie (a sentence with no act of its own)
_SITES_LIE_IN = re.compile(r"(?:^|[\s،,])[وف]?(?:تقع|يقع)\s+(?:[وف]?ال)?"
                           r"(?:مواقع|موقع|أهداف|اهداف|مقرات|مقر|مخازن|مستودعات|منشآت|منشات|معسكرات|معسكر)\b")
# "أحبطت المنطقة العسكرية الشرقية محاولة تسلل ... قرب منطقة الرويشد. وأضاف المصدر أن قوات حرس
# الحدود طبقت قواعد الاشتباك، ما أدى إلى مقتل 27 مهرباً": the source's next sentence goes on
# with the same story, so an act it tells with no place of its own is where the lead said
_SOURCE_GOES_ON = re.compile(r"\s*و(?:أضاف|اضاف|أوضح|اوضح|بين|بيّن|تابع)\s+(?:ال)?(?:مصدر|بيان|ناطق|متحدث)")
# "اعترضت الدفاعات سبعة صواريخ باليستية أطلقتها الميليشيا. وأوضح أن ثلاثة من الصواريخ كانت
# متجهة نحو الرياض، وصاروخاً باتجاه خميس مشيط، وآخر باتجاه نجران": the next sentence shares the
# fire out among its aims, each "باتجاه X" one more place the act told before was aimed at
_AIMED_AT = re.compile(r"(?:^|\s)(?:باتجاه|بإتجاه|نحو|تجاه)\s")
_AIMED_FIRE = frozenset(("Disrupted weapons use", "Shelling/artillery/missile attack", "Air/drone strike"))
_MISSILE_WORD = re.compile(r"(?:^|\s)[وب]?(?:ال)?(?:صاروخ|صواريخ|مسير|طائر|قذائف|قذيف)")


# Stems of every trigger and weapon noun, in the raw spelling variants, so a
# single search rejects articles (and sentences) with nothing to analyse.
# Deliberately absent: present-tense "يستهدف" alone (mostly generic: "الإرهاب
# يستهدف ..."), and words that count only beside a weapon or another trigger.
# tests/test_lexicons.py checks every other trigger row against it.
_PREFILTER = _trie_regex([
    "قصف", "استهد[فا]", "هجو?م", "هاجم", "غار[ةاته]", "ضرب[ةاته]", "اشتبا?ك", "معارك", "مواجهات",
    "كمين", "تفجير", "انفجار", "اغتيال", "اغتال", "[أاإ]عدم", "قذ[اي]ئف", "قذيف", "مقذوف", "صاروخ", "صواريخ",
    "فجر[تو]", "فجّر[تو]", "[أاإ]طلاق", "[أاإ]طلق", "رصاص", "طلق نار", "[أاإ]نزال جوي", "[أاإ]نزالا جوي",
    # bombings, abductions, raids, storming, burning, interceptions, territory
    "انتحار", "ناسف", "مفخخ", "ملغوم", "عبو[ةا]", "لغم", "[أاإ]لغام", "قنبل", "قنابل", "انفجر",
    "محملة بالمتفجرات", "محملة بالمواد المتفجرة",  # ("شاحنة محملة بالمتفجرات": a vehicle bomb)
    "فجر نفس", "فجر سيارت", "فجر حزام", "فجرت نفس", "يفجر نفس", "تفجر نفس", "يغتال", "تغتال", "فجرا نفس", "فجروا [أا]نفس", "[أاإ]عدام ميدان", "[أاإ]عداما ميدان", "[أاإ]عدموا", "خطف",  # noqa: E501 (Arabic patterns read best on one line)
    "اختطف", "اختطاف", "يختطف", "تختطف", "داهم", "مداهم", "دهمت", "عملية دهم", "اقتحم", "اقتحام", "[أاإ]حرق",
    "[أاإ]حراق", "حرقا", "[أا]ضرم", "اعترض", "اعتراض", "[أاإ]سقط", "[أاإ]سقاط", "تصدت",
    # "وفي حادث مماثل قتل شخص": an incident like the act before it (triggers.csv)
    "حادث مماثل", "حادثة مماثلة", "حادثه مماثله",
    "حرر[تو]", "استول[ىيتو]", "تطهير", "طهرت", "فتح النار", "فتحت النار", "فتحوا النار",
    "نصب كمين", "نصبوا كمين", "النار على", "النار علي", "عملية طعن", "طعن", "اعتد[ىتو]", "اعتداء", "من السيطرة",
    # "تمكنت المقاومة من تحرير مدينة لودر", "نجحت في استعادة السيطرة": ground a side managed to take
    "من تحرير", "من استعادة", "في تحرير", "في استعادة", "في السيطرة",
    # "تمكنت قوات النظام من كسر الحصار الذي يفرضه تنظيم داعش على ...": a siege broken (triggers.csv)
    "من كسر الحصار", "من فك الحصار",
    # "دخلت القوات ... إلى مركز مدينة عفرين بعد انسحاب مقاتلي الوحدات منها" (frames._split_managed_gain)
    "بعد انسحاب",
    # "انتزعت وحدات حماية الشعب السيطرة على بلدة صرين" (the triggers.csv rows beside it)
    "انتزع السيطر", "انتزعت السيطر", "انتزعوا السيطر", "ينتزعون السيطر",
    # "أعلنت إدارة العمليات العسكرية السيطرة الكاملة على مدينة حماة": full control announced
    "السيطر[ةه] الكامل", "السيطر[ةه] التام",
    # "مقتل عنصر إرهابي ... أثناء عملية أمنية": a security operation that killed (frames.py)
    "عملي[ةه] [أا]مني", "عمليات [أا]مني", "عملي[ةه] عسكري",
    # "أعلنت قوات ألوية العمالقة استكمال تحرير مديريات بيحان وعسيلان": completing the capture
    "استكمال تحرير", "استكملت تحرير", "استكمل تحرير", "استكمال تطهير", "استكملت تطهير",
    "عدوان", "بنيران", "قناص", "تحييد", "نزاعا? عشائري", "نزاعا? قبلي",
    # warplanes destroying a building ("دمرت طائرات الاحتلال الحربية برج الجلاء"): triggers.csv
    "دمرت طائرات", "دمرت الطائرات", "دمر الطيران", "دمرت مقاتلات", "دمرت المقاتلات",
    # and named before it ("مقاتلات التحالف دمرت عشر آليات": frames._split_air_destroyed; "الطيران
    # الحربي دمّر اليوم رتلاً": the masculine after the air force)
    "دمرت", "حربي دمّ?ر",
    # a body found "killed" ("جثة ... مقتولاً بطلقات نارية")
    "مقتول",
    # SANA's army fire and engagements, and the storming raid ("رمايات مدفعية", "تعاملت معها
    # بالأسلحة المناسبة", "عملية انغماسية")
    "رمايات", "بال[أا]سلحة المناسب", "انغماسي",
    # SANA's retaking: "أعادت وحدات من الجيش ... الأمن والاستقرار إلى مدينة تدمر"
    "ال[أا]من والاستقرار [إا]لى", "ال[أا]من وال[أا]مان [إا]لى",
    # "أعلن الجيش دخول قواته مدينة ود مدني" (triggers.csv)
    "دخول قوات", "دخلت قوات الجيش مدين",
    # "الجيش السوداني يعلن استعادة مدينة ود مدني من قوات الدعم السريع": retaking a place announced
    # (the bare "استعادة" is guarded below: "استعادة العلاقات")
    "علنت? استعادة", "علنوا استعادة",
    # "أعلن الجيش السوداني، أمس السبت، استعادة السيطرة على مدينة ود مدني": the day told between
    "استعادة السيطر",
    # "القضاء على 7 عناصر إرهابية", "قضت على إرهابيين اثنين" (only before militants: frames.py)
    "القضاء على", "قضت على", "قض[ىي] على", "قضوا على",
    # gunmen killing people ("قتل مسلحون", "مقتل 43 مزارعاً على يد مسلحين": frames.py)
    "قتل مسلح", "يد مسلح", "[أا]يدي مسلح",
    # a side named before its kill and the count it killed ("مسلحين ... قتلوا 43 مزارعاً": frames.py)
    "قتلت [0123456789]", "قتلوا [0123456789]"],
    # "دكت القوات الجوية تجمعاتهم" (pounded; not "الدكتور": the guard)
    guarded={"سيطر": "ةه", "استعاد": "ةه", "دكت": "و", "دكّت": "و", "دكوا": "ـ", "دكّوا": "ـ"})
_HEADLINE_PRESENT = re.compile(r"[^\n.!?؟]*?(?<![\w])[وف]?[يت]ستهدف")
# A sentence is analysed only if it also names a side, a weapon or a site:
# most trigger words in general news ("هجوم" on a policy) come without one.
_CONTEXT = _trie_regex([
    "قو[اي]ت", "جيش", "مي?لي?شي", "داعش", "تنظيم", "تحالف", "حوثي", "مسلح", "فصائل", "حزب الله",
    "الحرس", "النظام", "طائر", "طيران", "مقاتلات", "قذ[اي]", "مقذوف", "صاروخ", "صواريخ", "غار[ةا]",
    "مسي?ر[ةا]", "مدفع", "هاون", "عبو[ةا]", "لغم", "مفخخ", "حقل", "قاعد[ةت]", "قواعد", "مطار",
    "معسكر", "مدني", "[أا]هالي", "عناصر", "جنود", "جندي", "[إا]سرائيل", "الاحتلال", "روسي", "ترك",
    "[أا]مريك", "[أا]ميرك", "[إا]يران", "قسد", "المعارضة", "الشرطة", "الأمن",
    # unnamed attackers and victims, the means of bombings, the region's named groups
    "مجهول", "[أا]شخاص", "شخصا", "مواطن", "انتحار", "ناسف", "ملغوم", "قنبل", "مقاتل", "متشدد",
    "متطرف", "[إا]رهابي", "طالبان", "حماس", "بوكو", "النصرة", "البيشمركة", "الحشد الشعبي",
    "حركة الشباب", "كتائب", "سرايا", "شرطي", "ضابط", "مسجد", "مصلين", "ركاب",
    # a toll names the harm when no side is named ("قتل شخص ... في اشتباكات بين قبيلتين")
    "شخص ", "شخص.", "شخصان", "شخصين", "قتلى", "قتيل", "جرحى", "مصرع", "مقتل", "قبيل", "صحفي",
    "مهندس", "فصيل", "كنيس", "مستوطن", "مستعمر",
    # a child or a woman as the one hit, and war remnants as the means ("قُتل طفل ... جراء انفجار
    # جسم من مخلفات الحرب")
    "طفل", "[أا]طفال", "امر[أا][ةه]", "سيد[ةه]", "مخلفات",
    # strikes as the means, as "غارة" is ("شملت الضربات ... مواقع في مدينتي البوكمال والميادين"),
    # and an air bombardment ("جراء قصف جوي استهدف الكلية العسكرية")
    "ضربات", "قصفا? جوي", "القصف الجوي",
    # the two sides told before ("مواجهات مماثلة اندلعت مساء أمس بين الطرفين")
    "الطرفين",
    # Yemeni and Gulf outlets' names for the sides
    "انقلابي", "متمرد", "مقاوم", "ثوار",
    # the named brigades and services of Libya's and Yemen's wars ("بين اللواء 444 قتال وجهاز
    # الردع", "ألوية العمالقة", "قوات الانتقالي" is caught by "قوات" already)
    "لواء", "[أا]لوية", "كتيبة", "جهاز", "العمالقة", "الانتقالي", "الحزام الأمني",
    # a convoy as the one hit ("وكان رتل ثالث قد تعرض لهجوم مماثل على الطريق السريع قرب الناصرية")
    "رتل", "[أا]رتال", "قافل",
    # the drone with its shadda ("استهدفت مسيّرة معادية دراجة نارية": the text keeps its marks),
    # and Lebanese and Palestinian outlets' "the enemy" for the other side ("الطيران الحربي المعادي")
    "مسيّر[ةا]", "معادي", "العدو",
    # Israel by the names its foes' outlets give it ("الكيان الصهيوني شن عدواناً على مواقع عسكرية"),
    # and the air defences that met the fire
    "الكيان", "صهيون", "الدفاع الجوي", "الدفاعات"])
# (substring tests in C: a regex opening with [إا] was tried at every alef of the text)
# "كما اندلعت اشتباكات في مدينة الأبيض", "بأن اشتباكات اندلعت أيضاً في مدينة الأبيض": fighting told
# as "also" names no side because its sides are the article's (assemble gives them)
_ALSO_FIGHT_OPEN = re.compile(r"\W*و?كما\s+(?:\S+\s+){0,2}?(?:اشتباكات|مواجهات|معارك)(?!\S)")  # (.match)
_ALSO_FIGHT = re.compile(r"(?<!\S)(?:اشتباكات|مواجهات|معارك)\s+(?:\S+\s+)?[اأ]يض[اًً]+(?![\u0621-\u064a])")
_IRAN = ("ايران", "إيران")
# "ميليشيا قسد", 'ميليشيا "قسد"': the side a text calls a militia (singular, as its bare "الميليشيا")
_CALLED_MILITIA = re.compile(r"(?<![\w])[وبل]?مي?ليشيا\s+[«\"“]?([^\s\"»”.،,]+(?:\s+[^\s\"»”.،,]+)?)")
# a police word and the words after it, where a nationality names whose police it is
_POLICE_NAMED = re.compile(r"(?<![\w])[وفبل]?(?:ال)?شرط[ةه](?:\s+[^\s.،,:]+){1,3}")
# A report this short (a wire flash, a headline, one sentence) keeps its act
# even when it names no town: the country, or no place, is all it gives.
SHORT_REPORT_SENTENCES = 2
SPORTS_THRESHOLD = 3  # distinct sports words that make an article a sports report
_LETTER_CLASSES = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}


def _variants(norm: str) -> str:
    """A regex for every spelling of a normalised word (أ/إ/آ/ا, ى/ي, ة/ه)."""
    return "".join(_LETTER_CLASSES.get(c, re.escape(c)) for c in norm)


_SPORTS_CLITICS = ("و", "ف", "ب", "ل", "ال", "وال", "بال")  # a sports word may carry one
_WORD_RUN = re.compile(r"\w+")


def _written_forms(words) -> frozenset[str] | None:
    """Every written form _sports_re matches: a clitic of _SPORTS_CLITICS or
    none, then each spelling of a word (أ/إ/آ/ا, ى/ي, ة/ه); None when a word
    is not one word run (a phrase: the regex decides)."""
    forms: set[str] = set()
    for w in words:
        if not _WORD_RUN.fullmatch(w):
            return None
        options = [_LETTER_CLASSES[c][1:-1] if c in _LETTER_CLASSES else c for c in w]
        forms.update("".join(p) for p in itertools.product(*options))
    return frozenset(c + f for c in ("", *_SPORTS_CLITICS) for f in forms)


def _norm_hit(word: str) -> str:
    w = normalize_word(word)
    for p in ("وال", "بال", "ال", "و", "ف", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


# words of sports.csv that war news uses too ("تدمير 89 هدفا", "بهدف", "الاتحاد الأوروبي",
# "حركة الشباب", "الفريق" the general's rank; "الملعب", a stadium fought over or held as a base:
# "القطعات العسكرية ... في مناطق الشقق السكنية والملعب غرب الرمادي"): they count only beside one
# that is only sport's
SPORTS_AMBIGUOUS = frozenset(_norm_hit(w) for w in (
    "هدف", "هدفا", "أهداف", "الاتحاد", "الشباب", "النصر", "الهلال", "الفريق", "الأهلي", "بطولة", "البطولة",
    "كأس", "نادي", "النادي", "جماهير", "حارس", "الملعب"))


_frozen = False


def _freeze_resources() -> None:
    """Take what is alive once the first extractor is built (the gazetteer's places, the
    lexicons' indexes, the compiled patterns: some 80,000 objects that live as long as the
    process and never become garbage) out of the collector's generations: every full
    collection walked them again (over the corpus the collector's time falls from 0.77 s to
    0.30 s, 1.7% of the extraction). Once per process, after a collection, so no garbage is
    kept for good; what is made later is collected as before."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()


class Extractor:
    def __init__(self, gazetteer=None, lexicons: Lexicons | None = None,
                 site_operators: dict[str, str] | None = None, genre: GenreClassifier | None = None):
        if gazetteer is None:
            from .gazetteer import Gazetteer
            gazetteer = Gazetteer.load()
        self.gazetteer = gazetteer
        self.lexicons = lexicons or Lexicons.load()
        self.analyser = ClauseAnalyser(self.lexicons, gazetteer)
        self.assembler = Assembler(site_operators)
        self.genre = genre or GenreClassifier.load()  # opinion, history, statements: extract/genre.py
        # one regex over the raw text: tokenising a whole article to count a
        # few football words cost more than the rest of the extraction
        alt = _trie_pattern([_variants(w) for w in self.lexicons.sports])
        self._sports_re = re.compile(rf"(?<![\w])(?:{'|'.join(_SPORTS_CLITICS)})?(?:{alt})(?![\w])")
        # The same test as a set of written forms: the regex only matches whole
        # \w runs, so C's findall of the runs and a set lookup per run find the
        # same words, without trying the pattern at every character (lexicon
        # rows of one word; a row with a space or a mark keeps the regex).
        self._sports_forms = _written_forms(self.lexicons.sports)
        _freeze_resources()

    def extract(self, article: Article) -> Extraction:
        raw = article.text or ""
        if article.title and article.title.strip() and article.title.strip()[:40] not in raw[:400]:
            raw = article.title.strip() + "\n" + raw
        cleaned = clean_article(unfold_presentation_forms(raw))
        text = cleaned.text
        published = parse_published(article.published) or parse_published(cleaned.dateline)
        first = _PREFILTER.search(text)
        # a headline's present tense is its past ("المقاومة الإسلامية تستهدف 4 قواعد"):
        # admitted there only, as in the body it is mostly generic ("الإرهاب يستهدف الجميع")
        headline = _HEADLINE_PRESENT.match(text)
        if not first and not headline:
            return Extraction(article=article, cleaned_text=text, incidents=())
        first_at = 0 if headline else first.start()
        mentions = []
        # the article's places so far: resolve() prefers candidates near them
        # ("الفاو" in a Yemen story is not Iraq's al-Faw)
        places_so_far: list = []
        spans = sentences(text)
        short = len(spans) <= SHORT_REPORT_SENTENCES
        for order, span in enumerate(spans):
            if span[1] <= first_at:
                continue  # before the first trigger stem: nothing to search again
            # a headline or a flash is all act: it need not name a side to be read
            found = []
            if ((_PREFILTER.search(text, span[0], span[1]) or (order == 0 and headline)
                 or (FLASH_HEAD.match(text, span[0], span[1]) and _HEADLINE_PRESENT.match(text, span[0], span[1])))
                    and (short or _CONTEXT.search(text, span[0], span[1])
                         or _ALSO_FIGHT_OPEN.match(text, span[0], span[1])
                         or _ALSO_FIGHT.search(text, span[0], span[1]))
                    and not self.genre.is_not_an_act(text, span[0], span[1])):
                found = self.analyser.analyse_sentence(text, span, published, order, places_so_far)
                if found and order and (not mentions or mentions[-1].order < order - 1) \
                        and _SOURCE_GOES_ON.match(text, span[0], span[1]):
                    lead = spans[order - 1]
                    lead_tokens = tokens(text[lead[0]:lead[1]], lead[0])
                    refs = self.analyser.places.find(text, lead_tokens, [], {}, places_so_far)[0] if lead_tokens else []
                    # (not the dateline's town at the lead's head: "عمان 27 كانون الثاني (بترا)-")
                    lead_sites = [r for r in refs if r.role == "target" and text[lead[0]:r.start].strip()]
                    for m in found:
                        if not (m.targets or m.launch or m.attacker_base or m.anaphoric):
                            m.targets = list(lead_sites)
                mentions += found
            if not found and mentions and mentions[-1].order == order - 1 \
                    and mentions[-1].casualties == Casualties() and _RESULT_OF_THAT.match(text, span[0], span[1]):
                result = tokens(text[span[0]:span[1]], span[0])
                mentions[-1].casualties = find_casualties(result, self.lexicons)
                mentions[-1].implied_target = mentions[-1].implied_target or self.analyser._implied_target(
                    result, mentions[-1].casualties, mentions[-1].sub_event_type)
            before = mentions[-1 - len(found)] if len(mentions) > len(found) else None
            if before is not None and before.order == order - 1 and not before.targets \
                    and not before.anaphoric and before.sub_event_type in _AIMED_FIRE \
                    and _MISSILE_WORD.search(text, span[0], span[1]) \
                    and len(_AIMED_AT.findall(text, span[0], span[1])) >= 2 \
                    and not any(m.targets for m in found):
                # (the aims listed, with no act of their own placed there: the act before them)
                ct = tokens(text[span[0]:span[1]], span[0])
                refs, _ = self.analyser.places.find(text, ct, [], {}, places_so_far)
                # (only a place right after an aim word: "مشيراً إلى أنها أطلقت من محافظة صعدة" is
                # where the fire came from)
                aimed = [m.end() for m in _AIMED_AT.finditer(text, span[0], span[1])]
                aims = [r for r in refs if r.role == "target" and any(0 <= r.start - e <= 20 for e in aimed)]
                if len(aims) >= 2:
                    before.targets = aims
            if not found and mentions and mentions[-1].order == order - 1 and not mentions[-1].targets \
                    and not mentions[-1].anaphoric and (lie := _SITES_LIE_IN.search(text, span[0], span[1])):
                ct = tokens(text[span[0]:span[1]], span[0])
                refs, _ = self.analyser.places.find(text, ct, [], {}, places_so_far)
                mentions[-1].targets = [r for r in refs if r.role == "target" and r.start > lie.start()]
        if not mentions or not short and not any(m.targets or m.launch or m.attacker_base for m in mentions):
            # (the assembler places every incident at a place a clause found, a mention's target,
            # launch or attacker base; only a short report falls back on the country it names. A
            # longer article none of whose acts is placed assembles nothing: a third of the
            # articles with an act, whose assembling cost 1% of the corpus run)
            return Extraction(article=article, cleaned_text=text, incidents=())
        # "المواجهات بين مقاتلي العشائر وميليشيا "قسد" ... قصفت الميليشيا أحياء سكنية": the bare
        # "militia" of an outlet that calls one side so is that side, before the Iran-aligned ones
        militia_default = self._called_militia(text) or (
            "Iran-backed militias" if any(map(text.__contains__, _IRAN)) else None)
        incidents = self.assembler.assemble(article.article_id, text, mentions, published,
                                            militia_default, short_report=short,
                                            named_police=self._named_police(text, mentions),
                                            country=self._country_named(text) if short and mentions else None)
        if incidents:  # "على بعد 50 ميلاً بحرياً جنوب غربي عدن": the spot of an act at sea
            incidents = place_at_sea(incidents, text, self.gazetteer)
        # a sports report's "هجوم" and "صاروخية" are play: asked only of an article whose
        # acts assembled into incidents (the scan of its whole text cost 5% of the corpus
        # run; asked before assembling, of every article with an act, 2%). Assembling is
        # pure, so assembling a sports report's acts and then dropping them changes nothing.
        if incidents and self._is_sports(text):
            return Extraction(article=article, cleaned_text=text, incidents=())
        if incidents:  # the genre matters only to an article that reports something
            genre = self.genre.classify(article.title, text)
            # an opinion column, an "on this day" page, a market report: nothing
            incidents = [] if genre.skip else with_genre(incidents, genre, self.genre)
        return Extraction(article=article, cleaned_text=text, incidents=tuple(incidents))

    def _called_militia(self, text: str) -> str | None:
        """The one side the text calls "ميليشيا X" in the singular ("ميليشيا قسد"), if one."""
        if "ليشيا" not in text:
            return None
        sides = set()
        for m in _CALLED_MILITIA.finditer(text):
            # (the name after the word, or the word and the name together where the lexicon names
            # the pair: "ميليشيا أسد", the opposition outlets' name for the regime's forces, whose
            # "أسد" alone names no side; so their bare "الميليشيا" is the regime's)
            called = m.group(0)[m.group(0)[0] in "وبل":]  # (past its clitic)
            for toks in (tokens(m.group(1)), tokens(called)):
                sides |= {a.value for a in self.lexicons.actors.find(toks) if a.i == 0 and not a.value.startswith("_")
                          and a.value not in ("Unknown", "Civilians")}
        return next(iter(sides)) if len(sides) == 1 else None

    def _named_police(self, text: str, mentions) -> str | None:
        """The one state's police the article names with its nationality ("الشرطة
        الاسرائيلية"), when a clause implies a police target ("جرح عدد من الشرطيين"):
        that police is the one named, wherever the act took place (East Jerusalem's
        police is Israel's, though the gazetteer puts the city in Palestine). (Not the
        bare "قوات الأمن" a clause names: in a Turkish ministry's statement on Syria,
        "القوات الأمنية" are not always Turkey's.)"""
        if not any(m.implied_target == "police" for m in mentions):
            return None
        named = set()
        for hit in _POLICE_NAMED.finditer(text):
            for m in self.lexicons.actors.find(tokens(hit.group(), hit.start())):
                if not m.value.startswith("_") and m.value not in ("Unknown", "Civilians"):
                    named.add(m.value)
        return named.pop() if len(named) == 1 else None

    def _country_named(self, text: str) -> PlaceRef | None:
        """The first country a short report names ("في جنوب العراق",
        "الشرطة الكينية" names none: the actor's country fills it later)."""
        if self.gazetteer is None or not hasattr(self.gazetteer, "mentions"):
            return None
        for pm in self.gazetteer.mentions(text):
            place = next((c for c in pm.candidates if getattr(c, "kind", "") == "country"), None)
            if place is not None:
                return PlaceRef(place, text[pm.start:pm.end], pm.start, pm.end, 3, "target")
        return None

    def _is_sports(self, text: str) -> bool:
        forms = self._sports_forms
        if forms is None:
            hits = {_norm_hit(m.group()) for m in self._sports_re.finditer(text)}
        else:
            # (the distinct word runs in the forms, intersected in C: a Python test per word was 2%)
            hits = set(map(_norm_hit, forms.intersection(_WORD_RUN.findall(text))))
        return len(hits) >= SPORTS_THRESHOLD and not hits <= SPORTS_AMBIGUOUS
