"""Fast measuring of shaped (Arabic) text for the briefing's line breaking.

Why this exists: fpdf2's line breaker (fpdf.line_break.MultiLineBreak)
re-measures the whole line after every character it adds, and with text
shaping each measure is one harfbuzz run per fragment of the line so far. A
table cell of L characters therefore costs about L^2 / 2 shaped characters,
twice (the table measures every row before drawing it): profiled with
bench/brief.py, 490,000 harfbuzz runs for a 100-row table, most of a large
briefing's build time. fpdf2 has no hook for this (upstream reports of the
same cost: py-pdf/fpdf2#907, #1444), so this document's fonts measure
through a cache instead.

A run's shaped width is the sum of the shaped widths of its words and
spaces: Arabic letters join only inside a word (a space ends the joining),
fpdf2 rounds harfbuzz's advances glyph by glyph before summing them, and the
bundled Noto fonts kern no pair across a space. So each distinct word is
shaped once per font, size and direction, and measuring a line is a few
dictionary lookups. The sum equals fpdf2's own whole-run measure
(tests/test_brief.py checks it on real Arabic sentences and headlines).
Drawing is untouched: every line that is drawn is still shaped whole by
harfbuzz, so joining, ligatures and marks are exactly fpdf2's.
"""
from __future__ import annotations

from fpdf import FPDF
from fpdf.fonts import TTFFont

# (font, size, direction, script, language, features, word) -> (glyphs, width);
# shared by every pack this process builds (the Streamlit page builds many);
# emptied when it grows past this many words (a few MB)
_WORDS: dict = {}
WORDS_KEPT = 200_000


class WordMeasuredFont(TTFFont):
    """fpdf2's TrueType font, measuring shaped text word by word (cached)."""
    __slots__ = ()  # same layout as TTFFont, so a font object can become one

    def get_text_width(self, text: str, font_size_pt: float, text_shaping_params):
        if not text_shaping_params:  # unshaped widths are a per-character sum already
            return super().get_text_width(text, font_size_pt, text_shaping_params)
        if font_size_pt > self.biggest_size_pt:  # as fpdf2's own measure does
            self.biggest_size_pt = font_size_pt
        p = text_shaping_params
        features = p.get("features")
        key = (self.fontkey, self.name, font_size_pt, p.get("fragment_direction"),
               p.get("script"), p.get("language"),
               tuple(sorted(features.items())) if features else ())
        if len(_WORDS) > WORDS_KEPT:
            _WORDS.clear()
        glyphs = width = 0
        for k, word in enumerate(text.split(" ")):
            for piece in ((" ", word) if k else (word,)):
                if not piece:
                    continue
                found = _WORDS.get((key, piece))
                if found is None:
                    found = _WORDS[(key, piece)] = super().get_text_width(
                        piece, font_size_pt, text_shaping_params)
                glyphs, width = glyphs + found[0], width + found[1]
        return glyphs, width


def measure_words_once(pdf: FPDF) -> None:
    """Make every TrueType font added to pdf so far measure word by word."""
    for font in pdf.fonts.values():
        if type(font) is TTFFont:
            font.__class__ = WordMeasuredFont
