"""A wizard worked through step by step, as the GUI panel will: states per step, resumable after a re-scan."""

from __future__ import annotations

from core.audit import AuditLog
from core.session import Session
from core.wizards import WIZARDS, StepKind, StepState, WizardContext, WizardRun, start

from .helpers import context


def test_a_wizard_is_worked_through_and_verified(session: Session, audit: AuditLog) -> None:
    ctx = context(session, "vm-erp-app03", audit, wizard_id="backup-extension-failed")
    assert ctx.finding is not None and ctx.finding.wizard == "backup-extension-failed"
    run = start(ctx.finding, ctx)
    views = run.views()
    assert [v.kind for v in views][:3] == [StepKind.EXPLANATION, StepKind.ACTION, StepKind.VERIFICATION]
    assert all(v.state is StepState.PENDING for v in views)
    assert run.current() is not None and run.current().id == "why"  # type: ignore[union-attr]

    run.mark("why", StepState.DONE)
    assert run.current().id == "remove"  # type: ignore[union-attr]
    preview = run.preview("remove", session.gateway)
    assert run.view("remove").preview == preview
    result = run.run_action("remove", session.gateway, confirm=True)
    assert result.ok and run.state("remove") is StepState.DONE

    verification = run.verify("verify-removed", session.gateway)
    assert verification.passed and run.state("verify-removed") is StepState.DONE
    assert {f.check for f in verification.findings} == {"backup-extension", "vm-provisioning-state"}
    # The run continues on the fresh facts: the failed extension is gone from its context.
    assert not [e for e in run.context.vm.extensions or () if e.name == "VMSnapshot"]

    run.run_action("backup-now", session.gateway, confirm=True)
    assert run.verify("verify-backup", session.gateway).passed
    assert run.verify("verify-extension", session.gateway).passed
    assert run.complete


def test_a_refused_action_leaves_the_step_pending_and_a_second_run_is_nothing_to_do(
    session: Session, audit: AuditLog
) -> None:
    run = start("resume-protection", context(session, "vm-tst-lnx02", audit, wizard_id="resume-protection"))
    refused = run.run_action("resume", session.gateway, confirm=False)
    assert refused.outcome.value == "refused" and run.state("resume") is StepState.PENDING
    assert run.run_action("resume", session.gateway, confirm=True).ok
    again = start("resume-protection", context(session, "vm-tst-lnx02", audit, wizard_id="resume-protection"))
    again.preview("resume", session.gateway)
    assert again.state("resume") is StepState.NOTHING_TO_DO


def test_steps_for_the_other_os_are_not_applicable(session: Session) -> None:
    windows = start("app-control-exclusion", context(session, "vm-erp-app05"))
    linux = start("app-control-exclusion", context(session, "vm-web-lnx01"))
    assert windows.state("add-exclusion") is StepState.PENDING
    assert windows.state("linux-exclusion") is StepState.NOT_APPLICABLE
    assert linux.state("add-exclusion") is StepState.NOT_APPLICABLE
    assert linux.state("linux-exclusion") is StepState.PENDING
    rbac = start("keyvault-permissions", context(session, "vm-fin-lnx01"))
    assert rbac.state("grant-access") is StepState.NOT_APPLICABLE and rbac.state("assign-role") is StepState.PENDING


def test_a_run_resumes_after_a_rescan_and_survives_a_restart(session: Session, audit: AuditLog) -> None:
    run = start("rp-collection-limit", context(session, "vm-ftp01", audit, wizard_id="rp-collection-limit"))
    run.mark("why", StepState.DONE)
    assert run.run_action("remove-lock", session.gateway, confirm=True).ok

    # A re-scan: the lock is gone, so its step's condition no longer holds, but the step stays done.
    fresh = context(session, "vm-ftp01", audit, wizard_id="rp-collection-limit")
    run.resume(fresh)
    assert run.state("remove-lock") is StepState.DONE
    assert run.current().id == "clean-up"  # type: ignore[union-attr]

    saved = run.to_json()
    restored = WizardRun.from_json(WIZARDS["rp-collection-limit"], fresh, saved)
    assert restored.state("why") is StepState.DONE and restored.state("remove-lock") is StepState.DONE
    assert restored.current().id == "clean-up"  # type: ignore[union-attr]


def test_a_wizard_started_without_a_finding_still_renders(session: Session) -> None:
    ctx = context(session, "vm-erp-app01")
    healthy = WizardContext.for_result(ctx.vm, ctx.findings, "backup-in-progress")
    assert healthy.finding is None
    run = start("backup-in-progress", healthy)
    assert "—" in run.view("why").text.render()  # no running job: the values show as dashes
    assert "<job>" in run.view("cancel-job").commands[0].text  # and commands show what to fill in


def test_a_context_from_a_scan_result_acts_as_demo_and_audits(session: Session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core.audit import AuditLog
    from core.scan import run_scan
    from core.wizards import context_for_result

    report = run_scan(session.gateway)
    result = next(r for r in report.vms if r.facts.name == "vm-tst-lnx01")
    audit = AuditLog(tmp_path / "audit.jsonl")
    ctx = context_for_result(session.gateway, result.facts, result.findings, "resume-protection", audit=audit)
    assert ctx.actor == "demo" and ctx.tenant == "Demo tenant" and ctx.finding is not None
    run = start(ctx.finding, ctx)
    assert run.run_action("resume", session.gateway, confirm=True).ok
    (entry,) = audit.read().entries
    assert entry.who == "demo" and entry.tenant == "Demo tenant" and entry.vm == result.facts.id


def test_step_texts_keep_their_values_after_the_action_ran(session: Session, audit: AuditLog) -> None:
    run = start("rp-collection-limit", context(session, "vm-ftp01", audit, wizard_id="rp-collection-limit"))
    before = run.view("remove-lock")
    text, portal, commands = before.text.render(), [p.render() for p in before.portal], before.commands
    assert "—" not in text and "<lock>" not in " ".join(c.text for c in commands)
    assert run.run_action("remove-lock", session.gateway, confirm=True).ok
    run.verify("verify-limit", session.gateway)  # the run goes on with fresh facts: the lock is gone from them
    after = run.view("remove-lock")
    assert after.text.render() == text
    assert [p.render() for p in after.portal] == portal
    assert after.commands == commands


def test_putting_the_lock_back_means_the_last_step_does_not_say_verified(session: Session, audit: AuditLog) -> None:
    run = start("rp-collection-limit", context(session, "vm-ftp01", audit, wizard_id="rp-collection-limit"))
    for step in ("remove-lock", "clean-up"):
        assert run.run_action(step, session.gateway, confirm=True).ok
    assert run.verify("verify-limit", session.gateway).passed
    assert run.run_action("restore-lock", session.gateway, confirm=True).ok  # the optional step, applied
    assert run.run_action("backup-now", session.gateway, confirm=True).ok
    final = run.verify("verify-backup", session.gateway)
    assert not final.passed and run.state("verify-backup") is StepState.FAILED
    assert final.message.render().startswith("Not fixed yet on vm-ftp01: A lock")
    assert "restore-point-locks" in {f.check for f in final.findings}
