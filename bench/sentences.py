"""The sentence suite (checks/sentences/): assault sentences found, protest
sentences not turned into violence, metaphors ignored.

    .venv/bin/python bench/sentences.py [--show-misses]

Reads the suite's identifiers (checks/sentences/*.tsv: corpus URL, sentence
index by split_sentences() below, first 30 characters), fetches the text from
../shared/corpora/saudinewsnet (skipped with a message when absent), runs
extract.pipeline.Extractor and prints:
  - the share of assault sentences giving at least one incident, overall and by country;
  - the share of protest sentences giving an incident of a violent type
    (Battles, Explosions/Remote violence, Violence against civilians);
  - the incidents found in the metaphor articles (sports, economy; whole article).
--show-misses prints the assault sentences missed and the protest false alarms.
Exit 0.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "checks" / "sentences"
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})

_SPLIT = re.compile(r"(?<=[.!؟?])\s+|\n+")


def split_sentences(text: str) -> list[str]:
    """The suite's splitter: after . ! ؟ ? followed by white space, or at a line
    break; each piece stripped, empty pieces dropped. A row's index counts in this list."""
    return [s.strip() for s in _SPLIT.split(text or "") if s and s.strip()]


def read_tsv(name: str) -> list[dict[str, str]]:
    with (SUITE / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _articles(urls: set[str]) -> dict:
    """The corpus articles with these URLs (one pass over ../shared), or None when absent."""
    from tests.corpus import corpus_available, iter_corpus
    if not corpus_available():
        return None
    found = {}
    for a in iter_corpus():
        if a.url in urls and a.url not in found:
            found[a.url] = a
    return found


def _sentence_article(kind: str, n: int, row: dict, source):
    """One Article holding only the row's sentence, with the article's published date;
    None when the sentence is not where the row says (corpus changed)."""
    from extract.record import Article
    pieces = split_sentences(source.text)
    i = int(row["sentence"])
    if i >= len(pieces) or pieces[i][:30].rstrip() != row["check30"].rstrip():
        return None
    return Article(article_id=f"{kind}-{n:03d}", text=pieces[i], title=None,
                   published=source.published, outlet=source.outlet, url=source.url)


def _share(hit: int, total: int) -> str:
    return f"{hit}/{total} = {hit / total:.1%}" if total else "0/0"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true",
                        help="print the assault sentences missed and the protest sentences given a violent incident")
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT)]
    assault, protest, metaphor = read_tsv("assault.tsv"), read_tsv("protest.tsv"), read_tsv("metaphor.tsv")
    articles = _articles({r["url"] for r in assault + protest + metaphor})
    if articles is None:
        print("../shared/corpora/saudinewsnet is absent: the sentence suite's text cannot be read, nothing run")
        return 0
    from extract.pipeline import Extractor
    extractor = Extractor()

    def run(kind: str, rows: list[dict]):
        out, lost = [], 0
        for n, row in enumerate(rows, 1):
            source = articles.get(row["url"])
            article = _sentence_article(kind, n, row, source) if source else None
            if article is None:
                lost += 1
                continue
            out.append((row, article, extractor.extract(article).incidents))
        return out, lost

    a_runs, a_lost = run("assault", assault)
    p_runs, p_lost = run("protest", protest)
    print(f"sentence suite: {len(assault)} assault, {len(protest)} protest sentences, "
          f"{len(metaphor)} metaphor articles (checks/sentences/)")
    if a_lost or p_lost:
        print(f"  not found in the corpus (skipped): {a_lost} assault, {p_lost} protest")

    found = [r for r in a_runs if r[2]]
    print(f"\nassault sentences with at least one incident: {_share(len(found), len(a_runs))}  (target >= 60%)")
    by_country: dict[str, list[int]] = {}
    for row, _, incidents in a_runs:
        c = by_country.setdefault(row["country"], [0, 0])
        c[0] += bool(incidents)
        c[1] += 1
    for country, (hit, total) in sorted(by_country.items(), key=lambda kv: (-kv[1][1], kv[0])):
        print(f"  {country:18} {hit:3}/{total:<3} {hit / total:6.1%}")
    types = Counter(i.sub_event_type for _, _, incidents in found for i in incidents)
    print("  sub-event types given: " + ", ".join(f"{t} {n}" for t, n in types.most_common()))

    violent = [r for r in p_runs if any(i.event_type in VIOLENT_TYPES for i in r[2])]
    other = [r for r in p_runs if r[2] and r not in violent]
    print(f"\nprotest sentences given a violent incident: {_share(len(violent), len(p_runs))}  (target <= 5%)")
    if other:
        print(f"  (and {len(other)} given only a non-violent record: "
              + ", ".join(sorted({i.sub_event_type for _, _, inc in other for i in inc})) + ")")

    m_incidents, m_articles = [], 0
    for row in metaphor:
        source = articles.get(row["url"])
        if source is None:
            continue
        m_articles += 1
        incidents = extractor.extract(source).incidents
        m_incidents += [(row, i) for i in incidents]
    hit_articles = len({row["url"] for row, _ in m_incidents})
    print(f"\nmetaphor articles (sports, economy) with an incident: {hit_articles}/{m_articles}, "
          f"{len(m_incidents)} incidents  (target 0)")
    for row, i in m_incidents:
        print(f"  {row['section']:8} {row['url']}  {i.sub_event_type}  {i.actor1} -> {i.actor2}")

    if args.show_misses:
        print("\n--- assault sentences missed (for the lead to read; not for tuning by the suite's author)")
        for row, article, incidents in a_runs:
            if not incidents:
                print(f"[{row['country']}] {row['url']} #{row['sentence']}\n    {article.text}")
        print("\n--- protest sentences given a violent incident")
        for row, article, incidents in violent:
            kinds = ", ".join(f"{i.sub_event_type} ({i.actor1} -> {i.actor2})" for i in incidents)
            print(f"[{row['country']}] {row['url']} #{row['sentence']}: {kinds}\n    {article.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
