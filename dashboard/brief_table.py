"""The briefing's incident table, wrapped here and drawn a line at a time.

Why not fpdf2's own table(): every cell goes through fpdf2's line breaker
twice (once to measure the row, once to draw it), and that breaker measures
the line so far again after each character, one shaping per fragment (see
brief_text.py). Here a cell is wrapped once, word by word, with each distinct
word measured once (fpdf2's own get_string_width: fallback fonts, bidi and
shaping included); each line is then drawn by fpdf2's cell(), which shapes it
once with harfbuzz. A row is never taller than a page: a cell that would be
is cut with "…" (the pack's cells are capped well below that anyway), so the
table cannot fail with fpdf2's "row ... too high".

The paragraph direction of a cell is found once from the whole cell (the
first strong character, as fpdf2's multi_cell does) and given to every line,
so a wrapped Arabic sentence whose next line starts with a Latin word or a
number stays right-to-left. A line of a left-to-right cell that holds Arabic
("aljazirah: <Arabic headline>") is drawn as its Latin head, then the Arabic
rest as a right-to-left run: bidi run on one line alone would otherwise send
the punctuation that ends a wrapped Arabic line ("..", "»", ":") to the far
end of the line, because the Arabic that follows it is on the next line.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from fpdf import FPDF
from fpdf.bidi import auto_detect_base_direction
from fpdf.enums import TextDirection

ELLIPSIS = "…"
ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the table's width
    align: str  # "L", "C" or "R"


@dataclass(frozen=True)
class TableStyle:
    font: str = "NotoSans"
    size: float = 8.5
    line_height: float = 4.6
    padding: float = 1.2
    heading_fill: tuple = (225, 230, 240)


class WordWrapper:
    """Greedy word wrap with each (font, size, word) measured once."""

    def __init__(self, pdf: FPDF):
        self.pdf = pdf
        self._widths: dict = {}

    def width(self, text: str) -> float:
        key = (self.pdf.font_family, self.pdf.font_style, self.pdf.font_size_pt, text)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = self.pdf.get_string_width(text)
        return found

    def lines(self, text: str, width: float) -> list[str]:
        """text (paragraphs split at newlines) as lines no wider than width."""
        out = []
        space = self.width(" ")
        for paragraph in text.split("\n"):
            line, line_w = [], 0.0
            for word in paragraph.split(" "):
                if not word:
                    continue
                word_w = self.width(word)
                if line and line_w + space + word_w <= width:
                    line.append(word)
                    line_w += space + word_w
                    continue
                if line:
                    out.append(" ".join(line))
                pieces = self._split_long(word, width) if word_w > width else [word]
                out.extend(pieces[:-1])
                line, line_w = [pieces[-1]], self.width(pieces[-1])
            out.append(" ".join(line))
        return out

    def _split_long(self, word: str, width: float) -> list[str]:
        """A word wider than the column (a URL, an id) in pieces that fit;
        measured prefix by prefix, as such words are rare and short."""
        pieces, start = [], 0
        while start < len(word):
            end = start + 1
            while end < len(word) and self.pdf.get_string_width(word[start:end + 1]) <= width:
                end += 1
            pieces.append(word[start:end])
            start = end
        return pieces


def draw_table(pdf: FPDF, columns: tuple[Column, ...], rows, style: TableStyle = TableStyle(),
               fonts=None, width: float | None = None) -> None:
    """Draw rows (tuples of cell texts) under a heading row repeated on every
    page, `width` wide (default: the page's text width). fonts(row_index,
    column_index, text) may name another font family for a cell (the Arabic
    evidence is set in Naskh)."""
    total = sum(c.weight for c in columns)
    widths = [(width or pdf.epw) * c.weight / total for c in columns]
    wrap = WordWrapper(pdf)
    pad, lh = style.padding, style.line_height
    # the cells' padding is the table's own: no extra margin inside each cell()
    c_margin, pdf.c_margin = pdf.c_margin, 0

    def layout(texts, families, bold=False):
        cells = []
        for text, family, w in zip(texts, families, widths, strict=True):
            pdf.set_font(family, "B" if bold else "", style.size)
            cells.append(wrap.lines(text, w - 2 * pad))
        return cells

    def draw_row(texts, families, cells, fill=None, bold=False):
        height = max(len(c) for c in cells) * lh + 2 * pad
        x, y = pdf.l_margin, pdf.get_y()
        for text, family, lines, w, col in zip(texts, families, cells, widths, columns, strict=True):
            if fill:
                pdf.set_fill_color(*fill)
            pdf.rect(x, y, w, height, style="DF" if fill else "D")
            pdf.set_font(family, "B" if bold else "", style.size)
            # one paragraph direction per cell (fpdf2 would guess it per line)
            direction = auto_detect_base_direction(text)
            for k, line in enumerate(lines):
                pdf.set_xy(x + pad, y + pad + k * lh)
                arabic = ARABIC_LETTER.search(line) if direction == TextDirection.LTR \
                    and col.align == "L" else None
                if arabic:  # the Latin head left to right, then the Arabic rest
                    head, rest = line[:arabic.start()], line[arabic.start():]
                    if not any(unicodedata.bidirectional(c) == "L" for c in head):
                        head, rest = "", line  # leading "«" or "(" belong to the Arabic
                    if head:
                        pdf.set_text_shaping(True, direction=TextDirection.LTR)
                        pdf.cell(wrap.width(head), lh, head)
                    pdf.set_text_shaping(True, direction=TextDirection.RTL)
                    pdf.cell(w - 2 * pad - (wrap.width(head) if head else 0), lh, rest, align="L")
                else:
                    pdf.set_text_shaping(True, direction=direction)
                    pdf.cell(w - 2 * pad, lh, line, align=col.align)
            x += w
        pdf.set_text_shaping(True)
        pdf.set_xy(pdf.l_margin, y + height)

    head = tuple(c.title for c in columns)
    head_fonts = (style.font,) * len(columns)
    head_cells = layout(head, head_fonts, bold=True)
    head_h = max(len(c) for c in head_cells) * lh + 2 * pad
    # the most lines a cell may have so that its row fits under a heading row
    max_lines = max(1, int((pdf.page_break_trigger - pdf.t_margin - head_h - 2 * pad) // lh))
    for i, texts in enumerate(rows):
        families = tuple((fonts(i, j, t) if fonts else None) or style.font
                         for j, t in enumerate(texts))
        cells = [c if len(c) <= max_lines else [*c[:max_lines - 1], c[max_lines - 1] + " " + ELLIPSIS]
                 for c in layout(texts, families)]
        height = max(len(c) for c in cells) * lh + 2 * pad
        # the first row comes with the heading row (never a heading alone at
        # the foot of a page); a row that does not fit starts a page
        new_page = pdf.get_y() + (head_h if i == 0 else 0) + height > pdf.page_break_trigger
        if new_page:
            pdf.add_page()
        if i == 0 or new_page:
            draw_row(head, head_fonts, head_cells, fill=style.heading_fill, bold=True)
        draw_row(texts, families, cells)
    pdf.c_margin = c_margin
    pdf.set_font(style.font, "", style.size)
