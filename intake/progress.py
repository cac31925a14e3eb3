"""Progress with totals and the time left: tqdm on a terminal, otherwise one
plain line every few seconds (a log or a pipe gets no control characters)."""
from __future__ import annotations

import sys
import time


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    def __init__(self, label: str, total: int | None = None, unit: str = "articles",
                 stream=None, every: float = 10.0):
        self.label, self.total, self.unit = label, total, unit
        self.stream = stream or sys.stderr
        self.every, self.done = every, 0
        self.printed: int | None = None  # `done` when a line was last printed
        self.started = self._last = time.monotonic()
        self._bar = None
        if getattr(self.stream, "isatty", lambda: False)():
            from tqdm import tqdm
            self._bar = tqdm(total=total, unit=f" {unit}", desc=label, file=self.stream)

    def set_total(self, total: int | None) -> None:
        self.total = total
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()

    def update(self, done: int, note: str = "") -> None:
        self.done = done
        if self._bar is not None:
            self._bar.n = done
            if note:
                self._bar.set_postfix_str(note[-40:], refresh=False)
            self._bar.refresh()
        elif time.monotonic() - self._last >= self.every:
            self._last = time.monotonic()
            self.printed = done
            print(self.line(), file=self.stream, flush=True)

    def line(self) -> str:
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        if self.total:
            left = (self.total - self.done) / rate if rate > 0 else None
            tail = f", {_clock(left)} left" if left is not None else ""
            return (f"{self.label}: {self.done:,}/{self.total:,} {self.unit} "
                    f"({100 * self.done / self.total:.0f}%), {rate:,.0f}/s{tail}")
        return f"{self.label}: {self.done:,} {self.unit}, {rate:,.0f}/s, {_clock(elapsed)} elapsed"

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self.printed is not None and self.printed != self.done:  # a long run ends with its totals
            print(self.line(), file=self.stream, flush=True)
