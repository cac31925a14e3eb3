"""Acceptance, end to end with the real extractor: ingest ../shared/seeds
twice into a new database, export JSONL, score it with ../shared/eval/score.py.
F1 >= 0.90, the al-Omar pair (seeds 001 + 004) merged, no wrong merges, and
the second ingest changes no count."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main as cli_main
from store.database import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                                reason="../shared (seeds, gold, scorer) is not here")


def test_seeds_ingested_twice_export_scores_and_merges(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("INCIDENTS_EXTRACTOR", raising=False)  # the real pipeline
    db, out = tmp_path / "golden.duckdb", tmp_path / "seeds.jsonl"
    ingest = ["ingest", str(SHARED / "seeds"), "--metadata", str(SHARED / "seeds" / "metadata.csv"),
              "--db", str(db)]
    assert cli_main(ingest) == 0
    first = Store(db).stats()
    assert cli_main(ingest) == 0
    assert "5 articles read (0 new, 0 changed, 5 unchanged)" in capsys.readouterr().out
    second = Store(db).stats()
    assert {k: first[k] for k in ("articles", "reports", "incidents")} == \
           {k: second[k] for k in ("articles", "reports", "incidents")}
    assert first["articles"] == 5

    assert cli_main(["export", "--db", str(db), "--format", "jsonl", "-o", str(out)]) == 0
    result = json.loads(subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "gold" / "seeds.jsonl"),
         str(out), "--json"], capture_output=True, text=True, check=True).stdout)
    assert result["f1"] >= 0.90, result
    assert (result["dedup_clusters"], result["dedup_merged"], result["wrong_merges"]) == (1, 1, 0), result
