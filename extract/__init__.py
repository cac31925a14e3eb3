"""Arabic news text in, incident records (../shared/ONTOLOGY.md) out.

Pure: no Streamlit, no database, no global state. Heavy resources (the
gazetteer, the lexicons) are passed into the Extractor's constructor, with
defaults loaded by name from data/.
"""
from .record import Article, Evidence, Extraction, Incident, Location

__all__ = ["Article", "Evidence", "Extraction", "Incident", "Location"]
