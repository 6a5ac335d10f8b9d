"""The catalogue's words a person reads: actions' titles and groups, parameters' names and
choices and what each means, the deck's toggle buttons, what the Accounts page says of each
service. The window shows them in its language (Qt's translation context ``Contract``); the
translation sources gather them from here (``packaging/translations.py``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deck.core.params import Param

CONTEXT = "Contract"


def _param(found: dict[str, None], param: "Param") -> None:
    found[param.label] = found[param.doc] = None
    found.update(dict.fromkeys(title for _, title in param.titles))
    for field in param.fields:  # an object's documented fields
        _param(found, field)


def texts() -> list[str]:
    from deck.actions.toggles import KINDS  # the catalogue, only when asked (the window paints before it loads)
    from deck.providers.capabilities import CAPABILITIES
    from deck.providers.catalogue import providers

    found: dict[str, None] = {}  # (Deck's own actions mark their words where they are made)
    for kind in KINDS.values():  # the deck's toggle buttons: what they follow and their two states
        found.update(dict.fromkeys((kind.title, kind.arg_label, *kind.words)))
    for capability in CAPABILITIES:
        found[capability.title] = None
        for param in capability.params:
            _param(found, param)
    for provider in providers():
        found.update(dict.fromkeys((provider.about, provider.account_help, provider.url_label, *provider.words.values())))
        if provider.mint is not None:
            found[provider.mint.label] = None
        for auth in provider.auths.values():
            found.update(dict.fromkeys((getattr(auth, "register_steps", ""), *getattr(auth, "scopes", {}).values())))
            for secret in auth.secrets():
                found.update(dict.fromkeys((secret.label, secret.placeholder)))
        if provider.events is not None:
            found.update(dict.fromkeys((provider.events.setup, *provider.events.events.values())))
        for probe in provider.checks:
            found[probe.opens] = None
        for op in provider.operations:
            found[op.title] = found[op.group] = found[op.description] = None
            for param in op.params:
                _param(found, param)
    return [text for text in found if text]
