"""Real sentences from SaudiNewsNet (2015) that use war words but report no
violent incident: football ("الهجوم الهلالي", "هجمة مرتدة"), business
("معركة الاستحواذ", "انفجار فقاعة"), protests and their policing,
condemnations and statistics. Each must give no incident. The article each comes from is
named by its corpus id (tests/corpus.py: snn-<zip date>-<index>), which also
gives the publication day. The share of such false alarms over the whole
corpus is measured in bench/extract_corpus.py --genre, not here.
"""
from __future__ import annotations

from functools import lru_cache

import pytest
from corpus import corpus_available, iter_corpus

from extract.pipeline import Extractor
from extract.record import Article

SPORTS = [
    ("snn-2015-07-21-2323", "دفاع العين الاماراتي وحارس مرماه هي اقل الخطوط عطاء في مباراة الأمس، خصوصاً في "
     "الشوط الثاني للمباراة، بعكس ما كان عليه في الشوط الاول، حيث تمكن الهجوم الهلالي من التلاعب به كيفما شاء"),
    ("snn-2015-07-24-0167", "وعاد الهلال للهجوم، إلا أن الانضباط التكتيكي لفريق النصر، حال دون ذلك"),
    ("snn-2015-07-24-0530", "ومع بداية الشوط الثاني، حاول النصر مجدداً للعودة، إلا أن تنظيم فريق الاتحاد "
     "تكتيكياً أبطل كل هجمات النصر"),
    ("snn-2015-07-24-0540", "وكانت اللقطة الأخطر لميسي في الدقيقة 90 من عمر المباراة، حيث قاد هجمة مرتدة ومرر "
     "الكرة ببراعة إلى إزيكيل لافيتزي، الذي لعبها بدوره إلى غونزالو هيغواين"),
    ("snn-2015-07-31-0093", "وكان ميسي قد تعرض لحملة هجوم شديدة بعد خسارة فريقه في مسابقة كوبا أمريكا"),
    ("snn-2015-08-09-0869", "وأشرك الهولندي لويس فان غال مدرب مانشستر يونايتد واين روني وحيدا في الهجوم، إذ "
     "كان تخلى عن المهاجمين الهولندي روبن فان بيرسي والكولومبي راداميل فالكاو"),
    # fans fighting after a match: a riot, not an act of war
    ("snn-2015-07-24-0136", "وأكد مصدر أمني أن اشتباكات محدودة وقعت بين عدد من جماهير ناديي الأهلي والزمالك "
     "خلف مقر نادي الزمالك بميت عقبة"),
]
ECONOMY = [
    ("snn-2015-07-25-0257", "ولإخراج أنفسهم من المعركة، يجلب مسؤولو المنافسة في الاتحاد الأوروبي محامين من "
     "دوائر أخرى لاختبار منطق المفوضية"),
    ("snn-2015-08-03-0271", "استغرق الأمر أكثر من عشر سنوات بالنسبة لقطاع التكنولوجيا الأحيائية للتعافي بعد "
     "انفجار فقاعة 2000"),
    ("snn-2015-08-04-0276", "متاعب البورصة الصينية أكثر من مجرد انفجار في مكان بعيد"),
    ("snn-2015-08-07-0211", "وكانت المملكة قد انتهجت نفس الأسلوب الهجومي بإنفاق 65 مليار دولار من احتياطاتها "
     "المالية، للحفاظ على الإنفاق العام وصد سلبيات هبوط أسعار النفط"),
    ("snn-2015-08-08-0883", "وتصدرت سنغافورة في الربع الثاني من 2015 قائمة المتعرضين لتلك الهجمات المصرفية "
     "الإلكترونية، من خلال البرنامج الخبيث \"حصان طروادة\""),
    ("snn-2015-08-09-0233", "الهجوم للاستحواذ على الشركات المُدرجة التي تُعتبر خاصة بالكامل يُمكن أن يكون "
     "أمراً محفوفاً بالمخاطر"),
]
PROTESTS = [
    # a sit-in about a killing: the killing is what it protests, not news of this sentence
    ("snn-2015-08-10-1065", "وقال المرصد السوري لحقوق الإنسان أمس في بيان: نفذ أكثر من ألف شخص اعتصاما عند "
     "دوار الزراعة في اللاذقية احتجاجا على قتل سليمان هلال الأسد - نجل ابن عم بشار الأسد - للعقيد "
     "حسان الشيخ الضابط في القوى الجوية عند دوار الأزهري بمدينة اللاذقية ليلة السادس من أغسطس الجاري"),
    ("snn-2015-07-21-0043", "وفي وقت لاحق أمس، أطلقت الشرطة التركية الغاز المسيل للدموع على عدة آلاف من "
     "الأشخاص تجمعوا في إسطنبول للتظاهر احتجاجًا على التفجير الدامي"),
    ("snn-2015-07-21-0132", "وبعدما تصاعد منسوب التوتر، فتح رجال الشرطة المكلفين بأمن الاجتماع النار على "
     "المتظاهرين، مما أسفر عن إصابة مدنيين تم نقلهما إلى المستشفى، بحسب شهود"),
    ("snn-2015-07-21-0141", "وأثار إعلان الرئيس الترشح موجة من الاحتجاجات امتدت لأسابيع في أبريل (نيسان) الماضي"),
]
STATEMENTS = [
    ("snn-2015-07-21-1426", "ندد الرئيس التركي رجب طيب إردوغان بالهجوم الانتحاري الذي أوقع أمس 30 قتيلا على "
     "الأقل و100 جريح في مدينة سوروتش التركية قرب الحدود السورية ووصفه بأنه \"عمل إرهابي\""),
    ("snn-2015-07-22-0695", "أدان الأمين العام للأمم المتحدة بان كي مون التفجير الذي وقع في بلدة سوروج جنوب شرق "
     "تركيا الإثنين وأسفر عن مقتل 30 شخصًا وإصابة أكثر من 100 آخرين"),
    # what a speech or a statement "attacked in it" is words (R4, al-Madina; 12 of the 13 "هاجم فيه/فيها"
    # of the corpus)
    ("snn-2015-07-22-0582", "والأمر الملفت هوأنه وفي يوم الجمعة كان هناك تجمع لعدد كبير من مؤيدي التنظيم خارج "
     "اسطنبول والقوا خطابات هاجموا فيها الحكومة التركية ولم تقم الأجهزة الأمنية بأي خطوة"),
    ("snn-2015-07-21-0632", "وأوضحت صحيفة \"واشنطن بوست\" ان غالبية الاشخاص أدلوا بآرائهم قبل تصريحات ترامب التي "
     "هاجم فيها جون ماكين السبت"),
    # (not snn-2015-07-24-0825, "أدانت الأمانة العامة ... الهجوم ... في مدينة مروة شمال الكاميرون، حيث فجرت
    # انتحاريتان نفسيهما، ما أدى إلى مقتل (20) شخصاً": a condemnation that tells the act itself, its
    # bombers, town, day and toll, reports it, as the dev gold codes the Abha bombing's condemnations)
]
# counts over a period: statistics, not an act at a place on a day (titles, and a lead)
# acts feared or expected ("تحسبا لـ", "تخوفا من"): what a side fled or braced for was not done
FEARED = [
    ("snn-2015-07-24-1613", "أشارت مصادر في المقاومة الشعبية إلى أن العشرات من مليشيات الحوثي والمخلوع قامت "
     "بالفرار من منطقتي الفيوش وصبر بمحافظة لحج باتجاه مدينة تعز، وبحسب شهود عيان فإن مقاتلي الحوثيين قاموا "
     "بعرض أسلحتهم الشخصية بأثمان بخسة قبل أن ينفذوا عملية هروب جماعي باتجاه تعز، تحسبا لهجوم مباغت لطيران "
     "التحالف العربي"),
    ("snn-2015-07-27-0929", "شهدت بوابات مداخل ومخارج مدينة مصراتة في ليبيا أمس استنفارا أمنيا كبيرا وتشديدا "
     "لعمليات التفتيش على السيارات المارة تخوفا من عمليات انتحارية بعد تهديدات أطلقها تنظيم داعش الإرهابي"),
]
STATISTICS = [
    ("snn-2015-07-23-0136", "المرصد السوري : مقتل 3042 من داعش والنصرة جراء غارات التحالف في 10 أشهر"),
    ("snn-2015-07-21-1422", "4844 مدنيا ضحايا الأسد خلال 9 أشهر"),
    ("snn-2015-08-02-0700", "مقتل 260 متمرداً كردياً خلال أسبوع من الغارات التركية"),
    ("snn-2015-08-04-0929", "داعش يعدم 2000 شخص بالموصل خلال أسبوعين"),
    ("snn-2015-07-23-0300", "40 قتيلاً على الأقل في أسبوع بين التبو والطوارق في ليبيا"),
    ("snn-2015-07-23-1021", "شنّ نظام الاسد خلال تسعة اشهر 26350 غارة لطيران وألقى 14297 برميلًا متفجرًا على المدن "
     "السورية"),
]
# Whole articles (read from ../shared at test time, never copied here): opinion
# columns, whose war words are the writer's.
NOT_NEWS_ARTICLES = [
    "snn-2015-07-22-1895",  # okaz column "يا أيها الذين آمنوا أوفوا بالعقود"
    "snn-2015-08-07-1079",  # alwatan column "تفجير أبها ونهاية داعش"
    "snn-2015-08-09-0333",  # al-jazirah column "الدواعش نتيجة لتفريطنا في مواجهة المحرضين"
    # long texts with no report cue at all (extract/genre.py SILENT_MIN_WORDS), from the random
    # reads of session 10: columns, editorials and a history feature
    "snn-2015-07-21-0553",  # aawsat column "إيران وسايكس ـ بيكو الأقليات"
    "snn-2015-08-07-0756",  # alriyadh column "عندما تبدأ «أفعى» الإرهاب في الترنح"
    "snn-2015-08-06-0414",  # aawsat feature "مدن القناة الثلاث.. تاريخ من المقاومة والبطولات" (1952, 1956)
    "snn-2015-08-03-0420",  # al-jazirah editorial "قرب تحرير المحافظات اليمنية"
    "snn-2015-08-11-0567",  # al-madina editorial "حتمية النصر"
    "snn-2015-07-22-0485",  # al-madina editorial "الشرعية تنتصر"
]


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def published(article_id: str) -> str:
    return article_id[4:14]  # snn-YYYY-MM-DD-NNNN


@pytest.mark.parametrize("article_id,sentence", SPORTS + ECONOMY + PROTESTS + STATEMENTS + STATISTICS + FEARED,
                         ids=[a for a, _ in SPORTS + ECONOMY + PROTESTS + STATEMENTS + STATISTICS + FEARED])
def test_war_words_out_of_war_give_no_incident(article_id, sentence):
    found = extractor().extract(Article(article_id, sentence, published=published(article_id))).incidents
    assert found == (), [(i.actor1, i.actor2, i.location.name if i.location else None) for i in found]


def test_an_act_told_beside_a_protest_is_still_analysed():
    """SaudiNewsNet snn-2015-07-23-0080: clashes with Kurdish protesters, and
    in the same sentence two policemen found shot dead (a separate act)."""
    from extract.genre import GenreClassifier
    text = ("وبينما شهدت بعض المناطق التركية مواجهات محدودة بن الشرطة ومحتجين أكراد، برز حادثان أمنيان، إذ "
            "عثرت قوات الأمن التركية أمس على جثتي شرطيين، مقتولين بأسلحة نارية، في منزلهما بقضاء جيلان بينار")
    assert not GenreClassifier.load().is_not_an_act(text)


def test_an_act_against_protesters_is_still_an_incident():
    """SaudiNewsNet snn-2015-07-26-0902: ISIS executed people of Fallujah who
    had demonstrated; the act comes before the protest word."""
    text = ("بدوره، أبلغ نائب رئيس محافظة الأنبار فالح العيساوي \"الوطن\" بأن داعش أعدم نحو 50 شخصا من أهالي "
            "الفلوجة الذين تظاهروا في شارع 40 أول من أمس")
    (inc,) = extractor().extract(Article("snn-2015-07-26-0902", text, published="2015-07-26")).incidents
    assert (inc.actor1, inc.location.name) == ("ISIS", "Fallujah")


def test_an_act_told_after_a_feared_one_is_still_an_incident():
    """SaudiNewsNet snn-2015-08-06-0366: the attack the Houthis braced for is none, the coalition's
    raids the same sentence then tells are one."""
    text = ("وقالت المصادر إن هذا اللواء تلقى، في الآونة الأخيرة، دعما عسكريا وبشريا كبيرا من المحافظات الشمالية "
            "عبر محافظة البيضاء، وإن عناصر الميليشيات الحوثية وقوات صالح بدأت في الفرار من بعض المناطق التي "
            "تتمركز فيها، وذلك تحسبا لهجوم مرتقب تشنه المقاومة، في حين نفذت طائرات التحالف غارات مكثفة على "
            "مواقع الحوثيين بالمحافظة")
    (inc,) = extractor().extract(Article("snn-2015-08-06-0366", text, published="2015-08-06")).incidents
    assert (inc.sub_event_type, inc.actor2) == ("Air/drone strike", "Houthis")


@pytest.mark.skipif(not corpus_available(), reason="../shared/corpora/saudinewsnet is absent")
def test_opinion_columns_give_no_incident():
    wanted = set(NOT_NEWS_ARTICLES)
    dates = {published(a) for a in wanted}
    seen = {}
    for article in iter_corpus():
        if published(article.article_id) > max(dates):
            break
        if article.article_id in wanted:
            seen[article.article_id] = extractor().extract(article).incidents
    assert set(seen) == wanted
    assert {a: len(found) for a, found in seen.items()} == dict.fromkeys(sorted(wanted), 0)


# --- session 20 (fa20): false alarms with no act of their own at their place ---

def test_unnamed_defences_meeting_a_strike_are_that_strike():
    """"تصدت وسائط دفاعنا الجوي لعدوان إسرائيلي ... استهدف مطار حلب الدولي": the struck side's
    air defences are its end of the strike, one act at the airport, not a second interception."""
    text = ("تصدت وسائط دفاعنا الجوي مساء اليوم لعدوان إسرائيلي بالصواريخ استهدف مطار حلب الدولي، وأسقطت "
            "بعض الصواريخ المعادية.\n\nوأضاف مصدر عسكري أن العدوان على مطار حلب أدى إلى وقوع أضرار مادية في المدرج.")
    found = extractor().extract(Article("sana-2022-08-31", text, title="دفاعاتنا الجوية تتصدى لعدوان إسرائيلي "
                                        "استهدف مطار حلب الدولي", published="2022-08-31")).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in found] == [
        ("Israeli forces", "Syrian government forces", "Aleppo International Airport")]


def test_a_bare_source_speaks_from_its_district():
    """"أفاد مصدر في قضاء العمادية بأن القصف التركي ... في محيط قرية كاني ماسي": the district the
    source speaks from is no second place shelled; with no other place named, it is where it was."""
    text = ("بينما أفاد مصدر في قضاء العمادية بأن القصف التركي تسبب باحتراق مساحات من البساتين في محيط قرية "
            "كاني ماسي، من دون إصابات بشرية")
    found = extractor().extract(Article("x-2022-04-18", text, published="2022-04-18")).incidents
    assert [(i.actor1, i.location.name) for i in found] == [("Turkish forces", "Kānī Māsī")]
    alone = "وأفاد مصدر في قضاء العمادية بأن المدفعية التركية قصفت المنطقة، من دون إصابات بشرية"
    found = extractor().extract(Article("x-2022-04-18", alone, published="2022-04-18")).incidents
    assert [(i.actor1, i.location.name) for i in found] == [("Turkish forces", "Amadiya")]


def test_a_journeys_ends_are_not_where_it_was_hit():
    """"وكان على متنه نحو 440 راكباً في طريقه من كويتا إلى بيشاور": the train's way from Quetta to
    Peshawar names where it came from and went, not where it was attacked (the Bolan Pass)."""
    text = ("هاجم مسلحون من جيش تحرير بلوشستان قطار جعفر إكسبريس في ممر بولان، وكان على متنه نحو 440 راكباً "
            "في طريقه من كويتا إلى بيشاور")
    found = extractor().extract(Article("x-2025-03-12", text, published="2025-03-12")).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in found] == [
        ("Baloch Liberation Army", "Civilians", "Bolan Pass")]


def test_a_launch_site_named_twice_is_not_also_hit():
    """"قال إنها أُطلقت من قاعدة "تي فور" (التيفور) الجوية": the base the drone came from, named by
    its alias too, is where the fire came from, not a place the drone hit."""
    text = ("أعلن الجيش الإسرائيلي أنه شنّ هجوماً واسع النطاق على أهداف إيرانية وسورية داخل سوريا، بعد أن اعترضت "
            "مروحية أباتشي طائرة مسيرة إيرانية اخترقت المجال الجوي الإسرائيلي فوق منطقة بيسان، قال إنها أُطلقت "
            "من قاعدة \"تي فور\" (التيفور) الجوية قرب تدمر في وسط سوريا.")
    found = extractor().extract(Article("x-2018-02-10", text, published="2018-02-10")).incidents
    assert [(i.actor1, i.location.name) for i in found] == [("Iran-backed militias", "Bet She\u2019an")]


def test_a_governorates_namesake_before_its_district_is_the_governorate():
    """"وفي بغداد قتل شخصان ... بانفجار في الحي الصناعي بقضاء أبوغريب": Baghdad here is the
    governorate that holds Abu Ghraib, not a second place bombed."""
    text = "وفي بغداد قتل شخصان وأصيب خمسة آخرون بانفجار في الحي الصناعي بقضاء أبوغريب"
    found = extractor().extract(Article("snn-2015-08-02-0001", text, published="2015-08-02")).incidents
    assert [(i.actor2, i.location.name, i.fatalities, i.injured) for i in found] == [
        ("Civilians", "Abū Ghurayb", 2, 5)]


def test_what_was_struck_on_its_way_is_struck_where_it_was_going():
    """"تعزيزات للمليشيا الحوثية كانت في طريقها إلى الجبهة في منطقة الحرجة": reinforcements hit on
    their way are placed at the front they were bound for (unlike travellers' ends)."""
    text = ("شنت مقاتلات التحالف غارات مركزة على تعزيزات للمليشيا الحوثية كانت في طريقها إلى الجبهة في منطقة "
            "الحرجة، ما أدى إلى تدمير أربع آليات")
    found = extractor().extract(Article("x-2021-02-10", text, published="2021-02-10")).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in found] == [
        ("Saudi-led coalition", "Houthis", "Al Ḩarjah")]


def test_dozens_of_strikes_over_past_weeks_are_a_tally():
    """"قد تعرضت خلال الأسبوعين الماضيين لعشرات الغارات": a fortnight's dozens of strikes are a
    tally, not one more act on the report's day; "خلال الساعات الماضية" is still a night's wave."""
    text = ("وكانت قرى البقاع الشمالي وبعلبك - الهرمل قد تعرضت خلال الأسبوعين الماضيين لعشرات الغارات "
            "الإسرائيلية، أدت إلى سقوط عشرات الشهداء")
    assert extractor().extract(Article("x-2024-10-25", text, published="2024-10-25")).incidents == ()
    wave = "شن الطيران الإسرائيلي خلال الساعات الماضية عشرات الغارات على قرى البقاع الشمالي"
    found = extractor().extract(Article("x-2024-10-25", wave, published="2024-10-25")).incidents
    assert [(i.actor1, i.location.name) for i in found] == [("Israeli forces", "Beqaa")]


def test_a_bearing_from_a_governorates_namesake_joins_the_village_the_body_names():
    """"بهجوم لداعش جنوب غربي كركوك" in the title, "جنوب غربي المحافظة" in the lead, then "قرب قرية
    الصفرة التابعة لناحية الرياض": one attack, at the body's place, not a second one at Kirkuk city."""
    title = "9 قتلى من الشرطة الاتحادية بهجوم لداعش جنوب غربي كركوك"
    text = ("أفاد مصدر أمني في محافظة كركوك، يوم الأحد، بمقتل تسعة منتسبين من الشرطة الاتحادية بهجوم شنه مسلحو "
            "تنظيم داعش جنوب غربي المحافظة.\n\nوقال المصدر إن قوة من الشرطة الاتحادية تعرضت لانفجار عبوة ناسفة "
            "أثناء قيامها بواجب تفتيش قرب قرية الصفرة التابعة لناحية الرياض في قضاء الحويجة، أعقبه هجوم مسلح من "
            "قبل عناصر التنظيم.")
    found = extractor().extract(Article("x-2022-12-18", text, title=title, published="2022-12-18")).incidents
    assert [(i.actor1, i.actor2, i.location.name, i.fatalities) for i in found] == [
        ("ISIS", "Iraqi security forces", "al-Riyadh (Kirkuk)", 9)]



def test_a_drowning_suffered_is_no_attack():
    """Al-Madina, 2015-07-21 (snn-2015-07-21-1103): "تعرض أحد الأطفال ... إلى حالة غرق" at Yanbu's
    beaches, then "تعرض شقيقان ... إلى حادث مماثل", was read as an attack on civilians: what one
    "suffers" there is a drowning, no act."""
    text = ("ونوه بوقوع حالتي غرق أول من أمس بمنطقتي الواجهة البحرية بالهيئة الملكية ومنطقة الكورنيش الجنوبي "
            "بينبع حيث تعرض أحد الأطفال من الجنسية الأفغانية ويبلغ من العمر (7) سنوات إلى حالة غرق كما تعرض "
            "شقيقان أيضا من الجنسية السودانية إلى حادث مماثل وقامت فرق البحث والإنقاذ المتواجدة بالموقع بالتدخل "
            "وإنقاذهم.")
    assert extractor().extract(Article("x-2015-07-21", text, published="2015-07-21")).incidents == ()


def test_the_act_a_court_convicts_for_is_no_news():
    """A sentence passed on one "convicted of" ("مدان بـ", "أدين بـ"), a confession read in court
    ("اعترف بالمشاركة"), or "accused of" ("بتهمة ... رصد أهداف لغارات التحالف"): the act tried is the
    charge, not an act told as news; an act told before the charge ("أعدم ... بتهمة التجسس") stands."""
    for day, text in (
            ("2019-10-13", "أصدرت المحكمة الجنائية المركزية في بغداد، اليوم الأحد، حكماً بالإعدام شنقاً حتى "
                           "الموت بحق مدان بالمشاركة في التخطيط لتفجير منطقة الكرادة."),
            ("2019-10-13", "الإعدام شنقاً لإرهابي أدين بالمشاركة في تفجير الكرادة"),
            ("2021-10-19", "وذكر إعلام مجلس القضاء الأعلى أن المحكمة نظرت قضية المتهم الذي اعترف بالاشتراك مع "
                           "آخرين بنصب منصات إطلاق الصواريخ وتوجيهها نحو المطار."),
            ("2024-06-01", "أصدرت المحكمة الجزائية المتخصصة في صنعاء، السبت، أحكاماً بإعدام 44 شخصاً بتهمة "
                           "\"التخابر مع دول العدوان\" و\"رصد أهداف لغارات التحالف\".")):
        assert extractor().extract(Article("x-" + day, text, published=day)).incidents == (), text
    text = "أعدم تنظيم داعش أمس تسعة من سائقي سيارات الأجرة وسط الموصل بتهمة التجسس لصالح القوات الأمنية"
    found = extractor().extract(Article("x-2015-08-07", text, published="2015-08-07")).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in found] == [("ISIS", "Civilians", "Mosul")]


def test_an_animals_attack_is_no_act():
    """Al-Yaum, 2015-08-06 (snn R8): "تعرضا لهجوم من قرد بمنتزه البعيجان بمدينة عرعر"; wild boars
    in Sicily, a grizzly in Yellowstone: an animal's attack, with no weapon, is a mishap."""
    for text in (
            "أصيب مواطن ومقيم بعدما تعرضا لهجوم من قرد بمنتزه البعيجان بمدينة عرعر اثناء محاولتهما السيطرة "
            "عليه، وجرى نقل المصابين الى مستشفى الأمير عبدالعزيز بن مساعد لتلقي العلاج اللازم",
            "قالت الشرطة المحلية في جزيرة صقلية إن مجموعة من الخنازير البرية قتلت رجلا إيطاليا عمره 77 عاما "
            "قرب منزله. وقالت الشرطة إن الرجل كان يقوم بتمشية كلابه خارج بلدة سيفالو قرب مدينة باليرمو عندما "
            "تعرض لهجوم ولعض حتى الموت",
            "قال مسؤولون في متنزه يلوستون الوطني في ولاية وايومنغ الأميركية إن دبا أشيب هاجم أحد رواد المتنزه"):
        assert extractor().extract(Article("x-2015-08-06", text, published="2015-08-06")).incidents == (), text


def test_a_slogan_brings_down_no_aircraft():
    """"انطلقت المسيرة ... ورددوا شعارات «الشعب يريد إسقاط التطبيع»": a march ("المسيرة" is also
    a drone) and a policy "brought down" are no downing; an aircraft brought down still is."""
    text = ("وانطلقت المسيرة من ساحة باب الأحد لتنتهي أمام مبنى البرلمان، ورددوا شعارات من قبيل «الشعب يريد "
            "إسقاط التطبيع» و«غزة رمز العزة».")
    assert extractor().extract(Article("x-2024-04-08", text, published="2024-04-08")).incidents == ()
    text = "أعلنت الدفاعات الجوية إسقاط طائرة مسيرة فوق صنعاء"
    found = extractor().extract(Article("x-2024-04-08", text, published="2024-04-08")).incidents
    assert [(i.sub_event_type, i.location.name) for i in found] == [("Disrupted weapons use", "Sanaa")]


def test_an_act_that_did_not_happen_or_is_denied_is_none():
    """"تحشيدات لمجموعات مسلحة حول مقار حكومية، انتهت دون اشتباكات" (clashes that did not happen),
    "تنفي استهداف قاعدة فكتوريا" and a denial opening the sentence: no act; a side denying its
    responsibility ("نفت الحركة مسؤوليتها عن الهجوم") leaves the attack an act."""
    for day, title, text in (
            ("2021-12-23", None, "وكانت العاصمة طرابلس قد شهدت الأسبوع الماضي تحركات وتحشيدات لمجموعات مسلحة حول "
                                 "مقار حكومية، انتهت دون اشتباكات بعد تدخل وجهاء ومسؤولين."),
            ("2022-12-04", "خلية الإعلام الأمني تنفي استهداف قاعدة فكتوريا وتوضح سبب الانفجارات",
             "نفت خلية الإعلام الأمني، اليوم الأحد، ما تداولته بعض المواقع الإلكترونية بشأن سقوط صواريخ على "
             "قاعدة فكتوريا قرب مطار بغداد الدولي.")):
        found = extractor().extract(Article("x-" + day, text, title=title, published=day)).incidents
        assert found == (), text
    text = "ونفت حركة الشباب مسؤوليتها عن الهجوم الذي استهدف فندقا في مقديشو أمس"
    found = extractor().extract(Article("x-2022-12-04", text, published="2022-12-04")).incidents
    assert [i.location.name for i in found] == ["Mogadishu"]


def test_what_a_side_is_able_to_do_is_no_act():
    """"خلايا التنظيم ما تزال قادرة على شن هجمات متفرقة في البادية السورية وصحراء الأنبار": a
    capability, told by an analyst, is no act at either place."""
    text = ("ويرى الباحث في شؤون الأمن الإقليمي أن «التهديد لم يختف بل تغيّر شكله»، مشيراً إلى أن خلايا "
            "التنظيم ما تزال قادرة على شن هجمات متفرقة في البادية السورية وصحراء الأنبار.")
    assert extractor().extract(Article("x-2026-02-12", text, published="2026-02-12")).incidents == ()


def test_a_bylines_town_is_where_the_report_was_filed():
    """Sabq, 2015-07-31 (snn-2015-07-31-2214, -2182): "خالد علي – سبق – جدة: أدانت منظمة التعاون
    الإسلامي ... استهداف المستوطنين لمنزلهم وإحراقه في نابلس": the town after the writers and
    the outlet, set between dashes, is where the report was filed, not a second place hit."""
    text = ("خالد علي – سبق – جدة: أدانت منظمة التعاون الإسلامي في بيان صادر مساء اليوم، بأشد العبارات، الجريمة "
            "البشعة التي أدت إلى استشهاد الطفل الفلسطيني علي دوابشة حرقاً وإصابة عائلته بجروح بليغة، إثر استهداف "
            "المستوطنين المتطرفين لمنزلهم وإحراقه في نابلس بالضفة الغربية.")
    found = extractor().extract(Article("snn-2015-07-31-2214", text, published="2015-07-31")).incidents
    assert [i.location.name for i in found] == ["Nablus"]
    text = ("محمد المواسي، عمر عريبي- سبق- جازان: استُشهد أحد أفراد \"المجاهدين\" بمحافظة الطوال، وأُصيب آخر من "
            "جرّاء سقوط مقذوفاتٍ عسكرية من الأراضي اليمنية على مبنى إدارة المجاهدين بالمحافظة")
    found = extractor().extract(Article("snn-2015-07-31-2182", text, published="2015-07-31")).incidents
    assert [(i.actor1, i.location.name) for i in found] == [("Houthis", "al-Tuwal")]


def test_the_ongoing_campaign_a_report_is_set_against_is_no_act():
    """"في وقت تتواصل فيه هجمات الحوثيين على السفن في البحر الأحمر": "at a time when" a campaign
    goes on is background to the analysis, no act in the Red Sea on the day."""
    text = ("ويرى مراقبون أن اختيار واشنطن ضرب مواقع داخل العراق وسوريا يعكس رغبتها في \"معاقبة الوكلاء\"، في وقت "
            "تتواصل فيه هجمات الحوثيين على السفن في البحر الأحمر")
    assert extractor().extract(Article("x-2024-02-03", text, published="2024-02-03")).incidents == ()


def test_the_base_aircraft_flew_back_to_is_no_place_hit():
    """Al-Yaum, 2015-07-24 (snn-2015-07-24-1869): "قصفت بالصواريخ مقرين عامين ونقطة تموين لمسلحي
    داعش قبل أن تعود إلى قاعدة ديار بكر": the planes' own base is where they flew from, not hit."""
    text = ("وجاء في بيان للمكتب الإعلامي لرئيس الوزراء التركي أن الطائرات المقاتلة التركية قصفت بالصواريخ مقرين "
            "عامين ونقطة تموين لمسلحي داعش قبل أن تعود إلى قاعدة ديار بكر.")
    found = extractor().extract(Article("snn-2015-07-24-1869", text, published="2015-07-24")).incidents
    assert [i.location for i in found if i.location is not None and "Diyar" in i.location.name] == []


def test_what_a_side_will_try_in_a_war_to_come_is_no_act():
    """Al-Madina, 2015-07-24 (snn-2015-07-24-1773): "في الحرب الثالثة مع لبنان سيحاول فيها حزب الله
    إطلاق صواريخ ... باتجاه أهداف استراتيجية، مثل محطة توليد الطاقة في تل أبيب": an estimate of a
    war to come, no act at Tel Aviv."""
    text = ("ولفت التقرير إلى أن تقديرات الجيش الإسرائيلي تشير إلى أنه في الحرب الثالثة مع لبنان سيحاول فيها حزب "
            "الله إطلاق صواريخ موجهة أو طائرات بدون طيار انتحارية باتجاه أهداف استراتيجية، مثل محطة توليد الطاقة "
            "«ريدينغ» في تل أبيب")
    assert extractor().extract(Article("snn-2015-07-24-1773", text, published="2015-07-24")).incidents == ()


def test_a_fire_firefighters_brought_under_control_is_no_ground_taken():
    """Okaz, 2015-07-22 (snn-2015-07-22-0290): "تمكنت فرق الإطفاء التابعة للدفاع المدني بمحافظة جدة من
    السيطرة على حريق": a managing verb's subject may be long, and what was brought under control is a
    fire, so no front line moved (the same check a plain "سيطرت ... على حريق" already had)."""
    text = ("تمكنت فرق الإطفاء التابعة للدفاع المدني بمحافظة جدة من السيطرة على حريق نشب في إحدى الشقق السكنية "
            "بمبنى في حي النزهة شمال المحافظة.")
    assert extractor().extract(Article("snn-2015-07-22-0290", text, published="2015-07-22")).incidents == ()


def test_clearing_ground_of_mines_is_no_ground_taken():
    """Al-Riyadh, 2015-08-08 (snn-2015-08-08-0874): "انهمكوا ... في تطهير مناطقهم والأحياء السكنية، وكل
    الطرق المؤدية إليها من تلك العبوات الناسفة": what the clearing rids the places of is mines (named
    after a long list of places and a demonstrative), so it is demining, not ground taken."""
    text = ("وكان عناصر المقاومة في عدن والحوطة ومحيط قاعدة العند قد انهمكوا طيلة الأيام الماضية في تطهير "
            "مناطقهم والأحياء السكنية، وكل الطرق المؤدية إليها من تلك العبوات الناسفة، باستخدام آليات حديثة "
            "وفرتها قيادة التحالف العربي.")
    assert extractor().extract(Article("snn-2015-08-08-0874", text, published="2015-08-08")).incidents == ()
    # a clearing of fighters is still ground taken
    text = "وتمكنت المقاومة الشعبية من تطهير مدينة زنجبار من ميليشيات الحوثي."
    found = extractor().extract(Article("x-2015-08-08", text, published="2015-08-08")).incidents
    assert [(i.sub_event_type, i.location.name) for i in found] == [("Government regains territory", "Zinjibār")]


def test_an_arrest_for_threatening_with_a_bomb_is_no_bombing():
    """Sabq, 2015-08-06 (snn-2015-08-06-3125): "اعتقلت وزارة الأمن الداخلي الأمريكية طالباً لتهديده
    بامتلاكه قنبلة": the bomb is what he threatened with, none went off in Warren, Kentucky."""
    text = ("اعتقلت وزارة الأمن الداخلي الأمريكية، طالباً سعودياً (22 عاماً) لتهديده بامتلاكه قنبلة شبيهة بالتي "
            "تم استخدامها في تفجيرات مارثون بوسطن، موجودة لديه في شقته في مقاطعة وارن بولاية كنتاكي.")
    assert extractor().extract(Article("snn-2015-08-06-3125", text, published="2015-08-06")).incidents == ()



def test_ground_named_a_sides_priority_is_no_ground_taken():
    """Al-Hayat, 2015-07-31 (snn-2015-07-31-1639): "أن استعادة السيطرة على العاصمة صنعاء على رأس أولويات
    القوات الحكومية": the retaking is a priority, an aim, so no ground changed hands at Sanaa; a gain
    told in the same clause as a priority still is one."""
    text = ("وكان رئيس هيئة الأركان العامة في اليمن، اللواء محمد المقدشي، قد أعلن الخميس، أن استعادة السيطرة على "
            "العاصمة صنعاء على رأس أولويات القوات الحكومية، مؤكدا قرب دحر الميليشيات المتمردة منها.")
    assert extractor().extract(Article("snn-2015-07-31-1639", text, published="2015-07-31")).incidents == ()
    text = "وأكد أن المقاومة تمكنت من السيطرة على مدينة الضالع بعد أن كانت أولويتها تأمين الطرق."
    found = extractor().extract(Article("x-2015-07-31", text, published="2015-07-31")).incidents
    assert [(i.sub_event_type, i.location.name) for i in found] == [("Government regains territory", "Aḑ Ḑāli‘")]


def test_a_gain_joined_to_an_aim_shares_the_aim():
    """Okaz, 2015-07-31 (snn-2015-07-31-0041): "أن المقاومة على وشك تحقيق الحسم في محافظة لحج، جنوب
    البلاد، واستعادة السيطرة على قاعدة العند": the retaking joined by "و" after the comma is the same
    aim ("على وشك"), no ground taken; the attempt "خلال محاولتهم اقتحام حي ...، واستعادة السيطرة"
    likewise. A gain joined to a gain told as done still is one."""
    text = ("وأبان أن المقاومة على وشك تحقيق الحسم في محافظة لحج، جنوب البلاد، واستعادة السيطرة على قاعدة "
            "العند العسكرية، لافتا الانتباه إلى أن نهاية المليشيات المتمردة باتت وشيكة.")
    assert extractor().extract(Article("snn-2015-07-31-0041", text, published="2015-07-31")).incidents == ()
    text = "سيطرت المقاومة على مدينة الحوطة في محافظة لحج، واستعادة السيطرة على قاعدة العند العسكرية."
    found = extractor().extract(Article("x-2015-07-31", text, published="2015-07-31")).incidents
    assert "al-Anad air base" in [i.location.name for i in found]
    text = ("قالت حركة نور الدين زنكي إنها قتلت عشرين عنصراً لقوات النظام، خلال محاولتهم اقتحام حي الراشدين "
            "بحلب، واستعادة السيطرة على منطقة البحوث العلمية.")
    found = extractor().extract(Article("snn-2015-07-31-1689", text, published="2015-07-31")).incidents
    assert "Government regains territory" not in [i.sub_event_type for i in found]


def test_a_task_one_was_charged_with_is_no_ground_taken():
    """Asharq al-Awsat, 2015-07-21 (snn-2015-07-21-0013): an obituary's "الذي كان مكلفًا عملية استعادة
    السيطرة على مدينة تدمر" tells the dead general's task, not ground retaken at Palmyra."""
    text = ("شيع النظام السوري أمس جثمان اللواء محسن مخلوف، قائد الفرقة 11 دبابات وقريب والدة رئيس النظام "
            "السوري بشار الأسد في اللاذقية، الذي كان مكلفًا عملية استعادة السيطرة على مدينة تدمر ومحيطها.")
    assert extractor().extract(Article("snn-2015-07-21-0013", text, published="2015-07-21")).incidents == ()


def test_an_act_told_as_a_few_days_ago_is_background():
    """Al Bayan, 2017-11-04 (F8-25): "تواصل قوات النظام وحلفاؤها التقدم نحو البوكمال بعد أن أعلنت
    قبل أيام السيطرة الكاملة على مدينة دير الزور": ground taken "a few days ago", with no day of its
    own, is background beside the article's news (al-Qaim taken on Friday), as "وكان ... قد" with a
    day long past is; "قبل أيام من" (days before something) dates nothing."""
    text = ("سيطرت القوات العراقية، يوم الجمعة، على مدينة القائم بعد معارك مع تنظيم داعش. وفي الجانب "
            "السوري، تواصل قوات النظام وحلفاؤها التقدم نحو البوكمال بعد أن أعلنت قبل أيام السيطرة الكاملة على "
            "مدينة دير الزور.")
    found = extractor().extract(Article("x-2017-11-04", text, published="2017-11-04")).incidents
    assert [(i.sub_event_type, i.location.name) for i in found] == [("Government regains territory", "al-Qaim")]
    from extract.dates import find_dates
    assert [d.precision for d in find_dates("وكان داعش قد سيطر على المدينة قبل أيام", None)] == ["past_days"]
    assert find_dates("ويأتي الهجوم قبل أيام من الذكرى الثانية للحرب", None) == []



def test_a_launcher_found_on_a_truck_is_where_fire_came_from():
    """Al-Rai, 2020-03-14 (F5-07): "عثرت بعد هجوم الأربعاء على شاحنة محمّلة بمنصة لإطلاق صواريخ
    «كاتيوشا» في منطقة الراشدية شمال شرقي بغداد": with a time between the finding verb and its
    "على", and the launcher what the truck found carries, al-Rashidiya (Baghdad) is where the
    rockets came from, no place hit."""
    text = ("وكانت القوات الأمنية عثرت بعد هجوم الأربعاء على شاحنة محمّلة بمنصة لإطلاق صواريخ «كاتيوشا» في منطقة "
            "الراشدية شمال شرقي بغداد، وقالت إن الصواريخ الثمانية عشر انطلقت منها باتجاه المعسكر.")
    found = extractor().extract(Article("x-2020-03-14", text, published="2020-03-14")).incidents
    assert [i.location.name for i in found if i.location is not None] == []



def test_an_act_named_as_a_pretext_is_no_news():
    """Hawar News Agency, 2023-10-06 (F2-10): "أن دولة الاحتلال التركي تستغل تفجير أنقرة «ذريعة» لشن عدوان
    جديد على المنطقة": the Ankara bombing is what Turkey is said to use as a pretext, told long
    before, and the aggression it serves is an aim; neither is an act of this report."""
    text = ("وتؤكد قوات سوريا الديمقراطية أن دولة الاحتلال التركي تستغل تفجير أنقرة \"ذريعة\" لشن عدوان جديد على "
            "المنطقة، وأنها ليست طرفاً فيه.")
    assert extractor().extract(Article("x-2023-10-06", text, published="2023-10-06")).incidents == ()



def test_mines_laid_and_the_blows_a_withdrawal_came_under_are_no_act():
    """Al-Watan, 2015-08-06 (R-18): "اتهم ... ميليشيات الحوثيين ... بزرع كميات كبيرة من الألغام
    الأرضية والعبوات الناسفة، ونشر كثير من المتفجرات والقنابل ... في مدينتي الحوطة وعدن، قبل انسحابها
    أخيراً، على وقع ضربات مقاتلي المقاومة": mines laid that no one says went off are no act yet, and
    "على وقع ضربات" names the blows the withdrawal came under, its cause. A mine that blew up is one."""
    text = ("اتهم المتحدث باسم مجلس قيادة المقاومة الشعبية، علي الأحمدي، ميليشيات الحوثيين وقوات الرئيس المخلوع، علي "
            "عبدالله صالح، بزرع كميات كبيرة من الألغام الأرضية والعبوات الناسفة، ونشر كثير من المتفجرات والقنابل في "
            "الشوارع والأحياء السكنية، في مدينتي الحوطة وعدن، قبل انسحابها أخيراً، على وقع ضربات مقاتلي المقاومة.")
    assert extractor().extract(Article("x-2015-08-06", text, published="2015-08-06")).incidents == ()
    text = "قتل ثلاثة جنود بانفجار لغم زرعه الحوثيون في مدينة عدن."
    found = extractor().extract(Article("x-2015-08-06", text, published="2015-08-06")).incidents
    assert [(i.sub_event_type, i.location.name, i.fatalities) for i in found] == [
        ("Remote explosive/landmine/IED", "Aden", 3)]



def test_a_war_to_fight_until_it_stops_is_no_place_hit():
    """Saba, 2025-08-30 (H8-02): "ستواصل عملياتها بوتيرة أعلى حتى يتوقف العدوان على غزة": the war
    a side vows to fight on until it stops is a condition, as "ما دام العدوان على غزة مستمراً"
    is; Gaza is no place hit."""
    text = ("وقال رئيس المجلس السياسي الأعلى مهدي المشاط في كلمة متلفزة إن دماء الشهداء ستكون وقوداً لمواصلة معركة "
            "الإسناد، وإن القوات المسلحة ستواصل عملياتها بوتيرة أعلى حتى يتوقف العدوان على غزة ويرفع الحصار عنها.")
    assert extractor().extract(Article("x-2025-08-30", text, published="2025-08-30")).incidents == ()



def test_the_series_of_attacks_a_campaign_came_after_is_background():
    """Al-Yaum, 2015-08-02 (R11-23): "وقتل وأُصيب العديد من المدنيين في هذه الحملة الجوية
    التي أطلقتها أنقرة بعد سلسلة من هجمات دامية في تركيا نسبت إلى «العمال الكردستاني»": the series
    of attacks a campaign answered is a record told as background, no act in Turkey."""
    text = ("وقتل وأُصيب العديد من المدنيين في هذه الحملة الجوية التي أطلقتها أنقرة بعد سلسلة من هجمات دامية في "
            "تركيا نسبت إلى «العمال الكردستاني».")
    assert extractor().extract(Article("x-2015-08-02", text, published="2015-08-02")).incidents == ()



def test_what_would_not_happen_had_things_been_otherwise_is_no_act():
    """Al-Yaum, 2015-08-02 (R11-23): "لأنه لو لم تكن هناك قواعد له في داخل أراضي الإقليم
    فإن تركيا لن تقصف المدنيين": the counterfactual "لو" tells what would not be, no shelling."""
    text = ("وتابع محمود إن «المسبب الرئيسي هو حزب العمال الكردستاني لأنه لو لم تكن هناك قواعد له في داخل أراضي "
            "الإقليم فإن تركيا لن تقصف المدنيين».")
    assert extractor().extract(Article("x-2015-08-02", text, published="2015-08-02")).incidents == ()


def test_whom_an_act_relieves_is_no_place_hit():
    """Al-Sabah, 2016-10-22 (F2-03): "ويرى مراقبون أن الهجوم جاء لتخفيف الضغط عن الإرهابيين في الموصل":
    the fighters an attack told before was meant to relieve, and where they are, are its aim; Mosul
    is no place hit."""
    text = ("ويرى مراقبون أن الهجوم جاء لتخفيف الضغط عن الإرهابيين في الموصل بعد خمسة أيام على انطلاق عمليات "
            "\"قادمون يا نينوى\".")
    found = extractor().extract(Article("x-2016-10-22", text, published="2016-10-22")).incidents
    assert [i.location.name for i in found if i.location is not None] == []


def test_ground_named_among_a_sides_achievements_is_no_ground_taken():
    """Al-Watan, 2015-08-07 (R11-01): "حول الربط بين حادثة استهداف قوات طوارئ عسير، والنجاحات التي
    حققتها قوات التحالف بقيادة السعودية في تطهير عدن ومحافظات الجنوب": the clearing of Aden is one
    of the achievements summed up in a question, ground taken weeks before, not news; Aden is no
    place of the act the question names."""
    text = ("وبسؤال المتحدث الأمني حول الربط بين حادثة استهداف قوات طوارئ عسير، والنجاحات التي حققتها قوات "
            "التحالف بقيادة السعودية في تطهير عدن ومحافظات الجنوب في اليمن، أجاب بالقول \"ننتظر نتائج التحقيقات "
            "الجارية\".")
    found = extractor().extract(Article("x-2015-08-07", text, published="2015-08-07")).incidents
    assert "Government regains territory" not in [i.sub_event_type for i in found]
    assert "Aden" not in [i.location.name for i in found if i.location is not None]


def test_executions_told_with_a_trial_and_no_side_are_no_act():
    """Al-Sharq al-Awsat, 2015-08-03 (corpus snn-2015-08-03-0162): "أعدم ثلاثة أشخاص في شيراز ولم
    يتمتعوا بمحاكمة قانونية": executions no side is named for, told with the trial they lacked, are a
    state's justice carried out (a rights statement), no act of the conflict in Shiraz or Tehran; men
    executed by named gunmen stay an attack on civilians."""
    text = ("كما أوضح آل بوشوكة: «عندما كانت تلتقي موغيريني كبار المسؤولين في طهران، أعدم ثلاثة أشخاص في شيراز "
            "ولم يتمتعوا بمحاكمة قانونية ولا بتمثيل محام».")
    assert extractor().extract(Article("x-2015-08-03", text, published="2015-08-03")).incidents == ()
    text = "وقال المرصد إن مسلحين مجهولين أعدموا ثلاثة أشخاص في ريف دير الزور."
    found = extractor().extract(Article("x-2015-08-03", text, published="2015-08-03")).incidents
    assert [(i.actor1, i.actor2, i.sub_event_type, i.fatalities) for i in found] == [
        ("Unknown", "Civilians", "Attack", 3)]


def test_civilians_a_side_uses_a_base_to_shell_are_no_target_of_the_strike_on_it():
    """Al-Yaum, 2015-08-06 (corpus snn-2015-08-06-1974): "على معسكر اللواء 15 ... الذي تتخذ منه
    ميليشيات الحوثي وفلول صالح مقرا لها لقصف المدنيين": shelling civilians is what the Houthis use
    the camp for, its purpose, not the act told; the coalition's strikes hit the Houthis."""
    text = ("وقال المركز الإعلامي للمقاومة إن أعدادا كبيرة من الثوار، تساندهم قوات الجيش، تطبق حصارها، بإسناد "
            "جوي وفرته طائرات التحالف العربي الذي تقوده المملكة، على معسكر اللواء 15 في مركز المحافظة زنجبار، "
            "الذي تتخذ منه ميليشيات الحوثي وفلول صالح مقرا لها لقصف المدنيين. في غضون ذلك، شنت طائرات التحالف "
            "العربي الذي تقوده المملكة غارات جوية على مواقع للحوثيين شمال المحافظة، استهدفت مخزن أسلحة بمعسكر ماس.")
    found = extractor().extract(Article("x-2015-08-06", text, published="2015-08-06")).incidents
    assert [(i.actor1, i.actor2, i.sub_event_type) for i in found] == [
        ("Saudi-led coalition", "Houthis", "Air/drone strike")]


def test_a_village_named_before_the_two_countrysides_is_the_name_alone():
    """Al-Hayat, 2015-07-24 (corpus snn-2015-07-24-0712): "في بلدة دير حافر وقرية عيشة بريفي حلب الشرقي
    والشمالي الشرقي": "بريفي" (in the two countrysides of) ends the village's name, as "بريف" does;
    the village is عيشة, not "عيشة بريفي"."""
    text = ("وأوضح المرصد أن 7 آخرين قتلوا جراء قصف على مناطق في بلدة دير حافر وقرية عيشة بريفي حلب الشرقي "
            "والشمالي الشرقي.")
    found = extractor().extract(Article("x-2015-07-24", text, published="2015-07-24")).incidents
    names = [i.location.name for i in found if i.location is not None]
    assert "عيشة (near Dayr Ḩāfir)" in names
    assert not any("بريفي" in n for n in names)



def test_ground_a_side_puts_its_efforts_into_taking_back_is_not_taken():
    """Al-Riyadh, 2015-08-04 (corpus snn-2015-08-04-0761): "ركزت فيه قوات المقاومة الشعبية ... جهودها
    لاستعادة قاعدة العند": the efforts to retake a base are no ground regained (no Government
    regains territory at al-Anad, Aden or Zinjibar); a clash the clause tells beside them stays."""
    text = ("في الوقت الذي ركزت فيه قوات المقاومة الشعبية المدعومة بعناصر الجيش الشرعي وقوات التحالف العربي الذي "
            "تقوده المملكة جهودها لاستعادة قاعدة العند الاستراتيجية الجوية، تحركت في التوقيت ذاته قوات كبيرة من "
            "مقاتلي المقاومة الشعبية في عدن.")
    assert extractor().extract(Article("x-2015-08-04", text, published="2015-08-04")).incidents == ()
    text = ("وتواصل المقاومة الشعبية جهودها لاستعادة حي الشيخ عثمان في عدن من الحوثيين وسط اشتباكات عنيفة "
            "بين الطرفين.")
    found = extractor().extract(Article("x-2015-07-21", text, published="2015-07-21")).incidents
    assert [(i.actor1, i.actor2, i.sub_event_type) for i in found] == [
        ("Yemeni government forces", "Houthis", "Armed clash")]


def test_an_act_done_on_a_pretext_stands():
    """Al-Riyadh, 2015-08-11 (corpus snn-2015-08-11-0357): "واستشهد ... الأسير الفلسطيني المحرر ... برصاص
    قوات الاحتلال بذريعة طعنه مستوطنا اسرائيليا ... غرب مدينة رام الله": "بذريعة" (on the pretext of)
    after the shooting names the charge, not the shooting as a pretext another side uses; the
    killing stands, the stabbing charged is no act."""
    text = ("واستشهد «مساء الأحد» الأسير الفلسطيني المحرر» انس منتصر طه- 20 عاما» برصاص قوات الاحتلال بذريعة "
            "طعنه مستوطنا اسرائيليا داخل محطة الوقود قرب حاجز «عوفر» التابع لقوات الاحتلال المقام على الطريق "
            "رقم 443 غرب مدينة رام الله.")
    found = extractor().extract(Article("x-2015-08-11", text, published="2015-08-11")).incidents
    assert [(i.actor1, i.actor2, i.sub_event_type, i.location.name) for i in found] == [
        ("Israeli forces", "Civilians", "Attack", "Ramallah")]


def test_a_future_part_after_a_past_act_leaves_the_act():
    """Okaz, 2015-08-11 (corpus snn-2015-08-11-0545): "إن الجيش سيطر على مدينة شقرة الساحلية ... وخلال
    الساعات المقبلة ان شاء الله ستكون «أبين» خالية": the "will be" opens a part of its own after "و"
    and covers only what follows it; the army's taking of Shuqrah, told before it, stands. Told in
    the future itself ("سيسيطر"), the taking is none."""
    text = ("وقال مدير إعلام «أبين» ياسر باعزب: إن الجيش سيطر على مدينة شقرة الساحلية وعلى مثلث شقرة أحور "
            "العرقوب وخلال الساعات المقبلة ان شاء الله ستكون «أبين» خالية من أي وجود للمليشيات الحوثية.")
    found = extractor().extract(Article("x-2015-08-11", text, published="2015-08-11")).incidents
    assert [(i.actor1, i.actor2, i.sub_event_type, i.location.name) for i in found] == [
        ("Yemeni government forces", "Houthis", "Government regains territory", "Shuqrah")]
    text = ("وقال إن الجيش سيسيطر على مدينة شقرة الساحلية وخلال الساعات المقبلة ستكون أبين خالية من "
            "الحوثيين.")
    assert extractor().extract(Article("x-2015-08-11", text, published="2015-08-11")).incidents == ()


def test_the_next_step_a_side_names_is_a_plan():
    """Reuters in Al-Riyadh, 2015-08-06 (corpus snn-2015-08-06-2315): "الخطوة المقبلة للمقاومة الشعبية
    والقوات المسلحة بعد تحرير عدن هي تطهير محافظتي أبين ولحج": the next step is a plan (the
    clearing of Abyan and Lahij is to come) and Aden's liberation only dates it; no ground is
    told regained."""
    text = ("وقال قائد للقوات المناهضة للحوثيين لرويترز “الخطوة المقبلة للمقاومة الشعبية والقوات المسلحة بعد "
            "تحرير عدن هي تطهير محافظتي أبين ولحج”.")
    assert extractor().extract(Article("x-2015-08-06", text, published="2015-08-06")).incidents == ()
