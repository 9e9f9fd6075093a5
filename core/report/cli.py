"""`backup-doctor report`: scan the same targets as `scan` (or open a saved scan) and write the report.

    backup-doctor report --demo --output report.html --lang pt-PT
    backup-doctor report --scan saved-scan.json --output report.html --redact
    backup-doctor report --demo --format json --output saved-scan.json   # the saved scan, for later

Exit codes as `scan`: 0 everything was read, 3 some VMs or scopes could not be read (the report says
which), 2 could not run (usage, unreadable saved scan or tenant file, authentication).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from core.catalog_translator import system_language, translator_for
from core.cli_target import TargetError, add_language_argument, add_target_arguments, open_target
from core.findings import Status
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.report import saved_scan
from core.report.html import render_html
from core.report.snapshot import ScanSnapshot, snapshot_from_scan
from core.scan import run_scan
from core.simulator import TenantFileError

_CTX = "Cli"
EXIT_OK = 0
EXIT_COULD_NOT_RUN = 2
EXIT_INCOMPLETE = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_target_arguments(
        parser,
        verb="scan",
        other_sources=lambda source: source.add_argument(
            "--scan", type=Path, metavar="JSON", help="report on a saved scan instead of scanning"
        ),
    )
    parser.add_argument(
        "--subscription", action="append", default=[], metavar="ID", help="limit to this subscription (repeatable)"
    )
    parser.add_argument("--format", choices=("html", "json"), default="html", help="html report or saved scan JSON")
    parser.add_argument("--output", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    add_language_argument(parser, of="the report")
    parser.add_argument(
        "--redact",
        action="store_true",
        help="replace subscription ids, IP addresses, e-mail addresses and account names by placeholders",
    )


def _complete(snapshot: ScanSnapshot) -> bool:
    return (
        not snapshot.cancelled and not snapshot.problems and all(v.status is not Status.UNKNOWN for v in snapshot.vms)
    )


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    language = args.lang or system_language()
    translate = translator_for(language)
    if args.scan is not None:
        try:
            snapshot = saved_scan.load(args.scan)
        except saved_scan.SavedScanError as error:
            print(f"backup-doctor: {args.scan.name}: {error.message.render(translate)}", file=stderr)
            return EXIT_COULD_NOT_RUN
    else:
        try:
            session = open_target(args, stderr, translate)
        except TargetError as error:
            print(f"backup-doctor: {error.message.render(translate)}", file=stderr)
            return EXIT_COULD_NOT_RUN
        except TenantFileError as error:
            invalid = Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "invalid tenant file: {error}"), {"error": str(error)})
            print(f"backup-doctor: {invalid.render(translate)}", file=stderr)
            return EXIT_COULD_NOT_RUN
        with session:
            report = run_scan(session.gateway, args.subscription)
            target = session.target.display(translate)
        if not report.subscriptions and any(p.status == 401 for p in report.problems):
            for problem in report.problems:
                print(f"backup-doctor: {problem.message.render(translate)}", file=stderr)
            return EXIT_COULD_NOT_RUN
        report.target = target
        snapshot = snapshot_from_scan(report)
    if args.format == "json":
        text = json.dumps(saved_scan.to_json(snapshot), ensure_ascii=False, separators=(",", ":")) + "\n"
    else:
        text = render_html(snapshot, language, redact=args.redact)
    if args.output:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as error:
            failed = Msg(
                _CTX,
                QT_TRANSLATE_NOOP("Cli", "could not write {path}: {reason}"),
                {"path": str(args.output), "reason": error.strerror or "—"},
            )
            print(f"backup-doctor: {failed.render(translate)}", file=stderr)
            return EXIT_COULD_NOT_RUN
    else:
        stdout.write(text)
    return EXIT_OK if _complete(snapshot) else EXIT_INCOMPLETE
