import pytest

from cwd_desktop.domain import Goal, Meeting, Partnership, SwotItem, SwotSession, TowsLink, TowsStrategy
from cwd_desktop.errors import ValidationError
from cwd_desktop.services.workshop import add_goal, link_tows, merge_items


@pytest.fixture
def session(store):
    p = store.add(Partnership(name="P"))
    m = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    return store.add(SwotSession(meeting_id=m.id))


def card(store, session, quadrant="S", votes=0, text="Karta"):
    return store.add(SwotItem(session_id=session.id, quadrant=quadrant, text=text, votes=votes))


def test_merge_adds_votes_and_keeps_the_duplicates(store, session):
    keep, a, b = card(store, session, votes=4), card(store, session, votes=2), card(store, session, votes=1)
    merged = merge_items(store, keep.id, [a.id, b.id, keep.id])
    assert merged.votes == 7 and store.get(SwotItem, keep.id).votes == 7
    assert [store.get(SwotItem, i).merged_into for i in (a.id, b.id)] == [keep.id, keep.id]
    assert len(store.find(SwotItem)) == 3  # nothing deleted
    with pytest.raises(ValidationError, match="already merged"):
        merge_items(store, keep.id, [a.id])
    with pytest.raises(ValidationError, match="itself merged"):
        merge_items(store, a.id, [keep.id])


def test_merge_needs_two_cards_of_one_session(store, session):
    keep = card(store, session)
    with pytest.raises(ValidationError, match="at least two"):
        merge_items(store, keep.id, [keep.id])
    other = store.add(SwotSession(meeting_id=session.meeting_id))
    stranger = card(store, other)
    with pytest.raises(ValidationError, match="same SWOT session"):
        merge_items(store, keep.id, [stranger.id])
    assert store.get(SwotItem, stranger.id).merged_into is None


def test_tows_links_respect_the_quadrants(store, session):
    strategy = store.add(TowsStrategy(session_id=session.id, kind="WO", text="Strategia"))
    weakness, opportunity, strength = card(store, session, "W"), card(store, session, "O"), card(store, session, "S")
    link_tows(store, strategy.id, weakness.id)
    link_tows(store, strategy.id, opportunity.id)
    link_tows(store, strategy.id, opportunity.id)  # linking twice keeps one link
    with pytest.raises(ValidationError, match="WO strategy pairs Opportunities and Weaknesses, not Strengths"):
        link_tows(store, strategy.id, strength.id)
    assert {link.swot_item_id for link in store.find(TowsLink)} == {weakness.id, opportunity.id}


def test_goal_tree_levels(store, session):
    pid = store.get(Meeting, session.meeting_id).partnership_id
    goal = add_goal(store, Goal(partnership_id=pid, title="Cel strategiczny"))
    objective = add_goal(store, Goal(partnership_id=pid, parent_id=goal.id, level="operational", title="Cel op."))
    add_goal(store, Goal(partnership_id=pid, parent_id=objective.id, level="direction", title="Kierunek"))
    with pytest.raises(ValidationError, match="direction of action belongs under an operational objective"):
        add_goal(store, Goal(partnership_id=pid, parent_id=goal.id, level="direction", title="Źle"))
    assert len(store.find(Goal)) == 3
