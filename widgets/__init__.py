"""Streamlit-only widgets the pages share: the sidebar filters, cached loads, download buttons."""
