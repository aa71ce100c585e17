"""One output document assembled from parts, for exports that fetch a list in slices.

A `Sink` writes the document's head once (the CSV/TSV header, with the first record), then parts in order, then its tail
(JSON's closing bracket). A part is either a stream of records written straight to the output
(`write`), or a *body* written earlier to a spool file, possibly by another thread (`body`), and
copied in later (`append`). Both produce the same bytes, so a document assembled from slices
fetched in parallel is byte for byte the one a sequential run writes:

- csv, tsv, jsonl: head + the records' lines, part after part;
- json: `[` + the records' objects separated by `,\\n` across parts + `]`, exactly as
  `write_records` writes a whole list (an empty list is `[]`).

Only this package formats records: callers hand over records and spool files, never text.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from typing import Any, TextIO

from .delimited import write_csv, write_tsv
from .jsonout import write_json_items, write_jsonl
from .pacing import Pages

EXPORT_FORMATS = ("csv", "tsv", "json", "jsonl")
COPY_CHUNK = 1 << 16  # a spool is copied while workers decode pages: small pieces leave no holes


class Sink:
    """Writes one document of `fmt` to `stream` from parts; see the module docstring."""

    def __init__(
        self,
        fmt: str,
        columns: Sequence[str] | None,
        stream: TextIO,
        *,
        header: bool = True,
        excel_safe: bool = False,
        full_objects: bool = True,
        checked: Callable[[Iterable[dict[str, Any]]], Iterable[dict[str, Any]]] | None = None,
    ) -> None:
        """`checked(records)` may look at each part's first record (`Selection.checked`)."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"Unknown export format '{fmt}'. Valid formats: {', '.join(EXPORT_FORMATS)}")
        if fmt in ("csv", "tsv") and columns is None:
            raise ValueError(f"{fmt} needs its columns up front")
        self.format = fmt
        self.columns = list(columns) if columns is not None else None
        self.stream = stream
        self.header = header
        self.excel_safe = excel_safe
        self.keep = None if full_objects else self.columns
        self.count = 0
        self._checked = checked or (lambda records: records)
        self._opened = False

    def _head(self) -> None:
        """Write the head (the CSV or TSV header line, when asked for), once: with the first record,
        or on `close` for an empty document, so a run that fails before any record writes nothing."""
        if self._opened:
            return
        self._opened = True
        if self.header and self.format in ("csv", "tsv"):
            self.body((), self.stream, header=True)

    def body(self, records: Iterable[dict[str, Any]], stream: TextIO, *, header: bool = False) -> int:
        """Write `records` as a body (no head, no tail) to `stream`, e.g. a spool file; return the count."""
        records = self._checked(records)
        if self.format == "csv":
            return write_csv(records, self.columns or (), stream, header=header, excel_safe=self.excel_safe)
        if self.format == "tsv":
            return write_tsv(records, self.columns or (), stream, header=header)
        if self.format == "jsonl":
            return write_jsonl(records, self.keep, stream)
        return write_json_items(records, self.keep, stream)

    def write(self, records: Iterable[dict[str, Any]]) -> int:
        """Write a part straight to the output (`Pages` stay pages, for the CSV writer); return how
        many records it held."""
        if isinstance(records, Pages):
            started = records.started()
            if started is None:
                return 0
            records = started
        else:
            rest = iter(records)
            first = next(rest, None)
            if first is None:
                return 0
            records = chain([first], rest)
        self._head()
        if self.format == "json":
            self._separate()
        n = self.body(records, self.stream)
        self.count += n
        return n

    def append(self, spool: TextIO, count: int) -> None:
        """Copy a body written by `body()` (`count` records) from the start of `spool` into the output."""
        if count == 0:
            return
        self._head()
        if self.format == "json":
            self._separate()
        spool.seek(0)
        shutil.copyfileobj(spool, self.stream, COPY_CHUNK)
        self.count += count
        self.stream.flush()

    def close(self) -> int:
        """Write the tail and flush; return how many records the document holds."""
        self._head()
        if self.format == "json":
            self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()
        return self.count

    def _separate(self) -> None:
        self.stream.write(",\n" if self.count else "[\n")
