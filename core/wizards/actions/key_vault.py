"""The key vault family: give the Backup Management Service the key and secret permissions Azure Backup
needs to back up a VM encrypted with Azure Disk Encryption (grant-keyvault-access), through the access
policy operation "add" (nothing anyone has is taken away). A vault on Azure RBAC is left to the manual step.
"""

from __future__ import annotations

from collections.abc import Sequence

from core import ids
from core.azure.gateway import AzureGateway, Json
from core.facts import FACT_KEY_VAULTS
from core.i18n import QT_TRANSLATE_NOOP, Msg
from core.wizards import selectors as sel
from core.wizards.actions.base import Action, _Execution, _names
from core.wizards.actions.guards import _Blocked, _collect
from core.wizards.context import WizardContext
from core.wizards.model import ActionPreview, ActionResult, Change, Outcome, PlannedOperation, msg

GRANT_KEYVAULT_ACCESS = "grant-keyvault-access"

PERMISSION_ACCESS_POLICY_WRITE = "Microsoft.KeyVault/vaults/accessPolicies/write"


def _permissions_text(keys: Sequence[str], secrets: Sequence[str]) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Wizards", "keys: {keys}; secrets: {secrets}"),
        keys=_names(list(keys)),
        secrets=_names(list(secrets)),
    )


def _missing(granted: Sequence[str], required: Sequence[str]) -> list[str]:
    have = {g.lower() for g in granted}
    return [] if "all" in have else [p for p in required if p not in have]


class GrantKeyVaultAccess(Action):
    id = GRANT_KEYVAULT_ACCESS
    title = QT_TRANSLATE_NOOP("Wizards", "Give Azure Backup access to the key vault")
    role = "Key Vault Contributor"

    def _plan(self, gateway: AzureGateway, context: WizardContext) -> ActionPreview:
        vm = _collect(gateway, context)
        encrypted = sel.is_encrypted(vm)
        if encrypted is False:
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "{vm} is not encrypted with Azure Disk Encryption: Azure Backup needs no key vault access for "
                        "it.",
                    ),
                    vm=vm.name,
                ),
            )
        vault_ids = sel.key_vault_ids(vm)
        if not vault_ids:
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards", "No disk of {vm} names the key vault that holds its keys, so none can be changed."
                    ),
                    vm=vm.name,
                ),
                vm.why_unavailable(FACT_KEY_VAULTS),
            )
        evidence = context.evidence("backupManagementService", "objectId")
        object_id = vm.backup_service_object_id or (evidence if isinstance(evidence, str) else None)
        if not object_id:
            raise _Blocked(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The Backup Management Service could not be found in Microsoft Entra ID (its object id is "
                        "needed for the access policy): grant the access by hand, as the next step shows.",
                    )
                )
            )
        operations: list[PlannedOperation] = []
        rbac: list[str] = []
        granted: list[str] = []
        for vault_id in vault_ids:
            vault = gateway.get_key_vault(vault_id)
            name = str(vault.get("name") or ids.parse_id(vault_id).name)
            raw_props = vault.get("properties")
            props: Json = raw_props if isinstance(raw_props, dict) else {}
            if props.get("enableRbacAuthorization") is True:
                rbac.append(name)
                continue
            policy = next(
                (
                    p
                    for p in props.get("accessPolicies") or []
                    if isinstance(p, dict) and str(p.get("objectId", "")).lower() == object_id.lower()
                ),
                None,
            )
            permissions = policy.get("permissions") if isinstance(policy, dict) else None
            have_keys = [str(k) for k in (permissions or {}).get("keys") or []]
            have_secrets = [str(s) for s in (permissions or {}).get("secrets") or []]
            add_keys = _missing(have_keys, sel.REQUIRED_KEYS)
            add_secrets = _missing(have_secrets, sel.REQUIRED_SECRETS)
            if not add_keys and not add_secrets:
                granted.append(name)
                continue
            tenant_id = str(props.get("tenantId") or "")
            operations.append(
                PlannedOperation(
                    "PUT",
                    PERMISSION_ACCESS_POLICY_WRITE,
                    vault_id,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Wizards",
                            "Let the Backup Management Service read and back up the keys and secrets in {vault}",
                        ),
                        vault=name,
                    ),
                    (
                        Change(
                            msg(
                                QT_TRANSLATE_NOOP(
                                    "Wizards", "Access policy of the Backup Management Service ({objectId}) in {vault}"
                                ),
                                objectId=object_id,
                                vault=name,
                            ),
                            _permissions_text(have_keys, have_secrets)
                            if policy is not None
                            else msg(QT_TRANSLATE_NOOP("Wizards", "no access policy")),
                            _permissions_text(have_keys + add_keys, have_secrets + add_secrets),
                        ),
                    ),
                    {
                        "operationKind": "add",
                        "accessPolicies": [
                            {
                                "tenantId": tenant_id,
                                "objectId": object_id,
                                "permissions": {"keys": list(sel.REQUIRED_KEYS), "secrets": list(sel.REQUIRED_SECRETS)},
                            }
                        ],
                    },
                    before={"accessPolicies": props.get("accessPolicies")},  # as read for the preview
                )
            )
        notes: list[Msg] = []
        if rbac:
            notes.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "Key vault {vaults} uses Azure RBAC, where access policies do not apply: assign the role by "
                        "hand, as the next step shows.",
                    ),
                    vaults=_names(rbac),
                )
            )
        if not operations:
            if rbac:
                raise _Blocked(notes[0])
            return self._nothing(
                context,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Wizards",
                        "The Backup Management Service already has keys: {keys} and secrets: {secrets} in {vaults}: "
                        "there is nothing to grant.",
                    ),
                    keys=", ".join(sel.REQUIRED_KEYS),
                    secrets=", ".join(sel.REQUIRED_SECRETS),
                    vaults=_names(granted),
                ),
            )
        notes.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Permissions are only added (the access policy operation 'add'); nothing the service or anyone "
                    "else already has is taken away.",
                )
            )
        )
        return self._ready(
            context,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Give the Backup Management Service keys: {keys} and secrets: {secrets} in {vaults}.",
                ),
                keys=", ".join(sel.REQUIRED_KEYS),
                secrets=", ".join(sel.REQUIRED_SECRETS),
                vaults=_names([ids.parse_id(op.target).name for op in operations]),
            ),
            operations,
            notes,
        )

    def _execute(self, run: _Execution) -> ActionResult:
        done, _ = run.send_all(
            lambda op: run.gateway.add_key_vault_access_policies(
                op.target, [dict(p) for p in op.parameters["accessPolicies"]]
            ),
            gone_is_done=False,
        )
        return run.result(
            Outcome.DONE,
            msg(
                QT_TRANSLATE_NOOP(
                    "Wizards",
                    "Azure Backup may now read and back up the keys and secrets of {vm} in {vaults}.",
                ),
                vm=run.context.vm.name,
                vaults=_names([ids.parse_id(op.target).name for op in done]),
            ),
            changed=[op.target for op in done],
        )
