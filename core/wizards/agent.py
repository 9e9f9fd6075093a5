"""Wizards for the guest agent: restart or reinstall it (Windows), update and restart it (Linux), set its
options in /etc/waagent.conf (Linux), and start a VM that is not running."""

from __future__ import annotations

from typing import Any

from core.checks.agent import ready_status
from core.checks.base import agent_minimum_versions
from core.i18n import QT_TRANSLATE_NOOP
from core.wizards.context import WizardContext
from core.wizards.model import Link, Wizard
from core.wizards.steps import az, backup_now_steps, base_values, bash, explain, manual, powershell, verify

AGENT_MSI_URL = "https://go.microsoft.com/fwlink/?LinkID=394789"
LINUX_AGENT_RELEASES = "https://github.com/Azure/WALinuxAgent/releases"
WAAGENT_OPTIONS = "https://github.com/Azure/WALinuxAgent#configuration-file-options"
DOTNET_VERSIONS = (
    "https://learn.microsoft.com/dotnet/framework/migration-guide/how-to-determine-which-versions-are-installed"
)

UBUNTU_DEBIAN = ("ubuntu", "debian")
RED_HAT_FAMILY = ("rhel", "redhat", "centos", "oracle", "ol", "almalinux", "rocky")
SUSE = ("sles", "suse", "opensuse")


def _agent_values(context: WizardContext) -> dict[str, Any]:
    values = base_values(context)
    view = context.vm.instance_view
    agent = view.agent if view is not None else None
    status = ready_status(agent.statuses) if agent is not None else None
    minimum = agent_minimum_versions().get(context.vm.os_type or "", None)
    values.update(
        {
            "agentVersion": agent.version if agent is not None else None,
            "agentStatus": (status.display_status or status.code) if status is not None else None,
            "minimumVersion": minimum,
            "agentMsiUrl": AGENT_MSI_URL,
        }
    )
    return values


WINDOWS_AGENT_UNRESPONSIVE = Wizard(
    "windows-agent-unresponsive",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Azure Backup reaches a Windows VM through the Windows Azure Guest Agent; when that service is stopped or "
        "damaged, restarting or reinstalling it brings the VM back in touch with Azure.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why the agent matters"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Azure reports the guest agent of {vm} as {agentStatus} (version {agentVersion}). Azure Backup asks "
                "the agent to run its snapshot extension; while the agent does not answer, every backup fails. A "
                "reinstall also brings the agent up to date (Azure supports versions from {minimumVersion}).",
            ),
        ),
        manual(
            "restart-service",
            QT_TRANSLATE_NOOP("Wizards", "Restart the Windows Azure Guest Agent service"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Sign in to {vm} as an administrator. In Services (services.msc), find Windows Azure Guest Agent: "
                "if it is stopped, start it; if it runs, restart it. Or run these commands in an elevated "
                "PowerShell. Then check in the portal that the agent status becomes Ready.",
            ),
            commands=(
                powershell("Get-Service -Name WindowsAzureGuestAgent", QT_TRANSLATE_NOOP("Wizards", "Is it running?")),
                powershell("Restart-Service -Name WindowsAzureGuestAgent", QT_TRANSLATE_NOOP("Wizards", "Restart it")),
            ),
            portal=(QT_TRANSLATE_NOOP("Wizards", "Virtual machine {vm} > Overview > Properties > Agent status"),),
            os="Windows",
        ),
        manual(
            "reinstall-agent",
            QT_TRANSLATE_NOOP("Wizards", "Reinstall the agent if the service is missing or stays unresponsive"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "If Windows Azure Guest Agent is not among the services, check in Programs and Features whether the "
                "Windows Azure VM Agent is installed; if it is, uninstall it. Then download the latest agent "
                "installer from {agentMsiUrl} and install it as an administrator. Afterwards the service must appear "
                "in services.msc and be running.",
            ),
            commands=(
                powershell(
                    "Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*' | "
                    "Where-Object DisplayName -like 'Windows Azure VM Agent*' | "
                    "Select-Object DisplayName, DisplayVersion",
                    QT_TRANSLATE_NOOP("Wizards", "Is the agent installed, and which version?"),
                ),
                powershell(
                    'Invoke-WebRequest -Uri {agentMsiUrl} -OutFile "$env:TEMP\\WindowsAzureVmAgent.msi"',
                    QT_TRANSLATE_NOOP("Wizards", "Download the latest installer"),
                ),
                powershell(
                    "Start-Process -FilePath msiexec.exe -ArgumentList '/i', \"$env:TEMP\\WindowsAzureVmAgent.msi\", "
                    "'/quiet' -Wait",
                    QT_TRANSLATE_NOOP("Wizards", "Install it (elevated PowerShell)"),
                ),
            ),
            links=(Link(AGENT_MSI_URL, QT_TRANSLATE_NOOP("Wizards", "Latest Windows Azure VM Agent installer")),),
            os="Windows",
        ),
        manual(
            "dotnet",
            QT_TRANSLATE_NOOP("Wizards", "Make sure .NET Framework 4.5 or later is installed"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The agent needs .NET Framework 4.5 or later to talk to Azure. The command answers True when it is "
                "installed; if it answers False or fails, install a current .NET Framework on {vm}.",
            ),
            commands=(
                powershell(
                    "(Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full').Release "
                    "-ge 378389",
                    QT_TRANSLATE_NOOP("Wizards", "True when .NET Framework 4.5 or later is installed"),
                ),
            ),
            links=(Link(DOTNET_VERSIONS, QT_TRANSLATE_NOOP("Wizards", "Which .NET Framework versions are installed")),),
            os="Windows",
        ),
        verify(
            "verify-agent",
            QT_TRANSLATE_NOOP("Wizards", "Check the agent from Azure"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Read {vm} again: the agent must be Ready, report recently and have a supported version. The agent "
                "reports every few minutes, so allow it a moment after the restart.",
            ),
            ("vm-agent-ready", "agent-version"),
        ),
        *backup_now_steps(),
    ),
    _agent_values,
)


def _restart_commands() -> tuple[Any, ...]:
    return (
        bash("ps -e | grep -i waagent", QT_TRANSLATE_NOOP("Wizards", "Is the agent running?")),
        bash(
            "sudo systemctl start walinuxagent && systemctl status walinuxagent --no-pager",
            QT_TRANSLATE_NOOP("Wizards", "Start it (Ubuntu, Debian)"),
            UBUNTU_DEBIAN,
        ),
        bash(
            "sudo systemctl start waagent && systemctl status waagent --no-pager",
            QT_TRANSLATE_NOOP("Wizards", "Start it (other distributions)"),
            (*RED_HAT_FAMILY, *SUSE),
        ),
    )


LINUX_AGENT_OUTDATED = Wizard(
    "linux-agent-outdated",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "Most agent and extension failures on Linux VMs come from an old or stopped Azure Linux Agent (waagent): "
        "update it from the distribution's repository, make sure it runs and restarts on its own, then back up "
        "again.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why the agent matters"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Azure reports the Linux agent of {vm} as {agentStatus}, version {agentVersion}; Azure supports "
                "versions from {minimumVersion}. Azure Backup runs its snapshot extension through this agent.",
            ),
        ),
        manual(
            "update-agent",
            QT_TRANSLATE_NOOP("Wizards", "Update the agent from the distribution's repository"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Run the command for the distribution of {vm} ({osName}). Update the agent only through the "
                "distribution's packages, not with code downloaded from GitHub; if the distribution has no recent "
                "agent, ask its vendor. The agent's releases page shows the latest version.",
            ),
            commands=(
                bash("waagent --version", QT_TRANSLATE_NOOP("Wizards", "Installed version")),
                bash(
                    "sudo apt-get update && sudo apt-get install --only-upgrade walinuxagent",
                    QT_TRANSLATE_NOOP("Wizards", "Ubuntu"),
                    ("ubuntu",),
                ),
                bash(
                    "sudo apt-get update && sudo apt-get install --only-upgrade waagent",
                    QT_TRANSLATE_NOOP("Wizards", "Debian"),
                    ("debian",),
                ),
                bash(
                    "sudo yum update -y WALinuxAgent",
                    QT_TRANSLATE_NOOP("Wizards", "Red Hat, CentOS, Oracle Linux, AlmaLinux, Rocky Linux"),
                    RED_HAT_FAMILY,
                ),
                bash(
                    "sudo zypper refresh && sudo zypper update -y python-azure-agent",
                    QT_TRANSLATE_NOOP("Wizards", "SUSE"),
                    SUSE,
                ),
            ),
            links=(Link(LINUX_AGENT_RELEASES, QT_TRANSLATE_NOOP("Wizards", "Azure Linux Agent releases")),),
            os="Linux",
        ),
        manual(
            "start-agent",
            QT_TRANSLATE_NOOP("Wizards", "Make sure the agent is running"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Look for the waagent process. If it is not there, start the service: it is called walinuxagent on "
                "Ubuntu and Debian and waagent on other distributions.",
            ),
            commands=_restart_commands(),
            os="Linux",
        ),
        manual(
            "auto-restart",
            QT_TRANSLATE_NOOP("Wizards", "Let systemd restart the agent when it stops"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "A drop-in file makes systemd restart the agent whenever it exits, so that a crash does not stop "
                "backups until someone notices.",
            ),
            commands=(
                bash(
                    "sudo mkdir -p /etc/systemd/system/walinuxagent.service.d && printf '[Service]\\nRestart=always\\n"
                    "RestartSec=5\\n' | sudo tee /etc/systemd/system/walinuxagent.service.d/restart.conf && sudo "
                    "systemctl daemon-reload && sudo systemctl restart walinuxagent",
                    QT_TRANSLATE_NOOP("Wizards", "Ubuntu, Debian"),
                    UBUNTU_DEBIAN,
                ),
                bash(
                    "sudo mkdir -p /etc/systemd/system/waagent.service.d && printf '[Service]\\nRestart=always\\n"
                    "RestartSec=5\\n' | sudo tee /etc/systemd/system/waagent.service.d/restart.conf && sudo "
                    "systemctl daemon-reload && sudo systemctl restart waagent",
                    QT_TRANSLATE_NOOP("Wizards", "Other distributions"),
                    (*RED_HAT_FAMILY, *SUSE),
                ),
            ),
            os="Linux",
            optional=True,
        ),
        verify(
            "verify-agent",
            QT_TRANSLATE_NOOP("Wizards", "Check the agent from Azure"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Read {vm} again: the agent must be Ready, report recently and have a supported version.",
            ),
            ("vm-agent-ready", "agent-version"),
        ),
        *backup_now_steps(),
        manual(
            "collect-logs",
            QT_TRANSLATE_NOOP("Wizards", "If the backup still fails: turn on verbose logging and collect the logs"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Set Logs.Verbose=y in /etc/waagent.conf and restart the agent, back up again, then collect "
                "/var/lib/waagent/*.xml, /var/log/waagent.log and /var/log/azure/ for support.",
            ),
            commands=(
                bash(
                    "sudo sed -i 's/^Logs\\.Verbose=n/Logs.Verbose=y/' /etc/waagent.conf && grep '^Logs\\.Verbose' "
                    "/etc/waagent.conf",
                    QT_TRANSLATE_NOOP("Wizards", "Turn on verbose logging (then restart the agent)"),
                ),
                bash(
                    "sudo tar czf /tmp/waagent-logs.tar.gz /var/lib/waagent/*.xml /var/log/waagent.log /var/log/azure/",
                    QT_TRANSLATE_NOOP("Wizards", "Collect the logs into /tmp/waagent-logs.tar.gz"),
                ),
            ),
            os="Linux",
            optional=True,
        ),
    ),
    _agent_values,
)


LINUX_WAAGENT_CONF = Wizard(
    "linux-waagent-conf",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The Linux agent reads its options from /etc/waagent.conf; backups need Extensions.Enable=y (extensions may "
        "run) and Provisioning.Agent=auto.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why these options matter"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "With Extensions.Enable=n the agent never runs the backup extension, so every snapshot of {vm} "
                "times out. Azure cannot read this file: check it inside the VM.",
            ),
            links=(Link(WAAGENT_OPTIONS, QT_TRANSLATE_NOOP("Wizards", "All the agent's configuration options")),),
        ),
        manual(
            "check-options",
            QT_TRANSLATE_NOOP("Wizards", "Check the two options"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The command prints both lines. They must read Extensions.Enable=y and Provisioning.Agent=auto; a "
                "missing line counts as wrong.",
            ),
            commands=(bash("grep -E '^(Extensions\\.Enable|Provisioning\\.Agent)=' /etc/waagent.conf"),),
            os="Linux",
        ),
        manual(
            "set-options",
            QT_TRANSLATE_NOOP("Wizards", "Set them and restart the agent"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "The first command corrects both lines, the next two add them when they are missing; then restart "
                "the agent (walinuxagent on Ubuntu and Debian, waagent elsewhere).",
            ),
            commands=(
                bash(
                    "sudo sed -i -e 's/^Extensions\\.Enable=.*/Extensions.Enable=y/' "
                    "-e 's/^Provisioning\\.Agent=.*/Provisioning.Agent=auto/' /etc/waagent.conf"
                ),
                bash(
                    "grep -q '^Extensions\\.Enable=' /etc/waagent.conf || echo 'Extensions.Enable=y' | sudo tee -a "
                    "/etc/waagent.conf"
                ),
                bash(
                    "grep -q '^Provisioning\\.Agent=' /etc/waagent.conf || echo 'Provisioning.Agent=auto' | sudo tee "
                    "-a /etc/waagent.conf"
                ),
                bash(
                    "sudo systemctl restart walinuxagent", QT_TRANSLATE_NOOP("Wizards", "Ubuntu, Debian"), UBUNTU_DEBIAN
                ),
                bash(
                    "sudo systemctl restart waagent",
                    QT_TRANSLATE_NOOP("Wizards", "Other distributions"),
                    (*RED_HAT_FAMILY, *SUSE),
                ),
            ),
            os="Linux",
        ),
        *backup_now_steps(),
    ),
    base_values,
)


START_VM_FROM_AZURE = Wizard(
    "start-vm-from-azure",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The guest agent answers only while the VM runs: start the VM from Azure, wait for the agent to be Ready, "
        "then back up.",
    ),
    (
        explain(
            "why",
            QT_TRANSLATE_NOOP("Wizards", "Why the VM must run"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "{vm} is {powerState}. Azure Backup takes the snapshot through the guest agent, which only runs "
                "inside a running VM. Start it from Azure, not from inside the guest, so that Azure knows its real "
                "state.",
            ),
        ),
        manual(
            "start-vm",
            QT_TRANSLATE_NOOP("Wizards", "Start the VM from Azure"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Start {vm} in the portal, or with one of these commands. If the VM must stay off, expect its "
                "backups to fail until it runs again.",
            ),
            commands=(
                az("az vm start --resource-group {resourceGroup} --name {vm}"),
                powershell("Start-AzVM -ResourceGroupName {resourceGroup} -Name {vm}"),
            ),
            portal=(QT_TRANSLATE_NOOP("Wizards", "Virtual machine {vm} > Overview > Start"),),
        ),
        verify(
            "verify-agent",
            QT_TRANSLATE_NOOP("Wizards", "Check that the VM runs and its agent is Ready"),
            QT_TRANSLATE_NOOP("Wizards", "Read {vm} again: it must be running with a Ready agent."),
            ("vm-agent-ready",),
        ),
        *backup_now_steps(optional=True),
    ),
    base_values,
)


WIZARDS = (WINDOWS_AGENT_UNRESPONSIVE, LINUX_AGENT_OUTDATED, LINUX_WAAGENT_CONF, START_VM_FROM_AZURE)
