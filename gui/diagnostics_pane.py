"""The right-hand pane: what was found for the selected VM, or a summary of the selected scope.

The pane is rebuilt from the node each time the selection or the node changes; findings are core
Msg values rendered with the current translators, so a language switch re-renders them too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.azure_status import azure_status_text
from core.findings import Finding, Status
from gui import icons, widgets
from gui.finding_card import FindingCard, ProblemCard
from gui.i18n import translate
from gui.tree_nodes import Kind, Node
from gui.vm_tree_model import badge_name, status_text

# How many VMs the "needs attention" list of a scope shows.
ATTENTION_LIMIT = 25


class DiagnosticsPane(QScrollArea):
    """Emits `vm_requested(key)` when the user opens a VM from a scope's "needs attention" list, and
    `wizard_requested(vm key, wizard id)` when the user clicks a finding's "Fix…" button."""

    vm_requested = Signal(str)
    wizard_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsPane")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Diagnostics"))
        self._node: Node | None = None
        self._placeholder = ""
        # Widgets shown under a VM's header: the fix wizards under way for it (set by gui/fix_wizards.py).
        self.vm_extras: Callable[[Node], list[QWidget]] | None = None
        # Widgets under the header of a tenant, subscription or resource group page (e.g. Export report…).
        self.scope_extras: Callable[[Node], list[QWidget]] | None = None
        self.show_node(None)

    # --- public --------------------------------------------------------------------------------------

    @property
    def node(self) -> Node | None:
        return self._node

    def show_node(self, node: Node | None) -> None:
        self.install(node, self.prepare(node))

    def prepare(self, node: Node | None) -> QWidget:
        """The pane's content for `node`, built and styled but not shown yet (`install` shows it). For a
        tenant of 1,000 VMs building, laying out (`lay_out`) and showing take 12, 16 and 2 ms: the window's
        end of a scan runs them in separate slices of the event loop; shown at once they took 30 ms."""
        content = QWidget()
        content.setObjectName("diagnosticsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        if node is None:
            self._empty(layout)
        elif node.is_vm:
            self._vm(layout, node)
        else:
            self._scope(layout, node)
        layout.addStretch(1)
        content.ensurePolished()  # the style's pass over every child, done here rather than in setWidget
        return content

    def lay_out(self, content: QWidget) -> None:
        """Lay `content` out at the pane's width now, so that showing it does not (wrapped labels' heights)."""
        content.resize(self.viewport().width(), content.sizeHint().height())
        layout = content.layout()
        if layout is not None:
            layout.activate()

    def install(self, node: Node | None, content: QWidget) -> None:
        """Show `content`, prepared for `node`, in place of what the pane showed."""
        self._node = node
        old = self.takeWidget()
        self.setWidget(content)
        if old is not None:
            old.hide()
            old.deleteLater()

    def refresh(self) -> None:
        self.show_node(self._node)

    def refresh_summary(self) -> None:
        """Only the counts of the scope shown (cheap: one label), while a scan is still changing them."""
        label = self.widget().findChild(QLabel, "diagnosticsSummary") if self.widget() is not None else None
        if self._node is None or self._node.is_vm or label is None:
            self.refresh()
            return
        label.setText(self._counts_sentence(self._node))

    def finding_cards(self) -> list[FindingCard]:
        widget = self.widget()
        return widget.findChildren(FindingCard) if widget is not None else []

    def text(self) -> str:
        """Every label's text, for tests and accessibility checks."""
        widget = self.widget()
        if widget is None:
            return ""
        return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Diagnostics"))
            self.refresh()
        super().changeEvent(event)

    # --- what to show --------------------------------------------------------------------------------

    def _empty(self, layout: QVBoxLayout) -> None:
        title = widgets.heading(self.tr("Nothing selected"), 1.3)
        hint = widgets.muted(
            widgets.text_label(
                self.tr(
                    "Select a virtual machine in the tree to see what was checked and what was found. "
                    "Select a subscription or resource group for a summary of the VMs in it."
                )
            )
        )
        layout.addWidget(title)
        layout.addWidget(hint)

    def _header(self, layout: QVBoxLayout, node: Node, subtitle: str, summary: str) -> None:
        row = QHBoxLayout()
        row.setSpacing(10)
        base = icons.vm_icon_name(node.facts.os_type if node.facts else None) if node.is_vm else _kind_icon(node)
        row.addWidget(widgets.icon_label(icons.badged(base, badge_name(node)), 32), 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        name = widgets.heading(node.name, 1.35)
        name.setObjectName("diagnosticsTitle")
        text.addWidget(name)
        if subtitle:
            text.addWidget(widgets.muted(widgets.text_label(subtitle)))
        row.addLayout(text, 1)
        layout.addLayout(row)
        if summary:
            label = widgets.text_label(summary)
            label.setObjectName("diagnosticsSummary")
            layout.addWidget(label)

    def _vm(self, layout: QVBoxLayout, node: Node) -> None:
        facts = node.facts
        parts = []
        if facts is not None:
            os_names = {"windows": self.tr("Windows VM"), "linux": self.tr("Linux VM")}
            parts.append(os_names.get((facts.os_type or "").lower(), self.tr("Virtual machine")))
            parts.append(self.tr("resource group %1").replace("%1", facts.resource_group))
            subscription = next((a for a in node.ancestors() if a.kind is Kind.SUBSCRIPTION), None)
            if subscription is not None:
                parts.append(self.tr("subscription %1").replace("%1", subscription.name))
            if facts.location:
                parts.append(facts.location)
            power = facts.instance_view.power_state if facts.instance_view else None
            if power:
                parts.append(self.tr("power state: %1").replace("%1", azure_status_text(power, translate)))
        result = node.result
        if result is None:
            self._header(layout, node, " · ".join(parts), self.tr("Checking this VM…"))
            return
        attention = sorted(
            (f for f in result.findings if f.status not in (Status.PASS, Status.NOT_APPLICABLE)),
            key=lambda f: -f.status.severity,
        )
        passed = [f for f in result.findings if f.status is Status.PASS]
        not_applicable = [f for f in result.findings if f.status is Status.NOT_APPLICABLE]
        if node.checking:
            summary = self.tr("Checking again; these are the results of the previous scan.")
        elif attention:
            summary = (
                self.tr("Checks that need attention: %1 of %2.")
                .replace("%1", str(len(attention)))
                .replace("%2", str(len(result.findings)))
            )
        elif result.findings:
            summary = self.tr("No problem found: every check that applies to this VM passed.")
        else:
            summary = self.tr("No check applies to this VM.")
        self._header(layout, node, " · ".join(parts), summary)
        for extra in self.vm_extras(node) if self.vm_extras is not None else []:
            layout.addWidget(extra)
        if attention:
            layout.addWidget(self._section(self.tr("Needs attention")))
            offered: set[str] = set()  # one Fix… button per wizard: on the worst finding that proposes it
            for finding in attention:
                card = FindingCard(finding, offer_fix=finding.wizard not in offered)
                if finding.wizard:
                    offered.add(finding.wizard)
                card.wizard_requested.connect(lambda wizard, key=node.key: self.wizard_requested.emit(key, wizard))
                layout.addWidget(card)
        for title, findings in (
            (self.tr("Passed checks"), passed),
            (self.tr("Not applicable to this VM"), not_applicable),
        ):
            if findings:
                layout.addWidget(self._section(title))
                for finding in findings:
                    layout.addWidget(FindingCard(finding, compact=True))

    def _scope(self, layout: QVBoxLayout, node: Node) -> None:
        kinds = {
            Kind.TENANT: self.tr("Tenant"),
            Kind.SUBSCRIPTION: self.tr("Subscription"),
            Kind.GROUP: self.tr("Resource group"),
        }
        subtitle = kinds.get(node.kind, "")
        if node.kind is Kind.SUBSCRIPTION and node.subscription is not None:
            subtitle += f" · {node.subscription.id}"
        self._header(layout, node, subtitle, self._counts_sentence(node))
        for extra in self.scope_extras(node) if self.scope_extras is not None else []:
            layout.addWidget(extra)
        problems = [(owner, problem) for owner in node.walk() for problem in owner.problems]
        if problems:
            layout.addWidget(self._section(self.tr("Could not read everything")))
            for owner, problem in problems:
                layout.addWidget(ProblemCard(problem, owner.name if owner is not node else ""))
        attention = [n for n in node.walk() if n.is_vm and n.status in (Status.FAIL, Status.UNKNOWN, Status.WARN)]
        attention.sort(key=lambda n: (-(n.status.severity if n.status else 0), n.name.lower()))
        if attention:
            layout.addWidget(self._section(self.tr("VMs that need attention")))
            links = QWidget()
            grid = QGridLayout(links)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(4)
            grid.setColumnStretch(1, 1)
            for row, vm in enumerate(attention[:ATTENTION_LIMIT]):
                button, finding = self._vm_link(vm)
                grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(finding, row, 1)
            layout.addWidget(links)
            if len(attention) > ATTENTION_LIMIT:
                more = len(attention) - ATTENTION_LIMIT
                layout.addWidget(widgets.muted(widgets.text_label(self.tr("… and %n more.", "", more))))

    def _counts_sentence(self, node: Node) -> str:
        counts = node.counts
        if counts.total == 0:
            return self.tr("No VMs found here.")
        parts = []
        if counts.failing:
            parts.append(self.tr("%n failing", "", counts.failing))
        if counts.warning:
            parts.append(self.tr("%n with warnings", "", counts.warning))
        if counts.unknown:
            parts.append(self.tr("%n not fully checked", "", counts.unknown))
        if counts.healthy:
            parts.append(self.tr("%n healthy", "", counts.healthy))
        if counts.checking:
            parts.append(self.tr("%n being checked", "", counts.checking))
        return self.tr("VMs: %1 — %2.").replace("%1", str(counts.total)).replace("%2", ", ".join(parts))

    def _section(self, text: str) -> QLabel:
        label = widgets.heading(text, 1.05)
        label.setContentsMargins(0, 6, 0, 0)
        return label

    def _vm_link(self, vm: Node) -> tuple[QToolButton, QLabel]:
        """The VM's name as a button that opens it, and its worst finding in a label that wraps.

        The finding is not part of the button's text: the pane never scrolls sideways, and a button
        cuts off a long title (longer still in Portuguese) instead of wrapping it.
        """
        top = _top_finding(vm)
        button = QToolButton()
        button.setObjectName("attentionLink")
        status = status_text(vm.status) if vm.status else ""
        title = top.title.render(translate) if top is not None else status
        button.setText(widgets.button_text(vm.name))
        button.setToolTip(widgets.tooltip_text(self.tr("Open %1").replace("%1", vm.name)))
        button.setAccessibleName(f"{vm.name}: {status}. {title}")
        button.setIcon(icons.status_icon(vm.status) if vm.status else icons.icon(icons.PENDING))
        button.setIconSize(QSize(16, 16))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda _=False, key=vm.key: self.vm_requested.emit(key))
        finding = widgets.text_label(title)
        finding.setObjectName("attentionFinding")
        # Level with the button's text: half the difference between the button's and a line's height.
        finding.setContentsMargins(0, max(0, (button.sizeHint().height() - finding.fontMetrics().height()) // 2), 0, 0)
        return button, finding


def _kind_icon(node: Node) -> str:
    return {Kind.TENANT: "tenant", Kind.SUBSCRIPTION: "subscription"}.get(node.kind, "resource-group")


def _top_finding(vm: Node) -> Finding | None:
    if vm.result is None:
        return None
    return max(vm.result.findings, key=lambda f: f.status.severity, default=None)
