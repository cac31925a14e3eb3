"""Incidents: a sortable, searchable table; pick a row to open its card."""
import streamlit as st

from widgets import ui

COLUMNS = ["event_date", "actor1", "actor2", "sub_event_type", "site", "admin1", "fatalities",
           "injured", "n_sources", "confidence", "review_status", "summary", "incident_id"]
LIMIT = 5000

st.title("Incidents")
filters = ui.current_filters()
if ui.has_data():
    search = st.text_input("Search (actor, place in English or Arabic, summary, id)",
                           key="inc_search")
    table = ui.load("incidents", filters, limit=LIMIT, search=search or None)
    if table.empty:
        ui.no_match(filters)
    else:
        st.caption(f"{len(table):,} incident(s), newest first"
                   + (f" (first {LIMIT:,} shown)" if len(table) == LIMIT else "")
                   + ". Click a column to sort; select a row to open its card.")
        event = st.dataframe(table[COLUMNS], hide_index=True, width="stretch",
                             on_select="rerun", selection_mode="single-row", key="inc_table",
                             column_config={"event_date": st.column_config.DateColumn(
                                 "date", format="YYYY-MM-DD")})
        rows = event.selection.rows
        chosen = table["incident_id"].iloc[rows[0]] if rows else st.query_params.get("incident")
        if rows:
            st.query_params["incident"] = chosen  # a link reopens the card
        inc = ui.load("incident", chosen) if chosen else None
        if inc:
            st.divider()
            ui.incident_card(inc)
        ui.data_downloads(filters)
