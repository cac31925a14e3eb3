"""A small, realistic incident database built by code for the dashboard tests.

Twenty incidents from the seed articles' facts (Conoco, al-Omar, al-Mayadin,
Albukamal, Deir ez-Zor, Khasham; 2021-2023; Iran-aligned vs US-led), an ISIS
attack in the Homs desert, a Turkish drone strike near Qamishli, three
undated incidents, one rejected and one whose article carries <script> and
<img onerror> to prove the text is escaped. Evidence sentences are the seeds'
own lines (read from seeds/ in the project), with their real offsets.

They go through the real Store.ingest (with a stand-in extractor), so the
pages read the store's own views, merging and reviews.
"""
from __future__ import annotations

from pathlib import Path

from extract.ontology import event_type_of
from extract.record import Article, Evidence, Extraction, Incident, Location

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

SYNTHETIC_ARTICLES = {
    # written for the fixture (not corpus text), in the seeds' news register
    "fx_homs_2022": ("هجوم لتنظيم الدولة في بادية حمص", "Syria TV", "2022-03-07",
                     "قتل 12 عنصرا من قوات النظام وأصيب 4 آخرون بهجوم لتنظيم الدولة على حافلة "
                     "عسكرية في بادية حمص قرب مدينة السخنة، وفق ما أفاد المرصد السوري لحقوق الإنسان."),
    "fx_qamishli_2022": ("مسيرة تركية قرب القامشلي", "North Press", "2022-11-21",
                         "استهدفت طائرة مسيرة تركية سيارة تقل عناصر من قوات سوريا الديمقراطية "
                         "قرب مدينة القامشلي، ما أدى إلى مقتل ثلاثة منهم."),
    "fx_xss_2023": ("<script>alert('title')</script> انفجار في الشدادي", "Test <b>Outlet</b>",
                    "2023-01-11",
                    "انفجرت عبوة ناسفة بسيارة مدنية في مدينة الشدادي <script>alert('x')</script> "
                    "<img src=x onerror=alert(1)> ما أدى إلى مقتل شخصين."),
}
SEED_META = {  # outlet and publication day of each seed (metadata.csv, outlets filled in)
    "000_9eefa8a3fadf4e21": ("al-Mawqea Post", None),
    "001_ddcf634ad3ebf0b8": ("Levant 24", "2021-06-28"),
    "002_73f8a4881ec737b9": ("Al-Ain", "2022-08-25"),
    "003_7db2a034c338d373": ("Arabi21", "2023-03-25"),
    "004_7afc13e2439cf003": ("Al-Seyassah", "2021-06-29"),
}
PLACES = {  # site: (Arabic as written, governorate, lat, lon)
    "Conoco gas field": ("حقل كونيكو", "Deir ez-Zor", 35.33, 40.30),
    "al-Omar oil field": ("حقل العمر", "Deir ez-Zor", 35.05, 40.56),
    "Khasham": ("خشام", "Deir ez-Zor", 35.301, 40.289),
    "al-Mayadin": ("الميادين", "Deir ez-Zor", 35.020, 40.452),
    "Albukamal": ("الحدود السورية-العراقية", "Deir ez-Zor", 34.452, 40.919),
    "Deir ez-Zor": ("دير الزور", "Deir ez-Zor", 35.336, 40.141),
    "Hasakah": ("شمال شرق سوريا", "Hasakah", 36.502, 40.748),
    "al-Sukhnah": ("السخنة", "Homs", 34.886, 38.872),
    "Qamishli": ("القامشلي", "Hasakah", 37.051, 41.227),
    "al-Shaddadi": ("الشدادي", "Hasakah", 36.058, 40.735),
}
S0, S1, S2, S3, S4 = SEED_META
# id, sources, date, precision, sub-event, actor1, actor2, weapons, site, geo precision,
# fatalities, injured, reported_by, evidence phrase (first source), confidence, review
INCIDENTS = [
    ("fx-conoco-000", [S0], None, "unknown", "Shelling/artillery/missile attack",
     "Iran-backed militias", "US forces", ["rockets"], "Conoco gas field", 1, None, None,
     ["Anadolu"], "هجوما صاروخيا على حقل كونيكو", 0.8, "unreviewed"),
    ("fx-khasham-000", [S0], None, "unknown", "Air/drone strike", "International coalition",
     "Iran-backed militias", ["aircraft"], "Khasham", 2, None, None, ["Anadolu"],
     "ومحيط بلدة خشام", 0.75, "unreviewed"),
    ("fx-omar-2021-06-28", [S1, S4], "2021-06-28", "day", "Shelling/artillery/missile attack",
     "Iran-backed militias", "US forces", ["artillery"], "al-Omar oil field", 1, None, None,
     ["SOHR"], "سقطت عدة قذائف مدفعية", 0.9, "confirmed"),
    ("fx-mayadin-drones-2021-06-28", [S1], "2021-06-28", "approximate", "Air/drone strike",
     "US forces", "IRGC", ["drones"], "al-Mayadin", 2, None, None, [],
     "طائرات مسيرة استهدفت مواقع للحرس الثوري", 0.6, "unreviewed"),
    ("fx-mayadin-coalition-2021-06-28", [S1], "2021-06-28", "approximate",
     "Shelling/artillery/missile attack", "International coalition", "Iran-backed militias",
     ["artillery"], "al-Mayadin", 2, None, None, [], "طيران التحالف الدولي استهدف", 0.7,
     "unreviewed"),
    ("fx-border-2021-06-27", [S1], "2021-06-27", "approximate", "Air/drone strike",
     "US forces", "Iran-backed militias", ["aircraft"], "Albukamal", 3, None, None, [],
     "استهداف القوات الأميركية لمواقع وتجمعات", 0.65, "unreviewed"),
    ("fx-coalition-reply-2021-06-28", [S4], "2021-06-28", "day",
     "Shelling/artillery/missile attack", "International coalition", "Iran-backed militias",
     ["artillery"], "Deir ez-Zor", 3, None, 7, ["Coalition spokesperson"],
     "ردت قوات التحالف بعدد من القذائف", 0.7, "corrected"),
    ("fx-deir-2022-08-24", [S2], "2022-08-24", "day", "Air/drone strike", "US forces", "IRGC",
     ["aircraft"], "Deir ez-Zor", 2, None, None, ["CENTCOM"], "نفذ ضربة في دير الزور", 0.85,
     "confirmed"),
    ("fx-conoco-2022-08-25", [S2], "2022-08-25", "day", "Shelling/artillery/missile attack",
     "Iran-backed militias", "US forces", ["rockets"], "Conoco gas field", 1, None, None,
     ["SANA"], "هجوما بالقذائف الصاروخية استهدف القاعدة", 0.85, "unreviewed"),
    ("fx-omar-2022-08-24", [S2], "2022-08-24", "approximate", "Shelling/artillery/missile attack",
     "Iran-backed militias", "US forces", ["rockets"], "al-Omar oil field", 1, None, 3, [],
     "هجوم أخر بالصواريخ", 0.7, "unreviewed"),
    ("fx-apache-2022-08-25", [S2], "2022-08-25", "day", "Air/drone strike", "US forces",
     None, ["helicopters"], "Deir ez-Zor", 3, 4, None, ["CENTCOM"],
     "طائرات هليكوبتر هجومية", 0.8, "unreviewed"),
    ("fx-omar-2023-03-24", [S3], "2023-03-24", "day", "Shelling/artillery/missile attack",
     "Iran-backed militias", "International coalition", ["rockets"], "al-Omar oil field", 1,
     None, None, ["SOHR"], "تعرضت لقصف بثلاث قذائف صاروخية", 0.85, "unreviewed"),
    ("fx-conoco-2023-03-24", [S3], "2023-03-24", "day", "Shelling/artillery/missile attack",
     "Iran-backed militias", "US forces", ["rockets"], "Conoco gas field", 1, None, None,
     ["SOHR"], "للغاز في ريف دير الزور لقصف صاروخي", 0.8, "unreviewed"),
    ("fx-deir-city-2023-03-24", [S3], "2023-03-24", "day", "Air/drone strike",
     "International coalition", "Iran-backed militias", ["aircraft"], "Deir ez-Zor", 2, None,
     None, ["SOHR"], "رد طيران التحالف الدولي", 0.8, "unreviewed"),
    ("fx-hasakah-2023-03-23", [S3], "2023-03-23", "approximate", "Air/drone strike", "Unknown",
     "US forces", ["drones"], "Hasakah", 3, 1, 5, [], "مقتل متعاقد أمريكي وإصابة خمسة", 0.6,
     "unreviewed"),
    ("fx-airstrikes-2023-03-24", [S3], "2023-03-24", "day", "Air/drone strike", "US forces",
     "Iran-backed militias", ["aircraft"], "Deir ez-Zor", 3, None, None, [],
     "شن الجيش الأمريكي ضربات جوية", 0.75, "unreviewed"),
    ("fx-homs-isis-2022-03-06", ["fx_homs_2022"], "2022-03-06", "day", "Armed clash", "ISIS",
     "Syrian government forces", ["small arms"], "al-Sukhnah", 2, 12, 4, ["SOHR"],
     "بهجوم لتنظيم الدولة", 0.8, "unreviewed"),
    ("fx-qamishli-turkey-2022-11-20", ["fx_qamishli_2022"], "2022-11-20", "approximate",
     "Air/drone strike", "Turkish forces", "SDF", ["drones"], "Qamishli", 2, 3, None, [],
     "طائرة مسيرة تركية", 0.8, "unreviewed"),
    ("fx-statistic-rejected", [S3], None, "unknown", "Shelling/artillery/missile attack",
     "Iran-backed militias", "US forces", [], None, None, None, None, [],
     "تعرضت لنحو 78 هجوما", 0.3, "rejected"),
    ("fx-shaddadi-xss-2023-01-10", ["fx_xss_2023"], "2023-01-10", "day",
     "Remote explosive/landmine/IED", "Unknown", "Civilians", ["explosives"], "al-Shaddadi", 2, 2,
     None, [], "انفجرت عبوة ناسفة", 0.7, "unreviewed"),
]


def articles() -> dict[str, dict]:
    """article_id -> article row; seeds read from the project's seeds/."""
    out = {}
    for aid, (outlet, published) in SEED_META.items():
        text = (SEEDS / f"{aid}.txt").read_text(encoding="utf-8")
        title = next(ln for ln in text.splitlines() if len(ln.strip()) > 30).strip()[:120]
        out[aid] = dict(article_id=aid, title=title, outlet=outlet, published=published,
                        url=f"https://example.org/{aid}", cleaned_text=text)
    for aid, (title, outlet, published, text) in SYNTHETIC_ARTICLES.items():
        out[aid] = dict(article_id=aid, title=title, outlet=outlet, published=published,
                        url=f"https://example.org/{aid}", cleaned_text=text)
    return out


def evidence_for(text: str, phrase: str) -> dict:
    """The line of `text` containing `phrase`, with its character offsets."""
    at = text.index(phrase)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return {"text": text[start:end], "start": start, "end": end}


class FixtureExtractor:
    """Stands in for extract.pipeline.Extractor: returns the INCIDENTS above
    for each article, so the store merges, reviews and counts them for real."""

    def __init__(self, incidents: list = INCIDENTS):
        self.by_article: dict[str, list[Incident]] = {}
        texts = {aid: a["cleaned_text"] for aid, a in articles().items()}
        for (iid, sources, date, prec, sub, a1, a2, weapons, site, geo, dead, hurt, by, phrase,
             conf, _review) in incidents:
            name_ar, admin1, lat, lon = PLACES.get(site, (None, None, None, None))
            loc = site and Location(name=site, name_ar=name_ar, admin1=admin1, country="Syria",
                                    lat=lat, lon=lon, geo_precision=geo)
            for k, aid in enumerate(sources):
                # the second source of the al-Omar incident is seed 004's own sentence
                ev = evidence_for(texts[aid], phrase if k == 0 else "قصفت ميليشيات موالية لإيران")
                self.by_article.setdefault(aid, []).append(Incident(
                    incident_id=f"{aid}#{iid}", article_id=aid, sources=(aid,), event_date=date,
                    date_precision=prec, event_type=event_type_of(sub), sub_event_type=sub,
                    actor1=a1, actor2=a2, weapons=tuple(weapons), location=loc or None,
                    fatalities=dead, injured=hurt, reported_by=tuple(by),
                    evidence=(Evidence(ev["text"], ev["start"], ev["end"]),), confidence=conf))

    def extract(self, article: Article) -> Extraction:
        return Extraction(article=article, cleaned_text=article.text,
                          incidents=tuple(self.by_article.get(article.article_id, ())))


def incident_id(key: str) -> str:
    """The store's id of a fixture incident (its first report's id)."""
    for row in INCIDENTS:
        if row[0] == key:
            return f"{row[1][0]}#{key}"
    raise KeyError(key)


def build_fixture_db(path: Path | str, incidents: list = INCIDENTS) -> Path:
    """A fresh store at `path` holding the fixture articles and incidents,
    written through Store.ingest, with the fixture's reviews applied."""
    from store.database import Store
    path = Path(path)
    for p in (path, Path(f"{path}.wal")):
        p.unlink(missing_ok=True)
    store = Store(path)
    arts = [Article(article_id=a["article_id"], text=a["cleaned_text"], title=a["title"],
                    published=a["published"], outlet=a["outlet"], url=a["url"])
            for a in articles().values()]
    store.ingest(arts, extractor=FixtureExtractor(incidents))
    for row in incidents:
        key, review = row[0], row[-1]
        if review == "corrected":
            store.review(incident_id(key), "correct", field="injured", value=7, who="fixture",
                         why="the spokesman's figure")
        elif review != "unreviewed":
            action = {"confirmed": "confirm", "rejected": "reject"}[review]
            store.review(incident_id(key), action, who="fixture", why="fixture review")
    return path


if __name__ == "__main__":  # build one by hand: python -m tests.fixtures_db out.duckdb
    import sys
    print(build_fixture_db(sys.argv[1] if len(sys.argv) > 1 else "data/fixture.duckdb"))
