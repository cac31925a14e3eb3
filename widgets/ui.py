"""What every Streamlit page shares: the store, cached loaders, the sidebar
filters (mirrored in the URL), empty-state messages and the evidence view.

Pages only render: numbers come from dashboard.query through `load()`,
which caches on (db path, db mtime, query, filters), so a reload after an
ingest or a review sees the new data and an unchanged view costs nothing.
"""
from __future__ import annotations

import json
import re
from datetime import date
from html import escape

import streamlit as st

from store.filters import Filters

from . import downloads
from .data import PROJECT_ROOT, get_store, load  # noqa: F401  (pages call ui.load, ui.get_store)

SEL_KEYS = ("incident_ids", "actor1", "actor2")  # set by clicking charts, not sidebar widgets
LIST_WIDGETS = {  # Filters field -> sidebar label
    "actors": "Actor (either side)", "blocs": "Bloc (either side)", "sites": "Site / place",
    "admin1": "Governorate", "event_types": "Event type", "sub_event_types": "Sub-event type",
    "weapons": "Weapon", "outlets": "Outlet",
}
LOAD_HINT = ("The incident database is empty. Load the seed articles with `make demo` "
             "(or `make ingest-seeds`), or upload articles on the **Sources** page.")


# ---- sidebar filters <-> URL -------------------------------------------------

def _seed_from_url() -> None:
    """Widgets without state (a new session, or a page switch that dropped
    them) start from the URL, which always mirrors the last filters."""
    f = Filters.from_query_params(st.query_params)
    start = {"f_since": f.since, "f_until": f.until,
             "f_min_confidence": float(f.min_confidence), "f_reviewed_only": f.reviewed_only,
             "f_include_rejected": f.include_rejected,
             **{f"f_{k}": list(getattr(f, k)) for k in LIST_WIDGETS},
             **{f"sel_{k}": getattr(f, k) for k in SEL_KEYS}}
    for key, value in start.items():
        if key not in st.session_state:
            st.session_state[key] = value


PAGE_CONFIG = {"page_title": "Conflict incidents", "layout": "wide"}


def ensure_navigation() -> None:
    """Call first in every page. Because the page files live in pages/,
    Streamlit runs a page URL (e.g. /map) opened before app.py has run in
    this process, and every AppTest run, with its old pages-folder mode,
    which skips app.py. Then render the shared sidebar here, and switch the
    process to app.py's st.navigation for the next run (no st.rerun(): it
    would drop the click that started this run)."""
    if st.session_state.pop("_app_ran", False):
        return
    from streamlit.runtime.pages_manager import PagesManager
    PagesManager.uses_pages_directory = False
    st.set_page_config(**PAGE_CONFIG)
    sidebar_filters()
    st.session_state.pop("_app_ran", None)


def current_filters() -> Filters:
    s = st.session_state
    return Filters(
        since=s.get("f_since"), until=s.get("f_until"),
        min_confidence=float(s.get("f_min_confidence") or 0.0),
        reviewed_only=bool(s.get("f_reviewed_only")),
        include_rejected=bool(s.get("f_include_rejected")),
        **{k: tuple(s.get(f"f_{k}") or ()) for k in LIST_WIDGETS},
        **{k: s.get(f"sel_{k}") or (() if k == "incident_ids" else None) for k in SEL_KEYS})


def set_selection(**values) -> None:
    """Record a chart selection (incident_ids, actor1, actor2) and redraw."""
    for k, v in values.items():
        st.session_state[f"sel_{k}"] = v


def _sync_url(filters: Filters) -> None:
    keep = {k: st.query_params.get_all(k) for k in st.query_params
            if k not in Filters.__dataclass_fields__}
    wanted = {**{k: v if len(v) > 1 else v[0] for k, v in keep.items()},
              **filters.to_query_params()}
    now = {k: st.query_params.get_all(k) for k in st.query_params}
    norm = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if norm != now:
        st.query_params.from_dict(wanted)


def sidebar_filters() -> Filters:
    """Render the shared filters; return the Filters they describe."""
    st.session_state["_app_ran"] = True  # see ensure_navigation()
    _seed_from_url()
    opts = load("filter_options")
    with st.sidebar:
        st.header("Filters")
        c1, c2 = st.columns(2)
        c1.date_input("From", key="f_since", min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))
        c2.date_input("To", key="f_until", min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))
        if opts.get("date_min"):
            st.caption(f"Data span {opts['date_min']} to {opts['date_max']}; "
                       "a date limit leaves out undated incidents.")
        for field, label in LIST_WIDGETS.items():
            chosen = st.session_state.get(f"f_{field}") or []
            options = list(dict.fromkeys(list(opts.get(field, [])) + list(chosen)))
            st.multiselect(label, options, key=f"f_{field}")
        st.slider("Minimum confidence", 0.0, 1.0, step=0.05, key="f_min_confidence")
        st.checkbox("Reviewed only (confirmed or corrected)", key="f_reviewed_only")
        st.checkbox("Include rejected incidents", key="f_include_rejected")
        filters = current_filters()
        if filters.incident_ids or filters.actor1 or filters.actor2:
            st.info(f"Chart selection: {escape_md(filters.describe())}")
            st.button("Clear chart selection", on_click=set_selection,
                      kwargs={"incident_ids": (), "actor1": None, "actor2": None})
    _sync_url(filters)
    return filters


# ---- page helpers ------------------------------------------------------------

def escape_md(text) -> str:
    """Untrusted text for st.markdown: HTML-escaped and Markdown-inert."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|>~<$])", r"\\\1", str(text))


def has_data() -> bool:
    """False (and the how-to-load message shown) when the database is empty."""
    if load("headline", Filters(include_rejected=True))["incidents"]:
        return True
    st.info(LOAD_HINT)
    return False


def open_page(title: str) -> Filters | None:
    """The opening every chart page shares: navigation, title, the filters,
    then the how-to-load message on an empty store or the no-match message,
    else the headline metrics. Returns the filters, or None when there is
    nothing to draw."""
    ensure_navigation()
    st.title(title)
    filters = current_filters()
    if not has_data():
        return None
    h = load("headline", filters)
    if not h["incidents"]:
        no_match(filters)
        return None
    headline_metrics(h)
    return filters


def no_match(filters: Filters) -> None:
    st.warning(f"No incidents match the filters ({escape_md(filters.describe())}). "
               "Widen the filters in the sidebar.")


def headline_metrics(h: dict) -> None:
    cols = st.columns(5)
    cols[0].metric("Incidents", f"{h['incidents']:,}")
    cols[1].metric("Killed", f"{h['fatalities']:,}")
    cols[2].metric("Injured", f"{h['injured']:,}")
    cols[3].metric("Source articles", f"{h['sources']:,}")
    cols[4].metric("Undated", f"{h['undated']:,}")


def chart(fig, name: str, filters: Filters, **kwargs):
    """st.plotly_chart plus the download buttons (widgets/downloads.py)."""
    event = st.plotly_chart(fig, width="stretch", **kwargs)
    downloads.chart_downloads(fig, name, filters)
    return event


def data_downloads(filters: Filters) -> None:
    downloads.data_downloads(get_store(), filters)


# ---- evidence ------------------------------------------------------------------

ARABIC = "\u0621-\u064A"
HIGHLIGHT_CLASSES = {"actor": "#cfe3ff", "place": "#fff2a8", "weapon": "#ffd0c9", "date": "#d4f5d0"}
DATE_WORDS = ("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
              "الجمعة", "أمس", "اليوم", "فجر", "مساء", "صباح")


def highlight_evidence(text: str, terms: dict[str, list[str]]) -> str:
    """HTML for an evidence sentence, RTL, with the terms marked by kind.
    The text is html.escape()d FIRST; highlighting then wraps escaped
    substrings, so nothing in the article can become markup."""
    safe = escape(text or "")
    spans = {}
    for kind, words in terms.items():
        for w in words:
            if w and len(w.strip()) > 1:
                spans.setdefault(escape(w.strip()), kind)
    if spans:
        # whole words only, after at most three clitic letters (و ف ب ل ك): "فجر"
        # (dawn) must not light up inside "انفجرت" (exploded)
        terms = "|".join(re.escape(w) for w in sorted(spans, key=len, reverse=True))
        pattern = f"(?<![{ARABIC}])([وفبلك]{{0,3}})({terms})(?![{ARABIC}])"
        safe = re.sub(pattern, lambda m: (
            f'{m.group(1)}<mark class="ev-{spans[m.group(2)]}" style="background:'
            f'{HIGHLIGHT_CLASSES[spans[m.group(2)]]}">{m.group(2)}</mark>'), safe)
    return f'<div dir="rtl" lang="ar" style="text-align:right;line-height:1.9">{safe}</div>'


def evidence_list(value) -> list[dict]:
    """The reports_view evidence column: a JSON string or an already-parsed list."""
    if value is None:
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [{"text": value, "start": None, "end": None}]
    return [e for e in value if isinstance(e, dict) and e.get("text")]


@st.cache_resource(show_spinner=False)
def _surfaces(name: str) -> dict[str, list[str]]:
    """value -> Arabic surface forms, from data/lexicons/<name>.csv."""
    import csv
    out: dict[str, list[str]] = {}
    try:
        with open(PROJECT_ROOT / "data" / "lexicons" / f"{name}.csv", encoding="utf-8") as fh:
            for row in csv.reader(fh):
                if len(row) >= 2 and row[0] and not row[0].startswith("#"):
                    out.setdefault(row[1], []).append(row[0])
    except OSError:  # lexicons missing: highlight places and dates only
        pass
    return out


def terms_for(report: dict) -> dict[str, list[str]]:
    """The words of one report to highlight: its actors, place, weapons, dates."""
    def with_bare(forms):  # also match after a clitic: للقوات / بالصواريخ
        return [x for f in forms for x in (f, f[2:] if f.startswith("ال") and len(f) > 4 else f)]
    actors, weapons = _surfaces("actors"), _surfaces("weapons")
    weap = report.get("weapons")
    weap = list(weap) if weap is not None and not isinstance(weap, str) else []
    return {
        "actor": with_bare(actors.get(report.get("actor1") or "", []) +
                           actors.get(report.get("actor2") or "", [])),
        "place": [report.get("site_ar") or ""],
        "weapon": with_bare([s for w in weap for s in weapons.get(w, [])]),
        "date": list(DATE_WORDS),
    }


# ---- the incident card -------------------------------------------------------------

def _link(url, text) -> str:
    """An <a> for an article URL; anything but http(s) is shown as text."""
    label = escape(str(text or url or "article"))
    if isinstance(url, str) and re.match(r"https?://", url):
        return f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener">{label}</a>'
    return label


def _day(v) -> str:
    import pandas as pd
    return "undated" if v is None or pd.isna(v) else pd.Timestamp(v).strftime("%Y-%m-%d")


def incident_card(inc: dict) -> None:
    """Summary, every source with its highlighted Arabic evidence, review actions."""
    iid = inc["incident_id"]
    st.subheader(escape_md(inc.get("summary") or iid))
    place = (f"{escape(str(inc.get('site') or 'unknown place'))} · <span dir=\"rtl\" lang=\"ar\">"
             f"{escape(str(inc.get('site_ar') or ''))}</span>")
    killed = "—" if inc.get("fatalities") is None else inc["fatalities"]
    st.markdown(
        f"**Date** {_day(inc.get('event_date'))} ({escape(str(inc.get('date_precision')))}) · "
        f"**Type** {escape(str(inc.get('sub_event_type')))} · **Place** {place}, "
        f"{escape(str(inc.get('admin1') or ''))} · **Killed** {killed} · "
        f"**Confidence** {float(inc.get('confidence') or 0):.2f} · "
        f"**Review** {escape(str(inc.get('review_status')))} · `{escape(iid)}`",
        unsafe_allow_html=True)
    reps = load("reports", iid)
    st.markdown(f"#### Sources ({len(reps)})")
    for r in reps.to_dict("records"):
        st.markdown(f"**{escape(str(r.get('outlet') or 'unknown outlet'))}** · "
                    f"{_day(r.get('published'))} · {_link(r.get('url'), r.get('title'))}",
                    unsafe_allow_html=True)
        for ev in evidence_list(r.get("evidence")):
            st.markdown(highlight_evidence(ev["text"], terms_for(r)), unsafe_allow_html=True)
    review_form(iid, list(reps["report_id"]) if "report_id" in reps else [])


def review_form(incident_id: str, report_ids: list[str]) -> None:
    try:
        from store.review import CORRECTABLE
        fields = list(CORRECTABLE)
    except ImportError:
        fields = ["actor1", "actor2", "site", "event_date", "fatalities", "injured"]
    with st.form(f"review_{incident_id}"):
        st.markdown("#### Review")
        a, b = st.columns(2)
        who = a.text_input("Your name")
        why = b.text_input("Reason")
        action = st.radio("Action", ["confirm", "reject", "correct", "split"], horizontal=True)
        c, d = st.columns(2)
        field = c.selectbox("Field to correct", fields)
        value = d.text_input("Corrected value")
        split_ids = st.multiselect("Reports to split off into a new incident", report_ids)
        if not st.form_submit_button("Apply"):
            return
    try:
        store = get_store()
        if action == "split":
            new = store.split(incident_id, split_ids, who=who, why=why)
            st.success(f"Split into {', '.join(map(str, new))}.")
        else:
            store.review(incident_id, action, field=field if action == "correct" else None,
                         value=value if action == "correct" else None, who=who, why=why)
            st.success(f"{action.capitalize()} recorded for {incident_id}.")
    except Exception as e:  # a bad value or a busy store: say why, keep the page
        st.error(f"Review not applied: {e}")
