"""Chat send: a message as the broadcaster or the bot, and text to speech."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QListWidget, QVBoxLayout

from ..kit import SENDERS, Counter, Form, Note, Panel, Via, button, card, fill_platforms, label, line, platform_choices, row



class ChatSendPanel(Panel):
    needs = ("chat.send", "chat.send-bot", "chat.tts")

    def build(self) -> None:
        ctx = self.ctx
        self.message = line("Message to chat", "Chat message", ctx, "chat.send", "message", key="messageEdit")
        self.sender = QComboBox()
        self.sender.setAccessibleName("Send as")
        for capability, text in SENDERS.items():
            self.sender.addItem(text, capability)
        self.platform = platform_choices(ctx, "chat.send")
        self.via = Via(ctx, "chat.send", self.platform)
        self.send = button("Send", "send", name="Send message", key="sendButton")
        self.note = Note("sendNote")
        self.sent = QListWidget()
        self.sent.setAccessibleName("Sent messages")
        self.sent.setMaximumHeight(110)
        self.form = Form(self, "chat.send", self._message_params, self.send,
                         (self.message,), self.note, done="Sent ✓", on_result=self._sent,
                         platform=self.platform)
        self.sender.currentIndexChanged.connect(self._sender_changed)
        self.message.returnPressed.connect(self.form.submit)
        chat = card(row(self.message, Counter(self.message, 500)),
                    row(label("Send"), self.sender, label("on"), self.platform, self.send, self.via, stretch=False),
                    self.note, label("Sent from Deck", role="muted"), self.sent, title="Send to chat")

        self.tts_text = line("Text to speak on stream", "Text to speech", ctx, "chat.tts", "text", key="ttsEdit")
        self.tts_name = line("Shown as (default API)", "TTS name", ctx, "chat.tts", "username")
        self.speak = button("Speak", "volume", name="Speak text", key="speakButton")
        self.tts_note = Note("ttsNote")
        tts = Form(self, "chat.tts", lambda: {"text": self.tts_text.text(), "username": self.tts_name.text().strip()},
                   self.speak, (self.tts_text, self.tts_name), self.tts_note, done="Queued on the overlay ✓",
                   on_result=lambda _: tts.reset(self.tts_text))
        self.tts_text.returnPressed.connect(tts.submit)
        speech = card(row(self.tts_text, Counter(self.tts_text, 500)), row(self.tts_name, self.speak),
                      self.tts_note, row(Via(ctx, "chat.tts"), stretch=True), title="Text to speech")
        layout = QVBoxLayout(self.body)
        layout.addWidget(chat)
        layout.addWidget(speech)
        layout.addStretch(1)

    def _message_params(self) -> dict[str, Any]:
        return {"message": self.message.text()}

    def _sender_changed(self) -> None:
        self.form.action_id = self.via.capability = self.sender.currentData()
        fill_platforms(self.ctx, self.platform, self.form.action_id)  # where this kind of message exists
        self.via.update_text()
        self.form.check()

    def _sent(self, _: Any) -> None:
        who = {"chat.send": "you", "chat.send-bot": "bot"}.get(self.form.action_id, SENDERS[self.form.action_id][3:])
        self.sent.insertItem(0, f"{self.platform.currentText()} · {who}: {self.message.text()}")
        self.form.reset(self.message)
