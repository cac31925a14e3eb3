"""The incident store: ingest, idempotency, changed articles, bad input,
migrations, the views' shapes. The articles are the real seed files
(seeds/ in the project); the incidents come from a fake extractor that
states the seeds' facts (the real extractor is tested elsewhere), with
evidence sentences found in the seed text at their real offsets.

The fakes here are also used by test_merge/test_review/test_export and,
through INCIDENTS_EXTRACTOR=test_store:SlowSyntheticExtractor, by the
subprocess tests (test_store_process.py).
"""
from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from cli.main import main as cli_main
from extract.readers import ReadProblem
from extract.record import Article, Evidence, Extraction, Incident, Location
from store import schema
from store.database import Store
from store.filters import VIEW_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PUBLISHED = {"000_9eefa8a3fadf4e21": None, "001_ddcf634ad3ebf0b8": "2021-06-28",
             "002_73f8a4881ec737b9": "2022-08-25", "003_7db2a034c338d373": "2023-03-25",
             "004_7afc13e2439cf003": "2021-06-29"}
PLACES = {
    "al-Omar oil field": Location("al-Omar oil field", "حقل العمر", "Deir ez-Zor", "Syria", 35.05, 40.56, 1),
    "Conoco gas field": Location("Conoco gas field", "حقل كونيكو", "Deir ez-Zor", "Syria", 35.33, 40.30, 1),
    "Khasham": Location("Khasham", "خشام", "Deir ez-Zor", "Syria", 35.301, 40.289, 2),
    "al-Mayadin": Location("al-Mayadin", "الميادين", "Deir ez-Zor", "Syria", 35.020, 40.452, 2),
    "Deir ez-Zor": Location("Deir ez-Zor", "دير الزور", "Deir ez-Zor", "Syria", 35.336, 40.141, 3),
}
SHELLING, AIR = "Shelling/artillery/missile attack", "Air/drone strike"
# article prefix -> (gid, date, sub-event, actor1, actor2, weapons, site, injured, phrase, confidence)
SEED_FACTS = {
    "000": [("a", None, SHELLING, "Iran-backed militias", "US forces", ("rockets",), "Conoco gas field",
             None, "هجوما صاروخيا على حقل كونيكو", 0.8),
            ("b", None, AIR, "International coalition", "Iran-backed militias", ("aircraft",), "Khasham",
             None, "ومحيط بلدة خشام", 0.75)],
    "001": [("a", "2021-06-28", SHELLING, "Iran-backed militias", "US forces", ("artillery",),
             "al-Omar oil field", None, "سقطت عدة قذائف مدفعية", 0.8),
            ("c", "2021-06-28", AIR, "International coalition", "Iran-backed militias", ("aircraft",),
             "al-Mayadin", None, "طيران التحالف الدولي استهدف", 0.7)],
    "002": [("b", "2022-08-25", SHELLING, "Iran-backed militias", "US forces", ("rockets",),
             "Conoco gas field", None, "هجوما بالقذائف الصاروخية استهدف القاعدة", 0.85)],
    "003": [("a", "2023-03-24", SHELLING, "Iran-backed militias", "International coalition", ("rockets",),
             "al-Omar oil field", None, "تعرضت لقصف بثلاث قذائف صاروخية", 0.85)],
    "004": [("a", "2021-06-28", SHELLING, "Iran-backed militias", "US forces", ("artillery",),
             "al-Omar oil field", 7, "قصفت ميليشيات موالية لإيران", 0.9),
            ("b", "2021-06-28", SHELLING, "International coalition", "Iran-backed militias", ("artillery",),
             "Deir ez-Zor", None, "ردت قوات التحالف بعدد من القذائف", 0.7)],
}
OMAR_ID = "001_ddcf634ad3ebf0b8#a"  # the al-Omar shelling of 2021-06-28 (seeds 001 + 004)
CONOCO_2022_ID = "002_73f8a4881ec737b9#b"


def evidence_for(text: str, phrase: str) -> Evidence:
    """The line of `text` holding `phrase`, with its offsets."""
    at = text.index(phrase)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return Evidence(text[start:end], start, end)


def seed_article(article_id: str, text: str | None = None) -> Article:
    path = SEEDS / f"{article_id}.txt"
    return Article(article_id, text if text is not None else path.read_text(encoding="utf-8"),
                   published=PUBLISHED[article_id], path=str(path))


def seed_articles() -> list[Article]:
    return [seed_article(a) for a in PUBLISHED]


class SeedExtractor:
    """States the seeds' facts; articles it does not know yield no incidents.
    `overrides` (article prefix -> facts) stands in for a changed extractor."""

    def __init__(self, overrides: dict | None = None):
        self.facts = {**SEED_FACTS, **(overrides or {})}
        self.calls = 0

    def extract(self, article: Article) -> Extraction:
        self.calls += 1
        incidents = []
        for gid, day, sub, a1, a2, weapons, site, injured, phrase, conf in self.facts.get(article.article_id[:3], ()):
            if phrase not in article.text:
                continue
            incidents.append(Incident(
                f"{article.article_id}#{gid}", article.article_id, (article.article_id,), day,
                "day" if day else "unknown", "Explosions/Remote violence", sub, a1, a2, weapons,
                PLACES[site], injured=injured, evidence=(evidence_for(article.text, phrase),),
                confidence=conf, reported_by=("SOHR",) if article.article_id.startswith("001") else ()))
        return Extraction(article, article.text, tuple(incidents))


SYNTHETIC_SITES = list(PLACES.values())


class SlowSyntheticExtractor:
    """For the subprocess tests: articles gen_NNNN get one incident each;
    articles 2k and 2k+1 report the same act (so the store merges pairs).
    Sleeps $SLOW_EXTRACTOR_SECONDS per article so a run can be killed mid-way."""

    def extract(self, article: Article) -> Extraction:
        time.sleep(float(os.environ.get("SLOW_EXTRACTOR_SECONDS", "0.01")))
        n = int(article.article_id.split("_")[1])
        pair = n // 2
        day = date.fromordinal(date(2021, 1, 1).toordinal() + 3 * pair).isoformat()
        text = article.text
        line = text.splitlines()[0]
        inc = Incident(f"{article.article_id}#a", article.article_id, (article.article_id,), day, "day",
                       "Explosions/Remote violence", SHELLING, "Iran-backed militias", "US forces",
                       ("rockets",), SYNTHETIC_SITES[pair % len(SYNTHETIC_SITES)],
                       fatalities=n % 3, evidence=(Evidence(line, 0, len(line)),), confidence=0.7)
        return Extraction(article, text, (inc,))


def write_synthetic_articles(folder: Path, n: int) -> Path:
    """n small article files built from a real seed line plus a numbered line."""
    folder.mkdir(parents=True, exist_ok=True)
    line = evidence_for((SEEDS / "002_73f8a4881ec737b9.txt").read_text(encoding="utf-8"),
                        "هجوما بالقذائف الصاروخية استهدف القاعدة").text
    for i in range(n):
        (folder / f"gen_{i:04d}.txt").write_text(f"{line}\nالخبر رقم {i}\n", encoding="utf-8")
    return folder


def counts(store: Store) -> tuple[int, int, int]:
    s = store.stats()
    return s["articles"], s["reports"], s["incidents"]


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(tmp_path / "incidents.duckdb")


@pytest.fixture
def seeded(store) -> Store:
    store.ingest(seed_articles(), extractor=SeedExtractor())
    return store


# ---- tests -----------------------------------------------------------------

def test_absent_database_gives_empty_results_of_the_right_shape(store):
    df = store.query("SELECT * FROM incidents_view")
    assert list(df.columns) == list(VIEW_COLUMNS) and len(df) == 0
    assert store.query("SELECT count(*) AS n FROM reports_view").iloc[0]["n"] == 0
    assert store.stats() == {"articles": 0, "reports": 0, "incidents": 0, "last_ingest": None}
    assert not store.path.exists()


def test_default_path_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENTS_DB", str(tmp_path / "x.duckdb"))
    assert Store().path == tmp_path / "x.duckdb"
    monkeypatch.delenv("INCIDENTS_DB")
    assert Store().path == ROOT / "data" / "incidents.duckdb"


def test_ingest_the_seeds_merges_the_al_omar_pair_only(seeded):
    summary_counts = counts(seeded)
    assert summary_counts == (5, 8, 7)  # 8 reports, the al-Omar pair merged
    view = seeded.query("SELECT * FROM incidents_view ORDER BY incident_id")
    assert list(view.columns) == list(VIEW_COLUMNS)
    omar = view[view.incident_id == OMAR_ID].iloc[0]
    assert list(omar.sources) == ["001_ddcf634ad3ebf0b8", "004_7afc13e2439cf003"]
    assert omar.n_sources == 2 and omar.injured == 7 and omar.injured_max == 7
    assert omar.summary == ("Iran-backed militias → US forces: Shelling/artillery/missile attack "
                            "at al-Omar oil field (artillery), 2021-06-28")
    assert omar.bloc1 == "Iran-aligned" and omar.bloc2 == "US-led coalition"
    assert omar.review_status == "unreviewed" and omar.confidence == 0.9
    conoco = view[view.incident_id == CONOCO_2022_ID].iloc[0]
    assert conoco.n_sources == 1 and conoco.event_date.date() == date(2022, 8, 25)
    # the undated Conoco attack of seed 000 stays apart from the dated one
    assert view[view.site == "Conoco gas field"].shape[0] == 2


def test_reports_view_and_articles_for_the_incident_card(seeded):
    reports = seeded.query("SELECT * FROM reports_view WHERE incident_id = ? ORDER BY report_id", [OMAR_ID])
    assert list(reports.report_id) == [OMAR_ID, "004_7afc13e2439cf003#a"]
    assert list(reports.columns) == [
        "incident_id", "report_id", "article_id", "title", "outlet", "url", "published",
        "event_date", "date_precision", "actor1", "actor2", "sub_event_type", "site", "site_ar",
        "fatalities", "injured", "weapons", "reported_by", "evidence", "confidence", "inferred"]
    assert '"text": "سقطت عدة قذائف مدفعية' in reports.iloc[0].evidence
    assert list(reports.injured.astype("object").where(reports.injured.notna(), None)) == [None, 7]
    art = seeded.query("SELECT article_id, title, outlet, url, published, cleaned_text FROM articles "
                       "WHERE article_id = '004_7afc13e2439cf003'").iloc[0]
    text = (SEEDS / "004_7afc13e2439cf003.txt").read_text(encoding="utf-8")
    assert art.cleaned_text == text and art.published.date() == date(2021, 6, 29)


def test_second_ingest_changes_nothing(seeded):
    before = seeded.query("SELECT * FROM incidents_view ORDER BY incident_id")
    extractor = SeedExtractor()
    summary = seeded.ingest(seed_articles(), extractor=extractor)
    assert (summary.articles_read, summary.articles_new, summary.articles_changed,
            summary.articles_unchanged, summary.incidents) == (5, 0, 0, 5, 0)
    assert extractor.calls == 0  # unchanged articles are not even re-extracted
    after = seeded.query("SELECT * FROM incidents_view ORDER BY incident_id")
    assert before.drop(columns=["sources", "weapons", "reported_by", "outlets"]).equals(
        after.drop(columns=["sources", "weapons", "reported_by", "outlets"]))
    assert [list(x) for x in before.sources] == [list(x) for x in after.sources]
    runs = seeded.query("SELECT articles_new, articles_unchanged FROM ingest_runs ORDER BY run_id")
    assert runs.values.tolist() == [[5, 0], [0, 5]]


def test_changed_article_replaces_its_own_reports_and_remerges(seeded):
    old = seed_article("004_7afc13e2439cf003")
    # the new version no longer has the al-Omar sentence: its report goes,
    # and the al-Omar incident is back to one source
    new_text = old.text.replace("قصفت ميليشيات موالية لإيران", "أفادت مصادر")
    summary = seeded.ingest([seed_article("004_7afc13e2439cf003", new_text)], extractor=SeedExtractor())
    assert (summary.articles_changed, summary.incidents) == (1, 1)
    assert counts(seeded) == (5, 7, 7)
    omar = seeded.query("SELECT n_sources, injured FROM incidents_view WHERE incident_id = ?", [OMAR_ID])
    assert omar.iloc[0].n_sources == 1 and omar.injured.isna().all()
    assert seeded.query("SELECT count(*) AS n FROM reports WHERE article_id = '004_7afc13e2439cf003'"
                        ).iloc[0].n == 1


def test_bad_items_are_reported_and_the_rest_is_ingested(store):
    class Boom(SeedExtractor):
        def extract(self, article):
            if article.article_id.startswith("003"):
                raise RuntimeError("tokeniser exploded\nsecond line")
            return super().extract(article)

    items = [ReadProblem("seeds/broken.txt", None, "skipped: binary file", "binary file"), *seed_articles()]
    summary = store.ingest(items, extractor=Boom())
    assert summary.problems == (
        "seeds/broken.txt: skipped: binary file",
        f"{SEEDS / '003_7db2a034c338d373.txt'}: extraction failed: RuntimeError: tokeniser exploded")
    assert summary.articles_read == 5 and summary.articles_new == 4
    assert counts(store)[0] == 4
    # the failed article is retried by the next run
    again = store.ingest(seed_articles(), extractor=SeedExtractor())
    assert (again.articles_new, again.articles_unchanged) == (1, 4)


def test_migrating_a_file_created_with_migration_1_only(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    assert schema.migrate(con, upto=1) == 1
    con.execute("INSERT INTO articles VALUES ('001_ddcf634ad3ebf0b8', NULL, NULL, 'x', NULL, NULL, "
                "DATE '2021-06-28', now(), 'نص')")
    con.execute("""INSERT INTO reports (report_id, article_id, incident_id, event_date, date_precision,
                   event_type, sub_event_type, actor1, actor2, weapons, site, lat, lon, geo_precision,
                   reported_by, evidence, confidence, record)
                   VALUES ('001_ddcf634ad3ebf0b8#a', '001_ddcf634ad3ebf0b8', '001_ddcf634ad3ebf0b8#a',
                   DATE '2021-06-28', 'day', 'Explosions/Remote violence', ?, 'Iran-backed militias',
                   'US forces', ['artillery'], 'al-Omar oil field', 35.05, 40.56, 1, [], '[]', 0.8, '{}')""",
                [SHELLING])
    con.close()
    store = Store(path)
    view = store.query("SELECT incident_id, n_sources, summary FROM incidents_view")
    assert view.values.tolist() == [["001_ddcf634ad3ebf0b8#a", 1,
                                     "Iran-backed militias → US forces: Shelling/artillery/missile "
                                     "attack at al-Omar oil field (artillery), 2021-06-28"]]
    versions = store.query("SELECT version FROM schema_version ORDER BY version").version.tolist()
    assert versions == [1, 2, 3] == [m[0] for m in schema.MIGRATIONS]


def test_cli_ingest_reads_files_reports_problems_and_exit_codes(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("INCIDENTS_EXTRACTOR", "test_store:SeedExtractor")
    db = str(tmp_path / "cli.duckdb")
    (tmp_path / "empty.txt").write_bytes(b"")
    code = cli_main(["ingest", str(SEEDS), str(tmp_path / "empty.txt"), "--metadata",
                     str(SEEDS / "metadata.csv"), "--db", db])
    out, err = capsys.readouterr()
    assert code == 0
    assert f"{tmp_path / 'empty.txt'}: skipped: empty file" in err.splitlines()
    assert "5 articles read (5 new, 0 changed, 0 unchanged), 8 incidents extracted" in out
    assert "7 merged incidents" in out
    assert cli_main(["ingest", str(tmp_path / "missing"), "--db", db]) == 2
    out, err = capsys.readouterr()
    assert "missing: skipped: missing path" in err and "Traceback" not in err
