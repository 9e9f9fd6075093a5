"""A scan: collect facts subscription by subscription, evaluate them, report as results arrive.

The observer receives events in order (subscription listed, its VMs listed page by page and then the
listing's end, each VM evaluated, problems; see ScanObserver), so a GUI can fill its tree while the scan
runs; the report at the end holds everything.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from core.azure.errors import AzureProblemError
from core.azure.gateway import AzureGateway
from core.catalog_match import job_error_matches
from core.checks import CheckContext, evaluate
from core.checks.base import codes_for
from core.checks.restore_points import LIMIT_CHECK_ID, LOCKS_CHECK_ID
from core.collect import Cancelled, Collector, Subscription
from core.collect.base import sort_by_group_and_name
from core.facts import JobFacts, VmFacts
from core.findings import Finding, Problem, Status
from core.gc_policy import full_collections_put_off
from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate, english
from core.scan_scope import ScanScope, ScopeKind


@dataclass(frozen=True, slots=True)
class VmResult:
    """One VM's facts and findings, as published to the observer (neither is changed afterwards)."""

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
        document = self.to_json_header(translate)
        document["vms"] = [v.to_json(translate) for v in self.vms]
        return document

    def to_json_header(self, translate: Translate = english) -> dict[str, Any]:
        """Everything of `to_json()` but the VMs (an empty list in their place)."""
        return {
            "scannedAt": self.scanned_at.isoformat().replace("+00:00", "Z"),
            "target": self.target,
            "subscriptions": [
                {"id": s.id, "displayName": s.display_name, "state": s.state} for s in self.subscriptions
            ],
            "vms": [],
            "problems": [p.to_json(translate) for p in self.problems],
            "cancelled": self.cancelled,
        }


class ScanObserver(Protocol):
    """What a scan reports, as it happens; a subscription's events come in order, on any thread, one at a time.

    `vms_listed` comes page by page while a subscription's VMs are listed (`complete=False`: more may
    follow), then once with `complete=True` and the VMs not reported yet (often none): only then is the
    subscription's listing whole, so only then may a consumer take a VM it did not see as gone. A listing
    that fails part-way ends with a `problem` instead, and no complete event. Each VM is reported once by
    the listing; the protected items whose VM is gone come after it in one more complete event.
    """

    def subscription_listed(self, subscription: Subscription) -> None: ...
    def vms_listed(self, subscription: Subscription, vms: Sequence[VmFacts], *, complete: bool = True) -> None: ...
    def vm_evaluated(self, result: VmResult) -> None: ...
    def problem(self, problem: Problem) -> None: ...
    def progress(self, done: int, total: int) -> None: ...


class NullObserver:
    def subscription_listed(self, subscription: Subscription) -> None:
        pass

    def vms_listed(self, subscription: Subscription, vms: Sequence[VmFacts], *, complete: bool = True) -> None:
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
        scope: ScanScope | None = None,
        observer: ScanObserver | None = None,
        context: CheckContext | None = None,
    ) -> None:
        """`scope` says what is scanned (core/scan_scope.py); `subscription_ids` alone is a subscriptions scope."""
        self.gateway = gateway
        self.scope = scope if scope is not None else ScanScope.subscriptions(subscription_ids)
        self.subscription_ids = list(self.scope.subscription_ids)
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
        collector = Collector(
            self.gateway,
            cancel=self._cancel,
            restore_point_codes=_restore_point_codes(),
            job_details_needed=_job_details_needed,
            job_codes=_job_codes,
        )
        try:
            with full_collections_put_off():
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
            listed = {s.id.lower() for s in subscriptions}
            for wanted in dict.fromkeys(self.subscription_ids):
                if wanted not in listed:
                    self._add_problem(report, subscription_not_found(wanted))
        report.subscriptions = subscriptions
        for subscription in subscriptions:
            self.observer.subscription_listed(subscription)
        # Every subscription at once: each one's lists start together (Collector.prefetch) and the
        # gateway paces each subscription within its own ARM read bucket. Events of one subscription
        # keep their order; the report keeps the subscriptions' order.
        run = _SubscriptionRun(self, collector, self.context or CheckContext())
        workers = max(1, min(len(subscriptions), SUBSCRIPTIONS_AT_ONCE))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="scan-subscription") as pool:
            futures = [pool.submit(run.scan, subscription) for subscription in subscriptions]
            outcomes = [future.result() for future in futures]
        for vms, problems in outcomes:
            report.vms.extend(vms)
            report.problems.extend(problems)
        if self._cancel.is_set():
            raise Cancelled


# Subscriptions scanned at the same time (each has its own ARM read bucket).
SUBSCRIPTIONS_AT_ONCE = 8


class _SubscriptionRun:
    """Scans one subscription at a time per thread; the observer is called under one lock."""

    def __init__(self, scan: Scan, collector: Collector, context: CheckContext) -> None:
        self.scan_ = scan
        self.collector = collector
        self.context = context
        self.lock = threading.Lock()
        self.done = 0
        self.total = 0

    def _problem(self, problems: list[Problem], problem: Problem) -> None:
        problems.append(problem)
        with self.lock:
            self.scan_.observer.problem(problem)

    def scan(self, subscription: Subscription) -> tuple[list[VmResult], list[Problem]]:
        observer = self.scan_.observer
        results: list[VmResult] = []
        problems: list[Problem] = []
        if self.scan_.cancelled:
            return results, problems
        scope = self.scan_.scope
        orphans_under = scope.orphans_under(subscription.id)
        reported: list[VmFacts] = []  # the VMs of the list's pages, reported as each page came
        whole = True  # the listing read every page

        def page_listed(page: list[VmFacts]) -> None:
            with self.lock:
                self.total += len(page)
                observer.vms_listed(subscription, page, complete=False)
                observer.progress(self.done, self.total)
            reported.extend(page)

        try:
            self.collector.prefetch(subscription)
            if scope.kind is ScopeKind.VMS:
                vms, listed_problems = self.collector.read_vms(scope.vm_ids_in(subscription.id))
            else:
                vms, listed_problems = self.collector.list_vms(subscription, scope.resource_group, on_page=page_listed)
        except AzureProblemError as error:
            self._problem(problems, error.problem)
            if reported:
                # The list failed after some pages: the VMs already shown are checked like the others, and
                # no orphan is looked for (a VM on an unread page would pass for one).
                vms, listed_problems, orphans_under = sort_by_group_and_name(reported), [], None
                whole = False
            elif scope.resource_group is None or error.problem.status != 404:
                return results, problems
            else:
                # A group that no longer exists holds no VM, but the vaults may still protect the VMs it held:
                # those items are looked for (and reported as orphaned) as in a scan of the subscription.
                vms, listed_problems = [], []
        except Cancelled:
            return results, problems
        for problem in listed_problems:
            self._problem(problems, problem)
        if whole:
            # The VMs not reported with their page (those read on their own, or chosen ones), and the end.
            already = {id(vm) for vm in reported}
            rest = [vm for vm in vms if id(vm) not in already]
            with self.lock:
                self.total += len(rest)
                observer.vms_listed(subscription, rest, complete=True)
                observer.progress(self.done, self.total)
        # The listed facts went to the observer as they are; enrichment publishes new ones (facts are
        # immutable), which reach the observer with their findings.
        enriched = self.collector.enrich(subscription, vms, orphans_under=orphans_under)
        # Even when cancelled mid-way, what was collected is evaluated: unread facts show as
        # unknown rather than the VMs vanishing from the report.
        evaluated = [VmResult(vm, evaluate(vm, self.context)) for vm in enriched.vms]
        with self.lock:
            for result in evaluated:
                observer.vm_evaluated(result)
            self.done += len(evaluated)
            observer.progress(self.done, self.total)
        results.extend(evaluated)
        if enriched.cancelled:
            return results, problems
        for problem in enriched.problems:
            self._problem(problems, problem)
        orphans = enriched.orphans
        if orphans and not self.scan_.cancelled:
            # Protected items whose VM no longer exists are reported like VMs (core/orphans.py).
            orphaned = [VmResult(vm, evaluate(vm, self.context)) for vm in orphans]
            with self.lock:
                self.total += len(orphans)
                observer.vms_listed(subscription, orphans)
                for result in orphaned:
                    observer.vm_evaluated(result)
                self.done += len(orphaned)
                observer.progress(self.done, self.total)
            results.extend(orphaned)
        return results, problems


def _job_details_needed(job: JobFacts) -> bool:
    """Whether a failed job must be read in full: the list's errorDetails name no documented code."""
    return any(match.match is None for match in job_error_matches(job))


def _job_codes(job: JobFacts) -> tuple[str, ...] | None:
    """The documented codes a failed job's errors stand for; None when none is recognised."""
    matches = job_error_matches(job)
    if any(match.match is None for match in matches):
        return None
    return tuple(code for match in matches if match.match is not None for code in match.match.codes)


def _restore_point_codes() -> tuple[str, ...]:
    """The codes whose failed jobs make the scan count a VM's restore points (see Collector)."""
    return (*codes_for(LIMIT_CHECK_ID), *codes_for(LOCKS_CHECK_ID))


def subscription_not_found(subscription_id: str) -> Problem:
    """A subscription asked for that the subscription list does not hold: absent, or not visible to this account.

    ARM lists exactly the subscriptions the signed-in account can see (Subscriptions - List), so one that
    is missing there cannot be told apart from one that does not exist; the sentence says both.
    """
    return Problem(
        scope=f"/subscriptions/{subscription_id}",
        code="SubscriptionNotFound",
        message=Msg(
            "Scan",
            QT_TRANSLATE_NOOP(
                "Scan",
                "Subscription {subscription} was not found, or this account has no access to it: nothing in it "
                "was checked.",
            ),
            {"subscription": subscription_id},
        ),
        status=404,
    )


def run_scan(
    gateway: AzureGateway,
    subscription_ids: Sequence[str] = (),
    observer: ScanObserver | None = None,
    context: CheckContext | None = None,
    scope: ScanScope | None = None,
) -> ScanReport:
    return Scan(gateway, subscription_ids=subscription_ids, scope=scope, observer=observer, context=context).run()
