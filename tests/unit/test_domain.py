import datetime as dt

import pytest

from cwd_desktop.domain import (
    ConsultationRemark,
    Decision,
    Goal,
    GoalSource,
    Indicator,
    KeyProject,
    Meeting,
    Member,
    Partnership,
    Person,
    SwotItem,
    TowsStrategy,
)
from cwd_desktop.domain.choices import MajorityRule, MeetingStatus, PersonRole, Quadrant, RemarkResponse, Vote
from cwd_desktop.domain.decisions import NamedVote, Tally, decide, has_quorum, tally
from cwd_desktop.domain.meeting import check_transition
from cwd_desktop.errors import ValidationError


def test_text_is_coerced_to_field_types():
    item = SwotItem(session_id="s", quadrant="Zagrożenia", text="Osuwiska", votes="4")
    assert item.quadrant is Quadrant.T and item.votes == 4
    meeting = Meeting(partnership_id="p", number="3/2026", date="2026-03-12", start_time="10:00", status="closed")
    assert meeting.date == dt.date(2026, 3, 12) and meeting.start_time == dt.time(10, 0)
    assert meeting.status is MeetingStatus.CLOSED
    assert Indicator(goal_id="g", name="km", baseline_value="86,5").baseline_value == 86.5


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Partnership(name="  "), "name must not be empty"),
        (lambda: Partnership(name="P", themes=["tourism", "tourism"]), "listed twice"),
        (lambda: Member(partnership_id="p", name="Gmina", teryt="12a"), "TERYT"),
        (lambda: Person(partnership_id="p", full_name="Jan", email="jan-at-example"), "e-mail"),
        (lambda: Person(partnership_id="p", full_name="Jan", phone="call me"), "phone"),
        (lambda: Meeting(partnership_id="p", number="1", start_time="12:00", end_time="11:00"), "end before"),
        (lambda: SwotItem(session_id="s", quadrant="S", text="x", votes=-1), "votes"),
        (lambda: SwotItem(session_id="s", quadrant="X", text="x"), "not a valid SWOT quadrant"),
        (lambda: SwotItem(session_id="s", quadrant="S", text=""), "text must not be empty"),
        (lambda: Goal(partnership_id="p", level="operational", title="Cel"), "needs the goal"),
        (lambda: Goal(partnership_id="p", parent_id="g", level="strategic", title="Cel"), "no parent"),
        (lambda: GoalSource(goal_id="g"), "either a TOWS strategy or a SWOT item"),
        (lambda: Indicator(goal_id="g", name="x", baseline_year=2030, target_year=2025), "target year"),
        (lambda: KeyProject(partnership_id="p", title="P", progress=120), "progress"),
        (
            lambda: KeyProject(partnership_id="p", title="P", start_date="2027-01-01", end_date="2026-01-01"),
            "end before",
        ),
        (lambda: Decision(meeting_id="m", motion="M", votes_for=-2), "Votes for"),
        (lambda: ConsultationRemark(meeting_id="m", text="t"), "author"),
        (lambda: ConsultationRemark(meeting_id="m", author_group="g", text="t", response="rejected"), "justification"),
        (lambda: Meeting(partnership_id="p", number="1", date="12.03.2026"), "cannot take the value"),
    ],
)
def test_validation_errors_name_the_problem(build, message):
    with pytest.raises(ValidationError, match=message):
        build()


def test_choices_parse_values_and_both_labels():
    assert PersonRole.parse("ekspert") is PersonRole.EXPERT
    assert PersonRole.parse("Partnership Advisor") is PersonRole.ADVISOR
    assert Quadrant.parse(" mocne strony ") is Quadrant.S
    assert RemarkResponse.parse("nieuwzględniona") is RemarkResponse.REJECTED
    with pytest.raises(ValidationError, match=r"S \(Mocne strony\)"):
        Quadrant.parse("Q")


def test_tows_strategy_names_the_quadrants_it_pairs():
    assert TowsStrategy(session_id="s", kind="WO", text="t").pairs_allowed() == {Quadrant.W, Quadrant.O}


def test_status_transitions():
    check_transition(MeetingStatus.DRAFT, MeetingStatus.CLOSED)
    check_transition(MeetingStatus.CLOSED, MeetingStatus.DRAFT)
    with pytest.raises(ValidationError):
        check_transition(MeetingStatus.SIGNED, MeetingStatus.DRAFT)


def test_named_votes_are_tallied():
    decision = Decision(meeting_id="m", motion="Przyjęcie celu 1", mode="named")
    votes = [
        NamedVote(decision_id="d", member_id=str(i), vote=v)
        for i, v in enumerate([Vote.FOR, Vote.FOR, Vote.AGAINST, Vote.ABSTAIN, Vote.ABSENT])
    ]
    assert tally(decision, votes) == Tally(2, 1, 1, 1)
    totals = Decision(meeting_id="m", motion="Porządek", votes_for=9, votes_against=1, votes_abstain=2)
    assert tally(totals, votes) == Tally(9, 1, 2)


@pytest.mark.parametrize(
    ("rule", "counted", "total", "present", "quorum", "adopted"),
    [
        (MajorityRule.SIMPLE, Tally(3, 2, 5), 10, 5, True, True),  # abstentions do not count
        (MajorityRule.SIMPLE, Tally(2, 2, 0), 10, 6, True, False),  # a tie is not a majority
        (MajorityRule.SIMPLE, Tally(4, 0, 0), 10, 4, False, False),  # no quorum, never adopted
        (MajorityRule.ABSOLUTE, Tally(5, 0, 1), 10, 6, True, False),  # 5 of 10 is not more than half
        (MajorityRule.ABSOLUTE, Tally(6, 3, 0), 11, 9, True, True),
        (MajorityRule.CONSENSUS, Tally(8, 0, 2), 10, 10, True, True),
        (MajorityRule.CONSENSUS, Tally(9, 1, 0), 10, 10, True, False),
    ],
)
def test_decision_rules(rule, counted, total, present, quorum, adopted):
    outcome = decide(rule, counted, total, present)
    assert (outcome.quorum, outcome.adopted) == (quorum, adopted)


def test_a_motion_with_no_vote_cast_is_not_voted_rather_than_rejected():
    """ "nie głosowano", not "odrzucony (0/0/0)": the GUI, the projector and the minutes read this."""
    assert not decide(MajorityRule.SIMPLE, Tally(0, 0, 0, absent=3), 10, 8).voted
    assert decide(MajorityRule.SIMPLE, Tally(0, 0, 1), 10, 8).voted


def test_more_votes_than_voters_present_records_no_result():
    over = decide(MajorityRule.SIMPLE, Tally(5, 1, 0), 10, 6, voters_present=4)
    assert over.over_attendance and not over.adopted and over.quorum
    assert not decide(MajorityRule.SIMPLE, Tally(3, 1, 0), 10, 6, voters_present=4).over_attendance


def test_quorum_needs_members():
    assert not has_quorum(0, 0)
    assert has_quorum(6, 3) and not has_quorum(7, 3)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "słowo " * 3_334, "longer than 20 000 characters"),
        ("place", "x" * 20_001, "longer than 20 000 characters"),
        ("revision", 2**63, "at most 19 digits"),
        ("revision", "99999999999999999999", "at most 19 digits"),
    ],
)
def test_no_local_edit_stores_what_no_field_can_hold(field, value, message):
    with pytest.raises(ValidationError, match=message):
        Meeting(partnership_id="p", number="1/2026", **{field: value})


def test_a_float_field_refuses_nan_and_infinity():
    from cwd_desktop.domain import Indicator

    for value in ("nan", float("inf"), "-inf", float("nan")):
        with pytest.raises(ValidationError):
            Indicator(goal_id="g", name="Liczba miejsc w żłobkach", baseline_value=value)
    assert Indicator(goal_id="g", name="Liczba", baseline_value="12,5").baseline_value == 12.5


def test_patterns_take_no_trailing_newline():
    from cwd_desktop.domain.entity import EMAIL, TERYT
    from cwd_desktop.storage.hlc import parse_hlc

    assert EMAIL.match("a@b.pl") and not EMAIL.match("a@b.pl\n")
    assert TERYT.match("1234567") and not TERYT.match("1234567\n")
    assert parse_hlc("01a2000000000000") == 0x01A2000000000000
    for clock in ("01a200000000000\n", " 1a2000000000000", "0x1a20000000000f", "01a2_00000000000"):
        with pytest.raises(ValueError):
            parse_hlc(clock)


def test_names_are_found_without_polish_letters_or_capitals():
    from cwd_desktop.domain import names

    assert names.search_key("  Łucja  ŚWIERKOSZ ") == "lucja swierkosz"
    assert names.matches("swierk", "Łucja Świerkosz") and names.matches("lucja sw", "Łucja Świerkosz")
    assert not names.matches("swierk", "Anna Nowak")
    assert names.close("Barbra Sikora", "Barbara Sikora") and names.close("zolc", "Żółć")
    assert not names.close("Anna Nowakowska", "Anna Nowak")


def test_polish_alphabetical_order():
    from cwd_desktop.domain import names

    towns = ["Żywiec", "Łódź", "Lublin", "zawoja", "Ćmielów", "Cieszyn", "Agnieszka", "Ąbc", "Zabrze"]
    assert sorted(towns, key=names.sort_key) == [
        "Agnieszka", "Ąbc", "Cieszyn", "Ćmielów", "Lublin", "Łódź", "Zabrze", "zawoja", "Żywiec"
    ]  # fmt: skip
