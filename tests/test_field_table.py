"""One field table (twiliocli/openapi/fields.py), made from the vendored OpenAPI facts, read by the
CLI (`--fields`) and the emulator (what its records show) alike."""

from __future__ import annotations

from pathlib import Path

from twiliocli import openapi
from twiliocli.api import resources
from twiliocli.emulator import catalog

from tests.test_openapi_vendored import vendor_script

TABLE = Path(openapi.__file__).parent / "fields.py"


def test_table_is_what_the_script_makes_of_the_vendored_document() -> None:
    assert TABLE.read_bytes() == vendor_script().render_fields(openapi.document())


def test_every_resource_the_emulator_serves_shows_the_fields_the_cli_accepts() -> None:
    for kind in catalog.ALL:
        shown = [f.name for f in kind.fields if not f.hidden]
        assert kind.api.fields and shown == list(kind.api.fields), kind.table


def test_each_declared_schema_is_a_record_schema_of_the_document() -> None:
    schemas = openapi.document()["components"]["schemas"]
    declared = [r for r in vars(resources).values() if isinstance(r, resources.Resource)]
    for resource in declared:
        if resource.schema:
            assert list(schemas[resource.schema]["properties"]) == list(resource.fields), resource.name
        else:  # not in the document: the seed docs' fields
            assert resource.name == "sandbox" and "pin" in resource.fields
