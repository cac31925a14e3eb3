"""Dates anchored to the publication date: real phrases from the seeds and corpus."""
from datetime import date

import pytest

from extract.dates import find_dates


def first(text, published):
    found = [d for d in find_dates(text, published) if d.value]
    return (found[0].value, found[0].precision) if found else (None, None)


@pytest.mark.parametrize("text, published, expected", [
    # seed 001: "Monday evening" in an article published that Monday
    ("سقطت عدة قذائف مدفعية في “حقل العمر” النفطي ومساكن الحقل بريف دير الزور الشرقي، مساء الاثنين",
     date(2021, 6, 28), (date(2021, 6, 28), "day")),
    # seed 002: "since yesterday, Wednesday" published on the Thursday
    ("وبدأ القصف المتبادل القوات الأمريكية والإيرانية في سوريا منذ أمس الأربعاء",
     date(2022, 8, 25), (date(2022, 8, 24), "day")),
    ("واليوم الخميس تعرضت قواعد أمريكية لهجوم من قوات موالية لإيران",
     date(2022, 8, 25), (date(2022, 8, 25), "day")),
    # seed 003: "dawn Friday" published on the Saturday
    ("بدورها، قالت الولايات المتحدة الجمعة في بيان تعقيبا على هجمات فجر الجمعة",
     date(2023, 3, 25), (date(2023, 3, 24), "day")),
    ("شهدت الساعات الماضية، قصفا متبادلا بين القوات الأمريكية، ومليشيات موالية لإيران",
     date(2023, 3, 25), (date(2023, 3, 25), "approximate")),
    # al-Jazirah via SaudiNewsNet 2015-08-06: a day written as an ordinal
    ("استقبلت فرق الإسعاف 206 جرحى خلال عدة ساعات فقط ليل يوم التاسع عشر من يوليو الماضي عقب قصف",
     date(2015, 8, 6), (date(2015, 7, 19), "day")),
    ("في الحادي والعشرين من شهر آذار 2019 قصفت طائرات حربية البلدة",
     date(2019, 3, 25), (date(2019, 3, 21), "day")),
    # Al Jazeera 2021-03-21: "من العام نفسه" is the year named before it, not the report's
    ("منذ اتفاق موسكو في مارس/آذار 2020، الذي أعقب معارك قتل فيها 34 جندياً تركياً بغارة في 27 فبراير/شباط "
     "من العام نفسه", date(2021, 3, 21), (date(2020, 2, 27), "day")),
    # al-Hayat via SaudiNewsNet 2015-07-24: "last night" is the evening before the report
    ("وأشاروا إلى مقتل 10 مدنيين وإصابة 17 آخرين في انفجار عبوتين ناسفتين الليلة الماضية في قضاء بلدروز",
     date(2015, 7, 24), (date(2015, 7, 23), "day")),
    # seed 004: "the night before yesterday"
    ("أن القوات الأميركية أدخلت، ليل أول من أمس، رتلين", date(2021, 6, 29), (date(2021, 6, 27), "day")),
    # explicit dates: Egyptian, Levantine and paired month names
    ("الثلاثاء 29 يونيو 2021", None, (date(2021, 6, 29), "day")),
    ("في 5 حزيران 2023 قصفت", None, (date(2023, 6, 5), "day")),
    ("يوم 26 مارس (آذار) في مسعى لمنعهم", date(2015, 7, 21), (date(2015, 3, 26), "day")),
    ("قامت الاحد 19 يوليو 2015 بقصف مركز", None, (date(2015, 7, 19), "day")),
    # (last week with no day of its own gives no day: test_last_week_with_no_day_is_an_earlier_period)
    # aawsat.com via SaudiNewsNet 2015-07-21: an ordinal day with both month names and its year
    # ("كانون الثاني/يناير 2020" too): the act recalled is of that year, not the report's
    ("وبعد عملية خطف طيارين تركيين في التاسع من أغسطس (آب) 2013 على طريق مطار بيروت الدولي",
     date(2015, 7, 21), (date(2013, 8, 9), "day")),
    # SaudiNewsNet 2015-08-07: an anniversary, the year given after "من عام"
    ("في سهل نينوى في 6 أغسطس (آب) من عام 2014 الماضي إلى هجوم واسع", date(2015, 8, 7),
     (date(2014, 8, 6), "day")),
    # a day and month read in January belongs to the previous December
    ("في 29 ديسمبر", date(2022, 1, 3), (date(2021, 12, 29), "day")),
])
def test_dates(text, published, expected):
    assert first(text, published) == expected


def test_no_publication_date_no_guess():
    """Relative words with no anchor give no date (ONTOLOGY: never a guess)."""
    text = "وذكرت مصادر محلية للأناضول، أن مجموعات موالية لإيران نفذت أمس هجوما صاروخيا مساء الاثنين"
    assert all(d.value is None for d in find_dates(text, None))


def test_offsets_point_at_the_expression():
    text = "قصفت الطائرات مساء الاثنين مواقع"
    d = find_dates(text, date(2021, 6, 28))[0]
    assert text[d.start:d.end] == "مساء الاثنين"


@pytest.mark.parametrize("text, precision", [
    # SaudiNewsNet phrases: earlier periods with no day
    ("لكنه قتل في غارة جوية شنتها قوات التحالف الشهر الماضي قرب مدينة الموصل", "past_month"),
    ("في هجوم تنظيم “داعش” الكاسح شمالي العراق في حزيران/ يونيو 2014", "past_month"),
    ("وفي العام 2013 تبنت هذه المجموعة المتطرفة", "past_year"),
    ("الذي قتل في معارك مع الفصائل الإسلامية المعارضة للحكومة في العام الماضي", "past_year"),
    ("عام 1991م شنّت قوات التحالف", "past_year"),
    ("وسيطرت القوات الكردية على مدينة كركوك خلال الصيف الماضي", "past_month"),
    ("وفرضت حالة الطوارئ في شمال سيناء للمرة الأولى في أكتوبر (تشرين الأول) الماضي", "past_month"),
    # (R5, al-Riyadh 2015-07-31; 343 such seasons and parts of a bare year in the 2015 corpus, "وفي
    # صيف 2011 عندما أعلن", "في ربيع 2013") a season before a bare year is that past year
    ("وسيطر تنظيم داعش على مجمل محافظة دير الزور في صيف 2014 بما فيها مدينة البوكمال", "past_year"),
    # (R5, al-Sharq al-Awsat 2015-07-21; "قبل عامين", "قبل 10 سنوات" in 355 corpus articles) months or
    # years ago are history told in passing, not "3" days ago
    ("وهجوم، قبل ثلاثة شهور، في دالاس (ولاية تكساس) قام به متطرفون", "past_year"),
    ("قتل قبل 3 أشهر في غارة", "past_year"),
])
def test_earlier_periods(text, precision):
    (d,) = find_dates(text, date(2015, 8, 10))
    assert (d.value, d.precision) == (None, precision)


def test_a_year_or_month_of_the_present_is_not_an_earlier_period():
    assert find_dates("في عام 2015", date(2015, 8, 10)) == []
    assert find_dates("في أغسطس 2015", date(2015, 8, 10)) == []
    # a full date keeps its day
    assert [(d.value, d.precision) for d in find_dates("في 6 أغسطس (آب) من عام 2014", date(2015, 8, 7))] == [
        (date(2014, 8, 6), "day")]


@pytest.mark.parametrize("text, published, expected", [
    # SaudiNewsNet: "today, Thursday" in a report collected on Wednesday is last Thursday
    ("وأثناء قيام رجال الأمن بإحدى نقاط التفتيش اليوم الخميس الموافق 1436/9/29هـ", date(2015, 7, 22),
     date(2015, 7, 16)),
    # "the night before last", "yesterday the first" = the day before yesterday
    ("جراء سقوط أكثر من 10 قذائف هاون الليلة قبل الماضية على منازل في ناحية هبهب", date(2015, 7, 22),
     date(2015, 7, 20)),
    ("شخصين قتلا وأصيب عشرة بجروح أمس الأول الخميس في اشتباكات", date(2015, 7, 25), date(2015, 7, 23)),
    # SaudiNewsNet 2015-08-06 (a Thursday) and 2015-07-21 (a Tuesday): the weekday "الماضي"
    # named on that weekday is the one a week before (the Duma arson, the Vienna deal)
    ("بإحراق منزلهم في قرية دوما الفلسطينية في شمالي الضفة الغربية مساء الخميس الماضي",
     date(2015, 8, 6), date(2015, 7, 30)),
    ("وينص الاتفاق المبرم يوم الثلاثاء الماضي على أن ترفع العقوبات تدريجيًا", date(2015, 7, 21),
     date(2015, 7, 14)),
    ("مساء الخميس", date(2015, 8, 6), date(2015, 8, 6)),
])
def test_day_words(text, published, expected):
    assert find_dates(text, published)[0].value == expected


@pytest.mark.parametrize("text, published, expected", [
    # snn-2015-07-24-0683: a month alone past the report's month is last year's (the Houthis took
    # Sanaa in September 2014), so history; one before it is this year's, an earlier month
    ("فيما اقتربت قوات الحوثيين التي سيطرت على صنعاء في سبتمبر أيلول من عدن", date(2015, 7, 24), "past_year"),
    # snn-2015-08-08 (Umm Sayyaf): "في مايو" in August is this year's May, no day of it
    ("زوجة أبو سياف الذي قتل في هجوم للقوات الأميركية الخاصة في سورية في مايو.", date(2015, 8, 8),
     "past_month"),
    ("الأول في متحف باردو في تونس في آذار/مارس والثاني في سوسة", date(2015, 7, 22), "past_month"),
    # snn-2015-07-23: the month's second name and "العام الماضي" after it: the year decides
    ("منذ هجومه الكاسح في شمال العراق وغربه في حزيران (يونيو) العام الماضي.", date(2015, 7, 23), "past_year"),
])
def test_a_month_alone_is_an_earlier_period(text, published, expected):
    assert [(d.value, d.precision) for d in find_dates(text, published)] == [(None, expected)]


def test_a_month_alone_of_the_report_or_with_a_day_is_no_earlier_period():
    assert find_dates("قتل في يوليو", date(2015, 7, 24)) == []
    assert [(d.value, d.precision) for d in find_dates("قتل في 12 يونيو", date(2015, 7, 24))] == [
        (date(2015, 6, 12), "day")]


@pytest.mark.parametrize("text, published, expected", [
    # snn-2015-07-23-0608: early July in a report of 23 July is an act recalled, no day of it
    ("اعلنت وزارة الدفاع الاميركية ان غارة جوية لقوات الائتلاف الدولي فوق سورية ادت في مطلع يوليو الى مقتل "
     "زعيم مجموعة خراسان", date(2015, 7, 23), "past_month"),
    # snn-2015-07-23-0285: the month's two names joined by a dash
    ("ونفذ تنظيم داعش في الأسبوع الأخير من حزيران - يونيو هجوماً جديداً على كوباني", date(2015, 7, 23),
     "past_month"),
    # snn-2015-07-25-1227
    ("ففي أواسط يونيو، قتل زعيم تنظيم القاعدة في شبه جزيرة العرب ناصر الوحيشي في غارة", date(2015, 7, 25),
     "past_month"),
])
def test_a_part_of_an_earlier_month_is_an_earlier_period(text, published, expected):
    assert [(d.value, d.precision) for d in find_dates(text, published)] == [(None, expected)]


def test_a_part_of_the_reports_month_still_running_is_no_earlier_period():
    # snn-2015-07-25-0186: mid-July in a report of 25 July may be days ago
    assert find_dates("قتل نحو منتصف يوليو (تموز) مع مسلحين اثنين آخرين في غارة أميركية", date(2015, 7, 25)) == []


@pytest.mark.parametrize("text, published, expected", [
    # snn-2015-08-10-0125: the Dammam mosque bombing of Friday 29 May, recalled in August
    ("وكان التفجير الثاني هو تفجير جامع العنود في مدينة الدمام بالسعودية أثناء صلاة الجمعة 29 مايو 2015، "
     "الذي أدى إلى قتل أربعة", date(2015, 8, 10), date(2015, 5, 29)),
    # snn-2015-07-21-0224: the Sousse attack of Friday 26 June, not the Friday before the report
    ("ثم في سوسة بتونس حيث جاءت عمليّة شاطئ القنطاوي يوم الجمعة 26 يونيو (حزيران) ليذهب ضحيّتها 38 قتيلاً",
     date(2015, 7, 21), date(2015, 6, 26)),
])
def test_a_weekday_before_a_date_is_that_dates_day(text, published, expected):
    assert [d.value for d in find_dates(text, published)] == [expected]


def test_last_week_with_no_day_is_an_earlier_period():
    # "الأسبوع الماضي" alone gives no day (not the day a week before the report); with a
    # weekday of its own the day is that weekday's
    assert [(d.value, d.precision) for d in find_dates("قصفت، الأسبوع الماضي، حي الروضة بقذائف الهاون",
                                                       date(2019, 5, 6))] == [(None, "past_week")]


def test_an_acts_own_earlier_month_after_it_wins_over_the_day_told_before_it():
    """Okaz, 2015-08-09: "زار ... داود أوغلو أمس موقعا عسكريا حدوديا ... قرب مكان قتل فيه جندي تركي في
    اشتباكات مع تنظيم داعش ... الشهر الماضي": yesterday is the visit's day, told before the act; the
    month after the act's word is the act's own time, a clash recalled (no day of the report's)."""
    from extract.pipeline import Extractor
    from extract.record import Article
    text = ("من جهة أخرى، زار رئيس الوزراء التركي أحمد داود أوغلو أمس موقعا عسكريا حدوديا في بلدة ايلبيلي "
            "بإقليم كيليس، قرب مكان قتل فيه جندي تركي في اشتباكات مع تنظيم داعش على الجانب السوري من الحدود "
            "الشهر الماضي.")
    found = Extractor().extract(Article("x-2015-08-09", text, published="2015-08-09")).incidents
    assert [i.event_date for i in found] == [None] * len(found)
    assert "2015-08-08" not in [i.event_date for i in found]


def test_an_act_of_an_earlier_month_told_again_with_no_time_stays_background():
    """Al-Sharq al-Awsat, 2015-07-21 (R13-14): the Bamako restaurant attack "في مارس (آذار) المنصرم",
    named in a report of arrests, then "وأعلنت جماعة المرابطون مسؤوليتها عن الهجوم" with no time of
    its own: the claim tells the same earlier act, no clash of the report's day."""
    from extract.pipeline import Extractor
    from extract.record import Article
    text = ("قالت مصادر أمنية يوم أمس (الثلاثاء)، إن الشرطة في مالي احتجزت حوالى 20 متطرفا مشتبها بهم في "
            "الايام الاخيرة بينهم فرنسيان على الاقل ومدبر هجوم على مطعم في العاصمة باماكو في مارس (آذار) "
            "المنصرم.\n\nكما اعتقلت الشرطة رجلا يدعى ساوتي كوما يوم الاحد الماضي في بلدة ميلو بوسط مالي، "
            "وقالت انها تشتبه في أنه يقف وراء هجوم على مطعم أدى الى مقتل مواطن فرنسي وضابط أمن بلجيكي وثلاثة "
            "من مالي. وأعلنت جماعة \"المرابطون\" المتطرفة مسؤوليتها عن الهجوم.\n\nوأضافت المصادر أن الرجال "
            "الآخرين الذي احتجزوا يوم الاثنين بعد عبورهم من دولة ساحل العاج المجاورة نقلوا الى العاصمة باماكو "
            "لاستجوابهم.")
    found = Extractor().extract(Article("x-2015-07-21", text, published="2015-07-21")).incidents
    assert "Armed clash" not in [i.sub_event_type for i in found]


def test_an_act_told_days_before_the_news_in_a_fronted_phrase_lends_it_neither_kind_nor_toll():
    """Al-Sharq al-Awsat, 2015-07-24: "وبعد أربعة أيام على هجوم انتحاري دامٍ ... وأودى بحياة 32 شخصًا
    ومائة جريح، شنّ سلاح الجو التركي اليوم، أولى غاراته": the Suruç bombing four days before, told up
    to the comma, is not the day's act; the Turkish air strikes after it are, with no toll of their own."""
    from extract.pipeline import Extractor
    from extract.record import Article
    text = ("وبعد أربعة أيام على هجوم انتحاري دامٍ استهدف الأراضي التركية وأودى بحياة 32 شخصًا ومائة جريح، "
            "شنّ سلاح الجو التركي اليوم، أولى غاراته على مواقع لتنظيم «داعش» في سوريا.\n\nوقبيل الساعة 04:00 "
            "(01:00 تغ) نفّذت ثلاث مقاتلات (اف-16) من سلاح الجو التركي غارات لقصف ثلاثة مواقع للمتطرفين في "
            "المنطقة الحدودية في سوريا المقابلة لمدينة كيليس (جنوب).")
    found = Extractor().extract(Article("x-2015-07-24", text, published="2015-07-24")).incidents
    assert [(i.event_date, i.sub_event_type, i.actor1, i.actor2, i.location.name, i.injured) for i in found] == [
        ("2015-07-24", "Air/drone strike", "Turkish forces", "ISIS", "Kilis", None)]


def test_an_act_days_before_a_day_told_in_the_next_clause_counts_back_from_it():
    """Al-Sharq al-Awsat, 2015-07-24: "وبعد أربعة أيام على هجوم انتحاري ...، شنّ سلاح الجو التركي اليوم":
    today belongs to the strikes after the comma; the bombing came four days before it."""
    from extract.dates import parse_published
    from extract.frames import sentences
    from extract.pipeline import Extractor
    text = ("وبعد أربعة أيام على هجوم انتحاري دامٍ استهدف الأراضي التركية وأودى بحياة 32 شخصًا ومائة جريح، "
            "شنّ سلاح الجو التركي اليوم، أولى غاراته على مواقع لتنظيم «داعش» في سوريا.")
    ex = Extractor()
    span = next(iter(sentences(text)))
    found = ex.analyser.analyse_sentence(text, span, parse_published("2015-07-24"), 0, [])
    assert sorted((m.sub_event_type, m.date) for m in found) == [
        ("Air/drone strike", date(2015, 7, 24)), ("Suicide bomb", date(2015, 7, 20))]
