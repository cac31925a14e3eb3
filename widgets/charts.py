"""The pages' figures, built once per (database version, filters, options).

A filter change the session has seen before (and "back to all") reruns the
page with every query answered by st.cache_data, but building the figures
from those answers still took 0.4-1 s for the map at a million incidents
(hover texts, outlines cut to the view, city names) and 0.05-0.2 s for the
others (bench/dashboard.py). The figures are cached as resources: the same
object is handed to every session, so nothing may change one in place
(st.plotly_chart serialises a copy; exports copy it, dashboard/images.py).
"""
from __future__ import annotations

import streamlit as st

from dashboard import basemap, figures
from store.filters import Filters

from .data import db_path, db_version, load


@st.cache_resource(show_spinner=False, max_entries=16)  # a map figure holds 1-5 MB
def _map(path: str, version: float, filters: Filters, color_by: str, tiles: str):
    points = load("map_points", filters, color_by=color_by)
    return points, figures.map_figure(points, color_by, basemap.basemap_for(tiles))


def map_chart(filters: Filters, color_by: str, tiles: str):
    """(map_points' frame, the map figure)."""
    path = db_path()
    return _map(str(path), db_version(path), filters, color_by, tiles)


@st.cache_resource(show_spinner=False, max_entries=32)
def _timeline(path: str, version: float, filters: Filters, freq: str, stack: str, label: str):
    return figures.timeline_figure(load("timeline", filters, freq=freq, stack=stack), label, freq)


def timeline_chart(filters: Filters, freq: str, stack: str, label: str):
    path = db_path()
    return _timeline(str(path), db_version(path), filters, freq, stack, label)


@st.cache_resource(show_spinner=False, max_entries=32)
def _actors(path: str, version: float, filters: Filters, level: str):
    parts = load("actors_overview", filters, level=level)
    return (figures.matrix_figure(parts["matrix"]),
            figures.bars_figure(parts["attackers"], "Most active attackers"),
            figures.bars_figure(parts["targets"], "Most targeted"))


def actor_charts(filters: Filters, level: str):
    """(the attacker x target matrix, top attackers, top targets) figures."""
    path = db_path()
    return _actors(str(path), db_version(path), filters, level)
