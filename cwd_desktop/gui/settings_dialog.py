"""Settings: the interface language; the folder for the coordinator (a moderator's outbox); the
inbox folders a coordinator's app watches, and what it does with new packages there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop import settings


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        stored = settings.load()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("The system's language"), "")
        self.language.addItem("Polski", "pl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(stored["language"])))
        note = QLabel(self.tr("Windows opened from now on speak the new language; the minutes stay in Polish."))
        note.setWordWrap(True)

        self.outbox = QLineEdit(stored["outbox"])
        self.outbox.setPlaceholderText(self.tr("none"))
        self.outbox.setAccessibleName(self.tr("Folder for the coordinator"))
        choose_outbox = QPushButton(self.tr("C&hoose…"))
        choose_outbox.clicked.connect(self.choose_outbox)
        outbox_row = QHBoxLayout()
        outbox_row.addWidget(self.outbox, 1)
        outbox_row.addWidget(choose_outbox)
        outbox_note = QLabel(
            self.tr(
                "A folder your sync program (Syncthing, Nextcloud, a network share) sends to the coordinator. "
                "Each partnership's package is written there when a meeting's window closes, when the program "
                "closes and every hour while there are changes."
            )
        )
        outbox_note.setWordWrap(True)

        self.inboxes = QListWidget()
        self.inboxes.setAccessibleName(self.tr("Inbox folders"))
        self.inboxes.addItems([str(p) for p in stored["inboxes"] if isinstance(p, str)])
        self.inboxes.setMaximumHeight(90)
        add_inbox = QPushButton(self.tr("A&dd…"))
        remove_inbox = QPushButton(self.tr("Re&move"))
        add_inbox.clicked.connect(self.add_inbox)
        remove_inbox.clicked.connect(lambda: self.inboxes.takeItem(self.inboxes.currentRow()))
        inbox_buttons = QVBoxLayout()
        inbox_buttons.addWidget(add_inbox)
        inbox_buttons.addWidget(remove_inbox)
        inbox_buttons.addStretch()
        inbox_row = QHBoxLayout()
        inbox_row.addWidget(self.inboxes, 1)
        inbox_row.addLayout(inbox_buttons)
        self.inbox_auto = QComboBox()
        self.inbox_auto.setAccessibleName(self.tr("New packages in the inbox"))
        self.inbox_auto.addItem(self.tr("Show a badge; import when I click it"), False)
        self.inbox_auto.addItem(self.tr("Import them at once, in the background"), True)
        self.inbox_auto.setCurrentIndex(1 if stored["inbox_auto"] else 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(note)
        form.addRow(self.tr("&Folder for the coordinator:"), outbox_row)
        form.addRow(outbox_note)
        form.addRow(self.tr("&Inbox folders:"), inbox_row)
        form.addRow(self.tr("&New packages there:"), self.inbox_auto)
        form.addRow(buttons)
        for row, field in ((2, self.outbox), (4, self.inboxes)):  # a row that is a layout gets no buddy by itself
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.resize(720, self.sizeHint().height())

    def choose_outbox(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the coordinator"), self.outbox.text())
        if name:
            self.outbox.setText(name)

    def add_inbox(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Inbox folder"))
        if name and not self.inboxes.findItems(name, self._exact()):
            self.inboxes.addItem(name)

    @staticmethod
    def _exact():
        from PySide6.QtCore import Qt

        return Qt.MatchFlag.MatchExactly

    def chosen_language(self) -> str:
        return self.language.currentData()

    def save_folders(self) -> None:
        """Keep the folder choices (the language is applied by the main window)."""
        outbox = self.outbox.text().strip()
        settings.set_value("outbox", str(Path(outbox).expanduser()) if outbox else "")
        settings.set_value("inboxes", [self.inboxes.item(i).text() for i in range(self.inboxes.count())])
        settings.set_value("inbox_auto", bool(self.inbox_auto.currentData()))
