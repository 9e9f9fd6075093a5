"""The window's Azure account: the Sign in dialog, the tenant and subscription picker, silent sign-in at start,
sign-out, and the account chip for the status bar. It gets the window's moves it needs (open a session, close
it, show a notice) rather than the window; the window places its actions in the File menu and its chip in the
status bar (`MainWindow.sign_in_with`).

Nothing here stores a token: QSettings gets the cloud, the proxy, the CA bundle and, per account object id, the
tenant and subscriptions picked (gui/account_settings.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from core.azure.identity import Identity
from core.azure.signin import SignIn
from core.azure.target import Target
from core.session import Session, signed_in_session
from core.simulator import SimulatorServer
from gui import icons
from gui.account_settings import AccountSettings
from gui.i18n import translate
from gui.sign_in_dialog import SignInDialog
from gui.subscription_picker import SubscriptionPicker
from gui.tasks import start_task


def azure_target(remembered: AccountSettings) -> Target:
    """The cloud chosen in Settings, with its proxy and CA bundle for sign-in and ARM alike."""
    target = Target.azure(remembered.cloud)
    return dataclasses.replace(target, proxy=remembered.proxy or None, ca_file=remembered.ca_bundle or None)


class AzureAccount(QObject):
    changed = Signal()

    def __init__(
        self,
        target: Target,
        *,
        open_session: Callable[[Callable[[], Session], str], object],
        close_session: Callable[[], object],
        show_notice: Callable[[str], object],
        parent: QWidget,
        server: SimulatorServer | None = None,
        remembered: AccountSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._open_session = open_session
        self._close_session = close_session
        self._show_notice = show_notice
        self.server = server
        self.remembered = remembered or AccountSettings()
        self.sign_in = SignIn(target)
        self.dialog: SignInDialog | None = None
        self.picker: SubscriptionPicker | None = None
        self._notices_shown: set[str] = set()

        self.sign_in_action = QAction(icons.icon("sign-in"), "", parent)
        self.sign_in_action.setObjectName("signInAzure")
        self.sign_in_action.triggered.connect(self.show_sign_in)
        self.pick_action = QAction(icons.icon("subscription"), "", parent)
        self.pick_action.setObjectName("chooseSubscriptions")
        self.pick_action.triggered.connect(self.show_picker)
        self.sign_out_action = QAction("", parent)
        self.sign_out_action.setObjectName("signOut")
        self.sign_out_action.triggered.connect(self.sign_out)

        self.chip = QToolButton()
        self.chip.setObjectName("accountChip")
        self.chip.setAutoRaise(True)
        self.chip.setToolButtonStyle(self.chip.toolButtonStyle().ToolButtonTextBesideIcon)
        self.chip.setIcon(icons.icon("sign-in"))
        self.chip_menu = QMenu(self.chip)
        self.chip_menu.addActions([self.sign_in_action, self.pick_action, self.sign_out_action])
        self.chip.setMenu(self.chip_menu)
        self.chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        parent.installEventFilter(self)
        if server is not None:
            parent.destroyed.connect(lambda *_: server.stop())
        self.retranslate()

    def menu_actions(self) -> list[QAction]:
        """The File menu's entries (the chip, for the status bar, offers the same)."""
        return [self.sign_in_action, self.pick_action, self.sign_out_action]

    # --- texts -----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._parent and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.sign_in_action.setText(self.tr("Sign in to Azure…"))
        self.pick_action.setText(self.tr("Choose tenant and subscriptions…"))
        self.sign_out_action.setText(self.tr("Sign out"))
        identity = self.sign_in.identity
        if identity is None:
            self.chip.setText(self.tr("Not signed in"))
            self.chip.setToolTip(self.tr("Sign in to Azure"))
        else:
            self.chip.setText(identity.username)
            self.chip.setToolTip(
                self.tr("Signed in as %1 in the directory %2")
                .replace("%1", identity.username)
                .replace("%2", identity.tenant_id)
            )
        signed_in = identity is not None
        self.pick_action.setEnabled(signed_in)
        self.sign_out_action.setEnabled(signed_in)

    # --- flows -----------------------------------------------------------------------------------------

    def restore(self) -> None:
        """At start: sign in silently from the remembered account, then open its remembered subscriptions."""

        def silent() -> Identity | None:
            return self.sign_in.restore()

        start_task(
            lambda _report: silent(),
            name="silent-sign-in",
            on_done=self._restored,
            on_error=lambda _error, _details: None,  # silent: the user signs in with the dialog instead
            context=self,
        )

    def _restored(self, identity: Identity | None) -> None:
        self._show_notices()
        if identity is None:
            return
        self.retranslate()
        tenant = self.remembered.tenant(identity.object_id) or identity.tenant_id
        subscriptions = self.remembered.subscriptions(identity.object_id, tenant)
        if subscriptions:
            self.open(tenant, subscriptions)
        else:
            self.show_picker()

    def show_sign_in(self) -> None:
        if self.sign_in.identity is None and self.server is None and self.sign_in.target.cloud is not None:
            self.sign_in = SignIn(azure_target(self.remembered))  # Settings may have changed cloud or proxy
        self.dialog = SignInDialog(self.sign_in, self._parent)
        self.dialog.signed_in.connect(self._signed_in)
        self.dialog.open()

    def _signed_in(self, identity: Identity) -> None:
        self.retranslate()
        self._show_notices()
        self.changed.emit()
        self.show_picker()

    def show_picker(self) -> None:
        if self.sign_in.identity is None:
            self.show_sign_in()
            return
        self.picker = SubscriptionPicker(self.sign_in, self.remembered, self._parent)
        self.picker.chosen.connect(self.open)
        self.picker.open()
        self.picker.load()

    def open(self, tenant_id: str, subscriptions: list[str]) -> None:
        sign_in = self.sign_in

        def factory() -> Session:
            return signed_in_session(sign_in, tenant_id, subscriptions=subscriptions)

        self._open_session(factory, self.tr("Opening your subscriptions…"))
        self.retranslate()

    def sign_out(self) -> None:
        self.sign_in.sign_out()
        self._close_session()
        self.retranslate()
        self.changed.emit()

    def _show_notices(self) -> None:
        for notice in self.sign_in.notices:
            if notice.source not in self._notices_shown:
                self._notices_shown.add(notice.source)
                self._show_notice(notice.render(translate))
