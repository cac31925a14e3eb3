"""A bare army in what a state's ministry reports, a group meant by its head noun, and a side's record of
"repeated attacks" told as background."""
from __future__ import annotations

import pytest

from extract.record import Article


def _facts(extractor, text, published):
    return [(i.location.name if i.location else None, i.actor1, i.actor2, i.sub_event_type)
            for i in extractor.extract(Article("t", text, published=published)).incidents]


def test_the_armed_forces_a_foreign_ministry_reports_are_its_own(extractor):
    # written (no 2015 sentence has a foreign ministry's bare "القوات المسلحة" acting abroad): the
    # Turkish ministry's "armed forces" shelling Tal Rifaat are Turkey's, not Syria's army
    text = ("أعلنت وزارة الدفاع التركية أن القوات المسلحة ردت على مصادر النيران، واستهدفت مواقع "
            "التنظيم في تل رفعت بقصف مدفعي مكثف.")
    assert _facts(extractor, text, "2021-10-10") == [
        ("Tall Rif‘at", "Turkish forces", "SDF", "Shelling/artillery/missile attack")]


def test_the_soldiers_a_ministry_counts_stay_the_places_own(extractor):
    # written: only the subject of what the ministry says ("أن القوات المسلحة ...") is its force;
    # "العسكريين" killed in Syria stay Syria's
    text = ("وقالت وزارة الدفاع الروسية إن طائرات إسرائيلية شنت غارات على مطار الشعيرات في ريف حمص، "
            "ما أدى إلى مقتل عدد من العسكريين.")
    assert [f[1:3] for f in _facts(extractor, text, "2024-03-29")] == [
        ("Israeli forces", "Syrian government forces")]


@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-07-27 (the Mogadishu hotel bombing): al-Shabaab's record, not a second act
    "وشنت حركة الشباب التي أعلنت مسؤوليتها عن التفجير هجمات متكررة بالقنابل وبالسلاح في العاصمة في سعيها "
    "لإسقاط الحكومة الصومالية المدعومة من الغرب.",
    # written: a region "that sees repeated attacks" is background
    "ويقع المعسكر في منطقة تيلابيري التي تشهد هجمات متكررة من الجماعات المسلحة.",
])
def test_repeated_attacks_are_background(extractor, text):
    assert _facts(extractor, text, "2015-07-27") == []


def test_a_group_named_in_full_is_meant_by_its_head_noun_later(extractor):
    # written (the 2015 corpus names neither HTS nor the Third Legion): "الهيئة" and "الفيلق"
    # after "هيئة تحرير الشام" and "الفيلق الثالث" are those groups, so the clash has its sides
    text = ('سيطرت "هيئة تحرير الشام" على جنديرس بعد اشتباكات مع "الفيلق الثالث". وأضافت المصادر أن '
            'الاشتباكات انتقلت إلى محيط مدينة أعزاز، حيث استهدفت "الهيئة" مواقع "الفيلق" بالأسلحة الثقيلة.')
    assert _facts(extractor, text, "2022-10-12") == [
        ("Jindayris", "HTS", "Syrian opposition factions", "Non-state actor overtakes territory"),
        ("I‘zāz", "HTS", "Syrian opposition factions", "Armed clash")]


@pytest.mark.parametrize("text", [
    # written (no 2015 sentence launches a search with aircraft): a hunt launched is not fire launched
    "وأشار المصدر إلى أن قيادة العمليات أطلقت عملية بحث واسعة بمساندة طيران الجيش لتعقب الخاطفين في صحراء الأنبار.",
    "وأطلقت القوات الأمنية حملة تمشيط بمساندة المروحيات في محيط قضاء الرطبة.",
])
def test_a_search_launched_is_no_shelling(extractor, text):
    assert _facts(extractor, text, "2023-02-20") == []


def test_who_provided_the_means_of_a_strike_is_no_side_of_it(extractor):
    # written (no 2015 sentence has it): "بمعلومات استخباراتية قدمتها الولايات المتحدة" says who
    # helped the strikes, not whom they hit
    assert _facts(extractor, "وأفادت مصادر بأن الغارات الإسرائيلية على البوكمال نفذت بمعلومات استخباراتية "
                             "قدمتها الولايات المتحدة.", "2021-01-14") == [
        ("Albukamal", "Israeli forces", "Syrian government forces", "Air/drone strike")]


def test_a_feminine_participle_of_saying_opens_what_was_said(extractor):
    # written (no 2015 sentence has it): "مؤكدة أن" after a body that condemns, as "مؤكدا أن" after a
    # man: the enemy the positions guard against ("منع تسلل إرهابيي داعش") is not the strike's target
    assert _facts(extractor, "قصفت طائرات أمريكية فجر اليوم مواقع في قضاء القائم، ما أدى إلى مقتل أربعة "
                             "مقاتلين، وأدانت قيادة العمليات المشتركة القصف مؤكدة أن هذه المواقع مسؤولة عن "
                             "منع تسلل إرهابيي داعش.", "2021-06-28") == [
        ("al-Qaim", "US forces", None, "Air/drone strike")]


def test_explaining_that_opens_what_was_said_and_a_cordon_is_no_target(extractor):
    # written after the 2015 corpus's Iraqi copy ("مبينا أن القوات المسلحة ردت على مصادر النيران"):
    # the security forces that cordoned the site after the blast were not what it hit
    assert _facts(extractor, "وقال مصدر أمني إن عبوة ناسفة استهدفت رتلا للدعم اللوجستي على الطريق الدولي قرب "
                             "مدينة الناصرية، مبينا أن القوات الأمنية فرضت طوقا حول المكان.", "2021-06-07") == [
        ("Nasiriyah", "Unknown", None, "Remote explosive/landmine/IED")]


def test_where_reports_came_from_is_not_where_the_strike_fell(extractor):
    # written (no 2015 sentence has it): "الأنباء الواردة من بغداد" says where the news came from,
    # as "مراسلنا في بغداد" does; the strike was at al-Yusufiyah
    assert _facts(extractor, "وأفادت الأنباء الواردة من بغداد بأن طائرة مسيرة أمريكية قصفت سيارة قرب بلدة "
                             "اليوسفية، ما أدى إلى مقتل ثلاثة أشخاص.", "2020-01-03") == [
        ("Yusufiyah", "US forces", "Civilians", "Air/drone strike")]
