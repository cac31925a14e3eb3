"""The incident database as the pages see it: where it is, and cached query results.

Its own module so that ui.py and downloads.py both use it without importing
each other (downloads needs the cached headline for a chart's date range).
"""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from dashboard import query

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def db_path() -> Path:
    return Path(os.environ.get("INCIDENTS_DB") or PROJECT_ROOT / "data" / "incidents.duckdb")


def db_version(path: Path) -> float:
    """Changes whenever the database does (DuckDB may write the WAL only)."""
    return max((p.stat().st_mtime for p in (path, Path(f"{path}.wal")) if p.exists()), default=0.0)


@st.cache_resource(show_spinner=False)
def _store_for(path: str):
    from store.database import Store
    # one read-only connection kept open while nobody writes: opening the file
    # was most of a query's time at a million incidents (store/reader.py)
    return Store(path, keep_reader=True)


def get_store():
    return _store_for(str(db_path()))


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(name: str, path: str, version: float, args: tuple, kwargs: tuple):
    return getattr(query, name)(_store_for(path), *args, **dict(kwargs))


def load(name: str, *args, **kwargs):
    """dashboard.query.<name>(store, *args, **kwargs), cached per db version."""
    path = db_path()
    return _cached(name, str(path), db_version(path), args, tuple(sorted(kwargs.items())))
