"""`twiliocli config`: where the configuration file is, and the defaults it keeps.

`config set output json` makes json the format when `-o` is not given; `timezone`, `pager`,
`page_size` and `profile` work alike. The values live in config.toml's `[settings]` table (the
`profile` default is the active profile), written atomically with mode 0600 as profiles are.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional

import typer

from twiliocli import config
from twiliocli.cli.framework.signature import examples

config_app = typer.Typer(help="The configuration file and the defaults it keeps.", no_args_is_help=True, add_completion=False)

Key = Literal["output", "timezone", "pager", "page_size", "profile"]  # config.SETTINGS, for help and TAB
KEY_HELP = "; ".join(f"{name}: {what}" for name, what in config.SETTINGS.items())


@config_app.callback()
def _config() -> None:
    """The configuration file and the defaults it keeps."""


@config_app.command()
def path() -> None:
    """Print where the configuration file lives."""
    print(config.config_path())


path.__doc__ += examples("twiliocli config path")


@config_app.command("set")
def set_(
    key: Annotated[Key, typer.Argument(metavar="KEY", help=f"The setting. {KEY_HELP}.")],
    value: Annotated[str, typer.Argument(metavar="VALUE", help="Its new value.")],
) -> None:
    """Keep a default: output, timezone, pager, page_size or profile."""
    saved = config.set_setting(key, value)
    from twiliocli.output import messages

    messages.success(f"{key} = {saved}")


set_.__doc__ += examples(
    "twiliocli config set output json",
    "twiliocli config set timezone Europe/Paris",
    "twiliocli config set page_size 1000",
    "twiliocli config set profile staging",
)


@config_app.command()
def get(
    key: Annotated[Optional[Key], typer.Argument(metavar="KEY", help="The setting (default: every one that is set).", show_default=False)] = None,
) -> None:
    """Print a default (nothing when unset), or every one that is set as KEY=VALUE lines."""
    current = config.load()
    if key is not None:
        value = config.setting(key, current)
        if value is not None:
            print(value)
        return
    for name in config.SETTINGS:
        value = config.setting(name, current)
        if value is not None:
            print(f"{name}={value}")


get.__doc__ += examples("twiliocli config get output", "twiliocli config get")


@config_app.command()
def unset(key: Annotated[Key, typer.Argument(metavar="KEY", help="The setting to forget.")]) -> None:
    """Forget a default: the built-in one applies again."""
    from twiliocli.output import messages

    if config.unset_setting(key):
        messages.success(f"{key} is unset")
    else:
        messages.info(f"{key} was not set")


unset.__doc__ += examples("twiliocli config unset pager")
