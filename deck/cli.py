"""The command line: ``deck actions``, ``deck run``, ``deck accounts``, ``deck login``, ``deck logout``,
``deck chat tail``, ``deck sandbox``. No Qt needed.

Exit codes: 0 success, 2 invalid parameters (nothing sent), 3 the service answered an
error, 4 credentials missing or not permitted, 5 the service could not be reached, 6 you
declined to run it (nothing sent), 1 anything else.
"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence, TextIO

from deck.core.errors import DeckError, InvalidParams
from deck.core.words import QT_TRANSLATE_NOOP
from deck.core.words import install as install_translation

if TYPE_CHECKING:
    from deck.actions.registry import Action
    from deck.actions.services import Services
    from deck.net.oauth import OAuthSession

DECLINED = 6  # the exit code when the user answers no to a confirmation
_translator: Any = None  # the language's translations, loaded on first use (False: none)


def translate(context: str, text: str) -> str:
    """A text in the locale's language (``LANG=tr_TR.UTF-8 deck …`` speaks Turkish), from the
    app's own translation files; what Qt-free code composes speaks it too."""
    global _translator
    if _translator is None:
        _translator = _load_translator()
        install_translation(translate)
    return (_translator.translate(context, text) if _translator else "") or text


def _load_translator() -> object:
    import os

    from deck.core.paths import resources_dir

    system = next((os.environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(k)), "")
    language = "tr" if system.startswith("tr") else "en"
    from PySide6.QtCore import QTranslator  # no display, no application: only the translation files

    translator = QTranslator()
    return translator if translator.load(f"deck_{language}", str(resources_dir() / "i18n")) else False
RUN_HELP = QT_TRANSLATE_NOOP("Cli", """ACTION_ID names what to run: a service's operation (missxss.get-stream-meta, kick.rewards,
nightbot.song-queue…) or a capability that runs through whichever connected service offers
it (chat.timeout, songs.skip, stream.status…). `deck actions` lists them all; `deck actions
ACTION_ID` shows one action's parameters with their types, ranges and defaults.

examples:
  deck run stream.status --set platform=kick
  deck run chat.timeout --set username=spammer --set duration=10 --set platform=twitch
  deck run nightbot.add-to-queue --set q="never gonna give you up"
  deck run missxss.set-stream-meta --params-json '{"title": "Ranked", "platform": "Twitch"}'
""")

def _services() -> "Services":
    from deck.actions.services import Services
    from deck.core.credentials import Credentials
    from deck.core.paths import config_dir
    from deck.core.settings import SettingsStore

    store = SettingsStore(config_dir() / "settings.json", read_only=True)  # a command never moves files
    settings = store.load()
    if store.notice:
        print(translate("Cli", "warning: {problem}").format(problem=store.notice), file=sys.stderr)
    return Services(settings, Credentials())


def parse_params(action: "Action", assignments: Sequence[str], params_json: Optional[str]) -> dict[str, Any]:
    from deck.core.params import coerce

    from deck.core.jsontext import loads

    params: dict[str, Any] = {}
    if params_json:
        try:
            loaded = loads(params_json)
        except ValueError as exc:
            raise InvalidParams(action.id, [f"--params-json is not valid JSON ({exc})"]) from None
        if not isinstance(loaded, dict):
            raise InvalidParams(action.id, ["--params-json must be a JSON object"])
        params.update(loaded)
    kinds = {p.name: p.kind for p in action.params.__params__}
    for item in assignments:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise InvalidParams(action.id, [f"--set needs key=value, got {item!r}"])
        params[key] = coerce(kinds.get(key, "str"), value)
    return params


def _jsonable(result: object) -> Any:
    """An answer (models, lists of models, plain JSON) as plain JSON; unknown fields kept."""
    from pydantic_core import to_jsonable_python

    return to_jsonable_python(result, by_alias=True)


def _rate(action: "Action") -> Any:
    rate = action.rate
    if rate is None:
        return None
    if rate.seconds == 60:
        return {"scope": action.scope, "per_minute": rate.calls}
    return {"scope": action.scope, "calls": rate.calls, "per_seconds": rate.seconds}


def describe_action(a: "Action") -> dict[str, Any]:
    out = {"id": a.id, "title": a.title, "group": a.group, "provider": a.provider, "destructive": a.destructive,
           "read_only": a.read_only, "rate_limit": _rate(a), "description": a.description, "params": a.schema()}
    if a.wire:
        out.update(a.wire, auth=a.auth, scopes=list(a.scopes))
    if a.deprecated:
        out["deprecated"] = a.deprecated
    if a.capability:
        out["capability"] = a.capability
    if a.destructive_when:
        out["destructive_when"] = {"param": a.destructive_when[0], "is": a.destructive_when[1]}
    return out


def cmd_actions(args: argparse.Namespace) -> int:
    registry = _services().registry
    if args.action_id:
        action = registry.get(args.action_id)
        if args.json:
            print(json.dumps(describe_action(action), indent=2, ensure_ascii=False))
        else:
            print("\n".join(action_help(action)))
        return 0
    if args.json:
        print(json.dumps([describe_action(a) for a in registry.actions()], indent=2, ensure_ascii=False))
        return 0
    width = max(len(a.id) for a in registry.actions())
    for a in registry.actions():
        flags = translate("Cli", " [asks first]") if a.destructive else ""
        if a.destructive_when:
            name, value = a.destructive_when
            flags = (translate("Cli", " [asks first without {name}]").format(name=name) if value is None else
                     translate("Cli", " [asks first when {name} is {value}]").format(name=name, value=json.dumps(value)))
        print(f"{a.id:<{width}}  {translate('Contract', a.title)}{flags}")
    return 0


def _limits(p: Any) -> str:
    """A parameter's type and bounds in words: "integer 1-10080, default 10"."""
    kinds = {"str": QT_TRANSLATE_NOOP("Cli", "text"), "int": QT_TRANSLATE_NOOP("Cli", "integer"),
             "number": QT_TRANSLATE_NOOP("Cli", "number"), "bool": QT_TRANSLATE_NOOP("Cli", "yes/no"),
             "object": QT_TRANSLATE_NOOP("Cli", "object"), "any": QT_TRANSLATE_NOOP("Cli", "any JSON value"),
             "records": QT_TRANSLATE_NOOP("Cli", "list of objects")}
    kind = (translate("Cli", "list of {kind}").format(kind=p.item or "str") if p.kind == "list"
            else translate("Cli", kinds[p.kind]) if p.kind in kinds else p.kind)
    unit = "characters" if p.kind == "str" else "items" if p.kind in ("list", "records") else ""

    def units(n: float) -> str:
        one = n == 1
        words = {"characters": (QT_TRANSLATE_NOOP("Cli", "{count} character"), QT_TRANSLATE_NOOP("Cli", "{count} characters")),
                 "items": (QT_TRANSLATE_NOOP("Cli", "{count} item"), QT_TRANSLATE_NOOP("Cli", "{count} items"))}.get(unit)
        return translate("Cli", words[0 if one else 1]).format(count=f"{n:g}") if words else f"{n:g}"

    bounds = ""
    if p.min is not None and p.max is not None:
        bounds = f" {p.min:g}-{units(p.max)}"
    elif p.min is not None:
        bounds = " " + translate("Cli", "at least {amount}").format(amount=units(p.min))
    elif p.max is not None:
        bounds = " " + translate("Cli", "at most {amount}").format(amount=units(p.max))
    out = kind + bounds
    if p.choices:
        out += translate("Cli", ", one of ") + ", ".join(
            f"{c} ({translate('Contract', p.title_of(c))})" if p.titles else c for c in p.choices)
    if p.default is not None:
        out += translate("Cli", ", default {value}").format(
            value=json.dumps(p.default) if not isinstance(p.default, str) else p.default)
    return str(out)


def action_help(action: Any) -> list[str]:
    """One action as read on a terminal: what it does, how it travels, each parameter."""
    lines = [f"{action.id} — {translate('Contract', action.title)}"
             + (translate("Cli", " (asks first: cannot be undone)") if action.destructive else "")]
    if action.description:
        lines.append(translate("Contract", action.description))
    if action.wire:
        lines.append(f"{action.provider}: {action.wire_text}"
                     + (f" · needs {', '.join(action.scopes)}" if action.scopes else ""))
    if action.deprecated:
        lines.append(translate("Cli", "deprecated: use {action}").format(action=action.deprecated))
    params = action.params.__params__
    lines.append("")
    lines.append(translate("Cli", "parameters:") if params else translate("Cli", "no parameters"))
    width = max((len(p.name) for p in params), default=0)
    for p in params:
        required = translate("Cli", "required ") if p.required else ""
        lines.append(f"  {p.name:<{width}}  {required}{_limits(p)}" + (f" — {translate('Contract', p.doc)}" if p.doc else ""))
    rules = [r.check({}) or "" for r in action.params.__rules__ if r.kind in ("one_of", "only_one")]
    rules += [f"{' and '.join(r.fields)} go together" for r in action.params.__rules__ if r.kind == "together"]
    rules += [f"give only one of {', '.join(r.fields)}" for r in action.params.__rules__ if r.kind == "at_most_one"]
    if rules:
        lines += ["", translate("Cli", "rules:")] + [f"  {r}" for r in rules if r]
    example = " ".join(f"--set {p.name}=…" for p in params if p.required)
    lines += ["", translate("Cli", "example:") + f" deck run {action.id}" + (f" {example}" if example else "")]
    return lines


def readable(data: object) -> list[str]:
    """An answer for a person: a list of objects as an aligned table, an object as
    "key: value" lines, yes/no for booleans (``--json`` prints it exactly instead)."""
    def cell(value: Any) -> str:
        if isinstance(value, bool):
            return "yes" if value else "no"
        if value is None:
            return "—"
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
        return text if len(text) <= 60 else text[:59] + "…"

    if isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
        columns = list(dict.fromkeys(k for item in data for k in item))
        rows = [[cell(item.get(k)) for k in columns] for item in data]
        widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]
        return ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in [columns, *rows]]
    if isinstance(data, list):
        return [cell(item) for item in data] or ["(none)"]
    if isinstance(data, dict):
        lines = []
        for key, value in data.items():
            if isinstance(value, list) and value and all(isinstance(i, dict) for i in value):
                lines += [f"{key}:"] + [f"  {line}" for line in readable(value)]
            else:
                lines.append(f"{key}: {cell(value)}")
        return lines
    return ["done" if data is None else cell(data)]


def _ask(question: str) -> bool:
    try:
        answer = input(shown(question + " [y/N] "))
    except (EOFError, KeyboardInterrupt):
        answer = ""
    return answer.strip().lower() in ("y", "yes")


async def _run(args: argparse.Namespace, services: Optional["Services"] = None, out: Optional[TextIO] = None,
               err: Optional[TextIO] = None,
               ask: Optional[Callable[[str], bool]] = None, tty: Optional[bool] = None) -> int:
    """``deck run``: in this process (its own services, closed at the end), or in the running app
    for a command forwarded to it (the app's services, its output and questions sent back)."""
    from deck.actions.plan import plan

    out, err = out or sys.stdout, err or sys.stderr
    if args.loose:  # parameters written without --set
        hint = " ".join(f"--set {shlex.quote(word)}" for word in args.loose)
        raise InvalidParams(args.action_id, [translate("Cli", "parameters are given with --set NAME=VALUE: {hint}").format(
            hint=hint)])
    own = services is None
    services = services or _services()
    registry = services.registry
    given = registry.get(args.action_id)  # an action, or a capability's (with its parameters)
    planned = plan(registry, services.capabilities, given.capability or given.id,
                   parse_params(given, args.set or [], args.params_json), provider=args.via)
    action = planned.action
    if planned.confirm and not args.yes:
        if not (sys.stdin.isatty() if tty is None else tty):
            print(translate("Cli", "{action} cannot be undone; add --yes to run it.").format(action=given.id), file=err)
            return 2
        if not (ask or _ask)(f"{planned.sentence}\n{' '.join(planned.ask())}"):
            print(translate("Cli", "Not run."), file=err)
            return DECLINED
    from deck.net.http import close_shared_client

    warning = services.insecure(action.provider) if action.wire else None
    if warning:
        print(translate("Cli", "warning: {problem}").format(problem=warning), file=err)
    try:
        result = planned.result(await registry.invoke(action.id, planned.model, source="cli"))
    finally:
        if own:
            await services.close()
            await close_shared_client()

    data = _jsonable(result)
    lines = [json.dumps(data, indent=2, ensure_ascii=False)] if args.json else readable(data)
    for line in lines:
        print(shown(line), file=out)  # an answer may echo the key it was sent, or hold terminal escapes
    return 0


def shown(text: str) -> str:
    """A text from a service or a file as the terminal may show it: no secret, no escape sequence."""
    from deck.core.jsontext import printable
    from deck.core.redact import redact

    return printable(redact(text))


def cmd_accounts(args: argparse.Namespace) -> int:
    services = _services()
    states = [services.state(name) for name in services.providers]
    if args.json:
        print(json.dumps(states, indent=2, ensure_ascii=False))
        return 0
    for info in states:
        if info["auth"] == "oauth":
            what = translate("Cli", "signed in") if info.get("signed_in") else translate("Cli", "not signed in")
            if info.get("scopes"):
                what += translate("Cli", " (scopes: {scopes})").format(scopes=" ".join(info["scopes"]))
        else:
            have = info.get("secrets", {})
            what = ", ".join((translate("Cli", "{secret} set") if ok else translate("Cli", "{secret} not set")).format(
                secret=kind.replace("_", " ")) for kind, ok in have.items())
        problem = f" — {info['problem']}" if info.get("problem") else ""
        address = info["url"] or translate("Cli", "(no address)")
        print(shown(f"{info['title']:<10} {address}  {what or translate('Cli', 'no credential needed')}{problem}"))
    return 0


def _oauth(services: "Services", name: str) -> "OAuthSession":
    if name not in services.providers:
        raise InvalidParams(name, [translate("Cli", "no such service; one of: {names}").format(
            names=", ".join(services.providers))])
    session = services.oauth.get(name)
    if session is None:
        title = services.providers[name].title
        raise InvalidParams(name, [f"{title} uses a key, not a sign-in: add it under File → Accounts"])
    return session


async def _login(args: argparse.Namespace) -> int:
    import threading
    import webbrowser

    from deck.core.errors import CredentialsUnavailable
    from deck.net.http import close_shared_client

    services = _services()
    session = _oauth(services, args.provider)

    def open_url(url: str) -> None:
        print(translate("Cli", "Opening your browser to sign in to {service}. If it does not open, visit:").format(
            service=session.title) + f"\n  {shown(url)}", file=sys.stderr, flush=True)
        # never waited for: a console browser, or a command that only ends with the browser, holds nothing
        threading.Thread(target=webbrowser.open, args=(url,), name="browser", daemon=True).start()

    try:
        tokens = await session.sign_in(open_url, services.scopes(session.provider), timeout=args.timeout)
        if session.in_memory:  # kept nowhere once this command ends: the grant is not left alive either
            said = await session.sign_out()
            raise CredentialsUnavailable(
                f"{session.title} signed you in, but there is no system keychain to keep the sign-in in, so it "
                f"would end with this command. {said} Unlock or install a keychain (GNOME Keyring or KWallet on "
                "Linux) and sign in again, or sign in from the Deck app, which can keep it for its session.")
    finally:
        await close_shared_client()
    print(translate("Cli", "Signed in to {service}").format(service=session.title)
          + (translate("Cli", " (scopes: {scopes})").format(scopes=tokens.scope) if tokens.scope else "") + ".")
    return 0


async def _logout(args: argparse.Namespace) -> int:
    from deck.net.http import close_shared_client

    services = _services()
    session = _oauth(services, args.provider)
    try:
        print(shown(await session.sign_out()))
    finally:
        await close_shared_client()
    return 0


def cmd_login(args: argparse.Namespace) -> int:
    import asyncio

    return asyncio.run(_login(args))


def cmd_logout(args: argparse.Namespace) -> int:
    import asyncio

    return asyncio.run(_logout(args))


def cmd_run(args: argparse.Namespace) -> int:
    import asyncio

    return asyncio.run(_run(args))


async def _tail(args: argparse.Namespace) -> int:
    import asyncio

    from deck.net.http import close_shared_client
    from deck.providers.chat.hub import make_reader

    services = _services()
    done = asyncio.Event()
    count = 0

    def show(items: list[Any]) -> None:
        nonlocal count
        if args.count:  # exactly that many, though a batch read may hold more
            items = items[:max(args.count - count, 0)]
        for item in items:
            if args.json:
                print(shown(json.dumps(item.to_json(), ensure_ascii=False)), flush=True)
            else:
                print(shown(tail_line(item)), flush=True)
            count += 1
        if args.count and count >= args.count:
            done.set()

    def health(reader: Any) -> None:
        state = reader.health.state + (f": {reader.health.error}" if reader.health.state == "retrying" else "")
        print(shown(f"{reader.key}: {state}"), file=sys.stderr, flush=True)

    try:
        reader = make_reader(args.channel, services.chat_url, show, health)
    except ValueError as exc:
        print(f"error: {shown(str(exc))}", file=sys.stderr)
        return 2
    reader.start()
    try:
        await done.wait()
    finally:
        await reader.stop()
        await close_shared_client()
    return 0


def tail_line(item: Any, now: Optional[float] = None) -> str:
    """A chat message or event as one line: "12:03:04 [kick #slug] name: text", "… ada was
    timed out for 10m", "… a message was deleted"."""
    import time

    from deck.providers.chat.message import duration_text

    when = time.strftime("%H:%M:%S", time.localtime(item.time or (now if now is not None else time.time())))
    where = f"{when} [{item.platform} #{item.channel}]"
    if hasattr(item, "spans"):
        text = item.notice + (f" · {item.text}" if item.text and item.text != item.notice else "") if item.notice else item.text
        if item.kind == "notice":
            return f"{where} * {text}"
        return f"{where} {item.name}{'' if item.kind == 'action' else ':'} {text}"
    who = item.login or item.user_id or translate("Events", "someone")
    deleted = len(item.message_ids)
    return where + " " + str({
        "delete": translate("Cli", "{n} messages deleted").format(n=deleted) if deleted > 1
        else translate("Cli", "a message was deleted"),
        "restore": translate("Cli", "a hidden message shown again"), "clear": translate("Cli", "the chat was cleared"),
        "timeout": translate("Cli", "{who} was timed out for {time}").format(who=who, time=duration_text(item.seconds))
        if item.seconds else translate("Cli", "{who} was timed out").format(who=who),
        "ban": translate("Cli", "{who} was banned").format(who=who),
        "unban": translate("Cli", "{who} was unbanned").format(who=who)}.get(item.kind, item.kind))


def cmd_chat_tail(args: argparse.Namespace) -> int:
    import asyncio

    try:
        return asyncio.run(_tail(args))
    except KeyboardInterrupt:
        return 0


def cmd_sandbox(args: argparse.Namespace) -> int:
    import threading

    from deck.sandbox import Sandbox

    if not 0 <= args.port <= 65535:
        print(f"error: --port must be from 0 (any free port) to 65535, not {args.port}", file=sys.stderr)
        return 2
    try:
        sandbox = Sandbox(port=args.port, simulate=not args.still).start()
    except RuntimeError as exc:
        print(f"error: the sandbox could not start: {exc}", file=sys.stderr)
        return 1
    if args.chat_rate is not None:
        try:
            sandbox.chat.set_rate(args.chat_rate)
        except ValueError as exc:
            sandbox.stop()
            print(f"error: --chat-rate: {exc}", file=sys.stderr)
            return 2
    print("Deck sandbox is running (Ctrl+C to stop). In another terminal, paste these lines to point")
    print("`deck` at it (sandbox keys only), then e.g. `deck run missxss.get-stream-meta`:\n")
    for line in sandbox_exports(sandbox):
        print(line)
    print()  # the end of the list, for scripts reading it
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    return 0


def sandbox_exports(sandbox: Any) -> list[str]:
    """The environment that points Deck at a running sandbox: each address and sandbox key."""
    from deck.core.names import env_name
    from deck.providers.chat.hub import URL_ENV

    env = {env_name(name, "url"): sandbox.urls[name] for name in sandbox.services}
    env.update({env_name(name, "id_url"): sandbox.urls[f"{name}-id"] for name in sandbox.oauth})
    env.update({URL_ENV[name]: url for name, url in sandbox.chat_urls().items() if name in URL_ENV})
    for name, service in sandbox.services.items():
        env.update({env_name(name, kind): value for kind, value in service.secrets.items()})
    for name, server in sandbox.oauth.items():
        client = server.register("http://localhost/callback")
        env.update({env_name(name, "client_id"): client.id, env_name(name, "client_secret"): client.secret})
    return [f"export {key}={shlex.quote(value)}" for key, value in env.items()]  # a URL's & stays in it


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "must be a whole number of 1 or more, not {text}").format(
            text=repr(text)))
    return value


# argparse's own words ("usage:", "options"…), which it looks up through its module's ``_``
ARGPARSE = (QT_TRANSLATE_NOOP("argparse", "usage: "), QT_TRANSLATE_NOOP("argparse", "positional arguments"),
            QT_TRANSLATE_NOOP("argparse", "options"), QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
            QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
            QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
            QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
            QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
            QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
            QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
            QT_TRANSLATE_NOOP("argparse", "expected one argument"),
            QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"))


def build_parser() -> argparse.ArgumentParser:
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]
    parser = argparse.ArgumentParser(prog="deck", description=translate("Cli", "Deck: a control deck for live streamers."))
    parser.add_argument("--demo", action="store_true", help=translate("Cli", "run against the built-in sandbox; no account needed"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("Cli", "start the app, check Qt, keychain, settings and one sandbox round trip, then exit"))
    parser.add_argument("--version", action="version", version=f"Deck {__import__('deck').__version__}")
    parser.add_argument("--quit-after-first-frame", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("actions", help=translate("Cli", "list every action, or show one action's parameters"))
    p.add_argument("action_id", nargs="?", help=translate("Cli", "show this action's parameters, their ranges and an example"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable, with each action's params schema"))
    p.set_defaults(func=cmd_actions)
    p = sub.add_parser("run", help=translate("Cli", "run one action"), description=translate("Cli", "Run one action and print its answer."),
                       epilog=translate("Cli", RUN_HELP), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action_id", metavar="ACTION_ID", help=translate("Cli", "e.g. chat.timeout or missxss.get-stream-meta"))
    p.add_argument("loose", nargs="*", help=argparse.SUPPRESS)  # NAME=VALUE without --set: said how
    p.add_argument("--set", action="append", metavar="KEY=VALUE", help=translate("Cli", "a parameter (repeatable)"))
    p.add_argument("--params-json", metavar="JSON", help=translate("Cli", "parameters as a JSON object"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print the result as JSON"))
    p.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask before actions that cannot be undone"))
    p.add_argument("--via", metavar="SERVICE",
                   help=translate("Cli", "for a capability: the service to run it through (e.g. --via kick); by "
                                         "default the one chosen in the app, else the best connected one"))
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("accounts", help=translate("Cli", "each service's address and whether its credential is set (never a secret)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_accounts)
    p = sub.add_parser("login", help=translate("Cli", "sign in to a service that uses OAuth (opens your browser)"))
    p.add_argument("provider")
    p.add_argument("--timeout", type=float, default=300, metavar="SECONDS", help=translate("Cli", "how long to wait for the browser"))
    p.set_defaults(func=cmd_login)
    p = sub.add_parser("logout", help=translate("Cli", "sign out of a service (revokes Deck's access where the service can)"))
    p.add_argument("provider")
    p.set_defaults(func=cmd_logout)
    p = sub.add_parser("chat", help=translate("Cli", "live chat"))
    chat = p.add_subparsers(dest="chat_command", required=True)
    p = chat.add_parser("tail", help=translate("Cli", "print a channel's chat as it comes (Ctrl+C to stop)"))
    p.add_argument("channel", metavar="PLATFORM:CHANNEL", help=translate("Cli", "e.g. twitch:somechannel, kick:someslug, owncast:https://owncast.example"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "one JSON object per line"))
    p.add_argument("--count", type=_count, default=0, metavar="N", help=translate("Cli", "stop after N messages and events"))
    p.set_defaults(func=cmd_chat_tail)
    p = sub.add_parser("sandbox", help=translate("Cli", "run the local stand-ins of every service"))
    p.add_argument("--port", type=int, default=0, help=translate("Cli", "MissXss port (default: any free port)"))
    p.add_argument("--still", action="store_true", help=translate("Cli", "no simulated stream activity"))
    p.add_argument("--chat-rate", type=float, default=None, metavar="N", help=translate("Cli", "chat messages per second per channel"))
    p.set_defaults(func=cmd_sandbox)
    return parser


def run_command(args: argparse.Namespace) -> int:
    from deck.core import logs
    from deck.core.paths import log_dir

    logs.setup(log_dir())
    try:
        code: int = args.func(args)
        return code
    except DeckError as exc:
        print(translate("Cli", "error: {problem}").format(problem=shown(str(exc))), file=sys.stderr)
        return exc.exit_code
