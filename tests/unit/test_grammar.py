"""Polish agreement in what the minutes say of people and members: "obecna" for a woman,
"Prowadząca (moderatorka)" when a woman chaired, "wstrzymała się" for a gmina, "nieobecne" for a town."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from cwd_desktop.domain import Attendance, Decision, Meeting, Member, NamedVote, Partnership, Person, grammar
from cwd_desktop.domain.choices import FormOfAddress, PersonRole, Vote, VotingMode
from cwd_desktop.domain.grammar import F, M, N, member_gender, name_gender, person_gender, role_label, vote_label
from cwd_desktop.services.minutes import export_attendance_sheet, export_minutes


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Anna Nowak", F),
        ("Jan Kowalski", M),
        ("ANNA NOWAK", F),
        ("anna", F),
        ("Kuba Wojewódzki", M),  # a man's name in -a
        ("Kosma Złotowski", M),
        ("Nowakowska Anna", F),  # surname first, feminine ending
        ("Beatrycze Kot", F),  # a woman's name not in -a
        ("Łucja Ćwik", F),
        ("Józef Gacek", M),
        ("", M),
    ],
)
def test_a_persons_gender_from_the_first_name(name: str, gender: str) -> None:
    assert name_gender(name) == gender


def test_the_form_of_address_settles_what_the_name_does_not() -> None:
    assert person_gender(Person(partnership_id="p", full_name="Kamila Kowal")) == F
    assert person_gender(Person(partnership_id="p", full_name="Kamila Kowal", form_of_address=FormOfAddress.MR)) == M
    assert person_gender(Person(partnership_id="p", full_name="Alex Smith", form_of_address=FormOfAddress.MS)) == F


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Gmina Rajcza", F),
        ("Powiat Żywiecki", M),
        ("Miasto Żywiec", N),
        ("Miasto i Gmina Węgierska Górka", N),
        ("Stowarzyszenie Aglomeracja Beskidzka", N),
        ("Związek Gmin Fortecznych", M),
        ("Lokalna Grupa Działania Żywiecki Raj", F),
        ("Województwo Śląskie", N),
    ],
)
def test_a_members_gender_from_the_head_of_its_name(name: str, gender: str) -> None:
    assert member_gender(Member(partnership_id="p", name=name)) == gender


def test_votes_and_roles_agree() -> None:
    assert [vote_label(Vote.ABSTAIN, g) for g in (F, M, N)] == ["wstrzymała się", "wstrzymał się", "wstrzymało się"]
    assert [vote_label(Vote.ABSENT, g) for g in (F, M, N)] == ["nieobecna", "nieobecny", "nieobecne"]
    assert vote_label(Vote.FOR, N) == "za" and vote_label(Vote.ABSTAIN, F, "en") == "abstain"
    assert role_label(PersonRole.MEMBER_REPRESENTATIVE, F) == "przedstawicielka JST"
    assert role_label(PersonRole.MEMBER_REPRESENTATIVE, M) == "przedstawiciel JST"
    assert role_label(PersonRole.YOUTH, F) == "młodzież"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed (.ci/run installs it)")
def test_the_minutes_agree_with_each_person_and_member(store, tmp_path) -> None:
    p = store.add(Partnership(name="Partnerstwo"))
    gmina, miasto, powiat = store.add_many(
        [
            Member(partnership_id=p.id, name="Gmina Rajcza"),
            Member(partnership_id=p.id, name="Miasto Żywiec", kind="city_county"),
            Member(partnership_id=p.id, name="Powiat Żywiecki", kind="powiat"),
        ]
    )
    anna = store.add(Person(partnership_id=p.id, full_name="Anna Juroszek", role="moderator"))
    jan = store.add(Person(partnership_id=p.id, full_name="Jan Gacek", member_id=gmina.id))
    zofia = store.add(Person(partnership_id=p.id, full_name="Zofia Kukuczka", member_id=miasto.id))
    meeting = store.add(Meeting(partnership_id=p.id, number="7/2026", chair_id=anna.id, minute_taker_id=jan.id))
    store.add_many(
        [
            Attendance(meeting_id=meeting.id, person_id=anna.id, present=True),
            Attendance(meeting_id=meeting.id, person_id=jan.id, present=True),
            Attendance(meeting_id=meeting.id, person_id=zofia.id, present=False),
        ]
    )
    decision = store.add(Decision(meeting_id=meeting.id, motion="Przyjęcie planu", mode=VotingMode.NAMED))
    store.add_many(
        [
            NamedVote(decision_id=decision.id, member_id=gmina.id, vote=Vote.ABSTAIN),
            NamedVote(decision_id=decision.id, member_id=miasto.id, vote=Vote.ABSENT),
            NamedVote(decision_id=decision.id, member_id=powiat.id, vote=Vote.ABSTAIN),
        ]
    )
    target = tmp_path / "p.pdf"
    export_minutes(store, meeting.id, target, "pl")
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    assert "Prowadząca (moderatorka) Anna Juroszek" in text
    assert "Protokolant Jan Gacek" in text
    assert "Prowadząca" in text.split("Podpisy")[-1]
    assert "Gmina Rajcza wstrzymała się" in text
    assert "Miasto Żywiec nieobecne" in text
    assert "Powiat Żywiecki wstrzymał się" in text
    assert "Anna Juroszek moderatorka obecna" in text
    assert "Zofia Kukuczka" in text and "przedstawicielka JST nieobecna" in text
    assert "Jan Gacek" in text and "przedstawiciel JST obecny" in text
    assert "Prowadzacy" not in text and "obecny/a" not in text

    sheet = tmp_path / "lista.pdf"
    export_attendance_sheet(store, meeting.id, sheet, "pl")
    sheet_text = " ".join(subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True).stdout.split())
    assert "przedstawicielka JST" in sheet_text and "moderatorka" in sheet_text


@pytest.mark.parametrize(
    ("n", "word"),
    [
        (1, "kropkę"),
        (2, "kropki"),
        (4, "kropki"),
        (5, "kropek"),
        (12, "kropek"),
        (14, "kropek"),
        (22, "kropki"),
        (25, "kropek"),
        (0, "kropek"),
    ],
)
def test_a_noun_agrees_with_its_number(n: int, word: str) -> None:
    assert grammar.counted(n, "kropkę", "kropki", "kropek") == word
