"""Finding a meeting or partnership by what a user types: its id, number or name."""

from __future__ import annotations

from cwd_desktop.domain import Meeting, Partnership
from cwd_desktop.errors import NotFoundError
from cwd_desktop.storage import Store


def find_meeting(store: Store, ref: str) -> Meeting:
    """A meeting by id, or by number ("3/2026"); the newest revision when several share it."""
    matches = [m for m in store.find(Meeting) if ref in (m.id, m.number)]
    if not matches:
        raise NotFoundError("There is no meeting '{ref}'; `cwd-desktop meetings` lists them.", ref=ref)
    by_partnership = {m.partnership_id for m in matches}
    if len(by_partnership) > 1:
        raise NotFoundError("Several partnerships have a meeting '{ref}'; give its id instead.", ref=ref)
    return max(matches, key=lambda m: m.revision)


def find_partnership(store: Store, ref: str) -> Partnership:
    """A partnership by id or by name (case-insensitive)."""
    matches = [p for p in store.find(Partnership) if ref == p.id or ref.casefold() == p.name.casefold()]
    if not matches:
        names = ", ".join(p.name for p in store.find(Partnership)) or "none yet"
        raise NotFoundError("There is no partnership '{ref}' (partnerships: {names}).", ref=ref, names=names)
    return matches[0]
