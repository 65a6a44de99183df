"""Duplicates and sync with Hypothesis: three laptops each enter the same partnership and the same
people (their own ids, names written their own way), add meetings under them, exchange packages
in any order, and merge the duplicates they see whenever they like, also before they have every
package. At the end, after one last round of exchanges and merges on one laptop and another
round of exchanges, every laptop holds one partnership, one of each person, every meeting
under the live partnership, and the same sync digest."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from cwd_desktop.domain import Meeting, Partnership, Person
from cwd_desktop.errors import CwdError
from cwd_desktop.storage import open_store
from cwd_desktop.sync import duplicates
from cwd_desktop.sync.merge import import_package
from cwd_desktop.sync.package import build_package, read_package
from cwd_desktop.sync.service import digest

PARTNERSHIP = st.sampled_from(
    [
        "Partnerstwo Aglomeracji Beskidzkiej",
        "partnerstwo aglomeracji  beskidzkiej",
        "PARTNERSTWO AGLOMERACJI BESKIDZKIEJ",
    ]
)
PERSON = st.sampled_from(["Anna Nowak", "anna nowak", "Nowak Anna", "Jan Kowalski", "Kowalski  Jan"])


def merge_all(store) -> None:
    """What a coordinator does in the duplicates window: merge pairs until none is left."""
    for _ in range(50):
        found = duplicates.find(store)
        if not found:
            return
        pair = found[0]
        duplicates.merge(store, pair.kind, pair.keep_id, pair.other_id)
    raise AssertionError("merging did not end")


class LaptopsEnterTheSamePartnership(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="cwd-dup-"))
        self.laptops = [open_store(self.folder / f"laptop{n}.sqlite3") for n in range(3)]
        self.numbers = 0

    def teardown(self) -> None:
        for store in self.laptops:
            store.close()

    def _exchange(self, source: int, target: int) -> None:
        if source == target:
            return
        package = read_package(build_package(self.laptops[source]), f"laptop{source}.cwdsync")
        with self.laptops[target].transaction():
            import_package(self.laptops[target], package, accept_new_devices="person")

    def _partnership(self, laptop: int) -> Partnership | None:
        """The newest live partnership: a merge keeps the oldest, so new rows often land under the
        one another laptop has already merged away."""
        live = self.laptops[laptop].find(Partnership, order_by="id")
        return live[-1] if live else None

    @rule(laptop=st.integers(0, 2), name=PARTNERSHIP)
    def enter_the_partnership(self, laptop, name):
        if self._partnership(laptop) is None:
            self.laptops[laptop].add(Partnership(name=name))

    @rule(laptop=st.integers(0, 2), name=PERSON)
    def enter_a_person(self, laptop, name):
        p = self._partnership(laptop)
        if p is not None:
            self.laptops[laptop].add(Person(partnership_id=p.id, full_name=name))

    @rule(laptop=st.integers(0, 2))
    def add_a_meeting(self, laptop):
        p = self._partnership(laptop)
        if p is not None:
            self.numbers += 1
            self.laptops[laptop].add(Meeting(partnership_id=p.id, number=f"{self.numbers}/2026"))

    @rule(source=st.integers(0, 2), to=st.integers(0, 2))
    def exchange(self, source, to):
        self._exchange(source, to)

    @precondition(lambda self: any(duplicates.find(store) for store in self.laptops))
    @rule(laptop=st.integers(0, 2))
    def merge_what_it_sees(self, laptop):
        try:
            merge_all(self.laptops[laptop])
        except CwdError as exc:  # a merge is refused only for a reason a person can read
            raise AssertionError(f"a merge was refused: {exc}") from exc

    def _round(self) -> None:
        for _ in range(2):
            for source in range(3):
                for target in range(3):
                    self._exchange(source, target)

    @rule(laptop=st.integers(0, 2))
    def converge(self, laptop):
        self._round()
        merge_all(self.laptops[laptop])
        self._round()
        for store in self.laptops:
            assert duplicates.find(store) == []
            live = store.find(Partnership)
            assert len(live) <= 1
            names = [" ".join(sorted(duplicates.normalised(p.full_name).split())) for p in store.find(Person)]
            assert len(names) == len(set(names))  # one of each person
            for meeting in store.find(Meeting):
                assert meeting.partnership_id == live[0].id  # nothing left under a merged partnership
            for person in store.find(Person):
                assert person.partnership_id == live[0].id
        assert len({digest(store) for store in self.laptops}) == 1


LaptopsEnterTheSamePartnership.TestCase.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestLaptopsEnterTheSamePartnership = LaptopsEnterTheSamePartnership.TestCase
