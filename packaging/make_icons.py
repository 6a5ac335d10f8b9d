"""Render the app icon (resources/app/deck.svg) to PNG, Windows .ico and macOS .icns.

Run after changing the SVG: ``python packaging/make_icons.py``. The outputs are committed,
so building an installer needs no image tools. ICO and ICNS both hold PNG images here,
which every supported Windows and macOS version reads.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP = Path(__file__).resolve().parent.parent / "resources" / "app"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", len(png) + 8) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(APP / "deck.svg"))
    if not renderer.isValid():
        raise SystemExit("deck.svg could not be read")
    (APP / "deck.png").write_bytes(render(renderer, 512))
    (APP / "deck.ico").write_bytes(ico({s: render(renderer, s) for s in ICO_SIZES}))
    (APP / "deck.icns").write_bytes(icns({k: render(renderer, s) for k, s in ICNS_TYPES.items()}))
    print(f"wrote deck.png, deck.ico, deck.icns in {APP}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
