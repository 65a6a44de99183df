"""Schema changes, as an append-only list of steps that sqlite-utils' migrations apply.

Never edit a migration once it has been released: add a new one. Every entity table has
`id` (UUIDv7 text), its data columns, `deleted` (the tombstone) and `clocks`: a JSON object
mapping each of those columns to [hlc, device_id], the version of that field.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, Protocol


class Database(Protocol):
    """What a step uses of a connection: sqlite-utils' Database when migrating a file, a plain
    sqlite3 connection when building the reference schema."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


MIGRATION_SET = "cwd_desktop"
# (name, step), oldest first. sqlite-utils is imported only when a file needs migrating: its
# import (with click, dateutil and its plugins) is a large share of the application's start-up.
STEPS: list[tuple[str, Callable[[Database], None]]] = []


# Steps that manage their own transaction (a table rebuilt with foreign keys off): sqlite-utils
# runs them outside one; each is idempotent, in case power fails before it is recorded as applied.
OWN_TRANSACTION: set[str] = set()


def step(
    name: str, own_transaction: bool = False
) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    def register(function: Callable[[Database], None]) -> Callable[[Database], None]:
        STEPS.append((name, function))
        if own_transaction:
            OWN_TRANSACTION.add(name)
        return function

    return register


_ROW_TAIL = """
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    clocks TEXT NOT NULL CHECK (json_valid(clocks))
) STRICT"""


def _table(name: str, columns: str) -> str:
    return f"CREATE TABLE {name} (\n    id TEXT PRIMARY KEY NOT NULL,{columns},{_ROW_TAIL}"


_INITIAL = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT",
    _table(
        "partnership",
        """
    name TEXT NOT NULL,
    voivodeship TEXT,
    lead_organisation TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    themes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(themes))""",
    ),
    _table(
        "member",
        """
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    teryt TEXT NOT NULL DEFAULT ''""",
    ),
    _table(
        "person",
        """
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    full_name TEXT NOT NULL,
    role TEXT NOT NULL,
    member_id TEXT REFERENCES member(id),
    affiliation TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''""",
    ),
    _table(
        "meeting",
        """
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    kind TEXT NOT NULL,
    number TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    title TEXT NOT NULL DEFAULT '',
    date TEXT,
    start_time TEXT,
    end_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    chair_id TEXT REFERENCES person(id),
    minute_taker_id TEXT REFERENCES person(id),
    status TEXT NOT NULL""",
    ),
    _table(
        "agenda_item",
        """
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''""",
    ),
    _table(
        "attendance",
        """
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    person_id TEXT NOT NULL REFERENCES person(id),
    present INTEGER NOT NULL,
    checked_in_at TEXT""",
    ),
    _table(
        "swot_session",
        """
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    topic TEXT NOT NULL DEFAULT '',
    theme_area TEXT NOT NULL DEFAULT ''""",
    ),
    _table(
        "swot_item",
        """
    session_id TEXT NOT NULL REFERENCES swot_session(id),
    quadrant TEXT NOT NULL CHECK (quadrant IN ('S', 'W', 'O', 'T')),
    text TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    position INTEGER NOT NULL DEFAULT 0,
    source_member_id TEXT REFERENCES member(id),
    merged_into TEXT REFERENCES swot_item(id)""",
    ),
    _table(
        "tows_strategy",
        """
    session_id TEXT NOT NULL REFERENCES swot_session(id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0""",
    ),
    _table(
        "tows_link",
        """
    strategy_id TEXT NOT NULL REFERENCES tows_strategy(id),
    swot_item_id TEXT NOT NULL REFERENCES swot_item(id)""",
    ),
    _table(
        "goal",
        """
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    parent_id TEXT REFERENCES goal(id),
    level TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0""",
    ),
    _table(
        "goal_source",
        """
    goal_id TEXT NOT NULL REFERENCES goal(id),
    strategy_id TEXT REFERENCES tows_strategy(id),
    swot_item_id TEXT REFERENCES swot_item(id)""",
    ),
    _table(
        "indicator",
        """
    goal_id TEXT NOT NULL REFERENCES goal(id),
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    baseline_value REAL,
    baseline_year INTEGER,
    target_value REAL,
    target_year INTEGER,
    source TEXT NOT NULL DEFAULT ''""",
    ),
    _table(
        "key_project",
        """
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    goal_id TEXT REFERENCES goal(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    leader_member_id TEXT REFERENCES member(id),
    estimated_cost_pln INTEGER,
    funding_source TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100)""",
    ),
    _table(
        "project_partner",
        """
    project_id TEXT NOT NULL REFERENCES key_project(id),
    member_id TEXT NOT NULL REFERENCES member(id)""",
    ),
    _table(
        "decision",
        """
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    position INTEGER NOT NULL DEFAULT 0,
    motion TEXT NOT NULL,
    mode TEXT NOT NULL,
    rule TEXT NOT NULL,
    votes_for INTEGER NOT NULL DEFAULT 0,
    votes_against INTEGER NOT NULL DEFAULT 0,
    votes_abstain INTEGER NOT NULL DEFAULT 0""",
    ),
    _table(
        "named_vote",
        """
    decision_id TEXT NOT NULL REFERENCES decision(id),
    member_id TEXT NOT NULL REFERENCES member(id),
    vote TEXT NOT NULL""",
    ),
    _table(
        "action_item",
        """
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    what TEXT NOT NULL,
    owner_person_id TEXT REFERENCES person(id),
    owner_member_id TEXT REFERENCES member(id),
    due_date TEXT,
    status TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0""",
    ),
    _table(
        "consultation_remark",
        """
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    author_person_id TEXT REFERENCES person(id),
    author_group TEXT NOT NULL DEFAULT '',
    subject_kind TEXT NOT NULL,
    subject_ref TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    response TEXT NOT NULL,
    justification TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0""",
    ),
    # Foreign-key columns that lists and the lock check look rows up by.
    *(
        f"CREATE INDEX {table}_{column} ON {table}({column})"
        for table, column in [
            ("member", "partnership_id"),
            ("person", "partnership_id"),
            ("meeting", "partnership_id"),
            ("agenda_item", "meeting_id"),
            ("attendance", "meeting_id"),
            ("swot_session", "meeting_id"),
            ("swot_item", "session_id"),
            ("tows_strategy", "session_id"),
            ("tows_link", "strategy_id"),
            ("goal", "meeting_id"),
            ("goal_source", "goal_id"),
            ("indicator", "goal_id"),
            ("key_project", "meeting_id"),
            ("project_partner", "project_id"),
            ("decision", "meeting_id"),
            ("named_vote", "decision_id"),
            ("action_item", "meeting_id"),
            ("consultation_remark", "meeting_id"),
        ]
    ),
]


@step("0001_initial")
def initial(db: Database) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in _INITIAL:
        db.execute(statement)


@step("0002_signed_minutes")
def signed_minutes(db: Database) -> None:
    for statement in [
        # Signed PDFs, content-addressed; immutable, so they carry no field versions.
        "CREATE TABLE stored_file (sha256 TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL) STRICT",
        _table(
            "signed_minutes",
            """
    meeting_id TEXT NOT NULL REFERENCES meeting(id),
    sha256 TEXT NOT NULL REFERENCES stored_file(sha256),
    file_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    signer TEXT NOT NULL,
    lang TEXT NOT NULL""",
        ),
        _table(
            "partnership_ca",
            """
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    name TEXT NOT NULL,
    certificate_pem TEXT NOT NULL""",
        ),
        "CREATE INDEX signed_minutes_meeting_id ON signed_minutes(meeting_id)",
        "CREATE INDEX partnership_ca_partnership_id ON partnership_ca(partnership_id)",
    ]:
        db.execute(statement)


@step("0003_sync_log")
def sync_log(db: Database) -> None:
    # Local to each database, never exported: what was imported, and the values that lost.
    for statement in [
        "CREATE TABLE sync_import (package_id TEXT PRIMARY KEY NOT NULL, sha256 TEXT NOT NULL, "
        "file_name TEXT NOT NULL, device_id TEXT NOT NULL, device_name TEXT NOT NULL, "
        "imported_at TEXT NOT NULL, report TEXT NOT NULL) STRICT",
        "CREATE INDEX sync_import_sha256 ON sync_import(sha256)",
        "CREATE TABLE sync_conflict (id TEXT PRIMARY KEY NOT NULL, detected_at TEXT NOT NULL, "
        "package_id TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, "
        "kept_value TEXT NOT NULL, kept_hlc TEXT NOT NULL, kept_device TEXT NOT NULL, "
        "lost_value TEXT NOT NULL, lost_hlc TEXT NOT NULL, lost_device TEXT NOT NULL, "
        "resolved INTEGER NOT NULL DEFAULT 0, UNIQUE (tbl, row_id, col, lost_hlc, lost_device)) STRICT",
        "CREATE TABLE sync_device (device_id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
        "last_package_at TEXT NOT NULL) STRICT",
    ]:
        db.execute(statement)


@step("0004_reference_indexes")
def reference_indexes(db: Database) -> None:
    # Every column that refers to another row gets an index: SQLite checks references against
    # them (a merge that defers those checks would otherwise scan whole tables for every row).
    for table, column in [
        ("person", "member_id"),
        ("meeting", "chair_id"),
        ("meeting", "minute_taker_id"),
        ("attendance", "person_id"),
        ("swot_item", "source_member_id"),
        ("swot_item", "merged_into"),
        ("tows_link", "swot_item_id"),
        ("goal", "parent_id"),
        ("goal_source", "strategy_id"),
        ("goal_source", "swot_item_id"),
        ("key_project", "goal_id"),
        ("key_project", "leader_member_id"),
        ("project_partner", "member_id"),
        ("named_vote", "member_id"),
        ("action_item", "owner_person_id"),
        ("action_item", "owner_member_id"),
        ("consultation_remark", "author_person_id"),
        ("signed_minutes", "sha256"),
    ]:
        db.execute(f"CREATE INDEX {table}_{column} ON {table}({column})")


@step("0005_board_order")
def board_order(db: Database) -> None:
    # A new card goes after the last one of its session: max(position) read from this index costs
    # the same on a board of 10 or 10,000 cards.
    db.execute("CREATE INDEX swot_item_session_position ON swot_item(session_id, position)")


@step("0006_signed_state")
def signed_state(db: Database) -> None:
    # Local to each database, never exported. What each meeting signed here recorded (the digest
    # of its state, storage/signed_state.py), and the changes to signed meetings that arrived in
    # packages and were kept aside, not applied (with a second signed protokół's bytes, if any).
    for statement in [
        "CREATE TABLE signed_state (meeting_id TEXT PRIMARY KEY NOT NULL REFERENCES meeting(id), "
        "digest TEXT NOT NULL, source TEXT NOT NULL, recorded_at TEXT NOT NULL) STRICT",
        "CREATE TABLE held_change (id TEXT PRIMARY KEY NOT NULL, detected_at TEXT NOT NULL, "
        "package_id TEXT NOT NULL, meeting_id TEXT NOT NULL, reason TEXT NOT NULL, tbl TEXT NOT NULL, "
        "row_id TEXT NOT NULL, col TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL, device TEXT NOT NULL, "
        "file BLOB, UNIQUE (tbl, row_id, col, hlc, device, reason)) STRICT",
        "CREATE INDEX held_change_meeting_id ON held_change(meeting_id)",
    ]:
        db.execute(statement)


@step("0007_accepted_devices")
def accepted_devices(db: Database) -> None:
    # Local to each database, never exported: the devices whose packages a person accepted here,
    # with the public key their packages are signed with (sync/devices.py).
    db.execute(
        "CREATE TABLE accepted_device (device_id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
        "public_key TEXT, accepted_at TEXT NOT NULL, how TEXT NOT NULL) STRICT"
    )


@step("0008_count_confirmed")
def count_confirmed(db: Database) -> None:
    # A vote count above the number who could vote, confirmed by the moderator (the minutes say
    # so). Existing rows get the version of their `deleted` field for it: the same on every copy,
    # so that two migrated copies of one database stay equal (sync/package.py fills packages of
    # earlier releases the same way).
    db.execute(
        "ALTER TABLE decision ADD COLUMN count_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (count_confirmed IN (0, 1))"
    )
    db.execute("UPDATE decision SET clocks = json_set(clocks, '$.count_confirmed', json_extract(clocks, '$.deleted'))")


@step("0009_person_form_of_address")
def person_form_of_address(db: Database) -> None:
    # Pani / Pan, for the agreement of the words the minutes use of a person ("obecna"); '' means
    # "from the first name". Existing rows get the version of their `deleted` field, as in 0008.
    db.execute("ALTER TABLE person ADD COLUMN form_of_address TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE person SET clocks = json_set(clocks, '$.form_of_address', json_extract(clocks, '$.deleted'))")


_STRATEGY = "0010_strategy_of_the_partnership"


@step(_STRATEGY, own_transaction=True)
def strategy_of_the_partnership(db: Database) -> None:
    # Goals and key projects move from their meeting to its partnership (the meeting stays as their
    # provenance, now optional); projects get a kind and a priority, indicators a type; measurements
    # and the plan of joint actions get tables. Ids and field versions are kept: partnership_id takes
    # the version of meeting_id, new columns that of `deleted` (the same on every copy).
    if "partnership_id" in {row[1] for row in db.execute("PRAGMA table_info(goal)").fetchall()}:
        return  # rebuilt before a power cut kept it from being recorded
    conn: Any = getattr(db, "conn", db)  # sqlite-utils' Database, or a plain connection
    db.execute("PRAGMA foreign_keys = OFF")  # a table rebuilt under its children (SQLite's 12 steps)
    if not conn.in_transaction:
        db.execute("BEGIN IMMEDIATE")
    try:
        _rebuild(
            db,
            "goal",
            """
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    meeting_id TEXT REFERENCES meeting(id),
    parent_id TEXT REFERENCES goal(id),
    level TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0""",
            "g.id, m.partnership_id, g.meeting_id, g.parent_id, g.level, g.code, g.title, g.description, g.position, "
            "g.deleted, "
            "json_set(g.clocks, '$.partnership_id', json_extract(g.clocks, '$.meeting_id'))",
            ["partnership_id", "meeting_id", "parent_id"],
        )
        _rebuild(
            db,
            "key_project",
            """
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    meeting_id TEXT REFERENCES meeting(id),
    goal_id TEXT REFERENCES goal(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    leader_member_id TEXT REFERENCES member(id),
    estimated_cost_pln INTEGER,
    funding_source TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    kind TEXT NOT NULL DEFAULT 'key',
    priority INTEGER""",
            "g.id, m.partnership_id, g.meeting_id, g.goal_id, g.title, g.description, g.leader_member_id, "
            "g.estimated_cost_pln, g.funding_source, g.start_date, g.end_date, g.status, g.progress, 'key', NULL, "
            "g.deleted, "
            "json_set(g.clocks, '$.partnership_id', json_extract(g.clocks, '$.meeting_id'), "
            "'$.kind', json_extract(g.clocks, '$.deleted'), '$.priority', json_extract(g.clocks, '$.deleted'))",
            ["partnership_id", "meeting_id", "goal_id", "leader_member_id"],
        )
        db.execute("ALTER TABLE indicator ADD COLUMN kind TEXT NOT NULL DEFAULT ''")
        db.execute("ALTER TABLE indicator ADD COLUMN code TEXT NOT NULL DEFAULT ''")
        db.execute(
            "UPDATE indicator SET clocks = json_set(clocks, '$.kind', json_extract(clocks, '$.deleted'), "
            "'$.code', json_extract(clocks, '$.deleted'))"
        )
        db.execute(
            _table(
                "measurement",
                """
    indicator_id TEXT NOT NULL REFERENCES indicator(id),
    year INTEGER NOT NULL,
    value REAL NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''""",
            )
        )
        db.execute("CREATE INDEX measurement_indicator_id ON measurement(indicator_id)")
        db.execute(
            _table(
                "planned_action",
                """
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    meeting_id TEXT REFERENCES meeting(id),
    goal_id TEXT REFERENCES goal(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    leader_member_id TEXT REFERENCES member(id),
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0""",
            )
        )
        for column in ("partnership_id", "meeting_id", "goal_id", "leader_member_id"):
            db.execute(f"CREATE INDEX planned_action_{column} ON planned_action({column})")
        db.execute(
            _table(
                "swot_mark",
                """
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    swot_item_id TEXT NOT NULL REFERENCES swot_item(id),
    in_diagnosis INTEGER NOT NULL DEFAULT 0 CHECK (in_diagnosis IN (0, 1)),
    merged_into TEXT REFERENCES swot_item(id)""",
            )
        )
        for column in ("partnership_id", "swot_item_id", "merged_into"):
            db.execute(f"CREATE INDEX swot_mark_{column} ON swot_mark({column})")
        db.execute(
            _table(
                "project_list",
                """
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    issued_on TEXT NOT NULL,
    items TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(items))""",
            )
        )
        db.execute("CREATE INDEX project_list_partnership_id ON project_list(partnership_id)")
        db.execute(
            _table(
                "strategy_change",
                """
    partnership_id TEXT NOT NULL REFERENCES partnership(id),
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    column TEXT NOT NULL,
    old TEXT NOT NULL DEFAULT 'null',
    new TEXT NOT NULL DEFAULT 'null',
    changed_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    meeting_id TEXT REFERENCES meeting(id)""",
            )
        )
        db.execute("CREATE INDEX strategy_change_partnership_id ON strategy_change(partnership_id)")
        db.execute("CREATE INDEX strategy_change_meeting_id ON strategy_change(meeting_id)")
        db.execute("CREATE INDEX strategy_change_row_id ON strategy_change(row_id)")
        if db.execute("PRAGMA foreign_key_check").fetchall():
            raise sqlite3.IntegrityError("a goal or project refers to a row that does not exist")
        # What signed meetings recorded no longer includes the strategy: record it again (the lock
        # kept each unchanged since its signing; see storage/signed_state.py, version 3).
        from cwd_desktop.storage import signed_state

        for (meeting_id,) in db.execute("SELECT meeting_id FROM signed_state").fetchall():
            db.execute(
                "UPDATE signed_state SET digest = ? WHERE meeting_id = ?",
                [signed_state.state_digest(db, meeting_id, "3"), meeting_id],  # type: ignore[arg-type]
            )
        db.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    finally:
        db.execute("PRAGMA foreign_keys = ON")


def _rebuild(db: Database, table: str, columns: str, select: str, indexed: list[str]) -> None:
    """`table` again with `columns`, its rows copied by `select` (from the old table `g` joined to
    its meeting `m`), and an index on each of `indexed`."""
    db.execute(_table(f"{table}_new", columns))
    db.execute(f"INSERT INTO {table}_new SELECT {select} FROM {table} g JOIN meeting m ON m.id = g.meeting_id")
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
    for column in indexed:
        db.execute(f"CREATE INDEX {table}_{column} ON {table}({column})")


@step("0011_person_in_bip")
def person_in_bip(db: Database) -> None:
    # How the minutes' version for publication in BIP names the person; '' means "by role".
    # Existing rows get the version of their `deleted` field, as in 0008.
    db.execute("ALTER TABLE person ADD COLUMN in_bip TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE person SET clocks = json_set(clocks, '$.in_bip', json_extract(clocks, '$.deleted'))")


@step("0012_agenda_links")
def agenda_links(db: Database) -> None:
    # The agenda point a SWOT session or a vote happened under: the minutes print it under its
    # "Ad. N". Existing rows get the version of their `deleted` field, as in 0008.
    for table in ("swot_session", "decision"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN agenda_item_id TEXT REFERENCES agenda_item(id)")
        db.execute(
            f"UPDATE {table} SET clocks = json_set(clocks, '$.agenda_item_id', json_extract(clocks, '$.deleted'))"
        )
        db.execute(f"CREATE INDEX {table}_agenda_item_id ON {table}(agenda_item_id)")  # every reference is indexed


@step("0013_goals_agenda_link")
def goals_agenda_link(db: Database) -> None:
    # The agenda point the minutes print the goals (and projects, and the plan) under, as 0012.
    db.execute("ALTER TABLE meeting ADD COLUMN goals_agenda_item_id TEXT REFERENCES agenda_item(id)")
    db.execute(
        "UPDATE meeting SET clocks = json_set(clocks, '$.goals_agenda_item_id', json_extract(clocks, '$.deleted'))"
    )
    db.execute("CREATE INDEX meeting_goals_agenda_item_id ON meeting(goals_agenda_item_id)")


@step("0014_workshop_kit")
def workshop_kit(db: Database) -> None:
    # Paper voting (the dots each person has, the most one card may take), whether the room sees
    # who wrote a card, flipchart photos (bytes kept like a signed PDF's), and the prioritisation
    # matrix's scores, quadrant and rank of directions and projects. Existing rows get the version
    # of their `deleted` field, as in 0008.
    added = {
        "swot_session": [
            ("dot_budget", "INTEGER CHECK (dot_budget BETWEEN 1 AND 100)"),
            ("max_per_card", "INTEGER CHECK (max_per_card BETWEEN 1 AND 100)"),
            ("hide_authors", "INTEGER NOT NULL DEFAULT 0 CHECK (hide_authors IN (0, 1))"),
        ],
        "goal": _MATRIX_COLUMNS,
        "key_project": _MATRIX_COLUMNS,
    }
    for table, columns in added.items():
        for column, definition in columns:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
            db.execute(f"UPDATE {table} SET clocks = json_set(clocks, '$.{column}', json_extract(clocks, '$.deleted'))")
    db.execute(
        _table(
            "swot_photo",
            """
    session_id TEXT NOT NULL REFERENCES swot_session(id),
    sha256 TEXT NOT NULL REFERENCES stored_file(sha256),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    added_at TEXT NOT NULL,
    caption TEXT NOT NULL DEFAULT ''""",
        )
    )
    for column in ("session_id", "sha256"):
        db.execute(f"CREATE INDEX swot_photo_{column} ON swot_photo({column})")


_MATRIX_COLUMNS = [
    ("impact", "INTEGER CHECK (impact BETWEEN 0 AND 10)"),
    ("feasibility", "INTEGER CHECK (feasibility BETWEEN 0 AND 10)"),
    ("matrix_quadrant", "TEXT NOT NULL DEFAULT ''"),
    ("matrix_rank", "INTEGER"),
]

# Columns added after the first release of their table: (migration, table, column, default).
ADDED_COLUMNS: tuple[tuple[str, str, str, object], ...] = (
    ("0008_count_confirmed", "decision", "count_confirmed", 0),
    ("0009_person_form_of_address", "person", "form_of_address", ""),
    (_STRATEGY, "key_project", "kind", "key"),
    (_STRATEGY, "key_project", "priority", None),
    (_STRATEGY, "indicator", "kind", ""),
    (_STRATEGY, "indicator", "code", ""),
    ("0011_person_in_bip", "person", "in_bip", ""),
    ("0012_agenda_links", "swot_session", "agenda_item_id", None),
    ("0012_agenda_links", "decision", "agenda_item_id", None),
    ("0013_goals_agenda_link", "meeting", "goals_agenda_item_id", None),
    ("0014_workshop_kit", "swot_session", "dot_budget", None),
    ("0014_workshop_kit", "swot_session", "max_per_card", None),
    ("0014_workshop_kit", "swot_session", "hide_authors", 0),
    *[
        ("0014_workshop_kit", table, column, "" if column == "matrix_quadrant" else None)
        for table in ("goal", "key_project")
        for column in ("impact", "feasibility", "matrix_quadrant", "matrix_rank")
    ],
)
# Columns that moved a row from its meeting to the meeting's partnership: (migration, table); a
# package written before takes the partnership of the row's meeting (sync/package.py).
MOVED_TO_PARTNERSHIP: tuple[tuple[str, str], ...] = ((_STRATEGY, "goal"), (_STRATEGY, "key_project"))


def known_names() -> tuple[str, ...]:
    """Names of every migration this version knows, oldest first."""
    return tuple(name for name, _ in STEPS)


@functools.cache
def reference_schema() -> dict[str, tuple[str, str]]:
    """name -> (type, SQL) of every table and index the steps create: what a file of this version
    holds once migrated. Built once, in memory (a few milliseconds)."""
    conn = sqlite3.connect(":memory:")
    try:
        for _name, function in STEPS:
            function(conn)
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return {name: (kind, sql) for kind, name, sql in rows}
    finally:
        conn.close()


def schema_problems(conn: sqlite3.Connection, migrated: bool) -> list[str]:
    """What `conn`'s file holds that this version's schema does not: any trigger or view, a table
    of another name, and (once every migration is applied) a table or index defined otherwise.
    A file that only looks like ours could otherwise run its own SQL on every write."""
    reference = reference_schema()
    problems = []
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"):
        if (kind, name) == ("table", "_sqlite_migrations") or (
            kind == "index" and name.startswith("idx__sqlite_migrations_")
        ):
            continue  # sqlite-utils' record of the applied steps, and its index
        if kind in ("trigger", "view"):
            problems.append(f"a {kind} {name!r}")
        elif name not in reference:
            problems.append(f"an unknown {kind} {name!r}")
        elif migrated and reference[name] != (kind, sql):
            problems.append(f"the {kind} {name!r} defined otherwise")
    return problems


def apply(conn: sqlite3.Connection) -> None:
    """Apply the steps `conn`'s database has not had yet, each in its own transaction, recorded in
    sqlite-utils' `_sqlite_migrations` table."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, function in STEPS:
        migrations(name=name, transactional=name not in OWN_TRANSACTION)(function)
    migrations.apply(Database(conn, execute_plugins=False))
