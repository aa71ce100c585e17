"""`GROUP export`: incremental, atomic, parallel, memory-flat exports of a resource's log.

No Typer and no rich here (the CLI in `cli/framework/export.py` only parses options and shows progress):

- `window`: the half-open `[since, until)` window on the record's date field, cut into
  day-aligned slices that do not depend on `--parallel`;
- `engine.Exporter`: fetches the slices (sequentially, or concurrently over one pooled session
  with spool files), filters every record exactly on the client, writes to an `output.sink.Sink`;
- `state`: the `--state` file recording where the last successful run ended;

Atomic output files come from `twiliocli.atomic`, dates from `twiliocli.timefmt`.
"""

from .engine import Exporter, Stats
from .state import State, StateError

__all__ = ["Exporter", "Stats", "State", "StateError"]
