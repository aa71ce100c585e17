"""The vendored OpenAPI facts (twiliocli/openapi) are what scripts/vendor_spec.py makes of Twilio's
official document, carry no prose, and name their source and licence.

Only the regeneration check needs the official document (`TWILIO_OPENAPI_V2010`: a path, or its
published https:// URL where there is a network); everything else in the suite reads the vendored
copy, and the tables made from it (fields.py, operations.py) are checked against it here.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from twiliocli import openapi

REPO = Path(__file__).resolve().parents[1]
OFFICIAL = os.environ.get("TWILIO_OPENAPI_V2010", "")


def vendor_script():
    spec = importlib.util.spec_from_file_location("vendor_spec", REPO / "scripts" / "vendor_spec.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not OFFICIAL, reason="TWILIO_OPENAPI_V2010 names no official twilio_api_v2010.json")
def test_vendored_document_is_what_the_script_makes_of_the_official_one() -> None:
    script = vendor_script()
    assert script.stale(script.build(script.fetch(OFFICIAL))) == []


def test_tables_are_what_the_script_makes_of_the_vendored_document() -> None:
    script = vendor_script()
    document = openapi.document()
    assert script.stale({script.FIELDS: script.render_fields(document),
                         script.OPERATIONS: script.render_operations(document),
                         script.WORDS: script.render_words(document)}) == []


def test_no_prose_is_vendored() -> None:
    def prose(node, key=""):
        if isinstance(node, dict):
            for name, value in node.items():
                if name in ("example", "examples", "enum", "default"):
                    continue
                if name in ("description", "summary") and isinstance(value, str) and value:
                    yield key
                yield from prose(value, name)
        elif isinstance(node, list):
            for item in node:
                yield from prose(item, key)

    document = openapi.document()
    assert list(prose(document)) == []
    assert len(document["paths"]) > 100 and "api.v2010.account.call" in document["components"]["schemas"]


def test_source_and_licence_are_recorded() -> None:
    source = openapi.source()
    assert source["repository"] == "https://github.com/twilio/twilio-oai"
    assert source["repository_license"] == "MIT"
    assert source["info_license"]["name"] == openapi.document()["info"]["license"]["name"]
    assert len(source["sha256"]) == 64
