"""The committed catalogs: complete, placeholders kept, glossary respected, terms consistent."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ElementTree
from collections import defaultdict

import pytest
from catalogs import (
    EN_CATALOG,
    GLOSSARY,
    PT_CATALOG,
    Entry,
    banned_terms,
    banned_words_in,
    placeholders,
    read_entries,
)

PT = read_entries(PT_CATALOG)
EN = read_entries(EN_CATALOG)
#: Finished entries: the checks on translated text skip what the completeness test already reports.
DONE = [e for e in PT if e.state is None]


def _where(entry: Entry) -> str:
    return f"[{entry.context}] {entry.source!r}"


def test_the_catalogs_declare_their_languages() -> None:
    for path, language in ((PT_CATALOG, "pt_PT"), (EN_CATALOG, "en")):
        root = ElementTree.parse(path).getroot()
        assert (root.get("language"), root.get("sourcelanguage")) == (language, "en"), path.name


def test_the_pt_catalog_has_no_unfinished_or_obsolete_entries() -> None:
    assert len(PT) > 300
    assert [f"{_where(e)}: {e.state}" for e in PT if e.state is not None] == []
    assert [_where(e) for e in PT if any(not form.strip() for form in e.forms)] == []


def test_the_english_catalog_holds_the_finished_plural_forms() -> None:
    plurals = {e.key for e in PT if e.numerus}
    assert plurals, "no %n string left: drop backup_doctor_en.ts from scripts/translations.py"
    assert {e.key for e in EN} == plurals
    for entry in EN:
        assert entry.state is None and len(entry.forms) == 2, _where(entry)
        assert all(form.strip() and "%n" in form for form in entry.forms), _where(entry)


def test_plural_entries_have_both_portuguese_forms() -> None:
    for entry in (e for e in PT if e.numerus):
        assert len(entry.forms) == 2, _where(entry)


def test_every_entry_has_a_context() -> None:
    assert [_where(e) for e in PT if not e.context.strip()] == []


def test_placeholders_are_kept_exactly() -> None:
    """{name}, %n and %1 appear in every translation (and form) as often as in the source."""
    wrong = [
        f"{_where(e)}: {placeholders(e.source)} -> {placeholders(form)} in {form!r}"
        for e in DONE
        for form in e.forms
        if placeholders(form) != placeholders(e.source)
    ]
    assert wrong == []


def test_named_placeholders_still_format() -> None:
    """Msg formats translations with str.format_map: braces must pair and name the same fields."""
    formatter = string.Formatter()
    for entry in (e for e in DONE if "{" in e.source):
        expected = sorted(name for _, name, _, _ in formatter.parse(entry.source) if name)
        for form in entry.forms:
            try:
                fields = sorted(name for _, name, _, _ in formatter.parse(form) if name)
            except ValueError as error:
                pytest.fail(f"{_where(entry)}: {error} in {form!r}")
            assert fields == expected, _where(entry)


def test_the_glossary_avoid_column_is_read() -> None:
    terms = {t.term: t for t in banned_terms()}
    assert GLOSSARY.is_file()
    assert {"reserva", "backup", "arquivo", "usuário", "Voltar", "relemissa", "provisionamento"} <= set(terms)
    assert "Azure Backup" in terms["backup"].exceptions
    assert banned_words_in("Os pontos de restauração e os arquivos", banned_terms()) == [
        "pontos de restauração",
        "arquivos",
    ]
    assert banned_words_in("O Azure Backup e o estado de aprovisionamento", banned_terms()) == []
    assert banned_words_in("Falha no backup.", banned_terms()) == ["backup"]


def test_no_glossary_banned_word_in_any_translation() -> None:
    terms = banned_terms()
    found = [f"{_where(e)}: {words}" for e in DONE for form in e.forms if (words := banned_words_in(form, terms))]
    assert found == []


_END = re.compile(r"[.:…!?;]$")


def test_sentence_endings_and_outer_spaces_match_the_source() -> None:
    wrong = []
    for entry in DONE:
        source_end = _END.search(entry.source.rstrip())
        for form in entry.forms:
            form_end = _END.search(form.rstrip())
            if (source_end and source_end.group()) != (form_end and form_end.group()):
                wrong.append(f"{_where(entry)} ends differently: {form!r}")
            if form[:1].isspace() != entry.source[:1].isspace() or form[-1:].isspace() != entry.source[-1:].isspace():
                wrong.append(f"{_where(entry)} has different outer spaces: {form!r}")
    assert wrong == []


def test_menu_accelerators_are_kept_and_distinct() -> None:
    accelerated = [e for e in DONE if re.search(r"&\w", e.source)]
    for entry in accelerated:
        assert len(re.findall(r"&\w", entry.forms[0])) == 1, _where(entry)
    menus = [e.forms[0] for e in accelerated if e.context == "WindowActions" and e.source.startswith("&")]
    keys = [re.search(r"&(\w)", text).group(1).lower() for text in menus]  # type: ignore[union-attr]
    assert len(keys) == len(set(keys)), menus


#: Contexts whose entries are not sentences to keep consistent: "AzureStatus" translates Azure's raw
#: values into "value (meaning)" ("Failed (com falha)"), while a label elsewhere says just the meaning.
CONSISTENCY_EXCEPTIONS = frozenset({"AzureStatus"})


def test_the_same_english_text_reads_the_same_everywhere() -> None:
    """One term, one translation: "Cancel" or "The VM is not backed up" never read two ways."""
    by_source: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for entry in DONE:
        if entry.context not in CONSISTENCY_EXCEPTIONS:
            by_source[entry.source].add(entry.forms)
    assert {source: forms for source, forms in by_source.items() if len(forms) > 1} == {}


def test_the_glossary_copy_matches_the_shared_glossary() -> None:
    from catalogs import GLOSSARY, SHARED_GLOSSARY

    if not SHARED_GLOSSARY.exists():
        pytest.skip("no ../shared/ beside this checkout")
    assert GLOSSARY.read_text(encoding="utf-8") == SHARED_GLOSSARY.read_text(encoding="utf-8")
