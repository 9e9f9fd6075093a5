"""The fix wizard panel: one wizard for one VM, step by step.

It renders a core `WizardRun` (`views()`): the wizard's title and summary, the steps with their states, and
the step being looked at. Explanations are read; manual steps give copyable commands and portal paths and
are marked done or skipped by the user; automated steps show a preview of exactly what will change and run
only after the user clicks "I understand, apply"; checks read the VM again. Every call to Azure runs on
the `WizardRunner`'s worker thread; the panel only starts jobs and shows what they report.

The panel is rebuilt from the run after every change (cheap: a handful of widgets), like the diagnostics
pane, so a language switch renders everything again.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.findings import Status
from core.i18n import Msg
from core.scan import VmResult
from core.service import Gateway
from core.wizards import ActionPreview, ActionResult, Outcome, PreviewState, StepKind, StepState, StepView, WizardRun
from core.wizards.model import Verification
from gui import icons, widgets
from gui.i18n import translate
from gui.wizard_jobs import Job, JobKind, WizardRunner, action_call, preview_call, verify_call
from gui.wizard_widgets import (
    ButtonRow,
    CommandBox,
    WrappedText,
    check_status_text,
    kind_text,
    paragraph,
    shaded,
    state_icon,
    state_text,
)

STEP_ROLE = Qt.ItemDataRole.UserRole + 1

_RESULT_ICONS = {
    Outcome.DONE: "pass",
    Outcome.NOTHING_TO_DO: "step-nothing",
    Outcome.FAILED: "fail",
    Outcome.REFUSED: "warn",
    Outcome.CANCELLED: "warn",
}


class _StepDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped title at the list's current width (QListView measures a wrapped text
    at its unwrapped width, and then cuts it off with an ellipsis)."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        icon = styled.decorationSize.width() if not styled.icon.isNull() else 0
        spacing = self._view.spacing()
        width = self._view.viewport().width() - icon - 4 * margin - 2 * spacing - 4
        if width <= 0:
            return hint
        bounds = styled.fontMetrics.boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, styled.text)
        height = max(bounds.height(), styled.decorationSize.height()) + 2 * margin + 2
        return QSize(hint.width(), max(hint.height(), height))


class WizardPanel(QWidget):
    """Shows one run at a time; `close_requested` when the user closes it or clicks Finish."""

    close_requested = Signal()
    #: The user asked to run a finished wizard again from its first step, on fresh facts.
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

        self.steps = QListWidget()
        self.steps.setObjectName("wizardSteps")
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setResizeMode(QListView.ResizeMode.Adjust)
        self.steps.setIconSize(QSize(16, 16))
        self.steps.setSpacing(2)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.currentItemChanged.connect(self._on_step_clicked)
        self.steps.setItemDelegate(_StepDelegate(self.steps))

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
        self._fill_steps(views)
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

    def _fill_steps(self, views: list[StepView]) -> None:
        self.steps.blockSignals(True)
        try:
            if self.steps.count() != len(views):
                self.steps.clear()
                for _ in views:
                    self.steps.addItem(QListWidgetItem())
            # Steps "not for this VM" are listed (greyed, unnumbered) but not counted.
            counted = [v.id for v in views if v.state is not StepState.NOT_APPLICABLE]
            total = len(counted)
            for row, view in enumerate(views):
                item = self.steps.item(row)
                title = view.title.render(translate)
                state = state_text(view.state)
                number = counted.index(view.id) + 1 if view.id in counted else 0
                item.setText(self.tr("%1. %2").replace("%1", str(number)).replace("%2", title) if number else title)
                item.setIcon(state_icon(view.state))
                item.setData(STEP_ROLE, view.id)
                item.setToolTip(widgets.tooltip_text(state))
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Step %1 of %2: %3. %4")
                    .replace("%1", str(number))
                    .replace("%2", str(total))
                    .replace("%3", title)
                    .replace("%4", state),
                )
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if view.state is StepState.NOT_APPLICABLE:
                    flags = Qt.ItemFlag.NoItemFlags
                item.setFlags(flags)
                if view.id == self._step_id:
                    self.steps.setCurrentItem(item)
        finally:
            self.steps.blockSignals(False)
        # Wrapped rows keep the height of their first text unless the view lays them out again.
        self.steps.doItemsLayout()

    def _on_step_clicked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            step_id = item.data(STEP_ROLE)
            if isinstance(step_id, str):
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
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 2, 4, 8)
        layout.setSpacing(8)
        counted = [v.id for v in views if v.state is not StepState.NOT_APPLICABLE]
        number = counted.index(view.id) + 1 if view.id in counted else 0
        where = self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(len(counted)))
        facts = " · ".join([where, kind_text(view.kind), state_text(view.state)])
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(widgets.icon_label(state_icon(view.state), 16), 0, Qt.AlignmentFlag.AlignVCenter)
        position = widgets.muted(widgets.text_label(facts))
        position.setObjectName("stepPosition")
        row.addWidget(position, 1)
        layout.addLayout(row)
        title = widgets.heading(view.title.render(translate), 1.1)
        title.setObjectName("stepTitle")
        layout.addWidget(title)
        layout.addWidget(paragraph(view.text.render(translate), "stepText"))
        if view.kind is StepKind.ACTION:
            self._action(layout, view)
        elif view.kind is StepKind.VERIFICATION:
            self._verification(layout, view)
        elif view.kind is StepKind.MANUAL:
            self._manual_buttons(layout, view)
        self._note(layout, view)
        self._by_hand(layout, view)
        layout.addStretch(1)
        return content

    # --- kinds -------------------------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Callable[[], object], icon_name: str | None = None) -> QPushButton:
        button = QPushButton(icons.icon(icon_name), text) if icon_name else QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _buttons(self, layout: QVBoxLayout, buttons: list[QPushButton]) -> None:
        if not buttons:
            return
        layout.addWidget(ButtonRow(buttons))  # a row while they fit; long translations go on to a second row

    def _busy_here(self, step_id: str) -> bool:
        job = self.runner.job
        return job is not None and job.run is self._run and job.step_id == step_id

    def _manual_buttons(self, layout: QVBoxLayout, view: StepView) -> None:
        buttons: list[QPushButton] = []
        if view.state is StepState.PENDING:
            buttons.append(self._button("markDoneButton", self.tr("I did this"), lambda: self.mark(StepState.DONE)))
            if view.optional:
                buttons.append(self._button("skipButton", self.tr("Skip this step"), self._skip))
        else:
            buttons.append(self._button("undoButton", self.tr("Mark as not done"), self._undo))
        self._buttons(layout, buttons)

    def _skip(self) -> None:
        self.mark(StepState.SKIPPED)

    def _undo(self) -> None:
        self.mark(StepState.PENDING)

    def _action(self, layout: QVBoxLayout, view: StepView) -> None:
        busy_here = self._busy_here(view.id)
        if view.result is not None and not busy_here:
            layout.addWidget(self._result_box(view.result))
        preview = view.preview if view.id in self._fresh else None
        can_start = not self.runner.busy and self._gateway is not None
        buttons: list[QPushButton] = []
        optional_pending = view.optional and view.state is StepState.PENDING
        if optional_pending:
            # An optional step is offered, not pushed: Skip comes first, and what applying it means is said.
            buttons.append(self._button("skipButton", self.tr("Skip this step"), self._skip))
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
            apply = self._button("applyButton", self.tr("I understand, apply"), self.apply, "fix")
            apply.setEnabled(can_start)
            apply.setAccessibleName(self.tr("I understand, apply: %1").replace("%1", preview.summary.render(translate)))
            buttons.append(apply)
        if not busy_here:
            again = self._button("previewAgainButton", self.tr("Preview again"), self.preview)
            again.setToolTip(self.tr("Read again from Azure what this step would change. Nothing is changed."))
            again.setEnabled(can_start)
            buttons.append(again)
        if preview is not None:
            # The buttons close the preview: the user confirms after reading what will change.
            layout.addWidget(self._preview_box(preview, buttons))
        else:
            if busy_here:
                layout.addWidget(self._inline_activity())
            self._buttons(layout, buttons)
        if self.runner.busy and not busy_here:
            layout.addWidget(widgets.muted(widgets.text_label(self.tr("Another step is running; wait for it to end."))))

    def _preview_box(self, preview: ActionPreview, buttons: list[QPushButton]) -> QWidget:
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
                    "%1", self._where
                )
            )
            where.setObjectName("previewWhere")
            box.addWidget(where)
        if buttons:
            box.addSpacing(4)
            self._buttons(box, buttons)
        return frame

    def _result_box(self, result: ActionResult) -> QWidget:
        return self._sentence_box("actionResult", _RESULT_ICONS[result.outcome], result.message)

    def _sentence_box(self, name: str, icon_name: str, message: Msg | str) -> QWidget:
        frame = QWidget()
        row = QHBoxLayout(frame)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(widgets.icon_label(icons.icon(icon_name), 18), 0, Qt.AlignmentFlag.AlignTop)
        text = message.render(translate) if isinstance(message, Msg) else message
        row.addWidget(paragraph(text, name, bold=True), 1)
        return frame

    def _verification(self, layout: QVBoxLayout, view: StepView) -> None:
        busy_here = self._busy_here(view.id)
        verification = view.verification
        if busy_here:
            layout.addWidget(self._inline_activity())
        elif verification is not None:
            layout.addWidget(self._verification_box(verification))
        caption = self.tr("Check again") if verification is not None else self.tr("Check now")
        button = self._button("verifyButton", caption, self.verify, "scan")
        button.setEnabled(not self.runner.busy and self._gateway is not None)
        if not busy_here:
            self._buttons(layout, [button])

    def _verification_box(self, verification: Verification) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        icon_name = "pass" if verification.passed else "fail"
        column.addWidget(self._sentence_box("verificationMessage", icon_name, verification.message))
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

    def _note(self, layout: QVBoxLayout, view: StepView) -> None:
        note = self._job_notes.get(view.id)
        if note is None:
            return
        kind, detail = note
        if kind == "cancelled":
            text = self.tr("Cancelled: the check did not finish.")
        else:
            text = self.tr("The step stopped because of an unexpected error: %1").replace("%1", detail)
        layout.addWidget(self._sentence_box("stepNote", "warn", text))

    def _by_hand(self, layout: QVBoxLayout, view: StepView) -> None:
        """Commands (this VM's distribution first), portal paths and links."""
        if view.commands:
            heading = self.tr("Commands") if view.kind is StepKind.MANUAL else self.tr("To do it by hand")
            layout.addWidget(self._section(heading))
            preferred = [c for c in view.commands if c.preferred]
            others = [c for c in view.commands if not c.preferred]
            if not preferred:
                preferred, others = list(view.commands), []
            for command in preferred:
                layout.addWidget(CommandBox(command))
            if others:
                toggle = QToolButton()
                toggle.setObjectName("otherCommandsToggle")
                toggle.setText(self.tr("Commands for other distributions"))
                toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                toggle.setArrowType(Qt.ArrowType.RightArrow)
                toggle.setCheckable(True)
                toggle.setAutoRaise(True)
                toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                holder = QWidget()
                holder.setObjectName("otherCommands")
                column = QVBoxLayout(holder)
                column.setContentsMargins(0, 0, 0, 0)
                for command in others:
                    column.addWidget(CommandBox(command))
                holder.setVisible(False)

                def show(shown: bool, holder: QWidget = holder, toggle: QToolButton = toggle) -> None:
                    holder.setVisible(shown)
                    toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

                toggle.toggled.connect(show)
                layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
                layout.addWidget(holder)
        if view.portal:
            layout.addWidget(self._section(self.tr("In the Azure portal")))
            for path in view.portal:
                layout.addWidget(paragraph(path.render(translate), "portalPath"))
        if view.links:
            layout.addWidget(self._section(self.tr("Learn more")))
            for url, caption in view.links:
                link = QLabel(f'<a href="{html.escape(url, quote=True)}">{html.escape(caption.render(translate))}</a>')
                link.setObjectName("stepLink")
                link.setTextFormat(Qt.TextFormat.RichText)
                link.setOpenExternalLinks(True)
                link.setWordWrap(True)
                link.setToolTip(widgets.tooltip_text(url))
                link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                layout.addWidget(link)

    def _section(self, text: str) -> QLabel:
        label = widgets.heading(text)
        label.setContentsMargins(0, 6, 0, 0)
        return label

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

    def _inline_activity(self) -> QLabel:
        label = widgets.muted(widgets.text_label(self._activity_text()))
        label.setObjectName("stepActivity")
        return label

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
