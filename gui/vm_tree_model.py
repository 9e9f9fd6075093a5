"""The VM tree as a Qt item model, filled in batches while a scan runs.

Nodes are updated in place across re-scans and keyed by ARM id, so the selection, the expanded
branches and the scroll position survive a refresh. Changes arrive as batches of scan events
(gui/scan_controller.py coalesces them); a batch inserts new rows per parent in contiguous runs and
reports changed rows as ranges, so a 1,000-VM subscription costs a few model signals, not thousands.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from core import ids
from core.facts import VmFacts
from core.findings import Problem, Status
from core.scan import ScanReport
from core.scan_scope import ScanScope, ScopeKind
from core.service import Subscription
from gui import icons
from gui.i18n import translate
from gui.scan_events import ProblemFound, ScanEvent, SubscriptionListed, VmEvaluated, VmsListed
from gui.tree_nodes import TENANT_KEY, Kind, Node, group_key, scope_keys, subscription_key
from gui.widgets import tooltip_text

ModelIndex = QModelIndex | QPersistentModelIndex

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMN_NAME = 0
COLUMN_SUMMARY = 1

_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable



@dataclass
class Batch:
    """What one batch of events changed: nodes to redraw (with their ancestors), scopes that appeared."""

    changed: list[Node] = field(default_factory=list)
    new_scopes: list[Node] = field(default_factory=list)


_KIND_ICONS = {
    Kind.TENANT: "tenant",
    Kind.SUBSCRIPTION: "subscription",
    Kind.GROUP: "resource-group",
}


class VmTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = Node(Kind.ROOT, "", "")
        self._by_key: dict[str, Node] = {}
        self._scope: ScanScope | None = None
        self._seen: set[str] = set()
        self._listed: set[str] = set()
        self._new_scopes: list[Node] = []
        # While a scan runs, changed rows are announced once, when it ends (flush_changes), not per
        # batch: each dataChanged goes through the filter model's mapping, calling into Python many
        # times; the window repaints the tree instead (it reads the nodes, which are always current).
        self._deferring = False
        self._pending: dict[int, Node] = {}
        self._recent: set[int] = set()

    # --- lookups ---------------------------------------------------------------------------------

    def node(self, index: ModelIndex) -> Node | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, Node) else None

    def node_at(self, row: int, parent: ModelIndex) -> Node | None:
        owner = self.node(parent) if parent.isValid() else self._root
        if owner is None or not 0 <= row < len(owner.children):
            return None
        return owner.children[row]

    def find(self, key: str) -> Node | None:
        return self._by_key.get(key)

    def index_for_key(self, key: str, column: int = 0) -> QModelIndex:
        node = self._by_key.get(key)
        return self.index_of(node, column) if node is not None else QModelIndex()

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        if node.kind is Kind.ROOT:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def tenant(self) -> Node | None:
        return self._root.children[0] if self._root.children else None

    def scope_nodes(self) -> list[Node]:
        return [node for node in self._by_key.values() if not node.is_vm]

    def vm_nodes(self) -> list[Node]:
        return [node for node in self._by_key.values() if node.is_vm]

    # --- QAbstractItemModel ------------------------------------------------------------------------

    # These five are what QTreeView's layout and the filter model's mapping call, several times per row on
    # every relayout (each insertion into an open branch relays out the whole open tree): kept to a few
    # attribute reads. Every index this model creates points at a Node.
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = parent.internalPointer().children if parent.isValid() else self._root.children
        if 0 <= row < len(children) and 0 <= column <= COLUMN_SUMMARY:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        owner = index.internalPointer().parent
        if owner is None or owner.kind is Kind.ROOT:
            return QModelIndex()
        return self.createIndex(owner.row, 0, owner)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._root.children)
        return len(parent.internalPointer().children) if parent.column() == COLUMN_NAME else 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._root.children)
        return parent.column() == COLUMN_NAME and bool(parent.internalPointer().children)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Name") if section == COLUMN_NAME else self.tr("Status")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name if column == COLUMN_NAME else self.summary(node)
        if role == Qt.ItemDataRole.DecorationRole and column == COLUMN_NAME:
            return self.icon(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(self.tooltip(node))  # problem messages quote names from Azure
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{node.name}: {self.summary(node)}"
        if role == NODE_ROLE:
            return node
        if role == KEY_ROLE:
            return node.key
        return None

    # --- presentation ------------------------------------------------------------------------------

    def icon(self, node: Node) -> QIcon:
        base = icons.vm_icon_name(node.facts.os_type if node.facts else None) if node.is_vm else _KIND_ICONS[node.kind]
        return icons.badged(base, badge_name(node))

    def summary(self, node: Node) -> str:
        if node.is_vm:
            return self._vm_summary(node)
        counts = node.counts
        parts: list[str] = []
        if node.problems:
            parts.append(self.tr("Could not be read") if counts.total == 0 else self.tr("Partly unreadable"))
        elif counts.unreadable:
            parts.append(self.tr("Partly unreadable"))
        if counts.failing:
            parts.append(self.tr("%n failing", "", counts.failing))
        if counts.warning:
            parts.append(self.tr("%n with warnings", "", counts.warning))
        if counts.unknown:
            parts.append(self.tr("%n not fully checked", "", counts.unknown))
        if counts.checking:
            parts.append(self.tr("%n being checked", "", counts.checking))
        if self.listing(node):
            parts.append(self.tr("Listing VMs…"))
        if not parts:
            if counts.total:
                return self.tr("All healthy")
            return self.tr("No VMs") if node.kind is not Kind.TENANT else ""
        return ", ".join(parts)

    def _vm_summary(self, node: Node) -> str:
        if node.checking or node.result is None:
            return self.tr("Checking…")
        return status_text(node.result.status)

    def tooltip(self, node: Node) -> str:
        lines = [node.name, self.summary(node)]  # the whole name: the tree elides long ones in the middle
        lines.extend(problem.message.render(translate) for problem in node.problems)
        return "\n".join(line for line in lines if line)

    def retranslate(self) -> None:
        """Everything shown is computed in data(); ask the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._emit_changed(node for node in self._by_key.values())

    # --- filling -----------------------------------------------------------------------------------

    def reset(self, tenant_label: str | None) -> None:
        """Empty the tree; with a label, show the tenant node the scans will fill."""
        self.beginResetModel()
        self._root.children = []
        self._by_key = {}
        self._pending = {}
        self._recent = set()
        self._deferring = False
        if tenant_label is not None:
            tenant = Node(Kind.TENANT, TENANT_KEY, tenant_label, parent=self._root)
            self._root.children = [tenant]
            self._by_key[TENANT_KEY] = tenant
        self.endResetModel()

    def begin_scan(self, scope: ScanScope | None = None) -> None:
        """Mark what the scan will re-check (`scope`, default the whole tenant); the problems shown there
        are cleared until seen again. The rest of the tree keeps its results."""
        self._deferring = True
        self._scope = scope or ScanScope.tenant()
        self._seen = set()
        self._listed = set()
        changed: list[Node] = []
        tenant = self.tenant()
        if tenant is None:
            return
        if self._scope.kind is ScopeKind.TENANT and tenant.problems:
            tenant.problems = []
            changed.append(tenant)
        for root in self.scope_roots(self._scope):
            for node in root.walk():
                if node.problems:
                    node.problems = []
                    changed.append(node)
                if node.is_vm:
                    node.checking = True
                    changed.append(node)
        self._update(changed)

    def scope_roots(self, scope: ScanScope) -> list[Node]:
        """The nodes of the tree a scan of `scope` re-checks, with everything below them."""
        tenant = self.tenant()
        if tenant is None:
            return []
        if scope.kind is ScopeKind.TENANT:
            return list(tenant.children)
        if scope.kind is ScopeKind.SUBSCRIPTIONS:
            keys = [subscription_key(s) for s in scope.subscription_ids]
        elif scope.kind is ScopeKind.RESOURCE_GROUP:
            keys = [group_key(scope.subscription_ids[0], scope.resource_group or "")]
        else:
            keys = [ids.key(vm_id) for vm_id in scope.vm_ids]
        return [node for node in (self._by_key.get(key) for key in keys) if node is not None]

    def apply(self, events: Iterable[ScanEvent]) -> Batch:
        """Apply a batch of scan events (on the GUI thread); says what changed, for the views to follow."""
        self._new_scopes = []
        changed: list[Node] = []
        for event in events:
            if isinstance(event, SubscriptionListed):
                self._ensure_subscription(event.subscription)
            elif isinstance(event, VmsListed):
                changed.extend(self._add_vms(event.subscription, event.vms, complete=event.complete))
                listed = self._by_key.get(subscription_key(event.subscription.id))
                if listed is not None:
                    changed.append(listed)  # its summary changes from "Listing VMs…", even with no VM
            elif isinstance(event, VmEvaluated):
                node = self._by_key.get(_vm_key(event.result.facts))
                if node is None:
                    self._add_vms(None, [event.result.facts])
                    node = self._by_key[_vm_key(event.result.facts)]
                node.set_result(event.result)
                changed.append(node)
            elif isinstance(event, ProblemFound):
                node = self._problem_node(event.problem)
                if node is not None and node.add_problem(event.problem):
                    changed.append(node)
        batch = Batch(self._update(changed), self._new_scopes)
        self._new_scopes = []
        return batch

    def row_total(self) -> int:
        """How many rows the tree holds (every node but the root)."""
        return len(self._by_key)

    def adds_rows(self, vms: Iterable[VmFacts]) -> bool:
        """Whether listing these VMs would insert rows (a VM or its group not in the tree yet)."""
        return any(_vm_key(vm) not in self._by_key for vm in vms)

    def listing(self, node: Node) -> bool:
        """A subscription the running scan has found but whose VMs it has not listed whole yet (some pages may be
        in the tree already)."""
        return (
            self._deferring
            and node.kind is Kind.SUBSCRIPTION
            and node.key in self._seen
            and node.key not in self._listed
            and not node.problems
        )

    def still_listing(self) -> int:
        """How many subscriptions the running scan is still listing the VMs of (0 when none, or idle)."""
        tenant = self.tenant()
        return sum(1 for node in tenant.children if self.listing(node)) if tenant is not None else 0

    def end_scan(self, report: ScanReport | None, *, announce: bool = True) -> None:
        """Drop what a complete scan no longer found; stop showing anything as being checked.

        The nodes are final when this returns. With `announce=False` the rows changed during the scan are
        left for the caller to announce in pieces (`flush_changes(limit)`): at 1,000 VMs announcing them all
        at once holds the GUI thread for over 100 ms (each dataChanged calls into Python through the filter
        model).
        """
        self._deferring = False
        tenant = self.tenant()
        if tenant is not None:
            if report is not None and not report.cancelled:
                self._prune(tenant, report)
            changed = [node for node in tenant.walk() if node.is_vm and node.checking]
            for node in changed:
                node.checking = False
            self._update(changed)
        if announce:
            self.flush_changes()
        self._scope = None

    def _prune(self, tenant: Node, report: ScanReport) -> None:
        """Drop the VMs and groups the scan's scope no longer holds; chosen VMs are never dropped (one that
        could not be read keeps its row and shows why)."""
        scope = self._scope or ScanScope.tenant()
        listing_failed = any(p.scope == "/subscriptions" for p in report.problems)
        group = group_key(scope.subscription_ids[0], scope.resource_group) if scope.resource_group else None
        for subscription in list(tenant.children):
            if scope.kind is ScopeKind.VMS:
                break
            if scope.subscription_ids and subscription.key not in {subscription_key(s) for s in scope.subscription_ids}:
                continue
            if subscription.key not in self._seen:
                if scope.kind is ScopeKind.TENANT and not listing_failed:
                    self._remove(subscription)
                continue
            if subscription.key not in self._listed:
                continue  # its VMs could not be listed: keep what was known
            for node in list(subscription.children):
                if group is not None and node.key != group:
                    continue
                for vm in [child for child in node.children if child.key not in self._seen]:
                    self._remove(vm)
                if not node.children and not node.problems:
                    self._remove(node)
        self._update([tenant])

    def _ensure_subscription(self, subscription: Subscription) -> Node:
        key = subscription_key(subscription.id)
        self._seen.add(key)
        node = self._by_key.get(key)
        if node is not None:
            node.subscription = subscription
            if node.name != subscription.display_name:
                node.name = subscription.display_name
                self._emit_changed([node])
            return node
        tenant = self.tenant()
        if tenant is None:
            tenant = Node(Kind.TENANT, TENANT_KEY, "", parent=self._root)
            self._insert(self._root, [tenant])
        node = Node(
            Kind.SUBSCRIPTION, key, subscription.display_name, f"/subscriptions/{subscription.id}",
            subscription=subscription,
        )
        self._insert(tenant, [node])
        return node

    def _add_vms(
        self, subscription: Subscription | None, vms: Sequence[VmFacts], *, complete: bool = False
    ) -> list[Node]:
        """Add or refresh VM nodes, seen by this scan; returns the nodes that changed. `complete`: the
        subscription's listing is whole (it stops showing as being listed, and `_prune` may act on it)."""
        if subscription is None and vms:
            sub_id = vms[0].subscription_id
            subscription = Subscription(sub_id, sub_id, None)
        if subscription is None:
            return []
        sub_node = self._ensure_subscription(subscription)
        if complete:
            self._listed.add(sub_node.key)
        changed: list[Node] = []
        new_groups: dict[str, Node] = {}
        new_vms: dict[str, list[Node]] = {}
        for vm in vms:
            key = _vm_key(vm)
            self._seen.add(key)
            gkey = group_key(vm.subscription_id, vm.resource_group)
            self._seen.add(gkey)
            node = self._by_key.get(key)
            if node is not None:
                node.facts = vm
                node.checking = True
                changed.append(node)
                continue
            node = Node(Kind.VM, key, vm.name, vm.id, facts=vm, checking=True)
            if gkey not in self._by_key and gkey not in new_groups:
                new_groups[gkey] = Node(
                    Kind.GROUP, gkey, vm.resource_group,
                    f"/subscriptions/{vm.subscription_id}/resourceGroups/{vm.resource_group}",
                )
            new_vms.setdefault(gkey, []).append(node)
        for gkey, group in new_groups.items():
            # A new group gets its VMs before it is shown: one insertion for the group, none for its rows.
            group.children = sorted(new_vms.pop(gkey), key=Node.sort_key)
            for row, child in enumerate(group.children):
                child.parent, child.row = group, row
                child.recount()
            group.recount()
        self._insert(sub_node, list(new_groups.values()))
        for gkey, nodes in new_vms.items():
            self._insert(self._by_key[gkey], nodes)
        changed.extend(node for nodes in new_groups.values() for node in nodes.children)
        changed.extend(node for nodes in new_vms.values() for node in nodes)
        return changed

    def _problem_node(self, problem: Problem) -> Node | None:
        for key in scope_keys(problem.scope):
            node = self._by_key.get(key)
            if node is not None:
                return node
        return None

    # --- structure and signals ---------------------------------------------------------------------

    def _insert(self, parent: Node, nodes: list[Node]) -> None:
        """Insert `nodes` at their sorted places, one begin/endInsertRows per contiguous run."""
        if not nodes:
            return
        nodes = sorted(nodes, key=Node.sort_key)
        parent_index = self.index_of(parent)
        if not parent.children:
            runs = [(0, nodes)]
        else:
            runs = []
            keys = [child.sort_key() for child in parent.children]
            for offset, node in enumerate(nodes):
                # Its place among the old children, moved down by the new ones placed before it.
                position = bisect.bisect_right(keys, node.sort_key()) + offset
                if runs and runs[-1][0] + len(runs[-1][1]) == position:
                    runs[-1][1].append(node)
                else:
                    runs.append((position, [node]))
        for position, run in runs:
            self.beginInsertRows(parent_index, position, position + len(run) - 1)
            parent.children[position:position] = run
            for node in run:
                node.parent = parent
                for descendant in node.walk():
                    self._by_key[descendant.key] = descendant
                    if not descendant.is_vm:
                        self._new_scopes.append(descendant)
            for row in range(position, len(parent.children)):
                parent.children[row].row = row
            self.endInsertRows()

    def _remove(self, node: Node) -> None:
        parent = node.parent
        if parent is None:
            return
        self.beginRemoveRows(self.index_of(parent), node.row, node.row)
        del parent.children[node.row]
        for row in range(node.row, len(parent.children)):
            parent.children[row].row = row
        for descendant in node.walk():
            self._by_key.pop(descendant.key, None)
        node.parent = None
        self.endRemoveRows()

    def _update(self, changed: Iterable[Node]) -> list[Node]:
        """Recount the changed nodes and their ancestors (deepest first), signal them, return them."""
        touched: dict[int, Node] = {}
        for node in changed:
            if node.parent is None:
                continue  # removed meanwhile
            touched[id(node)] = node
            for ancestor in node.ancestors():
                touched[id(ancestor)] = ancestor
        ordered = sorted(touched.values(), key=lambda n: -len(n.ancestors()))
        for node in ordered:
            node.recount()
        self._emit_changed(ordered)
        return ordered

    def take_recent_changes(self) -> set[int]:
        """Ids of the nodes changed (and not yet announced) since the last call, for repainting."""
        recent, self._recent = self._recent, set()
        return recent

    def flush_changes(self, limit: int | None = None) -> bool:
        """Announce the rows changed since the last flush (while a scan defers them), at most `limit` of
        them; True while some are still to be announced."""
        if limit is None or len(self._pending) <= limit:
            pending, self._pending = self._pending, {}
            self._emit_changed(pending.values(), now=True)
            return False
        keys = list(itertools.islice(self._pending, limit))
        self._emit_changed([self._pending.pop(key) for key in keys], now=True)
        return True

    def changes_pending(self) -> int:
        """How many changed rows are still to be announced."""
        return len(self._pending)

    def _emit_changed(self, nodes: Iterable[Node], *, now: bool = False) -> None:
        """dataChanged over contiguous row ranges of each parent (or later, while a scan runs)."""
        if self._deferring and not now:
            for node in nodes:
                self._pending[id(node)] = node
                self._recent.add(id(node))
            return
        rows: dict[int, tuple[Node, list[int]]] = {}
        for node in nodes:
            if _attached(node):
                rows.setdefault(id(node.parent), (node.parent, []))[1].append(node.row)
        for parent, numbers in rows.values():
            numbers.sort()
            start = previous = numbers[0]
            for row in [*numbers[1:], None]:
                if row is not None and row <= previous + 1:
                    previous = row
                    continue
                self.dataChanged.emit(
                    self.createIndex(start, COLUMN_NAME, parent.children[start]),
                    self.createIndex(previous, COLUMN_SUMMARY, parent.children[previous]),
                )
                if row is not None:
                    start = previous = row


def badge_name(node: Node) -> str | None:
    if node.problems:
        return icons.PROBLEM
    if node.is_vm:
        if node.checking or node.result is None:
            return icons.PENDING
        return icons.status_icon_name(node.result.status)
    if node.counts.checking:
        return icons.PENDING
    worst = node.worst_status()
    return icons.status_icon_name(worst) if worst is not None else None


def status_text(status: Status) -> str:
    texts = {
        Status.FAIL: QCoreApplication.translate("Status", "Failing"),
        Status.WARN: QCoreApplication.translate("Status", "Warning"),
        Status.UNKNOWN: QCoreApplication.translate("Status", "Not fully checked"),
        Status.PASS: QCoreApplication.translate("Status", "Healthy"),
        Status.NOT_APPLICABLE: QCoreApplication.translate("Status", "Not applicable"),
    }
    return texts[status]


def _attached(node: Node) -> bool:
    """Whether a node is still in the tree (not under a scope removed since it changed)."""
    parent = node.parent
    while parent is not None:
        if parent.kind is Kind.ROOT:
            return True
        parent = parent.parent
    return False


def _vm_key(vm: VmFacts) -> str:
    return ids.key(vm.id)
