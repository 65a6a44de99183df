"""What comes out of a meeting besides decisions: action items and consultation remarks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cwd_desktop.domain.choices import ActionStatus, RemarkResponse, RemarkSubject
from cwd_desktop.domain.entity import Entity, require_text
from cwd_desktop.domain.meeting import Meeting
from cwd_desktop.errors import ValidationError


@dataclass(kw_only=True)
class ActionItem(Entity):
    TABLE = "action_item"
    PARENT = ("meeting_id", Meeting)

    meeting_id: str
    what: str
    owner_person_id: str | None = None
    owner_member_id: str | None = None
    due_date: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    position: int = 0

    def validate(self) -> None:
        require_text(self.what, "The action item", 2000)


@dataclass(kw_only=True)
class ConsultationRemark(Entity):
    """A remark from consultations and the partnership's response to it."""

    TABLE = "consultation_remark"
    PARENT = ("meeting_id", Meeting)

    meeting_id: str
    author_person_id: str | None = None
    author_group: str = ""  # e.g. "mieszkańcy sołectwa Zwardoń"
    subject_kind: RemarkSubject = RemarkSubject.SECTION
    subject_ref: str = ""  # a goal or project id, or the section's name
    text: str
    response: RemarkResponse = RemarkResponse.PENDING
    justification: str = ""
    position: int = 0

    def validate(self) -> None:
        require_text(self.text, "The remark", 5000)
        if not self.author_person_id and not self.author_group.strip():
            raise ValidationError("A remark needs its author: a person or a group.")
        if (
            self.response in (RemarkResponse.REJECTED, RemarkResponse.PARTLY_ACCEPTED)
            and not self.justification.strip()
        ):
            raise ValidationError("A remark that is not fully accepted needs a justification.")
