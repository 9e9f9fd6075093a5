"""One start of the app's sign-in, as its own process (used by test_signin_next_start.py).

    python -m tests.signin.next_start first|second|sign-out ARM_URL CA_FILE

`first` signs in with the scripted browser; `second` is the next start: it must sign in silently (its browser
only counts that it was asked to open) and read the subscriptions with the restored account; `sign-out` does
that, then signs out. Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import webbrowser

from core.azure.signin import Method, SignIn
from core.azure.target import Target
from core.session import signed_in_session
from tests.signin.conftest import ScriptedBrowser


def main(mode: str, url: str, ca_file: str) -> int:
    target = Target.simulated_azure(url, ca_file)
    sign_in = SignIn(target, timeout=60)
    opened: list[str] = []
    if mode == "first":
        browser = ScriptedBrowser(ca_file)
        webbrowser.open = browser.open  # type: ignore[assignment]
        identity = sign_in.sign_in(Method.BROWSER)
        browser.join()
    else:
        webbrowser.open = lambda url, *a, **k: bool(opened.append(url))  # type: ignore[assignment]
        identity = sign_in.restore()
    subscriptions: list[str] = []
    if identity is not None:
        with signed_in_session(sign_in) as session:
            subscriptions = sorted(str(s["displayName"]) for s in session.gateway.list_subscriptions())
    cache_entries = -1
    if mode == "sign-out":
        sign_in.sign_out()
        cache_entries = _cache_entries()
    print(
        json.dumps(
            {
                "user": identity.username if identity else None,
                "encrypted_cache": sign_in.persist,
                "browser_opened": len(opened),
                "subscriptions": subscriptions,
                "keyring": type(__import__("keyring").get_keyring()).__name__,
                "cache_entries_after_sign_out": cache_entries,
            }
        )
    )
    return 0


def _cache_entries() -> int:
    """Entries left in Backup Doctor's persisted MSAL cache (read the way the credentials read it)."""
    from azure.identity import TokenCachePersistenceOptions
    from azure.identity._persistent_cache import _load_persistent_cache
    from msal import TokenCache

    cache = _load_persistent_cache(TokenCachePersistenceOptions(name="backup-doctor"), False)
    kinds = [v for k, v in vars(TokenCache.CredentialType).items() if k.isupper()]
    return sum(len(list(cache.search(kind))) for kind in kinds)


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:4]))
