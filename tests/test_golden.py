"""Golden regression: the extractor on the hand-annotated dev set and the
seeds, scored by ../shared/eval/score.py (the scorer the issue is judged by).

Prints precision, recall, F1 and per-field accuracy (`pytest -s` shows them;
a failure repeats them). Fails when dev F1 falls below DEV_F1_FLOOR or the
seeds are not all found exactly. Skips when ../shared is absent.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import pytest

from extract.pipeline import Extractor
from extract.readers import iter_articles
from extract.record import Article
from extract.serialize import incident_to_dict

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "gold" / "dev"
SEEDS = SHARED / "seeds"
SCORER = SHARED / "eval" / "score.py"
# The dev F1 and precision reached when these floors were last raised (F1 0.859, P 0.898 on
# 2026-12-02, session 14), minus a small margin for harmless reorderings; raise them as extraction
# improves, never lower them. The acceptance is F1 >= 0.70 with precision >= 0.75.
DEV_F1_FLOOR = 0.85
DEV_PRECISION_FLOOR = 0.88

needs_shared = pytest.mark.skipif(not (SCORER.is_file() and (DEV / "gold.jsonl").is_file()),
                                  reason="../shared (dev set and scorer) is absent")


@lru_cache(maxsize=1)
def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def predictions(paths: list[Path], metadata: Path | None = None) -> list[dict]:
    articles = [a for a in iter_articles(paths, metadata) if isinstance(a, Article)]
    assert articles, f"no article read from {paths}"
    return [incident_to_dict(i) for a in articles for i in extractor().extract(a).incidents]


def report(name: str, result: dict) -> str:
    fields = ", ".join(f"{k} {v}" for k, v in result["field_accuracy"].items())
    text = (f"{name}: {result['predicted']} predicted, {result['matched']} matched, "
            f"{result['required_found']}/{result['required_gold']} required found; "
            f"P {result['precision']} R {result['recall']} F1 {result['f1']}\n"
            f"{name} field accuracy: {fields}")
    print("\n" + text)
    return text


@needs_shared
def test_dev_set_f1_stays_above_the_floor():
    gold = scorer().load(DEV / "gold.jsonl")
    result = scorer().score(gold, predictions([DEV / "articles.jsonl"]))
    text = report("dev", result)
    assert result["f1"] >= DEV_F1_FLOOR, f"dev F1 fell below {DEV_F1_FLOOR}\n{text}"
    assert result["precision"] >= DEV_PRECISION_FLOOR, f"dev precision fell below {DEV_PRECISION_FLOOR}\n{text}"


@needs_shared
def test_seeds_are_all_found_exactly():
    if not (SEEDS.is_dir() and (SHARED / "gold" / "seeds.jsonl").is_file()):
        pytest.skip("../shared/seeds is absent")
    gold = scorer().load(SHARED / "gold" / "seeds.jsonl")
    result = scorer().score(gold, predictions([SEEDS], SEEDS / "metadata.csv"))
    text = report("seeds", result)
    assert result["f1"] == 1.0, f"seeds F1 is not 1.0\n{text}\n" + "\n".join(
        result["missed"] + result["false_positives"])
