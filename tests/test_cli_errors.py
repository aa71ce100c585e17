"""`twiliocli errors CODE` and `errors search WORDS`: Twilio's error dictionary, vendored as facts
by scripts/gen_error_codes.py, offline; and the generator itself."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.terminal import run_on_terminal
from twiliocli.api import errorcodes
from twiliocli.api.error_meanings import ERRORS, SOURCE

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
ROOT = Path(__file__).resolve().parent.parent


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_error_codes", ROOT / "scripts" / "gen_error_codes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_errors_30003_on_a_terminal_names_title_product_level_and_docs():
    code, shown = run_on_terminal("errors", "30003", columns=80)
    text = ANSI.sub("", shown)
    assert code == 0, text
    assert "Unreachable destination handset" in text
    assert "Programmable SMS" in text and "error" in text
    assert "https://www.twilio.com/docs/errors/30003" in text


def test_errors_for_scripts_are_the_facts():
    record = json.loads(run_cli("errors", "30003", "-o", "json").stdout)
    assert record == {"code": 30003, "title": "Unreachable destination handset", "product": "Programmable SMS",
                      "level": "error", "link": "https://www.twilio.com/docs/errors/30003"}
    lines = run_cli("errors", "11200", "21610", "--fields", "code,title", "--no-header").lines
    assert lines == ["11200\tHTTP retrieval failure", "21610\tAttempt to send to unsubscribed recipient"]


def test_a_code_the_dictionary_lacks_still_gets_its_link_and_exit_4():
    result = run_cli("errors", "99999", "-o", "json")
    assert result.exit_code == 4
    assert json.loads(result.stdout)["link"] == "https://www.twilio.com/docs/errors/99999"
    assert "99999 is not in the dictionary" in result.stderr and "docs/errors/99999" in result.stderr


def test_search_finds_codes_by_their_title():
    lines = run_cli("errors", "search", "unreachable", "destination", "--fields", "code,title", "--no-header").lines
    assert "30003\tUnreachable destination handset" in lines
    assert all("unreachable" in line.lower() and "destination" in line.lower() for line in lines)
    assert run_cli("errors", "search", "QUEUE", "overflow", "--fields", "code", "--no-header").lines[0] == "30001"
    missing = run_cli("errors", "search", "no-such-words-anywhere")
    assert missing.exit_code == 4 and "No error title holds" in missing.stderr


@pytest.mark.parametrize("args", [("errors",), ("errors", "abc"), ("errors", "search"), ("errors", "30003", "-o", "xml")])
def test_bad_input_exits_2_with_one_line(args):
    result = run_cli(*args)
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert len([line for line in result.stderr.splitlines() if line.strip()]) <= 3


def test_not_a_code_suggests_search():
    result = run_cli("errors", "unreachable")
    assert result.exit_code == 2
    assert "twiliocli errors search unreachable" in result.stderr


def test_the_vendored_dictionary_is_every_code_with_facts_only():
    assert len(ERRORS) == SOURCE["codes"] > 1500
    assert SOURCE["published"].startswith("https://www.twilio.com/")
    assert re.fullmatch(r"[0-9a-f]{64}", SOURCE["sha256"])
    for code, (title, product, level) in ERRORS.items():
        assert isinstance(code, int) and title and title == " ".join(title.split())
        assert level in ("ERROR", "WARNING") and isinstance(product, str)
    assert errorcodes.explain(30003) == "30003 Unreachable destination handset"
    assert errorcodes.explain("99999") == "99999 https://www.twilio.com/docs/errors/99999"


def test_the_generator_keeps_facts_and_drops_prose(tmp_path, monkeypatch):
    generator = load_generator()
    published = [
        {"code": 30003, "message": "Unreachable  destination handset", "product": "Programmable SMS",
         "log_level": "ERROR", "causes": "PROSE-CAUSES", "solutions": "PROSE-SOLUTIONS", "docs": "PROSE-DOCS",
         "description": "PROSE-DESCRIPTION", "last_updated": "2023-01-02T00:00:00Z"},
        {"code": 11200, "message": "HTTP retrieval failure", "product": None, "log_level": "WARNING"},
        {"code": "x", "message": "not a code"},
        {"code": 1, "message": ""},
    ]
    source = tmp_path / "twilio-error-codes.json"
    source.write_text(json.dumps(published))
    text = generator.render(source.read_bytes(), "a test copy")
    assert "PROSE" not in text
    assert '30003: ("Unreachable destination handset", "Programmable SMS", "ERROR"),' in text
    assert '11200: ("HTTP retrieval failure", "", "WARNING"),' in text
    assert '"codes": 2,' in text and '"last_updated": "2023-01-02T00:00:00Z"' in text
    namespace: dict = {}
    exec(compile(text, "error_meanings.py", "exec"), namespace)
    assert set(namespace["ERRORS"]) == {11200, 30003}
    # The source may be given by $TWILIO_ERROR_CODES; --check says the shipped table differs from it.
    monkeypatch.setenv("TWILIO_ERROR_CODES", str(source))
    assert generator.main(["--check"]) == 1
