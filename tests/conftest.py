"""Shared fixtures: the gazetteer index every extractor test uses."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INDEX = ROOT / "data" / "gazetteer.json.gz"
SOURCES = [ROOT / "data" / "places.csv", ROOT / "data" / "admin1.csv", ROOT / "data" / "countries.csv",
           ROOT / "extract" / "gazetteer_build.py"]


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory) -> Path:
    """The real index when `make setup` built it and it is fresh, else one
    built here (a few seconds; never a skip)."""
    if INDEX.exists() and all(INDEX.stat().st_mtime >= s.stat().st_mtime for s in SOURCES):
        return INDEX
    from extract import gazetteer_build
    path = tmp_path_factory.mktemp("gaz") / "gazetteer.json.gz"
    gazetteer_build.write(gazetteer_build.build(), path)
    return path


@pytest.fixture(scope="session")
def gaz(gazetteer_path):
    """The gazetteer loaded once for the curated-places tests (test_gazetteer.py
    keeps its own, built from a few records)."""
    from extract.gazetteer import Gazetteer
    return Gazetteer.load(gazetteer_path)


@pytest.fixture(scope="session")
def extractor(gazetteer_path):
    """The whole extractor over the real gazetteer, built once for every test module."""
    from extract.gazetteer import Gazetteer
    from extract.pipeline import Extractor
    return Extractor(gazetteer=Gazetteer.load(gazetteer_path))
