"""`twiliocli errors CODE` and `twiliocli errors search WORDS`: Twilio's error dictionary, offline.

The facts (code, title, product, log level) come from Twilio's public error dictionary, vendored
by scripts/gen_error_codes.py into api/error_meanings.py; causes and solutions are on each code's
docs page, which every answer links.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.signature import examples
from twiliocli.errors import CliError, ExitStatus, UsageError

app = typer.Typer(add_completion=False)

COLUMNS = {"code": 1, "title": 1, "level": 2, "product": 3, "link": 4}


@app.command()
def errors(
    words: Annotated[Optional[list[str]], typer.Argument(
        metavar="CODE... | search WORDS...", show_default=False,
        help="One or more error codes (e.g. 30003), or 'search' and words to find in the titles.")] = None,
    output: P.Output = None,
    fields: P.Fields = None,
    no_header: P.NoHeader = False,
) -> None:
    """What a Twilio error code means: its title, product, log level and docs page (offline).

    Twilio's public error dictionary ships with twiliocli: each code's title, product and log level; causes and solutions are on the docs page it links. A code the dictionary lacks gets its link, and exit status 4.
    """
    from twiliocli.api import errorcodes

    given = list(words or [])
    if not given:
        raise UsageError("Name an error code, e.g. 'twiliocli errors 30003', or search titles: 'twiliocli errors search queue'")
    from twiliocli.output import Printer

    if given[0] == "search":
        terms = given[1:]
        if not terms:
            raise UsageError("errors search needs words to look for in the titles, e.g. 'twiliocli errors search unreachable'")
        printer = Printer(COLUMNS, fmt=output, fields=fields, header=not no_header, defer=False,
                          shorten=("title", "product"))
        found = errorcodes.search(terms)
        printer.records(e.record() for e in found)
        if not found:
            raise CliError(f"No error title holds {' '.join(terms)!r}; try fewer or other words", ExitStatus.NOT_FOUND)
        return
    bad = [w for w in given if not (w.isascii() and w.isdigit())]
    if bad:
        raise UsageError(f"{bad[0]!r} is not an error code (a number such as 30003); to find codes by words use 'twiliocli errors search {' '.join(given)}'")
    printer = Printer(COLUMNS, fmt=output, fields=fields, header=not no_header, defer=False, whole_records=len(given) == 1)
    known = [errorcodes.lookup(w) for w in given]
    records = [e.record() if e else {"code": int(w), "title": "", "product": "", "level": "", "link": errorcodes.link(int(w))}
               for w, e in zip(given, known)]
    if len(records) == 1:
        printer.record(records[0])
    else:
        printer.records(records)
    missing = [w for w, e in zip(given, known) if e is None]
    if missing:
        raise CliError(f"Error {', '.join(missing)} is not in the dictionary that ships with twiliocli "
                       f"({errorcodes.SOURCE['codes']} codes, as of {errorcodes.SOURCE['last_updated'][:10]}); "
                       f"see {errorcodes.link(missing[0])}", ExitStatus.NOT_FOUND)


errors.__doc__ += examples(
    "twiliocli errors 30003",
    "twiliocli errors 11200 21610 -o json",
    "twiliocli errors search unreachable",
    "twiliocli errors search queue overflow -o tsv",
)
