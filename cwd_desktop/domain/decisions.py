"""Decisions (motions put to a vote), the votes cast and how the result is computed.

Decided here (the issue left it open):
- quorum: at least half of the partnership's members are represented by someone present;
- simple majority: more votes for than against, abstentions not counted;
- absolute majority: more than half of all members of the partnership vote for;
- consensus: at least one vote for and none against;
- without quorum a motion is never adopted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cwd_desktop.domain.choices import MajorityRule, Vote, VotingMode
from cwd_desktop.domain.entity import Entity, require_range, require_text
from cwd_desktop.domain.meeting import Meeting


@dataclass(kw_only=True)
class Decision(Entity):
    TABLE = "decision"
    PARENT = ("meeting_id", Meeting)

    meeting_id: str
    position: int = 0
    motion: str  # "Przyjęcie porządku obrad", "Przyjęcie celu strategicznego 1", ...
    mode: VotingMode = VotingMode.TOTALS
    rule: MajorityRule = MajorityRule.SIMPLE
    # Hand-count totals, used when mode is TOTALS.
    votes_for: int = 0
    votes_against: int = 0
    votes_abstain: int = 0
    # More votes than could be cast, confirmed as counted by the moderator: the result stands,
    # and the minutes say so.
    count_confirmed: bool = False
    agenda_item_id: str | None = None  # the "Ad. N" the minutes print it under (else with the other votes)

    def validate(self) -> None:
        require_text(self.motion, "The motion", 2000)
        for count, what in (
            (self.votes_for, "Votes for"),
            (self.votes_against, "Votes against"),
            (self.votes_abstain, "Abstentions"),
        ):
            require_range(count, what, 0, 100000)


@dataclass(kw_only=True)
class NamedVote(Entity):
    """How one member voted, when the decision is taken by named votes."""

    TABLE = "named_vote"
    PARENT = ("decision_id", Decision)

    decision_id: str
    member_id: str
    vote: Vote


@dataclass(frozen=True)
class Tally:
    votes_for: int
    votes_against: int
    votes_abstain: int
    absent: int = 0

    @property
    def cast(self) -> int:
        """Votes cast: for, against and abstaining (the absent cast none)."""
        return self.votes_for + self.votes_against + self.votes_abstain


@dataclass(frozen=True)
class Outcome:
    tally: Tally
    members_total: int
    members_present: int
    quorum: bool
    adopted: bool
    # Who could vote: the people present (a hand count) or the members represented (by member).
    voters_present: int | None = None
    count_confirmed: bool = False  # more votes than voters, confirmed: the result stands

    @property
    def over_attendance(self) -> bool:
        """More votes cast than voters present: a miscount, unless the moderator confirmed it."""
        return self.voters_present is not None and self.tally.cast > self.voters_present

    @property
    def no_result(self) -> bool:
        """Over the attendance and not confirmed: no result is recorded until the count is right."""
        return self.over_attendance and not self.count_confirmed

    @property
    def voted(self) -> bool:
        """Whether the motion was voted at all: a motion with no vote cast is not "rejected"."""
        return self.tally.cast > 0


def tally(decision: Decision, named_votes: Iterable[NamedVote] = ()) -> Tally:
    if decision.mode is VotingMode.TOTALS:
        return Tally(decision.votes_for, decision.votes_against, decision.votes_abstain)
    counts = dict.fromkeys(Vote, 0)
    for vote in named_votes:
        counts[vote.vote] += 1
    return Tally(counts[Vote.FOR], counts[Vote.AGAINST], counts[Vote.ABSTAIN], counts[Vote.ABSENT])


def has_quorum(members_total: int, members_present: int) -> bool:
    return members_total > 0 and 2 * members_present >= members_total


def decide(
    rule: MajorityRule,
    counted: Tally,
    members_total: int,
    members_present: int,
    voters_present: int | None = None,
    count_confirmed: bool = False,
) -> Outcome:
    """The result by the rule; none (not adopted) when more votes were cast than voters present,
    unless the moderator confirmed the count."""
    quorum = has_quorum(members_total, members_present)
    if rule is MajorityRule.SIMPLE:
        majority = counted.votes_for > counted.votes_against
    elif rule is MajorityRule.ABSOLUTE:
        majority = 2 * counted.votes_for > members_total
    else:
        majority = counted.votes_for > 0 and counted.votes_against == 0
    over = voters_present is not None and counted.cast > voters_present and not count_confirmed
    return Outcome(
        counted,
        members_total,
        members_present,
        quorum,
        quorum and majority and not over,
        voters_present,
        count_confirmed,
    )
