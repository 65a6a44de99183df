"""What the core and the CLI say to a person, in the person's language: one mechanism for both.

A message's id is its English text, with named parameters: `tr("Imported {count} people.", count=3)`.
The Polish texts are in one place, `messages_pl.TEXTS`, keyed by those ids (tests/unit/test_messages.py
fails on an id without Polish, or with other parameters). Errors carry their id and parameters and
are worded when shown (`CwdError.__str__`), so the GUI and the CLI show the same sentence. The Qt
interface's own strings are translated by Qt (resources/translations), and it sets the language here.

A parameter that is a closed vocabulary's value (it has `label(lang)`) or a `Term` is shown in the
language of the sentence; everything else as it is.
"""

from __future__ import annotations

import errno
import locale
import os
from collections.abc import Mapping
from typing import Any

SUPPORTED = ("pl", "en")
_chosen: str | None = None


def system_language(preferred: str = "") -> str:
    """CWD_DESKTOP_LANG=pl|en first, then the language chosen in Settings (`preferred`), then the
    system's: Polish on a Polish system, English otherwise."""
    override = os.environ.get("CWD_DESKTOP_LANG", "")
    if override in SUPPORTED:
        return override
    if preferred in SUPPORTED:
        return preferred
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "pl" if value.lower().startswith("pl") else "en"
    try:  # Windows keeps it out of the environment: ('Polish_Poland', '1250')
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return "pl" if name.lower().startswith(("pl", "polish")) else "en"


def set_language(lang: str | None) -> None:
    """The language of every message from now on; None: the system's again."""
    global _chosen
    _chosen = lang if lang in SUPPORTED else None


def language() -> str:
    return _chosen or system_language()


class Term:
    """A word that is a parameter of a message (a table's name), with its Polish form."""

    __slots__ = ("en", "pl")

    def __init__(self, en: str, pl: str) -> None:
        self.en, self.pl = en, pl

    def label(self, lang: str) -> str:
        return self.pl if lang == "pl" else self.en

    def __str__(self) -> str:
        return self.label(language())


class Message:
    """A message worded later, in the language of the sentence it is a parameter of."""

    __slots__ = ("message", "params")

    def __init__(self, message: str, /, **params: Any) -> None:
        self.message, self.params = message, params

    def label(self, lang: str) -> str:
        return worded(self.message, self.params, lang)

    def __str__(self) -> str:
        return self.label(language())


def field_name(column: str) -> Term:
    """A column as a person names the field: "place" → "miejsce" in Polish."""
    from cwd_desktop.messages_pl import FIELDS

    return Term(column.replace("_", " "), FIELDS.get(column, column.replace("_", " ")))


def tr(message: str, /, **params: Any) -> str:
    """The message in the current language, its parameters filled in."""
    return worded(message, params, language())


def worded(message: str, params: Mapping[str, Any], lang: str) -> str:
    text = message
    if lang == "pl":
        from cwd_desktop.messages_pl import TEXTS  # loaded once, when Polish is first asked for

        text = TEXTS.get(message, message)
    if not params:
        return text
    shown = {
        name: value.label(lang) if callable(getattr(value, "label", None)) else value for name, value in params.items()
    }
    try:
        return text.format_map(shown)
    except (KeyError, IndexError, ValueError):  # a message and its parameters that disagree: still say it
        return f"{message} {shown}"


# What went wrong with a file, in words the user's language has (the C library's own text, as
# Python gives it, is English).
_OS_PROBLEMS = {
    errno.ENOENT: Message("no such file or folder"),
    errno.EACCES: Message("no permission"),
    errno.EPERM: Message("no permission"),
    errno.ENOSPC: Message("the disk is full"),
    errno.EROFS: Message("a read-only file system"),
    errno.EISDIR: Message("it is a folder"),
    errno.ENOTDIR: Message("a part of the path is not a folder"),
    errno.EBUSY: Message("in use"),
    errno.EEXIST: Message("it already exists"),
    errno.ENAMETOOLONG: Message("the name is too long"),
    errno.EIO: Message("an input/output error (a damaged disk or a removed stick?)"),
}


def os_problem(exc: OSError) -> Message | str:
    """An operating system error in a few words, for a message's parameter."""
    known = _OS_PROBLEMS.get(exc.errno or 0)
    return known or exc.strerror or str(exc)
