"""The local mirror: a plain SQLite file holding the account's records, and the questions asked of it.

No Typer and no rich here (the commands live in `cli/groups/sync.py` and `cli/framework/offline.py`):

- `schema`: which resources are mirrored, their tables, columns, indexes and "may still change";
- `store`: opening the file (read-write for `sync`, read-only for everything else), upserts by
  SID, the per-table sync windows, the full-text index over message bodies;
- `sync`: fetching each resource's window from the API into the store, one transaction a window;
- `analyses`: the admins' questions as SQL (idle numbers, failures, funnel, traces …).

The layer is the standard library's `sqlite3`, on purpose: every statement here is a plain
`INSERT … ON CONFLICT DO UPDATE` or `SELECT` that `sqlite3` runs as fast as anything above it,
transactions must be ours to hold (one per window, rolled back whole on failure), and the file
has to open as it is in `sqlite3`, sqlite-utils and Datasette — which any SQLite file does.
"""
