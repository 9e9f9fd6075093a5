"""`backup-doctor scan`: scan the target the options name and write the findings as text or JSON.

Exit codes (documented in docs/scan-output.md):
  0  the scan completed and every VM was fully checked
  3  the scan completed, but some VMs or scopes could not be fully checked (see "problems"), or a
     subscription asked for with --subscription was not found or not accessible
  2  could not run: usage error, unreadable or invalid tenant file, authentication (at any point)
  130 cancelled with Ctrl-C (core/cli.py)
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from core.catalog_translator import system_language, translator_for
from core.cli_target import TargetError, add_language_argument, add_target_arguments, open_target
from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.report.scan_json import write_scan_json
from core.report.scan_text import format_text
from core.scan import ScanReport, run_scan
from core.scan_scope import ScanScope
from core.simulator import TenantFileError
from core.terminal_text import safe_stream, visible_controls

EXIT_OK = 0
EXIT_COULD_NOT_RUN = 2
EXIT_INCOMPLETE = 3
_CTX = "Cli"


class UsageError(Exception):
    """A usage problem, said in a sentence translated when it is printed."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


def add_arguments(scan: argparse.ArgumentParser) -> None:
    add_target_arguments(scan, verb="scan")
    scan.add_argument(
        "--subscription", action="append", default=[], metavar="ID", help="limit to this subscription (repeatable)"
    )
    scan.add_argument(
        "--resource-group", metavar="NAME", help="limit to this resource group (with one --subscription)"
    )
    scan.add_argument(
        "--vm",
        action="append",
        default=[],
        metavar="NAME_OR_ID",
        help="limit to this VM (repeatable): its ARM id, or its name with --subscription and --resource-group",
    )
    scan.add_argument("--format", choices=("text", "json"), default="text")
    scan.add_argument("--output", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    add_language_argument(scan, of="titles and details")


def scan_scope(args: argparse.Namespace) -> ScanScope:
    """What `scan` covers: --vm, else --resource-group (in its one --subscription), else the subscriptions."""
    subscriptions: list[str] = args.subscription
    group: str | None = args.resource_group
    one_subscription = len(subscriptions) == 1
    if group is not None and not one_subscription:
        raise UsageError(
            Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "--resource-group needs exactly one --subscription."))
        )
    if not args.vm:
        return ScanScope.group(subscriptions[0], group) if group else ScanScope.subscriptions(subscriptions)
    vm_ids: list[str] = []
    for vm in args.vm:
        if vm.lower().startswith("/subscriptions/"):
            vm_ids.append(vm)
        elif group is not None:
            vm_ids.append(f"/subscriptions/{subscriptions[0]}/resourceGroups/{group}/providers/Microsoft.Compute/virtualMachines/{vm}")
        else:
            raise UsageError(
                Msg(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "--vm {vm}: give the VM's ARM id, or its name with --subscription and --resource-group.",
                    ),
                    {"vm": vm},
                )
            )
    return ScanScope.vms(vm_ids)


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    translate = translator_for(args.lang or system_language())
    try:
        scope = scan_scope(args)
        session = open_target(args, stderr, translate)
    except (UsageError, TargetError) as error:
        print(f"backup-doctor: {error.message.render(translate)}", file=stderr)
        return EXIT_COULD_NOT_RUN
    except TenantFileError as error:
        invalid = Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "invalid tenant file: {error}"), {"error": str(error)})
        print(f"backup-doctor: {invalid.render(translate)}", file=stderr)
        return EXIT_COULD_NOT_RUN
    with session:
        report = run_scan(session.gateway, scope=scope)
    title = session.target.display(translate)
    refused = authentication_refused(report)
    if refused and not report.subscriptions:
        for problem in refused:
            print(f"backup-doctor: {problem.message.render(translate)}", file=stderr)
        return EXIT_COULD_NOT_RUN
    if args.format == "json":
        if args.output:
            with args.output.open("w", encoding="utf-8") as out:
                write_scan_json(report, safe_stream(out), translate)
        else:
            write_scan_json(report, stdout, translate)
    else:
        text = format_text(report, translate, title)
        if args.output:
            args.output.write_text(visible_controls(text), encoding="utf-8")
        else:
            stdout.write(text)
    if refused:
        # Signed out part-way (a token that expired or was revoked): what was read is written above, but
        # the scan could not run to its end, and signing in again is what helps (docs/scan-output.md).
        for problem in refused[:1]:
            print(f"backup-doctor: {problem.message.render(translate)}", file=stderr)
    return exit_code(report)


def exit_code(report: ScanReport) -> int:
    """The scan command's exit code for a report: 0 complete, 3 something not checked, 2 signed out (401)."""
    if authentication_refused(report):
        return EXIT_COULD_NOT_RUN
    return EXIT_OK if report.complete else EXIT_INCOMPLETE


def authentication_refused(report: ScanReport) -> list[Problem]:
    """The problems that say Azure no longer accepts the sign-in (HTTP 401), at whatever point of the scan."""
    return [p for p in report.problems if p.status == 401]


__all__ = ["EXIT_COULD_NOT_RUN", "EXIT_INCOMPLETE", "EXIT_OK", "add_arguments", "exit_code", "run", "scan_scope"]
