"""Streamlit entry point: the shared sidebar filters, then the chosen page.

    INCIDENTS_DB=data/incidents.duckdb .venv/bin/streamlit run app.py
"""
from pathlib import Path

import streamlit as st

from widgets import ui

HERE = Path(__file__).resolve().parent

st.set_page_config(**ui.PAGE_CONFIG)

pages = [
    st.Page("pages/map.py", title="Map", default=True),
    st.Page("pages/timeline.py", title="Timeline"),
    st.Page("pages/actors.py", title="Actors"),
    st.Page("pages/incidents.py", title="Incidents"),
    st.Page("pages/sources.py", title="Sources"),
]
if (HERE / "pages" / "briefing.py").exists():  # written by another engineer
    pages.append(st.Page("pages/briefing.py", title="Briefing"))

page = st.navigation(pages)
ui.sidebar_filters()
page.run()
