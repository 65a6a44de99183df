from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from cwd_desktop.domain import Partnership
from cwd_desktop.gui import i18n
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.gui.models.navigator import NavigatorModel
from cwd_desktop.gui.models.roles import ID_ROLE, KIND_ROLE


def tree(model):
    return {
        model.index(r, 0).data(): [
            model.index(c, 0, model.index(r, 0)).data() for c in range(model.rowCount(model.index(r, 0)))
        ]
        for r in range(model.rowCount())
    }


def test_navigator_lists_partnerships_and_meetings(demo_store, english):
    model = NavigatorModel(demo_store)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tree(model) == {
        "Partnerstwo Aglomeracji Beskidzkiej": ["3/2026 — Diagnoza obszaru i analiza SWOT Partnerstwa"],
        "Partnerstwo Ziemia Wysokomazowiecka": ["2/2026 — Warsztat strategiczny: portret Partnerstwa i analiza SWOT"],
    }
    meeting_index = model.index(0, 0, model.index(0, 0))
    assert meeting_index.data(KIND_ROLE) == "meeting"
    assert meeting_index.siblingAtColumn(1).data() == "2026-03-12"
    assert meeting_index.siblingAtColumn(2).data() == "draft"


def test_details_show_the_selected_meeting(qtbot, demo_store, english):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    model = window.model
    window.ui.navigator.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
    text = window.ui.details.toPlainText()
    assert "3/2026 — Diagnoza obszaru i analiza SWOT Partnerstwa" in text
    assert "Chair: Katarzyna Wójcik" in text
    assert "14 people present, 6 of 6 members represented" in text
    assert "Strengths (7)" in text and "Threats (5)" in text
    assert "Przyjęcie porządku obrad: adopted (13 / 0 / 1)" in text
    window.ui.navigator.setCurrentIndex(model.index(1, 0))
    assert "Members (11)" in window.ui.details.toPlainText()
    assert model.index(1, 0).data(ID_ROLE) == demo_store.find(Partnership, order_by="name")[1].id


def test_user_text_is_shown_as_typed(qtbot, store, english):
    store.add(Partnership(name="<b>Gminy</b> & Powiaty", description="<script>x</script>"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.ui.navigator.setCurrentIndex(window.model.index(0, 0))
    text = window.ui.details.toPlainText()
    assert "<b>Gminy</b> & Powiaty" in text and "<script>x</script>" in text


def test_empty_database_offers_the_demo(qtbot, store, english, monkeypatch):
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 0
    assert "No partnerships yet" in window.ui.details.toPlainText()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.offer_demo_if_empty()
    assert window.model.rowCount() == 2
    assert len(store.find(Partnership)) == 2


def test_declining_the_demo_leaves_the_database_empty(qtbot, store, english, monkeypatch):
    window = MainWindow(store)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.offer_demo_if_empty()
    assert store.find(Partnership) == []


def test_opening_a_bad_file_keeps_the_current_database(qtbot, demo_store, english, monkeypatch, tmp_path):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    meeting = window.model.index(0, 0, window.model.index(1, 0))
    window.ui.navigator.setCurrentIndex(meeting)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    window.database.switch_to(bad)
    qtbot.waitUntil(lambda: bool(shown))
    assert "is not a CWD Desktop database" in shown[0]
    assert window.store is demo_store and window.model.rowCount() == 2
    assert bad.read_text() == "hello"
    assert "Database: " in window.statusBar().currentMessage()
    assert window.ui.navigator.currentIndex() == meeting  # the selection stays where it was


def test_polish_interface(qtbot, demo_store, qapp):
    assert i18n.install(qapp, "pl") == "pl"
    try:
        window = MainWindow(demo_store)
        qtbot.addWidget(window)
        assert window.ui.menuFile.title() == "&Plik"
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Partnerstwo / spotkanie"
        window.ui.navigator.setCurrentIndex(window.model.index(0, 0, window.model.index(0, 0)))
        text = window.ui.details.toPlainText()
        assert "Prowadzący: Katarzyna Wójcik" in text and "Mocne strony (7)" in text
        assert QCoreApplication.translate("NavigatorModel", "signed") == "podpisany"
    finally:
        i18n.install(qapp, "en")


def test_date_and_status_stay_in_view_after_the_navigator_reloads(qtbot, demo_store, english):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(2):  # as built, then after a reload (which resets the model's columns)
        navigator, header = window.ui.navigator, window.ui.navigator.header()
        assert header.sectionViewportPosition(2) + header.sectionSize(2) <= navigator.viewport().width()
        assert header.sectionSize(2) >= header.fontMetrics().horizontalAdvance("draft")
        window.refresh()
        qtbot.wait(10)
