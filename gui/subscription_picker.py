"""Pick a tenant (directory) and the subscriptions in it: search, multi-select, remembered per account.

Tenants and subscriptions are read off the UI thread through the signed-in account; switching the tenant
re-authenticates for it (silently when the refresh token reaches it, in the browser when the directory asks).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.azure.errors import AzureProblemError
from core.azure.signin import SignIn
from core.session import signed_in_session
from gui import widgets
from gui.account_settings import AccountSettings
from gui.i18n import translate
from gui.tasks import start_task

Json = dict[str, Any]
Reader = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception, str], None]], None]


class SubscriptionPicker(QDialog):
    chosen = Signal(str, list)  # tenant id, subscription ids

    def __init__(self, sign_in: SignIn, remembered: AccountSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subscriptionPicker")
        self.sign_in = sign_in
        self.remembered = remembered
        self.tenant = QComboBox()
        self.tenant.setObjectName("tenantChoice")
        self.tenant.currentIndexChanged.connect(self._tenant_changed)
        self.search = QLineEdit()
        self.search.setObjectName("subscriptionSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("subscriptionList")
        self.list.itemChanged.connect(lambda _item: self._update_ok())
        self.status = widgets.text_label("")
        self.status.setObjectName("pickerStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.tenant_label = QLabel()
        form.addRow(self.tenant_label, self.tenant)
        self.intro = widgets.text_label("")
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        column.addWidget(self.status)
        column.addWidget(self.buttons)
        self.setMinimumSize(520, 420)
        self._subscriptions: list[Json] = []
        self.retranslate()
        self._update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose subscriptions"))
        self.tenant_label.setText(self.tr("Directory (tenant):"))
        self.intro.setText(
            self.tr("Tick the subscriptions to check. Backup Doctor remembers the choice for this account.")
        )
        self.search.setPlaceholderText(self.tr("Search by name or id"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Scan these"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    # --- loading ---------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the tenants the account reaches (off the UI thread)."""
        identity = self.sign_in.identity
        assert identity is not None
        home = identity.tenant_id
        self.status.setText(self.tr("Reading your directories…"))

        def read() -> list[Json]:
            with signed_in_session(self.sign_in, home) as session:
                return session.gateway.list_tenants()

        start_task(
            lambda _report: read(),
            name="read-tenants",
            on_done=self._tenants_read,
            on_error=self._failed,
            context=self,
        )

    def _tenants_read(self, tenants: list[Json]) -> None:
        identity = self.sign_in.identity
        assert identity is not None
        wanted = self.remembered.tenant(identity.object_id) or identity.tenant_id
        self.tenant.blockSignals(True)
        self.tenant.clear()
        for tenant in tenants:
            tid = str(tenant.get("tenantId", ""))
            name = str(tenant.get("displayName") or tid)
            domain = str(tenant.get("defaultDomain") or "")
            self.tenant.addItem(f"{name} ({domain})" if domain else name, tid)
        self.tenant.blockSignals(False)
        index = self.tenant.findData(wanted)
        self.tenant.setCurrentIndex(max(0, index))
        self._tenant_changed()

    def _tenant_changed(self, *_: object) -> None:
        tenant_id = self.current_tenant()
        if not tenant_id:
            return
        self.list.clear()
        self.status.setText(self.tr("Reading the subscriptions…"))
        self._update_ok()

        def read() -> tuple[str, list[Json]]:
            with signed_in_session(self.sign_in, tenant_id) as session:
                return tenant_id, session.gateway.list_subscriptions()

        start_task(
            lambda _report: read(),
            name="read-subscriptions",
            on_done=self._subscriptions_read,
            on_error=self._failed,
            context=self,
        )

    def _subscriptions_read(self, answer: tuple[str, list[Json]]) -> None:
        tenant_id, subscriptions = answer
        if tenant_id != self.current_tenant():
            return
        identity = self.sign_in.identity
        assert identity is not None
        picked = {s.lower() for s in self.remembered.subscriptions(identity.object_id, tenant_id)}
        self._subscriptions = subscriptions
        self.list.blockSignals(True)
        self.list.clear()
        for sub in sorted(subscriptions, key=lambda s: str(s.get("displayName", "")).lower()):
            sid = str(sub.get("subscriptionId", ""))
            item = QListWidgetItem(f"{sub.get('displayName', sid)}  —  {sid}")
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = sid.lower() in picked if picked else True
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if subscriptions:
            self.status.setText("")
        else:
            self.status.setText(
                self.tr(
                    "Your account has no access to any subscription in this directory. Ask an administrator for "
                    "the Reader role (and Backup Reader) on the subscriptions to check, or choose another directory."
                )
            )
        self._filter(self.search.text())
        self._update_ok()

    def _failed(self, error: Exception, details: str) -> None:
        if isinstance(error, AzureProblemError):
            self.status.setText(error.problem.message.render(translate))
        else:
            self.status.setText(
                self.tr("Could not read the directories and subscriptions: %1").replace("%1", str(error))
            )

    # --- choosing --------------------------------------------------------------------------------------

    def current_tenant(self) -> str:
        data = self.tenant.currentData()
        return str(data) if data else ""

    def picked(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, subscription_ids: list[str]) -> None:
        wanted = {s.lower() for s in subscription_ids}
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = str(item.data(Qt.ItemDataRole.UserRole)).lower() in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.picked()))

    def accept(self) -> None:
        identity = self.sign_in.identity
        picked = self.picked()
        if identity is None or not picked:
            return
        tenant_id = self.current_tenant()
        self.remembered.remember(identity.object_id, tenant_id, picked)
        self.chosen.emit(tenant_id, picked)
        super().accept()
