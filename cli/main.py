"""The `incidents` command: one parser, a subcommand per action, each calling its layer.

    incidents run|ingest|export|review|reviews|merge|split|brief ... (each takes --help)

This module only parses and dispatches. Every subcommand module in COMMANDS
adds its parsers (`add_commands(subparsers)`) with a `handler(args) -> exit
code`. A named error (extract/errors.py) becomes one line on stderr,
"COMMAND: message", and its class's exit code; a bad argument exits 2 with
argparse's message; nothing prints a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from extract.errors import IncidentsError

PROG = "incidents"
# The modules that add subcommands, in the order `incidents --help` lists them.
# A new command group (e.g. the news intake's fetch/watch) adds its module here.
COMMANDS = ("cli.run", "cli.store_commands", "cli.intake_commands", "cli.brief")


def build_parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog=PROG, description="Conflict incidents from Arabic news: extract, store, review, "
        "export and brief. Run `incidents COMMAND --help` for a command's options.")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND", title="commands")
    for name in COMMANDS:
        importlib.import_module(name).add_commands(sub)
    return top


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help (0), or argparse printed its one-line error (2)
        return int(e.code or 0)
    try:
        return args.handler(args)
    except IncidentsError as e:
        print(f"{args.command}: {_one_line(e)}", file=sys.stderr)
        return e.exit_code
    except (ValueError, OSError) as e:  # bad input or an unwritable file not named by us
        print(f"{args.command}: {_one_line(e)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # a bug of ours: still one line, never a traceback
        print(f"{args.command}: {type(e).__name__}: {_one_line(e)}", file=sys.stderr)
        return 1
