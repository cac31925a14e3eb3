"""The one place records become JSON-ready dicts and back (ONTOLOGY.md shape)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import TextIO

from .record import Evidence, Incident, Inference, Location


def incident_to_dict(incident: Incident) -> dict:
    d = asdict(incident)
    # tuples become lists so the JSON is the ontology's exact shape
    for key in ("sources", "weapons", "reported_by"):
        d[key] = list(d[key])
    d["evidence"] = [dict(e) for e in d["evidence"]]
    d["inferred"] = [dict(i) for i in d["inferred"]]
    return d


def location_from_dict(d: dict | None) -> Location | None:
    if not d:
        return None
    return Location(
        name=d.get("name") or "",
        name_ar=d.get("name_ar") or "",
        admin1=d.get("admin1"),
        country=d.get("country"),
        lat=d.get("lat"),
        lon=d.get("lon"),
        geo_precision=int(d.get("geo_precision") or 3),
        geonameid=d.get("geonameid"),
    )


def incident_from_dict(d: dict) -> Incident:
    return Incident(
        incident_id=d["incident_id"],
        article_id=d["article_id"],
        sources=tuple(d.get("sources") or (d["article_id"],)),
        event_date=d.get("event_date"),
        date_precision=d.get("date_precision") or "unknown",
        event_type=d["event_type"],
        sub_event_type=d["sub_event_type"],
        actor1=d["actor1"],
        actor2=d.get("actor2"),
        weapons=tuple(d.get("weapons") or ()),
        location=location_from_dict(d.get("location")),
        launch_location=location_from_dict(d.get("launch_location")),
        fatalities=d.get("fatalities"),
        injured=d.get("injured"),
        reported_by=tuple(d.get("reported_by") or ()),
        evidence=tuple(Evidence(e["text"], int(e["start"]), int(e["end"]))
                       for e in d.get("evidence") or ()),
        confidence=float(d.get("confidence", 0.5)),
        inferred=tuple(Inference(str(i["field"]), str(i["why"])) for i in d.get("inferred") or ()
                       if isinstance(i, dict) and "field" in i and "why" in i),
    )


def dumps(incident: Incident) -> str:
    return json.dumps(incident_to_dict(incident), ensure_ascii=False, sort_keys=False)


def write_jsonl(incidents: Iterable[Incident], out: TextIO) -> int:
    n = 0
    for inc in incidents:
        out.write(dumps(inc) + "\n")
        n += 1
    return n


def read_jsonl(lines: Iterable[str]) -> Iterator[Incident]:
    for line in lines:
        if line.strip():
            yield incident_from_dict(json.loads(line))
