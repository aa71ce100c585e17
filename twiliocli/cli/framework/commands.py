"""Build a resource group's standard commands (list, get, delete, actions) from its declaration.

Each group module only adds what is special about it; the options of `list` come from the
resource's filters, so a new filter in `api/resources.py` appears on the command line by itself.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

import typer

from twiliocli.api.resources import PAIRS, Filter, Resource
from twiliocli.cli.framework import bulk, options as O, params as P
from twiliocli.cli.framework.runtime import confirm, runtime
from twiliocli.cli.framework.listing import local_match, show_list, split_filters
from twiliocli.cli.framework.signature import add_command, api_value, filter_parameter, flag, output_parameters, param, python_name
from twiliocli.errors import UsageError

if TYPE_CHECKING:
    from twiliocli.api.spec import Param
    from twiliocli.api.client import Client
    from twiliocli.api.errors import ApiError
    from twiliocli.output import Printer

# `hint(client, error)`: a better message for a Twilio error, or None to keep Twilio's own.
Hint = Callable[["Client", "ApiError"], Optional[str]]
# A confirmation question: a str formatted with the SID, parent SIDs and form fields, or a function of them.
Ask = Optional[Union[str, Callable[[Mapping[str, Any]], str]]]


@dataclass(frozen=True)
class Scope:
    """A positional SID naming the parent of a nested resource, e.g. a participant's conference."""

    name: str
    placeholder: str
    prefix: str | tuple[str, ...]
    help: str

    @property
    def numbers(self) -> bool:
        """A phone number's SID (PN…), which may be given as the number itself (E.164)."""
        return _is_number_prefix(self.prefix)

    def parameter(self) -> inspect.Parameter:
        if not self.prefix:
            return param(self.name, str, typer.Argument(help=self.help, parser=P.name_parser(self.name), metavar=self.name.upper()))
        parse, shown = (P.sid_or_number, f"{P.sid_metavar(self.prefix)}|+E164") if self.numbers else (P.sid_parser(self.prefix), P.sid_metavar(self.prefix))
        help = f"{self.help[:-2]}, or the number in E.164)." if self.numbers and self.help.endswith(").") else self.help
        return param(self.name, str, typer.Argument(help=help, click_type=P.sid_type(parse, shown), metavar=self.name.upper()))


def _is_number_prefix(prefix: str | tuple[str, ...]) -> bool:
    return prefix in ("PN", ("PN",))


def number_record(client: Client, number: str) -> dict[str, Any]:
    """The account's incoming number `number` (E.164): one lookup, `IncomingPhoneNumbers?PhoneNumber=`."""
    from twiliocli.api.resources import NUMBERS
    from twiliocli.errors import CliError, ExitStatus

    page = client.get(NUMBERS.collection(AccountSid=client.account_sid), {"PhoneNumber": number, "PageSize": 20})
    found = [r for key in NUMBERS.list_keys for r in page.get(key) or () if r.get("phone_number") == number]
    if not found:
        raise CliError(f"No number {number} on this account (see `twiliocli numbers list`)", ExitStatus.NOT_FOUND)
    return found[0]


def number_named(record: Mapping[str, Any]) -> str:
    """`PN… (+14155550100, "Sales")`: a number as a question or a dry run names it."""
    name = record.get("friendly_name")
    number = record.get("phone_number") or "?"
    return f"{record.get('sid')} ({number}, \"{name}\")" if name and name != number else f"{record.get('sid')} ({number})"


def _scope_ids(scope: Sequence[Scope], kw: dict[str, Any], ctx: typer.Context) -> dict[str, str]:
    """The parents' SIDs from the command line, a number given in E.164 looked up."""
    ids = {}
    for s in scope:
        value = kw.pop(s.name)
        if s.numbers and value.startswith("+"):
            value = number_record(runtime(ctx).client(), value)["sid"]
        ids[s.placeholder] = value
    return ids


def report_deleted(done: str, gone: bool) -> None:
    """Say a DELETE is done; `gone`: a retry found nothing, as the first attempt's answer was lost."""
    from twiliocli.output import messages

    if gone:
        done += " (a retry found it already gone: the first attempt, whose answer was lost, deleted it)"
    messages.success(done)


class ResourceGroup:
    """A Typer sub-app for one resource, with builders for the commands every resource shares."""

    def __init__(self, resource: Resource, help: str = "", *, scope: Sequence[Scope] = (), app: typer.Typer | None = None) -> None:
        """`app` lets a second resource add commands to a group's app (e.g. `numbers search`)."""
        self.resource = resource
        self.scope = tuple(scope)
        # Addressed by SID or by the number itself: an incoming number (`numbers release +1415…`).
        self.numbers = _is_number_prefix(resource.sid_prefix) and resource.path.endswith("/IncomingPhoneNumbers")
        self.app = app or typer.Typer(help=help, no_args_is_help=True, add_completion=False)
        if resource.exportable and app is None:  # `export` for every exportable resource, from one place
            from twiliocli.cli.framework import export

            self.command("export", *export.command_for(resource))
        if resource.tally and app is None:  # `stats` for calls and messages, from one place
            from twiliocli.cli.framework import stats

            self.command("stats", *stats.command_for(resource))
        if app is None:  # offline analyses over the local mirror (`sms failures`, `calls trace` …)
            from twiliocli.cli.framework.offline import attach

            attach(resource, self.app)

    # -- builders --------------------------------------------------------------------------

    def list(
        self, help: str, *, extra: Iterable[inspect.Parameter] = (), path: Callable[..., str] | None = None,
        name: str = "list",
    ) -> None:
        """`list`: filters from the declaration plus `extra` options, which a `path(client, ids, options)`
        hook may read to choose another collection (e.g. one call's notifications)."""
        resource = self.resource

        def command(ctx: typer.Context, **kw: Any) -> None:
            ids = _scope_ids(self.scope, kw, ctx)
            given, query = split_filters(resource, kw)

            def target(client: Client) -> str:
                return path(client=client, ids=ids, options=dict(kw)) if path else resource.collection(AccountSid=client.account_sid, **ids)

            if runtime(ctx).all_accounts:  # imported only then: a plain list's start-up stays as it was
                from twiliocli.cli.framework import fanout

                fanout.wanted(ctx)  # --all-accounts: the parent and each subaccount (cli/framework/fanout.py)
                if path is None and "{AccountSid}" not in resource.path:
                    raise UsageError(f"--all-accounts does not apply to {resource.name}, which are not per account")
                if kw.get("watch"):
                    raise UsageError("--watch follows one account; leave out --all-accounts or --watch")
                fanout.list_all(ctx, resource, target, query, kw, keep=local_match(given))
                return
            show_list(runtime(ctx), resource, target, query, kw, keep=local_match(given))

        if not (self.scope or extra or path) and name == "list":
            self.app.plain_list = resource  # type: ignore[attr-defined]  # the quick path may run it (cli/quick.py)
        signature = [param("ctx", typer.Context), *(s.parameter() for s in self.scope)]
        signature += [filter_parameter(f) for f in resource.filters]
        signature += list(extra)
        signature += list_parameters()
        if resource.watchable:
            signature += [param(name, P.typed(opt), default) for name, opt, default in O.WATCH_OPTIONS]
        self._add(name, command, signature, help)

    def get(self, help: str) -> None:
        resource = self.resource

        def command(ctx: typer.Context, sid: str, dry_run: bool = False, **kw: Any) -> None:
            ids = _scope_ids(self.scope, kw, ctx)
            printer = record_printer(resource, kw, ctx, changes=False)
            sid = self._sid(ctx, sid)
            client = None if dry_run else runtime(ctx).client()
            self._each(sid, printer, lambda one: client.get(resource.instance(one, AccountSid=client.account_sid, **ids)),
                       verb="Get", dry_run=dry_run)

        self._add("get", command, [param("ctx", typer.Context), *self._scope_params(), self._sid_param(stdin=True),
                                   param("dry_run", P.DryRun, False), *output_parameters()], help)

    def show(self, help: str) -> None:
        """`get` of a resource that is one record with no SID of its own (a payload's data): its parents name it."""
        resource = self.resource

        def command(ctx: typer.Context, **kw: Any) -> None:
            ids = _scope_ids(self.scope, kw, ctx)
            printer = record_printer(resource, kw, ctx, changes=False)
            client = runtime(ctx).client()
            printer.record(client.get(resource.collection(AccountSid=client.account_sid, **ids)))

        self._add("get", command, [param("ctx", typer.Context), *self._scope_params(), *output_parameters()], help)

    def delete(
        self, help: str, *, name: str = "delete", what: str | None = None, done: str | None = None,
        hint: Hint | None = None,
    ) -> None:
        """A DELETE of one record, confirmed first: there is no undo. `what`/`done` word the question
        and the report ("Release"/"Released"); `hint` may explain a Twilio error better."""
        resource = self.resource

        verb = what or "Delete"
        past = done or ("Deleted" if name == "delete" else name.capitalize() + "d")

        def command(ctx: typer.Context, sid: str, yes: bool = False, dry_run: bool = False, **kw: Any) -> None:
            ids = _scope_ids(self.scope, kw, ctx)
            named = sid
            if self.numbers and sid != bulk.STDIN and (sid.startswith("+") or dry_run or not yes):  # named in the question
                record = self._number(ctx, sid)
                sid, named = record["sid"], number_named(record)
            sids, repeats = bulk.read_sids(resource.sid_prefixes) if sid == bulk.STDIN else ([sid], 0)
            if not dry_run:
                confirm(f"{verb} {named}?" if sid != bulk.STDIN else f"{verb} {len(sids)} records read from stdin?", yes)
            elif sid != bulk.STDIN:
                sids = [named]
            client = None if dry_run else runtime(ctx).client()

            def delete_one(one: str) -> bool | None:
                from twiliocli.api.errors import ApiError

                try:
                    with explained(client, hint):
                        gone = client.delete(resource.instance(one, AccountSid=client.account_sid, **ids))
                except ApiError as exc:
                    if sid == bulk.STDIN and exc.http_status == 404:  # already gone: nothing to do
                        return None
                    raise
                report_deleted(f"{past} {one}", gone)
                return True

            if sid != bulk.STDIN and not dry_run:
                delete_one(sid)
                return
            bulk.run(sids, repeats, delete_one, verb=verb, dry_run=dry_run, past=past.lower())

        sid_param = self._sid_param(stdin=True)
        self._add(name, command, [param("ctx", typer.Context), *self._scope_params(), sid_param,
                                  param("dry_run", P.DryRun, False)], help, changes=True)

    def action(self, name: str, help: str, data: Mapping[str, str], *, ask: str | None = None) -> None:
        """A POST of fixed fields to one record (hang up, suspend, mute …), printing the updated record.
        `ask` (formatted with the SID) confirms first: it ends a call, suspends an account …"""
        resource = self.resource

        def command(ctx: typer.Context, sid: str, yes: bool = False, dry_run: bool = False, **kw: Any) -> None:
            ids = _scope_ids(self.scope, kw, ctx)
            printer = record_printer(resource, kw, ctx)
            sid = self._sid(ctx, sid)
            client = None if dry_run else runtime(ctx).client()
            self._each(sid, printer, lambda one: client.post(resource.instance(one, AccountSid=client.account_sid, **ids), data),
                       verb=name.capitalize(), dry_run=dry_run, ask=ask and (lambda one: ask.format(sid=one)), yes=yes)

        params = [param("ctx", typer.Context), *self._scope_params(), self._sid_param(stdin=True),
                  param("dry_run", P.DryRun, False)]
        self._add(name, command, [*params, *output_parameters()], help, changes=True)

    def create(
        self, name: str, help: str, *, settings: Sequence[Filter] | None = None, required: Sequence[str] = (),
        ask: Ask = None, check: Callable[[dict[str, Any], dict[str, Any]], None] | None = None, secrets: Sequence[Param] = (),
        extra: Iterable[inspect.Parameter] = (), path: Callable[..., str] | None = None,
    ) -> None:
        """A POST to the collection that creates a record from `settings` options (default: the
        declaration's), printing the new record. `ask` confirms first (it costs money, or places a call);
        `secrets` are read from a prompt or stdin, never from a flag (cli/framework/secrets.py); a
        `path(client, ids, options)` hook may read `extra` options to post elsewhere (`numbers buy --type`)."""
        self._write(name, help, settings, required, ask, check, secrets, instance=False, extra=extra, path=path)

    def update(
        self, name: str, help: str, *, settings: Sequence[Filter] | None = None, required: Sequence[str] = (),
        ask: Ask = None, check: Callable[[dict[str, Any], dict[str, Any]], None] | None = None, secrets: Sequence[Param] = (),
    ) -> None:
        """A POST of the given `settings` options to one record, printing it; at least one must be given."""
        self._write(name, help, settings, required, ask, check, secrets, instance=True)

    def command(
        self, name: str, func: Callable[..., Any], parameters: Sequence[inspect.Parameter], help: str, *,
        changes: bool = False,
    ) -> None:
        """Register a group-specific command with an explicit parameter list; `changes`: it changes
        state, so it takes --yes (passed on when `func` has a `yes` parameter, i.e. it asks)."""
        self._add(name, func, parameters, help, changes=changes)

    # -- internals -------------------------------------------------------------------------

    def _write(
        self, name: str, help: str, settings: Sequence[Filter] | None, required: Sequence[str], ask: Ask,
        check: Callable[[dict[str, Any], dict[str, Any]], None] | None, secrets: Sequence[Param], *, instance: bool,
        extra: Iterable[inspect.Parameter] = (), path: Callable[..., str] | None = None,
    ) -> None:
        resource = self.resource
        settings = tuple(resource.settings if settings is None else settings)

        def command(ctx: typer.Context, sid: str | None = None, yes: bool = False, dry_run: bool = False, **kw: Any) -> None:
            ids = _scope_ids(self.scope, kw, ctx)
            printer = record_printer(resource, kw, ctx)
            data = settings_data(settings, kw)
            if secrets:
                from twiliocli.cli.framework.secrets import read_secrets

                data.update(read_secrets(secrets, kw, required=not instance))
            if instance and not data:
                raise UsageError("Nothing to change: give at least one of " + ", ".join(flag(f) for f in settings))
            if check:
                check(data, kw)

            named = sid
            if self.numbers and sid and sid.startswith("+"):
                record = self._number(ctx, sid)
                sid, named = record["sid"], number_named(record)

            def question(one: str | None) -> str:  # empty: nothing to confirm this time
                values = _Known({**ids, **data, "sid": named if one == sid else one})
                return (ask(values) if callable(ask) else ask.format_map(values)) if ask else ""

            client = None if dry_run else runtime(ctx).client()

            def post(one: str | None) -> dict[str, Any]:
                target = dict(ids, AccountSid=client.account_sid)
                if path:
                    return client.post(path(client=client, ids=ids, options=kw), data)
                return client.post(resource.instance(one, **target) if instance else resource.collection(**target), data)

            self._each(sid, printer, post, verb=name.capitalize(), dry_run=dry_run, ask=question, yes=yes)

        params = [param("ctx", typer.Context), *self._scope_params()]
        if instance:
            params += [self._sid_param(stdin=True), param("dry_run", P.DryRun, False)]
        params += settings_parameters(settings, required)
        params += list(extra)
        if secrets:
            from twiliocli.cli.framework.secrets import secret_parameters

            params += secret_parameters(secrets)
        self._add(name, command, [*params, *output_parameters()], help, changes=True)

    def _each(
        self, sid: str | None, printer: Printer, act: Callable[[str | None], Any], *, verb: str, dry_run: bool,
        ask: Callable[[str | None], str] | None = None, yes: bool = False,
    ) -> None:
        """`act` on one SID and print the record, or on each SID read from stdin when `sid` is `-`
        (framework/bulk.py): one question for the batch, the records printed as one list, a summary."""
        if sid != bulk.STDIN:
            question = ask(sid) if ask else ""
            if question:
                confirm(question, yes)
            printer.record(act(sid))
            return
        sids, repeats = bulk.read_sids(self.resource.sid_prefixes)
        if ask and not dry_run and any(ask(one) for one in sids[:1]):
            confirm(f"{verb} {len(sids)} records read from stdin?", yes)
        if dry_run:
            bulk.preview(sids, repeats, verb=verb)
            return
        batch = bulk.Batch(sids, repeats, act)
        printer.records(batch)
        batch.finish()

    def _number(self, ctx: typer.Context, sid: str) -> dict[str, Any]:
        """A number's record, by its E.164 number (one lookup) or its SID."""
        client = runtime(ctx).client()
        if sid.startswith("+"):
            return number_record(client, sid)
        return client.get(self.resource.instance(sid, AccountSid=client.account_sid))

    def _sid(self, ctx: typer.Context, sid: str) -> str:
        """The SID of what the command line names: a number in E.164 is looked up (one request)."""
        if self.numbers and sid.startswith("+"):
            return number_record(runtime(ctx).client(), sid)["sid"]
        return sid

    def _scope_params(self) -> list[inspect.Parameter]:
        return [s.parameter() for s in self.scope]

    def _sid_param(self, *, stdin: bool = False) -> inspect.Parameter:
        """The record's SID; with `stdin`, `-` reads SIDs from stdin, one a line (framework/bulk.py)."""
        r = self.resource
        field = "CALL" if r.sid_field == "call_sid" else "SID"
        which = " or ".join(f"{p}…" for p in r.sid_prefixes)
        shown = P.sid_metavar(r.sid_prefixes)
        if not r.sid_prefix:  # addressed by a code or name (a country, a stream's name)
            parser, named = P.name_parser(r.sid_field), f"Its {r.sid_field.replace('_', ' ')}"
            shown = r.sid_field.upper()
        elif self.numbers:
            parser, named = P.sid_or_number, f"The {which} SID, or the number itself in E.164 (+14155550100)"
            shown += "|+E164"
        elif r.label:
            parser, named = P.sid_or_label(r.sid_prefixes), f"The {which} SID, or the {r.label} given when it was added"
            shown += "|LABEL"
        else:
            parser, named = P.sid_parser(r.sid_prefixes), f"The {which} SID"
        if stdin:
            shown += "|-"
            return param("sid", str, typer.Argument(
                help=f"{named}, or - to read SIDs from stdin (one a line).", metavar=field,
                click_type=P.sid_type(lambda value: value if value == bulk.STDIN else parser(value), shown)))
        return param("sid", str, typer.Argument(help=f"{named}.", click_type=P.sid_type(parser, shown), metavar=field))

    def _add(
        self, name: str, func: Callable[..., Any], parameters: Sequence[inspect.Parameter], help: str, *,
        changes: bool = False,
    ) -> None:
        """Register a command. One that `changes` state takes --yes/-y, so scripts can always pass it;
        `func` receives it when it has a `yes` parameter (it asks first: see `runtime.confirm`)."""
        parameters = list(parameters)
        if changes and not any(p.name == "yes" for p in parameters):
            parameters.append(param("yes", P.Yes, False))
        if changes and "yes" not in inspect.signature(func).parameters:
            func = _without_yes(func)
        add_command(self.app, name, func, parameters, help)


class _Known(dict):  # type: ignore[type-arg]
    """Values for a question: a field the command line did not give reads as `?`."""

    def __missing__(self, key: str) -> str:
        return "?"


def _without_yes(func: Callable[..., Any]) -> Callable[..., Any]:
    """`func` for a command that asks nothing: --yes is accepted and has nothing to confirm."""

    def run(**kwargs: Any) -> Any:
        kwargs.pop("yes", None)
        return func(**kwargs)

    return run


# -- parameters -----------------------------------------------------------------------------


def narrowed_by(resource: Resource, option: str, view: str, placeholder: str, prefix: str, help: str) -> dict[str, Any]:
    """`list` keywords for an option that switches to a parent's collection, e.g. `--call CA…` reading
    `/Calls/{CallSid}/Notifications` (the path named `view` in the declaration's `extra`)."""

    def path(client: Client, ids: Mapping[str, str], options: Mapping[str, Any]) -> str:
        parent = options.get(option)
        if parent:
            return resource.view(view).collection(AccountSid=client.account_sid, **{placeholder: parent}, **ids)
        return resource.collection(AccountSid=client.account_sid, **ids)

    annotation = Annotated[Optional[str], typer.Option(
        f"--{option}", parser=P.sid_parser(prefix), metavar=P.sid_metavar(prefix), help=help, show_default=False)]
    return {"extra": [param(option, annotation, None)], "path": path}


def context_parameter() -> inspect.Parameter:
    return param("ctx", typer.Context)


def settings_parameters(settings: Sequence[Filter], required: Sequence[str] = ()) -> list[inspect.Parameter]:
    """Typer options for create/update fields; `required` names the options (without --) that must be given."""
    return [filter_parameter(f, required=f.option.split("/")[0] in required) for f in settings]


def settings_data(settings: Sequence[Filter], kw: dict[str, Any]) -> dict[str, Any]:
    """The form fields for the settings options given (popped from `kw`), as the API spells them."""
    data = {}
    for f in settings:
        value = kw.pop(python_name(f.option), None)
        if value is not None and f.kind == PAIRS:  # `Parameter1.Name`, `Parameter1.Value`, …
            for n, (name, val) in enumerate(value, 1):
                data[f"{f.param}{n}.Name"], data[f"{f.param}{n}.Value"] = name, val
        elif value is not None:
            data[f.param] = api_value(f, value)
    return data


@contextmanager
def explained(client: Client, hint: Hint | None) -> Iterator[None]:
    """Run requests, letting `hint` reword a Twilio error (its exit status stays)."""
    from twiliocli.api.errors import ApiError

    try:
        yield
    except ApiError as exc:
        better = hint(client, exc) if hint else None
        if better:
            exc.message = better
        raise


def list_parameters() -> list[inspect.Parameter]:
    return [param(name, P.typed(opt), default) for name, opt, default in O.LIST_OPTIONS]


# -- output ---------------------------------------------------------------------------------


def record_printer(
    resource: Resource, opts: Mapping[str, Any], ctx: typer.Context | None = None, *, changes: bool = True,
) -> Printer:
    """A printer for one record (`get`, `create`, actions): every field unless --fields. A command
    that `changes` something refuses any field outside the resource's list before it runs.

    `ctx` is the command's context: its run's `Runtime` says whether output goes through a pager.
    Without it, the context click is running is used (and with none, there is no pager)."""
    from twiliocli.output import Printer

    if ctx is None:
        from twiliocli.cli.framework.compat import get_current_context

        ctx = get_current_context(silent=True)
    pager = runtime(ctx).pager() if ctx is not None else None
    return Printer.for_resource(resource, opts, whole_records=True, defer=not changes, pager=pager)
