"""Every private Typer/click name the CLI uses, in one place (`typer==0.28.0` is pinned exactly).

Typer 0.28 vendors click as `typer._click`, a private module; the lazy command tree also converts
one command at a time with `typer.main.get_command_from_info`, which Typer does not document.
Importing this module costs nothing extra: `import typer` has loaded all of it already.

On a Typer upgrade, check (the suite covers each: test_help, test_shell_completion, test_cli_basics):
- `typer._click` still exists, or click is a dependency again: then import these from `click`;
- `get_command_from_info(info, pretty_exceptions_short=…, rich_markup_mode=…)` keeps that signature
  and still returns the click command Typer itself would build (test_lazy_groups_match_typers_own_conversion);
- `ShellComplete` and `split_arg_string` still parse a command line for completion as before;
- `FuncParamType` still parses with a function (help shows a SID's type through it);
- `ParameterSource` still tells a value given on the command line from a default;
- an unknown option still raises `NoSuchOption` with its `possibilities` (signature.py);
- parse failures still raise `ClickException` (an unknown command its `UsageError`), and a bare
  group `NoArgsIsHelpError`.
"""

from typer._click import Context
from typer._click.core import ParameterSource
from typer._click.globals import get_current_context
from typer._click.exceptions import ClickException, NoArgsIsHelpError, NoSuchOption, UsageError
from typer._click.shell_completion import ShellComplete, split_arg_string
from typer._click.types import FuncParamType
from typer.main import get_command_from_info

__all__ = ["ClickException", "Context", "FuncParamType", "NoArgsIsHelpError", "NoSuchOption", "ParameterSource", "ShellComplete",
           "UsageError", "get_command_from_info", "get_current_context", "split_arg_string"]
