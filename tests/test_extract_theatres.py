"""Rules read off the other theatres' working sets (Yemen, Sudan, Libya, Gaza, the West Bank,
south Lebanon, Sinai, Somalia, the Sahel): each a reading any Arabic outlet's sentence gets."""
from __future__ import annotations

import pytest

from extract.pipeline import Extractor
from extract.record import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def extract(extractor, text, published="2015-08-01"):
    return extractor.extract(Article(article_id="t", text=text, published=published)).incidents


def test_a_nationality_after_two_joined_kinds_of_fire_and_a_snipers_side(extractor):
    # written (no 2015 sentence has them): "قصف صاروخي ومدفعي سعودي" is Saudi fire as "قصف مدفعي
    # سعودي" is; "برصاص قناص حوثي" is a Houthi sniper's shot
    (razih,) = extract(extractor, "وفي محافظة صعدة، تعرضت مناطق متفرقة من مديرية رازح الحدودية لقصف صاروخي "
                                  "ومدفعي سعودي، ما أدى إلى إصابة مواطنَين اثنين بجروح", "2021-02-16")
    (sniper,) = extract(extractor, "وأصيبت امرأة برصاص قناص حوثي في منطقة عصيفرة شمالي مدينة تعز، صباح أمس",
                        "2022-07-23")
    assert (razih.actor1, razih.actor2, razih.location.name, razih.injured) == (
        "Saudi-led coalition", "Civilians", "Razih", 2)
    assert (sniper.actor1, sniper.actor2, sniper.location.name) == ("Houthis", "Civilians", "Usayfirah")


def test_a_quarter_said_to_lie_in_a_city_by_the_in_clitic_is_the_citys(extractor):
    # alweeam.com.sa 2015-07-26 (SaudiNewsNet): "حي الروضة بمدينة تعز" is Taiz's quarter, not
    # Shabwa's al-Rawdah district; alyaum.com 2015-07-26: "منطقة مكيراس بمدينة البيضاء" keeps
    # Mukayras, which lies by Yemen's al-Bayda (not Libya's)
    taiz = extract(extractor, "وأفاد مراسلنا في عدن أن الحوثيين وقوات صالح قصفوا أحياء سكنية في حي الروضة بمدينة تعز.",
                   "2015-07-26")
    mukayras = extract(extractor, "حيث دفعت بتعزيزات عسكرية من منطقة \"مكيراس\" بمدينة البيضاء الواقعة وسط اليمن "
                                  "باتجاه جبهة عكد ولودر، بعد اشتباكات عنيفة بين الحوثيين والمقاومة الشعبية",
                       "2015-07-26")
    assert "Taiz" in {i.location.name for i in taiz} and "al-Rawdah (Shabwa)" not in {i.location.name for i in taiz}
    assert "Mukayrās" in {i.location.name for i in mukayras}
