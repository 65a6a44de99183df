"""Everything the minutes of one meeting show, as plain data (read from the store by
`services.minutes_data.gather`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cwd_desktop.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    ConsultationRemark,
    Decision,
    Goal,
    Indicator,
    KeyProject,
    Meeting,
    Member,
    NamedVote,
    Partnership,
    Person,
    PlannedAction,
    SwotItem,
    SwotPhoto,
    SwotSession,
    TowsStrategy,
    names,
)
from cwd_desktop.domain.decisions import Outcome

STATE_KEYWORD = "cwd-state:"  # the recorded state's digest, in the PDF's keywords: signing covers it


@dataclass
class DecisionRecord:
    decision: Decision
    outcome: Outcome
    named_votes: list[tuple[str, NamedVote]]  # (member name, vote)


@dataclass
class MinutesData:
    partnership: Partnership
    meeting: Meeting
    people: dict[str, Person]
    members: dict[str, Member]
    agenda: list[AgendaItem]
    attendance: list[tuple[Person, Attendance]]
    represented: list[Member]
    swot_topics: list[str]
    swot_items: list[SwotItem]  # live cards, merged duplicates left out, most votes first
    strategies: list[tuple[TowsStrategy, list[SwotItem]]]
    goals: list[Goal]  # in tree order: each goal followed by its children
    indicators: dict[str, list[Indicator]]
    projects: list[tuple[KeyProject, list[Member]]]  # the partnership's, as they stand
    plan: list[PlannedAction]  # the partnership's plan of joint actions, as it stands
    decisions: list[DecisionRecord]
    actions: list[ActionItem]
    remarks: list[ConsultationRemark]
    goal_titles: dict[str, str] = field(default_factory=dict)
    agreed_here: set[str] = field(default_factory=set)  # goals and projects this meeting agreed
    changed_here: set[str] = field(default_factory=set)  # ... and those it changed
    state_digest: str = ""  # of the meeting's recorded state (storage.signed_state); a signed PDF carries it
    swot_agenda_id: str | None = None  # the agenda point the SWOT (and TOWS) was made under, if linked
    swot_sessions: list[SwotSession] = field(default_factory=list)  # their paper-voting rules
    swot_photos: list[SwotPhoto] = field(default_factory=list)  # flipchart photos kept as evidence

    @property
    def present(self) -> list[tuple[Person, Attendance]]:
        return [(p, a) for p, a in self.attendance if a.present]

    @property
    def members_live(self) -> list[Member]:
        return [m for m in self.members.values() if not m.deleted]

    def participants_for_sheet(self) -> list[Person]:
        """Who to print on a blank attendance sheet: those registered for the meeting, else everyone."""
        if self.attendance:
            return [person for person, _ in self.attendance]
        return sorted((p for p in self.people.values() if not p.deleted), key=lambda p: names.sort_key(p.full_name))

    def person_name(self, person_id: str | None) -> str:
        return self.people[person_id].full_name if person_id in self.people else ""

    def member_name(self, member_id: str | None) -> str:
        return self.members[member_id].name if member_id in self.members else ""

    def affiliation(self, person: Person) -> str:
        return self.member_name(person.member_id) or person.affiliation
