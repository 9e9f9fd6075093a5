"""A scan: collect facts subscription by subscription, evaluate them, report as results arrive.

The observer receives events in order (subscription listed, its VMs listed, each VM evaluated,
problems), so a GUI can fill its tree while the scan runs; the report at the end holds everything.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway
from core.checks import CheckContext, evaluate
from core.collect import Cancelled, Collector, Subscription
from core.facts import VmFacts
from core.findings import Finding, Problem, Status
from core.i18n import Translate, english


@dataclass
class VmResult:
    facts: VmFacts
    findings: list[Finding]

    @property
    def status(self) -> Status:
        """The worst status among the findings (pass when there is none)."""
        return max((f.status for f in self.findings), key=lambda s: s.severity, default=Status.PASS)

    @property
    def fully_checked(self) -> bool:
        return not any(f.status is Status.UNKNOWN for f in self.findings)

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        vm = self.facts
        return {
            "id": vm.id,
            "name": vm.name,
            "subscriptionId": vm.subscription_id,
            "resourceGroup": vm.resource_group,
            "location": vm.location,
            "osType": vm.os_type,
            "powerState": vm.instance_view.power_state if vm.instance_view else None,
            "status": self.status.value,
            "findings": [f.to_json(translate) for f in self.findings],
        }


@dataclass
class ScanReport:
    target: str
    scanned_at: datetime
    subscriptions: list[Subscription] = field(default_factory=list)
    vms: list[VmResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        """Every listed VM fully checked, nothing unreadable, not cancelled."""
        return not self.cancelled and not self.problems and all(v.fully_checked for v in self.vms)

    def to_json(self, translate: Translate = english) -> dict[str, Any]:
        return {
            "scannedAt": self.scanned_at.isoformat().replace("+00:00", "Z"),
            "target": self.target,
            "subscriptions": [
                {"id": s.id, "displayName": s.display_name, "state": s.state} for s in self.subscriptions
            ],
            "vms": [v.to_json(translate) for v in self.vms],
            "problems": [p.to_json(translate) for p in self.problems],
            "cancelled": self.cancelled,
        }


class ScanObserver(Protocol):
    def subscription_listed(self, subscription: Subscription) -> None: ...
    def vms_listed(self, subscription: Subscription, vms: Sequence[VmFacts]) -> None: ...
    def vm_evaluated(self, result: VmResult) -> None: ...
    def problem(self, problem: Problem) -> None: ...
    def progress(self, done: int, total: int) -> None: ...


class NullObserver:
    def subscription_listed(self, subscription: Subscription) -> None:
        pass

    def vms_listed(self, subscription: Subscription, vms: Sequence[VmFacts]) -> None:
        pass

    def vm_evaluated(self, result: VmResult) -> None:
        pass

    def problem(self, problem: Problem) -> None:
        pass

    def progress(self, done: int, total: int) -> None:
        pass


class Scan:
    """One scan of a target. `cancel()` may be called from any thread; the scan stops promptly."""

    def __init__(
        self,
        gateway: AzureGateway,
        *,
        subscription_ids: Sequence[str] = (),
        observer: ScanObserver | None = None,
        context: CheckContext | None = None,
    ) -> None:
        self.gateway = gateway
        self.subscription_ids = [s.lower() for s in subscription_ids]
        self.observer: ScanObserver = observer or NullObserver()
        self.context = context
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> ScanReport:
        report = ScanReport(self.gateway.target.label, datetime.now(UTC))
        collector = Collector(self.gateway, cancel=self._cancel)
        try:
            self._run(collector, report)
        except Cancelled:
            report.cancelled = True
        finally:
            collector.close()
        return report

    def _add_problem(self, report: ScanReport, problem: Problem) -> None:
        report.problems.append(problem)
        self.observer.problem(problem)

    def _run(self, collector: Collector, report: ScanReport) -> None:
        try:
            subscriptions = collector.list_subscriptions()
        except AzureProblemError as error:
            self._add_problem(report, error.problem)
            return
        if self.subscription_ids:
            subscriptions = [s for s in subscriptions if s.id.lower() in self.subscription_ids]
        report.subscriptions = subscriptions
        for subscription in subscriptions:
            self.observer.subscription_listed(subscription)
        context = self.context or CheckContext()
        done = total = 0
        for subscription in subscriptions:
            if self._cancel.is_set():
                raise Cancelled
            try:
                vms, problems = collector.list_vms(subscription)
            except AzureProblemError as error:
                self._add_problem(report, error.problem)
                continue
            for problem in problems:
                self._add_problem(report, problem)
            total += len(vms)
            self.observer.vms_listed(subscription, vms)
            self.observer.progress(done, total)
            try:
                problems = collector.enrich(subscription, vms)
            finally:
                # Even when cancelled mid-way, what was collected is evaluated: unread facts show as
                # unknown rather than the VMs vanishing from the report.
                for vm in vms:
                    result = VmResult(vm, evaluate(vm, context))
                    report.vms.append(result)
                    self.observer.vm_evaluated(result)
                    done += 1
                self.observer.progress(done, total)
            for problem in problems:
                self._add_problem(report, problem)
            orphans = collector.orphans.get(subscription.id, [])
            if orphans and not self._cancel.is_set():
                # Protected items whose VM no longer exists are reported like VMs (core/orphans.py).
                total += len(orphans)
                self.observer.vms_listed(subscription, orphans)
                for vm in orphans:
                    result = VmResult(vm, evaluate(vm, context))
                    report.vms.append(result)
                    self.observer.vm_evaluated(result)
                    done += 1
                self.observer.progress(done, total)


def run_scan(
    gateway: AzureGateway,
    subscription_ids: Sequence[str] = (),
    observer: ScanObserver | None = None,
    context: CheckContext | None = None,
) -> ScanReport:
    return Scan(gateway, subscription_ids=subscription_ids, observer=observer, context=context).run()
