"""Paper voting, flipchart photos and the prioritisation matrix, below the GUI."""

import pytest
from images import png

from cwd_desktop.domain import Attendance, Goal, KeyProject, Meeting, Partnership, Person, SwotItem, SwotSession
from cwd_desktop.domain.choices import GoalLevel, MatrixQuadrant, ProjectKind
from cwd_desktop.errors import ValidationError
from cwd_desktop.services import paper_voting, prioritisation


@pytest.fixture
def session(store):
    p = store.add(Partnership(name="P"))
    meeting = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    for n, present in enumerate([True, True, True, False]):
        person = store.add(Person(partnership_id=p.id, full_name=f"Osoba {n}"))
        store.add(Attendance(meeting_id=meeting.id, person_id=person.id, present=present))
    return store.add(SwotSession(meeting_id=meeting.id, dot_budget=3, max_per_card=2))


def test_the_tally_checks_the_dots_against_the_people_present(store, session):
    cards = [
        store.add(SwotItem(session_id=session.id, quadrant="S", text=f"K{n}", votes=v)) for n, v in enumerate([4, 3])
    ]
    found = paper_voting.tally(store, session.id)
    assert (found.present, found.expected, found.counted, found.difference) == (3, 9, 7, -2)
    assert found.over_max == []  # 2 dots a person, 3 people: 6 at most on one card
    store.update(SwotItem, cards[0].id, votes=7)
    found = paper_voting.tally(store, session.id)
    assert found.difference == 1 and [c.text for c in found.over_max] == ["K0"]
    store.update(SwotSession, session.id, dot_budget=None)
    assert paper_voting.tally(store, session.id).difference is None


def test_a_session_refuses_impossible_rules(store, session):
    with pytest.raises(ValidationError, match="more dots than a person"):
        store.update(SwotSession, session.id, dot_budget=2, max_per_card=3)
    with pytest.raises(ValidationError):
        store.update(SwotSession, session.id, dot_budget=0)
    assert store.get(SwotSession, session.id).dot_budget == 3


def test_a_photo_is_kept_and_anything_else_is_refused_with_one_sentence(store, session, tmp_path):
    good = tmp_path / "IMG_0042.png"
    good.write_bytes(png(8, 6))
    photo = paper_voting.attach_photo(store, session.id, good, "Szanse")
    assert store.get_file(photo.sha256) == good.read_bytes() and photo.media_type == "image/png"
    assert [p.file_name for p in paper_voting.photos(store, session.id)] == ["IMG_0042.png"]
    before = store.db.execute("SELECT count(*) FROM stored_file").fetchone()
    cases = {
        "notes.txt": (b"not a photo at all", "not a JPEG or PNG"),
        "half.png": (png(8, 6)[:33], "damaged"),
        "fake.jpg": (b"\xff\xd8\xff\xe0" + b"\0" * 100, "damaged"),
    }
    for name, (data, said) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ValidationError, match=said):
            paper_voting.attach_photo(store, session.id, tmp_path / name)
    with pytest.raises(ValidationError, match="cannot be read"):
        paper_voting.attach_photo(store, session.id, tmp_path / "missing.png")
    assert store.db.execute("SELECT count(*) FROM stored_file").fetchone() == before
    assert len(paper_voting.photos(store, session.id)) == 1


def _apply(store, changes):
    for row_id, fields in changes.items():
        cls = KeyProject if store.find(KeyProject, id=row_id) else Goal
        store.update(cls, row_id, **fields)


def test_scores_give_a_quadrant_and_a_rank_and_the_ranking_marks_projects(store):
    p = store.add(Partnership(name="P"))
    goal = store.add(Goal(partnership_id=p.id, title="Cel", code="1"))
    op = store.add(
        Goal(partnership_id=p.id, title="Cel op.", code="1.1", level=GoalLevel.OPERATIONAL, parent_id=goal.id)
    )
    direction = store.add(
        Goal(partnership_id=p.id, title="Kierunek", code="1.1.1", level=GoalLevel.DIRECTION, parent_id=op.id)
    )
    projects = [store.add(KeyProject(partnership_id=p.id, title=t)) for t in "ABC"]
    assert [r.title for r in prioritisation.candidates(store, p.id)] == ["Kierunek", "A", "B", "C"]
    for project, (impact, feasibility) in zip(projects, [(3, 9), (9, 8), (8, 2)], strict=True):
        _apply(store, prioritisation.score_changes(store, p.id, project, impact, feasibility))
    _apply(store, prioritisation.score_changes(store, p.id, direction, 6, 6))
    stored = {r.title: r for r in prioritisation.candidates(store, p.id)}
    assert [stored[t].matrix_quadrant for t in "ABC"] == [
        MatrixQuadrant.QUICK,
        MatrixQuadrant.FIRST,
        MatrixQuadrant.CHALLENGE,
    ]
    assert [stored[t].matrix_rank for t in "ABC"] == [2, 1, 3]  # 17, then 12 (impact 3) before 10
    assert stored["Kierunek"].matrix_rank == 1  # directions are ranked among themselves
    _apply(store, prioritisation.kind_changes(store, p.id, 1))
    stored = {r.title: r for r in prioritisation.candidates(store, p.id)}
    assert [(stored[t].kind, stored[t].priority) for t in "BAC"] == [
        (ProjectKind.KEY, 1),
        (ProjectKind.COMPLEMENTARY, 2),
        (ProjectKind.COMPLEMENTARY, 3),
    ]
    _apply(store, prioritisation.score_changes(store, p.id, stored["B"], None, None))  # unscored again
    stored = {r.title: r for r in prioritisation.candidates(store, p.id)}
    assert stored["B"].matrix_rank is None and stored["B"].matrix_quadrant is MatrixQuadrant.UNSCORED
    assert [stored[t].matrix_rank for t in "AC"] == [1, 2]
    with pytest.raises(ValidationError, match="impact"):
        store.update(KeyProject, projects[0].id, impact=11)


def test_a_photo_row_with_a_time_that_is_not_one_is_refused(store, session, tmp_path):
    from cwd_desktop.domain import SwotPhoto

    sha256 = store.put_file(png(2, 2))
    for added_at in ("wczoraj", "", "2026-13-45T99:00:00"):
        with pytest.raises(ValidationError, match="date and time"):
            store.add(
                SwotPhoto(
                    session_id=session.id, sha256=sha256, file_name="a.png", media_type="image/png", added_at=added_at
                )
            )
    assert not store.find(SwotPhoto)


def test_a_photo_too_large_says_so_wherever_it_comes_from(store, session, tmp_path):
    from cwd_desktop.images import MAX_PHOTO_BYTES, check_photo

    large = png(2, 2) + b"\0" * MAX_PHOTO_BYTES  # a package's member: only its bytes
    with pytest.raises(ValidationError, match="larger than 25 MB"):
        check_photo(large, "files/x.png")
    (tmp_path / "big.png").write_bytes(large)  # a file the moderator picks: refused before reading
    with pytest.raises(ValidationError, match="larger than 25 MB"):
        paper_voting.attach_photo(store, session.id, tmp_path / "big.png")
