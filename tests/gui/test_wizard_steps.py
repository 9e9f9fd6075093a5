"""The renderers of a wizard's steps, one per kind: what each offers the user, drawn from a step's scene."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from wizard_helpers import audit_in, next_step, open_wizard

from core.wizards import StepKind, StepState
from gui.main_window import MainWindow
from gui.wizard_step_base import StepCommands, StepScene
from gui.wizard_step_kinds import ActionStep, ManualStep, VerificationStep, renderers

ERP = "vm-erp-app03"


@pytest.fixture
def window(demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    audit_in(tmp_path, monkeypatch)
    return demo_window


def _buttons(content: QWidget) -> dict[str, QPushButton]:
    return {b.objectName(): b for b in content.findChildren(QPushButton)}


def test_every_kind_of_step_has_its_renderer(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    kinds = renderers(parent)
    assert set(kinds) == set(StepKind)
    assert isinstance(kinds[StepKind.MANUAL], ManualStep)
    assert isinstance(kinds[StepKind.ACTION], ActionStep)
    assert isinstance(kinds[StepKind.VERIFICATION], VerificationStep)


def test_each_kind_offers_its_own_buttons_and_apply_only_inside_a_preview(qtbot: Any, window: MainWindow) -> None:
    panel = open_wizard(qtbot, window, ERP)
    next_step(qtbot, window)  # the panel reads the first action's preview (through its runner)
    run = panel.run
    assert run is not None
    read = panel.current_view()
    assert read is not None and read.kind is StepKind.ACTION
    fresh = read.preview
    assert fresh is not None and fresh.ready
    asked: list[str] = []
    commands = StepCommands(
        mark=lambda state: asked.append(f"mark {state.value}"),
        preview=lambda: asked.append("preview"),
        apply=lambda: asked.append("apply"),
        verify=lambda: asked.append("verify"),
    )
    kinds = renderers(panel)
    views = [v for v in run.views() if v.state is not StepState.NOT_APPLICABLE]
    seen: set[StepKind] = set()
    for number, view in enumerate(views, 1):
        scene = StepScene(
            view=view,
            number=number,
            total=len(views),
            where="Demo tenant",
            preview=None,
            busy=False,
            busy_here=False,
            can_start=True,
            activity="",
            note=None,
        )
        content = kinds[view.kind].render(scene, commands)
        qtbot.addWidget(content)
        buttons = _buttons(content)
        seen.add(view.kind)
        if view.kind is StepKind.ACTION and view.id == read.id:
            # No preview read: only "Preview again"; Apply never shows without the preview on screen.
            assert "applyButton" not in buttons
            buttons["previewAgainButton"].click()
            assert asked[-1] == "preview"
            shown = kinds[view.kind].render(dataclasses.replace(scene, preview=fresh), commands)
            qtbot.addWidget(shown)
            box = shown.findChild(QWidget, "previewBox")
            assert box is not None
            apply = _buttons(box)["applyButton"]
            assert apply.isEnabled()
            apply.click()
            assert asked[-1] == "apply"
            elsewhere = dataclasses.replace(scene, preview=fresh, busy=True, can_start=False)
            busy = kinds[view.kind].render(elsewhere, commands)
            qtbot.addWidget(busy)
            assert not _buttons(busy)["applyButton"].isEnabled()  # another step runs: nothing starts
        elif view.kind is StepKind.ACTION:
            assert "applyButton" not in buttons
        elif view.kind is StepKind.VERIFICATION:
            buttons["verifyButton"].click()
            assert asked[-1] == "verify"
        elif view.kind is StepKind.MANUAL and view.state is StepState.PENDING:
            buttons["markDoneButton"].click()
            assert asked[-1] == "mark done"
        elif view.kind is StepKind.EXPLANATION:
            assert not buttons  # an explanation is read, nothing to press
    assert {StepKind.ACTION, StepKind.VERIFICATION} <= seen
