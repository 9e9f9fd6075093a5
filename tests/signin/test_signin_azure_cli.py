"""Reusing an Azure CLI sign-in: the real AzureCliCredential runs `az account get-access-token`. The `az` on
PATH here stands in for a person who ran `az login` against the simulated Entra ID: it gets its token there
with the device code flow (approving it as the person would) and prints what the CLI prints."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from core.azure.signin import Method, SignIn
from core.azure.target import Target
from core.session import signed_in_session
from core.simulator import SimulatorServer
from tests.signin.conftest import ANA, TENANT_A, MemoryKeyring

_AZ = """#!{python}
import json, os, sys, time
import requests
args = sys.argv[1:]
assert args[:2] == ["account", "get-access-token"], args
resource = args[args.index("--resource") + 1]
tenant = args[args.index("--tenant") + 1] if "--tenant" in args else "organizations"
base, ca, user = os.environ["SIM_URL"], os.environ["SIM_CA"], os.environ["SIM_USER"]
session = requests.Session()
session.trust_env = False
client = "04b07795-8ddb-461a-bbee-02f9e1bf7b46"
flow = session.post(f"{{base}}/{{tenant}}/oauth2/v2.0/devicecode", verify=ca,
                    data={{"client_id": client, "scope": resource + "/.default offline_access"}}).json()
session.get(flow["verification_uri"], params={{"user_code": flow["user_code"], "username": user}}, verify=ca)
answer = session.post(f"{{base}}/{{tenant}}/oauth2/v2.0/token", verify=ca, data={{
    "grant_type": "urn:ietf:params:oauth:grant-type:device_code", "device_code": flow["device_code"],
    "client_id": client}}).json()
print(json.dumps({{"accessToken": answer["access_token"], "expires_on": int(time.time()) + answer["expires_in"],
                  "tokenType": "Bearer", "tenant": tenant}}))
"""


@pytest.fixture
def az_on_path(tmp_path: Path, entra: SimulatorServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    az = folder / "az"
    az.write_text(_AZ.format(python=sys.executable), encoding="utf-8")
    az.chmod(az.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(sys.path))
    monkeypatch.setenv("SIM_URL", entra.base_url)
    monkeypatch.setenv("SIM_CA", entra.ca_file)
    monkeypatch.setenv("SIM_USER", ANA)
    return az


def test_an_existing_azure_cli_login_is_reused(az_on_path: Path, target: Target, memory_keyring: MemoryKeyring) -> None:
    sign_in = SignIn(target)
    assert Method.AZURE_CLI in sign_in.methods()

    identity = sign_in.sign_in(Method.AZURE_CLI, tenant_id=TENANT_A)

    assert (identity.username, identity.tenant_id) == (ANA, TENANT_A)
    assert identity.object_id == "a0a0a0a0-0000-4000-8000-00000000000a"
    with signed_in_session(sign_in) as session:
        names = sorted(s["displayName"] for s in session.gateway.list_subscriptions())
    assert names == ["Sim Development", "Sim Production"]
    assert memory_keyring.values == {}  # nothing of the CLI's is stored by Backup Doctor
