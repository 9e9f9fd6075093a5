"""Signing in from the window against the simulated Entra ID + ARM: the dialog (off the UI thread, cancellable),
the tenant and subscription picker (search, multi-select, remembered per account), the account chip, and
sign-out. The browser is scripted (only `webbrowser.open` is replaced); the keyring is in memory."""

from __future__ import annotations

import webbrowser
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QSettings, Qt
from window_helpers import SCAN_TIMEOUT_MS, WindowFactory

from core.azure.target import Target
from core.locator import resource
from core.simulator import SimulatorServer, load_tenant
from gui.account_settings import AccountSettings
from gui.azure_account import AzureAccount
from gui.tree_nodes import Kind
from tests.signin.conftest import ANA, RUI, MemoryKeyring, ScriptedBrowser


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def entra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[SimulatorServer]:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    with SimulatorServer(load_tenant(resource("signin-tenant.json"))) as server:
        yield server


@pytest.fixture
def browser(entra: SimulatorServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedBrowser]:
    scripted = ScriptedBrowser(entra.ca_file)
    monkeypatch.setattr(webbrowser, "open", scripted.open)
    yield scripted
    scripted.join()


def _account(window: Any, entra: SimulatorServer, settings_path: Path) -> AzureAccount:
    remembered = AccountSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    return window.sign_in_with(Target.simulated_azure(entra.base_url, entra.ca_file), remembered=remembered)


def test_sign_in_pick_two_subscriptions_scan_then_sign_out(
    qtbot: Any,
    make_window: WindowFactory,
    entra: SimulatorServer,
    browser: ScriptedBrowser,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    window = make_window()
    window.set_session(None)
    account = _account(window, entra, tmp_path / "accounts.ini")
    assert account.chip.text() == "Not signed in"

    qtbot.mouseClick(window.welcome.sign_in_button, Qt.MouseButton.LeftButton)
    dialog = account.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.method_buttons[dialog.chosen()].objectName() == "method-browser"
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert not dialog.sign_in_button.isEnabled()  # the UI thread is free while the browser works

    qtbot.waitUntil(lambda: account.picker is not None and account.picker.list.count() == 2, timeout=30_000)
    picker = account.picker
    assert picker is not None
    assert account.chip.text() == ANA
    assert picker.tenant.count() == 2  # Contoso and Fabrikam
    picker.search.setText("develop")
    visible = [picker.list.item(i).text() for i in range(2) if not picker.list.item(i).isHidden()]
    assert len(visible) == 1 and "Sim Development" in visible[0]
    picker.search.clear()
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS):
        picker.buttons.button(picker.buttons.StandardButton.Ok).click()

    assert window.stack.currentWidget() is window.workspace
    assert window.session is not None and window.session.gateway.identity is not None
    subscriptions = {n.name for n in window.model.scope_nodes() if n.kind is Kind.SUBSCRIPTION}
    assert subscriptions == {"Sim Production", "Sim Development"}

    stored = (tmp_path / "accounts.ini").read_text(encoding="utf-8")
    assert "a0a0a0a0-0000-4000-8000-00000000000a" in stored
    assert not [s for s in entra.entra.state.secrets if s in stored]

    account.sign_out()
    assert window.stack.currentWidget() is window.welcome
    assert memory_keyring.values == {} and account.chip.text() == "Not signed in"


def test_cancel_closes_the_dialog_at_once_and_a_reader_sees_no_other_subscription(
    qtbot: Any,
    make_window: WindowFactory,
    entra: SimulatorServer,
    browser: ScriptedBrowser,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    window = make_window()
    window.set_session(None)
    account = _account(window, entra, tmp_path / "accounts.ini")
    browser.cancel = True
    account.show_sign_in()
    dialog = account.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=30_000)
    assert dialog.status.text() == "Sign-in was cancelled."

    browser.cancel, browser.username = False, RUI
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    dialog.reject()  # Cancel while the browser is still out: closes now; the late answer is dropped
    assert not dialog.isVisible()


def test_device_code_is_shown_with_copy_and_open_and_signs_in(
    qtbot: Any, make_window: WindowFactory, entra: SimulatorServer, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    import threading
    from urllib.parse import quote

    import requests
    from PySide6.QtGui import QGuiApplication

    from core.azure.signin import Method

    window = make_window()
    window.set_session(None)
    account = _account(window, entra, tmp_path / "accounts.ini")
    account.show_sign_in()
    dialog = account.dialog
    assert dialog is not None
    dialog.choose(Method.DEVICE_CODE)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.code_panel.isVisible(), timeout=30_000)
    code, uri = dialog.code.text(), dialog.uri.text()
    assert len(code) == 9 and uri.startswith(entra.base_url)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code

    url = f"{uri}?user_code={quote(code)}&username={quote(ANA)}"
    threading.Thread(target=requests.get, args=(url,), kwargs={"verify": entra.ca_file, "timeout": 30}).start()
    qtbot.waitUntil(lambda: account.sign_in.identity is not None, timeout=30_000)
    assert account.chip.text() == ANA
    if account.picker is not None:
        account.picker.reject()
