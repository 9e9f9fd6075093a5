"""Look up an error: what helpdesk staff paste, in both languages, and the share of it that is found."""

from __future__ import annotations

import copy
import json

import pytest

from core.catalog import load_catalog, parse_catalog
from core.catalog_match import MATCH_CODE, MATCH_MESSAGE, MATCH_PARTIAL
from core.error_lookup import ErrorLookup, default_lookup, lookup, numbers_from_findings
from core.findings import Finding, Status
from core.i18n import Msg
from core.locator import resource

GUEST = "UserErrorGuestAgentStatusUnavailable"
SNAP = "GuestAgentSnapshotTaskStatusError"
PROV = "UserErrorVmProvisioningStateFailed"
RPC = "UserErrorRpCollectionLimitReached"
KV = "UserErrorKeyvaultPermissionsNotConfigured"
NONET = "ExtensionSnapshotFailedNoNetwork"
EXTOP = "ExtensionOperationFailedForManagedDisks"
INTERNAL = "BackUpOperationFailed"
DISK = "UserErrorUnsupportedDiskSize"
BUSY = "UserErrorBackupOperationInProgress"
CRP = "UserErrorCrpReportedUserError"
BCM = "UserErrorBcmDatasourceNotPresent"

#: Numbers as a scanned tenant shows them: a failed job's errorCode next to a message the triage matched.
SEEN_NUMBERS = {"400102": GUEST, "500110": SNAP, "400133": RPC}

# (what was pasted, the documented code that must come first)
PHRASINGS: list[tuple[str, str]] = [
    # --- code names, as written, in other case, inside sentences -------------------------------------------
    ("UserErrorGuestAgentStatusUnavailable", GUEST),
    ("usererrorguestagentstatusunavailable", GUEST),
    ("Error code: GUESTAGENTSNAPSHOTTASKSTATUSERROR", SNAP),
    ("The job failed (UserErrorVmProvisioningStateFailed) last night", PROV),
    ("ErrorCode=UserErrorRpCollectionLimitReached;", RPC),
    ("backupoperationfailedv2", INTERNAL),
    ("ExtentionOperationFailed", "ExtensionOperationFailed"),  # the 2018 spelling; now its own entry
    ("Falhou com o código UserErrorBcmDatasourceNotPresent.", BCM),
    # --- code names as the pt-PT article spells them ------------------------------------------------------
    ("UserErrorKeyvaultPermissionsNot Configurado", KV),
    ("UserErrorGuestAgentStatusUn disponível", GUEST),
    ("ExtensõesSnapshotFailedNoNetwork", NONET),
    ("ExtensãoOperaçãoFailedForManagedDisks", EXTOP),
    ("Código de erro: UserErrrCrpReportedUserror", CRP),
    # --- numbers from job details -------------------------------------------------------------------------
    ("400102", GUEST),
    ("Error 400102", GUEST),
    ("errorCode: 500110", SNAP),
    ("Código de erro 400133 na tarefa de cópia de segurança", RPC),
    # --- documented English messages, with case, punctuation and extra text ---------------------------------
    ("VM Agent unable to communicate with Azure Backup", GUEST),
    ("vm agent unable to communicate with azure backup.", GUEST),
    ("Backup failed. Error: 'VM Agent unable to communicate with Azure Backup'. Please retry.", GUEST),
    ("Could not communicate with the VM agent for snapshot status", SNAP),
    ("Snapshot failed: could not communicate with VM agent for snapshot status (retry later)", SNAP),
    ("The VM is in failed provisioning state", PROV),
    ("Job failed. The VM is in a failed provisioning state. Retry later.", PROV),
    ("The Restore Point collection max limit has reached.", RPC),
    ("the restore point collection max limit has been reached", RPC),
    ("Backup doesn't have sufficient permissions to the key vault for backup of encrypted VMs", KV),
    ("Backup does not have sufficient permissions to the key vault for backup of encrypted VMs.", KV),
    ("Snapshot operation failed due to no network connectivity on the virtual machine", NONET),
    ("VMSnapshot extension operation failed", EXTOP),
    ("Backup failed with an internal error - Please retry the operation in a few minutes", INTERNAL),
    ("BACKUP FAILED WITH A INTERNAL ERROR -- please retry the operation in few minutes", INTERNAL),
    ("The configured disk size(s) is currently not supported by Azure Backup", DISK),
    ("The specified Disk configuration is not supported", DISK),
    ("Unable to initiate backup as another backup operation is currently in progress", BUSY),
    ("Backup failed due to an error. For details, see Job Error Message Details", CRP),
    ("Backup failed: This virtual machine is not (actively) protected by Azure Backup.", BCM),
    ("This virtual machine is not protected by Azure Backup", BCM),
    ("Unable to perform the operation as the VM Agent is not responsive", GUEST),
    (
        "Hi team, the nightly job for vm-erp-01 shows: Snapshot operation failed due to no network connectivity on "
        "the virtual machine. Can you check? Thanks",
        NONET,
    ),
    # --- English fragments ----------------------------------------------------------------------------------
    ("communicate with the VM agent for snapshot", SNAP),
    ("no network connectivity on the virtual machine", NONET),
    ("another backup operation is currently in progress", BUSY),
    ("sufficient permissions to the key vault", KV),
    ("disk size(s) is currently not supported", DISK),
    # --- the app's own pt-PT wording ------------------------------------------------------------------------
    ("O agente da VM não consegue comunicar com o Azure Backup", GUEST),
    ("Não foi possível comunicar com o agente da VM para obter o estado do instantâneo", SNAP),
    ("A VM está num estado de aprovisionamento com falha", PROV),
    ("Foi atingido o limite máximo da coleção de pontos de restauro.", RPC),
    (
        "O Azure Backup não tem permissões suficientes no cofre de chaves para fazer cópias de segurança de VMs "
        "encriptadas.",
        KV,
    ),
    ("A operação de instantâneo falhou por falta de conectividade de rede na máquina virtual", NONET),
    ("A operação da extensão VMSnapshot falhou", EXTOP),
    ("A cópia de segurança falhou com um erro interno. Tente novamente a operação dentro de alguns minutos", INTERNAL),
    ("Os tamanhos de disco configurados não são atualmente suportados pelo Azure Backup.", DISK),
    ("Não é possível iniciar a cópia de segurança porque está em curso outra operação de cópia de segurança", BUSY),
    ("Falha na cópia de segurança: esta máquina virtual não está (ativamente) protegida pelo Azure Backup.", BCM),
    # --- the same, without accents, in capitals, with other articles and extra text ----------------------------
    ("«O Agente de VM não consegue comunicar com o Azure Backup»", GUEST),
    ("O AGENTE DA VM NAO CONSEGUE COMUNICAR COM O AZURE BACKUP", GUEST),
    ("Erro na tarefa: nao foi possivel comunicar com o agente da VM para obter o estado do instantaneo.", SNAP),
    ("foi atingido o limite maximo da colecao de pontos de restauro", RPC),
    ("Cliente diz: a operação de instantâneo falhou por falta de conectividade de rede na máquina virtual!", NONET),
    # --- the pt-PT article's wording ------------------------------------------------------------------------
    ("VM Agent incapaz de comunicar com Azure Backup", GUEST),
    ("Não foi possível comunicar com o agente VM para o estado do instantâneo", SNAP),
    ("O VM está em estado de provisionamento falhado", PROV),
    ("O limite máximo de recolha do Ponto de Restauração atingiu.", RPC),
    ("Backup não tem permissões suficientes para o cofre de chaves para cópia de segurança de VMs encriptados.", KV),
    ("A operação snapshot falhou devido à falta de conectividade da rede na máquina virtual", NONET),
    ("Operação de extensão VMSnapshot falhou", EXTOP),
    ("o Azure Backup falha com um erro interno", INTERNAL),
    ("O tamanho do disco configurado não é suportado por Azure Backup", DISK),
    ("Incapaz de iniciar o backup como outra operação de backup está em andamento", BUSY),
    ("A cópia de segurança falhou devido a um erro. Para mais detalhes, consulte detalhes da mensagem de erro", CRP),
    ("Cópia de segurança falhou: Esta máquina virtual não está (ativamente) protegida pela Azure Backup", BCM),
    # --- pt-PT fragments ------------------------------------------------------------------------------------
    ("não consegue comunicar com o Azure Backup", GUEST),
    ("limite máximo da coleção de pontos de restauro", RPC),
    ("outra operação de cópia de segurança", BUSY),
    # --- codes documented since the seed (../shared/error-codes-since-the-seed.md) ---------------------------
    ("Job failed: UserErrorVmNotInDesirableState", "UserErrorVmNotInDesirableState"),
    ("vmnotindesirablestate", "VmNotInDesirableState"),
    ("Backup failed due to CRP Internal Error", "BCMCrpInternalError"),
    ("Erro 380008 ao instalar a extensão", "AzureVmOffline"),
    ("Failed to install Microsoft Recovery Services extension as virtual machine is not running", "AzureVmOffline"),
    ("UserErrorGuestAgentVersionUnsupported on vm-lnx-01", "UserErrorGuestAgentVersionUnsupported"),
    (
        "Extension failed to start because of a runtime environment failure",
        "GuestAgentPluginInstallCommandProcessingFailed",
    ),
    ("extension status code 16", "GuestAgentCertificateNotFound"),
    ("Certificado do agente convidado da máquina virtual não encontrado", "GuestAgentCertificateNotFound"),
    ("O antivírus configurado na VM está a restringir a execução da extensão", "VMRestorePointInternalError"),
    ("Extension state is not supportive to the backup operation", "ExtensionStuckInDeletionState"),
    ("Backup extension installation failed", "ExtensionInstallationFailure"),
    ("failure to install Visual C++ Redistributable for Visual Studio 2015", "ExtensionVCRedistInstallationFailure"),
    ("Falha ao analisar a configuração da extensão de cópia de segurança", "ExtensionConfigParsingFailure"),
    ("ExtensionCommandExecFailure", "ExtensionCommandExecFailure"),
    (
        "ExtensionInstallProviderCOMMemoryQuotaReached - extension could not be installed",
        "ExtensionInstallProviderCOMMemoryQuotaReached",
    ),
    ("Snapshot operation failed due to COM+ error", "ExtensionSnapshotFailedCOM"),
    ("Extension installation/operation failed due to a COM+ error", "ExtensionInstallationFailedCOM"),
    ("COM+ was unable to talk to the Microsoft Distributed Transaction Coordinator", "ExtensionInstallationFailedMDTC"),
    ("os escritores VSS estavam em mau estado", "ExtensionFailedVssWriterInBadState"),
    (
        "Snapshot operation failed due to VSS (Volume Shadow Copy) service in bad state.",
        "ExtensionFailedVssServiceInBadState",
    ),
    (
        "This drive is locked by BitLocker Drive Encryption. You must unlock this drive from the Control Panel.",
        "ExtensionSnapshotBitlockerError",
    ),
    ("failure to create a secure network communication channel", "ExtensionSnapshotFailedNoSecureNetwork"),
    ("Snapshot operation failed due to inadequate VM resources", "ExtensionFailedTimeoutVMNetworkUnresponsive"),
    ("delay in network calls made to take disk blob-snapshots", "ExtensionFailedTimeoutDelayInNetwork"),
    ("A operação de instantâneo falhou por falta de memória disponível na VM", "ExtensionFailedOutOfMemoryError"),
    ("Linux extension status code 85", "ExtensionFailedSnapshotLimitReachedError"),
    ("FailedRetryableSnapshotRateExceeded", "ExtensionFailedSnapshotRateExceededError"),
    ("Failed to freeze one or more mount-points of the VM", "UserErrorFsFreezeFailed"),
    ("código de estado 123", "UserErrorUnableToOpenMount"),
    ("Execution of App-Consistent Backup Pre-Script timed-out", "ExtensionPreScriptTimeout"),
    ("a change in Linux VM Backup Extension Configuration file", "VMBackupLinuxExtensionConfFileWrongEncodingFormat"),
    ("Copying backed up data from vault timed out", "CopyingVHDsFromBackUpVaultTakingLongTime"),
    ("insufficient free space in the storage account", "UserErrorBCMPremiumStorageQuotaError"),
    (
        "O número de discos de dados ligados à máquina virtual excedeu o limite suportado",
        "UserErrorBCMUnsupportedDiskCount",
    ),
    ("Currently Azure Backup does not support Standard SSD disks", "UserErrorStandardSSDNotSupported"),
    ("Configuring backup failed due to unsupported VM configuration", "UserErrorComputeVmWithClassicStorage"),
    ("Invalid VM network Configuration", "UserErrorInvalidNetworkConfigV1"),
    ("Invalid Encryption information supplied for VM", "UserErrorInvalidVMEncryptionInfo"),
    ("uma política inválida que impede a operação de instantâneo", "UserErrorRequestDisallowedByPolicy"),
    ("UserErrorStorageAccountIsLocked", "UserErrorStorageAccountIsLocked"),
    ("error 320001", "ResourceNotFound"),
    ("Job error code 400094", "BCMV2VMNotFound"),
    ("backup operation has failed because the virtual machine does not exist", "UserErrorVmNotFoundV2"),
    (
        "migrated from Trusted Launch mode to non Trusted Launch mode",
        "UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed",
    ),
]


def test_the_table_is_large_and_covers_every_documented_code() -> None:
    assert len(PHRASINGS) >= 60
    assert {code for _, code in PHRASINGS} == {e.code for e in load_catalog().entries}


def test_share_of_real_world_phrasings_found() -> None:
    missed = []
    for text, code in PHRASINGS:
        found = lookup(text, SEEN_NUMBERS)
        if not found or found[0].entry.code != code:
            missed.append((text, code, [m.entry.code for m in found]))
    share = (len(PHRASINGS) - len(missed)) / len(PHRASINGS)
    print(f"error lookup: {len(PHRASINGS) - len(missed)} of {len(PHRASINGS)} phrasings found ({share:.0%})")
    assert missed == [], f"found {share:.0%}; missed: {missed}"


@pytest.mark.parametrize(
    "text",
    [
        "hello",
        "backup",
        "the VM is running fine",
        "O backup correu bem ontem",
        "Error 12",
        "999999",
        "Please restart the server",
        "The VM has 16 data disks and 85 GB free",  # short numbers that are counts, not status codes
    ],
)
def test_unrelated_text_finds_nothing(text: str) -> None:
    assert lookup(text, SEEN_NUMBERS) == []


def test_kinds_of_match_are_told_apart() -> None:
    assert lookup("400102", SEEN_NUMBERS)[0].by == MATCH_CODE
    assert lookup("400102") == []  # a number only names an error where it was seen or documented
    assert lookup("O Agente de VM não consegue comunicar com o Azure Backup")[0].by == MATCH_MESSAGE
    assert lookup("another backup operation is currently in progress")[0].by == MATCH_PARTIAL


def test_a_ticket_with_two_errors_finds_both() -> None:
    text = (
        "First run: VM Agent unable to communicate with Azure Backup. Second run: The Restore Point collection max "
        "limit has reached."
    )
    assert {m.entry.code for m in lookup(text)} == {GUEST, RPC}


def test_new_entries_are_found_from_their_fields() -> None:
    """An entry added to catalog.json with a number and a pt-PT message is found with no code change."""
    data = json.loads(resource("catalog.json").read_text(encoding="utf-8"))
    new = copy.deepcopy(data["codes"][0])
    new.update(
        {
            "code": "UserErrorSomethingNew",
            "otherCodes": [],
            "codeVariants": [],
            "message": "Something new went wrong with the snapshot",
            "variants": [],
            "numericCodes": [400999],
            "messages": {"pt-PT": "Algo novo correu mal com o instantâneo"},
        }
    )
    data["codes"].append(new)
    found = ErrorLookup(parse_catalog(data)).find
    assert [m.entry.code for m in found("error 400999")] == ["UserErrorSomethingNew"]
    assert [m.entry.code for m in found("ALGO NOVO CORREU MAL COM O INSTANTANEO")] == ["UserErrorSomethingNew"]


def test_numbers_are_learned_from_the_failed_jobs_of_a_scan() -> None:
    triaged = Finding(
        "last-backup-job",
        Status.FAIL,
        Msg("Triage", "t"),
        evidence={"errorCode": 400117, "matched": {"code": PROV, "by": "message"}},
    )
    unmatched = Finding("last-backup-job", Status.FAIL, Msg("Triage", "t"), evidence={"errorCode": 400999})
    numbers = numbers_from_findings([triaged, unmatched])
    assert numbers == {"400117": PROV}
    assert default_lookup().find("400117", numbers)[0].entry.code == PROV
