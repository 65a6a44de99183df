"""Read-only views across tables: meetings with their partnership, decision outcomes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cwd_desktop.domain import Attendance, Decision, Meeting, Member, NamedVote, Partnership, Person
from cwd_desktop.domain.choices import Vote, VotingMode
from cwd_desktop.domain.decisions import Outcome, decide, tally
from cwd_desktop.storage import Store


@dataclass(frozen=True)
class MeetingRow:
    meeting: Meeting
    partnership: Partnership


def meetings(store: Store) -> list[MeetingRow]:
    """Every live meeting with its partnership, oldest date first (undated last)."""
    partnerships = {p.id: p for p in store.find(Partnership, include_deleted=True)}
    rows = [MeetingRow(m, partnerships[m.partnership_id]) for m in store.find(Meeting)]
    return sorted(rows, key=lambda r: (r.meeting.date or dt.date.max, r.meeting.number, r.meeting.revision))


def members_represented(store: Store, meeting: Meeting) -> set[str]:
    """Ids of the members that at least one present participant represents."""
    present = {a.person_id for a in store.find(Attendance, meeting_id=meeting.id) if a.present}
    return {
        p.member_id
        for p in store.find(Person, partnership_id=meeting.partnership_id)
        if p.id in present and p.member_id
    }


def decision_outcome(store: Store, decision: Decision) -> Outcome:
    meeting = store.get(Meeting, decision.meeting_id)
    members_total = len(store.find(Member, partnership_id=meeting.partnership_id))
    votes = store.find(NamedVote, decision_id=decision.id)
    represented = members_represented(store, meeting)
    if decision.mode is VotingMode.TOTALS:  # a hand count: the people present could vote
        voters = sum(1 for a in store.find(Attendance, meeting_id=meeting.id) if a.present)
    else:  # by member: a vote of a member nobody present represents cannot have been cast
        counted = tally(decision, votes)
        phantom = sum(1 for v in votes if v.member_id not in represented and v.vote is not Vote.ABSENT)
        voters = len(represented) if not phantom else counted.cast - phantom
    return decide(
        decision.rule, tally(decision, votes), members_total, len(represented), voters, decision.count_confirmed
    )
