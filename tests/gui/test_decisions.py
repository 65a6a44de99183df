import pytest
from PySide6.QtCore import Qt

from cwd_desktop.domain import Attendance, Decision, Meeting, Member, NamedVote, Partnership, Person
from cwd_desktop.gui.meeting_window import MeetingWindow


@pytest.fixture
def meeting(store):
    p = store.add(Partnership(name="P"))
    members = store.add_many(Member(partnership_id=p.id, name=f"Gmina {n}") for n in "ABC")
    m = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    for member in members[:2]:  # two of three members represented: quorum
        person = store.add(Person(partnership_id=p.id, full_name=f"Osoba {member.name}", member_id=member.id))
        store.add(Attendance(meeting_id=m.id, person_id=person.id, checked_in_at="10:00"))
    return m


def test_motion_totals_named_votes_result_and_undo(qtbot, store, meeting, english):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    tab = window.decisions
    assert "Add a motion" in tab.result.text()
    tab.new_motion.insert("Przyjęcie porządku obrad")
    qtbot.keyClick(tab.new_motion, Qt.Key.Key_Return)
    (decision,) = store.find(Decision)
    assert decision.motion == "Przyjęcie porządku obrad"
    assert tab.list.item(0).text() == "1. Przyjęcie porządku obrad — not voted (2 of 3 members present)"
    tab.change({"votes_for": 5, "votes_against": 1})  # two people are present: a miscount
    assert "NO RESULT: 6 votes cast, only 2 could vote — correct the count" in tab.result.text()
    assert "adopted" not in tab.list.item(0).text()
    assert not tab.confirm.isHidden()
    tab.confirm.click()  # the moderator confirms the count: the result stands, the minutes say so
    assert store.get(Decision, decision.id).count_confirmed
    assert "adopted (for 5, against 1" in tab.result.text()
    window.undo_stack.undo()
    assert not store.get(Decision, decision.id).count_confirmed and "NO RESULT" in tab.result.text()
    tab.change({"votes_for": 2, "votes_against": 0})
    assert "adopted (for 2, against 0, abstaining 0; 2 of 3 members present)" in tab.result.text()
    assert tab.list.item(0).text().startswith("1. Przyjęcie porządku obrad — adopted")

    tab.change({"mode": "named", "rule": "absolute"})
    assert store.get(Decision, decision.id).mode.value == "named"
    assert not tab.named.isHidden() and tab.named.rowCount() == 3  # one row per member
    members = {m.name: m for m in store.find(Member)}
    # Gmina C has nobody present: pre-filled as absent, in the database and on screen.
    assert [(v.member_id, v.vote.value) for v in store.find(NamedVote)] == [(members["Gmina C"].id, "absent")]
    assert tab.named.cellWidget(2, 1).currentText() == "absent"
    window.undo_stack.undo()  # one step: the mode and the pre-filled votes
    assert store.get(Decision, decision.id).mode.value == "totals" and store.find(NamedVote) == []
    window.undo_stack.redo()
    assert store.get(Decision, decision.id).mode.value == "named" and len(store.find(NamedVote)) == 1
    tab.set_vote(members["Gmina C"].id, "for")  # a member nobody present represents cannot vote
    assert "NO RESULT: 1 votes cast, only 0 could vote" in tab.result.text()
    tab.set_vote(members["Gmina C"].id, "absent")
    tab.set_vote(members["Gmina A"].id, "for")
    tab.set_vote(members["Gmina B"].id, "against")
    assert "rejected (for 1, against 1" in tab.result.text()  # absolute majority needs 2 of 3
    tab.set_vote(members["Gmina B"].id, "for")
    assert "adopted (for 2, against 0" in tab.result.text()
    window.undo_stack.undo()
    assert [v.vote.value for v in store.find(NamedVote, member_id=members["Gmina B"].id)] == ["against"]
    assert "rejected" in tab.result.text()


def test_the_projector_shows_the_selected_result_and_the_goals(qtbot, store, meeting, english):
    from cwd_desktop.gui.projector import DECISION, GOALS

    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    tab = window.decisions
    tab.new_motion.insert("Przyjęcie strategii")
    qtbot.keyClick(tab.new_motion, Qt.Key.Key_Return)
    projector = window.open_projector(DECISION)
    qtbot.addWidget(projector)
    assert "Przyjęcie strategii" in projector.decision.text() and "not voted" in projector.decision.text()
    assert "rejected" not in projector.decision.text()  # no vote cast yet: not "rejected (0/0/0)"
    tab.change({"votes_for": 2})
    assert "adopted" in projector.decision.text()  # live, as the moderator records the vote
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)
    qtbot.keyClick(projector, Qt.Key.Key_2)
    assert projector.pages.currentWidget() is projector.goals and "No goals yet." in projector.goals.text()
    window.goals.goal_tree.new_goal.insert("Wspólny transport")
    window.goals.goal_tree.add_goal_from_line()
    assert "1 Wspólny transport" in projector.goals.text()
    window.open_projector(GOALS)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_ctrl_z_in_a_vote_count_undoes_the_saved_count(qtbot, store, meeting, english, activate):
    """Ctrl+Z in a vote count undoes the last saved edit (the count), so what the field shows and
    what the result says stay the same; it never undoes the field's own text only."""
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    activate(window)
    window.tabs.setCurrentWidget(window.decisions)
    tab = window.decisions
    tab.new_motion.insert("Przyjęcie porządku obrad")
    qtbot.keyClick(tab.new_motion, Qt.Key.Key_Return)
    spin = tab.totals["votes_for"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)  # saved
    assert store.find(Decision)[0].votes_for == 1
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.find(Decision)[0].votes_for == 0
    assert tab.totals["votes_for"].value() == 0 and "not voted" in tab.result.text()


def test_in_polish_a_members_vote_agrees_with_its_name(qtbot, store, meeting, qapp):
    from cwd_desktop.gui import i18n

    i18n.install(qapp, "pl")
    try:
        window = MeetingWindow(store, meeting.id)
        qtbot.addWidget(window)
        tab = window.decisions
        tab.new_motion.insert("Przyjęcie planu")
        qtbot.keyClick(tab.new_motion, Qt.Key.Key_Return)
        tab.change({"mode": "named"})
        combo = tab.named.cellWidget(2, 1)  # Gmina C: nobody present, pre-filled as absent
        assert combo.currentText() == "nieobecna"
        choices = [combo.itemText(i) for i in range(combo.count())]
        assert choices == ["—", "za", "przeciw", "wstrzymała się", "nieobecna"]
    finally:
        i18n.install(qapp, "en")


def test_a_vote_and_the_swot_are_linked_to_agenda_points_and_undone(qtbot, demo_store, english):
    from cwd_desktop.domain import AgendaItem, SwotSession

    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    window = MeetingWindow(demo_store, meeting.id)
    qtbot.addWidget(window)
    points = demo_store.find(AgendaItem, meeting_id=meeting.id, order_by="position")
    tab = window.decisions
    tab.list.setCurrentRow(1)
    assert tab.point.currentText() == "—" and tab.point.count() == len(points) + 1
    tab.point.setCurrentIndex(4)  # "4. Głosowanie priorytetów…", as the minutes number it
    tab.point.activated.emit(4)
    decision = tab.current()
    assert demo_store.get(Decision, decision.id).agenda_item_id == points[3].id
    assert tab.point.itemText(4).startswith("4. ")
    window.undo_stack.undo()
    assert demo_store.get(Decision, decision.id).agenda_item_id is None and tab.point.currentText() == "—"
    board = window.board
    window.tabs.setCurrentWidget(board)
    board.point.setCurrentIndex(3)
    board.point.activated.emit(3)
    assert demo_store.get(SwotSession, board.session_id).agenda_item_id == points[2].id
    window.undo_stack.undo()
    assert demo_store.get(SwotSession, board.session_id).agenda_item_id is None
    assert board.point.currentText() == "—"


def test_the_goals_are_linked_to_an_agenda_point_from_their_tab(qtbot, demo_store, english):
    from cwd_desktop.domain import AgendaItem

    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    window = MeetingWindow(demo_store, meeting.id)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.goals)
    points = demo_store.find(AgendaItem, meeting_id=meeting.id, order_by="position")
    assert window.goals.point.count() == len(points) + 1 and window.goals.point.currentText() == "—"
    window.goals.point.setCurrentIndex(5)
    window.goals.point.activated.emit(5)
    assert demo_store.get(Meeting, meeting.id).goals_agenda_item_id == points[4].id
    window.undo_stack.undo()
    assert demo_store.get(Meeting, meeting.id).goals_agenda_item_id is None
    assert window.goals.point.currentText() == "—"
