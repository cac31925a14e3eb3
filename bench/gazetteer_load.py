"""Gazetteer timings and precision on real news. Prints numbers; asserts nothing.

    .venv/bin/python bench/gazetteer_load.py [--index data/gazetteer.json.gz] [--articles 500]

1. Gazetteer.load() time (best and median of 5 loads; target < 0.5 s).
2. mentions() throughput on N articles of the SaudiNewsNet corpus
   (../shared/corpora/saudinewsnet, Saudi newspapers, 2015: ordinary news,
   not conflict reports) and the articles/s this implies for 30k articles.
3. Mentions per 1000 words: all, strong (not weak), and "accepted" (strong,
   or weak with a place cue, the extractor's rule), and the most frequent
   matched surfaces, to spot common words that became places.
4. Place coverage on the dev set (../shared/gold/dev): for each gold incident
   with coordinates, whether the article names a place the extractor would
   accept that resolves within 20 km of the gold site (the scorer's radius),
   whatever the rest of the extraction does; the misses are listed.
"""
from __future__ import annotations

import argparse
import collections
import json
import statistics
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.gazetteer import DEFAULT_PATH, Gazetteer  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
DEV = ROOT.parent / "shared" / "gold" / "dev"


def corpus_articles(limit: int) -> list[str]:
    """The first `limit` article bodies, zips in name order (deterministic)."""
    out: list[str] = []
    for zpath in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in sorted(z.namelist()):
                for art in json.loads(z.read(name)):
                    if art.get("content"):
                        out.append(art["content"])
                        if len(out) >= limit:
                            return out
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, default=DEFAULT_PATH)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()

    times = []
    for _ in range(5):
        t = time.perf_counter()
        gaz = Gazetteer.load(args.index)
        times.append(time.perf_counter() - t)
    print(f"load: best {min(times):.3f} s, median {statistics.median(times):.3f} s "
          f"({len(gaz.places)} places) from {args.index}")

    if not CORPUS.is_dir():
        print(f"{CORPUS}: corpus absent, skipping the corpus measurements")
        return 0
    texts = corpus_articles(args.articles)
    words = sum(len(t.split()) for t in texts)
    t = time.perf_counter()
    found = [gaz.mentions(text) for text in texts]
    dt = time.perf_counter() - t
    print(f"mentions: {len(texts)} articles, {words} words in {dt:.2f} s = "
          f"{len(texts) / dt:.0f} articles/s (30k articles ~ {30000 * dt / len(texts):.0f} s)")

    flat = [m for ms in found for m in ms]
    strong = [m for m in flat if not m.weak]
    accepted = [m for m in flat if not m.weak or m.cue]
    per_k = 1000 / max(words, 1)
    print(f"per 1000 words: all {len(flat) * per_k:.2f}, strong {len(strong) * per_k:.2f}, "
          f"accepted (strong or cued weak) {len(accepted) * per_k:.2f}")
    print(f"articles with >= 10 accepted mentions: "
          f"{sum(1 for ms in found if sum(1 for m in ms if not m.weak or m.cue) >= 10)}")
    counts = collections.Counter(
        (m.surface, m.candidates[0].name, m.weak) for m in accepted)
    print(f"top {args.top} accepted surfaces (surface, best candidate, weak):")
    for (surface, name, weak), n in counts.most_common(args.top):
        print(f"  {n:5d}  {surface}  -> {name}{'  [weak, cued]' if weak else ''}")
    dev_coverage(gaz)
    return 0


def dev_coverage(gaz: Gazetteer) -> None:
    if not (DEV / "gold.jsonl").exists():
        print(f"{DEV}: dev set absent, skipping the place coverage")
        return
    from geopy.distance import great_circle

    from extract.clean import clean_article
    from extract.places import PlaceFinder
    articles = {a["article_id"]: a for a in map(json.loads, open(DEV / "articles.jsonl", encoding="utf-8"))}
    gold = [g for g in map(json.loads, open(DEV / "gold.jsonl", encoding="utf-8"))
            if not g.get("no_incident") and g.get("lat") is not None]
    finder = PlaceFinder(None, gaz)
    places_of: dict[str, list] = {}
    for aid, a in articles.items():
        text = clean_article((a.get("title") or "") + "\n" + (a.get("text") or "")).text
        focus, context = gaz.focus(text), []
        for m in gaz.mentions(text):
            if finder._trust(m, text, m.start, m.end):
                context.append(gaz.resolve(m, context[-8:], focus))
        places_of[aid] = context
    missed = []
    for g in gold:
        near = [p for p in places_of.get(g["article"], ())
                if great_circle((p.lat, p.lon), (g["lat"], g["lon"])).km <= 20]
        if not near:
            missed.append(g)
    req = [g for g in gold if not g.get("optional")]
    req_missed = [g for g in missed if not g.get("optional")]
    print(f"dev place coverage: {len(gold) - len(missed)}/{len(gold)} gold sites named within 20 km "
          f"({len(req) - len(req_missed)}/{len(req)} required)")
    for g in missed:
        print(f"  missed {'(optional) ' if g.get('optional') else ''}{g['article']}#{g['gid']}: {g['site']}")


if __name__ == "__main__":
    sys.exit(main())
