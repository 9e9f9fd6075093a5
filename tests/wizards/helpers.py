"""Small helpers shared by the wizard tests."""

from __future__ import annotations

from typing import Any

from core.audit import AuditLog
from core.session import Session
from core.simulator import SimulatorServer
from core.simulator.requestlog import RequestLogEntry
from core.wizards import WizardContext, read_context

MUTATING = ("PUT", "POST", "DELETE", "PATCH")


def server(session: Session) -> SimulatorServer:
    assert session.server is not None
    return session.server


def vm_id(session: Session, name: str) -> str:
    return next(
        str(vm["id"]) for vm in server(session).store.of_type("Microsoft.Compute/virtualMachines") if vm["name"] == name
    )


def context(session: Session, name: str, audit: AuditLog | None = None, **options: Any) -> WizardContext:
    return read_context(session.gateway, vm_id(session, name), audit=audit, **options)


def mutations(session: Session) -> list[RequestLogEntry]:
    """Requests that change something (backupStatus is a read sent as POST)."""
    return [
        e for e in server(session).request_log if e.method in MUTATING and not e.path.lower().endswith("/backupstatus")
    ]


def findings_by_check(ctx: WizardContext) -> dict[str, str]:
    worst: dict[str, str] = {}
    for finding in ctx.findings:
        worst.setdefault(finding.check, finding.status.value)
    return worst
