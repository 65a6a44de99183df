import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from cwd_desktop.domain import (
    Goal,
    GoalSource,
    Indicator,
    KeyProject,
    Meeting,
    Member,
    Partnership,
    ProjectPartner,
    SwotItem,
    TowsLink,
    TowsStrategy,
)
from cwd_desktop.domain.choices import GoalLevel, Quadrant, TowsType
from cwd_desktop.gui import partners_dialog, project_table
from cwd_desktop.gui.meeting_window import MeetingWindow


@pytest.fixture
def meeting(store):
    p = store.add(Partnership(name="P"))
    store.add(Member(partnership_id=p.id, name="Gmina Rajcza"))
    store.add(Member(partnership_id=p.id, name="Gmina Milówka"))
    return store.add(Meeting(partnership_id=p.id, number="1/2026"))


def card(window, quadrant, text):
    window.board.choose_quadrant(quadrant)
    window.board.capture.insert(text)
    window.board.add_from_capture()
    return window.store.find(SwotItem, text=text)[0]


def test_strategy_from_cards_selected_on_the_board(qtbot, store, meeting, english, monkeypatch):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    window.show()
    strength = card(window, Quadrant.S, "Walory krajobrazowe")
    chance = card(window, Quadrant.O, "Fundusze UE")
    card(window, Quadrant.T, "Odpływ młodych")
    window.board.views[Quadrant.S].setCurrentIndex(window.board.models[Quadrant.S].index(0, 0))
    window.board.views[Quadrant.O].setCurrentIndex(window.board.models[Quadrant.O].index(0, 0))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Produkt turystyczny z funduszy UE", True))
    window.board.strategy_from_selected()
    strategy = store.find(TowsStrategy)[0]
    assert (strategy.kind, strategy.text) == (TowsType.SO, "Produkt turystyczny z funduszy UE")
    assert {link.swot_item_id for link in store.find(TowsLink)} == {strength.id, chance.id}
    assert window.undo_stack.undoText() == "add strategy"
    window.undo_stack.undo()  # one step: the strategy and its pairs
    assert not store.find(TowsStrategy) and not store.find(TowsLink)
    window.undo_stack.redo()
    assert len(store.find(TowsLink)) == 2

    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: infos.append(text))
    window.board.views[Quadrant.O].clearSelection()
    window.board.strategy_from_selected()  # strengths only: not a pair
    assert "one internal and one external quadrant" in infos[0] and len(store.find(TowsStrategy)) == 1


def test_tows_matrix_pairs_ticked_items_only_of_allowed_quadrants(qtbot, store, meeting, english, monkeypatch):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    window.show()
    weakness = card(window, Quadrant.W, "Złe drogi")
    card(window, Quadrant.S, "Walory")
    card(window, Quadrant.O, "Fundusze")
    tab = window.goals
    window.tabs.setCurrentWidget(tab)
    tab.tows.strategy_kind.setCurrentIndex(tab.tows.strategy_kind.findData("WO"))
    tab.tows.new_strategy.insert("Drogi z funduszy")
    qtbot.keyClick(tab.tows.new_strategy, Qt.Key.Key_Return)
    strategy = store.find(TowsStrategy)[0]
    assert strategy.kind is TowsType.WO
    shown = [tab.tows.pairs.item(n).text() for n in range(tab.tows.pairs.count())]
    assert shown == ["W: Złe drogi", "O: Fundusze"]  # no strengths for a WO strategy
    tab.tows.pairs.item(0).setCheckState(Qt.CheckState.Checked)
    assert [link.swot_item_id for link in store.find(TowsLink)] == [weakness.id]
    tab.tows.pairs.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not store.find(TowsLink)
    window.undo_stack.undo()
    assert [link.swot_item_id for link in store.find(TowsLink)] == [weakness.id]
    qtbot.waitUntil(lambda: tab.tows.pairs.item(0).checkState() == Qt.CheckState.Checked)
    assert tab.tows.strategy_boxes[TowsType.WO].title() == "WO (mini-maxi): Weaknesses × Opportunities (1)"


def test_goal_tree_sources_indicators_and_projects(qtbot, store, meeting, english, monkeypatch):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    window.show()
    weakness = card(window, Quadrant.W, "Złe drogi")
    chance = card(window, Quadrant.O, "Fundusze")
    tab = window.goals
    strategy_id = tab.tows.create_strategy("WO", "Drogi z funduszy", [weakness.id, chance.id])
    window.tabs.setCurrentWidget(tab)

    tab.goal_tree.new_goal.insert("Dostępny obszar")
    qtbot.keyClick(tab.goal_tree.new_goal, Qt.Key.Key_Return)
    strategic = store.find(Goal)[0]
    assert (strategic.level, strategic.code, strategic.parent_id) == (GoalLevel.STRATEGIC, "1", None)
    assert tab.goal_tree.tree.currentItem().text(0) == "1 Dostępny obszar"
    assert tab.goal_tree.goal_level.currentData() == "operational"  # the next goal goes under the selected one
    tab.goal_tree.new_goal.insert("Lepsze drogi lokalne")
    qtbot.keyClick(tab.goal_tree.new_goal, Qt.Key.Key_Return)
    objective = store.find(Goal, level="operational")[0]
    qtbot.waitUntil(lambda: tab.goal_tree.tree.topLevelItem(0).childCount() == 1)
    assert (objective.code, objective.parent_id) == ("1.1", strategic.id)
    assert tab.goal_tree.tree.currentItem().text(0) == "1.1 Lepsze drogi lokalne"

    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: infos.append(text))
    tab.goal_tree.tree.setCurrentItem(None)
    tab.goal_tree.goal_level.setCurrentIndex(tab.goal_tree.goal_level.findData("direction"))
    tab.goal_tree.new_goal.insert("Sierota")
    tab.goal_tree.add_goal_from_line()
    assert "Select the goal the new one belongs under" in infos[0] and len(store.find(Goal)) == 2

    tab.goal_tree.select_goal(strategic.id)
    tab.details.source_choice.setCurrentIndex(tab.details.source_choice.findData(f"strategy:{strategy_id}"))
    tab.details.add_source()
    assert store.find(GoalSource)[0].strategy_id == strategy_id
    qtbot.waitUntil(lambda: tab.details.sources.count() == 3)
    lines = [tab.details.sources.item(n).text() for n in range(tab.details.sources.count())]
    assert lines == ["WO: Drogi z funduszy", "   ↳ Weaknesses: Złe drogi", "   ↳ Opportunities: Fundusze"]
    # ... and the SWOT card shows the goal it feeds.
    board = window.board
    board.views[Quadrant.W].setCurrentIndex(board.models[Quadrant.W].index(0, 0))
    assert board.feeds.text() == "Feeds the goals: 1 Dostępny obszar"
    assert "→ 1 Dostępny obszar" in board.tooltip(board.models[Quadrant.W].index(0, 0))

    tab.goal_tree.select_goal(objective.id)
    tab.details.tabs.setCurrentWidget(tab.details.indicators)
    tab.details.indicators.capture["name"].insert("Długość wyremontowanych dróg")
    qtbot.keyClick(tab.details.indicators.capture["name"], Qt.Key.Key_Return)
    indicator = store.find(Indicator)[0]
    assert indicator.goal_id == objective.id
    model = tab.details.indicators.model
    model.setData(model.index(0, 1), "km")
    model.setData(model.index(0, 4), "12,5")
    assert (store.get(Indicator, indicator.id).unit, store.get(Indicator, indicator.id).target_value) == ("km", 12.5)
    tab.goal_tree.select_goal(strategic.id)
    assert model.rowCount() == 0  # the indicators of the selected goal only

    tab.details.tabs.setCurrentWidget(tab.details.projects)
    tab.details.projects.capture["title"].insert("Przebudowa drogi Rajcza–Milówka")
    qtbot.keyClick(tab.details.projects.capture["title"], Qt.Key.Key_Return)
    project = store.find(KeyProject)[0]
    assert project.goal_id == strategic.id  # the goal selected when it was added
    assert tab.details.projects.model.index(0, 1).data() == "1 Dostępny obszar"
    tab.details.projects.table.selectRow(0)
    members = {m.name: m.id for m in store.find(Member)}

    class Ticked(partners_dialog.PartnersDialog):
        def exec(self):
            return QDialog.DialogCode.Accepted

        def chosen(self):
            return {members["Gmina Rajcza"], members["Gmina Milówka"]}

    monkeypatch.setattr(project_table, "PartnersDialog", Ticked)
    tab.details.projects.edit_partners()
    assert {p.member_id for p in store.find(ProjectPartner)} == set(members.values())
    assert tab.details.projects.model.index(0, 3).data() == "Gmina Milówka, Gmina Rajcza"
    window.undo_stack.undo()
    assert not store.find(ProjectPartner) and tab.details.projects.model.index(0, 3).data() == ""

    tab.goal_tree.select_goal(strategic.id)
    tab.goal_tree.delete_goal()  # with the objective below it
    assert not store.find(Goal)
    window.undo_stack.undo()
    assert len(store.find(Goal)) == 2
    qtbot.waitUntil(lambda: tab.goal_tree.tree.topLevelItemCount() == 1)
    assert tab.goal_tree.tree.topLevelItem(0).child(0).text(0) == "1.1 Lepsze drogi lokalne"


def test_a_signed_meeting_shows_goals_read_only(qtbot, store, meeting, english, mark_signed):
    mark_signed(store, meeting.id)
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    window.show()
    assert not window.goals.goal_tree.new_goal.isEnabled() and not window.goals.tows.new_strategy.isEnabled()
    assert not window.goals.details.projects.capture["title"].isEnabled()


def test_a_goal_edited_in_a_meetings_window_names_the_meeting_in_its_history(qtbot, store, meeting, english, activate):
    from cwd_desktop.domain import StrategyChange

    window = activate(MeetingWindow(store, meeting.id))
    qtbot.addWidget(window)
    assert store.meeting_context == meeting.id
    tab = window.goals
    window.tabs.setCurrentWidget(tab)
    tab.goal_tree.new_goal.insert("Dostępny obszar")
    qtbot.keyClick(tab.goal_tree.new_goal, Qt.Key.Key_Return)
    (goal,) = store.find(Goal)
    assert goal.meeting_id == meeting.id and goal.partnership_id == store.get(Meeting, meeting.id).partnership_id
    (change,) = store.find(StrategyChange, row_id=goal.id)
    assert (change.column, change.meeting_id) == ("*", meeting.id)
    window.close()
    assert store.meeting_context is None
