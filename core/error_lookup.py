"""Look up an error: the documented errors that text pasted by a person names or describes.

People paste what they have: a code name (any case, inside a sentence, or as the Portuguese edition of
the article spells it), the number Azure's job details show, the English message, the app's own pt-PT
wording, the article's pt-PT wording, a whole ticket with the message somewhere in it, or a fragment.
Text is compared without case, accents, punctuation or articles, word by word, so «O Agente de VM não
consegue comunicar com o Azure Backup» finds the entry whose pt-PT message is "O agente da VM não
consegue comunicar com o Azure Backup".

What is recognised comes from data, never from a list in this module:
- the catalog (`resources/catalog.json`): codes, other codes and code variants; every message and variant;
  and, in any field of an entry, numbers under a key that names a code (`numericCodes`, `errorCodes`…)
  and texts under a key that names a message or a variant (`messagePtPT`, `messages: {"pt-PT": …}`…), so
  new entries are found from their fields without a change here;
- the translations of the catalog's messages (the app's own wording, from the `.ts` catalogs);
- `resources/article-pt-PT-texts.json`: the pt-PT article's headings, messages and code spellings;
- numbers seen in the scanned tenant: a failed job shows an integer errorCode next to a message the
  triage matched, so that number names the same documented error (`numbers_from_findings`).
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from core.catalog import Catalog, CatalogEntry, load_catalog
from core.catalog_match import MATCH_CODE, MATCH_MESSAGE, MATCH_PARTIAL, Match
from core.catalog_translator import translator_for
from core.findings import Finding
from core.i18n import Translate
from core.locator import resource

ARTICLE_TEXTS_FILE = "article-pt-PT-texts.json"
# A message counts as described when at least this share of its words is in the text.
MIN_COVERAGE = 0.8
# Fewer words than this match a message only as the whole message, never as a fragment or by coverage.
MIN_WORDS = 3
# Numbers shorter than this are error codes only alone or after a word such as "code" (`_numbers_in`).
MIN_NUMBER_DIGITS = 4

# Articles and the prepositions fused with them: they change between translations of the same message.
_STOPWORDS = frozenset({"a", "an", "the", "o", "os", "as", "um", "uma", "de", "da", "do", "das", "dos"})
_WORD = re.compile(r"[a-z0-9]+")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")
_NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.])")
# Words right before a short number that make it a code: "status code 76", "código de erro: 121", "exit 16".
_NAMES_A_CODE = re.compile(r"\b(code|codigo|status|estado|error|erro|exit|saida)\W*$")


def fold(text: str) -> str:
    """Lower case, without accents, with contractions spelt out."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("`", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace("can't", "can not").replace("cannot", "can not").replace("won't", "will not")
    return re.sub(r"n't\b", " not", plain)


def words(text: str) -> tuple[str, ...]:
    """The words that carry meaning, folded (see `fold`), in order."""
    return tuple(w for w in _WORD.findall(fold(text)) if w not in _STOPWORDS)


def _squeezed(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def _texts_under(value: Any, wanted: Callable[[str], bool], key: str = "") -> Iterator[Any]:
    """Leaf values (strings, numbers) of `value` under a key for which `wanted` is true, at any depth."""
    if isinstance(value, Mapping):
        for name, item in value.items():
            yield from _texts_under(item, wanted, name if wanted(str(name)) else key)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts_under(item, wanted, key)
    elif key:
        yield value


def _names_code(key: str) -> bool:
    return "code" in key.lower()


def _names_message(key: str) -> bool:
    lowered = key.lower()
    return "message" in lowered or "variant" in lowered


@dataclass(frozen=True)
class _Phrase:
    entry: CatalogEntry
    words: tuple[str, ...]


@dataclass
class _Hit:
    match: Match
    rank: tuple[float, ...]


class ErrorLookup:
    """Finds documented entries for pasted text; build once (`default_lookup`), ask many times."""

    def __init__(
        self,
        catalog: Catalog,
        translations: Iterable[Translate] = (),
        article: Mapping[str, Any] | None = None,
    ) -> None:
        self.catalog = catalog
        self._codes: dict[str, tuple[CatalogEntry, str]] = {}
        self._numbers: dict[str, CatalogEntry] = {}
        phrases: dict[tuple[str, tuple[str, ...]], _Phrase] = {}
        article_codes: Mapping[str, Any] = (article or {}).get("codes", {})
        translations = tuple(translations)
        for entry in catalog.entries:
            for code in entry.codes:
                self._add_code(code, entry, code)
            for variant in entry.code_variants:
                self._add_code(variant, entry, entry.code)
            extra = article_codes.get(entry.code, {})
            for spelling in extra.get("spellings", ()):
                self._add_code(spelling, entry, entry.code)
            for value in _texts_under(entry.fields, _names_code):
                if isinstance(value, int) and not isinstance(value, bool):
                    self._numbers.setdefault(str(value), entry)
                elif isinstance(value, str) and value.strip().isdigit():
                    self._numbers.setdefault(value.strip(), entry)
                elif isinstance(value, str) and _IDENTIFIER.fullmatch(fold(value.strip())):
                    self._add_code(value.strip(), entry, entry.code)
            texts = [*entry.messages, *extra.get("messages", ())]
            texts.extend(v for v in _texts_under(entry.fields, _names_message) if isinstance(v, str))
            texts.extend(translate("Catalog", m) for translate in translations for m in entry.messages)
            for text in texts:
                found = words(text)
                if found:
                    phrases.setdefault((entry.code, found), _Phrase(entry, found))
        self._phrases = tuple(phrases.values())

    def _add_code(self, spelling: str, entry: CatalogEntry, code: str) -> None:
        self._codes.setdefault(_squeezed(spelling), (entry, code))

    def entry_for_number(self, number: str) -> CatalogEntry | None:
        return self._numbers.get(number)

    def find(self, text: str, numbers: Mapping[str, str] | None = None) -> list[Match]:
        """Documented errors `text` names or describes, best first.

        Code names come first, in the order they appear; then numbers (from the catalog, or `numbers`:
        error number -> documented code, as seen in the scanned tenant); then messages the text contains
        or describes (most of the message's words present), best covered first; only when none of these
        is found, messages that contain the text (a fragment of at least MIN_WORDS words).
        """
        found: dict[str, Match] = {}
        for entry, code in self._named_codes(text):
            found.setdefault(entry.code, Match(entry, MATCH_CODE, code))
        for number in _numbers_in(text):
            by_number = self._numbers.get(number)
            if by_number is None and numbers and number in numbers:
                by_number = self.catalog.entry(numbers[number])
            if by_number is not None:
                found.setdefault(by_number.code, Match(by_number, MATCH_CODE, by_number.code))
        pasted = words(text)
        if not pasted:
            return list(found.values())
        described: dict[str, _Hit] = {}
        fragments: dict[str, _Hit] = {}
        pasted_set = set(pasted)
        for phrase in self._phrases:
            code = phrase.entry.code
            if code in found:
                continue
            if _contains(pasted, phrase.words):
                rank: tuple[float, ...] = (2.0, len(phrase.words))
            elif len(phrase.words) >= MIN_WORDS:
                share = len(set(phrase.words) & pasted_set) / len(set(phrase.words))
                if share < MIN_COVERAGE:
                    if len(pasted) >= MIN_WORDS and pasted_set <= set(phrase.words):
                        hit = _Hit(Match(phrase.entry, MATCH_PARTIAL), (len(pasted) / len(phrase.words),))
                        if code not in fragments or hit.rank > fragments[code].rank:
                            fragments[code] = hit
                    continue
                rank = (1.0 + share, len(phrase.words))
            else:
                continue
            hit = _Hit(Match(phrase.entry, MATCH_MESSAGE), rank)
            if code not in described or hit.rank > described[code].rank:
                described[code] = hit
        results = list(found.values())
        results.extend(h.match for h in sorted(described.values(), key=lambda h: h.rank, reverse=True))
        if results:
            return results
        return [h.match for h in sorted(fragments.values(), key=lambda h: h.rank, reverse=True)]

    def _named_codes(self, text: str) -> Iterator[tuple[CatalogEntry, str]]:
        """Code names in `text`: single words, two words a translation split apart, or the whole text."""
        tokens = [t for t in re.split(r"[^\w]+", fold(text)) if t]
        candidates = [*tokens, *(a + b for a, b in itertools.pairwise(tokens)), _squeezed(text)]
        for candidate in candidates:
            hit = self._codes.get(candidate.replace("_", ""))
            if hit is not None:
                yield hit


def _numbers_in(text: str) -> Iterator[str]:
    """The numbers in `text` that may be error codes.

    A short number (the Linux extension's status codes are 16, 76, 85, 121…) counts only when it is all
    that was pasted or when a word naming a code or a status stands right before it ("status code 76",
    "código de erro: 121"); anywhere else it is a count, a LUN or a day, never an error code.
    """
    if text.strip().isdigit():
        yield text.strip()
        return
    for found in _NUMBER.finditer(text):
        number = found.group()
        if len(number) >= MIN_NUMBER_DIGITS or _NAMES_A_CODE.search(fold(text[: found.start()])):
            yield number


def _contains(text: Sequence[str], phrase: Sequence[str]) -> bool:
    if len(phrase) > len(text):
        return False
    first = phrase[0]
    return any(
        text[i] == first and tuple(text[i : i + len(phrase)]) == tuple(phrase)
        for i in range(len(text) - len(phrase) + 1)
    )


def numbers_from_findings(findings: Iterable[Finding]) -> dict[str, str]:
    """Error number -> documented code, from failed jobs whose message the triage matched."""
    numbers: dict[str, str] = {}
    for finding in findings:
        number = finding.evidence.get("errorCode")
        matched = finding.evidence.get("matched")
        if isinstance(number, int) and not isinstance(number, bool) and isinstance(matched, Mapping):
            code = str(matched.get("code") or "").split(" / ")[0]
            if code:
                numbers.setdefault(str(number), code)
    return numbers


def read_article_texts() -> Mapping[str, Any]:
    data = json.loads(resource(ARTICLE_TEXTS_FILE).read_text(encoding="utf-8"))
    return data if isinstance(data, Mapping) else {}


@lru_cache(maxsize=1)
def default_lookup() -> ErrorLookup:
    """The bundled catalog, its pt-PT translations and the pt-PT article's texts (built once)."""
    return ErrorLookup(load_catalog(), (translator_for("pt-PT"),), read_article_texts())


def lookup(text: str, numbers: Mapping[str, str] | None = None) -> list[Match]:
    return default_lookup().find(text, numbers)


class EntryMatcher:
    """The GUI's matcher (pasted text -> entries), which also knows the numbers the scans showed."""

    def __init__(self, error_lookup: ErrorLookup | None = None) -> None:
        self._lookup = error_lookup
        self.numbers: dict[str, str] = {}

    def learn(self, findings: Iterable[Finding]) -> None:
        self.numbers.update(numbers_from_findings(findings))

    def __call__(self, text: str) -> list[CatalogEntry]:
        found = (self._lookup or default_lookup()).find(text, self.numbers)
        return [match.entry for match in found]


__all__ = [
    "EntryMatcher",
    "ErrorLookup",
    "default_lookup",
    "fold",
    "lookup",
    "numbers_from_findings",
    "words",
]
