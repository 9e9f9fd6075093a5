"""Guided wizards for the Windows guest's snapshot machinery: the VSS writers and service, COM+ and
MSDTC, the desktop heap, BitLocker, and host-level snapshots. Listed with the other Windows wizards in
`guest_windows.WIZARDS`."""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP
from core.wizards.model import Wizard
from core.wizards.steps import backup_now_steps, base_values, manual, powershell

DESKTOP_HEAP = Wizard(
    "desktop-heap",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Installing the extension needs desktop heap memory; raising the limit and restarting the VM gives it room.",
    ),
    (
        manual(
            "heap",
            QT_TRANSLATE_NOOP("Wizards", "Raise the desktop heap"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, in HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\SubSystems, "
                "edit the Windows value so that it contains SharedSection=1024,20480,4096, then "
                "restart the VM in a maintenance window (it is unavailable for a few minutes).",
            ),
            commands=(
                powershell(
                    "(Get-ItemProperty 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Session "
                    "Manager\\SubSystems').Windows",
                    QT_TRANSLATE_NOOP("Wizards", "The current value"),
                ),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

COM_PLUS_MSDTC = Wizard(
    "com-plus-msdtc",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The backup extension needs the COM+ System Application and the Distributed "
        "Transaction Coordinator; restart them, and reinstall MSDTC if it will not start.",
    ),
    (
        manual(
            "restart-com",
            QT_TRANSLATE_NOOP("Wizards", "Start the COM+ System Application"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, start or restart the COM+ System Application service. The Distributed "
                "Transaction Coordinator must run as Network Service.",
            ),
            commands=(
                powershell("Restart-Service COMSysApp", QT_TRANSLATE_NOOP("Wizards", "Restart COM+")),
                powershell(
                    "Get-CimInstance Win32_Service -Filter \"Name='MSDTC'\" | Select-Object Name, State, StartName",
                    QT_TRANSLATE_NOOP("Wizards", "Account MSDTC runs as"),
                ),
            ),
            os="Windows",
        ),
        manual(
            "reinstall-msdtc",
            QT_TRANSLATE_NOOP("Wizards", "Reinstall MSDTC if needed"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "If the services will not start, stop MSDTC, run msdtc -uninstall and msdtc "
                "-install, start MSDTC and then the COM+ System Application.",
            ),
            commands=(
                powershell(
                    "Stop-Service MSDTC; msdtc -uninstall; msdtc -install; Start-Service MSDTC; "
                    "Start-Service COMSysApp",
                    QT_TRANSLATE_NOOP("Wizards", "Reinstall MSDTC"),
                ),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

VSS_WRITERS = Wizard(
    "vss-writers",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The snapshot needs every VSS writer Stable; restart the services of the writers "
        "that are not, and if that does not help, take the blob snapshots without "
        "threads.",
    ),
    (
        manual(
            "writers",
            QT_TRANSLATE_NOOP("Wizards", "Restart the writers that are not Stable"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, list the writers; for each one whose state is not [1] Stable, restart "
                "its service. Restarting some services affects production: do it in an agreed "
                "maintenance window.",
            ),
            commands=(
                powershell("vssadmin list writers", QT_TRANSLATE_NOOP("Wizards", "VSS writers and their state")),
            ),
            os="Windows",
        ),
        manual(
            "no-threads",
            QT_TRANSLATE_NOOP("Wizards", "Take blob snapshots without threads"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "If the writers fail again, set SnapshotWithoutThreads so that the extension does "
                "not create threads for blob snapshots.",
            ),
            commands=(
                powershell(
                    'REG ADD "HKLM\\SOFTWARE\\Microsoft\\BcdrAgentPersistentKeys" /v '
                    "SnapshotWithoutThreads /t REG_SZ /d True /f"
                ),
            ),
            os="Windows",
            optional=True,
        ),
        *backup_now_steps(),
    ),
    base_values,
)

VSS_SERVICE_RESTART = Wizard(
    "vss-service-restart",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Restarting the Volume Shadow Copy service usually clears its bad state; if not, "
        "restart the VM in a maintenance window.",
    ),
    (
        manual(
            "restart-vss",
            QT_TRANSLATE_NOOP("Wizards", "Restart the VSS service"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, restart the Volume Shadow Copy service. If the next backup fails the "
                "same way, restart the VM in a maintenance window: it is unavailable for a few "
                "minutes.",
            ),
            commands=(powershell("Restart-Service VSS", QT_TRANSLATE_NOOP("Wizards", "Restart VSS")),),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

BITLOCKER_VSS = Wizard(
    "bitlocker-vss",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "VSS cannot snapshot a drive that BitLocker keeps locked; Microsoft's page says "
        "to turn BitLocker off on the VM's drives and check VSS again.",
    ),
    (
        manual(
            "bitlocker",
            QT_TRANSLATE_NOOP("Wizards", "Find the locked drives"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, see which drives BitLocker keeps locked. Unlock them, or, as the "
                "documentation says, turn BitLocker off on them; for encryption that backup "
                "supports, use Azure Disk Encryption or encryption at host instead.",
            ),
            commands=(
                powershell(
                    "Get-BitLockerVolume | Format-Table MountPoint, LockStatus, ProtectionStatus",
                    QT_TRANSLATE_NOOP("Wizards", "BitLocker state of each drive"),
                ),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

HOST_SNAPSHOT = Wizard(
    "host-snapshot",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "When the VM is too busy to make the snapshot's calls in time, the extension can "
        "take the snapshot through the host instead of the guest.",
    ),
    (
        manual(
            "registry",
            QT_TRANSLATE_NOOP("Wizards", "Take snapshots through the host"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, set the two values below so that the extension tries the host first. If "
                "the backup still fails, move its schedule to a quieter time or give the VM more "
                "resources.",
            ),
            commands=(
                powershell(
                    'REG ADD "HKLM\\SOFTWARE\\Microsoft\\BcdrAgentPersistentKeys" /v SnapshotMethod /t '
                    "REG_SZ /d firstHostThenGuest /f"
                ),
                powershell(
                    'REG ADD "HKLM\\SOFTWARE\\Microsoft\\BcdrAgentPersistentKeys" /v '
                    "CalculateSnapshotTimeFromHost /t REG_SZ /d True /f"
                ),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)
