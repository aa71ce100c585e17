"""Every route the emulator serves: (HTTP method, path template, handler), per resource family."""

from __future__ import annotations

from . import accounts, calls, conferences, events, media, messages, numbers, recordings, small, usage

ROUTES = (*accounts.ROUTES, *calls.ROUTES, *messages.ROUTES, *conferences.ROUTES, *numbers.ROUTES,
          *recordings.ROUTES, *small.ROUTES, *media.ROUTES, *events.ROUTES, *usage.ROUTES)
