"""The tree behind the VM view: tenant → subscription → resource group → VM, keyed by ARM id.

Qt-free on purpose: the model (gui/vm_tree_model.py) wraps these nodes, the filter reads them, and
the diagnostics pane shows them. Containers keep counts of the VMs below them, updated bottom-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from core import ids
from core.facts import VmFacts
from core.findings import Problem, Status
from core.scan import VmResult
from core.scan_scope import ScanScope
from core.service import Subscription

TENANT_KEY = "/"


class Kind(Enum):
    ROOT = "root"
    TENANT = "tenant"
    SUBSCRIPTION = "subscription"
    GROUP = "resource-group"
    VM = "vm"


@dataclass
class Counts:
    """VMs below a node by status; `unreadable` counts scopes below it that could not be read."""

    failing: int = 0
    warning: int = 0
    unknown: int = 0
    healthy: int = 0
    checking: int = 0
    total: int = 0
    unreadable: int = 0

    def add(self, other: Counts) -> None:
        self.failing += other.failing
        self.warning += other.warning
        self.unknown += other.unknown
        self.healthy += other.healthy
        self.checking += other.checking
        self.total += other.total
        self.unreadable += other.unreadable


@dataclass(eq=False)
class Node:
    kind: Kind
    key: str
    name: str
    arm_id: str = ""
    parent: Node | None = field(default=None, repr=False)
    children: list[Node] = field(default_factory=list, repr=False)
    row: int = 0
    subscription: Subscription | None = None
    facts: VmFacts | None = field(default=None, repr=False)
    result: VmResult | None = field(default=None, repr=False)
    # A VM being (re)checked by the running scan; its previous result, if any, is still shown.
    checking: bool = False
    problems: list[Problem] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)
    # Lower-case error codes of the VM's findings that did not pass, for the filter.
    codes: str = ""

    @property
    def is_vm(self) -> bool:
        return self.kind is Kind.VM

    # The result `_status` was computed from (VmResult.status goes through every finding each time, and
    # a scope's pane and the filter ask every VM of it).
    _status_of: VmResult | None = field(default=None, repr=False, compare=False)
    _status: Status | None = field(default=None, repr=False, compare=False)

    @property
    def status(self) -> Status | None:
        """A VM's last known status; None while it has never been checked."""
        if self._status_of is not self.result:
            self._status_of = self.result
            self._status = self.result.status if self.result is not None else None
        return self._status

    def sort_key(self) -> str:
        return self.name.lower()

    def ancestors(self) -> list[Node]:
        found: list[Node] = []
        node = self.parent
        while node is not None and node.kind is not Kind.ROOT:
            found.append(node)
            node = node.parent
        return found

    def walk(self) -> list[Node]:
        """This node and every node below it, parents before children."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found

    def set_result(self, result: VmResult) -> None:
        self.result = result
        self.facts = result.facts
        self.checking = False
        self.codes = " ".join(
            code.lower()
            for finding in result.findings
            if finding.status not in (Status.PASS, Status.NOT_APPLICABLE)
            for code in finding.error_codes
        )

    def add_problem(self, problem: Problem) -> bool:
        if any(p.code == problem.code and p.message == problem.message for p in self.problems):
            return False
        self.problems.append(problem)
        return True

    def recount(self) -> None:
        counts = Counts(unreadable=1 if self.problems else 0)
        if self.is_vm:
            counts.total = 1
            if self.checking or self.result is None:
                counts.checking = 1
            status = self.status
            if status is Status.FAIL:
                counts.failing = 1
            elif status is Status.WARN:
                counts.warning = 1
            elif status is Status.UNKNOWN:
                counts.unknown = 1
            elif status is not None:
                counts.healthy = 1
        else:
            for child in self.children:
                counts.add(child.counts)
        self.counts = counts

    def worst_status(self) -> Status | None:
        """The worst status of the VMs at or below this node."""
        counts = self.counts
        if counts.failing:
            return Status.FAIL
        if counts.unknown:
            return Status.UNKNOWN
        if counts.warning:
            return Status.WARN
        if counts.healthy:
            return Status.PASS
        return None


def scan_scope_of(node: Node | None) -> ScanScope:
    """What "Scan selected" scans for a node: the VM, its resource group, its subscription, or the tenant.

    A protected item whose VM no longer exists is found by listing its group (core/orphans.py): the group
    is scanned for it.
    """
    if node is not None and node.is_vm and node.facts is not None:
        facts = node.facts
        if facts.exists:
            return ScanScope.vms([facts.id])
        return ScanScope.group(facts.subscription_id, facts.resource_group)
    if node is not None and node.kind is Kind.GROUP:
        parsed = ids.parse_id(node.arm_id)
        if parsed.subscription_id and parsed.resource_group:
            return ScanScope.group(parsed.subscription_id, parsed.resource_group)
    if node is not None and node.kind is Kind.SUBSCRIPTION and node.subscription is not None:
        return ScanScope.subscriptions([node.subscription.id])
    return ScanScope.tenant()


def subscription_key(subscription_id: str) -> str:
    return ids.key(f"/subscriptions/{subscription_id}")


def group_key(subscription_id: str, group: str) -> str:
    return ids.key(f"/subscriptions/{subscription_id}/resourceGroups/{group}")


def scope_keys(scope: str) -> list[str]:
    """Keys of the nodes a problem about `scope` could belong to, most specific first."""
    keys = [ids.key(scope)]
    parsed = ids.parse_id(scope)
    if parsed.subscription_id and parsed.resource_group:
        keys.append(group_key(parsed.subscription_id, parsed.resource_group))
    if parsed.subscription_id:
        keys.append(subscription_key(parsed.subscription_id))
    keys.append(TENANT_KEY)
    return keys
