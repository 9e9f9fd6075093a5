"""GUI test fixtures: offscreen Qt, settings in a temporary folder, windows on the demo simulator."""

# ruff: noqa: E402  (the platform must be chosen before Qt is imported)

from __future__ import annotations

import os
from pathlib import Path

# Before any QApplication exists (pytest-qt creates the one session-wide instance lazily). The screen
# is a common helpdesk laptop's, 1366 x 768, instead of the offscreen default of 800 x 800.
_SCREEN = Path(__file__).with_name("offscreen-screen.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from window_helpers import WindowFactory, open_and_scan

from core.session import demo_session
from gui.i18n import LanguageManager
from gui.main_window import MainWindow
from gui.settings import AppSettings
from gui.triage_panel import Matcher


@pytest.fixture(scope="session", autouse=True)
def settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Any QSettings() the code makes lands in a temporary folder, never in the user's profile."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, str(folder))
    return folder


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    from gui.app import application

    return application()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_file: Path) -> AppSettings:
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


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
