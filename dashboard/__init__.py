"""The store, query and figure layer: everything between extract/ and the pages."""
