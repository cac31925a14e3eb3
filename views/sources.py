"""Sources: upload or paste articles, extract with a progress bar, review, store."""
import hashlib

import pandas as pd
import streamlit as st

from extract.errors import IncidentsError
from extract.readers import read_upload
from extract.record import Article
from widgets import ui


@st.cache_resource(show_spinner="Loading the extractor…")
def extractor():
    from extract.pipeline import Extractor
    return Extractor()


class Replay:
    """Hands the store the extractions already previewed (no second run)."""
    def __init__(self, done: dict):
        self.done = done

    def extract(self, article):
        return self.done.get(article.article_id) or extractor().extract(article)


st.title("Sources")
st.caption("Upload .txt, .html, .jsonl or .zip articles, or paste one; nothing is stored until you say so.")
files = st.file_uploader("Articles", type=["txt", "html", "htm", "jsonl", "zip"], accept_multiple_files=True)
pasted = st.text_area("…or paste an article's text", height=140)
title = st.text_input("Title of the pasted article")
c_date, c_outlet, c_url = st.columns([1, 1, 2])
pasted_date = c_date.date_input("Published", value=None, format="YYYY-MM-DD")
pasted_outlet = c_outlet.text_input("Outlet")
pasted_url = c_url.text_input("URL")
if st.button("Extract incidents", type="primary"):
    items = [it for f in files or [] for it in read_upload(f.name, f.getvalue())]
    if pasted.strip():
        aid = "paste-" + hashlib.sha1(pasted.encode()).hexdigest()[:12]
        items.append(Article(article_id=aid, text=pasted, title=title or None,
                             published=pasted_date.isoformat() if pasted_date else None,
                             outlet=pasted_outlet.strip() or None, url=pasted_url.strip() or None))
    bar, done = st.progress(0.0, text="Extracting…"), {}
    articles = [it for it in items if isinstance(it, Article)]
    for k, art in enumerate(articles, 1):
        done[art.article_id] = extractor().extract(art)
        bar.progress(k / len(articles), text=f"Extracted {k} of {len(articles)}")
    st.session_state["src_items"], st.session_state["src_done"] = items, done
items, done = st.session_state.get("src_items", []), st.session_state.get("src_done", {})
for problem in (it for it in items if not isinstance(it, Article)):
    st.warning(ui.escape_md(str(problem)))
if done:
    rows = [{"article": aid, "incident": i.incident_id, "date": i.event_date, "attacker": i.actor1,
             "target": i.actor2, "type": i.sub_event_type,
             "place": i.location.name if i.location else None}
            for aid, ex in done.items() for i in ex.incidents]
    st.write(f"{len(done)} article(s) read, {len(rows)} incident(s) found.")
    st.dataframe(pd.DataFrame(rows), hide_index=True)
    if st.button("Store these articles"):
        bar = st.progress(0.0, text="Storing…")
        try:
            summary = ui.get_store().ingest(
                items, progress=lambda n, total, label: bar.progress(min(n / (total or n or 1), 1.0),
                                                                     text=f"Stored {n}"),
                extractor=Replay(done))
        except IncidentsError as e:  # e.g. another ingest holds the database: say so, keep the preview
            st.error(f"Not stored: {e}")
        else:
            st.success(f"Stored: {summary.articles_new} new, {summary.articles_changed} changed, "
                       f"{summary.articles_unchanged} unchanged article(s); {summary.incidents} report(s).")
            st.session_state.pop("src_done")

# News sources followed by `incidents fetch` / `watch` (sources.toml): last fetch, new
# articles, incidents and errors, from the fetch journal beside the database.
from intake.run import default_raw_dir  # noqa: E402
from intake.status import recent_errors, source_table  # noqa: E402

st.subheader("News sources")
with st.expander("Edit sources.toml (feeds, sitemaps, sites; nothing is contacted unless enabled)"):
    from intake.sources import load_sources, save_sources, sources_rows  # noqa: E402
    try:
        listed, _ = load_sources()
    except IncidentsError as e:
        listed = []
        st.error(str(e))
    edited = st.data_editor(pd.DataFrame(sources_rows(listed), columns=[
        "name", "outlet", "url", "kind", "language", "every", "enabled"]), num_rows="dynamic",
        hide_index=True, key="sources_editor")
    if st.button("Save sources"):
        try:
            saved, _ = save_sources(edited.to_dict("records"))
        except IncidentsError as e:  # a bad row: one line, the file is left as it was
            st.error(f"Not saved: {e}")
        else:
            st.success(f"Saved {len(saved)} source(s), {sum(s.enabled for s in saved)} enabled.")
feeds = source_table(default_raw_dir(ui.get_store().path))
if feeds.empty:
    st.caption("No source fetched yet: enable one in sources.toml, then run "
               "`incidents fetch` or `incidents watch --every 15m`.")
else:
    st.dataframe(feeds, hide_index=True)
    errors = recent_errors(default_raw_dir(ui.get_store().path))
    if not errors.empty:
        with st.expander(f"Latest fetch errors ({len(errors)})"):
            st.dataframe(errors, hide_index=True)
