"""Guided wizards for documented causes only the Windows guest shows (VSS, COM+, certificates, runtimes):
steps to do inside the VM, then an on-demand backup to prove the fix."""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP
from core.wizards.guest_windows_snapshot import (
    BITLOCKER_VSS,
    COM_PLUS_MSDTC,
    DESKTOP_HEAP,
    HOST_SNAPSHOT,
    VSS_SERVICE_RESTART,
    VSS_WRITERS,
)
from core.wizards.model import Link, Wizard
from core.wizards.steps import az, backup_now_steps, base_values, bash, manual, powershell

EXTENSION_RUNTIME = Wizard(
    "extension-runtime",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The backup extension runs on .NET on Windows and on Python on Linux; when that "
        "runtime is missing or broken the extension cannot start, and only the guest can "
        "repair it.",
    ),
    (
        manual(
            "dotnet",
            QT_TRANSLATE_NOOP("Wizards", "Install or repair .NET Framework"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, install a current .NET Framework 4.x, or run its repair, then restart "
                "the Windows Azure Guest Agent service. The first command shows the installed "
                "release.",
            ),
            commands=(
                powershell(
                    "Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full' | "
                    "Select-Object Release, Version",
                    QT_TRANSLATE_NOOP("Wizards", "Installed .NET Framework release"),
                ),
                powershell(
                    "Restart-Service WindowsAzureGuestAgent", QT_TRANSLATE_NOOP("Wizards", "Restart the guest agent")
                ),
            ),
            os="Windows",
        ),
        manual(
            "python",
            QT_TRANSLATE_NOOP("Wizards", "Install Python and check the distribution is supported"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, install the distribution's Python package (the extension supports "
                "Python 2.7 and 3) and make sure the distribution and version are in Azure "
                "Backup's support matrix.",
            ),
            commands=(
                bash(
                    "command -v python3 python2 python; cat /etc/os-release",
                    QT_TRANSLATE_NOOP("Wizards", "Which Python is there, and which distribution"),
                ),
            ),
            links=(
                Link(
                    "https://learn.microsoft.com/azure/backup/backup-support-matrix-iaas",
                    QT_TRANSLATE_NOOP("Wizards", "Azure VM backup support matrix"),
                ),
            ),
            os="Linux",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

AGENT_CERTIFICATE = Wizard(
    "agent-certificate",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The guest agent reads the extension's settings with a certificate Azure gives "
        "it; a wrong clock or an expired certificate breaks that, and a deallocate and "
        "start makes Azure issue a new one.",
    ),
    (
        manual(
            "time-sync",
            QT_TRANSLATE_NOOP("Wizards", "Fix the VM's clock"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Check that {vm} keeps time from Azure's host or an NTP server, and correct the "
                "clock if it has drifted.",
            ),
            commands=(
                powershell("w32tm /query /status", QT_TRANSLATE_NOOP("Wizards", "Windows time status")),
                bash("timedatectl status", QT_TRANSLATE_NOOP("Wizards", "Linux time status")),
            ),
        ),
        manual(
            "certificate",
            QT_TRANSLATE_NOOP("Wizards", "Look for an expired CRP certificate"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "In the Personal store of the local computer, look for the certificate issued to "
                '"Windows Azure CRP Certificate Generator". If it has expired, deallocate {vm} '
                "from Azure and start it again (it stops the VM for a few minutes): Azure then "
                "issues a new one.",
            ),
            commands=(
                powershell(
                    "Get-ChildItem Cert:\\LocalMachine\\My | Where-Object Subject -like '*Windows Azure "
                    "CRP Certificate Generator*' | Format-List Subject, NotAfter",
                    QT_TRANSLATE_NOOP("Wizards", "The CRP certificate and its expiry"),
                ),
                az(
                    "az vm deallocate --resource-group {resourceGroup} --name {vm} && az vm start "
                    "--resource-group {resourceGroup} --name {vm}",
                    QT_TRANSLATE_NOOP("Wizards", "Deallocate and start the VM"),
                ),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

ANTIVIRUS_EXCLUSIONS = Wizard(
    "antivirus-exclusions",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "An antivirus that blocks IaaSBcdrExtension.exe stops the snapshot; excluding the "
        "extension's folders lets it run.",
    ),
    (
        manual(
            "confirm",
            QT_TRANSLATE_NOOP("Wizards", "Confirm that the antivirus is the cause"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "In Event Viewer > Windows Logs > Application on {vm}, look at the time of the "
                'failed backup for "Faulting application name: IaaSBcdrExtension.exe".',
            ),
            commands=(
                powershell(
                    "Get-WinEvent -FilterHashtable @{{LogName='Application'; Id=1000}} -MaxEvents 200 "
                    "| Where-Object Message -like '*IaaSBcdrExtension*' | Format-List TimeCreated, "
                    "Message",
                    QT_TRANSLATE_NOOP("Wizards", "Crashes of the backup extension"),
                ),
            ),
            os="Windows",
        ),
        manual(
            "exclude",
            QT_TRANSLATE_NOOP("Wizards", "Exclude the extension's folders"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "In the antivirus on {vm}, exclude "
                "C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot and "
                "C:\\WindowsAzure\\Logs\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot. The "
                "command does it for Microsoft Defender; other products have their own console.",
            ),
            commands=(
                powershell(
                    "Add-MpPreference -ExclusionPath "
                    "'C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot', "
                    "'C:\\WindowsAzure\\Logs\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot'",
                    QT_TRANSLATE_NOOP("Wizards", "Microsoft Defender exclusions"),
                ),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

VMSNAPSHOT_MANIFEST = Wizard(
    "vmsnapshot-manifest",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The Windows backup extension cannot run without its manifest file; put it back "
        "from the extension's package and find what deleted it.",
    ),
    (
        manual(
            "restore-manifest",
            QT_TRANSLATE_NOOP("Wizards", "Put the manifest back"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, open the newest version folder under "
                "C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot, extract the "
                "extension's .zip package there again so that its manifest file is back, then "
                "restart the Windows Azure Guest Agent service. An antivirus or anti-malware tool "
                "often deletes it: check its quarantine and add an exclusion.",
            ),
            commands=(
                powershell(
                    "Get-ChildItem 'C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot' "
                    "-Recurse -Filter *.xml | Select-Object FullName, LastWriteTime",
                    QT_TRANSLATE_NOOP("Wizards", "Manifest files present"),
                ),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

VCREDIST_REPAIR = Wizard(
    "vcredist-repair",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The backup extension installs the Visual C++ runtime it needs; when Windows "
        "Installer or the registry refuses, repair them and install it by hand.",
    ),
    (
        manual(
            "install",
            QT_TRANSLATE_NOOP("Wizards", "Install the runtime from the extension's folder"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, run the vcredist installer found in the extension's version folder "
                "under C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot. Windows "
                "Installer must be allowed to start: the Start value of "
                "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Msiserver must be 3, not 4. If the "
                "installation still fails, re-register Windows Installer.",
            ),
            commands=(
                powershell(
                    "Set-ItemProperty 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Msiserver' -Name Start -Value 3",
                    QT_TRANSLATE_NOOP("Wizards", "Let Windows Installer start"),
                ),
                powershell(
                    "msiexec /unregister; msiexec /regserver",
                    QT_TRANSLATE_NOOP("Wizards", "Re-register Windows Installer"),
                ),
            ),
            os="Windows",
        ),
        manual(
            "permissions",
            QT_TRANSLATE_NOOP("Wizards", "Check registry permissions and the antivirus"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "If the Application log shows error 1401 on Software\\Classes, give the "
                "administrators full control of HKLM\\SOFTWARE\\Classes and restart the Windows "
                "Azure Guest Agent service. An antivirus must allow the installation.",
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

MACHINEKEYS_PERMISSIONS = Wizard(
    "machinekeys-permissions",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The backup extension reads its settings with a certificate kept in the "
        "MachineKeys folder; changed permissions there break it, and resetting them and "
        "removing the old certificates lets Azure issue new ones.",
    ),
    (
        manual(
            "permissions",
            QT_TRANSLATE_NOOP("Wizards", "Reset the MachineKeys permissions"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, the defaults are Everyone: read and write (special access) and "
                "BUILTIN\\Administrators: full control. Compare, then remove any other user and "
                "restore those two.",
            ),
            commands=(
                powershell(
                    'icacls "$env:SystemDrive\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys"',
                    QT_TRANSLATE_NOOP("Wizards", "Current permissions"),
                ),
            ),
            os="Windows",
        ),
        manual(
            "certificates",
            QT_TRANSLATE_NOOP("Wizards", "Delete the old CRP certificates"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "In the Personal store of the local computer, delete every certificate issued to "
                'the classic deployment model or to "Windows Azure CRP Certificate Generator".',
            ),
            commands=(
                powershell(
                    "Get-ChildItem Cert:\\LocalMachine\\My | Where-Object Subject -like '*Windows Azure "
                    "CRP Certificate Generator*' | Remove-Item",
                    QT_TRANSLATE_NOOP("Wizards", "Delete the CRP certificates"),
                ),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

RESET_BACKUP_PROVIDER = Wizard(
    "reset-backup-provider",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A half-installed backup provider makes the extension's command fail; resetting "
        "its registry flag and the storage library it loads lets the next backup install "
        "it cleanly.",
    ),
    (
        manual(
            "reset",
            QT_TRANSLATE_NOOP("Wizards", "Reset the provider"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, set IsProviderInstalled to False under "
                "HKLM\\SOFTWARE\\Microsoft\\BcdrAgent, and rename the Microsoft.WindowsAzure.Storage "
                "folder in the global assembly cache (C:\\Windows\\Microsoft.NET\\assembly\\GAC_MSIL) "
                "so that the extension installs its own copy.",
            ),
            commands=(
                powershell(
                    "Set-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\BcdrAgent' -Name IsProviderInstalled -Value False",
                    QT_TRANSLATE_NOOP("Wizards", "Reset the provider flag"),
                ),
                powershell(
                    "Rename-Item "
                    "'C:\\Windows\\Microsoft.NET\\assembly\\GAC_MSIL\\Microsoft.WindowsAzure.Storage' "
                    "'Microsoft.WindowsAzure.Storage.old'",
                    QT_TRANSLATE_NOOP("Wizards", "Rename the storage library folder"),
                ),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

TLS_STRONG_CRYPTO = Wizard(
    "tls-strong-crypto",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The backup extension talks to Azure Storage over TLS 1.2; .NET uses it only when "
        "strong cryptography is turned on.",
    ),
    (
        manual(
            "strong-crypto",
            QT_TRANSLATE_NOOP("Wizards", "Set SchUseStrongCrypto for every .NET Framework"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, add SchUseStrongCrypto=1 (DWORD) under every .NET Framework version key "
                "in HKLM\\SOFTWARE\\Microsoft\\.NETFramework and "
                "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework.",
            ),
            commands=(
                powershell(
                    "Get-ChildItem 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework', "
                    "'HKLM:\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework' | Where-Object PSChildName "
                    "-like 'v*' | ForEach-Object {{ Set-ItemProperty $_.PSPath -Name "
                    "SchUseStrongCrypto -Value 1 -Type DWord }}",
                    QT_TRANSLATE_NOOP("Wizards", "Set the value on every version"),
                ),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

PROXY_BYPASS = Wizard(
    "proxy-bypass",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "A proxy in the VM can delay the calls that take the disk snapshots; let the "
        "system account reach Azure directly.",
    ),
    (
        manual(
            "no-proxy",
            QT_TRANSLATE_NOOP("Wizards", "Bypass the proxy for the system account"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, remove the proxy, or stop the local system account from using it; "
                "outbound HTTPS to Azure Storage must stay open (the Storage service tag in the "
                "network security group).",
            ),
            commands=(
                powershell(
                    "bitsadmin /Util /SetIEProxy LOCALSYSTEM NO_PROXY",
                    QT_TRANSLATE_NOOP("Wizards", "No proxy for the system account"),
                ),
                powershell("netsh winhttp show proxy", QT_TRANSLATE_NOOP("Wizards", "The machine-wide proxy")),
            ),
            os="Windows",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

WIZARDS = (
    EXTENSION_RUNTIME,
    AGENT_CERTIFICATE,
    ANTIVIRUS_EXCLUSIONS,
    VMSNAPSHOT_MANIFEST,
    VCREDIST_REPAIR,
    MACHINEKEYS_PERMISSIONS,
    RESET_BACKUP_PROVIDER,
    DESKTOP_HEAP,
    COM_PLUS_MSDTC,
    VSS_WRITERS,
    VSS_SERVICE_RESTART,
    BITLOCKER_VSS,
    TLS_STRONG_CRYPTO,
    HOST_SNAPSHOT,
    PROXY_BYPASS,
)
