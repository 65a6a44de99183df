"""Storage: open_database(), migrations, the entity store with field clocks, device ids.

`Store` and `open_store` load on first use (PEP 562): the desktop application takes its instance
lock and paints its window before the entity store and the domain model are imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cwd_desktop.storage.database import open_database
    from cwd_desktop.storage.store import Store, open_store

__all__ = ["Store", "open_database", "open_store"]


def __getattr__(name: str) -> object:
    if name in ("Store", "open_store"):
        from cwd_desktop.storage import store

        return getattr(store, name)
    if name == "open_database":
        from cwd_desktop.storage.database import open_database

        return open_database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
