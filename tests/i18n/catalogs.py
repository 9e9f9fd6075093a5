"""Reading the Qt Linguist catalogs and the pt-PT glossary, for the i18n tests."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
PT_CATALOG = TRANSLATIONS / "backup_doctor_pt_PT.ts"
EN_CATALOG = TRANSLATIONS / "backup_doctor_en.ts"
#: The team's glossary lives in ../shared/ beside the checkout; a copy is kept in tests/data so the
#: tests run wherever the checkout is (a test checks the copy against the original when it is there).
SHARED_GLOSSARY = ROOT.parent / "shared" / "glossary-pt-PT.md"
GLOSSARY = ROOT / "tests" / "data" / "glossary-pt-PT.md"


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    #: The translation; numerus entries have one text per plural form.
    forms: tuple[str, ...]
    #: None when finished, else "unfinished", "obsolete" or "vanished".
    state: str | None
    numerus: bool
    comment: str | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


def read_entries(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    forms=forms,
                    state=translation.get("type"),
                    numerus=numerus,
                    comment=message.findtext("comment"),
                )
            )
    return entries


# --- placeholders ----------------------------------------------------------------------------------

_NAMED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_QT_ARG = re.compile(r"%(?:n|L?[1-9][0-9]?)")


def placeholders(text: str) -> list[str]:
    """`{name}` (core Msg), `%n` (plural count) and `%1`... (Qt arguments), sorted: a multiset."""
    return sorted([*_NAMED.findall(text), *_QT_ARG.findall(text)])


# --- the glossary ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BannedTerm:
    term: str
    #: Phrases in which the term is allowed (the glossary's "except in ..." notes, plus product names).
    exceptions: tuple[str, ...]
    #: The glossary writes button labels capitalised (Próximo, Voltar): those match only as written,
    #: so that the verb "voltar" in a sentence is not mistaken for the "Back" button.
    case_sensitive: bool

    def pattern(self) -> re.Pattern[str]:
        flags = 0 if self.case_sensitive else re.IGNORECASE
        # Each word also in the plural ("pontos de restauração", "arquivos"); whole words only, so that
        # "provisionamento" does not match inside "aprovisionamento".
        words = [_plural_pattern(word) for word in self.term.split()]
        return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", flags)


def _plural_pattern(word: str) -> str:
    if word.endswith("ão"):
        return re.escape(word[:-2]) + "(?:ão|ões|ães|ãos)"
    if word.endswith(("r", "z")):
        return re.escape(word) + "(?:es)?"
    return re.escape(word) + "s?"


#: Names that contain a banned word and are never translated: "Azure Backup" is the glossary's own
#: exception; "Backup Doctor" is this product; "Backup Management Service" is the name Azure gives the
#: service principal that needs key vault access; the others are Azure's built-in role names, which
#: the portal shows in English in every language.
PRODUCT_NAMES = (
    "Azure Backup",
    "Backup Doctor",
    "Backup Management Service",
    "Backup Reader",
    "Backup Contributor",
    "Backup Operator",
)


def _split_outside_parentheses(cell: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in cell:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]


def banned_terms(glossary: Path = GLOSSARY) -> list[BannedTerm]:
    """Every term of the glossary table's "avoid" column, with its documented exceptions."""
    rows = [line for line in glossary.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    header = [cell.strip().lower() for cell in rows[0].strip("|").split("|")]
    avoid = next(index for index, name in enumerate(header) if name.startswith("avoid"))
    terms: list[BannedTerm] = []
    for row in rows[2:]:  # after the header and its --- line
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        if len(cells) <= avoid:
            continue
        for item in _split_outside_parentheses(cells[avoid]):
            term, _, note = item.partition("(")
            term = term.strip()
            if not term:
                continue
            exceptions = tuple(re.findall(r'"([^"]+)"', note)) if "except" in note else ()
            allowed = tuple(dict.fromkeys((*exceptions, *PRODUCT_NAMES)))
            terms.append(BannedTerm(term, allowed, term[:1].isupper()))
    return terms


def banned_words_in(text: str, terms: list[BannedTerm]) -> list[str]:
    found = []
    for banned in terms:
        cleaned = text
        for allowed in banned.exceptions:
            cleaned = re.sub(re.escape(allowed), " ", cleaned, flags=re.IGNORECASE)
        found.extend(match.group(0) for match in banned.pattern().finditer(cleaned))
    return found
