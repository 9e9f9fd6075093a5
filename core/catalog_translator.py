"""Translations for Qt-free output (CLI, report) read straight from the Qt Linguist `.ts` catalogs.

The GUI loads compiled `.qm` files through QTranslator; the CLI and the report must work without Qt,
so they read the same `.ts` source catalog (plain XML). Unfinished and obsolete entries are skipped,
exactly as `lrelease` leaves them out.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from core.i18n import Translate, english
from core.locator import translations_dir

SUPPORTED = ("en", "pt-PT")
CATALOG_BASENAME = "backup_doctor"


def normalize_language(value: str | None) -> str:
    """Any Portuguese locale (pt, pt_PT, pt-BR...) -> pt-PT; anything else -> en."""
    if value and value.replace("_", "-").lower().split("-")[0] == "pt":
        return "pt-PT"
    return "en"


def system_language() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return normalize_language(value)
    code = locale.getlocale()[0]
    return normalize_language(code)


def catalog_path(language: str) -> Path:
    return translations_dir() / f"{CATALOG_BASENAME}_{language.replace('-', '_')}.ts"


def load_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for the finished entries of a .ts file."""
    table: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            numerus = translation.findall("numerusform")
            text = numerus[0].text if numerus else translation.text
            if text:
                table[(name, source)] = text
    return table


def translator_for(language: str) -> Translate:
    """A translate function for `language`; English, or a missing catalog, gives the source text."""
    language = normalize_language(language)
    if language == "en":
        return english
    path = catalog_path(language)
    if not path.exists():
        return english
    table = load_ts(path)

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate
