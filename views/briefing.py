"""Briefing: the headline figures for the sidebar's filters and the PDF pack."""
import pandas as pd
import streamlit as st

from dashboard import brief
from widgets import ui

st.title("Briefing pack")
filters = ui.current_filters()
st.caption(f"Filters: {ui.escape_md(filters.describe())}")
if ui.has_data():
    h = ui.load("headline", filters)
    lo, hi = brief.date_range(h)
    st.caption(f"Data range: {lo or '…'} to {hi or '…'}" if lo or hi
               else "Data range: no dated incidents")
    ui.headline_metrics(h)
    if not h["incidents"]:
        ui.no_match(filters)
    else:
        left, right = st.columns(2)
        left.dataframe(pd.DataFrame(list(h["by_bloc"].items()),
                                    columns=["Attacker bloc", "Incidents"]), hide_index=True)
        right.dataframe(pd.DataFrame(h["top_sites"], columns=["Most targeted sites", "Incidents"]),
                        hide_index=True)
    with_charts = st.toggle("Include the map, timeline and actor matrix as images", value=True,
                            key="brief_charts")
    store = ui.get_store()
    st.download_button(
        "Download briefing PDF", type="primary", on_click="ignore", key="brief_pdf",
        # built only when clicked: the chart images need the kaleido browser (seconds)
        data=lambda: brief.briefing_pdf(store, filters, with_charts=with_charts),
        file_name="briefing.pdf", mime="application/pdf",
        help="Title page, headline figures, map, timeline, actor matrix and every "
             "incident with its sources and Arabic evidence.")
    st.subheader("Data for these filters")
    ui.data_downloads(filters)
