"""clean_article on the real seed pages and on chrome built from real outlets' widgets."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.clean import clean_article, find_date_line, parse_date

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    (path,) = SEEDS.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


def assert_pieces_map_back(original: str, cleaned) -> None:
    for clean_start, orig_start, length in cleaned.spans:
        assert cleaned.text[clean_start:clean_start + length] == original[orig_start:orig_start + length]
        assert cleaned.to_original(clean_start) == orig_start
        assert cleaned.to_original(clean_start + length - 1) == orig_start + length - 1


def test_seed_000_read_also_and_what_follows_is_dropped():
    original = seed("000")
    cleaned = clean_article(original)
    assert cleaned.text.endswith("بالصواريخ والطائرات المسيرة العادية والمسلحة.")
    assert "إقرأ أيضاً" not in cleaned.text
    assert "وربيرج" not in cleaned.text  # the other story after "read also"
    assert "المصدر: الموقع بوست" not in cleaned.text
    assert "•" not in cleaned.text
    assert cleaned.text.startswith("تبادلت مجموعات تدعمها إيران")
    assert cleaned.dateline is None
    assert_pieces_map_back(original, cleaned)


def test_seed_001_comment_form_and_translate_widget_are_dropped():
    original = seed("001")
    cleaned = clean_article(original)
    assert cleaned.text.endswith("لكنها تعتقد أنها ناجحة.")
    for chrome in ("Leave a Reply", "Your email address", "Search this website", "Translate"):
        assert chrome not in cleaned.text
    assert cleaned.text.startswith("مواجهة في دير الزور بين ميليشيات إيران وطائرات أميركية\n")


def test_seed_002_without_chrome_is_unchanged():
    original = seed("002")
    cleaned = clean_article(original)
    assert cleaned.text == original.strip()
    assert cleaned.spans[0] == (0, 0, len(original.split("\n")[0]))


def test_seed_003_widget_line_in_the_middle_is_dropped_the_rest_kept():
    original = seed("003")
    cleaned = clean_article(original)
    assert "إظهار أخبار متعلقة" not in cleaned.text
    assert "جون كيربي الهجوم بأنه غير مؤثر" in cleaned.text
    assert cleaned.text.endswith("منذ بداية عام 2021.")
    assert len(cleaned.text) == len(original.strip()) - len("إظهار أخبار متعلقة\n")
    assert_pieces_map_back(original, cleaned)


def test_seed_004_render_date_dropped_own_dateline_found():
    original = seed("004")
    cleaned = clean_article(original)
    assert cleaned.dateline == "2021-06-29"
    assert cleaned.text.startswith("واشنطن وميليشيات إيران تصعِّدان وتتبادلان الهجمات في دير الزور\nدمشق - وكالات: ")
    for chrome in ("2025", "2021", "weather", "logo", "تم نسخ الرابط", "Time", "آخر الأخبار"):
        assert chrome not in cleaned.text[:200] + cleaned.text[-200:]
    assert "ديسمبر" not in cleaned.text and "يونيو" not in cleaned.text
    assert_pieces_map_back(original, cleaned)


def test_offsets_of_a_sentence_map_back_to_the_same_sentence():
    original = seed("003")
    cleaned = clean_article(original)
    sentence = "ووصف المتحدث باسم مجلس الأمن القومي بالبيت الأبيض جون كيربي"
    start = cleaned.text.index(sentence)
    o_start, o_end = cleaned.original_span(start, start + len(sentence))
    assert original[o_start:o_end] == sentence
    assert o_start == original.index(sentence)


# A page as other outlets render it, built from their real widget lines.
PAGE = "\n".join([
    "الرئيسية » أخبار » سوريا",
    "سياسة",
    "قصف على ريف دير الزور",
    "نشر في: 12 مارس 2024 - 10:30 م",
    "شارك",
    "تويتر فيسبوك واتساب",
    "قصفت قوات النظام السوري بلدة في ريف دير الزور الشرقي صباح اليوم مما أدى إلى مقتل ثلاثة مدنيين.",
    "اقرأ أيضاً: الجيش التركي يقصف مواقع قسد",
    "وقال المرصد السوري إن القصف استمر ساعتين.",
    "إعلان",
    "• أن يكون ذا أهلية كاملة.",
    "وأضاف المرصد أن الطيران الروسي شارك في الغارات.",
    "المصدر : الجزيرة + وكالات",
    "تابعوا آخر الأخبار عبر قناتنا على تلغرام",
    "  • عنوان قصة أخرى عن الحسكة",
    "  • عنوان قصة ثالثة عن درعا",
])


def test_generic_chrome_is_dropped_and_story_lines_kept_in_order():
    cleaned = clean_article(PAGE)
    assert cleaned.text.split("\n") == [
        "قصف على ريف دير الزور",
        "قصفت قوات النظام السوري بلدة في ريف دير الزور الشرقي صباح اليوم مما أدى إلى مقتل ثلاثة مدنيين.",
        "وقال المرصد السوري إن القصف استمر ساعتين.",
        "• أن يكون ذا أهلية كاملة.",  # a bullet inside the story stays
        "وأضاف المرصد أن الطيران الروسي شارك في الغارات.",
    ]
    assert cleaned.dateline == "2024-03-12"
    assert_pieces_map_back(PAGE, cleaned)


def test_related_heading_ends_the_story_but_not_above_it():
    page = "آخر الأخبار\n" + PAGE.split("\n", 6)[6] + "\nمقالات ذات صلة\nوقال مصدر إن الهجوم استهدف قاعدة أخرى في الشدادي بعد ساعات من القصف الأول."  # noqa: E501 (Arabic patterns read best on one line)
    cleaned = clean_article(page)
    assert cleaned.text.startswith("قصفت قوات النظام السوري")
    assert "الشدادي" not in cleaned.text


def test_empty_and_chrome_only_texts_give_empty_clean_text():
    for text in ("", "   \n\n\t", "شارك\nتويتر فيسبوك واتساب\n***"):
        cleaned = clean_article(text)
        assert cleaned.text == "" and cleaned.spans == () and cleaned.dateline is None
        assert cleaned.to_original(0) == 0


def test_to_original_at_line_breaks_and_past_the_end():
    original = "\u200fسطر أول من المقال\n\n\nسطر ثان من المقال "
    cleaned = clean_article(original)
    assert cleaned.text == "سطر أول من المقال\nسطر ثان من المقال"
    nl = cleaned.text.index("\n")
    assert cleaned.to_original(nl) == original.index("\n")  # end of the first piece
    assert cleaned.to_original(nl + 1) == original.index("سطر ثان")
    assert cleaned.to_original(len(cleaned.text)) == len(original) - 1


@pytest.mark.parametrize("line, expected", [
    ("الثلاثاء 29 يونيو 2021", "2021-06-29"),
    ("نشر في: 29 يونيو (حزيران) 2021 - 10:30 ص", "2021-06-29"),
    ("١٢ تشرين الأول ٢٠٢٣", "2023-10-12"),
    ("آخر تحديث: 2022-08-25 14:05", "2022-08-25"),
    ("25/08/2022", "2022-08-25"),
    ("June 29, 2021", "2021-06-29"),
    ("قالت الوزارة إن القصف وقع في 29 يونيو 2021 على القاعدة", None),  # prose, not a dateline
    ("31 فبراير 2021", None),
])
def test_find_date_line(line, expected):
    assert find_date_line(line) == expected


@pytest.mark.parametrize("value, expected", [
    ("2021-06-28", "2021-06-28"), ("2021-06-28T22:10:00Z", "2021-06-28"),
    ("2021-06-28 08:00:00", "2021-06-28"), ("28/06/2021", "2021-06-28"),
    ("", None), (None, None), ("yesterday", None), ("2021-13-40", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_read_also_heading_that_names_the_outlet_ends_the_story():
    # written sentence: a Libyan outlet's "read also in <outlet>:" list after the story
    original = ("طرابلس - خاص: قتل ثلاثة عناصر من الجيش وأصيب خمسة آخرون اليوم في اشتباكات مسلحة "
                "مع مسلحين في محور قنفودة غرب مدينة بنغازي بحسب مصدر طبي.\n"
                "اقرأ أيضاً في بوابة الوسط:\n"
                "- مقتل شخصين في اشتباكات مسلحة بمدينة سبها\n")
    cleaned = clean_article(original)
    assert cleaned.text.endswith("بحسب مصدر طبي.")
    assert "سبها" not in cleaned.text
    # a body line ending in a colon that does not open with a heading is kept
    kept = clean_article("قال المتحدث العسكري في بيان صدر مساء اليوم ما يلي:\nإن القوات صدت الهجوم على مواقعها.\n")
    assert "صدت الهجوم" in kept.text
