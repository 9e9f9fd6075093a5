"""Everything that talks to Azure Resource Manager: targets, credentials, the gateway, payload parsing."""
