"""Sync properties with Hypothesis: three laptops with skewed clocks edit, delete, restore, add and
exchange packages; a coordinator imports every package in two random orders, with duplicates."""

import hashlib
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.storage import open_store
from cwd_desktop.storage.hlc import wall_ms
from cwd_desktop.sync import conflicts as conflict_log
from cwd_desktop.sync.merge import import_package
from cwd_desktop.sync.package import FieldVersion, build_package, read_package
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


class Laptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="cwd-sync-"))
        seed = open_store(self.folder / "seed.sqlite3")
        p = seed.add(Partnership(name="Partnerstwo"))
        m = seed.add(Meeting(partnership_id=p.id, number="1/2026"))
        self.session = seed.add(SwotSession(meeting_id=m.id))
        self.items = [
            seed.add(SwotItem(session_id=self.session.id, quadrant="S", text=f"Pozycja {i}")).id for i in range(3)
        ]
        base = build_package(seed)
        seed.close()
        self.laptops = []
        for index, skew in enumerate(SKEWS_MS):
            laptop = open_store(self.folder / f"laptop{index}.sqlite3")
            laptop.clock._now = lambda skew=skew: wall_ms() + skew
            import_package(laptop, read_package(base), accept_new_devices="person")
            self.laptops.append(laptop)
        self.packages = [base]

    def teardown(self) -> None:
        for laptop in self.laptops:
            laptop.close()

    @rule(laptop=st.integers(0, 2), item=st.integers(0, 8), text=TEXTS)
    def edit_text(self, laptop, item, text):
        ids = self._ids(laptop)
        self.laptops[laptop].update(SwotItem, ids[item % len(ids)], text=text)

    @rule(laptop=st.integers(0, 2), item=st.integers(0, 8), votes=st.integers(0, 30))
    def edit_votes(self, laptop, item, votes):
        ids = self._ids(laptop)
        self.laptops[laptop].update(SwotItem, ids[item % len(ids)], votes=votes)

    @rule(laptop=st.integers(0, 2), item=st.integers(0, 8), deleted=st.booleans())
    def delete_or_restore(self, laptop, item, deleted):
        ids = self._ids(laptop)
        self.laptops[laptop].update(SwotItem, ids[item % len(ids)], deleted=deleted)

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
        first = data.draw(st.permutations(self.packages))
        second = data.draw(st.permutations(self.packages)) + data.draw(
            st.lists(st.sampled_from(self.packages), max_size=3)
        )
        stores = []
        for name, order in (("c1", first), ("c2", second)):
            path = self.folder / f"{name}-{len(self.packages)}-{data.draw(st.integers(0, 10**9))}.sqlite3"
            store = open_store(path)
            for package in order:
                import_package(store, read_package(package), accept_new_devices="person")
            stores.append(store)
        c1, c2 = stores
        assert digest(c1) == digest(c2)
        before = digest(c1)
        for package in first:
            import_package(c1, read_package(package), accept_new_devices="person")  # re-import changes nothing
        assert digest(c1) == before
        self._check_greatest_write_and_conflicts(c1, first)
        for store in stores:
            store.close()

    def _check_greatest_write_and_conflicts(self, store, packages) -> None:
        logged = {
            (c.table, c.row_id, c.column, c.lost_hlc, c.lost_device)
            for c in conflict_log.conflicts(store, include_resolved=True)
        }
        for (table, row_id, column), versions in versions_in(packages).items():
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
