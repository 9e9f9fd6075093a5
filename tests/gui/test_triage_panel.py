""""Paste an error message": the documented entry for text from the portal, a job or a ticket."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel
from window_helpers import WindowFactory, open_and_scan

from core.catalog import load_catalog
from core.session import demo_session
from gui.app import default_matcher
from gui.main_window import MainWindow
from gui.triage_panel import EntryCard


def _window(make_window: WindowFactory) -> MainWindow:
    window = make_window(matcher=default_matcher())
    window.stack.setCurrentWidget(window.workspace)
    return window


def test_pasting_a_documented_message_finds_its_entry(qtbot: Any, make_window: WindowFactory) -> None:
    window = _window(make_window)
    window.show_lookup()
    assert window.tabs.currentWidget() is window.triage
    panel = window.triage
    entry = load_catalog().entry("UserErrorGuestAgentStatusUnavailable")
    assert entry is not None

    panel.input.setFocus()
    qtbot.keyClicks(panel.input, f"Backup failed: {entry.message}.")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    cards = panel.findChildren(EntryCard)
    assert [card.entry.code for card in cards][:1] == [entry.code]
    card = cards[0]
    texts = [label.text() for label in card.findChildren(QLabel)]
    assert f"“{entry.message}”" in texts
    assert entry.summary in texts
    assert any(entry.causes[0].title in text for text in texts)
    link = card.findChild(QLabel, "entryLink")
    assert link is not None and entry.url in link.text()
    assert "Documented errors that match: " in panel.result_label.text()


def test_a_code_name_in_a_ticket_is_found_and_nonsense_is_not(qtbot: Any, make_window: WindowFactory) -> None:
    panel = _window(make_window).triage
    panel.set_text("Cliente diz: o backup falhou com UserErrorRpCollectionLimitReached ontem")
    assert [e.code for e in panel.entries] == ["UserErrorRpCollectionLimitReached"]
    panel.set_text("the printer on floor 3 is out of toner")
    assert panel.entries == [] and not panel.findChildren(EntryCard)
    assert panel.result_label.text().startswith("No documented error matches this text.")


def test_typing_looks_up_after_a_pause(qtbot: Any, make_window: WindowFactory) -> None:
    panel = _window(make_window).triage
    qtbot.keyClicks(panel.input, "ExtensionSnapshotFailedNoNetwork")
    qtbot.waitUntil(lambda: [e.code for e in panel.entries] == ["ExtensionSnapshotFailedNoNetwork"])


def test_ctrl_l_opens_the_lookup(qtbot: Any, demo_window: MainWindow) -> None:
    assert demo_window.menus.lookup_action.shortcut() == QKeySequence("Ctrl+L")
    demo_window.menus.lookup_action.trigger()
    assert demo_window.tabs.currentWidget() is demo_window.triage
    assert demo_window.triage.input.hasFocus() or demo_window.focusWidget() is demo_window.triage.input


def test_portuguese_wording_and_the_numbers_a_scan_showed_are_found(qtbot: Any, make_window: WindowFactory) -> None:
    window = _window(make_window)
    panel = window.triage
    panel.set_text("«O Agente de VM não consegue comunicar com o Azure Backup»")
    assert [e.code for e in panel.entries][:1] == ["UserErrorGuestAgentStatusUnavailable"]
    # The demo's failed jobs show numbers next to messages the triage matched: after a scan they are known.
    panel.set_text("Erro 400102 na tarefa")
    assert panel.entries == []
    open_and_scan(qtbot, window, demo_session())
    panel.set_text("Erro 400102 na tarefa")
    assert [e.code for e in panel.entries] == ["UserErrorGuestAgentStatusUnavailable"]
