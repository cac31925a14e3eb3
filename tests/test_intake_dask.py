"""`ingest --workers N` / `run --workers N`: the extractor mapped over article
partitions on a local Dask cluster gives exactly what the single process gives,
and the store loads the workers' Parquet in one go."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.database import Store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
INCIDENT = "event_date, actor1, actor2, site, sub_event_type, fatalities, injured, article_id"


@pytest.fixture(scope="module")
def client():
    from intake.parallel import client_for
    c = client_for(workers=1)
    yield c
    cluster = c.cluster
    c.close()
    cluster.close()


def test_partitions_keep_archives_whole_and_group_small_files(tmp_path):
    from intake.parallel import FILES_PER_PARTITION, partitions
    for i in range(FILES_PER_PARTITION + 3):
        (tmp_path / f"a{i:04d}.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "day.zip").write_bytes(b"")
    parts = partitions([tmp_path])
    assert parts[0] == [str(tmp_path / "day.zip")]
    assert [len(p) for p in parts[1:]] == [FILES_PER_PARTITION, 3]


def test_dask_ingest_equals_the_single_process_ingest(tmp_path, client):
    from extract.readers import iter_articles
    from intake.parallel import extract_parallel, load_parts
    serial = Store(tmp_path / "serial.duckdb")
    serial.ingest(iter_articles([SEEDS]))
    result = extract_parallel([SEEDS], tmp_path / "parts", client=client)
    assert (result.articles, result.incidents, result.problems) == (5, 15, ())
    assert all(p.suffix == ".parquet" for p in result.parts)
    parallel = Store(tmp_path / "parallel.duckdb")
    summary = load_parts(parallel, result.parts)
    assert (summary.articles_new, summary.incidents) == (5, 15)
    q = f"SELECT {INCIDENT} FROM reports ORDER BY ALL"
    assert parallel.query(q).values.tolist() == serial.query(q).values.tolist()
    assert parallel.query("SELECT published, outlet FROM articles ORDER BY article_id").values.tolist() == \
        serial.query("SELECT published, outlet FROM articles ORDER BY article_id").values.tolist()
    # one transaction for the whole load: one ingest run, all its articles stamped together
    assert parallel.query("SELECT count(DISTINCT ingested_at) n FROM articles")["n"][0] == 1
    again = load_parts(parallel, result.parts)
    assert (again.articles_unchanged, again.articles_new) == (5, 0)


def test_run_with_workers_writes_the_single_process_records(tmp_path, capsys):
    from cli.main import main
    out = tmp_path / "par.jsonl"
    assert main(["run", str(SEEDS), "--workers", "1", "-o", str(out)]) == 0
    assert "run: 5 article(s) read, 0 problem(s), 15 incident(s) written" in capsys.readouterr().err
    assert main(["run", str(SEEDS), "-o", str(tmp_path / "ser.jsonl")]) == 0
    def records(p):
        return sorted(json.dumps(json.loads(line), sort_keys=True) for line in p.read_text().splitlines())
    assert records(out) == records(tmp_path / "ser.jsonl")
    assert main(["run", str(SEEDS), "--workers", "0", "-o", str(out)]) == 2
    assert "--workers must be 1 or more" in capsys.readouterr().err
