"""i18n test fixtures: offscreen Qt on a helpdesk laptop's screen, settings in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

# The same 1366 x 768 screen as tests/gui (whichever conftest runs first sets it; both agree).
if "configfile=" not in os.environ.get("QT_QPA_PLATFORM", ""):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}"

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.i18n import Translate
from gui.i18n import LanguageManager
from gui.settings import AppSettings


@pytest.fixture(scope="session", autouse=True)
def settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Any QSettings() the code makes lands in a temporary folder, never in the user's profile."""
    folder = tmp_path_factory.mktemp("qsettings-i18n")
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
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def languages(app: QApplication) -> Iterator[LanguageManager]:
    """The language manager on the real translations/ folder (compiling the .qm files if needed)."""
    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")  # translators are process-wide: leave none behind


@pytest.fixture(scope="session")
def pt() -> Translate:
    """The Qt-free pt-PT translator that the CLI and the report use."""
    from core.catalog_translator import translator_for

    return translator_for("pt-PT")
