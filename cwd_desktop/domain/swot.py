"""SWOT sessions with their items (cards) and the TOWS strategies that pair them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cwd_desktop.domain.choices import Quadrant, TowsType
from cwd_desktop.domain.entity import Entity, require_range, require_text
from cwd_desktop.domain.meeting import Meeting
from cwd_desktop.domain.records import SHA256
from cwd_desktop.errors import ValidationError

PHOTO_TYPES = ("image/jpeg", "image/png")


@dataclass(kw_only=True)
class SwotSession(Entity):
    TABLE = "swot_session"
    PARENT = ("meeting_id", Meeting)

    meeting_id: str
    topic: str = ""
    theme_area: str = ""  # a ThematicArea code or free text
    agenda_item_id: str | None = None  # the "Ad. N" the minutes print it under (else a section of its own)
    dot_budget: int | None = None  # paper voting: the dots each person present may give
    max_per_card: int | None = None  # ... and at most this many to one card
    hide_authors: bool = False  # the projector and the exports leave out whose card it is

    def validate(self) -> None:
        require_range(self.dot_budget, "The dots per person", 1, 100)
        require_range(self.max_per_card, "The dots per card", 1, 100)
        if self.dot_budget and self.max_per_card and self.max_per_card > self.dot_budget:
            raise ValidationError("A card cannot take more dots than a person has.")


@dataclass(kw_only=True)
class SwotPhoto(Entity):
    """A photo of the flipchart, kept as evidence of the session; its bytes are stored by SHA-256
    (as a signed protokół's are) and travel in sync packages with them."""

    TABLE = "swot_photo"
    PARENT = ("session_id", SwotSession)

    session_id: str
    sha256: str
    file_name: str
    media_type: str  # image/jpeg or image/png
    added_at: str  # ISO 8601 with time zone
    caption: str = ""

    def validate(self) -> None:
        if not SHA256.match(self.sha256):
            raise ValidationError("A stored file is identified by its SHA-256 (64 hex digits).")
        require_text(self.file_name, "The file name", 300)
        if self.media_type not in PHOTO_TYPES:
            raise ValidationError("A flipchart photo is a JPEG or PNG image.")
        try:
            dt.datetime.fromisoformat(self.added_at)
        except (TypeError, ValueError):
            raise ValidationError("The time a photo was added is not a date and time.") from None
        if len(self.caption) > 500:
            raise ValidationError("The caption is longer than 500 characters.")


@dataclass(kw_only=True)
class SwotItem(Entity):
    """A card on the board. A duplicate is never deleted: it points at the card it was merged into."""

    TABLE = "swot_item"
    PARENT = ("session_id", SwotSession)

    session_id: str
    quadrant: Quadrant
    text: str
    theme: str = ""
    votes: int = 0
    position: int = 0
    source_member_id: str | None = None
    merged_into: str | None = None

    def validate(self) -> None:
        require_text(self.text, "The SWOT item's text", 2000)
        require_range(self.votes, "The number of votes", 0, 100000)
        if self.merged_into is not None and self.merged_into == self.id:
            raise ValidationError("A SWOT item cannot be merged into itself.")


@dataclass(kw_only=True)
class TowsStrategy(Entity):
    TABLE = "tows_strategy"
    PARENT = ("session_id", SwotSession)

    session_id: str
    kind: TowsType
    text: str
    position: int = 0

    def validate(self) -> None:
        require_text(self.text, "The strategy's text", 2000)

    def pairs_allowed(self) -> set[Quadrant]:
        """The quadrants this strategy type may link: SO pairs strengths with opportunities, ..."""
        return {Quadrant(self.kind.value[0]), Quadrant(self.kind.value[1])}


@dataclass(kw_only=True)
class TowsLink(Entity):
    """A SWOT item that a TOWS strategy pairs."""

    TABLE = "tows_link"
    PARENT = ("strategy_id", TowsStrategy)

    strategy_id: str
    swot_item_id: str
