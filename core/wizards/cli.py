"""`backup-doctor fix ACTION --vm ID`: one automated fix action, headless.

It reads the VM as a scan does, prints the action's preview (each request: method, exact resource id, the
Azure permission it needs, what changes before → after), asks "Proceed? [y/N]" on standard input unless
`--yes`, runs the action, prints the result in a sentence and appends every change to the audit log.
The run is a step of the wizard that uses the action (`WizardRun.apply`, as in the window): when Azure
changed since the preview, nothing is sent; the VM is read again and the fresh preview printed, then
"Proceed?" is asked again (with `--yes` it exits 1, so that a script never confirms what it did not see).

Exit codes: 0 done, or nothing to do; 1 refused (not confirmed) or failed (the sentence says why);
2 could not run (usage, tenant file, VM not found, no sign-in).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import TextIO

from core import ids
from core.audit import AuditLog, default_audit_path
from core.azure.errors import AzureProblemError
from core.catalog_translator import normalize_language, system_language, translator_for
from core.cli_target import TargetError, add_language_argument, add_target_arguments, open_target
from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate
from core.session import Session
from core.simulator import TenantFileError
from core.wizards import wizards_using
from core.wizards.actions import ACTIONS, Action
from core.wizards.context import WizardContext, read_context
from core.wizards.model import (
    ActionPreview,
    ActionResult,
    Change,
    Outcome,
    PreviewState,
    Progress,
    Step,
    StepKind,
    Wizard,
)
from core.wizards.run import WizardRun

EXIT_DONE = 0
EXIT_REFUSED = 1
EXIT_COULD_NOT_RUN = 2
_CTX = "Cli"


class _CouldNotRun(Exception):
    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


def _m(source: str, **args: object) -> Msg:
    return Msg(_CTX, source, args)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=sorted(ACTIONS), metavar="ACTION", help=", ".join(sorted(ACTIONS)))
    parser.add_argument("--vm", required=True, metavar="ID", help="the VM's resource id (or its name, if unique)")
    add_target_arguments(parser, verb="act on")
    parser.add_argument(
        "--save", type=Path, metavar="FILE", help="write the simulated tenant, as changed, to FILE (a tenant file)"
    )
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.add_argument(
        "--audit-log",
        type=Path,
        metavar="FILE",
        help="append the changes to FILE (default: audit-demo.jsonl in the user data folder for simulated tenants)",
    )
    add_language_argument(parser, of="the output")


def _open(args: argparse.Namespace, stderr: TextIO, translate: Translate) -> Session:
    try:
        return open_target(args, stderr, translate)
    except TargetError as error:
        raise _CouldNotRun(error.message) from error


def _find_vm(session: Session, wanted: str) -> ids.VmId:
    """The VM id the user means: a resource id as given, or the one VM of that name."""
    gateway = session.gateway
    if wanted.lower().startswith("/subscriptions/"):
        return ids.VmId(wanted)
    found: list[str] = []
    for subscription in gateway.list_subscriptions():
        sub_id = str(subscription.get("subscriptionId") or ids.parse_id(str(subscription.get("id", ""))).name)
        found.extend(
            str(vm["id"])
            for vm in gateway.list_virtual_machines(sub_id)
            if str(vm.get("name", "")).lower() == wanted.lower() and vm.get("id")
        )
    if len(found) == 1:
        return ids.VmId(found[0])
    if not found:
        raise _CouldNotRun(_m(QT_TRANSLATE_NOOP("Cli", "No VM named {vm} was found."), vm=wanted))
    raise _CouldNotRun(
        _m(
            QT_TRANSLATE_NOOP("Cli", "Several VMs are named {vm}; give its resource id instead: {ids}"),
            vm=wanted,
            ids=", ".join(found),
        )
    )


def _text(value: Msg | str, translate: Translate) -> str:
    return value.render(translate) if isinstance(value, Msg) else value


def _change_line(change: Change, translate: Translate) -> str:
    return f"{change.what.render(translate)}: {_text(change.before, translate)} → {_text(change.after, translate)}"


def format_preview(preview: ActionPreview, title: Msg, vm_name: str, target: str, translate: Translate) -> str:
    lines = [
        _m(
            QT_TRANSLATE_NOOP("Cli", "Backup Doctor fix: {action} on {vm} ({target})"),
            action=title,
            vm=vm_name,
            target=target,
        ).render(translate),
        "",
        preview.summary.render(translate),
    ]
    if preview.operations:
        lines.append("")
        lines.append(_m(QT_TRANSLATE_NOOP("Cli", "Requests to Azure:")).render(translate))
        for op in preview.operations:
            lines.append(f"  {op.method} {op.target}")
            lines.append(
                "      "
                + _m(QT_TRANSLATE_NOOP("Cli", "needs the permission {permission}"), permission=op.operation).render(
                    translate
                )
            )
            lines.extend(f"      {_change_line(change, translate)}" for change in op.changes)
    if preview.notes:
        lines.append("")
        lines.extend(
            _m(QT_TRANSLATE_NOOP("Cli", "Note: {note}"), note=note).render(translate) for note in preview.notes
        )
    return "\n".join(lines) + "\n"


def _confirmed(stdin: TextIO, stdout: TextIO, translate: Translate) -> bool:
    stdout.write(_m(QT_TRANSLATE_NOOP("Cli", "Proceed? [y/N] ")).render(translate))
    stdout.flush()
    answer = stdin.readline()
    stdout.write("\n" if not answer.endswith("\n") else "")
    return answer.strip().lower() in ("y", "yes", "s", "sim")


def _exit_code(result: ActionResult) -> int:
    return EXIT_DONE if result.outcome in (Outcome.DONE, Outcome.NOTHING_TO_DO) else EXIT_REFUSED


def _step_of(chosen: Action, context: WizardContext) -> tuple[WizardRun, str]:
    """The action as a step of a wizard run: the wizard of the finding chosen for it (else the first wizard
    that uses the action; an action no wizard uses runs as a wizard of one step)."""
    wizards = wizards_using(chosen.id)
    proposed = context.finding.wizard if context.finding is not None else None
    wizard = next((w for w in wizards if w.id == proposed), wizards[0] if wizards else None)
    if wizard is None:
        step = Step(chosen.id, StepKind.ACTION, chosen.title, chosen.title, action=chosen.id)
        wizard = Wizard(chosen.id, chosen.title, (step,), lambda _context: {})
    step_id = next(s.id for s in wizard.steps if s.action == chosen.id)
    return WizardRun(wizard, context), step_id


def fix(
    session: Session,
    chosen: Action,
    context: WizardContext,
    target: str,
    *,
    yes: bool,
    io: tuple[TextIO, TextIO, TextIO],
    translate: Translate,
) -> int:
    """Preview, confirm and apply `chosen` on the context's VM; the exit code. When Azure changed since the
    preview, the fresh preview is printed and confirmed again (with `yes`, the exit code says it was refused)."""
    stdin, stdout, stderr = io
    run, step_id = _step_of(chosen, context)
    preview = run.preview(step_id, session.gateway)
    while True:
        stdout.write(format_preview(preview, chosen.title_msg, run.context.vm.name, target, translate))
        if preview.state is PreviewState.BLOCKED:
            return EXIT_REFUSED
        if preview.state is PreviewState.NOTHING_TO_DO:
            return EXIT_DONE
        if not (yes or _confirmed(stdin, stdout, translate)):
            result = run.run_action(step_id, session.gateway, confirm=False)
            stdout.write("\n" + result.message.render(translate) + "\n")
            return _exit_code(result)

        def progress(update: Progress) -> None:
            stderr.write(f"  … {update.message.render(translate)}\n")

        applied = run.apply(step_id, session.gateway, preview, progress=progress)
        stdout.write("\n" + applied.result.message.render(translate) + "\n")
        if applied.preview is None:
            return _exit_code(applied.result)
        # Azure changed since the preview: nothing was sent. Show what would be done now, and ask again.
        stdout.write("\n")
        preview = applied.preview
        if yes and preview.state is PreviewState.READY:
            stdout.write(format_preview(preview, chosen.title_msg, run.context.vm.name, target, translate))
            return EXIT_REFUSED


def run(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    translate = translator_for(normalize_language(args.lang) if args.lang else system_language())
    chosen = ACTIONS[args.action]
    try:
        session = _open(args, stderr, translate)
    except _CouldNotRun as error:
        print(f"backup-doctor: {error.message.render(translate)}", file=stderr)
        return EXIT_COULD_NOT_RUN
    except TenantFileError as error:
        print(f"backup-doctor: invalid tenant file: {error}", file=stderr)
        return EXIT_COULD_NOT_RUN
    audit = (
        AuditLog(args.audit_log) if args.audit_log else AuditLog(default_audit_path(simulated=session.target.simulated))
    )
    with session:
        try:
            vm_id = _find_vm(session, args.vm)
            wizard_ids = [w.id for w in wizards_using(chosen.id)]
            context = read_context(session.gateway, vm_id, audit=audit)
        except _CouldNotRun as error:
            print(f"backup-doctor: {error.message.render(translate)}", file=stderr)
            return EXIT_COULD_NOT_RUN
        except AzureProblemError as error:
            print(f"backup-doctor: {error.problem.message.render(translate)}", file=stderr)
            return EXIT_COULD_NOT_RUN
        finding = next((f for f in context.findings if f.wizard in wizard_ids and f.status.severity >= 2), None)
        if finding is not None:
            context = dataclasses.replace(context, finding=finding)
        target = session.target.display(translate)
        code = fix(session, chosen, context, target, yes=args.yes, io=(stdin, stdout, stderr), translate=translate)
        if args.save:
            if session.server is None:
                print("backup-doctor: --save needs --demo or --tenant", file=stderr)
                return EXIT_COULD_NOT_RUN
            args.save.write_text(
                json.dumps(session.server.store.snapshot(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
    return code


__all__ = ["EXIT_COULD_NOT_RUN", "EXIT_DONE", "EXIT_REFUSED", "add_arguments", "fix", "format_preview", "run"]
