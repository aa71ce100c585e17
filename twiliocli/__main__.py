"""`python -m twiliocli`."""

from twiliocli.cli.entry import main

main()
