"""OBS Studio's requests as Deck operations, read from obs-websocket's own protocol description.

``protocol.json`` is a trimmed copy of obs-websocket 5.7.3's ``docs/generated/protocol.json``:
each request with its category, description, first version and fields (name, type, value
restrictions, whether optional). Every request becomes an operation whose id is the request
type in kebab case (``SetCurrentProgramScene`` -> ``set-current-program-scene``), whose
parameters are the request's fields under their own names, and which travels on the ``obs``
transport. Readings of the description where it is loose:

- ``Number`` fields are integers where the value counts or names something (ids, indexes,
  pixels, frames, milliseconds), else any finite number; ``>= a, <= b`` restrictions are their bounds.
- ``String`` fields are never empty (obs-websocket answers 403 "field empty" otherwise).
- A name and a UUID of the same thing (``sceneName`` / ``sceneUuid``) are both optional in the
  description; at least one of them is needed, and Deck says so before sending.
- A request changes nothing when its type starts with ``Get`` (or it only reads: ``GetVersion``).
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from deck.core.params import Param, Rule
from deck.providers.base import Operation

TRANSPORT = "obs"
PROTOCOL = Path(__file__).with_name("protocol.json")
WHOLE = re.compile(r"(Id|Index|Numerator|Denominator|Width|Height|Offset|Quality|Duration|Ms|Millis|Frames|Count|Alignment)$")
BOUNDS = re.compile(r"(>=|<=)\s*(-?[\d.]+)")
# what cannot be undone, or takes the stream off the air: the user confirms it in words
DESTRUCTIVE = re.compile(r"^(Remove|StopStream$|ToggleStream$|StopRecord$|ToggleRecord$|StopOutput$|ToggleOutput$)")
# requests that do not change OBS although their names do not start with Get
READS = {"GetVersion", "GetStats", "Sleep", "BroadcastCustomEvent", "CallVendorRequest"}
SUBJECTS = ("scene", "input", "source", "transition", "filter", "destinationScene", "fromScene", "toScene")


@functools.cache
def protocol() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PROTOCOL.read_text(encoding="utf-8"))
    return data


def kebab(request_type: str) -> str:
    """``SetCurrentProgramScene`` -> ``set-current-program-scene`` (``GetSceneItemId`` -> ``get-scene-item-id``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-", request_type).lower()


def title(request_type: str) -> str:
    words = kebab(request_type).split("-")
    text = " ".join(words).replace("uuid", "UUID").replace("obs", "OBS")
    return text[:1].upper() + text[1:]


def _param(field: dict[str, Any]) -> Param:
    name, kind = field["valueName"], field["valueType"]
    bounds = dict(BOUNDS.findall(field.get("valueRestrictions") or ""))
    low = float(bounds[">="]) if ">=" in bounds else None
    high = float(bounds["<="]) if "<=" in bounds else None
    doc = field["valueDescription"].replace("`", "")
    required = not field["valueOptional"]
    if kind == "String":
        choices = tuple(protocol()["enums"]["ObsMediaInputAction"]) if name == "mediaAction" else ()
        return Param(name, "str", required, min=None if choices else 1, choices=choices, doc=doc)
    if kind == "Number":
        return Param(name, "int" if WHOLE.search(name) else "number", required, min=low, max=high, doc=doc)
    if kind == "Boolean":
        return Param(name, "bool", required, doc=doc)
    if kind == "Object":
        return Param(name, "object", required, doc=doc)
    if kind.startswith("Array"):
        return Param(name, "records" if "Object" in kind else "list", required, doc=doc)
    return Param(name, "any", required, doc=doc)


def _rules(params: tuple[Param, ...]) -> tuple[Rule, ...]:
    names = {p.name for p in params}
    rules = []
    for subject in SUBJECTS:
        pair = (f"{subject}Name", f"{subject}Uuid")
        if set(pair) <= names and not any(p.required for p in params if p.name in pair):
            rules.append(Rule("one_of", pair))
    return tuple(rules)


def operation(request: dict[str, Any]) -> Operation:
    kind = request["requestType"]
    params = tuple(_param(f) for f in request["requestFields"])
    reads = kind.startswith("Get") or kind in READS
    return Operation(
        kebab(kind), title(kind), request["category"].title(), "", kind, params, rules=_rules(params),
        read=reads, destructive=bool(DESTRUCTIVE.match(kind)), answer="json", transport=TRANSPORT,
        description=request["description"].replace("`", "") + (
            f" (obs-websocket {request['initialVersion']} and newer)" if request["initialVersion"] != "5.0.0" else ""),
        deprecated="deprecated by obs-websocket" if request.get("deprecated") else "")


BATCH = Operation(
    "request-batch", "Request batch", "General", "", "RequestBatch",
    (Param("requests", "records", True, min=1, max=50, record_keys=("action", "params"),
           doc="The requests, in order: each an OBS action and its parameters, "
               '[{"action": "obs.set-current-program-scene", "params": {"sceneName": "BRB"}}, …]'),
     Param("haltOnFailure", "bool", default=True, doc="Stop at the first request that fails")),
    read=False, transport=TRANSPORT,
    description="Several requests OBS runs one after another, sent as one message (obs-websocket's RequestBatch); "
                "each is checked against its own contract before anything is sent.")
OPERATIONS: tuple[Operation, ...] = tuple(operation(r) for r in protocol()["requests"]) + (BATCH,)
REQUEST_STATUS = {code: name for name, code in protocol()["enums"]["RequestStatus"].items()}
protocol.cache_clear()  # all Deck needs of it is built: the description itself is not kept (0.4 MiB)
