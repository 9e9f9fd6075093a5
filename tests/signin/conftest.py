"""Sign-in tests: the real azure-identity/MSAL against the simulated Entra ID + ARM, an in-memory keyring,
and a scripted browser that replaces only `webbrowser.open` (it fetches the authorize URL over HTTPS, answers
the sign-in pages like a person would, and follows the redirect to the credential's localhost listener)."""

from __future__ import annotations

import html
import re
import threading
import webbrowser
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin

import keyring
import pytest
import requests
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from core.azure.signin import SignIn
from core.azure.target import Target
from core.locator import resource
from core.simulator import SimulatorServer, Tenant, load_tenant

TENANT_A = "99999999-9999-4999-8999-999999999999"
TENANT_B = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"
SUB_1 = "11111111-1111-4111-8111-111111111111"
SUB_2 = "22222222-2222-4222-8222-222222222222"
SUB_3 = "33333333-3333-4333-8333-333333333333"
ANA, RUI, MARTA = "ana@contoso.example", "rui@contoso.example", "marta@contoso.example"


class MemoryKeyring(KeyringBackend):
    """What the OS keyring holds, for one test: never a file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@dataclass
class ScriptedBrowser:
    """The person at the browser. `username` is the account picked on the sign-in page; `cancel` presses
    Cancel; `approve` passes MFA and consent pages."""

    ca_file: str | bool
    """The simulator's CA; False for a simulator the app under test started itself (its CA is not ours to see)."""
    username: str | None = ANA
    cancel: bool = False
    approve: bool = True
    opened: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)
    threads: list[threading.Thread] = field(default_factory=list)

    def open(self, url: str, *args: object, **kwargs: object) -> bool:
        self.opened.append(url)
        # The credential starts serving its redirect listener after the browser opens: answer from a thread.
        thread = threading.Thread(target=self._visit, args=(url,), daemon=True)
        thread.start()
        self.threads.append(thread)  # started first: a test's teardown may join while this runs
        return True

    def _visit(self, url: str) -> None:
        session = requests.Session()
        session.trust_env = False
        try:
            if self.cancel:
                url += "&cancel=1"  # Cancel on the account picker
            elif self.username:
                url += "&username=" + quote(self.username)
            for _ in range(6):
                answer = session.get(url, allow_redirects=False, verify=self.ca_file, timeout=30)
                if answer.status_code in (301, 302, 303):
                    session.get(answer.headers["Location"], timeout=30)  # the credential's localhost listener
                    return
                self.pages.append(answer.text)
                wanted = "cancel" if self.cancel or not self.approve else "continue"
                found = re.search(rf'id="{wanted}" href="([^"]+)"', answer.text)
                if found is None:
                    return
                url = urljoin(url, html.unescape(found.group(1)))
        except BaseException as error:  # surfaced by the tests through `errors`
            self.errors.append(error)

    def join(self) -> None:
        for thread in self.threads:
            thread.join(timeout=30)


@pytest.fixture(scope="session")
def signin_tenant() -> Tenant:
    return load_tenant(resource("signin-tenant.json"))


@pytest.fixture
def entra(signin_tenant: Tenant) -> Iterator[SimulatorServer]:
    with SimulatorServer(signin_tenant) as server:
        yield server


@pytest.fixture
def target(entra: SimulatorServer) -> Target:
    return Target.simulated_azure(entra.base_url, entra.ca_file)


@pytest.fixture
def browser(entra: SimulatorServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedBrowser]:
    scripted = ScriptedBrowser(entra.ca_file)
    monkeypatch.setattr(webbrowser, "open", scripted.open)
    yield scripted
    scripted.join()


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sign-out removes Backup Doctor's token cache files under the home folder: use a private one."""
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def signin(target: Target, memory_keyring: MemoryKeyring) -> SignIn:
    return SignIn(target, timeout=60)
