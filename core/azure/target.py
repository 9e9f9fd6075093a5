"""Where ARM requests go: a public or sovereign Azure cloud, or any ARM endpoint (the simulator, Azure Stack Hub)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from core.i18n import Msg, Translate, english


@dataclass(frozen=True)
class Cloud:
    name: str
    arm_url: str
    authority_host: str
    graph_url: str

    @property
    def arm_scope(self) -> str:
        return self.arm_url.rstrip("/") + "/.default"


# Endpoints as published by `az cloud show` for each cloud.
CLOUDS: dict[str, Cloud] = {
    cloud.name: cloud
    for cloud in (
        Cloud(
            "AzureCloud",
            "https://management.azure.com",
            "login.microsoftonline.com",
            "https://graph.microsoft.com",
        ),
        Cloud(
            "AzureChinaCloud",
            "https://management.chinacloudapi.cn",
            "login.chinacloudapi.cn",
            "https://microsoftgraph.chinacloudapi.cn",
        ),
        Cloud(
            "AzureUSGovernment",
            "https://management.usgovcloudapi.net",
            "login.microsoftonline.us",
            "https://graph.microsoft.us",
        ),
    )
}


class TargetKind(StrEnum):
    """What a target is, for what the app shows about it (the demo banner), never read from its label."""

    # Azure itself (a public or sovereign cloud).
    AZURE = "azure"
    # The built-in demo tenant (core/session.py `demo_session`).
    DEMO = "demo"
    # A tenant file served by the local simulator.
    TENANT_FILE = "tenantFile"
    # Any other ARM endpoint (a simulator started elsewhere, or the simulator answering as Azure).
    ENDPOINT = "endpoint"


@dataclass(frozen=True)
class Target:
    """An ARM endpoint plus how to trust and authenticate to it.

    `simulated` targets (the local simulator) are polled without delay and retried with short
    back-off; real Azure keeps the server's polling and Retry-After hints.
    """

    label: str
    arm_url: str
    graph_url: str
    credential_scope: str
    ca_file: str | None = None
    simulated: bool = False
    cloud: str | None = None
    # The label as shown to people, translatable ("Demo tenant"); `label` stays the English text that
    # the scan JSON carries.
    title: Msg | None = field(default=None, compare=False)
    # Where people sign in: an authority host ("login.microsoftonline.com") or URL (the simulated Entra ID).
    # None for targets that need no sign-in (demo, tenant files, a bare ARM endpoint).
    authority: str | None = None
    # HTTPS proxy from Settings (None: azure-core reads HTTPS_PROXY/NO_PROXY from the environment).
    proxy: str | None = None
    kind: TargetKind = TargetKind.ENDPOINT

    def display(self, translate: Translate = english) -> str:
        """The label in the language of `translate`."""
        return self.title.render(translate) if self.title is not None else self.label

    @classmethod
    def azure(cls, cloud_name: str = "AzureCloud") -> Target:
        try:
            cloud = CLOUDS[cloud_name]
        except KeyError:
            known = ", ".join(sorted(CLOUDS))
            raise ValueError(f"Unknown Azure cloud {cloud_name!r}; known clouds: {known}") from None
        return cls(
            label=f"Azure ({cloud.name})",
            arm_url=cloud.arm_url,
            graph_url=cloud.graph_url,
            credential_scope=cloud.arm_scope,
            cloud=cloud.name,
            authority=cloud.authority_host,
            kind=TargetKind.AZURE,
        )

    @classmethod
    def simulated_azure(
        cls, base_url: str, ca_file: str, label: str = "Simulated Azure", title: Msg | None = None
    ) -> Target:
        """The simulator serving both ARM and Microsoft Entra ID: signs in like Azure, answers like ARM."""
        url = base_url.rstrip("/")
        return cls(
            label=label,
            arm_url=url,
            graph_url=url,
            credential_scope="https://management.azure.com/.default",
            ca_file=ca_file,
            simulated=True,
            authority=url,
            title=title,
        )

    @property
    def needs_sign_in(self) -> bool:
        return self.authority is not None

    @classmethod
    def endpoint(
        cls,
        arm_url: str,
        *,
        ca_file: str | None = None,
        simulated: bool = True,
        label: str | None = None,
        title: Msg | None = None,
        kind: TargetKind = TargetKind.ENDPOINT,
    ) -> Target:
        """Any ARM endpoint. The simulator also answers Microsoft Graph look-ups on the same URL."""
        url = arm_url.rstrip("/")
        return cls(
            label=label or url,
            arm_url=url,
            graph_url=url,
            credential_scope="https://management.azure.com/.default",
            ca_file=ca_file,
            simulated=simulated,
            title=title,
            kind=kind,
        )
