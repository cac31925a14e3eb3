"""A generated store spanning Yemen, Egypt, Libya, Syria, Iraq and Turkey
(2015), for the map, colour, timeline and matrix acceptance tests.

Places are real (GeoNames coordinates, rounded); the articles are short
reports written for the test in the region's news register; one outlet and
title carry Markdown and a javascript: link, to prove they render as text.
Everything goes through the real Store.ingest with a stand-in extractor.
"""
from __future__ import annotations

from pathlib import Path

from extract.ontology import event_type_of
from extract.record import Article, Evidence, Extraction, Incident, Location

MARKDOWN_OUTLET = "[click](javascript:alert(1)) **bold** :red[x] $x^2$"
# site: (Arabic, governorate, country, lat, lon)
PLACES = {
    "Sanaa": ("صنعاء", "Amanat Al Asimah", "Yemen", 15.355, 44.207),
    "Aden": ("عدن", "`Adan", "Yemen", 12.779, 45.037),
    "Taiz": ("تعز", "Ta`izz", "Yemen", 13.579, 44.021),
    "Marib": ("مأرب", "Ma'rib", "Yemen", 15.463, 45.325),
    "al-Arish": ("العريش", "Shamal Sina'", "Egypt", 31.132, 33.803),
    "Sheikh Zuweid": ("الشيخ زويد", "Shamal Sina'", "Egypt", 31.215, 34.110),
    "Benghazi": ("بنغازي", "Benghazi", "Libya", 32.115, 20.068),
    "Derna": ("درنة", "Al Jabal al Akhdar", "Libya", 32.767, 22.637),
    "Raqqa": ("الرقة", "Raqqa", "Syria", 35.950, 39.009),
    "Aleppo": ("حلب", "Aleppo", "Syria", 36.202, 37.158),
    "Ramadi": ("الرمادي", "Anbar", "Iraq", 33.426, 43.299),
    "Baiji": ("بيجي", "Salahuddin", "Iraq", 34.929, 43.493),
    "Suruc": ("سوروج", "Şanlıurfa", "Turkey", 36.976, 38.425),
    "Cizre": ("جزرة", "Şırnak", "Turkey", 37.327, 42.190),
}
# key, date, sub-event, attacker, target, site, killed
INCIDENTS = [
    ("sanaa-1", "2015-07-21", "Air/drone strike", "Saudi-led coalition", "Houthis", "Sanaa", 12),
    ("sanaa-2", "2015-07-28", "Air/drone strike", "Saudi-led coalition", "Houthis", "Sanaa", None),
    ("aden-1", "2015-07-22", "Armed clash", "Houthis", "Yemeni government forces", "Aden", 9),
    ("taiz-1", "2015-08-02", "Shelling/artillery/missile attack", "Houthis", "Civilians", "Taiz", 7),
    ("marib-1", "2015-08-04", "Armed clash", "Yemeni government forces", "Houthis", "Marib", 15),
    ("arish-1", "2015-07-23", "Remote explosive/landmine/IED", "ISIS", "Military forces of Egypt",
     "al-Arish", 4),
    ("zuweid-1", "2015-07-30", "Armed clash", "Military forces of Egypt", "ISIS", "Sheikh Zuweid", 20),
    ("benghazi-1", "2015-07-24", "Armed clash", "Libyan National Army", "Ansar al-Sharia",
     "Benghazi", 6),
    ("derna-1", "2015-08-01", "Shelling/artillery/missile attack", "ISIS", "Civilians", "Derna", 3),
    ("raqqa-1", "2015-07-25", "Air/drone strike", "International coalition", "ISIS", "Raqqa", None),
    ("aleppo-1", "2015-07-26", "Shelling/artillery/missile attack", "Syrian government forces",
     "Syrian opposition factions", "Aleppo", 11),
    ("ramadi-1", "2015-07-27", "Armed clash", "Iraqi security forces", "ISIS", "Ramadi", 8),
    ("baiji-1", "2015-08-03", "Suicide bomb", "ISIS", "Iraqi security forces", "Baiji", 13),
    ("suruc-1", "2015-07-20", "Suicide bomb", "ISIS", "Civilians", "Suruc", 32),
    ("cizre-1", "2015-08-05", "Armed clash", "PKK", "Turkish forces", "Cizre", 2),
    ("cizre-2", "2015-08-06", "Air/drone strike", "Turkish forces", "PKK", "Cizre", None),
    # a side on both ends: the extractor could not tell the sides apart
    ("raqqa-self", "2015-07-29", "Armed clash", "ISIS", "ISIS", "Raqqa", None),
    ("aden-unknown", "2015-08-06", "Remote explosive/landmine/IED", None, None, "Aden", 1),
]
SENTENCE = "أفادت مصادر محلية بوقوع هجوم في {place} يوم {day} أسفر عن سقوط قتلى وجرحى."


def incident_id(key: str) -> str:
    return f"rg-{key}#{key}"


class RegionExtractor:
    def __init__(self):
        self.by_article = {}
        for key, day, sub, a1, a2, site, dead in INCIDENTS:
            name_ar, admin1, country, lat, lon = PLACES[site]
            text = SENTENCE.format(place=name_ar, day=day)
            self.by_article[f"rg-{key}"] = [Incident(
                incident_id=incident_id(key), article_id=f"rg-{key}", sources=(f"rg-{key}",),
                event_date=day, date_precision="day", event_type=event_type_of(sub),
                sub_event_type=sub, actor1=a1, actor2=a2,
                location=Location(name=site, name_ar=name_ar, admin1=admin1, country=country,
                                  lat=lat, lon=lon, geo_precision=1),
                fatalities=dead, evidence=(Evidence(text, 0, len(text)),), confidence=0.8)]

    def extract(self, article: Article) -> Extraction:
        return Extraction(article=article, cleaned_text=article.text,
                          incidents=tuple(self.by_article.get(article.article_id, ())))


def build_region_db(path: Path | str) -> Path:
    from store.database import Store
    path = Path(path)
    for p in (path, Path(f"{path}.wal")):
        p.unlink(missing_ok=True)
    arts = []
    for k, (key, day, _sub, _a1, _a2, site, _dead) in enumerate(INCIDENTS):
        outlet = MARKDOWN_OUTLET if key == "suruc-1" else ("aawsat", "alriyadh", "okaz")[k % 3]
        title = (f"**{PLACES[site][0]}** [link](javascript:alert(2)) :red[عاجل]"
                 if key == "suruc-1" else f"هجوم في {PLACES[site][0]}")
        arts.append(Article(article_id=f"rg-{key}", text=SENTENCE.format(place=PLACES[site][0], day=day),
                            title=title, published=day, outlet=outlet,
                            url=f"https://example.org/rg-{key}"))
    Store(path).ingest(arts, extractor=RegionExtractor())
    return path


if __name__ == "__main__":  # python -m tests.region_db out.duckdb
    import sys
    print(build_region_db(sys.argv[1] if len(sys.argv) > 1 else "/tmp/region.duckdb"))
