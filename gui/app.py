"""Starting the window: QApplication, settings, language, the exception hook, and the first tenant."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from core import __version__
from core.catalog_translator import system_language
from gui import icons
from gui.account_settings import AccountSettings
from gui.azure_account import AzureAccount, azure_target
from gui.error_dialog import ExceptionHook
from gui.i18n import LanguageManager
from gui.main_window import MainWindow
from gui.options import GuiOptions
from gui.portable import use_portable_settings
from gui.settings import APPLICATION, ORGANIZATION, AppSettings
from gui.tasks import wait_for_all
from gui.triage_panel import Matcher

# Python threads hand over the GIL after this many seconds (CPython's default is 0.005). Every call
# from Qt into Python code on the GUI thread (model data, slots, painting) must take the GIL from the
# scan's threads; a shorter interval bounds each wait (see docs/performance.md).
GIL_SWITCH_INTERVAL = 0.001


def application() -> QApplication:
    """The process's QApplication, created once with the names QSettings relies on."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Backup Doctor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("backup-doctor")
    app.setWindowIcon(icons.icon("app"))
    use_portable_settings()  # a `portable` file next to the executable keeps the settings there
    return app


def default_matcher() -> Matcher:
    """core's matcher from pasted text to documented catalog entries (it learns error numbers from scans)."""
    from core.error_lookup import EntryMatcher

    return EntryMatcher()


def create_window(
    options: GuiOptions,
    *,
    settings: AppSettings | None = None,
    languages: LanguageManager | None = None,
    hook: ExceptionHook | None = None,
) -> MainWindow:
    """The main window for `options`, shown, with its first tenant opening in the background."""
    application()
    settings = settings or AppSettings()
    if languages is None:
        languages = LanguageManager()
        languages.set_language(options.language or settings.language or system_language())
    window = MainWindow(settings, languages, matcher=default_matcher(), exception_hook=hook)
    azure_account(window, options)
    window.show()
    if options.demo:
        window.open_demo()
    elif options.tenant is not None:
        window.open_tenant_file(options.tenant)
    else:
        window.set_session(None)
        assert window.account is not None
        window.account.restore()  # signed in last time: silently, straight to the remembered subscriptions
    return window


def azure_account(window: MainWindow, options: GuiOptions) -> AzureAccount:
    """Sign-in for the window: to the cloud chosen in Settings (with its proxy and CA bundle), or to a tenant
    file served as Azure (`--simulated-azure`)."""
    if options.simulated_azure is not None:
        from core.session import simulated_azure

        server, target = simulated_azure(options.simulated_azure)
        return window.sign_in_with(target, server=server)
    remembered = AccountSettings()
    return window.sign_in_with(azure_target(remembered), remembered=remembered)


def run(options: GuiOptions) -> int:
    app = application()
    hook = ExceptionHook()
    hook.install()
    try:
        window = create_window(options, hook=hook)
        code = app.exec()
        del window
        wait_for_all(15_000)  # a task thread still running when Python ends would abort the process
        return int(code)
    finally:
        hook.uninstall()
