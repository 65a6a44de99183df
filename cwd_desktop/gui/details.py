"""The details pane: a read-only summary of the selected partnership or meeting.

It is part of the main window's form, which is painted before the database opens, so the domain
model and the services are imported when a summary is first built, not with this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser

from cwd_desktop.gui.i18n import language, shown_date

if TYPE_CHECKING:
    from cwd_desktop.domain import Decision, Meeting
    from cwd_desktop.storage import Store


def escape(text: str) -> str:
    from html import escape as html_escape  # html.entities is large; not needed for the first paint

    return html_escape(text)


def _field(label: str, value: str) -> str:
    return f"<p><b>{escape(label)}:</b> {escape(value)}</p>"


def _heading(label: str, count: int | None = None) -> str:
    return f"<h3>{escape(label)}{f' ({count})' if count is not None else ''}</h3>"


def _list(entries: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{entry}</li>" for entry in entries) + "</ul>"


class DetailsView(QTextBrowser):
    """Shows the partnership or meeting selected in the navigator. Every user text is escaped."""

    def show_partnership(self, store: Store, partnership_id: str) -> None:
        self.setHtml(self.partnership_html(store, partnership_id))

    def show_meeting(self, store: Store, meeting_id: str) -> None:
        self.setHtml(self.meeting_html(store, meeting_id))

    def partnership_html(self, store: Store, partnership_id: str) -> str:
        from cwd_desktop.domain import Member, Partnership, Person

        p = store.get(Partnership, partnership_id)
        members = store.find(Member, partnership_id=p.id, order_by="name")
        people = store.find(Person, partnership_id=p.id)
        lang = language()
        parts = [f"<h2>{escape(p.name)}</h2>"]
        if p.voivodeship:
            parts.append(_field(self.tr("Voivodeship"), p.voivodeship.label(lang)))
        if p.lead_organisation:
            parts.append(_field(self.tr("Leading organisation"), p.lead_organisation))
        if p.description:
            parts.append(f"<p>{escape(p.description)}</p>")
        if p.themes:
            parts.append(_field(self.tr("Thematic areas"), ", ".join(p.theme_labels(lang))))
        parts.append(_heading(self.tr("Members"), len(members)))
        parts.append(_list([f"{escape(m.name)} — {escape(m.kind.label(lang))}" for m in members]))
        parts.append(_field(self.tr("People"), str(len(people))))
        return "".join(parts)

    def meeting_html(self, store: Store, meeting_id: str) -> str:
        from cwd_desktop.domain import Attendance, Decision, Goal, KeyProject, Meeting, Member, Person
        from cwd_desktop.domain.choices import GoalLevel
        from cwd_desktop.services.overview import members_represented

        m = store.get(Meeting, meeting_id)
        lang = language()
        people = {p.id: p for p in store.find(Person, partnership_id=m.partnership_id)}
        present = sum(1 for a in store.find(Attendance, meeting_id=m.id) if a.present)
        members_total = len(store.find(Member, partnership_id=m.partnership_id))
        parts = [f"<h2>{escape(m.display_number)} — {escape(m.title)}</h2>", f"<p>{escape(m.kind.label(lang))}</p>"]
        when = shown_date(m.date) if m.date else ""
        if m.start_time and m.end_time:
            when += f" {m.start_time:%H:%M}–{m.end_time:%H:%M}"
        parts.append(_field(self.tr("When"), when))
        parts.append(_field(self.tr("Where"), m.place))
        for label, person_id in ((self.tr("Chair"), m.chair_id), (self.tr("Minute-taker"), m.minute_taker_id)):
            if person_id in people:
                parts.append(_field(label, people[person_id].full_name))
        attendance = self.tr("{present} people present, {represented} of {total} members represented")
        parts.append(
            _field(
                self.tr("Attendance"),
                attendance.format(present=present, represented=len(members_represented(store, m)), total=members_total),
            )
        )
        parts.append(self._swot_html(store, m, lang))
        goals = [g for g in store.find(Goal, meeting_id=m.id, order_by="code") if g.level is GoalLevel.STRATEGIC]
        if goals:
            parts.append(_heading(self.tr("Strategic goals")))
            parts.append(_list([f"{escape(g.code)}. {escape(g.title)}" for g in goals]))
        projects = store.find(KeyProject, meeting_id=m.id)
        if projects:
            parts.append(_heading(self.tr("Key projects"), len(projects)))
            parts.append(_list([escape(p.title) for p in projects]))
        decisions = store.find(Decision, meeting_id=m.id, order_by="position")
        if decisions:
            parts.append(_heading(self.tr("Decisions")))
            parts.append(_list([self._decision_html(store, d) for d in decisions]))
        return "".join(parts)

    def _swot_html(self, store: Store, meeting: Meeting, lang: str) -> str:
        from cwd_desktop.domain import SwotItem, SwotSession
        from cwd_desktop.domain.choices import Quadrant

        sessions = store.find(SwotSession, meeting_id=meeting.id)
        items = [i for s in sessions for i in store.find(SwotItem, session_id=s.id) if i.merged_into is None]
        if not items:
            return ""
        entries = []
        for quadrant in Quadrant:
            in_quadrant = sorted((i for i in items if i.quadrant is quadrant), key=lambda i: -i.votes)
            top = ", ".join(f"{escape(i.text)} ({i.votes})" for i in in_quadrant[:3])
            entries.append(f"<b>{escape(quadrant.label(lang))} ({len(in_quadrant)}):</b> {top}")
        return _heading("SWOT", len(items)) + _list(entries)

    def _decision_html(self, store: Store, decision: Decision) -> str:
        from cwd_desktop.gui.verdicts import verdict
        from cwd_desktop.services.overview import decision_outcome

        outcome = decision_outcome(store, decision)
        result = verdict(outcome)
        t = outcome.tally
        counts = f"{t.votes_for} / {t.votes_against} / {t.votes_abstain}"
        return f"{escape(decision.motion)}: <b>{escape(result)}</b> ({counts})"
