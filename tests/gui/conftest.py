"""GUI test fixtures: the language manager and windows on the demo simulator (Qt setup: tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from window_helpers import WindowFactory, open_and_scan

from core.session import demo_session
from gui.i18n import LanguageManager
from gui.main_window import MainWindow
from gui.settings import AppSettings
from gui.triage_panel import Matcher


@pytest.fixture
def languages(app: QApplication, tmp_path: Path) -> Iterator[LanguageManager]:
    manager = LanguageManager(directory=tmp_path / "translations")
    manager.set_language("en")
    yield manager
    manager.set_language("en")  # translators are process-wide: leave none behind


@pytest.fixture
def make_window(qtbot: Any, settings: AppSettings, languages: LanguageManager) -> WindowFactory:
    def make(*, matcher: Matcher | None = None, app_settings: AppSettings | None = None) -> MainWindow:
        window = MainWindow(app_settings or settings, languages, matcher=matcher)
        qtbot.addWidget(window)  # closed (and its session closed) at the end of the test
        window.show()
        return window

    return make


@pytest.fixture
def demo_window(qtbot: Any, make_window: WindowFactory) -> MainWindow:
    """A window on the demo tenant, its first scan finished."""
    return open_and_scan(qtbot, make_window(), demo_session())
