"""A side the text does not name for the act is recorded as inferred, with
why, from the extractor to the analyst's card (issue 12: "inferred sides and
places marked as inferred, with why")."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from extract.pipeline import Extractor
from extract.record import Article
from extract.serialize import dumps, incident_from_dict

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def conoco_seed():
    """Seed 003: "تعرض حقل كونيكو للغاز ... لقصف صاروخي، مصدره مناطق سيطرة قوات
    النظام": the attacker is named, the target only by the field it hit."""
    text = (SEEDS / "003_7db2a034c338d373.txt").read_text(encoding="utf-8")
    out = Extractor().extract(Article("003_7db2a034c338d373", text, published="2023-03-25"))
    return {i.location.name: i for i in out.incidents if i.location}


def test_target_taken_from_the_sites_operator_is_recorded_with_why(conoco_seed):
    conoco = conoco_seed["Conoco gas field"]
    assert (conoco.actor1, conoco.actor2) == ("Syrian government forces", "US forces")
    assert [(i.field, i.why) for i in conoco.inferred] == [
        ("actor2", "the usual operator of Conoco gas field")]


def test_sides_read_in_the_clause_are_not_marked(conoco_seed):
    omar = conoco_seed["al-Omar oil field"]
    assert (omar.actor1, omar.actor2, omar.inferred) == ("Iran-backed militias", "International coalition", ())


def test_inferred_survives_serialisation(conoco_seed):
    conoco = conoco_seed["Conoco gas field"]
    assert json.loads(dumps(conoco))["inferred"] == [
        {"field": "actor2", "why": "the usual operator of Conoco gas field"}]
    assert incident_from_dict(json.loads(dumps(conoco))) == conoco


def test_card_marks_what_every_report_inferred():
    from widgets.ui import inferred_marks
    inc = {"actor1": "Syrian government forces", "actor2": "US forces", "site": "Conoco gas field"}
    why = json.dumps([{"field": "actor2", "why": "the usual operator of Conoco gas field"}])
    one = pd.DataFrame([{**inc, "inferred": why, "evidence": "[]"}])
    assert inferred_marks(inc, one) == {"actor2": "target inferred: the usual operator of Conoco gas field"}
    # a second report that names the target in its own clause: the side is read, not inferred
    two = pd.DataFrame([{**inc, "inferred": why, "evidence": "[]"}, {**inc, "inferred": "[]", "evidence": "[]"}])
    assert inferred_marks(inc, two) == {}
