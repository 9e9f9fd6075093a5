"""The fix wizard panel: one wizard for one VM, step by step.

It renders a core `WizardRun` (`views()`): the wizard's title and summary, the steps with their states, and
the step being looked at, drawn by the renderer of its kind (gui/wizard_step_kinds.py). Explanations are
read; manual steps give copyable commands and portal paths and are marked done or skipped by the user;
automated steps show a preview of exactly what will change and run only after the user clicks "I
understand, apply"; checks read the VM again. The panel keeps the navigation and the run's state (which
step is shown, which previews are fresh, what went wrong with a job). Every call to Azure runs on the
`WizardRunner`'s worker thread; the panel only starts jobs and shows what they report.

The panel is rebuilt from the run after every change (cheap: a handful of widgets), like the diagnostics
pane, so a language switch renders everything again.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.findings import Status
from core.scan import VmResult
from core.service import Gateway
from core.wizards import ActionPreview, StepKind, StepState, StepView, WizardRun
from gui import icons, widgets
from gui.i18n import translate
from gui.wizard_jobs import Job, JobKind, WizardRunner, action_call, preview_call, verify_call
from gui.wizard_step_base import StepCommands, StepScene
from gui.wizard_step_kinds import renderers
from gui.wizard_step_list import StepList
from gui.wizard_widgets import WrappedText


class WizardPanel(QWidget):
    """Shows one run at a time; `close_requested` when the user closes it or clicks Finish."""

    close_requested = Signal()
    # The user asked to run a finished wizard again from its first step, on fresh facts.
    restart_requested = Signal()
    # Emitted after the panel has set its texts in a new language (its owner names the page after it).
    retranslated = Signal()

    def __init__(self, runner: WizardRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizardPanel")
        self.runner = runner
        self._run: WizardRun | None = None
        self._gateway: Gateway | None = None
        self._where = ""
        self._step_id: str | None = None
        # Action steps whose preview was read since the run was shown, and not yet used by a run.
        self._fresh: set[str] = set()
        # What went wrong with a step's last job that core has no sentence for: ("cancelled" | "error", detail).
        self._job_notes: dict[str, tuple[str, str]] = {}
        self._rendered_step: str | None = None
        self._renderers = renderers(self)
        self._commands = StepCommands(mark=self.mark, preview=self.preview, apply=self.apply, verify=self.verify)

        self._build()
        runner.started.connect(self._on_job_started)
        runner.progressed.connect(self._on_job_progress)
        runner.finished.connect(self._on_job_finished)
        self.retranslate()

    # --- construction ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.icon = widgets.icon_label(icons.icon("fix"), 28)
        self.title = widgets.heading("", 1.3)
        self.title.setObjectName("wizardTitle")
        self.subtitle = widgets.muted(widgets.text_label())
        self.subtitle.setObjectName("wizardSubtitle")
        self.close_button = QPushButton()
        self.close_button.setObjectName("wizardClose")
        self.close_button.clicked.connect(self.close_requested.emit)
        self.summary = widgets.text_label()
        self.summary.setObjectName("wizardSummary")

        self.healthy = widgets.card()
        self.healthy.setObjectName("healthyBanner")
        healthy_row = QHBoxLayout(self.healthy)
        healthy_row.setContentsMargins(10, 6, 10, 6)
        healthy_row.addWidget(widgets.icon_label(icons.status_icon(Status.PASS)), 0, Qt.AlignmentFlag.AlignTop)
        self.healthy_label = widgets.text_label()
        self.healthy_label.setObjectName("healthyText")
        self.healthy_label.setFont(widgets.scaled_font(self.healthy_label, 1.0, bold=True))
        healthy_row.addWidget(self.healthy_label, 1)
        self.healthy.setVisible(False)

        self.steps = StepList()
        self.steps.step_chosen.connect(self._on_step_chosen)

        self.content = QScrollArea()
        self.content.setObjectName("wizardStep")
        self.content.setWidgetResizable(True)
        self.content.setFrameShape(QFrame.Shape.NoFrame)
        self.content.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("wizardSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.steps)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        unit = self.fontMetrics().horizontalAdvance("M")
        self.steps.setMinimumWidth(unit * 10)
        self.splitter.setSizes([unit * 15, unit * 40])

        self.activity = widgets.text_label()
        self.activity.setObjectName("wizardActivity")
        self.progress = QProgressBar()
        self.progress.setObjectName("wizardProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(unit * 14)
        self.cancel_button = QPushButton(icons.icon("cancel"), "")
        self.cancel_button.setObjectName("wizardCancel")
        self.cancel_button.clicked.connect(self.cancel)

        self.back_button = QPushButton()
        self.back_button.setObjectName("wizardBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("wizardNext")
        self.next_button.clicked.connect(self.next)
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("wizardFinish")
        self.finish_button.clicked.connect(self.finish)
        self.restart_button = QPushButton()
        self.restart_button.setObjectName("wizardRestart")
        self.restart_button.clicked.connect(self.restart_requested.emit)
        self.restart_button.setVisible(False)
        # Esc closes the panel (asking first while one of its steps runs).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_with_escape)

        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        activity = QHBoxLayout()
        activity.setSpacing(8)
        activity.addWidget(self.activity, 1)
        activity.addWidget(self.progress)
        activity.addWidget(self.cancel_button)
        self.activity_row = QWidget()
        self.activity_row.setLayout(activity)
        activity.setContentsMargins(0, 0, 0, 0)

        navigation = QHBoxLayout()
        navigation.setSpacing(8)
        navigation.addWidget(self.restart_button)
        navigation.addStretch(1)
        navigation.addWidget(self.back_button)
        navigation.addWidget(self.next_button)
        navigation.addWidget(self.finish_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.healthy)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(widgets.separator())
        layout.addWidget(self.activity_row)
        layout.addLayout(navigation)

    # --- public ----------------------------------------------------------------------------------------

    @property
    def run(self) -> WizardRun | None:
        return self._run

    @property
    def step_id(self) -> str | None:
        """The step being looked at."""
        return self._step_id

    def show_run(self, run: WizardRun, gateway: Gateway, where: str) -> None:
        """Show a run (new or resumed) from its first unfinished step; previews are read again."""
        same = run is self._run
        self._run, self._gateway, self._where = run, gateway, where
        if not same:
            self._fresh = set()
            self._job_notes = {}
        current = run.current()
        navigable = self._navigable()
        if current is not None:
            self._step_id = current.id
        elif self._step_id not in navigable or not same:
            self._step_id = navigable[-1] if navigable else None
        self.rebuild()
        self._auto()

    def clear(self) -> None:
        self._run, self._gateway, self._step_id = None, None, None
        self._fresh, self._job_notes = set(), {}
        self.rebuild()

    def refresh(self) -> None:
        """Render again (the run moved onto fresher facts, or the language changed)."""
        self.rebuild()

    def go_to(self, step_id: str) -> None:
        if self._run is None or step_id == self._step_id:
            return
        self._step_id = step_id
        self.rebuild()
        self._auto()

    def back(self) -> None:
        navigable = self._navigable()
        if self._step_id in navigable:
            index = navigable.index(self._step_id)
            if index > 0:
                self.go_to(navigable[index - 1])

    def next(self) -> None:
        self._read_explanation()
        navigable = self._navigable()
        if self._step_id in navigable:
            index = navigable.index(self._step_id)
            if index + 1 < len(navigable):
                self.go_to(navigable[index + 1])
                return
        self.rebuild()

    def close_with_escape(self) -> bool:
        """Esc: close the panel; while one of its steps runs, ask first (the step goes on if closed)."""
        job = self.runner.job
        if job is not None and job.run is self._run:
            answer = QMessageBox.question(
                self,
                self.tr("Close the wizard?"),
                self.tr(
                    "A step of this wizard is running. Closing the panel does not stop it: it goes on and its "
                    "result is shown when you open the wizard again. Close the panel?"
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                return False
        self.close_requested.emit()
        return True

    def finish(self) -> None:
        self._read_explanation()
        self.rebuild()
        self.close_requested.emit()

    def cancel(self) -> None:
        job = self.runner.job
        if job is not None and job.run is self._run:
            self.runner.cancel()
            self._update_activity()

    def text(self) -> str:
        """Every text shown (labels and ids), for tests and accessibility checks."""
        parts = [label.text() for label in self.findChildren(QLabel) if label.isVisibleTo(self) and label.text()]
        parts.extend(box.text() for box in self.findChildren(WrappedText) if box.isVisibleTo(self))
        return "\n".join(parts)

    def current_view(self) -> StepView | None:
        if self._run is None or self._step_id is None:
            return None
        return self._run.view(self._step_id)

    # --- what the user does ------------------------------------------------------------------------------

    def mark(self, state: StepState) -> None:
        view = self.current_view()
        if self._run is None or view is None:
            return
        self._run.mark(view.id, state)
        if state is not StepState.PENDING:
            self.next()
        else:
            self.rebuild()

    def preview(self) -> None:
        """Read again what the shown action step would change (reads only)."""
        view = self.current_view()
        if view is not None and view.kind is StepKind.ACTION:
            self._start(view.id, JobKind.PREVIEW)

    def apply(self) -> None:
        """The user's explicit confirmation: run the shown action with the preview on screen."""
        view = self.current_view()
        if view is None or view.kind is not StepKind.ACTION or view.id not in self._fresh:
            return
        if view.preview is None or not view.preview.ready:
            return
        self._start(view.id, JobKind.ACTION, view.preview)

    def verify(self) -> None:
        view = self.current_view()
        if view is not None and view.kind is StepKind.VERIFICATION:
            self._start(view.id, JobKind.VERIFY)

    # --- jobs --------------------------------------------------------------------------------------------

    def _start(self, step_id: str, kind: JobKind, preview: ActionPreview | None = None) -> Job | None:
        run, gateway = self._run, self._gateway
        if run is None or gateway is None or self.runner.busy:
            return None
        if kind is JobKind.PREVIEW:
            call = preview_call(run, step_id, gateway)
        elif kind is JobKind.ACTION:
            assert preview is not None
            call = action_call(run, step_id, gateway, preview)
        else:
            call = verify_call(run, step_id, gateway)
        self._job_notes.pop(step_id, None)
        return self.runner.start(run, step_id, kind, call)

    def _auto(self) -> None:
        """Read what the shown step needs when the user arrives on it: an action's preview, a check's result."""
        view = self.current_view()
        if view is None or self.runner.busy or view.id in self._job_notes:
            return
        if view.kind is StepKind.ACTION and view.state is StepState.PENDING and view.result is None:
            if view.id not in self._fresh:
                self._start(view.id, JobKind.PREVIEW)
        elif view.kind is StepKind.VERIFICATION and view.state is StepState.PENDING and view.verification is None:
            self._start(view.id, JobKind.VERIFY)

    def _on_job_started(self, job: Job) -> None:
        if job.run is self._run:
            self.rebuild()  # the buttons that would start another job are disabled
        else:
            self._update_activity()

    def _on_job_progress(self, job: Job) -> None:
        # Only the texts that say how far it got: rebuilding the step would move what the user is reading.
        self._update_activity()
        widget = self.content.widget()
        inline = widget.findChild(QLabel, "stepActivity") if widget is not None else None
        if inline is not None and job.run is self._run:
            inline.setText(self._activity_text())

    def _on_job_finished(self, job: Job) -> None:
        if job.run is not self._run:
            self._update_activity()
            self._auto()
            return
        outcome = job.outcome
        if job.error is not None:
            self._job_notes[job.step_id] = ("error", job.error[0])
        elif outcome is not None and outcome.cancelled:
            self._job_notes[job.step_id] = ("cancelled", "")
        if job.kind is JobKind.PREVIEW and outcome is not None and outcome.preview is not None:
            self._fresh.add(job.step_id)
        elif job.kind is JobKind.ACTION and outcome is not None:
            if outcome.preview is not None:
                self._fresh.add(job.step_id)  # refused: Azure changed, here is the new preview
            else:
                self._fresh.discard(job.step_id)
        self.rebuild()
        self._auto()

    # --- rendering ---------------------------------------------------------------------------------------

    def _navigable(self) -> list[str]:
        if self._run is None:
            return []
        return [v.id for v in self._run.views() if v.state is not StepState.NOT_APPLICABLE]

    def _read_explanation(self) -> None:
        """Moving on from an explanation means it was read."""
        view = self.current_view()
        run = self._run
        explanation = view is not None and view.kind is StepKind.EXPLANATION
        if run is not None and view is not None and explanation and view.state is StepState.PENDING:
            run.mark(view.id, StepState.DONE)

    def rebuild(self) -> None:
        run = self._run
        views = run.views() if run is not None else []
        self.setEnabled(run is not None)
        if run is None:
            self.title.setText("")
            self.subtitle.setText("")
            self.summary.setText("")
            self.healthy.setVisible(False)
            self.steps.clear()
            self._set_content(QWidget())
            self._update_activity()
            return
        context = run.context
        self.title.setText(run.title.render(translate))
        self.subtitle.setText(self.tr("For %1, in %2").replace("%1", context.vm.name).replace("%2", self._where))
        self.summary.setText(run.summary.render(translate))
        healthy = bool(context.findings) and VmResult(context.vm, list(context.findings)).status is Status.PASS
        self.healthy.setVisible(healthy)
        if context.vm.exists:
            healthy_text = self.tr("%1 is healthy now: every check that applies to it passes.")
        else:
            # A protected item whose VM was deleted: once its protection is stopped, nothing is left to fix.
            healthy_text = self.tr("No vault backs up %1 any more, and the VM no longer exists: nothing left to fix.")
        self.healthy_label.setText(healthy_text.replace("%1", context.vm.name))
        self.steps.fill(views, self._step_id)
        view = next((v for v in views if v.id == self._step_id), None)
        navigable = [v.id for v in views if v.state is not StepState.NOT_APPLICABLE]
        focus_inside = self._focus_in_content()
        same_step = view is not None and view.id == self._rendered_step
        scrolled = self.content.verticalScrollBar().value()
        self._set_content(self._step_content(view, views) if view is not None else QWidget())
        self._rendered_step = view.id if view is not None else None
        if same_step and scrolled:
            # Where the user was reading, once the new content has its size.
            QTimer.singleShot(0, self, lambda: self.content.verticalScrollBar().setValue(scrolled))
        position = navigable.index(view.id) if view is not None and view.id in navigable else -1
        last = position == len(navigable) - 1
        self.back_button.setEnabled(position > 0)
        self.next_button.setVisible(not last)
        self.next_button.setEnabled(position >= 0 and not last)
        self.finish_button.setVisible(last)
        running_here = self.runner.job is not None and self.runner.job.run is run
        self.restart_button.setVisible(run.complete and not running_here)
        self._update_activity()
        self._tab_order()
        if focus_inside:
            # The button just used went with the old content: keep the keyboard user in the panel.
            self._focus_navigation()

    def _tab_order(self) -> None:
        """Tab goes from the step list through the step's own controls (preview, apply) to Back and Next."""
        content = self.content.widget()
        inside = [
            w
            for w in (content.findChildren(QWidget) if content is not None else [])
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(content)
        ]
        chain = [self.steps, *inside, self.back_button, self.next_button, self.finish_button, self.restart_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_step_chosen(self, step_id: str) -> None:
        self.go_to(step_id)

    def _set_content(self, content: QWidget) -> None:
        content.setObjectName("wizardStepContent")
        old = self.content.takeWidget()
        self.content.setWidget(content)
        if old is not None:
            old.hide()
            # Kept as a child until Qt deletes it: its widgets (and their Python parts) must live as long as
            # events already posted to them, and the button that started this render is still on the stack.
            old.setParent(self)
            old.deleteLater()

    def _step_content(self, view: StepView, views: list[StepView]) -> QWidget:
        """The step, drawn by the renderer of its kind (gui/wizard_step_kinds.py)."""
        counted = [v.id for v in views if v.state is not StepState.NOT_APPLICABLE]
        job = self.runner.job
        scene = StepScene(
            view=view,
            number=counted.index(view.id) + 1 if view.id in counted else 0,
            total=len(counted),
            where=self._where,
            preview=view.preview if view.id in self._fresh else None,
            busy=self.runner.busy,
            busy_here=job is not None and job.run is self._run and job.step_id == view.id,
            can_start=not self.runner.busy and self._gateway is not None,
            activity=self._activity_text(),
            note=self._job_notes.get(view.id),
        )
        return self._renderers[view.kind].render(scene, self._commands)

    # --- activity ----------------------------------------------------------------------------------------

    def _activity_text(self) -> str:
        job = self.runner.job
        if job is None:
            return ""
        if job.cancelling:
            return self.tr("Cancelling: waiting for the request already sent…")
        if job.progress is not None:
            return job.progress.message.render(translate)
        if job.kind is JobKind.PREVIEW:
            return self.tr("Reading from Azure what this step would change…")
        if job.kind is JobKind.ACTION:
            return self.tr("Applying the change…")
        return self.tr("Reading the VM again and running its checks…")

    def _update_activity(self) -> None:
        job = self.runner.job
        here = job is not None and job.run is self._run
        self.activity_row.setVisible(job is not None)
        if job is None:
            return
        if here:
            self.activity.setText(self._activity_text())
        else:
            self.activity.setText(self.tr("A step of another wizard is running."))
        progress = job.progress
        if progress is not None and progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done or 0)
        else:
            self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(here and not job.cancelling)

    def _focus_in_content(self) -> bool:
        focus = QApplication.focusWidget()
        widget = self.content.widget()
        return focus is not None and widget is not None and widget.isAncestorOf(focus)

    def _focus_navigation(self) -> None:
        for button in (self.next_button, self.finish_button, self.back_button):
            if button.isVisible() and button.isEnabled():
                button.setFocus()
                return
        self.steps.setFocus()

    # --- language ----------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Fix wizard"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the wizard; what was done is kept for when you open it again."))
        self.close_button.setAccessibleName(self.tr("Close the wizard"))
        self.steps.setAccessibleName(self.tr("Steps"))
        self.content.setAccessibleName(self.tr("Current step"))
        self.back_button.setText(self.tr("&Back"))
        self.next_button.setText(self.tr("&Next"))
        self.finish_button.setText(self.tr("Fi&nish"))
        self.restart_button.setText(self.tr("Start again"))
        self.restart_button.setToolTip(self.tr("Run this wizard again from its first step, on what Azure shows now."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running step"))
        self.progress.setAccessibleName(self.tr("Progress of the running step"))
        self.rebuild()
        self.retranslated.emit()


__all__ = ["WizardPanel"]
