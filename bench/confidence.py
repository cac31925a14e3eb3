"""Is the extractor's confidence a probability? Reliability on the dev set.

    .venv/bin/python bench/confidence.py [--fit] [--no-genre] [--gold DIR [DIR ...]]

Extracts ../shared/gold/dev/articles.jsonl, labels each incident right when
../shared/eval/score.py matches it to a gold incident (required or optional),
and prints P/R/F1, a reliability table (confidence bin -> incidents, share
right) and, for each threshold, the share right above it.

--fit refits extract/confidence.py's intercept and evidence weights by maximum
likelihood (non-negative weights, a small ridge), with the article genre's,
statement, background and recall penalties as a fixed offset, and prints the
table the fitted weights would give; copy them into extract/confidence.py by
hand. Pool the dev set and the working check sets for it, and judge the result
on the blind sets.
--no-genre runs without extract/genre.py (to measure what it changes).
--gold takes one or more gold folders (checks/<SET> too); several are pooled,
so the table and the fit rest on all their incidents.
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

import numpy as np  # noqa: E402

from extract import assemble  # noqa: E402
from extract import confidence as conf_mod  # noqa: E402
from extract.genre import GenreClassifier  # noqa: E402
from extract.pipeline import Extractor  # noqa: E402
from extract.readers import iter_articles  # noqa: E402
from extract.record import Article  # noqa: E402
from extract.serialize import incident_to_dict  # noqa: E402

BINS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


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


def fit_logistic(rows: list[list[float]], offsets: list[float], ys: list[bool], l2: float = 1.0) -> list[float]:
    """Maximum likelihood of p = sigmoid(w . x - offset) by Newton's method, the
    first column the intercept; a weight that comes out negative is dropped and
    the rest refitted (more evidence must never lower the confidence)."""
    x, y, off = np.array(rows, float), np.array(ys, float), np.array(offsets, float)
    keep = list(range(x.shape[1]))
    while True:
        xs = x[:, keep]
        w = np.zeros(len(keep))
        ridge = l2 * np.diag([0.0] + [1.0] * (len(keep) - 1))
        for _ in range(100):
            p = 1 / (1 + np.exp(-(xs @ w - off)))
            grad = xs.T @ (y - p) - ridge @ w
            step = np.linalg.solve((xs * (p * (1 - p))[:, None]).T @ xs + ridge, grad)
            w += step
            if np.abs(step).sum() < 1e-9:
                break
        negative = [k for k, v in zip(keep[1:], w[1:], strict=True) if v < 0]
        if not negative:
            out = [0.0] * x.shape[1]
            for k, v in zip(keep, w, strict=True):
                out[k] = float(v)
            return out
        keep = [k for k in keep if k not in negative]


class SignalRecorder:
    """The signals each incident's confidence was computed from. They are not part
    of the record, so the fit records them as the assembler reads them: its
    confidence_of and its Incident are wrapped for the run (a bench, not the product)."""

    def __init__(self):
        self.by_id: dict[str, conf_mod.Signals] = {}
        self._last = None
        self._saved = (assemble.confidence_of, assemble.Incident)

        def confidence_of(signals):
            self._last = signals
            return self._saved[0](signals)

        def incident(*args, **kwargs):
            made = self._saved[1](*args, **kwargs)
            self.by_id[made.incident_id] = self._last
            return made

        assemble.confidence_of, assemble.Incident = confidence_of, incident


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fit", action="store_true", help="refit the two calibration constants")
    ap.add_argument("--no-genre", action="store_true", help="without extract/genre.py")
    ap.add_argument("--gold", type=Path, nargs="+", default=[DEV],
                    help="one or more gold folders (gold.jsonl and articles.jsonl); several are pooled")
    args = ap.parse_args(argv)
    missing = [g for g in args.gold if not (g / "gold.jsonl").is_file() or not (g / "articles.jsonl").is_file()]
    if missing or not (SHARED / "eval" / "score.py").is_file():
        print(f"no gold set at {', '.join(map(str, missing)) or SHARED}: nothing to measure")
        return 0
    scorer = load_scorer()
    genre = GenreClassifier([]) if args.no_genre else GenreClassifier.load()
    extractor = Extractor(genre=genre)

    recorder = SignalRecorder() if args.fit else None
    labelled, arts = [], []
    for folder in args.gold:  # article ids are unique across the sets (set letter prefixes)
        gold = scorer.load(folder / "gold.jsonl")
        these = articles(folder / "articles.jsonl")
        pairs, summary = extract_labelled(extractor, these, gold, scorer)
        labelled += pairs
        arts += these
        print(f"{folder.name}: {summary['predicted']} incidents, P {summary['precision']} R {summary['recall']} "
              f"F1 {summary['f1']}; field accuracy "
              + ", ".join(f"{k} {v}" for k, v in summary["field_accuracy"].items()))
    if args.fit:
        by_id = {a.article_id: a for a in arts}
        names = list(conf_mod.SIGNAL_WEIGHTS)
        rows, offsets, ys = [], [], []
        for p, ok in labelled:
            a = by_id[p["article_id"]]
            signals = recorder.by_id[p["incident_id"]]
            article_genre = genre.classify(a.title, extractor.extract(a).cleaned_text)
            read = conf_mod.evidence(signals)
            rows.append([1.0] + [float(read[n]) for n in names])
            offsets.append(conf_mod.penalty_of([e["text"] for e in p["evidence"]], article_genre, genre)
                           + (conf_mod.RECALLED_PENALTY if signals.recalled else 0.0))
            ys.append(ok)
        w = fit_logistic(rows, offsets, ys)
        print(f"fitted: CALIBRATION_INTERCEPT = {w[0]:.2f}")
        print("        SIGNAL_WEIGHTS = {" + ", ".join(f'"{n}": {v:.2f}' for n, v in zip(names, w[1:], strict=True))
              + "}")
        labelled = [({**p, "confidence": 1 / (1 + math.exp(-(float(np.dot(w, r)) - o)))}, ok)
                    for (p, ok), r, o in zip(labelled, rows, offsets, strict=True)]
        print("with the fitted weights:")
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
