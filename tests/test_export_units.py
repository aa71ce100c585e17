"""The export's pieces on their own: window slicing, the oldest-day probe, the
atomic file helper and the sink that joins slices."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twiliocli import atomic, openapi, timefmt
from twiliocli.api import resources
from twiliocli.export import window
from twiliocli.output import write_records
from twiliocli.output.sink import Sink

DAY = 86_400
moments = st.integers(min_value=0, max_value=4_102_444_800)  # 1970 .. 2100


@given(moments, st.integers(min_value=0, max_value=400 * DAY), st.integers(min_value=1, max_value=40))
def test_slices_tile_the_window_newest_first_on_day_boundaries(since: int, span: int, most: int) -> None:
    until = since + span
    slices = window.plan(since, until, max_slices=most)
    if span == 0:
        assert slices == []
        return
    assert 1 <= len(slices) <= most
    assert slices[0].hi == until and slices[-1].lo == since
    for newer, older in zip(slices, slices[1:]):
        assert older.hi == newer.lo and newer.lo % DAY == 0  # contiguous, cut at midnight
    for part in slices:
        assert part.lo is not None and part.lo < part.hi
        filters = part.server_filters("DateSent")
        assert filters["DateSent>"] == timefmt.day_text(part.lo) and filters["DateSent<"] == timefmt.day_text(part.hi - 1)


@settings(max_examples=60)
@given(st.lists(st.integers(min_value=0, max_value=3000 * DAY), max_size=20), st.sampled_from([1, 3, 8]))
def test_the_oldest_day_probe_is_exact_whatever_its_width(dates: list[int], width: int) -> None:
    until = 3001 * DAY
    probes: list[int] = []

    def exists_before(day: int) -> bool:
        probes.append(day)
        return any(d < day for d in dates)

    rounds: list[int] = []

    def probe(check, days):  # what the exporter runs concurrently, `width` days at a time
        assert len(days) <= width
        rounds.append(len(days))
        return [check(d) for d in days]

    found = window.oldest_day(exists_before, until, probe, width=width)
    assert found == (min(dates) - min(dates) % DAY if dates else None)
    assert len(rounds) <= 30 and len(probes) == sum(rounds)


def test_atomic_writer_replaces_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic.writer(target) as handle:
            handle.write("half of the new")
            raise RuntimeError("cut off")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.csv"]
    with atomic.writer(target, newline="") as handle:
        handle.write("new\r\n")
    assert target.read_bytes() == b"new\r\n"
    assert os.listdir(tmp_path) == ["out.csv"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()
    atomic.write_text(tmp_path / "state", "{}", permissions=0o600)
    assert (tmp_path / "state").stat().st_mode & 0o777 == 0o600


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


records = st.lists(st.fixed_dictionaries({"sid": st.text(max_size=5), "n": st.integers(), "body": st.text(max_size=8)}), max_size=12)


@given(records, st.lists(st.integers(min_value=0, max_value=12), max_size=4), st.sampled_from(["csv", "tsv", "json", "jsonl"]))
def test_a_document_joined_from_parts_is_the_whole_list_written_at_once(rows: list[dict], cuts: list[int], fmt: str) -> None:
    columns = ["sid", "n", "body"]
    whole = io.StringIO()
    write_records(rows, fmt, columns, stream=whole, full_objects=True)
    bounds = sorted({0, len(rows), *(min(c, len(rows)) for c in cuts)})
    parts = [rows[a:b] for a, b in zip(bounds, bounds[1:])]
    for spooled in (False, True):
        out = io.StringIO()
        sink = Sink(fmt, columns, out)
        for i, part in enumerate(parts):
            if spooled and i % 2:
                spool = io.StringIO()
                sink.append(spool, sink.body(part, spool))
            else:
                sink.write(part)
        assert sink.close() == len(rows)
        assert out.getvalue() == whole.getvalue()


@given(st.dictionaries(st.text(max_size=6), st.one_of(st.text(max_size=12), st.integers(), st.none()), max_size=6))
def test_flat_objects_are_what_the_json_encoder_writes(value: dict) -> None:
    from twiliocli.output.cells import _COMPACT_JSON, plain

    assert plain(value) == _COMPACT_JSON(value)


@pytest.mark.parametrize("resource", [r for r in resources.ALL if r.lifecycle], ids=lambda r: r.name)
def test_undated_statuses_are_ones_the_list_can_filter_by(resource: resources.Resource) -> None:
    """Export fetches never-dated records with the list's `Status` filter; a list without one
    (Messages) would answer with every record ever made, so the declaration must not ask."""
    document = openapi.document()
    operation = document["paths"][f"/{resources.API_VERSION}{resource.path}.json"]["get"]
    status = next((p for p in operation.get("parameters", ()) if p.get("name") == "Status"), None)
    if status is None:
        assert not resource.lifecycle.undated
        return
    schema = status["schema"]
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    assert set(resource.lifecycle.undated) <= set(schema["enum"])


@settings(max_examples=200)
@given(st.lists(st.one_of(st.none(), st.just(""), st.integers(0, 4 * 86_400).map(lambda s: timefmt.rfc2822(1_700_000_000 + s)),
                          st.sampled_from(["Tue, 14 Nov 2023 22:13:20 -0000", "2023-11-15", "not a date"])), max_size=20),
       st.one_of(st.none(), st.integers(0, 4 * 86_400)), st.integers(0, 4 * 86_400))
def test_a_day_filter_keeps_a_page_as_it_keeps_each_record(dates: list, lo: int | None, hi: int) -> None:
    """`DayFilter.kept` decides whole days in its loop: the same records (and undated count) as
    calling the filter on each, at the window's edges too."""
    from twiliocli.export.engine import DayFilter

    rows = [{"sid": f"CA{i}", "start_time": d} for i, d in enumerate(dates)]
    bounds = (None if lo is None else 1_700_000_000 + lo, 1_700_000_000 + hi)
    each, page = DayFilter("start_time", *bounds), DayFilter("start_time", *bounds)
    assert page.kept(rows) == [r for r in rows if each(r)]
    assert page.undated == each.undated
