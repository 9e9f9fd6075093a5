"""Guided wizards for documented causes only the Linux guest shows: mount points, pre/post scripts, the
backup extension's configuration file."""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP
from core.wizards.model import Wizard
from core.wizards.steps import backup_now_steps, base_values, bash, manual

LINUX_MOUNTS = Wizard(
    "linux-mounts",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The Linux backup extension freezes and opens every mount point for a consistent "
        "snapshot; repair the ones it cannot, or tell it to skip them.",
    ),
    (
        manual(
            "find",
            QT_TRANSLATE_NOOP("Wizards", "Find the mount points that failed"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, the extension's log names the mount points it could not freeze (\"Failed "
                'to FITHAW"). Look for mount points listed twice and for stale file recovery '
                "mounts left by a restore.",
            ),
            commands=(
                bash(
                    "sudo grep -h 'Failed to FITHAW' "
                    "/var/log/azure/Microsoft.Azure.RecoveryServices.VMSnapshotLinux/*.log | tail",
                    QT_TRANSLATE_NOOP("Wizards", "Mount points the extension could not thaw"),
                ),
                bash(
                    "mount | sort | uniq -d -f 2; findmnt -D",
                    QT_TRANSLATE_NOOP("Wizards", "Mount points and duplicates"),
                ),
            ),
            os="Linux",
        ),
        manual(
            "repair",
            QT_TRANSLATE_NOOP("Wizards", "Check and remount, or skip the mount point"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "Unmount each failing device, run fsck on it and mount it again; remove duplicate "
                "or stale entries. A mount point that cannot be unmounted can be skipped: add it "
                "to MountsToSkip in /etc/azure/vmbackup.conf (copy the file from the extension's "
                "tempPlugin folder if it is missing).",
            ),
            commands=(
                bash(
                    "sudo cat /etc/azure/vmbackup.conf",
                    QT_TRANSLATE_NOOP("Wizards", "The backup extension's configuration"),
                ),
            ),
            os="Linux",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

PRESCRIPT_TIMEOUT = Wizard(
    "prescript-timeout",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "An application-consistent pre-script or post-script that runs past its time-out "
        "makes the backup fall back to file-system consistency; give it more time.",
    ),
    (
        manual(
            "timeout",
            QT_TRANSLATE_NOOP("Wizards", "Raise the script time-out"),
            QT_TRANSLATE_NOOP(
                "Wizards",
                "On {vm}, in /etc/azure/VMSnapshotScriptPluginConfig.json, raise timeoutInSeconds "
                "(30 seconds by default, at most 1800) to more than the script needs, or make the "
                "script faster.",
            ),
            commands=(
                bash(
                    "sudo grep -i timeout /etc/azure/VMSnapshotScriptPluginConfig.json",
                    QT_TRANSLATE_NOOP("Wizards", "The current time-out"),
                ),
            ),
            os="Linux",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

VMBACKUP_CONF_ENCODING = Wizard(
    "vmbackup-conf-encoding",
    QT_TRANSLATE_NOOP(
        "Wizards",
        "The Linux backup extension reads /etc/azure/vmbackup.conf only as plain ASCII; convert the file back.",
    ),
    (
        manual(
            "convert",
            QT_TRANSLATE_NOOP("Wizards", "Convert the file to ASCII"),
            QT_TRANSLATE_NOOP(
                "Wizards", "On {vm}, check the file's encoding and convert it to ASCII, keeping a copy of the original."
            ),
            commands=(
                bash("file /etc/azure/vmbackup.conf", QT_TRANSLATE_NOOP("Wizards", "The file's encoding")),
                bash(
                    "sudo cp /etc/azure/vmbackup.conf /etc/azure/vmbackup.conf.bak && sudo iconv -f "
                    "UTF-8 -t ASCII//TRANSLIT /etc/azure/vmbackup.conf.bak | sudo tee "
                    "/etc/azure/vmbackup.conf >/dev/null",
                    QT_TRANSLATE_NOOP("Wizards", "Convert to ASCII"),
                ),
            ),
            os="Linux",
        ),
        *backup_now_steps(),
    ),
    base_values,
)

WIZARDS = (
    LINUX_MOUNTS,
    PRESCRIPT_TIMEOUT,
    VMBACKUP_CONF_ENCODING,
)
