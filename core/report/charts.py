"""Geometry of the report's inline SVG bar charts (the template draws them; labels stay escaped text)."""

from __future__ import annotations

from typing import Any

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 300
BAR_AREA = 300
WIDTH = LABEL_WIDTH + BAR_AREA + 60


def bar_chart(rows: list[tuple[str, int, str]], title: str) -> dict[str, Any]:
    """Horizontal bars: (label, count, style key) each; the longest bar fills the bar area."""
    top = max((count for _, count, _ in rows), default=0) or 1
    bars = []
    for index, (label, count, key) in enumerate(rows):
        bars.append(
            {
                "y": index * (BAR_HEIGHT + GAP),
                "label": label if len(label) <= 40 else label[:39] + "…",
                "count": count,
                "key": key,
                "width": round(BAR_AREA * count / top) if count else 0,
            }
        )
    return {
        "title": title,
        "width": WIDTH,
        "height": max(len(rows) * (BAR_HEIGHT + GAP) - GAP, BAR_HEIGHT),
        "label_width": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
        "bars": bars,
    }
