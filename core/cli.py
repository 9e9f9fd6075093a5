"""`backup-doctor` command line: scan, simulate, explain, fix, guest, report. No Qt here; the GUI launcher
delegates to `main`.

Each subcommand lives in its own module (`add_arguments(parser)` and `run(...)`): scan in core/cli_scan.py,
simulate in core/simulator/cli.py, explain in core/explain.py, fix in core/wizards/cli.py, guest in
core/guest/cli.py, report in core/report/cli.py. The target options they share (--demo, --tenant-file,
--arm-url, sign-in) come from core/cli_target.py. Only the module of the subcommand being run is imported
(`backup-doctor --help` and `explain` start without the Azure SDK), which is a start-up cost, not a loop:
none of those modules imports this one.

Exit codes of `scan`: see core/cli_scan.py and docs/scan-output.md; `fix`: docs/wizards.md; every
subcommand: 2 could not run (usage), 130 cancelled with Ctrl-C.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from core import __version__
from core.catalog_translator import normalize_language, system_language, translator_for
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.terminal_text import safe_stream

EXIT_OK = 0
EXIT_COULD_NOT_RUN = 2
EXIT_INCOMPLETE = 3
EXIT_CANCELLED = 130

_CTX = "Cli"

# A subcommand's run, called the same way for all: (args, stdin, stdout, stderr) -> exit code.
Run = Callable[[argparse.Namespace, TextIO, TextIO, TextIO], int]


class _Subcommand:
    def __init__(self, help: str, description: str | None = None) -> None:
        self.help = help
        self.description = description


# The subcommands, in the order `--help` lists them.
_SUBCOMMANDS: dict[str, _Subcommand] = {
    "scan": _Subcommand("scan virtual machines and print findings"),
    "simulate": _Subcommand("serve a tenant file as a local ARM endpoint"),
    "explain": _Subcommand("find the documented error that matches a pasted code or message"),
    "fix": _Subcommand(
        "run one automated fix action on a VM: preview, confirm, change, audit",
        "Run one automated fix action on a VM. Prints what will change and asks before changing it.",
    ),
    "guest": _Subcommand(
        "run the read-only check inside one VM (Run Command), after consent",
        "Show the read-only script, ask, run it inside the VM and print what the guest's evidence says.",
    ),
    "report": _Subcommand(
        "scan (or open a saved scan) and write the report for the ticket: one self-contained HTML file"
    ),
}
SUBCOMMANDS = tuple(_SUBCOMMANDS)


def _load(command: str) -> tuple[Callable[[argparse.ArgumentParser], None], Run]:
    """The subcommand's argument setup and run, imported now (see the module doc)."""
    if command == "scan":
        from core import cli_scan

        return cli_scan.add_arguments, lambda args, stdin, stdout, stderr: cli_scan.run(args, stdout, stderr)
    if command == "simulate":
        from core.simulator import cli as simulate_cli

        return simulate_cli.add_arguments, lambda args, stdin, out, err: simulate_cli.run(args, out, err=err)
    if command == "explain":
        from core import explain

        return explain.add_arguments, lambda args, stdin, stdout, stderr: explain.run(args, stdout, stderr)
    if command == "fix":
        from core.wizards import cli as fix_cli

        return fix_cli.add_arguments, fix_cli.run
    if command == "guest":
        from core.guest import cli as guest_cli

        return guest_cli.add_arguments, guest_cli.run
    if command == "report":
        from core.report import cli as report_cli

        return report_cli.add_arguments, lambda args, stdin, stdout, stderr: report_cli.run(args, stdout, stderr)
    raise KeyError(command)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `only`, the options of that subcommand alone are set up (the others keep
    their name and help line, which is all `backup-doctor --help` shows of them)."""
    parser = argparse.ArgumentParser(
        prog="backup-doctor",
        description="Diagnose Azure VM Backup failures caused by the VM agent or the backup extension.",
    )
    parser.add_argument("--version", action="version", version=f"backup-doctor {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, subcommand in _SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=subcommand.help, description=subcommand.description)
        if only is None or only == name:
            _load(name)[0](sub)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand `argv` names: its first word (the top-level options take no value), if it is one."""
    first = next((word for word in argv if not word.startswith("-")), None)
    return first if first in _SUBCOMMANDS else None


def main(
    argv: Sequence[str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    # Text from Azure, files and users is shown, never obeyed by the terminal (core/terminal_text.py).
    stdout = safe_stream(stdout or sys.stdout)
    stderr = safe_stream(stderr or sys.stderr)
    stdin = stdin or sys.stdin
    words = list(sys.argv[1:] if argv is None else argv)
    command = _command_in(words)
    # Without a subcommand (or with a misspelt one) argparse only prints usage or the subcommand list.
    parser = build_parser(only=command or "")
    try:
        args = parser.parse_args(words)
    except SystemExit as exit_request:
        return int(exit_request.code or 0) and EXIT_COULD_NOT_RUN
    if getattr(args, "lang", None):
        args.lang = normalize_language(args.lang)
    try:
        return _load(args.command)[1](args, stdin, stdout, stderr)
    except KeyboardInterrupt:
        cancelled = Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "cancelled"))
        translate = translator_for(getattr(args, "lang", None) or system_language())
        print(f"backup-doctor: {cancelled.render(translate)}", file=stderr)
        return EXIT_CANCELLED


if __name__ == "__main__":
    raise SystemExit(main())
