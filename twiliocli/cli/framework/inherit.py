"""Global options anywhere on the line: `twiliocli calls list -p emulator` as `twiliocli -p emulator calls list`.

Every group and command gets a copy of the root command's options (declared once, as `Runtime`
fields). A copy keeps its type, checks and TAB completion and shows in a "Global options" help panel;
given on the line, its value goes to the run's `Runtime`, as the root's own would have. Parsing stays
click's: an option's value is never mistaken for a command, and nothing after `--` is an option.

A command's own option of the same name wins (`calls create --timeout` is the ring time, `login
--profile` the profile to save): there the global one goes before the group.
"""

from __future__ import annotations

import copy
from typing import Any

from twiliocli.cli.framework.compat import ParameterSource
from twiliocli.cli.framework.runtime import runtime

PANEL = "Global options"


def adopt(command: Any, root: Any) -> None:
    """Give `command` (and the groups and commands already built under it) the root's options."""
    if getattr(command, "inherits_globals", False) or command is root:
        return
    command.inherits_globals = True
    taken = {n for p in command.params for n in (p.name, *p.opts, *p.secondary_opts)}
    for p in root.params:
        if p.name != "help" and not taken & {p.name, *p.opts, *p.secondary_opts}:
            command.params.append(_inherited(p))
    for sub in getattr(command, "commands", {}).values():
        adopt(sub, root)


def _inherited(option: Any) -> Any:
    """A copy of a root option that stores its value in the run's `Runtime` when given."""
    copied = copy.copy(option)
    original = option.callback

    def store(ctx: Any, param: Any, value: Any) -> Any:
        if original is not None:
            value = original(ctx, param, value)
        if ctx.get_parameter_source(param.name) is ParameterSource.COMMANDLINE and not ctx.resilient_parsing:
            setattr(runtime(ctx), param.name, value)
        return value

    copied.callback = store
    copied.expose_value = False
    copied.rich_help_panel = PANEL
    copied.inherited = True
    return copied
