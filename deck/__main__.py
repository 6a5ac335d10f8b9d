"""``deck``: the app, or a command-line subcommand."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader went away (``deck actions | head``): stop quietly
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush must not fail again
        return 141  # as a command ended by SIGPIPE


def _main(argv: list[str] | None) -> int:
    words = sys.argv[1:] if argv is None else argv
    if words[:1] == ["run"] and not {"-h", "--help"} & set(words):
        from deck.forward import forward  # the running app runs it, if there is one

        forwarded = forward(list(words))
        if forwarded is not None:
            return forwarded
    from deck.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    if args.self_test:
        from deck.selftest import run_self_test

        return run_self_test()
    from deck.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
