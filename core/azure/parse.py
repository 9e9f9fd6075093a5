"""ARM REST payloads (live, simulated or from a tenant file) turned into core facts.

Each function takes the JSON of one resource exactly as ARM returns it. A VM whose optional parts
are malformed keeps the parts that are fine: the broken part becomes `None` plus a Problem in
`VmFacts.unavailable`, so one odd payload never costs the rest of the scan.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from core import ids
from core.azure.errors import UNEXPECTED_RESPONSE
from core.azure.payload import PayloadError, Reader
from core.facts import (
    FACT_DISKS,
    FACT_EXTENSIONS,
    FACT_INSTANCE_VIEW,
    AccessPolicy,
    AgentFacts,
    DiskFacts,
    ExtensionFacts,
    ExtensionHandler,
    InstanceView,
    JobError,
    JobFacts,
    KeyVaultFacts,
    LockFacts,
    ProtectionFacts,
    RestorePointCollectionFacts,
    StatusEntry,
    VmFacts,
)
from core.findings import Problem
from core.i18n import QT_TRANSLATE_NOOP, Msg

_CTX = "AzureErrors"


def payload_problem(error: PayloadError, scope: str | None = None) -> Problem:
    return Problem(
        scope or error.resource,
        UNEXPECTED_RESPONSE,
        Msg(
            _CTX,
            QT_TRANSLATE_NOOP(
                "AzureErrors", "Azure sent data in an unexpected shape ({detail}); this part was skipped."
            ),
            {"detail": str(error)},
        ),
    )


def _where(data: object, fallback: str) -> str:
    if isinstance(data, Mapping) and isinstance(data.get("id"), str):
        return str(data["id"])
    return fallback


# --- virtual machines -------------------------------------------------------------------------


def _tags(raw: object) -> dict[str, str]:
    """ARM tags: an object of strings; anything else is no tags (tags never decide a check)."""
    if not isinstance(raw, dict):
        return {}
    return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in raw.items()}


def parse_vm(data: object, fallback_where: str = "virtual machine") -> VmFacts:
    """A VM from a GET or list item (with or without `properties.instanceView`)."""
    where = _where(data, fallback_where)
    vm = Reader(data, where)
    vm_id = vm.required_text("id")
    parsed_id = ids.parse_id(vm_id)
    props = vm.obj("properties") or Reader({}, where, "properties")
    storage = props.obj("storageProfile")
    os_disk = storage.obj("osDisk") if storage else None
    hardware = props.obj("hardwareProfile")
    security = props.obj("securityProfile")
    unavailable: dict[str, Problem] = {}
    disks: tuple[DiskFacts, ...] | None = None
    try:
        disks = _vm_disks(storage)
    except PayloadError as error:
        unavailable[FACT_DISKS] = payload_problem(error, vm_id)
    view: InstanceView | None = None
    instance_view = props.obj("instanceView") if props.raw("instanceView") is not None else None
    if instance_view is not None:
        try:
            view = parse_instance_view(instance_view)
        except PayloadError as error:
            unavailable[FACT_INSTANCE_VIEW] = payload_problem(error, vm_id)
    extensions: tuple[ExtensionFacts, ...] | None = None
    try:
        extensions = _merge_extensions(
            [parse_extension(r.data, vm_id) for r in vm.objs("resources") if _is_extension(r)],
            view.extensions if view else (),
        )
    except PayloadError as error:
        unavailable[FACT_EXTENSIONS] = payload_problem(error, vm_id)
    return VmFacts(
        id=ids.VmId(vm_id),
        name=vm.text("name") or parsed_id.name,
        subscription_id=ids.SubscriptionId(parsed_id.subscription_id or ""),
        resource_group=parsed_id.resource_group or "",
        location=vm.text("location") or "",
        os_type=os_disk.text("osType") if os_disk else None,
        provisioning_state=props.text("provisioningState"),
        vm_size=hardware.text("vmSize") if hardware else None,
        tags=_tags(vm.raw("tags")),
        security_type=security.text("securityType") if security else None,
        instance_view=view,
        extensions=extensions,
        disks=disks,
        unavailable=unavailable,
    )


def _is_extension(resource: Reader) -> bool:
    kind = resource.text("type") or ""
    rid = resource.text("id") or ""
    return kind.lower().endswith("virtualmachines/extensions") or "/extensions/" in rid.lower()


def _vm_disks(storage: Reader | None) -> tuple[DiskFacts, ...] | None:
    if storage is None:
        return None
    disks: list[DiskFacts] = []
    os_disk = storage.obj("osDisk")
    if os_disk is not None:
        disks.append(_vm_disk(os_disk, is_os=True))
    disks.extend(_vm_disk(d, is_os=False) for d in storage.objs("dataDisks"))
    return tuple(disks)


def _storage_account_of(uri: str | None) -> str | None:
    """The account name of an unmanaged disk's VHD URI (https://<account>.blob.<suffix>/<container>/<blob>)."""
    if not uri or "://" not in uri:
        return None
    host = uri.split("://", 1)[1].split("/", 1)[0]
    return host.split(".", 1)[0] or None


def _vm_disk(disk: Reader, *, is_os: bool) -> DiskFacts:
    managed = disk.obj("managedDisk")
    vhd = disk.obj("vhd")
    encryption = disk.obj("encryptionSettings")
    vault_ids: list[str] = []
    ade = False
    if encryption is not None:
        ade = bool(encryption.flag("enabled"))
        vault_ids = _ade_vault_ids(encryption)
    return DiskFacts(
        name=disk.text("name") or "",
        id=managed.text("id") if managed else None,
        is_os_disk=is_os,
        lun=None if is_os else disk.integer("lun"),
        size_gb=disk.integer("diskSizeGB"),
        ade_encrypted=ade,
        key_vault_ids=tuple(vault_ids),
        storage_account=_storage_account_of(vhd.text("uri")) if vhd is not None and managed is None else None,
    )


def _ade_vault_ids(settings: Reader) -> list[str]:
    found: list[str] = []
    for key_name in ("diskEncryptionKey", "keyEncryptionKey"):
        key_ref = settings.obj(key_name)
        vault = key_ref.obj("sourceVault") if key_ref else None
        vault_id = vault.text("id") if vault else None
        if vault_id and not any(ids.same(vault_id, v) for v in found):
            found.append(vault_id)
    return found


def parse_instance_view(view: Reader) -> InstanceView:
    statuses = tuple(_status(s) for s in view.objs("statuses"))
    power = next(
        (s.code.split("/", 1)[1] for s in statuses if s.code.lower().startswith("powerstate/")), None
    )
    agent_reader = view.obj("vmAgent")
    agent = None
    if agent_reader is not None:
        agent = AgentFacts(
            version=agent_reader.text("vmAgentVersion"),
            statuses=tuple(_status(s) for s in agent_reader.objs("statuses")),
            extension_handlers=tuple(
                ExtensionHandler(
                    type=h.text("type") or "",
                    type_handler_version=h.text("typeHandlerVersion"),
                    status=_optional_status(h.obj("status")),
                )
                for h in agent_reader.objs("extensionHandlers")
            ),
        )
    extensions = tuple(_instance_view_extension(e) for e in view.objs("extensions"))
    return InstanceView(
        power_state=power,
        statuses=statuses,
        agent=agent,
        extensions=extensions,
        os_name=view.text("osName"),
        os_version=view.text("osVersion"),
    )


def _status(status: Reader) -> StatusEntry:
    return StatusEntry(
        code=status.text("code") or "",
        level=status.text("level"),
        display_status=status.text("displayStatus"),
        message=status.text("message"),
        time=status.timestamp("time"),
    )


def _optional_status(status: Reader | None) -> StatusEntry | None:
    return _status(status) if status is not None else None


def _split_type(full_type: str | None) -> tuple[str | None, str | None]:
    """`Microsoft.Azure.RecoveryServices.VMSnapshot` -> (publisher, type), as instance views name them."""
    if not full_type:
        return None, None
    publisher, dot, short = full_type.rpartition(".")
    return (publisher, short) if dot else (None, full_type)


def _instance_view_extension(ext: Reader) -> ExtensionFacts:
    publisher, short_type = _split_type(ext.text("type"))
    statuses = tuple(_status(s) for s in ext.objs("statuses"))
    return ExtensionFacts(
        id=None,
        name=ext.text("name") or "",
        publisher=publisher,
        type=short_type,
        type_handler_version=ext.text("typeHandlerVersion"),
        provisioning_state=provisioning_state_from_statuses(statuses),
        statuses=statuses,
        substatuses=tuple(_status(s) for s in ext.objs("substatuses")),
    )


def provisioning_state_from_statuses(statuses: tuple[StatusEntry, ...]) -> str | None:
    """`ProvisioningState/failed/1009` -> "Failed"; ARM capitalises the state in resource models."""
    for status in statuses:
        parts = status.code.split("/")
        if len(parts) >= 2 and parts[0].lower() == "provisioningstate":
            return parts[1][:1].upper() + parts[1][1:]
    return None


def parse_extension(data: object, vm_id: str | None = None) -> ExtensionFacts:
    where = _where(data, f"{vm_id or 'virtual machine'}/extensions")
    ext = Reader(data, where)
    props = ext.obj("properties") or Reader({}, where, "properties")
    view = props.obj("instanceView")
    statuses = tuple(_status(s) for s in view.objs("statuses")) if view else ()
    substatuses = tuple(_status(s) for s in view.objs("substatuses")) if view else ()
    ext_type = props.text("type")
    publisher = props.text("publisher")
    if publisher is None and ext_type and "." in ext_type:
        publisher, ext_type = _split_type(ext_type)
    return ExtensionFacts(
        id=ext.text("id"),
        name=ext.text("name") or ids.parse_id(ext.text("id") or "").name,
        publisher=publisher,
        type=ext_type,
        type_handler_version=props.text("typeHandlerVersion"),
        provisioning_state=props.text("provisioningState") or provisioning_state_from_statuses(statuses),
        statuses=statuses,
        substatuses=substatuses,
    )


def _merge_extensions(
    resources: list[ExtensionFacts], from_view: tuple[ExtensionFacts, ...]
) -> tuple[ExtensionFacts, ...] | None:
    """Extension resources, completed by the VM instance view's statuses (matched by name).

    The instance view is the fresher source of a failure's message; the resource carries the id
    and publisher that a fix needs. Either alone is enough to report on.
    """
    if not resources and not from_view:
        return () if resources is not None else None
    by_name = {e.name.lower(): e for e in from_view}
    merged: list[ExtensionFacts] = []
    for ext in resources:
        view = by_name.pop(ext.name.lower(), None)
        if view is not None:
            ext = ExtensionFacts(
                id=ext.id,
                name=ext.name,
                publisher=ext.publisher or view.publisher,
                type=ext.type or view.type,
                type_handler_version=ext.type_handler_version or view.type_handler_version,
                provisioning_state=ext.provisioning_state or view.provisioning_state,
                statuses=ext.statuses or view.statuses,
                substatuses=ext.substatuses or view.substatuses,
            )
        merged.append(ext)
    merged.extend(by_name.values())
    return tuple(merged)


# --- disks, locks, restore points ---------------------------------------------------------------


def parse_managed_disk(data: object) -> DiskFacts:
    where = _where(data, "managed disk")
    disk = Reader(data, where)
    props = disk.obj("properties") or Reader({}, where, "properties")
    collection = props.obj("encryptionSettingsCollection")
    security = props.obj("securityProfile")
    ade = bool(collection.flag("enabled")) if collection else False
    vaults: list[str] = []
    if collection is not None:
        for settings in collection.objs("encryptionSettings"):
            vaults.extend(v for v in _ade_vault_ids(settings) if not any(ids.same(v, x) for x in vaults))
    return DiskFacts(
        name=disk.text("name") or "",
        id=disk.text("id"),
        is_os_disk=props.text("osType") is not None,
        lun=None,
        size_gb=props.integer("diskSizeGB"),
        ade_encrypted=ade,
        key_vault_ids=tuple(vaults),
        security_type=security.text("securityType") if security else None,
    )


def parse_lock(data: object) -> LockFacts:
    where = _where(data, "management lock")
    lock = Reader(data, where)
    lock_id = lock.required_text("id")
    props = lock.obj("properties") or Reader({}, where, "properties")
    return LockFacts(
        id=lock_id,
        name=lock.text("name") or ids.parse_id(lock_id).name,
        level=props.required_text("level"),
        scope=ids.lock_scope(lock_id),
        notes=props.text("notes"),
    )


def parse_restore_point_collection(data: object) -> RestorePointCollectionFacts:
    where = _where(data, "restore point collection")
    rpc = Reader(data, where)
    rpc_id = rpc.required_text("id")
    props = rpc.obj("properties") or Reader({}, where, "properties")
    source = props.obj("source")
    points = props.raw("restorePoints")
    count = len(props.objs("restorePoints")) if points is not None else None
    return RestorePointCollectionFacts(
        id=rpc_id,
        name=rpc.text("name") or ids.parse_id(rpc_id).name,
        resource_group=ids.parse_id(rpc_id).resource_group or "",
        source_id=source.text("id") if source else None,
        restore_point_count=count,
    )


# --- Azure Backup -------------------------------------------------------------------------------


def vault_of(resource_id: str) -> str:
    """The Recovery Services vault id that a backup item or job id lives under."""
    lowered = resource_id.lower()
    marker = "/providers/microsoft.recoveryservices/vaults/"
    start = lowered.find(marker)
    if start < 0:
        return resource_id
    end = resource_id.find("/", start + len(marker))
    return resource_id if end < 0 else resource_id[:end]


def parse_protected_item(data: object) -> tuple[ProtectionFacts, str | None]:
    """The protection facts and the protected VM's id (`sourceResourceId`/`virtualMachineId`)."""
    where = _where(data, "protected item")
    item = Reader(data, where)
    item_id = item.required_text("id")
    props = item.obj("properties") or Reader({}, where, "properties")
    facts = ProtectionFacts(
        item_id=item_id,
        vault_id=vault_of(item_id),
        protection_state=props.text("protectionState"),
        protection_status=props.text("protectionStatus"),
        health_status=props.text("healthStatus"),
        last_backup_status=props.text("lastBackupStatus"),
        last_backup_time=props.timestamp("lastBackupTime"),
        policy_id=props.text("policyId"),
        container_name=props.text("containerName"),
        friendly_name=props.text("friendlyName"),
        soft_deleted=bool(props.flag("isScheduledForDeferredDelete")),
        deferred_delete_time=props.timestamp("deferredDeleteTimeInUTC"),
    )
    return facts, props.text("sourceResourceId") or props.text("virtualMachineId")


def parse_job(data: object) -> JobFacts:
    where = _where(data, "backup job")
    job = Reader(data, where)
    job_id = job.required_text("id")
    props = job.obj("properties") or Reader({}, where, "properties")
    extended = props.obj("extendedInfo")
    failure_code = None
    dynamic_message = None
    if extended is not None:
        bag = extended.obj("propertyBag")
        if bag is not None:
            failure_code = _failure_code_from_bag(bag.data)
        dynamic_message = extended.text("dynamicErrorMessage")
    return JobFacts(
        id=job_id,
        name=job.text("name") or ids.parse_id(job_id).name,
        vault_id=vault_of(job_id),
        operation=props.text("operation"),
        status=props.text("status"),
        start_time=props.timestamp("startTime"),
        end_time=props.timestamp("endTime"),
        entity_friendly_name=props.text("entityFriendlyName"),
        container_name=props.text("containerName"),
        errors=tuple(
            JobError(
                error_code=_error_code(e.raw("errorCode")),
                error_string=e.text("errorString"),
                error_title=e.text("errorTitle"),
                recommendations=tuple(e.texts("recommendations")),
            )
            for e in props.objs("errorDetails")
        ),
        failure_code=failure_code,
        dynamic_error_message=dynamic_message,
    )


def _error_code(value: Any) -> int | str | None:
    # The REST API documents errorCode as an integer; other sources (Azure Monitor) give names.
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | str):
        return value
    return str(value)


def _failure_code_from_bag(bag: Mapping[str, Any]) -> str | None:
    for name, value in bag.items():
        if isinstance(value, str) and name.replace(" ", "").lower() in ("errorcode", "jobfailurecode"):
            return value
    return None


# --- Key Vault ----------------------------------------------------------------------------------


def parse_key_vault(data: object) -> KeyVaultFacts:
    where = _where(data, "key vault")
    vault = Reader(data, where)
    vault_id = vault.required_text("id")
    props = vault.obj("properties") or Reader({}, where, "properties")
    policies = []
    for policy in props.objs("accessPolicies"):
        permissions = policy.obj("permissions") or Reader({}, where, "permissions")
        policies.append(
            AccessPolicy(
                object_id=policy.text("objectId") or "",
                tenant_id=policy.text("tenantId"),
                application_id=policy.text("applicationId"),
                keys=tuple(p.lower() for p in permissions.texts("keys")),
                secrets=tuple(p.lower() for p in permissions.texts("secrets")),
                certificates=tuple(p.lower() for p in permissions.texts("certificates")),
            )
        )
    return KeyVaultFacts(
        id=vault_id,
        name=vault.text("name") or ids.parse_id(vault_id).name,
        enable_rbac_authorization=bool(props.flag("enableRbacAuthorization")),
        enabled_for_disk_encryption=props.flag("enabledForDiskEncryption"),
        access_policies=tuple(policies),
    )
