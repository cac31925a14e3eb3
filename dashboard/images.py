"""Chart -> PNG / SVG / PDF bytes via kaleido driving the system Chromium.

kaleido 1.x renders plotly figures in a headless Chromium that it drives
through choreographer. Two things matter here:

- The browser is the SYSTEM one (BROWSER_PATH, else /usr/bin/chromium, else
  `chromium` on PATH), passed explicitly as `path=`; we never call
  kaleido.get_chrome(), so nothing is ever downloaded. MathJax is disabled
  (its default is a CDN URL) and plotly.js comes from the installed plotly.py.
- Starting Chromium costs ~2-3 s; one render costs ~0.2-0.4 s. One browser is
  therefore kept alive per process (ChartRenderer) and reused by every export.

When no browser can be found or started, ChartExportUnavailable (a
RuntimeError with a one-line, actionable message) is raised; callers show it
(st.warning in the dashboard, a note in the briefing PDF, a line on stderr).
"""
from __future__ import annotations

import asyncio
import atexit
import copy
import os
import shutil
import threading
from datetime import date
from pathlib import Path

import plotly.graph_objects as go

from extract.errors import InputError, ResourceError
from store.filters import Filters

from .static_map import has_map, static_map

FORMATS = ("png", "svg", "pdf")
MIME_TYPES = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
PRESENTATION = {"width": 1600, "height": 900}  # 16:9 slide size in px
PNG_SCALE = 2  # retina-sharp PNG: 3200x1800 actual pixels
DEFAULT_BROWSER = "/usr/bin/chromium"
RENDER_TIMEOUT_S = 60.0  # one render; generous for a cold 2-core CI machine
START_TIMEOUT_S = 60.0


class ChartExportUnavailable(ResourceError):
    """No usable browser for kaleido: charts cannot be exported as images."""


def browser_path() -> str:
    """The Chromium kaleido should drive, or ChartExportUnavailable."""
    configured = os.environ.get("BROWSER_PATH")
    candidates = [configured] if configured else [
        DEFAULT_BROWSER, shutil.which("chromium"), shutil.which("chromium-browser")]
    for path in candidates:
        if path and Path(path).is_file() and os.access(path, os.X_OK):
            return path
    where = f"BROWSER_PATH={configured}" if configured else DEFAULT_BROWSER
    raise ChartExportUnavailable(
        f"Chart image export needs Chromium, but none was found at {where}; "
        "install it (apt-get install chromium) or set BROWSER_PATH to a Chromium binary.")


class ChartRenderer:
    """One long-lived kaleido browser, used from any thread.

    kaleido's own start_sync_server() blocks forever if the browser fails to
    start (its worker thread dies and the caller waits on a queue), so this
    class runs kaleido on a private event loop thread and waits on futures
    with timeouts instead.
    """

    def __init__(self, path: str | None = None):
        self.path = path or browser_path()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever,
                                        name="kaleido-loop", daemon=True)
        self._thread.start()
        self._kaleido = None
        try:
            self._kaleido = self._call(self._open(), START_TIMEOUT_S)
        except BaseException as exc:
            self._stop_loop()
            raise ChartExportUnavailable(
                f"Could not start Chromium at {self.path} for chart export: "
                f"{type(exc).__name__}: {exc}".strip()) from exc

    async def _open(self):
        import kaleido  # imported late: importing it is not free
        k = kaleido.Kaleido(path=self.path, mathjax=False, n=1,
                            timeout=RENDER_TIMEOUT_S)
        await k.open()
        return k

    def _call(self, coro, timeout: float):
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def render(self, fig: go.Figure, fmt: str, width: int, height: int,
               scale: float) -> bytes:
        if self._kaleido is None:
            raise ChartExportUnavailable("The chart export browser has been closed.")
        opts = {"format": fmt, "width": width, "height": height, "scale": scale}
        try:
            return self._call(self._kaleido.calc_fig(fig, opts=opts),
                              RENDER_TIMEOUT_S + 5)
        except Exception as exc:
            raise ChartExportUnavailable(
                f"Chart export failed in Chromium: {type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        if self._kaleido is not None:
            try:
                self._call(self._kaleido.close(), 20)
            except Exception:  # closing a dead browser: nothing left to do
                pass
            self._kaleido = None
        self._stop_loop()

    def _stop_loop(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)


_renderer: ChartRenderer | None = None
_renderer_lock = threading.Lock()


def renderer() -> ChartRenderer:
    """The process-wide renderer, started on first use."""
    global _renderer
    with _renderer_lock:
        if _renderer is None:
            _renderer = ChartRenderer()
            atexit.register(shutdown)
        return _renderer


def shutdown() -> None:
    """Close the process-wide browser (tests, atexit)."""
    global _renderer
    with _renderer_lock:
        if _renderer is not None:
            _renderer.close()
            _renderer = None


def subtitle(filters: Filters | None, date_range) -> str:
    """'Filters: ...  ·  Data: 2021-06-28 to 2023-03-25' for a chart subtitle."""
    parts = [f"Filters: {(filters or Filters()).describe()}"]
    if date_range is not None:  # None: the caller does not know the range
        lo, hi = (tuple(date_range) + (None, None))[:2]
        parts.append(f"Data: {_day(lo)} to {_day(hi)}" if lo or hi
                     else "Data: no dated incidents")
    return "  ·  ".join(parts)


def _day(value) -> str:
    if value is None:
        return "…"
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value)[:10]


def presentation_figure(fig: go.Figure, *, title: str, filters: Filters | None,
                        date_range) -> go.Figure:
    """A copy of fig with the title, the filters and the data range on top."""
    out = go.Figure(copy.deepcopy(fig.to_dict()))
    margin_top = max(out.layout.margin.t or 0, 110)
    out.update_layout(
        title={"text": title, "x": 0.02, "xanchor": "left", "font": {"size": 26},
               "subtitle": {"text": subtitle(filters, date_range),
                            "font": {"size": 15, "color": "#555"}}},
        margin={"t": margin_top},
    )
    if not out.layout.font.size:  # plotly's 12 px is unreadable on a slide
        out.update_layout(font={"size": 16})
    return out


def chart_bytes(fig: go.Figure, fmt: str, *, title: str, filters: Filters | None = None,
                date_range=None, width: int = PRESENTATION["width"],
                height: int = PRESENTATION["height"], scale: float | None = None) -> bytes:
    """The figure as PNG, SVG or PDF bytes at presentation size.

    Raises InputError (a ValueError) for an unknown format and ChartExportUnavailable when
    no browser can render it.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise InputError(f"unknown chart format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if scale is None:
        scale = PNG_SCALE if fmt == "png" else 1
    if has_map(fig):  # MapLibre renders slowly headless: export the vector redraw
        fig = static_map(fig)
    styled = presentation_figure(fig, title=title, filters=filters, date_range=date_range)
    return renderer().render(styled, fmt, width, height, scale)
