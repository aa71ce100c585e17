"""twiliocli: a command-line administration tool for the Twilio REST API (2010-04-01)."""

__version__ = "0.1.0"
