"""Portable mode: a `portable` file next to the packaged executable keeps the settings next to it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui.portable import PORTABLE_MARKER, use_portable_settings
from gui.settings import AppSettings


@pytest.fixture
def frozen_at(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "BackupDoctor"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "BackupDoctor.exe"))
    return folder


def test_with_the_marker_the_settings_are_written_next_to_the_executable(
    app: QApplication, frozen_at: Path, settings_in_tmp: Path
) -> None:
    (frozen_at / PORTABLE_MARKER).write_text("", encoding="utf-8")
    try:
        assert use_portable_settings() == frozen_at.resolve()
        settings = AppSettings()
        settings.language = "pt-PT"
        settings.sync()
        ini = frozen_at / "BackupDoctor" / "Backup Doctor.ini"
        assert ini.is_file()
        assert "language=pt-PT" in ini.read_text(encoding="utf-8")
        assert AppSettings().language == "pt-PT"
    finally:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_in_tmp))


def test_without_the_marker_nothing_is_written_next_to_the_executable(app: QApplication, frozen_at: Path) -> None:
    assert use_portable_settings() is None
    AppSettings().language = "pt-PT"
    assert list(frozen_at.iterdir()) == []


def test_from_source_the_marker_is_not_looked_for(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert use_portable_settings() is None
