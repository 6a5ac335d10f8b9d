"""The catalogue's words a person reads: actions' titles and groups, parameters' names and
choices and what each means, the deck's toggle buttons. The window shows them in its language (Qt's translation context ``Contract``); the
translation sources gather them from here (``packaging/translations.py``)."""
from __future__ import annotations

from deck.actions.toggles import KINDS
from deck.providers.capabilities import CAPABILITIES
from deck.providers.catalogue import providers

CONTEXT = "Contract"
OWN = ("Switch profile", "Show deck page", "Deck", "Any service")  # Deck's own actions and groups


def texts() -> list[str]:
    found: dict[str, None] = dict.fromkeys(OWN)
    for kind in KINDS.values():  # the deck's toggle buttons: what they follow and their two states
        found.update(dict.fromkeys((kind.title, kind.arg_label, *kind.words)))
    for capability in CAPABILITIES:
        found[capability.title] = None
        for param in capability.params:
            found[param.label] = found[param.doc] = None
    for provider in providers():
        for op in provider.operations:
            found[op.title] = found[op.group] = None
            for param in op.params:
                found[param.label] = found[param.doc] = None
                found.update(dict.fromkeys(title for _, title in param.titles))
    return [text for text in found if text]
