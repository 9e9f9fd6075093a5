"""What the self-test says about remembering sign-in: the keyring backend and the token cache's encryption."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from core import secret_storage
from core.secret_storage import StorageProbe, keyring_backend
from gui import self_test_steps
from gui.self_test import SelfTest


class MemoryKeyring(KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_a_working_keyring_backend_is_named(restore_keyring: None) -> None:
    keyring.set_keyring(MemoryKeyring())
    probe = keyring_backend()
    assert probe.available
    assert probe.detail == f"{__name__}.MemoryKeyring (priority 5)"


def test_the_fail_backend_means_no_keyring(restore_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    probe = keyring_backend()
    assert not probe.available
    assert probe.detail.startswith("keyring.backends.fail.Keyring")


def run_step(tmp_path: Path) -> list[str]:
    lines: list[str] = []
    test = SelfTest(folder=tmp_path, write=lines.append)
    lines.append(self_test_steps.step_sign_in_memory(test))
    return lines


def test_without_secure_storage_the_self_test_says_sign_in_will_not_be_remembered(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(self_test_steps, "keyring_backend", lambda: StorageProbe(True, "memory"))
    monkeypatch.setattr(
        self_test_steps, "token_cache_encryption", lambda: StorageProbe(False, "ImportError: no module named 'gi'")
    )
    lines = run_step(tmp_path)
    assert "       keyring backend: memory" in lines
    assert "       token cache encryption: not available (ImportError: no module named 'gi')" in lines
    assert lines[-1] == "sign-in will not be remembered between runs (no secure storage found; not a failure)"


def test_with_both_the_self_test_says_sign_in_can_be_remembered(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(self_test_steps, "keyring_backend", lambda: StorageProbe(True, "WinVaultKeyring"))
    monkeypatch.setattr(
        self_test_steps, "token_cache_encryption", lambda: StorageProbe(True, "FilePersistenceWithDataProtection")
    )
    assert run_step(tmp_path)[-1] == "sign-in can be remembered between runs"


def test_the_windows_broker_is_only_looked_for_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secret_storage.sys, "platform", "linux")
    assert secret_storage.wam_broker() == StorageProbe(False, "Windows only")
