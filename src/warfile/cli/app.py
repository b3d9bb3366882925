"""The Typer app, the shared options, and the one place user errors become one line."""
from __future__ import annotations

import importlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from warfile.errors import WarfileError

app = typer.Typer(
    name="warfile",
    help="Turn documents about military operations into a sourced, queryable knowledge base.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
console = Console()
err_console = Console(stderr=True)

DEFAULT_DB = "warfile.db"

DbOption = Annotated[
    Path,
    typer.Option("--db", envvar="WARFILE_DB", help="SQLite database file (default warfile.db or $WARFILE_DB)."),
]

# Topic modules, each registering its commands on `app`; a module not yet present is skipped
# so the CLI works while a topic is being built.
COMMAND_MODULES = ("core", "timeline", "entities", "serve", "scale")


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(f"warfile.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"warfile.cli.{name}":
                raise


def main() -> None:
    """Entry point: run the app; a WarfileError becomes 'Error: …' and exit code 1."""
    debug = "--debug" in sys.argv or os.environ.get("WARFILE_DEBUG") == "1"
    if "--debug" in sys.argv:
        sys.argv.remove("--debug")
    _register()
    try:
        app()
    except WarfileError as exc:
        if debug:
            raise
        err_console.print(f"[red]Error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err_console.print("Interrupted.")
        sys.exit(130)
    except Exception as exc:  # a bug: one line unless --debug
        if debug:
            raise
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
            err_console.print("[red]Error:[/red] the database is busy: another warfile process is writing to it; "
                              "run this again when it has finished (what this run already stored is kept, "
                              "and storing a document twice changes nothing)", highlight=False, soft_wrap=True)
            sys.exit(1)
        err_console.print(f"[red]Internal error:[/red] {type(exc).__name__}: {escape(str(exc))} (run with --debug for the traceback)",
                          highlight=False, soft_wrap=True)
        sys.exit(2)
