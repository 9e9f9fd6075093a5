"""Find text that does not fit its widget: for any widget tree (main window, a wizard panel, a dialog).

    from tests.i18n.clipping import find_clipped, stretched_language   # or `from clipping import ...` here

    with stretched_language():            # every translated text twice as long, placeholders kept
        window.retranslate() ...          # (installing the translator already sent LanguageChange)
        assert find_clipped(window) == []

`find_clipped(root)` lays the tree out and compares, for every visible widget that shows text, the size
its text needs (Qt's own size hints) with the size the layout gave it:

- QLabel: one line needs its sizeHint width; a word-wrapped label needs heightForWidth(width) and its
  longest word (minimumSizeHint width);
- QAbstractButton (push, tool, check and radio buttons): sizeHint width;
- labels and buttons also must lie inside every ancestor up to the first one that scrolls in that
  direction (a pane that never scrolls sideways cuts off what is wider than it);
- QTabBar: each tab's text (Qt elides it otherwise);
- QMenuBar: every menu title inside the bar (otherwise it is pushed into the overflow »);
- QToolBar: no action pushed into the overflow » menu;
- QComboBox: its current text; QLineEdit: its placeholder text.

A widget that is hidden, or belongs to a hidden ancestor, is skipped; a widget scrolled out of view
inside a scroll area is checked (it would be clipped when scrolled to).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

#: Pixels of slack: sub-pixel font metrics round either way.
TOLERANCE = 1


@dataclass(frozen=True)
class Clip:
    widget: QWidget
    text: str
    needed: QSize
    actual: QSize
    why: str
    #: For text sticking out of an ancestor: that ancestor (so that one cause is reported once).
    container: QWidget | None = None

    def __str__(self) -> str:
        name = self.widget.objectName() or type(self.widget).__name__
        path = []
        parent = self.widget.parentWidget()
        while parent is not None and len(path) < 3:
            if parent.objectName():
                path.append(parent.objectName())
            parent = parent.parentWidget()
        where = " < ".join([name, *path])
        return (
            f"{where}: {self.why}: {self.text!r} needs {self.needed.width()}x{self.needed.height()}, "
            f"has {self.actual.width()}x{self.actual.height()}"
        )


def settle(root: QWidget, rounds: int = 3) -> None:
    """Let pending layout requests and deferred deletions run, so that geometries are final."""
    for _ in range(rounds):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label(label: QLabel) -> Iterator[Clip]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    actual = label.contentsRect().size()
    margins = label.contentsMargins()
    if label.wordWrap():
        longest_word = label.minimumSizeHint().width() - margins.left() - margins.right()
        if longest_word > actual.width() + TOLERANCE:
            yield Clip(label, text, QSize(longest_word, 0), actual, "a word is wider than the label")
        needed = label.heightForWidth(label.width()) - margins.top() - margins.bottom()
        if needed > actual.height() + TOLERANCE:
            yield Clip(label, text, QSize(actual.width(), needed), actual, "wrapped text is cut off at the bottom")
        return
    hint = label.sizeHint()
    needed = QSize(hint.width() - margins.left() - margins.right(), hint.height() - margins.top() - margins.bottom())
    if needed.width() > actual.width() + TOLERANCE:
        yield Clip(label, text, needed, actual, "text is cut off at the side")
    elif needed.height() > actual.height() + TOLERANCE:
        yield Clip(label, text, needed, actual, "text is cut off at the bottom")


def _cut_by_ancestor(widget: QWidget, root: QWidget) -> Iterator[Clip]:
    """A widget sticking out of an ancestor that cannot scroll to it (e.g. a pane that never scrolls
    sideways) is cut off there, however well its own text fits it."""
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    if not text.strip():
        return
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        scroller = area if isinstance(area, QAbstractScrollArea) and area.viewport() is parent else None
        where = QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())
        sideways = scroller is None or scroller.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        downwards = scroller is None or scroller.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if sideways and (where.left() < -TOLERANCE or where.right() >= parent.width() + TOLERANCE):
            yield Clip(widget, text, where.size(), parent.size(), f"sticks out of {_name(parent)} sideways", parent)
            return
        if downwards and (where.top() < -TOLERANCE or where.bottom() >= parent.height() + TOLERANCE):
            why = f"sticks out of {_name(parent)} at the bottom"
            yield Clip(widget, text, where.size(), parent.size(), why, parent)
            return
        if scroller is not None or parent is root:
            return  # beyond a scrolling viewport, positions depend on where it is scrolled to
        parent = parent.parentWidget()


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _button(button: QAbstractButton) -> Iterator[Clip]:
    text = button.text()
    if not text.strip():
        return
    hint = button.sizeHint()
    if hint.width() > button.width() + TOLERANCE:
        yield Clip(button, text, hint, button.size(), "button text is cut off")


def _tabs(bar: QTabBar) -> Iterator[Clip]:
    for index in range(bar.count()):
        if not bar.isTabVisible(index) or not bar.tabText(index):
            continue
        needed, actual = bar.tabSizeHint(index), bar.tabRect(index).size()
        if needed.width() > actual.width() + TOLERANCE:
            yield Clip(bar, bar.tabText(index), needed, actual, "tab title is elided")
        elif not bar.rect().contains(bar.tabRect(index)):
            yield Clip(bar, bar.tabText(index), needed, actual, "tab is scrolled out of the tab bar")


def _menus(bar: QMenuBar) -> Iterator[Clip]:
    for action in bar.actions():
        if not action.isVisible() or not action.text():
            continue
        geometry = bar.actionGeometry(action)
        if geometry.isEmpty() or not bar.rect().contains(geometry):
            yield Clip(bar, action.text(), geometry.size(), bar.size(), "menu is pushed into the overflow")


def _toolbar(bar: QToolBar) -> Iterator[Clip]:
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible():
        hidden = [a.text() for a in bar.actions() if a.isVisible() and not _action_shown(bar, a)]
        yield Clip(bar, ", ".join(hidden), bar.sizeHint(), bar.size(), "toolbar overflows into its » menu")


def _action_shown(bar: QToolBar, action: QAction) -> bool:
    widget = bar.widgetForAction(action)
    return widget is not None and widget.isVisible()


def _combo(combo: QComboBox) -> Iterator[Clip]:
    text = combo.currentText()
    if not text:
        return
    metrics = combo.fontMetrics()
    # The text area is the combo minus its frame, arrow and icon: what the style says the edit field is.
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    needed = metrics.horizontalAdvance(text) + icon
    if needed > field.width() + TOLERANCE:
        yield Clip(combo, text, QSize(needed, field.height()), field.size(), "combo box text is cut off")


def _placeholder(edit: QLineEdit) -> Iterator[Clip]:
    text = edit.placeholderText()
    if not text or edit.text():
        return
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    area = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    available = area.width() - margins.left() - margins.right() - 4  # QLineEdit's own horizontal margin
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > available + TOLERANCE:
        yield Clip(edit, text, QSize(needed, area.height()), QSize(available, area.height()), "placeholder is elided")


_CHECKS: tuple[tuple[str, type[QWidget], Callable[..., Iterator[Clip]]], ...] = (
    ("label", QLabel, _label),
    ("button", QAbstractButton, _button),
    ("tab", QTabBar, _tabs),
    ("menu", QMenuBar, _menus),
    ("toolbar", QToolBar, _toolbar),
    ("combo", QComboBox, _combo),
    ("placeholder", QLineEdit, _placeholder),
)
#: Every check; CUT_TEXT leaves out what Qt handles without cutting text (a toolbar's » menu, a hint
#: that Qt elides), for stress tests with an exaggerated pseudo-language.
ALL = frozenset(name for name, _, _ in _CHECKS)
CUT_TEXT = frozenset({"label", "button", "tab", "menu", "combo"})


def find_clipped(
    root: QWidget, *, ignore: Callable[[QWidget], bool] | None = None, checks: frozenset[str] = ALL
) -> list[Clip]:
    """Every visible text in `root` (and its children) that does not fit; [] when all fits.

    `ignore(widget)` leaves a widget out; `checks` chooses among ALL (see CUT_TEXT).
    """
    settle(root)
    clips: list[Clip] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget) or (ignore is not None and ignore(widget)):
            continue
        if isinstance(widget, QComboBox) and widget.isEditable():
            continue  # its line edit is checked on its own
        for name, kind, check in _CHECKS:
            if isinstance(widget, kind):
                if name in checks:
                    found = list(check(widget))
                    if not found and name in ("label", "button"):
                        found = list(_cut_by_ancestor(widget, root))
                    clips.extend(found)
                break
    return _one_per_container(clips)


def _one_per_container(clips: list[Clip]) -> list[Clip]:
    """Everything in a pane that is too wide sticks out of it: report the pane once, naming the widget
    whose own minimum width makes it too wide (often one unbreakable word, such as a long path)."""
    grouped: dict[tuple[int, str], list[Clip]] = {}
    kept: list[Clip] = []
    for clip in clips:
        if clip.container is None:
            kept.append(clip)
        else:
            grouped.setdefault((id(clip.container), clip.why), []).append(clip)
    for group in grouped.values():
        widest = max(group, key=lambda c: c.widget.minimumSizeHint().width())
        why = f"{group[0].why} ({len(group)} texts; the widest is {_name(widest.widget)}, minimum width " + (
            f"{widest.widget.minimumSizeHint().width()} px)"
        )
        kept.append(Clip(widest.widget, widest.text, widest.needed, widest.actual, why, widest.container))
    return kept


# --- the stretched pseudo-language ---------------------------------------------------------------------

_MARKERS = re.compile(r"%n|%L?\d+|\{[A-Za-z_][A-Za-z0-9_]*\}|&(?=\w)|<[^>]+>")


def stretch(text: str) -> str:
    """`text` at twice its length: the text, then its words again without placeholders or markup.

    Placeholders and accelerators stay once and in place, so Msg formatting and `%1` replacement work;
    the added words can wrap like the original (one long token would not).
    """
    if not text.strip():
        return text
    extra = " ".join(_MARKERS.sub("", text).split())
    return f"{text} {extra}" if extra else text


class StretchedTranslator(QTranslator):
    """Answers every lookup with the stretched translation (or source) of an underlying translator."""

    def __init__(self, base: QTranslator | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base = base

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = ""
        if self._base is not None:
            text = self._base.translate(context, source, disambiguation, n)
        if not text:
            text = source.replace("%n", str(n)) if n >= 0 else source
        return stretch(text)

    def isEmpty(self) -> bool:
        return False


@contextmanager
def stretched_language(base: QTranslator | None = None) -> Iterator[StretchedTranslator]:
    """Install the stretched translator on top of any others (the last installed is asked first)."""
    translator = StretchedTranslator(base)
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
