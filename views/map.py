"""Map: every incident at its place; click or lasso markers to filter the other views."""
import streamlit as st

from dashboard import figures, static_map
from widgets import charts, ui

filters = ui.open_page("Incident map")
if filters is not None:
    left, right = st.columns(2)
    color_by = left.radio("Colour by", ["bloc1", "actor1", "event_type"], horizontal=True,
                          format_func=figures.COLOR_LABELS.get, key="map_color")
    tiles = right.radio("Basemap", ["offline", "osm"], horizontal=True, key="map_tiles",
                        format_func={"offline": "Offline outlines",
                                     "osm": "OpenStreetMap tiles (online)"}.get)
    points, fig = charts.map_chart(filters, color_by, tiles)
    event = ui.chart(fig, "map", filters, key="map_chart", on_select="rerun",
                     selection_mode=("points", "box", "lasso"))
    if tiles == "offline":  # more town names as the user zooms in (static_map.CITY_ZOOM_SCRIPT)
        st.html(static_map.city_zoom_html(), unsafe_allow_javascript=True)
    picked = tuple(tuple(p["customdata"]) for p in event.selection.points
                   if p.get("customdata"))
    # act on a new selection only: a cleared filter must not be re-applied
    # from the chart's remembered selection
    if picked and picked != st.session_state.get("_map_seen"):
        st.session_state["_map_seen"] = picked
        ids = ui.load("ids_at_points", filters, points=picked, color_by=color_by)
        ui.set_selection(incident_ids=tuple(ids))
        st.rerun()
    decimals = int(points["decimals"].iloc[0])
    if decimals < 4:  # query.map_points merged nearby places to keep the map light
        st.caption(f"Many places match: {len(points):,} markers show "
                   f"{int(points['incidents'].sum()):,} incidents, each merging the incidents "
                   f"within ~{ {2: '1', 1: '10'}.get(decimals, '100')} km; narrow the filters to see "
                   "each place.")
    unplaced = ui.load("headline", filters)["unplaced"]
    st.caption("Marker size: number of incidents at the place. Shaded areas: the place is "
               "approximate (a ±10 km circle near a town; the governorate, or ±40 km, when "
               f"only that is known). {unplaced} matching incident(s) have no coordinates "
               "and are not drawn.")
    ui.data_downloads(filters)
