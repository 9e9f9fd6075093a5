"""Unusable 200 answers become a Problem naming what could not be read and why."""

from __future__ import annotations

import pytest

from core.azure import answers
from core.azure.errors import UNEXPECTED_RESPONSE, AzureProblemError

DISKS = answers.what(answers.DISKS, subscription="sub-1")
SCOPE = "/subscriptions/sub-1"


def _why(call) -> str:
    with pytest.raises(AzureProblemError) as raised:
        call()
    problem = raised.value.problem
    assert problem.code == UNEXPECTED_RESPONSE and problem.status == 200 and problem.scope == "/subscriptions/sub-1"
    return problem.message.render()


def test_a_proxy_sign_in_page_is_named_as_such() -> None:
    text = _why(lambda: answers.parse_body(b"<html><body>Sign in</body></html>", "text/html", SCOPE, DISKS))
    assert text == (
        "Could not read the managed disks of subscription sub-1: "
        "the answer was not JSON (text/html) — is a proxy asking for sign-in?"
    )


def test_empty_and_cut_off_bodies() -> None:
    assert "the answer was empty" in _why(lambda: answers.parse_body(b"  ", "application/json", SCOPE, DISKS))
    cut = _why(lambda: answers.parse_body(b'{"value": [{"id": "/subscri', "application/json", SCOPE, DISKS))
    assert "cut off" in cut and "HTTP 200" not in cut


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ([{"id": "x"}], "a list instead of an object"),
        ({"value": {"id": "x"}}, "'value' is an object, not a list"),
        ({"value": [{"id": "x"}, "text"]}, "item 2 of 'value' is a string"),
        ({"value": [], "nextLink": 5}, "'nextLink' is a number"),
    ],
)
def test_list_answers_of_the_wrong_shape(body: object, detail: str) -> None:
    assert detail in _why(lambda: answers.as_page(body, SCOPE, DISKS))


def test_a_good_page_gives_its_items_and_link() -> None:
    items, link = answers.as_page({"value": [{"id": "a"}], "nextLink": "https://x/next"}, "s", DISKS)
    assert items == [{"id": "a"}] and link == "https://x/next"
    assert answers.as_page({"value": []}, "s", DISKS) == ([], None)
