"""Icons stay visible with a dark palette: most of each icon stands out from a dark window background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from core.locator import resource

DARK_WINDOW = QColor("#1e1e1e")  # a typical dark palette's window colour
SIDE = 36
#: WCAG 2.1 asks 3:1 for graphical objects; at least this share of an icon's painted area must reach it.
MIN_SHARE = 0.6


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def _ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _share_visible(path: Path, background: QColor) -> float:
    image = QImage(SIDE, SIDE, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(path)).render(painter, QRectF(0, 0, SIDE, SIDE))
    painter.end()
    painted = [image.pixelColor(x, y) for x in range(SIDE) for y in range(SIDE)]
    painted = [c for c in painted if c.alpha() >= 128]
    return sum(_ratio(c, background) >= 3 for c in painted) / len(painted)


ICONS = sorted(Path(resource("icons")).glob("*.svg"))


@pytest.mark.parametrize("path", ICONS, ids=[p.stem for p in ICONS])
def test_icons_keep_contrast_on_a_dark_palette(app: Any, path: Path) -> None:
    share = _share_visible(path, DARK_WINDOW)
    assert share >= MIN_SHARE, f"{path.name}: only {share:.0%} of it stands out from a dark background"
