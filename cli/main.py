"""Command line: incidents {run,ingest,export,review,reviews,merge,split,brief} ...

This module only dispatches to each layer's command: `run` is the pure
extractor (extract/cli.py), the store commands are cli/store_commands.py, the
briefing pack cli/brief.py.
"""
from __future__ import annotations

import sys

USAGE = """usage: python -m cli COMMAND [ARGS]

commands:
  run PATH... [--metadata CSV] -o OUT.jsonl   extract incidents to JSON Lines
  ingest PATH... [--metadata CSV] [--db DB]   extract and store in the incident database
  export [--db DB] --format F -o FILE         export merged, reviewed incidents (jsonl|csv|geojson|xlsx)
  review ID (--confirm|--reject|--set F=V) --who NAME [--why TEXT]   analyst review
  reviews ID                                  an incident's review history
  merge ID ID... --who NAME                   merge incidents the merger kept apart
  split ID --report REPORT_ID... --who NAME   split reports out of a merged incident
  brief [--db DB] -o FILE.pdf                 a briefing pack (PDF)

Run `python -m cli COMMAND --help` for a command's options.
"""


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        from extract.cli import main as run_main
        return run_main(rest)
    if command in ("ingest", "export", "review", "merge", "split", "reviews"):
        from .store_commands import main as store_main
        return store_main([command, *rest])
    if command == "brief":
        from .brief import main as brief_main
        return brief_main(rest)
    print(f"incidents: unknown command {command!r}\n\n{USAGE}", file=sys.stderr)
    return 2
