"""Files written by earlier releases keep opening and importing; files that only look like ours
(our application id, but SQL of their own) are refused and left as they were.

tests/fixtures holds the demo data as seven releases wrote it: c422a9b (the first, schema 0001),
dcaa548 (0001-0004), 932a319 (0001-0005), 34bb11d (0001-0005, with meeting 3/2026 signed by a
self-signed key, a PDF that carries no state digest), e50bcb6 (0001-0008: 3/2026 signed with a
state digest, its package signed by its device key) and 047f0c4 (0001-0010: the strategy is the
partnership's, 3/2026 signed with a version-3 digest) and ef6f68e (0001-0013, the release before
this one, 3/2026 signed with a version-3 digest), and packages that 932a319, 34bb11d, e50bcb6,
047f0c4 and ef6f68e exported.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.errors import StorageError
from cwd_desktop.services.integrity import check
from cwd_desktop.storage import open_store, signed_state
from cwd_desktop.sync.package import build_package
from cwd_desktop.sync.service import digest, import_paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASES = ["c422a9b", "dcaa548", "932a319", "34bb11d", "e50bcb6", "047f0c4", "ef6f68e"]


@pytest.mark.parametrize("release", RELEASES)
def test_a_database_of_an_earlier_release_opens_and_is_sound(tmp_path, release):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"release-{release}.sqlite3", path)
    with open_store(path) as store:
        assert {p.name for p in store.find(Partnership)} == {
            "Partnerstwo Aglomeracji Beskidzkiej",
            "Partnerstwo Ziemia Wysokomazowiecka",
        }
        assert store.find(Meeting)
        assert check(store).sound
    with open_store(path) as again:  # migrated once, then opened as it is
        assert check(again).sound


@pytest.mark.parametrize("release", ["932a319", "34bb11d", "e50bcb6", "047f0c4", "ef6f68e"])
def test_a_package_of_an_earlier_release_imports(tmp_path, release):
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"release-{release}.sqlite3", old)
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator, open_store(old) as source:
        (report,) = import_paths(coordinator, [FIXTURES / f"release-{release}.cwdsync"])
        assert report.rows_added > 100 and not report.conflicts and not report.held
        assert digest(coordinator) == digest(source)
        # A meeting signed by the earlier release arrives signed, frozen at the state it arrived in
        # (recorded in the digest version of the day it was first seen, which may differ).
        here, there = signed_state.recorded(coordinator.db), signed_state.recorded(source.db)
        assert here.keys() == there.keys()
        for meeting_id in here:
            assert signed_state.holds(coordinator.db, meeting_id, there[meeting_id])
            assert signed_state.holds(source.db, meeting_id, here[meeting_id])


def test_a_meeting_signed_by_the_previous_release_stays_frozen(tmp_path):
    """Its PDF names no state digest: the state it has when first seen here is what it recorded."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "release-34bb11d.sqlite3", path)
    with open_store(path) as store:
        (signed,) = [m for m in store.find(Meeting) if m.status.value == "signed"]
        item = next(
            i
            for i in store.find(SwotItem)
            if i.session_id in {s.id for s in store.find(SwotSession, meeting_id=signed.id)}
        )
        laptop = open_store(tmp_path / "laptop.sqlite3")
        import_paths(laptop, [FIXTURES / "release-34bb11d.cwdsync"])
        laptop.clock.observe(laptop.clock.last + (1 << 40))  # a laptop whose clock is far ahead
        laptop.db.execute(
            "UPDATE swot_item SET text = 'Podmienione', "
            "clocks = json_set(clocks, '$.text', json_array(?, ?)) WHERE id = ?",
            [f"{laptop.clock.tick():016x}", laptop.device_id, item.id],
        )
        laptop.db.conn.commit()
        recorded = signed_state.recorded(store.db)[signed.id]
        assert store.db.execute("SELECT source FROM signed_state").fetchall() == [("legacy",)]
        package = tmp_path / "laptop.cwdsync"
        package.write_bytes(build_package(laptop))
        (report,) = import_paths(store, [package], accept_new_devices=True)
        assert [(h.table, h.column) for h in report.held] == [("swot_item", "text")]
        assert store.get(SwotItem, item.id).text == item.text
        assert signed_state.state_digest(store.db, signed.id) == recorded
        laptop.close()


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()


@pytest.mark.parametrize(
    ("sql", "said"),
    [
        (
            "CREATE TRIGGER steal AFTER INSERT ON swot_item BEGIN UPDATE partnership SET name = 'x'; END;",
            "a trigger 'steal'",
        ),
        ("CREATE VIEW everything AS SELECT * FROM person;", "a view 'everything'"),
        ("CREATE TABLE notes_of_mine (x TEXT);", "an unknown table 'notes_of_mine'"),
        ("ALTER TABLE swot_item ADD COLUMN secret TEXT;", "the table 'swot_item' defined otherwise"),
        ("CREATE TRIGGER idx__sqlite_migrations_x AFTER INSERT ON goal BEGIN SELECT 1; END;", "a trigger"),
    ],
)
def test_a_file_that_only_looks_like_ours_is_refused_untouched(tmp_path, sql, said):
    path = tmp_path / "cwd.sqlite3"
    shutil.copy(FIXTURES / "release-932a319.sqlite3", path)
    with open_store(path):
        pass
    _tamper(path, sql)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="is not a CWD Desktop database as this version writes it") as refused:
        open_store(path)
    assert said in str(refused.value)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_an_older_file_with_a_trigger_is_refused_before_migrating(tmp_path):
    path = tmp_path / "cwd.sqlite3"
    shutil.copy(FIXTURES / "release-c422a9b.sqlite3", path)
    _tamper(path, "CREATE TRIGGER t AFTER INSERT ON meeting BEGIN SELECT 1; END;")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="a trigger 't'"):
        open_store(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))  # not even copied aside for a migration


def _old_rows(path: Path, table: str) -> dict[str, dict[str, object]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return {row["id"]: dict(row) for row in conn.execute(f"SELECT * FROM {table}")}
    finally:
        conn.close()


def test_the_strategy_moves_to_the_partnership_with_its_ids_values_and_versions(tmp_path):
    """0010: every goal, indicator and project of the previous release arrives with the same id and
    values, owned by its meeting's partnership (the meeting kept as where it was agreed), and the
    version of `partnership_id` is that of `meeting_id`: two migrated copies stay equal."""
    from cwd_desktop.domain import Goal, Indicator, KeyProject, ProjectPartner

    old = FIXTURES / "release-e50bcb6.sqlite3"
    before = {table: _old_rows(old, table) for table in ("goal", "indicator", "key_project", "meeting")}
    assert before["goal"] and before["indicator"] and before["key_project"]
    copies = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        shutil.copy(old, path)
        copies.append(open_store(path))
    store = copies[0]
    goals = {g.id: g for g in store.find(Goal)}
    assert goals.keys() == before["goal"].keys()
    for goal_id, row in before["goal"].items():
        goal = goals[goal_id]
        assert (goal.meeting_id, goal.parent_id, goal.level.value, goal.code, goal.title, goal.position) == (
            row["meeting_id"],
            row["parent_id"],
            row["level"],
            row["code"],
            row["title"],
            row["position"],
        )
        assert goal.partnership_id == before["meeting"][row["meeting_id"]]["partnership_id"]
        clocks = store.field_clocks(Goal, goal_id)
        assert clocks["partnership_id"] == clocks["meeting_id"]
    projects = {p.id: p for p in store.find(KeyProject)}
    assert projects.keys() == before["key_project"].keys()
    for project_id, row in before["key_project"].items():
        project = projects[project_id]
        assert (project.title, project.goal_id, project.progress, project.status.value, project.estimated_cost_pln) == (
            row["title"],
            row["goal_id"],
            row["progress"],
            row["status"],
            row["estimated_cost_pln"],
        )
        assert project.partnership_id == before["meeting"][row["meeting_id"]]["partnership_id"]
        assert (project.kind.value, project.priority) == ("key", None)
    indicators = {i.id: i for i in store.find(Indicator)}
    assert {i: (x.name, x.target_value, x.goal_id) for i, x in indicators.items()} == {
        i: (row["name"], row["target_value"], row["goal_id"]) for i, row in before["indicator"].items()
    }
    assert store.find(ProjectPartner)
    assert digest(copies[0]) == digest(copies[1])
    assert check(store).sound


def test_after_the_migration_a_signed_meetings_strategy_moves_on_and_the_meeting_stays_signed(tmp_path):
    """Meeting 3/2026 was signed by the previous release, its goals and projects with it. Now its
    projects' progress is updated and indicators measured; the meeting's own records stay locked,
    `check` stays sound, and a package carrying the changed strategy imports into a coordinator that
    does not have the meeting yet (its PDF's digest covered the strategy as it was: docs/security.md)."""
    from cwd_desktop.domain import AgendaItem, Indicator, KeyProject, Measurement
    from cwd_desktop.errors import ReadOnlyError

    path = tmp_path / "laptop.sqlite3"
    shutil.copy(FIXTURES / "release-e50bcb6.sqlite3", path)
    with open_store(path) as laptop:
        (signed,) = [m for m in laptop.find(Meeting) if m.status.value == "signed"]
        project = next(p for p in laptop.find(KeyProject) if p.meeting_id == signed.id)
        indicator = laptop.find(Indicator)[0]
        laptop.update(KeyProject, project.id, progress=90, status="in_progress")
        laptop.add(Measurement(indicator_id=indicator.id, year=2027, value=123.0, source="GUS"))
        with pytest.raises(ReadOnlyError):
            laptop.add(AgendaItem(meeting_id=signed.id, title="Dopisany punkt"))
        assert check(laptop).sound
        package = tmp_path / "laptop.cwdsync"
        package.write_bytes(build_package(laptop))
        with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
            (report,) = import_paths(coordinator, [package], accept_new_devices=True)
            assert not report.held and not report.conflicts
            assert coordinator.get(Meeting, signed.id).status.value == "signed"
            assert coordinator.get(KeyProject, project.id).progress == 90
            assert [m.value for m in coordinator.find(Measurement)] == [123.0]
            assert digest(coordinator) == digest(laptop)
            assert check(coordinator).sound


def test_people_of_the_previous_release_are_named_in_bip_by_their_role(tmp_path):
    """0011 adds Person.in_bip: a database and a package of 047f0c4 give every person the default."""
    from cwd_desktop.domain import Person
    from cwd_desktop.domain.choices import InBip

    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "release-047f0c4.sqlite3", path)
    with open_store(path) as store:
        assert {p.in_bip for p in store.find(Person)} == {InBip.BY_ROLE}
        assert check(store).sound
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
        import_paths(coordinator, [FIXTURES / "release-047f0c4.cwdsync"])
        assert {p.in_bip for p in coordinator.find(Person)} == {InBip.BY_ROLE}


def test_the_previous_release_gets_the_workshop_kit_empty(tmp_path):
    """Schema 0014: sessions get no dot budget and show authors; goals and projects are unscored;
    3/2026, signed with a version-3 digest, still holds what it signed."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "release-ef6f68e.sqlite3", path)
    with open_store(path) as store:
        sessions = store.find(SwotSession)
        assert sessions and all(s.dot_budget is None and not s.hide_authors for s in sessions)
        (signed,) = [m for m in store.find(Meeting) if m.number == "3/2026"]
        digest = signed_state.recorded(store.db)[signed.id]
        assert digest.startswith("3:") and signed_state.holds(store.db, signed.id, digest)
        assert check(store).sound
