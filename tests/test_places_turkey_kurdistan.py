"""Curated places of south-east Turkey, Iraqi Kurdistan with Nineveh's disputed
areas, and north-east Syria (data/places.csv) on real Arabic sentences.

These are the places of PKK, Turkish, SDF and ISIS news as Anadolu Arabic,
TRT Arabic, Al Jazeera and the Iraqi and Syrian outlets spell them; GeoNames'
Arabic names miss most Turkish towns ("بطليس", "تاتوان", "جزرة"). The first
group is quoted from the SaudiNewsNet corpus (2015; checked below when
../shared is present), the second is written the way outlets report; each
names the place the sentence means, its country and where it is (within 3 km
of the coordinates data/places.csv cites: GeoNames ids or Wikipedia). The last
group holds words and names that look like these places and are not them.
"""
from __future__ import annotations

import pytest

from tests.places_helpers import assert_place, assert_quoted_from_corpus, places_in

# (corpus day file, sentence, surface, place name, country, lat, lon)
CORPUS_CASES = [
    ("2015-07-31.zip", "هجوم ضد مركز للشرطة في مدينة جزرة القريبة من الحدود السورية",
     "مدينة جزرة", "Cizre", "Turkey", 37.330, 42.185),
    # bare 'جزرة' is 'carrot': a place only after a place noun
    ("2015-08-06.zip", "في بلدة سيلوبي التابعة لولاية جزرة", "جزرة", "Cizre", "Turkey", 37.330, 42.185),
    ("2015-07-24.zip", "ستستمر حتى بلدة جيزرا التابعة لمدينة شرناق", "جيزرا", "Cizre", "Turkey", 37.330, 42.185),
    ("2015-07-24.zip", "ستستمر حتى بلدة جيزرا التابعة لمدينة شرناق",
     "مدينة شرناق", "Şırnak", "Turkey", 37.514, 42.454),
    ("2015-08-10.zip", "وفي محافظة شيرناك الحدودية مع سوريا والعراق", "شيرناك", "Şırnak", "Turkey", 37.514, 42.454),
    ("2015-07-31.zip", "كان الشرطي جالسا أمام مقهى في مدينة تشينار في جنوب شرق البلاد",
     "مدينة تشينار", "Çınar", "Turkey", 37.722, 40.407),
    ("2015-07-24.zip", "بين بلدة نصيبين التابعة لمدينة ماردين", "نصيبين", "Nusaybin", "Turkey", 37.070, 41.215),
    ("2015-07-26.zip", "نقله إلى مستشفى يوكسك أوفا بمروحية عسكرية",
     "يوكسك أوفا", "Yüksekova", "Turkey", 37.574, 44.287),
    ("2015-08-11.zip", "قتل جندي في إطلاق نار استهدف مروحية عسكرية في قضاء بيت الشباب في الولاية نفسها",
     "قضاء بيت الشباب", "Beytüşşebap", "Turkey", 37.563, 43.166),
    ("2015-07-24.zip", "في هجوم نفذه ملثمون في دياربكر كبرى مدن جنوب شرق تركيا",
     "دياربكر", "Diyarbakır", "Turkey", 37.914, 40.217),
    ("2015-08-04.zip", "الطريق السريع الرابط بين مدينتي بيتليس وديار بكر",
     "بيتليس", "Bitlis", "Turkey", 38.401, 42.108),
    ("2015-07-21.zip", "عن هيكلة جديدة في مدينة الريحانية التركية أمس",
     "مدينة الريحانية", "Reyhanlı", "Turkey", 36.268, 36.567),
    ("2015-07-23.zip", "تجمعًا لناشطين أكراد في بلدة سروج التابعة لمدينة أورفة",
     "أورفة", "Şanlıurfa", "Turkey", 37.167, 38.794),
    ("2015-07-22.zip", "خلال احتجاج مماثل في مدينة مرسين الساحلية", "مدينة مرسين", "Mersin", "Turkey", 36.812, 34.639),
    ("2015-07-25.zip", "وخواكورك بناحية سيدكان شمال أربيل", "ناحية سيدكان", "Sidakan", "Iraq", 36.797, 44.672),
    ("2015-08-11.zip", "في منطقة قنديل شمال العراق", "منطقة قنديل", "Qandil mountains", "Iraq", 36.45, 45.02),
    ("2015-07-22.zip", "سير دوريات متحركة في مناطق قضاء الحويجة",
     "قضاء الحويجة", "Hawija", "Iraq", 35.326, 43.773),
    ("2015-07-23.zip", "ونقل الأسلحة إلى ناحية القيارة جنوب شرق الموصل",
     "ناحية القيارة", "Qayyarah", "Iraq", 35.799, 43.294),
    ("2015-07-21.zip", "غارة جوية يوم الجمعة بالقرب من تلعفر والرمادي", "تلعفر", "Tal Afar", "Iraq", 36.379, 42.448),
    ("2015-07-26.zip", "المحيطة بها جنوب بلدة صرين", "بلدة صرين", "Sarrin", "Syria", 36.5875, 38.2997),
    # Latakia's Rabia, not Nineveh's: the sentence names its governorate
    ("2015-08-11.zip", "في ناحية ربيعة، بريف اللاذقية الشمالي",
     "ناحية ربيعة", "Rabia (Latakia)", "Syria", 35.80, 36.04),
]

# Sentences as Anadolu Arabic, TRT Arabic, Al Jazeera, Rudaw, Shafaq and the
# Syrian outlets write them (not from the corpus).
OUTLET_CASES = [
    ("استشهد جنديان تركيان في هجوم إرهابي نفذه عناصر بي كا كا في مدينة بطليس شرقي تركيا",
     "مدينة بطليس", "Bitlis", "Turkey", 38.401, 42.108),
    ("قتل شرطي في هجوم لإرهابيي بي كا كا على مخفر في قضاء تاتوان بولاية بطليس",
     "قضاء تاتوان", "Tatvan", "Turkey", 38.492, 42.283),
    ("أعلنت السلطات حظر التجوال في قضاء جزرة بولاية شرناق جنوب شرقي تركيا",
     "قضاء جزرة", "Cizre", "Turkey", 37.330, 42.185),
    ("اندلعت اشتباكات في مدينة جزيرة ابن عمر بين الشرطة ومسلحين أكراد",
     "جزيرة ابن عمر", "Cizre", "Turkey", 37.330, 42.185),
    ("تحييد إرهابيين اثنين في هكاري جنوب شرقي تركيا", "هكاري", "Hakkâri", "Turkey", 37.574, 43.741),
    ("فرض حظر تجوال في حي سور التاريخي بمدينة ديار بكر", "حي سور", "Sur (Diyarbakır)", "Turkey", 37.914, 40.229),
    ("انفجار عبوة ناسفة استهدفت مدرعة للشرطة في قضاء سلوان بولاية ديار بكر",
     "قضاء سلوان", "Silvan", "Turkey", 38.137, 41.008),
    ("مقتل شرطيين في هجوم بسيارة مفخخة في باطمان جنوب شرقي تركيا", "باطمان", "Batman", "Turkey", 37.887, 41.132),
    ("هجوم على مركز للشرطة في مدينة سعرت شرقي تركيا", "مدينة سعرت", "Siirt", "Turkey", 37.929, 41.941),
    ("قتل جنديان في اشتباك مع مسلحي بي كا كا في ريف تونجلي", "تونجلي", "Tunceli", "Turkey", 39.099, 39.544),
    ("هجوم بسيارة مفخخة على مقر الشرطة في إلازيغ شرقي تركيا", "إلازيغ", "Elazığ", "Turkey", 38.674, 39.223),
    ("وقع الزلزال في ملاطية وشعر به سكان أديامان", "ملاطية", "Malatya", "Turkey", 38.350, 38.317),
    ("سقطت قذائف أطلقت من سوريا على ولاية هطاي التركية", "ولاية هطاي", "Hatay", "Turkey", 36.40, 36.25),
    ("قتل جنديان في هجوم بقذائف صاروخية على ثكنة في مدينة وان التركية",
     "مدينة وان التركية", "Van", "Turkey", 38.495, 43.383),
    ("نفذت المقاتلات التركية غارات على مواقع في منطقة حفتانين شمالي زاخو",
     "منطقة حفتانين", "Haftanin", "Iraq", 37.24, 42.95),
    ("أطلق الجيش التركي عملية المخلب القفل في منطقة متينا ومنطقة زاب شمالي العراق",
     "منطقة متينا", "Metina", "Iraq", 37.21, 43.33),
    ("أطلق الجيش التركي عملية المخلب القفل في منطقة متينا ومنطقة زاب شمالي العراق",
     "منطقة زاب", "Zap (Duhok)", "Iraq", 37.23, 43.62),
    # a plural place noun opens the list: bare 'متينا' is 'solid'
    ("أطلق الجيش التركي عملية المخلب القفل في مناطق متينا وزاب وأفشين باسيان",
     "متينا", "Metina", "Iraq", 37.21, 43.33),
    ("قصفت المدفعية التركية قرى في منطقة خواكورك قرب المثلث الحدودي",
     "منطقة خواكورك", "Khwakurk", "Iraq", 36.97, 44.75),
    ("استهدفت مسيرة تركية مخيم مخمور للاجئين جنوب غرب أربيل",
     "مخيم مخمور للاجئين", "Makhmour refugee camp", "Iraq", 35.7893, 43.6061),
    ("قصفت طائرة تركية مبنى في مجمع خانصور شمال جبل سنجار",
     "مجمع خانصور", "Khanasor", "Iraq", 36.49, 41.64),
    ("اشتباكات بين الجيش العراقي ووحدات مقاومة سنجار في ناحية سنوني",
     "ناحية سنوني", "Sinuni", "Iraq", 36.4575, 41.7061),
    ("تعرضت بلدة ألقوش لقصف بقذائف الهاون من مواقع داعش", "بلدة ألقوش", "Alqosh", "Iraq", 36.7342, 43.0967),
    ("عاد النازحون المسيحيون إلى بغديدا بعد تحريرها من داعش",
     "بغديدا", "Qaraqosh (al-Hamdaniya)", "Iraq", 36.271, 43.378),
    ("سيطرت القوات الاتحادية على منفذ ربيعة الحدودي مع سوريا غرب الموصل",
     "منفذ ربيعة", "Rabia (Nineveh)", "Iraq", 36.80, 42.10),
    ("نزح آلاف الإيزيديين إلى قضاء الشيخان شمال شرق الموصل",
     "قضاء الشيخان", "Ain Sifni (Shekhan)", "Iraq", 36.692, 43.35),
    ("قتل ثلاثة من عناصر الحشد بهجوم لداعش في قضاء داقوق جنوب كركوك",
     "قضاء داقوق", "Daquq", "Iraq", 35.139, 44.449),
    ("قصفت مقاتلات تركية قرى في قضاء العمادية بمحافظة دهوك", "قضاء العمادية", "Amadiya", "Iraq", 37.092, 43.488),
    ("قصفت مسيرة إيرانية مقرا لحزب كردي معارض في كوي سنجق شرق أربيل",
     "كوي سنجق", "Koya", "Iraq", 36.083, 44.629),
    ("تعرضت ناحية كوير لقصف بقذائف الهاون من مواقع داعش", "ناحية كوير", "Gwer", "Iraq", 36.02, 43.52),
    ("قصفت القوات التركية والفصائل الموالية لها قرى في محيط بلدة أبو راسين شمال الحسكة",
     "بلدة أبو راسين", "Abu Rasin (Zirgan)", "Syria", 36.87, 40.43),
    ("قصفت مسيرة تركية سيارة على طريق تربسبية القامشلي", "تربسبية", "al-Qahtaniyah", "Syria", 37.029, 41.546),
    # the Kurdish name written with a final "ه", as Kurdish outlets' Arabic pages spell it
    ("قصفت مسيرة تركية سيارة على طريق تربه سبيه القامشلي", "تربه سبيه", "al-Qahtaniyah", "Syria", 37.029, 41.546),
    # Derik (al-Malikiyah) by its Kurdish name after a district noun; bare "ديرك" is also "your monastery"
    ("استهدفت مسيرة تركية سيارة في ناحية ديرك", "ديرك", "al-Malikiyah", "Syria", 37.177, 42.140),
    ("قصفت مسيرة تركية محيط مدينتي ديرك والقامشلي", "ديرك", "al-Malikiyah", "Syria", 37.177, 42.140),
    ("اغتيال عنصر من قوات سوريا الديمقراطية في بلدة الجوادية بريف الحسكة",
     "بلدة الجوادية", "al-Jawadiyah", "Syria", 36.987, 41.820),
    ("هجوم لخلايا داعش على نقطة لقسد في بلدة مركدة جنوب الحسكة", "بلدة مركدة", "Markadah", "Syria", 35.746, 40.753),
    ("اشتباكات بين قسد ومسلحين من العشائر في بلدة الصور بريف دير الزور الشمالي",
     "بلدة الصور", "al-Suwar", "Syria", 35.5064, 40.6617),
    ("داهمت قسد منازل في بلدة الجرذي بريف دير الزور الشرقي", "بلدة الجرذي", "al-Jurdhi", "Syria", 34.87, 40.63),
    ("قصفت المدفعية التركية قرى في ناحية الشيوخ غرب عين العرب",
     "ناحية الشيوخ", "Shuyukh Tahtani", "Syria", 36.73, 38.05),
    ("سقطت قذائف على بلدة العريمة غرب منبج", "بلدة العريمة", "al-Arimah", "Syria", 36.473, 37.721),
    ("تسلل عناصر من الفصائل إلى قرية الدادات شمال منبج", "قرية الدادات", "al-Dadat", "Syria", 36.63, 37.95),
    ("قصفت قسد مدينة مارع بقذائف المدفعية", "مدينة مارع", "Mari'", "Syria", 36.483, 37.197),
]


def test_corpus_sentences_are_real():
    assert_quoted_from_corpus(CORPUS_CASES + CORPUS_LOOKALIKES)


@pytest.mark.parametrize("zname,text,surface,name,country,lat,lon", CORPUS_CASES,
                         ids=[f"{c[3]}-{c[2]}" for c in CORPUS_CASES])
def test_corpus_sentence_place(gaz, zname, text, surface, name, country, lat, lon):
    assert_place(gaz, text, surface, name, country, lat, lon)


@pytest.mark.parametrize("text,surface,name,country,lat,lon", OUTLET_CASES,
                         ids=[f"{c[2]}-{c[1]}" for c in OUTLET_CASES])
def test_outlet_sentence_place(gaz, text, surface, name, country, lat, lon):
    assert_place(gaz, text, surface, name, country, lat, lon)


def test_silvan_and_silwan_follow_the_article(gaz):
    """Turkey's Silvan is named only with its district noun; Jerusalem's
    Silwan keeps the bare name."""
    turkey = places_in(gaz, "هجوم على مخفر للدرك في قضاء سلوان بولاية ديار بكر")
    jerusalem = places_in(gaz, "اقتحمت قوات الاحتلال بلدة سلوان جنوب المسجد الأقصى في القدس")
    assert [p.country for s, p in turkey if "سلوان" in s] == ["Turkey"]
    assert [p.country for s, p in jerusalem if "سلوان" in s] == ["Palestine"]


def test_rabia_follows_the_article(gaz):
    iraq = places_in(gaz, "اشتباكات مع داعش في ناحية ربيعة غرب الموصل شمالي العراق")
    assert [p.name for s, p in iraq if s == "ناحية ربيعة"] == ["Rabia (Nineveh)"]


NEW_ROWS = {"Bitlis", "Tatvan", "Cizre", "Nusaybin", "Yüksekova", "Hakkâri", "Şırnak", "Beytüşşebap",
            "Diyarbakır", "Sur (Diyarbakır)", "Çınar", "Silvan", "Batman", "Siirt", "Tunceli", "Elazığ", "Malatya",
            "Şanlıurfa", "Reyhanlı", "Hatay", "Mersin", "Van", "Qandil mountains", "Sidakan", "Khwakurk",
            "Haftanin", "Metina", "Zap (Duhok)", "Makhmour refugee camp", "Gwer", "Khanasor", "Sinuni",
            "Tal Afar", "Alqosh", "Rabia (Nineveh)", "Rabia (Latakia)", "Ain Sifni (Shekhan)", "Hawija",
            "Daquq", "Qayyarah", "Amadiya", "Koya", "Abu Rasin (Zirgan)", "al-Qahtaniyah", "al-Jawadiyah",
            "al-Shaddadi", "Markadah", "al-Suwar", "al-Jurdhi", "Sarrin", "Shuyukh Tahtani",
            "Shuyukh Fawqani", "al-Arimah", "al-Dadat", "Mari'"}

# Words and names of the corpus that look like these places' names
# (day file, sentence): 'did not hesitate', 'the city, and that', 'priced',
# 'drunk', a Taliban official, a Yemeni sheikh, 'his bed', an Egyptian
# novelist, 'the two sheikhs' (al-Bukhari and Muslim), 'solace'.
CORPUS_LOOKALIKES = [
    ("2015-07-21.zip", "لم تتوان إيران الثورة عن استخدام الأقليات"),
    ("2015-07-24.zip", "انتهاء العمليات العسكرية في المدينة، وأن القوات الموالية للشرعية"),
    ("2015-07-31.zip", "فقد سعرت اللائحة الجديدة قيم تراخيص"),
    ("2015-07-21.zip", "هل أنت مخمور"),
    ("2015-07-31.zip", "ومولوي جل أغا المسؤول المالي في الحركة"),
    ("2015-08-06.zip", "قال الشيخ مجلي أبو رأسين"),
    ("2015-07-26.zip", "مضناك جفاه مرقده"),
    ("2015-07-21.zip", "الروائي المصري فؤاد قنديل"),
    ("2015-08-06.zip", "ما رواه الشيخان في الصحيحين"),
    ("2015-07-21.zip", "ويلهم أهله وذويه الصبر والسلوان"),
]


@pytest.mark.parametrize("zname,text", CORPUS_LOOKALIKES, ids=[c[1][:24] for c in CORPUS_LOOKALIKES])
def test_corpus_words_are_not_these_places(gaz, zname, text):
    assert not [p.name for _, p in places_in(gaz, text) if p.name in NEW_ROWS and p.source == "curated"]


@pytest.mark.parametrize("text", [
    "تتبع واشنطن سياسة العصا والجزرة مع طهران",  # 'carrot', not Cizre
    "افتتح بيت الشباب الجديد في وسط المدينة",  # 'youth house', not Beytüşşebap
    "رممت البلدية سور المدينة القديم",  # 'wall', not Sur
    "حققت الشركة نموا متينا خلال العام",  # 'solid', not Metina
    "صوت مجلس الشيوخ الأمريكي على القرار",  # the Senate, not Shuyukh
    "نشر ناشطون الصور على مواقع التواصل",  # 'the pictures', not al-Suwar
    "أشاد الشاعر ربيعة بالقصيدة",  # a man's name, not Rabia
    "حضر الحفل فريق الزاب الرياضي",  # the Zab (river, club), not the Zap region
    "أكدت الوزارة أن البرد القارص سيستمر",  # 'biting cold', not Kars
])
def test_words_are_not_these_places(gaz, text):
    assert not [p.name for _, p in places_in(gaz, text) if p.name in NEW_ROWS and p.source == "curated"]
