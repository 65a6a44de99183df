"""The partnership editor: its details, its members (gminy, powiaty) and the people taking part,
with undo; people can be imported from a CSV file through the same service as the CLI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from cwd_desktop.domain import Member, Partnership, Person, grammar
from cwd_desktop.domain.choices import FormOfAddress, InBip
from cwd_desktop.domain.grammar import person_gender
from cwd_desktop.gui import file_dialogs, references
from cwd_desktop.gui.commands import AddRows, add_undo_menu, push_or_warn
from cwd_desktop.gui.entity_form import EntityForm
from cwd_desktop.gui.entity_table import EntityTable, Texts
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.models.entity_table import Column
from cwd_desktop.gui.screen import fit_to_screen
from cwd_desktop.services.csv_import import import_people
from cwd_desktop.storage import Store


class PartnershipWindow(QMainWindow):
    """`renamed` fires when the partnership's name changes (the main window's navigator shows it)."""

    renamed = Signal()

    def __init__(self, store: Store, partnership_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.partnership_id = store, partnership_id
        self.setWindowTitle(self.tr("Partnership: %1").replace("%1", store.get(Partnership, partnership_id).name))
        fit_to_screen(self, 1100, 700)
        self.undo_stack = QUndoStack(self)
        self.name = store.get(Partnership, partnership_id).name
        self.undo_stack.indexChanged.connect(lambda _index: self.check_name())
        self.form = EntityForm(
            store,
            self.undo_stack,
            Partnership,
            partnership_id,
            [
                ("name", self.tr("&Name:"), None),
                ("voivodeship", self.tr("&Voivodeship:"), None),
                ("lead_organisation", self.tr("&Lead organisation:"), None),
                ("description", self.tr("&Description:"), None),
            ],
            QCoreApplication.translate("Partnership", "edit partnership"),
        )
        where = {"partnership_id": partnership_id}
        self.members = EntityTable(
            store,
            self.undo_stack,
            Member,
            [Column("name", self.tr("Name")), Column("kind", self.tr("Kind")), Column("teryt", self.tr("TERYT code"))],
            where,
            [("name", self.tr("New member (e.g. Gmina Rajcza), then Enter"))],
            lambda values: Member(partnership_id=partnership_id, name=values["name"]),
            Texts(
                self.tr("Members"),
                QCoreApplication.translate("Partnership", "add member"),
                QCoreApplication.translate("Partnership", "edit member"),
                QCoreApplication.translate("Partnership", "delete members"),
            ),
        )
        self.people = EntityTable(
            store,
            self.undo_stack,
            Person,
            [
                Column("full_name", self.tr("First and last name")),
                Column(
                    "role", self.tr("Role"), shown=lambda p: grammar.role_label(p.role, person_gender(p), language())
                ),
                Column("form_of_address", self.tr("Ms / Mr"), shown=self.form_of_address),
                Column("in_bip", self.tr("In BIP"), shown=self.in_bip),
                Column("member_id", self.tr("Member represented"), references.members(store, partnership_id)),
                Column("affiliation", self.tr("Affiliation (no member)")),
                Column("email", self.tr("E-mail")),
                Column("phone", self.tr("Phone")),
            ],
            where,
            [("full_name", self.tr("New person (first and last name), then Enter"))],
            lambda values: Person(partnership_id=partnership_id, full_name=values["full_name"]),
            Texts(
                self.tr("People"),
                QCoreApplication.translate("Partnership", "add person"),
                QCoreApplication.translate("Partnership", "edit person"),
                QCoreApplication.translate("Partnership", "delete people"),
            ),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members, self.tr("&Members"))
        self.tabs.addTab(self.people, self.tr("Pe&ople"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.form)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        file_menu = self.menuBar().addMenu(self.tr("&Partnership"))
        import_action = file_menu.addAction(self.tr("&Import people from CSV…"))
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.ask_import)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Close"), QKeySequence.StandardKey.Close, self.close)
        add_undo_menu(self, self.undo_stack)

    def in_bip(self, person: Person) -> str:
        """How the BIP version names the person; the role's default is shown as what it gives."""
        if person.in_bip is not InBip.BY_ROLE:
            return person.in_bip.label(language())
        given = InBip.NAME if person.role in grammar.PUBLIC_ROLES else InBip.INITIALS
        return self.tr("%1 (by role)").replace("%1", given.label(language()))

    def form_of_address(self, person: Person) -> str:
        """Pani or Pan; when not set, the one the first name gives, said to be that."""
        if person.form_of_address is not FormOfAddress.FROM_NAME:
            return person.form_of_address.label(language())
        guessed = FormOfAddress.MS if person_gender(person) == grammar.F else FormOfAddress.MR
        return self.tr("%1 (from the first name)").replace("%1", guessed.label(language()))

    def check_name(self) -> None:
        name = self.store.get(Partnership, self.partnership_id).name
        if name != self.name:
            self.name = name
            self.renamed.emit()

    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import people"), file_dialogs.start("csv"), self.tr("CSV files (*.csv);;*")
        )
        file_dialogs.remember("csv", name)
        if name:
            self.import_csv(Path(name))

    def import_csv(self, path: Path) -> int:
        """All rows or none (the service checks every row first); undo removes them again."""
        label = QCoreApplication.translate("Partnership", "import people")
        command = AddRows(
            self.store,
            Person,
            lambda: import_people(self.store, self.partnership_id, path),
            label,
            self.people.model.show,
        )
        if not push_or_warn(self.undo_stack, command, self, self.tr("Import people")):
            return 0
        self.tabs.setCurrentWidget(self.people)
        imported = len(command.row_ids or [])
        self.statusBar().showMessage(self.tr("Imported %n person(s).", "", imported), 8000)
        return imported

    def closeEvent(self, event) -> None:
        self.undo_stack.blockSignals(True)  # nothing to redraw any more (the store may be closed)
        self.undo_stack.clear()  # see MeetingWindow.closeEvent
        super().closeEvent(event)
