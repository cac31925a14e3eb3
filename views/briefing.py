"""Briefing: the headline figures for the sidebar's filters and the PDF pack."""
import pandas as pd
import streamlit as st

from dashboard import brief
from widgets import ui

st.title("Briefing pack")
filters = ui.current_filters()  # the sidebar (app.py) has read the URL's filters
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
    # built on a click, with its failure shown: a download_button whose data
    # callable raises gives no file and no message (MediaFileStorageError)
    key = ("brief", filters, with_charts)
    if st.button("Build briefing PDF", type="primary",
                 help="Title page, headline figures, map, timeline, actor matrix and the "
                      "most recent incidents with their sources and Arabic evidence."):
        try:
            with st.spinner("Building the briefing…"):
                pdf = brief.briefing_pdf(ui.get_store(), filters, with_charts=with_charts)
            st.session_state["brief_pdf_bytes"] = (key, pdf)
        except Exception as exc:  # any failure: say why on the page, keep the page
            st.session_state.pop("brief_pdf_bytes", None)
            st.error(ui.escape_md(f"The briefing could not be built: {type(exc).__name__}: {exc}"
                                  .splitlines()[0]))
    built = st.session_state.get("brief_pdf_bytes")
    if built and built[0] == key:
        st.download_button("Download briefing PDF", data=built[1], file_name="briefing.pdf",
                           mime="application/pdf", on_click="ignore", key="brief_pdf")
    st.subheader("Data for these filters")
    ui.data_downloads(filters)
