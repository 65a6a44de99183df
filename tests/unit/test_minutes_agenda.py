"""Each "Ad. N" of the protokół holds what happened under that agenda point: the SWOT with its TOWS
and the votes linked to it in the workspace; what is linked to no point keeps its own section."""

from __future__ import annotations

import subprocess

from cwd_desktop.domain import AgendaItem, Decision, Meeting, SwotSession
from cwd_desktop.services.minutes import export_minutes


def text_of(path) -> str:
    return " ".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split()
    )


def test_the_swot_and_a_vote_are_printed_under_their_agenda_points(demo_store, tmp_path):
    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    points = demo_store.find(AgendaItem, meeting_id=meeting.id, order_by="position")
    session = demo_store.find(SwotSession, meeting_id=meeting.id)[0]
    first_vote, second_vote = demo_store.find(Decision, meeting_id=meeting.id, order_by="position")[:2]
    before = tmp_path / "before.pdf"
    export_minutes(demo_store, meeting.id, before)
    unlinked = text_of(before)
    assert unlinked.index("Ad. 6.") < unlinked.index("Mocne strony (")  # not linked: sections of their own

    demo_store.update(SwotSession, session.id, agenda_item_id=points[2].id)  # Ad. 3. Analiza SWOT…
    demo_store.update(Decision, second_vote.id, agenda_item_id=points[3].id)  # Ad. 4. Głosowanie…
    after = tmp_path / "after.pdf"
    export_minutes(demo_store, meeting.id, after)
    text = text_of(after)
    ad3, ad4, ad5 = (text.index(f"Ad. {n}.") for n in (3, 4, 5))
    assert ad3 < text.index("Mocne strony (") < text.index("Strategie TOWS") < ad4
    second = text.index(f"2. Wniosek: {second_vote.motion}")
    assert ad4 < second < ad5  # the linked vote, with its number, under its point
    first = text.index(f"1. Wniosek: {first_vote.motion}")
    assert first > text.index("Ad. 6.") and text.index("Głosowania") < first  # the other keeps its section
    assert text.count("Analiza SWOT w grupach") >= 2 and text.count("Mocne strony (") == 1  # printed once


def test_a_link_to_a_deleted_point_falls_back_to_the_own_section(demo_store, tmp_path):
    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    point = demo_store.find(AgendaItem, meeting_id=meeting.id, order_by="position")[2]
    session = demo_store.find(SwotSession, meeting_id=meeting.id)[0]
    demo_store.update(SwotSession, session.id, agenda_item_id=point.id)
    demo_store.delete(AgendaItem, point.id)
    target = tmp_path / "p.pdf"
    export_minutes(demo_store, meeting.id, target)
    text = text_of(target)
    assert text.count("Mocne strony (") == 1 and text.index("Mocne strony (") > text.index("Ad. 5.")


def test_the_goals_are_printed_under_their_point_and_a_reopened_revision_keeps_the_link(demo_store, tmp_path):
    from cwd_desktop.minutes.certs import create_certificate
    from cwd_desktop.services.minutes import reopen

    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    points = demo_store.find(AgendaItem, meeting_id=meeting.id, order_by="position")
    demo_store.update(Meeting, meeting.id, goals_agenda_item_id=points[4].id)  # Ad. 5. Wstępne cele…
    target = tmp_path / "p.pdf"
    export_minutes(demo_store, meeting.id, target)
    text = text_of(target)
    assert text.count("Cele Partnerstwa") == 1 and text.count("Projekty kluczowe") == 1
    assert (
        text.index("Ad. 5.") < text.index("Cele Partnerstwa") < text.index("Projekty kluczowe") < text.index("Ad. 6.")
    )
    key = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")
    export_minutes(demo_store, meeting.id, tmp_path / "signed.pdf", key=key)
    revision = reopen(demo_store, meeting.id)
    new_points = demo_store.find(AgendaItem, meeting_id=revision.id, order_by="position")
    assert revision.goals_agenda_item_id == new_points[4].id  # the new revision's own point


def test_a_section_under_its_point_is_a_level_below_the_ad_heading(demo_store):
    import io

    import docx

    from cwd_desktop.minutes.docx_copy import render_docx
    from cwd_desktop.services.minutes import gather

    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    points = demo_store.find(AgendaItem, meeting_id=meeting.id, order_by="position")
    session = demo_store.find(SwotSession, meeting_id=meeting.id)[0]

    def levels() -> dict[str, str]:
        words = docx.Document(io.BytesIO(render_docx(gather(demo_store, meeting.id))))
        return {p.text: p.style.name for p in words.paragraphs if p.style.name.startswith("Heading")}

    assert levels()["Analiza SWOT"] == "Heading 1"
    demo_store.update(SwotSession, session.id, agenda_item_id=points[2].id)
    found = levels()
    assert found["Ad. 3. Analiza SWOT w grupach tematycznych"] == "Heading 2"
    assert found["Analiza SWOT"] == "Heading 3" and found["Strategie TOWS"] == "Heading 3"  # below its "Ad."
    assert found["Porządek obrad"] == "Heading 1"  # the rest as it was
