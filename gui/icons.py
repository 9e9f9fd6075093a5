"""SVG icons, found through core.locator so they load from a checkout and from a frozen bundle.

Plain icons come from Qt's SVG icon engine and stay sharp at any scale. Tree nodes show a kind icon
(subscription, resource group, Windows or Linux VM) with a status badge in its corner; that pair is
drawn by a small icon engine from the two vector images, never from scaled bitmaps.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from core.findings import Status
from core.locator import resource

# Badge names besides the five statuses.
PENDING = "pending"
PROBLEM = "problem"


def icon_path(name: str) -> str:
    return str(resource("icons", f"{name}.svg"))


@cache
def icon(name: str) -> QIcon:
    """An icon of resources/icons/<name>.svg."""
    return QIcon(icon_path(name))


def status_icon_name(status: Status) -> str:
    return status.value


def status_icon(status: Status) -> QIcon:
    return icon(status_icon_name(status))


def vm_icon_name(os_type: str | None) -> str:
    kind = (os_type or "").lower()
    if kind == "windows":
        return "vm-windows"
    if kind == "linux":
        return "vm-linux"
    return "vm"


@cache
def badged(base: str, badge: str | None) -> QIcon:
    """The icon `base` with the icon `badge` in its lower right corner."""
    return QIcon(_BadgeEngine(base, badge))


@cache
def _renderer(name: str) -> QSvgRenderer:
    return QSvgRenderer(icon_path(name))


class _BadgeEngine(QIconEngine):
    """Paints a kind icon, cuts a ring around the badge's place, and paints the badge there."""

    BADGE = 0.62  # badge side, as a fraction of the icon side

    def __init__(self, base: str, badge: str | None) -> None:
        super().__init__()
        self._base = base
        self._badge = badge
        self._cache: dict[tuple[int, int, float, int], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _BadgeEngine(self._base, self._badge)

    def key(self) -> str:
        return "backup-doctor-badge"

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        side = min(rect.width(), rect.height())
        pixmap = self.scaledPixmap(QSize(side, side), mode, state, scale)
        target = QRect(0, 0, side, side)
        target.moveCenter(rect.center())
        painter.drawPixmap(target, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        side = min(size.width(), size.height())
        cache_key = (side, side, scale, int(mode.value))
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        pixels = max(1, round(side * scale))
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        whole = QRectF(0, 0, pixels, pixels)
        _renderer(self._base).render(painter, whole)
        if self._badge is not None:
            badge_side = pixels * self.BADGE
            badge = QRectF(pixels - badge_side, pixels - badge_side, badge_side, badge_side)
            ring = max(1.0, pixels / 16)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOut)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(Qt.GlobalColor.black)
            painter.drawEllipse(badge.adjusted(-ring, -ring, ring, ring))
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            _renderer(self._badge).render(painter, badge)
        painter.end()
        if mode == QIcon.Mode.Disabled:
            pixmap = _faded(pixmap)
        pixmap.setDevicePixelRatio(scale)
        if len(self._cache) > 32:
            self._cache.clear()
        self._cache[cache_key] = pixmap
        return pixmap


def _faded(pixmap: QPixmap) -> QPixmap:
    faded = QPixmap(pixmap.size())
    faded.fill(Qt.GlobalColor.transparent)
    painter = QPainter(faded)
    painter.setOpacity(0.4)
    painter.drawPixmap(QPoint(0, 0), pixmap)
    painter.end()
    return faded
