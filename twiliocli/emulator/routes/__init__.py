"""Every route the emulator serves: (HTTP method, path template, handler), per resource family.

`HAND` are the hand-written ones; every other operation of Twilio's OpenAPI document is served by
`generic`, from the document itself. `KINDS` are the kinds the routes keep records of.
"""

from __future__ import annotations

from .. import catalog
from . import (accounts, addons, calls, conferences, events, generic, media, messages, numbers, queues, recordings,
               small, usage)

HAND = (*accounts.ROUTES, *calls.ROUTES, *messages.ROUTES, *conferences.ROUTES, *numbers.ROUTES,
        *recordings.ROUTES, *small.ROUTES, *media.ROUTES, *events.ROUTES, *usage.ROUTES, *queues.ROUTES, *addons.ROUTES)
_GENERIC = generic.unserved(HAND)  # matched against HAND's route map once: it takes a while to build
ROUTES = (*HAND, *generic.routes(_GENERIC))
KINDS = (*catalog.ALL, *generic.kinds(_GENERIC))
