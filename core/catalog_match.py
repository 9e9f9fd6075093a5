"""Which documented error a text or a failed job's error is: matching Azure's words to the catalog's codes.

The REST API gives `errorDetails[].errorCode` as an integer; the documented code names appear elsewhere
(the portal, Azure Monitor's JobFailureCode, a job's propertyBag or dynamic error message). A job's
error is therefore matched to the catalog by a code name wherever it appears, else by the documented
English message, tolerant of case, punctuation, articles and contractions. The same matcher answers a
user who pastes an error (`core.explain`, `core.error_lookup`, the GUI's error box).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from core.catalog import Catalog, CatalogEntry, load_catalog
from core.facts import JobError, JobFacts

MATCH_CODE = "code"
MATCH_MESSAGE = "message"
MATCH_PARTIAL = "partial"
# A pasted fragment of a documented message must have this many words to match on its own.
PARTIAL_MIN_WORDS = 3

_ARTICLES = frozenset({"a", "an", "the"})
_WORDS = re.compile(r"[^\W_]+")
_TOKENS = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def normalize(text: str) -> str:
    """Lower case, no punctuation, no articles, contractions spelt out, single spaces."""
    lowered = text.lower().replace("\u2019", "'").replace("`", "'")
    lowered = lowered.replace("can't", "can not").replace("cannot", "can not").replace("won't", "will not")
    lowered = re.sub(r"n't\b", " not", lowered)
    return " ".join(word for word in _WORDS.findall(lowered) if word not in _ARTICLES)


@dataclass(frozen=True)
class Match:
    entry: CatalogEntry
    by: str  # MATCH_CODE, MATCH_MESSAGE or MATCH_PARTIAL
    # The documented spelling of the code named in the text, when matched by code.
    code: str | None = None

    @property
    def codes(self) -> tuple[str, ...]:
        """The documented codes this match stands for (both names of a shared message)."""
        return (self.code,) if self.code is not None else self.entry.codes


def _code_index(catalog: Catalog) -> dict[str, tuple[CatalogEntry, str]]:
    index: dict[str, tuple[CatalogEntry, str]] = {}
    for entry in catalog.entries:
        for code in entry.codes:
            index[code.lower()] = (entry, code)
        for variant in (*entry.code_variants, *entry.numeric_codes):
            index[variant.lower()] = (entry, entry.code)
    return index


def match_text(text: str, catalog: Catalog | None = None) -> list[Match]:
    """Documented errors named or described by `text`, best first.

    Code names anywhere in the text come first; then documented messages (or known variants) that the
    text contains; only when neither is found, documented messages that contain the text (a pasted
    fragment of at least PARTIAL_MIN_WORDS words).
    """
    catalog = catalog or load_catalog()
    cache = catalog.memo("match_text")  # the same job texts come back for many VMs of a scan
    known: tuple[Match, ...] | None = cache.get(text)
    if known is None:
        known = cache[text] = tuple(_match_text(text, catalog))
    return list(known)


def _match_text(text: str, catalog: Catalog) -> list[Match]:
    index = _code_index(catalog)
    found: list[Match] = []
    seen: set[str] = set()
    squeezed = re.sub(r"\s+", "", text).lower()
    candidates = [*(t.lower() for t in _TOKENS.findall(text)), squeezed]
    for token in candidates:
        hit = index.get(token)
        if hit is not None and hit[0].code not in seen:
            seen.add(hit[0].code)
            found.append(Match(hit[0], MATCH_CODE, hit[1]))
    normalized = normalize(text)
    if not normalized:
        return found
    padded = f" {normalized} "
    by_message: list[tuple[int, Match]] = []
    for entry in catalog.entries:
        if entry.code in seen:
            continue
        lengths = [len(m) for m in map(normalize, entry.messages) if m and f" {m} " in padded]
        if lengths:
            seen.add(entry.code)
            by_message.append((max(lengths), Match(entry, MATCH_MESSAGE)))
    found.extend(match for _, match in sorted(by_message, key=lambda item: -item[0]))
    if found or len(normalized.split()) < PARTIAL_MIN_WORDS:
        return found
    return [
        Match(entry, MATCH_PARTIAL)
        for entry in catalog.entries
        if any(padded in f" {normalize(message)} " for message in entry.messages)
    ]


def match(text: str) -> list[CatalogEntry]:
    """The documented entries pasted text names or describes, best first (the GUI's matcher)."""
    return [found.entry for found in match_text(text)]


def best_match(texts: Iterable[str | None], catalog: Catalog | None = None) -> Match | None:
    """The one documented error that several texts about the same failure point to.

    A code name in any text wins; then a documented message; a fragment only when it fits one entry.
    """
    matches = [m for text in texts if text for m in match_text(text, catalog)]
    for kind in (MATCH_CODE, MATCH_MESSAGE):
        chosen = next((m for m in matches if m.by == kind), None)
        if chosen is not None:
            return chosen
    partial = {m.entry.code: m for m in matches if m.by == MATCH_PARTIAL}
    return next(iter(partial.values())) if len(partial) == 1 else None


@dataclass(frozen=True)
class ErrorMatch:
    """One error of a failed job (None: the job gave no error details) and the documented code it is."""

    error: JobError | None
    match: Match | None


def job_error_matches(job: JobFacts, catalog: Catalog | None = None) -> list[ErrorMatch]:
    """Each error of `job` with its documented code. The job-level hints (propertyBag code, dynamic
    error message) describe its first error."""
    job_texts = [job.failure_code, job.dynamic_error_message]
    if not job.errors:
        return [ErrorMatch(None, best_match(job_texts, catalog))]
    results: list[ErrorMatch] = []
    for index, error in enumerate(job.errors):
        texts = [
            # REST gives errorCode as an integer: a documented numeric code (320001) names its entry.
            str(error.error_code) if error.error_code is not None else None,
            error.error_string,
            error.error_title,
        ]
        if index == 0:
            texts.extend(job_texts)
        results.append(ErrorMatch(error, best_match(texts, catalog)))
    return results


__all__ = [
    "MATCH_CODE",
    "MATCH_MESSAGE",
    "MATCH_PARTIAL",
    "PARTIAL_MIN_WORDS",
    "ErrorMatch",
    "Match",
    "best_match",
    "job_error_matches",
    "match",
    "match_text",
    "normalize",
]
