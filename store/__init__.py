"""The incident store: the only code that writes the DuckDB file (schema, ingest, merge, review, export)."""
