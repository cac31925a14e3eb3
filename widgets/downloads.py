"""Download buttons the pages call: every chart as PNG/SVG/PDF, the data as files.

Bytes are produced lazily: st.download_button accepts a zero-argument
callable (Streamlit >= 1.50) that runs only when the button is clicked, so a
rerun renders no image and writes no export. The functions that make the
bytes (chart_file, data_file) are plain and tested without Streamlit.
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

from dashboard import images
from store.filters import Filters

DATA_FORMATS = {  # format -> (label, extension, MIME type)
    "csv": ("CSV", "csv", "text/csv"),
    "xlsx": ("Excel", "xlsx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "geojson": ("GeoJSON", "geojson", "application/geo+json"),
    "jsonl": ("JSON Lines", "jsonl", "application/x-ndjson"),
}


def slug(name: str) -> str:
    """A file-name-safe version of a chart or page name."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or "chart"


def chart_file(fig: go.Figure, fmt: str, name: str, filters: Filters | None = None,
               *, title: str | None = None, date_range=None) -> tuple[bytes, str, str]:
    """(bytes, file name, MIME type) of one chart export at presentation size."""
    data = images.chart_bytes(fig, fmt, title=title or name, filters=filters,
                              date_range=date_range)
    return data, f"{slug(name)}.{fmt}", images.MIME_TYPES[fmt]


def data_file(store, filters: Filters, fmt: str) -> tuple[bytes, str, str]:
    """(bytes, file name, MIME type) of the filtered incidents, via the export command's code."""
    from store.export import export  # the same function as `python -m cli export`
    label, ext, mime = DATA_FORMATS[fmt]
    # a temporary path works for every format (xlsx needs a binary file,
    # jsonl/csv text): the export function opens it the way it needs
    with tempfile.TemporaryDirectory(prefix="incidents-export-") as tmp:
        path = Path(tmp) / f"incidents.{ext}"
        export(store, filters, fmt, path)
        return path.read_bytes(), f"incidents.{ext}", mime


def chart_downloads(fig: go.Figure, name: str, filters: Filters | None = None, *,
                    title: str | None = None, date_range=None) -> None:
    """PNG / SVG / PDF buttons under a chart; a warning instead when no browser."""
    try:
        images.browser_path()
    except images.ChartExportUnavailable as exc:
        st.warning(str(exc))
        return
    title = title or fig.layout.title.text or name
    if date_range is None:
        date_range = _date_range(filters)
    cols = st.columns(len(images.FORMATS))
    for col, fmt in zip(cols, images.FORMATS, strict=True):
        def make(fmt=fmt):  # bind this format; runs only on click
            return chart_file(fig, fmt, name, filters, title=title, date_range=date_range)[0]
        col.download_button(f"{fmt.upper()}", data=make, file_name=f"{slug(name)}.{fmt}",
                            mime=images.MIME_TYPES[fmt], key=f"dl-{slug(name)}-{fmt}",
                            on_click="ignore", help=f"Download this chart as {fmt.upper()} "
                            f"({images.PRESENTATION['width']}x{images.PRESENTATION['height']})")


def _date_range(filters: Filters | None):
    """The data's date range for these filters, from the dashboard's cached
    headline query (pages call chart_downloads with the figure only)."""
    try:
        from .data import load
        h = load("headline", filters or Filters())
    except Exception:  # no store (e.g. a chart outside the dashboard): leave it out
        return None
    return h.get("date_min"), h.get("date_max")


def data_downloads(store, filters: Filters, *, key: str = "data") -> None:
    """CSV / Excel / GeoJSON / JSON Lines buttons for the filtered incidents."""
    cols = st.columns(len(DATA_FORMATS))
    for col, (fmt, (label, ext, mime)) in zip(cols, DATA_FORMATS.items(), strict=True):
        def make(fmt=fmt):
            return data_file(store, filters, fmt)[0]
        col.download_button(label, data=make, file_name=f"incidents.{ext}", mime=mime,
                            key=f"dl-{key}-{fmt}", on_click="ignore")
