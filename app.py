"""Streamlit entry point: the shared sidebar filters, then the chosen page.

    INCIDENTS_DB=data/incidents.duckdb .venv/bin/streamlit run app.py
"""
import streamlit as st

from widgets import ui

st.set_page_config(**ui.PAGE_CONFIG)

page = st.navigation([
    st.Page("views/map.py", title="Map", default=True),
    st.Page("views/timeline.py", title="Timeline"),
    st.Page("views/actors.py", title="Actors"),
    st.Page("views/incidents.py", title="Incidents"),
    st.Page("views/sources.py", title="Sources"),
    st.Page("views/briefing.py", title="Briefing"),
])
ui.sidebar_filters()
with st.sidebar:
    ui.follow_store()
page.run()
