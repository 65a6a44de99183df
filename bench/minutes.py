"""Minutes benchmarks, each a ratio to a baseline timed in this same run.

- render: the protokół of a large meeting (500 SWOT items, 30 goals, 100 attendees) through
  services.minutes vs a bare ReportLab script laying out the same strings in the same tables
  (no chart, footer, signature places or database reads). Goal: at most 1.3x.
- sign: a signed export vs an unsigned one of the same meeting. Goal: signing adds at most 30%.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from bench.common import best_time
from cwd_desktop.domain import (
    AgendaItem,
    Attendance,
    Goal,
    Indicator,
    KeyProject,
    Meeting,
    Partnership,
    Person,
    SwotItem,
    SwotSession,
)
from cwd_desktop.minutes.certs import create_certificate
from cwd_desktop.minutes.data import MinutesData
from cwd_desktop.minutes.document import MATRIX_ITEMS, _styles
from cwd_desktop.services.minutes import export_minutes
from cwd_desktop.services.minutes_data import gather
from cwd_desktop.storage import Store, open_store

REPEATS = 3


def large_meeting(store: Store) -> str:
    p = store.add(Partnership(name="Partnerstwo testowe"))
    m = store.add(Meeting(partnership_id=p.id, number="1/2026", title="Duży warsztat", date="2026-05-05"))
    people = store.add_many(Person(partnership_id=p.id, full_name=f"Uczestnik {i:03d} Żółkiewski") for i in range(100))
    store.add_many(Attendance(meeting_id=m.id, person_id=x.id, present=True) for x in people)
    store.add_many(
        AgendaItem(meeting_id=m.id, position=i, title=f"Punkt {i}", notes="Dyskusja nad punktem. " * 20)
        for i in range(1, 9)
    )
    session = store.add(SwotSession(meeting_id=m.id, topic="Rozwój"))
    text = "gęsta sieć dróg lokalnych i ścieżek rowerowych"
    store.add_many(
        SwotItem(
            session_id=session.id, quadrant="SWOT"[i % 4], votes=i % 13, position=i, text=f"Pozycja SWOT {i}: {text}"
        )
        for i in range(500)
    )
    for g in range(10):
        goal = store.add(
            Goal(partnership_id=p.id, meeting_id=m.id, code=str(g + 1), title=f"Cel strategiczny {g + 1}", position=g)
        )
        for o in range(2):
            sub = store.add(
                Goal(
                    partnership_id=p.id,
                    meeting_id=m.id,
                    parent_id=goal.id,
                    level="operational",
                    code=f"{g + 1}.{o + 1}",
                    title=f"Cel operacyjny {g + 1}.{o + 1}",
                    position=o,
                )
            )
            store.add(
                Indicator(
                    goal_id=sub.id,
                    name="Liczba miejsc w żłobkach",
                    unit="szt.",
                    baseline_value=10,
                    baseline_year=2025,
                    target_value=40,
                    target_year=2030,
                    source="GUS",
                )
            )
            store.add(
                KeyProject(
                    partnership_id=p.id,
                    meeting_id=m.id,
                    goal_id=sub.id,
                    title=f"Projekt {g}.{o}",
                    estimated_cost_pln=1_000_000,
                )
            )
    return m.id


def bare_reportlab(data: MinutesData) -> bytes:
    """The same strings in the same tables (SWOT matrix and full lists, goals, indicators, projects,
    attendance annex), with nothing of ours around them: no chart, footer or signature places."""
    s = _styles("pl")

    def table(rows):
        return Table([[Paragraph(str(c), s["cell"]) for c in row] for row in rows], repeatRows=1, splitInRow=1)

    m = data.meeting
    story = [
        Paragraph(f"Protokół nr {m.number}", s["title"]),
        table([["Partnerstwo", data.partnership.name], ["Data", str(m.date)], ["Miejsce", m.place]]),
    ]
    for item in data.agenda:
        story += [Paragraph(item.title, s["h3"]), Paragraph(item.notes, s["body"])]
    quadrants = [[i for i in data.swot_items if i.quadrant.value == q] for q in "SWOT"]
    cells = [
        [Paragraph(f"{n}. {i.text} ({i.votes})", s["cell"]) for n, i in enumerate(items[:MATRIX_ITEMS], 1)]
        for items in quadrants
    ]
    story.append(Table([[cells[0], cells[1]], [cells[2], cells[3]]]))
    for items in quadrants:
        story.append(table([["Lp.", "Pozycja", "Głosy"]] + [[n, i.text, i.votes] for n, i in enumerate(items, 1)]))
    for goal in data.goals:
        story.append(Paragraph(f"{goal.level.pl} {goal.code}: {goal.title}", s["body"]))
    for goal in data.goals:
        indicators = data.indicators.get(goal.id) or []
        if indicators:
            story.append(
                table(
                    [["Wskaźnik", "Jednostka", "Bazowa", "Docelowa", "Źródło"]]
                    + [[i.name, i.unit, i.baseline_value, i.target_value, i.source] for i in indicators]
                )
            )
    story.append(
        table(
            [["Projekt", "Lider", "Partnerzy", "Koszt", "Finansowanie", "Okres", "Status", "Postęp"]]
            + [
                [p.title, "", "", p.estimated_cost_pln, p.funding_source, "", p.status.pl, p.progress]
                for p, _ in data.projects
            ]
        )
    )
    story.append(
        table(
            [["Lp.", "Imię i nazwisko", "Reprezentuje", "Rola", "Obecność", "Podpis"]]
            + [
                [n, p.full_name, data.affiliation(p), p.role.pl, "obecny", ""]
                for n, (p, _a) in enumerate(data.attendance, 1)
            ]
        )
    )
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName="NotoSans").build(story)
    return out.getvalue()


def run(tmp: Path) -> list[tuple]:
    store = open_store(tmp / "minutes.sqlite3")
    meeting_id = large_meeting(store)
    key = create_certificate("Benchmark", "", "", "haslo-benchmark")
    bare_reportlab(gather(store, meeting_id))  # warm-up: fonts registered, modules loaded
    ours = best_time(lambda: export_minutes(store, meeting_id, tmp / "ours.pdf"), REPEATS)
    bare = best_time(lambda: bare_reportlab(gather(store, meeting_id)), REPEATS)
    unsigned = ours

    def signed_once():
        # Signing closes the meeting, so each run signs a fresh copy of the same meeting.
        copy = open_store(tmp / "minutes.sqlite3")
        try:
            with copy.transaction():
                export_minutes(copy, meeting_id, tmp / "signed.pdf", key=key)
                raise _Rollback
        except _Rollback:
            pass
        finally:
            copy.close()

    signed = best_time(signed_once, REPEATS)
    store.close()
    return [
        ("minutes of a large meeting (services)", ours, "bare ReportLab, same tables", bare, 1.3),
        ("signed export", signed, "unsigned export", unsigned, 1.3),
    ]


class _Rollback(Exception):
    """Undoes a benchmark's signing so that the next run starts from the same state."""
