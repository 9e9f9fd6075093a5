"""Settings rows for reaching Azure: the cloud (public, US Government, China: core/azure/target.py), an HTTPS
proxy (empty: HTTPS_PROXY from the environment) and a CA bundle for TLS-inspecting proxies. They apply to
sign-in and ARM alike, from the next sign-in."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

from core.azure.target import CLOUDS
from gui.account_settings import AccountSettings


class ConnectionSettings(QObject):
    def __init__(self, remembered: AccountSettings) -> None:
        super().__init__()
        self.remembered = remembered
        self.cloud = QComboBox()
        self.cloud.setObjectName("settingsCloud")
        names = {
            "AzureCloud": self.tr("Azure (public)"),
            "AzureUSGovernment": self.tr("Azure US Government"),
            "AzureChinaCloud": self.tr("Azure China (21Vianet)"),
        }
        for name in CLOUDS:
            self.cloud.addItem(names.get(name, name), name)
        self.cloud.setCurrentIndex(max(0, self.cloud.findData(remembered.cloud)))
        self.proxy = QLineEdit(remembered.proxy)
        self.proxy.setObjectName("settingsProxy")
        self.proxy.setPlaceholderText(self.tr("From the system (HTTPS_PROXY)"))
        self.ca_bundle = QLineEdit(remembered.ca_bundle)
        self.ca_bundle.setObjectName("settingsCaBundle")
        self.ca_bundle.setPlaceholderText(self.tr("The system's certificates"))

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Azure cloud:"), self.cloud)
        form.addRow(self.tr("Proxy:"), self.proxy)
        form.addRow(self.tr("CA bundle (PEM):"), self.ca_bundle)

    def save(self) -> None:
        self.remembered.cloud = str(self.cloud.currentData())
        self.remembered.proxy = self.proxy.text()
        self.remembered.ca_bundle = self.ca_bundle.text()
