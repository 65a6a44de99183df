"""The facilitator's kit in the meeting window: the tally typed from the flipchart, the
prioritisation matrix, the printables, the exports and a flipchart photo."""

import io
import shutil
import subprocess

import pikepdf
import pytest
from images import png
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from cwd_desktop.domain import (
    Attendance,
    Goal,
    KeyProject,
    Meeting,
    Member,
    Partnership,
    Person,
    SwotItem,
    SwotPhoto,
    SwotSession,
)
from cwd_desktop.domain.choices import GoalLevel, MatrixQuadrant, ProjectKind
from cwd_desktop.gui.meeting_window import MeetingWindow
from cwd_desktop.gui.photos_dialog import PhotosDialog
from cwd_desktop.gui.projector import MATRIX
from cwd_desktop.gui.tally_dialog import DOTS, TallyDialog


def type_cell(qtbot, table, text):
    """Digits typed on a cell (the editor opens with the first), then Enter (the view commits on
    its next turn of the event loop)."""
    qtbot.keyClicks(table, text[0])
    qtbot.keyClicks(QApplication.focusWidget(), text[1:])  # into the editor the first digit opened
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(1)


@pytest.fixture
def hall(store):
    p = store.add(Partnership(name="Partnerstwo Dorzecza Soły"))
    member = store.add(Member(partnership_id=p.id, name="Gmina Rajcza"))
    meeting = store.add(Meeting(partnership_id=p.id, number="3/2026", date="2026-03-12"))
    for n in range(4):
        person = store.add(Person(partnership_id=p.id, full_name=f"Osoba {n}"))
        store.add(Attendance(meeting_id=meeting.id, person_id=person.id, present=n < 3))
    session = store.add(SwotSession(meeting_id=meeting.id))
    texts = {"S": ["Góry i szlaki", "Tradycja"], "W": ["Odpływ młodych"], "O": ["Fundusze UE"], "T": ["Susze"]}
    for q, items in texts.items():
        for n, text in enumerate(items):
            store.add(SwotItem(session_id=session.id, quadrant=q, text=text, position=n, source_member_id=member.id))
    return p, meeting, session


def test_the_tally_typed_from_the_flipchart(qtbot, store, hall, english, activate):
    _p, meeting, session = hall
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    activate(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = window.findChildren(TallyDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.budget.setValue(3)
    dialog.per_card.setValue(2)
    dialog.save_rules()
    assert (store.get(SwotSession, session.id).dot_budget, store.get(SwotSession, session.id).max_per_card) == (3, 2)
    assert "Set the dots" not in dialog.summary.text()
    table = dialog.table
    activate(dialog)
    table.setFocus()
    table.setCurrentCell(0, DOTS)
    for digits in ["4", "2", "1", "0", "1"]:  # card by card: digits, Enter, on to the next
        type_cell(qtbot, table, digits)
    votes = {i.text: i.votes for i in store.find(SwotItem)}
    assert votes == {"Góry i szlaki": 4, "Tradycja": 2, "Odpływ młodych": 1, "Fundusze UE": 0, "Susze": 1}
    assert "Counted: 8 dots." in dialog.summary.text() and "3 × 3 present = 9" in dialog.summary.text()
    assert "1 dots fewer" in dialog.summary.text()
    table.setCurrentCell(3, DOTS)
    type_cell(qtbot, table, "1")
    assert "The count agrees." in dialog.summary.text()
    table.setCurrentCell(0, DOTS)
    type_cell(qtbot, table, "7")  # more than 3 people × 2 a card
    assert "count again" in dialog.summary.text() and "Góry i szlaki (7)" in dialog.summary.text()
    window.undo_stack.undo()  # each number typed is an edit of its own
    assert store.find(SwotItem, text="Góry i szlaki")[0].votes == 4
    dialog.close()


def test_the_prioritisation_matrix_by_keys(qtbot, store, hall, english, activate):
    p, meeting, _session = hall
    goal = store.add(Goal(partnership_id=p.id, title="Cel", code="1"))
    objective = store.add(
        Goal(partnership_id=p.id, title="Op", code="1.1", level=GoalLevel.OPERATIONAL, parent_id=goal.id)
    )
    store.add(
        Goal(partnership_id=p.id, title="Transport", code="1.1.1", level=GoalLevel.DIRECTION, parent_id=objective.id)
    )
    for title in ("Ścieżka rowerowa", "Centrum usług"):
        store.add(KeyProject(partnership_id=p.id, title=title))
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    activate(window)
    window.tabs.setCurrentWidget(window.priorities)
    table = window.priorities.table
    titles = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert titles == ["1.1.1 Transport", "Centrum usług", "Ścieżka rowerowa"]
    scores = {0: ("7", "8"), 1: ("3", "9"), 2: ("9", "4")}
    for row, (impact, feasibility) in scores.items():
        for column, value in ((2, impact), (3, feasibility)):
            table.setFocus()
            table.setCurrentCell(row, column)
            type_cell(qtbot, table, value)
    projects = {r.title: r for r in store.find(KeyProject)}
    assert (projects["Ścieżka rowerowa"].impact, projects["Ścieżka rowerowa"].feasibility) == (9, 4)
    assert projects["Ścieżka rowerowa"].matrix_quadrant is MatrixQuadrant.CHALLENGE
    assert projects["Centrum usług"].matrix_quadrant is MatrixQuadrant.QUICK
    assert [projects[t].matrix_rank for t in ("Ścieżka rowerowa", "Centrum usług")] == [1, 2]  # 13 (impact 9), 12
    direction = store.find(Goal, code="1.1.1")[0]
    assert (direction.matrix_quadrant, direction.matrix_rank) == (MatrixQuadrant.FIRST, 1)
    assert table.item(2, 5).text() == "1"
    assert [pt.mark for pt in window.priorities.canvas.points] == ["K1", "P1", "P2"]
    table.setFocus()
    table.setCurrentCell(0, 2)
    type_cell(qtbot, table, "12")  # out of range: one sentence, nothing written
    assert "0 to 10" in window.priorities.message.text() and store.find(Goal, code="1.1.1")[0].impact == 7
    window.priorities.apply_marks(1)
    projects = {r.title: r for r in store.find(KeyProject)}
    assert (projects["Ścieżka rowerowa"].kind, projects["Centrum usług"].kind) == (
        ProjectKind.KEY,
        ProjectKind.COMPLEMENTARY,
    )
    window.undo_stack.undo()
    assert store.find(KeyProject, title="Centrum usług")[0].kind is ProjectKind.KEY  # as it was
    projector = window.open_projector(MATRIX)
    qtbot.addWidget(projector)
    assert [pt.mark for pt in projector.matrix.points] == ["K1", "P1", "P2"]


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed (.ci/run installs it)")
def test_exports_and_printables(qtbot, store, hall, english, tmp_path, monkeypatch):
    _p, meeting, session = hall
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    menu = window.workshop
    answers = iter([tmp_path / "board.png", tmp_path / "board.pdf", tmp_path / "hidden.pdf", tmp_path / "matrix.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(answers)), ""))
    menu.save_board()
    image = QImage(str(tmp_path / "board.png"))
    assert (image.width(), image.height()) == (1920, 1080)
    menu.save_board()
    with pikepdf.open(tmp_path / "board.pdf") as pdf:
        assert len(pdf.pages) == 1
        box = [float(v) for v in pdf.pages[0].mediabox]
        assert abs(box[2] - 842) < 2 and abs(box[3] - 595) < 2  # A4, landscape
    text = pdf_text((tmp_path / "board.pdf").read_bytes(), tmp_path)
    assert "Góry i szlaki" in text and "Gmina Rajcza" in text and "Partnerstwo Dorzecza Soły" in text
    window.board.set_hide_authors(True)
    menu.save_board()
    text = pdf_text((tmp_path / "hidden.pdf").read_bytes(), tmp_path)
    assert "Góry i szlaki" in text and "Gmina Rajcza" not in text  # anonymous when the session hides authors
    menu.save_matrix()
    assert pikepdf.open(tmp_path / "matrix.pdf").pages

    from cwd_desktop.services.paper_voting import card_sheet_pdf, voting_slips_pdf

    store.update(SwotSession, session.id, dot_budget=5, max_per_card=2)
    for per_page, pages in ((4, 2), (6, 1)):
        data = card_sheet_pdf(store, session.id, per_page, "pl")
        assert len(pikepdf.open(io.BytesIO(data)).pages) == pages
        text = pdf_text(data, tmp_path)
        assert "1. Mocne strony" in text and "5. Zagrożenia" in text and "Susze" in text
    slips = voting_slips_pdf(store, session.id, None, "pl")
    assert len(pikepdf.open(io.BytesIO(slips)).pages) == 3  # one for each person present
    text = pdf_text(slips, tmp_path)
    assert "Masz 5 kropek do rozdania; najwyżej 2 na jedną kartę." in text and "4. Fundusze UE" in text
    store.update(SwotSession, session.id, dot_budget=3)
    assert "Masz 3 kropki do rozdania" in pdf_text(voting_slips_pdf(store, session.id, 1, "pl"), tmp_path)
    assert "Osoba" not in text  # anonymous


def test_photos_of_the_flipchart_from_the_menu(qtbot, store, hall, english, tmp_path, monkeypatch):
    _p, meeting, session = hall
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    (tmp_path / "IMG_0042.png").write_bytes(png(30, 20))
    (tmp_path / "notes.txt").write_text("not a photo")
    chosen = iter([tmp_path / "notes.txt", tmp_path / "IMG_0042.png"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(next(chosen)), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Szanse i zagrożenia", True))
    warnings = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    dialog = window.workshop.open_photos()
    before = store.db.execute("SELECT count(*) FROM stored_file").fetchone()
    dialog.add_photo()
    assert warnings == ["The file notes.txt is not a JPEG or PNG photo."] and not store.find(SwotPhoto)
    assert store.db.execute("SELECT count(*) FROM stored_file").fetchone() == before
    dialog.add_photo()
    (photo,) = store.find(SwotPhoto)
    assert (photo.session_id, photo.caption) == (session.id, "Szanse i zagrożenia")
    assert store.get_file(photo.sha256) == png(30, 20)
    assert dialog.list.count() == 1 and "IMG_0042.png" in dialog.list.item(0).text()
    assert not dialog.list.item(0).icon().isNull()  # the picture itself
    copy = tmp_path / "copy.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    dialog.save_copy()
    assert copy.read_bytes() == png(30, 20)
    window.undo_stack.undo()  # adding is an edit like any other
    assert not store.find(SwotPhoto) and dialog.list.count() == 0
    window.undo_stack.redo()
    assert dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    dialog.remove_photo()
    assert not store.find(SwotPhoto) and dialog.list.count() == 0
    dialog.close()  # deleted on close: an undo afterwards no longer reaches it
    qtbot.waitUntil(lambda: not window.findChildren(PhotosDialog))
    window.undo_stack.undo()
    assert len(store.find(SwotPhoto)) == 1


def test_a_signed_meeting_shows_the_kit_read_only(qtbot, store, hall, english, mark_signed, activate):
    p, meeting, session = hall
    bare = store.add(Meeting(partnership_id=p.id, number="4/2026"))  # signed without a SWOT board
    for signed in (meeting, bare):
        mark_signed(store, signed.id)
        window = MeetingWindow(store, signed.id)
        qtbot.addWidget(window)
        has_board = signed is meeting
        assert window.workshop.tally.isEnabled() == has_board and window.workshop.cards4.isEnabled() == has_board
        assert not window.priorities.mark.isEnabled()
        projector = window.open_projector()
        qtbot.addWidget(projector)
        activate(projector)
        for key in (Qt.Key.Key_V, Qt.Key.Key_A, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_4, Qt.Key.Key_5):
            qtbot.keyClick(projector, key)
        assert store.get(SwotSession, session.id).hide_authors is False  # a signed session is not changed
        if has_board:
            tally = window.workshop.open_tally()
            assert not tally.budget.isEnabled()
            assert not tally.table.item(0, DOTS).flags() & Qt.ItemFlag.ItemIsEditable
            photos = window.workshop.open_photos()
            assert not photos.add.isEnabled() and not photos.remove.isEnabled() and photos.save.isEnabled()
            tally.close()
            photos.close()


def test_ranks_merged_from_two_laptops_are_numbered_again(qtbot, store, hall, english):
    p, meeting, _session = hall
    # Each laptop scored one project and stored its own rank 1; sync merged both fields as they came.
    for title, (impact, feasibility) in (("Ścieżka rowerowa", (9, 8)), ("Centrum usług", (4, 9))):
        store.add(
            KeyProject(
                partnership_id=p.id,
                title=title,
                impact=impact,
                feasibility=feasibility,
                matrix_quadrant=MatrixQuadrant.FIRST,
                matrix_rank=1,
            )
        )
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.priorities)
    assert window.priorities.rerank.isVisible()
    window.priorities.rerank.click()
    projects = {r.title: r for r in store.find(KeyProject)}
    assert [(projects[t].matrix_rank, projects[t].matrix_quadrant) for t in ("Ścieżka rowerowa", "Centrum usług")] == [
        (1, MatrixQuadrant.FIRST),
        (2, MatrixQuadrant.QUICK),
    ]
    assert not window.priorities.rerank.isVisible()
    window.undo_stack.undo()
    assert store.find(KeyProject, title="Centrum usług")[0].matrix_rank == 1
