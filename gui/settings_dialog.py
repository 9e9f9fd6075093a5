"""Settings: language, scanning when a tenant opens, forgetting the window layout, and how to reach Azure
(cloud, proxy, CA bundle: gui/connection_settings.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QPushButton, QWidget

from gui.account_settings import AccountSettings
from gui.connection_settings import ConnectionSettings
from gui.i18n import LANGUAGES, NATIVE_NAMES
from gui.settings import AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.layout_reset = False

        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.scan_on_open = QCheckBox(self.tr("Scan everything as soon as a tenant opens"))
        self.scan_on_open.setChecked(settings.scan_on_open)
        self.reset_layout = QPushButton(self.tr("Reset window layout"))
        self.reset_layout.setToolTip(self.tr("Forget the saved window size and pane sizes"))
        self.reset_layout.clicked.connect(self._reset_layout)

        self.connection = ConnectionSettings(AccountSettings())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        # Qt 6 ships no pt-PT text for its standard buttons: name them here.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.scan_on_open)
        form.addRow("", self.reset_layout)
        self.connection.add_rows(form)
        form.addRow(buttons)
        self.setMinimumWidth(380)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        self._settings.scan_on_open = self.scan_on_open.isChecked()
        self.connection.save()
        super().accept()

    def _reset_layout(self) -> None:
        self.layout_reset = True
        self.reset_layout.setEnabled(False)
