"""Twilio's OpenAPI document for the 2010-04-01 API, vendored as facts (see SOURCE.json beside it).

`scripts/vendor_spec.py` writes it from the official `twilio_api_v2010.json` of twilio-oai, keeping
paths, parameters, schemas, enums and examples and leaving out the prose. Loaded on first use
(about 10 ms), never at import, so commands that do not need it pay nothing: the package's
generated tables (fields.py, operations.py, words.py) import nothing either.
"""

from __future__ import annotations

import functools

DOCUMENT = "twilio_api_v2010.json.gz"


@functools.cache
def document() -> dict:
    """The vendored document; shared, so treat it as read-only (copy before changing it)."""
    import gzip
    import json
    from importlib import resources

    return json.loads(gzip.decompress(resources.files(__name__).joinpath(DOCUMENT).read_bytes()))


def source() -> dict:
    """Where the vendored document came from: repository, path, versions, licences, SHA-256."""
    import json
    from importlib import resources

    return json.loads(resources.files(__name__).joinpath("SOURCE.json").read_text())
