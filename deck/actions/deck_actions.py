"""Deck's own actions (``deck.*``): switch profile, show a deck page. The UI supplies the
handlers; like every action they run from buttons, hotkeys, the palette and the command line."""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from deck.core.errors import InvalidParams
from deck.core.params import Param, ParamsModel, build_model
from deck.core.words import QT_TRANSLATE_NOOP

from .registry import Action, Registry

ProfileSwitch = build_model("ProfileSwitch", (Param("name", required=True, min=1, max=60, doc="the profile's name"),))
PageShow = build_model("PageShow", (Param("name", required=True, min=1, max=40, doc="the page's name"),))


def register(registry: Registry, names: Callable[[], list[str]], switch: Callable[[str], Awaitable[None]],
             show_page: Callable[[str], Awaitable[bool]]) -> None:
    async def profile_switch(params: ParamsModel) -> dict[str, Any]:
        name = params.name  # type: ignore[attr-defined]
        match = next((n for n in names() if n.lower() == name.lower()), None)
        if match is None:
            raise InvalidParams("deck.profile-switch", [f"name: no profile called {name!r} (have: {', '.join(names())})"])
        await switch(match)
        return {"profile": match}

    async def page_show(params: ParamsModel) -> dict[str, Any]:
        name = params.name  # type: ignore[attr-defined]
        if not await show_page(name):
            raise InvalidParams("deck.page", [f"name: no page called {name!r} in this profile"])
        return {"page": name}

    for action in (
        Action("deck.profile-switch", QT_TRANSLATE_NOOP("Contract", "Switch profile"), QT_TRANSLATE_NOOP("Contract", "Deck"),
               ProfileSwitch, profile_switch,
               description="Switch to another profile: its deck pages, hotkeys and dock layout."),
        Action("deck.page", QT_TRANSLATE_NOOP("Contract", "Show deck page"), "Deck", PageShow, page_show,
               description="Show a page of the current profile's deck."),
    ):
        if action.id not in registry:
            registry.register(action)
