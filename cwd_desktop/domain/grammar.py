"""Polish agreement: the form of a word that agrees with a person or a member institution
("obecna" for a woman, "wstrzymało się" for a town, "przedstawicielka" for a woman's role).

A person's grammatical gender is what their form of address says (Pani / Pan) or, when it is not
set, what their first name says; a member's is its name's head noun's (Gmina → f, Powiat → m,
Miasto → n). Words an English text uses are the same for everyone.
"""

from __future__ import annotations

from cwd_desktop.domain.choices import FormOfAddress, InBip, PersonRole, Vote
from cwd_desktop.domain.names import search_key
from cwd_desktop.domain.partnership import Member, Person

F, M, N = "f", "m", "n"

# Men's first names ending in -a; women's first names not ending in -a (both short lists suffice:
# a form of address set on the person settles any name these do not).
_MEN_IN_A = frozenset(
    [
        "kuba",
        "barnaba",
        "bonawentura",
        "kosma",
        "jarema",
        "dyzma",
        "sasza",
        "misza",
        "nikita",
        "saba",
        "zawisza",
        "juda",
        "aleksa",
    ]
)
_WOMEN_NOT_IN_A = frozenset(["beatrycze", "miriam", "noemi", "abigail", "nel", "karmen", "dagmar", "ingrid", "rut"])
# Surnames written first ("Nowak Anna", as many lists do): the feminine surname endings.
_FEMININE_SURNAME = ("ska", "cka", "dzka")


def person_gender(person: Person) -> str:
    if person.form_of_address is FormOfAddress.MS:
        return F
    if person.form_of_address is FormOfAddress.MR:
        return M
    return name_gender(person.full_name)


def name_gender(full_name: str) -> str:
    """F or M, from the first name (the first word, or the second when a feminine surname leads)."""
    words = search_key(full_name).replace("-", " ").split()
    if not words:
        return M
    first = words[0]
    if first.endswith(_FEMININE_SURNAME) and len(words) > 1:
        return F
    if first in _WOMEN_NOT_IN_A:
        return F
    return F if first.endswith("a") and first not in _MEN_IN_A else M


def member_gender(member: Member) -> str:
    """The gender of the noun that heads the member's name: Gmina (f), Powiat (m), Miasto (n)."""
    words = search_key(member.name).split()
    head = words[0] if words else ""
    if head.endswith("a"):
        return F  # gmina, wspólnota, fundacja, spółka, lokalna grupa działania
    if head.endswith(("o", "e", "um", "ę")):
        return N  # miasto, stowarzyszenie, województwo, starostwo, centrum
    return M  # powiat, związek, urząd, ośrodek


PRESENT = {F: "obecna", M: "obecny", N: "obecne"}
ABSENT = {F: "nieobecna", M: "nieobecny", N: "nieobecne"}
_VOTES = {
    Vote.ABSTAIN: {F: "wstrzymała się", M: "wstrzymał się", N: "wstrzymało się"},
    Vote.ABSENT: ABSENT,
}
_ROLES = {
    PersonRole.MODERATOR: "moderatorka",
    PersonRole.ADVISOR: "doradczyni partnerstwa",
    PersonRole.MEMBER_REPRESENTATIVE: "przedstawicielka JST",
    PersonRole.EXPERT: "ekspertka",
    PersonRole.RESIDENT: "mieszkanka",
}


def vote_label(vote: Vote, gender: str, lang: str = "pl") -> str:
    """How a named vote reads after the voter's name: "Gmina Rajcza: wstrzymała się"."""
    if lang != "pl":
        return vote.en
    return _VOTES.get(vote, {}).get(gender, vote.pl)


def role_label(role: PersonRole, gender: str, lang: str = "pl") -> str:
    if lang != "pl":
        return role.en
    return _ROLES.get(role, role.pl) if gender == F else role.pl


# Who is named in the version of the minutes published in BIP when the partnership left it to the
# role: those who act in public for the partnership and its members; others (residents, experts,
# young people) are private persons, by their initials.
PUBLIC_ROLES = frozenset({PersonRole.MODERATOR, PersonRole.ADVISOR, PersonRole.MEMBER_REPRESENTATIVE})


def initials(full_name: str) -> str:
    """ "Anna Maria Nowak-Kowalska" → "A. M. N.-K." """
    words = full_name.split()
    return " ".join("-".join(f"{part[0]}." for part in word.split("-") if part) for word in words)


def bip_name(person: Person, lang: str = "pl") -> str:
    """The person as the BIP version of the minutes names them (Person.in_bip)."""
    choice = person.in_bip
    if choice is InBip.BY_ROLE:
        choice = InBip.NAME if person.role in PUBLIC_ROLES else InBip.INITIALS
    if choice is InBip.NAME:
        return person.full_name
    if choice is InBip.INITIALS:
        return initials(person.full_name)
    return role_label(person.role, person_gender(person), lang)


def counted(n: int, one: str, few: str, many: str) -> str:
    """The noun that agrees with a number in Polish: 1 kropka, 2-4 kropki (22-24, but not 12-14),
    otherwise kropek."""
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many
