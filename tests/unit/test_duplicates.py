"""One partnership where there was one: the same partnership, member, person or meeting entered on
two laptops is found by its normalised name, merged as ordinary edits, and every laptop that later
imports the coordinator's package ends with one."""

from __future__ import annotations

import datetime as dt

import pytest

from cwd_desktop import cli
from cwd_desktop.domain import Attendance, Meeting, Member, Partnership, Person, SwotItem, SwotSession
from cwd_desktop.storage import open_store
from cwd_desktop.sync import duplicates
from cwd_desktop.sync.service import digest, export, import_paths


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Gmina  Rajcza", "rajcza"),
        ("Żywiec", "ZYWIEC"),
        ("Łodygowice", "lodygowice"),
        ("Powiat żywiecki", "żywiecki"),
        ("Partnerstwo Aglomeracji Beskidzkiej ", "partnerstwo aglomeracji  beskidzkiej"),
        ("Gm. Węgierska Górka", "Węgierska-Górka"),
    ],
)
def test_names_are_compared_as_a_person_would(one, other):
    assert duplicates.normalised(one) == duplicates.normalised(other)


def test_different_names_stay_apart():
    assert duplicates.normalised("Gmina Żywiec") != duplicates.normalised("Powiat żywiecki")
    assert duplicates.normalised("Milówka") != duplicates.normalised("Ujsoły")


def laptop(tmp_path, name: str, text: str):
    """A laptop that entered the partnership itself: same names, its own ids."""
    store = open_store(tmp_path / f"{name}.sqlite3")
    p = store.add(Partnership(name="Partnerstwo Aglomeracji Beskidzkiej"))
    member = store.add(Member(partnership_id=p.id, name="Gmina Rajcza" if name == "a" else "Rajcza"))
    person = store.add(
        Person(partnership_id=p.id, full_name="Anna Nowak" if name == "a" else "Nowak Anna", member_id=member.id)
    )
    meeting = store.add(Meeting(partnership_id=p.id, number="1/2026", date=dt.date(2026, 3, 12), title="Diagnoza"))
    store.add(Attendance(meeting_id=meeting.id, person_id=person.id))
    session = store.add(SwotSession(meeting_id=meeting.id))
    store.add(SwotItem(session_id=session.id, quadrant="S", text=text))
    return store


def test_two_laptops_partnerships_merge_into_one_and_every_laptop_converges(tmp_path):
    a, b = laptop(tmp_path, "a", "Góry"), laptop(tmp_path, "b", "Lasy")
    coordinator = open_store(tmp_path / "coordinator.sqlite3")
    import_paths(
        coordinator, [export(a, tmp_path / "a.cwdsync"), export(b, tmp_path / "b.cwdsync")], accept_new_devices=True
    )
    (pair,) = duplicates.find(coordinator)  # members, people, meetings differ by partnership until it is one
    assert (pair.kind, pair.reason) == ("partnership", "the same name")
    duplicates.merge(coordinator, "partnership", pair.keep_id, pair.other_id)
    found = {(d.kind, d.reason) for d in duplicates.find(coordinator)}
    assert found == {("member", "the same name"), ("person", "the same name"), ("meeting", "the same number")}
    # People first: a person refers to a member, attendance to a meeting; the order does not matter.
    for kind in ("member", "person", "meeting"):
        (pair,) = [d for d in duplicates.find(coordinator) if d.kind == kind]
        duplicates.merge(coordinator, kind, pair.keep_id, pair.other_id)
    assert duplicates.find(coordinator) == []
    assert len(coordinator.find(Partnership)) == len(coordinator.find(Member)) == len(coordinator.find(Person)) == 1
    (meeting,) = coordinator.find(Meeting)
    (session_a,) = coordinator.find(SwotSession, meeting_id=meeting.id)[:1]
    assert {i.text for i in coordinator.find(SwotItem)} == {"Góry", "Lasy"}
    assert {x.meeting_id for x in coordinator.find(SwotSession)} == {meeting.id} and session_a
    assert {x.person_id for x in coordinator.find(Attendance)} == {coordinator.find(Person)[0].id}
    # The merge is ordinary edits: the coordinator's package brings it to both laptops.
    package = export(coordinator, tmp_path / "coordinator.cwdsync")
    for store in (a, b):
        import_paths(store, [package], accept_new_devices=True)
        assert len(store.find(Partnership)) == 1 and len(store.find(Meeting)) == 1 and len(store.find(Person)) == 1
    assert digest(a) == digest(b) == digest(coordinator)
    for store in (a, b, coordinator):
        store.close()


def test_the_cli_lists_and_merges_and_refuses_with_one_sentence(tmp_path, capsys):
    a, b = laptop(tmp_path, "a", "Góry"), laptop(tmp_path, "b", "Lasy")
    db = tmp_path / "coordinator.sqlite3"
    with open_store(db) as coordinator:
        import_paths(
            coordinator, [export(a, tmp_path / "a.cwdsync"), export(b, tmp_path / "b.cwdsync")], accept_new_devices=True
        )
        (pair,) = duplicates.find(coordinator)
        people = [p.id for p in coordinator.find(Person)]
        before = digest(coordinator)
    a.close()
    b.close()
    assert cli.main(["sync", "conflicts", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"likely duplicate\tpartnership\t{pair.keep_id}\t{pair.other_id}\t" in out
    # People of two partnerships, a kind that is not one, an id that is not there: exit 2, nothing changed.
    for args in (["person", *people], ["goal", pair.keep_id, pair.other_id], ["partnership", pair.keep_id, "nie-ma"]):
        assert cli.main(["merge", "--db", str(db), *args]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    with open_store(db) as coordinator:
        assert digest(coordinator) == before
    assert cli.main(["merge", "--db", str(db), "partnership", pair.keep_id, pair.other_id]) == 0
    assert "The next package carries the merge." in capsys.readouterr().out
    with open_store(db) as coordinator:
        assert [p.id for p in coordinator.find(Partnership)] == [pair.keep_id]
        assert len(coordinator.find(Meeting, partnership_id=pair.keep_id)) == 2


def test_a_signed_meeting_is_never_moved_by_a_merge(tmp_path):
    """Merging the partnership a signed meeting belongs to into another would change that meeting:
    refused with the storage's sentence, nothing written; the other way round is allowed."""
    from cwd_desktop.errors import CwdError
    from cwd_desktop.minutes.certs import create_certificate
    from cwd_desktop.services.minutes import export_minutes

    a, b = laptop(tmp_path, "a", "Góry"), laptop(tmp_path, "b", "Lasy")
    key = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")
    export_minutes(a, a.find(Meeting)[0].id, tmp_path / "p.pdf", key=key)
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
        import_paths(
            coordinator, [export(a, tmp_path / "a.cwdsync"), export(b, tmp_path / "b.cwdsync")], accept_new_devices=True
        )
        signed_partnership = a.find(Partnership)[0].id
        other = next(p.id for p in coordinator.find(Partnership) if p.id != signed_partnership)
        before = digest(coordinator)
        with pytest.raises(CwdError, match="signed"):
            duplicates.merge(coordinator, "partnership", other, signed_partnership)
        assert digest(coordinator) == before
        duplicates.merge(coordinator, "partnership", signed_partnership, other)
        assert [p.id for p in coordinator.find(Partnership)] == [signed_partnership]
    a.close()
    b.close()


def test_a_meeting_added_before_the_merge_arrived_is_moved_by_one_more_merge(tmp_path):
    """Laptop b adds a meeting under its own copy of the partnership after the coordinator merged
    that copy away, but before b received the merge: the coordinator sees it again and moves it."""
    a, b = laptop(tmp_path, "a", "Góry"), laptop(tmp_path, "b", "Lasy")
    coordinator = open_store(tmp_path / "coordinator.sqlite3")
    import_paths(
        coordinator, [export(a, tmp_path / "a.cwdsync"), export(b, tmp_path / "b.cwdsync")], accept_new_devices=True
    )
    (pair,) = duplicates.find(coordinator)
    duplicates.merge(coordinator, "partnership", pair.keep_id, pair.other_id)
    late = b.add(Meeting(partnership_id=pair.other_id, number="2/2026"))  # b has not heard of the merge
    import_paths(coordinator, [export(b, tmp_path / "b2.cwdsync")], accept_new_devices=True)
    left = [d for d in duplicates.find(coordinator) if d.kind == "partnership"]
    assert [(d.keep_id, d.other_id, d.reason) for d in left] == [
        (pair.keep_id, pair.other_id, "deleted, still referred to")
    ]
    duplicates.merge(coordinator, "partnership", pair.keep_id, pair.other_id)
    assert coordinator.get(Meeting, late.id).partnership_id == pair.keep_id
    assert [d for d in duplicates.find(coordinator) if d.kind == "partnership"] == []
    for store in (a, b, coordinator):
        store.close()
