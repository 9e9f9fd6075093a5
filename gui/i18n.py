"""Language at runtime: Qt translators for our catalog and Qt's own strings, switched without restart.

Installing or removing a QTranslator makes Qt send QEvent.LanguageChange to every widget; widgets
re-set their texts in changeEvent(), and findings (core Msg values) are rendered again with
`translate`, which asks the translators currently installed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from core.catalog_translator import normalize_language
from core.locator import translations_dir
from gui.catalog_files import catalog_stem, compiled_catalog

LANGUAGES = ("en", "pt-PT")
# Shown in the Language menu in their own language, so they are never translated.
NATIVE_NAMES = {"en": "English", "pt-PT": "Português"}


def translate(context: str, source: str) -> str:
    """core.i18n's Translate shape, backed by the installed QTranslators."""
    return QCoreApplication.translate(context, source)


def catalog_file(language: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"{catalog_stem(language)}.qm"


def _locale(language: str) -> QLocale:
    return QLocale("pt_PT" if language == "pt-PT" else "en_GB")


class LanguageManager(QObject):
    """Owns the installed translators; `set_language` switches them and announces the change."""

    changed = Signal(str)

    def __init__(self, directory: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        self._language = "en"
        self._translators: list[QTranslator] = []

    @property
    def language(self) -> str:
        return self._language

    def catalog_loaded(self) -> bool:
        """Whether our own catalog for the current language is installed (English needs none)."""
        return any(t.objectName() == "backup-doctor" for t in self._translators)

    def set_language(self, language: str | None) -> None:
        language = normalize_language(language)
        app = QCoreApplication.instance()
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        if language != "en":
            qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            self._load(qt_dir / f"qtbase_{language.replace('-', '_')}.qm", "qt")
            self._load(qt_dir / f"qt_{language.replace('-', '_')}.qm", "qt")
        # Ours last: Qt asks the translator installed last first, so our catalog also overrides Qt's own
        # texts where it has them (gui/qt_strings.py: standard buttons, text fields' context menus).
        # English needs a catalog only for plural forms ("%n VM(s)" -> "1 VM", "2 VMs"), if one is built.
        # The .qm is compiled from its .ts here when the build step did not run (gui/catalog_files.py).
        self._load(compiled_catalog(language, self._directory), "backup-doctor")
        QLocale.setDefault(_locale(language))
        self._language = language
        if app is not None:
            # Sent even when no catalog exists, so everything shown is rendered again in one place.
            QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
        self.changed.emit(language)

    def _load(self, path: Path | None, name: str) -> None:
        if path is None or not path.is_file():
            return
        translator = QTranslator(self)
        if translator.load(str(path)):
            translator.setObjectName(name)
            QCoreApplication.installTranslator(translator)
            self._translators.append(translator)
