"""`python -m extract run` in process: output, summary, exit codes, failures of one article."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import pipeline
from extract.__main__ import main as extract_main
from extract.clean import clean_article
from extract.cli import main
from extract.record import Evidence, Extraction, Incident
from extract.serialize import read_jsonl

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def need_seeds() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")


class OneIncidentPerArticle:
    """Tiny stand-in for the real extractor: the article's first cleaned line
    as the evidence of one incident dated by the article's publication day."""

    def __init__(self, gazetteer=None, lexicons=None):
        pass

    def extract(self, article):
        if "boom" in article.text:
            raise ValueError("boom\nsecond line")
        cleaned = clean_article(article.text).text
        first = cleaned.split("\n")[0]
        incident = Incident(
            incident_id=f"{article.article_id}-1", article_id=article.article_id,
            sources=(article.article_id,), event_date=article.published, date_precision="day",
            event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
            actor1="Unknown", actor2=None, evidence=(Evidence(first, 0, len(first)),))
        return Extraction(article=article, cleaned_text=cleaned, incidents=(incident,))


def test_seeds_with_metadata_to_file(tmp_path, monkeypatch, capsys):
    need_seeds()
    monkeypatch.setattr(pipeline, "Extractor", OneIncidentPerArticle)
    out = tmp_path / "out.jsonl"
    assert main([str(SEEDS), "--metadata", str(SEEDS / "metadata.csv"), "-o", str(out)]) == 0
    incidents = list(read_jsonl(out.read_text(encoding="utf-8").splitlines()))
    assert [(i.article_id, i.event_date) for i in incidents] == [
        ("000_9eefa8a3fadf4e21", None), ("001_ddcf634ad3ebf0b8", "2021-06-28"),
        ("002_73f8a4881ec737b9", "2022-08-25"), ("003_7db2a034c338d373", "2023-03-25"),
        ("004_7afc13e2439cf003", "2021-06-29")]
    assert incidents[4].evidence[0].text == "واشنطن وميليشيات إيران تصعِّدان وتتبادلان الهجمات في دير الزور"
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ("extract: 5 article(s) read; 0 skipped; 0 warning(s); "
                            "0 extraction error(s); 5 incident(s) written\n")
    assert not (tmp_path / "out.jsonl.part").exists()


def test_stdout_and_one_failing_article_and_bad_inputs(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "Extractor", OneIncidentPerArticle)
    (tmp_path / "a.txt").write_text("قصفت ميليشيات موالية لإيران حقل العمر", encoding="utf-8")
    (tmp_path / "b.txt").write_text("boom", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "e.txt").write_bytes(b"")
    assert extract_main(["run", str(tmp_path), "-o", "-"]) == 0
    captured = capsys.readouterr()
    (line,) = captured.out.splitlines()
    assert json.loads(line)["evidence"][0]["text"] == "قصفت ميليشيات موالية لإيران حقل العمر"
    assert captured.err.splitlines() == [
        f"extract: {tmp_path / 'b.txt'}: extraction failed: ValueError: boom second line",
        f"extract: {tmp_path / 'c.txt'}: skipped: empty file",
        f"extract: {tmp_path / 'd.txt'}: skipped: binary file (NUL bytes)",
        f"extract: {tmp_path / 'e.txt'}: skipped: empty file",
        "extract: 2 article(s) read; 3 skipped (2 empty file, 1 binary file (NUL bytes)); "
        "0 warning(s); 1 extraction error(s); 1 incident(s) written",
    ]


def test_nothing_readable_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "Extractor", OneIncidentPerArticle)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main([str(tmp_path), str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'missing.txt'}: skipped: missing path" in err
    assert err.endswith("extract: no article could be read\n")


def test_unwritable_output_exits_2_with_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "Extractor", OneIncidentPerArticle)
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    target = tmp_path / "no" / "such" / "dir" / "out.jsonl"
    assert main([str(tmp_path / "a.txt"), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"extract: {target}: cannot write output (No such file or directory)\n" in err


def test_extractor_that_cannot_start_is_one_line(tmp_path, monkeypatch, capsys):
    class Broken:
        def __init__(self, gazetteer=None, lexicons=None):
            raise FileNotFoundError("data/gazetteer.json.gz")
    monkeypatch.setattr(pipeline, "Extractor", Broken)
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert capsys.readouterr().err == "extract: cannot start the extractor: FileNotFoundError: data/gazetteer.json.gz\n"
    assert not (tmp_path / "o.jsonl").exists() and not (tmp_path / "o.jsonl.part").exists()


def test_usage_errors_exit_2():
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2


def test_real_extractor_output_is_valid_records(tmp_path, capsys):
    """Whatever the real extractor finds on the seeds is well-formed JSON Lines
    whose evidence lies inside the cleaned article text."""
    need_seeds()
    out = tmp_path / "seeds.jsonl"
    assert main([str(SEEDS), "-o", str(out)]) == 0
    texts = {p.stem: clean_article(p.read_text(encoding="utf-8")).text for p in SEEDS.glob("*.txt")}
    for incident in read_jsonl(out.read_text(encoding="utf-8").splitlines()):
        for ev in incident.evidence:
            assert texts[incident.article_id][ev.start:ev.end] == ev.text
    assert "5 article(s) read; 0 skipped" in capsys.readouterr().err
