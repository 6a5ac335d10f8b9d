"""Parameter contracts as data, and the typed pydantic models built from them.

A provider describes each operation's parameters with :class:`Param` (the service's own
name, type, range, default and where it travels on the wire) and cross-field :class:`Rule`
objects taken from the service's documentation; :func:`build_model` turns them into a
strict pydantic model (unknown parameters refused). The same model validates the command
line, the UI forms and the sandbox, and the generic client puts each value where its
``place`` says, so one table is the contract.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import re
from dataclasses import dataclass
from typing import Annotated, Any, Callable, Literal, Optional

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    create_model,
    model_validator,
)

from .errors import InvalidParams
from .jsontext import depth, loads, text_problem
from .words import QT_TRANSLATE_NOOP, translate

KINDS = ("str", "int", "number", "bool", "bool01", "list", "object", "any", "date", "records")
# Where the documentation gives no bound, Deck still sets a sane one: nothing unbounded is sent.
TEXT_MAX = 2000  # characters of a text without a documented maximum
INT_BOUND = 2**53 - 1  # integers without documented bounds stay within what JSON carries exactly
OBJECT_DEPTH = 16  # levels of a JSON object parameter
OBJECT_BYTES = 64 * 1024  # size of a JSON object parameter, as JSON
LIST_MAX = 100  # items of a list without a documented maximum
PLACES = ("json", "query", "path", "form")
# How a list (or an object) travels in a query string or form: repeated keys (``?id=1&id=2``),
# comma-separated (``?id=1,2``) or one JSON text (``?array=["a","b"]``).
STYLES = ("repeat", "csv", "json")


SHOUTED = {"id": "ID", "ids": "IDs", "url": "URL", "tts": "TTS", "ai": "AI", "ip": "IP", "json": "JSON", "uri": "URI"}


SHORT = {"chan": "channel", "msg": "message", "num": "number"}  # shortened words, in full
ENDS_IN_ID = {"valid", "rapid", "hybrid", "liquid", "solid", "android", "avoid", "paid", "raid", "grid"}


def _word(w: str) -> str:
    w = w.lower()
    if len(w) > 4 and w.endswith("id") and w not in ENDS_IN_ID:  # glued: ``userid``, ``chanid``
        return f"{SHORT.get(w[:-2], w[:-2])} ID"
    return SHOUTED.get(w, SHORT.get(w, w))


def words(name: str) -> str:
    """A contract's name in words: ``user_id`` -> "User ID", ``kickCategoryId`` -> "Kick category ID",
    ``chanid`` -> "Channel ID"."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ").replace("-", " ").replace(".", " › ")
    text = " ".join(_word(w) for w in spaced.split())
    return text[:1].upper() + text[1:]


def humane(problem: str, params: "tuple[Param, ...]", label: Callable[[str], str] = str) -> str:
    """A validation message with each parameter's name replaced by its label (through ``label``:
    the window's language)."""
    for p in sorted(params, key=lambda p: -len(p.name)):
        problem = re.sub(rf"(?<![\w.]){re.escape(p.name)}(?![\w])", label(p.label), problem)
    return problem[:1].upper() + problem[1:]


@dataclass(frozen=True)
class Param:
    name: str
    kind: str = "str"
    required: bool = False
    default: Any = None
    min: float | None = None  # value for numbers, length for strings, item count for lists
    max: float | None = None
    exclusive_min: bool = False
    choices: tuple[str, ...] = ()
    titles: tuple[tuple[str, str], ...] = ()  # (choice, what a person reads for it) where the value is a code
    title: str = ""  # the name in words, where the service glues words together (``startingbid``)
    pattern: str | None = None
    doc: str = ""
    strip_at: bool = False  # usernames documented "without @"
    record_keys: tuple[str, ...] = ()  # for kind="records": allowed keys of each item (or ``fields``)
    place: str = "json"  # where the value travels: JSON body, query string, path placeholder, form body
    style: str = "repeat"  # lists and objects outside a JSON body (see STYLES)
    fields: tuple["Param", ...] = ()  # kind="object" (or each item of "records"): the documented fields
    item: str = ""  # kind="list": the kind of each item ("str", the default, or "int"); kind="object": "str"
    # when every value is a text (a map of names to texts), else any JSON
    unique: bool = False  # kind="list": no repeated items

    def title_of(self, value: Any) -> str:
        """A choice as a person reads it (``spam_korumasi`` -> "Spam protection")."""
        return dict(self.titles).get(value, str(value))

    @property
    def label(self) -> str:
        """The parameter as a person reads it: ``kick_category_id`` -> "Kick category ID"."""
        return self.title or words(self.name)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown param kind {self.kind!r}")
        if self.place not in PLACES or self.style not in STYLES:
            raise ValueError(f"unknown place or style for {self.name!r}")


@dataclass(frozen=True)
class Rule:
    """Cross-field rule: ``one_of`` (at least one), ``only_one`` (exactly one),
    ``together`` (all or none), ``excludes`` (first field excludes the rest)."""

    kind: Literal["one_of", "only_one", "together", "excludes", "at_most_one"]
    fields: tuple[str, ...]

    def check(self, values: dict[str, Any]) -> str | None:
        present = [f for f in self.fields if values.get(f) is not None]
        names = ", ".join(self.fields)
        if self.kind == "one_of" and not present:
            return f"give at least one of: {names}"
        if self.kind == "only_one" and len(present) != 1:
            return f"give exactly one of: {names}"
        if self.kind == "at_most_one" and len(present) > 1:
            return f"give only one of: {names}"
        if self.kind == "together" and present and len(present) != len(self.fields):
            return f"{' and '.join(self.fields)} must be given together"
        if self.kind == "excludes" and self.fields[0] in present and len(present) > 1:
            return f"{self.fields[0]} cannot be combined with {', '.join(self.fields[1:])}"
        return None


Check = Callable[[dict[str, Any]], Optional[str]]


class ParamsModel(BaseModel):
    """Base of every action's parameter model."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    __rules__: tuple[Rule, ...] = ()
    __checks__: tuple[Check, ...] = ()
    __params__: tuple[Param, ...] = ()

    @model_validator(mode="after")
    def _cross_field_rules(self) -> "ParamsModel":
        values = self.__dict__
        problems = [p for r in type(self).__rules__ if (p := r.check(values))]
        problems += [p for c in type(self).__checks__ if (p := c(values))]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def wire(self) -> dict[str, Any]:
        """Every given or defaulted value, nothing unset: what goes on the wire."""
        return self.model_dump(mode="json", exclude_none=True)

    @classmethod
    def param(cls, name: str) -> Param:
        """A parameter by name; ``limits.queue`` is the field ``queue`` of the object ``limits``."""
        head, _, rest = name.partition(".")
        found = next((p for p in cls.__params__ if p.name == head), None)
        while found is not None and rest:
            head, _, rest = rest.partition(".")
            found = next((f for f in found.fields if f.name == head), None)
        if found is None:
            raise KeyError(name)
        return found


# ---- tolerant value parsing ------------------------------------------------

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def to_bool01(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int) and value in (0, 1):
        return value
    if isinstance(value, str):
        low = value.strip().lower()
        if low in _TRUE:
            return 1
        if low in _FALSE:
            return 0
    raise ValueError(translate("Params", "must be 1/0 or true/false"))


def _choice_normaliser(choices: tuple[str, ...]) -> Callable[[Any], Any]:
    folded = {c.lower(): c for c in choices}

    def normalise(value: object) -> object:
        if isinstance(value, str):
            return folded.get(value.strip().lower(), value)
        return value

    return normalise


def _valid_date(value: str) -> str:
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(translate("Params", "must be a date as YYYY-MM-DD")) from None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(translate("Params", "must be a date as YYYY-MM-DD"))
    return value


def _split_list(value: object) -> object:
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                return loads(text, OBJECT_DEPTH)
            except ValueError:
                pass
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


def _unique(value: object) -> object:
    if isinstance(value, list) and len(set(map(str, value))) != len(value):
        raise ValueError(translate("Params", "items must not repeat"))
    return value


def to_bool(value: object) -> object:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        low = value.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
    raise ValueError(translate("Params", "must be true or false"))


def _no_bool(value: object) -> object:
    if isinstance(value, bool):
        raise ValueError(translate("Params", "must be a number, not true/false"))
    return value


def _records_check(param: Param) -> Callable[[Any], Any]:
    allowed = set(param.record_keys)

    def check(value: object) -> object:
        if not isinstance(value, list):
            raise ValueError(translate("Params", "must be a list"))
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise ValueError(translate("Params", "item {i} must be an object").format(i=i))
            unknown = set(item) - allowed
            if unknown:
                raise ValueError(translate("Params", "item {i} has unknown keys: {keys}").format(i=i, keys=", ".join(sorted(unknown))))
        return value

    return check


def _text_check(value: Optional[str]) -> Optional[str]:
    if value is not None and (problem := text_problem(value)):
        raise ValueError(problem)
    return value


def _texts_check(values: Optional[list[Any]]) -> Optional[list[Any]]:
    for i, value in enumerate(values or ()):
        if isinstance(value, str):
            problem = text_problem(value) or (translate("Params", "is longer than {count} characters").format(
                count=TEXT_MAX) if len(value) > TEXT_MAX else None)
            if problem:
                raise ValueError(translate("Params", "item {i} {problem}").format(i=i, problem=problem))
    return values


def _finite(value: object) -> object:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(translate("Params", "must be a finite number"))
    return value


def _bounded_object(value: object) -> object:
    """Any JSON value given as an object parameter: at most OBJECT_DEPTH levels and OBJECT_BYTES,
    every text in it (keys too) under the text rule, every number finite and JSON-safe."""
    if depth(value, OBJECT_DEPTH) > OBJECT_DEPTH:
        raise ValueError(translate("Params", "is nested deeper than {count} levels").format(count=OBJECT_DEPTH))
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            if problem := text_problem(item, must_show=False):
                raise ValueError(translate("Params", "has a text that {problem}").format(problem=problem))
        elif isinstance(item, float) and not math.isfinite(item):
            raise ValueError(translate("Params", "has a number that is not finite (NaN or infinity)"))
        elif isinstance(item, int) and not isinstance(item, bool) and abs(item) > INT_BOUND:
            raise ValueError(translate("Params", "has a whole number beyond ±{bound}").format(bound=INT_BOUND))
    if len(json.dumps(value, default=str)) > OBJECT_BYTES:
        raise ValueError(translate("Params", "is larger than {size} KB").format(size=OBJECT_BYTES // 1024))
    return value


def _json_object(value: object) -> object:
    if isinstance(value, str):
        try:
            return loads(value, OBJECT_DEPTH)
        except ValueError:
            raise ValueError(translate("Params", "must be a JSON object")) from None
    return value


def _json_value(value: object) -> object:
    """A text that reads as JSON is that value (``--set slotValue=[1,2]``); any other text is itself."""
    if isinstance(value, str):
        try:
            return loads(value, OBJECT_DEPTH)
        except ValueError:
            return value
    return value


def _number_as_text(value: object) -> object:
    """A number where a text is due is the text it reads as (``1`` -> ``"1"``): a query string or
    a service's text field carries it so anyway. True and false are not numbers here."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    return value


TEXT = Annotated[str, BeforeValidator(_number_as_text)]


def _annotation(p: Param) -> Any:
    constraints: dict[str, Any] = {}
    validators: list[Any] = []
    if p.kind == "str":
        if p.choices:
            typ: Any = Literal[p.choices]
            validators.append(BeforeValidator(_choice_normaliser(p.choices)))
            validators.append(BeforeValidator(_number_as_text))
        else:
            typ = str
            if p.min is not None or p.place == "path":  # an empty path segment changes the address
                constraints["min_length"] = int(p.min or 1)
            constraints["max_length"] = int(p.max) if p.max is not None else TEXT_MAX
            if p.pattern:
                constraints["pattern"] = p.pattern
            validators.append(AfterValidator(_text_check))
            validators.append(BeforeValidator(_number_as_text))
            if p.strip_at:
                validators.append(BeforeValidator(lambda v: v.lstrip("@") if isinstance(v, str) else v))
    elif p.kind in ("int", "number"):
        typ = int if p.kind == "int" else (int | float)
        validators.append(AfterValidator(_finite))
        validators.append(BeforeValidator(_no_bool))
        constraints["gt" if p.exclusive_min else "ge"] = p.min if p.min is not None else -INT_BOUND
        constraints["le"] = p.max if p.max is not None else INT_BOUND
    elif p.kind == "bool01":
        typ = Literal[0, 1]
        validators.append(BeforeValidator(to_bool01))
    elif p.kind == "bool":
        typ = bool
        validators.append(BeforeValidator(to_bool))
    elif p.kind == "date":
        typ = str
        validators.append(BeforeValidator(lambda v: _valid_date(v) if isinstance(v, str) else v))
    elif p.kind == "list":
        typ = list[Annotated[int, Field(ge=-INT_BOUND, le=INT_BOUND)]] if p.item == "int" else list[TEXT]
        validators.append(AfterValidator(_texts_check))
        if p.unique:
            validators.append(BeforeValidator(_unique))
        validators.append(BeforeValidator(_split_list))
        if p.min is not None:
            constraints["min_length"] = int(p.min)
        constraints["max_length"] = int(p.max) if p.max is not None else LIST_MAX
    elif p.kind == "object":
        typ = build_model(f"{p.name.title()}Object", p.fields) if p.fields else dict[str, TEXT] if p.item == "str" \
            else dict[str, Any]
        validators.append(BeforeValidator(_bounded_object))
        validators.append(BeforeValidator(_json_object))
    elif p.kind == "any":  # any JSON value, bounded as an object is
        typ = Any
        validators.append(BeforeValidator(_bounded_object))
        validators.append(BeforeValidator(_json_value))
    else:  # records: a list of objects, typed field by field when ``fields`` says how
        if p.fields:
            typ = list[build_model(f"{p.name.title()}Record", p.fields)]  # type: ignore[misc]
        else:
            typ = list[dict[str, Any]]
            validators.append(BeforeValidator(_records_check(p)))
        validators.append(BeforeValidator(_bounded_object))
        validators.append(BeforeValidator(_json_object))
        if p.min is not None:
            constraints["min_length"] = int(p.min)
        constraints["max_length"] = int(p.max) if p.max is not None else LIST_MAX
    extra: dict[str, Any] = {"x-required": p.required}
    info = Field(
        ... if p.required else p.default,
        description=p.doc or None,
        json_schema_extra=extra,
        **constraints,
    )
    if not p.required and p.default is None:
        typ = Optional[typ]
    return (Annotated[typ, *validators] if validators else typ), info


def build_model(
    name: str,
    params: tuple[Param, ...],
    rules: tuple[Rule, ...] = (),
    checks: tuple[Check, ...] = (),
) -> type[ParamsModel]:
    model = create_model(name, __base__=ParamsModel, **{p.name: _annotation(p) for p in params})
    model.__rules__ = rules
    model.__checks__ = checks
    model.__params__ = params
    return model


def coerce(kind: str, text: str) -> object:
    """A typed value from user text (command line, form field): JSON where the kind needs it."""
    if kind in ("str", "date"):
        return text
    try:
        return loads(text, OBJECT_DEPTH)
    except ValueError:
        return text


def validate(action_id: str, model: type[ParamsModel], raw: dict[str, Any]) -> ParamsModel:
    """Validate ``raw`` against ``model``; raise :class:`InvalidParams` with readable problems."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise InvalidParams(action_id, describe(exc, model)) from None
    except RecursionError:
        raise InvalidParams(action_id, [translate("Params", "the parameters are nested too deeply")]) from None


def _count(n: object, one: str, many: str) -> str:
    return translate("Params", one if n == 1 else many).format(count=n)


PLAIN: dict[str, Callable[[dict[str, Any]], str]] = {  # pydantic's error kinds, as a person says them
    "string_too_short": lambda c: translate("Params", "cannot be empty") if c.get("min_length") == 1 else
    translate("Params", "needs at least {amount}").format(
        amount=_count(c.get("min_length"), QT_TRANSLATE_NOOP("Params", "{count} character"),
                      QT_TRANSLATE_NOOP("Params", "{count} characters"))),
    "string_too_long": lambda c: translate("Params", "can be at most {amount}").format(
        amount=_count(c.get("max_length"), QT_TRANSLATE_NOOP("Params", "{count} character"),
                      QT_TRANSLATE_NOOP("Params", "{count} characters"))),
    "too_short": lambda c: translate("Params", "needs at least {amount}").format(
        amount=_count(c.get("min_length"), QT_TRANSLATE_NOOP("Params", "{count} item"),
                      QT_TRANSLATE_NOOP("Params", "{count} items"))),
    "too_long": lambda c: translate("Params", "can have at most {amount}").format(
        amount=_count(c.get("max_length"), QT_TRANSLATE_NOOP("Params", "{count} item"),
                      QT_TRANSLATE_NOOP("Params", "{count} items"))),
    "int_parsing": lambda c: translate("Params", "should be a whole number"),
    "int_type": lambda c: translate("Params", "should be a whole number"),
    "int_from_float": lambda c: translate("Params", "should be a whole number"),
    "float_parsing": lambda c: translate("Params", "should be a number"),
    "float_type": lambda c: translate("Params", "should be a number"),
    "bool_parsing": lambda c: translate("Params", "should be yes or no (true or false)"),
    "greater_than_equal": lambda c: translate("Params", "should be at least {value}").format(value=c.get("ge")),
    "greater_than": lambda c: translate("Params", "should be more than {value}").format(value=c.get("gt")),
    "less_than_equal": lambda c: translate("Params", "should be at most {value}").format(value=c.get("le")),
    "less_than": lambda c: translate("Params", "should be less than {value}").format(value=c.get("lt")),
}


def describe(exc: ValidationError, model: Optional[type["ParamsModel"]] = None) -> list[str]:
    problems = []
    for err in exc.errors(include_url=False, include_input=False):
        where = ".".join(str(p) for p in err["loc"])
        kind = err["type"]
        doc = _doc(model, [str(p) for p in err["loc"] if not isinstance(p, int)]) if model else ""
        if kind == "string_pattern_mismatch" and doc:  # what it should be, not the pattern
            doc = translate("Contract", doc)
            msg = translate("Params", "should be {what}").format(what=doc[:1].lower() + doc[1:])
        elif kind == "extra_forbidden":
            from .errors import did_you_mean

            names = [p.name for p in model.__params__] if model else []
            msg = translate("Params", "unknown parameter") + did_you_mean(str(err["loc"][-1]), names)
        elif kind == "missing":
            msg = translate("Params", "required")
        elif kind == "literal_error":
            expected = err.get("ctx", {}).get("expected", "")
            msg = translate("Params", "must be one of {choices}").format(choices=expected)
        elif kind in PLAIN:
            msg = PLAIN[kind](err.get("ctx", {}))
        else:
            msg = err["msg"]
            if msg.startswith("Value error, "):
                msg = msg[len("Value error, "):]
            elif msg.startswith("Input should be "):
                msg = translate("Params", "should be {what}").format(what=msg[len("Input should be "):])
            else:
                msg = msg[:1].lower() + msg[1:]
        problems.append(f"{where}: {msg}" if where else msg)
    return problems


def _doc(model: type["ParamsModel"], path: list[str]) -> str:
    try:
        return model.param(".".join(path)).doc if path else ""
    except (KeyError, AttributeError):
        return ""
