"""Every message the core and the CLI say has its Polish text, with the same parameters; no message
is built as an f-string (it could not be translated); and a Polish user reads Polish errors and CLI
output (CWD_DESKTOP_LANG=pl, or a Polish system locale)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from cwd_desktop import cli, messages
from cwd_desktop.domain import ENTITIES, choices
from cwd_desktop.errors import EXIT_ERROR, ReadOnlyError, ValidationError
from cwd_desktop.messages import Message, tr
from cwd_desktop.messages_pl import TEXTS

PACKAGE = Path(messages.__file__).parent

# Calls whose argument at this position is a message id.
MESSAGE_ARGUMENT = {
    "tr": 0,
    "Message": 0,
    "error": 0,  # fileio.read_file's error class
    "_refused": 0,
    "_refuse": 1,
    "read_file": 1,
    "require_text": 1,
    "require_range": 1,
    "load_pkcs12": 2,
    "load_pem_certificates": 1,
    "candidate": 1,
    "copy_database": 2,
}
# Parameters whose string default is a message id (a noun worded into a sentence).
MESSAGE_DEFAULTS = {"what", "source"}


def _error_classes(trees: list[ast.Module]) -> set[str]:
    known = {"CwdError"}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in known
                    and any(isinstance(b, ast.Name) and b.id in known for b in node.bases)
                ):
                    known.add(node.name)
                    grew = True
    return known


def _sources() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))}


def message_ids() -> tuple[set[str], list[str]]:
    """(the ids the code uses, the places that build a message as an f-string)."""
    trees = _sources()
    calls = dict(MESSAGE_ARGUMENT) | dict.fromkeys(_error_classes(list(trees.values())), 0)
    ids: set[str] = set()
    fstrings: list[str] = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name == "tr" and not isinstance(func, ast.Name):
                    continue  # self.tr: Qt's own, translated in resources/translations
                position = calls.get(name)
                if position is None or len(node.args) <= position:
                    continue
                arg = node.args[position]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    ids.add(arg.value)
                elif isinstance(arg, ast.JoinedStr):
                    fstrings.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                positional = node.args.posonlyargs + node.args.args
                arguments = positional + node.args.kwonlyargs
                defaults = [None] * (len(positional) - len(node.args.defaults)) + list(node.args.defaults)
                defaults += list(node.args.kw_defaults)
                for argument, default in zip(arguments, defaults, strict=True):
                    if argument.arg in MESSAGE_DEFAULTS and isinstance(default, ast.Constant):
                        ids.add(default.value)
    # Words worded into sentences: the names of the tables, and of the closed vocabularies.
    ids.update(cls.TABLE.replace("_", " ") for cls in ENTITIES)
    ids.update(
        (member.__doc__ or "").strip().rstrip(".")
        for member in vars(choices).values()
        if isinstance(member, type) and issubclass(member, choices.Choice) and member is not choices.Choice
    )
    return ids, fstrings


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_no_message_is_an_fstring() -> None:
    _ids, fstrings = message_ids()
    assert fstrings == [], "messages built as f-strings cannot be translated: " + ", ".join(fstrings)


def test_every_message_has_its_polish_text_with_the_same_parameters() -> None:
    ids, _ = message_ids()
    missing = sorted(ids - TEXTS.keys())
    assert missing == [], "no Polish text for:\n" + "\n".join(missing)
    for message in ids:
        assert _fields(TEXTS[message]) == _fields(message), message
    stale = sorted(TEXTS.keys() - ids)
    assert stale == [], "Polish texts of messages no longer said:\n" + "\n".join(stale)


def test_the_language_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CWD_DESKTOP_LANG")
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    assert messages.system_language() == "pl"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert messages.system_language() == "en"
    assert messages.system_language("pl") == "pl"  # chosen in Settings
    monkeypatch.setenv("CWD_DESKTOP_LANG", "pl")
    assert messages.system_language("en") == "pl"  # the override wins


def test_an_error_is_worded_when_shown_in_the_language_of_that_moment() -> None:
    error = ReadOnlyError(
        "Meeting {display_number} is signed and can no longer be changed; reopen it as a new revision to make changes.",
        display_number="4/2026",
    )
    messages.set_language("en")
    assert str(error).startswith("Meeting 4/2026 is signed and can no longer be changed")
    messages.set_language("pl")
    assert str(error).startswith("Spotkanie 4/2026 jest podpisane")
    nested = Message("{what} must not be empty.", what=Message("The person's name"))
    assert str(nested) == "Pole „Imię i nazwisko” nie może być puste."
    assert tr("unknown words stay as they are") == "unknown words stay as they are"


def test_a_choice_in_a_message_is_worded_in_its_language() -> None:
    messages.set_language("pl")
    with pytest.raises(ValidationError) as raised:
        choices.Quadrant.parse("middle")
    assert "nie jest" in str(raised.value) and "szanse" in str(raised.value).lower()


def test_the_cli_speaks_polish_with_cwd_desktop_lang_pl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cwd.sqlite3"
    monkeypatch.setenv("CWD_DESKTOP_LANG", "pl")
    assert cli.main(["demo", "--db", str(db)]) == 0
    assert "Dodano partnerstwa demonstracyjne" in capsys.readouterr().out
    before = db.read_bytes()
    assert cli.main(["reopen", "--db", str(db), "99/2026"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("cwd-desktop: Nie ma spotkania „99/2026”"), err
    assert "Traceback" not in err
    assert db.read_bytes() == before
    # and English otherwise
    monkeypatch.setenv("CWD_DESKTOP_LANG", "en")
    assert cli.main(["reopen", "--db", str(db), "99/2026"]) == EXIT_ERROR
    assert capsys.readouterr().err.startswith("cwd-desktop: There is no meeting '99/2026'")


if __name__ == "__main__":  # prints the ids without Polish text: python tests/unit/test_messages.py
    found, _ = message_ids()
    for message in sorted(found - TEXTS.keys()):
        print(repr(message))


def test_every_field_of_every_table_has_its_polish_name() -> None:
    from cwd_desktop.messages import field_name, worded
    from cwd_desktop.messages_pl import FIELDS
    from cwd_desktop.storage.codec import columns

    names = {column for cls in ENTITIES for column in columns(cls)[1:]}
    assert sorted(names - FIELDS.keys()) == [] and sorted(FIELDS.keys() - names) == []
    assert worded("{field}", {"field": field_name("place")}, "pl") == "miejsce"
    assert worded("{field}", {"field": field_name("due_date")}, "en") == "due date"
