"""Export merged, reviewed incidents: jsonl | csv | geojson | xlsx.

`export(store, filters, fmt, path_or_buffer)` is the one implementation: the
CLI (`python -m cli export`) and the dashboard's download buttons call it
with the same Filters, so a download equals the CLI file.

  jsonl    ONTOLOGY records (extract.serialize), `sources` = every article id
  csv      one flat row per incident (lists joined with "; ")
  geojson  FeatureCollection of Points [lon, lat] with flat properties (QGIS);
           incidents without coordinates are left out and counted
  xlsx     sheet "incidents" (the csv rows) + sheet "sources" (one row per
           report: article, outlet, url, published, the Arabic evidence)
Article text is untrusted: spreadsheet cells are never formulas.
"""
from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from extract.errors import InputError
from extract.outputs import output_file
from extract.record import Evidence, Incident, Location
from extract.serialize import write_jsonl

from .filters import VIEW_COLUMNS, Filters

FORMATS = ("jsonl", "csv", "geojson", "xlsx")
MEDIA_TYPES = {
    "jsonl": "application/x-ndjson", "csv": "text/csv", "geojson": "application/geo+json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
SOURCE_COLUMNS = ("incident_id", "report_id", "article_id", "title", "outlet", "url",
                  "published", "event_date", "fatalities", "injured", "evidence")
# a cell starting with one of these is a formula to Excel / LibreOffice
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportSummary:
    fmt: str
    written: int
    without_coordinates: int = 0  # left out of a GeoJSON export

    def message(self) -> str:
        text = f"{self.written} incidents written ({self.fmt})"
        if self.without_coordinates:
            text += f"; {self.without_coordinates} without coordinates left out of the GeoJSON"
        return text


def _py(v):
    """A DataFrame cell as a plain Python value (None, list, ISO date, int)."""
    if isinstance(v, np.ndarray):
        return [_py(x) for x in v.tolist()]
    if isinstance(v, (list, tuple)):
        return [_py(x) for x in v]
    if v is None or v is pd.NaT or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
        return None
    if isinstance(v, (pd.Timestamp, datetime)):
        return v.date().isoformat()
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    return v


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: _py(v) for k, v in r.items()} for r in frame.to_dict("records")]


# Only the contract surface (incidents_view, reports_view, store.query) is
# read, so any store the dashboard holds exports exactly what it shows.
def incident_rows(store, filters: Filters) -> list[dict]:
    where, params = filters.where()
    return _records(store.query(f"SELECT * FROM incidents_view WHERE {where} "
                                "ORDER BY event_date NULLS LAST, incident_id", params))


def source_rows(store, incident_ids: list[str]) -> list[dict]:
    if not incident_ids:
        return []
    rows = _records(store.query("""SELECT * FROM reports_view
                                   WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))
                                   ORDER BY incident_id, report_id""", [incident_ids]))
    for r in rows:
        ev = r.get("evidence")
        r["evidence_items"] = json.loads(ev) if isinstance(ev, str) and ev else (ev or [])
        r["evidence"] = " … ".join(e["text"] for e in r["evidence_items"])
    return rows


def to_record(row: dict, reports: list[dict] = ()) -> Incident:
    """A merged incident row (and its reports) as an ONTOLOGY record: the
    article and evidence are the primary report's (merge.primary's rule)."""
    location = None
    if row.get("site") or row.get("lat") is not None:
        location = Location(name=row.get("site") or "", name_ar=row.get("site_ar") or "",
                            admin1=row.get("admin1"), country=row.get("country"),
                            lat=row.get("lat"), lon=row.get("lon"),
                            geo_precision=row.get("geo_precision") or 3, geonameid=row.get("geonameid"))
    # the view carries the launch site's name only, not its coordinates
    launch = Location(row["launch_site"], "", None, None, None, None, 3) if row.get("launch_site") else None
    primary = min(reports, key=lambda r: (-(r.get("confidence") or 0.0), r["report_id"]), default=None)
    return Incident(
        incident_id=row["incident_id"],
        article_id=primary["article_id"] if primary else (row.get("sources") or [""])[0],
        sources=tuple(row.get("sources") or ()), event_date=_iso(row.get("event_date")),
        date_precision=row.get("date_precision") or "unknown", event_type=row["event_type"],
        sub_event_type=row["sub_event_type"], actor1=row["actor1"], actor2=row.get("actor2"),
        weapons=tuple(row.get("weapons") or ()), location=location, launch_location=launch,
        fatalities=row.get("fatalities"), injured=row.get("injured"),
        reported_by=tuple(row.get("reported_by") or ()),
        evidence=tuple(Evidence(e["text"], int(e["start"]), int(e["end"]))
                       for e in (primary or {}).get("evidence_items", ())),
        confidence=float(row.get("confidence") or 0.0))


def _iso(v) -> str | None:
    return v.isoformat()[:10] if isinstance(v, (date, datetime)) else v


def _flat(v):
    """A cell value: lists joined, dates ISO."""
    if isinstance(v, (list, tuple)):
        return "; ".join(str(x) for x in v)
    if isinstance(v, (date, datetime)):
        return _iso(v)
    return v


def flat_row(row: dict) -> dict:
    return {c: _flat(row.get(c)) for c in VIEW_COLUMNS}


def _csv_safe(v):
    # OWASP CSV injection: a leading quote keeps a spreadsheet from evaluating it
    return "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v


def _write(data: str | bytes, target) -> None:
    if isinstance(target, (str, Path)):  # atomic for a regular file, in place for a FIFO or device
        with output_file(target, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
    elif isinstance(target, io.TextIOBase):
        target.write(data if isinstance(data, str) else data.decode("utf-8"))
    else:
        target.write(data.encode("utf-8") if isinstance(data, str) else data)


def _jsonl(rows: list[dict], sources: list[dict]) -> str:
    by_incident: dict[str, list[dict]] = {}
    for s in sources:
        by_incident.setdefault(s["incident_id"], []).append(s)
    out = io.StringIO()
    write_jsonl((to_record(r, by_incident.get(r["incident_id"], [])) for r in rows), out)
    return out.getvalue()


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(VIEW_COLUMNS))
    writer.writeheader()
    for r in rows:
        writer.writerow({k: _csv_safe(v) for k, v in flat_row(r).items()})
    return out.getvalue()


GEOJSON_PROPERTIES = [c for c in VIEW_COLUMNS if c not in ("lat", "lon")]


def _geojson(rows: list[dict]) -> tuple[str, int, int]:
    features = []
    for r in rows:
        if r.get("lat") is None or r.get("lon") is None:
            continue
        props = flat_row(r)
        features.append({"type": "Feature", "id": r["incident_id"],
                         "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                         "properties": {k: props[k] for k in GEOJSON_PROPERTIES}})
    doc = {"type": "FeatureCollection", "features": features}
    return json.dumps(doc, ensure_ascii=False, indent=1), len(features), len(rows) - len(features)


def _sheet_cell(ws, row: int, col: int, value) -> None:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would store "=..." as a formula


def _xlsx(rows: list[dict], sources: list[dict]) -> bytes:
    wb = Workbook()
    sheets = ((wb.active, "incidents", list(VIEW_COLUMNS), [flat_row(r) for r in rows]),
              (wb.create_sheet(), "sources", list(SOURCE_COLUMNS),
               [{c: _flat(s.get(c)) for c in SOURCE_COLUMNS} for s in sources]))
    for ws, title, columns, data in sheets:
        ws.title = title
        for j, c in enumerate(columns, 1):
            _sheet_cell(ws, 1, j, c)
        for i, r in enumerate(data, 2):
            for j, c in enumerate(columns, 1):
                _sheet_cell(ws, i, j, r[c])
        ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def export(store, filters: Filters, fmt: str, path_or_buffer: str | Path | IO) -> ExportSummary:
    """Write the incidents matching `filters` as `fmt` to a path or an open file."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; one of: {', '.join(FORMATS)}")
    rows = incident_rows(store, filters)
    skipped = 0
    if fmt == "jsonl":
        data = _jsonl(rows, source_rows(store, [r["incident_id"] for r in rows]))
    elif fmt == "csv":
        data = _csv(rows)
    elif fmt == "geojson":
        data, written, skipped = _geojson(rows)
        _write(data, path_or_buffer)
        return ExportSummary(fmt, written, skipped)
    else:
        data = _xlsx(rows, source_rows(store, [r["incident_id"] for r in rows]))
    _write(data, path_or_buffer)
    return ExportSummary(fmt, len(rows), skipped)

