"""The next start signs in without a prompt, and after sign-out it cannot: a new process with the same
token cache and keyring, here the freedesktop Secret Service (gnome-keyring in a private D-Bus session) that
libsecret encrypts MSAL's cache with and `keyring` keeps the AuthenticationRecord in. Where no Secret Service
can be started the test is skipped: without one, tokens stay in memory by design (test_signin_flows covers
that case)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.simulator import SimulatorServer
from tests.signin.conftest import ANA

ROOT = Path(__file__).resolve().parents[2]
_GI = Path("/usr/lib/python3/dist-packages/gi")
_TYPELIB = Path("/usr/lib/x86_64-linux-gnu/girepository-1.0/Secret-1.typelib")


def _secret_service_missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the Secret Service is Linux's store"
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not _TYPELIB.exists():
        return "libsecret's GObject bindings (gir1.2-secret-1) are not installed"
    try:
        import gi  # noqa: F401
    except ImportError:
        if not _GI.is_dir():
            return "PyGObject (python3-gi) is not installed"
    return None


def _start(mode: str, server: SimulatorServer, home: Path, shim: Path) -> dict[str, object]:
    """One process of the app in the private D-Bus session, its keyring unlocked as at a desktop login."""
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(shim)]),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "NO_PROXY": "127.0.0.1,localhost",
    }
    command = (
        'printf "%s" test-keyring-password | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null;'
        f' exec "{sys.executable}" -m tests.signin.next_start {mode} {server.base_url} {server.ca_file}'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", command],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


@pytest.mark.slow
@pytest.mark.skipif(_secret_service_missing() is not None, reason=str(_secret_service_missing()))
def test_the_next_start_signs_in_silently_from_the_encrypted_cache_and_the_keyring(
    entra: SimulatorServer, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True)
    (home / "run").chmod(0o700)
    shim = tmp_path / "gi-only"  # the system's PyGObject, and nothing else from its site-packages
    shim.mkdir()
    (shim / "gi").symlink_to(_GI)

    # One D-Bus session per process would lose the keyring daemon's state, so both share the same home:
    # gnome-keyring keeps its (encrypted) keyring file there, as on a desktop between logins.
    first = _start("first", entra, home, shim)
    assert first["user"] == ANA and first["encrypted_cache"] is True, first
    assert first["keyring"] != "MemoryKeyring"

    second = _start("second", entra, home, shim)
    assert second["user"] == ANA, second
    assert second["browser_opened"] == 0  # no prompt
    assert second["subscriptions"] == ["Sim Development", "Sim Production"]
    assert entra.entra.state.issued.get("authorization_code") == 1  # one interactive sign-in, ever

    # Sign out clears both: the next start finds no account and no token.
    signed_out = _start("sign-out", entra, home, shim)
    assert signed_out["user"] == ANA and signed_out["cache_entries_after_sign_out"] == 0, signed_out
    after = _start("second", entra, home, shim)
    assert after["user"] is None and after["subscriptions"] == []
