"""Frozen records: what goes into the extractor and what comes out.

The incident record is the contract of ../shared/ONTOLOGY.md. These classes
hold no behaviour beyond construction; extract/serialize.py is the one module
that turns them into JSON-ready dicts and back.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article as read from disk or uploaded."""
    article_id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, the publication day
    outlet: str | None = None
    url: str | None = None
    path: str | None = None  # where it was read from, for messages


@dataclass(frozen=True)
class Location:
    name: str  # English canonical name
    name_ar: str  # as written in the text
    admin1: str | None  # governorate (English)
    country: str | None  # English country name
    lat: float | None
    lon: float | None
    geo_precision: int  # 1 site, 2 near/part of a town, 3 governorate/region
    geonameid: int | None = None


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int  # character offsets into the cleaned article text
    end: int


@dataclass(frozen=True)
class Inference:
    """A field the extractor inferred rather than read in the act's own
    clause, and why (the analyst's card shows it; the confidence is lower)."""
    field: str  # actor1, actor2 or place
    why: str


@dataclass(frozen=True)
class Incident:
    incident_id: str
    article_id: str
    sources: tuple[str, ...]
    event_date: str | None  # YYYY-MM-DD of the act
    date_precision: str  # day / approximate / unknown
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str | None
    weapons: tuple[str, ...] = ()
    location: Location | None = None
    launch_location: Location | None = None
    fatalities: int | None = None
    injured: int | None = None
    reported_by: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    inferred: tuple[Inference, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """What the extractor made of one article."""
    article: Article
    cleaned_text: str  # the article's own body, chrome removed
    incidents: tuple[Incident, ...] = field(default_factory=tuple)
