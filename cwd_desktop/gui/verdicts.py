"""How a decision's result reads on screen: one wording for the decisions tab, the details pane
and the projector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from cwd_desktop.domain.decisions import Outcome


def verdict(outcome: Outcome) -> str:
    if not outcome.voted:
        return QCoreApplication.translate("Decisions", "not voted")
    if outcome.no_result:
        return (
            QCoreApplication.translate("Decisions", "NO RESULT: %1 votes cast, only %2 could vote — correct the count")
            .replace("%1", str(outcome.tally.cast))
            .replace("%2", str(outcome.voters_present))
        )
    if not outcome.quorum:
        return QCoreApplication.translate("Decisions", "no quorum")
    if outcome.adopted:
        return QCoreApplication.translate("Decisions", "adopted")
    return QCoreApplication.translate("Decisions", "rejected")


def result_text(outcome: Outcome) -> str:
    """ "adopted (for 5, against 1, abstaining 0; 6 of 7 members present)"."""
    t = outcome.tally
    if not outcome.voted:
        return (
            QCoreApplication.translate("Decisions", "%1 (%2 of %3 members present)")
            .replace("%1", verdict(outcome))
            .replace("%2", str(outcome.members_present))
            .replace("%3", str(outcome.members_total))
        )
    return (
        QCoreApplication.translate("Decisions", "%1 (for %2, against %3, abstaining %4; %5 of %6 members present)")
        .replace("%1", verdict(outcome))
        .replace("%2", str(t.votes_for))
        .replace("%3", str(t.votes_against))
        .replace("%4", str(t.votes_abstain))
        .replace("%5", str(outcome.members_present))
        .replace("%6", str(outcome.members_total))
    )
