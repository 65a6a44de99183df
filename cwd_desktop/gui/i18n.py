"""The interface language: Polish on a Polish system, English otherwise.

The language chosen in Settings comes first; CWD_DESKTOP_LANG=pl|en overrides both (tests).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cwd_desktop import messages, paths, settings

if TYPE_CHECKING:
    import datetime as dt  # not at start-up: the first frame needs no dates

SUPPORTED = ("pl", "en")
_current = "en"
_installed: list[QTranslator] = []


def system_language() -> str:
    override = os.environ.get("CWD_DESKTOP_LANG", "")
    if override in SUPPORTED:
        return override
    chosen = settings.load()["language"]
    if chosen in SUPPORTED:
        return chosen
    return "pl" if QLocale.system().language() == QLocale.Language.Polish else "en"


# Strings of Qt's own dialogs that Qt's Polish translation lacks (Qt added mnemonics to them
# after the translation was made): the file dialog's "Look in" and "Files of type".
QT_GAPS = {
    "pl": {
        ("QFileDialog", "&Look in:"): "&Szukaj w:",
        ("QFileDialog", "Files of &type:"): "Pliki &typu:",
    }
}


class _QtGaps(QTranslator):
    def __init__(self, texts: dict[tuple[str, str], str], parent: QCoreApplication | None) -> None:
        super().__init__(parent)
        self.texts = texts

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None: not ours (a null string sends Qt on to the other translators; "" would be an answer).
        return self.texts.get((context, source))

    def isEmpty(self) -> bool:  # Qt's name
        return False


def language() -> str:
    """The language the interface speaks now; also the language of domain labels shown."""
    return _current


def install(app: QCoreApplication | None, lang: str | None = None) -> str:
    """Load our and Qt's own translations for `lang` (default: the system's)."""
    global _current
    lang = lang or system_language()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(paths.resources_dir() / "translations" / f"cwd_desktop_{lang}.qm")):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
        if lang in QT_GAPS:
            gaps = _QtGaps(QT_GAPS[lang], app)
            QCoreApplication.installTranslator(gaps)  # the last installed is asked first
            _installed.append(gaps)
    _current = lang
    messages.set_language(lang)  # the core and the CLI word their messages in it too
    return lang


def shown_date(value: dt.date) -> str:
    """A date as the interface's readers write it: 1.12.2026 in Polish, 2026-12-01 in English."""
    return f"{value.day}.{value.month:02d}.{value.year}" if _current == "pl" else value.isoformat()


def shown_number(value: float) -> str:
    """A number with its thousands separated as the language does: 4 500 000 (Polish), 4,500,000."""
    locale = QLocale(QLocale.Language.Polish) if _current == "pl" else QLocale(QLocale.Language.English)
    if isinstance(value, int) or float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 12)
