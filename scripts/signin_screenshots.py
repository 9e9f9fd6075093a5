#!/usr/bin/env python3
"""Screenshots of the Sign in dialog and the subscription picker, in English and pt-PT, signed in for real
(azure-identity/MSAL) to the simulated Entra ID of resources/signin-tenant.json.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/signin_screenshots.py [--out docs/screenshots]

The browser is the tests' scripted one (it answers the simulated sign-in page as ana@contoso.example) and
the keyring is in memory, so nothing is stored on this machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import webbrowser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HOME"] = tempfile.mkdtemp(prefix="backup-doctor-signin-shots-")

import keyring  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from scripts.screenshots import Shooter, _clipping, settle, wait  # noqa: E402
from tests.signin.conftest import MemoryKeyring, ScriptedBrowser  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["en", "pt-PT"])
    args = parser.parse_args(argv)

    from core.azure.target import Target
    from core.locator import resource
    from core.simulator import SimulatorServer, load_tenant
    from gui.account_settings import AccountSettings
    from gui.app import application
    from gui.i18n import LanguageManager
    from gui.main_window import MainWindow
    from gui.settings import AppSettings

    app = application()
    keyring.set_keyring(MemoryKeyring())
    shooter = Shooter(app, args.out, _clipping())
    folder = Path(tempfile.mkdtemp(prefix="backup-doctor-signin-settings-"))
    with SimulatorServer(load_tenant(resource("signin-tenant.json"))) as server:
        browser = ScriptedBrowser(server.ca_file)
        webbrowser.open = browser.open  # type: ignore[assignment]
        for language in args.lang:
            languages = LanguageManager()
            languages.set_language(language)
            settings = AppSettings(QSettings(str(folder / f"s-{language}.ini"), QSettings.Format.IniFormat))
            settings.scan_on_open = False
            window = MainWindow(settings, languages)
            window.resize(1280, 760)
            window.show()
            window.set_session(None)
            remembered = AccountSettings(QSettings(str(folder / f"a-{language}.ini"), QSettings.Format.IniFormat))
            target = Target.simulated_azure(server.base_url, server.ca_file)
            account = window.sign_in_with(target, remembered=remembered)
            account.show_sign_in()
            dialog = account.dialog
            assert dialog is not None
            settle(app)
            shooter.shoot(dialog, f"sign-in-{language}")
            dialog.sign_in_button.click()
            wait(app, lambda a=account: a.picker is not None and a.picker.list.count() > 0, "the picker")
            picker = account.picker
            assert picker is not None
            picker.resize(620, 440)
            shooter.shoot(picker, f"subscription-picker-{language}")
            picker.reject()
            account.sign_out()
            window.close()
            languages.set_language("en")
        browser.join()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
