"""The extractor: Article -> Extraction (cleaned text + incidents).

STUB: the real pipeline is being written; the interface is fixed:
    Extractor(gazetteer=None, lexicons=None).extract(article) -> Extraction
"""
from __future__ import annotations

from .record import Article, Extraction


class Extractor:
    def __init__(self, gazetteer=None, lexicons=None):
        self.gazetteer = gazetteer
        self.lexicons = lexicons

    def extract(self, article: Article) -> Extraction:
        return Extraction(article=article, cleaned_text=article.text, incidents=())
