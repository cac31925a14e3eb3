"""Where a command writes its output file.

A regular file (or a new path) is written as `PATH.part` and renamed onto
PATH when complete, so a reader never sees half a file. A path that exists
and is not a regular file (a FIFO, /dev/null, a terminal or other character
device) is written in place: renaming onto it would replace the pipe or the
device with a regular file (as root, that breaks the machine's /dev/null) and
the reader of the pipe would get nothing. The standard library has no
"atomic unless special" writer, hence these few lines.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def is_special_file(path: str | Path) -> bool:
    """True when `path` exists and is not a regular file (FIFO, device, socket)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:  # missing (or unreadable): created as a regular file
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def part_path(path: str | Path) -> Path | None:
    """The temporary name to write first, or None when `path` is written in place."""
    return None if is_special_file(path) else Path(f"{path}.part")


@contextmanager
def output_file(path: str | Path, mode: str = "w", **open_args) -> Iterator[IO]:
    """Open `path` for writing: atomically (PATH.part, then a rename) for a
    regular file, in place for a FIFO or a device. On an error the .part
    file is removed and PATH is left as it was."""
    tmp = part_path(path)
    f = open(tmp if tmp is not None else path, mode, **open_args)
    try:
        with f:
            yield f
        if tmp is not None:
            os.replace(tmp, path)
    except BaseException:
        if tmp is not None:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
        raise
