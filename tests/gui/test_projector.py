"""The projector as the back row sees it: one type size, never below the minimum, every card on
screen; its header, its keys (F11, Space, V, A, PageDown, Esc) and the phase timer."""

import pytest
from PySide6.QtCore import QRectF, Qt

from cwd_desktop.domain import Attendance, Meeting, Member, Partnership, Person, SwotItem, SwotSession
from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.gui.meeting_window import MeetingWindow
from cwd_desktop.gui.phase_timer import LAST_MINUTE, NORMAL, OVER, TimerLabel
from cwd_desktop.gui.projector import BOARD, MATRIX, TOWS
from cwd_desktop.gui.projector_board import Measure, Options, fit_board, min_px_for

LONG = (
    "Niewystarczająca liczba połączeń autobusowych między gminami partnerstwa, szczególnie w godzinach "
    "popołudniowych i w weekendy, co utrudnia dojazd do pracy i szkół ponadpodstawowych ({n})"
)


def demo_meeting(store, number="2/2026"):
    return next(m for m in store.find(Meeting) if m.number == number)


def open_projector(qtbot, store, meeting, size):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    projector = window.open_projector()
    qtbot.addWidget(projector)
    projector.showNormal()
    projector.resize(*size)
    qtbot.waitUntil(lambda: projector.canvas.width() > size[0] * 0.9)
    projector.refresh()
    return window, projector


def check_every_card_readable(projector, size):
    """The smallest type in pixels, every card inside its quadrant and the screen, on one page."""
    layout = projector.canvas.layout_now
    canvas = QRectF(projector.canvas.rect())
    assert layout.px >= 24 and layout.px >= min_px_for(canvas.height(), projector.options), (size, layout.px)
    assert layout.pages == 1, size
    on_board = {c.id for cards in projector.canvas.cards.values() for c in cards}
    assert {p.card.id for p in layout.placed} == on_board and on_board
    measure = Measure()
    for placed in layout.placed:
        panel = layout.quadrants[placed.card.quadrant]
        assert panel.contains(placed.rect) and canvas.contains(placed.rect), placed.card.text
        assert measure.height(placed.card.text, layout.px, 10, 1) <= placed.rect.height()  # a line at least
    # Nothing drawn over anything: the cards of a quadrant do not overlap.
    rects = [p.rect for p in layout.placed]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    return layout


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_demo_board_is_readable_from_the_back_row(qtbot, demo_store, english, size):
    _window, projector = open_projector(qtbot, demo_store, demo_meeting(demo_store), size)
    layout = check_every_card_readable(projector, size)
    counts = {q: len([p for p in layout.placed if p.card.quadrant is q]) for q in Quadrant}
    assert counts == {q: len(projector.canvas.cards[q]) for q in Quadrant}
    # The largest size that fits: two pixels more would need more pages or fewer lines a card.
    bigger = fit_board(
        projector.canvas.cards,
        QRectF(projector.canvas.rect()),
        Options(min_px=layout.px + 2),
        Measure(),
        0,
    )
    lines = {None: 99}
    assert bigger.pages > 1 or any(
        lines.get(bigger.clamps[q], bigger.clamps[q]) < lines.get(layout.clamps[q], layout.clamps[q]) for q in Quadrant
    )
    top = [p.card.votes for p in layout.placed if p.top]
    assert top and min(top) >= max(p.card.votes for p in layout.placed if not p.top)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_twelve_long_cards_a_quadrant_stay_at_least_24_px_and_all_visible(qtbot, store, english, size):
    p = store.add(Partnership(name="Partnerstwo Testowe"))
    meeting = store.add(Meeting(partnership_id=p.id, number="1/2026", date="2026-03-12"))
    session = store.add(SwotSession(meeting_id=meeting.id))
    store.add_many(
        SwotItem(session_id=session.id, quadrant=q, text=LONG.format(n=n), position=n, votes=n % 5)
        for q in Quadrant
        for n in range(12)
    )
    _window, projector = open_projector(qtbot, store, meeting, size)
    check_every_card_readable(projector, size)


def test_a_fuller_board_pages_and_never_shrinks(qtbot, store, english, activate):
    p = store.add(Partnership(name="P"))
    meeting = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    session = store.add(SwotSession(meeting_id=meeting.id))
    store.add_many(
        SwotItem(session_id=session.id, quadrant=q, text=LONG.format(n=n), position=n)
        for q in Quadrant
        for n in range(40)
    )
    _window, projector = open_projector(qtbot, store, meeting, (1280, 720))
    layout = projector.canvas.layout_now
    assert layout.pages > 1 and layout.px == 24
    seen = set()
    activate(projector)
    for page in range(layout.pages):
        seen |= {p.card.id for p in projector.canvas.layout_now.placed}
        assert projector.canvas.layout_now.px == 24
        assert f"page {page + 1} of {layout.pages}" in projector.headcount.text()
        qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert len(seen) == 160


def test_header_keys_and_the_selected_card(qtbot, store, english, activate):
    p = store.add(Partnership(name="Partnerstwo Dorzecza Soły"))
    member = store.add(Member(partnership_id=p.id, name="Gmina Rajcza"))
    meeting = store.add(Meeting(partnership_id=p.id, number="3/2026", date="2026-03-12"))
    for n, present in enumerate([True, True, False]):
        person = store.add(Person(partnership_id=p.id, full_name=f"Osoba {n}"))
        store.add(Attendance(meeting_id=meeting.id, person_id=person.id, present=present))
    session = store.add(SwotSession(meeting_id=meeting.id))
    store.add(SwotItem(session_id=session.id, quadrant="S", text="Góry", votes=3, source_member_id=member.id))
    store.add(SwotItem(session_id=session.id, quadrant="W", text="Odpływ młodych", votes=1))
    window, projector = open_projector(qtbot, store, meeting, (1280, 720))
    header = projector.info.full + " " + projector.headcount.text()
    for part in ("Partnerstwo Dorzecza Soły", "3/2026", "12 March 2026", "present: 2"):
        assert part in header
    assert projector.canvas.shown(Quadrant.S) == ["Góry (3)"]
    assert any(p.card.author == "Gmina Rajcza" for p in projector.canvas.layout_now.placed)

    activate(projector)
    qtbot.keyClick(projector, Qt.Key.Key_V)  # votes hidden until the reveal
    assert projector.canvas.shown(Quadrant.S) == ["Góry"] and "votes hidden" in projector.headcount.text()
    assert not any(p.top for p in projector.canvas.layout_now.placed)
    qtbot.keyClick(projector, Qt.Key.Key_V)
    assert projector.canvas.shown(Quadrant.S) == ["Góry (3)"]

    qtbot.keyClick(projector, Qt.Key.Key_A)  # authors hidden: the session's choice, undoable
    assert store.get(SwotSession, session.id).hide_authors and not projector.options.show_authors
    window.undo_stack.undo()
    assert not store.get(SwotSession, session.id).hide_authors and projector.options.show_authors

    view = window.board.views[Quadrant.W]  # the moderator selects a card, Space shows it big
    activate(window)
    window.tabs.setCurrentWidget(window.board)
    view.setFocus()
    view.setCurrentIndex(window.board.models[Quadrant.W].index(0, 0))
    assert projector.options.selected == store.find(SwotItem, text="Odpływ młodych")[0].id
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert projector.canvas.spotlit().text == "Odpływ młodych"
    activate(projector)
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    assert projector.canvas.spotlit() is None

    qtbot.keyClick(projector, Qt.Key.Key_4)
    assert projector.pages.currentIndex() == TOWS and "No TOWS strategies yet." in projector.tows.text()
    assert projector.tows.px >= 24
    qtbot.keyClick(projector, Qt.Key.Key_5)
    assert projector.pages.currentIndex() == MATRIX
    qtbot.keyClick(projector, Qt.Key.Key_1)
    assert projector.pages.currentIndex() == BOARD

    qtbot.keyClick(projector, Qt.Key.Key_F11)
    qtbot.waitUntil(projector.isFullScreen)
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_a_long_goal_page_keeps_its_type_and_scrolls(qtbot, store, english, activate):
    p = store.add(Partnership(name="P"))
    meeting = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    window.goals.projector_html = lambda: "".join(f"<p>{LONG.format(n=n)}</p>" for n in range(40))
    projector = window.open_projector()
    qtbot.addWidget(projector)
    projector.showNormal()
    projector.resize(1280, 720)
    projector.goals.source = window.goals.projector_html
    projector.show_page(1)
    qtbot.waitUntil(lambda: projector.goals.viewport().height() > 400)
    projector.refresh()
    assert projector.goals.px == 24
    bar = projector.goals.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    activate(projector)
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert bar.value() > 0


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_the_phase_timer_by_keys(qtbot, store, english, activate):
    p = store.add(Partnership(name="P"))
    meeting = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    clock = Clock()
    timer = window.timer
    timer.clock = clock
    timer.set_phase("Voting", 2)
    activate(window)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # start
    assert timer.running and timer.text() == "02:00"
    clock.now += 61.5
    timer.tick()
    assert timer.text() == "00:59" and timer.level() == LAST_MINUTE
    (label,) = window.findChildren(TimerLabel)  # small, in the status bar
    assert label.text() == "Voting 00:59" and "#ffb300" in label.styleSheet()
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)  # one minute more
    assert timer.text() == "01:59" and timer.level() == NORMAL
    clock.now += 200
    timer.tick()
    assert timer.text() == "00:00" and timer.level() == OVER and not timer.running  # stops at zero
    projector = window.open_projector()
    qtbot.addWidget(projector)
    assert "Voting  00:00" in projector.clock.text() and "#c62828" in projector.clock.styleSheet()
    activate(window)
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # reset
    assert timer.text() == "03:00" and not timer.running and timer.level() == NORMAL
    qtbot.keyClick(window, Qt.Key.Key_F8)
    clock.now += 10
    qtbot.keyClick(window, Qt.Key.Key_F8)  # pause: the clock runs on, the timer does not
    clock.now += 100
    timer.tick()
    assert timer.text() == "02:50" and "paused" in projector.clock.text()


def test_the_projector_benchmark_runs(qapp, tmp_path):
    """bench/projector.py on a small board (the benchmark itself is `make bench`)."""
    from bench.projector import repaint_time

    assert repaint_time(tmp_path, 10) > 0


def test_on_a_single_screen_it_opens_inside_the_screen(qtbot, demo_store, english):
    window = MeetingWindow(demo_store, demo_meeting(demo_store).id)
    qtbot.addWidget(window)
    projector = window.open_projector()
    qtbot.addWidget(projector)
    available = projector.screen().availableGeometry()
    assert available.contains(projector.frameGeometry()) and not projector.isFullScreen()
