"""`scan` and `fix` signing in from a terminal: device code without a browser, the browser when asked, the
Reader-only account told which role is missing, and `--tenant` that is not a file explained."""

from __future__ import annotations

import io
import re
import threading
import webbrowser
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from core import cli
from core.locator import resource
from tests.signin.conftest import ANA, RUI, MemoryKeyring, ScriptedBrowser

SIGNIN_TENANT = str(resource("signin-tenant.json"))
# The app under test starts its own simulator; the "person" here does not check its certificate.
pytestmark = pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")


class PersonReadingTheTerminal(io.StringIO):
    """stderr as the person sees it: when the device code appears, they approve it on 'another device'."""

    def __init__(self, username: str) -> None:
        super().__init__()
        self.username = username
        self.approvals: list[threading.Thread] = []

    def write(self, text: str) -> int:
        found = re.search(r"open (https://\S+) in a browser and enter the code (\w+)", text)
        if found:
            uri, code = found.groups()
            url = f"{uri}?user_code={quote(code)}&username={quote(self.username)}"
            thread = threading.Thread(target=requests.get, args=(url,), kwargs={"verify": False, "timeout": 30})
            thread.start()
            self.approvals.append(thread)
        return super().write(text)


def _no_browser(*args: object) -> webbrowser.BaseBrowser:
    raise webbrowser.Error("could not locate runnable browser")


def test_scan_signs_in_with_a_device_code_when_there_is_no_browser(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webbrowser, "get", _no_browser)  # a terminal on a server: no browser to find
    stdout, stderr = io.StringIO(), PersonReadingTheTerminal(ANA)
    code = cli.main(["scan", "--simulated-azure", SIGNIN_TENANT, "--lang", "en"], stdout, stderr)
    for thread in stderr.approvals:
        thread.join()

    assert code in (cli.EXIT_OK, cli.EXIT_INCOMPLETE), stderr.getvalue()
    assert "Signed in as ana@contoso.example." in stderr.getvalue()
    assert "enter the code" in stderr.getvalue()
    assert "vm-web01" in stdout.getvalue() and "vm-dev01" in stdout.getvalue()


def test_fix_as_a_reader_names_the_missing_role_and_changes_nothing(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    browser = ScriptedBrowser(False, username=RUI)
    monkeypatch.setattr(webbrowser, "open", browser.open)
    stdout, stderr = io.StringIO(), io.StringIO()
    args = ["fix", "remove-backup-extension", "--vm", "vm-sql01", "--simulated-azure", SIGNIN_TENANT]
    args += ["--sign-in", "browser", "--yes", "--audit-log", str(tmp_path / "audit.jsonl"), "--lang", "en"]

    code = cli.main(args, stdout, stderr, io.StringIO())
    browser.join()

    assert code == 1, stderr.getvalue()
    assert "Virtual Machine Contributor" in stdout.getvalue()
    assert "Microsoft.Compute/virtualMachines/extensions/delete" in stdout.getvalue()
    assert not (tmp_path / "audit.jsonl").exists()  # nothing was tried, so nothing was audited


def test_tenant_that_is_not_a_file_says_to_use_tenant_id() -> None:
    stderr = io.StringIO()
    code = cli.main(["scan", "--tenant", "contoso.onmicrosoft.com"], io.StringIO(), stderr)
    assert code == cli.EXIT_COULD_NOT_RUN
    assert "--tenant-id contoso.onmicrosoft.com" in stderr.getvalue()


def test_tenant_file_is_the_new_name_of_tenant_file(tmp_path: Path) -> None:
    stdout = io.StringIO()
    code = cli.main(["scan", "--tenant-file", str(resource("demo-tenant.json")), "--lang", "en"], stdout, io.StringIO())
    assert code in (cli.EXIT_OK, cli.EXIT_INCOMPLETE)
    assert "VMs scanned" in stdout.getvalue()
