"""One renderer per kind of wizard step (the shared parts and `StepScene`: gui/wizard_step_base.py).

- an explanation: read, nothing to do (the base renderer);
- a manual step: "I did this", "Skip this step" (when optional), "Mark as not done";
- an automated action: its last result, the preview of exactly what will change, "I understand, apply" inside
  that preview (the user confirms after reading it), "Preview again";
- a verification: the checks read again, "Check now" / "Check again".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from core.wizards import ActionPreview, ActionResult, Outcome, PreviewState, StepKind, StepState
from core.wizards.model import Verification
from gui import icons, widgets
from gui.i18n import translate
from gui.wizard_step_base import StepCommands, StepRenderer, StepScene
from gui.wizard_widgets import WrappedText, check_status_text, paragraph, shaded

_RESULT_ICONS = {
    Outcome.DONE: "pass",
    Outcome.NOTHING_TO_DO: "step-nothing",
    Outcome.FAILED: "fail",
    Outcome.REFUSED: "warn",
    Outcome.CANCELLED: "warn",
}


class ManualStep(StepRenderer):
    """Something the user does outside Backup Doctor, then says so."""

    def body(self, layout: QVBoxLayout, scene: StepScene, commands: StepCommands) -> None:
        view = scene.view
        buttons: list[QPushButton] = []
        if view.state is StepState.PENDING:
            buttons.append(self.button("markDoneButton", self.tr("I did this"), lambda: commands.mark(StepState.DONE)))
            if view.optional:
                buttons.append(
                    self.button("skipButton", self.tr("Skip this step"), lambda: commands.mark(StepState.SKIPPED))
                )
        else:
            buttons.append(
                self.button("undoButton", self.tr("Mark as not done"), lambda: commands.mark(StepState.PENDING))
            )
        self.buttons(layout, buttons)


class ActionStep(StepRenderer):
    """A change Backup Doctor makes through Azure: preview, explicit confirmation, result."""

    def body(self, layout: QVBoxLayout, scene: StepScene, commands: StepCommands) -> None:
        view = scene.view
        busy_here = scene.busy_here
        if view.result is not None and not busy_here:
            layout.addWidget(self._result_box(view.result))
        preview = scene.preview
        buttons: list[QPushButton] = []
        if view.optional and view.state is StepState.PENDING:
            # An optional step is offered, not pushed: Skip comes first, and what applying it means is said.
            buttons.append(
                self.button("skipButton", self.tr("Skip this step"), lambda: commands.mark(StepState.SKIPPED))
            )
            layout.addWidget(
                paragraph(
                    self.tr(
                        "This step is optional. Skipping it leaves things as they are now; apply it only if the "
                        "text above says you need it, knowing what it changes."
                    ),
                    "optionalNote",
                )
            )
        if preview is not None and preview.ready:
            apply = self.button("applyButton", self.tr("I understand, apply"), commands.apply, "fix")
            apply.setEnabled(scene.can_start)
            apply.setAccessibleName(self.tr("I understand, apply: %1").replace("%1", preview.summary.render(translate)))
            buttons.append(apply)
        if not busy_here:
            again = self.button("previewAgainButton", self.tr("Preview again"), commands.preview)
            again.setToolTip(self.tr("Read again from Azure what this step would change. Nothing is changed."))
            again.setEnabled(scene.can_start)
            buttons.append(again)
        if preview is not None:
            # The buttons close the preview: the user confirms after reading what will change.
            layout.addWidget(self._preview_box(preview, buttons, scene.where))
        else:
            if busy_here:
                layout.addWidget(self.inline_activity(scene))
            self.buttons(layout, buttons)
        if scene.busy and not busy_here:
            layout.addWidget(widgets.muted(widgets.text_label(self.tr("Another step is running; wait for it to end."))))

    def _preview_box(self, preview: ActionPreview, buttons: list[QPushButton], where_to: str) -> QWidget:
        frame = widgets.card()
        frame.setObjectName("previewBox")
        box = QVBoxLayout(frame)
        box.setContentsMargins(10, 8, 10, 10)
        box.setSpacing(6)
        icon_name = {PreviewState.READY: "fix", PreviewState.NOTHING_TO_DO: "step-nothing"}.get(preview.state, "warn")
        captions = {
            PreviewState.READY: self.tr("What this step will change"),
            PreviewState.NOTHING_TO_DO: self.tr("Nothing to change"),
            PreviewState.BLOCKED: self.tr("This step cannot run now"),
        }
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(widgets.icon_label(icons.icon(icon_name), 18), 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(widgets.heading(captions[preview.state]), 1)
        box.addLayout(head)
        box.addWidget(paragraph(preview.summary.render(translate), "previewSummary"))
        for operation in preview.operations:
            box.addWidget(widgets.separator())
            box.addWidget(paragraph(operation.description.render(translate), "previewOperation", bold=True))
            request = WrappedText(f"{operation.method} {operation.target}")
            request.setObjectName("previewRequest")
            request.setAccessibleName(self.tr("Request"))
            box.addWidget(shaded(request))
            for change in operation.changes:
                shown = change.render(translate)
                line = self.tr("%1: %2 → %3").replace("%1", shown["what"])
                line = line.replace("%2", shown["before"]).replace("%3", shown["after"])
                box.addWidget(paragraph(line, "previewChange"))
            box.addWidget(widgets.muted(widgets.text_label(self.tr("Azure permission it needs:"))))
            # Permissions are one long word: a label cannot wrap them, this box wraps anywhere.
            permission = WrappedText(operation.operation)
            permission.setObjectName("previewPermission")
            permission.setAccessibleName(self.tr("Azure permission it needs"))
            box.addWidget(permission)
        for note in preview.notes:
            box.addWidget(paragraph(note.render(translate), "previewNote", muted=True))
        if preview.ready:
            where = widgets.text_label(
                self.tr("These changes go to %1. Nothing is changed until you click “I understand, apply”.").replace(
                    "%1", where_to
                )
            )
            where.setObjectName("previewWhere")
            box.addWidget(where)
        if buttons:
            box.addSpacing(4)
            self.buttons(box, buttons)
        return frame

    def _result_box(self, result: ActionResult) -> QWidget:
        return self.sentence_box("actionResult", _RESULT_ICONS[result.outcome], result.message)


class VerificationStep(StepRenderer):
    """The VM read again and its checks run: did the fix work?"""

    def body(self, layout: QVBoxLayout, scene: StepScene, commands: StepCommands) -> None:
        verification = scene.view.verification
        if scene.busy_here:
            layout.addWidget(self.inline_activity(scene))
        elif verification is not None:
            layout.addWidget(self._verification_box(verification))
        caption = self.tr("Check again") if verification is not None else self.tr("Check now")
        button = self.button("verifyButton", caption, commands.verify, "scan")
        button.setEnabled(scene.can_start)
        if not scene.busy_here:
            self.buttons(layout, [button])

    def _verification_box(self, verification: Verification) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        icon_name = "pass" if verification.passed else "fail"
        column.addWidget(self.sentence_box("verificationMessage", icon_name, verification.message))
        if verification.findings:
            grid = QGridLayout()
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(4)
            grid.setColumnStretch(1, 1)
            for row, finding in enumerate(verification.findings):
                icon = widgets.icon_label(icons.status_icon(finding.status), 16)
                grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
                line = self.tr("%1: %2").replace("%1", check_status_text(finding.status))
                line = line.replace("%2", finding.title.render(translate))
                grid.addWidget(paragraph(line, "checkResult"), row, 1)
            column.addLayout(grid)
        return box


def renderers(parent: QWidget) -> dict[StepKind, StepRenderer]:
    """A renderer for every kind of step (an explanation has no part of its own)."""
    return {
        StepKind.EXPLANATION: StepRenderer(parent),
        StepKind.MANUAL: ManualStep(parent),
        StepKind.ACTION: ActionStep(parent),
        StepKind.VERIFICATION: VerificationStep(parent),
    }


__all__ = ["ActionStep", "ManualStep", "VerificationStep", "renderers"]
