"""Queries, figures, chart images and the briefing: reads the store, draws; no Streamlit."""
