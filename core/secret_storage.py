"""Can this process remember a sign-in? The keyring backend and the token cache's encryption, probed.

azure-identity keeps its token cache encrypted through msal-extensions
(`TokenCachePersistenceOptions`): DPAPI on Windows, the Keychain on macOS, libsecret (through PyGObject
and the Secret Service on D-Bus) on Linux; without it the cache is refused unless unencrypted storage
is allowed, so sign-in is not remembered between runs. `keyring` picks its backend from entry points,
which a frozen app only has when the bundle carries their metadata: the self-test of the packaged app
prints what both found. Nothing here fails when storage is missing; it says so.

The probe never touches the user's token cache: it works in a temporary folder. On Linux, building
msal-extensions' libsecret persistence runs its own trial (it stores and removes a test secret), as
azure-identity does when it opens the cache.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# keyring's backends that store nothing.
_NO_KEYRING = ("keyring.backends.fail", "keyring.backends.null")


@dataclass(frozen=True)
class StorageProbe:
    """One place a secret could be kept: whether it works, and what was found (or why not)."""

    available: bool
    detail: str


def keyring_backend() -> StorageProbe:
    try:
        import keyring
    except Exception as error:  # any import failure means no keyring
        return StorageProbe(False, f"keyring cannot be imported ({type(error).__name__}: {error})")
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # a broken backend configuration is reported, not raised
        return StorageProbe(False, f"keyring has no usable backend ({type(error).__name__}: {error})")
    module = type(backend).__module__
    name = f"{module}.{type(backend).__name__}"
    priority = getattr(backend, "priority", None)
    described = f"{name} (priority {priority})" if priority is not None else name
    if module.startswith(_NO_KEYRING):
        return StorageProbe(False, described)
    return StorageProbe(True, described)


def token_cache_encryption() -> StorageProbe:
    """Whether msal-extensions can build the encrypted persistence azure-identity's token cache uses."""
    try:
        from msal_extensions import persistence
    except Exception as error:
        return StorageProbe(False, f"msal-extensions cannot be imported ({type(error).__name__}: {error})")
    with tempfile.TemporaryDirectory(prefix="backup-doctor-probe-") as folder:
        location = str(Path(folder) / "probe.bin")
        try:
            store = persistence.build_encrypted_persistence(location)
            if sys.platform.startswith("win"):
                # Building the DPAPI persistence checks nothing: encrypt and decrypt a value, in the temp folder.
                store.save("probe")
                if store.load() != "probe":
                    return StorageProbe(False, "DPAPI round trip returned other data")
        except Exception as error:  # ImportError (no PyGObject), D-Bus errors, DPAPI errors
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
            return StorageProbe(False, f"{type(error).__name__}: {first_line}".rstrip(": "))
        return StorageProbe(True, type(store).__name__)


def wam_broker() -> StorageProbe:
    """Whether MSAL's Windows broker (WAM, package `pymsalruntime`) is in this build; Windows only."""
    import importlib.util

    if not sys.platform.startswith("win"):
        return StorageProbe(False, "Windows only")
    if importlib.util.find_spec("pymsalruntime") is None:
        return StorageProbe(False, "pymsalruntime is not in this build")
    return StorageProbe(True, "pymsalruntime")
