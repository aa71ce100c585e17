"""The one time module: its fast paths give exactly the standard library's answers, and the
conversions round-trip."""

from __future__ import annotations

from datetime import date, datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twiliocli import timefmt

DAY = timefmt.DAY
moments = st.integers(min_value=0, max_value=4_102_444_800)  # 1970 .. 2100


def twilio_text(moment: int) -> str:
    return format_datetime(datetime.fromtimestamp(moment, timezone.utc)).replace("-0000", "+0000")


def reference_epoch(value: str) -> int | None:
    """What `email.utils` alone makes of `value` (the slow path, as the oracle)."""
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())


@given(moments)
def test_twilio_dates_round_trip_through_every_form(moment: int) -> None:
    text = timefmt.rfc2822(moment)
    assert text == twilio_text(moment) and len(text) == 31  # Twilio's fixed width
    assert timefmt.epoch(text) == moment
    assert timefmt.day_start(text) == timefmt.day_floor(moment) == moment - moment % DAY
    assert timefmt.iso_date(text) == timefmt.iso(moment) == datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert timefmt.day_text(moment) == timefmt.iso(moment)[:10]
    assert timefmt.parse_iso(timefmt.iso(moment)) == moment
    assert timefmt.parse_iso(timefmt.day_text(moment)) == timefmt.day_floor(moment)


# Strings of Twilio's fixed shape with every field free, valid or not (31 Feb, hour 24, "Xyz" month).
fixed_shape = st.builds(
    "{}, {:02d} {} {:04d} {:02d}:{:02d}:{:02d} +0000".format,
    st.sampled_from(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
    st.integers(0, 32),
    st.sampled_from([*timefmt.MONTHS, "Xyz", "jan"]),
    st.integers(1900, 2200),
    st.integers(0, 25),
    st.integers(0, 61),
    st.integers(0, 61),
)


@given(fixed_shape)
def test_the_fast_path_agrees_with_the_standard_library(value: str) -> None:
    expected = reference_epoch(value)
    assert timefmt.epoch(value) == expected
    assert timefmt.iso_date(value) == (value if expected is None else timefmt.iso(expected))
    if expected is not None:  # None from day_start means "another shape: ask epoch"
        assert timefmt.day_start(value) in (expected - expected % DAY, None)


@given(st.text(max_size=40))
def test_any_text_parses_as_the_standard_library_does_or_is_left_alone(value: str) -> None:
    expected = reference_epoch(value)
    assert timefmt.epoch(value) == expected
    shown = timefmt.iso_date(value)
    assert shown == value or shown == timefmt.iso(expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Fri, 18 Oct 2019 17:00:00 +0000", "2019-10-18T17:00:00Z"),
        ("Tue, 05 Jan 2010 03:04:05 +0000", "2010-01-05T03:04:05Z"),
        ("18 Oct 2019 19:00:00 +0200", "2019-10-18T17:00:00Z"),  # other zones become UTC
        ("Fri, 18 Oct 2019 12:00:00 -0500", "2019-10-18T17:00:00Z"),
        ("Fri, 8 Oct 2019 17:00:00 GMT", "2019-10-08T17:00:00Z"),
        ("Wed, 02 Dec 2026 05:45:00 GMT", "2026-12-02T05:45:00Z"),  # an HTTP Date header
        ("Fri, 18 Oct 2019 17:00:00 -0000", "2019-10-18T17:00:00Z"),  # unknown zone: taken as UTC
        ("Fri, 31 Feb 2019 17:00:00 +0000", "Fri, 31 Feb 2019 17:00:00 +0000"),  # no such day
        ("Fri, 18 Xyz 2019 17:00:00 +0000", "Fri, 18 Xyz 2019 17:00:00 +0000"),
        ("2019-10-18T17:00:00Z", "2019-10-18T17:00:00Z"),
        ("0", "0"),
        ("", ""),
        ("soon", "soon"),
    ],
)
def test_iso_date(value: str, expected: str) -> None:
    assert timefmt.iso_date(value) == expected


def test_unreadable_dates_are_none() -> None:
    assert timefmt.epoch("Fri, 32 Oct 2019 17:00:00 +0000") is None
    assert timefmt.epoch("not a date") is None
    assert timefmt.rfc2822(None) is None and timefmt.iso(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01", 1_714_521_600),
        ("2024-05-01T12:00:00Z", 1_714_564_800),
        ("2024-05-01T12:00:00", 1_714_564_800),  # naive: UTC
        ("2024-05-01 12:00:00", 1_714_564_800),  # Twilio's variant
        ("2024-05-01T14:00:00+02:00", 1_714_564_800),
    ],
)
def test_parse_iso(text: str, expected: int) -> None:
    assert timefmt.parse_iso(text) == expected


@pytest.mark.parametrize("text", ["2024-13-01", "yesterday", "", "2024-05-01T25:00:00Z"])
def test_parse_iso_refuses_what_is_no_date(text: str) -> None:
    with pytest.raises(ValueError):
        timefmt.parse_iso(text)


def test_from_datetime_reads_days_as_utc_midnight_and_naive_times_as_utc() -> None:
    assert timefmt.from_datetime(date(2024, 5, 1)) == 1_714_521_600
    assert timefmt.from_datetime(datetime(2024, 5, 1, 12)) == 1_714_564_800
    assert timefmt.from_datetime(datetime(2024, 5, 1, 12, tzinfo=timezone.utc)) == 1_714_564_800
