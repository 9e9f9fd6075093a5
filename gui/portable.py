"""Portable mode: with a file named `portable` next to the executable, settings live next to it too.

For a copy of the onedir (or one-file) build on a USB stick or a shared folder: QSettings() then uses
INI files under the executable's folder (`BackupDoctor/Backup Doctor.ini`) instead of the registry
(Windows) or the user's configuration folder. Only a frozen build looks for the marker; from source
the executable is Python's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings

PORTABLE_MARKER = "portable"


def portable_folder() -> Path | None:
    """The executable's folder when it holds the marker file, else None."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    return folder if (folder / PORTABLE_MARKER).is_file() else None


def use_portable_settings() -> Path | None:
    """Send every QSettings() to INI files next to the executable when in portable mode; returns the folder."""
    folder = portable_folder()
    if folder is not None:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder
