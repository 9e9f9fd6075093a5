"""The main window's actions, menus and toolbar, with their texts.

`WindowActions` makes every action of the window (scan, cancel, open, settings, language…), connects each
to the slot the window gives it, lays out the menu bar and the toolbar, and places the actions the window's
helpers make (`place_account`, `place_reports`, `place_change_log`). It knows nothing of scans or sessions:
the window enables and disables the actions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QToolButton, QWidget

from core.scan_scope import ScopeKind
from gui import icons
from gui.i18n import LANGUAGES, NATIVE_NAMES
from gui.widgets import tooltip_text

Slot = Callable[[], object]


class WindowActions(QObject):
    """The window's actions, menus and toolbar (owned by the window)."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        language: str,
        scan_all: Slot,
        scan_selected: Slot,
        cancel: Slot,
        settings: Slot,
        about: Slot,
        quit: Slot,
        open_demo: Slot,
        open_file: Slot,
        find: Slot,
        lookup: Slot,
        set_language: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self.scan_all_action = self._action("scanAll", "scan", scan_all)
        self.scan_all_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.scan_selected_action = self._action("scanSelected", "scan-selected", scan_selected)
        self.scan_selected_action.setShortcut(QKeySequence("Ctrl+F5"))
        self.cancel_action = self._action("cancelScan", "cancel", cancel)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.settings_action = self._action("settings", "settings", settings)
        self.settings_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")])
        self.about_action = self._action("about", "about", about)
        self.quit_action = self._action("quit", None, quit)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.open_demo_action = self._action("openDemo", "demo", open_demo)
        self.open_file_action = self._action("openTenantFile", None, open_file)
        self.open_file_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.find_action = self._action("focusFilter", None, find)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.lookup_action = self._action("lookUpMessage", "lookup", lookup)
        self.lookup_action.setShortcut(QKeySequence("Ctrl+L"))
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(NATIVE_NAMES[code], window)
            action.setObjectName(f"language-{code}")
            action.setCheckable(True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self._build_menus()
        self._build_toolbar()

    def _action(self, name: str, icon_name: str | None, slot: Slot) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.open_demo_action, self.open_file_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.scan_menu = bar.addMenu("")
        self.scan_menu.addActions([self.scan_all_action, self.scan_selected_action, self.cancel_action])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.find_action, self.lookup_action])
        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self._window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.scan_all_action, self.scan_selected_action, self.cancel_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.lookup_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.language_button = QToolButton()
        self.language_button.setObjectName("languageButton")
        self.language_button.setIcon(icons.icon("language"))
        self.language_button.setMenu(self.language_menu)
        self.language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addWidget(self.language_button)
        self.toolbar.addAction(self.settings_action)
        self.toolbar.addAction(self.about_action)
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    # --- actions the window's helpers make ------------------------------------------------------------

    def place_reports(self, actions: list[QAction]) -> None:
        """Open saved scan…, Save scan…, Export report…, Copy for ticket: after the ways to open a tenant."""
        anchor = self.file_menu.actions()[2]  # the separator after Open demo / Open tenant file
        self.file_menu.insertActions(anchor, actions)
        self.file_menu.insertSeparator(anchor)

    def place_account(self, actions: list[QAction]) -> None:
        """Sign in, choose subscriptions, sign out: first in the File menu."""
        first = self.open_demo_action
        self.file_menu.insertActions(first, actions)
        self.file_menu.insertSeparator(first)

    def place_change_log(self, action: QAction) -> None:
        self.view_menu.addSeparator()
        self.view_menu.addAction(action)

    # --- enabling and texts ----------------------------------------------------------------------------

    def set_scanning(self, *, has_session: bool, scanning: bool) -> None:
        self.scan_all_action.setEnabled(has_session and not scanning)
        self.scan_selected_action.setEnabled(has_session and not scanning)
        self.cancel_action.setEnabled(scanning)
        self.open_demo_action.setEnabled(not scanning)
        self.open_file_action.setEnabled(not scanning)

    def show_scan_selected_tip(self, kind: ScopeKind, name: str) -> None:
        """The tooltip of Scan selected names what it will scan for the current selection."""
        if kind is ScopeKind.VMS and name:
            tip = self.tr("Scan the VM %1 again (Ctrl+F5)")
        elif kind is ScopeKind.RESOURCE_GROUP and name:
            tip = self.tr("Scan the resource group %1 again (Ctrl+F5)")
        elif kind is ScopeKind.SUBSCRIPTIONS and name:
            tip = self.tr("Scan the subscription %1 again (Ctrl+F5)")
        else:
            tip = self.tr("Scan every subscription again (Ctrl+F5)")
        # Names come from Azure: shown as plain text in the tooltip; the status line keeps a fixed sentence.
        self.scan_selected_action.setToolTip(tooltip_text(tip.replace("%1", name)))
        self.scan_selected_action.setStatusTip(
            self.tr("Scan the selected VM, resource group or subscription again (Ctrl+F5)")
        )

    def retranslate(self, language: str) -> None:
        """Every text but Scan selected's tooltip (`show_scan_selected_tip`, which needs the selection)."""
        texts = (
            (self.scan_all_action, self.tr("Scan all"), self.tr("Scan every subscription (F5)")),
            (self.scan_selected_action, self.tr("Scan selected"), ""),
            (self.cancel_action, self.tr("Cancel scan"), self.tr("Stop the running scan (Esc)")),
            (self.settings_action, self.tr("Settings…"), self.tr("Language, scanning and layout")),
            (self.about_action, self.tr("About"), self.tr("About Backup Doctor")),
            (self.quit_action, self.tr("Quit"), ""),
            (self.open_demo_action, self.tr("Open the demo tenant"), ""),
            (self.open_file_action, self.tr("Open a tenant file…"), ""),
            (self.find_action, self.tr("Filter the tree"), ""),
            (
                self.lookup_action,
                self.tr("Look up an error"),
                self.tr("Find what a pasted error message means (Ctrl+L)"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(tip or text)
            action.setStatusTip(tip)
        self.file_menu.setTitle(self.tr("&File"))
        self.scan_menu.setTitle(self.tr("&Scan"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_button.setText(NATIVE_NAMES[language])
        self.language_button.setToolTip(self.tr("Language"))
        self.language_button.setAccessibleName(self.tr("Language"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))


__all__ = ["WindowActions"]
