"""TAB completion, tested for real: the completion protocol in a subprocess, and the committed
static scripts run by bash, zsh and fish themselves (zsh and fish when installed).

Profile names must come from config.toml at TAB time, so several tests save a profile first and
expect it among the candidates.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli
from twiliocli import config

REPO = Path(__file__).resolve().parent.parent
COMPLETIONS = REPO / "completions"
STATUSES = ["queued", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"]
FORMATS = ["table", "tsv", "csv", "json", "jsonl"]


def save_profiles(*names: str) -> None:
    saved = config.Config(active=names[0] if names else None)
    for name in names:
        saved.profiles[name] = {"account_sid": "AC" + "1" * 32, "auth_token": "t" * 32}
    config.save(saved)


@pytest.fixture
def program(tmp_path: Path) -> Path:
    """A `twiliocli` on PATH that runs this checkout, as the console script does."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "twiliocli"
    exe.write_text(
        f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(REPO)!r})\n"
        "from twiliocli.cli.entry import main\nmain()\n"
    )
    exe.chmod(0o755)
    return exe


def shell_env(program: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{program.parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("_TWILIOCLI_COMPLETE", None)
    return env


def protocol(program: Path, words: str, cword: int, shell: str = "bash") -> subprocess.CompletedProcess[str]:
    env = shell_env(program) | {"_TWILIOCLI_COMPLETE": f"{shell}_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    return subprocess.run([str(program)], env=env, capture_output=True, text=True, timeout=60)


# -- the protocol, in a subprocess -------------------------------------------------------------


def test_protocol_prints_only_candidates(program: Path) -> None:
    done = protocol(program, "twiliocli calls list --status ", 4)
    assert done.returncode == 0
    assert done.stderr == ""
    assert done.stdout.splitlines() == STATUSES


def test_protocol_completes_groups_commands_and_options(program: Path) -> None:
    assert protocol(program, "twiliocli ca", 1).stdout.split() == ["caller-ids", "calls"]
    assert "list" in protocol(program, "twiliocli calls ", 2).stdout.split()
    assert protocol(program, "twiliocli calls list --st", 3).stdout.split() == [
        "--status", "--started-after", "--started-before", "--started-on",
    ]


def test_protocol_reads_profile_names_at_tab_time(program: Path) -> None:
    assert protocol(program, "twiliocli --profile ", 2).stdout.split() == ["emulator"]
    save_profiles("staging", "prod")
    done = protocol(program, "twiliocli --profile ", 2, "zsh")
    assert (done.stdout.split(), done.stderr) == (["emulator", "prod", "staging"], "")
    assert protocol(program, "twiliocli -p st", 2, "fish").stdout.split() == ["staging"]
    assert protocol(program, "twiliocli --profile=pr", 1).stdout.split() == ["prod"]


def test_protocol_completes_global_options_after_a_command(program: Path) -> None:
    save_profiles("staging", "prod")
    assert protocol(program, "twiliocli calls list -p ", 4).stdout.split() == ["emulator", "prod", "staging"]
    assert protocol(program, "twiliocli sms get --profile=st", 3).stdout.split() == ["staging"]
    assert protocol(program, "twiliocli calls list --de", 3).stdout.split() == ["--debug"]


def test_protocol_with_an_unreadable_config_is_quiet(program: Path, isolated_home: Path) -> None:
    save_profiles("staging")
    (isolated_home / "config" / "config.toml").chmod(0o644)  # refused by config.load()
    done = protocol(program, "twiliocli --profile ", 2)
    assert (done.returncode, done.stdout.split(), done.stderr) == (0, ["emulator"], "")


def test_protocol_never_runs_the_command_or_prints_errors(program: Path) -> None:
    done = protocol(program, "twiliocli --version ", 2)  # the eager --version must not fire
    assert "twiliocli 0" not in done.stdout and done.stderr == ""
    done = protocol(program, "twiliocli calls list --limit notanumber --out", 5)
    assert done.stderr == ""
    assert protocol(program, "twiliocli nosuchgroup ", 2).stderr == ""


def test_protocol_source_prints_the_committed_script(program: Path) -> None:
    env = shell_env(program) | {"_TWILIOCLI_COMPLETE": "bash_source"}
    done = subprocess.run([str(program)], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout == (COMPLETIONS / "twiliocli.bash").read_text()


def test_protocol_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_TWILIOCLI_COMPLETE", "complete_bash")  # Typer's spelling works too
    monkeypatch.setenv("COMP_WORDS", "twiliocli calls list -o ")
    monkeypatch.setenv("COMP_CWORD", "4")
    result = run_cli()
    assert (result.exit_code, result.lines, result.stderr) == (0, FORMATS, "")
    monkeypatch.setenv("_TWILIOCLI_COMPLETE", "tcsh_complete")
    assert run_cli().exit_code == 1


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_command_prints_the_committed_script(shell: str) -> None:
    from twiliocli.cli.groups.completion import FILES

    result = run_cli("completion", shell)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (REPO / FILES[shell]).read_text()


def test_completion_rejects_other_shells() -> None:
    assert run_cli("completion", "tcsh").exit_code == 2


# -- the committed scripts, run by the shells --------------------------------------------------

# (words on the command line, the last being completed) -> the candidates
CASES = [
    (["twiliocli", "ca"], ["caller-ids", "calls"]),
    (["twiliocli", "calls", "list", "--st"], ["--status", "--started-after", "--started-before", "--started-on"]),
    (["twiliocli", "calls", "list", "--status", ""], STATUSES),
    (["twiliocli", "calls", "list", "--status", "in"], ["in-progress"]),
    (["twiliocli", "calls", "list", "-o", ""], FORMATS),
    (["twiliocli", "-p", "emulator", "calls", "list", "--limit", "5", "--output", "js"], ["json", "jsonl"]),
    (["twiliocli", "numbers", "search", "--type", ""], sorted(["local", "mobile", "toll-free", "national", "shared-cost", "voip", "machine-to-machine"])),
    (["twiliocli", "recordings", "download", "--format", ""], ["wav", "mp3"]),
    (["twiliocli", "completion", ""], ["bash", "zsh", "fish"]),
    (["twiliocli", "api", ""], ["GET", "POST", "DELETE"]),
    (["twiliocli", "--profile", ""], ["emulator", "prod", "staging"]),
    (["twiliocli", "-p", "st"], ["staging"]),
    (["twiliocli", "profiles", "use", ""], ["emulator", "prod", "staging"]),
    (["twiliocli", "calls", "get", ""], []),
    # global options after the group and command: offered, their values completed and skipped
    (["twiliocli", "calls", "list", "-p", ""], ["emulator", "prod", "staging"]),
    (["twiliocli", "calls", "list", "--de"], ["--debug"]),
    (["twiliocli", "calls", "--profile", "st"], ["staging"]),
    (["twiliocli", "calls", "list", "-p", "prod", "--retries", "2", "--status", "in"], ["in-progress"]),
    (["twiliocli", "calls", "-p", "prod", "li"], ["list"]),
]


def run_bash(program: Path, words: list[str], *, split_equals: bool = False) -> list[str]:
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    code = (
        f"source {COMPLETIONS / 'twiliocli.bash'}\n"
        f"COMP_WORDS=({quoted}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); COMP_LINE=\"${{COMP_WORDS[*]}}\"\n"
        "_twiliocli\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", code], env=shell_env(program), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    return [line for line in done.stdout.splitlines() if line]


@pytest.mark.parametrize(("words", "expected"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_bash_script(program: Path, words: list[str], expected: list[str]) -> None:
    save_profiles("staging", "prod")
    assert sorted(run_bash(program, words)) == sorted(expected)


def test_bash_script_with_equals(program: Path) -> None:
    # bash splits `--output=js` into `--output` `=` `js` (COMP_WORDBREAKS holds "=")
    assert run_bash(program, ["twiliocli", "calls", "list", "--output", "=", "js"]) == ["json", "jsonl"]
    assert run_bash(program, ["twiliocli", "calls", "list", "--output", "="]) == FORMATS
    save_profiles("staging")
    assert run_bash(program, ["twiliocli", "--profile", "=", "st"]) == ["staging"]


def test_bash_script_completes_files_for_paths(program: Path, tmp_path: Path) -> None:
    (tmp_path / "calls-may.csv").write_text("")
    assert run_bash(program, ["twiliocli", "calls", "export", "--out", str(tmp_path / "calls-")]) == [str(tmp_path / "calls-may.csv")]


ZSH_STUBS = r"""
compdef() { : }
compset() { [[ $1 == -P ]] && PREFIX=${PREFIX#*=} }
_reply() { local c; for c in "$@"; do [[ $c == ${PREFIX}* ]] && print -r -- "$c"; done }
compadd() { if [[ $1 == -a ]]; then _reply "${(@P)2}"; else [[ $1 == -- ]] && shift; _reply "$@"; fi }
_describe() { local -a items=("${(@P)4}"); local i; for i in "${items[@]}"; do _reply "${${i%%:*}//\\:/:}"; done }
_files() { print -r -- "<files>" }
"""


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
@pytest.mark.parametrize(("words", "expected"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_zsh_script(program: Path, words: list[str], expected: list[str]) -> None:
    """The zsh function with compadd/_describe stubbed: what it would offer zsh's completion system."""
    save_profiles("staging", "prod")
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    code = ZSH_STUBS + f"source {COMPLETIONS / '_twiliocli'}\nwords=({quoted}); CURRENT=${{#words}}; PREFIX=${{words[CURRENT]}}\n_twiliocli\n"
    done = subprocess.run(["zsh", "-f", "-c", code], env=shell_env(program), capture_output=True, text=True, timeout=60)
    assert done.stderr == ""
    assert sorted(done.stdout.split()) == sorted(expected)


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_script_loads_with_compinit(tmp_path: Path) -> None:
    """Autoloaded from $fpath by compinit, as README says to install it."""
    code = f"fpath=({COMPLETIONS} $fpath); autoload -Uz compinit; compinit -u -d {tmp_path}/zcompdump; print -r -- $_comps[twiliocli]"
    done = subprocess.run(["zsh", "-f", "-c", code], capture_output=True, text=True, timeout=60)
    assert (done.stdout.strip(), done.stderr) == ("_twiliocli", "")


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
@pytest.mark.parametrize(("words", "expected"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_fish_script(program: Path, words: list[str], expected: list[str]) -> None:
    """fish's own completion engine (`complete -C`) with the script loaded."""
    save_profiles("staging", "prod")
    line = " ".join(words)
    code = f"source {COMPLETIONS / 'twiliocli.fish'}; complete -C {fish_quote(line)}"
    done = subprocess.run(["fish", "--no-config", "-c", code], env=shell_env(program), capture_output=True, text=True, timeout=60)
    assert done.stderr == ""
    assert sorted(c.split("\t")[0] for c in done.stdout.splitlines()) == sorted(expected)


def fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
