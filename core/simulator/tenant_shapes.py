"""The ARM resource builders under their former name: they live in `core.simulator.shapes`, one module per
resource family; this module keeps imports written before the split working."""

from __future__ import annotations

from core.simulator.shapes import *  # noqa: F403
from core.simulator.shapes import __all__ as __all__
