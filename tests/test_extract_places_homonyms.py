"""Where an act was when its village shares a name with a place abroad, or its
sentence names a road, a correspondent's station or a container.

No 2015 corpus sentence names a Syrian village after a foreign city beside its
container, nor a town beside "قرب طريق X - Y": these sentences are written the
way the 2021-2025 outlets of northern Syria report (North Press, ANHA, Enab
Baladi).
"""
from __future__ import annotations

import pytest

from extract.record import Article


def _places(extractor, text, published="2024-06-11"):
    return [(i.location.name if i.location else None, i.actor1)
            for i in extractor.extract(Article("t", text, published=published)).incidents]


@pytest.mark.parametrize("text, expected", [
    # written: the road's end (Aleppo) is not the container of the town hit (Ariha)
    ("قصفت طائرات روسية أطراف مدينة أريحا الجنوبية قرب طريق حلب - اللاذقية الدولي.",
     [("Arīḩā", "Russian forces")]),
    # written: a correspondent's station is not where the act was when the clause names it
    ("وبحسب مراسل الوكالة في إدلب، شنت طائرات حربية روسية غارات على أطراف مدينة أريحا.",
     [("Arīḩā", "Russian forces")]),
    # written: a foreign city said to lie west of a Syrian town is a village of that name
    # there, and the same name said again in the sentence is the same village; each of the two
    # villages, which the gazetteer lacks, is an incident of its own, put at Ain Issa
    ("قصفت القوات التركية بالمدفعية قريتي صيدا والمحمودلي غربي بلدة عين عيسى، وطالت القذائف "
     "منازل المدنيين في قرية صيدا.",
     [("صيدا (near Ain Issa)", "Turkish forces"), ("المحمودلي (near Ain Issa)", "Turkish forces")]),
    # written: "قرية صيدا" after Ain Issa's countryside is no Lebanese city
    ("وفي ريف عين عيسى، صد مقاتلو مجلس تل أبيض العسكري هجوما للجيش الوطني السوري على قرية صيدا.",
     [("Ain Issa", "Syrian opposition factions")]),
    # written: a hand-written town of Sudan is a namesake in a story of Qamishli's countryside
    ("قتل مقاتلان من قوات سوريا الديمقراطية بقصف طائرة مسيرة تركية في ريف القامشلي وعامودا. "
     "وقال مصدر محلي إن المسيرة استهدفت سيارتهما قرب قرية الهلالية غربي المدينة.",
     [("Qamishli", "Turkish forces"), ("‘Āmūdā", "Turkish forces")]),
])
def test_namesakes_roads_and_stations(extractor, text, expected):
    assert _places(extractor, text) == expected


def test_correspondent_station_alone_is_the_place(extractor):
    """Written: with no other place named, the correspondent's station stays the act's place."""
    assert _places(extractor, "وأفاد مراسلنا في إدلب بأن طائرات حربية روسية شنت غارات على المنطقة.") == [
        ("Idlib", "Russian forces")]


def test_correspondent_station_after_the_acts_place_is_not_the_place(extractor):
    """Written: once the article has named where the act was, a correspondent's station told
    later is only where the report was filed (one incident, at al-Shuhayl)."""
    text = ("قتل عنصران من قسد بهجوم مسلح على حاجز في بلدة الشحيل بريف دير الزور الشرقي. وأفاد مراسلنا في دير "
            "الزور بأن مسلحين أطلقوا النار على عناصر الحاجز قبل أن يفروا.")
    assert _places(extractor, text) == [("al-Shuhayl", "Unknown")]


@pytest.mark.parametrize("text, published, expected", [
    # written (no 2015 sentence has the launch and the target this close): where mortar fire
    # "fired from Syrian territory" fell is the town after "على", not a launch site
    ("قتل مدنيان جراء سقوط قذائف هاون أطلقت من الأراضي السورية على بلدة أقجة قلعة الحدودية في ولاية "
     "شانلي أورفة، وحملت السلطات التركية وحدات حماية الشعب المسؤولية.", "2019-10-10",
     [("Akçakale", "SDF")]),
    # okaz.com.sa 2015-07-25 (SaudiNewsNet): the same shape, the launch named further back
    ("إلى ذلك، أصيب مقيم من الجنسية اليمنية إثر مقذوفات عسكرية أطلقت من داخل الحدود اليمنية على مدينة "
     "نجران، فيما تعرض محل تجاري وعدد من السيارات إلى أضرار.", "2015-07-25",
     [("Najrān", "Houthis")]),
])
def test_fire_launched_from_one_place_on_another(extractor, text, published, expected):
    assert _places(extractor, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # written (no 2015 sentence names a town on a road between two cities): the act is near
    # the town named on the road, not at the road's first end
    ("استهدفت مجموعة إرهابية مساء أمس حافلة عسكرية على الطريق بين تدمر ودير الزور بالقرب من بلدة "
     "الشولا، ما أدى إلى مقتل تسعة عسكريين.", "2021-12-30",
     [("al-Shula", "Unknown")]),
    # written: a countryside that holds the road is no place on it; the act stays near the first end
    ("استهدفت طائرة مسيرة إسرائيلية سيارة على الطريق الواصل بين بلدتي خان أرنبة وجباتا الخشب بريف "
     "القنيطرة الشمالي، ما أدى لمقتل عنصر في حزب الله.", "2024-01-20",
     [("Khān Arnabah", "Israeli forces")]),
])
def test_a_town_named_on_a_road_between_two_others(extractor, text, published, expected):
    assert _places(extractor, text, published) == expected


def test_a_facility_in_the_countryside_of_a_town_is_no_namesake_abroad(extractor):
    """Written: "محطة السويدية للغاز في ريف مدينة المالكية" is a plant by Derik, not Turkey's
    Samandağ (GeoNames' only "السويدية"): the countryside named after the facility's complement
    is its container, and the act is placed at the town (one incident, not two)."""
    text = ("استهدفت مسيّرات تركية محطة السويدية للغاز في ريف مدينة المالكية أقصى شمال شرقي الحسكة، "
            "ما أدى إلى خروجها عن الخدمة.")
    assert _places(extractor, text, "2024-01-14") == [("al-Malikiyah", "Turkish forces")]


@pytest.mark.parametrize("text, published, expected", [
    # written: Iraq's security media name this ISIS hideout south of Kirkuk often
    ("نفذت طائرات القوة الجوية العراقية ضربة جوية استهدفت وكراً لعصابات داعش في وادي الشاي ضمن قاطع "
     "عمليات كركوك، ما أسفر عن مقتل ثلاثة إرهابيين.", "2024-04-09",
     [("Wadi al-Shay", "Iraqi security forces")]),
    # written: the press spells Batifa (GeoNames 97825) 'باطيفا'; the district named after it
    # is its container
    ("استهدفت طائرة مسيّرة تركية عجلة مدنية في ناحية باطيفا التابعة لقضاء زاخو، ما أسفر عن إصابة شخصين.",
     "2022-05-17", [("Batifa", "Turkish forces")]),
])
def test_curated_places_of_northern_iraq(extractor, text, published, expected):
    assert _places(extractor, text, published) == expected


def test_nna_dateline_is_not_a_place_hit(extractor):
    """Written, in NNA's style: "وطنية - النبطية -" opens the paragraph with the outlet and the town
    it filed from; the strike is at Kfour alone, not also at Nabatieh."""
    text = ("عنوان\nوطنية - النبطية - ارتفعت حصيلة الغارة التي شنها الطيران الحربي المعادي ليل أمس على مستودع "
            "في خراج بلدة الكفور الى 10 شهداء.")
    assert [p for p, _ in _places(extractor, text, "2024-08-18")] == ["Kfour (Nabatieh)"]


def test_a_town_named_as_its_district_holds_the_village_hit(extractor):
    """Written: "وفي قضاء صور، أفادت ... على طريق بلدة زبقين": Tyre is named as the district that holds
    Zibqin, where the drone hit the motorbike (one incident, at Zibqin)."""
    text = ("عنوان\nوفي قضاء صور، أفادت مندوبة الوكالة بأن مسيرة معادية استهدفت بصاروخ دراجة نارية على طريق "
            "بلدة زبقين صباح اليوم، ما أدى الى سقوط شهيد.")
    assert _places(extractor, text, "2024-08-18") == [("Zibqin", "Israeli forces")]


def test_a_command_sector_holds_the_place_hit(extractor):
    """Written, in Iraq's security media's words: "في وادي الشاي ضمن قاطع قيادة عمليات كركوك" names
    the operations command's sector that holds the valley, not a second place hit."""
    text = ("عنوان\nنفذت طائرات F-16 العراقية ضربة جوية استهدفت وكراً للإرهابيين في وادي الشاي ضمن قاطع قيادة "
            "عمليات كركوك، ما أسفر عن مقتل أربعة من الإرهابيين.")
    assert _places(extractor, text, "2022-11-15") == [("Wadi al-Shay", "Iraqi security forces")]


def test_a_quarter_named_like_a_far_town_is_the_citys_quarter(extractor):
    """Written: "حي الروضة" in a report on Taiz is Taiz's quarter, not the far al-Rawdah of Shabwa
    (the gazetteer knows the name only there); the act is placed at the city named before."""
    text = ("عنوان\nأفادت مصادر محلية في مدينة تعز بأن الحوثيين قصفوا بقذائف الهاون حي الروضة، "
            "ما أدى إلى مقتل طفل.")
    assert _places(extractor, text, "2023-05-10") == [("Taiz", "Houthis")]


def test_the_earlier_act_after_a_time_gap_is_not_this_acts_place(extractor):
    """Written: "بعد ساعات من الهجوم الذي استهدف مقراً أمنياً قرب العاصمة أنقرة" tells the earlier act
    the strikes answered; Ankara is its place, not the strikes' (they were in northern Iraq)."""
    text = ("عنوان\nقالت وزارة الدفاع التركية إن مقاتلاتها قصفت أهدافاً لحزب العمال الكردستاني في شمالي "
            "العراق، وذلك بعد ساعات من الهجوم الذي استهدف مقراً أمنياً قرب العاصمة أنقرة.")
    assert _places(extractor, text, "2023-05-10") == [("Iraq", "Turkish forces")]


def test_the_accuser_and_the_accused_are_governments(extractor):
    """Written: "وتتهم إسلام آباد كابل بإيواء مسلحين": Islamabad and Kabul are the two governments,
    not places hit; the strikes were in Khost."""
    text = ("عنوان\nقصفت طائرات باكستانية مواقع في ولاية خوست الأفغانية، وتتهم إسلام آباد كابل بإيواء "
            "مسلحين من حركة طالبان باكستان.")
    assert _places(extractor, text, "2024-03-18") == [("Khost Province", "Military forces of Pakistan")]


def test_a_summits_town_is_a_venue(extractor):
    """Written: "الذي يشارك في قمة مجموعة العشرين بمدينة أوساكا": where the president was, not a
    place hit; the strikes were at Khwakurk."""
    text = ("عنوان\nقال الرئيس التركي، الذي يشارك في قمة مجموعة العشرين بمدينة أوساكا اليابانية، إن الطائرات "
            "التركية قصفت مواقع لحزب العمال الكردستاني في منطقة هاكورك.")
    assert _places(extractor, text, "2019-06-29") == [("Khwakurk", "Turkish forces")]


def test_a_police_commands_town_is_who_speaks(extractor):
    """Written: "عن مصدر في قيادة شرطة حمص قوله" names the command that spoke; the attack was in
    the desert of al-Sukhnah."""
    text = ("عنوان\nونقلت الوكالة عن مصدر في قيادة شرطة حمص قوله إن مسلحين من تنظيم داعش هاجموا مدنيين "
            "أثناء جمعهم الكمأة في بادية السخنة، وقتلوا خمسة منهم.")
    assert _places(extractor, text, "2023-02-18") == [("al-Sukhnah desert", "ISIS")]


@pytest.mark.parametrize("text, published, expected", [
    # written: the village (Wikipedia coordinates) lies in Gezira State, named after it
    ("عنوان\nقُتل 12 مدنياً، صباح اليوم، في هجوم شنته قوات الدعم السريع على قرية ود النورة بولاية الجزيرة.",
     "2024-06-05", [("Wad al-Noura", "Rapid Support Forces")]),
    # written: the village, not Kanbalu town 47 km off, is where the bombs fell
    ("عنوان\nقُتل عشرات المدنيين في غارة جوية شنها جيش ميانمار على قرية بازيجي في بلدة كانبالو بإقليم ساغاينغ.",
     "2023-04-11", [("Pazigyi", "Military forces of Myanmar")]),
])
def test_curated_villages_beyond_cities500(extractor, text, published, expected):
    assert _places(extractor, text, published) == expected


def test_a_dateline_set_off_with_a_bar_is_not_a_place_hit(extractor):
    """Written, in Al-Masirah's style: "صنعاء | المسيرة نت:" opens the report with the town it was
    filed from and the outlet; the ship attack is not at Sanaa (the clause names no other place)."""
    text = ("عنوان\nصنعاء | المسيرة نت: أعلنت القوات المسلحة اليمنية، مساء أمس، تنفيذ عملية عسكرية استهدفت "
            "سفينة تجارية بالطائرات المسيرة.")
    assert [i.location for i in extractor.extract(Article("t", text, published="2024-06-13")).incidents] == [None]


def test_a_dateline_set_off_with_a_tatweel_is_not_a_place_hit(extractor):
    """Written, in al-Quds al-Arabi's style: "بغداد ـ «القدس العربي»:" sets a lone tatweel for the
    dash; the drone strike is at Sinjar, not a second one at Baghdad where the report was filed."""
    text = ("عنوان\nبغداد ـ «القدس العربي»: قتل ثمانية أشخاص بضربة جوية نفذتها طائرة مسيرة تركية، أمس "
            "الثلاثاء، على مستشفى ميداني في قرية سكينية التابعة لقضاء سنجار غربي محافظة نينوى.")
    assert _places(extractor, text, "2021-08-18") == [("Sinjār", "Turkish forces")]


def test_a_list_of_governorates_names_governorates(extractor):
    """Written: "ومحافظات الحديدة وحجة" opens with a plural governorate noun, so Hajjah is the
    governorate, whose strike the next sentence places at Abs district; not a second act at
    Hajjah city."""
    text = ("غارات أمريكية على اليمن\nشنت الطائرات الأمريكية فجر اليوم غارات على العاصمة صنعاء ومحافظات "
            "الحديدة وحجة.\nوأفاد مراسلنا بأن الغارات استهدفت مطار صنعاء، فيما طالت غارات أخرى ميناء "
            "الحديدة ومديرية عبس بمحافظة حجة.")
    assert [p for p, _ in _places(extractor, text, "2024-01-12")] == [
        "Sanaa", "Sanaa airport", "Hodeidah port", "Abs"]


def test_a_governorates_toll_over_the_towns_told_is_no_act_of_its_own(extractor):
    """Written: the ministry's toll "على البقاع" sums the strikes told at Brital and al-Nabi Chit the
    same day; it is no third act at the governorate's point (a toll over several places)."""
    text = ("غارات إسرائيلية على البقاع\nدمرت غارة إسرائيلية فجر أمس منزلا في بلدة بريتال ما أدى إلى "
            "استشهاد أربعة أشخاص.\nوفي بلدة النبي شيت، استهدفت غارة منزلا آخر ما أدى إلى سقوط شهيدين.\n"
            "وأعلنت وزارة الصحة أن الغارات الإسرائيلية على البقاع أمس أدت إلى استشهاد 15 شخصا.")
    assert _places(extractor, text, "2024-09-27") == [("Brital", "Israeli forces"), ("Nabi Chit", "Israeli forces")]


def test_the_second_town_of_a_dual_countryside_is_its_countryside(extractor):
    """Written, in SANA's words: "في ريفي حماة الشمالي الغربي وإدلب الجنوبي" names two towns'
    countrysides (the dual "ريفي"); the strikes were in Idlib's southern countryside, not the city."""
    text = ("عنوان\nوجهت وحدات من الجيش العربي السوري اليوم ضربات مركزة على مواقع الإرهابيين في ريفي حماة "
            "الشمالي الغربي وإدلب الجنوبي.")
    assert [p for p, _ in _places(extractor, text, "2019-05-06")] == ["Idlib countryside (south)"]


def test_a_rivers_west_bank_is_not_palestines(extractor):
    """Written, in Syrian outlets' shape: the tribes crossed the Euphrates "from the regime's areas on
    the west bank"; beside a river named in the sentence "الضفة الغربية" is its bank (places.RIVER_NAMED),
    so the one act is at Dhiban alone; a West Bank sentence with no river keeps Palestine's."""
    text = ("عنوان\nشنت مجموعات من قوات العشائر فجر الأربعاء هجوماً واسعاً على مواقع قسد في بلدة ذيبان بريف دير "
            "الزور الشرقي، بعد عبورها نهر الفرات بالقوارب من مناطق سيطرة النظام على الضفة الغربية.")
    assert _places(extractor, text, "2024-08-08") == [("Dhiban", "Arab tribal fighters")]
    text = "عنوان\nقصفت قوات الاحتلال الإسرائيلي منزلا في الضفة الغربية."
    assert _places(extractor, text, "2024-08-08") == [("West Bank", "Israeli forces")]


@pytest.mark.parametrize("text, expected", [
    # written: "وتقول أنقرة إنها تستهدف": the capital speaks (present tense) for its government; the
    # drone strike is at al-Hol alone
    ("قصفت مسيرة تركية نقطة حراسة لقوى الأمن الداخلي على مدخل مخيم الهول شرق الحسكة ضمن العملية الجوية "
     "التي أطلقتها تركيا الأحد، وتقول أنقرة إنها تستهدف حزب العمال الكردستاني.",
     [("al-Hol camp", "Turkish forces")]),
    # written: "هجوما للفصائل التابعة لدمشق": a force belonging to the capital is its government's
    # (actors.csv), not the opposition's "الفصائل"
    ("قالت قسد إن هجوما للفصائل التابعة لدمشق استهدف نقاطها في بلدة الشدادي جنوب الحسكة.",
     [("al-Shaddadi", "Syrian government forces")]),
    # F2-13 (Al Mayadeen, 2019): "وهو ما تعتبره واشنطن وتل أبيب ممراً": the second capital joined by
    # "و" to the first one the verb has as its subject is a government too, no act at Tel Aviv
    ("استشهد القيادي في الحشد الشعبي وأصيب آخر، أمس الأحد، بقصف نفذته طائرتان مسيّرتان مجهولتان في قضاء "
     "القائم.\nوقال خبير عسكري عراقي للميادين إن \"استهداف القائم تحديداً يرتبط بموقعها على طريق الإمداد "
     "بين العراق وسوريا، وهو ما تعتبره واشنطن وتل أبيب ممراً استراتيجياً لمحور المقاومة\"، مرجحاً أن تكون "
     "الطائرات قد انطلقت من \"قاعدة التنف أو من مناطق شرقي الفرات\".",
     [("al-Qaim", "Unknown")]),
])
def test_a_capital_that_speaks_or_owns_a_force_is_no_place_hit(extractor, text, expected):
    assert _places(extractor, text, "2026-01-19") == expected


def test_the_desert_of_a_town_in_a_list_of_places_hit_is_one_more_place(extractor):
    """Written, in SOHR's shape: "في مدينة الميادين وفي بادية البوكمال": "وفي" opens the list's next
    place, never the container of the one before; the desert named after Albukamal is placed just
    south of the town (places.csv, kind area), as outlets mean an act near the town."""
    text = "عنوان\nاستهدفت غارات إسرائيلية مواقع عسكرية في مدينة الميادين وفي بادية البوكمال."
    incs = extractor.extract(Article("t", text, published="2021-01-13")).incidents
    assert sorted((i.location.name, i.location.geo_precision) for i in incs) == [
        ("Albukamal desert", 2), ("al-Mayadin", 1)]
    (desert,) = [i for i in incs if i.location.name == "Albukamal desert"]
    assert abs(desert.location.lat - 34.43) < 0.01 and abs(desert.location.lon - 40.90) < 0.01


def test_the_town_one_was_coming_back_from_is_no_place_of_the_act(extractor):
    """Written: "أثناء عودته من مدينة دير الزور" is where the teacher was coming from (RETURN_WORDS
    before "من"); "أثناء عودته إلى منزله في بلدة هجين" is where the fighter was shot."""
    text = ("عنوان\nاختطف مجهولون مدرساً من أبناء بلدة موحسن أثناء عودته من مدينة دير الزور، وطالبوا ذويه "
            "بفدية مالية.")
    assert _places(extractor, text, "2024-02-20") == [("Mohassan", "Unknown")]
    text = ("عنوان\nقتل مقاتل من قسد مساء الثلاثاء برصاص مسلحين مجهولين أثناء عودته إلى منزله في بلدة هجين "
            "شرقي دير الزور.")
    assert _places(extractor, text, "2024-02-20") == [("Hajin", "Unknown")]


def test_the_town_named_after_unknown_gunmen_is_where_they_struck(extractor):
    """Written, in Syrian outlets' headline shape: "برصاص مجهولين في الكسرة وإصابة اثنين بعبوة ناسفة في
    جديد عكيدات": unknown men have no known base, so al-Kasrah is the first act's place, not the
    attacker's base beside the second act's target."""
    text = ("مقتل عنصر من قسد برصاص مجهولين في الكسرة وإصابة اثنين بعبوة ناسفة في جديد عكيدات\n"
            "تصاعدت الهجمات في ريف دير الزور.")
    assert sorted(_places(extractor, text, "2024-02-20")) == [("Jadid Akidat", "Unknown"), ("al-Kasrah", "Unknown")]


def test_a_town_whose_countryside_holds_the_place_hit_is_its_container(extractor):
    """Written, in SOHR's shape: "في منطقة الهري الواقعة في الريف الجنوبي الشرقي لمدينة البوكمال":
    the town whose countryside the place "lies in" (LOCATED_WORDS), past the compass words, contains
    it; one strike at al-Hari, not a second at Albukamal."""
    text = ("عنوان\nقتل 20 عنصرا جراء الضربات الجوية التي نفذتها طائرات مجهولة ليل الأحد على مواقع للقوات الموالية "
            "للنظام في منطقة الهري الواقعة في الريف الجنوبي الشرقي لمدينة البوكمال.")
    assert _places(extractor, text, "2018-06-18") == [("al-Hari", "Unknown")]


def test_a_capital_a_claim_is_told_after_a_unit_and_a_foundation_named_after_places_are_no_places(extractor):
    # written, in the voices of Al Arabiya, Al-Mayadeen and Al Jazeera: "بحسب تل أبيب" is Israel's
    # government; "فرقة الجولان 210" is a division named after its sector; "مؤسسة غزة الإنسانية" a
    # body named after the land it serves: none of them is where the act happened
    def places(text, published):
        return [i.location.name for i in extractor.extract(
            Article(article_id="t", text=text, published=published)).incidents]
    assert places("استهدفت غارة إسرائيلية مساء الثلاثاء مبنى سكنياً في منطقة حارة حريك بالضاحية الجنوبية لبيروت، "
                  "في ضربة قال الجيش الإسرائيلي إنها استهدفت القيادي في الحزب فؤاد شكر، المسؤول بحسب تل أبيب عن "
                  "إطلاق الصواريخ.", "2024-07-31") == ["Haret Hreik"]
    assert places("أعلنت المقاومة الإسلامية في لبنان أنها استهدفت مقر قيادة فرقة الجولان 210 في قاعدة عين زيتيم "
                  "بستين صاروخ كاتيوشا.", "2024-06-13") == ["Ein Zeitim base"]
    assert places("استشهد 31 فلسطينياً على الأقل صباح اليوم الأحد، عندما فتحت قوات الاحتلال الإسرائيلي النار على "
                  "آلاف المدنيين الذين تجمعوا قرب مركز لتوزيع المساعدات تديره \"مؤسسة غزة الإنسانية\" غربي مدينة "
                  "رفح.", "2025-06-01") == ["Rafaḩ"]


def test_the_place_of_an_act_a_man_is_held_responsible_for_is_not_the_strikes(extractor):
    # written, in Al Arabiya's voice: "المسؤول ... عن الهجوم على بلدة مجدل شمس" names the place of
    # the act the commander struck is blamed for; a group's "مسؤوليته عن الهجوم على حاجز ... في
    # مدينة العريش" still places the act it claims
    def places(text, published):
        return [(i.location.name, i.actor1) for i in extractor.extract(
            Article(article_id="t", text=text, published=published)).incidents]
    assert places("استهدفت غارة إسرائيلية مساء الثلاثاء مبنى سكنياً في منطقة حارة حريك بالضاحية الجنوبية لبيروت، في "
                  "ضربة قال الجيش الإسرائيلي إنها استهدفت القيادي العسكري البارز في الحزب فؤاد شكر، المسؤول، بحسب تل "
                  "أبيب، عن الهجوم على بلدة مجدل شمس.", "2024-07-31") == [("Haret Hreik", "Israeli forces")]
    assert places("وأعلن تنظيم داعش مسؤوليته عن الهجوم على حاجز للجيش في مدينة العريش أمس.", "2017-04-10") == [
        ("Arīsh", "ISIS")]


@pytest.mark.parametrize("text, expected", [
    # R3-02 (Okaz, 2015-08-08): Asir's citizens on the Abha mosque bombing, ending with the
    # condolence "ويلهمهم الصبر والسلوان" (patience and solace): no Jerusalem quarter (a report
    # this short keeps its act unplaced)
    ("هذا العمل الإرهابي الذي استهدف بيتاً من بيوت الله لا يمثل الإسلام، ونسأل الله أن يتقبلهم شهداء ويلهمهم "
     "الصبر والسلوان.", [(None, "Unknown")]),
    # the quarter itself, named with its noun, stays
    ("أصيب شاب برصاص قوات الاحتلال في بلدة سلوان.", [("Silwan", "Israeli forces")]),
])
def test_a_condolences_solace_is_not_silwan(extractor, text, expected):
    assert _places(extractor, text, "2015-08-08") == expected


def test_a_quarter_named_after_a_towns_gate_is_not_that_town(extractor):
    # H2-04 (al-Wasat's voice), as the 2015 corpus's "حي باب طبرق" (Derna) and "منطقة باب مكة"
    # (Jeddah): "باب طبرق" is a quarter of Derna, not Tobruk, 160 km away
    got = _places(extractor, "تشهد مدينة درنة، منذ صباح الأربعاء، اشتباكات عنيفة بين مسلحي «مجلس شورى مجاهدي درنة "
                             "وضواحيها» وعناصر تنظيم «داعش».\nودارت المواجهات في أحياء باب طبرق والمغار ووسط المدينة، "
                             "واستخدمت فيها الأسلحة المتوسطة وقذائف الهاون.", "2015-06-11")
    assert "Tobruk" not in {name for name, _ in got}


def test_the_subdistrict_a_base_described_before_lies_in_is_its_container(extractor):
    """F2-15 (Al-Araby, 2023), as other sets' "قاعدة عين الأسد الجوية في ناحية البغدادي غربي محافظة
    الأنبار" and "قاعدة حرير العسكرية التي تتمركز فيها قوات أميركية في قضاء شقلاوة": the subdistrict
    named with its noun after the base's description is where the base lies, no second place hit."""
    text = ("عنوان\nوفي غرب العراق، أفاد مصدر أمني بسقوط ثلاثة صواريخ، مساء الأربعاء، في محيط قاعدة عين الأسد "
            "الجوية التي تستضيف قوات أمريكية في ناحية البغدادي بمحافظة الأنبار، من دون تسجيل إصابات")
    assert [p for p, _ in _places(extractor, text, "2023-10-27")] == ["Ain al-Asad air base"]


def test_a_compass_region_is_saudi_arabias_only_where_the_article_names_it(extractor):
    """V-03, Q-23 (SANA, Al Arabiya, 2024): a Syrian ministry's "المنطقة الشرقية" is Syria's east,
    not Saudi Arabia's Eastern Province, in an article that names Saudi Arabia nowhere else; the
    raid's towns, named before, are its places."""
    text = ("استشهد عدد من المدنيين والعسكريين جراء عدوان جوي شنته قوات الاحتلال الأمريكي ليل أمس على مواقع في "
            "منطقتي البوكمال والميادين بريف دير الزور.\nوذكرت وزارة الدفاع في بيان أن قوات الاحتلال الأمريكي شنت "
            "عدواناً جوياً على عدد من المواقع والبلدات في المنطقة الشرقية على الحدود السورية العراقية.")
    assert "Eastern Province" not in {p for p, _ in _places(extractor, text, "2024-02-03")}
    # named beside Saudi Arabia, the region stays the province
    saudi = "قتل رجلا أمن سعوديان برصاص مسلحين مجهولين في المنطقة الشرقية بالمملكة العربية السعودية."
    assert [p for p, _ in _places(extractor, saudi, "2015-08-03")] == ["Eastern Province"]


def test_a_ship_hit_at_sea_is_where_the_maritime_agency_fixes_it(extractor):
    """P-07, H5-04 (2024): "في خليج عدن" names a whole sea; "على بعد 50 ميلاً بحرياً جنوب غربي عدن"
    fixes the spot: Aden moved 50 nautical miles (93 km) south-west, the sea's name kept."""
    text = ("قتل ثلاثة من أفراد طاقم سفينة الشحن وأصيب أربعة آخرون إثر استهدافها بصاروخ باليستي أطلقه الحوثيون، "
            "الأربعاء، في خليج عدن.\nوقالت هيئة عمليات التجارة البحرية البريطانية إن الحادث وقع على بعد 50 ميلاً "
            "بحرياً جنوب غربي عدن.")
    got = extractor.extract(Article("t", text, published="2024-03-07")).incidents
    assert [(i.location.name, i.location.lat, i.location.lon) for i in got] == [("Gulf of Aden", 12.191, 44.435)]
    # a ship off a port named as the place keeps the port ("قبالة ميناء المخا"): only a sea moves
    port = ("تعرضت سفينة تجارية لهجوم حوثي بصاروخ قبالة ميناء المخا، على بعد نحو 15 ميلا بحريا غربي ميناء المخا "
            "اليمني.")
    assert [i.location.name for i in extractor.extract(Article("t", port, published="2024-02-06")).incidents] == [
        "Mocha port"]


def test_a_capital_held_responsible_is_its_government(extractor):
    """F5-11 (Al-Sabah, 2022): "الحكومة تحمّل أنقرة مسؤولية قصف مصيف برخ": the capital blamed
    stands for its government, as after "تتهم"; the shelling is in Zakho's Darkar only."""
    text = ("الحكومة تحمّل أنقرة مسؤولية قصف مصيف برخ في زاخو\nحمّلت الحكومة العراقية تركيا مسؤولية القصف المدفعي "
            "الذي استهدف بعد ظهر أمس الأربعاء منتجع برخ السياحي في ناحية دركار التابعة لقضاء زاخو بمحافظة دهوك، "
            "وأسفر عن استشهاد تسعة مصطافين.")
    assert "Ankara" not in {p for p, _ in _places(extractor, text, "2022-07-21")}


def test_two_sides_of_a_countrys_borders_are_no_saudi_region(extractor):
    """H2-19 (Petra, 2022): "تعديل قواعد الاشتباك على الحدود الشمالية والشرقية للمملكة" (Jordan's):
    the northern and eastern borders named together are a country's borders, not Saudi Arabia's
    Northern Borders region."""
    text = ("ويأتي ذلك بعد نحو عشرة أيام من استشهاد ضابط وإصابة ثلاثة من مرتبات حرس الحدود في اشتباك مع "
            "مجموعة من المهربين، أعقبه تعديل قواعد الاشتباك على الحدود الشمالية والشرقية للمملكة.")
    assert "Northern Borders" not in {p for p, _ in _places(extractor, text, "2022-01-27")}


def test_kabajeb_lies_on_the_deir_ez_zor_palmyra_road(extractor):
    """F5-08, K-15, M-05, V-14: the bus ambushes "على طريق دير الزور – تدمر في منطقة كباجب" are on
    the road, some 40 km west-south-west of al-Shula (the old point lay 20 km off it)."""
    text = ("قتل 25 شخصاً بهجوم لمسلحي داعش على حافلة تقل عسكريين ومدنيين على طريق دير الزور - تدمر قرب منطقة "
            "كباجب.")
    got = extractor.extract(Article("t", text, published="2020-12-31")).incidents
    assert [(i.location.name, i.location.lat, i.location.lon) for i in got] == [("Kabajeb", 35.1, 39.6)]


def test_a_base_named_with_its_adjective_keeps_its_place_off_the_capital(extractor):
    """H5-28 (2020): "انسحاباً تكتيكياً من قاعدة الوطية الجوية جنوب غرب طرابلس": the base's name takes
    its adjective, so the compass words after it say where it lies off Tripoli (130 km south-west),
    and the base, which the gazetteer knows, is not moved to the capital."""
    text = ("أكد المركز الإعلامي لغرفة عمليات الكرامة أن وحدات الجيش نفذت، أمس الإثنين، انسحاباً تكتيكياً من قاعدة "
            "الوطية الجوية جنوب غرب طرابلس، بعد أسابيع من الحصار والقصف المتواصل بالطيران التركي المسير.\n"
            "في المقابل، أعلنت قوات الوفاق \"تحرير\" القاعدة.")
    assert "Tripoli" not in {p for p, _ in _places(extractor, text, "2020-05-18")}
    assert "al-Watiya air base" in {p for p, _ in _places(extractor, text, "2020-05-18")}


def test_a_namesake_lying_the_other_way_is_not_the_town_told(extractor):
    """R3-11 (2015): "صد هجوم ... في حصيبة شرقي الرمادي": the gazetteer's Husaybah (by al-Qaim, in
    Ramadi's own governorate) lies 260 km west of Ramadi, so it is not the Husaybah said to lie east
    of it; the act is placed at Ramadi, the town it is told by."""
    text = ("اعلنت قيادة الشرطة الاتحادية العراقية اليوم، عن صد هجوم شنه تنظيم داعش الإرهابي في حصيبة "
            "شرقي الرمادي، وقتل 12 من عناصره بينهم ثلاثة انتحاريين.")
    assert {p for p, _ in _places(extractor, text, "2015-07-31")} == {"Ramadi"}


def test_a_junction_named_after_a_road_is_not_that_province(extractor):
    """R8-20 (2015): "استهدفت تعزيزات للحوثيين ... بالقرب من مفرق الجوف": the al-Jawf junction is the
    turn off the Sanaa-Marib road for al-Jawf, in Marib's Majzar, not the al-Jawf governorate."""
    text = ("وكانت طائرات التحالف شنت غارتين استهدفت تعزيزات للحوثيين، كانت في طريقها إليهم بالقرب من مفرق "
            "الجوف.")
    assert "Al Jawf (Yemen)" not in {p for p, _ in _places(extractor, text, "2015-08-10")}


def test_a_range_near_a_town_is_its_stretch_by_that_town(extractor):
    """H4-09 (INA, 2023): "في سلسلة جبال حمرين قرب قضاء طوزخورماتو": the Hamrin range runs some 200 km
    from Baiji to Diyala; the strikes were on its stretch by Tuz Khurmatu, not at the range's middle
    57 km south-west."""
    text = ("أعلنت خلية الإعلام الأمني، اليوم الاثنين، تنفيذ ضربات جوية بطائرات F-16 العراقية على أوكار لعصابات "
            "داعش الإرهابية في سلسلة جبال حمرين قرب قضاء طوزخورماتو، ما أسفر عن تدمير ثلاث مضافات وقتل من بداخلها.")
    got = extractor.extract(Article("t", text, published="2023-06-12")).incidents
    assert [(i.location.name, i.location.lat, i.location.lon) for i in got] == [
        ("Hamrin mountains near Ţūz Khūrmātū", 34.88808, 44.63256)]


def test_the_hamrin_range_within_diyalas_sector_is_its_diyala_stretch(extractor):
    """B-30 (INA, 2025): "ضربة ثالثة على مضافة في مرتفعات حمرين ضمن قاطع عمليات ديالى": the range's
    stretch in the Diyala operations sector ("ضمن", within, names the sector that holds it), by Lake
    Hamrin, not the range's middle in Salahuddin 60 km west."""
    text = ("وأضاف البيان أن \"طيران الجيش نفذ ضربة ثالثة على مضافة لداعش في مرتفعات حمرين ضمن قاطع عمليات "
            "ديالى، ما أسفر عن تدميرها بالكامل\".")
    assert {p for p, _ in _places(extractor, text, "2025-10-14")} == {"Hamrin mountains (Diyala)"}


def test_the_city_is_the_city_named_before_not_the_camp_hit_last(extractor):
    """H6-13 (Sudan Tribune, 2025): after a drone strike in El Fasher and shelling of the Abu Shouk camp
    "north of El Fasher", "هجوماً ... على المحور الشرقي للمدينة" is a third act, at the city (the last
    city named), not one more telling of the camp's shelling."""
    text = ("قُتل 70 شخصاً وأصيب 19 آخرون، مساء أمس الجمعة، عندما استهدفت طائرة مسيرة المستشفى السعودي في مدينة "
            "الفاشر عاصمة ولاية شمال دارفور.\n"
            "وفي الأثناء، قصفت قوات الدعم السريع بالمدفعية صباح اليوم السبت معسكر أبو شوك للنازحين شمالي الفاشر، "
            "ما أدى إلى مقتل أربعة مدنيين.\n"
            "وأعلنت الفرقة السادسة مشاة التابعة للجيش أنها صدّت، فجر اليوم، هجوماً واسعاً شنته قوات الدعم السريع "
            "على المحور الشرقي للمدينة.")
    got = extractor.extract(Article("t", text, published="2025-01-25")).incidents
    assert sorted((i.sub_event_type, i.location.name) for i in got) == [
        ("Air/drone strike", "El Fasher"), ("Armed clash", "El Fasher"),
        ("Shelling/artillery/missile attack", "Abu Shouk camp")]


def test_a_road_linking_two_towns_is_placed_at_its_first_end(extractor):
    """F6-16 (Shafaq News, 2021): "على الطريق الرابط بين سنجار وناحية سنوني": the "بين" after a link
    word names the road's ends, so Sinjar (a name that needs a cue) is its first end, where the strike
    is placed, not the sub-district town at the other end."""
    text = ("وجاء القصف بعد يوم واحد من ضربة جوية تركية مماثلة استهدفت يوم الاثنين عجلة تقل قيادياً على الطريق "
            "الرابط بين سنجار وناحية سنوني، ما أسفر عن مقتله مع أحد مرافقيه.")
    assert [i.location.name for i in extractor.extract(Article("t", text, published="2021-08-18")).incidents] == [
        "Sinjār"]


def test_a_town_whose_name_is_a_word_is_found_after_its_place_noun(extractor):
    """R10-07 (alyaum, 2015): "مقراً له في بلدة الشجرة بريف درعا الغربي": bare "الشجرة" is "the tree",
    a stop name, but after "بلدة" it is the Daraa town of al-Shajara, not the western countryside."""
    text = ("قتل عدد من عناصر لواء شهداء اليرموك إثر تفجير جيش الفتح في المنطقة الجنوبية مقراً له في بلدة "
            "الشجرة بريف درعا الغربي.")
    assert [i.location.name for i in extractor.extract(Article("t", text, published="2015-08-02")).incidents] == [
        "al-Shajara"]


def test_a_second_act_after_and_keeps_its_own_place_not_the_firsts_container(extractor):
    """F3-23 (INA, 2021): "بضربة جوية في الطارمية وصد تعرض في الحويجة": "و" and an act word ("تعرض")
    open a second item, whose "في" places that act; Hawija is not the container of al-Tarmiyah, so
    the air strike stays at al-Tarmiyah."""
    text = "مقتل ستة إرهابيين بضربة جوية في الطارمية وصد تعرض في الحويجة"
    places = [p for p, _ in _places(extractor, text, "2021-04-02")]
    assert "Aţ Ţārmīyah" in places and "Hawija" not in places


def test_a_given_name_placed_in_a_governorates_countryside_is_the_town(extractor):
    """M-03 (Enab Baladi, 2022): "عبوة ناسفة ... في جاسم بريف درعا": bare "جاسم" is also a given name,
    but "في" before it and "بريف درعا" right after make it the town of Jasim, not Daraa."""
    text = "انفجار عبوة ناسفة بسيارة عسكرية لقوات النظام في جاسم بريف درعا وإصابة عنصرين"
    assert [p for p, _ in _places(extractor, text, "2022-10-03")] == ["Jasim"]


def test_a_district_named_as_an_area_is_the_district_not_its_governorate(extractor):
    """H7-27 (Saba, 2025): "ثلاث غارات على منطقة بني مطر غربي محافظة صنعاء": Bani Matar, named after
    "منطقة" (the bare words are also a tribe's name), is the district struck, not Sanaa governorate."""
    text = "وشن طيران العدوان الأمريكي أربع غارات على منطقة بني مطر غربي محافظة صنعاء."
    assert [p for p, _ in _places(extractor, text, "2025-04-20")] == ["Bani Matar"]


def test_abqaiq_is_found_as_the_press_spells_it(extractor):
    """H7-04 (2019): "يشعل حريقين في منشأتي أرامكو في أبقيق وخريص": GeoNames spells Abqaiq "بقيق" only;
    the press writes "أبقيق", so the drones hit Abqaiq as well as Khurais, two incidents."""
    text = "هجوم بطائرات مسيرة حوثية يشعل حريقين في منشأتي أرامكو في أبقيق وخريص فجر اليوم السبت."
    assert sorted(p for p, _ in _places(extractor, text, "2019-09-14")) == ["Abqaiq", "Khurais oil field"]


def test_the_capital_named_after_al_asima_is_a_place_though_its_name_is_weak(extractor):
    """H2-30 (2025): "غارات جوية على العاصمة كابول وعلى سوق في ولاية باكتيكا": "كابول" (a common spelling
    of Kabul, and a village's name in Israel) follows "العاصمة", which says a city is named: Kabul is
    struck as well as Paktika."""
    text = ("واتهمت حكومة طالبان باكستان بتنفيذ غارات جوية على العاصمة كابول وعلى سوق في ولاية باكتيكا "
            "يوم الخميس.")
    assert sorted(p for p, _ in _places(extractor, text, "2025-10-11")) == ["Kabul", "Paktika"]


def test_a_headline_city_named_as_its_governorate_in_the_lead_joins_the_bodys_district(extractor):
    """H3-01 (Al-Masirah, 2018): the headline's "غارات على الحديدة", the lead's "على محافظة الحديدة",
    the body's "ست غارات على مديرية زبيد": the city is told as the governorate, whose district the
    body places the strikes in; one incident, at Zabid, not a second at Hodeidah city."""
    title = "غارات للعدوان على الحديدة"
    text = ("واصل طيران العدوان الأمريكي السعودي تصعيده على محافظة الحديدة، حيث شن سلسلة من الغارات.\n\n"
            "وأفاد مراسل المسيرة بأن طيران العدوان شن أمس الأحد ست غارات على مديرية زبيد.")
    incs = extractor.extract(Article(article_id="t", title=title, text=text, published="2018-07-02")).incidents
    assert [i.location.name for i in incs] == ["Zabīd"]


def test_a_headline_city_without_a_governorate_in_the_gazetteer_holds_the_bodys_commune(extractor):
    """D-21 (El Khabar, 2015): "كمين إرهابي بعين الدفلى" in the headline, the ambush "في غابات بلدية
    تاشتة زقاغة ... ولاية عين الدفلى" in the body: the gazetteer gives the city no province, but its name
    is the commune's province; one ambush, at Tacheta Zougagha."""
    title = "9 شهداء من الجيش في كمين إرهابي بعين الدفلى"
    text = ("سقط تسعة عسكريين شهداء في كمين نصبته مجموعة إرهابية مساء الجمعة لدورية للجيش الوطني الشعبي "
            "في غابات بلدية تاشتة زقاغة، الواقعة شمال غرب عاصمة ولاية عين الدفلى.")
    incs = extractor.extract(Article(article_id="t", title=title, text=text, published="2015-07-19")).incidents
    assert [i.location.name for i in incs] == ["Tacheta Zougagha"]
