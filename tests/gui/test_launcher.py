"""The `backup-doctor` entry point: no Qt at import, subcommands go to the CLI, options to the window."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from gui import main as launcher

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_launcher_does_not_import_qt() -> None:
    code = "import sys, gui, gui.main; sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr or "PySide6 was imported"


@pytest.mark.parametrize("command", ["scan", "simulate", "explain", "fix"])
def test_subcommands_are_delegated_to_the_cli(monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    calls: list[list[str]] = []
    fake = types.ModuleType("core.cli")
    fake.main = lambda argv: calls.append(list(argv)) or 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "core.cli", fake)
    import core

    monkeypatch.setattr(core, "cli", fake, raising=False)

    assert launcher.main([command, "--demo"]) == 7
    assert calls == [[command, "--demo"]]


def test_gui_options_are_parsed_without_starting_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    options = launcher.parse_gui_options(["--demo", "--lang", "pt-PT"])
    assert options == launcher.GuiOptions(demo=True, tenant=None, language="pt-PT")
    assert launcher.parse_gui_options(["--tenant", "t.json"]).tenant == Path("t.json")


def test_usage_errors_and_help_exit_without_a_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert launcher.main(["--demo", "--tenant", "x.json"]) == 2
    assert "not allowed with" in capsys.readouterr().err
    assert launcher.main(["--help"]) == 0
    assert "--demo" in capsys.readouterr().out
