"""Decisions: the motions of a meeting, their votes (named per member, or hand-count totals), the
majority rule, the quorum from attendance and the result, shown at once. Every change is undoable."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import Decision, Meeting, Member, NamedVote, grammar
from cwd_desktop.domain.choices import MajorityRule, Vote, VotingMode
from cwd_desktop.gui.commands import AddRow, ChangeRows, StoreCommand, push_or_warn
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.references import agenda_choice, fill_agenda_choice
from cwd_desktop.gui.verdicts import result_text, verdict
from cwd_desktop.services.overview import decision_outcome, members_represented
from cwd_desktop.storage import Store
from cwd_desktop.storage.codec import to_row


class DecisionsTab(QWidget):
    def __init__(
        self,
        store: Store,
        meeting_id: str,
        undo_stack: QUndoStack,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.meeting_id, self.undo_stack, self.read_only = store, meeting_id, undo_stack, read_only
        meeting = store.get(Meeting, meeting_id)
        self.members = store.find(Member, partnership_id=meeting.partnership_id, order_by="name")
        self.new_motion = QLineEdit()
        self.new_motion.setPlaceholderText(self.tr("New motion, then Enter"))
        self.new_motion.setAccessibleName(self.tr("New motion"))
        self.new_motion.setEnabled(not read_only)
        self.new_motion.returnPressed.connect(self.add_decision)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Decisions"))
        self.list.currentRowChanged.connect(lambda _row: self.show_decision())
        self.mode = QComboBox()
        self.rule = QComboBox()
        self.point = agenda_choice(store, meeting_id)
        for mode in VotingMode:
            self.mode.addItem(mode.label(language()), mode.value)
        for rule in MajorityRule:
            self.rule.addItem(rule.label(language()), rule.value)
        self.totals = {name: QSpinBox() for name in ("votes_for", "votes_against", "votes_abstain")}
        for spin in self.totals.values():
            spin.setRange(0, 100000)
        self.named = QTableWidget(0, 2)
        self.named.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Vote")])
        self.named.horizontalHeader().setStretchLastSection(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        # Shown only when more votes were cast than could be: the count stands only if confirmed.
        self.confirm = QCheckBox(self.tr("Con&firm the count: this many votes were cast"))
        self.confirm.setVisible(False)
        form = self.form = QFormLayout()
        form.addRow(self.tr("Votin&g:"), self.mode)
        form.addRow(self.tr("&Majority:"), self.rule)
        form.addRow(self.tr("Under agenda &point:"), self.point)
        form.addRow(self.tr("For:"), self.totals["votes_for"])
        form.addRow(self.tr("Against:"), self.totals["votes_against"])
        form.addRow(self.tr("Abstaining:"), self.totals["votes_abstain"])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(self.named, 1)
        right_layout.addWidget(self.result)
        right_layout.addWidget(self.confirm)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.new_motion)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.mode.activated.connect(lambda _i: self.change({"mode": self.mode.currentData()}))
        self.rule.activated.connect(lambda _i: self.change({"rule": self.rule.currentData()}))
        self.point.activated.connect(lambda _i: self.change({"agenda_item_id": self.point.currentData()}))
        self.confirm.clicked.connect(lambda checked: self.change({"count_confirmed": bool(checked)}))
        for name, spin in self.totals.items():
            spin.editingFinished.connect(lambda name=name, spin=spin: self.change({name: spin.value()}))
        for widget in (self.mode, self.rule, self.point, *self.totals.values(), self.named, self.confirm):
            widget.setEnabled(not read_only)
        undo_stack.indexChanged.connect(lambda _index: self.reload())  # undo and redo show at once
        self.reload()

    # -- reading ----------------------------------------------------------------------------------

    def decisions(self) -> list[Decision]:
        return self.store.find(Decision, meeting_id=self.meeting_id, order_by="position")

    def current(self) -> Decision | None:
        item = self.list.currentItem()
        return self.store.get(Decision, item.data(256)) if item else None

    def reload(self) -> None:
        keep = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for number, decision in enumerate(self.decisions(), 1):
            item = QListWidgetItem(f"{number}. {decision.motion} — {self.result_text(decision)}")
            item.setData(256, decision.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(max(keep, 0), self.list.count() - 1))
        self.show_decision()

    def result_text(self, decision: Decision) -> str:
        return result_text(decision_outcome(self.store, decision))

    def projector_html(self) -> str:
        """The selected motion and its result, for the hall."""
        decision = self.current()
        if decision is None:
            return escape(self.tr("No motion selected."))
        outcome = decision_outcome(self.store, decision)
        colour = "#1b5e20" if outcome.adopted else "#b71c1c" if outcome.voted else "#555555"
        return (
            f"<p>{escape(decision.motion)}</p><p style='color: {colour}'><b>{escape(verdict(outcome))}</b></p>"
            f"<p>{escape(self.result_text(decision))}</p>"
        )

    def show_decision(self) -> None:
        decision = self.current()
        named = decision is not None and decision.mode is VotingMode.NAMED
        for spin in self.totals.values():
            self.form.setRowVisible(spin, not named)  # the row with its label
        self.named.setVisible(named)
        if decision is None:
            self.confirm.setVisible(False)
            self.result.setText(self.tr("Add a motion to record its vote."))
            return
        self.mode.setCurrentIndex(self.mode.findData(decision.mode.value))
        self.rule.setCurrentIndex(self.rule.findData(decision.rule.value))
        fill_agenda_choice(self.point, self.store, self.meeting_id, decision.agenda_item_id)
        for name, spin in self.totals.items():
            spin.setValue(getattr(decision, name))
        votes = {v.member_id: v for v in self.store.find(NamedVote, decision_id=decision.id)}
        self.named.clearContents()
        self.named.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            cell = QTableWidgetItem(member.name)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.named.setItem(row, 0, cell)
            combo = QComboBox()
            combo.addItem("—", None)
            gender = grammar.member_gender(member)
            for vote in Vote:  # as the minutes will say it: "Gmina …: wstrzymała się"
                combo.addItem(grammar.vote_label(vote, gender, language()), vote.value)
            existing = votes.get(member.id)
            combo.setCurrentIndex(combo.findData(existing.vote.value) if existing else 0)
            combo.setEnabled(not self.read_only)
            combo.activated.connect(
                lambda _i, member=member, combo=combo: self.set_vote(member.id, combo.currentData())
            )
            self.named.setCellWidget(row, 1, combo)
        self.named.resizeColumnToContents(0)
        outcome = decision_outcome(self.store, decision)
        self.confirm.setVisible(outcome.over_attendance)
        self.confirm.setChecked(decision.count_confirmed)
        self.result.setText(self.tr("Result: %1").replace("%1", result_text(outcome)))

    # -- changes ----------------------------------------------------------------------------------

    def push(self, command) -> None:
        push_or_warn(self.undo_stack, command, self, self.tr("Decisions"))
        self.reload()

    def add_decision(self) -> None:
        motion = self.new_motion.text().strip()
        if not motion:
            return
        position = self.store.next_position(Decision, meeting_id=self.meeting_id)
        label = QCoreApplication.translate("Decisions", "add motion")
        self.push(
            AddRow(
                self.store,
                Decision(meeting_id=self.meeting_id, motion=motion, position=position),
                label,
                lambda _row: None,
            )
        )
        self.new_motion.clear()
        self.list.setCurrentRow(self.list.count() - 1)

    def change(self, fields: dict) -> None:
        decision = self.current()
        if decision is None or self.read_only:
            return
        stored = to_row(decision)
        if all(stored[name] == value for name, value in fields.items()):
            return
        label = QCoreApplication.translate("Decisions", "change vote")
        absent = self._absent_members(decision) if fields.get("mode") == VotingMode.NAMED.value else []
        self.undo_stack.beginMacro(label)  # one undo step, with the absent members' votes
        try:
            self.push(ChangeRows(self.store, Decision, {decision.id: fields}, label, lambda _row: None))
            for member_id in absent:
                vote = NamedVote(decision_id=decision.id, member_id=member_id, vote=Vote.ABSENT)
                self.push(AddRow(self.store, vote, label, lambda _row: None))
        finally:
            self.undo_stack.endMacro()

    def _absent_members(self, decision: Decision) -> list[str]:
        """Members no present participant represents, on a vote by member that has no votes yet:
        they are pre-filled as absent ("nieobecny")."""
        if self.store.find(NamedVote, decision_id=decision.id):
            return []
        represented = members_represented(self.store, self.store.get(Meeting, self.meeting_id))
        return [m.id for m in self.members if m.id not in represented]

    def set_vote(self, member_id: str, vote: str | None) -> None:
        decision = self.current()
        if decision is None or self.read_only:
            return
        label = QCoreApplication.translate("Decisions", "change vote")
        existing = self.store.find(NamedVote, decision_id=decision.id, member_id=member_id)
        command: StoreCommand
        if existing and vote is None:
            command = ChangeRows(self.store, NamedVote, {existing[0].id: {"deleted": True}}, label, lambda _row: None)
        elif existing:
            command = ChangeRows(self.store, NamedVote, {existing[0].id: {"vote": vote}}, label, lambda _row: None)
        elif vote is not None:
            command = AddRow(
                self.store,
                NamedVote(decision_id=decision.id, member_id=member_id, vote=Vote(vote)),
                label,
                lambda _row: None,
            )
        else:
            return
        self.push(command)
