"""Property tests for the input validators: what they accept is well-formed, everything else is refused."""

from __future__ import annotations

import re
import string
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twiliocli import validate

HEX = "0123456789abcdefABCDEF"
PREFIXES = ["AC", "CA", "SM", "PN", "RE", "TR", "CF", "AP", "NO", "SK"]
FAST = settings(max_examples=300, deadline=None, derandomize=True, database=None)


@FAST
@given(st.sampled_from(PREFIXES), st.text(alphabet=HEX, min_size=32, max_size=32))
def test_every_well_formed_sid_is_accepted(prefix, body):
    assert validate.sid(prefix + body, prefix) == prefix + body


@FAST
@given(st.sampled_from(PREFIXES), st.text(max_size=40))
def test_anything_else_is_refused_with_the_fix(prefix, text):
    candidate = prefix + text
    well_formed = len(text) == 32 and all(c in HEX for c in text)
    if well_formed:
        assert validate.sid(candidate, prefix) == candidate
    else:
        with pytest.raises(ValueError, match=f"expected {prefix} followed by 32 hex digits"):
            validate.sid(candidate, prefix)


@FAST
@given(st.sampled_from(PREFIXES), st.sampled_from(PREFIXES), st.text(alphabet=HEX, min_size=32, max_size=32))
def test_a_sid_of_another_kind_is_refused(prefix, other, body):
    if prefix != other:
        with pytest.raises(ValueError):
            validate.sid(other + body, prefix)


@FAST
@given(st.from_regex(r"\+[1-9][0-9]{1,14}", fullmatch=True))
def test_e164_numbers_are_accepted_unchanged(number):
    assert validate.e164(number) == number


@FAST
@given(st.text(max_size=20))
def test_e164_result_is_always_well_formed(text):
    try:
        result = validate.e164(text)
    except ValueError as exc:
        assert "E.164" in str(exc)
    else:
        assert re.fullmatch(r"\+[1-9][0-9]{1,14}", result)


@FAST
@given(st.dates(min_value=date(1970, 1, 1), max_value=date(2200, 12, 31)))
def test_iso_dates_round_trip(day):
    parsed = validate.when(day.isoformat())
    assert parsed == day
    assert validate.api_date(parsed, day_only=True) == day.isoformat()


@FAST
@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(timezone.utc)))
def test_iso_datetimes_parse_to_utc(moment):
    moment = moment.replace(microsecond=0)
    parsed = validate.when(moment.isoformat())
    assert parsed == moment and parsed.tzinfo is not None
    assert validate.api_date(parsed, day_only=False) == moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@FAST
@given(st.integers(min_value=1, max_value=10_000), st.sampled_from("mhdw"))
def test_relative_spans_count_back_from_now(n, unit):
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    seconds = {"m": 60, "h": 3600, "d": 86400, "w": 604800}[unit]
    assert validate.when(f"{n}{unit}", now=now) == now - timedelta(seconds=n * seconds)


@FAST
@given(st.text(alphabet=string.ascii_letters + string.punctuation + " ", min_size=1, max_size=15))
def test_non_dates_are_refused_with_the_accepted_forms(text):
    try:
        validate.when(text)
    except ValueError as exc:
        assert "YYYY-MM-DD" in str(exc) and "24h" in str(exc)


@FAST
@given(st.sampled_from(["http", "https"]), st.from_regex(r"[a-z][a-z0-9-]{0,20}(\.[a-z]{2,6}){1,2}", fullmatch=True),
       st.from_regex(r"(/[A-Za-z0-9._~-]{0,12}){0,3}", fullmatch=True))
def test_absolute_http_urls_are_accepted(scheme, host, path):
    value = f"{scheme}://{host}{path}"
    assert validate.url(value) == value


@FAST
@given(st.text(max_size=30))
def test_urls_without_scheme_and_host_are_refused(text):
    try:
        result = validate.url(text)
    except ValueError as exc:
        assert "absolute URL" in str(exc)
    else:
        assert result.startswith(("http://", "https://"))
