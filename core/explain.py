"""`backup-doctor explain TEXT`: what a pasted error code or message means, its documented causes in
order, and the wizard that fixes each.

The lead wires it into core/cli.py with `add_arguments(subparser)` and `run(args, stdout, stderr)`.
Exit codes: 0 when a documented error matches, 1 when none does.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from core.catalog import Catalog, CatalogEntry, load_catalog
from core.catalog_match import MATCH_PARTIAL, Match
from core.catalog_translator import normalize_language, system_language, translator_for
from core.error_lookup import ErrorLookup, default_lookup
from core.i18n import QT_TRANSLATE_NOOP, Msg, Translate

EXIT_MATCHED = 0
EXIT_NO_MATCH = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "text",
        nargs="+",
        metavar="TEXT",
        help="an error code (e.g. GuestAgentSnapshotTaskStatusError) or an error message, as Azure shows it",
    )
    parser.add_argument("--lang", choices=("en", "pt-PT"), help="language of the explanation (default: system)")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _tr(translate: Translate, source: str, **args: Any) -> str:
    return Msg("Explain", source, args).render(translate)


def match_json(match: Match, catalog: Catalog, translate: Translate) -> dict[str, Any]:
    entry = match.entry
    return {
        "code": " / ".join(match.codes),
        "codes": list(match.codes),
        "matchedBy": match.by,
        "message": entry.message_msg.render(translate),
        "documentedMessage": entry.message,
        "summary": entry.summary_msg.render(translate),
        "url": entry.url,
        "causes": [
            {
                "id": cause.id,
                "title": cause.title_msg.render(translate),
                "appliesTo": cause.applies_to,
                "checks": list(cause.checks),
                "wizard": cause.wizard,
                "wizardTitle": catalog.wizards[cause.wizard].title_msg.render(translate),
                "url": cause.url,
            }
            for cause in entry.causes
        ],
        "resolution": [
            {"id": wizard, "title": catalog.wizards[wizard].title_msg.render(translate)} for wizard in entry.resolution
        ],
    }


_INDENT = "  "


def format_entry(match: Match, catalog: Catalog, translate: Translate) -> list[str]:
    """The lines explaining one documented error; indentation is layout, every sentence a template."""
    entry: CatalogEntry = match.entry
    message = entry.message_msg.render(translate)
    lines = [
        _tr(translate, QT_TRANSLATE_NOOP("Explain", "{code}: {message}"), code=" / ".join(match.codes), message=message)
    ]
    if message != entry.message:
        lines.append(
            _INDENT
            + _tr(translate, QT_TRANSLATE_NOOP("Explain", "(as Azure writes it: {message})"), message=entry.message)
        )
    lines.append(_INDENT + entry.summary_msg.render(translate))
    lines.append("")
    lines.append(
        _INDENT + _tr(translate, QT_TRANSLATE_NOOP("Explain", "Causes, in the order Microsoft documents them:"))
    )
    for number, cause in enumerate(entry.causes, start=1):
        if cause.applies_to is None:
            line = _tr(
                translate, QT_TRANSLATE_NOOP("Explain", "{number}. {cause}"), number=number, cause=cause.title_msg
            )
        else:
            line = _tr(
                translate,
                QT_TRANSLATE_NOOP("Explain", "{number}. {cause} ({os} VMs only)"),
                number=number,
                cause=cause.title_msg,
                os=cause.applies_to,
            )
        lines.append(_INDENT + line)
        lines.append(
            _INDENT * 2
            + " "
            + _tr(
                translate,
                QT_TRANSLATE_NOOP("Explain", "Fix: {wizard} (wizard {id})"),
                wizard=catalog.wizards[cause.wizard].title_msg,
                id=cause.wizard,
            )
        )
    lines.append("")
    lines.append(_INDENT + _tr(translate, QT_TRANSLATE_NOOP("Explain", "Source: {url}"), url=entry.url))
    return lines


def explain(text: str, translate: Translate, catalog: Catalog | None = None) -> tuple[int, str, list[Match]]:
    """(exit code, text output, matches) for `text`."""
    finder = default_lookup() if catalog is None or catalog is load_catalog() else ErrorLookup(catalog)
    catalog = finder.catalog
    matches = finder.find(text)
    if not matches:
        return (
            EXIT_NO_MATCH,
            _tr(
                translate,
                QT_TRANSLATE_NOOP(
                    "Explain",
                    'No documented Azure Backup error matches "{text}". Paste the error code (for example '
                    "UserErrorGuestAgentStatusUnavailable) or the whole error message as Azure shows it.",
                ),
                text=text,
            )
            + "\n",
            [],
        )
    lines: list[str] = []
    if matches[0].by == MATCH_PARTIAL:
        lines.append(
            _tr(translate, QT_TRANSLATE_NOOP("Explain", "Documented errors whose message contains your text:"))
        )
        lines.append("")
    elif len(matches) > 1:
        lines.append(
            _tr(
                translate,
                QT_TRANSLATE_NOOP("Explain", "Your text names {count} documented errors:"),
                count=len(matches),
            )
        )
        lines.append("")
    for index, match in enumerate(matches):
        if index:
            lines.append("")
        lines.extend(format_entry(match, catalog, translate))
    return EXIT_MATCHED, "\n".join(lines) + "\n", matches


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    query = " ".join(args.text).strip()
    translate = translator_for(normalize_language(args.lang) if args.lang else system_language())
    catalog = load_catalog()
    code, text, matches = explain(query, translate, catalog)
    if args.format == "json":
        document: dict[str, Any] = {"query": query, "matches": [match_json(m, catalog, translate) for m in matches]}
        if not matches:
            document["message"] = text.strip()
        stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    else:
        stdout.write(text)
    return code


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point (`python -m core.explain TEXT`) until the CLI wires the subcommand."""
    import sys

    parser = argparse.ArgumentParser(prog="backup-doctor explain", description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv), sys.stdout, sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
