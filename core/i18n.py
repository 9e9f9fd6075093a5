"""Translatable text for a Qt-free core.

`core` never imports Qt, yet its strings (finding titles, catalog text, CLI output) must reach Qt
Linguist catalogs. They are marked with :func:`QT_TRANSLATE_NOOP`, a name `pyside6-lupdate`
recognises in Python sources, and carried as :class:`Msg` values (source text + named arguments)
until the place that shows them translates and formats them: the GUI through `QCoreApplication.translate`,
the CLI and the report through any callable of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

# (context, source text) -> translated text. The identity translator is English.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for extraction into context `context`; returns it unchanged."""
    return source


def english(context: str, source: str) -> str:
    """The translator that leaves English source text as it is."""
    return source


@dataclass(frozen=True)
class Msg:
    """A sentence to translate later: English source text with `{name}` placeholders and their values.

    Placeholders are named so that a translation can reorder them; values are formatted after
    translation, so a value from Azure is never parsed as part of a format string.
    """

    context: str
    source: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = english) -> str:
        text = translate(self.context, self.source)
        if not self.args:
            return text
        try:
            return text.format_map(_Args(self.args, translate))
        except (KeyError, IndexError, ValueError):
            # A broken translation must not hide the message: fall back to the English source.
            return self.source.format_map(_Args(self.args, translate))


class _Args(dict[str, Any]):
    """Format arguments; nested Msg values are rendered with the same translator."""

    def __init__(self, values: Mapping[str, Any], translate: Translate) -> None:
        super().__init__(values)
        self._translate = translate

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        if isinstance(value, Msg):
            return value.render(self._translate)
        return value

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
