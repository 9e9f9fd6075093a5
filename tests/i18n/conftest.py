"""i18n test fixtures: the language manager on the real translations, the Qt-free pt-PT translator (Qt setup:
tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from core.i18n import Translate
from gui.i18n import LanguageManager


@pytest.fixture
def languages(app: QApplication) -> Iterator[LanguageManager]:
    """The language manager on the real translations/ folder (compiling the .qm files if needed)."""
    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")  # translators are process-wide: leave none behind


@pytest.fixture(scope="session")
def pt() -> Translate:
    """The Qt-free pt-PT translator that the CLI and the report use."""
    from core.catalog_translator import translator_for

    return translator_for("pt-PT")
