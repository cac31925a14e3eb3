"""The sentence suite (checks/sentences/) has the shape bench/sentences.py needs:
150 assault and 80 protest sentences, 40 metaphor articles, identifiers only, no
country over a third, and (when ../shared is present) every row's sentence found
where it says. The extractor's rates are the bench's business, not this test's."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus import corpus_available, iter_corpus

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "checks" / "sentences"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_sentences", ROOT / "bench" / "sentences.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _bench()
ASSAULT = bench.read_tsv("assault.tsv")
PROTEST = bench.read_tsv("protest.tsv")
METAPHOR = bench.read_tsv("metaphor.tsv")


def test_counts_and_columns():
    assert len(ASSAULT) == 150 and len(PROTEST) == 80 and len(METAPHOR) == 40
    for rows in (ASSAULT, PROTEST):
        assert all(list(r) == ["url", "sentence", "check30", "country", "note"] for r in rows)
    assert all(list(r) == ["url", "section", "word", "note"] for r in METAPHOR)
    assert Counter(r["section"] for r in METAPHOR) == {"sports": 20, "economy": 20}


@pytest.mark.parametrize("rows", [ASSAULT, PROTEST], ids=["assault", "protest"])
def test_sentence_rows(rows):
    keys = [(r["url"], r["sentence"]) for r in rows]
    assert len(set(keys)) == len(keys)
    for r in rows:
        assert r["url"].startswith("http") and r["sentence"].isdigit()
        assert 0 < len(r["check30"]) <= 30 and r["country"] and r["note"]


def test_identifiers_only():
    """Nothing longer than the 30-character check from the corpus: notes are ours, in English."""
    for r in ASSAULT + PROTEST + METAPHOR:
        assert not any("\u0600" <= ch <= "\u06ff" for ch in r["note"]), r["note"]
    assert all(len(r["word"]) <= 8 for r in METAPHOR)


def test_suites_do_not_overlap():
    urls = {r["url"] for r in METAPHOR}
    assert len(urls) == 40
    assert not urls & {r["url"] for r in ASSAULT + PROTEST}
    assert not {(r["url"], r["sentence"]) for r in ASSAULT} & {(r["url"], r["sentence"]) for r in PROTEST}


def test_many_countries_none_over_a_third():
    countries = Counter(r["country"] for r in ASSAULT)
    assert len(countries) >= 15
    assert max(countries.values()) <= len(ASSAULT) / 3


def test_splitter():
    split = bench.split_sentences
    assert split("قصف الطيران المدينة. وقتل 5.\n\nوأصيب آخرون؟ نعم") == [
        "قصف الطيران المدينة.", "وقتل 5.", "وأصيب آخرون؟", "نعم"]
    assert split("") == [] and split(" \n ") == []


@pytest.mark.skipif(not corpus_available(), reason="../shared/corpora/saudinewsnet is absent")
def test_rows_found_in_the_corpus():
    wanted = {r["url"] for r in ASSAULT + PROTEST + METAPHOR}
    texts = {a.url: a.text for a in iter_corpus() if a.url in wanted}
    assert set(texts) == wanted
    for r in ASSAULT + PROTEST:
        pieces = bench.split_sentences(texts[r["url"]])
        i = int(r["sentence"])
        assert i < len(pieces) and pieces[i][:30].rstrip() == r["check30"].rstrip(), (r["url"], i)
    for r in METAPHOR:
        assert r["word"] in texts[r["url"]]
