"""The catalog of documented error codes: what each means, its causes in the documented order, the checks
that test each cause and the wizard that fixes it. Data in `resources/catalog.json`, read and validated
here.

Adding a newly documented code means adding an entry to the JSON (reusing or adding causes) and, where
no existing check tests a cause, one check module in `core/checks/`. Catalog text is translatable: lupdate
cannot read JSON, so `python -m core.catalog --write-stub` writes `core/catalog_strings.py`, a list of
`QT_TRANSLATE_NOOP("Catalog", ...)` calls that lupdate reads; a test fails when it is out of date.

This module never imports `core.checks` (the checks use the catalog): which check ids exist is the
registry's to say, so `core.checks.catalog_problems` passes them to `validate_references`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.i18n import Msg
from core.locator import resource

CONTEXT = "Catalog"
CATALOG_FILE = "catalog.json"
STUB_PATH = Path(__file__).resolve().parent / "catalog_strings.py"
OS_TYPES = ("Windows", "Linux")


class CatalogError(ValueError):
    """The catalog file is malformed or inconsistent."""


@dataclass(frozen=True)
class Wizard:
    id: str
    title: str

    @property
    def title_msg(self) -> Msg:
        return Msg(CONTEXT, self.title)


@dataclass(frozen=True)
class Cause:
    id: str
    title: str
    anchor: str
    # "Windows" or "Linux" when the cause exists only on that OS; None for both.
    applies_to: str | None
    # Ids of the checks that test this cause from Azure (empty: only the job's error details tell).
    checks: tuple[str, ...]
    wizard: str
    url: str

    @property
    def title_msg(self) -> Msg:
        return Msg(CONTEXT, self.title)

    def applies(self, os_type: str | None) -> bool:
        """False only when the VM's OS is known and the cause is for the other one."""
        return self.applies_to is None or os_type is None or os_type.lower() == self.applies_to.lower()


@dataclass(frozen=True)
class CatalogEntry:
    # The documented code; `other_codes` are documented under the same heading (BackUpOperationFailedV2).
    code: str
    other_codes: tuple[str, ...]
    # Other spellings of the code seen in older revisions, only for matching.
    code_variants: tuple[str, ...]
    message: str
    variants: tuple[str, ...]
    summary: str
    anchor: str
    url: str
    causes: tuple[Cause, ...]
    resolution: tuple[str, ...]
    # The entry as the file has it, every field included: the error lookup (`core.error_lookup`) also
    # recognises numbers and messages from fields this module does not model.
    fields: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)
    # Numeric codes Azure gives for the same error (job error details: 320001; Linux extension status: 121).
    numeric_codes: tuple[str, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        return (self.code, *self.other_codes)

    @property
    def messages(self) -> tuple[str, ...]:
        return (self.message, *self.variants)

    @property
    def message_msg(self) -> Msg:
        return Msg(CONTEXT, self.message)

    @property
    def summary_msg(self) -> Msg:
        return Msg(CONTEXT, self.summary)


@dataclass(frozen=True)
class Catalog:
    source_title: str
    source_url: str
    wizards: Mapping[str, Wizard]
    causes: Mapping[str, Cause]
    entries: tuple[CatalogEntry, ...]

    def memo(self, name: str) -> dict[Any, Any]:
        """A cache of look-ups in this (immutable) catalog, kept with it: checks ask the same questions
        for every VM of a scan."""
        caches: dict[str, dict[Any, Any]] = self.__dict__.setdefault("_memo", {})
        return caches.setdefault(name, {})

    def entry(self, code: str) -> CatalogEntry | None:
        """The entry documenting `code` (any documented spelling, case-insensitive)."""
        index = self.memo("entry")
        if not index:
            for entry in reversed(self.entries):  # the first entry naming a spelling wins
                index.update((c.lower(), entry) for c in (*entry.codes, *entry.code_variants, *entry.numeric_codes))
        found: CatalogEntry | None = index.get(code.strip().lower())
        return found

    def codes_for_check(self, check_id: str) -> tuple[str, ...]:
        """The documented codes one of whose causes `check_id` tests, in catalog order."""
        cache = self.memo("codes_for_check")
        cached: tuple[str, ...] | None = cache.get(check_id)
        if cached is not None:
            return cached
        codes: list[str] = []
        for entry in self.entries:
            if any(check_id in cause.checks for cause in entry.causes):
                codes.extend(c for c in entry.codes if c not in codes)
        found = cache[check_id] = tuple(codes)
        return found

    def check_ids(self) -> tuple[str, ...]:
        """Every check id the catalog refers to, in first-use order."""
        found: dict[str, None] = {}
        for cause in self.causes.values():
            found.update(dict.fromkeys(cause.checks))
        return tuple(found)

    def strings(self) -> tuple[str, ...]:
        """Every text shown to users, in file order and without repeats: what the stub must list."""
        texts: dict[str, None] = {}
        for wizard in self.wizards.values():
            texts[wizard.title] = None
        for cause in self.causes.values():
            texts[cause.title] = None
        for entry in self.entries:
            texts[entry.message] = None
            texts[entry.summary] = None
        return tuple(texts)


# --- reading ---------------------------------------------------------------------------------------


def _field(data: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise CatalogError(f"{where}: missing field {key!r}")
    return data[key]


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = _field(data, key, where)
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(f"{where}.{key}: expected a non-empty string")
    if value != value.strip():
        raise CatalogError(f"{where}.{key}: leading or trailing spaces")
    return value


def _texts(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = _field(data, key, where)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CatalogError(f"{where}.{key}: expected a list of non-empty strings")
    if len(set(value)) != len(value):
        raise CatalogError(f"{where}.{key}: repeated value")
    return tuple(value)


def _link(data: Mapping[str, Any], base_url: str, where: str) -> tuple[str, str]:
    """(anchor, url): `url` when the item names its own documentation page, else the source's page + anchor."""
    if "url" in data:
        url = _text(data, "url", where)
        if not url.startswith("https://"):
            raise CatalogError(f"{where}.url: expected an https URL")
        return url.partition("#")[2], url
    anchor = _text(data, "anchor", where)
    return anchor, f"{base_url}#{anchor}"


def _numbers(data: Mapping[str, Any], where: str) -> tuple[str, ...]:
    if "numericCodes" not in data:
        return ()
    raw = _field(data, "numericCodes", where)
    # Numbers as JSON numbers (400094) or as strings of digits ("400094"): both are what a person writes.
    if not isinstance(raw, list) or not all(isinstance(v, (int, str)) and not isinstance(v, bool) for v in raw):
        raise CatalogError(f"{where}.numericCodes: expected a list of numbers or strings of digits")
    values = tuple(str(v).strip() for v in raw)
    if not all(v.isdigit() for v in values):
        raise CatalogError(f"{where}.numericCodes: expected numbers or strings of digits")
    if len(set(values)) != len(values):
        raise CatalogError(f"{where}.numericCodes: repeated value")
    return values


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise CatalogError(f"{where}: expected an object")
    return value


def parse_catalog(data: object) -> Catalog:
    """A Catalog from the JSON document; raises CatalogError naming the first problem found."""
    root = _object(data, "catalog")
    source = _object(_field(root, "source", "catalog"), "source")
    base_url = _text(source, "url", "source")
    if not base_url.startswith("https://"):
        raise CatalogError("source.url: expected an https URL")

    wizards: dict[str, Wizard] = {}
    for wizard_id, raw in _object(_field(root, "wizards", "catalog"), "wizards").items():
        where = f"wizards.{wizard_id}"
        wizards[wizard_id] = Wizard(wizard_id, _text(_object(raw, where), "title", where))

    def known_wizard(wizard_id: str, where: str) -> str:
        if wizard_id not in wizards:
            raise CatalogError(f"{where}: unknown wizard {wizard_id!r}")
        return wizard_id

    causes: dict[str, Cause] = {}
    for cause_id, raw in _object(_field(root, "causes", "catalog"), "causes").items():
        where = f"causes.{cause_id}"
        item = _object(raw, where)
        applies_to = _field(item, "appliesTo", where)
        if applies_to is not None and applies_to not in OS_TYPES:
            raise CatalogError(f"{where}.appliesTo: expected null, 'Windows' or 'Linux'")
        anchor, url = _link(item, base_url, where)
        causes[cause_id] = Cause(
            id=cause_id,
            title=_text(item, "title", where),
            anchor=anchor,
            applies_to=applies_to,
            checks=_texts(item, "checks", where),
            wizard=known_wizard(_text(item, "wizard", where), f"{where}.wizard"),
            url=url,
        )

    entries: list[CatalogEntry] = []
    seen_codes: dict[str, str] = {}
    raw_entries = _field(root, "codes", "catalog")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise CatalogError("codes: expected a non-empty list")
    for index, raw in enumerate(raw_entries):
        item = _object(raw, f"codes[{index}]")
        code = _text(item, "code", f"codes[{index}]")
        where = f"codes[{index}] ({code})"
        other_codes = _texts(item, "otherCodes", where)
        code_variants = _texts(item, "codeVariants", where)
        numeric_codes = _numbers(item, where)
        for name in (code, *other_codes, *code_variants):
            if not name.isidentifier():
                raise CatalogError(f"{where}: code {name!r} is not a single word")
        for name in (code, *other_codes, *code_variants, *numeric_codes):
            previous = seen_codes.setdefault(name.lower(), code)
            if previous != code or (*other_codes, *code_variants, *numeric_codes, code).count(name) > 1:
                raise CatalogError(f"{where}: code {name!r} is listed twice")
        cause_ids = _texts(item, "causes", where)
        if not cause_ids:
            raise CatalogError(f"{where}.causes: a documented code needs at least one cause")
        for cause_id in cause_ids:
            if cause_id not in causes:
                raise CatalogError(f"{where}.causes: unknown cause {cause_id!r}")
        resolution = tuple(known_wizard(w, f"{where}.resolution") for w in _texts(item, "resolution", where))
        entry_causes = tuple(causes[c] for c in cause_ids)
        missing = [c.wizard for c in entry_causes if c.wizard not in resolution]
        if missing:
            raise CatalogError(f"{where}.resolution: lacks the wizard of a cause: {', '.join(missing)}")
        anchor, url = _link(item, base_url, where)
        entries.append(
            CatalogEntry(
                code=code,
                other_codes=other_codes,
                code_variants=code_variants,
                message=_text(item, "message", where),
                variants=_texts(item, "variants", where),
                summary=_text(item, "summary", where),
                anchor=anchor,
                url=url,
                causes=entry_causes,
                resolution=resolution,
                fields=dict(item),
                numeric_codes=numeric_codes,
            )
        )
    used = {c for entry in entries for c in (cause.id for cause in entry.causes)}
    unused = sorted(set(causes) - used)
    if unused:
        raise CatalogError(f"causes: not used by any code: {', '.join(unused)}")
    return Catalog(
        source_title=_text(source, "title", "source"),
        source_url=base_url,
        wizards=wizards,
        causes=causes,
        entries=tuple(entries),
    )


def read_catalog(path: Path) -> Catalog:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CatalogError(f"{path}: {error}") from error
    return parse_catalog(data)


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """The bundled catalog (read once)."""
    return read_catalog(resource(CATALOG_FILE))


def validate_references(catalog: Catalog, check_ids: Collection[str]) -> list[str]:
    """Problems with references outside the file: check ids that none of `check_ids` is."""
    return [
        f"causes.{cause.id}: unknown check {check_id!r}"
        for cause in catalog.causes.values()
        for check_id in cause.checks
        if check_id not in check_ids
    ]


# --- the translation stub ------------------------------------------------------------------------------


def stub_text(catalog: Catalog) -> str:
    """The source of `core/catalog_strings.py` for `catalog`."""
    lines = [
        "# ruff: noqa: E501",
        '"""Catalog text for Qt Linguist, generated from resources/catalog.json: do not edit.',
        "",
        "Regenerate with `python -m core.catalog --write-stub`. lupdate reads the QT_TRANSLATE_NOOP calls below;",
        'the program never imports this module, it translates catalog text through Msg("Catalog", text).',
        '"""',
        "",
        "from core.i18n import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = (",
    ]
    lines.extend(
        f"    QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, {json.dumps(text, ensure_ascii=False)}),"
        for text in catalog.strings()
    )
    lines.append(")")
    return "\n".join(lines) + "\n"


def _problems(catalog: Catalog) -> Iterator[str]:
    """The file's own problems (its check-id references are the registry's to check: `core.checks`)."""
    if not STUB_PATH.exists() or STUB_PATH.read_text(encoding="utf-8") != stub_text(catalog):
        yield f"{STUB_PATH.name} is out of date: run `python -m core.catalog --write-stub`"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core.catalog", description=__doc__.split("\n\n")[0])
    parser.add_argument("--write-stub", action="store_true", help=f"write {STUB_PATH.name} for lupdate")
    parser.add_argument("--check", action="store_true", help="validate the catalog file and its stub (default)")
    args = parser.parse_args(argv)
    try:
        catalog = read_catalog(resource(CATALOG_FILE))
    except CatalogError as error:
        print(f"catalog: {error}", file=sys.stderr)
        return 1
    if args.write_stub:
        STUB_PATH.write_text(stub_text(catalog), encoding="utf-8")
        print(f"wrote {STUB_PATH} ({len(catalog.strings())} strings)")
    problems = list(_problems(catalog))
    for problem in problems:
        print(f"catalog: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
