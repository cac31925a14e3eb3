"""`python -m extract run PATH... [--metadata CSV] -o OUT.jsonl`

Reads articles (extract/readers.py), extracts incidents (extract/pipeline.py)
and writes them as JSON Lines (extract/serialize.py). Every bad input and
every article the extractor fails on gets one line on stderr naming the file;
the run goes on. A summary on stderr ends the run. Exit 0 when at least one
article was read, 2 when none was (or the output cannot be written).
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from contextlib import nullcontext
from pathlib import Path
from typing import TextIO

from .outputs import part_path
from .readers import ReadProblem, iter_articles
from .record import Article
from .serialize import write_jsonl

PROG = "python -m extract run"
DESCRIPTION = "Extract incidents from Arabic news articles (.txt, .html, .jsonl files or folders) to JSON Lines."


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `run`, shared by `incidents run` (cli/) and `python -m extract run`."""
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (recursive)")
    p.add_argument("--metadata", metavar="CSV",
                   help="article_id,published,outlet,url (default: metadata.csv in an input folder)")
    p.add_argument("-o", "--output", default="-", metavar="OUT.jsonl",
                   help="where to write incidents; '-' or absent = stdout")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    add_arguments(p)
    return p


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


class _Run:
    """Counts and messages of one run; the progress bar when stderr is a terminal."""

    def __init__(self, err: TextIO):
        self.err = err
        self.articles = self.incidents = self.failed = self.warnings = 0
        self.skipped: Counter[str] = Counter()
        self.bar = None
        if err.isatty():
            from tqdm import tqdm
            self.bar = tqdm(unit=" articles", file=err, dynamic_ncols=True)

    def say(self, message: str) -> None:
        line = f"extract: {_one_line(message)}"
        if self.bar is not None:
            self.bar.write(line, file=self.err)
        else:
            print(line, file=self.err)

    def problem(self, problem: ReadProblem) -> None:
        self.say(str(problem))
        if problem.skipped:
            self.skipped[problem.reason] += 1
        else:
            self.warnings += 1

    def tick(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def summary(self) -> str:
        if self.bar is not None:
            self.bar.close()
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(
            self.skipped.items(), key=lambda kv: (-kv[1], kv[0])))
        parts = [f"{self.articles} article(s) read",
                 f"{skipped} skipped" + (f" ({reasons})" if reasons else ""),
                 f"{self.warnings} warning(s)",
                 f"{self.failed} extraction error(s)",
                 f"{self.incidents} incident(s) written"]
        return "extract: " + "; ".join(parts)


def _extract_all(args, extractor, out: TextIO, run: _Run) -> None:
    for item in iter_articles(args.paths, metadata=args.metadata):
        if isinstance(item, ReadProblem):
            run.problem(item)
            continue
        run.articles += 1
        run.tick()
        try:
            extraction = extractor.extract(item)
        except Exception as e:  # one article's failure must not end the run
            run.failed += 1
            run.say(f"{_where(item)}: extraction failed: {type(e).__name__}: {e}")
            continue
        run.incidents += write_jsonl(extraction.incidents, out)


def _where(article: Article) -> str:
    return article.path or article.article_id


def main(argv: list[str] | None = None) -> int:
    return run(_parser().parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """Extract args.paths to args.output; the exit code (0 read something, 2 not, 130 interrupted)."""
    err = sys.stderr
    try:
        from . import pipeline  # after argument parsing: --help stays instant
        extractor = pipeline.Extractor()
    except Exception as e:  # e.g. its data files are missing: one line, no traceback
        print(f"extract: cannot start the extractor: {_one_line(f'{type(e).__name__}: {e}')}", file=err)
        return 2
    run = _Run(err)
    to_stdout = args.output in ("-", "", None)
    tmp = None if to_stdout else part_path(args.output)  # None: a FIFO or device, written in place
    try:
        if to_stdout:
            try:  # Arabic JSON on a terminal or pipe whose locale is not UTF-8
                sys.stdout.reconfigure(encoding="utf-8")
            except (AttributeError, ValueError, OSError):
                pass
            context = nullcontext(sys.stdout)
        else:
            context = open(tmp or args.output, "w", encoding="utf-8", newline="\n")
        with context as out:
            _extract_all(args, extractor, out, run)
            out.flush()
        if tmp is not None:
            os.replace(tmp, args.output)  # readers never see a half-written file
    except KeyboardInterrupt:
        run.say("interrupted")
        _discard(tmp)
        return 130
    except BrokenPipeError:  # `... | head`: the reader left, nothing more to say
        _discard(tmp)
        return 0 if run.articles else 2
    except OSError as e:
        run.say(f"{args.output}: cannot write output ({e.strerror or e})")
        _discard(tmp)
        print(run.summary(), file=err)
        return 2
    except Exception as e:  # a bug of ours: still one line, no traceback
        run.say(f"stopped: {type(e).__name__}: {e}")
        _discard(tmp)
        print(run.summary(), file=err)
        return 2
    print(run.summary(), file=err)
    if not run.articles:
        run.say("no article could be read")
        return 2
    return 0


def _discard(tmp: Path | None) -> None:
    if tmp is not None:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


if __name__ == "__main__":
    sys.exit(main())
