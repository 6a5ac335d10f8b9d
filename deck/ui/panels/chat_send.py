"""Chat send: a message as the broadcaster or the bot, and text to speech."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QListWidget, QVBoxLayout

from ..kit import Counter, Form, Note, Panel, button, card, choices, label, line, row

SENDERS = {"missxss.send-message": "as broadcaster", "missxss.send-bot-message": "as bot"}


class ChatSendPanel(Panel):
    def build(self) -> None:
        ctx = self.ctx
        self.message = line("Message to chat", "Chat message", ctx, "missxss.send-message", "message", key="messageEdit")
        self.sender = QComboBox()
        self.sender.setAccessibleName("Send as")
        for action_id, text in SENDERS.items():
            self.sender.addItem(text, action_id)
        self.platform = choices(ctx, "missxss.send-message", "platform")
        self.send = button("Send", "send", name="Send message", key="sendButton")
        self.note = Note("sendNote")
        self.sent = QListWidget()
        self.sent.setAccessibleName("Sent messages")
        self.sent.setMaximumHeight(110)
        self.form = Form(self, "missxss.send-message", self._message_params, self.send,
                         (self.message, self.platform, self.sender), self.note, done="Sent ✓",
                         on_result=self._sent)
        self.sender.currentIndexChanged.connect(self._sender_changed)
        self.message.returnPressed.connect(self.form.submit)
        chat = card(row(self.message, Counter(self.message, 500)),
                    row(label("Send"), self.sender, label("on"), self.platform, self.send, stretch=False),
                    self.note, label("Sent from Deck", role="muted"), self.sent, title="Send to chat")

        self.tts_text = line("Text to speak on stream", "Text to speech", ctx, "missxss.tts", "text", key="ttsEdit")
        self.tts_name = line("Shown as (default API)", "TTS name", ctx, "missxss.tts", "username")
        self.speak = button("Speak", "volume", name="Speak text", key="speakButton")
        self.tts_note = Note("ttsNote")
        tts = Form(self, "missxss.tts", lambda: {"text": self.tts_text.text(), "username": self.tts_name.text().strip()},
                   self.speak, (self.tts_text, self.tts_name), self.tts_note, done="Queued on the overlay ✓",
                   on_result=lambda _: tts.reset(self.tts_text))
        self.tts_text.returnPressed.connect(tts.submit)
        speech = card(row(self.tts_text, Counter(self.tts_text, 500)), row(self.tts_name, self.speak),
                      self.tts_note, label("Needs the MissXss overlay open in OBS.", role="muted"), title="Text to speech")
        layout = QVBoxLayout(self.body)
        layout.addWidget(chat)
        layout.addWidget(speech)
        layout.addStretch(1)

    def _message_params(self) -> dict[str, Any]:
        return {"message": self.message.text(), "platform": self.platform.currentData()}

    def _sender_changed(self) -> None:
        self.form.action_id = self.sender.currentData()
        self.form.check()

    def _sent(self, _: Any) -> None:
        who = "bot" if self.form.action_id.endswith("bot-message") else "you"
        self.sent.insertItem(0, f"{self.platform.currentData()} · {who}: {self.message.text()}")
        self.form.reset(self.message)
