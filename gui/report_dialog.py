"""Export report…: what to export (the whole scan or the current selection), in which language, redacted or not."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import LANGUAGES, NATIVE_NAMES


@dataclass(frozen=True)
class ExportChoice:
    language: str
    selection_only: bool = False
    redact: bool = False


class ExportDialog(QDialog):
    """`selection` is the name of the current tree node, or None when only the whole scan makes sense."""

    def __init__(self, language: str, selection: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export report"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("One HTML file that opens in any browser, offline, and prints one VM per page."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        scope = QGroupBox(self.tr("What to export"))
        scope_layout = QVBoxLayout(scope)
        self.whole = QRadioButton(self.tr("The whole scan"))
        self.whole.setObjectName("exportWhole")
        self.selection = QRadioButton()
        self.selection.setObjectName("exportSelection")
        if selection is not None:
            self.selection.setText(self.tr("The current selection: %1").replace("%1", selection))
        else:
            self.selection.setText(self.tr("The current selection"))
            self.selection.setEnabled(False)
        self.whole.setChecked(True)
        scope_layout.addWidget(self.whole)
        scope_layout.addWidget(self.selection)
        layout.addWidget(scope)

        languages = QGroupBox(self.tr("Language of the report"))
        languages_layout = QVBoxLayout(languages)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code in LANGUAGES:
            button = QRadioButton(NATIVE_NAMES[code])
            button.setObjectName(f"exportLanguage-{code}")
            button.setChecked(code == language)
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            languages_layout.addWidget(button)
        layout.addWidget(languages)

        self.redact = QCheckBox(self.tr("Redact subscription ids, IP addresses, e-mail addresses and account names"))
        self.redact.setObjectName("exportRedact")
        layout.addWidget(self.redact)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> ExportChoice:
        language = next((c for c, b in self.language_buttons.items() if b.isChecked()), LANGUAGES[0])
        return ExportChoice(language, self.selection.isChecked(), self.redact.isChecked())
