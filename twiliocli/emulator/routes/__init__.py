"""Every route the emulator serves: (HTTP method, path template, handler), per resource family."""

from __future__ import annotations

from . import accounts, calls, conferences, messages, numbers, recordings, small

ROUTES = (*accounts.ROUTES, *calls.ROUTES, *messages.ROUTES, *conferences.ROUTES, *numbers.ROUTES,
          *recordings.ROUTES, *small.ROUTES)
