"""Process entry point: run the command, turn every failure into one line on stderr and an exit code.

`--version` is answered before Typer is imported: it is what scripts and benchmarks call most.
"""

from __future__ import annotations

import gc
import os
import sys

TYPE_CHECKING = False  # not `from typing import …`: importing typing alone costs --version ~5 ms
if TYPE_CHECKING:
    from typing import NoReturn

    from twiliocli.cli.framework.runtime import Runtime
    from twiliocli.cli.quick import Line


def main(argv: list[str] | None = None) -> NoReturn:
    args = sys.argv[1:] if argv is None else list(argv)
    _standard_streams()
    if args == ["--version"]:
        from twiliocli import __version__

        try:
            sys.stdout.write(f"twiliocli {__version__}\n")
            sys.stdout.flush()
        except OSError as exc:
            _fail(_os_error_text(exc), 1, exc)
            _silence_stdout()
            sys.exit(1)
        sys.exit(0)
    # Start-up creates ~100k long-lived objects (modules, classes, functions): with the default
    # threshold (700) the cycle collector walks them over and over while they are imported, and
    # all of them once more at exit — about 30 ms of a 150 ms `calls list` (bench/startup).
    # Collect young objects less often, and freeze what exists before exiting.
    gc.set_threshold(100_000, *gc.get_threshold()[1:])
    status = run(args)
    gc.freeze()
    sys.exit(status)


def run(args: list[str]) -> int:
    instruction = os.environ.get("_TWILIOCLI_COMPLETE")
    if instruction:  # a TAB: print candidates and nothing else (cli/completion.py)
        from twiliocli.cli.groups.completion import respond

        return respond(instruction)
    from twiliocli.cli.framework.runtime import Runtime
    from twiliocli.cli.quick import read
    from twiliocli.errors import CliError, ExitStatus, Interrupted, PipeClosed

    state = Runtime()  # the root context's obj: the root command, or the quick path, fills in the options
    try:
        line = read(args)  # a plain `GROUP list` runs without Typer (cli/quick.py)
        return _quick(line, state) if line is not None else _typer(args, state)
    except CliError as exc:
        _fail(exc.message, exc.status, exc, state)
        return exc.status
    except Interrupted as exc:  # SIGINT, SIGTERM or SIGHUP during an export
        sys.stderr.write(f"\nInterrupted ({exc})\n")
        return exc.status
    except KeyboardInterrupt:
        sys.stderr.write("\nInterrupted\n")
        return ExitStatus.INTERRUPTED
    except (BrokenPipeError, PipeClosed):
        _silence_stdout()
        return ExitStatus.OK
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno is not None:
            # The system refused: a full disk, a read-only folder, a closed stdout. Say which and why.
            _fail(_os_error_text(exc), ExitStatus.ERROR, exc, state)
            _silence_stdout()
            return ExitStatus.ERROR
        # A bug: still one line, the traceback with --debug.
        _fail(f"unexpected {type(exc).__name__}: {exc}", ExitStatus.ERROR, exc, state)
        return ExitStatus.ERROR
    finally:
        state.close()


def _quick(line: Line, state: Runtime) -> int:
    """A plain list, read by cli/quick.py; Ctrl-C ends it quietly with 130, as Typer ends the others."""
    from twiliocli.cli.framework.listing import local_match, show_list, split_filters
    from twiliocli.errors import ExitStatus

    for name, value in line.globals.items():
        setattr(state, name, value)
    given, query = split_filters(line.resource, line.kw)
    try:
        show_list(state, line.resource, lambda c: line.resource.collection(AccountSid=c.account_sid), query, line.kw,
                  keep=local_match(given))
    except KeyboardInterrupt:
        return ExitStatus.INTERRUPTED
    sys.stdout.flush()
    return ExitStatus.OK


def _typer(args: list[str], state: Runtime) -> int:
    """Every other line: Typer parses it and runs the command; its usage errors exit 2 here."""
    from typer.exceptions import Abort

    from twiliocli.cli.app import build
    from twiliocli.cli.framework.compat import ClickException, NoArgsIsHelpError  # what a parse failure raises
    from twiliocli.errors import ExitStatus

    if not args or "-h" in args or "--help" in args:  # help ahead: lay it out to fit (imports rich)
        from twiliocli.cli.framework import helpfmt

        helpfmt.install()
    try:
        result = build().main(args, prog_name="twiliocli", standalone_mode=False, obj=state)
        sys.stdout.flush()
        return result if isinstance(result, int) else ExitStatus.OK
    except NoArgsIsHelpError as exc:  # a group built by Typer alone (app.Suggesting answers the others)
        text = exc.format_message()  # rich help was printed while the error was made; plain help is here
        if text:
            sys.stdout.write(text + "\n")
        return ExitStatus.OK
    except ClickException as exc:
        where = getattr(getattr(exc, "ctx", None), "command_path", "twiliocli")
        _fail(f"{sentence(exc.format_message())} See '{where} --help'", ExitStatus.USAGE, exc, state)
        return ExitStatus.USAGE
    except Abort:  # click's Ctrl-C at a question
        raise KeyboardInterrupt from None


def sentence(message: str) -> str:
    """A message on one line, ending with exactly one full stop (or its own ? or !)."""
    text = " ".join(message.split()).replace(": ,", ":").rstrip(" .")
    return text if text.endswith(("?", "!")) else text + "."


def _fail(message: str, status: int, exc: BaseException, current: Runtime | None = None) -> None:
    """The `Error:` line, secrets scrubbed (by `current`, the run's state, when there is one) and
    escaped like table cells (the text may hold whatever a server sent); with --debug the
    traceback first, treated the same way."""
    from twiliocli.output import messages

    text = current.redact(message) if current is not None else message
    if current is not None and current.debug:
        import traceback

        messages.info(current.redact("".join(traceback.format_exception(exc))).rstrip("\n"))
    messages.error(text)


def _os_error_text(exc: OSError) -> str:
    """An operating system's refusal in words, naming the file when there is one."""
    reason = exc.strerror or str(exc)
    if exc.filename is not None:
        return f"{exc.filename}: {reason}"
    return f"Could not write the output: {reason}"


def _standard_streams() -> None:
    """Cope with standard streams the caller closed (`>&-`, `<&-`, `2>&-`).

    Their descriptors are pointed at /dev/null, so that a file opened later cannot land on 0, 1 or
    2 by accident. A closed stdin reads as empty (so questions are refused, not crashed on); a
    closed stderr swallows messages; a closed stdout stays an error: output written to it fails
    with a message instead of vanishing. A terminal or pipe that cannot encode some character
    (PYTHONIOENCODING=ascii) shows it as a backslash escape instead of crashing: `\\u00eb` on
    stdout (so JSON stays valid and exact), `\\xeb` on stderr.
    """
    import io

    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is None:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            setattr(sys, name, _ClosedOutput() if fd == 1 else open(fd, "r" if fd == 0 else "w", closefd=False))
    for stream, errors in ((sys.stdout, "twiliocli.json_escape"), (sys.stderr, "backslashreplace")):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict" and "utf" not in stream.encoding.lower():
            if errors == "twiliocli.json_escape":
                import codecs

                codecs.register_error(errors, _json_escape)
            stream.reconfigure(errors=errors)


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    """A character the output encoding lacks, as JSON's `\\uXXXX` (a surrogate pair above U+FFFF):
    inside JSON output that is the same string, losslessly; in a table or CSV, a visible escape."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    escaped = []
    for char in exc.object[exc.start:exc.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            escaped.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            escaped.append(f"\\u{code:04x}")
    return "".join(escaped), exc.end


class _ClosedOutput:
    """What sys.stdout is when the caller closed it: writing is an error, as for `echo hi >&-`."""

    encoding = "utf-8"
    errors = "strict"

    def write(self, _text: str) -> int:
        raise OSError(9, "standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(9, "standard output is closed")


def _silence_stdout() -> None:
    """After the reader of a pipe went away, point stdout at /dev/null so the final flush is quiet."""
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
