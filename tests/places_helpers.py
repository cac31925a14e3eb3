"""Shared by the curated-places tests: find the places a sentence names the
way the extractor trusts them, and check one against its row."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from geopy.distance import great_circle

from extract.gazetteer import Gazetteer

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "saudinewsnet"


def places_in(gaz: Gazetteer, text: str) -> list[tuple[str, object]]:
    """(surface, place) for each name the extractor would trust (a strong
    name, or a weak one after a place cue), resolved as the extractor does:
    with the article's focus countries and the places named before it."""
    focus = gaz.focus(text)
    context: list = []
    out = []
    for m in gaz.mentions(text):
        if m.weak and not m.cue:
            continue
        place = gaz.resolve(m, context, focus)
        if place is not None:
            context.append(place)
            out.append((m.surface, place))
    return out


def assert_place(gaz, text, surface, name, country, lat, lon, km=3.0):
    found = dict(places_in(gaz, text))
    assert surface in found, f"{surface!r} not found in {text!r}: {list(found)}"
    place = found[surface]
    assert (place.name, place.country) == (name, country)
    assert great_circle((place.lat, place.lon), (lat, lon)).km <= km


def assert_quoted_from_corpus(cases) -> None:
    """Each case (corpus day file, sentence, ...) quotes its day's articles
    word for word; skipped when ../shared is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpora/saudinewsnet absent")
    texts: dict[str, str] = {}
    for zname in {c[0] for c in cases}:
        with zipfile.ZipFile(CORPUS / zname) as z:
            texts[zname] = " ".join(a.get("content") or "" for n in z.namelist()
                                    for a in json.loads(z.read(n)))
    for zname, sentence, *_ in cases:
        assert sentence in texts[zname], sentence
