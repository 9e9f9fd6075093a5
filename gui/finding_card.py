"""One finding: status icon, one-sentence title, detail, documented error codes, evidence on demand."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.evidence_fields import EvidenceField, Values, evidence_fields
from core.findings import Finding, Problem
from gui import icons, widgets
from gui.i18n import translate
from gui.vm_tree_model import status_text


class FindingCard(QWidget):
    """A card for one finding. `compact` cards (passed checks) show the title and evidence only.

    A finding that names a fix wizard gets a "Fix…" button: `wizard_requested(wizard_id)`."""

    wizard_requested = Signal(str)

    def __init__(
        self, finding: Finding, *, compact: bool = False, offer_fix: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findingCard")
        self.finding = finding
        frame = widgets.card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        title_text = finding.title.render(translate)
        self.title = widgets.text_label(title_text)
        self.title.setFont(widgets.scaled_font(self.title, 1.0, bold=not compact))
        self.setAccessibleName(f"{status_text(finding.status)}: {title_text}")

        body = QVBoxLayout()
        body.setSpacing(6)
        title_row = QHBoxLayout()  # a compact card keeps its Evidence button on the title's line
        title_row.setSpacing(8)
        title_row.addWidget(self.title, 1)
        body.addLayout(title_row)
        self.detail = None
        if finding.detail is not None and not compact:
            self.detail = widgets.text_label(finding.detail.render(translate))
            body.addWidget(self.detail)
        if finding.error_codes and not compact:
            body.addLayout(self._codes(finding.error_codes))
        self.fix_button: QPushButton | None = None
        self.same_fix: QLabel | None = None
        if finding.wizard and not compact and offer_fix:
            body.addLayout(self._fix_row(finding.wizard))
        elif finding.wizard and not compact:
            # Another card above already offers this wizard: one button per wizard, and say where it is.
            self.same_fix = widgets.muted(
                widgets.text_label(
                    self.tr("The fix wizard offered above also fixes this: %1").replace(
                        "%1", _wizard_title(finding.wizard)
                    )
                )
            )
            self.same_fix.setObjectName("sameFix")
            body.addWidget(self.same_fix)
        self.evidence: QWidget | None = None  # built on first expansion: most evidence is never opened
        self._body = body
        if finding.evidence:
            self.toggle = QToolButton()
            self.toggle.setObjectName("evidenceToggle")
            self.toggle.setText(self.tr("Evidence"))
            self.toggle.setAccessibleName(self.tr("Show evidence for: %1").replace("%1", title_text))
            self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.toggle.setArrowType(Qt.ArrowType.RightArrow)
            self.toggle.setCheckable(True)
            self.toggle.setAutoRaise(True)
            self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.toggle.toggled.connect(self._show_evidence)
            if compact:
                title_row.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
            else:
                body.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)

        grid = QGridLayout(frame)
        grid.setContentsMargins(10, 5 if compact else 8, 10, 5 if compact else 8)
        grid.setHorizontalSpacing(10)
        grid.addWidget(widgets.icon_label(icons.status_icon(finding.status)), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(body, 0, 1)
        grid.setColumnStretch(1, 1)

    def _codes(self, codes: tuple[str, ...]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        caption = self.tr("Documented error codes:") if len(codes) > 1 else self.tr("Documented error code:")
        label = widgets.muted(widgets.text_label(caption, selectable=False, wrap=False))
        row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        # One wrapping label: a VM can match several documented codes, and the pane must never scroll sideways.
        label = widgets.code_label(", ".join(codes))
        label.setObjectName("errorCodes")
        label.setWordWrap(True)
        label.setAccessibleName(caption + " " + ", ".join(codes))
        row.addWidget(label, 1)
        return row

    def _fix_row(self, wizard_id: str) -> QHBoxLayout:
        """The button that opens the finding's fix wizard, with the wizard's title beside it."""
        title = _wizard_title(wizard_id)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.fix_button = QPushButton(icons.icon("fix"), self.tr("Fix…"))
        self.fix_button.setObjectName("fixButton")
        self.fix_button.setAccessibleName(self.tr("Open the fix wizard: %1").replace("%1", title or wizard_id))
        self.fix_button.setToolTip(
            widgets.tooltip_text(self.tr("Open the fix wizard: %1").replace("%1", title or wizard_id))
        )
        self.fix_button.clicked.connect(lambda: self.wizard_requested.emit(wizard_id))
        row.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)
        if title:
            label = widgets.muted(widgets.text_label(title))
            label.setObjectName("fixWizardTitle")
            # Level with the button's text, as the "needs attention" links do.
            offset = max(0, (self.fix_button.sizeHint().height() - label.fontMetrics().height()) // 2)
            label.setContentsMargins(0, offset, 0, 0)
            row.addWidget(label, 1)
        else:
            row.addStretch(1)
        return row

    def _evidence(self, evidence: Any) -> QWidget:
        """Labelled, translated fields; the raw JSON one click away for second-line engineers."""
        box = QWidget()
        box.setObjectName("evidence")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(18, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(evidence_form(evidence))
        self.json_toggle = QToolButton()
        self.json_toggle.setObjectName("evidenceJsonToggle")
        self.json_toggle.setText(self.tr("Details (JSON)"))
        self.json_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.json_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.json_toggle.setCheckable(True)
        self.json_toggle.setAutoRaise(True)
        self.json_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.json_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        raw = widgets.code_label(json.dumps(evidence, ensure_ascii=False, indent=2, default=str))
        raw.setObjectName("evidenceJson")
        raw.setWordWrap(True)
        raw.setVisible(False)
        layout.addWidget(raw)

        def show_json(shown: bool) -> None:
            raw.setVisible(shown)
            self.json_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

        self.json_toggle.toggled.connect(show_json)
        return box

    def _show_evidence(self, shown: bool) -> None:
        if self.evidence is None:
            self.evidence = self._evidence(self.finding.evidence)
            self._body.addWidget(self.evidence)
        self.evidence.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


class ProblemCard(QWidget):
    """Something that could not be read: the plain reason, and the code and scope for the technical reader."""

    def __init__(self, problem: Problem, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemCard")
        frame = widgets.card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        message = problem.message.render(translate)
        self.message = widgets.text_label(message)
        self.setAccessibleName(message)
        body = QVBoxLayout()
        body.setSpacing(4)
        if where:
            body.addWidget(widgets.heading(where))
        body.addWidget(self.message)
        status = f" · HTTP {problem.status}" if problem.status else ""
        technical = widgets.code_label(f"{problem.code}{status} · {problem.scope}")
        technical.setWordWrap(True)
        body.addWidget(widgets.muted(technical))
        grid = QGridLayout(frame)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.addWidget(widgets.icon_label(icons.icon(icons.PROBLEM)), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(body, 0, 1)
        grid.setColumnStretch(1, 1)


def _wizard_title(wizard_id: str) -> str:
    from core.catalog import load_catalog

    entry = load_catalog().wizards.get(wizard_id)
    return entry.title_msg.render(translate) if entry is not None else ""


# Evidence kept for machines and second-line engineers (in "Details (JSON)"), not as fields: the ids of
# documented causes, of their checks and of their wizards (the card's Fix… button names the wizard).
_INTERNAL = re.compile(r"(^|\.)causes\[\d+\]\.(id|wizard|checks)(\.|$)")


def visible_fields(evidence: Any) -> list[EvidenceField]:
    return [item for item in evidence_fields(evidence) if not _INTERNAL.search(item.key)]


def evidence_form(evidence: Any) -> QWidget:
    """Evidence as "Label: value" rows (core.evidence_fields), nested values indented under headings.

    A list of values (Azure's recommendations, extension names) shows one value a line: sentences joined
    with commas read as one garbled sentence.
    """
    form_widget = QWidget()
    form_widget.setObjectName("evidenceFields")
    form = QFormLayout(form_widget)
    form.setContentsMargins(0, 0, 0, 0)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # A value too wide beside its label (a disk's name, a resource id) goes below it, never out of the pane.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    indent = "    "
    for item in visible_fields(evidence):
        label = indent * item.depth + item.label_text(translate)
        if item.value is None:
            heading = widgets.muted(widgets.text_label(label, wrap=False))
            heading.setObjectName("evidenceHeading")
            form.addRow(heading)
            continue
        if isinstance(item.value, Values):
            parts = [v if isinstance(v, str) else v.render(translate) for v in item.value.items]
            text = "\n".join(parts) or "—"
        else:
            text = item.value_text(translate)
        name = widgets.muted(widgets.text_label(label + ":", wrap=False))
        shown = widgets.text_label(text)
        shown.setObjectName("evidenceValue")
        shown.setWordWrap(True)
        form.addRow(name, shown)
    return form_widget
