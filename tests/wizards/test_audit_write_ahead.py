"""Write-ahead audit: the intent (with the state before) is on disk before a change is sent; no log, no change;
an interrupted change reads as "unknown" and the next run reads the target again and records what it finds."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest

from core.audit import AuditLog, ok_result
from core.session import Session
from core.wizards import ACTIONS, Outcome, PreviewState

from .helpers import context, mutations, server

LOCK_VM = "vm-ftp01"
LOCK_ID = (
    "/subscriptions/c4e81b6f-3a2d-47e9-b5f0-91d6a8c27e43/resourceGroups/AzureBackupRG_westeurope_1"
    "/providers/Microsoft.Authorization/locks/bloqueio-governanca"
)


def _preview(session: Session, audit: AuditLog, action_id: str, vm: str = LOCK_VM):  # type: ignore[no-untyped-def]
    ctx = context(session, vm, audit)
    preview = ACTIONS[action_id].preview(session.gateway, ctx)
    assert preview.state is PreviewState.READY, preview.summary.render()
    return ctx, preview


def test_an_audit_log_that_cannot_be_written_stops_the_action_before_any_change(
    session: Session, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    audit = AuditLog(blocker / "audit.jsonl")  # its folder is a file: it can never be written
    ctx, preview = _preview(session, audit, "remove-rp-lock")
    before = len(mutations(session))

    result = ACTIONS["remove-rp-lock"].run(session.gateway, ctx, confirm=True, preview=preview)

    assert result.outcome is Outcome.FAILED
    assert "audit log" in result.message.render() and "no change was sent" in result.message.render()
    assert len(mutations(session)) == before
    assert server(session).store.get(LOCK_ID) is not None


def test_the_fix_command_with_an_unwritable_audit_log_changes_nothing_and_says_why(
    session: Session, tmp_path: Path
) -> None:
    from core import cli

    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    stdout, stderr = StringIO(), StringIO()
    code = cli.main(
        [
            "fix",
            "remove-backup-extension",
            "--demo",
            "--vm",
            "vm-erp-app03",
            "--yes",
            "--audit-log",
            str(blocker / "audit.jsonl"),
            "--lang",
            "en",
        ],
        stdout,
        stderr,
    )
    assert code == 1
    assert "no change was sent" in stdout.getvalue() + stderr.getvalue()
    assert "Traceback" not in stdout.getvalue() + stderr.getvalue()


def test_the_intent_with_the_full_before_state_is_written_before_the_request_is_sent(
    session: Session, audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, preview = _preview(session, audit, "remove-rp-lock")
    original = server(session).store.get(LOCK_ID)
    seen_on_disk: list[list[dict[str, object]]] = []
    real_delete = session.gateway.delete_lock

    def delete_then_interrupt(lock_id: str) -> None:
        seen_on_disk.append([json.loads(line) for line in audit.path.read_text(encoding="utf-8").splitlines()])
        real_delete(lock_id)
        raise KeyboardInterrupt  # Ctrl-C once Azure has deleted the lock, before the answer is handled

    monkeypatch.setattr(session.gateway, "delete_lock", delete_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        ACTIONS["remove-rp-lock"].run(session.gateway, ctx, confirm=True, preview=preview)

    (intent,) = seen_on_disk[0]
    assert intent["phase"] == "intent" and intent["result"] == {"status": "pending"}
    assert intent["target"].lower() == LOCK_ID.lower()
    assert intent["before"]["lock"]["properties"] == original["properties"]  # name, level, notes, owners
    (entry,) = audit.read().entries
    assert entry.status == "unknown"  # the outcome was never written: the log says it does not know
    assert server(session).store.get(LOCK_ID) is None


def test_the_next_run_reads_an_interrupted_change_again_and_the_lock_can_be_put_back(
    session: Session, audit: AuditLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, preview = _preview(session, audit, "remove-rp-lock")
    original = server(session).store.get(LOCK_ID)
    real_delete = session.gateway.delete_lock

    def delete_then_interrupt(lock_id: str) -> None:
        real_delete(lock_id)
        raise KeyboardInterrupt

    monkeypatch.setattr(session.gateway, "delete_lock", delete_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        ACTIONS["remove-rp-lock"].run(session.gateway, ctx, confirm=True, preview=preview)
    monkeypatch.undo()

    # The next run, whatever its action, first reconciles: the lock is gone, so the removal was made.
    ctx, preview = _preview(session, audit, "delete-restore-point-collection")
    assert ACTIONS["delete-restore-point-collection"].run(session.gateway, ctx, confirm=True, preview=preview).ok
    removal = next(e for e in audit.read().entries if e.action == "remove-rp-lock")
    assert removal.ok and removal.reconciled
    assert audit.read().interrupted == []

    ctx, preview = _preview(session, audit, "restore-rp-lock")
    assert ACTIONS["restore-rp-lock"].run(session.gateway, ctx, confirm=True, preview=preview).ok
    assert server(session).store.get(LOCK_ID) == original


def test_a_put_records_the_state_before_it_too(session: Session, audit: AuditLog) -> None:
    ctx, preview = _preview(session, audit, "remove-rp-lock")
    assert ACTIONS["remove-rp-lock"].run(session.gateway, ctx, confirm=True, preview=preview).ok
    ctx, preview = _preview(session, audit, "restore-rp-lock")
    assert ACTIONS["restore-rp-lock"].run(session.gateway, ctx, confirm=True, preview=preview).ok

    lines = [json.loads(line) for line in audit.path.read_text(encoding="utf-8").splitlines()]
    put_intent = next(line for line in lines if line["action"] == "restore-rp-lock" and line["phase"] == "intent")
    assert "before" in put_intent and put_intent["before"] is None  # there was no lock before the PUT
    put = next(e for e in audit.read().entries if e.action == "restore-rp-lock")
    assert put.ok and put.before is None


def test_lines_written_before_write_ahead_read_as_they_always_did(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    old = {
        "time": "2026-11-20T10:00:00.000Z",
        "who": "demo",
        "tenant": "Demo tenant",
        "vm": "/x/vm",
        "action": "remove-rp-lock",
        "operation": "Microsoft.Authorization/locks/delete",
        "target": "/x/lock",
        "parameters": {"lock": {}},
        "result": ok_result(),
    }
    path.write_text(json.dumps(old) + "\n", encoding="utf-8")
    (entry,) = AuditLog(path).read().entries
    assert entry.ok and entry.target == "/x/lock" and entry.id is None and not entry.reconciled
    assert entry.to_json() == old


def test_a_line_nested_too_deeply_is_skipped_like_any_line_that_is_not_an_entry(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    path.write_text('{"a": ' * 100_000 + "1" + "}" * 100_000 + "\n", encoding="utf-8")
    reading = AuditLog(path).read()
    assert reading.entries == [] and reading.skipped_lines == 1
