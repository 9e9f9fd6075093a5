"""Render resources/icons/app.svg into a Windows .ico (PNG-compressed images, 16 to 256 pixels).

    QT_QPA_PLATFORM=offscreen python build/make_icon.py OUT.ico

Uses Qt's SVG renderer (already a dependency) instead of an image library. The ICO layout (an ICONDIR
header, one ICONDIRENTRY per image, PNG data) is Microsoft's "Icons" format; Windows Vista and later
read PNG-compressed entries of any size, and a width or height of 0 in an entry means 256.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent


def png_images(svg: Path, sizes: tuple[int, ...] = SIZES) -> list[tuple[int, bytes]]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    images: list[tuple[int, bytes]] = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        images.append((size, bytes(data.data())))
    return images


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries = b""
    payload = b""
    for size, png in images:
        side = 0 if size >= 256 else size
        # width, height, colours in palette, reserved, colour planes, bits per pixel, size, offset
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: make_icon.py OUT.ico", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ico_bytes(png_images(ROOT / "resources" / "icons" / "app.svg")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
