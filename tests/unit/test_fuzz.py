"""Fuzzing with Hypothesis: bad input gives a clear error or a correct result, never a crash or a
partial write."""

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cwd_desktop.domain import ENTITIES, Meeting, Member, Partnership, Person, SwotItem, SwotSession
from cwd_desktop.errors import CwdError, ValidationError
from cwd_desktop.services.csv_import import import_people, import_swot
from cwd_desktop.storage import open_store

ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=50),
    st.binary(max_size=10),
    st.lists(st.text(max_size=5), max_size=3),
    st.dates(),
    st.times(),
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(cls=st.sampled_from(ENTITIES), data=st.data())
def test_domain_accepts_or_explains(cls, data):
    values = {f.name: data.draw(ANY_VALUE) for f in dataclasses.fields(cls) if f.name != "id"}
    try:
        entity = cls(**values)
    except ValidationError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    entity.validate()  # a built entity is a valid one


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3")
    p = store.add(Partnership(name="Fuzz"))
    store.add(Member(partnership_id=p.id, name="Gmina Rajcza"))
    m = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    store.add(SwotSession(meeting_id=m.id))
    yield store
    store.close()


CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["S", "W", "O", "T", "Szanse", "3", "-1", "x", ""]),
    st.text(min_size=3000, max_size=5000),
)
ROWS = st.lists(st.lists(CELL, min_size=1, max_size=6), max_size=8)


def _csv(header: str, rows, encoding: str, separator: str) -> bytes:
    lines = [header.replace(",", separator)] + [
        separator.join(c.replace(separator, " ").replace("\n", " ").replace('"', "'").replace("\r", " ") for c in row)
        for row in rows
    ]
    return "\n".join(lines).encode(encoding, errors="replace")


@FUZZ
@given(
    rows=ROWS,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1250"]),
    separator=st.sampled_from([",", ";"]),
    junk=st.binary(max_size=200),
    use_junk=st.booleans(),
)
def test_swot_import_all_or_nothing(target, tmp_path_factory, rows, encoding, separator, junk, use_junk):
    path = tmp_path_factory.mktemp("csv") / "swot.csv"
    path.write_bytes(junk if use_junk else _csv("quadrant,text,votes,theme", rows, encoding, separator))
    before = len(target.find(SwotItem))
    try:
        imported = import_swot(target, "1/2026", path)
    except CwdError as exc:
        assert str(exc) and "\n" not in str(exc)
        assert len(target.find(SwotItem)) == before
        return
    assert len(target.find(SwotItem)) == before + len(imported) and imported


@FUZZ
@given(rows=ROWS, encoding=st.sampled_from(["utf-8", "cp1250"]), junk=st.binary(max_size=200), use_junk=st.booleans())
def test_people_import_all_or_nothing(target, tmp_path_factory, rows, encoding, junk, use_junk):
    path = tmp_path_factory.mktemp("csv") / "people.csv"
    path.write_bytes(junk if use_junk else _csv("name,role,affiliation,email,phone", rows, encoding, ","))
    before = len(target.find(Person))
    try:
        imported = import_people(target, "Fuzz", path)
    except CwdError as exc:
        assert str(exc) and "\n" not in str(exc)
        assert len(target.find(Person)) == before
        return
    assert len(target.find(Person)) == before + len(imported)
