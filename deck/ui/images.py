"""Emote images: fetched and decoded off the UI path, cached, drawn when ready.

``get`` answers at once with a pixmap or ``None`` (not here yet, or it failed: the view
draws the emote's name instead) and starts at most one download per URL.
"""
from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import Optional

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

from deck import runtime
from deck.net.http import fetch_bytes

log = logging.getLogger(__name__)
EMOTE_PX = 64  # an emote is drawn a line high: kept no higher than a line on a 3x screen
SIGNATURES = ((b"\x89PNG", "PNG"), (b"GIF8", "GIF"), (b"\xff\xd8\xff", "JPEG"))


def decode(data: bytes) -> QImage:
    """An emote's image, read by the reader its signature names (Qt loads no other image plugin
    to ask which one it is) and scaled down to EMOTE_PX high."""
    known = next((name for magic, name in SIGNATURES if data.startswith(magic)),
                 "WEBP" if data[:4] == b"RIFF" and data[8:12] == b"WEBP" else None)
    image = QImage.fromData(data, known) if known else QImage.fromData(data)  # type: ignore[arg-type]  # (a str, as it runs)
    if image.height() > EMOTE_PX:
        image = image.scaledToHeight(EMOTE_PX, Qt.TransformationMode.SmoothTransformation)
    return image


class ImageCache(QObject):
    loaded = Signal()
    limit = 500  # emotes kept, each at most EMOTE_PX high
    parallel = 6

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.images: OrderedDict[str, Optional[QPixmap]] = OrderedDict()  # None: loading or failed
        self.slots = asyncio.Semaphore(self.parallel)

    def get(self, url: str) -> Optional[QPixmap]:
        if url in self.images:
            self.images.move_to_end(url)
            return self.images[url]
        if not url.startswith(("http://", "https://")):
            return None
        self.images[url] = None
        if len(self.images) > self.limit:
            self.images.popitem(last=False)
        try:
            runtime.spawn(self._load(url), name="emote image")
        except RuntimeError:  # no running loop (a view painted before the app started)
            del self.images[url]
        return None

    async def _load(self, url: str) -> None:
        try:
            async with self.slots:
                data = await fetch_bytes(url)
            image = await asyncio.to_thread(decode, data)  # off the UI thread
        except Exception as exc:  # the name is shown instead; worth a line in the log only
            log.info("emote image %s not loaded: %s", url, exc)
            return
        if image.isNull():
            log.info("emote image %s is not an image", url)
            return
        if url in self.images:
            self.images[url] = QPixmap.fromImage(image)
            self.loaded.emit()
