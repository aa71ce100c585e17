"""Stored rows -> the JSON objects Twilio sends.

Field order, types and nulls follow the resource's schema in Twilio's OpenAPI document; `uri` and
`subresource_uris` are computed from the resource's path, so they never drift from the routes.

A list page renders up to 1000 rows, and building a dict per row for `json.dumps` cost ~60 µs
a call record. So rows are rendered straight to JSON text by a `Renderer`, built once per
(kind, view, listing): one converter per shown field, chosen from the field's wire type, turns the
row's stored value into its JSON token, and one join puts the tokens between the keys. The
text is what `json.dumps` writes for the record (ASCII, `", "` and `": "` separators). A single
record (`render`) goes through the same renderer and is parsed back into a dict, so a record reads
the same in a list and on its own by construction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring_ascii
from operator import itemgetter
from typing import Any

from twiliocli.api.resources import API_VERSION

from .catalog import BOOL, DATE, DERIVED, JSON, LINK, Field, Kind, View
from .dates import rfc2822
from .validate import formatted

PLACEHOLDER = re.compile(r"{(\w+)}")
_STRING = encode_basestring_ascii  # a str as json.dumps writes it, quotes included
_VALUE = json.JSONEncoder().encode  # any other stored value (numbers, parsed JSON documents)

Values = Sequence[Any]  # one stored row: its values in `Renderer.columns` order
Converter = Callable[[Values, str], str]  # (row, host) -> JSON token


def snake(name: str) -> str:
    """`ConferenceSid` -> `conference_sid`: the column a path placeholder is filled from."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def fill(template: str, row: dict) -> str:
    """`/Accounts/{AccountSid}/Calls` with the row's own ids -> `/2010-04-01/Accounts/AC…/Calls`."""
    return f"/{API_VERSION}" + PLACEHOLDER.sub(lambda m: str(row[snake(m.group(1))]), template)


def shown_fields(kind: Kind, view: View | None, listing: bool) -> list[Field]:
    """The fields a record shows at `view` (its field subset), in schema order."""
    if view and view.only:
        return [f for f in kind.fields if f.name in view.only]
    return [f for f in kind.fields if not (f.hidden or (view and f.name in view.omit)
                                           or (listing and f.name in kind.list_omit))]


def token(value: Any) -> str:
    """A stored value (text, number or null) as a JSON token."""
    if value.__class__ is str:
        return _STRING(value)
    return "null" if value is None else _VALUE(value)


class Renderer:
    """Renders rows of `kind`, as `view` shows them, to JSON text (see the module docstring).

    `columns` are the stored columns a row must hold, in order: `_id` and the kind's sort column
    first (a list page's tokens need them), then the ones the fields are computed from.

    Plain values (text, numbers) and dates, most of a record, are converted in one comprehension
    each, without a Python call per field; the other fields (paths, booleans, JSON documents,
    formatted numbers) have a converter each. One `itemgetter` puts the tokens in field order.
    """

    def __init__(self, kind: Kind, view: View | None = None, listing: bool = False) -> None:
        self.columns: list[str] = ["_id", kind.order]
        path = (view.path if view and view.path else None) or kind.api.path
        plain: list[int] = []  # column indices
        dates: list[int] = []  # column indices
        self.others: list[Converter] = []
        where: list[tuple[str, int]] = []  # each field's token: its group, its place in the group
        keys = []
        for f in shown_fields(kind, view, listing):
            keys.append(_STRING(f.name) + ": ")
            if f.name in ("uri", "subresource_uris"):
                converter = self._link(kind, path, f.name)
            elif f.kind == DERIVED:  # `to_formatted` is `to` in national format
                converter = _derived(self.column(f.name.removesuffix("_formatted")))
            elif f.kind in _CONVERTERS:
                converter = _CONVERTERS[f.kind](self.column(f.name))
            else:
                group = dates if f.kind == DATE else plain
                where.append(("date" if f.kind == DATE else "plain", len(group)))
                group.append(self.column(f.name))
                continue
            where.append(("other", len(self.others)))
            self.others.append(converter)
        start = {"plain": 0, "date": len(plain), "other": len(plain) + len(dates)}  # as `json` lists them
        self.plain, self.dates = _getter(plain), _getter(dates)
        self.order = _getter([start[group] + n for group, n in where])
        # The record's text: keys and tokens alternate; `json` fills in the tokens, one join.
        self.parts: list[str] = [""] * (2 * len(keys) + 1)
        self.parts[0:-1:2] = ["{" + keys[0]] + [", " + key for key in keys[1:]]
        self.parts[-1] = "}"

    def column(self, name: str) -> int:
        """The index of stored column `name` in `columns` (added if not there yet)."""
        if name not in self.columns:
            self.columns.append(name)
        return self.columns.index(name)

    def json(self, values: Values, host: str = "") -> str:
        """One row as JSON text; LINK fields (paths on this server) made absolute on `host`."""
        tokens = [_STRING(v) if v.__class__ is str else "null" if v is None else _VALUE(v) for v in self.plain(values)]
        tokens += ["null" if e is None else '"' + rfc2822(e) + '"' for e in self.dates(values)]
        tokens += [convert(values, host) for convert in self.others]
        parts = self.parts.copy()
        parts[1::2] = self.order(tokens)
        return "".join(parts)

    def _link(self, kind: Kind, path: str, name: str) -> Converter:
        """`uri` or `subresource_uris`: the record's path (its ids filled into `path`) and below.
        A record's path ends in its key, except a record keyed by an id of the path itself, one per
        parent (an account's sandbox, a message's feedback: its `uri` is the collection's);
        sub-resources hang off the key in every case."""
        keyed = kind.key not in {snake(p) for p in PLACEHOLDER.findall(path)} or name == "subresource_uris"
        template = f"/{API_VERSION}" + PLACEHOLDER.sub("%s", path.replace("%", "%%")) + ("/%s" if keyed else "")
        ids = _getter([self.column(snake(p)) for p in PLACEHOLDER.findall(path)]
                      + ([self.column(kind.key)] if keyed else []))

        def base(values: Values) -> str:  # the path, escaped for a JSON string, quotes left off
            return _STRING(template % ids(values))[1:-1]

        if name == "uri":
            return lambda values, host: '"' + base(values) + '.json"'
        # `@` stands for the path in the object's JSON text; no key or sub-resource name holds one.
        links = "{" + ", ".join(f'{_STRING(n)}: "@/{sub}.json"' for n, sub in kind.subresources.items()) + "}"
        return lambda values, host: links.replace("@", base(values))


def _getter(indices: Sequence[int]) -> Callable[[Sequence[Any]], tuple]:
    """`itemgetter(*indices)`, always giving a tuple (also of one item, or none)."""
    if len(indices) > 1:
        return itemgetter(*indices)
    return lambda items: tuple([items[i] for i in indices])


def _bool(i: int) -> Converter:
    return lambda values, host: "null" if values[i] is None else "true" if values[i] else "false"


def _json(i: int) -> Converter:  # a JSON document kept as text; re-encoded so it is written as json.dumps would
    return lambda values, host: "null" if values[i] is None else _VALUE(json.loads(values[i]))


def _link_field(i: int) -> Converter:  # a path on this server, made absolute on the request's host
    return lambda values, host: "null" if values[i] is None else _STRING(host + values[i])


def _derived(i: int) -> Converter:
    return lambda values, host: token(formatted(values[i]))


_CONVERTERS: dict[str, Callable[[int], Converter]] = {BOOL: _bool, JSON: _json, LINK: _link_field}
_RENDERERS: dict[tuple[str, View | None, bool], Renderer] = {}


def renderer(kind: Kind, view: View | None = None, listing: bool = False) -> Renderer:
    """The `Renderer` for `kind` at `view`, built on first use (kinds and views are fixed)."""
    key = (kind.table, view, listing)
    found = _RENDERERS.get(key)
    if found is None:
        found = _RENDERERS[key] = Renderer(kind, view, listing)
    return found


def render(kind: Kind, row: dict, view: View | None = None, listing: bool = False, host: str = "") -> dict:
    """One record as Twilio shows it, at `view`'s path and with `view`'s field subset; LINK
    fields absolute on `host`."""
    shape = renderer(kind, view, listing)
    return json.loads(shape.json([row.get(c) for c in shape.columns], host))
