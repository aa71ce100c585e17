"""Profiles and credentials in `config.toml`, and which credentials a run uses.

The file lives in `platformdirs.user_config_dir("twiliocli")` (or `$TWILIOCLI_CONFIG_DIR`), in a
0700 folder with mode 0600, written atomically. A file others can read is refused, as ssh does.
Precedence (DESIGN.md): flags, then an explicit profile, then TWILIO_* variables, then the active profile.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from twiliocli.errors import CliError, ExitStatus

EMULATOR = "emulator"
EMBEDDED = "embedded"  # api_url of the built-in emulator profile: the CLI starts it in-process
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


@dataclass
class Config:
    """The whole file: the active profile's name and every profile's settings."""

    active: str | None = None
    profiles: dict[str, dict[str, Any]] = field(default_factory=dict)


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
    return Config(active=document.get("active"), profiles=profiles)


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
    document["profiles"] = config.profiles
    atomic.write_text(config_path(), tomli_w.dumps(document), permissions=0o600)
    return config_path()


@dataclass(frozen=True)
class Credentials:
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


def resolve(profile: str | None, env: Mapping[str, str] | None = None, config: Config | None = None) -> Credentials:
    """Pick the run's credentials by DESIGN.md's precedence."""
    env = os.environ if env is None else env
    explicit = profile or env.get("TWILIOCLI_PROFILE")
    if explicit:
        config = config or load()
        return replace(_from_profile(explicit, profile_settings(config, explicit), "profile"), explicit=True)
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
