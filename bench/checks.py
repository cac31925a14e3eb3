"""Score the extractor on every check set in checks/ (and the dev set).

    .venv/bin/python bench/checks.py [--sets I,J,...] [--keep DIR]

Each checks/<SET>/ holds gold.jsonl and either articles.jsonl (articles written
for the check, see checks/README.md) or source_ids.txt (real SaudiNewsNet
articles, named by their URL: their text is read from ../shared at run time,
never copied into the project). Prints one line per set: articles, required
gold incidents, predictions, precision, recall and F1 as ../shared/eval/score.py
counts them, and the status of the set (blind sets were scored without their
errors being read; see checks/README.md). Sets whose articles cannot be read
(no ../shared) are said so and skipped. Exit 0.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]
SHARED = ROOT.parent / "shared"
CHECKS = ROOT / "checks"



def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus_articles(source_ids: Path, out: Path) -> Path | None:
    """checks/R*/source_ids.txt (set id, corpus id, URL per line) -> articles.jsonl in out."""
    from tests.corpus import corpus_available, iter_corpus
    if not corpus_available():
        return None
    wanted = {}
    for line in source_ids.read_text(encoding="utf-8").splitlines():
        if line.strip():
            set_id, _, url = line.split("\t")
            wanted[url] = set_id
    rows = {}
    for a in iter_corpus():
        if a.url in wanted and a.url not in rows:
            rows[a.url] = {"article_id": wanted[a.url], "title": (a.title or "").strip(), "text": a.text,
                           "published": a.published, "outlet": a.outlet, "url": a.url}
    path = out / f"{source_ids.parent.name}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for url in wanted:
            if url in rows:
                f.write(json.dumps(rows[url], ensure_ascii=False) + "\n")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma-separated set names (default: dev and every folder in checks/)")
    parser.add_argument("--keep", type=Path, help="keep each set's predictions in this folder")
    args = parser.parse_args()
    if not (SHARED / "eval" / "score.py").is_file():
        print("../shared/eval/score.py is absent: nothing to score")
        return 0
    score = _scorer()
    status = json.loads((CHECKS / "status.json").read_text(encoding="utf-8"))
    names = args.sets.split(",") if args.sets else ["dev"] + sorted(
        p.name for p in CHECKS.iterdir() if (p / "gold.jsonl").is_file())
    print(f"{'set':5} {'articles':>8} {'required':>8} {'predicted':>9} {'P':>6} {'R':>6} {'F1':>6}  status")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            folder = SHARED / "gold" / "dev" if name == "dev" else CHECKS / name
            articles = folder / "articles.jsonl"
            if not articles.is_file() and (folder / "source_ids.txt").is_file():
                articles = _corpus_articles(folder / "source_ids.txt", Path(tmp))
            if articles is None or not articles.is_file():
                print(f"{name:5} articles unavailable (no ../shared corpus): skipped")
                continue
            out = (args.keep or Path(tmp)) / f"{name}.pred.jsonl"
            out.parent.mkdir(parents=True, exist_ok=True)
            # the command an analyst runs, cross-report merging included
            subprocess.run([sys.executable, "-m", "extract", "run", str(articles), "-o", str(out)],
                           cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            preds = score.load(out)
            n_articles = sum(1 for line in articles.open(encoding="utf-8") if line.strip())
            gold = score.load(folder / "gold.jsonl")
            r = score.score(gold, preds)
            required = sum(1 for g in gold if not g.get("no_incident") and not g.get("optional"))
            print(f"{name:5} {n_articles:8d} {required:8d} {len(preds):9d} {r['precision']:6.3f} "
                  f"{r['recall']:6.3f} {r['f1']:6.3f}  {status.get(name, 'dev set')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
