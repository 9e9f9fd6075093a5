"""The Sign in dialog: browser (default), device code with Copy and Open, Azure CLI reuse, and the Windows
broker when `azure-identity-broker` is installed. Sign-in runs on a Python thread; the dialog stays
responsive, Cancel closes it at once and the attempt's result is dropped (the browser flow ends by itself at
its timeout). Messages are the core's plain sentences, translated."""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.azure.identity import Identity
from core.azure.signin import DeviceCode, Method, SignIn, SignInError, describe_failure
from gui import widgets
from gui.i18n import translate


class _Relay(QObject):
    device_code = Signal(object)
    finished = Signal(object, object)  # attempt id, Identity | SignInError


class SignInDialog(QDialog):
    signed_in = Signal(object)  # Identity

    def __init__(self, sign_in: SignIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.sign_in = sign_in
        self.identity: Identity | None = None
        self._attempt = 0
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.device_code.connect(self._show_code, queued)
        self._relay.finished.connect(self._finished, queued)

        self.heading = widgets.heading("", 1.2)
        self.intro = widgets.text_label("")
        self.methods = QButtonGroup(self)
        self.method_buttons: dict[Method, QRadioButton] = {}
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        for method in sign_in.methods():
            button = QRadioButton()
            button.setObjectName(f"method-{method.value}")
            self.methods.addButton(button)
            self.method_buttons[method] = button
            column.addWidget(button)
        self.method_buttons[Method.BROWSER].setChecked(True)

        self.code_panel = QWidget()
        self.code_panel.setObjectName("deviceCodePanel")
        code_column = QVBoxLayout(self.code_panel)
        code_column.setContentsMargins(0, 0, 0, 0)
        self.code_help = widgets.text_label("")
        self.code = QLabel()
        self.code.setObjectName("deviceCode")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.code.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.code.setFont(font)
        self.uri = QLabel()
        self.uri.setObjectName("deviceCodeUri")
        self.uri.setTextFormat(Qt.TextFormat.PlainText)
        self.uri.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyDeviceCode")
        self.copy_button.clicked.connect(self._copy)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openDeviceCodePage")
        self.open_button.clicked.connect(self._open_page)
        code_buttons = QHBoxLayout()
        code_buttons.addWidget(self.copy_button)
        code_buttons.addWidget(self.open_button)
        code_buttons.addStretch(1)
        code_column.addWidget(self.code_help)
        code_column.addWidget(self.code)
        code_column.addWidget(self.uri)
        code_column.addLayout(code_buttons)
        self.code_panel.setVisible(False)
        column.addWidget(self.code_panel)

        self.status = widgets.text_label("")
        self.status.setObjectName("signInStatus")
        column.addWidget(self.status)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("startSignIn")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelSignIn")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.cancel_button)
        column.addLayout(buttons)
        self.setMinimumWidth(460)
        self._device: DeviceCode | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to Azure"))
        self.heading.setText(self.tr("Sign in to Azure"))
        self.intro.setText(
            self.tr(
                "Sign in with your work account. Backup Doctor reads what your roles allow and asks before it "
                "changes anything."
            )
        )
        labels = {
            Method.BROWSER: self.tr("In the web browser (recommended)"),
            Method.DEVICE_CODE: self.tr("With a code, on this or another device"),
            Method.AZURE_CLI: self.tr("Reuse the Azure CLI sign-in"),
            Method.BROKER: self.tr("With the Windows account (Web Account Manager)"),
        }
        for method, button in self.method_buttons.items():
            button.setText(labels[method])
        self.code_help.setText(self.tr("Open the page below, enter this code and sign in there:"))
        self.copy_button.setText(self.tr("Copy code"))
        self.open_button.setText(self.tr("Open page"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.cancel_button.setText(self.tr("Cancel"))

    def chosen(self) -> Method:
        return next((m for m, b in self.method_buttons.items() if b.isChecked()), Method.BROWSER)

    def choose(self, method: Method) -> None:
        self.method_buttons[method].setChecked(True)

    def start(self) -> None:
        """Begin signing in with the chosen method, on a thread."""
        self._attempt += 1
        attempt, method = self._attempt, self.chosen()
        self.sign_in_button.setEnabled(False)
        for button in self.method_buttons.values():
            button.setEnabled(False)
        waiting = {
            Method.BROWSER: self.tr("Finish signing in in the browser window that opened…"),
            Method.DEVICE_CODE: self.tr("Asking for a code…"),
            Method.AZURE_CLI: self.tr("Reading the Azure CLI sign-in…"),
            Method.BROKER: self.tr("Waiting for Windows…"),
        }
        self.status.setText(waiting[method])
        relay = self._relay

        def show_code(prompt: DeviceCode) -> None:
            with contextlib.suppress(RuntimeError):  # the dialog (and its relay) closed meanwhile
                relay.device_code.emit(prompt)

        def run() -> None:
            result: Any
            try:
                result = self.sign_in.sign_in(method, device_code=show_code)
            except Exception as error:  # shown as a sentence, never a traceback
                result = describe_failure(error)
            # A browser sign-in can end minutes after the dialog was closed and deleted: nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                relay.finished.emit(attempt, result)

        threading.Thread(target=run, name="sign-in", daemon=True).start()

    def _show_code(self, prompt: DeviceCode) -> None:
        self._device = prompt
        self.code.setText(prompt.code)
        self.uri.setText(prompt.uri)
        self.code_panel.setVisible(True)
        self.status.setText(self.tr("Waiting for you to sign in on the page…"))

    def _copy(self) -> None:
        if self._device is not None:
            QGuiApplication.clipboard().setText(self._device.code)

    def _open_page(self) -> None:
        if self._device is not None:
            QDesktopServices.openUrl(QUrl(self._device.uri))

    def _finished(self, attempt: int, result: object) -> None:
        if attempt != self._attempt or not self.isVisible():
            return  # a cancelled attempt finishing late
        if isinstance(result, SignInError):
            self.status.setText(result.message.render(translate))
            self.sign_in_button.setEnabled(True)
            for button in self.method_buttons.values():
                button.setEnabled(True)
            self.code_panel.setVisible(False)
            return
        assert isinstance(result, Identity)
        self.identity = result
        self.signed_in.emit(result)
        self.accept()

    def reject(self) -> None:
        self._attempt += 1  # whatever is still running is dropped when it ends
        super().reject()
