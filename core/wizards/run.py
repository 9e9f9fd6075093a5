"""A wizard being worked through for one VM: a state per step, resumable after a re-scan.

`WizardRun` is what a GUI panel shows: `views()` renders every step for the VM (texts as `Msg`, commands
with the VM's values quoted in), with its state and its last preview, result or verification. Methods that
talk to Azure (`preview`, `run_action`, `apply`, `refresh`, `verify`) are plain blocking calls for a worker
thread; the rest is cheap. `apply` is the workflow of a confirmed action step, shared by the window and
`backup-doctor fix`: the result, a fresh preview when Azure changed since the one shown, the VM read again.
`resume(context)` moves the run onto fresher facts (after a re-scan) and keeps what was done;
`to_json()` / `WizardRun.from_json()` let an application keep runs between sessions.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway
from core.azure_status import azure_status
from core.checks import evaluate
from core.collect import collect_vm
from core.findings import Finding, Status
from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate, english
from core.wizards.actions import ACTIONS
from core.wizards.context import WizardContext
from core.wizards.model import (
    ActionPreview,
    ActionResult,
    CancelToken,
    Outcome,
    PreviewState,
    ProgressCallback,
    RenderedCommand,
    Step,
    StepKind,
    StepState,
    Verification,
    Wizard,
    msg,
    render_commands,
)

_PASSING = (Status.PASS, Status.NOT_APPLICABLE)
_log = logging.getLogger(__name__)


# Values that are statuses as Azure writes them: texts show them with their meaning in the reader's
# language ("deallocated (desalocada)"), see core/azure_status.py.
STATUS_VALUES = frozenset({"agentStatus", "powerState", "provisioningState", "protectionState"})


def text_values(values: dict[str, Any]) -> dict[str, Any]:
    """Values for Msg texts: an unknown value shows as a dash; Azure statuses are translatable."""
    return {
        key: "—" if value is None else azure_status(value) if key in STATUS_VALUES else value
        for key, value in values.items()
    }


def command_values(values: dict[str, Any]) -> dict[str, Any]:
    """Values for commands: an unknown value is left out, so the command shows `<name>` to fill in."""
    return {key: value for key, value in values.items() if value is not None}


@dataclass
class StepRecord:
    state: StepState = StepState.PENDING
    preview: ActionPreview | None = None
    result: ActionResult | None = None
    verification: Verification | None = None
    updated: str | None = None

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {
            "state": self.state.value,
            "updated": self.updated,
            "result": self.result.to_json(translate) if self.result else None,
            "verification": self.verification.to_json(translate) if self.verification else None,
        }


@dataclass(frozen=True)
class StepView:
    """One step as shown for one VM."""

    id: str
    kind: StepKind
    state: StepState
    applicable: bool
    optional: bool
    title: Msg
    text: Msg
    commands: tuple[RenderedCommand, ...]
    portal: tuple[Msg, ...]
    links: tuple[tuple[str, Msg], ...]
    action: str | None
    action_title: Msg | None
    checks: tuple[str, ...]
    preview: ActionPreview | None = None
    result: ActionResult | None = None
    verification: Verification | None = None

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "state": self.state.value,
            "applicable": self.applicable,
            "optional": self.optional,
            "title": self.title.render(translate),
            "text": self.text.render(translate),
            "commands": [
                {
                    "shell": c.shell,
                    "text": c.text,
                    "label": c.label.render(translate) if c.label else None,
                    "preferred": c.preferred,
                }
                for c in self.commands
            ],
            "portal": [p.render(translate) for p in self.portal],
            "links": [{"url": url, "label": label.render(translate)} for url, label in self.links],
            "action": self.action,
            "checks": list(self.checks),
            "preview": self.preview.to_json(translate) if self.preview else None,
            "result": self.result.to_json(translate) if self.result else None,
            "verification": self.verification.to_json(translate) if self.verification else None,
        }


@dataclass(frozen=True)
class AppliedStep:
    """What applying a confirmed action step gave (`WizardRun.apply`).

    `result` is the action's answer. `preview` is set when Azure changed since the preview the user saw, so the
    action refused (`Outcome.REFUSED`) and sent nothing: the fresh preview, to show and confirm again.
    `context` is the run's context on the VM read again as a scan reads it, every check evaluated (the run
    continues on it); None when the VM was not read again (the user cancelled) or could not be.
    """

    result: ActionResult
    preview: ActionPreview | None = None
    context: WizardContext | None = None

    @property
    def refused(self) -> bool:
        """Azure changed since the preview: nothing was sent; `preview` is what would be done now."""
        return self.preview is not None


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def verify_checks(
    gateway: AzureGateway,
    context: WizardContext,
    checks: tuple[str, ...],
    cancel: CancelToken | threading.Event | None = None,
) -> tuple[Verification, WizardContext]:
    """Read the VM again as a scan would, re-run every check, and say whether `checks` now pass.

    Returns the verification and the context on the fresh facts (the wizard continues from them).
    """
    event = cancel.event if isinstance(cancel, CancelToken) else cancel
    try:
        # A VM that no longer exists (an orphaned protected item) is read again from its vault items.
        vm = collect_vm(gateway, context.vm.id, cancel=event, orphan=not context.vm.exists)
    except AzureProblemError as error:
        verification = Verification(
            checks,
            (),
            False,
            msg(
                QT_TRANSLATE_NOOP("Wizards", "{vm} could not be read again: {reason}"),
                vm=context.vm.name,
                reason=error.problem.message,
            ),
            error.problem,
        )
        return verification, context
    check_context = replace(context.check_context, now=datetime.now(UTC))
    findings = evaluate(vm, check_context)
    fresh = replace(context.with_facts(vm, findings), check_context=check_context)
    wanted = [f for f in findings if f.check in checks]
    failing = [f for f in wanted if f.status not in _PASSING]
    if failing:
        message = msg(
            QT_TRANSLATE_NOOP("Wizards", "Not fixed yet on {vm}: {findings}"),
            vm=vm.name,
            findings=_titles(failing),
        )
    else:
        message = msg(
            QT_TRANSLATE_NOOP("Wizards", "Verified on {vm}: {findings}"),
            vm=vm.name,
            findings=_titles(wanted) if wanted else "—",
        )
    return Verification(checks, tuple(wanted), not failing and bool(wanted), message), fresh


def _still_open(verification: Verification, fresh: WizardContext, wizard_id: str) -> Verification:
    """The wizard's last check: not "verified" while a finding this wizard fixes still fails or warns.

    The last step checks one thing (the latest backup), but a step on the way (putting a lock back) can leave
    the problem the wizard was opened for; the tree shows it, so the wizard must not say it is fixed.
    """
    open_ = [
        f
        for f in fresh.findings
        if f.wizard == wizard_id and f.status in (Status.FAIL, Status.WARN) and f.check not in verification.checks
    ]
    if not open_:
        return verification
    return Verification(
        verification.checks,
        (*verification.findings, *open_),
        False,
        msg(
            QT_TRANSLATE_NOOP("Wizards", "Not fixed yet on {vm}: {findings}"),
            vm=fresh.vm.name,
            findings=_titles([*(f for f in verification.findings if f.status not in _PASSING), *open_]),
        ),
    )


def _titles(findings: list[Finding]) -> Msg:
    """The findings' titles, each translated, joined: "title; title"."""
    if len(findings) == 1:
        return findings[0].title
    return msg(QT_TRANSLATE_NOOP("Wizards", "{first}; {rest}"), first=findings[0].title, rest=_titles(findings[1:]))


class WizardRun:
    """One wizard for one VM, step by step. Safe to call from a worker thread and the GUI thread."""

    def __init__(self, wizard: Wizard, context: WizardContext, records: dict[str, StepRecord] | None = None) -> None:
        self.wizard = wizard
        self._context = context
        self._records: dict[str, StepRecord] = {s.id: StepRecord() for s in wizard.steps}
        for step_id, record in (records or {}).items():
            if step_id in self._records:
                self._records[step_id] = record
        self._lock = threading.RLock()
        # Every value the run has shown: what a step said before its action ran stays true after it (the
        # lock that was removed keeps its name in "Remove {locks}"), when people copy it into a ticket.
        self._shown: dict[str, Any] = {}

    # --- what the GUI reads -------------------------------------------------------------------

    @property
    def context(self) -> WizardContext:
        with self._lock:
            return self._context

    @property
    def title(self) -> Msg:
        return self.wizard.title

    @property
    def summary(self) -> Msg:
        return msg(self.wizard.summary, **self.text_values())

    def values(self) -> dict[str, Any]:
        return self._remembered(self.wizard.values(self.context))

    def _remembered(self, fresh: dict[str, Any]) -> dict[str, Any]:
        """`fresh`, where a value that is gone now (None) keeps the one shown before."""
        with self._lock:
            merged = {key: self._shown.get(key) if value is None else value for key, value in fresh.items()}
            self._shown.update({key: value for key, value in merged.items() if value is not None})
        return merged

    def text_values(self) -> dict[str, Any]:
        return text_values(self.values())

    def state(self, step_id: str) -> StepState:
        return self.view(step_id).state

    def views(self) -> list[StepView]:
        with self._lock:
            context = self._context
            records = dict(self._records)
        values = self._remembered(self.wizard.values(context))
        texts, commands = text_values(values), command_values(values)
        os_name = context.vm.instance_view.os_name if context.vm.instance_view else None
        return [self._view(step, records[step.id], context, texts, commands, os_name) for step in self.wizard.steps]

    def view(self, step_id: str) -> StepView:
        for view in self.views():
            if view.id == step_id:
                return view
        raise KeyError(step_id)

    def _view(
        self,
        step: Step,
        record: StepRecord,
        context: WizardContext,
        texts: dict[str, Any],
        commands: dict[str, Any],
        os_name: str | None,
    ) -> StepView:
        applicable = step.applies(context)
        state = record.state
        if not applicable and state is StepState.PENDING:
            state = StepState.NOT_APPLICABLE
        action = ACTIONS[step.action] if step.action else None
        return StepView(
            id=step.id,
            kind=step.kind,
            state=state,
            applicable=applicable,
            optional=step.optional,
            title=msg(step.title, **texts),
            text=msg(step.text, **texts),
            commands=render_commands(step, commands, os_name),
            portal=tuple(msg(p, **texts) for p in step.portal),
            links=tuple((link.url, msg(link.label, **texts)) for link in step.links),
            action=step.action,
            action_title=action.title_msg if action is not None else None,
            checks=step.checks,
            preview=record.preview,
            result=record.result,
            verification=record.verification,
        )

    def current(self) -> StepView | None:
        """The first applicable step that is not finished (None when the wizard is through)."""
        return next((v for v in self.views() if v.applicable and not v.state.finished), None)

    @property
    def complete(self) -> bool:
        return all(v.state.finished or (v.optional and v.state is not StepState.FAILED) for v in self.views())

    # --- what the user does ------------------------------------------------------------------

    def mark(self, step_id: str, state: StepState) -> None:
        """Record the user's answer for an explanation or manual step (done, skipped) or reset it (pending)."""
        self.wizard.step(step_id)
        with self._lock:
            record = self._records[step_id]
            record.state = state
            record.updated = _stamp()

    def preview(self, step_id: str, gateway: AzureGateway) -> ActionPreview:
        step = self._action_step(step_id)
        assert step.action is not None
        preview = ACTIONS[step.action].preview(gateway, self.context)
        with self._lock:
            record = self._records[step_id]
            record.preview = preview
            if preview.state is PreviewState.NOTHING_TO_DO and record.state is StepState.PENDING:
                record.state = StepState.NOTHING_TO_DO
                record.updated = _stamp()
        return preview

    def run_action(
        self,
        step_id: str,
        gateway: AzureGateway,
        *,
        confirm: bool,
        preview: ActionPreview | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ActionResult:
        step = self._action_step(step_id)
        assert step.action is not None
        with self._lock:
            shown = preview or self._records[step_id].preview
        result = ACTIONS[step.action].run(
            gateway, self.context, confirm=confirm, preview=shown, progress=progress, cancel=cancel
        )
        with self._lock:
            record = self._records[step_id]
            record.result = result
            record.updated = _stamp()
            if result.outcome is Outcome.DONE:
                record.state = StepState.DONE
            elif result.outcome is Outcome.NOTHING_TO_DO:
                record.state = StepState.NOTHING_TO_DO
            elif result.outcome is Outcome.FAILED:
                record.state = StepState.FAILED
        return result

    def apply(
        self,
        step_id: str,
        gateway: AzureGateway,
        preview: ActionPreview,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> AppliedStep:
        """Run a confirmed action step with the preview the user saw, then bring the run up to date.

        The whole workflow of "apply" for the window and `backup-doctor fix`: the action reads the state
        again and refuses when it would now send other requests than `preview` showed; then this call
        previews the step again (the step keeps that fresh preview). Unless the user cancelled, the VM is
        read again as a scan reads it and the run continues on those facts (`AppliedStep.context`), so a
        caller can show the VM's new status without a whole re-scan. A plain blocking call.
        """
        result = self.run_action(step_id, gateway, confirm=True, preview=preview, progress=progress, cancel=cancel)
        cancelled = cancel is not None and cancel.cancelled
        context = None if cancelled else self.refresh(gateway)
        fresh = self.preview(step_id, gateway) if result.outcome is Outcome.REFUSED else None
        return AppliedStep(result, fresh, context)

    def refresh(self, gateway: AzureGateway) -> WizardContext | None:
        """Read the VM again as a scan does and continue on those facts; None when it cannot be read."""
        try:
            verification, fresh = verify_checks(gateway, self.context, ())
        except Exception:  # the action's own result matters more than a refresh that failed
            _log.exception("could not read the VM again after an action")
            return None
        if verification.problem is not None:
            return None
        self.resume(fresh)
        return fresh

    def verify(
        self, step_id: str, gateway: AzureGateway, *, cancel: CancelToken | threading.Event | None = None
    ) -> Verification:
        step = self.wizard.step(step_id)
        if step.kind is not StepKind.VERIFICATION:
            raise ValueError(f"step {step_id} of {self.wizard.id} is not a verification")
        verification, fresh = verify_checks(gateway, self.context, step.checks, cancel)
        if verification.problem is None and step_id == self._last_verification():
            verification = _still_open(verification, fresh, self.wizard.id)
        with self._lock:
            self._context = fresh
            record = self._records[step_id]
            record.verification = verification
            record.state = StepState.DONE if verification.passed else StepState.FAILED
            record.updated = _stamp()
        return verification

    def _last_verification(self) -> str | None:
        ids = [s.id for s in self.wizard.steps if s.kind is StepKind.VERIFICATION]
        return ids[-1] if ids else None

    def resume(self, context: WizardContext) -> WizardRun:
        """Continue on fresher facts (a re-scan): steps keep their states and results."""
        with self._lock:
            self._context = context
        return self

    def _action_step(self, step_id: str) -> Step:
        step = self.wizard.step(step_id)
        if step.kind is not StepKind.ACTION or step.action is None:
            raise ValueError(f"step {step_id} of {self.wizard.id} is not an automated action")
        return step

    # --- keeping runs ------------------------------------------------------------------------------

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        with self._lock:
            records = dict(self._records)
            vm_id = self._context.vm.id
        return {
            "wizard": self.wizard.id,
            "vm": vm_id,
            "steps": {step_id: record.to_json(translate) for step_id, record in records.items()},
        }

    @classmethod
    def from_json(cls, wizard: Wizard, context: WizardContext, data: dict[str, Any]) -> WizardRun:
        """A run restored from `to_json()`: states come back; previews, results and verifications are
        not kept (they are re-read from Azure when the step is shown again)."""
        records: dict[str, StepRecord] = {}
        steps = data.get("steps") if isinstance(data, dict) else None
        for step_id, saved in (steps or {}).items():
            try:
                state = StepState(saved.get("state"))
            except (ValueError, AttributeError):
                continue
            records[str(step_id)] = StepRecord(state=state, updated=saved.get("updated"))
        return cls(wizard, context, records)


__all__ = ["AppliedStep", "StepRecord", "StepView", "WizardRun", "command_values", "text_values", "verify_checks"]
