"""Streamlit entry point: the shared sidebar filters, then the chosen page.

    INCIDENTS_DB=data/incidents.duckdb .venv/bin/streamlit run app.py
"""
from pathlib import Path

import streamlit as st

from dashboard import ui

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="Conflict incidents", layout="wide")

pages = [
    st.Page("pages/map.py", title="Map", url_path="map", default=True),
    st.Page("pages/timeline.py", title="Timeline", url_path="timeline"),
    st.Page("pages/actors.py", title="Actors", url_path="actors"),
    st.Page("pages/incidents.py", title="Incidents", url_path="incidents"),
    st.Page("pages/sources.py", title="Sources", url_path="sources"),
]
if (HERE / "pages" / "briefing.py").exists():  # written by another engineer
    pages.append(st.Page("pages/briefing.py", title="Briefing", url_path="briefing"))

page = st.navigation(pages)
ui.sidebar_filters()
page.run()
