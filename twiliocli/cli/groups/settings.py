"""`twiliocli config`: where the configuration file is, and the defaults it keeps.

`config set output json` makes json the format when `-o` is not given; `timezone`, `pager`,
`page_size` and `profile` work alike. The values live in config.toml's `[settings]` table (the
`profile` default is the active profile), written atomically with mode 0600 as profiles are.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Annotated, Literal, Optional

import typer

from twiliocli import config
from twiliocli.cli.framework import params as P
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
    key: Annotated[Optional[Key], typer.Argument(metavar="KEY", help="The setting (default: every one, with its value and where it came from).", show_default=False)] = None,
    output: P.Output = None,
    fields: P.Fields = None,
    no_header: P.NoHeader = False,
) -> None:
    """Print the settings in effect, each with its value and where it came from.

    Without KEY: every setting, from the default, the config file or the environment. With KEY: its value as set in the config file (nothing when unset).
    """
    current = config.load()
    if key is not None:
        value = config.setting(key, current)
        if value is not None:
            print(value)
        return
    from twiliocli.output import Printer

    printer = Printer({"key": 1, "value": 1, "source": 1}, fmt=output, fields=fields, header=not no_header, defer=False)
    printer.records(effective(current, os.environ))


get.__doc__ += examples("twiliocli config get", "twiliocli config get output", "twiliocli config get -o json")


def effective(current: config.Config, env: Mapping[str, str]) -> list[dict[str, str]]:
    """Each setting as a run sees it: (key, value, source), by the precedence each one has."""
    rows = []

    def row(name: str, value: object, source: str) -> None:
        rows.append({"key": name, "value": "" if value is None else str(value), "source": source})

    def configured(name: str) -> object:
        return config.setting(name, current)

    value = configured("output")
    row("output", *((value, "config file") if value else ("table on a terminal, tsv otherwise", "default")))
    value = configured("timezone")
    row("timezone", *((value, "config file") if value else ("UTC", "default")))
    from twiliocli.output import pager

    if env.get("TWILIOCLI_PAGER") is not None:
        row("pager", env["TWILIOCLI_PAGER"] or "(none)", "environment (TWILIOCLI_PAGER)")
    elif configured("pager"):
        row("pager", configured("pager"), "config file")
    elif env.get("PAGER") is not None:
        row("pager", env["PAGER"] or "(none)", "environment (PAGER)")
    else:
        row("pager", pager.DEFAULT, "default")
    value = configured("page_size")
    if value:
        row("page_size", value, "config file")
    else:
        from twiliocli.api.pagination import MAX_PAGE_SIZE

        row("page_size", MAX_PAGE_SIZE, "default")
    if env.get("TWILIOCLI_PROFILE"):
        row("profile", env["TWILIOCLI_PROFILE"], "environment (TWILIOCLI_PROFILE)")
    elif env.get("TWILIO_ACCOUNT_SID") and (env.get("TWILIO_AUTH_TOKEN") or env.get("TWILIO_API_SECRET")):
        row("profile", "(none: TWILIO_* credentials)", "environment (TWILIO_ACCOUNT_SID)")
    elif current.active:
        row("profile", configured("profile"), "config file")
    else:
        row("profile", "(none)", "default")
    return rows


@config_app.command()
def unset(key: Annotated[Key, typer.Argument(metavar="KEY", help="The setting to forget.")]) -> None:
    """Forget a default: the built-in one applies again."""
    from twiliocli.output import messages

    if config.unset_setting(key):
        messages.success(f"{key} is unset")
    else:
        messages.info(f"{key} was not set")


unset.__doc__ += examples("twiliocli config unset pager")
