"""The OData `$filter` subset ARM and Graph list calls use: comparisons joined by and/or/not.

    status eq 'Failed' and startTime eq '2024-01-01 00:00:00 AM'
    backupManagementType eq 'AzureIaasVM' and itemType eq 'VM'
    appId eq '00000000-0000-0000-0000-000000000000'
    atScope()

The parser only builds the expression; what a field means (and that `startTime eq` on backup jobs
means "started at or after") is up to the handler that evaluates it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.simulator.errors import ArmError

_TOKEN = re.compile(
    r"\s*(?:(?P<string>'(?:[^']|'')*')|(?P<datetime>datetime'[^']*')|(?P<number>-?\d+(?:\.\d+)?)"
    r"|(?P<paren>[()])|(?P<word>[A-Za-z_$][\w./$-]*))"
)
_OPERATORS = {"eq", "ne", "gt", "ge", "lt", "le"}
_TIME = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*([AaPp][Mm])?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)


@dataclass(frozen=True)
class Comparison:
    field: str
    op: str
    value: Any


@dataclass(frozen=True)
class Call:
    name: str


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class All:
    operands: tuple[Node, ...]


@dataclass(frozen=True)
class Any_:
    operands: tuple[Node, ...]


Node = Comparison | Call | Not | All | Any_


def invalid_filter(text: str, why: str) -> ArmError:
    return ArmError(400, "InvalidFilter", f"The $filter '{text}' is not valid: {why}.")


def parse(text: str) -> Node:
    tokens = _tokenize(text)
    parser = _Parser(text, tokens)
    node = parser.expression()
    if parser.position != len(tokens):
        raise invalid_filter(text, f"unexpected '{tokens[parser.position][1]}'")
    return node


def evaluate(node: Node, test: Callable[[Comparison], bool], call: Callable[[str], bool] | None = None) -> bool:
    if isinstance(node, Comparison):
        return test(node)
    if isinstance(node, Call):
        return call(node.name) if call is not None else False
    if isinstance(node, Not):
        return not evaluate(node.operand, test, call)
    if isinstance(node, All):
        return all(evaluate(n, test, call) for n in node.operands)
    return any(evaluate(n, test, call) for n in node.operands)


def comparisons(node: Node) -> list[Comparison]:
    """Every comparison in the expression, to check field names before evaluating."""
    if isinstance(node, Comparison):
        return [node]
    if isinstance(node, Not):
        return comparisons(node.operand)
    if isinstance(node, All | Any_):
        return [c for n in node.operands for c in comparisons(n)]
    return []


def compare(left: Any, op: str, right: Any) -> bool:
    """Compare a resource value with a filter value; strings without regard to case, as ARM does."""
    if left is None:
        return op == "ne" if right is not None else op == "eq"
    if isinstance(left, str) and isinstance(right, str):
        left, right = left.lower(), right.lower()
    try:
        if op == "eq":
            return bool(left == right)
        if op == "ne":
            return bool(left != right)
        if op == "gt":
            return bool(left > right)
        if op == "ge":
            return bool(left >= right)
        if op == "lt":
            return bool(left < right)
        return bool(left <= right)
    except TypeError:
        return False


def parse_time(text: str) -> datetime | None:
    """The date forms Azure Backup filters and job bodies use, as aware UTC datetimes.

    '2017-08-03T05:31:07.014604Z', '2016-01-01 00:00:00 AM' (12-hour clock that also allows 00),
    '2024-05-01 13:00:00', '2024-05-01'.
    """
    value = text.strip()
    match = _TIME.fullmatch(value)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, meridiem, zone = match.groups()
    hours = int(hour or 0)
    if meridiem:
        if meridiem.lower() == "pm" and hours < 12:
            hours += 12
        elif meridiem.lower() == "am" and hours == 12:
            hours = 0
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        moment = datetime(int(year), int(month), int(day), hours, int(minute or 0), int(second or 0), micro)
        if zone and zone != "Z":
            return datetime.fromisoformat(moment.isoformat() + zone[:3] + ":" + zone[-2:]).astimezone(UTC)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC)


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            raise invalid_filter(text, f"cannot read it from position {position}")
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, text: str, tokens: list[tuple[str, str]]) -> None:
        self.text = text
        self.tokens = tokens
        self.position = 0

    def _peek_word(self) -> str | None:
        if self.position < len(self.tokens) and self.tokens[self.position][0] == "word":
            return self.tokens[self.position][1].lower()
        return None

    def _next(self) -> tuple[str, str]:
        if self.position >= len(self.tokens):
            raise invalid_filter(self.text, "it ends too early")
        token = self.tokens[self.position]
        self.position += 1
        return token

    def expression(self) -> Node:
        operands = [self.term()]
        while self._peek_word() == "or":
            self.position += 1
            operands.append(self.term())
        return operands[0] if len(operands) == 1 else Any_(tuple(operands))

    def term(self) -> Node:
        operands = [self.factor()]
        while self._peek_word() == "and":
            self.position += 1
            operands.append(self.factor())
        return operands[0] if len(operands) == 1 else All(tuple(operands))

    def factor(self) -> Node:
        kind, value = self._next()
        if kind == "paren" and value == "(":
            node = self.expression()
            if self._next() != ("paren", ")"):
                raise invalid_filter(self.text, "a '(' is not closed")
            return node
        if kind != "word":
            raise invalid_filter(self.text, f"expected a field name, found '{value}'")
        if value.lower() == "not":
            return Not(self.factor())
        if self.position < len(self.tokens) and self.tokens[self.position] == ("paren", "("):
            self.position += 1
            if self._next() != ("paren", ")"):
                raise invalid_filter(self.text, f"{value}() takes no arguments")
            return Call(value)
        op_kind, op = self._next()
        if op_kind != "word" or op.lower() not in _OPERATORS:
            raise invalid_filter(self.text, f"expected eq, ne, gt, ge, lt or le after '{value}'")
        return Comparison(value, op.lower(), self._literal())

    def _literal(self) -> Any:
        kind, value = self._next()
        if kind == "string":
            return value[1:-1].replace("''", "'")
        if kind == "datetime":
            return value[len("datetime'") : -1]
        if kind == "number":
            return float(value) if "." in value else int(value)
        if kind == "word" and value.lower() in {"true", "false"}:
            return value.lower() == "true"
        if kind == "word" and value.lower() == "null":
            return None
        raise invalid_filter(self.text, f"expected a value, found '{value}'")
