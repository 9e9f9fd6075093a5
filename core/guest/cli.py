"""`backup-doctor guest --vm NAME`: run the read-only check inside one VM, after consent, and print what it found.

It prints the exact script and the permission it needs, asks "Proceed? [y/N]" unless `--yes`, runs it
through Run Command and prints the findings the guest's evidence decides (text or `--format json`).
`--show-script` prints the script and runs nothing.

Exit codes: 0 the guest answered and nothing fails; 1 a finding fails, the guest could not be checked,
or the user said no; 2 could not run (usage, tenant file, VM not found).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from core.audit import AuditLog, default_audit_path
from core.azure.errors import AzureProblemError
from core.catalog_translator import normalize_language, system_language, translator_for
from core.cli_target import add_language_argument, add_target_arguments
from core.findings import Status
from core.guest.outcome import AGENT_DOWN, ANSWERED
from core.guest.scripts import PERMISSION, ROLE_EXAMPLE, check_script
from core.guest.service import check_inside
from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate
from core.session import Session
from core.simulator import TenantFileError
from core.wizards.cli import _confirmed, _CouldNotRun, _find_vm, _open
from core.wizards.context import actor_for
from core.wizards.guest_fixes import FIXES, manual_steps_for, run_fix

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_COULD_NOT_RUN = 2
_CTX = "Cli"


def _m(source: str, **args: object) -> Msg:
    return Msg(_CTX, source, args)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vm", required=True, metavar="ID", help="the VM's resource id (or its name, if unique)")
    add_target_arguments(parser, verb="check a VM of")
    parser.add_argument("--yes", action="store_true", help="do not ask for consent")
    parser.add_argument("--show-script", action="store_true", help="print the script that would run, run nothing")
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="how long to wait for the guest's answer")
    parser.add_argument(
        "--fix",
        choices=sorted(FIXES),
        metavar="FIX",
        help="run one in-guest fix after showing its script: " + ", ".join(sorted(FIXES)),
    )
    parser.add_argument("--audit-log", type=Path, metavar="FILE", help="append the fix's change to FILE")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_language_argument(parser, of="the output")


def _intro(vm_name: str, file_name: str, translate: Translate) -> str:
    return _m(
        QT_TRANSLATE_NOOP(
            "Cli",
            "This runs the read-only script {script} inside {vm} through Run Command. It reads settings and "
            "changes nothing. It needs the permission {permission} (for example the role {role}).",
        ),
        script=file_name,
        vm=vm_name,
        permission=PERMISSION,
        role=ROLE_EXAMPLE,
    ).render(translate)


def run(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    translate = translator_for(normalize_language(args.lang) if args.lang else system_language())
    try:
        with _open(args, stderr, translate) as session:
            vm_id = _find_vm(session, args.vm)
            vm_json = session.gateway.get_virtual_machine(vm_id)
            os_type = str(
                ((vm_json.get("properties") or {}).get("storageProfile") or {}).get("osDisk", {}).get("osType", "")
            )
            script = check_script(os_type)
            if script is None:
                raise _CouldNotRun(
                    _m(QT_TRANSLATE_NOOP("Cli", "Azure does not say whether {vm} runs Windows or Linux."), vm=args.vm)
                )
            if args.fix:
                return _run_fix(args, session, vm_id, stdin, stdout, translate)
            if args.show_script:
                stdout.write(script.text)
                return EXIT_CLEAN
            if args.format == "text" or not args.yes:
                stream = stdout if args.format == "text" else stderr
                stream.write(_intro(str(vm_json.get("name", args.vm)), script.file_name, translate) + "\n")
            if not args.yes and not _confirmed(stdin, stdout if args.format == "text" else stderr, translate):
                stdout.write(_m(QT_TRANSLATE_NOOP("Cli", "Not confirmed: nothing was run.")).render(translate) + "\n")
                return EXIT_FINDINGS
            result = check_inside(session.gateway, vm_id, timeout=args.timeout)
            serial = None
            if result.inspection.outcome == AGENT_DOWN and result.inspection.boot_diagnostics:
                serial = _serial_log_link(session, result.vm.id, translate)
    except _CouldNotRun as error:
        stderr.write(f"backup-doctor: {error.message.render(translate)}\n")
        return EXIT_COULD_NOT_RUN
    except TenantFileError as error:
        stderr.write(f"backup-doctor: {error}\n")
        return EXIT_COULD_NOT_RUN
    except AzureProblemError as error:
        stderr.write(f"backup-doctor: {error.problem.message.render(translate)}\n")
        return EXIT_COULD_NOT_RUN
    findings = result.guest_findings()
    if args.format == "json":
        document = {
            "vm": result.vm.id,
            "name": result.vm.name,
            "inspection": result.inspection.to_json(translate),
            "findings": [f.to_json(translate) for f in findings],
            "serialLogUri": serial,
        }
        stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    else:
        for finding in findings:
            detail = finding.detail.render(translate) if finding.detail else ""
            stdout.write(f"[{finding.status.value}] {finding.title.render(translate)}\n")
            if detail:
                stdout.write(f"    {detail}\n")
    if serial is not None and args.format == "text":
        stdout.write(
            _m(QT_TRANSLATE_NOOP("Cli", "Serial log (link valid for 60 minutes): {link}"), link=serial).render(
                translate
            )
            + "\n"
        )
    for step in manual_steps_for(result.inspection.report):
        stdout.write(_m(QT_TRANSLATE_NOOP("Cli", "Manual step: {step}"), step=step.title_msg).render(translate) + "\n")
        for command in step.commands:
            stdout.write(f"    {command}\n")
    failing = any(f.status is Status.FAIL for f in findings)
    return EXIT_CLEAN if result.inspection.outcome == ANSWERED and not failing else EXIT_FINDINGS


def _serial_log_link(session: Session, vm_id: str, translate: Translate) -> str:
    """What still works from outside when the agent is down: a link to the serial log."""
    try:
        return str(session.gateway.retrieve_boot_diagnostics(vm_id).get("serialConsoleLogBlobUri") or "")
    except AzureProblemError as error:
        return error.problem.message.render(translate)


def _run_fix(
    args: argparse.Namespace, session: Session, vm_id: str, stdin: TextIO, stdout: TextIO, translate: Translate
) -> int:
    fix = FIXES[args.fix]
    script = fix.script()
    stdout.write(
        _m(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{fix}: this runs the script {script} below inside the VM through Run Command (permission "
                "{permission}), then runs the read-only check again to verify.",
            ),
            fix=fix.title_msg,
            script=script.file_name,
            permission=PERMISSION,
        ).render(translate)
        + "\n\n"
        + script.text
        + "\n"
    )
    confirmed = args.yes or _confirmed(stdin, stdout, translate)
    result = run_fix(
        session.gateway,
        vm_id,
        fix,
        confirm=confirmed,
        audit=AuditLog(args.audit_log) if args.audit_log else AuditLog(default_audit_path(simulated=True)),
        actor=actor_for(session.gateway, None),
        timeout=args.timeout,
    )
    stdout.write(result.message.render(translate) + "\n")
    return EXIT_CLEAN if result.fixed else EXIT_FINDINGS
