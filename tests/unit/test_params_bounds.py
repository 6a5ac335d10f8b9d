"""Sane bounds where the documentation gives none: texts, integers, numbers, lists and JSON
objects, as the command line, the forms and the sandbox all check them."""
from __future__ import annotations

import pytest

from deck.core.errors import InvalidParams
from deck.core.params import INT_BOUND, TEXT_MAX, Param, build_model, validate

Model = build_model("BoundsParams", (
    Param("name", required=True, min=1),
    Param("note"),
    Param("count", "int"),
    Param("amount", "number"),
    Param("tags", "list"),
    Param("data", "object"),
))


def problem(**values) -> str:
    with pytest.raises(InvalidParams) as err:
        validate("t.bounds", Model, {"name": "ok", **values})
    return str(err.value)


@pytest.mark.parametrize("text,said", [
    ("a\x00b", "control characters"), ("\x1b[31mred", "control characters"), ("\x7f", "control characters"),
    ("\u200b\u200c\u200d", "visible character"), ("\ufeff", "visible character"), ("   ", "visible character"),
    ("\u00ad", "visible character"), ("\ud83d", "should be a valid string"), ("x" * (TEXT_MAX + 1), "at most 2000"),
])
def test_texts(text, said):
    assert said in problem(name=text)


def test_texts_that_are_fine():
    ok = validate("t.bounds", Model, {"name": "Zeynep 🎮", "note": "line one\nline two\ttabbed"}).wire()
    assert ok == {"name": "Zeynep 🎮", "note": "line one\nline two\ttabbed"}
    assert validate("t.bounds", Model, {"name": "ok", "note": ""}).wire()["note"] == ""  # optional, may be empty


@pytest.mark.parametrize("values,said", [
    ({"count": INT_BOUND + 1}, "count: should be at most"),
    ({"count": -10**40}, "count: should be at least"),
    ({"count": float("inf")}, "count"),
    ({"amount": float("nan")}, "amount"),
    ({"amount": float("-inf")}, "amount"),
    ({"tags": ["fine", "bad\x00"]}, "item 1 must not contain control characters"),
    ({"tags": ["\u200b"]}, "item 0 must have at least one visible character"),
    ({"data": {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": {"j": {"k": {"l": {"m": {"n": {"o": {"p": {
        "q": 1}}}}}}}}}}}}}}}}}}, "nested deeper than 16 levels"),
    ({"data": {"blob": "x" * 70_000}}, "larger than 64 KB"),
])
def test_numbers_lists_and_objects(values, said):
    assert said in problem(**values)


def test_a_recursion_error_is_an_invalid_parameter():
    deep: dict = {}
    node = deep
    for _ in range(5000):
        node["x"] = {}
        node = node["x"]
    assert "nested" in problem(data=deep)


def test_optional_values_left_out_or_none_pass():
    assert validate("t.bounds", Model, {"name": "ok", "note": None, "tags": None, "data": None, "count": None}).wire() \
        == {"name": "ok"}


def test_a_services_names_read_as_words():
    from deck.core.params import Param, words

    assert [words(n) for n in ("userid", "chanid", "from_userid", "kickCategoryId", "valid")] == \
        ["User ID", "Channel ID", "From user ID", "Kick category ID", "Valid"]
    assert Param("startingbid", title="Starting bid").label == "Starting bid"
