#!/usr/bin/env python3
"""Screenshots of the window on the demo tenant, in English and pt-PT, to look at (and for the docs).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out DIR] [--lang en pt-PT]
        [--size 1024x700 --suffix -1024x700]

For each language, on a fresh demo tenant: the diagnostics of vm-erp-app03 (a failed backup extension)
with its "Fix…" buttons; the fix wizard at the preview of its first automated step; the wizard after the
fix, with the VM green; and the change log. Text cut off by its widget (tests/i18n/clipping.py) is listed
for each picture. Changes go to a simulated tenant, and the audit log to a temporary folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The demo audit log lives in the user data folder: keep the screenshots' changes out of it.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="backup-doctor-screenshots-")

from PySide6.QtCore import QCoreApplication, QEvent, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

VM = "vm-erp-app03"
WIZARD = "backup-extension-failed"
WINDOW_SIZE = (1280, 760)
TIMEOUT_S = 60.0


def _clipping() -> ModuleType | None:
    """tests/i18n/clipping.py, by path, when the checkout has it."""
    path = ROOT / "tests" / "i18n" / "clipping.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("backup_doctor_clipping", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def settle(app: QApplication) -> None:
    for _ in range(4):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def wait(app: QApplication, done: Callable[[], bool], what: str) -> None:
    end = time.monotonic() + TIMEOUT_S
    while not done():
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


class Shooter:
    def __init__(self, app: QApplication, out: Path, clipping: ModuleType | None) -> None:
        self.app = app
        self.out = out
        self.clipping = clipping
        self.files: list[Path] = []

    def shoot(self, widget: QWidget, name: str) -> None:
        settle(self.app)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.files.append(path)
        clipped = self.clipping.find_clipped(widget) if self.clipping is not None else []
        print(f"{path}" + (f": {len(clipped)} text(s) cut off" if clipped else ""))
        for clip in clipped:
            print(f"    {clip}")


def run_language(
    app: QApplication,
    language: str,
    shooter: Shooter,
    settings_dir: Path,
    size: tuple[int, int] = WINDOW_SIZE,
    suffix: str = "",
) -> None:
    from core.session import demo_session
    from gui.i18n import LanguageManager
    from gui.main_window import MainWindow
    from gui.settings import AppSettings

    languages = LanguageManager()
    languages.set_language(language)
    settings = AppSettings(QSettings(str(settings_dir / f"settings-{language}.ini"), QSettings.Format.IniFormat))
    settings.scan_on_open = True
    window = MainWindow(settings, languages)
    window.resize(*size)
    window.show()
    finished: list[object] = []
    window.scan_finished.connect(finished.append)
    window.set_session(demo_session())
    wait(app, lambda: bool(finished), "the scan")

    node = next(n for n in window.model.vm_nodes() if n.name == VM)
    window.select(node.key)
    shooter.shoot(window, f"diagnostics-{language}{suffix}")

    fixes = window.fixes
    runner = fixes.runner
    panel = fixes.panel
    fixes.open_wizard(node.key, WIZARD)
    wait(app, lambda: not runner.busy, "the wizard")
    panel.next()  # the explanation is read; the first automated step shows its preview
    wait(app, lambda: not runner.busy, "the preview")
    shooter.shoot(window, f"wizard-preview-{language}{suffix}")

    for _ in range(12):  # apply each action, look at each check, to the end
        view = panel.current_view()
        if view is None:
            break
        if view.kind.value == "action" and view.state.value == "pending":
            panel.apply()
            wait(app, lambda: not runner.busy, f"step {view.id}")
        if panel.finish_button.isVisible():
            break
        panel.next()
        wait(app, lambda: not runner.busy, "the next step")
    shooter.shoot(window, f"wizard-success-{language}{suffix}")

    dialog = fixes.show_change_log()
    dialog.resize(1000, 460)
    shooter.shoot(dialog, f"change-log-{language}{suffix}")
    dialog.close()
    window.close()
    languages.set_language("en")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(tempfile.gettempdir()) / "backup-doctor-screenshots",
        help="folder for the PNG files (default: %(default)s)",
    )
    parser.add_argument("--lang", nargs="+", default=["en", "pt-PT"], choices=["en", "pt-PT"])
    parser.add_argument("--size", default="x".join(map(str, WINDOW_SIZE)), help="window size, e.g. 1024x700")
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -1024x700")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from gui.app import application

    app = application()
    shooter = Shooter(app, args.out, _clipping())
    with tempfile.TemporaryDirectory() as settings_dir:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        for language in args.lang:
            run_language(app, language, shooter, Path(settings_dir), (width, height), args.suffix)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
