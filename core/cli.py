"""`backup-doctor` command line: scan, simulate, explain, fix. No Qt here; the GUI launcher delegates to `main`.

Exit codes of `scan` (documented in docs/scan-output.md):
  0  the scan completed and every VM was fully checked
  3  the scan completed, but some VMs or scopes could not be fully checked (see "problems")
  2  could not run: usage error, unreadable or invalid tenant file, authentication
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
from core.findings import Status
from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate
from core.scan import ScanReport, run_scan
from core.session import Session, demo_session, endpoint_session, simulated_session
from core.simulator import TenantFileError
from core.simulator import cli as simulate_cli
from core.wizards import cli as fix_cli

EXIT_OK = 0
EXIT_COULD_NOT_RUN = 2
EXIT_INCOMPLETE = 3
EXIT_CANCELLED = 130

SUBCOMMANDS = ("scan", "simulate", "explain", "fix")
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
    source.add_argument("--demo", action="store_true", help="scan the built-in demo tenant")
    source.add_argument("--tenant", type=Path, metavar="FILE", help="scan a tenant file (simulated offline)")
    source.add_argument("--arm-url", metavar="URL", help="scan any ARM endpoint, e.g. `backup-doctor simulate`")
    scan.add_argument("--ca-file", metavar="PEM", help="CA certificate to trust for --arm-url")
    scan.add_argument(
        "--subscription", action="append", default=[], metavar="ID", help="limit to this subscription (repeatable)"
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
    return parser


def open_session(args: argparse.Namespace) -> Session:
    if args.demo:
        return demo_session()
    if args.tenant:
        return simulated_session(args.tenant)
    if args.arm_url:
        if args.ca_file and not Path(args.ca_file).is_file():
            raise UsageError(Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "CA file not found: {path}"), {"path": args.ca_file}))
        return endpoint_session(args.arm_url, args.ca_file)
    raise UsageError(
        Msg(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Scanning Azure itself needs interactive sign-in, which this version does not have yet. "
                "Use --demo, --tenant FILE or --arm-url URL.",
            ),
        )
    )


def run_scan_command(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    translate = translator_for(args.lang or system_language())
    try:
        session = open_session(args)
    except UsageError as error:
        print(f"backup-doctor: {error.message.render(translate)}", file=stderr)
        return EXIT_COULD_NOT_RUN
    except TenantFileError as error:
        invalid = Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "invalid tenant file: {error}"), {"error": str(error)})
        print(f"backup-doctor: {invalid.render(translate)}", file=stderr)
        return EXIT_COULD_NOT_RUN
    with session:
        report = run_scan(session.gateway, args.subscription)
    title = session.target.display(translate)
    if _authentication_failed(report):
        for problem in report.problems:
            print(f"backup-doctor: {problem.message.render(translate)}", file=stderr)
        return EXIT_COULD_NOT_RUN
    if args.format == "json":
        # Streamed, one VM at a time with the C encoder: a 10,000-VM document is never one string.
        if args.output:
            with args.output.open("w", encoding="utf-8") as out:
                report.write_json(out, translate)
        else:
            report.write_json(stdout, translate)
    else:
        text = format_text(report, translate, title)
        if args.output:
            args.output.write_text(text, encoding="utf-8")
        else:
            stdout.write(text)
    return exit_code(report)


def exit_code(report: ScanReport) -> int:
    """The scan command's exit code for a report: 0 complete, 3 something not checked, 2 not signed in."""
    if _authentication_failed(report):
        return EXIT_COULD_NOT_RUN
    return EXIT_OK if report.complete else EXIT_INCOMPLETE


def _authentication_failed(report: ScanReport) -> bool:
    return not report.subscriptions and any(p.status == 401 for p in report.problems)


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
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
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
            return simulate_cli.run(args)
        if args.command == "explain":
            return explain.run(args, stdout, stderr)
        if args.command == "fix":
            return fix_cli.run(args, stdin, stdout, stderr)
    except KeyboardInterrupt:
        cancelled = Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "cancelled"))
        translate = translator_for(getattr(args, "lang", None) or system_language())
        print(f"backup-doctor: {cancelled.render(translate)}", file=stderr)
        return EXIT_CANCELLED
    parser.print_usage(stderr)
    return EXIT_COULD_NOT_RUN


if __name__ == "__main__":
    raise SystemExit(main())
