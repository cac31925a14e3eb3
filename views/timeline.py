"""Timeline: incidents per day / week / month, stacked; casualties as lines."""
import streamlit as st

from dashboard import figures
from widgets import charts, ui

STACKS = {"bloc1": "attacker bloc", "actor1": "attacker", "event_type": "event type",
          "sub_event_type": "sub-event type"}

filters = ui.open_page("Timeline")
if filters is not None:
    left, right = st.columns(2)
    h = ui.load("headline", filters)
    auto = figures.auto_freq(h["date_min"], h["date_max"])
    freq = left.radio("Period", ["auto", "day", "week", "month"], horizontal=True, key="tl_freq",
                      format_func=lambda f: f"auto ({auto})" if f == "auto" else f)
    freq = auto if freq == "auto" else freq
    stack = right.radio("Stack by", list(STACKS), horizontal=True, key="tl_stack",
                        format_func=STACKS.get)
    chart_col, side = st.columns([5, 1])
    with chart_col:
        ui.chart(charts.timeline_chart(filters, freq, stack, STACKS[stack]), "timeline", filters,
                 key="tl_chart")
    side.metric("Undated incidents", h["undated"],  # headline counts them (query.undated_count)
                help="Incidents whose date the reports do not give; they are counted "
                     "here and in every total, but have no place on a time axis.")
    ui.data_downloads(filters)
