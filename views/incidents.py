"""Incidents: a searchable, sortable table with human headers, a column
picker, pages, and a review queue (lowest confidence first); pick a row to
open its card."""
import pandas as pd
import streamlit as st

from widgets import ui

HEADERS = {  # column -> header, in the table's order
    "event_date": "Date", "actor1": "Attacker", "actor2": "Target", "bloc1": "Attacker bloc",
    "bloc2": "Target bloc", "sub_event_type": "Type", "site": "Place", "admin1": "Governorate",
    "country": "Country", "fatalities": "Killed", "injured": "Injured", "weapons": "Weapons",
    "n_sources": "Sources", "outlets": "Outlets", "confidence": "Confidence",
    "review_status": "Review", "summary": "Summary", "incident_id": "Incident id",
}
DEFAULT = ["event_date", "actor1", "actor2", "sub_event_type", "site", "admin1", "fatalities",
           "injured", "n_sources", "confidence", "review_status", "summary"]
PAGE_ROWS = 500
ORDERS = {"newest": "Newest first", "review": "Review queue: unreviewed, lowest confidence first"}


def display(table: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """What the grid shows: empty text cells empty (not "None"), lists joined,
    counts as whole numbers that may be missing."""
    out = table[columns].copy()
    for col in columns:
        if col in ("fatalities", "injured", "n_sources"):
            out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
        elif col in ("weapons", "outlets"):
            out[col] = out[col].map(lambda v: ", ".join(v) if v is not None and len(v) else "")
        elif col not in ("event_date", "confidence"):
            out[col] = out[col].astype(object).where(out[col].notna(), "").astype(str)
    return out


st.title("Incidents")
filters = ui.current_filters()
if ui.has_data():
    top = st.columns([3, 2])
    search = top[0].text_input("Search (actor, place in English or Arabic, summary, id)",
                               key="inc_search") or None
    order = top[1].radio("Order", list(ORDERS), format_func=ORDERS.get, key="inc_order")
    columns = st.multiselect("Columns", list(HEADERS), default=DEFAULT, key="inc_columns",
                             format_func=HEADERS.get) or DEFAULT
    total = ui.load("count", filters, search=search, order=order)
    pages = max(1, -(-total // PAGE_ROWS))
    page = 1
    if pages > 1:
        page = int(st.number_input(f"Page (of {pages}, {PAGE_ROWS} rows each)", 1, pages, 1,
                                   key="inc_page"))
    table = ui.load("incidents", filters, limit=PAGE_ROWS, search=search, order=order,
                    offset=(page - 1) * PAGE_ROWS)
    if table.empty:
        ui.no_match(filters)
    else:
        st.caption(f"{total:,} incident(s); rows {(page - 1) * PAGE_ROWS + 1:,}-"
                   f"{(page - 1) * PAGE_ROWS + len(table):,}. Click a header to sort this page; "
                   "select a row to open its card.")
        config = {c: h for c, h in HEADERS.items()}
        config["event_date"] = st.column_config.DateColumn("Date", format="YYYY-MM-DD")
        config["confidence"] = st.column_config.ProgressColumn(
            "Confidence", min_value=0.0, max_value=1.0, format="%.2f")
        config["summary"] = st.column_config.TextColumn("Summary", width="large")
        event = st.dataframe(display(table, columns), hide_index=True, width="stretch",
                             height=640, on_select="rerun", selection_mode="single-row",
                             key="inc_table", column_config=config)
        rows = event.selection.rows
        chosen = table["incident_id"].iloc[rows[0]] if rows else st.query_params.get("incident")
        if rows:
            st.query_params["incident"] = chosen  # a link reopens the card
        inc = ui.load("incident", chosen) if chosen else None
        if inc:
            st.divider()
            ui.incident_card(inc)
        ui.data_downloads(filters)
