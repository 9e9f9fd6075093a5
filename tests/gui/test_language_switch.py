"""Switching language at runtime re-translates the window and re-renders findings, without a restart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from window_helpers import first_vm_with, select

from core.findings import Status
from gui.i18n import LanguageManager, catalog_file
from gui.main_window import MainWindow
from gui.settings import AppSettings
from gui.vm_tree_model import COLUMN_SUMMARY

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def _write_catalog(path: Path, messages: dict[str, dict[str, str]], plurals: dict[str, dict[str, str]]) -> None:
    """A pt_PT .ts with the given (context -> source -> translation) entries, compiled to `path`."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="pt_PT">']
    for context in sorted(set(messages) | set(plurals)):
        parts.append(f"<context><name>{escape(context)}</name>")
        for source, text in messages.get(context, {}).items():
            parts.append(f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>")
        for source, text in plurals.get(context, {}).items():
            forms = "".join(f"<numerusform>{escape(text)}</numerusform>" for _ in range(2))
            parts.append(
                f'<message numerus="yes"><source>{escape(source)}</source><translation>{forms}</translation></message>'
            )
        parts.append("</context>")
    parts.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    ts = path.with_suffix(".ts")
    ts.write_text("\n".join(parts), encoding="utf-8")
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(path)], check=True, capture_output=True, timeout=60)


def test_the_language_menu_switches_at_runtime(
    qtbot: Any, demo_window: MainWindow, languages: LanguageManager, settings: AppSettings
) -> None:
    report = demo_window.last_report
    assert report is not None
    name = first_vm_with(report, Status.FAIL)
    result = next(vm for vm in report.vms if vm.facts.name == name)
    finding = next(f for f in result.findings if f.status is Status.FAIL)
    _write_catalog(
        catalog_file("pt-PT", languages._directory),
        {
            "WindowActions": {"Scan all": "Analisar tudo"},
            "TreePanel": {"All statuses": "Todos os estados"},
            finding.title.context: {finding.title.source: "PT: " + finding.title.source},
        },
        {"VmTreeModel": {"%n failing": "%n com falhas"}},
    )
    select(demo_window, name)
    tenant = demo_window.model.tenant()
    assert tenant is not None

    demo_window.language_actions["pt-PT"].trigger()
    qtbot.waitUntil(lambda: demo_window.scan_all_action.text() == "Analisar tudo")
    assert languages.language == "pt-PT" and languages.catalog_loaded()
    assert settings.language == "pt-PT"
    assert demo_window.tree.status_combo.currentText() == "Todos os estados"
    titles = [card.title.text() for card in demo_window.diagnostics.finding_cards()]
    assert "PT: " + finding.title.render() in titles
    assert f"{tenant.counts.failing} com falhas" in demo_window.model.index_of(tenant, COLUMN_SUMMARY).data()
    assert demo_window.menus.language_button.text() == "Português"
    # Qt's own strings (context menus of text fields) follow, from the pt_PT catalog PySide6 ships.
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Copiar"

    demo_window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: demo_window.scan_all_action.text() == "Scan all")
    assert finding.title.render() in [card.title.text() for card in demo_window.diagnostics.finding_cards()]
    assert "failing" in demo_window.model.index_of(tenant, COLUMN_SUMMARY).data()


def test_portuguese_without_a_catalog_keeps_english_text(qtbot: Any, demo_window: MainWindow, languages: Any) -> None:
    demo_window.set_language("pt-PT")
    qtbot.wait(10)
    assert languages.language == "pt-PT" and not languages.catalog_loaded()
    assert demo_window.scan_all_action.text() == "Scan all"
    assert demo_window.language_actions["pt-PT"].isChecked()
