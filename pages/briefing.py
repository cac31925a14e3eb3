"""Briefing: the headline figures for the current filters and the PDF pack."""
import pandas as pd
import streamlit as st

from dashboard import brief, downloads, query
from dashboard.filters import Filters
from dashboard.store import Store


@st.cache_resource
def incident_store() -> Store:
    return Store()  # $INCIDENTS_DB or data/incidents.duckdb


store = incident_store()
filters = Filters.from_query_params(st.query_params)
headline = query.headline(store, filters)

st.title("Briefing pack")
st.caption(f"Filters: {filters.describe()}")
lo, hi = brief.date_range(headline)
st.caption(f"Data range: {lo} to {hi}" if lo or hi else "Data range: no dated incidents")

cols = st.columns(4)
cols[0].metric("Incidents", headline["incidents"],
               help=f"{headline['undated']} of them undated")
cols[1].metric("Killed", headline["fatalities"])
cols[2].metric("Injured", headline["injured"])
cols[3].metric("Source articles", headline["sources"])

if not headline["incidents"]:
    st.info("No incidents match these filters; the PDF will say so.")
else:
    left, right = st.columns(2)
    left.dataframe(pd.DataFrame(list(headline["by_bloc"].items()),
                                columns=["Bloc (attacker)", "Incidents"]), hide_index=True)
    right.dataframe(pd.DataFrame(headline["top_sites"], columns=["Most targeted sites", "Incidents"]),
                    hide_index=True)

with_charts = st.toggle("Include the map, timeline and actor matrix as images", value=True)
st.download_button(
    "Download briefing PDF", type="primary", on_click="ignore",
    # built only when clicked: charts need the kaleido browser (a few seconds)
    data=lambda: brief.briefing_pdf(store, filters, with_charts=with_charts),
    file_name="briefing.pdf", mime="application/pdf")

st.subheader("Data for these filters")
downloads.data_downloads(store, filters, key="briefing")
