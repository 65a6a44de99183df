"""Names as people type them: a search key that ignores case and Polish diacritics ("swierk"
finds "Świerkosz"), and whether two names are close enough to be one person typed twice."""

from __future__ import annotations

import difflib
import unicodedata

# Letters that do not decompose into a base letter and a mark.
_PLAIN = str.maketrans({"ł": "l", "Ł": "l", "đ": "d", "ø": "o", "ß": "ss"})


def search_key(text: str) -> str:
    """Lower case, without diacritics, spaces collapsed: "  Świerkosz  ŁUKASZ" -> "swierkosz lukasz"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN).casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def matches(query: str, name: str) -> bool:
    """Whether a typed query finds a name: every typed word is part of the name (any order)."""
    key = search_key(name)
    return all(word in key for word in search_key(query).split())


def close(a: str, b: str) -> bool:
    """Probably the same name with a typo or missing letters ("Swierkos Ana" and "Świerkosz Anna")."""
    ka, kb = search_key(a), search_key(b)
    return ka == kb or difflib.SequenceMatcher(None, ka, kb).ratio() >= 0.85


# Polish alphabetical order: ą after a, ć after c, ł after l, ..., ź and ż after z.
_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}


def sort_key(text: str) -> tuple[tuple[int, ...], str]:
    """Sorts as a Polish reader expects: "Łódź" after "Lublin", "Żywiec" after "Zawoja"; case and
    spaces only break ties. Characters outside the alphabet (digits, marks) sort before letters,
    by code point."""
    folded = " ".join(text.casefold().split())
    return tuple(_RANK[c] + 0x110000 if c in _RANK else ord(c) for c in folded), text


def compare(a: str, b: str) -> int:
    """SQLite collation "pl" (registered on every connection): -1, 0 or 1."""
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)
