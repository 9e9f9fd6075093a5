"""Where `scan` and `fix` act, named without ambiguity, and signing in to Azure from a terminal.

  --demo                 the built-in demo tenant (simulated, no sign-in)
  --tenant-file FILE     a simulated tenant file (offline, no sign-in); `--tenant FILE` is the old spelling
  --simulated-azure FILE a tenant file served as Azure: sign in to its simulated Entra ID, then scan its ARM
  (none of these)        Azure itself: sign in (browser, or a device code when there is no browser), in
                         --tenant-id ID (a directory id or domain; default: the account's home directory)
                         of --cloud (AzureCloud, AzureUSGovernment, AzureChinaCloud)

"Tenant" in Azure means a directory (Microsoft Entra ID tenant), so a tenant *id* goes with --tenant-id and a
tenant *file* with --tenant-file; --tenant with something that is not a file says which one was meant.

  --arm-url URL          any ARM endpoint, e.g. `backup-doctor simulate` (with --ca-file PEM to trust it)

Every subcommand that acts on a target (scan, report, fix, guest) takes these options from
`add_target_arguments` and opens the session they name with `open_target`: one parser, one meaning.
"""

from __future__ import annotations

import argparse
import dataclasses
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from core.azure.signin import DeviceCode, Method, SignIn, SignInError
from core.azure.target import CLOUDS, Target
from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate
from core.session import Session, demo_session, endpoint_session, signed_in_session, simulated_azure, simulated_session
from core.simulator import SimulatorServer

_CTX = "Cli"
_AUTO = "auto"


class TargetError(Exception):
    """The target cannot be opened; `message` says why in a sentence."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


def add_target_arguments(
    parser: argparse.ArgumentParser,
    *,
    verb: str,
    other_sources: Callable[[argparse._MutuallyExclusiveGroup], object] | None = None,
) -> None:
    """The target options of a subcommand that `verb`s a tenant: where (one of --demo, --tenant-file,
    --simulated-azure, --arm-url; none means Azure), --ca-file for --arm-url, and how to sign in to Azure.

    `other_sources` adds a subcommand's own alternatives to the same group (`report --scan`), next to the
    others so that the usage line shows them as one choice.
    """
    source = parser.add_mutually_exclusive_group()
    _add_source_arguments(source, verb=verb)
    source.add_argument("--arm-url", metavar="URL", help=f"{verb} any ARM endpoint, e.g. `backup-doctor simulate`")
    if other_sources is not None:
        other_sources(source)
    parser.add_argument("--ca-file", metavar="PEM", help="CA certificate to trust for --arm-url")
    _add_sign_in_arguments(parser)


def add_language_argument(parser: argparse.ArgumentParser, *, of: str) -> None:
    parser.add_argument("--lang", choices=("en", "pt-PT"), help=f"language of {of} (default: system)")


def open_target(args: argparse.Namespace, stderr: TextIO, translate: Translate) -> Session:
    """The session the target options name: demo, tenant file, ARM endpoint, or Azure (signing in).

    Raises TargetError for a usage mistake or a failed sign-in, TenantFileError for an invalid tenant file.
    """
    check_tenant_file(args.tenant)
    if args.demo:
        return demo_session()
    if args.tenant:
        return simulated_session(args.tenant)
    if args.arm_url:
        if args.ca_file and not Path(args.ca_file).is_file():
            raise TargetError(Msg(_CTX, QT_TRANSLATE_NOOP("Cli", "CA file not found: {path}"), {"path": args.ca_file}))
        return endpoint_session(args.arm_url, args.ca_file)
    return open_azure(args, stderr, translate)


def _add_source_arguments(group: argparse._MutuallyExclusiveGroup, *, verb: str) -> None:
    group.add_argument("--demo", action="store_true", help=f"{verb} the built-in demo tenant (no sign-in)")
    group.add_argument(
        "--tenant-file", dest="tenant", type=Path, metavar="FILE", help=f"{verb} a tenant file, simulated offline"
    )
    group.add_argument("--tenant", dest="tenant", type=Path, metavar="FILE", help="the same as --tenant-file")
    group.add_argument(
        "--simulated-azure",
        type=Path,
        metavar="FILE",
        help="serve a tenant file with its directory as Azure and sign in to it (to try sign-in)",
    )


def _add_sign_in_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tenant-id", metavar="ID", help="Azure directory (tenant) id or domain to sign in to (default: home)"
    )
    parser.add_argument("--cloud", choices=sorted(CLOUDS), default="AzureCloud", help="Azure cloud (default: public)")
    parser.add_argument(
        "--sign-in",
        choices=(_AUTO, *(m.value for m in (Method.BROWSER, Method.DEVICE_CODE, Method.AZURE_CLI))),
        default=_AUTO,
        help="how to sign in: browser, device-code or azure-cli (default: browser when there is one)",
    )
    parser.add_argument("--proxy", metavar="URL", help="HTTPS proxy for sign-in and Azure (default: HTTPS_PROXY)")
    parser.add_argument(
        "--ca-bundle", metavar="PEM", help="CA certificates to trust for sign-in and Azure (TLS-inspecting proxies)"
    )


def check_tenant_file(path: Path | None) -> None:
    """`--tenant VALUE` where VALUE is no file and looks like a directory id or domain: say what to use."""
    if path is None or path.is_file():
        return
    text = str(path)
    if "/" in text or "\\" in text or text.lower().endswith(".json"):
        return  # a path that does not exist: the tenant file loader says "cannot be read"
    raise TargetError(
        Msg(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Cli",
                "--tenant expects a simulated tenant file, and {value} is not a file. To sign in to the Azure "
                "directory {value}, use --tenant-id {value}.",
            ),
            {"value": text},
        )
    )


def _has_browser() -> bool:
    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


def open_azure(args: argparse.Namespace, stderr: TextIO, translate: Translate) -> Session:
    """Sign in (silently from the remembered account when possible) and open a session on Azure or on a
    tenant file served as Azure (`--simulated-azure`)."""
    server: SimulatorServer | None = None
    if getattr(args, "simulated_azure", None):
        server, target = simulated_azure(args.simulated_azure)
    else:
        target = Target.azure(args.cloud)
    if args.proxy or args.ca_bundle:
        target = dataclasses.replace(target, proxy=args.proxy or target.proxy, ca_file=args.ca_bundle or target.ca_file)
    try:
        return _signed_in(args, target, server, stderr, translate)
    except BaseException:
        if server is not None:
            server.stop()
        raise


def _signed_in(
    args: argparse.Namespace, target: Target, server: SimulatorServer | None, stderr: TextIO, translate: Translate
) -> Session:
    sign_in = SignIn(target)
    choice = args.sign_in
    method = Method(choice) if choice != _AUTO else (Method.BROWSER if _has_browser() else Method.DEVICE_CODE)

    def show(prompt: DeviceCode) -> None:
        text = Msg(
            _CTX,
            QT_TRANSLATE_NOOP("Cli", "To sign in, open {uri} in a browser and enter the code {code}."),
            {"uri": prompt.uri, "code": prompt.code},
        )
        print(f"backup-doctor: {text.render(translate)}", file=stderr, flush=True)

    try:
        identity = sign_in.restore() if method is not Method.AZURE_CLI else None
        if identity is None:
            identity = sign_in.sign_in(method, tenant_id=args.tenant_id, device_code=show)
    except SignInError as error:
        raise TargetError(error.message) from error
    for notice in sign_in.notices:
        print(f"backup-doctor: {notice.render(translate)}", file=stderr)
    signed = Msg(
        _CTX,
        QT_TRANSLATE_NOOP("Cli", "Signed in as {account}."),
        {"account": identity.username},
    )
    print(f"backup-doctor: {signed.render(translate)}", file=stderr)
    return signed_in_session(sign_in, args.tenant_id or identity.tenant_id, server)
