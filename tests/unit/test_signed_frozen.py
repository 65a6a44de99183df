"""A signed meeting is frozen (issue 14, promise 1): whatever a package says about it, whatever its
clocks, the meeting stays what its signature recorded. Changes are kept aside and listed, never
applied nor reported as conflicts kept; a meeting becomes signed only with a signed protokół that
records the state it arrives in."""

import pytest
from forgery import edit_records, just_after, merge, new_row, setter

from cwd_desktop.domain import AgendaItem, Meeting, Partnership, SignedMinutes, SwotItem, SwotSession
from cwd_desktop.domain.choices import MeetingStatus
from cwd_desktop.minutes.verify import verify_pdf
from cwd_desktop.services.minutes import export_minutes, latest_signed
from cwd_desktop.storage import open_store, signed_state
from cwd_desktop.sync import conflicts as conflict_log
from cwd_desktop.sync.package import PackageError, build_package
from cwd_desktop.sync.service import digest


@pytest.fixture(scope="module")
def key():
    from cwd_desktop.minutes.certs import create_certificate

    return create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")


@pytest.fixture
def hall(tmp_path):
    """A coordinator's database: meeting 1/2026 (to be signed) and 2/2026 (a draft), copied to a laptop."""
    coordinator = open_store(tmp_path / "coordinator.sqlite3")
    p = coordinator.add(Partnership(name="Partnerstwo"))
    signed = coordinator.add(Meeting(partnership_id=p.id, number="1/2026", title="Warsztat SWOT"))
    draft = coordinator.add(Meeting(partnership_id=p.id, number="2/2026", title="Warsztat celów"))
    rows = {"partnership": p, "signed": signed, "draft": draft}
    rows["session"] = coordinator.add(SwotSession(meeting_id=signed.id))
    rows["item"] = coordinator.add(SwotItem(session_id=rows["session"].id, quadrant="S", text="Góry", votes=4))
    rows["agenda"] = coordinator.add(AgendaItem(meeting_id=signed.id, title="Otwarcie"))
    rows["other_session"] = coordinator.add(SwotSession(meeting_id=draft.id))
    rows["other_item"] = coordinator.add(SwotItem(session_id=rows["other_session"].id, quadrant="W", text="Drogi"))
    laptop = open_store(tmp_path / "laptop.sqlite3")
    merge(laptop, build_package(coordinator))
    yield coordinator, laptop, rows
    coordinator.close()
    laptop.close()


def frozen_state(store, meeting_id):
    return signed_state.state_digest(store.db, meeting_id)


def test_hostile_packages_cannot_change_a_meeting_signed_here(hall, tmp_path, key):
    """Re-stamped "signed" with a newer clock, a changed title and card, a session moved out, a card
    moved in, a back-dated tombstone, a new row: each is kept aside, listed, and not a conflict."""
    coordinator, laptop, rows = hall
    result = export_minutes(coordinator, rows["signed"].id, tmp_path / "p.pdf", key=key)
    recorded = signed_state.recorded(coordinator.db)[rows["signed"].id]
    assert recorded == frozen_state(coordinator, rows["signed"].id)
    assert verify_pdf(result.path.read_bytes()).state_digest == recorded  # the signature covers it
    valid = build_package(laptop)
    cases = {
        "re-stamped signed, new title": [
            setter(rows["signed"].id, "status", "signed"),
            setter(rows["signed"].id, "title", "Podmieniony tytuł"),
        ],
        "card text, newer clock": [setter(rows["item"].id, "text", "Podmieniona karta")],
        "session moved out": [setter(rows["session"].id, "meeting_id", rows["draft"].id)],
        "card moved in": [setter(rows["other_item"].id, "session_id", rows["session"].id)],
        # Dated between the card's creation and the signing, by another device: it would win by clocks.
        "back-dated tombstone": [setter(rows["item"].id, "deleted", 1, hlc=just_after(coordinator, rows["item"]))],
        "meeting deleted": [setter(rows["signed"].id, "deleted", 1, hlc=just_after(coordinator, rows["signed"]))],
        "new agenda item": [
            new_row(
                "agenda_item",
                "0190ffff-0000-7000-8000-000000000001",
                {"meeting_id": rows["signed"].id, "position": 5, "title": "Dopisany punkt", "notes": "", "deleted": 0},
            )
        ],
        "meeting back to draft": [setter(rows["signed"].id, "status", "draft")],
    }
    for label, changes in cases.items():
        data = valid
        for change in changes:
            data = edit_records(data, change, laptop)
        report = merge(coordinator, data, f"{label}.cwdsync")
        assert frozen_state(coordinator, rows["signed"].id) == recorded, label
        assert report.held, label
        assert all(h.meeting_id == rows["signed"].id for h in report.held), label
        assert not [c for c in report.conflicts if c.row_id in (rows["item"].id, rows["signed"].id)], label
        assert any("not applied" in line for line in report.lines()), label
    meeting = coordinator.get(Meeting, rows["signed"].id)
    assert (meeting.title, meeting.status, meeting.deleted) == ("Warsztat SWOT", MeetingStatus.SIGNED, False)
    assert coordinator.get(SwotItem, rows["item"].id).text == "Góry"
    assert coordinator.get(SwotSession, rows["session"].id).meeting_id == rows["signed"].id
    assert coordinator.get(SwotItem, rows["other_item"].id).session_id == rows["other_session"].id
    assert conflict_log.conflicts(coordinator) == []
    held = conflict_log.held_changes(coordinator)
    assert {(h.table, h.column) for h in held} >= {
        ("meeting", "title"),
        ("swot_item", "text"),
        ("swot_session", "meeting_id"),
        ("swot_item", "session_id"),
        ("swot_item", "deleted"),
        ("agenda_item", "*"),
    }
    assert {h.meeting for h in held} == {"1/2026"}
    assert latest_signed(coordinator, rows["signed"].id)[1] == result.path.read_bytes()


def test_edits_from_a_laptop_that_did_not_know_are_kept_aside_on_both_sides(hall, tmp_path, key):
    """The coordinator signs; a laptop edited the meeting offline (before and after). At the
    coordinator its edits are kept aside; on the laptop the signed meeting arrives as signed, its
    own edits are set aside, and both end with the same meeting, the one that was signed."""
    coordinator, laptop, rows = hall
    laptop.update(SwotItem, rows["item"].id, text="Góry i lasy")
    extra = laptop.add(SwotItem(session_id=rows["session"].id, quadrant="O", text="Nowa szansa"))
    laptop.update(SwotItem, rows["other_item"].id, votes=2)  # another meeting: applied as usual
    export_minutes(coordinator, rows["signed"].id, tmp_path / "p.pdf", key=key)
    recorded = frozen_state(coordinator, rows["signed"].id)

    report = merge(coordinator, build_package(laptop))
    assert {(h.table, h.column) for h in report.held} == {("swot_item", "text"), ("swot_item", "*")}
    assert coordinator.get(SwotItem, rows["other_item"].id).votes == 2
    assert frozen_state(coordinator, rows["signed"].id) == recorded

    back = merge(laptop, build_package(coordinator))
    assert laptop.get(Meeting, rows["signed"].id).status is MeetingStatus.SIGNED
    assert frozen_state(laptop, rows["signed"].id) == recorded
    assert laptop.get(SwotItem, rows["item"].id).text == "Góry"
    assert laptop.get(SwotItem, extra.id).deleted  # set aside, listed, not lost
    assert {(h.reason, h.table, h.column) for h in back.held} == {
        ("signed-elsewhere", "swot_item", "text"),
        ("signed-elsewhere", "swot_item", "*"),
    }
    kept = {h.column: h.value for h in conflict_log.held_changes(laptop)}
    assert kept["text"] == "Góry i lasy" and kept["*"]["text"] == "Nowa szansa"
    assert signed_state.recorded(laptop.db)[rows["signed"].id] == recorded
    merge(coordinator, build_package(laptop))
    assert digest(coordinator) != "" and frozen_state(coordinator, rows["signed"].id) == recorded


def test_a_meeting_becomes_signed_only_with_a_protocol_of_what_it_holds(hall, tmp_path, key):
    """A draft marked signed without a signature, a signed meeting whose records were changed
    after signing (clocks and hashes recomputed), a protokół for a meeting not signed: refused."""
    coordinator, laptop, rows = hall
    export_minutes(laptop, rows["signed"].id, tmp_path / "p.pdf", key=key)
    honest = build_package(laptop)
    minutes_id = laptop.find(SignedMinutes)[0].id
    before = digest(coordinator)
    cases = {
        "draft marked signed": (
            edit_records(honest, setter(rows["draft"].id, "status", "signed"), laptop),
            "marks meeting 2/2026 signed without a signed protokół",
        ),
        "signed, then a card changed": (
            edit_records(honest, setter(rows["item"].id, "text", "Podmieniona"), laptop),
            "records of meeting 1/2026 are not the ones its signed protokół records",
        ),
        "signed, then a row added": (
            edit_records(
                honest,
                new_row(
                    "agenda_item",
                    "0190ffff-0000-7000-8000-000000000002",
                    {"meeting_id": rows["signed"].id, "position": 9, "title": "Dopisany", "notes": "", "deleted": 0},
                ),
                laptop,
            ),
            "records of meeting 1/2026 are not the ones its signed protokół records",
        ),
        "protocol moved to the draft": (
            edit_records(honest, setter(minutes_id, "meeting_id", rows["draft"].id), laptop),
            "signed protokół",
        ),
    }
    for label, (data, said) in cases.items():
        with pytest.raises(PackageError, match=said):
            merge(coordinator, data, f"{label}.cwdsync")
        assert digest(coordinator) == before, label
    assert coordinator.get(Meeting, rows["draft"].id).status is MeetingStatus.DRAFT
    merge(coordinator, honest)
    assert coordinator.get(Meeting, rows["signed"].id).status is MeetingStatus.SIGNED
    assert signed_state.recorded(coordinator.db)[rows["signed"].id] == frozen_state(laptop, rows["signed"].id)


def test_a_second_signed_protocol_is_shown_aside_and_never_exported(hall, tmp_path, key):
    """Two laptops signed the same meeting offline: the first protokół to arrive stays; the second
    is kept aside with its bytes, listed, and the rest of its package is imported."""
    coordinator, laptop, rows = hall
    first = export_minutes(coordinator, rows["signed"].id, tmp_path / "first.pdf", key=key)
    laptop.update(SwotItem, rows["other_item"].id, text="Drogi powiatowe")  # another meeting's edit
    second = export_minutes(laptop, rows["signed"].id, tmp_path / "second.pdf", key=key)
    assert second.sha256 != first.sha256
    report = merge(coordinator, build_package(laptop))
    assert [h.reason for h in report.held if h.table == "signed_minutes"] == ["second-protocol"]
    assert coordinator.get(SwotItem, rows["other_item"].id).text == "Drogi powiatowe"
    assert [m.sha256 for m in coordinator.find(SignedMinutes)] == [first.sha256]
    assert coordinator.db.execute("SELECT count(*) FROM stored_file").fetchone() == (1,)
    held = [h for h in conflict_log.held_changes(coordinator) if h.reason == "second-protocol"]
    assert held[0].file == second.path.read_bytes()
    assert latest_signed(coordinator, rows["signed"].id)[1] == first.path.read_bytes()


def test_the_cli_lists_what_was_kept_aside(hall, tmp_path, key, capsys):
    from cwd_desktop.cli import main

    coordinator, laptop, rows = hall
    export_minutes(coordinator, rows["signed"].id, tmp_path / "p.pdf", key=key)
    laptop.update(SwotItem, rows["item"].id, text="Góry i lasy")
    package = tmp_path / "laptop.cwdsync"
    package.write_bytes(build_package(laptop))
    coordinator.close()
    db = str(tmp_path / "coordinator.sqlite3")
    assert main(["sync", "import", "--db", db, str(package), "--accept-new-devices"]) == 0
    out = capsys.readouterr().out
    assert (
        "0 conflicts." in out
        and "meeting 1/2026 (Partnerstwo): Warsztat SWOT is signed here; changes to it not applied (see Conflicts): 1"
        in out
    )
    assert main(["sync", "conflicts", "--db", str(tmp_path / "coordinator.sqlite3")]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "\tnot applied (signed-here)\tmeeting 1/2026\tswot_item\t" in line and '"Góry i lasy"' in line


def test_check_finds_a_signed_meeting_changed_outside_the_application(hall, tmp_path, key):
    from cwd_desktop.services.integrity import check

    coordinator, _laptop, rows = hall
    export_minutes(coordinator, rows["signed"].id, tmp_path / "p.pdf", key=key)
    assert check(coordinator).sound
    coordinator.db.execute("UPDATE swot_item SET text = 'Podmieniona' WHERE id = ?", [rows["item"].id])
    assert check(coordinator).problems == [
        f"signed meeting {rows['signed'].id}: its records are no longer what was signed"
    ]


def test_a_row_moved_into_a_meeting_before_it_arrives_signed_is_moved_out(hall, tmp_path, key):
    """Found by the sync state machine: another device moved a card into meeting 1/2026 with a later
    clock, then the laptop's package brings 1/2026 signed without that card. The signed meeting is
    taken as signed: the card goes back where the signing device had it; the move is kept aside."""
    coordinator, laptop, rows = hall
    export_minutes(laptop, rows["signed"].id, tmp_path / "p.pdf", key=key)
    signed = build_package(laptop)
    other = open_store(tmp_path / "other.sqlite3")
    moved = setter(rows["other_item"].id, "session_id", rows["session"].id)
    merge(coordinator, edit_records(build_package(coordinator), moved, other, claim=other))
    assert coordinator.get(SwotItem, rows["other_item"].id).session_id == rows["session"].id  # a draft: applied
    report = merge(coordinator, signed)
    assert coordinator.get(Meeting, rows["signed"].id).status is MeetingStatus.SIGNED
    assert coordinator.get(SwotItem, rows["other_item"].id).session_id == rows["other_session"].id
    assert frozen_state(coordinator, rows["signed"].id) == frozen_state(laptop, rows["signed"].id)
    assert ("signed-elsewhere", "swot_item", "session_id") in {(h.reason, h.table, h.column) for h in report.held}
    other.close()
