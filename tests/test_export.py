"""Exports parsed back: JSONL by extract.serialize, CSV by pandas, GeoJSON
against a FeatureCollection schema (jsonschema), XLSX by openpyxl; the
CLI's filter flags; empty results; untrusted text never becomes a formula."""
from __future__ import annotations

import io
import json

import jsonschema
import openpyxl
import pandas as pd
import pytest
from test_store import CONOCO_2022_ID, OMAR_ID, SeedExtractor, seed_article, seed_articles

from cli.main import main as cli_main
from extract.errors import InputError
from extract.serialize import read_jsonl
from store.database import Store
from store.export import FORMATS, export
from store.filters import VIEW_COLUMNS, Filters

# The part of RFC 7946 that QGIS needs from us: a FeatureCollection of
# Point features with [lon, lat] coordinates and flat (scalar) properties.
GEOJSON_POINTS_SCHEMA = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object",
            "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": ["string", "number"]},
                "geometry": {
                    "type": "object", "required": ["type", "coordinates"],
                    "properties": {
                        "type": {"const": "Point"},
                        "coordinates": {"type": "array", "minItems": 2, "maxItems": 3, "prefixItems": [
                            {"type": "number", "minimum": -180, "maximum": 180},
                            {"type": "number", "minimum": -90, "maximum": 90}]},
                    }},
                "properties": {"type": "object", "additionalProperties": {
                    "type": ["string", "number", "boolean", "null"]}},
            }}},
    },
}


@pytest.fixture
def seeded(tmp_path) -> Store:
    store = Store(tmp_path / "e.duckdb")
    store.ingest(seed_articles(), extractor=SeedExtractor())
    return store


def test_jsonl_rows_are_ontology_records_with_all_sources_and_reviews(seeded, tmp_path):
    seeded.review(OMAR_ID, "correct", field="fatalities", value="1", who="rana")
    out = tmp_path / "x.jsonl"
    summary = export(seeded, Filters(), "jsonl", out)
    records = list(read_jsonl(out.read_text(encoding="utf-8").splitlines()))
    assert summary.written == len(records) == 7
    omar = next(r for r in records if r.incident_id == OMAR_ID)
    assert omar.sources == ("001_ddcf634ad3ebf0b8", "004_7afc13e2439cf003")
    assert omar.article_id == "004_7afc13e2439cf003"  # the more confident report
    assert omar.fatalities == 1 and omar.injured == 7 and omar.event_date == "2021-06-28"
    assert omar.location.name == "al-Omar oil field" and (omar.location.lat, omar.location.lon) == (35.05, 40.56)
    text = seed_article("004_7afc13e2439cf003").text
    ev = omar.evidence[0]
    assert "قصفت ميليشيات موالية لإيران" in ev.text and text[ev.start:ev.end] == ev.text


def test_csv_is_flat_and_filtered(seeded, tmp_path):
    out = tmp_path / "x.csv"
    export(seeded, Filters(sites=("al-Omar oil field", "Conoco gas field"), since=pd.Timestamp("2021-01-01").date()),
           "csv", out)
    df = pd.read_csv(out)
    assert list(df.columns) == list(VIEW_COLUMNS)
    assert sorted(df.incident_id) == [OMAR_ID, CONOCO_2022_ID, "003_7db2a034c338d373#a"]
    omar = df[df.incident_id == OMAR_ID].iloc[0]
    assert omar.sources == "001_ddcf634ad3ebf0b8; 004_7afc13e2439cf003" and omar.n_sources == 2
    assert omar.site_ar == "حقل العمر" and omar.event_date == "2021-06-28"


def test_geojson_points_validate_and_undated_unlocated_are_counted(seeded, tmp_path):
    # one incident loses its coordinates through an analyst correction
    seeded.review("001_ddcf634ad3ebf0b8#c", "correct", field="lat", value="", who="rana")
    out = tmp_path / "x.geojson"
    summary = export(seeded, Filters(), "geojson", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(doc, GEOJSON_POINTS_SCHEMA)
    assert (summary.written, summary.without_coordinates) == (6, 1)
    assert summary.message() == "6 incidents written (geojson); 1 without coordinates left out of the GeoJSON"
    omar = next(f for f in doc["features"] if f["id"] == OMAR_ID)
    assert omar["geometry"]["coordinates"] == [40.56, 35.05]
    assert omar["properties"]["n_sources"] == 2 and omar["properties"]["bloc1"] == "Iran-aligned"


def test_xlsx_has_incidents_and_sources_with_the_arabic_evidence(seeded, tmp_path):
    out = tmp_path / "x.xlsx"
    export(seeded, Filters(actors=("Iran-backed militias",), event_types=("Explosions/Remote violence",)),
           "xlsx", out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["incidents", "sources"]
    rows = list(wb["incidents"].values)
    assert list(rows[0]) == list(VIEW_COLUMNS) and len(rows) == 1 + 7
    sources = [dict(zip(next(iter(wb["sources"].values)), r, strict=True)) for r in list(wb["sources"].values)[1:]]
    omar = [s for s in sources if s["incident_id"] == OMAR_ID]
    assert [s["article_id"] for s in omar] == ["001_ddcf634ad3ebf0b8", "004_7afc13e2439cf003"]
    assert omar[0]["published"] == "2021-06-28" and "سقطت عدة قذائف مدفعية" in omar[0]["evidence"]


def test_untrusted_text_never_becomes_a_formula(tmp_path):
    store = Store(tmp_path / "f.duckdb")
    art = seed_article("002_73f8a4881ec737b9")
    hostile = "=HYPERLINK(\"http://x\",\"y\") " + art.text
    store.ingest([type(art)(art.article_id, hostile, title="=1+1", published=art.published)],
                 extractor=SeedExtractor())
    out = tmp_path / "f.xlsx"
    export(store, Filters(), "xlsx", out)
    ws = openpyxl.load_workbook(out)["sources"]
    header = [c.value for c in ws[1]]
    title = ws.cell(row=2, column=header.index("title") + 1)
    assert title.value == "=1+1" and title.data_type == "s"


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_results_are_valid_files(tmp_path, fmt):
    buf = io.BytesIO()
    summary = export(Store(tmp_path / "none.duckdb"), Filters(), fmt, buf)
    assert summary.written == 0
    data = buf.getvalue()
    if fmt == "jsonl":
        assert data == b""
    elif fmt == "csv":
        assert pd.read_csv(io.BytesIO(data)).empty
    elif fmt == "geojson":
        jsonschema.validate(json.loads(data), GEOJSON_POINTS_SCHEMA)
    else:
        assert [len(list(ws.values)) for ws in openpyxl.load_workbook(io.BytesIO(data))] == [1, 1]


def test_cli_export_maps_flags_onto_filters(seeded, tmp_path, capsys):
    out = tmp_path / "cli.jsonl"
    seeded.review(CONOCO_2022_ID, "reject", who="rana")
    args = ["export", "--db", str(seeded.path), "--format", "jsonl", "-o", str(out),
            "--bloc", "Iran-aligned", "--event-type", "Shelling/artillery/missile attack",
            "--since", "2021-06-01", "--until", "2022-12-31", "--min-confidence", "0.75"]
    assert cli_main(args) == 0
    assert [r.incident_id for r in read_jsonl(out.read_text(encoding="utf-8").splitlines())] == [OMAR_ID]
    assert cli_main(args + ["--include-rejected"]) == 0
    ids = [r.incident_id for r in read_jsonl(out.read_text(encoding="utf-8").splitlines())]
    assert ids == [OMAR_ID, CONOCO_2022_ID]
    assert capsys.readouterr().err.strip().splitlines()[-1] == f"export: 2 incidents written (jsonl) to {out}"
    assert cli_main(["export", "--db", str(seeded.path), "--format", "pdf", "-o", str(out)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (  # argparse's usage line, then its one-line error
        "incidents export: error: argument --format: invalid choice: 'pdf' "
        "(choose from 'jsonl', 'csv', 'geojson', 'xlsx')")
    missing_dir = tmp_path / "no" / "such" / "dir.csv"
    assert cli_main(["export", "--db", str(seeded.path), "--format", "csv", "-o", str(missing_dir)]) == 2
    err = capsys.readouterr().err  # names the file (or the .part it is written through), one line
    assert err.startswith(f"export: [Errno 2] No such file or directory: '{missing_dir}") and err.count("\n") == 1


def test_unknown_format_is_a_named_input_error(seeded, tmp_path):
    with pytest.raises(InputError) as refused:
        export(seeded, Filters(), "pdf", tmp_path / "x.pdf")
    assert str(refused.value) == "unknown export format 'pdf'; one of: jsonl, csv, geojson, xlsx"
    assert not (tmp_path / "x.pdf").exists()
