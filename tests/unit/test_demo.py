from cwd_desktop.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Goal,
    Indicator,
    KeyProject,
    Meeting,
    Member,
    Partnership,
    SwotItem,
    SwotSession,
    TowsLink,
    TowsStrategy,
)
from cwd_desktop.domain.choices import GoalLevel, Quadrant, VotingMode
from cwd_desktop.services.demo import load_demo
from cwd_desktop.services.integrity import check
from cwd_desktop.services.overview import decision_outcome, members_represented


def test_demo_partnerships_have_a_realistic_workshop(demo_store):
    store = demo_store
    partnerships = {p.name: p for p in store.find(Partnership)}
    members = {name: {m.name for m in store.find(Member, partnership_id=p.id)} for name, p in partnerships.items()}
    assert members["Partnerstwo Aglomeracji Beskidzkiej"] == {
        "Gmina Rajcza",
        "Gmina Ujsoły",
        "Gmina Istebna",
        "Gmina Milówka",
        "Gmina Węgierska Górka",
        "Gmina Radziechowy-Wieprz",
    }
    assert len(members["Partnerstwo Ziemia Wysokomazowiecka"]) == 11
    for partnership in partnerships.values():
        (meeting,) = store.find(Meeting, partnership_id=partnership.id)
        assert len(store.find(AgendaItem, meeting_id=meeting.id)) >= 5
        present = [a for a in store.find(Attendance, meeting_id=meeting.id) if a.present]
        assert 12 <= len(present) <= 20
        (session,) = store.find(SwotSession, meeting_id=meeting.id)
        items = store.find(SwotItem, session_id=session.id)
        assert 20 <= len(items) <= 40
        assert {i.quadrant for i in items} == set(Quadrant) and sum(i.votes for i in items) > 0
        strategies = store.find(TowsStrategy, session_id=session.id)
        assert strategies and all(store.find(TowsLink, strategy_id=s.id) for s in strategies)
        goals = store.find(Goal, meeting_id=meeting.id)
        strategic = [g for g in goals if g.level is GoalLevel.STRATEGIC]
        assert len(strategic) == 2
        assert all(store.find(Indicator, goal_id=g.id) for g in goals if g.level is GoalLevel.OPERATIONAL)
        assert len(store.find(KeyProject, meeting_id=meeting.id)) >= 2
        decisions = store.find(Decision, meeting_id=meeting.id)
        assert any(d.mode is VotingMode.NAMED for d in decisions)
        assert all(decision_outcome(store, d).adopted for d in decisions)
        assert store.find(ActionItem, meeting_id=meeting.id)
    assert check(store).sound


def test_quorum_comes_from_attendance(demo_store):
    store = demo_store
    meeting = next(m for m in store.find(Meeting) if m.number == "2/2026")
    assert len(members_represented(store, meeting)) == 10  # Kobylin-Borzymy's representative is absent
    named = next(d for d in store.find(Decision, meeting_id=meeting.id) if d.mode is VotingMode.NAMED)
    outcome = decision_outcome(store, named)
    assert (outcome.tally.votes_for, outcome.tally.votes_against, outcome.tally.absent) == (9, 1, 1)
    assert (outcome.members_total, outcome.members_present, outcome.quorum) == (11, 10, True)


def test_demo_loads_once(demo_store):
    assert load_demo(demo_store) == []
    assert len(demo_store.find(Partnership)) == 2
