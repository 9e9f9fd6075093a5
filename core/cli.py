"""`backup-doctor` command line: scan, simulate, explain, fix. No Qt here; the GUI launcher delegates to `main`.

Exit codes of `scan` (documented in docs/scan-output.md):
  0  the scan completed and every VM was fully checked
  3  the scan completed, but some VMs or scopes could not be fully checked (see "problems"), or a
     subscription asked for with --subscription was not found or not accessible
  2  could not run: usage error, unreadable or invalid tenant file, authentication (at any point)
  130 cancelled with Ctrl-C
`fix` (docs/wizards.md): 0 done or nothing to do, 1 refused or failed, 2 could not run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from core import __version__, explain
from core.catalog_translator import normalize_language, system_language, translator_for
from core.cli_target import TargetError, add_sign_in_arguments, add_source_arguments, check_tenant_file, open_azure
from core.findings import Problem, Status
from core.guest import cli as guest_cli
from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate, english
from core.report import cli as report_cli
from core.scan import ScanReport, run_scan
from core.scan_scope import ScanScope
from core.session import Session, demo_session, endpoint_session, simulated_session
from core.simulator import TenantFileError
from core.simulator import cli as simulate_cli
from core.terminal_text import safe_stream, visible_controls
from core.wizards import cli as fix_cli

EXIT_OK = 0
EXIT_COULD_NOT_RUN = 2
EXIT_INCOMPLETE = 3
EXIT_CANCELLED = 130

SUBCOMMANDS = ("scan", "simulate", "explain", "fix", "report")
_CTX = "Cli"


class UsageError(Exception):
    """A usage problem, said in a sentence translated when it is printed."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backup-doctor",
        description="Diagnose Azure VM Backup failures caused by the VM agent or the backup extension.",
    )
    parser.add_argument("--version", action="version", version=f"backup-doctor {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    scan = commands.add_parser("scan", help="scan virtual machines and print findings")
    source = scan.add_mutually_exclusive_group()
    add_source_arguments(source, verb="scan")
    source.add_argument("--arm-url", metavar="URL", help="scan any ARM endpoint, e.g. `backup-doctor simulate`")
    scan.add_argument("--ca-file", metavar="PEM", help="CA certificate to trust for --arm-url")
    add_sign_in_arguments(scan)
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
    scan.add_argument("--lang", choices=("en", "pt-PT"), help="language of titles and details (default: system)")

    simulate = commands.add_parser("simulate", help="serve a tenant file as a local ARM endpoint")
    simulate_cli.add_arguments(simulate)

    explain_parser = commands.add_parser(
        "explain", help="find the documented error that matches a pasted code or message"
    )
    explain.add_arguments(explain_parser)

    fix = commands.add_parser(
        "fix",
        help="run one automated fix action on a VM: preview, confirm, change, audit",
        description="Run one automated fix action on a VM. Prints what will change and asks before changing it.",
    )
    fix_cli.add_arguments(fix)
    guest = commands.add_parser(
        "guest",
        help="run the read-only check inside one VM (Run Command), after consent",
        description="Show the read-only script, ask, run it inside the VM and print what the guest's evidence says.",
    )
    guest_cli.add_arguments(guest)

    report = commands.add_parser(
        "report",
        help="scan (or open a saved scan) and write the report for the ticket: one self-contained HTML file",
    )
    report_cli.add_arguments(report)
    return parser


def open_session(args: argparse.Namespace, stderr: TextIO | None = None, translate: Translate = english) -> Session:
    """The session `args` name: demo, tenant file, ARM endpoint, or Azure (signing in)."""
    try:
        check_tenant_file(args.tenant)
    except TargetError as error:
        raise UsageError(error.message) from error
    if args.demo:
        return demo_session()
    if args.tenant:
        return simulated_session(args.tenant)
    if args.arm_url:
        if args.ca_file and not Path(args.ca_file).is_file():
            raise UsageError(Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "CA file not found: {path}"), {"path": args.ca_file}))
        return endpoint_session(args.arm_url, args.ca_file)
    try:
        return open_azure(args, stderr or sys.stderr, translate)
    except TargetError as error:
        raise UsageError(error.message) from error


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


def run_scan_command(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    translate = translator_for(args.lang or system_language())
    try:
        scope = scan_scope(args)
        session = open_session(args, stderr, translate)
    except UsageError as error:
        print(f"backup-doctor: {error.message.render(translate)}", file=stderr)
        return EXIT_COULD_NOT_RUN
    except TenantFileError as error:
        invalid = Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "invalid tenant file: {error}"), {"error": str(error)})
        print(f"backup-doctor: {invalid.render(translate)}", file=stderr)
        return EXIT_COULD_NOT_RUN
    with session:
        report = run_scan(session.gateway, scope=scope)
    title = session.target.display(translate)
    refused = _authentication_refused(report)
    if refused and not report.subscriptions:
        for problem in refused:
            print(f"backup-doctor: {problem.message.render(translate)}", file=stderr)
        return EXIT_COULD_NOT_RUN
    if args.format == "json":
        # Streamed, one VM at a time with the C encoder: a 10,000-VM document is never one string.
        if args.output:
            with args.output.open("w", encoding="utf-8") as out:
                report.write_json(safe_stream(out), translate)
        else:
            report.write_json(stdout, translate)
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
    if _authentication_refused(report):
        return EXIT_COULD_NOT_RUN
    return EXIT_OK if report.complete else EXIT_INCOMPLETE


def _authentication_refused(report: ScanReport) -> list[Problem]:
    """The problems that say Azure no longer accepts the sign-in (HTTP 401), at whatever point of the scan."""
    return [p for p in report.problems if p.status == 401]


_STATUS_MARK = {
    Status.PASS: "ok  ",
    Status.WARN: "WARN",
    Status.FAIL: "FAIL",
    Status.UNKNOWN: "????",
    Status.NOT_APPLICABLE: " -- ",
}


def format_text(report: ScanReport, translate: Translate, title: str | None = None) -> str:
    """The scan as text; `title` is the target as shown (translated), by default the report's label."""

    def tr(source: str, **args: object) -> str:
        return Msg(_CTX, source, args).render(translate)

    lines = [
        tr(QT_TRANSLATE_NOOP("Cli", "Backup Doctor scan of {target}"), target=title or report.target),
        "",
    ]
    for result in report.vms:
        vm = result.facts
        lines.append(f"[{_STATUS_MARK[result.status]}] {vm.name}  ({vm.resource_group}, {vm.subscription_id})")
        for finding in result.findings:
            if finding.status is Status.PASS and result.status is Status.PASS:
                continue
            codes = f" [{', '.join(finding.error_codes)}]" if finding.error_codes else ""
            lines.append(f"    {_STATUS_MARK[finding.status]} {finding.title.render(translate)}{codes}")
            if finding.detail is not None:
                lines.append(f"         {finding.detail.render(translate)}")
    failing = sum(1 for r in report.vms if r.status is Status.FAIL)
    lines.append("")
    lines.append(
        tr(
            QT_TRANSLATE_NOOP("Cli", "{total} VMs scanned, {failing} with failures."),
            total=len(report.vms),
            failing=failing,
        )
    )
    if report.problems:
        lines.append(tr(QT_TRANSLATE_NOOP("Cli", "Could not read everything:")))
        lines.extend(f"  - {p.scope}: {p.message.render(translate)} ({p.code})" for p in report.problems)
    if report.cancelled:
        lines.append(tr(QT_TRANSLATE_NOOP("Cli", "The scan was cancelled; results are partial.")))
    return "\n".join(lines) + "\n"


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
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:
        return int(exit_request.code or 0) and EXIT_COULD_NOT_RUN
    if getattr(args, "lang", None):
        args.lang = normalize_language(args.lang)
    try:
        if args.command == "scan":
            return run_scan_command(args, stdout, stderr)
        if args.command == "simulate":
            return simulate_cli.run(args, stdout, err=stderr)
        if args.command == "explain":
            return explain.run(args, stdout, stderr)
        if args.command == "fix":
            return fix_cli.run(args, stdin, stdout, stderr)
        if args.command == "guest":
            return guest_cli.run(args, stdin, stdout, stderr)
        if args.command == "report":
            return report_cli.run(args, stdout, stderr)
    except KeyboardInterrupt:
        cancelled = Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "cancelled"))
        translate = translator_for(getattr(args, "lang", None) or system_language())
        print(f"backup-doctor: {cancelled.render(translate)}", file=stderr)
        return EXIT_CANCELLED
    parser.print_usage(stderr)
    return EXIT_COULD_NOT_RUN


if __name__ == "__main__":
    raise SystemExit(main())
