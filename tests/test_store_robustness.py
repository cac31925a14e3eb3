"""Issue 11: nothing an analyst or an article can do breaks the store.

Out-of-range corrections are refused before anything is written; a write
killed (SIGKILL) or failing half-way leaves nothing behind and the store keeps
working; a repeated article id is stored once; `export -o -` writes to
standard output; clustering thousands of reports of one act stays fast.
The articles are the real seeds (test_store's fake extractor states their facts).
"""
from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from test_robustness import read_fifo_in_thread
from test_store import OMAR_ID, SeedExtractor, seed_article, seed_articles

from cli.main import main as cli_main
from store.database import Store

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent


@pytest.fixture
def seeded(tmp_path) -> Store:
    store = Store(tmp_path / "r.duckdb")
    store.ingest(seed_articles(), extractor=SeedExtractor())
    return store


def table_counts(store: Store) -> dict:
    return store.query("""SELECT (SELECT count(*) FROM reviews) AS reviews,
                                 (SELECT count(*) FROM merge_constraints) AS constraints,
                                 (SELECT count(*) FROM articles) AS articles,
                                 (SELECT count(*) FROM reports) AS reports,
                                 (SELECT count(*) FROM incidents) AS incidents""").iloc[0].to_dict()


def status(store: Store, incident_id: str) -> str:
    return store.query("SELECT review_status FROM incidents_view WHERE incident_id = ?",
                       [incident_id]).iloc[0].review_status


# ---- 1. out-of-range values are refused before anything is written -------

@pytest.mark.parametrize("setting", ["fatalities=2147483648", "injured=3000000000", "fatalities=-1"])
def test_out_of_range_count_is_refused_and_the_store_keeps_working(seeded, capsys, setting):
    before = table_counts(seeded)
    field, value = setting.split("=")
    code = cli_main(["review", OMAR_ID, "--set", setting, "--reject", "--who", "a", "--db", str(seeded.path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"review: bad value for {field}: {value} is outside the range 0..2147483647\n"
    assert table_counts(seeded) == before  # not even the --reject of the same command
    assert status(seeded, OMAR_ID) == "unreviewed"
    # every kind of write still works afterwards
    assert cli_main(["review", OMAR_ID, "--set", f"{field}=2147483647", "--who", "a",
                     "--db", str(seeded.path)]) == 0
    assert int(seeded.query(f"SELECT {field} FROM incidents_view WHERE incident_id = ?",
                            [OMAR_ID]).iloc[0][field]) == 2147483647
    seeded.split(OMAR_ID, ["004_7afc13e2439cf003#a"], who="a")
    seeded.merge([OMAR_ID, "004_7afc13e2439cf003#a"], who="a")
    seeded.ingest([seed_article("003_7db2a034c338d373", "تعرضت لقصف بثلاث قذائف صاروخية")],
                  extractor=SeedExtractor())
    assert table_counts(seeded)["articles"] == 5


def test_a_write_failing_half_way_leaves_nothing_behind(seeded, monkeypatch):
    before = table_counts(seeded)

    def broken(members):
        raise RuntimeError("disk full")  # stands in for any failure while re-clustering
    monkeypatch.setattr("store.database.combine", broken)
    for write in (lambda: seeded.review(OMAR_ID, "reject", who="a"),
                  lambda: seeded.review_all(OMAR_ID, [("correct", "fatalities", "3"), ("confirm", None, None)],
                                            who="a"),
                  lambda: seeded.split(OMAR_ID, ["004_7afc13e2439cf003#a"], who="a"),
                  lambda: seeded.merge([OMAR_ID, "002_73f8a4881ec737b9#b"], who="a"),
                  lambda: seeded.ingest([seed_article("003_7db2a034c338d373", "تعرضت لقصف بثلاث قذائف صاروخية")],
                                        extractor=SeedExtractor())):
        with pytest.raises(RuntimeError, match="disk full"):
            write()
        assert table_counts(seeded) == before
    monkeypatch.undo()
    seeded.review(OMAR_ID, "reject", who="a")
    assert status(seeded, OMAR_ID) == "rejected"


def test_a_bad_review_row_left_by_an_older_version_is_ignored(seeded):
    """A store the old bug had poisoned (a stored 2147483648) re-clusters again."""
    with seeded._writer() as con:
        con.execute("""INSERT INTO reviews VALUES (1, ?, 'correct', 'fatalities', '2147483648', 'a', '', now())""",
                    [OMAR_ID])
    seeded.refresh()
    seeded.review(OMAR_ID, "confirm", who="b")
    assert status(seeded, OMAR_ID) == "confirmed"


# ---- 2. SIGKILL in the middle of a write: all or nothing -----------------

KILLABLE = textwrap.dedent("""
    import sys, time
    import store.database as database
    real = database.Store._recluster
    def slow(self, con):
        print("reclustering", flush=True)   # the action is logged; its effect is under way
        time.sleep(60)
        real(self, con)
    database.Store._recluster = slow
    from cli.main import main
    sys.exit(main(sys.argv[1:]))
""")


def kill_while_reclustering(*argv: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(TESTS)])}
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE, *argv], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line == "reclustering\n", proc.stderr.read()
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()


@pytest.mark.parametrize("argv", [
    ["review", OMAR_ID, "--reject", "--who", "a"],
    ["review", OMAR_ID, "--set", "fatalities=4", "--confirm", "--who", "a"],
    ["merge", OMAR_ID, "002_73f8a4881ec737b9#b", "--who", "a"],
    ["split", OMAR_ID, "--report", "004_7afc13e2439cf003#a", "--who", "a"],
])
def test_sigkill_during_an_analyst_write_leaves_the_store_as_before(seeded, argv):
    before = table_counts(seeded)
    kill_while_reclustering(*argv, "--db", str(seeded.path))
    assert table_counts(seeded) == before
    assert status(seeded, OMAR_ID) == "unreviewed"
    assert seeded.query("SELECT value FROM store_state WHERE key = 'clusters_dirty'").iloc[0].value == "0"
    # the same action run again completes
    assert cli_main([*argv, "--db", str(seeded.path)]) == 0
    after = table_counts(seeded)
    assert after["reviews"] == before["reviews"] + (2 if "--confirm" in argv else 1)
    if "--reject" in argv:
        assert status(seeded, OMAR_ID) == "rejected"


# ---- 5 and 15. where export writes ---------------------------------------

def export_lines(store: Store, capsys, output: str) -> tuple[list[dict], str]:
    code = cli_main(["export", "--format", "jsonl", "-o", output, "--db", str(store.path)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_export_to_dash_writes_standard_output(seeded, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    records, err = export_lines(seeded, capsys, "-")
    assert err == "export: 7 incidents written (jsonl) to standard output\n"
    assert len(records) == 7 and OMAR_ID in {r["incident_id"] for r in records}
    assert not (tmp_path / "-").exists()


def test_export_into_a_fifo_writes_through_the_pipe(seeded, capsys, tmp_path):
    fifo = tmp_path / "incidents.pipe"
    os.mkfifo(fifo)
    reader, got = read_fifo_in_thread(fifo)
    assert cli_main(["export", "--format", "csv", "-o", str(fifo), "--db", str(seeded.path)]) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe, not a regular file
    lines = got[0].decode("utf-8").splitlines()
    assert len(lines) == 8 and lines[0].startswith("incident_id,")
    assert not Path(f"{fifo}.part").exists()


def test_export_into_a_character_device_keeps_the_device(seeded, tmp_path):
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a second /dev/null (tests run as root)
    assert cli_main(["export", "--format", "xlsx", "-o", str(null), "--db", str(seeded.path)]) == 0
    assert stat.S_ISCHR(os.stat(null).st_mode)
    regular = tmp_path / "out.xlsx"
    assert cli_main(["export", "--format", "xlsx", "-o", str(regular), "--db", str(seeded.path)]) == 0
    assert stat.S_ISREG(os.stat(regular).st_mode) and not Path(f"{regular}.part").exists()


# ---- 3, 4 and 9: what ingest does with odd input ------------------------

def ingest_cli(db: Path, *paths: Path, capsys) -> tuple[int, list[str]]:
    env_before = os.environ.get("INCIDENTS_EXTRACTOR")
    os.environ["INCIDENTS_EXTRACTOR"] = "test_store:SeedExtractor"
    try:
        code = cli_main(["ingest", *map(str, paths), "--db", str(db)])
    finally:
        if env_before is None:
            os.environ.pop("INCIDENTS_EXTRACTOR")
        else:
            os.environ["INCIDENTS_EXTRACTOR"] = env_before
    return code, capsys.readouterr().err.splitlines()


def seed_line(article_id: str, text: str) -> str:
    return json.dumps({"article_id": article_id, "text": text, "published": "2021-06-29"}, ensure_ascii=False)


def xlsx_sources(store: Store, tmp_path: Path) -> list[str]:
    import openpyxl
    out = tmp_path / "x.xlsx"
    assert cli_main(["export", "--format", "xlsx", "-o", str(out), "--db", str(store.path)]) == 0
    sheet = openpyxl.load_workbook(out)["sources"]
    header = [c.value for c in sheet[1]]
    return [row[header.index("article_id")] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_repeated_id_in_one_jsonl_is_one_article_named_twice(tmp_path, capsys):
    text = seed_article("004_7afc13e2439cf003").text
    source = tmp_path / "batch.jsonl"
    source.write_text("\n".join([seed_line("004_x", text), seed_line("004_x", text + "\nتحديث")]) + "\n",
                      encoding="utf-8")
    store = Store(tmp_path / "d.duckdb")
    code, err = ingest_cli(store.path, source, capsys=capsys)
    assert code == 0
    assert err == [f"{source}:2: skipped: duplicate article id '004_x' (first read from {source}:1)"]
    assert store.query("SELECT count(*) AS n FROM articles").n[0] == 1
    assert store.query("SELECT count(*) AS n FROM reports").n[0] == 2
    assert sorted(xlsx_sources(store, tmp_path)) == ["004_x", "004_x"]  # one row per report, not four


def test_same_stem_txt_and_html_is_one_article(tmp_path, capsys):
    folder = tmp_path / "inbox"
    folder.mkdir()
    text = seed_article("004_7afc13e2439cf003").text
    (folder / "004_same.txt").write_text(text, encoding="utf-8")
    (folder / "004_same.html").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    store = Store(tmp_path / "d.duckdb")
    code, err = ingest_cli(store.path, folder, capsys=capsys)
    assert code == 0
    assert err == [f"{folder / '004_same.txt'}: skipped: duplicate article id '004_same' "
                   f"(first read from {folder / '004_same.html'})"]
    assert store.query("SELECT count(*) AS n FROM articles").n[0] == 1


def test_repeated_id_handed_to_the_store_directly_is_stored_once(tmp_path):
    """The Sources page hands uploads (several files) straight to Store.ingest."""
    first = replace(seed_article("004_7afc13e2439cf003"), path="upload-1.jsonl:1")
    second = replace(first, text=first.text + "\nتحديث", path="upload-2.jsonl:1")
    store = Store(tmp_path / "d.duckdb")
    summary = store.ingest([first, second], extractor=SeedExtractor())
    assert summary.problems == ("upload-2.jsonl:1: skipped: duplicate article id '004_7afc13e2439cf003' "
                                "(first read from upload-1.jsonl:1)",)
    assert store.query("SELECT count(*) AS n FROM articles").n[0] == 1
    assert sorted(xlsx_sources(store, tmp_path)) == ["004_7afc13e2439cf003"] * 2


def test_an_article_the_database_refuses_costs_only_itself(tmp_path):
    """A lone surrogate that reaches the store (not through the readers) cannot
    be written as UTF-8: that article is named, the rest of its batch is stored."""
    good = [seed_article(a) for a in ("001_ddcf634ad3ebf0b8", "002_73f8a4881ec737b9")]
    bad = replace(seed_article("004_7afc13e2439cf003"), title="\ud800", path="upload.jsonl:3")
    store = Store(tmp_path / "d.duckdb")
    summary = store.ingest([good[0], bad, good[1]], extractor=SeedExtractor())
    assert len(summary.problems) == 1 and summary.problems[0].startswith("upload.jsonl:3: not stored: ")
    assert sorted(store.query("SELECT article_id FROM articles").article_id) == [a.article_id for a in good]
    store.ingest([seed_article("003_7db2a034c338d373")], extractor=SeedExtractor())  # still works
    assert store.stats()["articles"] == 3


def test_ingest_names_a_file_with_a_newline_in_its_name(tmp_path, capsys):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "bad\nname.txt").write_bytes(b"")
    (folder / "001_ddcf634ad3ebf0b8.txt").write_text(seed_article("001_ddcf634ad3ebf0b8").text, encoding="utf-8")
    code, err = ingest_cli(tmp_path / "d.duckdb", folder, capsys=capsys)
    assert code == 0
    assert err == [f"{str(folder / 'bad') + chr(10) + 'name.txt'!r}: skipped: empty file"]
    assert "\\n" in err[0]
