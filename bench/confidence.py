"""Is the extractor's confidence a probability? Reliability on the dev set.

    .venv/bin/python bench/confidence.py [--fit] [--no-genre] [--gold DIR]

Extracts ../shared/gold/dev/articles.jsonl, labels each incident right when
../shared/eval/score.py matches it to a gold incident (required or optional),
and prints P/R/F1, a reliability table (confidence bin -> incidents, share
right) and, for each threshold, the share right above it.

--fit refits the two constants of extract/confidence.py (intercept and slope
of the logistic curve over evidence points) by maximum likelihood, with the
article genre's penalty as a fixed offset, and prints the table the fitted
constants would give; copy them into extract/confidence.py by hand.
--no-genre runs without extract/genre.py (to measure what it changes).
Exit 0; when ../shared is absent, says so.
"""
from __future__ import annotations

import argparse
import importlib.util
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "gold" / "dev"

from extract import confidence as conf_mod  # noqa: E402
from extract.genre import GenreClassifier  # noqa: E402
from extract.pipeline import Extractor  # noqa: E402
from extract.readers import iter_articles  # noqa: E402
from extract.record import Article  # noqa: E402
from extract.serialize import incident_to_dict  # noqa: E402

BINS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)
FIT_SLOPE = 0.1  # while fitting, points -> confidence exactly invertible (no value near 0 or 1)


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles(path: Path) -> list[Article]:
    return [a for a in iter_articles([path]) if isinstance(a, Article)]


def extract_labelled(extractor: Extractor, arts: list[Article], gold: list[dict], scorer):
    """[(incident dict, right?)] plus the scorer's summary."""
    preds = [incident_to_dict(i) for a in arts for i in extractor.extract(a).incidents]
    summary = scorer.score(gold, preds)
    real = [g for g in gold if not g.get("no_incident")]
    right = {i for g, _, i, _ in scorer.match(real, preds) if g is not None}
    return [(p, i in right) for i, p in enumerate(preds)], summary


def reliability(labelled: list[tuple[float, bool]]) -> None:
    print(f"{'confidence':>12} {'incidents':>10} {'right':>6} {'share right':>12}")
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        xs = [ok for c, ok in labelled if lo <= c < hi]
        share = f"{sum(xs) / len(xs):.2f}" if xs else "-"
        print(f"{lo:5.2f}-{min(hi, 1):4.2f} {len(xs):10d} {sum(xs):6d} {share:>12}")
    print(f"{'above':>12} {'incidents':>10} {'right':>6} {'share right':>12}")
    for t in (0.5, 0.6, 0.65, 0.7, 0.75, 0.8):
        xs = [ok for c, ok in labelled if c > t]
        share = f"{sum(xs) / len(xs):.2f}" if xs else "-"
        print(f"{'> ' + format(t, '.2f'):>12} {len(xs):10d} {sum(xs):6d} {share:>12}")
    t = conf_mod.DEFAULT_MIN_CONFIDENCE
    xs = [ok for c, ok in labelled if c >= t]
    share = f"{sum(xs) / len(xs):.2f}" if xs else "-"
    print(f"{'>= ' + format(t, '.2f'):>12} {len(xs):10d} {sum(xs):6d} {share:>12}  (DEFAULT_MIN_CONFIDENCE)")


def fit_logistic(xs: list[float], offsets: list[float], ys: list[bool], l2: float = 0.01):
    """Maximum likelihood of p = sigmoid(a + b x - offset) by Newton's method
    (two parameters: no library needed); a small ridge keeps it finite."""
    a = b = 0.0
    for _ in range(50):
        ga = gb = haa = hab = hbb = 0.0
        for x, o, y in zip(xs, offsets, ys, strict=True):
            p = 1 / (1 + math.exp(-(a + b * x - o)))
            w = p * (1 - p)
            ga += y - p
            gb += (y - p) * x
            haa += w
            hab += w * x
            hbb += w * x * x
        gb -= l2 * b
        hbb += l2
        det = haa * hbb - hab * hab
        if det <= 0:
            break
        da, db = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        a, b = a + da, b + db
        if abs(da) + abs(db) < 1e-9:
            break
    return a, b


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fit", action="store_true", help="refit the two calibration constants")
    ap.add_argument("--no-genre", action="store_true", help="without extract/genre.py")
    ap.add_argument("--gold", type=Path, default=DEV)
    args = ap.parse_args(argv)
    if not (args.gold / "gold.jsonl").is_file() or not (SHARED / "eval" / "score.py").is_file():
        print(f"no dev set at {args.gold}: nothing to measure")
        return 0
    scorer = load_scorer()
    gold = scorer.load(args.gold / "gold.jsonl")
    arts = articles(args.gold / "articles.jsonl")
    genre = GenreClassifier([]) if args.no_genre else GenreClassifier.load()
    extractor = Extractor(genre=genre)

    if args.fit:
        conf_mod.CALIBRATION_INTERCEPT, conf_mod.CALIBRATION_SLOPE = 0.0, FIT_SLOPE
    labelled, summary = extract_labelled(extractor, arts, gold, scorer)
    print(f"dev: {summary['predicted']} incidents, P {summary['precision']} R {summary['recall']} "
          f"F1 {summary['f1']}; field accuracy "
          + ", ".join(f"{k} {v}" for k, v in summary["field_accuracy"].items()))
    if args.fit:
        by_id = {a.article_id: a for a in arts}
        xs, offsets, ys = [], [], []
        for p, ok in labelled:
            a = by_id[p["article_id"]]
            article_genre = genre.classify(a.title, extractor.extract(a).cleaned_text)
            penalty = conf_mod.penalty_of([e["text"] for e in p["evidence"]], article_genre, genre)
            logit = math.log(p["confidence"] / (1 - p["confidence"])) + penalty
            xs.append(round(logit / FIT_SLOPE))
            offsets.append(penalty)
            ys.append(ok)
        print("points -> incidents, share right:")
        for x in sorted(set(xs)):
            sel = [y for xx, y in zip(xs, ys, strict=True) if xx == x]
            print(f"  {x:3d}: {len(sel):3d} {sum(sel) / len(sel):.2f}")
        a, b = fit_logistic(xs, offsets, ys)
        print(f"fitted: CALIBRATION_INTERCEPT = {a:.2f}, CALIBRATION_SLOPE = {b:.2f}")
        labelled = [({**p, "confidence": 1 / (1 + math.exp(-(a + b * x - o)))}, ok)
                    for (p, ok), x, o in zip(labelled, xs, offsets, strict=True)]
        print("with the fitted constants:")
    reliability([(p["confidence"], ok) for p, ok in labelled])
    wrong = sorted((p for p, ok in labelled if not ok), key=lambda p: -p["confidence"])[:8]
    if wrong:
        print("most confident wrong incidents:")
        for p in wrong:
            print(f"  {p['confidence']:.2f} {p['article_id']}: {p['actor1']} -> {p['actor2']} at "
                  f"{(p.get('location') or {}).get('name')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
