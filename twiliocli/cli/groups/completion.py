"""`twiliocli completion bash|zsh|fish`: shell completion scripts, generated from the command tree.

The scripts are static: groups, commands, options and fixed values (`-o`, `--status`, `--type`,
`--format`, HTTP methods …) are written into them when they are generated, so a TAB costs the
shell a few `case` lookups and never starts Python. Only values that change at run time — profile
names, which live in config.toml — call the program back, through the completion protocol below.
A new command or option appears after regenerating (`python scripts/gen_docs.py`); the committed
copies in completions/ are checked against the app by the test suite.

Completion protocol (also what click's and Typer's shims speak, less the type prefix):

    _TWILIOCLI_COMPLETE=bash_complete COMP_WORDS="twiliocli --profile st" COMP_CWORD=2 twiliocli

prints the candidates for word COMP_CWORD of COMP_WORDS, one a line, and nothing else; `zsh_complete`
and `fish_complete` answer the same way, `{bash,zsh,fish}_source` prints the script. It is answered
in `entry.run` before any other work, and a failure prints nothing (exit 1): a TAB never shows errors.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from twiliocli.cli.framework.signature import examples

if TYPE_CHECKING:
    from twiliocli.cli.docs import Node, Param

COMPLETE_VAR = "_TWILIOCLI_COMPLETE"
SHELLS = ("bash", "zsh", "fish")
FILES = {"bash": "completions/twiliocli.bash", "zsh": "completions/_twiliocli", "fish": "completions/twiliocli.fish"}

app = typer.Typer(add_completion=False)


@app.command()
def completion(
    shell: Annotated[Literal["bash", "zsh", "fish"], typer.Argument(metavar="SHELL", help="bash, zsh or fish.")],
) -> None:
    """Print the shell completion script for bash, zsh or fish."""
    sys.stdout.write(script(shell))


completion.__doc__ = (completion.__doc__ or "") + (
    "\n\nInstall it once (see README), e.g. into bash-completion's folder, zsh's $fpath or fish's completions folder."
    + examples(
        "twiliocli completion bash > ~/.local/share/bash-completion/completions/twiliocli",
        "twiliocli completion zsh > ~/.zfunc/_twiliocli",
        "twiliocli completion fish > ~/.config/fish/completions/twiliocli.fish",
    )
)


# -- the protocol ------------------------------------------------------------------------------


def respond(instruction: str) -> int:
    """Answer one completion request (see the module doc); returns the exit status."""
    shell, _, action = instruction.partition("_")
    if shell in ("complete", "source"):  # Typer's spelling: complete_bash
        shell, action = action, shell
    if shell not in SHELLS or action not in ("complete", "source"):
        return 1
    try:
        if action == "source":
            text = script(shell)
        else:
            from twiliocli.cli.framework.compat import split_arg_string

            words = split_arg_string(os.environ.get("COMP_WORDS", ""))
            cword = int(os.environ.get("COMP_CWORD") or max(len(words) - 1, 0))
            incomplete = words[cword] if cword < len(words) else ""
            values = candidates(words[1:cword], incomplete)
            text = "".join(f"{v}\n" for v in values)
    except Exception:  # a TAB must never print a traceback
        return 1
    sys.stdout.write(text)
    sys.stdout.flush()
    return 0


def candidates(args: list[str], incomplete: str) -> list[str]:
    """What may follow `twiliocli ARGS` when the word being typed starts with `incomplete`."""
    from twiliocli.cli.framework.compat import ShellComplete

    from twiliocli.cli.app import build

    class _Values(ShellComplete):
        name = "values"
        source_template = ""

        def source_vars(self) -> dict[str, str]:
            return {}

        def get_completion_args(self) -> tuple[list[str], str]:
            return args, incomplete

        def format_completion(self, item: object) -> str:
            return str(getattr(item, "value", ""))

    comp = _Values(build(), {}, "twiliocli", COMPLETE_VAR)
    return [str(item.value) for item in comp.get_completions(list(args), incomplete)]


# -- the scripts -------------------------------------------------------------------------------


def script(shell: str, root: Node | None = None) -> str:
    """The completion script for `shell`, from the command tree (`docs.tree()` when not given)."""
    from twiliocli.cli import docs

    root = root or docs.tree()
    return {"bash": _bash, "zsh": _zsh, "fish": _fish}[shell](root)


def _names(p: Param) -> list[str]:
    return [*p.opts, *p.secondary]


def _sq(text: str) -> str:
    """Single-quoted for bash and zsh."""
    return "'" + text.replace("'", "'\\''") + "'"


def _key(node: Node) -> str:
    return " ".join(node.path)


def _header(shell: str) -> str:
    from twiliocli import __version__

    return (
        f"# {shell} completion for twiliocli {__version__}.\n"
        "# Generated from the command tree by scripts/gen_docs.py (or `twiliocli completion "
        f"{shell}`); do not edit.\n"
        "# Everything is static except profile names, which the program reads from config.toml at TAB time.\n"
    )


def _value_kind(p: Param) -> str:
    if p.complete:
        return p.complete
    return "choices" if p.choices else ""


def _listed(node: Node, root: Node) -> tuple[list[Param], bool]:
    """The options to write out for `node`, and whether it takes every global option besides them.

    Global options are written once, for the root; a node that inherits all of them says so rather
    than repeating them. One whose own option shadows a global (`login --profile`) lists all it takes.
    """
    every = len([p for p in root.options if p.name != "help"])
    if node is not root and len([p for p in node.options if p.inherited]) == every:
        return node.own_options, True
    return node.options, False


def _case_tables(
    root: Node, node_line: Callable[[list[Param], list[Node]], str], action: Callable[[Param, str], str]
) -> dict[str, str]:
    """The `case` arms shared by the bash and zsh scripts: per command, per valued option, per argument.

    A global option's value is completed by one arm matching it after any command path, the last arm.
    """
    nodes, values, args = [], [], []
    for node in root.walk():
        key = _key(node)
        options, inherits = _listed(node, root)
        nodes.append(f"    {_sq(key)}) {node_line(options, node.children)}{'; _twiliocli_globals' if inherits else ''} ;;")
        for p in node.own_options if node is not root else ():
            kind = _value_kind(p)
            if p.takes_value and kind:
                values.append(f"    {'|'.join(_sq(f'{key} {n}') for n in p.opts)}) {action(p, kind)} ;;")
        for i, p in enumerate(node.arguments):
            kind = _value_kind(p)
            if kind:
                args.append(f"    {_sq(key)}\\ {'*' if p.multiple else i}) {action(p, kind)} ;;")
    for p in root.options:
        kind = _value_kind(p)
        if p.takes_value and kind:
            values.append(f"    {'|'.join('*' + _sq(f' {n}') for n in p.opts)}) {action(p, kind)} ;;")
    return {"nodes": "\n".join(nodes), "values": "\n".join(values), "args": "\n".join(args)}


def _bash(root: Node) -> str:
    def line(options: list[Param], children: list[Node]) -> str:
        subs = " ".join(c.path[-1] for c in children)
        return f"subs={_sq(subs)} opts={_sq(' '.join(_all_names(options)))} vopts={_sq(' '.join(_value_names(options)))}"

    globals_ = [p for p in root.options if p.name != "help"]
    append = f"opts+={_sq(' ' + ' '.join(_all_names(globals_)))}; vopts+={_sq(' ' + ' '.join(_value_names(globals_)))}"
    return _header("bash") + _BASH.format(
        reset="subs='' opts='' vopts=''", globals=append, **_case_tables(root, line, _bash_action)
    )


def _all_names(options: list[Param]) -> list[str]:
    return [n for p in options for n in _names(p)]


def _value_names(options: list[Param]) -> list[str]:
    return [n for p in options if p.takes_value for n in p.opts]


def _bash_action(p: Param, kind: str) -> str:
    if kind == "choices":
        return f"_twiliocli_words {_sq(' '.join(p.choices))}"
    return {"file": "_twiliocli_files", "dir": "_twiliocli_dirs", "dynamic": "_twiliocli_dynamic"}[kind]


# The lookup functions of the bash and zsh scripts; {reset} empties the variables _twiliocli_node sets.
_CASE_FUNCTIONS = r"""
# _twiliocli_globals: add the global options, which every command takes too.
_twiliocli_globals() {{
    {globals}
}}

# _twiliocli_node PATH: the subcommands, the options, and the options that take a value, of command PATH.
_twiliocli_node() {{
    {reset}
    case $1 in
{nodes}
    esac
}}

# _twiliocli_value PATH OPTION: complete the value of OPTION of command PATH.
_twiliocli_value() {{
    case "$1 $2" in
{values}
    esac
}}

# _twiliocli_arg PATH N: complete the N-th positional argument (from 0) of command PATH.
_twiliocli_arg() {{
    case "$1 $2" in
{args}
    *) return 1 ;;
    esac
}}
"""

_BASH = _CASE_FUNCTIONS + r"""
_twiliocli_words() {{
    local IFS=$' \t\n'
    COMPREPLY=($(compgen -W "$1" -- "$cur"))
}}

_twiliocli_files() {{
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    COMPREPLY=($(compgen -f -- "$cur"))
}}

_twiliocli_dirs() {{
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    COMPREPLY=($(compgen -d -- "$cur"))
}}

# Values known only at run time (profile names): ask the program, which prints one a line.
_twiliocli_dynamic() {{
    local line="twiliocli ${{words[*]}}" out
    out=$(COMP_WORDS="$line" COMP_CWORD=$((last + 1)) _TWILIOCLI_COMPLETE=bash_complete "${{COMP_WORDS[0]}}" 2>/dev/null) || return 0
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$out" -- "$cur"))
}}

_twiliocli() {{
    local cur cmdpath='' word pending='' prefix='' subs opts vopts
    local -a words=()
    local -i i last n=0 dashdash=0
    COMPREPLY=()
    # Bash splits "--opt=value" at "="; join those words again.
    for ((i = 1; i <= COMP_CWORD; i++)); do
        word=${{COMP_WORDS[i]}}
        last=${{#words[@]}}-1
        if [[ $word == = ]] && ((last >= 0)) && [[ ${{words[last]}} == -* && ${{words[last]}} != *=* ]]; then
            words[last]+='='
            if ((i < COMP_CWORD)); then
                ((i++))
                words[last]+=${{COMP_WORDS[i]}}
            fi
        else
            words+=("$word")
        fi
    done
    last=${{#words[@]}}-1
    cur=${{words[last]}}
    # Walk the words before the cursor: the command path, option values to skip, positional count.
    for ((i = 0; i < last; i++)); do
        word=${{words[i]}}
        if ((dashdash)); then
            n+=1
            continue
        fi
        _twiliocli_node "$cmdpath"
        case $word in
        --) dashdash=1 ;;
        -*=*) ;;
        -*)
            if [[ " $vopts " == *" $word "* ]]; then
                if ((i + 1 == last)); then pending=$word; else i+=1; fi
            fi
            ;;
        *)
            if ((n == 0)) && [[ " $subs " == *" $word "* ]]; then
                cmdpath=${{cmdpath:+$cmdpath }}$word
            else
                n+=1
            fi
            ;;
        esac
    done
    _twiliocli_node "$cmdpath"
    if [[ -n $pending ]]; then
        _twiliocli_value "$cmdpath" "$pending"
    elif ((!dashdash)) && [[ $cur == -*=* ]]; then
        word=${{cur%%=*}}
        cur=${{cur#*=}}
        [[ ${{COMP_WORDS[COMP_CWORD]}} == -*=* ]] && prefix="$word="
        _twiliocli_value "$cmdpath" "$word"
        [[ -n $prefix ]] && COMPREPLY=("${{COMPREPLY[@]/#/$prefix}}")
    elif ((!dashdash)) && [[ $cur == -* ]]; then
        _twiliocli_words "$opts"
    elif ((n == 0)) && [[ -n $subs ]]; then
        _twiliocli_words "$subs"
    else
        _twiliocli_arg "$cmdpath" "$n" || _twiliocli_arg "$cmdpath" '*'
    fi
    return 0
}}

complete -F _twiliocli twiliocli
"""


def _zq_desc(name: str, help: str) -> str:
    """An `_describe` entry: `name:description`, colons in the name escaped."""
    first = help.split(". ")[0].rstrip(".")
    return _sq(name.replace(":", "\\:") + (":" + first if first else ""))


def _zsh(root: Node) -> str:
    def described(options: list[Param]) -> str:
        return " ".join(_zq_desc(n, p.help) for p in options for n in _names(p))

    def line(options: list[Param], children: list[Node]) -> str:
        subs = " ".join(_zq_desc(c.path[-1], c.summary) for c in children)
        return f"subs=({subs}) opts=({described(options)}) vopts=({' '.join(_value_names(options))})"

    globals_ = [p for p in root.options if p.name != "help"]
    append = f"opts+=({described(globals_)}); vopts+=({' '.join(_value_names(globals_))})"
    return "#compdef twiliocli\n" + _header("zsh") + _ZSH.format(
        reset="subs=() opts=() vopts=()", globals=append, **_case_tables(root, line, _zsh_action)
    )


def _zsh_action(p: Param, kind: str) -> str:
    if kind == "choices":
        return "compadd -- " + " ".join(_sq(c) for c in p.choices)
    return {"file": "_files", "dir": "_files -/", "dynamic": "_twiliocli_dynamic"}[kind]


_ZSH = _CASE_FUNCTIONS + r"""
# Values known only at run time (profile names): ask the program, which prints one a line.
_twiliocli_dynamic() {{
    local -a values
    values=(${{(f)"$(COMP_WORDS="${{words[1,CURRENT]}}" COMP_CWORD=$((CURRENT - 1)) _TWILIOCLI_COMPLETE=zsh_complete ${{words[1]}} 2>/dev/null)"}})
    compadd -a values
}}

_twiliocli() {{
    local cmdpath='' word pending='' cur=${{words[CURRENT]}}
    local -a subs opts vopts names
    local -i i n=0 dashdash=0
    # Walk the words before the cursor: the command path, option values to skip, positional count.
    for ((i = 2; i < CURRENT; i++)); do
        word=${{words[i]}}
        if ((dashdash)); then
            ((n++))
            continue
        fi
        _twiliocli_node "$cmdpath"
        case $word in
        --) dashdash=1 ;;
        -*=*) ;;
        -*)
            if ((${{vopts[(Ie)$word]}})); then
                if ((i + 1 == CURRENT)); then pending=$word; else ((i++)); fi
            fi
            ;;
        *)
            names=(${{subs%%:*}})
            if ((n == 0)) && ((${{names[(Ie)$word]}})); then
                cmdpath=${{cmdpath:+$cmdpath }}$word
            else
                ((n++))
            fi
            ;;
        esac
    done
    _twiliocli_node "$cmdpath"
    if [[ -n $pending ]]; then
        _twiliocli_value "$cmdpath" "$pending"
    elif ((!dashdash)) && [[ $cur == -*=* ]]; then
        compset -P '*='
        _twiliocli_value "$cmdpath" "${{cur%%=*}}"
    elif ((!dashdash)) && [[ $cur == -* ]]; then
        _describe -t options 'option' opts
    elif ((n == 0)) && ((${{#subs}})); then
        _describe -t commands 'command' subs
    else
        _twiliocli_arg "$cmdpath" "$n" || _twiliocli_arg "$cmdpath" '*'
    fi
}}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    _twiliocli "$@"
else
    compdef _twiliocli twiliocli
fi
"""


def _fq(text: str) -> str:
    """Single-quoted for fish."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish(root: Node) -> str:
    subs_cases, vopts_cases, lines = [], [], []
    for node in root.walk():
        key = _key(node)
        if node.children:
            subs_cases.append(f"        case {_fq(key)}\n            printf '%s\\n' {' '.join(c.path[-1] for c in node.children)}")
        # global options (the root's) are offered after any command, their values skipped anywhere
        vopts = _value_names(node.own_options) if node is not root else []
        if vopts:
            vopts_cases.append(f"        case {_fq(key)}\n            printf '%s\\n' {' '.join(vopts)}")
        at = f"-n {_fq(f'__twiliocli_at {_fq(key)}')} "
        lines.append(f"# {('twiliocli ' + key).strip()}" + (" (and global options, after any command)" if node is root else ""))
        for child in node.children:
            cond = _fq(f"__twiliocli_arg {_fq(key)} 0")
            lines.append(f"complete -c twiliocli -n {cond} -a {child.path[-1]} -d {_fq(child.summary)}")
        for p in node.own_options:
            flags = []
            for n in [*p.opts, *p.secondary]:
                if n.startswith("--"):
                    flags.append(f"-l {n[2:]}")
                elif len(n) == 2:
                    flags.append(f"-s {n[1:]}")
                else:
                    flags.append(f"-o {n[1:]}")
            line = f"complete -c twiliocli {'' if node is root and p.name != 'help' else at}{' '.join(flags)}"
            if p.takes_value:
                kind = _value_kind(p)
                line += {
                    "choices": " -x -a " + _fq(" ".join(p.choices)),
                    "file": " -r -F",
                    "dir": " -x -a '(__fish_complete_directories)'",
                    "dynamic": " -x -a '(__twiliocli_dynamic)'",
                }.get(kind, " -x")
            if p.help:
                line += f" -d {_fq(p.help.split('. ')[0].rstrip('.'))}"
            lines.append(line)
        for i, p in enumerate(node.arguments):
            kind = _value_kind(p)
            if not kind:
                continue
            cond = _fq(f"__twiliocli_arg {_fq(key)} {i if not p.multiple else '*'}")
            action = {
                "choices": "-a " + _fq(" ".join(p.choices)),
                "file": "-F",
                "dir": "-a '(__fish_complete_directories)'",
                "dynamic": "-a '(__twiliocli_dynamic)'",
            }[kind]
            lines.append(f"complete -c twiliocli -n {cond} {action}")
    return _header("fish") + _FISH.format(
        subs="\n".join(subs_cases), vopts="\n".join(vopts_cases), completions="\n".join(lines),
        global_vopts=" ".join(_value_names([p for p in root.options if p.name != "help"])),
    )


_FISH = r"""
function __twiliocli_subs --argument-names cmdpath
    switch $cmdpath
{subs}
    end
end

function __twiliocli_vopts --argument-names cmdpath
    switch $cmdpath
{vopts}
    end
    printf '%s\n' {global_vopts}
end

# The command path and the number of positional arguments before the cursor, cached per command line.
function __twiliocli_state
    set -l line (commandline -pc)
    if test "$line" = "$__twiliocli_state_line"
        printf '%s\n' $__twiliocli_state_value
        return
    end
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l cmdpath ''
    set -l n 0
    set -l skip 0
    set -l dashdash 0
    for word in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        if test $dashdash = 1
            set n (math $n + 1)
            continue
        end
        switch $word
            case '--'
                set dashdash 1
            case '-*=*'
            case '-*'
                if contains -- $word (__twiliocli_vopts "$cmdpath")
                    set skip 1
                end
            case '*'
                if test $n = 0; and contains -- $word (__twiliocli_subs "$cmdpath")
                    set cmdpath (string trim -- "$cmdpath $word")
                else
                    set n (math $n + 1)
                end
        end
    end
    set -g __twiliocli_state_line $line
    set -g __twiliocli_state_value "$cmdpath" $n
    printf '%s\n' "$cmdpath" $n
end

function __twiliocli_at --argument-names cmdpath
    set -l state (__twiliocli_state)
    test "$state[1]" = "$cmdpath"
end

function __twiliocli_arg --argument-names cmdpath index
    set -l state (__twiliocli_state)
    test "$state[1]" = "$cmdpath"; and begin; test "$index" = '*'; or test "$state[2]" = "$index"; end
end

# Values known only at run time (profile names): ask the program, which prints one a line.
function __twiliocli_dynamic
    set -l tokens (commandline -opc)
    set -l cword (count $tokens)
    set -a tokens (commandline -ct)
    env _TWILIOCLI_COMPLETE=fish_complete COMP_WORDS="$tokens" COMP_CWORD=$cword $tokens[1] 2>/dev/null
end

complete -c twiliocli -e
complete -c twiliocli -f
{completions}
"""
