"""What a signed-in helpdesk user meets: MFA, short-lived tokens, another tenant, a Reader-only account, and
no token written anywhere. Real azure-identity/MSAL and the real SDK against the simulated Entra ID + ARM."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import requests

from core.audit import AuditLog
from core.azure.errors import AzureProblemError
from core.azure.signin import Method, SignIn
from core.report.scan_text import format_text
from core.scan import run_scan
from core.session import signed_in_session
from core.simulator import SimulatorServer
from core.wizards import ACTIONS, PreviewState
from core.wizards.context import read_context
from tests.signin.conftest import (
    ANA,
    MARTA,
    RUI,
    SUB_1,
    SUB_2,
    SUB_3,
    TENANT_A,
    TENANT_B,
    MemoryKeyring,
    ScriptedBrowser,
)


def _vm(session_gateway: object, name: str) -> str:
    from core.azure.gateway import AzureGateway

    assert isinstance(session_gateway, AzureGateway)
    return next(v["id"] for v in session_gateway.list_virtual_machines(SUB_1) if v["name"] == name)


def test_reader_only_account_diagnoses_and_the_fix_names_the_missing_role_before_trying(
    signin: SignIn, browser: ScriptedBrowser, entra: SimulatorServer, tmp_path: Path
) -> None:
    browser.username = RUI
    signin.sign_in(Method.BROWSER)
    with signed_in_session(signin) as session:
        report = run_scan(session.gateway)
        assert [s.id for s in report.subscriptions] == [SUB_1]  # the only one Rui has a role on
        assert report.vms and not report.problems

        entra.clear_request_log()
        ctx = read_context(session.gateway, _vm(session.gateway, "vm-sql01"), audit=AuditLog(tmp_path / "a.jsonl"))
        preview = ACTIONS["remove-backup-extension"].preview(session.gateway, ctx)

    assert preview.state is PreviewState.BLOCKED
    text = preview.summary.render()
    assert "Microsoft.Compute/virtualMachines/extensions/delete" in text
    assert "Virtual Machine Contributor" in text and RUI in text
    assert not [e for e in entra.request_log if e.method not in ("GET", "HEAD")]  # nothing was tried


def test_a_write_the_roles_do_not_allow_gets_403_authorization_failed(
    signin: SignIn, browser: ScriptedBrowser, entra: SimulatorServer
) -> None:
    browser.username = RUI
    signin.sign_in(Method.BROWSER)
    token = signin.credential.get_token("https://management.azure.com/.default").token
    vm = f"/subscriptions/{SUB_1}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-web01"
    answer = requests.delete(
        f"{entra.base_url}{vm}/extensions/VMSnapshot?api-version=2024-07-01",
        headers={"Authorization": f"Bearer {token}"},
        verify=entra.ca_file,
        timeout=30,
    )
    assert answer.status_code == 403
    error = answer.json()["error"]
    assert error["code"] == "AuthorizationFailed"
    assert "Microsoft.Compute/virtualMachines/extensions/delete" in error["message"] and RUI in error["message"]
    allowed = requests.get(
        f"{entra.base_url}{vm}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01",
        headers={"Authorization": f"Bearer {token}"},
        verify=entra.ca_file,
        timeout=30,
    ).json()["value"]
    assert {"*/read"} <= {a for entry in allowed for a in entry["actions"]}


def test_owner_fix_runs_and_the_audit_log_names_the_account_and_tenant(
    signin: SignIn, browser: ScriptedBrowser, tmp_path: Path
) -> None:
    signin.sign_in(Method.BROWSER)
    audit = AuditLog(tmp_path / "audit.jsonl")
    with signed_in_session(signin) as session:
        ctx = read_context(session.gateway, _vm(session.gateway, "vm-sql01"), audit=audit)
        action = ACTIONS["remove-backup-extension"]
        preview = action.preview(session.gateway, ctx)
        assert preview.state is PreviewState.READY, preview.summary.render()
        assert action.run(session.gateway, ctx, confirm=True, preview=preview).ok
    [entry] = audit.read().entries
    assert ANA in entry.who and "a0a0a0a0-0000-4000-8000-00000000000a" in entry.who
    assert entry.tenant is not None and TENANT_A in entry.tenant


def test_conditional_access_claims_challenge_is_answered_by_signing_in_again_with_mfa(
    signin: SignIn, browser: ScriptedBrowser, entra: SimulatorServer
) -> None:
    browser.username = MARTA
    signin.sign_in(Method.BROWSER)
    assert any("Permissions requested" in page for page in browser.pages)  # consent on the first sign-in
    assert len(browser.opened) == 1

    with signed_in_session(signin) as session:
        vms = session.gateway.list_virtual_machines(SUB_1)  # ARM: 401 insufficient_claims, then the retry

    assert vms
    assert len(browser.opened) == 2 and "claims=" in browser.opened[1]
    assert any("Approve sign in request" in page for page in browser.pages)


def test_tokens_that_expire_during_a_scan_are_refreshed_silently(
    signin: SignIn, browser: ScriptedBrowser, entra: SimulatorServer
) -> None:
    entra.arm.context.directory.token_lifetime = 30  # shorter than MSAL's 5-minute margin: every call refreshes
    signin.sign_in(Method.BROWSER)
    with signed_in_session(signin) as session:
        report = run_scan(session.gateway, [SUB_1, SUB_2])
    assert report.complete and report.vms
    assert entra.entra.state.issued.get("refresh_token", 0) >= 2
    assert len(browser.opened) == 1  # never interactive again


def test_arm_refuses_an_expired_token_with_its_www_authenticate_header(
    signin: SignIn, browser: ScriptedBrowser, entra: SimulatorServer
) -> None:
    signin.sign_in(Method.BROWSER)
    token = signin.credential.get_token("https://management.azure.com/.default").token
    entra.arm.context.signer.clock_offset = 2 * 3600
    answer = requests.get(
        f"{entra.base_url}/subscriptions/{SUB_1}/resourcegroups?api-version=2022-09-01",
        headers={"Authorization": f"Bearer {token}"},
        verify=entra.ca_file,
        timeout=30,
    )
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "ExpiredAuthenticationToken"
    assert 'error="invalid_token"' in answer.headers["WWW-Authenticate"]


def test_switching_tenant_reauthenticates_for_it_and_a_token_of_another_tenant_is_refused(
    signin: SignIn, browser: ScriptedBrowser
) -> None:
    signin.sign_in(Method.BROWSER)
    with signed_in_session(signin, TENANT_A) as home:
        assert {t["tenantId"] for t in home.gateway.list_tenants()} == {TENANT_A, TENANT_B}
        with pytest.raises(AzureProblemError) as refused:
            home.gateway.list_virtual_machines(SUB_3)
        assert refused.value.problem.code == "InvalidAuthenticationTokenTenant"
    with signed_in_session(signin, TENANT_B) as other:
        assert [s["displayName"] for s in other.gateway.list_subscriptions()] == ["Fabrikam Lab"]
        assert other.gateway.identity is not None and other.gateway.identity.tenant_id == TENANT_B
    assert len(browser.opened) == 1  # the refresh token reached the other tenant silently


def test_no_token_is_written_to_logs_keyring_audit_log_or_reports(
    signin: SignIn,
    browser: ScriptedBrowser,
    entra: SimulatorServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    signin.sign_in(Method.BROWSER)
    audit = AuditLog(tmp_path / "audit.jsonl")
    with signed_in_session(signin) as session:
        report = run_scan(session.gateway)
        ctx = read_context(session.gateway, _vm(session.gateway, "vm-web01"), audit=audit)
        action = ACTIONS["trigger-backup"]
        assert action.run(session.gateway, ctx, confirm=True, preview=action.preview(session.gateway, ctx)).ok
    written = "\n".join(
        [
            caplog.text,
            json.dumps(report.to_json()),
            format_text(report, lambda c, s, d=None, n=-1: s),
            (tmp_path / "audit.jsonl").read_text(encoding="utf-8"),
            json.dumps(sorted(memory_keyring.values.items())),
        ]
    )
    secrets = entra.entra.state.secrets
    assert len(secrets) >= 3
    leaked = [s[:12] for s in secrets if s in written]
    assert leaked == []
    assert "ana@contoso.example" in (tmp_path / "audit.jsonl").read_text(encoding="utf-8")


def test_a_parallel_scan_that_meets_conditional_access_asks_for_mfa_once(
    signin: SignIn, browser: ScriptedBrowser, entra: SimulatorServer
) -> None:
    browser.username = MARTA
    signin.sign_in(Method.BROWSER)
    with signed_in_session(signin) as session:
        report = run_scan(session.gateway, [SUB_1])
    assert report.vms and not report.problems
    assert len(browser.opened) == 2  # the sign-in, then one MFA for every call that met the challenge
