"""Files the user receives are written beside the target and renamed into place.

The helpers live in :mod:`stratplanner.atomic_files`, shared by every layer
(PDF and chart output can't import ``io``); this module keeps the names the
``io`` writers use.
"""

from __future__ import annotations

from stratplanner.atomic_files import atomic_path, write_bytes_atomically

__all__ = ["atomic_path", "write_bytes_atomically"]
