"""The command line: thin typer commands, each parsing options and calling one library function.

``app.py`` holds the Typer app and the options every command shares (``--db``, ``--format``);
each topic module registers its commands on that app. Importing this package registers them all.
"""
from __future__ import annotations

from warfile.cli.app import app, main

__all__ = ["app", "main"]
