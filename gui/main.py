"""The `backup-doctor` entry point: command-line subcommands go to core.cli, everything else opens the window.

Nothing here imports PySide6 at module level, so `backup-doctor scan ...` starts fast and works where
Qt cannot load (a server without a display, a CI runner without OpenGL libraries).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from core import __version__
from gui.options import GuiOptions

# First arguments that make `backup-doctor` a command-line tool instead of a window.
CLI_SUBCOMMANDS = ("scan", "simulate", "explain", "fix", "guest", "report")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backup-doctor",
        description=(
            "Open the Backup Doctor window. Command-line use: backup-doctor {" + ",".join(CLI_SUBCOMMANDS) + "} --help"
        ),
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--demo", action="store_true", help="open the built-in demo tenant (no sign-in)")
    source.add_argument(
        "--tenant-file",
        "--tenant",
        dest="tenant",
        type=Path,
        metavar="FILE",
        help="open a tenant file, simulated offline",
    )
    source.add_argument(
        "--simulated-azure",
        type=Path,
        metavar="FILE",
        help="serve a tenant file with its directory as Azure and sign in to it (try sign-in without Azure)",
    )
    parser.add_argument("--lang", choices=("en", "pt-PT"), help="language of the window (default: last used)")
    parser.add_argument("--version", action="version", version=f"backup-doctor {__version__}")
    source.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without user input (offscreen window, demo tenant, one fix); 0 when it works",
    )
    parser.add_argument("--self-test-log", type=Path, metavar="FILE", help="also write the self-test's lines to FILE")
    return parser


def parse_gui_options(argv: Sequence[str]) -> GuiOptions:
    args = build_parser().parse_args(list(argv))
    return GuiOptions(
        demo=args.demo,
        tenant=args.tenant,
        language=args.lang,
        self_test=args.self_test,
        self_test_log=args.self_test_log,
        simulated_azure=args.simulated_azure,
    )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--scan-process"]:  # hidden: the window's scan process (gui/scan_process.py)
        from core.scan_child import main as scan_process

        return scan_process()
    if arguments[:1] == ["--simulator-process"]:  # hidden: the window's simulated tenant (core/served_tenant.py)
        from core.simulator.child import main as simulator_process

        return simulator_process(arguments[1:])
    if arguments and arguments[0] in CLI_SUBCOMMANDS:
        from core import cli

        return cli.main(arguments)
    try:
        options = parse_gui_options(arguments)
    except SystemExit as request:  # --help, or a usage error already printed by argparse
        return 0 if not request.code else 2

    if options.self_test:
        # No display and no input: the window is drawn offscreen, whatever the session has.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from gui.self_test import run_self_test

        return run_self_test(log=options.self_test_log)

    from gui.app import run

    return run(options)


__all__ = ["CLI_SUBCOMMANDS", "GuiOptions", "build_parser", "main", "parse_gui_options"]

if __name__ == "__main__":
    raise SystemExit(main())
