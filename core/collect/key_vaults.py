"""Key vaults of encrypted VMs (read one by one) and the Backup Management Service's object id."""

from __future__ import annotations

from dataclasses import replace

from core import ids
from core.azure.errors import AzureProblemError
from core.azure.parse import parse_key_vault, payload_problem
from core.azure.payload import PayloadError
from core.collect.base import Batch, CollectorBase, Subscription
from core.facts import FACT_KEY_VAULTS, KeyVaultFacts
from core.findings import Problem

# Application id of the "Backup Management Service" first-party service principal, the identity
# Azure Backup uses to read key vaults of encrypted VMs (documented in "Back up and restore
# encrypted Azure VMs").
BACKUP_MANAGEMENT_SERVICE_APP_ID = "262044b1-e2ce-469f-a196-69ab7ada62d3"


class KeyVaultSteps(CollectorBase):
    def _add_key_vaults(self, subscription: Subscription, batch: Batch) -> None:
        encrypted: list[int] = []
        for index, vm in enumerate(batch.vms):
            if any(d.ade_encrypted for d in vm.disks or ()):
                encrypted.append(index)
            else:
                batch.vms[index] = replace(vm, key_vaults=())
        if not encrypted:
            return
        vault_ids = {
            ids.key(v): v for index in encrypted for d in batch.vms[index].disks or () for v in d.key_vault_ids
        }
        fetched = self._map(self.gateway.get_key_vault, vault_ids.values())
        service_object_id = self._backup_service_object_id(batch.problems)
        for index in encrypted:
            vm = replace(batch.vms[index], backup_service_object_id=service_object_id)
            vaults: list[KeyVaultFacts] = []
            for vault_id in dict.fromkeys(ids.key(v) for d in vm.disks or () for v in d.key_vault_ids):
                result = fetched[vault_ids[vault_id]]
                if isinstance(result, AzureProblemError):
                    vm = vm.marked_unavailable(FACT_KEY_VAULTS, result.problem)
                    batch.note(result.problem)
                    continue
                try:
                    vaults.append(parse_key_vault(result))
                except PayloadError as error:
                    problem = payload_problem(error, vm.id)
                    vm = vm.marked_unavailable(FACT_KEY_VAULTS, problem)
                    batch.note(problem)
            batch.vms[index] = replace(vm, key_vaults=tuple(vaults))

    def _backup_service_object_id(self, problems: list[Problem]) -> str | None:
        try:
            principal = self.gateway.find_service_principal(BACKUP_MANAGEMENT_SERVICE_APP_ID)
        except AzureProblemError as error:
            problems.append(error.problem)
            return None
        object_id = principal.get("id") if principal else None
        return object_id if isinstance(object_id, str) else None
