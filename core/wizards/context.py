"""Where a wizard starts from: one VM's facts, the finding that proposed the wizard, and who acts.

A context is built from a scan's result (`WizardContext.for_result`) or read afresh for one VM
(`read_context`, what the CLI and a verification step do). It also carries the audit log the actions
write to and the account recorded as the one who made each change ("demo" on a simulated tenant).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from core.audit import DEMO_ACTOR, AuditLog
from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway
from core.checks import CheckContext, evaluate
from core.collect import collect_vm
from core.facts import FACT_INSTANCE_VIEW, VmFacts
from core.findings import Finding
from core.ids import VmId


@dataclass(frozen=True)
class WizardContext:
    vm: VmFacts
    # The finding whose wizard this is (None when a wizard or action is started without one).
    finding: Finding | None = None
    # Every finding of the VM from the same evaluation, for texts that speak of the whole VM.
    findings: tuple[Finding, ...] = ()
    audit: AuditLog | None = None
    # Who is recorded in the audit log: the signed-in account, or "demo" on a simulated tenant.
    actor: str = DEMO_ACTOR
    # Where changes go, as the audit log names it (the target's label).
    tenant: str | None = None
    check_context: CheckContext = field(default_factory=CheckContext)
    # How long an action waits for a Backup job it started or cancelled before reporting it as running.
    job_wait_seconds: float = 600.0

    @classmethod
    def for_result(
        cls,
        vm: VmFacts,
        findings: Sequence[Finding],
        wizard_id: str | None = None,
        **options: Any,
    ) -> WizardContext:
        """A context for one VM of a scan, with the worst finding proposing `wizard_id` (if any)."""
        finding = finding_for(findings, wizard_id) if wizard_id else None
        return cls(vm=vm, finding=finding, findings=tuple(findings), **options)

    def with_facts(self, vm: VmFacts, findings: Sequence[Finding]) -> WizardContext:
        """The same wizard on fresher facts: the finding is the new one of the same check, if any."""
        finding = None
        if self.finding is not None:
            finding = next(
                (f for f in findings if f.check == self.finding.check and f.wizard == self.finding.wizard),
                next((f for f in findings if f.check == self.finding.check), None),
            )
        return replace(self, vm=vm, findings=tuple(findings), finding=finding)

    def evidence(self, *path: str) -> Any:
        """A value from the finding's evidence by key path; None when any part is missing."""
        value: Any = self.finding.evidence if self.finding is not None else None
        for key in path:
            if not isinstance(value, dict) or key not in value:
                return None
            value = value[key]
        return value

    def findings_of(self, check_ids: Iterable[str]) -> list[Finding]:
        wanted = set(check_ids)
        return [f for f in self.findings if f.check in wanted]


def finding_for(findings: Iterable[Finding], wizard_id: str) -> Finding | None:
    """The most severe finding that proposes `wizard_id`."""
    matching = [f for f in findings if f.wizard == wizard_id]
    return max(matching, key=lambda f: f.status.severity, default=None)


def actor_for(gateway: AzureGateway, account: str | None = None) -> str:
    """Who the audit log names: the signed-in account (UPN and object id), "demo" on a simulated tenant."""
    if gateway.identity is not None:
        return gateway.identity.actor
    if gateway.target.simulated:
        return DEMO_ACTOR
    return account or "unknown"


def tenant_for(gateway: AzureGateway) -> str:
    """Where changes go, for the audit log: the target and, when signed in, the directory (tenant) id."""
    if gateway.identity is not None:
        return f"{gateway.target.label} (tenant {gateway.identity.tenant_id})"
    return gateway.target.label


def context_for_result(
    gateway: AzureGateway,
    vm: VmFacts,
    findings: Sequence[Finding],
    wizard_id: str | None = None,
    *,
    audit: AuditLog | None = None,
    account: str | None = None,
) -> WizardContext:
    """The context for one VM of a scan (`VmResult.facts`, `VmResult.findings`), as the GUI starts a wizard:
    who acts and where changes go come from the gateway; the audit log defaults to the user's file (the demo
    file for a simulated tenant)."""
    return WizardContext.for_result(
        vm,
        findings,
        wizard_id,
        audit=audit if audit is not None else AuditLog.default(simulated=gateway.target.simulated),
        actor=actor_for(gateway, account),
        tenant=tenant_for(gateway),
    )


def read_context(
    gateway: AzureGateway,
    vm_id: VmId,
    *,
    wizard_id: str | None = None,
    audit: AuditLog | None = None,
    account: str | None = None,
    check_context: CheckContext | None = None,
    job_wait_seconds: float = 600.0,
) -> WizardContext:
    """Read one VM as a scan does, evaluate its checks and build the context (raises AzureProblemError).

    A VM that no longer exists but that a vault item still names is read from that item, as a scan reports it
    (`VmFacts(exists=False)`); one that nothing names is not found (404).
    """
    vm = collect_vm(gateway, vm_id, orphan=True)
    if not vm.exists and not vm.protection:
        gone = vm.why_unavailable(FACT_INSTANCE_VIEW)
        if gone is not None:
            raise AzureProblemError(gone)
    checks = check_context or CheckContext()
    findings = evaluate(vm, checks)
    return WizardContext.for_result(
        vm,
        findings,
        wizard_id,
        audit=audit,
        actor=actor_for(gateway, account),
        tenant=tenant_for(gateway),
        check_context=checks,
        job_wait_seconds=job_wait_seconds,
    )


__all__ = ["WizardContext", "actor_for", "context_for_result", "finding_for", "read_context"]
