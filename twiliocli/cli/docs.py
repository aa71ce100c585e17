"""The command tree as data, and the man page written from it.

`tree()` walks the real click command behind the Typer app (every group module imported), so the
man page and the completion scripts (`cli/completion.py`) describe exactly what the program
parses. `scripts/gen_docs.py` writes both into the repository; a test fails when they are stale.

Help texts follow one convention (`commands.examples`): a one-line summary, optional paragraphs,
then `Examples:` and lines starting with `$ `.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from twiliocli import __version__

PROG = "twiliocli"

# What the man page and README say about the process, kept beside the code that generates them.
EXIT_CODES: tuple[tuple[int, str], ...] = (
    (0, "Success (an empty list is success)."),
    (1, "The API refused the request, or another failure."),
    (2, "Bad usage or invalid input (malformed SID, phone number, date or URL), caught before any request."),
    (3, "No credentials, or the API rejected them (HTTP 401/403)."),
    (4, "Not found (HTTP 404)."),
    (5, "Network failure, timeout, or rate limit still hit after retries."),
    (130, "Interrupted (Ctrl-C)."),
    (143, "Terminated (SIGTERM, e.g. timeout or systemd) during an export: nothing half-written left behind."),
    (129, "Hung up (SIGHUP) during an export: nothing half-written left behind."),
)

ENVIRONMENT: tuple[tuple[str, str], ...] = (
    ("TWILIOCLI_PROFILE", "Profile to use, as --profile does."),
    ("TWILIO_ACCOUNT_SID", "Account SID (AC...) to use with TWILIO_AUTH_TOKEN, or with an API key."),
    ("TWILIO_AUTH_TOKEN", "Auth Token for TWILIO_ACCOUNT_SID."),
    ("TWILIO_API_KEY", "API key SID (SK...), used with TWILIO_API_SECRET and TWILIO_ACCOUNT_SID instead of the Auth Token."),
    ("TWILIO_API_SECRET", "The API key's secret."),
    ("TWILIO_API_URL", "API base URL, as --api-url does (e.g. http://127.0.0.1:8080 for the emulator). "
     "Like every TWILIO_* variable, ignored when a profile is named explicitly."),
    ("TWILIO_REGION", "Twilio region (e.g. au1, ie1): requests go to https://api.{edge}.{region}.twilio.com."),
    ("TWILIO_EDGE", "Twilio edge location (e.g. sydney, dublin), with TWILIO_REGION."),
    ("TWILIOCLI_CONFIG_DIR", "Folder of config.toml, instead of the platform's user config folder."),
    ("TWILIOCLI_MAX_WAIT", "Longest wait for a server's Retry-After, in seconds, as --max-wait does (default 60)."),
    ("TWILIOCLI_DATA_DIR", "Folder of the built-in emulator profile's database, instead of the user data folder."),
    ("NO_COLOR", "When set, messages on stderr are not coloured."),
)

FILES: tuple[tuple[str, str], ...] = (
    (
        "~/.config/twiliocli/config.toml",
        "Profiles, the active profile and the defaults 'twiliocli config set' keeps (on Linux; "
        "'twiliocli config path' prints where it is). "
        "Mode 0600 in a 0700 folder; a file that other users can read is refused.",
    ),
    ("~/.local/share/twiliocli/emulator.db", "State of the built-in 'emulator' profile (on Linux)."),
)


@dataclass
class Param:
    """One option or positional argument, as help, man page and completion need it."""

    kind: str  # "option" | "argument"
    name: str  # python name
    opts: list[str]  # option names, e.g. ["--output", "-o"]; for an argument its metavar
    secondary: list[str]  # the "off" names of a --x/--no-x flag
    takes_value: bool
    choices: tuple[str, ...]
    complete: str  # "" | "file" | "dir" | "dynamic"
    metavar: str
    help: str
    required: bool
    default: str  # shown default, "" when none
    multiple: bool
    inherited: bool = False  # a global option, accepted here too (cli/inherit.py)


@dataclass
class Node:
    """A command or group: `path` is the words after the program name, e.g. ("calls", "list")."""

    path: tuple[str, ...]
    summary: str
    description: list[str]  # paragraphs after the summary, before the examples
    examples: list[str]  # command lines, without the "$ "
    params: list[Param]
    children: list[Node] = field(default_factory=list)
    group: bool = False
    runs: bool = False  # a group that also runs on its own, without a command (`sync`)

    @property
    def name(self) -> str:
        return " ".join((PROG, *self.path))

    def walk(self) -> list[Node]:
        nodes = [self]
        for child in self.children:
            nodes += child.walk()
        return nodes

    @property
    def options(self) -> list[Param]:
        """Every option the command takes, the global ones it inherits included."""
        return [p for p in self.params if p.kind == "option"]

    @property
    def own_options(self) -> list[Param]:
        """The options of this command itself (a root's are the global options)."""
        return [p for p in self.options if not p.inherited]

    @property
    def arguments(self) -> list[Param]:
        return [p for p in self.params if p.kind == "argument"]

    def usage(self) -> str:
        parts = [self.name, "[OPTIONS]"] if self.options else [self.name]
        for a in self.arguments:
            word = a.metavar + ("..." if a.multiple else "")
            parts.append(word if a.required else f"[{word}]")
        if self.group:
            parts.append("[COMMAND [ARGS]...]" if self.runs else "COMMAND [ARGS]...")
        return " ".join(parts)


def split_help(text: str | None) -> tuple[str, list[str], list[str]]:
    """(summary, description paragraphs, examples) from a help text written with `examples()`."""
    lines = [line.strip() for line in (text or "").replace("\b", "").splitlines()]
    examples: list[str] = []
    if "Examples:" in lines:
        at = lines.index("Examples:")
        # An example broken to fit help (see commands.examples) is one command again.
        joined = "".join(line[:-1] if line.endswith("\\") else line + "\n" for line in lines[at + 1 :])
        examples = [line[2:].strip() for line in joined.splitlines() if line.startswith("$ ")]
        lines = lines[:at]
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    summary = paragraphs[0] if paragraphs else ""
    return summary, paragraphs[1:], examples


def _param(p: Any, ctx: Any) -> Param | None:
    if getattr(p, "hidden", False):
        return None
    kind = "argument" if p.param_type_name == "argument" else "option"
    choices = tuple(str(c) for c in getattr(p.type, "choices", None) or ())
    complete = ""
    if getattr(p, "_custom_shell_complete", None) is not None:
        complete = "dynamic"
    elif type(p.type).__name__.endswith("Path"):
        complete = "dir" if p.type.dir_okay and not p.type.file_okay else "file"
    elif getattr(p.type, "name", "") == "filename":
        complete = "file"
    is_flag = kind == "option" and (p.is_flag or p.count)
    metavar = p.metavar or (p.name.upper() if kind == "argument" else _type_metavar(p.type))
    if choices and not p.metavar:
        metavar = "{" + "|".join(choices) + "}"
    default = ""
    show = getattr(p, "show_default", None)
    if kind == "option" and not is_flag and show is not False and p.default is not None and not callable(p.default):
        default = str(p.default)
    return Param(
        kind=kind,
        name=p.name or "",
        opts=list(p.opts) if kind == "option" else [metavar],
        secondary=list(getattr(p, "secondary_opts", []) or []),
        takes_value=kind == "argument" or not is_flag,
        choices=choices,
        complete=complete,
        metavar=metavar,
        help=" ".join((getattr(p, "help", None) or "").split()),
        required=bool(p.required),
        default=default,
        multiple=bool(p.multiple or p.nargs == -1),
        inherited=bool(getattr(p, "inherited", False)),
    )


def _type_metavar(kind: Any) -> str:
    name = getattr(kind, "name", "text").lower()
    if "int" in name:
        return "INTEGER"
    if "float" in name:
        return "NUMBER"
    return {"str": "TEXT", "text": "TEXT"}.get(name, name.split()[0].upper())


def _node(command: Any, ctx: Any, path: tuple[str, ...]) -> Node:
    summary, description, examples = split_help(command.help)
    if not summary:
        summary = " ".join((command.short_help or "").split())
    params = [q for q in (_param(p, ctx) for p in command.get_params(ctx)) if q is not None]
    node = Node(path, summary, description, examples, params)
    if hasattr(command, "list_commands"):
        from twiliocli.cli.framework.compat import Context

        node.group = True
        node.runs = bool(getattr(command, "invoke_without_command", False))
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is None or sub.hidden:
                continue
            node.children.append(_node(sub, Context(sub, info_name=name, parent=ctx), (*path, name)))
    return node


def tree() -> Node:
    """The whole command tree, every group loaded."""
    from twiliocli.cli.framework.compat import Context

    from twiliocli.cli.app import build

    root = build()
    return _node(root, Context(root, info_name=PROG), ())


# -- man page ---------------------------------------------------------------------------------

_SPECIAL = {"\u2026": "...", "\u2014": "\\(em", "\u2013": "\\(en", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}


def roff(text: str) -> str:
    """Text made safe for a roff line: backslashes, minus signs, leading dots, non-ASCII characters."""
    out = []
    for ch in text.replace("\\", "\\e").replace("-", "\\-"):
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.append(_SPECIAL.get(ch) or f"\\[u{ord(ch):04X}]")
    line = "".join(out)
    return "\\&" + line if line[:1] in (".", "'") else line


def _option_label(p: Param) -> str:
    names = ", ".join(f"\\fB{roff(n)}\\fR" for n in sorted(p.opts, key=lambda n: (n.startswith("--"), n)))
    if p.secondary:
        names += " / " + ", ".join(f"\\fB{roff(n)}\\fR" for n in p.secondary)
    if p.takes_value:
        names += f" \\fI{roff(p.metavar)}\\fR"
    return names


def _option_text(p: Param) -> str:
    text = p.help or ""
    if p.choices and not p.metavar.startswith("{"):
        text += f" One of: {', '.join(p.choices)}."
    if p.required:
        text += " Required."
    if p.default:
        text += f" Default: {p.default}."
    return roff(text.strip())


def _examples(lines: list[str], out: list[str]) -> None:
    out += [".PP", ".RS 4", ".nf"]
    for i, line in enumerate(lines):
        if i:
            out.append("")
        out.append(roff(f"$ {line}"))
    out += [".fi", ".RE"]


def _options(params: list[Param], out: list[str]) -> None:
    for p in params:
        out += [".TP", _option_label(p), _option_text(p) or "\\&"]


def manpage(root: Node | None = None) -> str:
    """man/twiliocli.1: every group and command with its options, exit codes, environment, files, examples."""
    root = root or tree()
    out = [
        f'.\\" Generated by scripts/gen_docs.py from {PROG} {__version__}; do not edit.',
        f'.TH TWILIOCLI 1 "" "{PROG} {__version__}" "User Commands"',
        ".SH NAME",
        f"{PROG} \\- {roff(root.summary[0].lower() + root.summary[1:].rstrip('.'))}",
        ".SH SYNOPSIS",
        f".B {PROG}",
        "[\\fIGLOBAL OPTIONS\\fR] \\fIGROUP\\fR \\fICOMMAND\\fR [\\fIARGS\\fR]...",
        ".br",
        f".B {PROG}",
        "\\fIGROUP\\fR \\fB\\-\\-help\\fR",
        ".SH DESCRIPTION",
        roff(
            f"{PROG} administers a Twilio account through the REST API (2010-04-01) from an interactive "
            "shell, bash pipelines and cron jobs. Data goes to stdout; messages, progress and errors go to "
            "stderr. It ships a local Twilio-compatible emulator (see \u2018emulator serve\u2019 and the "
            "built-in \u2018emulator\u2019 profile) for trying every command and testing scripts without an account."
        ),
        ".PP",
        roff(
            "Global options are accepted anywhere on the line, before or after the group and command; where a "
            "command has an option of the same name (calls create --timeout, login --profile), the command's "
            "own is meant there and the global one goes before the group. Every command takes -h/--help."
        ),
        ".SH GLOBAL OPTIONS",
    ]
    _options([p for p in root.options if p.name != "help"], out)
    out += [".SH COMMANDS", roff("The groups (and single commands); each is described in full below.")]
    for child in root.children:
        out += [".TP 16", f"\\fB{roff(child.path[-1])}\\fR", roff(child.summary)]
    for child in root.children:
        out += [".SS " + _quoted(child.path[-1])]
        for node in child.walk():
            if node.group and node is not child:
                continue
            if node.group:
                out += [".PP", roff(node.summary)]
                for para in node.description:
                    out += [".PP", roff(para)]
                continue
            out += [".TP", f"\\fB{roff(node.usage())}\\fR", roff(node.summary)]
            out += [".RS"]
            for para in node.description:
                out += [".PP", roff(para)]
            args = [p for p in node.arguments if p.help]
            if args:
                out += [".PP", "Arguments:", ".RS 4"]
                for p in args:
                    out += [".TP", f"\\fI{roff(p.metavar)}\\fR", _option_text(p) or "\\&"]
                out += [".RE"]
            opts = [p for p in node.own_options if p.name != "help"]
            if opts:
                out += [".PP", "Options:", ".RS 4"]
                _options(opts, out)
                out += [".RE"]
            if node.examples:
                out += [".PP", "Examples:"]
                _examples(node.examples, out)
            out += [".RE"]
    out += [
        ".SH OUTPUT",
        roff(
            "Commands that print records take -o/--output table|tsv|csv|json|jsonl, --fields a,b,c and "
            "--no-header. The default is table on a terminal and tsv otherwise: one record a line, tab-separated, "
            "untruncated, uncoloured. csv is RFC 4180; json is an array of the API's own records, unchanged; jsonl "
            "is one such record a line. Table, tsv and csv show dates as ISO 8601 UTC. Lists stream, and take "
            "--limit N (default 50), --all, --page-size N and --count."
        ),
        ".PP",
        roff(
            "Commands that destroy something, end live calls, suspend accounts or cost money ask for confirmation "
            "on a terminal, and need -y/--yes otherwise; every command that changes state takes -y/--yes. Dates accept YYYY-MM-DD, ISO 8601 date-times and relative spans such as 90m, 24h, 7d."
        ),
        ".SH EXIT STATUS",
    ]
    for code, meaning in EXIT_CODES:
        out += [".TP", f"\\fB{code}\\fR", roff(meaning)]
    out += [
        ".PP",
        roff("Failures print one line on stderr, e.g. \u2018Error: Twilio error 21211: Invalid 'To' Phone Number (HTTP 400).\u2019; --debug adds the HTTP exchange (credentials redacted) and the traceback."),
        ".SH ENVIRONMENT",
    ]
    for name, meaning in ENVIRONMENT:
        out += [".TP", f"\\fB{name}\\fR", roff(meaning)]
    out += [
        ".PP",
        roff("Credentials are chosen in this order: command-line flags, an explicit profile (--profile or "
             "TWILIOCLI_PROFILE), the TWILIO_* variables, then the active profile."),
        ".SH FILES",
    ]
    for name, meaning in FILES:
        out += [".TP", f"\\fI{roff(name)}\\fR", roff(meaning)]
    out += [".SH EXAMPLES"]
    tour = [
        ("List calls from the built-in emulator, no account needed:", "twiliocli --profile emulator calls list"),
        ("Hang up every call that is in progress:",
         "twiliocli calls list --status in-progress -o tsv --fields sid --no-header | xargs -n1 twiliocli calls hangup --yes"),
        ("Export yesterday's messages from cron, incrementally:",
         "twiliocli sms export --since 1d --state ~/.cache/sms.state --out sms-$(date +%F).csv"),
        ("Install bash completion:", "twiliocli completion bash > ~/.local/share/bash-completion/completions/twiliocli"),
    ]
    for text, line in tour:
        out += [".PP", roff(text)]
        _examples([line], out)
    out += [
        ".SH SEE ALSO",
        roff("The README of twiliocli; Twilio's REST API reference and error codes (https://www.twilio.com/docs/errors)."),
        "",
    ]
    return "\n".join(out)


def _quoted(text: str) -> str:
    return '"' + roff(text).replace('"', '\\(dq') + '"'


def parse_example(root: Node, text: str) -> tuple[Node | None, list[str]]:
    """The command a shell line runs with `twiliocli` (after any pipe or `xargs`), and the option
    names it gives that the command does not have. (None, []) when the line runs no twiliocli."""
    import shlex

    words = shlex.split(text.replace("$(", " ").replace("`", " "), comments=True)
    start = next((i for i, w in enumerate(words) if w == PROG or w.endswith("/" + PROG)), None)
    if start is None:
        return None, []
    node, unknown = root, []
    children = {c.path[-1]: c for c in node.children}
    i = start + 1
    while i < len(words):
        word, end = words[i], False
        if word in ("|", "||", "&&", ";", "&") or word[:1] in "<>" or word[:2] == "2>":
            break
        if word[-1:] in (")", ";"):
            word, end = word.rstrip(");"), True
        known = {n: p for p in node.options for n in (*p.opts, *p.secondary)}
        if word.startswith("-") and len(word) > 1 and not word.lstrip("-").replace(".", "").isdigit():
            name = word.split("=")[0]
            if name not in known:
                unknown.append(name)
            elif known[name].takes_value and "=" not in word:
                i += 1
        elif word in children:
            node = children[word]
            children = {c.path[-1]: c for c in node.children}
        else:
            children = {}  # a positional argument: no more subcommands
        if end:
            break
        i += 1
    return node, unknown


def help_problems(root: Node | None = None) -> list[str]:
    """Commands whose help lacks a one-line summary or (for commands, not groups) an example."""
    root = root or tree()
    problems = []
    for node in root.walk():
        if not node.summary:
            problems.append(f"{node.name}: no summary line")
        elif len(node.summary) > 120 or re.search(r"Examples?:", node.summary):
            problems.append(f"{node.name}: summary is not one short line: {node.summary[:80]!r}")
        if not node.group and not any(e.startswith(PROG + " ") for e in node.examples):
            problems.append(f"{node.name}: no example (add `+ examples(\"{node.name} ...\")` to its help)")
    return problems
