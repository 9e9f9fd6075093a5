"""`WizardRun.apply`: the workflow of a confirmed action step (refused → fresh preview → the VM read again),
shared by the window and `backup-doctor fix`; and the fix command when Azure changes after its preview."""

from __future__ import annotations

from io import StringIO
from typing import Any, TextIO

import pytest

from core.audit import AuditLog
from core.i18n import english
from core.session import Session
from core.wizards import ACTIONS, CancelToken, Outcome, PreviewState, StepState, start
from core.wizards import cli as fix_cli
from core.wizards import selectors as sel
from core.wizards.actions import RemoveRestorePointLock

from .helpers import context, mutations, server

FTP01 = "vm-ftp01"
WIZARD = "rp-collection-limit"
STEP = "remove-lock"


def _retitle_lock(session: Session, lock_id: str, notes: str) -> None:
    """Someone else changes the lock's notes in Azure."""

    def change(lock: dict[str, Any]) -> None:
        lock["properties"]["notes"] = notes

    server(session).store.update(lock_id, change)


def test_a_refused_apply_answers_the_fresh_preview_and_the_vm_read_again(session: Session, audit: AuditLog) -> None:
    run = start(WIZARD, context(session, FTP01, audit, wizard_id=WIZARD))
    shown = run.preview(STEP, session.gateway)
    lock_id = shown.operations[0].target
    _retitle_lock(session, lock_id, "changed by someone else")

    applied = run.apply(STEP, session.gateway, shown)

    assert applied.refused and applied.result.outcome is Outcome.REFUSED
    assert "Things changed in Azure since the preview" in applied.result.message.render()
    assert mutations(session) == []  # nothing was sent
    fresh = applied.preview
    assert fresh is not None and fresh.state is PreviewState.READY and fresh.fingerprint != shown.fingerprint
    assert "changed by someone else" in fresh.operations[0].changes[0].before.render()  # type: ignore[union-attr]
    # The step shows the fresh preview, still to confirm; the run goes on from the VM read again.
    view = run.view(STEP)
    assert view.state is StepState.PENDING and view.preview == fresh
    assert applied.context is not None and run.context is applied.context

    # Confirmed again on the fresh preview, the lock goes.
    done = run.apply(STEP, session.gateway, fresh)
    assert done.result.outcome is Outcome.DONE and done.preview is None
    assert run.state(STEP) is StepState.DONE


def test_a_done_apply_continues_on_the_vm_read_again(session: Session, audit: AuditLog) -> None:
    run = start(WIZARD, context(session, FTP01, audit, wizard_id=WIZARD))
    before = run.context
    assert sel.blocking_locks(before.vm)
    applied = run.apply(STEP, session.gateway, run.preview(STEP, session.gateway))

    assert applied.result.outcome is Outcome.DONE and not applied.refused
    assert applied.context is not None and run.context is applied.context
    assert not sel.blocking_locks(applied.context.vm)  # the lock the step removed is gone from the facts
    assert {f.check for f in applied.context.findings} >= {f.check for f in before.findings}


def test_a_cancelled_apply_does_not_read_the_vm_again(session: Session, audit: AuditLog) -> None:
    run = start(WIZARD, context(session, FTP01, audit, wizard_id=WIZARD))
    before = run.context
    token = CancelToken()
    token.cancel()
    applied = run.apply(STEP, session.gateway, run.preview(STEP, session.gateway), cancel=token)
    assert applied.result.outcome is Outcome.CANCELLED
    assert applied.context is None and run.context is before
    assert mutations(session) == []


class _Answers(StringIO):
    """Standard input whose first answer comes after someone changed the lock in Azure."""

    def __init__(self, session: Session, lock_id: str, answers: str) -> None:
        super().__init__(answers)
        self.session, self.lock_id, self.asked = session, lock_id, 0

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        self.asked += 1
        if self.asked == 1:
            _retitle_lock(self.session, self.lock_id, "changed while you read")
        return super().readline(-1 if size is None else size)


class _ChangedOnStart(StringIO):
    """Standard error: the first progress line ("Reading the current state…") comes as someone changes the
    lock, after the preview was printed (what --yes cannot see)."""

    def __init__(self, session: Session, lock_id: str) -> None:
        super().__init__()
        self.session, self.lock_id, self.changed = session, lock_id, False

    def write(self, text: str) -> int:
        if not self.changed:
            self.changed = True
            _retitle_lock(self.session, self.lock_id, "changed as the run started")
        return super().write(text)


def _fix(session: Session, audit: AuditLog, *, yes: bool, io: tuple[TextIO, TextIO, TextIO]) -> int:
    ctx = context(session, FTP01, audit)
    return fix_cli.fix(session, ACTIONS["remove-rp-lock"], ctx, "demo", yes=yes, io=io, translate=english)


def _lock_id(session: Session, audit: AuditLog) -> str:
    return ACTIONS["remove-rp-lock"].preview(session.gateway, context(session, FTP01, audit)).operations[0].target


def test_fix_shows_the_fresh_preview_after_a_refusal_and_asks_again(session: Session, audit: AuditLog) -> None:
    lock_id = _lock_id(session, audit)
    stdin, stdout, stderr = _Answers(session, lock_id, "y\ny\n"), StringIO(), StringIO()
    code = _fix(session, audit, yes=False, io=(stdin, stdout, stderr))
    out = stdout.getvalue()
    assert code == fix_cli.EXIT_DONE, out
    assert stdin.asked == 2  # asked again, on the fresh preview
    refused = out.index("Things changed in Azure since the preview")
    assert out.count("Backup Doctor fix: ") == 2 and out.rindex("Backup Doctor fix: ") > refused
    assert "changed while you read" in out[refused:]  # the fresh preview shows the lock as it is now
    assert "Removed the lock" in out[refused:]
    assert [e.method for e in mutations(session)] == ["DELETE"]


def test_fix_with_yes_shows_the_fresh_preview_and_exits_refused(session: Session, audit: AuditLog) -> None:
    lock_id = _lock_id(session, audit)
    stdout = StringIO()
    code = _fix(session, audit, yes=True, io=(StringIO(), stdout, _ChangedOnStart(session, lock_id)))
    out = stdout.getvalue()
    assert code == fix_cli.EXIT_REFUSED, out
    refused = out.index("Things changed in Azure since the preview")
    assert "changed as the run started" in out[refused:] and "Proceed?" not in out
    assert mutations(session) == [] and audit.read().entries == []


def test_fix_runs_an_action_that_no_wizard_uses_as_a_wizard_of_one_step(
    session: Session, audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    class UnlistedLockRemoval(RemoveRestorePointLock):
        id = "unlisted-lock-removal"

    unlisted = UnlistedLockRemoval()
    monkeypatch.setitem(ACTIONS, unlisted.id, unlisted)  # registered, as a new family would be, in no wizard
    stdout = StringIO()
    ctx = context(session, FTP01, audit)
    code = fix_cli.fix(session, unlisted, ctx, "demo", yes=True, io=(StringIO(), stdout, StringIO()), translate=english)
    assert code == fix_cli.EXIT_DONE, stdout.getvalue()
    assert "Removed the lock" in stdout.getvalue()
    assert [e.action for e in audit.read().entries] == ["unlisted-lock-removal"]
