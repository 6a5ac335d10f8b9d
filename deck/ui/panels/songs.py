"""Songs: play or resume, pause, skip."""
from __future__ import annotations

import time

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QVBoxLayout

from ..kit import Note, Panel, Via, button, card, label, row

CONTROLS = (("songs.play", "Play / resume", "play", "Playing"),
            ("songs.pause", "Pause", "pause", "Paused"),
            ("songs.skip", "Skip", "skip", "Playing the next song"))


class SongsPanel(Panel):
    needs = ("songs.play", "songs.pause", "songs.skip")

    def build(self) -> None:
        self.state = label("No song command sent from Deck yet.", name="songState", wrap=True)
        self.state.setAccessibleName("Song player state")
        self.note = Note("songNote")
        self.buttons = {}
        for action_id, text, icon_name, _ in CONTROLS:
            b = button(text, icon_name)
            b.setObjectName(action_id.split(".")[1])
            b.setIconSize(QSize(20, 20))
            b.setMinimumHeight(38)
            b.clicked.connect(lambda _=False, a=action_id: self.send(a))
            self.buttons[action_id] = b
        layout = QVBoxLayout(self.body)
        layout.addWidget(card(row(*self.buttons.values(), Via(self.ctx, "songs.skip")), self.state, self.note,
                              label("The player does not report its state; this is the last command that worked.",
                                    role="muted", wrap=True), title="Song requests"))
        layout.addStretch(1)

    def send(self, action_id: str) -> None:
        outcome = next(state for a, _, _, state in CONTROLS if a == action_id)

        def done(_: object) -> None:
            self.state.setText(f"<b>{outcome}</b> · {time.strftime('%H:%M:%S')}")

        self.run(action_id, note=self.note, busy=self.buttons.values(), on_result=done)
