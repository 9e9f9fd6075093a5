"""What every step of a fix wizard shows, and what a step's renderer is given.

The wizard panel (gui/wizard_panel.py) keeps the navigation and the state of a run; the step being looked at
is drawn by the renderer of its kind (gui/wizard_step_kinds.py) from a `StepScene`: the step's view, where it
stands, the preview read for it, whether a job runs. `StepRenderer.render` draws what all kinds share (the
position line, the title and text, a note about the last job, the commands, portal paths and links to do it
by hand) around the kind's own part (`body`). A renderer starts nothing itself: its buttons call the panel's
`StepCommands`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from core.i18n import Msg
from core.wizards import ActionPreview, StepKind, StepState, StepView
from core.wizards.model import RenderedCommand
from gui import icons, widgets
from gui.i18n import translate
from gui.wizard_widgets import ButtonRow, CommandBox, kind_text, paragraph, state_icon, state_text


@dataclass(frozen=True)
class StepCommands:
    """What a step's buttons ask the panel to do (the panel starts the jobs and moves on)."""

    mark: Callable[[StepState], object]
    preview: Callable[[], object]
    apply: Callable[[], object]
    verify: Callable[[], object]


@dataclass(frozen=True)
class StepScene:
    """One step as the panel sees it now."""

    view: StepView
    # Its number among the steps that apply (0 for a step not for this VM), and how many apply.
    number: int
    total: int
    # Where changes go: the target's name ("Demo tenant").
    where: str
    # The preview read since the run was shown and not yet used by a run (None: none to show).
    preview: ActionPreview | None
    # A step (of this or another wizard) is running; `busy_here`: this very step.
    busy: bool
    busy_here: bool
    # A job may start now (nothing runs and the panel has a gateway).
    can_start: bool
    # What the running job is doing, in a sentence.
    activity: str
    # What went wrong with the step's last job that core has no sentence for: ("cancelled" | "error", detail).
    note: tuple[str, str] | None


class StepRenderer(QObject):
    """Draws one kind of step; the base draws an explanation (nothing of its own but the shared parts)."""

    def render(self, scene: StepScene, commands: StepCommands) -> QWidget:
        view = scene.view
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 2, 4, 8)
        layout.setSpacing(8)
        where = self.tr("Step %1 of %2").replace("%1", str(scene.number)).replace("%2", str(scene.total))
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
        self.body(layout, scene, commands)
        self._note(layout, scene)
        self._by_hand(layout, view)
        layout.addStretch(1)
        return content

    def body(self, layout: QVBoxLayout, scene: StepScene, commands: StepCommands) -> None:
        """The kind's own part, under the step's text."""

    # --- parts the kinds share -------------------------------------------------------------------------

    @staticmethod
    def button(name: str, text: str, slot: Callable[[], object], icon_name: str | None = None) -> QPushButton:
        button = QPushButton(icons.icon(icon_name), text) if icon_name else QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def buttons(layout: QVBoxLayout, buttons: list[QPushButton]) -> None:
        if not buttons:
            return
        layout.addWidget(ButtonRow(buttons))  # a row while they fit; long translations go on to a second row

    @staticmethod
    def sentence_box(name: str, icon_name: str, message: Msg | str) -> QWidget:
        frame = QWidget()
        row = QHBoxLayout(frame)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(widgets.icon_label(icons.icon(icon_name), 18), 0, Qt.AlignmentFlag.AlignTop)
        text = message.render(translate) if isinstance(message, Msg) else message
        row.addWidget(paragraph(text, name, bold=True), 1)
        return frame

    @staticmethod
    def inline_activity(scene: StepScene) -> QLabel:
        label = widgets.muted(widgets.text_label(scene.activity))
        label.setObjectName("stepActivity")
        return label

    def _note(self, layout: QVBoxLayout, scene: StepScene) -> None:
        if scene.note is None:
            return
        kind, detail = scene.note
        if kind == "cancelled":
            text = self.tr("Cancelled: the check did not finish.")
        else:
            text = self.tr("The step stopped because of an unexpected error: %1").replace("%1", detail)
        layout.addWidget(self.sentence_box("stepNote", "warn", text))

    def _by_hand(self, layout: QVBoxLayout, view: StepView) -> None:
        """Commands (this VM's distribution first), portal paths and links."""
        if view.commands:
            heading = self.tr("Commands") if view.kind is StepKind.MANUAL else self.tr("To do it by hand")
            layout.addWidget(_section(heading))
            preferred = [c for c in view.commands if c.preferred]
            others = [c for c in view.commands if not c.preferred]
            if not preferred:
                preferred, others = list(view.commands), []
            for command in preferred:
                layout.addWidget(CommandBox(command))
            if others:
                self._other_commands(layout, others)
        if view.portal:
            layout.addWidget(_section(self.tr("In the Azure portal")))
            for path in view.portal:
                layout.addWidget(paragraph(path.render(translate), "portalPath"))
        if view.links:
            layout.addWidget(_section(self.tr("Learn more")))
            for url, caption in view.links:
                link = QLabel(f'<a href="{html.escape(url, quote=True)}">{html.escape(caption.render(translate))}</a>')
                link.setObjectName("stepLink")
                link.setTextFormat(Qt.TextFormat.RichText)
                link.setOpenExternalLinks(True)
                link.setWordWrap(True)
                link.setToolTip(widgets.tooltip_text(url))
                link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                layout.addWidget(link)

    def _other_commands(self, layout: QVBoxLayout, others: list[RenderedCommand]) -> None:
        """The commands for other distributions, folded under a toggle."""
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


def _section(text: str) -> QLabel:
    label = widgets.heading(text)
    label.setContentsMargins(0, 6, 0, 0)
    return label


__all__ = ["StepCommands", "StepRenderer", "StepScene"]
