"""What every Streamlit page shares: the store, cached loaders, the sidebar
filters (mirrored in the URL), empty-state messages and the evidence view.

Pages only render: numbers come from dashboard.query through `load()`,
which caches on (db path, db mtime, query, filters), so a reload after an
ingest or a review sees the new data and an unchanged view costs nothing.
"""
from __future__ import annotations

import json
import math
import os
import re
from datetime import date
from html import escape

import streamlit as st

from extract.confidence import DEFAULT_MIN_CONFIDENCE
from extract.errors import IncidentsError
from store.filters import Filters

from . import downloads
from .data import PROJECT_ROOT, db_path, db_version, get_store, load  # noqa: F401  (pages call ui.load, ui.get_store)

SEL_KEYS = ("incident_ids", "actor1", "actor2")  # set by clicking charts, not sidebar widgets
LIST_WIDGETS = {  # Filters field -> sidebar label
    "actors": "Actor (either side)", "blocs": "Bloc (either side)", "sites": "Site / place",
    "admin1": "Governorate", "event_types": "Event type", "sub_event_types": "Sub-event type",
    "weapons": "Weapon", "outlets": "Outlet",
}
LOAD_HINT = ("The incident database is empty. Load the seed articles with `make demo` "
             "(or `make ingest-seeds`), or upload articles on the **Sources** page.")


# ---- sidebar filters <-> URL -------------------------------------------------

PAGE_CONFIG = {"page_title": "Conflict incidents", "layout": "wide"}
# the date widgets' range; a URL date outside it is ignored with a note
DATE_MIN, DATE_MAX = date(1990, 1, 1), date(2100, 1, 1)


def url_notes(f: Filters, params) -> tuple[dict, list[str]]:
    """Widget start values from URL filters, with out-of-range values clamped
    or dropped, and one note per value changed. A URL is untrusted input: a
    value the widgets cannot show would raise a Streamlit error on every page."""
    notes, start = [], {}
    raw_conf = params.get("min_confidence") if "min_confidence" in params else None
    conf = float(f.min_confidence) if raw_conf is not None else DEFAULT_MIN_CONFIDENCE
    if not math.isfinite(conf):
        notes.append(f"min_confidence={raw_conf} is not a number; using {DEFAULT_MIN_CONFIDENCE:g}.")
        conf = DEFAULT_MIN_CONFIDENCE
    elif not 0.0 <= conf <= 1.0:
        clamped = min(max(conf, 0.0), 1.0)
        notes.append(f"min_confidence={raw_conf} is outside 0-1; using {clamped:g}.")
        conf = clamped
    start["f_min_confidence"] = conf
    for name in ("since", "until"):
        day = getattr(f, name)
        if day is not None and not DATE_MIN <= day <= DATE_MAX:
            notes.append(f"{name}={day.isoformat()} is outside {DATE_MIN.year}-{DATE_MAX.year}; ignored.")
            day = None
        elif day is None and params.get(name):
            notes.append(f"{name}={params.get(name)} is not a date (YYYY-MM-DD); ignored.")
        start[f"f_{name}"] = day
    return start, notes


def _seed_from_url() -> None:
    """Widgets without state (a new session, or a page switch that dropped
    them) start from the URL, which always mirrors the last filters."""
    f = Filters.from_query_params(st.query_params)
    checked, notes = url_notes(f, st.query_params)
    start = {**checked, "f_reviewed_only": f.reviewed_only,
             "f_include_rejected": f.include_rejected,
             **{f"f_{k}": list(getattr(f, k)) for k in LIST_WIDGETS},
             **{f"sel_{k}": getattr(f, k) for k in SEL_KEYS}}
    fresh = [key for key in start if key not in st.session_state]
    for key in fresh:
        st.session_state[key] = start[key]
    if fresh and notes:
        st.session_state["_url_notes"] = notes


def current_filters() -> Filters:
    s = st.session_state
    return Filters(
        since=s.get("f_since"), until=s.get("f_until"),
        min_confidence=float(s.get("f_min_confidence", DEFAULT_MIN_CONFIDENCE) or 0.0),
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
    # the default minimum confidence is not 0, so 0 must be written out
    # and the default left out, for a link to reproduce the view
    if filters.min_confidence == DEFAULT_MIN_CONFIDENCE:
        wanted.pop("min_confidence", None)
    elif not filters.min_confidence:
        wanted["min_confidence"] = "0"
    now = {k: st.query_params.get_all(k) for k in st.query_params}
    norm = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if norm != now:
        st.query_params.from_dict(wanted)


def sidebar_filters() -> Filters:
    """Render the shared filters; return the Filters they describe."""
    _seed_from_url()
    opts = load("filter_options")
    with st.sidebar:
        st.header("Filters")
        c1, c2 = st.columns(2)
        c1.date_input("From", key="f_since", min_value=DATE_MIN, max_value=DATE_MAX)
        c2.date_input("To", key="f_until", min_value=DATE_MIN, max_value=DATE_MAX)
        for note in st.session_state.pop("_url_notes", ()):
            st.warning(f"Link filter not applied: {escape_md(note)}")
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
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|>~<$:&=^\"'])", r"\\\1", str(text))


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
    cols = st.columns(6)
    cols[0].metric("Incidents", f"{h['incidents']:,}")
    cols[1].metric("Killed", f"{h['fatalities']:,}")
    cols[2].metric("Injured", f"{h['injured']:,}")
    cols[3].metric("Source articles", f"{h['sources']:,}")
    cols[4].metric("Undated", f"{h['undated']:,}")
    cols[5].metric("Unresolved sides", f"{h.get('unresolved', 0):,}",
                   help="Incidents whose attacker and target are the same side (or both "
                        "unknown): the reports did not let the extractor tell the sides "
                        "apart. They count in every total but not in the actor matrix.")


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


def _named_in(forms, texts) -> bool:
    return any(f and len(f) > 1 and f in t for f in forms for t in texts)


def inferred_marks(inc: dict, reps) -> dict[str, str]:
    """Why a side or the place is marked inferred: what the extractor
    recorded (the record's `inferred`: a field taken from elsewhere in the
    article, a site's usual operator, what was hit), for a field every report
    holding the incident's value inferred. Reports stored before the record
    had `inferred` fall back to what the reader can check: whether any quoted
    sentence names the side (by its lexicon forms) or the place (as written)."""
    records = reps.to_dict("records") if reps is not None and len(reps) else []
    recorded = [r for r in records if isinstance(r.get("inferred"), str)]
    if recorded:
        return _recorded_inferences(inc, recorded)
    texts = [ev["text"] for r in records for ev in evidence_list(r.get("evidence"))]
    if not texts:
        return {}
    actors, out = _surfaces("actors"), {}
    for side, label in (("actor1", "attacker"), ("actor2", "target")):
        name = inc.get(side)
        forms = actors.get(name or "", [])
        bare = [f[2:] for f in forms if f.startswith("ال") and len(f) > 4]
        if name and name not in ("Unknown", "Civilians") and forms and not _named_in(forms + bare, texts):
            out[side] = (f"{label} inferred: no quoted sentence names {name}; "
                         "taken from elsewhere in the article or the site's usual operator")
    site_ar = inc.get("site_ar")
    if site_ar and not _named_in([site_ar], texts):
        out["site"] = "place inferred: the quoted sentences do not name it"
    return out


def _recorded_inferences(inc: dict, records: list[dict]) -> dict[str, str]:
    import json
    out = {}
    for field, column, label in (("actor1", "actor1", "attacker"), ("actor2", "actor2", "target"),
                                 ("place", "site", "place")):
        holding = [r for r in records if r.get(column) == inc.get(column)]
        whys = []
        for r in holding:
            try:
                listed = {i.get("field"): i.get("why") for i in json.loads(r["inferred"]) or []}
            except (ValueError, TypeError, AttributeError):
                listed = {}
            whys.append(listed.get(field))
        if holding and all(whys):
            out["site" if field == "place" else field] = f"{label} inferred: {whys[0]}"
    return out


def _field(label: str, value, note: str | None = None) -> str:
    text = "—" if value is None or value == "" else escape(str(value))
    mark = (f' <span title="{escape(note, quote=True)}" style="color:#a15c00">'
            f'(inferred)</span>') if note else ""
    return f"<b>{escape(label)}</b> {text}{mark}"


def incident_card(inc: dict) -> None:
    """Summary, every source with its highlighted Arabic evidence, review actions.
    Untrusted text goes through st.html (escaped HTML, never Markdown), so
    an outlet or title like "[x](javascript:...) **b** :red[x] $x$" is text."""
    iid = inc["incident_id"]
    reps = load("reports", iid)
    marks = inferred_marks(inc, reps)
    where = ", ".join(x for x in (str(inc.get("site") or ""), str(inc.get("admin1") or "")) if x)
    place = (f"{escape(where or 'unknown place')}"
             + (f' · <span dir="rtl" lang="ar">{escape(str(inc["site_ar"]))}</span>'
                if inc.get("site_ar") else ""))
    killed = inc.get("fatalities")
    parts = [
        _field("Date", f"{_day(inc.get('event_date'))} ({inc.get('date_precision') or 'unknown'})"),
        _field("Attacker", inc.get("actor1") or "Unknown", marks.get("actor1")),
        _field("Target", inc.get("actor2") or "Unknown", marks.get("actor2")),
        _field("Type", inc.get("sub_event_type")),
        f"<b>Place</b> {place}" + (f' <span title="{escape(marks["site"], quote=True)}" '
                                   'style="color:#a15c00">(inferred)</span>' if "site" in marks else ""),
        _field("Killed", "unknown" if killed is None or killed != killed else int(killed)),
        _field("Confidence", f"{float(inc.get('confidence') or 0):.2f}"),
        _field("Review", inc.get("review_status")),
        f"<code>{escape(iid)}</code>",
    ]
    notes = "".join(f"<li>{escape(v)}</li>" for v in marks.values())
    st.html(f"<h3>{escape(str(inc.get('summary') or iid))}</h3><p>{' · '.join(parts)}</p>"
            + (f'<ul style="color:#a15c00;font-size:0.9em">{notes}</ul>' if notes else ""))
    st.html(f"<h4>Sources ({len(reps)})</h4>")
    for r in reps.to_dict("records"):
        evidence = "".join(highlight_evidence(ev["text"], terms_for(r))
                           for ev in evidence_list(r.get("evidence")))
        st.html(f"<p><b>{escape(str(r.get('outlet') or 'unknown outlet'))}</b> · "
                f"{_day(r.get('published'))} · {_link(r.get('url'), r.get('title'))}</p>"
                + evidence)
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
    except IncidentsError as e:  # a bad value, an unknown id, a busy store: say why, keep the page
        st.error(f"Review not applied: {e}")


# ---- following the store while `incidents watch` writes ----------------------

# How often an open page checks whether the database changed (a stat() of the
# file, no query); INCIDENTS_REFRESH_SECONDS overrides it (the tests use 2 s).
REFRESH_SECONDS = float(os.environ.get("INCIDENTS_REFRESH_SECONDS") or 30)


@st.fragment(run_every=REFRESH_SECONDS)
def follow_store() -> None:
    """Rerun the page when the store changes (a `watch` or an ingest wrote), so
    new incidents appear without a reload. Filters and the open card live in
    session state and the URL, so a rerun keeps them. The sidebar says how many
    incidents arrived since this browser session opened the dashboard."""
    path = db_path()
    version = db_version(path)
    seen = st.session_state.setdefault("_db_version", version)
    if not path.exists():
        return
    total = int(load("headline", Filters(min_confidence=0.0))["incidents"])
    first = st.session_state.setdefault("_incidents_at_open", total)
    if total > first:
        st.caption(f"{total - first:,} new incident(s) since you opened the dashboard.")
    if version != seen:
        st.session_state["_db_version"] = version
        st.rerun()
