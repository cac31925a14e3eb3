"""The README's command list and the `incidents` parser agree (as sqlite-utils
checks its CLI reference): every subcommand, option and positional argument
the parser has is in the README's entry for that subcommand, and every option
the README names exists. Also: every subcommand answers --help."""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from cli.main import build_parser, main

README = Path(__file__).resolve().parents[1] / "README.md"
ENTRY = re.compile(r"^incidents (\w+)\b(.*)$")
MACRO = re.compile(r"^# ([A-Z]+): (.*)$")
CONTINUATION = re.compile(r"^#\s{2,}(.*)$")


def readme_entries(text: str) -> dict[str, str]:
    """subcommand -> its line in the README's `incidents` block, macros such as
    [FILTERS] expanded and trailing `# comments` dropped."""
    section = text.split("## The `incidents` command", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    entries, macros, last_macro = {}, {}, None
    for line in block.splitlines():
        if m := ENTRY.match(line):
            entries[m.group(1)] = m.group(2).split("  #")[0].rstrip()
            last_macro = None
        elif m := MACRO.match(line):
            last_macro = m.group(1)
            macros[last_macro] = m.group(2)
        elif (m := CONTINUATION.match(line)) and last_macro:
            macros[last_macro] += " " + m.group(1)
    for name, body in entries.items():
        for macro, expansion in macros.items():
            body = body.replace(f"[{macro}]", expansion)
        entries[name] = body
    return entries


def subparsers() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


ENTRIES = readme_entries(README.read_text(encoding="utf-8"))
PARSERS = subparsers()


def test_the_same_subcommands():
    assert sorted(ENTRIES) == sorted(PARSERS)


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_every_option_and_argument_is_documented(name):
    tokens = set(re.findall(r"--?[\w-]+|[A-Z_][A-Z_.]*[A-Z_]", ENTRIES.get(name, "")))
    missing = []
    for action in PARSERS[name]._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        names = action.option_strings or [action.metavar or action.dest.upper()]
        if not tokens & set(names):
            missing.append("/".join(names))
    assert missing == [], f"README's `incidents {name}` line lacks {missing}"


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_every_documented_option_exists(name):
    known = {s for action in PARSERS[name]._actions for s in action.option_strings}
    documented = set(re.findall(r"(?<![\w-])--?[a-z][\w-]*", ENTRIES.get(name, "")))
    assert documented - known == set()


def test_the_prose_names_no_subcommand_that_does_not_exist():
    named = set(re.findall(r"`(?:\.venv/bin/)?incidents (\w+)", README.read_text(encoding="utf-8")))
    assert named and named - set(PARSERS) == set()


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_every_subcommand_takes_help(name, capsys):
    assert main([name, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"usage: incidents {name} ")


def test_the_readme_parser_reads_macros_and_comments():
    text = ("## The `incidents` command\n```sh\n"
            "incidents export -o FILE [FILTERS]   # a comment --not-an-option\n"
            "# FILTERS: [--actor NAME]...\n#          [--since D]\n```\n")
    assert readme_entries(text) == {"export": " -o FILE [--actor NAME]... [--since D]"}
