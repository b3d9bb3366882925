"""warfile: messy documents about military operations in, a sourced conflict knowledge base out.

The pipeline runs one way: ``readers`` (one module per input shape) turn text into a
:class:`warfile.model.Document`; ``extract`` turns a document into an
:class:`warfile.model.Operation` (infobox fields, values, timeline); ``resolve`` merges
documents into operations and resolves entities; ``store`` keeps it in SQLite; ``cli``,
``web`` and ``export`` sit on top.
"""

__version__ = "0.1.0"
