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


def main(argv: list[str] | None = None) -> NoReturn:
    args = sys.argv[1:] if argv is None else list(argv)
    if args == ["--version"]:
        from twiliocli import __version__

        sys.stdout.write(f"twiliocli {__version__}\n")
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
        from twiliocli.cli.completion import respond

        return respond(instruction)
    # typer 0.28 vendors click as typer._click; its exceptions are what a parse failure raises.
    from typer._click.exceptions import ClickException, NoArgsIsHelpError
    from typer.exceptions import Abort

    from twiliocli.cli import runtime
    from twiliocli.cli.app import build
    from twiliocli.errors import CliError, ExitStatus, PipeClosed

    try:
        result = build().main(args, prog_name="twiliocli", standalone_mode=False)
        sys.stdout.flush()
        return result if isinstance(result, int) else ExitStatus.OK
    except NoArgsIsHelpError as exc:
        sys.stderr.write(exc.ctx.get_help() + "\n")
        return ExitStatus.USAGE
    except ClickException as exc:
        where = getattr(getattr(exc, "ctx", None), "command_path", "twiliocli")
        _fail(f"{exc.format_message()}. See '{where} --help'", ExitStatus.USAGE, exc)
        return ExitStatus.USAGE
    except CliError as exc:
        _fail(exc.message, exc.status, exc)
        return exc.status
    except (KeyboardInterrupt, Abort):
        sys.stderr.write("\nInterrupted\n")
        return ExitStatus.INTERRUPTED
    except (BrokenPipeError, PipeClosed):
        _silence_stdout()
        return ExitStatus.OK
    except Exception as exc:  # a bug: still one line, the traceback with --debug
        _fail(f"unexpected {type(exc).__name__}: {exc}", ExitStatus.ERROR, exc)
        return ExitStatus.ERROR
    finally:
        current = runtime.current()
        if current is not None:
            current.close()


def _fail(message: str, status: int, exc: BaseException) -> None:
    from twiliocli.cli import runtime

    current = runtime.current()
    text = current.redact(message) if current is not None else message
    if current is not None and current.debug:
        import traceback

        sys.stderr.write(current.redact("".join(traceback.format_exception(exc))))
    sys.stderr.write(f"Error: {text}\n")


def _silence_stdout() -> None:
    """After the reader of a pipe went away, point stdout at /dev/null so the final flush is quiet."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
