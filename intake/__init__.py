"""News intake: sources a user names (feeds, sitemaps, sites, URL lists) fetched
like a good citizen, raw pages kept on disk, articles handed to the store.

    sources.py    the sources file (sources.toml)
    fetcher.py    HTTP: robots.txt, per-host rate limit, retries, conditional GET, caps
    rawstore.py   raw pages content-addressed and gzipped, plus the fetch journal (SQLite)
    discover.py   feed / sitemap / site -> entries (URL, title, date)
    pages.py      a raw page -> an Article (charset, trafilatura, metadata)
    run.py        fetch once, watch forever; ingests as it goes, resumable after a kill
    archives.py   .zip / .jsonl.gz archives for `ingest`
    progress.py   totals and time left, on a terminal or in a log
    parallel.py   run/ingest over a Dask cluster (map over article partitions)

It sits beside extract/ and below store/'s callers: it imports extract/ and
store/ only (cli/ and pages/ call it).
"""
