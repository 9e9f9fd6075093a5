"""Pages read one ahead keep their order, raise their errors where they are reached, and stop with the consumer."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from core.collect.read_ahead import read_ahead


def test_pages_come_in_order_and_the_next_one_is_read_before_it_is_asked_for() -> None:
    asked = threading.Event()
    read: list[int] = []

    def pages() -> Iterator[int]:
        for number in range(5):
            read.append(number)
            yield number
            if number == 1:
                asked.wait(5)

    seen = []
    for page in read_ahead(iter(pages()), ahead=1):
        seen.append(page)
        if page == 0:
            # While page 0 is being used, page 1 was already read.
            for _ in range(200):
                if 1 in read:
                    break
                threading.Event().wait(0.01)
            assert 1 in read
            asked.set()
    assert seen == [0, 1, 2, 3, 4]


def test_an_error_of_the_list_is_raised_where_the_consumer_reaches_it() -> None:
    def pages() -> Iterator[int]:
        yield 1
        raise OSError("connection reset")

    seen = []
    with pytest.raises(OSError, match="connection reset"):
        for page in read_ahead(pages()):
            seen.append(page)
    assert seen == [1]


def test_a_consumer_that_stops_stops_the_reader() -> None:
    read: list[int] = []
    done = threading.Event()

    def pages() -> Iterator[int]:
        try:
            for number in range(1000):
                read.append(number)
                yield number
        finally:
            done.set()

    ahead = read_ahead(pages(), ahead=1)
    assert next(ahead) == 0
    ahead.close()  # what happens when the scan is cancelled between two pages
    assert done.wait(5)
    assert len(read) < 10
