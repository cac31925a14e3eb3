"""Draw candidate sentences for the sentence suite (see README.md).

    .venv/bin/python bench/draw_sentences.py assault|protest|metaphor [N per group]
    (the suite read the first 40 assault, 45 protest and 60 metaphor candidates of each group)

Prints candidates (corpus URL, sentence index, sentence) from ../shared, in an
order fixed by random.Random(SEED), for a person to read and label by hand.
Nothing here runs the extractor; nothing printed is stored in the project
(only the URL, index, first 30 characters and the label go into the .tsv files).
"""
from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]
sys.path[:0] = [str(ROOT / "bench")]

from sentences import split_sentences  # noqa: E402  (bench/sentences.py: the one splitter)

from tests.corpus import iter_corpus  # noqa: E402

SEED = 20261202

# an act word, and a harm or target word, and no sports word: candidates only, read by hand
ASSAULT = re.compile(
    r"قصف|غار(?:ة|ات) |انفجار|تفجير|فجر |هجوم|هاجم|أطلق(?:وا)? النار|إطلاق (?:ال)?نار|طعن|اختطف|خطف|اغتيال|اغتال"
    r"|اقتحم|مفخخة|ناسفة|انتحاري|قذائف|قذيفة|صاروخ|ضرب(?:وا)? |اعتدى|اعتداء|رصاص|كمين|استهدف")
HARM = re.compile(r"قتل|مقتل|مصرع|إصابة|اصابة|جرح|جريح|أسفر|اسفر|استهدف|دمر|تدمير|مسلح|قوات|طائرات|مدفعية")
SPORT = re.compile(r"مهاجم|المباراة|مباراة|الفريق|النادي|الدوري|المنتخب|اللاعب|المدرب|الملعب|هدف")
PROTEST = re.compile(r"مظاهرة|مظاهرات|تظاهر|متظاهر|احتجاج|محتج|اعتصام|معتصم|إضراب|اضراب|وقفة احتجاجية|مسيرة احتجاجية")
# the protest itself told: a verb of gathering or dispersing near the word (candidates only)
PROTEST_EVENT = re.compile(r"خرج|نظم|شارك|تجمع|احتشد|فرق|تفريق|أغلق|قطع|رفع|هتف|ردد|طالب|نفذ|بدأ|واصل|تواصل|اندلع|شهد")
COUNTRIES = {
    "Yemen": r"اليمن|يمني|صنعاء|عدن|تعز|الحوثي|مأرب|لحج|الضالع|أبين|شبوة|حضرموت|صعدة|إب |الحديدة",
    "Syria": r"سوري|دمشق|حلب|حمص|إدلب|درعا|الرقة|دير الزور|حماة|الزبداني|اللاذقية|الحسكة|الغوطة",
    "Iraq": r"العراق|عراقي|بغداد|الأنبار|الرمادي|الفلوجة|الموصل|تكريت|ديالى|كركوك|بيجي|صلاح الدين",
    "Egypt": r"مصر|مصري|القاهرة|سيناء|العريش|رفح المصرية|الشيخ زويد|الإسكندرية|الجيزة",
    "Libya": r"ليبيا|ليبي|طرابلس الغرب|بنغازي|درنة|سرت|مصراتة",
    "Saudi Arabia": r"السعودي|المملكة|الرياض|جازان|نجران|القطيف|الأحساء|أبها|عسير|الطوال|ظهران الجنوب|المنطقة الشرقية",
    "Afghanistan": r"أفغان|كابول|طالبان|قندهار|هلمند",
    "Pakistan": r"باكستان|إسلام آباد|كراتشي|بيشاور|لاهور|كويتا|وزيرستان",
    "Nigeria": r"نيجيري|بوكو حرام|مايدوغوري",
    "Cameroon/Chad/Niger": r"الكاميرون|تشاد|النيجر",
    "Somalia": r"الصومال|صومالي|مقديشو|الشباب",
    "Turkey": r"تركيا|تركي|أنقرة|إسطنبول|اسطنبول|ديار بكر|سروج|العمال الكردستاني",
    "Palestine/Israel": r"فلسطين|الفلسطيني|إسرائيل|الإسرائيلي|غزة|الضفة|القدس|الخليل|نابلس|جنين|الاحتلال|مستوطن|دوما",
    "Lebanon": r"لبنان|لبناني|بيروت|عرسال|صيدا|طرابلس اللبنانية|عين الحلوة",
    "Tunisia": r"تونس|تونسي|سوسة|القصرين|الشعانبي",
    "Kuwait/Bahrain": r"الكويت|كويتي|البحرين|بحريني|المنامة",
    "Europe": r"فرنسا|فرنسي|باريس|بريطانيا|لندن|ألمانيا|ألماني|إيطاليا|إسبانيا|بلجيكا|السويد"
              r"|روسيا|أوكرانيا|اليونان|هولندا",
    "US": r"الولايات المتحدة|أمريكي|أميركي|أمريكا|أميركا|تكساس|لويزيانا|تشاتانوغا|فلوريدا|كاليفورنيا|نيويورك|واشنطن",
    "Asia": r"تايلاند|بانكوك|الهند|الفلبين|الصين|إندونيسيا|بنغلادش|ميانمار|بورما",
    "Africa other": r"مالي|كينيا|السودان|جنوب السودان|دارفور|بوروندي|الكونغو|أفريقيا الوسطى|الجزائر",
}
COUNTRY_RX = {c: re.compile(rx) for c, rx in COUNTRIES.items()}
# the war words used as figures in sports and markets (هدف alone is a goal or an aim: not enough)
SPORTS_ECON = re.compile(r"هجوم|صاروخي|معرك|قصف|انفجار|تفجير|(?<!م)هاجم|قذيف|ينفجر|انفجر")
# metaphor articles must tell no real violence anywhere (candidates only)
REAL_VIOLENCE = re.compile(r"قتل|مقتل|قتيل|جريح|إرهاب|ارهاب|داعش|الحوثي|غار(?:ة|ات) |مسلح|انتحاري|عسكري"
                           r"|الجيش|إسرائيل|غزة|صواريخ|صاروخ |طائرة")
ECON_WORDS = re.compile(r"الأسهم|السوق|المؤشر|نقطة|برميل|النفط|الاقتصاد|البورصة|الريال|الدولار")
SPORT_WORDS = re.compile(r"المباراة|مباراة|الفريق|النادي|الدوري|المنتخب|اللاعب|المدرب|الملعب")


def countries_of(sentence: str) -> list[str]:
    return [c for c, rx in COUNTRY_RX.items() if rx.search(sentence)]


def main() -> int:
    kind = sys.argv[1]
    per = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    rng = random.Random(SEED)
    groups: dict[str, list] = defaultdict(list)
    seen: set[str] = set()
    for a in iter_corpus():
        if kind == "metaphor":
            section = _section(a)
            m = SPORTS_ECON.search(a.text or "") if section else None
            if m and not REAL_VIOLENCE.search((a.title or "") + " " + (a.text or "")):
                context = a.text[max(0, m.start() - 120):m.end() + 120].replace("\n", " ")
                groups[section].append((a.url, m.group(0), (a.title or "")[:100], context))
            continue
        for i, s in enumerate(split_sentences(a.text or "")):
            if not 40 <= len(s) <= 450 or "\t" in s or s in seen:
                continue
            if kind == "assault" and not (ASSAULT.search(s) and HARM.search(s) and not SPORT.search(s)):
                continue
            if kind == "protest" and not (PROTEST.search(s) and PROTEST_EVENT.search(s)):
                continue
            seen.add(s)
            cs = countries_of(s)
            key = cs[0] if len(cs) == 1 else ("(several)" if cs else "(none)")
            groups[key].append((a.url, i, a.published, s))
    for key in sorted(groups):
        rows = groups[key]
        rng.shuffle(rows)
        print(f"=== {key}: {len(rows)} candidates")
        for url, i, pub, s in rows[:per]:
            print(f"{url}\t{i}\t{pub}\t{s}")
    return 0


def _section(a) -> str | None:
    """'sports' / 'economy' from the URL or the outlet, else None."""
    url = (a.url or "").lower()
    if a.outlet in ("arreyadi", "arriyadiyah") or re.search(r"sport|riyadi|/sports?/", url):
        return "sports"
    if a.outlet == "aleqtisadiya" or re.search(r"econom|eqtisad|/business/|/market", url):
        return "economy"
    text = a.text or ""
    if len(SPORT_WORDS.findall(text)) >= 4:
        return "sports"
    if len(ECON_WORDS.findall(text)) >= 6:
        return "economy"
    return None


if __name__ == "__main__":
    sys.exit(main())
