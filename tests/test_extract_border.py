"""Fire across a border, victims and roles carried between clauses, numbered units:
rules from the errors of the working sets T, K, O and I (session 9)."""
import pytest

from extract.pipeline import Extractor
from extract.record import Article


@pytest.fixture(scope="module")
def extractor(gazetteer_path):
    from extract.gazetteer import Gazetteer
    return Extractor(gazetteer=Gazetteer.load(gazetteer_path))


def _facts(extractor, text, published=None):
    return [(i.location.name if i.location else None, i.actor1, i.actor2)
            for i in extractor.extract(Article("t", text, published=published)).incidents]


def test_twin_towns_across_a_border_are_two_places(extractor):
    # written (no 2015 sentence names the pair): Tal Abyad and Akçakale face each other a few
    # km apart; the clash in one and the mortars on the other are two acts, not one retold
    text = ("وفي ريف تل أبيض، اندلعت اشتباكات عنيفة بين قسد وفصائل الجيش الوطني بغطاء ناري من "
            "المدفعية التركية. في المقابل، سقطت قذائف هاون، قالت السلطات التركية إن مصدرها مناطق "
            "سيطرة قسد، على بلدة أقجة قلعة الحدودية، ما أدى إلى مقتل مدنيين اثنين.")
    facts = _facts(extractor, text, "2019-10-11")
    assert ("Akçakale", "SDF", "Civilians") in facts
    assert any(f[0] == "Tal Abyad" for f in facts)
