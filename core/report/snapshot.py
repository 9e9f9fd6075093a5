"""What a report shows, frozen: a scan's VMs, findings and problems, plus who scanned, when, and the
changes made in the session. Built from a live scan (`snapshot_from_scan`) or from a saved scan file
(core/report/saved_scan.py); the report and "copy for ticket" read only this."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from core import __version__
from core.audit import AuditEntry
from core.findings import Finding, Problem, Status
from core.scan import ScanReport, VmResult


@dataclass(frozen=True)
class VmSnapshot:
    id: str
    name: str
    subscription_id: str
    resource_group: str
    location: str
    os_type: str | None
    power_state: str | None
    size: str | None
    os_name: str | None
    agent_version: str | None
    agent_status: str | None
    tags: Mapping[str, str]
    findings: tuple[Finding, ...]
    # Facts that could not be read for this VM, and why.
    unavailable: tuple[Problem, ...] = ()

    @property
    def status(self) -> Status:
        """The worst status; UNKNOWN (never pass) when there is no finding or a fact could not be read."""
        worst = max((f.status for f in self.findings), key=lambda s: s.severity, default=Status.UNKNOWN)
        if worst in (Status.PASS, Status.NOT_APPLICABLE) and self.unavailable:
            return Status.UNKNOWN
        return worst

    @property
    def error_codes(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for finding in self.findings:
            if finding.status in (Status.FAIL, Status.WARN, Status.UNKNOWN):
                seen.update(dict.fromkeys(finding.error_codes))
        return tuple(seen)


@dataclass(frozen=True)
class SubscriptionSnapshot:
    id: str
    display_name: str
    state: str | None


@dataclass(frozen=True)
class ScanSnapshot:
    target: str
    scanned_at: datetime
    subscriptions: tuple[SubscriptionSnapshot, ...]
    vms: tuple[VmSnapshot, ...]
    problems: tuple[Problem, ...] = ()
    cancelled: bool = False
    app_version: str = __version__
    account: str | None = None
    # Changes made in the session (the audit log's entries since it started), oldest first.
    audit: tuple[AuditEntry, ...] = ()
    # Set when the snapshot was read from a saved file: the file's name.
    saved_file: str | None = None

    def select(self, vm_ids: Iterable[str]) -> ScanSnapshot:
        """The same snapshot limited to some VMs (the window's current selection), with their changes."""
        wanted = {i.lower() for i in vm_ids}
        vms = tuple(v for v in self.vms if v.id.lower() in wanted)
        names = {v.name.lower() for v in vms} | wanted
        audit = tuple(e for e in self.audit if e.vm is None or e.vm.lower() in names)
        subscriptions = {v.subscription_id.lower() for v in vms}
        return ScanSnapshot(
            self.target,
            self.scanned_at,
            tuple(s for s in self.subscriptions if s.id.lower() in subscriptions),
            vms,
            tuple(p for p in self.problems if any(s in p.scope.lower() for s in subscriptions) or not vms),
            self.cancelled,
            self.app_version,
            self.account,
            audit,
            self.saved_file,
        )


def vm_snapshot(result: VmResult) -> VmSnapshot:
    facts = result.facts
    view = facts.instance_view
    agent = view.agent if view else None
    agent_status = None
    if agent is not None and agent.statuses:
        agent_status = agent.statuses[0].display_status or agent.statuses[0].code
    return VmSnapshot(
        id=facts.id,
        name=facts.name,
        subscription_id=facts.subscription_id,
        resource_group=facts.resource_group,
        location=facts.location,
        os_type=facts.os_type,
        power_state=view.power_state if view else None,
        size=facts.vm_size,
        os_name=" ".join(p for p in (view.os_name, view.os_version) if p) or None if view else None,
        agent_version=agent.version if agent else None,
        agent_status=agent_status,
        tags=dict(facts.tags),
        findings=tuple(result.findings),
        unavailable=tuple(facts.unavailable.values()),
    )


@dataclass
class SessionInfo:
    """Who scanned and what changed: known to the caller, not to the scan."""

    account: str | None = None
    audit: list[AuditEntry] = field(default_factory=list)


def snapshot_from_scan(report: ScanReport, session: SessionInfo | None = None) -> ScanSnapshot:
    session = session or SessionInfo()
    return ScanSnapshot(
        target=report.target,
        scanned_at=report.scanned_at,
        subscriptions=tuple(SubscriptionSnapshot(s.id, s.display_name, s.state) for s in report.subscriptions),
        vms=tuple(vm_snapshot(v) for v in report.vms),
        problems=tuple(report.problems),
        cancelled=report.cancelled,
        account=session.account,
        audit=tuple(session.audit),
    )
