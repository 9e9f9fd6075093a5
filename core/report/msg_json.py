"""`Msg` values to and from JSON, so a saved scan can be shown again in either language."""

from __future__ import annotations

import dataclasses
from typing import Any

from core.i18n import Msg


def msg_to_json(message: Msg) -> dict[str, Any]:
    return {"context": message.context, "source": message.source, "args": {k: _arg(v) for k, v in message.args.items()}}


def _arg(value: Any) -> Any:
    if isinstance(value, Msg):
        return {"msg": msg_to_json(value)}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def msg_from_json(data: object, fallback: str) -> Msg:
    """The Msg saved as `data`; a Msg that shows `fallback` as it is when `data` is not one."""
    if isinstance(data, dict) and isinstance(data.get("context"), str) and isinstance(data.get("source"), str):
        args = data.get("args")
        values = {str(k): _arg_from_json(v) for k, v in args.items()} if isinstance(args, dict) else {}
        # Text marked for translation where it was first written (the saved Msg keeps its context).
        return dataclasses.replace(_AS_IS_MSG, context=data["context"], source=data["source"], args=values)
    return as_is(fallback)


def _arg_from_json(value: Any) -> Any:
    if isinstance(value, dict) and "msg" in value:
        return msg_from_json(value["msg"], "")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


# A Msg whose text is shown as it is in every language (nothing to look up in a catalog).
AS_IS = "{text}"


_AS_IS_MSG = Msg("", AS_IS)


def as_is(text: str) -> Msg:
    return dataclasses.replace(_AS_IS_MSG, args={"text": text})
