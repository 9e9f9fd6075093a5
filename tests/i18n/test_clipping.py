"""No text is cut off in the main window: in pt-PT, and in a pseudo-language twice as long as English.

The window is looked at in the states a helpdesk user sees most: the welcome page, a failing VM's
findings, a scope's summary, and the error look-up with a result. `find_clipped` (tests/i18n/clipping.py)
works on any widget, so the wizard panel and dialogs can use the same check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from clipping import ALL, CUT_TEXT, find_clipped, stretch, stretched_language
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget

from core.findings import Status
from core.session import demo_session
from gui.i18n import LanguageManager
from gui.main_window import MainWindow
from gui.settings import AppSettings
from gui.triage_panel import Matcher

SCAN_TIMEOUT_MS = 30_000


# --- the helper itself ---------------------------------------------------------------------------------


def test_stretch_doubles_the_text_and_keeps_placeholders_once() -> None:
    assert stretch("Scan all") == "Scan all Scan all"
    assert stretch("&File") == "&File File"
    assert stretch("Opening %1…") == "Opening %1… Opening …"
    assert stretch("Disk {name} is {size} GiB.") == "Disk {name} is {size} GiB. Disk is GiB."
    assert stretch("") == ""


def test_find_clipped_sees_a_cut_label_and_a_cut_button(app: QApplication, qtbot: Any) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    fits = QLabel("Fits")
    cut = QLabel("A label whose text is much longer than the room it is given")
    cut.setMaximumWidth(60)
    wrapped = QLabel("Wrapped text that needs several lines " * 4)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(QSize(120, 20))
    button = QPushButton("A button with a long caption")
    button.setMaximumWidth(50)
    # A pane that never scrolls sideways, like the diagnostics pane: a wide button in it is cut off.
    pane = QScrollArea()
    pane.setWidgetResizable(True)
    pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    pane.setFixedWidth(120)
    content = QWidget()
    wide = QToolButton()
    wide.setText("vm-erp-app02 — the latest backup failed with a long documented error")
    QVBoxLayout(content).addWidget(wide)
    pane.setWidget(content)
    for widget in (fits, cut, wrapped, button, pane):
        layout.addWidget(widget)
    box.show()
    qtbot.waitExposed(box)

    clipped = {clip.widget for clip in find_clipped(box)}
    assert clipped == {cut, wrapped, button, wide}


# --- the main window ---------------------------------------------------------------------------------


def _matcher() -> Matcher:
    from core.catalog_match import match

    return match


@pytest.fixture
def window(qtbot: Any, app: QApplication, settings: AppSettings, languages: LanguageManager) -> MainWindow:
    window = MainWindow(settings, languages, matcher=_matcher())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _states(qtbot: Any, window: MainWindow) -> Iterator[str]:
    """Bring the window into each state worth looking at; yields the state's name once it is shown."""
    window.set_session(None)
    yield "welcome page"
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS):
        window.set_session(demo_session())
    report = window.last_report
    assert report is not None
    failing = sorted(vm.facts.name for vm in report.vms if vm.status is Status.FAIL)[0]
    node = next(n for n in window.model.vm_nodes() if n.name == failing)
    window.select(node.key)
    for card in window.diagnostics.finding_cards():
        toggle = card.findChild(QToolButton, "evidenceToggle")
        if toggle is not None:
            toggle.setChecked(True)  # evidence open on every card
    assert window.diagnostics.findChildren(QWidget, "evidence"), "no evidence was opened"
    yield f"failing VM {failing}"
    tenant = window.model.tenant()
    assert tenant is not None
    window.select(tenant.key)
    yield "tenant summary"
    window.show_lookup()
    window.triage.set_text("UserErrorGuestAgentStatusUnavailable")
    yield "error look-up"


def _look(qtbot: Any, window: MainWindow, retranslated: Callable[[], bool], checks: frozenset[str] = ALL) -> list[str]:
    qtbot.waitUntil(retranslated)
    problems = []
    for state in _states(qtbot, window):
        problems.extend(f"{state}: {clip}" for clip in find_clipped(window, checks=checks))
    return problems


def test_no_text_is_cut_off_in_portuguese(qtbot: Any, window: MainWindow, languages: LanguageManager) -> None:
    """Everything: labels, buttons, tabs, menus, combo boxes, and also the toolbar and placeholders."""
    languages.set_language("pt-PT")
    assert languages.catalog_loaded()
    problems = _look(qtbot, window, lambda: window.scan_all_action.text() == "Analisar tudo")
    assert problems == [], "\n".join(problems)


def test_no_text_is_cut_off_in_a_language_twice_as_long(
    qtbot: Any, window: MainWindow, languages: LanguageManager
) -> None:
    """Labels, buttons, tabs, menus and combo boxes never cut text, even at twice the English length.

    (At that length the toolbar's last action moves into its » menu and the filter's hint is elided,
    as Qt designs them to: those two are checked in pt-PT above, not here.)
    """
    languages.set_language("en")
    with stretched_language():
        QCoreApplication.sendPostedEvents()
        problems = _look(qtbot, window, lambda: window.scan_all_action.text() == "Scan all Scan all", CUT_TEXT)
        assert problems == [], "\n".join(problems)


# --- the fix wizard panel ----------------------------------------------------------------------------------


def _wizard_states(qtbot: Any, window: MainWindow) -> Iterator[str]:
    """Every step of every fix wizard, on the first demo VM whose findings propose it (previews read)."""
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS):
        window.set_session(demo_session())
    report = window.last_report
    assert report is not None
    opened: set[str] = set()
    for result in report.vms:
        for finding in result.findings:
            if not finding.wizard or finding.wizard in opened:
                continue
            opened.add(finding.wizard)
            node = next(n for n in window.model.vm_nodes() if n.name == result.facts.name)
            run = window.fixes.open_wizard(node.key, finding.wizard)
            assert run is not None
            panel = window.fixes.panel
            for view in run.views():
                if not view.applicable:
                    continue
                panel.go_to(view.id)
                qtbot.waitUntil(lambda: not window.fixes.runner.busy, timeout=SCAN_TIMEOUT_MS)
                yield f"{finding.wizard} on {result.facts.name}, step {view.id}"
            window.fixes.close_wizard()
    assert len(opened) >= 10


def _look_at_wizards(qtbot: Any, window: MainWindow, checks: frozenset[str]) -> dict[tuple[str, str], str]:
    """(state, widget) -> what is cut off there, for every step of every wizard."""
    found: dict[tuple[str, str], str] = {}
    for state in _wizard_states(qtbot, window):
        for clip in find_clipped(window, checks=checks):
            found[(state, clip.widget.objectName() or type(clip.widget).__name__)] = f"{state}: {clip}"
    return found


@pytest.fixture
def audit_in_tmp(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Wizards open the demo audit log (in the user data folder): keep it in a temporary folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.mark.slow
@pytest.mark.usefixtures("audit_in_tmp")
@pytest.mark.parametrize(("language", "scan_all"), [("en", "Scan all"), ("pt-PT", "Analisar tudo")])
def test_the_wizards_cut_off_no_text_in_english_nor_in_portuguese(
    qtbot: Any, window: MainWindow, languages: LanguageManager, language: str, scan_all: str
) -> None:
    """Every step of every wizard, previews included, walked in each language (one test per language, so
    that pytest-xdist walks the two at once)."""
    languages.set_language(language)
    qtbot.waitUntil(lambda: window.scan_all_action.text() == scan_all)
    problems = list(_look_at_wizards(qtbot, window, ALL).values())
    assert problems == [], "\n".join(problems)


@pytest.mark.slow
@pytest.mark.usefixtures("audit_in_tmp")
def test_no_text_is_cut_off_in_the_wizards_in_a_language_twice_as_long(
    qtbot: Any, window: MainWindow, languages: LanguageManager
) -> None:
    languages.set_language("en")
    with stretched_language():
        QCoreApplication.sendPostedEvents()
        qtbot.waitUntil(lambda: window.scan_all_action.text() == "Scan all Scan all")
        problems = list(_look_at_wizards(qtbot, window, CUT_TEXT).values())
        assert problems == [], "\n".join(problems)


# --- a small screen: 1024×700 ------------------------------------------------------------------------------


def _vm_names_cut(window: MainWindow) -> list[str]:
    """VM names the tree's Name column cannot show whole (the user could not tell them apart)."""
    from gui.vm_tree_model import COLUMN_NAME

    view = window.tree.view
    proxy = window.tree.proxy
    metrics = view.fontMetrics()
    cut = []
    for node in window.model.vm_nodes():
        index = proxy.mapFromSource(window.model.index_of(node, COLUMN_NAME))
        if not index.isValid():
            continue
        view.scrollTo(index)
        rect = view.visualRect(index)
        needed = view.iconSize().width() + metrics.horizontalAdvance(node.name) + 12
        if rect.width() < needed:
            cut.append(f"{node.name} ({rect.width()} px of {needed})")
    return cut


@pytest.mark.parametrize(("language", "scan_all"), [("en", "Scan all"), ("pt-PT", "Analisar tudo")])
def test_nothing_is_cut_off_at_1024_by_700(
    qtbot: Any, window: MainWindow, languages: LanguageManager, language: str, scan_all: str
) -> None:
    languages.set_language(language)
    window.resize(1024, 700)
    problems = _look(qtbot, window, lambda: window.scan_all_action.text() == scan_all)
    assert problems == [], "\n".join(problems)
    window.tree.view.expandAll()
    QApplication.processEvents()
    assert _vm_names_cut(window) == []
    # Subscription names fit, or are elided in the middle with the whole name in the tooltip.
    assert window.tree.view.textElideMode() == Qt.TextElideMode.ElideMiddle
    for node in window.model.scope_nodes():
        assert window.model.tooltip(node).startswith(node.name)
