"""What the command line prints for a person: answers as tables and words, chat as lines
with their time and what happened."""
from __future__ import annotations

import time

from deck.cli import readable, tail_line
from deck.providers.chat.message import ChatEvent, ChatMessage, text_spans

AT = 1764547200.0
CLOCK = time.strftime("%H:%M:%S", time.localtime(AT))


def test_lists_of_objects_are_aligned_tables_and_booleans_words():
    lines = readable({"top": [{"name": "ada", "points": 1200, "vip": True}, {"name": "bartholomew", "points": 15}],
                      "platform": "Kick", "next": None, "tags": ["a", "b"]})
    assert lines == ["top:",
                     "  name         points  vip",
                     "  ada          1200    yes",
                     "  bartholomew  15      —",
                     "platform: Kick", "next: —", 'tags: ["a", "b"]']
    assert readable([]) == ["(none)"] and readable(None) == ["done"] and readable(False) == ["no"]
    assert readable({"text": "x" * 100})[0].endswith("…") and len(readable({"text": "x" * 100})[0]) == 66


def test_chat_lines_carry_the_time_and_say_what_happened():
    message = ChatMessage("kick", "deckdemo", "1", "7", "ada", "Ada", "", (), text_spans("hello"), AT)
    assert tail_line(message) == f"{CLOCK} [kick #deckdemo] Ada: hello"
    action = ChatMessage("twitch", "deckdemo", "2", "7", "ada", "Ada", "", (), text_spans("waves"), AT, "action")
    assert tail_line(action) == f"{CLOCK} [twitch #deckdemo] Ada waves"
    notice = ChatMessage("kick", "deckdemo", "3", "", "ada", "ada", "", (), (), AT, "notice",
                         notice="ada subscribed for 3 month(s)")
    assert tail_line(notice) == f"{CLOCK} [kick #deckdemo] * ada subscribed for 3 month(s)"
    events = {ChatEvent("kick", "deckdemo", "timeout", (), "7", "ada", 600, AT): "ada was timed out for 10m",
              ChatEvent("kick", "deckdemo", "ban", (), "7", "ada", 0, AT): "ada was banned",
              ChatEvent("kick", "deckdemo", "unban", (), "7", "", 0, AT): "7 was unbanned",
              ChatEvent("twitch", "deckdemo", "delete", ("m1",), time=AT): "a message was deleted",
              ChatEvent("twitch", "deckdemo", "delete", ("m1", "m2"), time=AT): "2 messages deleted",
              ChatEvent("owncast", "x", "clear", time=AT): "the chat was cleared"}
    for event, said in events.items():
        assert tail_line(event).endswith("] " + said) and tail_line(event).startswith(CLOCK)
    assert tail_line(ChatEvent("kick", "deckdemo", "clear"), now=AT).startswith(CLOCK)  # no time given: now


def test_answers_read_in_words():
    """A small object or list is shown, a large one counted (a moderation status used to read
    "status: 11 fields")."""
    from deck.core.words import in_words

    status = {"status": {"link_korumasi": 1, "spam_korumasi": 0, "caps_korumasi": 1, "emoji_korumasi": 0}}
    assert in_words(status) == "status: link korumasi 1, spam korumasi 0, caps korumasi 1 +1 more"
    assert in_words({"ids": [7, 8], "rows": [{"a": 1}], "empty": []}) == "ids: 7, 8 · rows: 1 item · empty: 0 items"


def test_an_answer_in_words_leaves_out_its_identifiers_where_something_else_says_more():
    from deck.core.words import in_words

    assert in_words({"ttsId": "a1b2c3", "queued": True, "text": "hello"}, answer=True) == "queued: yes · text: hello"
    assert in_words({"id": "123456789012345678"}, answer=True) == "id: 123456789012345678"  # nothing else to say
    assert in_words({"user_id": 7, "reason": "spam"}) == "user id: 7 · reason: spam"  # parameters keep who
