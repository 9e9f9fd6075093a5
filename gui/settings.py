"""What the window remembers between runs, in QSettings ("BackupDoctor" / "Backup Doctor").

The application sets its organization and application names, so `QSettings()` uses the platform's
default place and format; tests redirect it with QSettings.setDefaultFormat / setPath.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "BackupDoctor"
APPLICATION = "Backup Doctor"

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_SELECTION = "tree/selection"
_LANGUAGE = "language"
_SCAN_ON_OPEN = "scan/onOpen"


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def sync(self) -> None:
        self._settings.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue(_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes(_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue(_STATE, value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes(_SPLITTER)

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._settings.setValue(_SPLITTER, value)

    @property
    def last_selection(self) -> str | None:
        value = self._settings.value(_SELECTION)
        return str(value) if value else None

    @last_selection.setter
    def last_selection(self, key: str | None) -> None:
        if key:
            self._settings.setValue(_SELECTION, key)
        else:
            self._settings.remove(_SELECTION)

    @property
    def language(self) -> str | None:
        value = self._settings.value(_LANGUAGE)
        return str(value) if value else None

    @language.setter
    def language(self, language: str) -> None:
        self._settings.setValue(_LANGUAGE, language)

    @property
    def scan_on_open(self) -> bool:
        value = self._settings.value(_SCAN_ON_OPEN, True)
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")

    @scan_on_open.setter
    def scan_on_open(self, enabled: bool) -> None:
        self._settings.setValue(_SCAN_ON_OPEN, enabled)

    def forget_layout(self) -> None:
        for key in (_GEOMETRY, _STATE, _SPLITTER):
            self._settings.remove(key)
