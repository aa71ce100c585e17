"""A local, stateful server that answers the Twilio 2010-04-01 REST API as Twilio does.

Nothing is imported here on purpose: `twiliocli --help` must not pay for werkzeug or sqlite.
Use `twiliocli.emulator.server.start_background` (tests) or `serve` (the CLI command).
"""
