"""What the window shows with no tenant open: sign in to Azure, or open the demo or a tenant file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gui import icons, widgets


class WelcomePage(QWidget):
    demo_requested = Signal()
    tenant_file_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.heading = widgets.heading("", 1.4)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = widgets.text_label("")
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.status = widgets.muted(widgets.text_label(""))
        self.status.setObjectName("welcomeStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.sign_in_button = QPushButton(icons.icon("sign-in"), "")
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.demo_button = QPushButton(icons.icon("demo"), "")
        self.demo_button.setObjectName("openDemo")
        self.demo_button.setAutoDefault(True)
        self.demo_button.clicked.connect(self.demo_requested)
        self.file_button = QPushButton("")
        self.file_button.setObjectName("openTenantFile")
        self.file_button.clicked.connect(self.tenant_file_requested)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addStretch(2)
        self.icon = widgets.icon_label(icons.icon("sign-in"), 56)
        column.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addStretch(3)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.retranslate()

    def set_busy(self, message: str) -> None:
        """While a tenant opens, show only what is happening (the sign-in notice is not the point then)."""
        self.status.setText(message)
        for widget in (self.icon, self.heading, self.text, self.sign_in_button, self.demo_button, self.file_button):
            widget.setVisible(not message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sign in to check your virtual machines"))
        self.text.setText(
            self.tr(
                "Sign in with your work account to scan the subscriptions you can reach. Or explore the demo "
                "tenant: simulated subscriptions with VMs that show the common backup problems, where nothing in "
                "Azure is read or changed."
            )
        )
        self.sign_in_button.setText(self.tr("Sign in to Azure…"))
        self.demo_button.setText(self.tr("Open the demo tenant"))
        self.file_button.setText(self.tr("Open a tenant file…"))
