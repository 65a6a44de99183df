"""The CWD domain: dataclasses, vocabularies and rules. Pure Python: no Qt, no SQL."""

from cwd_desktop.domain.decisions import Decision, NamedVote
from cwd_desktop.domain.entity import Entity
from cwd_desktop.domain.follow_up import ActionItem, ConsultationRemark
from cwd_desktop.domain.goals import (
    Goal,
    GoalSource,
    Indicator,
    KeyProject,
    Measurement,
    PlannedAction,
    ProjectList,
    ProjectPartner,
    StrategyChange,
    SwotMark,
)
from cwd_desktop.domain.meeting import AgendaItem, Attendance, Meeting
from cwd_desktop.domain.partnership import Member, Partnership, Person
from cwd_desktop.domain.records import PartnershipCA, SignedMinutes
from cwd_desktop.domain.swot import SwotItem, SwotPhoto, SwotSession, TowsLink, TowsStrategy

# Every stored entity, parents before children (the order tables are created and exported in).
ENTITIES: tuple[type[Entity], ...] = (
    Partnership,
    Member,
    Person,
    Meeting,
    AgendaItem,
    Attendance,
    SwotSession,
    SwotItem,
    SwotPhoto,
    TowsStrategy,
    TowsLink,
    Goal,
    GoalSource,
    Indicator,
    Measurement,
    KeyProject,
    ProjectPartner,
    PlannedAction,
    SwotMark,
    ProjectList,
    StrategyChange,
    Decision,
    NamedVote,
    ActionItem,
    ConsultationRemark,
    SignedMinutes,
    PartnershipCA,
)

__all__ = [
    "ENTITIES",
    "ActionItem",
    "AgendaItem",
    "Attendance",
    "ConsultationRemark",
    "Decision",
    "Entity",
    "Goal",
    "GoalSource",
    "Indicator",
    "KeyProject",
    "Measurement",
    "Meeting",
    "Member",
    "NamedVote",
    "Partnership",
    "PartnershipCA",
    "Person",
    "PlannedAction",
    "ProjectList",
    "ProjectPartner",
    "SignedMinutes",
    "StrategyChange",
    "SwotItem",
    "SwotMark",
    "SwotPhoto",
    "SwotSession",
    "TowsLink",
    "TowsStrategy",
]
