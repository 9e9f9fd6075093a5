"""Interactive, device code, cancel, silent restore and sign-out, with the real azure-identity and MSAL."""

from __future__ import annotations

import threading
from urllib.parse import quote

import pytest
import requests

from core.azure.gateway import AzureGateway
from core.azure.signin import NOTICE_IN_MEMORY, DeviceCode, Method, Reason, SignIn, SignInError
from core.azure.target import Target
from core.simulator import SimulatorServer
from tests.signin.conftest import ANA, TENANT_A, MemoryKeyring, ScriptedBrowser


def test_browser_sign_in_remembers_the_account_and_lists_only_reachable_subscriptions(
    signin: SignIn, browser: ScriptedBrowser, memory_keyring: MemoryKeyring, target: Target
) -> None:
    identity = signin.sign_in(Method.BROWSER)

    assert (identity.username, identity.tenant_id) == (ANA, TENANT_A)
    assert identity.object_id == "a0a0a0a0-0000-4000-8000-00000000000a"
    assert len(browser.opened) == 1 and "code_challenge=" in browser.opened[0]
    # The record (no secret) is in the keyring; this machine has no encrypted token store: said once.
    [(service, _user)] = memory_keyring.values
    assert service == "Backup Doctor"
    assert [n.source for n in signin.notices] == [NOTICE_IN_MEMORY]
    gateway = AzureGateway(target, signin.for_tenant(TENANT_A))
    names = sorted(s["displayName"] for s in gateway.list_subscriptions())
    assert names == ["Sim Development", "Sim Production"]  # not Fabrikam Lab: another tenant
    gateway.close()


def test_device_code_sign_in(signin: SignIn, entra: SimulatorServer) -> None:
    shown: list[DeviceCode] = []

    def person_on_another_device(prompt: DeviceCode) -> None:
        shown.append(prompt)

        def approve() -> None:
            url = f"{prompt.uri}?user_code={quote(prompt.code)}&username={quote(ANA)}"
            requests.get(url, verify=entra.ca_file, timeout=30)

        threading.Thread(target=approve, daemon=True).start()

    identity = signin.sign_in(Method.DEVICE_CODE, device_code=person_on_another_device)

    assert identity.username == ANA
    assert shown and shown[0].uri.startswith(entra.base_url) and len(shown[0].code) == 9


def test_cancel_in_the_browser_is_a_plain_message(signin: SignIn, browser: ScriptedBrowser) -> None:
    browser.cancel = True
    with pytest.raises(SignInError) as raised:
        signin.sign_in(Method.BROWSER)
    assert raised.value.reason is Reason.CANCELLED
    assert raised.value.message.render() == "Sign-in was cancelled."
    assert signin.identity is None


def test_next_start_knows_the_account_and_sign_out_forgets_it(
    signin: SignIn, browser: ScriptedBrowser, memory_keyring: MemoryKeyring, target: Target
) -> None:
    signin.sign_in(Method.BROWSER)

    # A new start: a new service, the same keyring. Tokens were in memory only (no encrypted store here), so
    # it cannot be silent: it asks, naming the remembered account.
    again = SignIn(target, timeout=60)
    assert again.restore() is None
    identity = again.sign_in(Method.BROWSER)
    assert identity.username == ANA
    assert "login_hint=ana%40contoso.example" in browser.opened[-1]

    again.sign_out()
    assert memory_keyring.values == {}
    assert again.identity is None and again.credential is None
    assert SignIn(target).restore() is None


def test_a_browser_that_never_comes_back_times_out_with_a_plain_message(
    target: Target, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: True)  # opened, and then nobody signs in
    with pytest.raises(SignInError) as raised:
        SignIn(target, timeout=1).sign_in(Method.BROWSER)
    assert raised.value.reason is Reason.TIMEOUT
    assert "timed out" in raised.value.message.render()
