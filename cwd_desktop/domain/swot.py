"""SWOT sessions with their items (cards) and the TOWS strategies that pair them."""

from __future__ import annotations

from dataclasses import dataclass

from cwd_desktop.domain.choices import Quadrant, TowsType
from cwd_desktop.domain.entity import Entity, require_range, require_text
from cwd_desktop.domain.meeting import Meeting
from cwd_desktop.errors import ValidationError


@dataclass(kw_only=True)
class SwotSession(Entity):
    TABLE = "swot_session"
    PARENT = ("meeting_id", Meeting)

    meeting_id: str
    topic: str = ""
    theme_area: str = ""  # a ThematicArea code or free text
    agenda_item_id: str | None = None  # the "Ad. N" the minutes print it under (else a section of its own)


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
