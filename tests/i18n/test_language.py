"""The language in use: chosen from the OS, switched at runtime, and Portuguese wherever text is shown."""

from __future__ import annotations

import io
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from catalogs import PT_CATALOG, TRANSLATIONS, read_entries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from core import cli
from core.catalog_translator import load_ts, normalize_language, system_language, translator_for
from core.i18n import Msg, Translate
from core.scan import ScanReport
from core.session import demo_session
from gui.catalog_files import compiled_catalog
from gui.i18n import LanguageManager
from gui.main import GuiOptions
from gui.main_window import MainWindow
from gui.settings import AppSettings

SCAN_TIMEOUT_MS = 30_000


# --- choosing the language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("pt_PT.UTF-8", "pt-PT"),
        ("pt-PT", "pt-PT"),
        ("pt_BR.UTF-8", "pt-PT"),
        ("pt", "pt-PT"),
        ("PT_pt", "pt-PT"),
        ("en_GB.UTF-8", "en"),
        ("de_DE", "en"),
        ("C", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_any_portuguese_locale_means_pt_pt_and_anything_else_english(value: str | None, expected: str) -> None:
    assert normalize_language(value) == expected


def test_the_os_locale_decides_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "pt_PT.UTF-8")
    assert system_language() == "pt-PT"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # LC_ALL wins, as in libc
    assert system_language() == "en"


# --- the Qt-free side: CLI and report ----------------------------------------------------------------


class _Recorder:
    """A Translate that notes every (context, source) it is asked for."""

    def __init__(self) -> None:
        self.asked: set[tuple[str, str]] = set()

    def __call__(self, context: str, source: str) -> str:
        self.asked.add((context, source))
        return source


def test_every_text_a_demo_scan_shows_has_a_portuguese_translation(demo_report: ScanReport, pt: Translate) -> None:
    """Titles, details, problems and their nested values: everything a scan renders is in the catalog,
    in the context it is looked up in (a mark in the wrong context would be missed here)."""
    recorder = _Recorder()
    demo_report.to_json(recorder)
    for vm in demo_report.vms:
        for problem in vm.facts.unavailable.values():
            problem.message.render(recorder)
    table = load_ts(PT_CATALOG)
    assert len(recorder.asked) > 60
    assert sorted(key for key in recorder.asked if key not in table) == []
    rendered = json.dumps(demo_report.to_json(pt), ensure_ascii=False)
    # Text quoted from Azure may hold JSON itself (a policy denial names the policy as '[{"policyAssignment":…'),
    # which json.dumps escapes as {\".
    plain = rendered.replace('{\\"', "").replace('{"', "").replace("{}", "")
    assert "{" not in plain, "a placeholder was left unformatted"


def _scan_text(language: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["scan", "--demo", "--lang", language], stdout=out, stderr=err)
    assert code in (cli.EXIT_OK, cli.EXIT_INCOMPLETE), err.getvalue()
    return out.getvalue()


def test_scan_with_lang_pt_pt_prints_portuguese() -> None:
    english, portuguese = _scan_text("en"), _scan_text("pt-PT")
    assert portuguese.splitlines()[0] == "Backup Doctor — análise de Inquilino de demonstração"
    assert english.splitlines()[0] == "Backup Doctor scan of Demo tenant"
    assert "VMs analisadas:" in portuguese and "com falhas:" in portuguese
    assert "cópia de segurança" in portuguese
    # Every finding line (title or detail, indented under its VM) reads differently from the English one.
    sentences = {line.strip() for line in english.splitlines() if line.startswith("    ")}
    assert sentences
    assert [line for line in portuguese.splitlines() if line.startswith("    ") and line.strip() in sentences] == []


def test_scan_json_carries_portuguese_titles_and_the_stable_english_target() -> None:
    out = io.StringIO()
    cli.main(["scan", "--demo", "--lang", "pt-PT", "--format", "json"], stdout=out, stderr=io.StringIO())
    document = json.loads(out.getvalue())
    assert document["target"] == "Demo tenant"
    titles = [finding["title"] for vm in document["vms"] for finding in vm["findings"]]
    assert "A VM está em execução e o agente convidado está Ready (pronto)" in titles


def test_cli_usage_errors_are_portuguese_too() -> None:
    err = io.StringIO()
    args = ["scan", "--tenant", "contoso.onmicrosoft.com", "--lang", "pt-PT"]
    assert cli.main(args, stdout=io.StringIO(), stderr=err) == cli.EXIT_COULD_NOT_RUN
    assert "utilize --tenant-id contoso.onmicrosoft.com" in err.getvalue()


def test_explain_with_lang_pt_pt_prints_portuguese() -> None:
    out = io.StringIO()
    code = cli.main(["explain", "UserErrorGuestAgentStatusUnavailable", "--lang", "pt-PT"], stdout=out)
    text = out.getvalue()
    assert code == 0
    assert text.startswith("UserErrorGuestAgentStatusUnavailable: O agente da VM não consegue comunicar com o Azure")
    assert "(texto original do Azure: VM Agent unable to communicate with Azure Backup)" in text
    assert "Causas, pela ordem em que a Microsoft as documenta:" in text
    assert "Resolução: " in text and "(assistente " in text
    assert "Fonte: https://" in text

    out = io.StringIO()
    assert cli.main(["explain", "no such error at all", "--lang", "pt-PT"], stdout=out) == 1
    assert out.getvalue().startswith("Nenhum erro documentado do Azure Backup corresponde a «no such error at all»")


def test_explain_json_is_portuguese() -> None:
    out = io.StringIO()
    cli.main(["explain", "UserErrorVmProvisioningStateFailed", "--lang", "pt-PT", "--format", "json"], stdout=out)
    match = json.loads(out.getvalue())["matches"][0]
    assert match["message"] == "A VM está num estado de aprovisionamento com falha"
    assert match["documentedMessage"] == "The VM is in failed provisioning state"


def test_the_qt_free_translator_skips_unfinished_entries(tmp_path: Path) -> None:
    catalog = tmp_path / "backup_doctor_pt_PT.ts"
    catalog.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="pt_PT"><context><name>C</name>'
        "<message><source>Done</source><translation>Feito</translation></message>"
        '<message><source>Todo</source><translation type="unfinished">Por fazer</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert load_ts(catalog) == {("C", "Done"): "Feito"}


def test_a_missing_catalog_leaves_the_cli_in_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import core.catalog_translator as catalog_translator

    monkeypatch.setattr(catalog_translator, "translations_dir", lambda: tmp_path)
    message = Msg("Cli", "Could not read everything:")
    assert message.render(translator_for("pt-PT")) == "Could not read everything:"


# --- the window's catalogs: built by the build, compiled on demand when missing ----------------------------


def _copy_sources(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for ts in TRANSLATIONS.glob("*.ts"):
        shutil.copy2(ts, folder / ts.name)
    return folder


def test_a_fresh_checkout_without_qm_files_still_shows_portuguese(app: QApplication, tmp_path: Path) -> None:
    """As after `git clone` when the build step did not run: the .qm is compiled from the .ts on first use."""
    folder = _copy_sources(tmp_path / "translations")
    assert not list(folder.glob("*.qm"))
    manager = LanguageManager(directory=folder)
    try:
        manager.set_language("pt-PT")
        assert manager.catalog_loaded()
        assert (folder / "backup_doctor_pt_PT.qm").is_file()
        assert QCoreApplication.translate("WindowActions", "Scan all") == "Analisar tudo"
        assert QCoreApplication.translate("VmTreeModel", "%n failing", "", 3) == "3 com falhas"
    finally:
        manager.set_language("en")
    assert QCoreApplication.translate("WindowActions", "Scan all") == "Scan all"


def test_a_qm_older_than_its_ts_is_compiled_again(tmp_path: Path) -> None:
    folder = _copy_sources(tmp_path / "translations")
    qm = compiled_catalog("pt-PT", folder)
    assert qm is not None
    ts = folder / "backup_doctor_pt_PT.ts"
    later = time.time() + 60
    os.utime(ts, (later, later))  # the .ts changed after the .qm was built (a `git pull`)
    before = qm.stat().st_mtime
    assert compiled_catalog("pt-PT", folder) == qm
    assert qm.stat().st_mtime > before


def test_english_plural_forms_come_from_the_english_catalog(languages: LanguageManager) -> None:
    languages.set_language("en")
    assert languages.catalog_loaded()
    assert QCoreApplication.translate("VmTreeModel", "%n failing", "", 1) == "1 failing"
    assert QCoreApplication.translate("DiagnosticsPane", "… and %n more.", "", 2) == "… and 2 more."


# --- the window ---------------------------------------------------------------------------------------


def _open_demo(qtbot: Any, window: MainWindow) -> MainWindow:
    with qtbot.waitSignal(window.scan_finished, timeout=SCAN_TIMEOUT_MS):
        window.set_session(demo_session())
    return window


def test_the_window_starts_in_the_os_language(
    qtbot: Any, app: QApplication, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No saved choice and no --lang: a Portuguese OS gets the window in pt-PT."""
    from gui import app as gui_app

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "pt_PT.UTF-8")
    assert settings.language is None
    window = gui_app.create_window(GuiOptions(), settings=settings)
    qtbot.addWidget(window)
    try:
        assert window.languages.language == "pt-PT"
        qtbot.waitUntil(lambda: window.scan_all_action.text() == "Analisar tudo")
        assert window.file_menu.title() == "&Ficheiro"
        assert window.welcome.demo_button.text() == "Abrir o inquilino de demonstração"
    finally:
        window.languages.set_language("en")


def test_switching_language_retranslates_everything_shown(
    qtbot: Any, settings: AppSettings, languages: LanguageManager
) -> None:
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    window.show()
    _open_demo(qtbot, window)
    report = window.last_report
    assert report is not None
    failing = next(vm for vm in report.vms if vm.status.value == "fail")
    node = next(n for n in window.model.vm_nodes() if n.name == failing.facts.name)
    assert window.select(node.key)
    english_titles = [card.title.text() for card in window.diagnostics.finding_cards()]

    window.language_actions["pt-PT"].trigger()
    qtbot.waitUntil(lambda: window.scan_all_action.text() == "Analisar tudo")
    pt = translator_for("pt-PT")
    titles = [card.title.text() for card in window.diagnostics.finding_cards()]
    assert titles == [finding.title.render(pt) for finding in _shown_order(window)]
    assert titles != english_titles
    tenant = window.model.tenant()
    assert tenant is not None and tenant.name == "Inquilino de demonstração"
    assert window.banner.title.text() == "Inquilino de demonstração"
    assert window.tabs.tabText(0) == "Diagnóstico"
    assert window.tree.status_combo.currentText() == "Todos os estados"
    assert window.status_label.text().startswith("Análise concluída.")
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Estado"

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.scan_all_action.text() == "Scan all")
    assert [card.title.text() for card in window.diagnostics.finding_cards()] == english_titles
    assert tenant.name == "Demo tenant"


def _shown_order(window: MainWindow) -> list[Any]:
    return [card.finding for card in window.diagnostics.finding_cards()]


def test_the_catalog_translates_every_gui_context(languages: LanguageManager) -> None:
    """A spot check per context that the compiled catalog the window loads is the committed one."""
    languages.set_language("pt-PT")
    entries = [e for e in read_entries(PT_CATALOG) if not e.numerus and e.state is None]
    for entry in entries:
        assert QCoreApplication.translate(entry.context, entry.source) == entry.forms[0], entry.key


def test_qt_own_texts_are_current_pt_pt(qtbot: Any, languages: LanguageManager) -> None:
    """Standard buttons and text fields' context menus come from our catalog (gui/qt_strings.py), which
    overrides the pre-reform qt_pt_PT.qm ("Seleccionar") and fills what Qt 6 lacks ("QPlatformTheme")."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    languages.set_language("pt-PT")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert sorted(button.text() for button in buttons.buttons()) == ["Cancelar", "OK"]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert "Selecionar tudo" in texts and "&Copiar" in texts


def test_fix_with_lang_pt_pt_previews_and_asks_in_portuguese(tmp_path: Path) -> None:
    out = io.StringIO()
    audit = str(tmp_path / "audit.jsonl")
    code = cli.main(
        ["fix", "remove-backup-extension", "--vm", "vm-erp-app03", "--demo", "--lang", "pt-PT", "--audit-log", audit],
        stdout=out,
        stderr=io.StringIO(),
        stdin=io.StringIO("n\n"),
    )
    text = out.getvalue()
    assert code == 1
    assert text.startswith("Backup Doctor — correção: Remover a extensão de cópia de segurança com falha")
    assert "(Inquilino de demonstração)" in text
    assert "Pedidos ao Azure:" in text and "precisa da permissão" in text
    assert "Failed (com falha)" in text
    assert "Continuar? [s/N]" in text and "Não confirmado: nada foi alterado." in text
