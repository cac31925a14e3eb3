"""python -m extract run PATH... [--metadata CSV] -o OUT.jsonl: the extractor alone.

Kept as an alias of `incidents run` (cli/). Only `run` lives here:
extract/ is the lowest layer and imports nothing above it, so the store and
briefing commands are the top-level command's (`incidents ingest ...`).
"""
from __future__ import annotations

import sys

USAGE = "usage: python -m extract run PATH... [--metadata CSV] -o OUT.jsonl"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["run"]:
        from .cli import main as run_main
        return run_main(argv[1:])
    if argv[:1] in (["-h"], ["--help"]):
        print(USAGE)
        return 0
    what = f"{argv[0]!r} is not an extraction command" if argv else "no command"
    print(f"extract: {what}; {USAGE} (the other commands: incidents --help)",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
