"""The diagnostics pane: findings of the selected VM, summaries of scopes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QWidget
from window_helpers import first_vm_with, names_with, select

from core.findings import Status
from gui.diagnostics_pane import ATTENTION_LIMIT
from gui.finding_card import FindingCard
from gui.main_window import MainWindow


def test_selecting_a_failing_vm_shows_its_findings(qtbot: Any, demo_window: MainWindow) -> None:
    report = demo_window.last_report
    assert report is not None
    name = first_vm_with(report, Status.FAIL)
    result = next(vm for vm in report.vms if vm.facts.name == name)
    failing = next(f for f in result.findings if f.status is Status.FAIL)

    select(demo_window, name)

    pane = demo_window.diagnostics
    assert pane.node is not None and pane.node.name == name
    text = pane.text()
    assert name in text
    assert failing.title.render() in text
    assert failing.detail is not None and failing.detail.render() in text
    cards = [c for c in pane.finding_cards() if c.finding.status is Status.FAIL]
    assert [c.finding for c in cards] == [f for f in result.findings if f.status is Status.FAIL]
    # Worst first: the pane opens with what failed.
    assert pane.finding_cards()[0].finding.status is Status.FAIL
    card = cards[0]
    codes = card.findChild(object, "errorCodes")
    assert codes is not None and failing.error_codes[0] in codes.text()
    assert card.accessibleName() == f"Failing: {failing.title.render()}"

    # Evidence is folded away until asked for (and only built then).
    toggle = card.findChild(QToolButton, "evidenceToggle")
    assert toggle is not None
    assert card.findChild(QWidget, "evidence") is None
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    evidence = card.findChild(QWidget, "evidence")
    assert evidence is not None and evidence.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not evidence.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert any(str(value) in pane.text() for value in failing.evidence.values() if isinstance(value, str))


def test_a_healthy_vm_says_every_check_passed(demo_window: MainWindow) -> None:
    report = demo_window.last_report
    assert report is not None
    select(demo_window, first_vm_with(report, Status.PASS))
    text = demo_window.diagnostics.text()
    assert "No problem found: every check that applies to this VM passed." in text
    assert "Needs attention" not in text
    statuses = {card.finding.status for card in demo_window.diagnostics.finding_cards()}
    assert Status.PASS in statuses and statuses <= {Status.PASS, Status.NOT_APPLICABLE}


def test_a_scope_lists_the_vms_that_need_attention(qtbot: Any, demo_window: MainWindow) -> None:
    report = demo_window.last_report
    assert report is not None
    tenant = demo_window.model.tenant()
    assert tenant is not None
    demo_window.select(tenant.key)
    pane = demo_window.diagnostics
    assert f"VMs: {len(report.vms)}" in pane.text()
    links = pane.widget().findChildren(QToolButton, "attentionLink")
    attention = names_with(report, Status.FAIL, Status.WARN, Status.UNKNOWN)
    shown = {link.text().split(" — ")[0] for link in links}
    assert shown <= attention and len(shown) == min(len(attention), ATTENTION_LIMIT)
    if len(attention) > ATTENTION_LIMIT:
        assert f"… and {len(attention) - ATTENTION_LIMIT} more." in pane.text()
    # Failing VMs come first.
    assert links[0].text().split(" — ")[0] in names_with(report, Status.FAIL)

    qtbot.mouseClick(links[0], Qt.MouseButton.LeftButton)
    current = demo_window.tree.current_node()
    assert current is not None and current.is_vm and current.name == links[0].text().split(" — ")[0]
    assert isinstance(pane.finding_cards()[0], FindingCard)


def _open_evidence(qtbot: Any, card: FindingCard) -> QWidget:
    toggle = card.findChild(QToolButton, "evidenceToggle")
    assert toggle is not None
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    evidence = card.findChild(QWidget, "evidence")
    assert evidence is not None
    return evidence


def _labels(widget: QWidget, name: str | None = None) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if name is None or label.objectName() == name]


def test_evidence_reads_as_labelled_fields_with_the_raw_json_one_click_away(
    qtbot: Any, demo_window: MainWindow
) -> None:
    select(demo_window, "vm-erp-rpt01")
    card = next(c for c in demo_window.diagnostics.finding_cards() if c.finding.check == "vm-agent-ready")
    evidence = _open_evidence(qtbot, card)
    visible = "\n".join(label.text() for label in evidence.findChildren(QLabel) if label.isVisible())
    assert "Power state:" in visible and "running" in visible
    assert "powerState" not in visible  # no camelCase key
    raw = evidence.findChild(QLabel, "evidenceJson")
    assert raw is not None and not raw.isVisible() and '"powerState": "running"' in raw.text()
    json_toggle = evidence.findChild(QToolButton, "evidenceJsonToggle")
    assert json_toggle is not None and json_toggle.text() == "Details (JSON)"
    qtbot.mouseClick(json_toggle, Qt.MouseButton.LeftButton)
    assert raw.isVisible()


def test_triage_evidence_shows_no_internal_ids_and_lists_recommendations_one_a_line(
    qtbot: Any, demo_window: MainWindow
) -> None:
    select(demo_window, "vm-erp-rpt01")
    card = next(c for c in demo_window.diagnostics.finding_cards() if c.finding.check == "last-backup-job")
    evidence = _open_evidence(qtbot, card)
    values = _labels(evidence, "evidenceValue")
    text = "\n".join(values)
    assert "ruled-out" not in text and "windows-agent-unresponsive" not in text
    recommendations = card.finding.evidence["recommendations"]
    assert len(recommendations) > 1
    assert "\n".join(recommendations) in values


def test_one_fix_button_per_wizard_on_a_vm(demo_window: MainWindow) -> None:
    select(demo_window, "vm-erp-rpt01")
    cards = demo_window.diagnostics.finding_cards()
    offered = [c.finding.wizard for c in cards if c.fix_button is not None]
    assert len(offered) == len(set(offered))
    proposing = {c.finding.wizard for c in cards if c.finding.wizard and c.finding.status is not Status.PASS}
    assert set(offered) == proposing
    others = [c for c in cards if c.same_fix is not None]
    assert others, "the agent wizard is proposed by two findings on this VM"
    assert all(c.same_fix.text().startswith("The fix wizard offered above also fixes this: ") for c in others)
