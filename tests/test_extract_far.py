"""What Arabic desks report beyond the Middle East (Afghanistan, Pakistan, the Sahel, Nigeria,
Somalia, Sudan, Russia-Ukraine, Kashmir, Myanmar) and in Egypt: wire copy's own habits."""
import pytest

from extract.pipeline import Extractor
from extract.record import Article


@pytest.fixture(scope="module")
def extractor(gazetteer_path):
    from extract.gazetteer import Gazetteer
    return Extractor(gazetteer=Gazetteer.load(gazetteer_path))


def _facts(extractor, text, published=None):
    return [(i.location.name if i.location else None, i.actor1, i.actor2, i.sub_event_type, i.event_date)
            for i in extractor.extract(Article("t", text, published=published)).incidents]


def test_a_year_a_gain_is_compared_since_does_not_date_the_act(extractor):
    # alyaum.com 2015-07-27 (SaudiNewsNet): "أكبر تقدم تحرزه الحركة في بدخشان منذ الإطاحة بها من
    # السلطة عام 2001" compares the seizure told (yesterday) with the years since 2001: the act
    # stays, at the place the comparison names
    text = ("ويفيد تقرير أمني غربي بأن سيطرة طالبان على القاعدة أمس بعد معارك استمرت أياما قد تكون أكبر "
            "تقدم تحرزه الحركة في بدخشان منذ الإطاحة بها من السلطة عام 2001.")
    assert [f[0] for f in _facts(extractor, text, "2015-07-27")] == ["Badakhshan"]
    # written (no 2015 sentence has both): the day's seizure of Kunduz, "في أكبر تقدم للحركة في مدينة
    # رئيسية منذ الإطاحة بحكمها عام 2001"
    text = ("سيطرت حركة طالبان اليوم الاثنين على أجزاء واسعة من مدينة قندوز شمالي أفغانستان، بعد هجوم شنه "
            "مئات من مسلحيها فجرا من عدة محاور، في أكبر تقدم للحركة في مدينة رئيسية منذ الإطاحة بحكمها عام 2001.")
    assert _facts(extractor, text, "2015-09-28") == [
        ("Kunduz", "Taliban", "Military forces of Afghanistan", "Non-state actor overtakes territory",
         "2015-09-28")]
