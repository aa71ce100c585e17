"""Profiles, credentials and defaults in `config.toml`, and which credentials a run uses.

The file lives in `platformdirs.user_config_dir("twiliocli")` (or `$TWILIOCLI_CONFIG_DIR`), in a
0700 folder with mode 0600, written atomically. A file others can read is refused, as ssh does.
Precedence (ARCHITECTURE.md): flags, then an explicit profile, then TWILIO_* variables, then the active profile;
`resolve` decides the credentials and the base URL together.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from twiliocli.errors import CliError, ExitStatus

EMULATOR = "emulator"
EMBEDDED = "embedded"  # api_url of the built-in emulator profile: the CLI starts it in-process
DEFAULT_BASE_URL = "https://api.twilio.com"
PROFILE_KEYS = ("account_sid", "auth_token", "api_key", "api_secret", "api_url", "region", "edge", "ca_bundle", "keyring")


class ConfigError(CliError):
    status = ExitStatus.AUTH


def config_dir() -> Path:
    override = os.environ.get("TWILIOCLI_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("twiliocli"))


def data_dir() -> Path:
    """Where the built-in emulator keeps its database (`$TWILIOCLI_DATA_DIR` overrides)."""
    override = os.environ.get("TWILIOCLI_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("twiliocli"))


def config_path() -> Path:
    return config_dir() / "config.toml"


class Config:
    """The whole file: the active profile's name, every profile's settings, and the defaults
    `twiliocli config set` keeps (the `[settings]` table; the `profile` default is `active`).

    A plain class, as `Credentials` is a NamedTuple: every command reads the file, and the
    `dataclasses` module (with the `inspect` it imports) is ~5 ms of a list's start-up."""

    def __init__(self, active: str | None = None, profiles: dict[str, dict[str, Any]] | None = None,
                 settings: dict[str, Any] | None = None) -> None:
        self.active = active
        self.profiles: dict[str, dict[str, Any]] = {} if profiles is None else profiles
        self.settings: dict[str, Any] = {} if settings is None else settings


def load() -> Config:
    path = config_path()
    try:
        info = path.stat()
    except FileNotFoundError:
        return Config()
    if os.name == "posix" and info.st_mode & 0o077:
        raise ConfigError(
            f"{path} is readable by other users (mode {stat.S_IMODE(info.st_mode):04o}); "
            f"it holds credentials: run 'chmod 600 {path}'"
        )
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CliError(f"{path} is not valid TOML ({exc}); fix or remove it") from None
    profiles = {k: dict(v) for k, v in document.get("profiles", {}).items() if isinstance(v, dict)}
    settings = document.get("settings")
    return Config(active=document.get("active"), profiles=profiles, settings=dict(settings) if isinstance(settings, dict) else {})


def save(config: Config) -> Path:
    """Write the file atomically (temporary 0600 file in the same folder, fsync, rename)."""
    import tomli_w

    from twiliocli import atomic

    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    document: dict[str, Any] = {}
    if config.active:
        document["active"] = config.active
    if config.settings:
        document["settings"] = config.settings
    document["profiles"] = config.profiles
    atomic.write_text(config_path(), tomli_w.dumps(document), permissions=0o600)
    return config_path()


# -- defaults (`twiliocli config set|get|unset`) ------------------------------------------------

# name -> what it holds, as help and error messages say it
SETTINGS: dict[str, str] = {
    "output": "the output format when -o is not given: table, tsv, csv, json or jsonl",
    "timezone": "the time zone of dates in tables, tsv and csv: local, UTC or an Area/City name",
    "pager": "the program long output on a terminal goes through, e.g. 'less -FRX' ('cat': none)",
    "page_size": "records per API request for lists when --page-size is not given (1-1000)",
    "profile": "the profile used when none is named (the active profile, as 'profiles use' sets it)",
}


class SettingError(CliError):
    """A setting name or value that cannot be: bad usage (exit 2), whether typed or found in the file."""

    status = ExitStatus.USAGE


def setting(name: str, config: Config | None = None) -> Any:
    """The configured default `name` (a key of SETTINGS), checked, or None when unset.

    Reading it costs a stat when there is no config file, and a TOML parse when there is."""
    config = config or load()
    value = config.active if name == "profile" else config.settings.get(name)
    if value is None:
        return None
    try:
        return check_setting(name, str(value), config)
    except SettingError as exc:
        raise SettingError(f"{config_path()}: {exc.message}; fix it with 'twiliocli config set {name} VALUE'") from None


def check_setting(name: str, value: str, config: Config | None = None) -> Any:
    """`value` for setting `name`, normalised (`page_size` becomes an int), or SettingError naming the fix."""
    if name not in SETTINGS:
        raise SettingError(f"Unknown setting {name!r}; settings: {', '.join(SETTINGS)}")
    text = value.strip()
    if name == "output":
        from twiliocli.output import FORMATS

        if text.lower() in FORMATS:
            return text.lower()
        raise SettingError(f"output {value!r} is not a format; use one of {', '.join(FORMATS)}")
    if name == "timezone":
        return _time_zone(text)
    if name == "pager":
        return _pager(text)
    if name == "page_size":
        if text.isascii() and text.isdigit() and 1 <= int(text) <= 1000:
            return int(text)
        raise SettingError(f"page_size {value!r} is not a number from 1 to 1000")
    known = set((config or load()).profiles) | {EMULATOR}
    if text in known:
        return text
    raise SettingError(f"No profile named {value!r} (profiles: {', '.join(sorted(known))}); add it with 'twiliocli login --profile {value}'")


def _time_zone(text: str) -> str:
    if text.lower() in ("local", "utc"):
        return text.lower() if text.lower() == "local" else "UTC"
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(text)
    except (ValueError, OSError, LookupError):  # ZoneInfoNotFoundError is a KeyError
        raise SettingError(f"timezone {text!r} is not a time zone; use local, UTC or a name such as Europe/Paris") from None
    return text


def _pager(text: str) -> str:
    import shlex
    import shutil

    try:
        words = shlex.split(text)
    except ValueError as exc:
        raise SettingError(f"pager {text!r} is not a command line ({exc})") from None
    if not words:
        raise SettingError("pager needs a program, e.g. 'less -FRX' ('cat' for none); 'config unset pager' restores the default")
    if shutil.which(words[0]) is None:
        raise SettingError(f"pager program {words[0]!r} is not on PATH")
    return text


def set_setting(name: str, value: str) -> Any:
    """Check and save a default (atomically, 0600, as profiles are); returns the value saved."""
    config = load()
    checked = check_setting(name, value, config)
    if name == "profile":
        config.active = checked
    else:
        config.settings[name] = checked
    save(config)
    return checked


def unset_setting(name: str) -> bool:
    """Forget a default; False when it was not set."""
    if name not in SETTINGS:
        raise SettingError(f"Unknown setting {name!r}; settings: {', '.join(SETTINGS)}")
    config = load()
    if name == "profile":
        was, config.active = config.active, None
    else:
        was = config.settings.pop(name, None)
    if was is None:
        return False
    save(config)
    return True


class Credentials(NamedTuple):
    """What a run signs its requests with, and where they came from (for `profiles show`, errors)."""

    username: str
    password: str
    account_sid: str
    source: str
    profile: str | None = None
    api_url: str | None = None
    ca_bundle: str | None = None
    region: str | None = None
    edge: str | None = None
    explicit: bool = False  # chosen by --profile / TWILIOCLI_PROFILE: the TWILIO_* variables do not apply
    base_url: str = DEFAULT_BASE_URL  # where requests go (`embedded`: the built-in emulator), see base_url()

    @property
    def embedded(self) -> bool:
        return self.api_url == EMBEDDED


def emulator_profile() -> dict[str, Any]:
    from twiliocli.emulator.config import DEMO_ACCOUNT_SID, DEMO_AUTH_TOKEN

    return {"account_sid": DEMO_ACCOUNT_SID, "auth_token": DEMO_AUTH_TOKEN, "api_url": EMBEDDED}


def profile_settings(config: Config, name: str) -> dict[str, Any]:
    """A profile's settings; `emulator` exists even when the file does not define it."""
    if name in config.profiles:
        return config.profiles[name]
    if name == EMULATOR:
        return emulator_profile()
    known = ", ".join(sorted({*config.profiles, EMULATOR}))
    raise ConfigError(f"No profile named {name!r} (profiles: {known}); add it with 'twiliocli login --profile {name}'")


def resolve(
    profile: str | None, env: Mapping[str, str] | None = None, config: Config | None = None, *, api_url: str | None = None,
) -> Credentials:
    """The run's credentials and base URL, by the precedence README.md and ARCHITECTURE.md state:
    flags (`profile` is --profile, `api_url` is --api-url), then an explicit profile (which shuts
    out every TWILIO_* variable, the address ones included), then the TWILIO_* variables, then the
    active profile. This is the one place that precedence is decided."""
    env = os.environ if env is None else env
    creds = _credentials(profile, env, config)
    return creds._replace(base_url=base_url(creds, env, api_url))


def url_given(flag: str | None, env: Mapping[str, str]) -> str | None:
    """The address named outright: --api-url, else TWILIO_API_URL (`env` is {} under an explicit profile)."""
    return flag or env.get("TWILIO_API_URL") or None


def base_url(creds: Credentials, env: Mapping[str, str], flag: str | None = None) -> str:
    """Where `creds` send requests: --api-url, TWILIO_API_URL, the profile's `api_url` (`embedded`
    for the built-in emulator), else Twilio's host for TWILIO_REGION/TWILIO_EDGE or the profile's
    region/edge, else https://api.twilio.com. An explicit profile ignores the TWILIO_* variables."""
    where = address(creds, env, flag)
    return where.get("api_url") or regional_url(where.get("region"), where.get("edge"))


def address(creds: Credentials, env: Mapping[str, str], flag: str | None = None) -> dict[str, str]:
    """The address settings `creds` are used with (those set of api_url, region, edge, ca_bundle), by
    the same precedence as base_url: what a profile saved from this run's credentials should hold."""
    env = {} if creds.explicit else env
    found = {
        "api_url": url_given(flag, env) or creds.api_url,
        "region": env.get("TWILIO_REGION") or creds.region,
        "edge": env.get("TWILIO_EDGE") or creds.edge,
        "ca_bundle": creds.ca_bundle,
    }
    return {k: v for k, v in found.items() if v}


def regional_url(region: str | None, edge: str | None) -> str:
    """Twilio's regional hosts: `api.{edge}.{region}.twilio.com` (region us1 when only an edge is set)."""
    if not region and not edge:
        return DEFAULT_BASE_URL
    host = ".".join(p for p in ("api", edge, region or "us1", "twilio.com") if p)
    return f"https://{host}"


def _credentials(profile: str | None, env: Mapping[str, str], config: Config | None) -> Credentials:
    explicit = profile or env.get("TWILIOCLI_PROFILE")
    if explicit:
        config = config or load()
        return _from_profile(explicit, profile_settings(config, explicit), "profile")._replace(explicit=True)
    from_env = _from_env(env)
    if from_env:
        return from_env
    config = config or load()
    if config.active:
        return _from_profile(config.active, profile_settings(config, config.active), "active profile")
    raise ConfigError(
        "No credentials: run 'twiliocli login', set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, "
        "or try the local emulator with '--profile emulator'"
    )


def _from_env(env: Mapping[str, str]) -> Credentials | None:
    sid = env.get("TWILIO_ACCOUNT_SID", "")
    if env.get("TWILIO_API_KEY") and env.get("TWILIO_API_SECRET"):
        if not sid:
            raise ConfigError("TWILIO_API_KEY needs TWILIO_ACCOUNT_SID too (the account the key belongs to)")
        return Credentials(env["TWILIO_API_KEY"], env["TWILIO_API_SECRET"], sid, "environment")
    if sid and env.get("TWILIO_AUTH_TOKEN"):
        return Credentials(sid, env["TWILIO_AUTH_TOKEN"], sid, "environment")
    return None


def _from_profile(name: str, settings: Mapping[str, Any], source: str) -> Credentials:
    sid = settings.get("account_sid", "")
    secret_of = _keyring_secret if settings.get("keyring") else lambda _n, _k, v: v
    if settings.get("api_key"):
        user, password = settings["api_key"], secret_of(name, "api_secret", settings.get("api_secret", ""))
    else:
        user, password = sid, secret_of(name, "auth_token", settings.get("auth_token", ""))
    if not (sid and user and password):
        raise ConfigError(f"Profile {name!r} is incomplete; run 'twiliocli login --profile {name}' again")
    return Credentials(
        user, password, sid, f"{source} {name!r}", name,
        settings.get("api_url"), settings.get("ca_bundle"), settings.get("region"), settings.get("edge"),
    )


def _keyring_secret(profile: str, key: str, _stored: str) -> str:
    try:
        import keyring
    except ImportError:
        raise ConfigError(f"Profile {profile!r} keeps its secret in the OS keyring; install 'keyring'") from None
    secret = keyring.get_password("twiliocli", f"{profile}:{key}")
    if not secret:
        raise ConfigError(f"No secret for profile {profile!r} in the OS keyring; run 'twiliocli login --profile {profile} --keyring'")
    return secret
