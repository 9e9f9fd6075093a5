"""The simulator reads the catalog and the built-in roles on its own (it imports nothing of the product but
core.locator); what it makes of them must agree with what the app makes of the same files."""

from __future__ import annotations

import pytest

from core.azure import roles
from core.catalog import load_catalog
from core.simulator import rbac
from core.simulator.errors_since_seed import errors_since_seed

ACTIONS = (
    "Microsoft.Compute/virtualMachines/read",
    "Microsoft.Compute/virtualMachines/extensions/delete",
    "Microsoft.Compute/disks/write",
    "Microsoft.Compute/restorePointCollections/delete",
    "Microsoft.RecoveryServices/Vaults/backupFabrics/protectionContainers/protectedItems/backup/action",
    "Microsoft.RecoveryServices/Vaults/backupFabrics/protectionContainers/protectedItems/delete",
    "Microsoft.RecoveryServices/vaults/backupJobs/cancel/action",
    "Microsoft.RecoveryServices/Vaults/backupPolicies/write",
    "Microsoft.Authorization/locks/delete",
    "Microsoft.Authorization/roleAssignments/write",
    "microsoft.keyvault/vaults/accessPolicies/write",
    "Microsoft.Resources/subscriptions/resourceGroups/read",
)


@pytest.mark.parametrize("definition", roles.BUILT_IN_ROLES, ids=lambda r: r.name)
def test_the_simulated_arm_allows_what_the_app_expects_of_each_built_in_role(definition: roles.RoleDefinition) -> None:
    simulated = rbac.role(definition.name)
    assert simulated is not None and simulated.role_id == definition.role_id
    for action in ACTIONS:
        expected = roles.allows(definition.permissions, action)
        assert rbac.allows(simulated.grants, action) is expected, (definition.name, action)
        assert [g.to_json() for g in simulated.grants] == [p.to_json() for p in definition.permissions]


def test_jobs_of_the_codes_since_the_seed_carry_the_catalogs_message_and_page() -> None:
    since_seed = {code: (message, recommendations) for code, _, message, recommendations in errors_since_seed(set())}
    entries = load_catalog().entries
    assert set(since_seed) == {entry.code for entry in entries}
    for entry in entries:
        message, recommendations = since_seed[entry.code]
        assert message == entry.message
        assert recommendations == (f"For more information, see {entry.url}",)
