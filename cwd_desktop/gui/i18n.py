"""The interface language: Polish on a Polish system, English otherwise.

The language chosen in Settings comes first; CWD_DESKTOP_LANG=pl|en overrides both (tests).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cwd_desktop import paths, settings

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
    _current = lang
    return lang
