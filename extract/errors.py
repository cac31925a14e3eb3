"""The project's named errors, one small hierarchy for every layer.

Like geopy's, each subclass also subclasses the built-in error it is a kind
of, so `except ValueError` written before keeps working while the command
line and the pages catch IncidentsError alone and show its message as one
line (the CLI's exit code is the class's `exit_code`).

It lives in extract/, the lowest layer, so that every layer above may raise
it; it imports nothing.
"""
from __future__ import annotations


class IncidentsError(Exception):
    """Base of every error this project raises on purpose. Its message is one
    line meant for the analyst: it names the file, incident or value at fault."""

    exit_code = 1


class InputError(IncidentsError, ValueError):
    """A value, argument or file the caller gave is not acceptable."""

    exit_code = 2


class NotFoundError(IncidentsError, LookupError):
    """An incident, report or article id the store does not hold."""

    exit_code = 2


class ResourceError(IncidentsError, OSError):
    """A file or program the code needs (a data file, the database, the
    browser that draws chart images) is missing or unusable."""

    exit_code = 1


class StoreBusy(ResourceError):
    """Another process holds the database longer than we are willing to wait."""

    exit_code = 3
