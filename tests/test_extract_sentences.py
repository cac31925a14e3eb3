"""One real news sentence in, the incident an analyst would code out.

Each case is a sentence of the SaudiNewsNet corpus (2015; the outlet and
day in the comment), read as a one-sentence report, with the attacker,
target, place and tolls a careful coder gives it. Each exercises one reading
rule of extract/frames.py, extract/casualties.py or extract/places.py.
"""
from __future__ import annotations

import pytest

from extract.casualties import Casualties
from extract.record import Article

# (why, sentence, published, (actor1, actor2, place, fatalities, injured))
CASES = [
    ("a verb with its object as a suffix: the referent before it is the target",
     "وكانت دورية للشرطة تمر في شارع بمدينة العريش عندما استهدفها مسلحون مجهولون بالرصاص",
     "2015-07-24", ("Unknown", "Police forces of Egypt", "Arīsh", None, None)),
    ("an abduction told with a pronoun object (al-Hayat, 2015-07-24)",
     "وقال المصدر إن مسؤولين في الكتائب حضروا الى مستشفى سامراء العام وطلبوا تزويدهم بشهادات وفاة "
     "لـ 27 عنصرًا قالوا إن تنظيم داعش اختطفهم الاربعاء في بيجي",
     "2015-07-24", ("ISIS", "Civilians", "Bayjī", None, None)),
    ("a claim with a pronoun (تبناه) names the attacker; the toll told before the act is its toll",
     "وفي السياق، أكدت مصادر طبية مقتل عشرين شخصًا على الأقل، فيما جرح العشرات في تفجير سيارة مفخخة "
     "استهدف شارعًا تجاريًا في حي البياع جنوب غربي بغداد، تبناه تنظيم داعش",
     "2015-07-24", ("ISIS", "Civilians", "Bayaa", 20, None)),
    ("a passive kill verb after an apposition makes the side the victim (2015-07, Yemen); the drone "
     "'likely American' is the US's",
     "أفاد مسؤول حكومي بأن خمسة عناصر مفترضين من تنظيم القاعدة، من بينهم قيادي، قتلوا أمس في غارة "
     "لطائرة بدون طيار يرجح أنها أمريكية فوق مدينة المكلا",
     "2015-07-24", ("US forces", "al-Qaeda", "Mukalla", None, None)),
    ("met their death (لقي ... مصرعهم) is a toll; the regime's aircraft are the regime's",
     "ولقي ثمانية مدنيين، بينهم ستة من عائلة واحدة، مصرعهم في قصف لطائرات النظام على مبانٍ سكنية "
     "في حي الصاخور بحلب",
     "2015-07-24", ("Syrian government forces", "Civilians", "Aleppo", 8, None)),
    ("the one who foils an attack was its target (Yemen, 2015-07-23)",
     "من جهة أخرى، أحبطت المقاومة الشعبية اليمنية أمس الأربعاء هجوماً شنه مسلحون حوثيون وقوات موالية "
     "للرئيس اليمني السابق علي صالح في مدينة مأرب شرقي البلاد",
     "2015-07-23", ("Houthis", "Yemeni government forces", "Ma'rib", None, None)),
    ("a country after a compass word with a preposition is a place, not the Turkish side",
     "أعلن بيان صدر عن مكتب حاكم إقليم أغري بشرق تركيا أمس الأحد أن اثنين من أفراد قوات الأمن قتلا "
     "وأصيب 24 في تفجير انتحاري نفذه حزب العمال الكردستاني في الإقليم",
     "2015-08-03", ("PKK", "Turkish forces", "Ağrı", 2, 24)),
    ("Peshmerga spelled without ي",
     "وفي محافظة نينوى قالت مصادر عسكرية إن قوات البشمركة قصفت بشكل مركز معاقل وتجمعات تنظيم داعش "
     "في قضاء سنجار غرب الموصل",
     "2015-07-24", ("Peshmerga", "ISIS", "Sinjār", None, None)),
    ("open fire split by its subject (فتح عناصر من حزب العمال النار); the army that announces is not the "
     "side; a Turkish province under any admin noun (محافظة شرناق as ولاية شرناق)",
     "اعلن الجيش التركي مقتل ثلاثة جنود اتراك امس حين فتح عناصر من حزب العمال الكردستاني النار على قافلة "
     "عسكرية في محافظة شرناق في جنوب شرق البلاد.",
     "2015-07-26", ("PKK", "Turkish forces", "Şırnak", 3, None)),
    ("a clash names two sides: with one side's dead told, the other side the clause names fought them "
     "(al-Madina 2015-08-04, Taiz)",
     "واصل ثوار تعز تقدمهم على حساب قوات التمرد الحوثي المدعومة من فلول الرئيس المخلوع علي صالح، وأشارت "
     "مصادر وسط الثوار إلى مقتل 22 انقلابيا وإصابة 12 آخرين، في اشتباكات عنيفة شهدها محيط جبل العروس "
     "الاستراتيجي في تعز.",
     "2015-08-04", ("Yemeni government forces", "Houthis", "Taiz", 22, 12)),
    ("a teen number (ثمانية عشر) and a definite act that opens a one-sentence report; in a clash "
     "'بين الطرفين' the source's side is the other side",
     "أفاد مصدر من المقاومة الشعبية اليوم الجمعة بمقتل ثمانية عشر حوثياً خلال الاشتباكات التي اندلعت "
     "بين الطرفين في مدينة الضالع جنوبي اليمن.",
     "2015-07-31", ("Yemeni government forces", "Houthis", "Aḑ Ḑāli‘", 18, None)),
    ("an explosion that kills, with no accident word, is a bombing (Reuters via SaudiNewsNet, Suruç)",
     "قال ثلاثة شهود لرويترز إن أكثر من 27 شخصا قتلوا كما أصيب العشرات في انفجار هز بلدة سروج بجنوب "
     "شرق تركيا قرب الحدود مع سوريا اليوم الاثنين.",
     "2015-07-20", ("Unknown", "Civilians", "Suruç", 27, None)),
    ("'استشهد' counts the dead, 'جرح' the wounded; a quoted officer is no side (al-Madina, 2015-07-23)",
     "وقال ضابط في الشرطة برتبة عقيد: «استشهد 16 شخصا على الأقل وجرح 30 في تفجير سيارة مفخخة في شارع "
     "تجاري في منطقة البياع» في غرب العاصمة.",
     "2015-07-23", ("Unknown", "Civilians", "Bayaa", 16, 30)),
    ("'استشهد شاب' is one dead; 'برصاص الجيش الإسرائيلي' names the shooter (al-Riyadh, 2015-08-02)",
     "إلى ذلك استشهد شاب فلسطيني مساء الجمعة متأثراً بإصابته برصاص الجيش الإسرائيلي قرب مدينة رام الله في "
     "الضفة الغربية بحسب ما أعلنت مصادر فلسطينية.",
     "2015-08-02", ("Israeli forces", "Civilians", "Ramallah", 1, None)),
    ("'حيث قتل 32 ... واصيب قرابة 104' is the toll of the act at the place it names (al-Riyadh, 2015-07-26)",
     "تأتي هذه الحوادث وسط موجة عنف شهدتها البلاد على مدار اقل من اسبوع حيث قتل 32 شخصًا واصيب قرابة 104 "
     "آخرين بجروح يوم الاثنين الماضي جراء تفجير انتحاري وقع في حديقة مركز ثقافي بمدينة \"سوروج\" التابعة "
     "لولاية شانلي أورفة جنوب شرق البلاد",
     "2015-07-26", ("Unknown", "Civilians", "Suruç", 32, 104)),
    ("a topic place before a comma ('وفي حلب،') holds the act; 'مصدره' is where it came from (Asharq "
     "al-Awsat, 2015-07-22)",
     "وفي حلب، قال المرصد السوري لحقوق الإنسان إن 18 شخصا قتلوا وأصيب 50 آخرون جراء سقوط صاروخ على حي "
     "المغاير الخاضع لسيطرة المعارضة جنوب مدينة حلب، مصدره مناطق سيطرة النظام.",
     "2015-07-22", ("Unknown", "Civilians", "Aleppo", 18, 50)),
    ("a topic governorate before a comma ('وفي محافظة الحديدة،') places the coalition's raids (al-Watan, "
     "2015-07-21)",
     "وفي محافظة الحديدة، غرب اليمن شنت مقاتلات التحالف العربي غارات عدة على مواقع عسكرية للحوثيين وقوات "
     "صالح.",
     "2015-07-21", ("Saudi-led coalition", "Houthis", "Al Hudaydah", None, None)),
    ("a topic country before a comma ('وفي العراق،') yields to the city the clause names (al-Madina, "
     "2015-07-23)",
     "وفي العراق، قتل 21 شخصا على الأقل الأربعاء في هجمات استهدفت مناطق ذات غالبية شيعية في بغداد، غداة "
     "تعرض مناطق مماثلة في العاصمة لتفجيرين تبناهما «داعش» الإرهابي بحسب مصادر أمنية وطبية.",
     "2015-07-23", ("Unknown", "Civilians", "Baghdad", 21, None)),
    ("the nationality after the strike ('غارة أمريكية') names its side; 'حاجز للجيش' the target (Okaz, "
     "2015-07-21)",
     "قتل 14 جنديا أفغانيا على الأقل أمس في غارة أمريكية على حاجز للجيش في ولاية لوغار جنوب كابول، حيث "
     "ينتشر متمردو طالبان، كما أعلنت السلطات المحلية.",
     "2015-07-21", ("US forces", "Military forces of Afghanistan", "Logar", 14, None)),
    ("'شن 5 غارات' is one wave of raids, not a tally (al-Weeam, 2015-07-22)",
     "وذكرت مصادرنا أن طيران التحالف شن 5 غارات على تجمعات لمليشيات الحوثي وصالح في معسكر الحمزة بمنطقة "
     "ميتم جنوبي مدينة إب.",
     "2015-07-22", ("Saudi-led coalition", "Houthis", "Ibb", None, None)),
    ("a named base near the target places the raids (al-Yaum, 2015-07-21)",
     "استهدف طيران التحالف بغارات عنيفة مواقع ميليشيات الحوثي قرب قاعدة العند العسكرية في لحج، وأشادت "
     "شخصيتان قياديتان يمنيتان بدور المملكة العربية السعودية",
     "2015-07-21", ("Saudi-led coalition", "Houthis", "al-Anad air base", None, None)),
    ("a side that claims the killing ('اعلن تبني مقتل شرطيين') is the attacker; 'ردا على' is motive "
     "(Rai al-Youm, 2015-07-24)",
     "واستهدفت العملية ايضا عناصر من حزب العمال الكردستاني الذي اعلن تبني مقتل شرطيين اثنين الاربعاء في "
     "جيلان بينار (جنوب) على الحدود مع سوريا، ردا على هجوم سوروتش.",
     "2015-07-24", ("PKK", "Turkish forces", "Ceylanpınar", 2, None)),
]

# Real sentences that name an act but report none: a careful coder codes nothing.
NO_INCIDENT = [
    ("an act a span before ('بعد يومين من الاعتداء') is a time mark, not news (Asharq al-Awsat, 2015-07-23)",
     "وتأتي هذه العملية وتبنيها بعد يومين من الاعتداء الذي أوقع 32 قتيلاً ومائة جريح في مدينة سروج "
     "الحدودية مع سوريا.",
     "2015-07-23"),
    ("Lebanese wording of Israel's forces ('جيش العدو الإسرائيلي') over a town: a reconnaissance flight is no "
     "attack (Rai al-Youm, 2015-07-27)",
     "وأفاد بيان صادر عن قيادة الجيش اللبناني بأنّ طائرة استطلاع تابعة لجيش العدو الإسرائيلي انتهكت الأجواء "
     "اللبنانية من فوق بلدة الناقورة الجنوبية الحدودية ونفّذت طيرانًا دائريًا فوق منطقة بيروت وضواحيها ومن ثم "
     "غادرت الأجواء من حيث أتت باتجاه الأراضي المحتلة.",
     "2015-07-27"),
]


@pytest.mark.parametrize("why,sentence,published,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_sentence(extractor, why, sentence, published, expected):
    incidents = extractor.extract(Article("case", sentence, published=published)).incidents
    assert incidents, why
    first = incidents[0]
    got = (first.actor1, first.actor2, first.location.name if first.location else None,
           first.fatalities, first.injured)
    assert got == expected, why


@pytest.mark.parametrize("why,sentence,published", NO_INCIDENT, ids=[c[0][:50] for c in NO_INCIDENT])
def test_no_incident(extractor, why, sentence, published):
    assert extractor.extract(Article("case", sentence, published=published)).incidents == (), why


def test_an_age_is_not_a_toll(extractor):
    # al-Yaum 2015-07-24: the victim's age (53) beside the kill verb
    text = ("الأسير الفلسطيني المحرر «فلاح حمد زامل أبو ماريا- 53 عاماً» قتلت قوات من جيش الاحتلال "
            "بدم بارد الأسير خلال اقتحام منزل عائلته فجر أمس الخميس في بلدة بيت أمر شمال مدينة الخليل")
    (inc,) = extractor.extract(Article("age", text, published="2015-07-24")).incidents
    assert (inc.actor1, inc.fatalities) == ("Israeli forces", None)


def test_a_back_reference_that_names_places_is_placed(extractor):
    # al-Watan 2015-07-21: "وشملت الغارات" refers back to the coalition's strikes and names where they fell
    text = ("في غضون ذلك، قصفت طائرات التحالف بقيادة المملكة، مخازن الأسلحة في اللواء الخامس في منطقة بئر "
            "ناصر بمحافظة لحج، كما استهدفت مناطق منها الوهط وصبر والفيوش، وتشن عددا من الغارات على تجمعات "
            "ميليشيا الحوثي وقوات المخلوع صالح. وشملت الغارات مواقع وتجمعات هؤلاء في المدينة الخضراء وفي "
            "لحج وأبين.")
    incidents = extractor.extract(Article("backref", text, published="2015-07-21")).incidents
    assert ("Saudi-led coalition", "Houthis", "Abyan") in {
        (i.actor1, i.actor2, i.location.name) for i in incidents}


def test_a_named_base_with_its_nationality_is_that_states(extractor):
    # Asharq al-Awsat 2015-08-04: "قاعدة «إنجرلك» التركية" - the name between the base and its nationality
    from extract.normalize import tokens
    actors = extractor.analyser._actors(tokens("إعارة قاعدة «إنجرلك» التركية لأميركا", 0))
    assert [(a, i, j) for i, j, a, *_ in actors][:1] == [("Turkish forces", 1, 4)]


def test_a_city_then_its_quarter_is_placed_at_the_quarter(extractor):
    # SaudiNewsNet 2015-07-25 (Libya): air raids "على عدة محاور في بنغازي", then "في محور الصابري";
    # "وذلك في إطار محاولات الجيش" explains, it names no target
    text = ("فيما شنت طائرات سلاح الجو الليبي الخميس، غارات على عدة محاور في بنغازي، وذلك في إطار محاولات "
            "الجيش إحكام سيطرته على المدينة الواقعة شرقي البلاد. وقال مصدر عسكري بقاعدة بنينا الجوية، في "
            "تصريحات صحفية، إن الطائرات الحربية استهدفت مواقع الجماعات المتشددة في محور الصابري وشارع الشريف.")
    incidents = extractor.extract(Article("quarter", text, published="2015-07-25")).incidents
    assert [(i.actor1, i.actor2, i.location.name, i.sub_event_type) for i in incidents] == [
        ("Military forces of Libya", "Unknown", "al-Sabri", "Air/drone strike")]


def test_a_capital_standing_for_its_government_is_not_a_place(extractor):
    # al-Weeam 2015-07-21: "الموالية لدمشق" (loyal to Damascus) names a side's patron, not where it was hit
    text = ("وقال المرصد السوري لحقوق الإنسان إن الاشتباكات التي وصفها بأنها عنيفة تركزت في منطقة الجبل "
            "الشرقي، أدت أيضا إلى مقتل عدد من أفراد القوات النظامية وقوات الدفاع المدني الموالية لدمشق "
            "وحزب الله، لكنه لم يشر إلى العدد.")
    from extract.frames import sentences
    (span,) = sentences(text)
    (mention,) = extractor.analyser.analyse_sentence(text, span, None, 0, [])
    assert (mention.actor2, [p.place.name for p in mention.targets]) == ("Syrian government forces", [])


def test_a_police_report_of_a_bomb_is_not_the_polices_act(extractor):
    # SaudiNewsNet 2015-07-26 (Sanaa): the police speak; the bomb is nobody's they name
    text = ("قالت الشرطة اليمنية إن قنبلة انفجرت أسفل حافلة ركاب في صنعاء اليوم الأحد مما أسفر عن مقتل ثلاثة "
            "أشخاص وإصابة خمسة")
    (inc,) = extractor.extract(Article("police", text, published="2015-07-26")).incidents
    assert (inc.actor1, inc.actor2, inc.fatalities, inc.injured) == ("Unknown", "Civilians", 3, 5)


def test_weapons_and_acts_in_the_accusative(extractor):
    # the indefinite accusative alif, generated for every weapon and act noun
    # (Asharq al-Awsat 2015-08-09: "إن المقاتلين أطلقوا صاروخا مساء أول من أمس على سيارة مصفحة")
    lex = extractor.lexicons
    from extract.normalize import tokens
    assert [m.value for m in lex.weapons.find(tokens("إن المقاتلين أطلقوا صاروخا مساء أول من أمس", 0))] == ["rockets"]
    # al-Riyadh 2015-07-21: "وتشن عددا من الغارات" / "شنت ... هجوماً": the noun, also when written with tanween
    assert [m.value.form for m in lex.triggers.find(tokens("شنت قوات التحالف هجوماً", 0))] == ["verb", "noun"]


def test_a_capital_that_speaks_is_not_a_place_hit(extractor):
    # Asharq al-Awsat 2015-07-31: "نفت أنقرة اتهامات ... بقصف الجيش التركي مواقعها": Ankara denies, it is not hit
    text = ("من جهة أخرى, نفت أنقرة اتهامات وحدات الحماية الكردية السورية بقصف الجيش التركي مواقعها في قرية "
            "حدودية، في وقت انتزع فيه الأكراد، السيطرة على بلدة صرين الاستراتيجية من {داعش}.")
    from extract.frames import sentences
    places = [p.place.name for span in sentences(text)
              for m in extractor.analyser.analyse_sentence(text, span, None, 0, []) for p in m.targets]
    assert "Ankara" not in places


def test_an_act_blamed_on_a_side_is_that_sides(extractor):
    # al-Jazirah (AFP) 2015-08-01: "في هجوم جديد نسبته السلطات الى التمرد الكردي"
    text = ("قتل عنصران من الشرطة التركية بالرصاص صباح امس الجمعة في منطقة اضنه (جنوب)، في هجوم جديد نسبته "
            "السلطات الى التمرد الكردي، كما اعلنت وكالة انباء الاناضول الحكومية.")
    (inc,) = extractor.extract(Article("blamed", text, published="2015-08-01")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name, inc.fatalities) == ("PKK", "Turkish forces", "Adana", 2)


def test_each_place_keeps_its_own_toll(extractor):
    # al-Yaum 2015-07-31: two children in Maarat al-Numan, "امرأة وطفلها" (two) in a village of Jabal al-Zawiya
    text = ("وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة معرة النعمان، وامرأة وطفلها في قصف جوي على قرية "
            "جوزف في منطقة جبل الزاوية")
    incidents = extractor.extract(Article("tolls", text, published="2015-07-31")).incidents
    assert [(i.actor2, i.location.name, i.fatalities) for i in incidents] == [
        ("Civilians", "Ma‘arrat an Nu‘mān", 2), ("Civilians", "Jabal al-Zawiya", 2)]


def test_a_wire_dateline_is_neither_place_nor_side(extractor):
    # Asharq al-Awsat 2015-08-03: filed from Bamako, the ambush was near Nampala, in central
    # Mali; a dual with its nationality ("جنديين ماليين قتلا") counts two dead
    text = ("باماكو - رويترز: أكدت مصادر عسكرية أن جنديين ماليين قتلا وأصيب أربعة في كمين استهدف "
            "قافلتهم قرب بلدة نامبالا بوسط البلاد أول من أمس.")
    (inc,) = extractor.extract(Article("dateline", text, published="2015-08-03")).incidents
    assert (inc.actor2, inc.fatalities, inc.injured) == ("Military forces of Mali", 2, 4)
    assert inc.location is None or inc.location.name != "Bamako"


def test_the_police_who_report_are_not_the_target(extractor):
    # Asharq al-Awsat 2015-08-01: "قالت الشرطة ... إن شخصا قتل": one dead, 15 hurt, at a rally
    text = ("كولومبو - «الشرق الأوسط»: قالت الشرطة في سريلانكا، أمس (الجمعة)، إن شخصا قتل وأصيب 15 في "
            "إطلاق نار على حشد انتخابي في العاصمة كولومبو")
    (inc,) = extractor.extract(Article("police", text, published="2015-08-01")).incidents
    # (shots at a rally with no clash word: the people hit are civilians, not the police who tell it)
    assert (inc.actor2, inc.fatalities, inc.injured) == ("Civilians", 1, 15)


# Short real articles in, every incident's (attacker, target, place) out:
# (why, text, published, expected)
ARTICLES = [
    ("with ب the unvocalised قصف is the noun, its lam the agent (al-Madina 2015-07-25)",
     "اعلنت وزارة الدفاع العراقية أمس، عن مقتل 23 عنصرًا من تنظيم «داعش» وتدمير سيارة مفخخة بقصف "
     "لطيران التحالف الدولي في قضاء بيجي ومدينة الرمادي.",
     "2015-07-25",
     [("International coalition", "ISIS", "Bayjī"), ("International coalition", "ISIS", "Ramadi")]),
    ("'شن طيران التحالف ... كما شن ... وشن ست غارات': the later verbs keep the coalition (al-Yaum 2015-07-21)",
     "ومن جهته، شن طيران التحالف عدة غارات على مخازن الأسلحة في معسكر السواد جنوب صنعاء، كما شن أربع غارات "
     "على مواقع مليشيات الحوثي في منطقة حرض بمحافظة حجة الحدودية مع السعودية.\n"
     "كما شن عدة غارات جوية على مواقع ومعسكرات مليشيات الحوثي في محافظة مأرب.\n"
     "وشن ست غارات جوية على مواقع مليشيات الحوثي في محافظة عمران بالإضافة إلى ثلاث غارات جوية على مواقع "
     "مليشيات الحوثي في محافظة الجوف.",
     "2015-07-21",
     [("Saudi-led coalition", "Houthis", place)
      for place in ("Sanaa", "Ḩaraḑ", "Marib", "Amran", "Al Jawf (Yemen)")]),
    ("raids 'في محافظة صعدة', then 'تركز القصف الجوي ... على مديرية رازح وساقين' (al-Riyadh 2015-08-08)",
     "كما شن طيران التحالف سلسلة غارات امس والخميس استهدفت مواقع وتجمعات لمليشيات الحوثي في محافظة صعدة "
     "ومنازل قيادات في الجماعة بحسب مصادر محلية.\n"
     "تركز القصف الجوي المصحوب بقصف مدفعي على مديرية رازح وساقين.",
     "2015-08-08",
     [("Saudi-led coalition", "Houthis", "Razih"), ("Saudi-led coalition", "Houthis", "Sāqayn")]),
]


@pytest.mark.parametrize("why,text,published,expected", ARTICLES, ids=[a[0][:50] for a in ARTICLES])
def test_article(extractor, why, text, published, expected):
    incidents = extractor.extract(Article("article", text, published=published)).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in incidents] == expected, why


def test_a_fronted_while_clause_ends_at_the_main_verb(extractor):
    # al-Madina 2015-07-24: "وفيما قتل 27 ... في بيجي، كشف مصدر ... عن قصف طائرات التحالف": the dead
    # of Baiji are not the coalition's strike's; and the US minister's visit to Baghdad is no target
    text = ("وفيما قتل 27 من كتائب حزب الله في بيجي، كشف مصدر في وزارة البيشمركة الكردية عن قصف طائرات "
            "التحالف الدولي لأربعة مخازن للأسلحة والاعتدة لتنظيم داعش في شمال وشرق الموصل، وقام وزير "
            "الدفاع الأمريكي أشتون كارتر بزيارة مفاجئة لبغداد امس ليتعرف بنفسه على تفاصيل الحملة على تنظيم داعش.")
    strikes = [(i.actor1, i.actor2, i.location.name, i.fatalities)
               for i in extractor.extract(Article("while", text, published="2015-07-24")).incidents
               if i.sub_event_type == "Air/drone strike"]
    assert strikes == [("International coalition", "ISIS", "Mosul", None)]


def test_presentation_forms_are_read_as_letters(extractor):
    # al-Jazirah 2015-08-06 pasted this paragraph in Arabic presentation forms (U+FExx)
    text = ("ﻭﻓﻲ ﻋﺪﻥ ﺍﺳﺘﻘﺒﻠﺖ ﻓﺮﻕ ﺍﻹﺳﻌﺎﻑ 206 ﺟﺮﺣﻰ ﺧﻼﻝ ﻋﺪﺓ ﺳﺎﻋﺎﺕ ﻓﻘﻂ ﻋﻘﺐ ﻗﺼﻒ ﻧﻔﺬﻩ ﺍﻟﺤﻮﺛﻴﻮﻥ "
            "ﻋﻠﻰ ﺃﺣﻴﺎﺀ ﺍﻟﻤﺪﻳﻨﺔ")
    (inc,) = extractor.extract(Article("forms", text, published="2015-08-06")).incidents
    assert (inc.actor1, inc.location.name, inc.injured) == ("Houthis", "Aden", 206)
    assert "وفي عدن" in inc.evidence[0].text


def test_the_owner_of_the_premises_hit_is_the_target(extractor):
    # al-Yaum 2015-08-11: "تفجير مسجد قوات الطوارئ" names whose mosque was bombed, not who bombed it
    text = "أكد علماء ووجهاء محافظة القطيف ان تفجير مسجد قوات الطوارئ بعسير كشف الوجه البشع للإرهاب"
    incidents = extractor.extract(Article("owner", text, published="2015-08-11")).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in incidents] == [
        ("Unknown", "Police forces of Saudi Arabia", "Asir")]


@pytest.mark.parametrize("text, place", [
    # al-Riyadh 2015-08-07: the emir of Jizan speaks of a bombing in Asir
    ("أمير جازان : تفجير مسجد قوات الطوارئ بعسير عمل إرهابي غادر", "Asir"),
    # Okaz 2015-08-09: Aden's health office counts the mine victims of Lahij
    ("أكد مدير عام مكتب الصحة بمحافظة عدن سقوط 11 مواطنا وإصابة 33 آخرين في انفجار لألغام زرعتها مليشيات "
     "الحوثي في محافظة لحج", "Lahij"),
    # ... but a governor hit is hit in his province
    ("اغتال مسلحون محافظ عدن جعفر محمد سعد بتفجير سيارة مفخخة استهدفت موكبه", "Aden"),
])
def test_the_place_of_an_office_is_not_the_site(extractor, text, place):
    incidents = extractor.extract(Article("office", text, published="2015-08-09")).incidents
    assert [i.location.name for i in incidents] == [place]


def test_gunmen_backed_by_iran_are_iran_backed_militias(extractor):
    # CENTCOM's Arabic statements: "مسلحون مدعومون من إيران"; "بتوقيت بغداد" is a time zone, no place
    text = ("في حوالي الساعة 6:30 مساءً بتوقيت بغداد، أطلق مسلحون مدعومون من إيران عدة صواريخ باليستية "
            "وصواريخ على قاعدة الأسد الجوية في غرب العراق")
    (inc,) = extractor.extract(Article("centcom", text, published="2024-01-21")).incidents
    assert (inc.actor1, inc.location.name) == ("Iran-backed militias", "Ain al-Asad air base")


def test_the_victims_of_the_aggression_name_who_struck(extractor):
    # SANA: "شهداء العدوان الإسرائيلي" are the victims of Israel's strike, not Israel's dead
    text = ("ارتفع عدد شهداء العدوان الإسرائيلي الذي استهدف مساء أمس عدداً من المواقع في منطقة مصياف "
            "بريف حماة الغربي إلى 14 شهيداً")
    (inc,) = extractor.extract(Article("sana", text, published="2024-09-09")).incidents
    assert (inc.actor1, inc.location.name, inc.fatalities) == ("Israeli forces", "Maşyāf", 14)


def test_a_text_that_names_only_the_turkish_occupation_means_it_by_the_bare_word(extractor):
    # Kurdish outlets (Hawar): "دولة الاحتلال التركي", then "طائرات الاحتلال" for Turkey's aircraft
    text = ("12 شهيداً مدنياً في هجمات دولة الاحتلال التركي على شمال وشرق سوريا\n"
            "استهدفت مسيّرات وطائرات الاحتلال الحربية منشآت خدمية ومخبزاً في مدينة كوباني.")
    incidents = extractor.extract(Article("hawar", text, published="2024-10-24")).incidents
    assert [(i.actor1, i.location.name) for i in incidents] == [("Turkish forces", "Kobani")]


def test_the_turkish_occupation_after_its_lam_is_still_turkeys(extractor):
    # Hawar (F2-10, as K-05's "طائرة مسيرة تابعة للاحتلال التركي"): "تابعة للاحتلال" writes the
    # word with "لل", and a text that names only the Turkish occupation means Turkey by it too
    text = ("صعّد جيش الاحتلال التركي، يوم أمس، من هجماته على مناطق شمال وشرق سوريا.\n"
            "وكانت طائرة مسيّرة تابعة للاحتلال قد استهدفت، صباح أمس، سيارة مدنية على طريق قامشلو – عامودا، "
            "ما أدى إلى إصابة سائقها بجروح")
    incidents = extractor.extract(Article("hawar", text, published="2023-10-06")).incidents
    assert [(i.actor1, i.actor2) for i in incidents] == [("Turkish forces", "Civilians")]


def test_people_killed_at_an_air_base_are_its_garrison(extractor):
    # SOHR: "مقتل أربعة أشخاص بينهم عناصر" at Hama's military airport: the base's forces, not civilians
    text = ("وأفاد المرصد السوري لحقوق الإنسان بأن أكثر من عشر غارات استهدفت مطار حماة، وأسفرت عن مقتل "
            "أربعة أشخاص بينهم عناصر من وزارة الدفاع، وإصابة 11 آخرين")
    (inc,) = extractor.extract(Article("sohr", text, published="2025-04-03")).incidents
    assert (inc.actor2, inc.location.name, inc.fatalities, inc.injured) == (
        "Syrian government forces", "Hama airbase", 4, 11)


def test_the_state_forces_hit_are_the_target_beside_a_civilian(extractor):
    # MENA 2017: police at a checkpoint and a passer-by killed: the police were the act's target
    # (and the dead are the 8 policemen and the citizen: 9)
    text = ("استشهد 8 من رجال الشرطة بينهم ضابط، ومواطن مدني، وأصيب 13 آخرون، في هجوم إرهابي استهدف كمين "
            "المطافي الأمني بمدينة العريش في شمال سيناء")
    (inc,) = extractor.extract(Article("mena", text, published="2017-01-09")).incidents
    assert (inc.actor2, inc.location.name, inc.fatalities, inc.injured) == ("Police forces of Egypt", "Arīsh", 9, 13)


@pytest.mark.parametrize("text, place", [
    # Okaz 2015-08-10: the deputy speaker's family name is not al-Shaddadi in Syria, and where the
    # Houthis laid the mine is where it hit
    ("نائب رئيس مجلس النواب محمد علي الشدادي اصيب بانفجار لغم ارضي زرعه الحوثيون بمنطقة العرقوب "
     "بمحافظة أبين", "Abyan"),
    ("أصيب النائب محمد علي الرمادي بانفجار عبوة ناسفة في مدينة بعقوبة", "Baqubah"),
])
def test_a_family_name_is_not_a_place(extractor, text, place):
    incidents = extractor.extract(Article("nisba", text, published="2015-08-10")).incidents
    assert [(i.location.name, i.launch_location) for i in incidents] == [(place, None)]


def test_an_act_told_as_background_is_less_sure(extractor):
    # al-Madina 2015-07-31: "يذكر أن ..." recalls the Suruç bombing as background
    text = "يذكر أن تركيا بدأت الأسبوع الماضي عمليات عسكرية ضد تنظيم داعش في أعقاب تفجير انتحاري مدمر في مدينة سروج"
    told = "بدأت تركيا الأسبوع الماضي عمليات عسكرية ضد تنظيم داعش في أعقاب تفجير انتحاري مدمر في مدينة سروج"
    (background,) = extractor.extract(Article("bg", text, published="2015-07-31")).incidents
    (news,) = extractor.extract(Article("news", told, published="2015-07-31")).incidents
    assert background.confidence < news.confidence


def test_an_unattributed_air_strike_where_only_the_state_flies_is_the_states(extractor):
    # al-Yaum 2015-07-22: Apaches over Sinai, no side named; the strongholds "التي تأوي عناصر بيت المقدس"
    text = ("شنّت مروحيات الأباتشي غارة جوية مفاجئة، استهدفت خلالها أخطر المعاقل الإرهابية التي تأوي "
            "عناصر بيت المقدس جنوب مدينة الشيخ زويد في شمال سيناء، وقتلت عدداً من العناصر")
    (inc,) = extractor.extract(Article("apache", text, published="2015-07-22")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name) == ("Military forces of Egypt", "ISIS", "Ash Shaykh Zuwayd")
    assert [x.field for x in inc.inferred] == ["actor1"]


def test_who_fired_what_fell_is_the_attacker(extractor):
    # SPA 2019-06-12: "سقوط مقذوف أطلقته ميليشيا الحوثي المدعومة من إيران": the Houthis fired it
    text = ("أعلن المتحدث الرسمي باسم قوات تحالف دعم الشرعية في اليمن العقيد الركن تركي المالكي، الأربعاء، "
            "إصابة 26 مدنياً جراء سقوط مقذوف أطلقته ميليشيا الحوثي المدعومة من إيران على صالة القدوم في مطار "
            "أبها الدولي")
    (inc,) = extractor.extract(Article("spa", text, published="2019-06-12")).incidents
    assert (inc.actor1, inc.actor2, inc.injured) == ("Houthis", "Civilians", 26)


def test_the_force_that_announces_a_toll_of_a_terrorist_attack_is_not_its_author(extractor):
    # Petra 2016-12-19: the police directorate counts the dead of "الاعتداء الإرهابي الذي استهدف"
    text = ("أعلنت مديرية الأمن العام ارتفاع عدد شهداء الاعتداء الإرهابي الذي استهدف رجال الأمن والمواطنين "
            "في محافظة الكرك أمس الأحد إلى عشرة شهداء")
    (inc,) = extractor.extract(Article("petra", text, published="2016-12-19")).incidents
    assert (inc.actor1, inc.fatalities) == ("Unknown", 10)


def test_a_settlement_noun_makes_a_word_name_a_town_in_the_region(extractor):
    # NNA 2024-10-24: "صور" is also "pictures"; after "مدينة" it is Tyre, though the article
    # names only Israel ("الطيران الحربي الإسرائيلي"), not Lebanon
    text = "شن الطيران الحربي الإسرائيلي، بعد ظهر أمس، سلسلة غارات عنيفة على مدينة صور"
    (inc,) = extractor.extract(Article("nna", text, published="2024-10-24")).incidents
    assert (inc.actor1, inc.location.name) == ("Israeli forces", "Tyre")


def test_a_time_mark_s_place_is_not_the_acts(extractor):
    # Asharq al-Awsat 2021-08-28: "بعد يومين من تفجيري مطار كابل" dates the strike in Nangarhar
    text = "واشنطن تعلن قتل «مخطط» لداعش خراسان بغارة في ننغرهار بعد يومين من تفجيري مطار كابل"
    incidents = extractor.extract(Article("awsat", text, published="2021-08-28")).incidents
    assert [(i.actor2, i.location.name) for i in incidents] == [("ISIS", "Nangarhar")]


def test_those_neutralised_are_the_victims(extractor):
    # Anadolu 2016-08-26: Turkish official Arabic "تحييد 5 إرهابيين من بي كا كا"
    text = ("وفي ولاية هكاري، أعلنت رئاسة الأركان العامة تحييد 5 إرهابيين من بي كا كا في اشتباكات مع الجيش "
            "في ريف قضاء شمدينلي، أمس الخميس")
    (inc,) = extractor.extract(Article("aa", text, published="2016-08-26")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name) == ("Turkish forces", "PKK", "Şemdinli")


def test_fire_that_hit_a_place_is_an_attack_on_it(extractor):
    # Reuters 2020-01-27: "ثلاثة صواريخ ... أصابت مجمع السفارة الأمريكية": the hit verb with the weapon named
    text = ("قالت مصادر أمنية عراقية إن ثلاثة صواريخ على الأقل أصابت مجمع السفارة الأمريكية في المنطقة الخضراء "
            "شديدة التحصين وسط بغداد مساء يوم الأحد")
    (inc,) = extractor.extract(Article("reuters", text, published="2020-01-27")).incidents
    assert (inc.actor2, inc.location.name, inc.sub_event_type) == (
        "US forces", "Green Zone", "Shelling/artillery/missile attack")


def test_a_sea_is_a_place_and_a_town_far_off_is_not(extractor):
    # Reuters 2024-03-07: the ship was hit in the Gulf of Aden, "على بعد نحو 50 ميلا بحريا جنوب غربي عدن"
    text = ("قالت القيادة المركزية الأمريكية إن صاروخا باليستيا أطلقته جماعة الحوثي اليمنية أصاب سفينة الشحن "
            "في خليج عدن على بعد نحو 50 ميلا بحريا جنوب غربي عدن، ما أسفر عن مقتل ثلاثة من أفراد طاقمها")
    (inc,) = extractor.extract(Article("ship", text, published="2024-03-07")).incidents
    assert (inc.actor1, inc.location.name, inc.fatalities) == ("Houthis", "Gulf of Aden", 3)


@pytest.mark.parametrize("text, published, expected", [
    # Hawar 2024-10-24: Turkish drones over Qamishli's countryside, no target named
    ("استهدفت مسيرة تركية محطة تحويل الكهرباء في ريف قامشلو", "2024-10-24", ("Turkish forces", "SDF")),
    # SANA 2024-09-09: "العدوان الإسرائيلي ... على منطقة مصياف", no target named
    ("شن العدو الإسرائيلي عدواناً جوياً استهدف عدداً من المواقع في منطقة مصياف بريف حماة", "2024-09-09",
     ("Israeli forces", "Syrian government forces")),
])
def test_a_side_s_strikes_naming_no_target_hit_its_usual_foe_there(extractor, text, published, expected):
    (inc,) = extractor.extract(Article("usual", text, published=published)).incidents
    assert (inc.actor1, inc.actor2) == expected
    assert [x.field for x in inc.inferred] == ["actor2"]


@pytest.mark.parametrize("text, expected", [
    # the IDF's Arabic spokesman, 2018-05-10: "قيام قوات فيلق القدس ... بإطلاق": the Quds Force fired
    ("في أعقاب قيام قوات فيلق القدس التابع للحرس الثوري الإيراني بإطلاق نحو عشرين قذيفة صاروخية بعد منتصف "
     "الليلة الماضية نحو مواقع أمامية لجيش الدفاع في هضبة الجولان", ("IRGC", "Israeli forces")),
    ("وخلال الغارات أطلقت الدفاعات الجوية السورية الصواريخ، فقام جيش الدفاع بمهاجمة عدد من بطاريات الدفاع "
     "الجوي السورية في منطقة الكسوة", ("Israeli forces", "Syrian government forces")),
])
def test_who_did_the_act_named_by_its_noun(extractor, text, expected):
    incidents = extractor.extract(Article("idf", text, published="2018-05-10")).incidents
    assert [(i.actor1, i.actor2) for i in incidents][-1:] == [expected]


def test_drones_on_a_saudi_oil_plant_are_the_houthis(extractor):
    # SPA 2019-09-14: "معمل بقيق" (a plant noun makes the name a place); no side named
    text = "اندلع حريق في معمل بقيق نتيجة استهدافه بطائرات من دون طيار"
    (inc,) = extractor.extract(Article("spa", text, published="2019-09-14")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name) == ("Houthis", "Civilians", "Abqaiq")
    assert sorted(x.field for x in inc.inferred) == ["actor1", "actor2"]


def test_a_group_calling_itself_a_name_claims_the_attack(extractor):
    # Alsumaria 2021-07-07: "وتبنت مجموعة تطلق على نفسها لواء ثأر المهندس الهجوم"; its "على" is no target cue
    text = ("قال المتحدث باسم التحالف الدولي إن 14 صاروخاً استهدفت قاعدة عين الأسد ظهر اليوم. وتبنت مجموعة "
            "تطلق على نفسها لواء ثأر المهندس الهجوم في بيان نشرته قنوات مقربة من الفصائل على تطبيق تليغرام")
    (inc,) = extractor.extract(Article("claim", text, published="2021-07-07")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name) == ("Iran-backed militias", "US forces", "Ain al-Asad air base")


def test_a_first_since_is_a_comparison_not_a_span(extractor):
    # 2023-12-26: "وهو أول هجوم يسفر عن إصابة حرجة لجندي أمريكي منذ بدء موجة الهجمات": the act stays
    text = ("أصيب ثلاثة عسكريين أمريكيين، أحدهم بجروح خطيرة، إثر هجوم بطائرة مسيرة مفخخة استهدف القاعدة الجوية في "
            "مطار أربيل الدولي فجر يوم الاثنين 25 كانون الأول 2023، وهو أول هجوم يسفر عن إصابة حرجة لجندي أمريكي "
            "منذ بدء موجة الهجمات في تشرين الأول الماضي.")
    (inc,) = extractor.extract(Article("first", text, published="2023-12-26")).incidents
    assert (inc.actor2, inc.location.name, inc.event_date, inc.injured) == (
        "US forces", "Erbil International Airport", "2023-12-25", 3)


def test_a_comparison_restating_the_act_adds_no_place(extractor):
    # Al Jazeera 2024-02-26: "غارتين على محيط مدينة بعلبك ... في أول استهداف من نوعه لمنطقة البقاع منذ ..."
    text = ("شن الطيران الحربي الإسرائيلي غارتين على محيط مدينة بعلبك شرقي البلاد، في أول استهداف من نوعه "
            "لمنطقة البقاع منذ بدء المواجهات على الحدود في الثامن من أكتوبر الماضي")
    incidents = extractor.extract(Article("first", text, published="2024-02-26")).incidents
    assert [(i.location.name, i.event_date) for i in incidents] == [("Baalbek", "2024-02-26")]


def test_who_found_the_dead_did_not_kill_them(extractor):
    # Asharq al-Awsat 2015-07-23: "عثرت قوات الأمن التركية أمس على جثتي شرطيين، مقتولين بأسلحة نارية"
    text = ("عثرت قوات الأمن التركية أمس على جثتي شرطيين، مقتولين بأسلحة نارية، في منزلهما في بلدة جيلان بينار "
            "الحدودية مع سوريا")
    incidents = extractor.extract(Article("found", text, published="2015-07-23")).incidents
    assert "Turkish forces" not in [i.actor1 for i in incidents]


@pytest.mark.parametrize("text, published, expected", [
    # Okaz 2015-07-25: "سقوط مقذوف" in Jizan: the prefilter reads "مقذوف" too
    ("لقي عامل يمني مصرعه، مساء أمس الجمعة؛ إثر سقوط مقذوفٍ عسكري من داخل الأراضي اليمنية، في أرض زراعية "
     "بقرية القنبورة بمحافظة أحد المسارحة التابعة لمنطقة جازان.", "2015-07-25", ("Houthis", "Ahad al-Masarihah", 1)),
    # al-Hayat 2015-07-22: a plural subject's verb "هاجموا"
    ("وكان مسلحو المعارضة قد هاجموا سيارتي دفع رباعي لقوات النظام في منطقة سهل الزبداني مما أدى إلى مقتل "
     "من في السيارتين.", "2015-07-22", ("Unknown", "Az Zabadānī", None)),
])
def test_more_forms_of_the_act(extractor, text, published, expected):
    (inc,) = extractor.extract(Article("forms", text, published=published)).incidents
    assert (inc.actor1, inc.location.name, inc.fatalities) == expected


def test_a_source_in_a_force_is_not_the_attacker(extractor):
    # North Press: "وقال مصدر عسكري في قسد ... إن مسلحين ... هاجموا النقطة"
    text = ("وقال مصدر عسكري في قسد لنورث برس، إن مسلحين يستقلون دراجات نارية هاجموا النقطة بالأسلحة الخفيفة "
            "والقنابل اليدوية في بلدة الشحيل")
    (inc,) = extractor.extract(Article("np", text, published="2024-08-07")).incidents
    assert inc.actor1 == "Unknown"


def test_a_place_after_the_attacker_and_its_object_is_where_it_struck(extractor):
    # WAFA 2024-04-13: "مستوطنون ... منزلا في قرية دوما جنوب نابلس": the village hit, not the settlers' base;
    # Nablus after it makes it the West Bank's Duma, not Syria's
    text = "هاجم مستوطنون منزلا في قرية دوما جنوب نابلس، ما أدى إلى إصابة أربعة مواطنين"
    (inc,) = extractor.extract(Article("wafa", text, published="2024-04-13")).incidents
    assert (inc.actor1, inc.location.name, inc.location.country, inc.launch_location, inc.injured) == (
        "Israeli settlers", "Dūmā", "Palestine", None, 4)


def test_gunmen_loyal_to_a_government_are_its_forces(extractor):
    # 2015 Yemen news: "مسلحون موالون لهادي" fight for the government
    text = "أطلق مسلحون موالون لهادي النار على نقطة للحوثيين في مدينة تعز"
    (inc,) = extractor.extract(Article("loyal", text, published="2015-08-10")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name) == ("Yemeni government forces", "Houthis", "Taiz")


def test_a_bomber_belonging_to_a_group_is_that_groups(extractor):
    # al-Ikhbariya 2025-06-23: "انتحارياً يتبع لتنظيم داعش الإرهابي دخل الكنيسة"
    text = ("وقالت وزارة الداخلية في بيان إن انتحارياً يتبع لتنظيم داعش الإرهابي دخل كنيسة مار إلياس في حي الدويلعة "
            "بدمشق أثناء القداس وأطلق النار على المصلين قبل أن يفجر نفسه بحزام ناسف")
    incidents = extractor.extract(Article("church", text, published="2025-06-23")).incidents
    assert {(i.actor1, i.actor2) for i in incidents} == {("ISIS", "Civilians")}


def test_a_spokesman_s_army_is_not_the_side_of_the_act_he_reports(extractor):
    # Al Jazeera 2025-05-06: the army's spokesman reports drones the RSF launched
    text = ("وقال المتحدث باسم الجيش السوداني إن الدفاعات الأرضية تصدت لعدد من المسيّرات الانتحارية التي أطلقتها "
            "ميليشيا الدعم السريع على مدينة بورتسودان")
    incidents = extractor.extract(Article("sudan", text, published="2025-05-06")).incidents
    assert [i.actor1 for i in incidents] == ["Rapid Support Forces"]


def test_units_of_an_army_are_its_subject_not_its_target(extractor):
    # al-Watan (Syria) 2019-05-09: "واصلت وحدات الجيش العربي السوري ... وأحكمت سيطرتها على بلدة كفرنبودة"
    text = ("واصلت وحدات الجيش العربي السوري عملياتها ضد التنظيمات الإرهابية في ريف حماة الشمالي الغربي، "
            "وأحكمت سيطرتها، أمس الأربعاء، على بلدة كفرنبودة")
    incidents = extractor.extract(Article("watan", text, published="2019-05-09")).incidents
    assert [i.actor1 for i in incidents] == ["Syrian government forces"]


def test_our_forces_in_the_sdf_s_own_statement_are_the_sdf(extractor):
    # the SDF Media Center: "هاجمت خلية لمرتزقة داعش ... نقطة لقواتنا في بلدة أبو حمام"
    text = ("المركز الإعلامي لقوات سوريا الديمقراطية - بيان:\n"
            "هاجمت خلية لمرتزقة داعش، مساء أمس الإثنين، نقطة لقواتنا في بلدة أبو حمام بالأسلحة الخفيفة")
    (inc,) = extractor.extract(Article("sdf", text, published="2021-10-19")).incidents
    assert (inc.actor1, inc.actor2) == ("ISIS", "SDF")


def test_a_man_named_turki_is_not_turkey(extractor):
    # Saba 2018-08-09: "المتحدث باسم تحالف العدوان تركي المالكي": the coalition's spokesman
    text = ("من جهته، زعم المتحدث باسم تحالف العدوان تركي المالكي أن الضربة عمل عسكري مشروع استهدف عناصر مسؤولة "
            "عن التخطيط لإطلاق الصاروخ الباليستي على جازان")
    incidents = extractor.extract(Article("saba", text, published="2018-08-09")).incidents
    assert "Turkish forces" not in {a for i in incidents for a in (i.actor1, i.actor2)}


def test_the_doer_after_done_by_its_pronoun_is_the_attacker(extractor):
    # SaudiNewsNet 2015-07-21 (إرهاب داعش يضرب تركيا): "اعتداء انتحاري قام به داعش";
    # where the minister spoke ("في مؤتمر صحافي في أنقرة") is not where it was done (the town,
    # told in the lead, is appended here)
    text = "وقال في مؤتمر صحافي في أنقرة، إن التفجير ناجم عن اعتداء انتحاري قام به داعش في بلدة سروج"
    incidents = extractor.extract(Article("snn-suruc", text, published="2015-07-21")).incidents
    assert [(i.actor1, i.location.name) for i in incidents] == [("ISIS", "Suruç")]


def test_seizing_a_car_moves_no_front_line(extractor):
    # SaudiNewsNet 2015-08-03 (مختل يقتحم مسجدا بسيارته): "استولى على سيارة والده"
    text = "وتبين أن الشاب استولى على سيارة والده وصدم المسجد عمدا في محافظة بيش"
    incidents = extractor.extract(Article("snn-bish", text, published="2015-08-03")).incidents
    assert [i.sub_event_type for i in incidents] == []


def test_a_call_for_strikes_is_not_a_strike(extractor):
    # SaudiNewsNet 2015-07-21 (عشائر الأنبار تطالب بأسلحة ثقيلة): a commander's appeal
    text = ("وطالب العميد بالجيش العراقي السابق باستخدام السلاح الثقيل لتحرير مدن المحافظة، داعيا طيران التحالف "
            "الدولي إلى تكثيف طلعاته باستهداف تجمعات مسلحي التنظيم في الرمادي")
    assert extractor.extract(Article("snn-anbar", text, published="2015-07-21")).incidents == ()


def test_a_reprisal_is_not_merged_into_the_act_it_answers(extractor):
    # SaudiNewsNet 2015-07-25 (وفاة مقيم جراء سقوط مقذوف على جازان): the projectile from
    # Yemen killed a worker; the Saudi forces' answer "على مصدر النيران" is not its author
    text = ("وفاة مقيم جراء سقوط مقذوف على جازان\n"
            "باشرت فرق الدفاع المدني بلاغاً عن سقوط مقذوف ، من داخل الأراضي اليمنية ، في أرض زراعية بقرية القنبورة "
            "بمحافظة احد المسارحة مما نتج عنه وفاة عامل يمني.\n"
            "من جانبها ردت القوات المسلحة السعودية على مصدر النيران وبقوة عبر طائرات الأباتشي والمدفعية في المواقع "
            "المحاذية للشريط الحدودي والتي يستخدمها الحوثيين لإطلاق قذائف الهاون والكاتوشيا صوب القرى")
    incidents = extractor.extract(Article("snn-jazan", text, published="2015-07-25")).incidents
    assert [(i.actor1, i.actor2) for i in incidents] == [("Houthis", "Civilians")]


def test_men_belonging_to_a_group_are_that_groups_attackers(extractor):
    # SaudiNewsNet 2015-07-26 (Egypt's state of emergency in North Sinai)
    text = ("عقب هجوم عنيف شنه متطرفون ينتمون إلى تنظيم أنصار بيت المقدس الإرهابي على تمركز عسكري في شمال سيناء، "
            "وأسفر عن مقتل أكثر من 30 عسكريا")
    incidents = extractor.extract(Article("snn-sinai", text, published="2015-07-26")).incidents
    assert [(i.actor1, i.actor2) for i in incidents] == [("ISIS", "Military forces of Egypt")]


def test_a_brigade_belonging_to_the_free_army_is_its_attacker(extractor):
    # SaudiNewsNet 2015-07-22 (Asharq Al-Awsat quoting "مكتب أخبار سوريا")
    text = ("في حين كشف مكتب أخبار سوريا المعارض، أن لواء اليرموك التابع للجيش السوري الحر، قصف بقذائف الهاون تل "
            "الشيخ حسين الخاضع لسيطرة النظام في ريف درعا، من دون ورود أنباء عن وقوع خسائر")
    incidents = extractor.extract(Article("snn-daraa", text, published="2015-07-22")).incidents
    assert [i.actor1 for i in incidents] == ["Syrian opposition factions"]


def test_who_dared_the_killing_is_its_attacker(extractor):
    # SaudiNewsNet 2015-08-06 (نتنياهو يفشل في كبح المستوطنين): "إقدام مستوطنين إسرائيليين على قتل"
    text = ("سعت الحكومة الإسرائيلية إلى محاولة إظهار غضبها على إقدام مستوطنين إسرائيليين على قتل الرضيع الفلسطيني "
            "علي دوابشة وإصابة والديه وشقيقه بجروح خطرة، بإحراق منزلهم في قرية دوما الفلسطينية")
    incidents = extractor.extract(Article("snn-duma", text, published="2015-08-06")).incidents
    assert [(i.actor1, i.actor2) for i in incidents] == [("Israeli settlers", "Civilians")]


def test_a_town_said_to_lie_far_off_is_not_the_site(extractor):
    # SaudiNewsNet 2015-08-06 (al-Anad base, "التي تبعد 60 كلم شمال عدن")
    text = ("واستعادت القوات الموالية لهادي مساء الإثنين المباني والمخازن في تلك القاعدة والتي تبعد 60 كلم شمال عدن، "
            "وفق ما قالت مصادر عسكرية")
    incidents = extractor.extract(Article("snn-anad", text, published="2015-08-06")).incidents
    assert "Aden" not in {i.location.name for i in incidents if i.location}


def test_a_city_named_like_a_verb_needs_a_cue(extractor):
    # SaudiNewsNet 2015-07-23 (Yemen): "وكانت أنباء سرت أن الثوار ..." (news spread), not Sirte
    text = ("وأدت الاشتباكات إلى مقتل 14 من الحوثيين. وكانت أنباء سرت أن الثوار بعد أن سيطروا بشكل كامل على عدن "
            "سيتوجهون نحو محافظة لحج")
    incidents = extractor.extract(Article("snn-sirte", text, published="2015-07-23")).incidents
    assert "Sirte" not in {i.location.name for i in incidents if i.location}


def test_a_side_resolved_to_clear_a_region_has_not_acted(extractor):
    # SaudiNewsNet 2015-08-09 (انسحبوا وإلا تحملوا عواقب تمردكم): "عاقدة العزم على تطهير"
    text = ("لأنه يشعر أن قوات التحالف التي تستند على تفويض من الحكومة اليمنية الشرعية عاقدة العزم على تطهير "
            "جميع المحافظات من الانقلابيين والسيطرة على صنعاء")
    assert extractor.extract(Article("snn-resolve", text, published="2015-08-09")).incidents == ()


def test_a_headline_s_present_tense_is_its_news(extractor):
    # SaudiNewsNet 2015-07-24, a headline: "يستهدف" in the present is the act reported
    # (in the body it is mostly generic, "الإرهاب يستهدف الجميع", and not admitted alone)
    title = "التحالف يستهدف مواقع الحوثي بالمخا وباب المندب وصنعاء"
    incidents = extractor.extract(Article("snn-mocha", "", title=title, published="2015-07-24")).incidents
    assert sorted((i.actor1, i.actor2, i.location.name) for i in incidents) == [
        ("Saudi-led coalition", "Houthis", "Bab al-Mandab"), ("Saudi-led coalition", "Houthis", "Mocha"),
        ("Saudi-led coalition", "Houthis", "Sanaa")]
    body = "ويرى محللون أن الإرهاب يستهدف جميع العراقيين دون تمييز"
    assert extractor.extract(Article("generic", body, published="2015-07-24")).incidents == ()


def test_a_lead_naming_a_side_s_air_strikes_names_the_strikes_told_after_it(extractor):
    # written in the style of Asharq Al-Awsat, 2024-02-03 (the 2015 corpus has no such
    # lead): the lead names the US strikes with no town, the next sentence the towns
    text = ("نفذت الولايات المتحدة، ليل الجمعة، ضربات جوية واسعة على أكثر من 85 هدفاً في العراق وسوريا.\n"
            "وفي سوريا، أفاد المرصد السوري لحقوق الإنسان بمقتل 23 عنصراً من الفصائل الموالية لإيران، في ضربات "
            "طالت مواقع في مدينة البوكمال ومحيطها")
    incidents = extractor.extract(Article("aawsat", text, published="2024-02-03")).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in incidents] == [
        ("US forces", "Iran-backed militias", "Albukamal")]


def test_a_side_inside_the_speaker_s_phrase_is_not_a_side(extractor):
    # written in the style of Enab Baladi, 2024-03-29 (the speaker "وزارة الدفاع في حكومة
    # النظام السوري" names the regime; the act is Israel's)
    text = ("وقالت وزارة الدفاع في حكومة النظام السوري إن إسرائيل شنت عدوانًا جويًا نحو الساعة 1:45 فجرًا، "
            "استهدف عددًا من النقاط في ريف حلب، ما أدى إلى مقتل وجرح عدد من المدنيين والعسكريين")
    incidents = extractor.extract(Article("enab", text, published="2024-03-29")).incidents
    assert {i.actor1 for i in incidents} == {"Israeli forces"}


def test_a_town_in_a_second_country_the_article_names_is_no_namesake(extractor):
    # written in the style of Al-Akhbar (Lebanon): after three Israeli towns, a Lebanese
    # village in "جنوب لبنان" is that village, not a namesake to skip
    text = ("أطلق حزب الله صواريخ على كريات شمونة والمطلة ونهاريا. وردت إسرائيل بغارة على بلدة الخيام "
            "في جنوب لبنان")
    incidents = extractor.extract(Article("akhbar", text, published="2024-05-10")).incidents
    assert "Khiam" in {i.location.name for i in incidents}


def test_who_condemns_with_dana_did_not_strike(extractor):
    # written in the style of Asharq Al-Awsat, 2024-02-03: "دان" as well as "أدان"
    text = "وفي طهران، دان المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني الضربات الأمريكية على مواقع في سوريا"
    assert extractor.extract(Article("aawsat-dana", text, published="2024-02-03")).incidents == ()


def test_who_launched_an_intercepted_drone_is_its_attacker(extractor):
    # written in the style of Sky News Arabia (the 2015 corpus has no interception
    # naming its launcher): the launcher after "أطلقتها" attacks, the interceptor is hit
    text = ("أعلن تحالف دعم الشرعية في اليمن، الأحد، اعتراض وتدمير طائرة مسيّرة مفخخة أطلقتها ميليشيات الحوثي "
            "الإرهابية باتجاه مدينة خميس مشيط جنوبي المملكة العربية السعودية")
    incidents = extractor.extract(Article("skynews", text, published="2021-08-29")).incidents
    assert [(i.actor1, i.location.name) for i in incidents] == [("Houthis", "Khamis Mushait")]


def test_the_resistance_firing_across_a_border_is_named_by_its_own_country(extractor):
    # written in the style of Lebanon's NNA: "المقاومة" hitting an Israeli post is
    # Lebanon's Hezbollah, the other country of the article's acts
    text = ("شنت طائرة مسيرة إسرائيلية غارة على بلدة عيتا الشعب في جنوب لبنان. وردا على ذلك استهدفت المقاومة "
            "الإسلامية موقع زرعيت الإسرائيلي بالأسلحة الصاروخية وحققت إصابات مباشرة")
    incidents = extractor.extract(Article("nna", text, published="2024-03-10")).incidents
    assert sorted((i.actor1, i.location.name) for i in incidents) == [
        ("Hezbollah", "Zar'it"), ("Israeli forces", "Ayta ash-Shaab")]


def test_two_strikes_in_the_dual_are_strikes(extractor):
    # the dual of every one-word trigger noun is read ("غارتين", "هجومين"); SaudiNewsNet
    # 2015-08-06 has "عقب غارتين نفذتهما طائرات التحالف", here with a site of its own
    text = "شنت طائرات التحالف غارتين على معسكر في مديرية باقم بمحافظة صعدة"
    incidents = extractor.extract(Article("snn-dual", text, published="2015-08-06")).incidents
    assert [(i.actor1, i.sub_event_type) for i in incidents] == [("Saudi-led coalition", "Air/drone strike")]


def test_a_province_used_as_a_rear_base_is_not_hit(extractor):
    # SaudiNewsNet 2015-08-06 (al-Watan): "التي يستخدمونها كقاعدة تموين ... في محافظات أبين وشبوة"
    text = ("وسعت المقاومة الشعبية في محافظة البيضاء محيط هجماتها ضد المتمردين، حيث نفذت سلسلة هجمات على "
            "مواقعهم في المحافظة، التي يستخدمونها كقاعدة تموين وإسناد لميليشياتهم في محافظات أبين وشبوة")
    incidents = extractor.extract(Article("snn-rear", text, published="2015-08-06")).incidents
    assert not {"Abyan", "Shabwah"} & {i.location.name for i in incidents}


def test_a_claim_across_an_apposition_is_the_claimant_s(extractor):
    # written in the style of Al Jazeera: the claimant and its act noun with an
    # apposition and a time between them
    text = ("أعلنت كتائب القسام، الجناح العسكري لحركة حماس، مساء الثلاثاء، إطلاق رشقة صاروخية باتجاه مدينة "
            "حولون")
    incidents = extractor.extract(Article("aj-claim", text, published="2023-10-10")).incidents
    assert [(i.actor1, i.location.name) for i in incidents] == [("Hamas", "H̱olon")]


def test_they_answered_with_shelling_names_the_shelling_side(extractor):
    # written in the style of Deir ez-Zor 24: "مرتزقة قسد ردوا بقصف" (the plural of "ردت")
    text = "وقالت مصادر محلية إن مرتزقة قسد ردوا بقصف الأحياء السكنية في بلدة البصيرة بقذائف الهاون"
    incidents = extractor.extract(Article("dz24", text, published="2023-08-30")).incidents
    assert [(i.actor1, i.actor2) for i in incidents] == [("SDF", "Civilians")]


def test_a_force_named_for_counter_terrorism_is_not_counter_terrorism_talk(extractor):
    # written in the style of the Iraqi News Agency: "جهاز مكافحة الإرهاب" is a force
    # (its "مكافحة" is not the habitual cue of "جهود مكافحة الإرهاب")
    text = "نفذت قوات جهاز مكافحة الإرهاب عملية إنزال جوي في وادي حوران أسفرت عن مقتل خمسة إرهابيين"
    incidents = extractor.extract(Article("ina", text, published="2023-05-10")).incidents
    assert [i.actor1 for i in incidents] == ["Iraqi security forces"]


def test_earlier_that_day_is_news_not_background(extractor):
    # written in the style of North Press: "في وقت سابق من يوم الأحد" dates the act to the
    # day ("في وقت سابق" alone is an earlier, undated act recalled)
    text = ("وفي وقت سابق من يوم الأحد، سقطت قذائف صاروخية على قاعدة التحالف الدولي في حقل كونيكو للغاز بريف "
            "دير الزور الشرقي، دون وقوع إصابات")
    incidents = extractor.extract(Article("np", text, published="2024-02-05")).incidents
    assert [(i.location.name, i.event_date) for i in incidents] == [("Conoco gas field", "2024-02-04")]


def test_the_subject_after_a_passive_carrier_is_hit_and_fire_from_held_areas_names_the_attacker(extractor):
    # written in the style of North Press: "تعرضت قاعدة التحالف ... لقصف بقذائف صاروخية، قال
    # مصدر عسكري إنها أطلقت من مناطق سيطرة الفصائل الموالية لإيران"
    text = ("تعرضت قاعدة التحالف في حقل كونيكو للغاز لقصف بقذائف صاروخية، قال مصدر عسكري إنها أُطلقت من مناطق "
            "سيطرة الفصائل الموالية لإيران في مدينة دير الزور")
    incidents = extractor.extract(Article("np2", text, published="2024-02-05")).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in incidents] == [
        ("Iran-backed militias", "International coalition", "Conoco gas field")]


def test_wafa_s_colonists_are_settlers_and_their_raid_under_tear_gas_is_no_protest(extractor):
    # written in the style of WAFA, which calls the settlers "مستعمرون" since 2021; the
    # soldiers' tear gas ("قنابل الغاز") is neither a protest's policing nor a bombing
    text = ("هاجم مستعمرون منازل المواطنين في قرية بورين جنوب نابلس، تحت حماية قوات الاحتلال التي أطلقت "
            "قنابل الغاز السام")
    incidents = extractor.extract(Article("wafa", text, published="2023-06-21")).incidents
    assert [(i.actor1, i.actor2, i.sub_event_type) for i in incidents] == [
        ("Israeli settlers", "Civilians", "Attack")]


def test_war_news_with_targets_and_the_european_union_is_no_sports_report(extractor):
    # written in the style of Anadolu: "هدفا" (targets), "بهدف" and "الاتحاد الأوروبي" are
    # sports.csv words that war news uses too; alone they make no sports report
    text = ("أعلنت وزارة الدفاع التركية، الأحد، تدمير 89 هدفا تابعا لتنظيم \"بي كا كا/ي ب ك\" الإرهابي، في الغارات "
            "الجوية التي نفذتها القوات المسلحة التركية على مواقع في منطقة عين العرب شمالي سوريا، بهدف تأمين "
            "الحدود. وتصنف تركيا والاتحاد الأوروبي التنظيم منظمة إرهابية")
    incidents = extractor.extract(Article("aa", text, published="2022-11-20")).incidents
    assert [(i.actor1, i.actor2) for i in incidents] == [("Turkish forces", "SDF")]


@pytest.mark.parametrize("text, expected", [
    # written in the style of SANA: the direction fire came from ("من اتجاه الجولان") is no
    # site, and the place after the target noun is not its container
    ("استهدفت طائرات حربية إسرائيلية من اتجاه الجولان المحتل مواقع عسكرية في ريف القنيطرة",
     [("Israeli forces", "Quneitra")]),
    # ... a police chief's city is his office, not the site
    ("وقال قائد شرطة حمص إن انفجار عبوة ناسفة استهدف دورية للشرطة في بلدة تدمر، ما أدى إلى مقتل عنصرين",
     [("Unknown", "Palmyra")]),
])
def test_where_fire_came_from_and_an_office_are_no_sites(extractor, text, expected):
    incidents = extractor.extract(Article("sana", text, published="2023-03-01")).incidents
    assert [(i.actor1, i.location.name) for i in incidents] == expected


def test_a_headline_s_source_before_a_colon_is_not_a_side(extractor):
    # a headline in the style of Al-Arabiya: "البنتاغون:" is who says it
    title = "البنتاغون: انتحاري واحد نفذ الهجوم على مطار كابول"
    incidents = extractor.extract(Article("arabiya", "", title=title, published="2021-08-28")).incidents
    assert [(i.actor1, i.location.name) for i in incidents] == [("Unknown", "Kabul airport")]


@pytest.mark.parametrize("text, published, expected", [
    # in the style of Al-Ahram: a force that tells its own dead was hit, not the attacker
    ("أعلن الجيش المصري مقتل ضابط وثلاثة جنود في هجوم استهدف أحد معسكراته في مدينة رفح بشمال سيناء",
     "2017-07-08", [("Unknown", "Military forces of Egypt", "Rafaḩ")]),
    # in the style of Anadolu: a defence ministry names its state's forces
    ("أعلنت وزارة الدفاع التركية مقتل جنديين في هجوم على قاعدة عسكرية في منطقة قنديل", "2022-05-02",
     [("Unknown", "Turkish forces", "Qandil mountains")]),
    # in the style of AFP: gunmen "يشتبه في انتمائهم" to a group are that group's
    ("مسلحون يشتبه في انتمائهم لجماعة بوكو حرام هاجموا قرية في ولاية بورنو وقتلوا 12 شخصا", "2020-01-05",
     [("Boko Haram", "Civilians", "Borno")]),
])
def test_a_force_telling_its_own_dead_and_men_suspected_of_belonging(extractor, text, published, expected):
    incidents = extractor.extract(Article("own", text, published=published)).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in incidents] == expected


def test_a_fronted_cause_leaves_the_clause_s_own_act(extractor):
    # in the style of SANA: "ورداً على الاعتداء، استهدفت وحدات من الجيش ..." (the cause
    # is the clause's head, its act follows the comma)
    text = "ورداً على الاعتداء، استهدفت وحدات من الجيش العربي السوري مواقع الإرهابيين في قسطون بريف حماة"
    incidents = extractor.extract(Article("sana-cause", text, published="2019-05-10")).incidents
    assert [(i.actor1, i.location.name) for i in incidents] == [("Syrian government forces", "Qastun")]


@pytest.mark.parametrize("text, published, expected", [
    # SaudiNewsNet 2015-07-23: "محافظة ديالى شمال شرق بغداد" lies off Baghdad, not in it
    ("وفي محافظة ديالى شمال شرق بغداد، قتل أربعة أشخاص على الأقل في تفجير سيارة مفخخة في بلدة مندلي "
     "القريبة من الحدود مع إيران", "2015-07-23", ["Mandalī"]),
    # SaudiNewsNet 2015-07-22: what a district borders is no site (the two villages, which the
    # gazetteer lacks, are put at the district's town Kifri)
    ("وقالت مصادر بالقوات إن قوات البيشمركة الكردية اشتبكت مع عناصر داعش لدى محاولتهم اقتحام قرى الهديدة "
     "والفسلوج التابعة لناحية كفري الحدودية مع محافظة كركوك وصلاح الدين شمال شرقي بعقوبة ما أسفر عن مقتل 22 "
     "مسلحا", "2015-07-22", ["الهديدة (near Kifrī)", "الفسلوج (near Kifrī)"]),
])
def test_a_governorate_off_a_city_and_what_a_place_borders(extractor, text, published, expected):
    incidents = extractor.extract(Article("snn-ref", text, published=published)).incidents
    assert [i.location.name for i in incidents] == expected


def test_the_side_named_after_so_called_is_the_epithet_s(extractor):
    # in the style of SANA: "اعتداء إرهابيي ما يسمى جبهة النصرة": the name after "ما يسمى"
    # is who the epithet right after the act names
    text = ("استشهد مدنيان جراء اعتداء إرهابيي ما يسمى «جبهة النصرة» بالقذائف الصاروخية على بلدة جورين في ريف "
            "حماة الشمالي الغربي")
    incidents = extractor.extract(Article("sana-so-called", text, published="2019-05-10")).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in incidents] == [("HTS", "Civilians", "Jurin")]


def test_homes_and_cars_set_on_fire_are_the_harm_of_an_arson(extractor):
    # in the style of WAFA: burning needs harm beside it, and burnt homes and cars are harm
    # (burnt tyres in a street are not)
    text = "أحرق مستوطنون عشرات المنازل والمركبات في بلدة حوارة جنوب نابلس"
    incidents = extractor.extract(Article("wafa-arson", text, published="2023-02-27")).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in incidents] == [("Israeli settlers", "Civilians", "Huwara")]
    tyres = "أحرق محتجون إطارات في شوارع المدينة"
    assert extractor.extract(Article("tyres", tyres, published="2023-02-27")).incidents == ()


@pytest.mark.parametrize("text, expected", [
    # in the style of Al-Masirah (2024): the Red Sea is a place, a merchant ship is civilian, and
    # the "Yemeni armed forces" that strike shipping are the Houthis
    ("أعلنت القوات المسلحة اليمنية استهداف سفينة تجارية في البحر الأحمر بعدد من الصواريخ البحرية",
     [("Houthis", "Civilians", "Red Sea")]),
    # in the style of Reuters Arabic: "قبالة سواحل الحديدة" cues the town
    ("تعرضت سفينة شحن لهجوم بطائرة مسيرة قبالة سواحل الحديدة، ما أدى إلى إصابة اثنين من أفراد الطاقم",
     [("Unknown", "Civilians", "Al Ḩudaydah")]),
])
def test_attacks_on_shipping(extractor, text, expected):
    incidents = extractor.extract(Article("sea", text, published="2024-01-20")).incidents
    assert [(i.actor1, i.actor2, i.location.name) for i in incidents] == expected


@pytest.mark.parametrize("text, expected", [
    # in the style of SANA: "عدوان جوي إسرائيلي": the aggression's nationality is its doer
    ("استشهد جنديان جراء عدوان جوي إسرائيلي استهدف نقطة عسكرية في ريف دمشق",
     [("Israeli forces", "Syrian government forces", "Air/drone strike")]),
    # in the style of Aden al-Ghad: the one taken comes late, and the gunmen's uniform is theirs
    ("اختطف مسلحون يرتدون زياً عسكرياً، فجر اليوم، ناشطاً في مدينة عدن",
     [("Unknown", "Civilians", "Abduction/forced disappearance")]),
    # in the style of Deir ez-Zor 24: a teacher taken is someone taken
    ("اختطف مسلحون مجهولون مدرسا من بلدة ذيبان في ريف دير الزور",
     [("Unknown", "Civilians", "Abduction/forced disappearance")]),
])
def test_an_aggression_s_nationality_and_abductions(extractor, text, expected):
    incidents = extractor.extract(Article("abduct", text, published="2024-01-10")).incidents
    assert [(i.actor1, i.actor2, i.sub_event_type) for i in incidents] == expected


def test_an_initial_s_dot_does_not_end_the_sentence(extractor):
    # in the style of Al-Masry Al-Youm: "شخص يدعى «س. ع»": the place comes after the initials
    text = "وفي سياق متصل، قتل مسلحون مجهولون شخصا يدعى «س. ع» بإطلاق النار عليه في مدينة الشيخ زويد"
    incidents = extractor.extract(Article("initials", text, published="2017-05-10")).incidents
    assert [i.location.name for i in incidents] == ["Ash Shaykh Zuwayd"]


def test_aiming_at_a_country_s_security_is_a_figure_of_speech(extractor):
    # in the style of INA: "عمل يستهدف أمن العراق" condemns; it is no second act
    text = "ووصفت الحكومة الهجوم بأنه عمل جبان يستهدف أمن العراق واستقراره"
    assert extractor.extract(Article("ina-fig", text, published="2024-08-06")).incidents == ()


def test_a_programme_that_aims_at_children_is_no_attack(extractor):
    # SaudiNewsNet 2015-08-09 (a mall's charity day): in the body, the present "يستهدف" with no
    # means and no harm is "aims at"
    text = ("إضافة إلى إطلاق برنامجي تحسين التلاوة الذي يشارك فيه أطفال البرنامج، والبرنامج الثقافي الذي يستهدف "
            "تثقيف الأطفال بطريقة مشوقة في جدة")
    lead = ("ضمن برنامج المسؤولية الاجتماعية لمجمع رد سي مول بجدة يستضيف المجمع صباح غد الاثنين أطفال ذوي "
            "الإعاقة البصرية.")
    assert extractor.extract(Article("snn-mall", lead + "\n" + text, published="2015-08-09")).incidents == ()


def test_a_country_in_a_place_phrase_and_the_police_that_told_it_are_no_sides(extractor):
    # SaudiNewsNet 2015-07-24 (a cinema shooting): "(جنوب الولايات المتحدة)" places the town,
    # and "كما افادت الشرطة" is who told it
    text = ("قتل شخصان واصيب تسعة آخرون برصاص مسلح اطلق النار داخل صالة سينما يوم أمس في مدينة لافاييت بولاية "
            "لويزيانا (جنوب الولايات المتحدة) ثم انتحر، كما افادت الشرطة")
    incidents = extractor.extract(Article("snn-cinema", text, published="2015-07-24")).incidents
    assert {i.actor1 for i in incidents} == {"Unknown"}


def test_a_base_a_side_seeks_to_retake_has_not_been_taken(extractor):
    # SaudiNewsNet 2015-08-01 (قاعدة «العند».. مرتكز الانتصار): "التي تسعى المقاومة استعادتها"
    text = ("تكتسي قاعدة العند الجوية التي تسعى المقاومة الشعبية الموالية للشرعية في اليمن استعادتها من المتمردين "
            "الحوثيين وحلفائهم الموالين للرئيس السابق علي عبد الله صالح، أهمية سياسية وعسكرية")
    assert extractor.extract(Article("snn-anad-aim", text, published="2015-08-01")).incidents == ()


def test_the_claimant_of_an_abduction_took_the_men_named_after_it(extractor):
    # SaudiNewsNet 2015-08-02 (القاعدة تبث شريطا يؤكد خطفها مقاتلين سوريين): after a claim the
    # act is a noun, and "العناصر من الفرقة 30" after it were taken
    text = ("وتبنت جبهة النصرة خطف العناصر من «الفرقة 30»، متهمة اياهم بأنهم «وكلاء لتمرير مشاريع ومصالح أميركا "
            "في المنطقة» قرب أعزاز")
    incidents = extractor.extract(Article("snn-div30", text, published="2015-08-02")).incidents
    assert [(i.actor1, i.actor2) for i in incidents] == [("HTS", "Syrian opposition factions")]


def test_civil_defence_controlling_a_fire_takes_no_ground(extractor):
    # SaudiNewsNet 2015-08-07 ("مدني مكة" ينقذ 15 شخصًا من حريق): the object after "على" is a fire
    text = ("سيطرت وحدات الدفاع المدني بالعاصمة المقدسة على حريق نشب في مطبخ بداخل شقة في مبنى عمارة بحي العوالي "
            "بمكة المكرمة")
    assert extractor.extract(Article("snn-fire", text, published="2015-08-07")).incidents == ()


def test_a_toll_since_a_campaign_began_is_no_act(extractor):
    # SaudiNewsNet 2015-08-03 (تصعيد العنف في تركيا): "منذ أن باشر ... شن هجمات يومية"
    text = ("وقتل ما لا يقل عن 17 عنصرا من قوات الأمن التركية وأصيب عشرات بجروح منذ أن باشر متمردو حزب العمال "
            "الكردستاني شن هجمات يومية في 22 يوليو في أنقرة")
    assert extractor.extract(Article("snn-since", text, published="2015-08-03")).incidents == ()


@pytest.mark.parametrize("why,sentence,published,expected", [
    ("written: SANA's 'رمايات مدفعية وصاروخية' is the army's fire on a target",
     "عنوان\nونفذت وحدات من الجيش رمايات مدفعية وصاروخية على تحصينات الإرهابيين في بلدة كفرنبودة بريف حماة "
     "الشمالي الغربي، ما أسفر عن تدمير عدد من الأوكار.", "2019-05-06",
     ("Syrian government forces", "Syrian opposition factions", "Kafr Nabudah", None, None)),
    ("written: an 'عملية انغماسية' on an army post is a clash, quoted or not",
     "عنوان\nقتل خمسة عناصر من قوات النظام فجر اليوم إثر عملية \"انغماسية\" نفذتها مجموعة من هيئة تحرير الشام "
     "على نقطة عسكرية في بلدة ميزناز بريف حلب الغربي.", "2023-11-26",
     ("HTS", "Syrian government forces", "Miznaz", 5, None)),
    ("written: 'تعاملت معها بالأسلحة المناسبة' is the army engaging attackers",
     "عنوان\nورصدت وحدات الجيش تحركات لمجموعة إرهابية على محور بلدة ميزناز وتعاملت معها بالأسلحة المناسبة، "
     "ما أدى إلى مقتل عدد من الإرهابيين.", "2022-08-14",
     ("Syrian government forces", "Syrian opposition factions", "Miznaz", None, None)),
    ("written: the plane's model between 'طائرات' and its nationality ('F-16 العراقية') keeps the owner",
     "عنوان\nأعلنت خلية الإعلام الأمني تنفيذ ضربة جوية بطائرات F-16 العراقية على وكر لعصابات داعش في وادي "
     "الشاي جنوب كركوك، أسفرت عن مقتل أربعة إرهابيين.", "2022-11-15",
     ("Iraqi security forces", "ISIS", "Wadi al-Shay", 4, None)),
])
def test_session10_mt_sentences(extractor, why, sentence, published, expected):
    test_sentence(extractor, why, sentence, published, expected)


@pytest.mark.parametrize("why,sentence,published", [
    ("written: attacks 'بين الحين والآخر' are what a region sees now and then, not one act",
     "عنوان\nوتشهد مناطق شمال ديالى بين الحين والآخر هجمات تشنها خلايا داعش انطلاقاً من بساتين حوض الوقف "
     "وسلسلة جبال حمرين.", "2022-03-12"),
    ("3alyoum.com 2015-08-08 (SaudiNewsNet): Hamas's clashes with Salafists 'من حين لآخر' are a habit",
     "عنوان\nوتقول حماس التي تهيمن على القطاع إنها لا تعمل خارج غزة ولا تتهاون مع الحركات السلفية في القطاع "
     "وتخوض اشتباكات مسلحة من حين لآخر مع أفرادها.", "2015-08-08"),
])
def test_session10_mt_no_incident(extractor, why, sentence, published):
    test_no_incident(extractor, why, sentence, published)


def test_a_reply_before_since_keeps_its_doer(extractor):
    """Written: "Hezbollah's reply was quick, since it announced it fired": the clause before "إذ"
    tells the act (a reply), so it is not cut off from its doer."""
    text = ("عنوان\nولم يتأخر رد حزب الله، إذ أعلن في بيان أنه أطلق أكثر من مئة صاروخ كاتيوشا على قاعدة "
            "نفح في الجولان المحتل.")
    incidents = extractor.extract(Article("reply", text, published="2024-03-12")).incidents
    assert [i.actor1 for i in incidents] == ["Hezbollah"]


def test_a_false_alarm_is_no_attack(extractor):
    """Written: a contractor who died of a heart attack during a false alarm of an attack on a
    base: no act (the cue 'إنذار كاذب')."""
    text = ("عنوان\nوتوفي متعاقد مدني جراء أزمة قلبية خلال إنذار كاذب بهجوم على قاعدة عين الأسد غربي "
            "العراق.")
    assert extractor.extract(Article("alarm", text, published="2023-10-27")).incidents == ()


def test_the_side_behind_an_assault_told_before_is_its_doer(extractor):
    """Written: "أن فلول تنظيم داعش تقف وراء الاعتداء": the assault a side stands behind needs no harm
    of its own (it was told before), so the claim names the bus attack's doer."""
    text = ("عنوان\nاستشهد 25 مواطناً إثر اعتداء إرهابي تعرضت له حافلة ركاب في منطقة كباجب عصر أمس. "
            "وأكدت مصادر ميدانية أن فلول تنظيم داعش تقف وراء الاعتداء.")
    incidents = extractor.extract(Article("behind", text, published="2020-12-31")).incidents
    assert [(i.actor1, i.actor2, i.location.name, i.fatalities) for i in incidents] == [
        ("ISIS", "Civilians", "Kabajeb", 25)]
@pytest.mark.parametrize("text, expected", [
    # written (Gaza outlets' shape, 2021): warplanes as the subject of destroying a tower
    ("عنوان\nدمرت طائرات الاحتلال الحربية برجاً سكنياً من 10 طوابق في حي الرمال غربي مدينة غزة.",
     ("Air/drone strike", "Israeli forces", "al-Rimal")),
    ("عنوان\nودمر الطيران الحربي منزلاً لعائلة في بلدة بيت لاهيا شمال القطاع.",
     ("Air/drone strike", "Israeli forces", "Bayt Lāhyā")),
])
def test_warplanes_that_destroy_a_building_strike_it(extractor, text, expected):
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2021-05-15")).incidents
    assert (inc.sub_event_type, inc.actor1, inc.location.name) == expected


def test_destroying_alone_is_no_air_strike(extractor):
    # written: forces that destroyed vehicles in a sweep, no aircraft: not read as an air strike
    text = "عنوان\nدمرت القوات الأمنية ثلاث عربات محملة بالذخائر خلال تمشيط منطقة جبلية في المحافظة."
    assert all(i.sub_event_type != "Air/drone strike"
               for i in extractor.extract(Article(article_id="t", text=text, published="2021-05-15")).incidents)


def test_each_flash_line_is_a_headline_of_its_own(extractor):
    """Written (a live report's shape): "عاجل | مسيرة ... تستهدف": a later flash line's present tense is
    its news, as a title's is, so the second drone strike is an act of its own at its own town."""
    text = ("عاجل | استشهاد مواطنين اثنين جراء استهداف طائرة مسيرة تركية سيارة مدنية على طريق القامشلي - "
            "عامودا، بعد ظهر اليوم السبت.\n"
            "عاجل | مسيرة تركية ثانية تستهدف نقطة لقوى الأمن الداخلي في محيط بلدة تل تمر.")
    incidents = extractor.extract(Article("flash", text, published="2024-06-22")).incidents
    assert sorted((i.actor1, i.sub_event_type, i.location.name) for i in incidents) == [
        ("Turkish forces", "Air/drone strike", "Qamishli-‘Āmūdā road"),
        ("Turkish forces", "Air/drone strike", "Tal Tamr")]


def test_a_new_subject_with_its_own_present_verb_starts_a_new_clause(extractor):
    """Written (a headline's shape): "... وطيران النظام يقصف الأتارب": "و" + a two-word subject + its
    own present-tense act verb is a second act with its own doer, not the first clause's."""
    text = "الفصائل تسيطر على بلدات في ريف حلب الغربي وطيران النظام يقصف الأتارب\nنص."
    incidents = extractor.extract(Article("subject", text, published="2024-11-28")).incidents
    assert not any(i.actor1 == "Syrian opposition factions" and i.sub_event_type == "Air/drone strike"
                   for i in incidents)
    title = text.split("\n")[0]
    got = extractor.analyser.analyse_sentence(title, (0, len(title)), None, 0, [])
    assert [(m.sub_event_type, m.actor1, title[m.clause[0]:m.clause[1]]) for m in got] == [
        ("Air/drone strike", "Syrian government forces", "وطيران النظام يقصف الأتارب")]


@pytest.mark.parametrize("text, published, expected", [
    ("عنوان\nقالت مصادر محلية إن مسلحين يشتبه بانتمائهم لجماعة بوكو حرام قتلوا 12 مزارعاً، أمس السبت، "
     "في مدينة مايدوغوري.", "2020-11-29",
     ("Attack", "Boko Haram", "Civilians", "Maiduguri", 12, "2020-11-28")),
    ("عنوان\nأفادت مصادر محلية بأن قوات الدعم السريع قتلت 47 مدنيا على الأقل في مدينة بارا يوم السبت.",
     "2025-10-29", ("Attack", "Rapid Support Forces", "Civilians", "Bara", 47, "2025-10-25")),
])
def test_a_side_named_before_its_kill_verb_and_count_killed(extractor, text, published, expected):
    """Written (D-24's and H2-20's shapes): the side first, then "قتلوا / قتلت" and the count of the
    dead: the side killed them, as the verb-first "قتل مسلحون" says (was: no act read)."""
    (inc,) = extractor.extract(Article(article_id="t", text=text, published=published)).incidents
    assert (inc.sub_event_type, inc.actor1, inc.actor2, inc.location.name, inc.fatalities,
            str(inc.event_date)) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause with an act word of its own (the ambush) keeps its sides from it
    ("عنوان\nقال الجيش النيجيري في بيان إن قواته قتلت 12 مسلحاً من بوكو حرام في كمين نصبته لهم قرب بلدة "
     "غوزا يوم الاثنين.", ("Military forces of Nigeria", "Boko Haram", "Gwoza")),
    # the count before a passive "قتلوا" is the dead, not a side
    ("عنوان\nأكدت الشرطة أن 27 شخصا قتلوا أمس في انفجار سيارة مفخخة في مدينة الموصل.",
     ("Unknown", "Civilians", "Mosul")),
])
def test_a_kill_verb_after_a_side_leaves_other_acts_as_they_were(extractor, text, expected):
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2022-07-06")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name) == expected


def test_a_stadium_and_aims_make_no_sports_report(extractor):
    """Written (R11-13's shape): a war report naming a stadium where men were killed and the
    operation's "الأهداف" and "هدف" (aims) is news, not a match report (was: all its acts dropped)."""
    text = ("قائد العمليات: قواتنا تتقدم في الرمادي\nأعلن قائد العمليات أن القوات العراقية تمكنت من القضاء على "
            "10 إرهابيين حاولوا الاعتداء على القطعات العسكرية في مناطق الشقق السكنية والملعب غرب مدينة الرمادي "
            "أمس.\nوأضاف أن القوات ماضية نحو تحقيق الأهداف المرسومة لها، وأن هدف العملية تحرير المدينة بالكامل.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2015-07-31")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name, str(inc.event_date)) == (
        "Iraqi security forces", "ISIS", "Ramadi", "2015-07-30")


def test_inates_camp_in_niger_is_placed(extractor):
    """Written (P-18's shape): the Niger army camp at Inatès, missing from the gazetteer (was: the
    claimed attack had no place and nothing was assembled)."""
    text = ("عنوان\nأعلن تنظيم داعش الإرهابي، الخميس، مسؤوليته عن الهجوم الذي استهدف معسكرا للجيش النيجري "
            "في إيناتس غربي البلاد قرب الحدود مع مالي، وأسفر عن مقتل 71 جنديا.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2019-12-12")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name, inc.location.country, inc.fatalities) == (
        "ISIS", "Military forces of Niger", "Inates", "Niger", 71)


def test_civilians_killed_by_unnamed_men_at_the_town_said_before(extractor):
    """Written (H5-26's shape): civilians killed in an ambush by men the text does not name, "أثناء
    محاولتها الخروج من البلدة": the town is the one the sentence before named (was: the country)."""
    text = ("عنوان\nأعلن التنظيم، أمس، سيطرته على بلدة بالما الساحلية في إقليم كابو ديلغادو شمالي موزمبيق بعد "
            "هجوم بدأه عصر الأربعاء.\nوقالت وزارة الدفاع إن عشرات المدنيين قتلوا، بينهم سبعة قضوا يوم الجمعة حين "
            "تعرضت قافلة للفارين من فندق لكمين أثناء محاولتها الخروج من البلدة.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2021-03-30")).incidents
    assert (inc.sub_event_type, inc.actor1, inc.actor2, inc.location.name, inc.fatalities,
            str(inc.event_date)) == ("Attack", "Unknown", "Civilians", "Palma", 7, "2021-03-26")


def test_an_official_slain_at_gunmens_hands_told_far_from_the_verb(extractor):
    """Written (C-18's shape): the passive "قتل" opens the clause with a governor's title, his name,
    the time and where he was taken from before "على يد مسلحين": an attack on him, at the city he
    was taken from (was: no act, the killers too far from the kill word)."""
    text = ("عنوان\nقتل محافظ مدينة نيالا آدم محمد إبراهيم، مساء الأربعاء، بعد ساعات من اختطافه من منزله "
            "في حي الوادي بالمدينة على يد مسلحين مجهولين.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2023-06-15")).incidents
    assert (inc.sub_event_type, inc.actor1, inc.actor2, inc.location.name, str(inc.event_date)) == (
        "Attack", "Unknown", "Civilians", "Nyala", "2023-06-14")


def test_a_slain_governor_is_one_dead(extractor):
    """Written (C-18's shape): "قتل محافظ ..." counts the one holder of the office (was: no toll)."""
    text = ("عنوان\nقتل محافظ مدينة نيالا آدم محمد إبراهيم، مساء الأربعاء، بعد ساعات من اختطافه من منزله "
            "في حي الوادي بالمدينة على يد مسلحين مجهولين.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2023-06-15")).incidents
    assert (inc.fatalities, inc.injured) == (1, None)


def test_a_ship_hit_off_a_port_in_a_named_sea_is_placed_at_sea(extractor):
    """Written (H7-02's shape): "على بعد نحو 40 ميلاً بحرياً جنوب غربي عدن في خليج عدن": the port
    is the far reference, the sea after "في" holds the spot, moved off the port as told (was: both
    read as far, the act unplaced and dropped)."""
    text = ("ثلاثة بحارة قتلى بضربة على سفينة\nقالت القيادة المركزية الأمريكية إن صاروخاً باليستياً أطلقه الحوثيون "
            "أصاب، الأربعاء، سفينة شحن على بعد نحو 40 ميلاً بحرياً جنوب غربي عدن في خليج عدن، ما أسفر عن "
            "مقتل ثلاثة من أفراد طاقمها.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2024-03-07")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name, inc.fatalities, str(inc.event_date)) == (
        "Houthis", "Civilians", "Gulf of Aden", 3, "2024-03-06")
    assert (round(inc.location.lat, 1), round(inc.location.lon, 1)) == (12.3, 44.6)


def test_two_car_bombs_in_construct_are_one_bombing(extractor):
    """Written (L-07's shape): "تفجيري السيارتين المفخختين اللذين استهدفا ...": the dual in construct
    before the definite dual of what blew up is the act (was: no trigger, the article gave nothing)."""
    text = ("عنوان\nأعلنت الشرطة، الأحد، ارتفاع حصيلة ضحايا تفجيري السيارتين المفخختين اللذين استهدفا سوقا "
            "شعبية في مدينة كيسمايو، أمس السبت، إلى 20 قتيلا و40 جريحا.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2022-10-30")).incidents
    assert (inc.sub_event_type, inc.location.name, inc.fatalities, inc.injured,
            str(inc.event_date)) == ("Remote explosive/landmine/IED", "Kismayo", 20, 40, "2022-10-29")


def test_an_explosive_act_adjective_is_no_dual_bombing(extractor):
    """Written with the rule above: "تفجيري" as the adjective ("عمل تفجيري محتمل") is no act word."""
    text = "عنوان\nناقش خبراء أمنيون في مدينة كيسمايو، الأحد، سبل التصدي لأي عمل تفجيري محتمل خلال الانتخابات."
    assert not extractor.extract(Article(article_id="t", text=text, published="2022-10-30")).incidents


def test_an_order_for_strikes_in_reply_tells_the_answered_act_as_news(extractor):
    """Written (F4-22's shape): "أمر بالضربات رداً على هجوم بطائرة مسيرة استهدف يوم الاثنين قاعدة
    ... وأسفر عن إصابة ثلاثة": the strikes told before stand after "ب" ("بالضربات"), definite, no
    new act; the attack they answer, with its own day and toll, is the news, placed where it struck
    (was: its place dropped as the cause's, the act unplaced and lost)."""
    text = ("عنوان\nوكان البيت الأبيض قد أعلن أن الرئيس جو بايدن أمر بالضربات رداً على هجوم بطائرة مسيرة استهدف "
            "يوم الاثنين قاعدة للتحالف في مطار أربيل، وأسفر عن إصابة ثلاثة عسكريين أمريكيين.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2023-12-27")).incidents
    assert (inc.sub_event_type, inc.actor2, inc.location.name, inc.fatalities, inc.injured,
            str(inc.event_date)) == ("Air/drone strike", "International coalition", "Erbil International Airport",
                                     None, 3, "2023-12-25")


def test_a_military_operation_that_killed_is_a_clash(extractor):
    """Written (H2-10's and H5-19's shape): "أعلن الجيش ... أنه قتل 15 عنصراً من الحركة في عملية
    عسكرية نفذها فجر الجمعة في محيط بلدة عدن يابال": a military operation told with its dead is the
    army's fight, as a security operation is (was: no act word, the act lost)."""
    text = ("عنوان\nوفي سياق متصل، أعلن الجيش الوطني الصومالي أنه قتل 15 عنصراً من حركة الشباب في عملية عسكرية "
            "نفذها فجر الجمعة في محيط بلدة عدن يابال بإقليم شبيلي الوسطى.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2024-08-03")).incidents
    assert (inc.sub_event_type, inc.actor1, inc.actor2, inc.location.name, inc.fatalities,
            str(inc.event_date)) == ("Armed clash", "Military forces of Somalia", "al-Shabaab", "Adan Yabaal",
                                     15, "2024-08-02")


def test_a_military_operation_launched_is_no_act(extractor):
    """Written with the rule above: an operation launched, with no harm told, is no fight yet."""
    text = "عنوان\nأعلنت وزارة الدفاع التركية، الاثنين، إطلاق عملية عسكرية جديدة ضد حزب العمال الكردستاني شمالي العراق."
    assert not extractor.extract(Article(article_id="t", text=text, published="2022-04-18")).incidents


def test_a_retaking_announced_with_its_day_between_is_read(extractor):
    """Written (U-10's shape): "أعلن الجيش السوداني، أمس السبت، استعادة السيطرة على مدينة ود مدني":
    the day between the announcing verb and "استعادة" kept the sentence from being read at all."""
    text = ("عنوان\nأعلن الجيش السوداني، أمس السبت، استعادة السيطرة على مدينة ود مدني، عاصمة ولاية الجزيرة، "
            "بعد أكثر من عام على سقوطها في يد قوات الدعم السريع.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2025-01-12")).incidents
    assert (inc.sub_event_type, inc.actor1, inc.actor2, inc.location.name, str(inc.event_date)) == (
        "Government regains territory", "Military forces of Sudan", "Rapid Support Forces", "Wad Medani",
        "2025-01-11")


def test_two_gunmen_who_killed_are_the_attackers(extractor):
    """Written (X-08's shape): "قتل مسلحان على دراجة نارية ضابطاً في الشرطة أمام منزله": the dual
    subject of a kill, as "قتل مسلحون" (was: no act word, the act lost)."""
    text = "عنوان\nوفي بيشاور، قتل مسلحان على دراجة نارية ضابطاً في الشرطة أمام منزله صباح الاثنين."
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2024-03-19")).incidents
    assert (inc.sub_event_type, inc.actor1, inc.actor2, inc.location.name, str(inc.event_date)) == (
        "Attack", "Unknown", "Police forces of Pakistan", "Peshawar", "2024-03-18")


def test_a_base_named_with_its_owner_between_is_the_listed_base(extractor):
    """Written (E-15's shape): "استهداف قاعدة الاحتلال الأمريكي في حرير بمحافظة أربيل": the owner
    between the base noun and its name kept "قاعدة حرير" from matching, and the bare "حرير" (silk)
    is no name, so the strike went to the governorate."""
    text = ("عنوان\nأعلنت المقاومة الإسلامية في العراق، مساء السبت، استهداف قاعدة الاحتلال الأمريكي في حرير "
            "بمحافظة أربيل بواسطة الطيران المسيّر.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2024-01-14")).incidents
    assert (inc.sub_event_type, inc.actor2, inc.location.name, str(inc.event_date)) == (
        "Air/drone strike", "US forces", "Harir air base", "2024-01-13")


def test_a_toll_shared_out_among_villages_places_the_act_told_before(extractor):
    """Written (X-14's shape): "إن 70 شخصا قتلوا في قرية تشوما بانغو و30 في قرية زاروم داريه": a
    count of dead before the passive verb and "في", and a second count joined by و before its own
    "في", shares the toll of the attacks told before among the villages, each its own count (was: no
    act word, no mention; the attacks stayed at the region with the whole toll)."""
    text = "وقال مسؤول محلي إن \"70 شخصا قتلوا في قرية تشوما بانغو و30 في قرية زاروم داريه\"."
    (m,) = extractor.analyser.analyse_sentence(text, (0, len(text)), None, 1, [])
    assert ([p.place.name for p in m.targets], m.target_tolls) == (
        ["Tchoma Bangou", "Zaroumdareye"],
        {"Tchoma Bangou": Casualties(70, None), "Zaroumdareye": Casualties(30, None)})


def test_a_count_killed_at_one_place_is_no_toll_shared_out(extractor):
    """Written with the rule above: one count before "قتلوا في" and a place, with no second count
    for another place, is no act of its own."""
    text = "عنوان\nوقال مسؤول محلي إن 70 شخصا قتلوا في قرية تشوما بانغو خلال العام الماضي."
    assert not extractor.extract(Article(article_id="t", text=text, published="2021-01-03")).incidents


def test_clashes_told_also_are_the_article_pairs(extractor):
    """Written (J-16's, H2-08's shape): "كما اندلعت اشتباكات في مدينة الأبيض" after the army's and
    the RSF's clashes in Khartoum: fighting told "also", naming no side, is one more front of the
    article's one fight (was: the sentence named no side, so it was not read at all)."""
    text = ("عنوان\nاندلعت صباح السبت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في محيط القيادة "
            "العامة للجيش في الخرطوم.\nكما اندلعت اشتباكات في مدينة الأبيض بولاية شمال كردفان بحسب مصادر محلية.")
    incs = extractor.extract(Article(article_id="t", text=text, published="2023-04-15")).incidents
    obeid = [i for i in incs if i.location.name == "El Obeid"]
    assert [({i.actor1, i.actor2}, i.sub_event_type, str(i.event_date)) for i in obeid] == [
        ({"Military forces of Sudan", "Rapid Support Forces"}, "Armed clash", "2023-04-15")]


def test_clashes_told_also_after_their_verb_are_the_article_pairs(extractor):
    """Written with the rule above: "بأن اشتباكات اندلعت أيضاً في مدينة نيالا", "also" after the verb."""
    text = ("عنوان\nاندلعت صباح السبت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في محيط القيادة "
            "العامة للجيش في الخرطوم.\nوأفادت مصادر محلية بأن اشتباكات اندلعت أيضاً في مدينة نيالا.")
    incs = extractor.extract(Article(article_id="t", text=text, published="2023-04-15")).incidents
    assert [{i.actor1, i.actor2} for i in incs if i.location.name == "Nyala"] == [
        {"Military forces of Sudan", "Rapid Support Forces"}]


def test_clashes_not_told_also_take_no_pair(extractor):
    """Written with the rule above: a side-less fight told without "also" may be anyone's (a clan
    fight, a raid): it takes no pair from the article."""
    text = ("عنوان\nاندلعت صباح السبت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في محيط القيادة "
            "العامة للجيش في الخرطوم.\nودارت اشتباكات في مدينة نيالا بحسب مصادر محلية.")
    incs = extractor.extract(Article(article_id="t", text=text, published="2023-04-15")).incidents
    assert not [i for i in incs if i.location.name == "Nyala"]


def test_another_strike_naming_no_side_is_the_same_sides(extractor):
    """Written (H5-28's shape): "فيما استهدفت غارة أخرى محيط بلدة الأصابعة" after a Turkish drone's
    strike on Haftar's forces: "another" strike of the kind told just before, naming no side, is one
    more by the same sides (was: no side, so no act)."""
    text = ("عنوان\nوفي ترهونة، قال مصدر عسكري إن طائرة تركية مسيرة قصفت، فجر اليوم الثلاثاء، آليات تابعة "
            "لقوات حفتر، فيما استهدفت غارة أخرى محيط بلدة الأصابعة.")
    incs = extractor.extract(Article(article_id="t", text=text, published="2020-05-19")).incidents
    assert [(i.sub_event_type, i.actor1, i.actor2, str(i.event_date)) for i in incs
            if i.location.name == "al-Asaba'a"] == [
        ("Air/drone strike", "Turkish forces", "Libyan National Army", "2020-05-19")]


def test_a_like_attack_on_a_field_is_of_the_kind_before(extractor):
    """Written (H2-18's shape): "حقل عين سفني في قضاء الشيخان تعرض أمس أيضاً لهجوم مماثل" after a
    drone attack on another field: a like attack told by the bare "هجوم" is a drone attack, and the
    field named after its town is a field (was: a clash at the town, no side, no act)."""
    text = ("عنوان\nتعرض حقل طاوكي النفطي في زاخو، فجر اليوم الأربعاء، لهجوم بطائرة مسيرة مفخخة ألحق أضراراً "
            "بالمنشآت.\nكما أفادت مصادر محلية بأن حقل عين سفني في قضاء الشيخان تعرض أمس أيضاً لهجوم مماثل "
            "تسبب بأضرار مادية.")
    incs = extractor.extract(Article(article_id="t", text=text, published="2025-07-16")).incidents
    assert [(i.sub_event_type, str(i.event_date)) for i in incs if i.location.name == "Ain Sifni oil field"] == [
        ("Air/drone strike", "2025-07-15")]


def test_a_road_to_a_site_in_a_district_is_placed_at_the_district(extractor):
    """Written (H-08's, H5-09's, H7-08's shape): "على الطريق الصحراوي المؤدي إلى دير الأنبا صموئيل
    المعترف التابع لمركز العدوة": a site one was on the road to, with the district it lies in named
    right after it, places the act on the road, in the district (was: at the monastery, far out
    in the desert at the road's end)."""
    text = ("عنوان\nاعترض مسلحون ملثمون صباح أمس حافلة على الطريق الصحراوي المؤدي إلى دير الأنبا صموئيل "
            "المعترف التابع لمركز العدوة، وأطلقوا النيران على الركاب، ما أسفر عن مقتل 29 شخصاً.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2017-05-27")).incidents
    assert (inc.location.name, inc.actor2, inc.fatalities, str(inc.event_date)) == (
        "al-Idwa (Minya)", "Civilians", 29, "2017-05-26")


def test_travellers_on_their_way_to_a_site_in_a_district_are_placed_at_the_district(extractor):
    """Written with the rule above: "في طريقهم إلى دير الأنبا صموئيل المعترف بالظهير الصحراوي لمركز
    العدوة" (was: the monastery a destination, the district its container: no place at all)."""
    text = ("عنوان\nقتل 29 شخصاً في الهجوم الإرهابي الذي استهدف حافلة تقل أقباطاً في طريقهم إلى دير الأنبا "
            "صموئيل المعترف بالظهير الصحراوي لمركز العدوة، صباح أمس الجمعة.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2017-05-27")).incidents
    assert (inc.location.name, inc.fatalities) == ("al-Idwa (Minya)", 29)


def test_a_site_struck_on_the_road_with_no_district_stays_the_site(extractor):
    """Written with the rule above: with no district named after it, the road's end places the act."""
    text = ("عنوان\nأطلق مسلحون ملثمون النار صباح أمس على حافلة على الطريق المؤدي إلى دير الأنبا صموئيل "
            "المعترف، ما أسفر عن مقتل 29 شخصاً.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2017-05-27")).incidents
    assert inc.location.name == "Monastery of Saint Samuel the Confessor"


def test_other_rockets_naming_no_side_hit_as_the_ones_before(extractor):
    """Written with the rule above (T-12's shape): "في حين استهدفت صواريخ أخرى أطراف مدينة الأتارب"
    after the regime's shells that killed civilians: the same side, at whom its fire before hit."""
    text = ("عنوان\nكما قصفت قوات النظام مدينة دارة عزة غربي حلب بعشرات القذائف، ما أدى إلى مقتل ثلاثة مدنيين "
            "بينهم طفل، في حين استهدفت صواريخ أخرى أطراف مدينة الأتارب من دون تسجيل إصابات.")
    incs = extractor.extract(Article(article_id="t", text=text, published="2023-10-06")).incidents
    assert [(i.actor1, i.actor2) for i in incs if i.location.name == "Al Atārib"] == [
        ("Syrian government forces", "Civilians")]


def test_warplanes_destroying_told_with_a_shadda_are_read(extractor):
    """Written (A-03's shape): "الطيران الحربي دمّر اليوم رتلاً من الآليات لإرهابيي داعش": the
    masculine "دمر" after the air force, with or without its shadda (was: the sentence failed the
    prefilter, which had only the feminine "دمرت")."""
    text = ("عنوان\nوأشار المصدر إلى أن الطيران الحربي دمّر اليوم رتلاً من الآليات لإرهابيي \"داعش\" "
            "الفارين في محيط بلدة السخنة.")
    incs = extractor.extract(Article(article_id="t", text=text, published="2016-03-27")).incidents
    assert [(i.sub_event_type, i.actor2, i.location.name, str(i.event_date)) for i in incs] == [
        ("Air/drone strike", "ISIS", "al-Sukhnah", "2016-03-27")]


# --- corpus22a: read from random Syria/Iraq incidents of the whole corpus (session 22) ---

def test_each_toll_told_before_its_village_is_that_villages(extractor):
    """alyaum 2015-08-09 (snn-2015-08-09-0988): "مخلفاً ثلاثة شهداء وعشرة جرحى بقرية الموزرة، وخمسة
    شهداء بقرية أرنبة، وستة شهداء بقرية جوزف": each count ends on its noun of the dead right before
    "بقرية" and the village, so it is that village's (was: read after each place, every toll went to
    the place before it: Jabal al-Zawiya 3 and 10, al-Mouzara 5, Arnaba 6, Jawzaf none)."""
    text = ("وقال ناشط إعلامي من ريف إدلب، إن \"الطيران الحربي شن عدة غارات على قرى وبلدات جبل الزاوية "
            "بريف إدلب، مخلفاً ثلاثة شهداء وعشرة جرحى بقرية الموزرة، وخمسة شهداء بقرية أرنبة، وستة شهداء "
            "بقرية جوزف، إضافة لشهيدين وعشرات الجرحى بتل النبي أيوب، ودماراً هائلاً بالأبنية السكنية\".")
    incidents = extractor.extract(Article(article_id="t", text=text, published="2015-08-09")).incidents
    assert sorted((i.location.name, i.fatalities, i.injured) for i in incidents) == [
        ("Jabal al-Zawiya", None, None), ("أرنبة (near Idlib)", 5, None),
        ("الموزرة (near Idlib)", 3, 10), ("جوزف (near Idlib)", 6, None)]


def test_the_dead_listed_after_among_them_are_no_more_dead_nor_a_bombing(extractor):
    """aawsat 2015-08-02 (snn-2015-08-02-0166): "إن القوات الأمنية قتلت 10 من عناصر تنظيم داعش، بينهم
    انتحاري وثلاثة قناصين": who were among the ten are counted already (was: 13), and a suicide
    bomber among the dead is no suicide bombing (was: Suicide bomb)."""
    text = ("إلى ذلك، قال قائد الشرطة الاتحادية الفريق رائد شاكر جودت لـ«الشرق الأوسط» إن القوات الأمنية "
            "قتلت 10 من عناصر تنظيم داعش، بينهم انتحاري وثلاثة قناصين، خلال تقدم القوات الأمنية في المحور "
            "الشرقي لمدينة الرمادي.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2015-08-02")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name, inc.fatalities) == (
        "Iraqi security forces", "ISIS", "Ramadi", 10)
    assert inc.sub_event_type != "Suicide bomb"


def test_what_strikes_will_do_at_a_place_is_no_act_there(extractor):
    """aawsat and aleqtisadiya 2015-07-31 (CJTF's statement): "سيكون لهذه الضربات تأثير عميق في
    قدرة داعش في سوريا على الإضرار بالعمليات في العراق خاصة في الرمادي": the future of strikes told
    before, not a strike on Ramadi (was: an air strike on Ramadi, confidence 0.84)."""
    text = ("وأضاف: «سيكون لهذه الضربات تأثير عميق في قدرة (داعش) في سوريا على الإضرار بالعمليات في "
            "العراق خاصة في الرمادي.. حرمان (داعش) من القدرة على استخدام هذه الأهداف يحد كثيرا من سعيه».")
    assert not extractor.extract(Article(article_id="t", text=text, published="2015-07-31")).incidents


def test_fighters_killed_during_a_sides_bombing_were_its_target(extractor):
    """alweeam 2015-07-22 (snn-2015-07-22-1499): "أن عددا آخر من عناصر التنظيم قتلوا لدى قصف التحالف
    لمقرات في قريتي دويزات والحود": "لدى" (when) is no object, so "قتلوا" is passive and the
    coalition bombed (was: ISIS shelling the Iraqi forces at both villages)."""
    text = ("وأضاف كلالي في اتصال مع “راديو سوا”، أن عددا آخر من عناصر التنظيم قتلوا لدى قصف التحالف "
            "لمقرات في قريتي دويزات والحود قرب الموصل.")
    incidents = extractor.extract(Article(article_id="t", text=text, published="2015-07-22")).incidents
    assert sorted((i.actor1, i.actor2, i.location.name) for i in incidents) == [
        ("International coalition", "ISIS", "الحود (near Mosul)"),
        ("International coalition", "ISIS", "دويزات (near Mosul)")]


def test_likewise_after_a_comma_opens_the_next_act_with_its_own_sides(extractor):
    """aljazirah 2015-07-24 (SOHR): "... من طائرات النظام المروحية، دون انباء عن اصابات، كذلك استهدفت
    الفصائل المعارضة تمركزات لقوات النظام بقذائف الهاون في محيط قرية الغاصبية": the opposition's
    mortars are an act of their own (was: one clause, the regime's barrel bombs on al-Ghasibiyah)."""
    text = ("قصف الطيران المروحي بالبراميل المتفجرة على مناطق في مدينة تلبيسة، فيما تعرضت مناطق في بلدة الغنطو "
            "بريف حمص الشمالي لقصف بالبراميل المتفجرة من طائرات النظام المروحية، دون انباء عن اصابات، كذلك "
            "استهدفت الفصائل المعارضة تمركزات لقوات النظام بقذائف الهاون في محيط قرية الغاصبية بريف حمص "
            "الشمالي وانباء عن خسائر بشرية في صفوف قوات النظام والمسلحين الموالين لها.")
    incidents = extractor.extract(Article(article_id="t", text=text, published="2015-07-24")).incidents
    assert sorted((i.actor1, i.actor2, i.sub_event_type, i.location.name) for i in incidents) == [
        ("Syrian government forces", "Syrian opposition factions", "Air/drone strike", "Al Ghanţū"),
        ("Syrian government forces", "Syrian opposition factions", "Air/drone strike", "Tallbīsah"),
        ("Syrian opposition factions", "Syrian government forces", "Shelling/artillery/missile attack",
         "Homs countryside (north)")]


def test_attacks_a_side_stands_accused_of_are_no_act(extractor):
    """alwatan 2015-08-07: "وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات بالغاز
    باستخدام براميل متفجرة": the present accusation of carrying out attacks (a bare plural, no day) is
    what a side is said to do, no one act (was: a regime air strike on Damascus, confidence 0.77)."""
    text = ("يتبنى مجلس الأمن الدولي صباح اليوم قرارا لتشكيل لجنة خبراء.\nوتتهم بريطانيا وفرنسا والولايات المتحدة "
            "النظام السوري بتنفيذ هجمات بالغاز باستخدام براميل متفجرة تُلقى من المروحيات.\nوتؤكد هذه الدول "
            "الثلاث أن النظام السوري هو الوحيد الذي يملك مروحيات، في حين تصر روسيا على أنه لا يوجد أدلة "
            "دامغة على أن دمشق تقف وراء الهجمات.")
    assert not extractor.extract(Article(article_id="t", text=text, published="2015-08-07")).incidents


def test_what_a_place_is_to_be_protected_from_is_no_act_there(extractor):
    """aawsat 2015-07-25: "ضرورة حماية حلب من قصف قوات الأسد", "نريد نحن منطقة حظر طيران لحماية حلب،
    على الأقل، من القصف الجوي": the bombing Aleppo should be protected from is no act (was: Turkish
    forces striking the coalition at Aleppo, confidence 0.77)."""
    text = ("واشنطن تستخدم قاعدة إنجيرليك.\nكان ذلك تعليقا على تصريحات رئيس وزراء تركيا، أحمد داود أوغلو، "
            "لوكالة «رويترز»، قبيل زيارته إلى واشنطن، التي تحدث فيها عن «ضرورة حماية حلب من قصف قوات الأسد "
            "قبل أن تدرس تركيا تعزيز دورها في التحالف الذي تقوده الولايات المتحدة». وأضاف: «نريد نحن منطقة "
            "حظر طيران لحماية حلب، على الأقل، من القصف الجوي».")
    assert not extractor.extract(Article(article_id="t", text=text, published="2015-07-25")).incidents


def test_a_quoted_ally_after_its_own_waw_is_on_the_first_side(extractor):
    """aawsat 2015-08-06 (snn-2015-08-06-0373): 'بين القوات النظامية و«حزب الله» من جهة، والفصائل
    الإسلامية المعارضة من جهة أخرى': the "و" stands apart before the quoted name, which is still the
    regime's ally on the first side; the opposition is the other (was: the regime against Hezbollah,
    and the regime against the regime at Jisr al-Shughur, confidence 0.87)."""
    text = ("عنوان\nدارت معارك في جسر الشغور بين القوات النظامية و«حزب الله» من جهة، والفصائل الإسلامية "
            "المعارضة من جهة أخرى.")
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2015-08-06")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name) == (
        "Syrian government forces", "Syrian opposition factions", "Jisr ash Shughūr")


def test_those_a_side_executed_are_its_dead(extractor):
    """aawsat 2015-08-04 (dpa): 'أن «داعش» أعدم 44 شابا وسط الموصل في ساحة عامة': the executed are
    the act's dead (was: no toll); a sentence to death passed by a court is none."""
    text = "عنوان\nوكشف مصدر أمني في شرطة نينوى أمس أن «داعش» أعدم 44 شابا وسط الموصل في ساحة عامة."
    (inc,) = extractor.extract(Article(article_id="t", text=text, published="2015-08-04")).incidents
    assert (inc.actor1, inc.actor2, inc.location.name, inc.fatalities, str(inc.event_date)) == (
        "ISIS", "Civilians", "Mosul", 44, "2015-08-03")
    text = "عنوان\nأصدرت محكمة حكما بإعدام 5 متهمين بتنفيذ هجوم على كنيسة في الإسكندرية."
    assert all(i.fatalities is None
               for i in extractor.extract(Article(article_id="t", text=text, published="2015-08-04")).incidents)


def test_the_day_what_had_been_done_to_the_act_s_object_is_not_the_act_s(extractor):
    """aawsat 2015-08-06 (snn-2015-08-06-0373): "تمكن خلالها مقاتلو الفصائل من استعادة نقاط كانت قوات
    النظام سيطرت عليها يومي الاثنين والثلاثاء الماضيين": Monday and Tuesday are when the regime had
    taken the points, not the day they were retaken (was: 2015-08-03, Monday)."""
    text = ("عنوان\nوأشاروا إلى أن «المعارك كانت عبارة عن عمليات كرّ وفرّ تمكن خلالها مقاتلو الفصائل من استعادة "
            "نقاط كانت قوات النظام سيطرت عليها يومي الاثنين والثلاثاء الماضيين، ومقتل ما لا يقل عن 12 عنصرًا "
            "نظاميًا في سهل الغاب وريف جسر الشغور».")
    incidents = extractor.extract(Article(article_id="t", text=text, published="2015-08-06")).incidents
    assert {(i.actor1, i.fatalities, str(i.event_date)) for i in incidents} == {
        ("Syrian opposition factions", 12, "2015-08-06")}
