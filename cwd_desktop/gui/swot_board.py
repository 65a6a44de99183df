"""The live SWOT board: four quadrants, a capture line, keyboard-first.

Enter adds the typed text to the current quadrant and keeps the focus in the capture line ("text
#theme" tags it); Ctrl+1..4 choose the quadrant; in a quadrant: F2 or double click edits, Del
deletes, + and - vote, digits then Enter set the number counted in the hall, Ctrl+M merges the
selected cards, Ctrl+G sets their theme, Ctrl+T pairs them into a TOWS strategy, Alt+Up/Down and
drag and drop reorder, Ctrl+Shift+1..4 or dragging moves them to another quadrant, Ctrl+Shift+V
sorts the quadrant by votes. Every edit is an undo command on the meeting's stack.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QStyledItemDelegate,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import SwotItem, SwotSession, names
from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.errors import CwdError
from cwd_desktop.gui import swot_commands
from cwd_desktop.gui.commands import ChangeRows, push_or_warn
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.keys import shortcut
from cwd_desktop.gui.models.roles import ID_ROLE, TEXT_ROLE
from cwd_desktop.gui.models.swot_board import QuadrantModel, theme_colour
from cwd_desktop.gui.references import AgendaPointChoice
from cwd_desktop.services.workshop import goals_fed_by, strategy_kind
from cwd_desktop.storage import Store

THEME_SUFFIX = re.compile(r"\s#([\w-]+)$")
QUADRANT_COLOURS = {Quadrant.S: "#eaf5ea", Quadrant.W: "#fbeaea", Quadrant.O: "#e8f0fb", Quadrant.T: "#fdf1e3"}


class CardDelegate(QStyledItemDelegate):
    """Editing a card starts from its text, without the vote count the board shows after it."""

    def setEditorData(self, editor, index) -> None:
        editor.setText(index.data(TEXT_ROLE))


class QuadrantView(QListView):
    """One quadrant's cards; keys for the moderator's hands."""

    def __init__(self, board: SwotBoard, quadrant: Quadrant) -> None:
        super().__init__()
        self.board, self.quadrant = board, quadrant
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        # One line per card, the same height for all: the view then lays out 10,000 cards without
        # measuring each (a word-wrapped list re-measures every card on every change). The full
        # text is in the tooltip, on the projector and in the minutes.
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(500)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSpacing(2)
        self.setStyleSheet(f"QListView {{ background: {QUADRANT_COLOURS[quadrant]}; }}")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setIconSize(QSize(8, 18))  # the theme's colour: a stripe before the text
        self.setItemDelegate(CardDelegate(self))
        self.typed_votes = ""  # digits typed on a card: the number counted in the hall

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # worked out on hover: the goals this card feeds
            index = self.indexAt(event.pos())
            if index.isValid():
                QToolTip.showText(event.globalPos(), self.board.tooltip(index), self)
                return True
        return super().viewportEvent(event)

    def focusInEvent(self, event) -> None:
        self.board.last_view = self  # the quadrant that Ctrl+M, Ctrl+G, Alt+Up... act on
        super().focusInEvent(event)

    def keys_in_place(self) -> list[tuple[str, str]]:
        """(keys, what they do) handled by keyPressEvent below, for the F1 sheet (gui/keys.py)."""
        return [
            (
                "0–9, Enter",
                QCoreApplication.translate("SwotBoard", "Set the card's votes to the number counted in the hall"),
            ),
            ("+", QCoreApplication.translate("SwotBoard", "One vote more for the selected cards")),
            ("−", QCoreApplication.translate("SwotBoard", "One vote less for the selected cards")),
            (
                QKeySequence(Qt.Key.Key_Delete).toString(QKeySequence.SequenceFormat.NativeText),
                QCoreApplication.translate("SwotBoard", "Delete the selected cards"),
            ),
            ("F2", QCoreApplication.translate("SwotBoard", "Edit the card's text")),
            (
                QKeySequence(Qt.Key.Key_Space).toString(QKeySequence.SequenceFormat.NativeText),
                QCoreApplication.translate("SwotBoard", "Show the card big on the projector, or the board again"),
            ),
        ]

    def keyPressEvent(self, event) -> None:  # the keys keys_in_place() names
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.typed_votes = (self.typed_votes + event.text())[-5:]
            hint = QCoreApplication.translate("SwotBoard", "Votes: %1 — Enter sets them, Esc cancels")
            self.board.feeds.setText(hint.replace("%1", self.typed_votes))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.typed_votes:
            if self.currentIndex().isValid():
                self.board.set_votes(self.currentIndex().data(ID_ROLE), int(self.typed_votes))
            self.typed_votes = ""
            self.board.show_feeds(self.currentIndex())
        elif key == Qt.Key.Key_Escape and self.typed_votes:
            self.typed_votes = ""
            self.board.show_feeds(self.currentIndex())
        elif key == Qt.Key.Key_Space and not event.modifiers():
            self.board.spotlight_requested.emit()
        elif key == Qt.Key.Key_Delete:
            self.board.delete_selected(self)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.board.vote_selected(self, +1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.board.vote_selected(self, -1)
        else:
            super().keyPressEvent(event)


class SwotBoard(QWidget):
    """The board of one SWOT session. `changed` fires after every edit (the projector listens)."""

    changed = Signal()
    strategy_requested = Signal(str, str, list)  # TOWS type, text, SWOT item ids (the goals tab adds it)
    session_changed = Signal()  # the session's own fields (its paper-voting rules, hidden authors)
    spotlight_requested = Signal()  # Space on a card: the projector shows it big

    def __init__(
        self,
        store: Store,
        session_id: str,
        undo_stack: QUndoStack,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.session_id, self.undo_stack = store, session_id, undo_stack
        self.read_only = read_only
        self.models = {q: QuadrantModel(store, session_id, q, self, read_only) for q in Quadrant}
        self.card_quadrant = {i.id: q for q, m in self.models.items() for i in m.items}
        self.theme_filter = QComboBox()
        self.theme_filter.setAccessibleName(self.tr("Show the cards of the theme"))
        self.theme_filter.addItem(self.tr("All themes"), "")
        self.views: dict[Quadrant, QuadrantView] = {}
        self.last_view: QuadrantView | None = None
        self.titles: dict[Quadrant, QGroupBox] = {}
        grid = QGridLayout()
        for number, quadrant in enumerate(Quadrant):
            model = self.models[quadrant]
            model.on_edit = self.edit_text
            model.on_drop = self.move_cards
            model.rowsInserted.connect(lambda _parent, first, last, q=quadrant: self._filter_rows(q, first, last))
            view = QuadrantView(self, quadrant)
            view.setModel(model)
            view.selectionModel().currentChanged.connect(lambda current, _previous: self.show_feeds(current))
            view.selectionModel().selectionChanged.connect(
                lambda selected, _deselected, q=quadrant: self._select_only_in(q) if not selected.isEmpty() else None
            )
            view.setAccessibleName(quadrant.label(language()))
            box = QGroupBox()
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view)
            self.views[quadrant], self.titles[quadrant] = view, box
            model.count_changed.connect(lambda _count, q=quadrant: self._update_title(q))
            self._update_title(quadrant)
            grid.addWidget(box, number // 2, number % 2)
            shortcut(
                self,
                f"Ctrl+{number + 1}",
                self.tr("SWOT: new cards go to %1").replace("%1", quadrant.label(language())),
                lambda q=quadrant: self.choose_quadrant(q),
            )
        shortcut(self, "Ctrl+M", self.tr("SWOT: merge the selected cards"), self.merge_selected)
        shortcut(self, "Ctrl+T", self.tr("SWOT: a TOWS strategy from the selected cards"), self.strategy_from_selected)
        shortcut(self, "Ctrl+G", self.tr("SWOT: the selected cards' theme"), self.ask_theme)
        shortcut(self, "Ctrl+Shift+V", self.tr("SWOT: sort the board by votes"), self.sort_by_votes)
        for number, quadrant in enumerate(Quadrant, 1):
            shortcut(
                self,
                f"Ctrl+Shift+{number}",
                self.tr("SWOT: move the selected cards to %1").replace("%1", quadrant.label(language())),
                lambda q=quadrant: self.move_selected_to(q),
            )
        for key, step, does in (
            ("Alt+Up", -1, self.tr("SWOT: move the card up")),
            ("Alt+Down", 1, self.tr("SWOT: move the card down")),
        ):
            shortcut(self, key, does, lambda step=step: self.move_current(step))
        for theme in sorted({i.theme for m in self.models.values() for i in m.items if i.theme}, key=names.sort_key):
            self._add_theme_choice(theme)
        self.theme_filter.currentIndexChanged.connect(lambda _index: self.apply_filter())
        filter_label = QLabel(self.tr("T&heme:"))
        filter_label.setBuddy(self.theme_filter)
        self.capture = QLineEdit()
        self.capture.setAccessibleName(self.tr("New card"))
        self.capture.returnPressed.connect(self.add_from_capture)
        shortcut(
            self.capture,
            Qt.Key.Key_Down,
            self.tr("SWOT: from the new card line into the cards"),
            self.focus_quadrant,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.capture_label = QLabel()
        self.capture_label.setBuddy(self.capture)
        capture_row = QHBoxLayout()
        capture_row.addWidget(self.capture_label)
        capture_row.addWidget(self.capture, 1)
        capture_row.addWidget(filter_label)
        capture_row.addWidget(self.theme_filter)
        # The agenda point the SWOT was made under: the minutes print it under that "Ad. N".
        session = self.session()  # none: a signed meeting that had no SWOT
        self.point_choice = AgendaPointChoice(
            store,
            session.meeting_id if session else "",
            SwotSession,
            session_id,
            "agenda_item_id",
            self.push,
            QCoreApplication.translate("SWOT", "SWOT under an agenda point"),
            not read_only and session is not None,
        )
        self.point = self.point_choice.combo
        self.point.setAccessibleName(self.tr("Agenda point of the SWOT"))
        self.point.setToolTip(self.tr('The minutes print the SWOT and TOWS under this point\'s "Ad. N".'))
        point_label = QLabel(self.tr("In &point:"))
        point_label.setBuddy(self.point)
        capture_row.addWidget(point_label)
        capture_row.addWidget(self.point)
        layout = QVBoxLayout(self)
        layout.addLayout(capture_row)
        layout.addLayout(grid, 1)
        self.feeds = QLabel()
        self.feeds.setWordWrap(True)
        self.feeds.setAccessibleName(self.tr("Goals the selected card feeds"))
        layout.addWidget(self.feeds)
        self.capture.setEnabled(not read_only)
        self.current = Quadrant.S
        self.choose_quadrant(Quadrant.S)

    # -- display -------------------------------------------------------------------------------

    def _update_title(self, quadrant: Quadrant) -> None:
        count = self.models[quadrant].rowCount()
        self.titles[quadrant].setTitle(f"{quadrant.label(language())} ({count})")

    def choose_quadrant(self, quadrant: Quadrant) -> None:
        self.current = quadrant
        self.capture_label.setText(self.tr("Add to %1:").replace("%1", quadrant.label(language())))
        for q, box in self.titles.items():
            font = QFont(box.font())
            font.setBold(q is quadrant)
            box.setFont(font)
        self.capture.setFocus()

    def tooltip(self, index) -> str:
        """The card's text and theme, and the goals it feeds."""
        goals = goals_fed_by(self.store, index.data(ID_ROLE))
        return index.data(Qt.ItemDataRole.ToolTipRole) + "".join(f"\n→ {g.code} {g.title}" for g in goals)

    def focus_quadrant(self) -> None:
        """Down from the capture line: into the current quadrant, on its newest card."""
        view = self.views[self.current]
        view.setFocus()
        if view.model().rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(view.model().index(view.model().rowCount() - 1, 0))

    def _select_only_in(self, quadrant: Quadrant) -> None:
        """At most one internal quadrant (S, W) and one external (O, T) hold a selection: Ctrl+T
        pairs exactly those, and Ctrl+M and Del act on the quadrant selected last, as seen."""
        self.last_view = self.views[quadrant]
        internal = {Quadrant.S, Quadrant.W}
        for other, view in self.views.items():
            same_side = (other in internal) == (quadrant in internal)
            if other is not quadrant and same_side and view.selectionModel().hasSelection():
                view.selectionModel().clearSelection()

    def show_feeds(self, current) -> None:
        """Under the board: the goals the current card feeds (directly or through a TOWS strategy)."""
        if not current.isValid():
            self.feeds.clear()
            return
        goals = goals_fed_by(self.store, current.data(ID_ROLE))
        names = "; ".join(f"{g.code} {g.title}".strip() for g in goals)
        self.feeds.setText(
            self.tr("Feeds the goals: %1").replace("%1", names) if goals else self.tr("This card feeds no goal yet.")
        )

    def show_card(self, item: SwotItem) -> None:
        """Show one changed card on the board (and the projector): only the quadrant it was in and
        the one it is in now are touched."""
        before = self.card_quadrant.get(item.id)
        self.card_quadrant[item.id] = item.quadrant
        for quadrant in {before, item.quadrant}:
            if quadrant is not None:
                self.models[quadrant].show(item)
        self.changed.emit()

    # -- edits -----------------------------------------------------------------------------------

    def push(self, command) -> bool:
        return push_or_warn(self.undo_stack, command, self, self.tr("SWOT"))

    def session(self) -> SwotSession | None:
        found = self.store.find(SwotSession, include_deleted=True, id=self.session_id) if self.session_id else []
        return found[0] if found else None

    def showEvent(self, event) -> None:
        """The agenda may have changed on its tab: its points as they are now."""
        if self.session() is not None:
            self.point_choice.refresh()
        super().showEvent(event)

    def change_session(self, label: str, **fields) -> bool:
        """An undoable change of the session's own fields (`session_changed` follows, and on undo)."""
        if self.read_only or self.session() is None:
            return False
        command = ChangeRows(self.store, SwotSession, {self.session_id: fields}, label, self._session_shown)
        return self.push(command)

    def _session_shown(self, _row) -> None:
        self.session_changed.emit()

    def set_hide_authors(self, hidden: bool) -> None:
        self.change_session(
            self.tr("hide the cards' authors") if hidden else self.tr("show the cards' authors"), hide_authors=hidden
        )

    def edit_text(self, item_id: str, text: str) -> None:
        self.push(swot_commands.edit_text(self.store, self.show_card, item_id, text))

    def add_from_capture(self) -> None:
        """Enter in the capture line; "text #theme" tags the new card with a theme."""
        text = self.capture.text().strip()
        if not text or self.read_only:
            return
        theme = ""
        if (match := THEME_SUFFIX.search(text)) and match.start() > 0:
            text, theme = text[: match.start()].strip(), match.group(1).replace("_", " ")
        position = self.store.next_position(SwotItem, session_id=self.session_id)
        card = SwotItem(session_id=self.session_id, quadrant=self.current, text=text, position=position, theme=theme)
        if theme:
            self._add_theme_choice(theme)
        self.push(swot_commands.add_card(self.store, self.show_card, card))
        self.capture.clear()
        self.capture.setFocus()

    def _selected_ids(self, view: QListView) -> list[str]:
        rows = sorted(index.row() for index in view.selectionModel().selectedIndexes())
        return [view.model().index(row, 0).data(ID_ROLE) for row in rows]

    def _chosen_ids(self, view: QListView) -> list[str]:
        """The selected cards, or the card with the keyboard focus when none is selected."""
        current = view.currentIndex()
        return self._selected_ids(view) or ([current.data(ID_ROLE)] if current.isValid() else [])

    def delete_selected(self, view: QListView) -> None:
        if self.read_only:
            return
        self.undo_stack.beginMacro(self.tr("delete cards"))
        for item_id in self._chosen_ids(view):
            self.push(swot_commands.delete_card(self.store, self.show_card, item_id))
        self.undo_stack.endMacro()

    def vote_selected(self, view: QListView, delta: int) -> None:
        if self.read_only:
            return
        for item_id in self._chosen_ids(view):
            votes = self.store.get(SwotItem, item_id).votes + delta
            self.push(swot_commands.set_votes(self.store, self.show_card, item_id, votes))

    def set_votes(self, item_id: str, votes: int) -> None:
        """Type the number counted in the hall."""
        self.push(swot_commands.set_votes(self.store, self.show_card, item_id, votes))

    def merge_selected(self) -> None:
        if self.read_only:
            return
        ids = self._selected_ids(self.focused_view())
        if len(ids) < 2:
            QMessageBox.information(self, self.tr("Merge cards"), self.tr("Select two or more cards to merge."))
            return
        try:
            command = swot_commands.merge_cards(self.store, self.show_card, ids[0], ids[1:])
        except CwdError as exc:
            QMessageBox.warning(self, self.tr("Merge cards"), str(exc))
            return
        self.push(command)

    # -- moving cards: drag and drop, Alt+Up/Down, Ctrl+Shift+1..4, sorting by votes ----------------

    def move_cards(self, ids: list[str], quadrant: Quadrant, row: int, label: str | None = None) -> None:
        """Put cards into a quadrant before its row-th card; the quadrant's positions are renumbered
        and only the cards whose quadrant or position changes are written (one undo step)."""
        if self.read_only or not ids:
            return
        order = [i.id for i in self.models[quadrant].items]
        row -= sum(1 for item_id in order[:row] if item_id in ids)  # the moving cards leave their places
        order = [item_id for item_id in order if item_id not in ids]
        order[row:row] = ids
        current = {i.id: i for m in self.models.values() for i in m.items}
        changes = {}
        for position, item_id in enumerate(order, 1):
            item = current[item_id]
            if item.position != position or item.quadrant is not quadrant:
                changes[item_id] = {"position": position, "quadrant": quadrant.value}
        if changes:
            self.push(swot_commands.change_cards(self.store, self.show_card, label or self.tr("move cards"), changes))

    def focused_view(self) -> QuadrantView:
        return next((v for v in self.views.values() if v.hasFocus()), self.last_view or self.views[self.current])

    def move_current(self, step: int) -> None:
        view = self.focused_view()
        row = view.currentIndex().row()
        if row < 0 or not 0 <= row + step < view.model().rowCount():
            return
        item_id = view.currentIndex().data(ID_ROLE)
        self.move_cards([item_id], view.quadrant, row + step + (1 if step > 0 else 0))
        view.setCurrentIndex(view.model().index(self.models[view.quadrant].row_of(item_id), 0))

    def move_selected_to(self, quadrant: Quadrant) -> None:
        view = self.focused_view()
        if view.quadrant is not quadrant:
            self.move_cards(self._chosen_ids(view), quadrant, self.models[quadrant].rowCount())

    def sort_by_votes(self) -> None:
        """Ctrl+Shift+V: every quadrant's cards by votes, most first (ties keep their order), in
        one undo step: the whole board, as the projector shows it, not only a focused quadrant."""
        label = self.tr("sort by votes")
        self.undo_stack.beginMacro(label)
        try:
            for quadrant, model in self.models.items():
                items = sorted(model.items, key=lambda i: -i.votes)
                if items and items != list(model.items):
                    self.move_cards([i.id for i in items], quadrant, 0, label)
        finally:
            self.undo_stack.endMacro()

    # -- themes ------------------------------------------------------------------------------------

    def _add_theme_choice(self, theme: str) -> None:
        if self.theme_filter.findData(theme) < 0:
            self.theme_filter.addItem(self._theme_icon(theme), theme, theme)

    @staticmethod
    def _theme_icon(theme: str) -> QIcon:
        pixmap = QPixmap(12, 12)
        pixmap.fill(theme_colour(theme))
        return QIcon(pixmap)

    def ask_theme(self) -> None:
        """Ctrl+G: tag the selected cards with a theme (empty removes it)."""
        view = self.focused_view()
        ids = self._chosen_ids(view)
        if self.read_only or not ids:
            return
        known = [self.theme_filter.itemData(n) for n in range(1, self.theme_filter.count())]
        theme, ok = QInputDialog.getItem(
            self, self.tr("Theme"), self.tr("Theme of the selected cards:"), known, 0, True
        )
        if ok:
            self.set_theme(ids, theme.strip())

    def set_theme(self, ids: list[str], theme: str) -> None:
        if theme:
            self._add_theme_choice(theme)
        self.push(
            swot_commands.change_cards(
                self.store, self.show_card, self.tr("set theme"), {item_id: {"theme": theme} for item_id in ids}
            )
        )
        self.apply_filter()

    def apply_filter(self) -> None:
        for quadrant in Quadrant:
            self._filter_rows(quadrant, 0, self.models[quadrant].rowCount() - 1)

    def _filter_rows(self, quadrant: Quadrant, first: int, last: int) -> None:
        wanted = self.theme_filter.currentData()
        view, model = self.views.get(quadrant), self.models[quadrant]
        if view is None:
            return
        for row in range(first, last + 1):
            view.setRowHidden(row, bool(wanted) and model.items[row].theme != wanted)

    def strategy_from_selected(self) -> None:
        """Ctrl+T: a TOWS strategy pairing the cards selected in two quadrants (one internal, one external)."""
        if self.read_only:
            return
        ids = [item_id for view in self.views.values() for item_id in self._selected_ids(view)]
        quadrants = {view.quadrant for view in self.views.values() if self._selected_ids(view)}
        try:
            kind = strategy_kind(quadrants)
        except CwdError as exc:
            QMessageBox.information(self, self.tr("TOWS strategy"), str(exc))
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("TOWS strategy"),
            self.tr("%1 strategy pairing %n card(s):", "", len(ids)).replace("%1", kind.value),
        )
        if ok and text.strip():
            self.strategy_requested.emit(kind.value, text.strip(), ids)


def session_for(store: Store, meeting_id: str) -> str:
    """The meeting's SWOT session, made when the board is first opened."""
    sessions = store.find(SwotSession, meeting_id=meeting_id)
    return sessions[0].id if sessions else store.add(SwotSession(meeting_id=meeting_id)).id
