"""`incidents run PATH... [--metadata CSV] -o OUT.jsonl`: the extractor alone (extract/cli.py)."""
from __future__ import annotations

from extract import cli as extract_cli


def add_commands(sub) -> None:
    p = sub.add_parser("run", help="extract incidents from articles to JSON Lines",
                       description=extract_cli.DESCRIPTION)
    extract_cli.add_arguments(p)
    p.set_defaults(handler=extract_cli.run)
