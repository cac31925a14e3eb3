"""Analyst review: confirm / reject / correct, history (latest wins), stored
beside the extraction and surviving re-extraction; the CLI commands."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from test_store import CONOCO_2022_ID, OMAR_ID, SEED_FACTS, SeedExtractor, seed_article, seed_articles

from cli.main import main as cli_main
from extract.errors import InputError, NotFoundError
from extract.ontology import ACTORS, WEAPONS
from store.database import Store
from store.filters import Filters
from store.review import ACTIONS, CORRECTABLE


@pytest.fixture
def seeded(tmp_path) -> Store:
    store = Store(tmp_path / "r.duckdb")
    store.ingest(seed_articles(), extractor=SeedExtractor())
    return store


def row(store: Store, incident_id: str):
    return store.query("SELECT * FROM incidents_view WHERE incident_id = ?", [incident_id]).iloc[0]


def visible_ids(store: Store, filters: Filters) -> list[str]:
    where, params = filters.where()
    return store.query(f"SELECT incident_id FROM incidents_view WHERE {where} ORDER BY 1", params
                       ).incident_id.tolist()


def test_corrections_apply_beside_the_extraction_and_the_latest_wins(seeded):
    seeded.review(OMAR_ID, "correct", field="fatalities", value="3", who="rana", why="SOHR update")
    seeded.review(OMAR_ID, "correct", field="fatalities", value=2, who="omar", why="CENTCOM figure")
    seeded.review(OMAR_ID, "correct", field="actor1", value="IRGC", who="rana")
    seeded.review(OMAR_ID, "correct", field="sub_event_type", value="Air/drone strike", who="rana")
    seeded.review(OMAR_ID, "correct", field="event_date", value="2021-06-27", who="rana")
    r = row(seeded, OMAR_ID)
    assert (r.fatalities, r.actor1, r.bloc1, r.review_status) == (2, "IRGC", "Iran-aligned", "corrected")
    assert r.event_date.date() == date(2021, 6, 27) and r.event_type == "Explosions/Remote violence"
    assert r.summary == "IRGC → US forces: Air/drone strike at al-Omar oil field (artillery), 2021-06-27"
    # the extraction itself is untouched
    reports = seeded.query("SELECT actor1, fatalities FROM reports WHERE report_id = ?", [OMAR_ID])
    assert reports.actor1.tolist() == ["Iran-backed militias"] and reports.fatalities.isna().all()
    history = seeded.review_history(OMAR_ID)
    assert history[["action", "field", "value", "who"]].values.tolist() == [
        ["correct", "fatalities", "3", "rana"], ["correct", "fatalities", "2", "omar"],
        ["correct", "actor1", '"IRGC"', "rana"], ["correct", "sub_event_type", '"Air/drone strike"', "rana"],
        ["correct", "event_date", '"2021-06-27"', "rana"]]


def test_reject_hides_from_counts_but_stays_findable_and_confirm_restores(seeded):
    seeded.review(CONOCO_2022_ID, "reject", who="rana", why="duplicate of a wire story")
    assert CONOCO_2022_ID not in visible_ids(seeded, Filters())
    assert CONOCO_2022_ID in visible_ids(seeded, Filters(include_rejected=True))
    assert row(seeded, CONOCO_2022_ID).review_status == "rejected"
    seeded.review(CONOCO_2022_ID, "confirm", who="omar", why="checked against SANA")
    assert row(seeded, CONOCO_2022_ID).review_status == "confirmed"
    assert visible_ids(seeded, Filters(reviewed_only=True)) == [CONOCO_2022_ID]


def test_reviews_survive_reingest_reextraction_and_a_merge(seeded):
    seeded.review(OMAR_ID, "correct", field="injured", value="9", who="rana")
    seeded.review("004_7afc13e2439cf003#b", "confirm", who="rana")
    # article 001 changes and is re-extracted with other confidences: same report ids
    facts = [tuple(f[:-1]) + (0.95,) for f in SEED_FACTS["001"]]
    text = seed_article("001_ddcf634ad3ebf0b8").text + "\n"
    summary = seeded.ingest([seed_article("001_ddcf634ad3ebf0b8", text)], extractor=SeedExtractor({"001": facts}))
    assert summary.articles_changed == 1
    r = row(seeded, OMAR_ID)
    assert (r.injured, r.injured_max, r.review_status, r.confidence) == (9, 7, "corrected", 0.95)
    # merged into another incident, the confirmation follows its report
    merged = seeded.merge(["004_7afc13e2439cf003#b", "001_ddcf634ad3ebf0b8#c"], who="rana")
    assert merged == "001_ddcf634ad3ebf0b8#c" and row(seeded, merged).review_status == "confirmed"
    assert seeded.review_history(merged).action.tolist() == ["confirm", "merge"]


@pytest.mark.parametrize("kwargs, message", [
    (dict(action="approve"), f"unknown review action 'approve'; one of: {', '.join(ACTIONS)}"),
    (dict(action="confirm", who=""), "a review needs the reviewer's name (who)"),
    (dict(action="correct", field="outlet", value="x"),
     f"cannot correct 'outlet'; correctable fields: {', '.join(CORRECTABLE)}"),
    (dict(action="correct", field="actor1", value="Martians"),
     f"bad value for actor1: unknown actor 'Martians'; one of: {', '.join(ACTORS)}"),
    (dict(action="correct", field="fatalities", value="many"),
     "bad value for fatalities: invalid literal for int() with base 10: 'many'"),
    (dict(action="correct", field="lat", value="123"), "bad value for lat: 123.0 is outside ±90"),
    (dict(action="correct", field="weapons", value="rockets,sling"),
     f"bad value for weapons: unknown weapon 'sling'; one of: {', '.join(WEAPONS)}"),
    (dict(action="correct", field="event_date", value="28/06/2021"),
     "bad value for event_date: Invalid isoformat string: '28/06/2021'"),
])
def test_bad_reviews_are_refused_with_a_clear_message(seeded, kwargs, message):
    kwargs = {"who": "rana", **kwargs}
    with pytest.raises(InputError) as refused:
        seeded.review(OMAR_ID, kwargs.pop("action"), **kwargs)
    assert str(refused.value) == message
    assert isinstance(refused.value, ValueError)  # code written for ValueError still catches it
    assert seeded.review_history(OMAR_ID).empty


def test_review_unknown_incident(seeded):
    with pytest.raises(NotFoundError) as missing:
        seeded.review("x#1", "confirm", who="rana")
    assert str(missing.value) == f"no incident 'x#1' in {seeded.path}"
    assert isinstance(missing.value, LookupError)


def test_cli_review_reviews_merge_split(seeded, capsys):
    db = str(seeded.path)
    assert cli_main(["review", OMAR_ID, "--set", "weapons=rockets, artillery", "--set", "injured=",
                     "--confirm", "--who", "rana", "--why", "two sources", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.strip() == (f"{OMAR_ID}: corrected — Iran-backed militias → US forces: Shelling/artillery/"
                           "missile attack at al-Omar oil field (artillery, rockets), 2021-06-28")
    assert pd.isna(row(seeded, OMAR_ID).injured)
    assert cli_main(["reviews", OMAR_ID, "--db", db]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [ln.split("  ")[1:] for ln in lines] == [
        ["rana", 'correct weapons = ["artillery", "rockets"]', "two sources"],
        ["rana", "correct injured = null", "two sources"],
        ["rana", "confirm", "two sources"]]
    assert cli_main(["split", OMAR_ID, "--report", "004_7afc13e2439cf003#a", "--who", "rana", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == f"split into {OMAR_ID}, 004_7afc13e2439cf003#a"
    assert cli_main(["merge", OMAR_ID, "004_7afc13e2439cf003#a", "--who", "rana", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == f"merged into {OMAR_ID}"
    assert cli_main(["review", OMAR_ID, "--set", "colour=red", "--who", "rana", "--db", db]) == 2
    assert capsys.readouterr().err == (f"review: cannot correct 'colour'; correctable fields: "
                                       f"{', '.join(CORRECTABLE)}\n")
    assert cli_main(["review", OMAR_ID, "--who", "rana", "--db", db]) == 2
    assert capsys.readouterr().err == "review: review needs --confirm, --reject or --set FIELD=VALUE\n"
    assert cli_main(["review", "x#1", "--confirm", "--who", "rana", "--db", db]) == 2
    assert capsys.readouterr().err == f"review: no incident 'x#1' in {seeded.path}\n"
