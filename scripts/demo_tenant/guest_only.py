"""One VM per cause that only the guest shows and no other demo VM has: "Check inside the VM…" confirms
them through Run Command (docs/demo-tenant.md)."""

from __future__ import annotations

from core.simulator.shapes import ProtectionPlan
from demo_tenant.common import (
    DATA,
    ERP,
    PROD,
    WEB,
    Demo,
    days,
    fail,
    in_prod_vault,
    linux,
    ok,
    windows,
)

WAAGENT_HEADER = "# Microsoft Azure Linux Agent Configuration\n"
SNAPSHOT_STATUS = "GuestAgentSnapshotTaskStatusError"
MANAGED_DISKS = "ExtensionOperationFailedForManagedDisks"


def backup(code: str, age_h: float, minutes: float) -> ProtectionPlan:
    """Backed up until the day before yesterday, then `code`."""
    return in_prod_vault(ok(days(1, 21), 48), fail(code, age_h, minutes), points=(45.0,))


def demos() -> list[Demo]:
    applocker = {"collection": "Exe", "name": "Only Program Files and Windows", "path": "%OSDRIVE%\\Packages\\*"}
    return [
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-app08", "guest-applocker", snapshot_age=days(1, 21), tags=ERP),
            backup(SNAPSHOT_STATUS, 3.2, 61),
            "Running, agent Ready; inside the guest an AppLocker deny rule covers %OSDRIVE%\\Packages\\*.",
            "GuestAgentSnapshotTaskStatusError, cause 5: AppLocker blocks IaaSBcdrExtension.exe (guest only).",
            guest={"appLockerDenyRules": [applocker]},
        ),
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-app09", "guest-agent-services", snapshot_age=days(1, 21), tags=ERP),
            backup("UserErrorGuestAgentStatusUnavailable", 2.4, 31),
            "Running, agent Ready; inside the guest RdAgent is stopped and disabled, the guest agent set to Manual.",
            "UserErrorGuestAgentStatusUnavailable: the agent services (guest only; fixed through Run Command).",
            guest={
                "services": {
                    "RdAgent": {"state": "Stopped", "startType": "Disabled"},
                    "WindowsAzureGuestAgent": {"state": "Running", "startType": "Manual"},
                }
            },
        ),
        Demo(
            windows(PROD, "rg-erp-prod", "vm-erp-app10", "guest-com-disabled", snapshot_age=days(1, 21), tags=ERP),
            backup(MANAGED_DISKS, 2.2, 15),
            "Running, agent Ready; inside the guest the COM+ System Application is stopped and disabled.",
            "COM+ not running (ExtensionSnapshotFailedCOM in the newer docs; guest only).",
            guest={"services": {"COMSysApp": {"state": "Stopped", "startType": "Disabled"}}},
        ),
        Demo(
            linux(PROD, "rg-web-prod", "vm-web-lnx05", "guest-extensions-disabled", snapshot_age=days(1, 21), tags=WEB),
            backup(SNAPSHOT_STATUS, 3.4, 62),
            "Running, agent Ready; /etc/waagent.conf has Extensions.Enable=n, so Run Command never starts.",
            "GuestAgentSnapshotTaskStatusError, cause 4: extension processing off (the Run Command pattern).",
            guest={"waagentConf": WAAGENT_HEADER + "Provisioning.Agent=auto\nExtensions.Enable=n\n"},
        ),
        Demo(
            linux(PROD, "rg-web-prod", "vm-web-lnx06", "guest-provisioning-agent", snapshot_age=days(1, 21), tags=WEB),
            backup(SNAPSHOT_STATUS, 3.1, 60),
            "Running, agent Ready; /etc/waagent.conf line 2 sets Provisioning.Agent=waagent.",
            "GuestAgentSnapshotTaskStatusError, cause 4: Provisioning.Agent is not auto (fixed through Run Command).",
            guest={"waagentConf": WAAGENT_HEADER + "Provisioning.Agent=waagent\nExtensions.Enable=y\n"},
        ),
        Demo(
            linux(PROD, "rg-data-prod", "vm-data-lnx03", "guest-mount-unopenable", snapshot_age=days(1, 21), tags=DATA),
            backup(MANAGED_DISKS, 2.7, 21),
            "Running, agent Ready; /mnt/ilr (a stale file-recovery mount) cannot be opened inside the guest.",
            "A mount that cannot be opened or frozen (UserErrorUnableToOpenMount in the newer docs; guest only).",
            guest={
                "mounts": [
                    {"device": "/dev/sda1", "path": "/", "fs": "ext4"},
                    {"device": "/dev/sdb1", "path": "/mnt", "fs": "ext4"},
                    {"device": "/dev/sdd1", "path": "/mnt/ilr", "fs": "xfs", "ok": False},
                ]
            },
        ),
        Demo(
            linux(
                PROD, "rg-data-prod", "vm-data-lnx04", "guest-vmbackup-conf-utf16", snapshot_age=days(1, 21), tags=DATA
            ),
            backup(MANAGED_DISKS, 2.5, 9),
            "Running, agent Ready; /etc/azure/vmbackup.conf was saved as UTF-16 (with a byte order mark).",
            "VMBackupLinuxExtensionConfFileWrongEncodingFormat (newer docs; guest only).",
            guest={"vmbackupConf": {"base64": "//5bAFMAbgBhAHAAcwBoAG8AdABUAGgAcgBlAGEAZABdAAoA"}},
        ),
    ]
