"""Reading ARM JSON defensively: a field of the wrong shape becomes a PayloadError naming the field.

Azure adds fields freely and leaves optional ones out; the product must read what it needs, ignore
the rest, and say precisely what was wrong when a field it needs has an unexpected type.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any


class PayloadError(ValueError):
    """An ARM payload had a field of an unexpected shape."""

    def __init__(self, resource: str, field: str, expected: str, got: object) -> None:
        self.resource = resource
        self.field = field
        super().__init__(f"{resource}: field {field} should be {expected}, got {type(got).__name__}")


class Reader:
    """Typed access to a JSON object; `where` names the resource for error messages."""

    def __init__(self, data: object, where: str, path: str = "") -> None:
        if not isinstance(data, Mapping):
            raise PayloadError(where, path or "(body)", "an object", data)
        self.data: Mapping[str, Any] = data
        self.where = where
        self.path = path

    def _field(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def raw(self, key: str) -> Any:
        return self.data.get(key)

    def text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            return value
        raise PayloadError(self.where, self._field(key), "a string", value)

    def required_text(self, key: str) -> str:
        value = self.text(key)
        if value is None:
            raise PayloadError(self.where, self._field(key), "a string", None)
        return value

    def integer(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool):
            raise PayloadError(self.where, self._field(key), "a number", value)
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
        raise PayloadError(self.where, self._field(key), "a number", value)

    def flag(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise PayloadError(self.where, self._field(key), "true or false", value)

    def timestamp(self, key: str) -> datetime | None:
        value = self.text(key)
        if value is None or value == "":
            return None
        parsed = parse_time(value)
        if parsed is None:
            raise PayloadError(self.where, self._field(key), "an ISO 8601 time", value)
        return parsed

    def obj(self, key: str) -> Reader | None:
        value = self.data.get(key)
        if value is None:
            return None
        return Reader(value, self.where, self._field(key))

    def objs(self, key: str) -> list[Reader]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise PayloadError(self.where, self._field(key), "a list", value)
        return [Reader(item, self.where, f"{self._field(key)}[{i}]") for i, item in enumerate(value)]

    def texts(self, key: str) -> list[str]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PayloadError(self.where, self._field(key), "a list of strings", value)
        return list(value)


def parse_time(value: str) -> datetime | None:
    """ISO 8601 as ARM writes it (Z or offset, up to 7 fractional digits); naive times are UTC."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    # Python accepts at most 6 fractional digits; .NET writes 7.
    if "." in text:
        head, _, rest = text.partition(".")
        digits = ""
        while rest and rest[0].isdigit():
            digits, rest = digits + rest[0], rest[1:]
        text = f"{head}.{digits[:6].ljust(6, '0')}{rest}"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed
