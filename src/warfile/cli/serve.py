"""`warfile serve`: the web UI and JSON API over a database, on loopback unless told otherwise."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warfile.cli.app import DEFAULT_DB, DbOption, app, err_console

HostOption = Annotated[str, typer.Option("--host", help="Address to bind; 0.0.0.0 exposes the site to the network.")]
PortOption = Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")]


@app.command()
def serve(db: DbOption = Path(DEFAULT_DB), host: HostOption = "127.0.0.1", port: PortOption = 8000) -> None:
    """Browse the database in a web browser (read-only): operations, timelines, documents, search, /api/."""
    import uvicorn

    from warfile.web import create_app

    web_app = create_app(db)  # a missing or foreign database is a one-line error before binding
    err_console.print(f"warfile: serving {db} on http://{host}:{port}/ (API docs at /docs; Ctrl-C to stop)",
                      highlight=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
