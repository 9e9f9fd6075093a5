"""Wizards for causes only the guest shows: application control blocking the backup extension, and a
snapshot status that cannot reach Azure (a VM shut down from inside, DHCP turned off in the guest)."""

from __future__ import annotations

from typing import Any

from core.i18n import QT_TRANSLATE_NOOP
from core.wizards.context import WizardContext
from core.wizards.model import Link, Wizard
from core.wizards.steps import az, backup_now_steps, base_values, bash, explain, manual, powershell

EXTENSION_EXE = "C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot\\*\\IaaSBcdrExtension.exe"
LINUX_AGENT_FOLDER = "/var/lib/waagent"
APPLOCKER = "https://learn.microsoft.com/windows/security/application-security/application-control/app-control-for-business/applocker/applocker-overview"
STATIC_PRIVATE_IP = (
    "https://learn.microsoft.com/azure/virtual-network/ip-services/virtual-networks-static-private-ip-arm-ps"
)


def _guest_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    values.update({"extensionPath": EXTENSION_EXE, "linuxFolder": LINUX_AGENT_FOLDER})
    return values


APP_CONTROL_EXCLUSION = Wizard(
    "app-control-exclusion",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "AppLocker, or another application control tool, may stop the backup extension's program "
        "IaaSBcdrExtension.exe from running when its rules go by publisher or path; an exclusion lets it run.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "What is blocked"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The backup extension takes the snapshot of {vm} with IaaSBcdrExtension.exe, installed under "
                "{extensionPath}. Rules that allow only known publishers or folders can block it, and the snapshot "
                "then never starts. Azure cannot see these rules: look inside the VM.",
            ),
            links=(Link(APPLOCKER, QT_TRANSLATE_NOOP("Wizards", "About AppLocker")),),
        ),
        manual(
            "find-block",
            QT_TRANSLATE_NOOP("Wizards", "See whether AppLocker blocks the extension"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "In an elevated PowerShell on {vm}: the first command lists AppLocker's recent decisions about the "
                "extension, the second saves the effective policy to read, the third tests the extension's program "
                "against it.",
            ),
            commands=(
                powershell(
                    "Get-WinEvent -LogName 'Microsoft-Windows-AppLocker/EXE and DLL' -MaxEvents 500 | "
                    "Where-Object Message -like '*IaaSBcdrExtension*' | Format-List TimeCreated, Id, Message",
                    QT_TRANSLATE_NOOP("Wizards", "Recent AppLocker events about the extension"),
                ),
                powershell(
                    'Get-AppLockerPolicy -Effective -Xml | Out-File "$env:TEMP\\applocker-effective.xml"',
                    QT_TRANSLATE_NOOP("Wizards", "Save the effective policy"),
                ),
                powershell(
                    "Test-AppLockerPolicy -PolicyObject (Get-AppLockerPolicy -Effective) -Path (Get-ChildItem "
                    "{extensionPath}).FullName -User Everyone",
                    QT_TRANSLATE_NOOP("Wizards", "Would the policy allow the extension?"),
                ),
            ),
            os="Windows",
        ),
        manual(
            "add-exclusion",
            QT_TRANSLATE_NOOP("Wizards", "Allow IaaSBcdrExtension.exe"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Add an allow rule for the extension: a path rule for {extensionPath}, or a publisher rule for the "
                "signed program, which keeps working when the extension's version folder changes. The commands make "
                "a publisher rule from the installed file and merge it into the local policy. If the policy comes "
                "from Group Policy or Intune, add the rule there instead, or it will be overwritten.",
            ),
            commands=(
                powershell(
                    "Get-ChildItem {extensionPath} | Get-AppLockerFileInformation | New-AppLockerPolicy -RuleType "
                    'Publisher, Path -User Everyone -Optimize -Xml | Out-File "$env:TEMP\\backup-extension-rule.xml"',
                    QT_TRANSLATE_NOOP("Wizards", "Make the rule"),
                ),
                powershell(
                    'Set-AppLockerPolicy -XmlPolicy "$env:TEMP\\backup-extension-rule.xml" -Merge',
                    QT_TRANSLATE_NOOP("Wizards", "Merge it into the local policy"),
                ),
            ),
            os="Windows",
        ),
        manual(
            "linux-exclusion",
            QT_TRANSLATE_NOOP("Wizards", "Exclude the agent's folder from the application control tool"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On Linux the agent keeps the backup extension (Microsoft.Azure.RecoveryServices.VMSnapshotLinux) "
                "under {linuxFolder}. Exclude that folder in the application control tool used on {vm}, as its "
                "vendor documents.",
            ),
            commands=(bash("ls -d /var/lib/waagent/Microsoft.Azure.RecoveryServices.VMSnapshotLinux-*"),),
            os="Linux",
        ),
        *backup_now_steps(),
    ),
    _guest_values,
)


SNAPSHOT_STATUS_UNREACHABLE = Wizard(
    "snapshot-status-unreachable",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The backup extension must report the snapshot's status back to Azure: shut the VM down from Azure rather "
        "than from inside, and keep DHCP on in the guest so that the VM finds the Azure host.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why the status gets lost"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "A VM shut down from inside (for example from a remote desktop session) can look running to Azure "
                "while nothing answers. And a guest without DHCP does not learn the address of the Azure host, so "
                "extensions can neither be downloaded nor report back. Azure shows {vm} as {powerState}.",
            ),
        ),
        manual(
            "shutdown-from-azure",
            QT_TRANSLATE_NOOP("Wizards", "Shut the VM down from Azure"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "If {vm} was shut down from inside, check that the portal shows it stopped. If it does not, stop it "
                "from Azure: in the portal or with one of these commands.",
            ),
            commands=(
                az("az vm deallocate --resource-group {resourceGroup} --name {vm}"),
                powershell("Stop-AzVM -ResourceGroupName {resourceGroup} -Name {vm}"),
            ),
            portal=(QT_TRANSLATE_NOOP("Wizards", "Virtual machine {vm} > Overview > Stop"),),
            optional=True,
        ),
        manual(
            "dhcp-windows",
            QT_TRANSLATE_NOOP("Wizards", "Keep DHCP on inside the VM"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The network adapter must get its address from DHCP. The first command shows which adapters have "
                "DHCP off; the next two turn it on for one adapter (put its name in). Changing the address can cut "
                "your remote session: use the serial console if needed.",
            ),
            commands=(
                powershell(
                    "Get-NetIPInterface -AddressFamily IPv4 -ConnectionState Connected | Select-Object InterfaceAlias, "
                    "Dhcp"
                ),
                powershell('netsh interface ipv4 set address name="<interface-alias>" source=dhcp'),
                powershell('netsh interface ipv4 set dnsservers name="<interface-alias>" source=dhcp'),
            ),
            os="Windows",
        ),
        manual(
            "dhcp-linux",
            QT_TRANSLATE_NOOP("Wizards", "Keep DHCP on inside the VM"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The network interface must get its address from DHCP: dhcp4: true in netplan (Ubuntu), or the "
                "method auto in NetworkManager (Red Hat and others).",
            ),
            commands=(
                bash("grep -R 'dhcp4' /etc/netplan/", QT_TRANSLATE_NOOP("Wizards", "Ubuntu (netplan)"), ("ubuntu",)),
                bash(
                    "nmcli -f NAME,DEVICE,IP4.METHOD connection show --active",
                    QT_TRANSLATE_NOOP("Wizards", "NetworkManager"),
                ),
            ),
            os="Linux",
        ),
        manual(
            "static-ip-in-azure",
            QT_TRANSLATE_NOOP("Wizards", "Set a fixed private address in Azure, not in the guest"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "If {vm} needs a fixed private IP address, set it on its network interface in Azure (assignment "
                "Static); DHCP then always hands the guest that address.",
            ),
            commands=(
                az(
                    "az network nic ip-config update --resource-group {resourceGroup} --nic-name <nic-name> --name "
                    "ipconfig1 --private-ip-address <private-ip-address>"
                ),
            ),
            portal=(
                QT_TRANSLATE_NOOP(
                    "Wizards", "Network interface > Settings > IP configurations > ipconfig1 > Assignment: Static"
                ),
            ),
            links=(Link(STATIC_PRIVATE_IP, QT_TRANSLATE_NOOP("Wizards", "Static private IP address with PowerShell")),),
            optional=True,
        ),
        *backup_now_steps(),
    ),
    _guest_values,
)


WIZARDS = (APP_CONTROL_EXCLUSION, SNAPSHOT_STATUS_UNREACHABLE)
