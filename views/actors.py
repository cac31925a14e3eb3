"""Actors: who attacked whom (click a cell to filter), most active and most targeted."""
import html

import streamlit as st

from widgets import charts, ui

filters = ui.open_page("Actors")
if filters is not None:
    level = st.radio("Level", ["actor", "bloc"], horizontal=True, key="actor_level")
    matrix, attackers, targets = charts.actor_charts(filters, level)
    event = ui.chart(matrix, "actor-matrix", filters,
                     key=f"matrix_{level}", on_select="rerun", selection_mode="points")
    # the figure's labels are HTML-escaped (figures.matrix_figure)
    cells = [(html.unescape(str(p.get("y"))), html.unescape(str(p.get("x"))))
             for p in event.selection.points]
    if cells and level == "actor" and cells[0] != st.session_state.get("_cell_seen"):
        st.session_state["_cell_seen"] = cells[0]
        ui.set_selection(actor1=cells[0][0], actor2=cells[0][1])
        st.rerun()
    st.caption("Rows attack columns. Click a cell (actor level) to filter every page "
               "to that attacker and target; clear it in the sidebar.")
    left, right = st.columns(2)
    with left:
        ui.chart(attackers, "top-attackers", filters)
    with right:
        ui.chart(targets, "top-targets", filters)
    ui.data_downloads(filters)
