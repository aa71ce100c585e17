"""`twiliocli usage`: what the account used and spent, by category."""

from __future__ import annotations

from twiliocli.api.resources import USAGE_RECORDS
from twiliocli.cli.commands import ResourceGroup

group = ResourceGroup(USAGE_RECORDS, "Usage and spend by category.")
app = group.app


@app.callback()
def usage() -> None:
    """Usage and spend by category."""
