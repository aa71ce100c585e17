"""Saving a streamed binary answer (recording audio, MMS media): to stdout or a file that appears
whole or not at all, checked before any request."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from twiliocli.errors import UsageError


def target(out: Path | None, suggested: str, *, default_here: bool = False) -> Path | None:
    """Where to save: None for stdout (`-`, or no --out unless `default_here`), a file given, or
    `suggested` inside a folder given (or the current one). Refused before any request: binary data
    to a terminal, a missing folder."""
    if out is None and default_here:
        out = Path(".")
    if out is None or str(out) == "-":
        if sys.stdout.isatty():
            raise UsageError("Refusing to write binary data to the terminal; use --out FILE or redirect stdout")
        return None
    if out.is_dir():
        return out / suggested
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: folder {out.parent} does not exist")
    return out


def save(chunks: Iterable[bytes], path: Path | None) -> int:
    """Write `chunks` to `path` atomically (or to stdout when None); return the byte count."""
    if path is None:
        sys.stdout.flush()
        size = _copy(chunks, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return size
    from twiliocli import atomic

    with atomic.writer(path, "wb") as handle:
        return _copy(chunks, handle)


def _copy(chunks: Iterable[bytes], stream: BinaryIO) -> int:
    size = 0
    for chunk in chunks:
        stream.write(chunk)
        size += len(chunk)
    return size


# The types MMS carries most, so the name does not depend on the machine's mime.types.
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp",
              "image/bmp": ".bmp", "image/tiff": ".tiff", "audio/mpeg": ".mp3", "audio/ogg": ".ogg",
              "audio/amr": ".amr", "video/mp4": ".mp4", "video/3gpp": ".3gp", "text/vcard": ".vcf",
              "text/x-vcard": ".vcf", "text/plain": ".txt", "application/pdf": ".pdf"}


def extension(content_type: str) -> str:
    """`.png` for `image/png`: the table above, else the system's guess, else `.bin`."""
    import mimetypes

    return EXTENSIONS.get(content_type) or mimetypes.guess_extension(content_type) or ".bin"
