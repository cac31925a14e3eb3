"""The named errors (extract/errors.py) and what the command makes of them:
one line "COMMAND: message" on stderr and the class's exit code."""
from __future__ import annotations

import pytest

from cli import main as cli
from extract.errors import IncidentsError, InputError, NotFoundError, ResourceError, StoreBusy


def test_each_error_is_also_the_builtin_error_it_is_a_kind_of():
    assert issubclass(InputError, ValueError) and issubclass(NotFoundError, LookupError)
    assert issubclass(ResourceError, OSError) and issubclass(StoreBusy, ResourceError)
    for error in (InputError, NotFoundError, ResourceError, StoreBusy):
        assert issubclass(error, IncidentsError)
    assert [e.exit_code for e in (IncidentsError, InputError, NotFoundError, ResourceError, StoreBusy)] \
        == [1, 2, 2, 1, 3]


@pytest.mark.parametrize("raised, code, line", [
    (InputError("--set 'x': expected FIELD=VALUE"), 2, "reviews: --set 'x': expected FIELD=VALUE"),
    (NotFoundError("no incident 'x#1' in data/a.duckdb"), 2, "reviews: no incident 'x#1' in data/a.duckdb"),
    (StoreBusy("data/a.duckdb: busy (another process is writing);\ngave up after 10s"), 3,
     "reviews: data/a.duckdb: busy (another process is writing); gave up after 10s"),
    (ResourceError("no incident database at x.duckdb"), 1, "reviews: no incident database at x.duckdb"),
    (ValueError("not named by us"), 2, "reviews: not named by us"),
    (KeyError("a bug"), 1, "reviews: KeyError: 'a bug'"),
])
def test_the_command_prints_one_line_and_the_exit_code(monkeypatch, capsys, raised, code, line):
    parser = cli.build_parser()

    def handler(args):
        raise raised

    monkeypatch.setattr(cli, "build_parser", lambda: parser)  # the real parser, `reviews` failing
    sub = next(a for a in parser._actions if a.dest == "command").choices["reviews"]
    sub.set_defaults(handler=handler)
    assert cli.main(["reviews", "x#1"]) == code
    captured = capsys.readouterr()
    assert captured.err == line + "\n" and captured.out == ""
