"""Window geometry, dock layout and the language, kept apart from settings. Read before the first frame,
so it uses only the standard library; an unreadable file just means the default layout."""
from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from deck.core.fileio import BadFile, atomic_write, read_json

log = logging.getLogger(__name__)
VERSION = 1


@dataclass
class UiState:
    path: Path
    geometry: bytes = b""
    dock_state: bytes = b""
    language: str = "system"  # read before the window is built, as the rest of this file

    @classmethod
    def load(cls, path: Path) -> "UiState":
        state = cls(path)
        try:
            data = read_json(path)
            if isinstance(data, dict) and data.get("version") == VERSION:
                state.geometry = base64.b64decode(data.get("geometry", ""))
                state.dock_state = base64.b64decode(data.get("dock_state", ""))
                language = data.get("language", "system")
                state.language = language if isinstance(language, str) and len(language) <= 16 else "system"
        except FileNotFoundError:
            pass
        except (OSError, BadFile, ValueError, TypeError) as exc:
            log.warning("window layout unreadable, using the default: %s", exc)
        return state

    def save(self) -> None:
        data = {
            "version": VERSION,
            "geometry": base64.b64encode(self.geometry).decode(),
            "dock_state": base64.b64encode(self.dock_state).decode(),
            "language": self.language,
        }
        atomic_write(self.path, json.dumps(data, indent=1), backup=False)
