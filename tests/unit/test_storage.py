import dataclasses
import json
import shutil
import sqlite3
import uuid

import pytest
from images import PNG_1x1

from cwd_desktop.domain import (
    ENTITIES,
    ActionItem,
    AgendaItem,
    Attendance,
    ConsultationRemark,
    Decision,
    Goal,
    GoalSource,
    Indicator,
    KeyProject,
    Measurement,
    Meeting,
    Member,
    NamedVote,
    Partnership,
    PartnershipCA,
    Person,
    PlannedAction,
    ProjectList,
    ProjectPartner,
    SignedMinutes,
    StrategyChange,
    SwotItem,
    SwotMark,
    SwotPhoto,
    SwotSession,
    TowsLink,
    TowsStrategy,
)
from cwd_desktop.errors import NotFoundError, ReadOnlyError, StorageError, ValidationError
from cwd_desktop.storage import hlc as hlc_module
from cwd_desktop.storage import open_database, open_store
from cwd_desktop.storage.codec import columns
from cwd_desktop.storage.hlc import HybridLogicalClock, parse_hlc
from cwd_desktop.storage.ids import new_id


def one_of_each(store):
    """One entity of every kind, with non-default values wherever a field allows one."""
    p = store.add(
        Partnership(
            name="Partnerstwo <Test> & „Ćma”",
            voivodeship="podlaskie",
            lead_organisation="Stowarzyszenie",
            description="Opis\nw dwóch liniach",
            themes=["tourism", "Własny obszar"],
        )
    )
    m1 = store.add(Member(partnership_id=p.id, name="Gmina Rajcza", kind="rural_gmina", teryt="2417062"))
    m2 = store.add(Member(partnership_id=p.id, name="Powiat", kind="powiat", teryt="2417"))
    person = store.add(
        Person(
            partnership_id=p.id,
            full_name="Żaneta Łęcka",
            role="expert",
            member_id=m1.id,
            email="z@example.pl",
            phone="+48 600 100 200",
        )
    )
    meeting = store.add(
        Meeting(
            partnership_id=p.id,
            kind="debate",
            number="7/2026",
            revision=2,
            title="Debata",
            date="2026-05-01",
            start_time="09:15",
            end_time="12:00",
            place="Sala",
            chair_id=person.id,
            minute_taker_id=person.id,
            status="closed",
        )
    )
    session = store.add(SwotSession(meeting_id=meeting.id, topic="Temat", theme_area="tourism"))
    item = store.add(
        SwotItem(
            session_id=session.id,
            quadrant="O",
            text="Szansa",
            theme="tourism",
            votes=3,
            position=2,
            source_member_id=m1.id,
        )
    )
    dup = store.add(SwotItem(session_id=session.id, quadrant="O", text="Szansa bis", merged_into=item.id))
    strategy = store.add(TowsStrategy(session_id=session.id, kind="SO", text="Strategia", position=1))
    goal = store.add(
        Goal(partnership_id=p.id, meeting_id=meeting.id, code="1", title="Cel", description="Opis", position=1)
    )
    sub = store.add(Goal(partnership_id=p.id, parent_id=goal.id, level="operational", code="1.1", title="Sub"))
    project = store.add(
        KeyProject(
            partnership_id=p.id,
            meeting_id=meeting.id,
            kind="complementary",
            priority=2,
            goal_id=sub.id,
            title="Projekt",
            description="d",
            leader_member_id=m1.id,
            estimated_cost_pln=1_500_000,
            funding_source="FE",
            start_date="2026-01-01",
            end_date="2027-12-31",
            status="in_progress",
            progress=40,
        )
    )
    decision = store.add(
        Decision(
            meeting_id=meeting.id,
            position=1,
            motion="Uchwała",
            mode="named",
            rule="absolute",
            votes_for=1,
            votes_against=2,
            votes_abstain=3,
        )
    )
    return [
        p,
        m1,
        m2,
        person,
        meeting,
        session,
        item,
        dup,
        strategy,
        goal,
        sub,
        project,
        decision,
        store.add(AgendaItem(meeting_id=meeting.id, position=1, title="Otwarcie", notes="Ad. 1")),
        store.add(Attendance(meeting_id=meeting.id, person_id=person.id, present=False, checked_in_at="09:01")),
        store.add(TowsLink(strategy_id=strategy.id, swot_item_id=item.id)),
        store.add(GoalSource(goal_id=goal.id, swot_item_id=item.id)),
        store.add(
            Indicator(
                goal_id=sub.id,
                name="Długość tras",
                unit="km",
                baseline_value=86.5,
                baseline_year=2025,
                target_value=160,
                target_year=2030,
                source="GUS",
                kind="result",
            )
        ),
        store.add(ProjectPartner(project_id=project.id, member_id=m2.id)),
        store.add(
            PlannedAction(
                partnership_id=p.id,
                meeting_id=meeting.id,
                goal_id=sub.id,
                title="Wspólny kalendarz imprez",
                description="d",
                leader_member_id=m2.id,
                start_date="2026-06-01",
                end_date="2027-06-30",
                status="in_progress",
                position=1,
            )
        ),
        store.add(NamedVote(decision_id=decision.id, member_id=m2.id, vote="abstain")),
        store.add(
            ActionItem(
                meeting_id=meeting.id,
                what="Zrobić",
                owner_person_id=person.id,
                owner_member_id=m2.id,
                due_date="2026-06-01",
                status="in_progress",
                position=1,
            )
        ),
        store.add(
            SwotPhoto(
                session_id=session.id,
                sha256=store.put_file(PNG_1x1),
                file_name="flipchart.png",
                media_type="image/png",
                added_at="2026-03-12T11:00:00+01:00",
                caption="Flipchart: szanse",
            )
        ),
        store.add(
            SignedMinutes(
                meeting_id=meeting.id,
                sha256=store.put_file(b"%PDF-1.7 test"),
                file_name="protokol.pdf",
                signed_at="2026-05-01T12:00:00+02:00",
                signer="Żaneta Łęcka",
                lang="en",
            )
        ),
        store.add(
            PartnershipCA(
                partnership_id=p.id,
                name="CA",
                certificate_pem="-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n",
            )
        ),
        store.add(
            ConsultationRemark(
                meeting_id=meeting.id,
                author_person_id=person.id,
                author_group="Mieszkańcy",
                subject_kind="goal",
                subject_ref=goal.id,
                text="Uwaga",
                response="partly_accepted",
                justification="Bo tak",
                position=1,
            )
        ),
        store.add(
            Measurement(
                indicator_id=store.find(Indicator)[0].id, year=2026, value=101.5, source="GDDKiA", note="po sezonie"
            )
        ),
        store.find(StrategyChange)[0],  # written beside each change to the strategy
        store.add(SwotMark(partnership_id=p.id, swot_item_id=item.id, in_diagnosis=True, merged_into=None)),
        store.add(SwotMark(partnership_id=p.id, swot_item_id=dup.id, merged_into=item.id)),
        store.add(
            ProjectList(
                partnership_id=p.id,
                kind="complementary",
                version=3,
                issued_on="2027-10-23",
                items=json.dumps(
                    [
                        {
                            "title": "Projekt",
                            "leader": "Gmina",
                            "partners": ["Powiat"],
                            "goal": "1 Cel",
                            "cost": 1000,
                            "funding": "FE",
                            "start": "2027-01-01",
                            "end": None,
                            "status": "planned",
                            "priority": 1,
                        }
                    ]
                ),
            )
        ),
    ]


def test_every_entity_round_trips(store, db_path):
    entities = one_of_each(store)
    assert {type(e) for e in entities} == set(ENTITIES)
    store.close()
    with open_store(db_path) as reopened:
        for entity in entities:
            assert reopened.get(type(entity), entity.id) == entity


def test_every_reference_is_indexed(store):
    for cls in ENTITIES:
        indexed = {
            row[2]
            for index in store.db.execute(f"PRAGMA index_list({cls.TABLE})")
            for row in store.db.execute(f"PRAGMA index_info({index[1]})")
        }
        for reference in store.db.execute(f"PRAGMA foreign_key_list({cls.TABLE})"):
            assert reference[3] in indexed, (cls.TABLE, reference[3])


def test_tables_match_the_domain(store):
    for cls in ENTITIES:
        table_columns = [row[1] for row in store.db.execute(f"PRAGMA table_info({cls.TABLE})")]
        assert set(table_columns) == {*columns(cls), "clocks"}, cls.TABLE


def test_new_database_is_migrated_with_the_pragmas(store, db_path):
    db = store.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")] == [
        "0001_initial",
        "0002_signed_minutes",
        "0003_sync_log",
        "0004_reference_indexes",
        "0005_board_order",
        "0006_signed_state",
        "0007_accepted_devices",
        "0008_count_confirmed",
        "0009_person_form_of_address",
        "0010_strategy_of_the_partnership",
        "0011_person_in_bip",
        "0012_agenda_links",
        "0013_goals_agenda_link",
        "0014_workshop_kit",
    ]
    assert {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} >= {
        cls.TABLE for cls in ENTITIES
    }


def test_every_write_stamps_the_fields_it_changes(store):
    p = store.add(Partnership(name="P"))
    clocks = store.field_clocks(Partnership, p.id)
    assert set(clocks) == set(columns(Partnership)[1:])
    assert {tuple(v) for v in clocks.values()} == {(clocks["name"][0], store.device_id)}
    store.update(Partnership, p.id, description="nowy opis")
    after = store.field_clocks(Partnership, p.id)
    assert parse_hlc(after["description"][0]) > parse_hlc(clocks["description"][0])
    assert after["name"] == clocks["name"]
    store.update(Partnership, p.id, description="nowy opis")  # no change, no new version
    assert store.field_clocks(Partnership, p.id) == after


def test_delete_is_a_tombstone_that_can_be_restored(store):
    p = store.add(Partnership(name="P"))
    store.delete(Partnership, p.id)
    assert store.find(Partnership) == []
    assert store.get(Partnership, p.id).deleted
    assert [x.id for x in store.find(Partnership, include_deleted=True)] == [p.id]
    store.restore(Partnership, p.id)
    assert [x.id for x in store.find(Partnership)] == [p.id]


def test_find_filters_and_orders(store):
    p = store.add(Partnership(name="P"))
    store.add_many(Member(partnership_id=p.id, name=n) for n in ["Ujsoły", "Istebna", "Rajcza"])
    assert [m.name for m in store.find(Member, partnership_id=p.id, order_by="name")] == ["Istebna", "Rajcza", "Ujsoły"]
    assert store.find(Member, partnership_id="nope") == []
    with pytest.raises(ValueError):
        store.find(Member, **{"name; DROP TABLE member": "x"})


def test_a_reference_to_nothing_is_refused(store):
    with pytest.raises(ValidationError, match="does not exist"):
        store.add(Member(partnership_id=new_id(), name="Gmina"))
    with pytest.raises(ValidationError, match="does not exist"):
        store.add(SwotItem(session_id=new_id(), quadrant="S", text="x"))
    with pytest.raises(NotFoundError):
        store.get(Partnership, new_id())


def test_a_failed_batch_writes_nothing(store):
    p = store.add(Partnership(name="P"))
    good = Member(partnership_id=p.id, name="Dobra")
    bad = Member(partnership_id=new_id(), name="Zła")
    with pytest.raises(ValidationError):
        store.add_many([good, bad])
    assert store.find(Member) == []


def test_signed_meeting_refuses_every_write(store, mark_signed):
    entities = {}
    for entity in one_of_each(store):
        entities.setdefault(type(entity), entity)
    meeting = entities[Meeting]
    mark_signed(store, meeting.id)
    before = store.db.execute("SELECT count(*), max(clocks) FROM swot_item").fetchone()
    attempts = [
        lambda: store.update(Meeting, meeting.id, title="Zmiana"),
        lambda: store.update(Meeting, meeting.id, status="draft"),
        lambda: store.delete(Meeting, meeting.id),
        lambda: store.add(AgendaItem(meeting_id=meeting.id, title="Nowy punkt")),
        lambda: store.update(SwotItem, entities[SwotItem].id, votes=99),
        lambda: store.delete(SwotItem, entities[SwotItem].id),
        lambda: store.add(SwotItem(session_id=entities[SwotSession].id, quadrant="S", text="x")),
        lambda: store.add(TowsLink(strategy_id=entities[TowsStrategy].id, swot_item_id=entities[SwotItem].id)),
        lambda: store.update(NamedVote, entities[NamedVote].id, vote="for"),
    ]
    for attempt in attempts:
        with pytest.raises(ReadOnlyError, match="7/2026, wersja 2 is signed"):
            attempt()
    assert store.db.execute("SELECT count(*), max(clocks) FROM swot_item").fetchone() == before
    assert store.get(SwotItem, entities[SwotItem].id).votes == 3
    # Things outside the meeting stay editable: the people, and the partnership's strategy, even
    # what this meeting agreed (signing locks the meeting's own records, never the strategy).
    store.update(Person, entities[Person].id, phone="")
    store.update(Indicator, entities[Indicator].id, target_value=1)
    store.update(KeyProject, entities[KeyProject].id, progress=80, status="done")
    store.update(Goal, entities[Goal].id, title="Cel po zmianie")
    store.add(ProjectPartner(project_id=entities[KeyProject].id, member_id=entities[Member].id))
    store.add(Measurement(indicator_id=entities[Indicator].id, year=2027, value=120))


def test_a_meeting_becomes_signed_only_with_its_signed_protocol(store, mark_signed):
    """The status alone cannot sign a meeting; signing notes the digest of what it recorded."""
    from cwd_desktop.storage import signed_state

    p = store.add(Partnership(name="P"))
    meeting = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    store.add(AgendaItem(meeting_id=meeting.id, title="Otwarcie"))
    with pytest.raises(ValidationError, match="becomes signed only by signing its minutes"):
        store.update(Meeting, meeting.id, status="signed")
    assert store.get(Meeting, meeting.id).status.value == "draft"
    assert store.db.execute("SELECT count(*) FROM signed_state").fetchone() == (0,)
    digest = signed_state.state_digest(store.db, meeting.id)
    mark_signed(store, meeting.id)
    assert signed_state.recorded(store.db) == {meeting.id: digest}
    assert digest.startswith("4:") and len(digest) == 66


def test_the_state_digest_covers_every_live_row_below_the_meeting(store):
    from cwd_desktop.storage import signed_state

    entities = {}
    for entity in one_of_each(store):
        entities.setdefault(type(entity), entity)
    meeting = entities[Meeting]
    before = signed_state.state_digest(store.db, meeting.id)
    assert before == signed_state.state_digest(store.db, meeting.id)
    below = {cls for cls, _row in signed_state.live_rows(store.db, meeting.id)}
    assert {SwotItem, TowsLink, NamedVote, AgendaItem} <= below
    assert not below & {Goal, GoalSource, Indicator, Measurement, KeyProject, ProjectPartner, PlannedAction}
    for change in (
        lambda: store.update(NamedVote, entities[NamedVote].id, vote="against"),
        lambda: store.delete(TowsLink, entities[TowsLink].id),
        lambda: store.update(Meeting, meeting.id, title="Inny tytuł"),
    ):
        change()
        after = signed_state.state_digest(store.db, meeting.id)
        assert after != before
        before = after
    store.update(Person, entities[Person].id, phone="")  # not the meeting's own record
    store.update(Goal, entities[Goal].id, title="Cel po zmianie")  # the strategy: the partnership's
    assert signed_state.state_digest(store.db, meeting.id) == before


def test_moving_a_row_into_a_signed_meeting_is_refused(store, mark_signed):
    p = store.add(Partnership(name="P"))
    signed = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    open_meeting = store.add(Meeting(partnership_id=p.id, number="2/2026"))
    item = store.add(AgendaItem(meeting_id=open_meeting.id, title="Punkt"))
    mark_signed(store, signed.id)
    with pytest.raises(ReadOnlyError):
        store.update(AgendaItem, item.id, meeting_id=signed.id)


def test_ids_are_uuid7_in_creation_order():
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)


def test_clock_never_goes_backwards():
    wall = [1_000_000]
    clock = HybridLogicalClock(now=lambda: wall[0])
    first = clock.tick()
    wall[0] -= 5000  # the laptop's clock is set back
    second = clock.tick()
    clock.observe(first + 10**9)
    third = clock.tick()
    assert first < second < third and third > first + 10**9


def test_clock_survives_a_restart_with_the_wall_clock_behind(db_path, monkeypatch):
    with open_store(db_path) as first:
        p = first.add(Partnership(name="P"))
        stamped = parse_hlc(first.field_clocks(Partnership, p.id)["name"][0])
    monkeypatch.setattr(hlc_module.time, "time_ns", lambda: 10**15)  # 1970 + 11 days
    with open_store(db_path) as second:
        second.update(Partnership, p.id, name="Q")
        assert parse_hlc(second.field_clocks(Partnership, p.id)["name"][0]) > stamped


def test_device_id_is_kept_on_reopen_and_renewed_for_a_copy(db_path, tmp_path):
    with open_store(db_path) as original:
        device = original.device_id
    with open_store(db_path) as again:
        assert again.device_id == device
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(db_path, copy)
    with open_store(copy) as copied:
        assert copied.device_id != device
        assert copied.device_name
    with open_store(db_path) as original:
        assert original.device_id == device
    moved = tmp_path / "moved.sqlite3"
    db_path.rename(moved)
    with open_store(moved) as after_move:
        assert after_move.device_id == device


def test_device_id_is_renewed_on_another_computer(db_path, tmp_path, monkeypatch):
    with open_store(db_path) as original:
        device = original.device_id
    monkeypatch.setenv("CWD_DESKTOP_HOME", str(tmp_path / "other-laptop"))
    with open_store(db_path) as elsewhere:
        assert elsewhere.device_id != device


def _snapshot(path):
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name)}


def test_a_newer_database_is_refused_untouched(store, db_path):
    store.db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('cwd_desktop', '0099_future', '2030-01-01')"
    )
    store.db.conn.commit()
    store.close()
    before = _snapshot(db_path)
    with pytest.raises(StorageError, match="newer version of CWD Desktop"):
        open_database(db_path)
    assert _snapshot(db_path) == before


def test_other_files_are_refused_untouched(tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("to nie jest baza danych")
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for path, message in [(text, "not an SQLite file"), (other, "another program")]:
        before = path.read_bytes()
        with pytest.raises(StorageError, match=message):
            open_database(path)
        assert path.read_bytes() == before
    with pytest.raises(StorageError, match="does not exist"):
        open_database(tmp_path / "missing" / "db.sqlite3")
    with pytest.raises(StorageError, match="is a folder"):
        open_database(tmp_path)


def test_migration_makes_a_backup_first(store, db_path, monkeypatch):
    from cwd_desktop.storage import migrations

    store.add(Partnership(name="Przed migracją"))
    store.close()
    monkeypatch.setattr(
        migrations, "STEPS", [*migrations.STEPS, ("9999_test", lambda db: db.execute("CREATE TABLE extra (x TEXT)"))]
    )
    db = open_database(db_path)
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchall() == [("extra",)]
    assert db.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid DESC LIMIT 1").fetchone() == ("9999_test",)
    db.close()
    backup = db_path.with_name(f"{db_path.name}.before-9999_test.bak")
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT name FROM partnership").fetchall() == [("Przed migracją",)]
    assert "extra" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


def test_a_locked_database_gives_a_clear_error(store, db_path):
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        slow = open_store(db_path)
    except StorageError as exc:  # opening may already need the lock
        assert "in use by another program" in str(exc)
    else:
        slow.db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(StorageError, match="in use by another program"):
            slow.add(Partnership(name="P"))
        slow.close()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_update_validates_and_never_changes_ids(store):
    p = store.add(Partnership(name="P"))
    with pytest.raises(ValidationError):
        store.update(Partnership, p.id, name="")
    with pytest.raises(ValidationError):
        store.update(Partnership, p.id, id=new_id())
    assert store.get(Partnership, p.id).name == "P"
    assert dataclasses.replace(p) == store.get(Partnership, p.id)


def test_atomic_commits_once_and_a_failed_inner_block_is_undone_alone(tmp_path):
    db = open_database(tmp_path / "atomic.sqlite3")
    db.execute("CREATE TABLE t (x TEXT)")
    with db.atomic():
        db.execute("INSERT INTO t VALUES ('outer')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO t VALUES ('inner')")
            raise ValueError
        assert db.conn.in_transaction
    assert not db.conn.in_transaction
    with pytest.raises(ValueError), db.atomic():
        db.execute("INSERT INTO t VALUES ('lost')")
        raise ValueError
    db.execute("INSERT INTO t VALUES ('autocommitted')")
    db.close()
    conn = sqlite3.connect(tmp_path / "atomic.sqlite3")
    assert [r[0] for r in conn.execute("SELECT x FROM t ORDER BY rowid")] == ["outer", "autocommitted"]
    conn.close()


def test_next_position_follows_every_row_of_its_parent_deleted_ones_too(store):
    from cwd_desktop.domain import Partnership, SwotItem, SwotSession

    partnership = store.add(Partnership(name="P"))
    meeting = store.add(Meeting(partnership_id=partnership.id, number="1/2026"))
    first, second = (store.add(SwotSession(meeting_id=meeting.id)) for _ in range(2))
    assert store.next_position(SwotItem, session_id=first.id) == 1
    card = store.add(SwotItem(session_id=first.id, quadrant="S", text="a", position=7))
    store.add(SwotItem(session_id=second.id, quadrant="S", text="b", position=40))
    store.delete(SwotItem, card.id)
    assert store.next_position(SwotItem, session_id=first.id) == 8  # undoing the delete keeps its place
    assert store.next_position(SwotItem, session_id=second.id) == 41
    with pytest.raises(ValueError):
        store.next_position(Partnership)


def test_lists_sorted_by_name_follow_polish_order(store):
    """Ł after L, Ż after Z, whatever the case: SQLite's own order puts Ł and Ż after every letter."""
    p = store.add(Partnership(name="P"))
    for name in ["Gmina Żywiec", "Gmina Łodygowice", "gmina lipowa", "Gmina Zebrzydowice", "Gmina Ćwiklice"]:
        store.add(Member(partnership_id=p.id, name=name))
    assert [m.name for m in store.find(Member, order_by="name")] == [
        "Gmina Ćwiklice", "gmina lipowa", "Gmina Łodygowice", "Gmina Zebrzydowice", "Gmina Żywiec"
    ]  # fmt: skip


def test_a_digest_is_checked_in_its_own_version(store):
    """A meeting signed before decision.count_confirmed existed (digest version 1) still holds what
    it recorded; version 2 covers the new column too."""
    from cwd_desktop.domain import Decision
    from cwd_desktop.storage import signed_state

    p = store.add(Partnership(name="P"))
    meeting = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    decision = store.add(Decision(meeting_id=meeting.id, motion="Przyjęcie porządku obrad", votes_for=3))
    v1, v2 = (signed_state.state_digest(store.db, meeting.id, version) for version in ("1", "2"))
    assert v1.startswith("1:") and v2.startswith("2:") and v1[2:] != v2[2:]
    store.db.execute("UPDATE decision SET count_confirmed = 1 WHERE id = ?", [decision.id])
    assert signed_state.holds(store.db, meeting.id, v1) and not signed_state.holds(store.db, meeting.id, v2)
    store.db.execute("UPDATE decision SET votes_for = 4 WHERE id = ?", [decision.id])
    assert not signed_state.holds(store.db, meeting.id, v1)
    assert not signed_state.holds(store.db, meeting.id, "9:" + "0" * 64)  # a version this app does not know


def test_every_change_to_the_strategy_keeps_its_history(store):
    """Old -> new, when, on which device, and in which meeting's workspace (when made there)."""
    p = store.add(Partnership(name="P"))
    meeting = store.add(Meeting(partnership_id=p.id, number="4/2026"))
    goal = store.add(Goal(partnership_id=p.id, title="Cel"))
    store.meeting_context = meeting.id
    project = store.add(KeyProject(partnership_id=p.id, title="Ścieżka rowerowa", goal_id=goal.id))
    store.update(KeyProject, project.id, progress=30, status="in_progress")
    store.meeting_context = None
    store.update(KeyProject, project.id, progress=60)
    indicator = store.add(Indicator(goal_id=goal.id, name="Długość tras"))
    store.add(Measurement(indicator_id=indicator.id, year=2027, value=42))
    store.delete(Goal, goal.id)
    store.update(
        Person, store.add(Person(partnership_id=p.id, full_name="Anna")).id, phone="+48 600 100 200"
    )  # not strategy

    changes = [(c.table_name, c.column, c.old, c.new, c.meeting_id) for c in store.find(StrategyChange, order_by="id")]
    assert changes == [
        ("goal", "*", "null", '"Cel"', None),
        ("key_project", "*", "null", '"Ścieżka rowerowa"', meeting.id),
        ("key_project", "status", '"idea"', '"in_progress"', meeting.id),
        ("key_project", "progress", "0", "30", meeting.id),
        ("key_project", "progress", "30", "60", None),
        ("indicator", "*", "null", '"Długość tras"', None),
        ("measurement", "*", "null", "42.0", None),
        ("goal", "deleted", "0", "1", None),
    ]
    change = store.find(StrategyChange, row_id=project.id, column="progress")[0]
    assert change.partnership_id == p.id and change.device_id == store.device_id
    assert change.changed_at.endswith("+00:00")


def test_find_in_reads_rows_by_many_values_in_few_queries(store):
    p = store.add(Partnership(name="P"))
    goals = store.add_many(Goal(partnership_id=p.id, title=f"Cel {i}", position=i) for i in range(1200))
    store.delete(Goal, goals[5].id)
    wanted = [g.id for g in goals[::-1]] + ["nie-ma-takiego"]
    found = store.find_in(Goal, "id", wanted, order_by="position")
    assert [g.position for g in found] == [i for i in range(1200) if i != 5]
    with pytest.raises(ValueError):
        store.find_in(Goal, "no_such_column", wanted)
