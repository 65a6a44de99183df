"""Storage: open_database(), migrations, the entity store with field clocks, device ids."""

from cwd_desktop.storage.database import open_database
from cwd_desktop.storage.store import Store, open_store

__all__ = ["Store", "open_database", "open_store"]
