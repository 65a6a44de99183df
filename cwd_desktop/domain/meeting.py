"""A meeting (workshop, council, debate, consultation, interview), its agenda and attendance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cwd_desktop.domain.choices import MeetingKind, MeetingStatus
from cwd_desktop.domain.entity import Entity, require_range, require_text
from cwd_desktop.errors import ValidationError

# draft -> closed -> signed; a closed meeting may be reopened; a signed one never changes
# (a new revision is made instead).
STATUS_TRANSITIONS = {
    MeetingStatus.DRAFT: {MeetingStatus.CLOSED, MeetingStatus.SIGNED},
    MeetingStatus.CLOSED: {MeetingStatus.DRAFT, MeetingStatus.SIGNED},
    MeetingStatus.SIGNED: set(),
}


@dataclass(kw_only=True)
class Meeting(Entity):
    TABLE = "meeting"

    partnership_id: str
    kind: MeetingKind = MeetingKind.STRATEGIC_WORKSHOP
    number: str  # as written on the protocol, e.g. "3/2026"
    revision: int = 1
    title: str = ""
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    chair_id: str | None = None
    minute_taker_id: str | None = None
    status: MeetingStatus = MeetingStatus.DRAFT
    goals_agenda_item_id: str | None = None  # the "Ad. N" the minutes print the goals under

    def validate(self) -> None:
        require_text(self.partnership_id, "The meeting's partnership")
        require_text(self.number, "The meeting's number", 50)
        require_range(self.revision, "The revision", 1, 999)
        if self.start_time and self.end_time and self.end_time < self.start_time:
            raise ValidationError("The meeting cannot end before it starts.")

    @property
    def display_number(self) -> str:
        return self.number if self.revision == 1 else f"{self.number}, wersja {self.revision}"


def check_transition(old: MeetingStatus, new: MeetingStatus) -> None:
    if new != old and new not in STATUS_TRANSITIONS[old]:
        raise ValidationError("A meeting cannot go from '{old}' to '{new}'.", old=old, new=new)


@dataclass(kw_only=True)
class AgendaItem(Entity):
    """One point of the agenda (porządek obrad); its notes become "Ad. N" in the minutes."""

    TABLE = "agenda_item"
    PARENT = ("meeting_id", Meeting)
    LONG_TEXT = frozenset({"notes"})

    meeting_id: str
    position: int = 0
    title: str
    notes: str = ""

    def validate(self) -> None:
        require_text(self.title, "The agenda item's title", 500)
        if len(self.notes) > 100_000:
            raise ValidationError("The agenda item's notes are longer than 100,000 characters.")


@dataclass(kw_only=True)
class Attendance(Entity):
    TABLE = "attendance"
    PARENT = ("meeting_id", Meeting)

    meeting_id: str
    person_id: str
    present: bool = True
    checked_in_at: dt.time | None = None
