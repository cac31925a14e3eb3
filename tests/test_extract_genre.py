"""extract/genre.py (is an article news of an act?) and extract/confidence.py
(weighed evidence -> a calibrated probability), on real titles and sentences
of SaudiNewsNet (2015) and on the dev set's articles."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from extract.clean import clean_article
from extract.confidence import DEFAULT_MIN_CONFIDENCE, SIGNAL_WEIGHTS, Signals, confidence_of, shifted, with_genre
from extract.genre import NEWS, Genre, GenreClassifier
from extract.record import Article, Evidence, Incident

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev"
# A short body: too few words to judge the writer's voice, so the title decides.
BODY = "وقال مصدر أمني أمس إن التحقيقات مستمرة."


@pytest.fixture(scope="module")
def genre() -> GenreClassifier:
    return GenreClassifier.load()


@pytest.mark.parametrize("title,kind", [
    ("مفتي مصر يدين التفجير الإرهابي لمسجد قوات الطوارئ بأبها", "statement"),
    ("قبائل الحكامية تستنكر حادث تفجير مسجد طوارئ عسير", "statement"),
    ("عسير تودع شهداء مسجد الطوارئ", "mourning"),
    ("لقطات مؤثرة أثناء تشييع شهداء تفجير مسجد طوارىء عسير", "mourning"),
    ("الكويت تبدأ محاكمة 5 سعوديين متهمين بتفجير “مسجد الصادق”", "trial"),
    ("عام / اهتمامات الصحف التونسية", "roundup"),
    ("مقتل 3042 من داعش والنصرة جراء غارات التحالف خلال 10 أشهر", "statistics"),
    ("سورية: مقتل 3042 من داعش والنصرة خلال عشرة أشهر", "statistics"),
    ("أسود يزداد قتامة.. تاريخ استهداف الإرهاب للمساجد والمعابد", "anniversary"),
    # news of an act, even with a court or a "tight" plan in the title
    ("مصر: إصابة 3 في انفجار أمام المحكمة", "news"),
    ("العميد الركن صالح حسن: لدينا خطة عسكرية محكمة لتحرير أبين وشبوة", "news"),
    ("مقتل 33 مسلحاً من داعش بانفجار سيارة مفخخة بالموصل", "news"),
    ("الحوثيون يقصفون مخازن احتياطي النفط والغاز في تعز", "news"),
])
def test_titles_that_say_the_act_is_not_the_news(genre, title, kind):
    g = genre.classify(title, title + "\n" + BODY)
    assert g.kind == kind and not g.skip
    assert (g.penalty > 0) == (kind != "news")


def test_a_one_sentence_report_has_no_title_words(genre):
    """SaudiNewsNet snn-2015-07-26-0098: a clash on the anniversary of an old
    event. Without a title, a long first line is a sentence, not a headline:
    its "ذكرى" does not make the report an anniversary piece."""
    text = ("وقعت مواجهات اليوم (الاحد) بين فلسطينيين ملثمين والشرطة الاسرائيلية التي استخدمت قنابل الصوت "
            "في ساحة المسجد الاقصى بالقدس في الذكرى السنوية لما يصفه اليهود بأنه \"ذكرى خراب الهيكل\"")
    assert genre.classify(None, text) == NEWS
    assert genre.classify("ذكرى خراب الهيكل", text).kind == "anniversary"


def test_on_this_day_pages_are_skipped(genre):
    """SaudiNewsNet (dev snn-2015-07-21-651): a history column."""
    text = ("\"الاقتصادية\" تنشر أهم الأحداث التي وقعت ودونتها سجلات التاريخ في مثل هذا اليوم الموافق "
            "للعشرين من شهر يوليو (تموز) على النحو التالي : 1951 - اغتيال العاهل الاردني الملك عبدالله "
            "في باحة المسجد الاقصى في القدس.")
    assert genre.classify(None, text) == Genre("history", skip=True, cues=("في مثل هذا اليوم",))


@pytest.mark.parametrize("sentence,protest", [
    # snn-2015-08-10-1065: a sit-in about a killing
    ("نفذ أكثر من ألف شخص اعتصاما عند دوار الزراعة في اللاذقية احتجاجا على قتل سليمان هلال الأسد", True),
    # snn-2015-07-21-0043: police disperse a protest about a bombing
    ("أطلقت الشرطة التركية الغاز المسيل للدموع على عدة آلاف من الأشخاص تجمعوا في إسطنبول للتظاهر "
     "احتجاجًا على التفجير الدامي", True),
    # snn-2015-07-26-0902: an execution is the news, the protest its victims' past
    ("بأن داعش أعدم نحو 50 شخصا من أهالي الفلوجة الذين تظاهروا في شارع 40 أول من أمس", False),
    # snn-2015-07-21-0132: protesters shot by police: the protest's policing (ACLED: Protests)
    ("أصيب متظاهران معارضان للرئيس البوروندي بيار نكورونزيزا برصاص الشرطة مساء أول من أمس في بوجمبورا", True),
    # snn-2015-07-21-0012: "التظاهر بالانفتاح" (pretending), and no act
    ("بدوره، يسعى الرئيس الإيراني حسن روحاني إلى التظاهر بالانفتاح على المنطقة", True),
    # no protest word at all
    ("واستهدف الطيران مواقع وتعزيزات عسكرية في الخط الرابط بين محافظتي قعطبة وإب", False),
])
def test_protest_sentences(genre, sentence, protest):
    assert genre.is_protest_sentence(sentence) is protest


@pytest.mark.parametrize("sentence,game", [
    # snn-2015-07-31-0093: Copa America, not Cuba and America
    ("وكان ميسي قد تعرض لحملة هجوم شديدة بعد خسارة فريقه في مسابقة كوبا أمريكا", True),
    # snn-2015-08-09-0233: a takeover "attack"
    ("الهجوم للاستحواذ على الشركات المُدرجة التي تُعتبر خاصة بالكامل يُمكن أن يكون أمراً محفوفاً بالمخاطر", True),
    # snn-2015-07-24-0707: a stadium blown up is an act
    ("داعش يفجر الملعب الأولمبي في الرمادي", False),
])
def test_game_and_market_sentences(genre, sentence, game):
    assert genre.is_game_sentence(sentence) is game
    assert genre.is_not_an_act(sentence) is game


@pytest.mark.parametrize("sentence,memorial", [
    # snn-2015-07-27-0130: a revolution's anniversary recalls a 1953 attack
    ("ألقى الرئيس الكوبي راؤول كاسترو خطابا في سانتياغو دي كوبا أمس، خلال احتفالات ذكرى مرور 62 عاما "
     "للثورة الكوبية التي انطلقت مع شن مسلحين هجوما على منشأة عسكرية في مونكادا", True),
    # snn-2015-07-26-0098: clashes today, on an anniversary
    ("وقعت مواجهات اليوم (الاحد) بين فلسطينيين ملثمين والشرطة الاسرائيلية التي استخدمت قنابل الصوت في "
     "ساحة المسجد الاقصى بالقدس في الذكرى السنوية لما يصفه اليهود بأنه ذكرى خراب الهيكل", False),
    # snn-2015-07-24-0720: the tenth anniversary of the London bombings
    ("حلت مؤخرا الذكرى العاشرة لهجمات السابع من يوليو (تموز) في لندن، حيث سقط 52 شخصا قتلى عندما فجر "
     "أربعة انتحاريين أجهزة ناسفة في قطارات الأنفاق والحافلات", True),
    # snn-2015-08-11-0157: a shooting yesterday, after days of commemoration
    ("في ختام أيام جرى فيها إحياء الذكرى الأولى لمقتل الشاب الأميركي من أصول أفريقية مايكل براون برصاص "
     "شرطي أبيض، شهدت مدينة فيرغسون الأميركية أعمال عنف أمس مع حصول تبادل لإطلاق النار أصيب خلاله "
     "شخص واحد بجروح خطيرة", False),
])
def test_commemorations(genre, sentence, memorial):
    assert genre.is_memorial_sentence(sentence) is memorial
    assert genre.is_not_an_act(sentence) is memorial


def test_a_classifier_without_cues_calls_everything_news():
    empty = GenreClassifier([])
    assert empty.classify("عسير تودع شهداء مسجد الطوارئ", BODY) == NEWS
    assert not empty.is_protest_sentence("تظاهر آلاف احتجاجا على الغارات")


@pytest.mark.skipif(not (DEV / "articles.jsonl").is_file(), reason="../shared/gold/dev is absent")
def test_dev_set_genres(genre):
    """The dev set's opinion columns and history page are skipped; no article
    with a required gold incident is skipped or penalised."""
    arts = [json.loads(line) for line in (DEV / "articles.jsonl").open(encoding="utf-8")]
    gold = [json.loads(line) for line in (DEV / "gold.jsonl").open(encoding="utf-8")]
    required = {g["article"] for g in gold if not g.get("no_incident") and not g.get("optional")}
    kinds = {a["article_id"]: genre.classify(a["title"], clean_article(a["text"]).text) for a in arts}
    assert {a for a, g in kinds.items() if g.skip} == {
        "snn-2015-07-21-651", "snn-2015-08-10-1111", "snn-2015-08-10-1411"}
    assert all(kinds[a].is_news for a in required)


# -- confidence ----------------------------------------------------------------
STRONG = Signals(attacker="named", target="named", place_precision=1, place_from_earlier=False,
                 explicit_day=True, means_read=True, casualties=True, sentences=3, cited=True,
                 recalled=False)
WEAK = Signals(attacker="unknown", target="none", place_precision=3, place_from_earlier=True,
               explicit_day=False, means_read=False, casualties=False, sentences=1, cited=False,
               recalled=True)


def test_more_evidence_never_lowers_confidence():
    assert confidence_of(WEAK) < DEFAULT_MIN_CONFIDENCE < confidence_of(STRONG)
    # each weighed reading raises it; what weighed nothing once fitted (a cited source,
    # a second sentence) leaves it as it was, and never lowers it
    for field, value in [("attacker", "named"), ("target", "named"), ("explicit_day", True),
                         ("means_read", True), ("casualties", True), ("sentences", 3), ("recalled", False)]:
        assert confidence_of(replace(WEAK, **{field: value})) > confidence_of(WEAK), field
    for field, value in [("cited", True), ("sentences", 2)]:
        assert confidence_of(replace(WEAK, **{field: value})) == confidence_of(WEAK), field
    # the site or town counts when it was read in the act's own clause
    own_place = replace(WEAK, place_from_earlier=False)
    assert confidence_of(replace(own_place, place_precision=1)) > confidence_of(own_place)
    assert confidence_of(replace(WEAK, place_precision=1)) == confidence_of(WEAK)
    # the fitted weights are all positive: no reading counts against an act
    assert all(w > 0 for w in SIGNAL_WEIGHTS.values())


def test_an_act_told_only_in_a_condemnation_is_less_sure(genre):
    """SaudiNewsNet snn-2015-07-31-0737: the act is what Human Rights Watch
    condemns; the same words as a report keep their confidence."""
    condemned = "دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين في اليمن لمناطق سكنية في مدينة عدن الجنوبية"
    reported = "قصف المتمردون في اليمن مناطق سكنية في مدينة عدن الجنوبية"
    assert genre.is_statement_sentence(condemned) and not genre.is_statement_sentence(reported)
    base = Incident(incident_id="x", article_id="a", sources=("a",), event_date=None, date_precision="unknown",
                    event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                    actor1="Houthis", actor2="Civilians", confidence=0.8)
    (lowered,) = with_genre([replace(base, evidence=(Evidence(condemned, 0, len(condemned)),))], NEWS, genre)
    (kept,) = with_genre([replace(base, evidence=(Evidence(reported, 0, len(reported)),))], NEWS, genre)
    assert (lowered.confidence, kept.confidence) == (shifted(0.8, -1.0), 0.8)


def test_genre_penalty_lowers_every_incident():
    incident = Incident(incident_id="x", article_id="a", sources=("a",), event_date=None,
                        date_precision="unknown", event_type="Battles", sub_event_type="Armed clash",
                        actor1="ISIS", actor2=None, confidence=0.8)
    (lowered,) = with_genre([incident], Genre("statement", skip=False, penalty=1.0))
    assert lowered.confidence == shifted(0.8, -1.0) == 0.595
    assert with_genre([incident], NEWS) == [incident]


def test_a_long_text_that_never_reports_is_a_column(genre):
    # the shape of snn-2015-07-21-0553 ("إيران وسايكس ـ بيكو الأقليات"), snn-2015-08-11-0567 ("حتمية
    # النصر") and the other editorials of tests/test_false_alarms.py: 250 words and more, in the third
    # person, with no one who says it and no day (written sentences, repeated to length)
    essay = ("لم يعد من الصعب الرهان على أن نهاية المتمردين باتت وشيكة بعد سلسلة الهزائم المتتالية "
             "التي منوا بها، وبعد التقدم السريع الذي أحرزته قوات المقاومة الشعبية في جنوب البلاد ووسطها، "
             "حيث توجه ضربات موجعة للمتمردين الذين نهبوا أموال الشعب وقتلوا أبناءه. ") * 8
    assert len(essay.split()) >= 250
    assert genre.classify("حتمية النصر", essay).kind == "opinion"
    # one "who said it" or "when" makes it a report again, as the same words in a roundup
    assert genre.classify("حتمية النصر", "قالت مصادر محلية أمس إن " + essay).kind == "news"
    # a short item is too short to judge
    assert genre.classify("حتمية النصر", essay[:600]).kind == "news"


@pytest.mark.parametrize("sentence", [
    # snn-2015-08-09-1085 (SaudiNewsNet): what a demonstration condemns ("للتنديد ب", "منددة ب") or
    # mourns ("للترحم على ضحايا") is the protest's object, not an act it reports
    "تظاهر نحو مئات الاشخاص في بروكسل السبت للتنديد بالغارات التي يشنها الجيش التركي على اعضاء حزب العمال "
    "الكردستاني، وللترحم على ضحايا الهجوم الذي أثار موجة العنف هذه في يوليو.",
    "وأطلق المتظاهرون هتافات منددة بالغارات التركية منها «لا للحرب» و«أوروبا، أين أنت».",
])
def test_what_a_protest_condemns_or_mourns_is_no_act_of_its_own(extractor, sentence):
    assert extractor.extract(Article("snn-2015-08-09-1085", sentence, published="2015-08-09")).incidents == ()


@pytest.mark.parametrize("sentence, injured", [
    # F5-21 (964, 2024): a second group of victims after "و", its number word after its noun, adds to
    # the first count as "وثلاثة من العاملين" does
    ("أُصيب خمسة عسكريين أمريكيين ومتعاقدان اثنان، مساء الاثنين، جراء سقوط صاروخين من نوع «كاتيوشا» "
     "داخل قاعدة عين الأسد الجوية في ناحية البغدادي غربي الأنبار.", 7),
    ("أُصيب خمسة عسكريين أمريكيين، مساء الاثنين، جراء سقوط صاروخين من نوع «كاتيوشا» "
     "داخل قاعدة عين الأسد الجوية في ناحية البغدادي غربي الأنبار.", 5),
])
def test_a_second_count_told_by_a_number_word_after_its_noun_adds(extractor, sentence, injured):
    (incident,) = extractor.extract(Article("F5-21", sentence, published="2024-08-06")).incidents
    assert (incident.fatalities, incident.injured) == (None, injured)


@pytest.mark.parametrize("sentence, fatalities", [
    # only "two" follows its noun: a number word after a verbal noun counts its own act's objects
    # (snn-2015-07-23-823, H3-28, M-18)
    ("وقالت في بيان إن طيران التحالف الدولي وجه عددا من الضربات في محافظة الأنبار وتمكن من قتل "
     "28 إرهابيا وتدمير ثمانية هاونات.", 28),
    ("أسفرت غارة جوية للتحالف في بلدة ذيبان بريف دير الزور الشرقي عن مقتل ستة من عناصر تنظيم داعش "
     "وأسر اثنين.", 6),
])
def test_a_number_word_after_a_verbal_noun_adds_no_dead(extractor, sentence, fatalities):
    incidents = extractor.extract(Article("x", sentence, published="2015-07-23")).incidents
    assert [i.fatalities for i in incidents] == [fatalities]


@pytest.mark.parametrize("sentence, actor2", [
    # N-02 (al-Masirah, 2024), H2-26 (Al Arabiya, 2025): a ship told by its name or its trade, struck
    # with no side named, is a merchant ship and its crew, civilians
    ("أعلنت القوات المسلحة اليمنية، مساء أمس الأربعاء، تنفيذ عملية عسكرية نوعية استهدفت السفينة (TUTOR) "
     "في البحر الأحمر.", "Civilians"),
    ("أعلنت جماعة الحوثي، الأربعاء، إغراق سفينة الشحن \"إترنيتي سي\" التي ترفع علم ليبيريا في البحر الأحمر، "
     "في ثاني هجوم من نوعه خلال أيام.", "Civilians"),
    ("أعلن الحوثيون استهداف سفينة «ماجيك سيز» في البحر الأحمر بصواريخ باليستية.", "Civilians"),
])
def test_a_named_or_merchant_ship_struck_is_civilian(extractor, sentence, actor2):
    (incident,) = extractor.extract(Article("N-02", sentence, published="2024-06-13")).incidents
    assert (incident.actor1, incident.actor2) == ("Houthis", actor2)


def test_a_bare_ship_sunk_is_no_civilian_target(extractor):
    # snn-2015-07-21-2697 (Reuters, 2015): "سفينة" alone may carry fighters and arms
    sentence = ("قال متحدثون عسكريون باسم الحكومة الليبية المعترف بها دولياً إن طائرات حربية أغرقت، يوم الأحد، "
                "سفينة، وهاجمت سفينة أخرى قرب مدينة بنغازي في شرق ليبيا.")
    incidents = extractor.extract(Article("x", sentence, published="2015-07-20")).incidents
    assert all(i.actor2 != "Civilians" for i in incidents)
