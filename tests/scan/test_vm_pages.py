"""A subscription's VMs reach the observer page by page while the list is still being read (issue 15)."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from core.collect import Subscription
from core.facts import VmFacts
from core.findings import Problem
from core.scan import NullObserver, Scan, VmResult
from core.scan_scope import ScanScope
from core.simulator import FaultKind, FaultRule, SimulatorServer, Tenant


def _vm_list(subscription_id: str) -> str:
    return f"/subscriptions/{subscription_id}/providers/Microsoft.Compute/virtualMachines"


class Listings(NullObserver):
    """The listing events of each subscription, and how many pages of its VM list the simulator had
    answered when the first of them arrived."""

    def __init__(self, server: SimulatorServer) -> None:
        self.server = server
        self.lock = threading.Lock()
        self.events: dict[str, list[tuple[tuple[VmFacts, ...], bool]]] = {}
        self.pages_read_at_first: dict[str, int] = {}
        self.evaluated: list[VmResult] = []
        self.problems: list[Problem] = []
        self.totals: list[int] = []

    def vms_listed(self, subscription: Subscription, vms: Sequence[VmFacts], *, complete: bool = True) -> None:
        with self.lock:
            if subscription.id not in self.events:
                path = _vm_list(subscription.id).lower()
                entries = self.server.request_log
                self.pages_read_at_first[subscription.id] = sum(1 for e in entries if e.path.lower() == path)
            self.events.setdefault(subscription.id, []).append((tuple(vms), complete))

    def vm_evaluated(self, result: VmResult) -> None:
        self.evaluated.append(result)

    def problem(self, problem: Problem) -> None:
        self.problems.append(problem)

    def progress(self, done: int, total: int) -> None:
        self.totals.append(total)


def test_the_first_vms_of_a_subscription_arrive_before_its_last_page_is_read(
    demo_server: SimulatorServer, demo_tenant: Tenant, gateway_for
) -> None:
    subscription = demo_tenant.subscriptions[0]["subscriptionId"]
    listings = Listings(demo_server)
    report = Scan(gateway_for(demo_server), scope=ScanScope.subscriptions([subscription]), observer=listings).run()

    listed = [vm for vm in report.vms if vm.facts.exists]
    pages = [e for e in demo_server.request_log if e.path.lower() == _vm_list(subscription).lower()]
    assert demo_server.page_size == 3 and len(pages) == -(-len(listed) // 3) > 4
    # The first page's VMs were shown while most of the list was still to be read (the next page or two are
    # read ahead): not after the whole list, as when a subscription's VMs were reported in one event.
    assert 1 <= listings.pages_read_at_first[subscription] <= 3
    events = listings.events[subscription]
    first_page, complete = events[0]
    assert len(first_page) == 3 and not complete
    # Pages, then one event that says the listing is whole (the protected items whose VM is gone follow it).
    flags = [complete for _, complete in events]
    end = flags.index(True)
    assert end >= len(pages) - 1 and not any(flags[:end])
    in_listing = [vm.id for vms, _ in events[: end + 1] for vm in vms]
    assert sorted(in_listing) == sorted(vm.facts.id for vm in listed), "each listed VM once, none missing"
    # The progress bar's total grows with the pages.
    assert listings.totals[0] == 3 and listings.totals == sorted(listings.totals)
    assert listings.totals[-1] == len(report.vms)


def test_a_listing_that_fails_part_way_reports_the_pages_read_but_never_a_complete_listing(
    demo_server: SimulatorServer, demo_tenant: Tenant, gateway_for
) -> None:
    subscription = demo_tenant.subscriptions[0]["subscriptionId"]
    # The first two pages come back; the third (its nextLink) is refused.
    demo_server.add_fault(FaultRule(FaultKind.FORBIDDEN, path_regex=_vm_list(subscription) + "$", after=2))
    listings = Listings(demo_server)
    report = Scan(gateway_for(demo_server), observer=listings).run()

    events = listings.events[subscription]
    assert [complete for _, complete in events] == [False, False]
    shown = {vm.id for vms, _ in events for vm in vms}
    assert len(shown) == 6
    assert [p.code for p in report.problems if subscription in p.scope] == ["AuthorizationFailed"]
    # The VMs already shown are checked like any others, and none of the unread ones passes for gone.
    checked = [vm for vm in report.vms if vm.facts.subscription_id == subscription]
    assert {vm.facts.id for vm in checked} == shown and all(vm.facts.exists for vm in checked)
    assert {vm.facts.id for vm in listings.evaluated if vm.facts.subscription_id == subscription} == shown
    # The other subscriptions are listed whole.
    others = [s["subscriptionId"] for s in demo_tenant.subscriptions[1:]]
    assert all(any(complete for _, complete in listings.events[other]) for other in others)
