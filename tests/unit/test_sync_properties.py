"""Sync properties with Hypothesis: three laptops with skewed clocks edit, delete, restore, add and
exchange packages, and one of them may sign meeting 1/2026; an adversary (a device the coordinator
accepted) sends forged packages; a coordinator imports every package in two random orders, with
duplicates. Every honest field ends at its greatest write, and the signed meeting stays
byte-for-byte what was signed (its PDF) and field-for-field what was recorded."""

import contextlib
import hashlib
import json
import tempfile
from pathlib import Path

from forgery import NEWER, edit_records, new_row, setter
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cwd_desktop.domain import Goal, Indicator, KeyProject, Measurement, Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.errors import ReadOnlyError
from cwd_desktop.minutes.certs import create_certificate
from cwd_desktop.services.minutes import export_minutes, latest_signed
from cwd_desktop.storage import open_store, signed_state
from cwd_desktop.storage.hlc import wall_ms
from cwd_desktop.sync import conflicts as conflict_log
from cwd_desktop.sync.merge import import_package
from cwd_desktop.sync.package import FieldVersion, PackageError, build_package, read_package
from cwd_desktop.sync.service import digest

SKEWS_MS = (-90_000, 0, 45_000)  # one laptop 1.5 minutes behind, one 45 s ahead
TEXTS = st.sampled_from(["Góry", "Lasy", "Drogi", "Żłobki", "Rowery", "Seniorzy"])


def spec_key(table: str, column: str, version: FieldVersion) -> tuple:
    """The merge order, as DESIGN.md states it: (hlc, device, value hash); a signed status first."""
    signed = table == "meeting" and column == "status" and version.value == "signed"
    value_hash = hashlib.sha256(json.dumps(version.value, sort_keys=True).encode()).hexdigest()
    return signed, version.hlc, version.device, value_hash


def versions_in(packages: list[bytes]) -> dict[tuple[str, str, str], set]:
    """Every distinct version of every field found in the packages."""
    found: dict[tuple[str, str, str], set] = {}
    for data in packages:
        package = read_package(data)
        for table, rows in package.rows.items():
            for row_id, fields in rows.items():
                for column, v in fields.items():
                    found.setdefault((table, row_id, column), set()).add((json.dumps(v.value), v.hlc, v.device, v.base))
    return found


KEY = None


def signing_key():
    global KEY
    if KEY is None:
        KEY = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")
    return KEY


class Laptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="cwd-sync-"))
        seed = open_store(self.folder / "seed.sqlite3")
        p = seed.add(Partnership(name="Partnerstwo"))
        # Meeting 1/2026 may be signed by one laptop; 2/2026 stays a draft all along.
        self.signable = seed.add(Meeting(partnership_id=p.id, number="1/2026"))
        self.draft = seed.add(Meeting(partnership_id=p.id, number="2/2026"))
        self.signable_session = seed.add(SwotSession(meeting_id=self.signable.id))
        self.session = seed.add(SwotSession(meeting_id=self.draft.id))
        self.signable_items = [
            seed.add(SwotItem(session_id=self.signable_session.id, quadrant="W", text=f"Słabość {i}")).id
            for i in range(2)
        ]
        self.items = [
            seed.add(SwotItem(session_id=self.session.id, quadrant="S", text=f"Pozycja {i}")).id for i in range(3)
        ]
        # The strategy agreed at 1/2026: it belongs to the partnership, so it moves on after the
        # signing (projects updated, indicators measured) on any laptop, and merges like the rest.
        self.goal = seed.add(Goal(partnership_id=p.id, meeting_id=self.signable.id, title="Cel 1"))
        self.indicator = seed.add(Indicator(goal_id=self.goal.id, name="Długość tras", target_value=100))
        self.project = seed.add(KeyProject(partnership_id=p.id, meeting_id=self.signable.id, title="Trasa"))
        base = build_package(seed)
        seed.close()
        self.adversary = open_store(self.folder / "adversary.sqlite3")
        self.hostile: list[bytes] = []
        self.signed: tuple[bytes, str] | None = None  # the signed PDF and the state digest it records
        self.laptops = []
        for index, skew in enumerate(SKEWS_MS):
            laptop = open_store(self.folder / f"laptop{index}.sqlite3")
            laptop.clock._now = lambda skew=skew: wall_ms() + skew
            import_package(laptop, read_package(base), accept_new_devices="person")
            self.laptops.append(laptop)
        self.packages = [base]

    def teardown(self) -> None:
        for laptop in [*self.laptops, self.adversary]:
            laptop.close()

    def _edit(self, laptop, item, **changes):
        ids = self._ids(laptop)
        with contextlib.suppress(ReadOnlyError):  # a card of the meeting signed on (or signed for) this laptop
            self.laptops[laptop].update(SwotItem, ids[item % len(ids)], **changes)

    @rule(laptop=st.integers(0, 2), item=st.integers(0, 8), text=TEXTS)
    def edit_text(self, laptop, item, text):
        self._edit(laptop, item, text=text)

    @rule(laptop=st.integers(0, 2), item=st.integers(0, 8), votes=st.integers(0, 30))
    def edit_votes(self, laptop, item, votes):
        self._edit(laptop, item, votes=votes)

    @rule(laptop=st.integers(0, 2), item=st.integers(0, 8), deleted=st.booleans())
    def delete_or_restore(self, laptop, item, deleted):
        self._edit(laptop, item, deleted=deleted)

    @rule(laptop=st.integers(0, 2), progress=st.integers(0, 100), title=TEXTS)
    def update_the_strategy(self, laptop, progress, title):
        """Never refused, signed meeting or not: the strategy is the partnership's."""
        store = self.laptops[laptop]
        store.update(KeyProject, self.project.id, progress=progress)
        store.update(Goal, self.goal.id, title=title)

    @rule(laptop=st.integers(0, 2), year=st.integers(2026, 2030), value=st.integers(0, 200))
    def measure(self, laptop, year, value):
        self.laptops[laptop].add(Measurement(indicator_id=self.indicator.id, year=year, value=value))

    @precondition(lambda self: self.signed is None)
    @rule(laptop=st.integers(0, 2))
    def sign(self, laptop):
        """One laptop signs meeting 1/2026 (once in a run: two different protokoły of one meeting
        are a conflict the coordinator resolves, test_signed_frozen.py)."""
        store = self.laptops[laptop]
        result = export_minutes(store, self.signable.id, self.folder / "signed.pdf", key=signing_key())
        self.signed = (result.path.read_bytes(), signed_state.recorded(store.db)[self.signable.id])
        self.packages.append(build_package(store))

    @rule(which=st.integers(0, 100), attack=st.integers(0, 6), text=TEXTS)
    def adversary_sends(self, which, attack, text):
        """A forged package built from an honest one, signed by the adversary's own (accepted) key:
        newer clocks on the signable meeting's cards and title, a card moved into it, a back-dated tombstone, the draft
        marked signed without a signature, a second "protokół" that is no PDF, or bytes changed on
        the way (not signed again)."""
        honest = self.packages[which % len(self.packages)]
        item, other = self.signable_items[0], self.items[0]
        changes = [
            [setter(item, "text", text)],
            [setter(self.signable.id, "status", "signed"), setter(self.signable.id, "title", text)],
            [setter(other, "session_id", self.signable_session.id)],
            [setter(item, "deleted", 1, hlc="0000000000010000")],
            [setter(self.draft.id, "status", "signed")],
            [
                new_row(
                    "signed_minutes",
                    "0190ffff-0000-7000-8000-00000000000a",
                    {
                        "meeting_id": self.signable.id,
                        "sha256": "0" * 64,
                        "file_name": "falszywy.pdf",
                        "signed_at": "2026-01-01T00:00:00+00:00",
                        "signer": "Ktoś",
                        "lang": "pl",
                        "deleted": 0,
                    },
                    hlc=NEWER,
                )
            ],
        ]
        if attack == len(changes):
            tampered = bytearray(honest)
            tampered[len(tampered) // 2] ^= 0x01
            self.hostile.append(bytes(tampered))
            return
        data = honest
        for change in changes[attack]:
            data = edit_records(data, change, self.adversary, claim=self.adversary)
        self.hostile.append(data)

    @rule(laptop=st.integers(0, 2), text=TEXTS)
    def add_item(self, laptop, text):
        self.laptops[laptop].add(SwotItem(session_id=self.session.id, quadrant="O", text=text))

    @rule(laptop=st.integers(0, 2))
    def export(self, laptop):
        self.packages.append(build_package(self.laptops[laptop]))

    @precondition(lambda self: len(self.packages) > 1)
    @rule(laptop=st.integers(0, 2), which=st.integers(0, 100))
    def laptop_imports(self, laptop, which):
        import_package(
            self.laptops[laptop], read_package(self.packages[which % len(self.packages)]), accept_new_devices="person"
        )

    def _ids(self, laptop) -> list[str]:
        return [row.id for row in self.laptops[laptop].find(SwotItem, include_deleted=True)]

    @precondition(lambda self: len(self.packages) > 1)
    @rule(data=st.data())
    def coordinator_imports_in_two_orders(self, data):
        everything = self.packages + self.hostile
        first = data.draw(st.permutations(everything))
        second = data.draw(st.permutations(everything)) + data.draw(st.lists(st.sampled_from(everything), max_size=3))
        stores = []
        for name, order in (("c1", first), ("c2", second)):
            path = self.folder / f"{name}-{len(everything)}-{data.draw(st.integers(0, 10**9))}.sqlite3"
            store = open_store(path)
            for package in order:
                try:
                    import_package(store, read_package(package), accept_new_devices="person")
                except PackageError:
                    assert package in self.hostile  # an honest package is never refused
            stores.append(store)
        for store in stores:
            self._check_the_signed_meeting(store)
            self._check_greatest_write_and_conflicts(store, self.packages)
        c1 = stores[0]
        before = digest(c1)
        for package in first:
            with contextlib.suppress(PackageError):  # re-import changes nothing
                import_package(c1, read_package(package), accept_new_devices="person")
        assert digest(c1) == before
        for store in stores:
            store.close()

    def _check_the_signed_meeting(self, store) -> None:
        """Signed by a package only with its protokół, and then exactly what was signed."""
        meeting = store.get(Meeting, self.signable.id)
        assert store.get(Meeting, self.draft.id).status.value == "draft"
        if meeting.status.value != "signed":
            return
        assert self.signed is not None
        pdf, recorded = self.signed
        assert latest_signed(store, self.signable.id)[1] == pdf
        assert signed_state.state_digest(store.db, self.signable.id) == recorded
        assert signed_state.recorded(store.db)[self.signable.id] == recorded

    def _signable_rows(self, store) -> set[tuple[str, str]]:
        """(table, id) of the rows under meeting 1/2026: the adversary writes to them, and once
        signed they are frozen, not last-writer-wins (_check_the_signed_meeting checks them)."""
        rows = {("meeting", self.signable.id), ("swot_session", self.signable_session.id)}
        rows |= {("swot_item", item) for item in self.signable_items}
        rows |= {("signed_minutes", r[0]) for r in store.db.execute("SELECT id FROM signed_minutes")}
        rows |= {
            ("swot_item", r[0])
            for r in store.db.execute("SELECT id FROM swot_item WHERE session_id = ?", [self.signable_session.id])
        }
        return rows

    def _check_greatest_write_and_conflicts(self, store, packages) -> None:
        logged = {
            (c.table, c.row_id, c.column, c.lost_hlc, c.lost_device)
            for c in conflict_log.conflicts(store, include_resolved=True)
        }
        frozen = self._signable_rows(store)
        for (table, row_id, column), versions in versions_in(packages).items():
            if (table, row_id) in frozen or (table == "swot_item" and column == "session_id"):
                continue  # the adversary's target; or a card's session, which it may move into it
            as_versions = [FieldVersion(json.loads(v), h, d, b) for v, h, d, b in versions]
            winner = max(as_versions, key=lambda v: spec_key(table, column, v))
            row = store.db.execute(f"SELECT {column}, clocks FROM {table} WHERE id = ?", [row_id]).fetchone()
            assert row[0] == winner.value, (table, column)  # each field ends at its greatest write
            assert json.loads(row[1])[column][:2] == [winner.hlc, winner.device]
            bases = {v.base for v in as_versions if v.base}
            for v in as_versions:
                superseded = (v.hlc, v.device) in bases or any(
                    o.device == v.device and o.hlc > v.hlc for o in as_versions
                )
                if v is winner or superseded or v.value == winner.value or v.device == winner.device:
                    continue
                assert (table, row_id, column, v.hlc, v.device) in logged, (table, column, v)

    @invariant()
    def laptops_stay_sound(self):
        for laptop in self.laptops:
            assert laptop.db.execute("PRAGMA foreign_key_check").fetchall() == []


TestLaptops = Laptops.TestCase
TestLaptops.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
