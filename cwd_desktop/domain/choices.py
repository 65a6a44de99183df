"""Closed vocabularies of the CWD process, each value with its Polish and English label."""

from __future__ import annotations

import enum
from typing import TypeVar

from cwd_desktop.domain.entity import shown
from cwd_desktop.errors import ValidationError
from cwd_desktop.messages import Message

C = TypeVar("C", bound="Choice")


class Choice(enum.StrEnum):
    """A string enum whose members carry `pl` and `en` labels.

    Stored values are stable English identifiers; labels are what people read.
    `parse` accepts the value or either label, case-insensitively, so CSV files
    written by hand in Polish work.
    """

    pl: str
    en: str

    # The defaults only let a type checker see `Quadrant("S")` (a lookup by value) as a call.
    def __new__(cls, value: str, pl: str = "", en: str = "") -> Choice:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.pl = pl
        obj.en = en
        return obj

    def label(self, lang: str = "pl") -> str:
        return self.pl if lang == "pl" else self.en

    @classmethod
    def parse(cls: type[C], text: str) -> C:
        exact = cls._value2member_map_.get(text)  # the stored value itself: the common case
        if exact is not None:
            return exact  # type: ignore[return-value]  # the map holds members of cls
        key = str(text).strip().casefold()
        for member in cls:
            if key in (member.value.casefold(), member.pl.casefold(), member.en.casefold()):
                return member
        allowed = ", ".join(
            member.pl if member.pl.casefold() == member.value.casefold() else f"{member.value} ({member.pl})"
            for member in cls
        )
        what = (cls.__doc__ or cls.__name__).strip().rstrip(".")
        raise ValidationError(
            "'{text}' is not a valid {what}; use one of: {allowed}.",
            text=shown(text),
            what=Message(what),
            allowed=allowed,
        )


class Voivodeship(Choice):
    """voivodeship"""

    DOLNOSLASKIE = "dolnoslaskie", "dolnośląskie", "Lower Silesian"
    KUJAWSKO_POMORSKIE = "kujawsko-pomorskie", "kujawsko-pomorskie", "Kuyavian-Pomeranian"
    LUBELSKIE = "lubelskie", "lubelskie", "Lublin"
    LUBUSKIE = "lubuskie", "lubuskie", "Lubusz"
    LODZKIE = "lodzkie", "łódzkie", "Łódź"
    MALOPOLSKIE = "malopolskie", "małopolskie", "Lesser Poland"
    MAZOWIECKIE = "mazowieckie", "mazowieckie", "Masovian"
    OPOLSKIE = "opolskie", "opolskie", "Opole"
    PODKARPACKIE = "podkarpackie", "podkarpackie", "Subcarpathian"
    PODLASKIE = "podlaskie", "podlaskie", "Podlaskie"
    POMORSKIE = "pomorskie", "pomorskie", "Pomeranian"
    SLASKIE = "slaskie", "śląskie", "Silesian"
    SWIETOKRZYSKIE = "swietokrzyskie", "świętokrzyskie", "Holy Cross"
    WARMINSKO_MAZURSKIE = "warminsko-mazurskie", "warmińsko-mazurskie", "Warmian-Masurian"
    WIELKOPOLSKIE = "wielkopolskie", "wielkopolskie", "Greater Poland"
    ZACHODNIOPOMORSKIE = "zachodniopomorskie", "zachodniopomorskie", "West Pomeranian"


class ThematicArea(Choice):
    """thematic area"""

    TOURISM = "tourism", "turystyka", "tourism"
    BIKE_TRAILS = "bike_trails", "trasy rowerowe", "bike trails"
    BIODIVERSITY = "biodiversity", "różnorodność biologiczna", "biodiversity"
    LOCAL_ROADS = "local_roads", "drogi lokalne", "local roads"
    DIGITALISATION = "digitalisation", "cyfryzacja", "digitalisation"
    CHILDCARE = "childcare", "opieka nad dziećmi (żłobki, przedszkola)", "childcare"
    SENIOR_POLICY = "senior_policy", "polityka senioralna", "senior policy"


class MemberKind(Choice):
    """member kind"""

    URBAN_GMINA = "urban_gmina", "gmina miejska", "urban municipality"
    RURAL_GMINA = "rural_gmina", "gmina wiejska", "rural municipality"
    URBAN_RURAL_GMINA = "urban_rural_gmina", "gmina miejsko-wiejska", "urban-rural municipality"
    POWIAT = "powiat", "powiat", "county (powiat)"
    CITY_COUNTY = "city_county", "miasto na prawach powiatu", "city with county rights"
    OTHER = "other", "inna organizacja", "other organisation"


class PersonRole(Choice):
    """person role"""

    MODERATOR = "moderator", "moderator", "moderator"
    ADVISOR = "advisor", "doradca partnerstwa", "partnership advisor"
    MEMBER_REPRESENTATIVE = "member_representative", "przedstawiciel JST", "member representative"
    EXPERT = "expert", "ekspert", "expert"
    RESIDENT = "resident", "mieszkaniec", "resident"
    YOUTH = "youth", "młodzież", "youth"
    OTHER = "other", "inna rola", "other"


class InBip(Choice):
    """name in BIP"""

    BY_ROLE = "", "według roli", "by role"  # officials and members' representatives by name, others by initials
    NAME = "name", "imię i nazwisko", "full name"
    INITIALS = "initials", "inicjały", "initials"
    ROLE = "role", "tylko rola", "role only"


class FormOfAddress(Choice):
    """form of address"""

    FROM_NAME = "", "według imienia", "from the first name"
    MS = "pani", "Pani", "Ms"
    MR = "pan", "Pan", "Mr"


class MeetingKind(Choice):
    """meeting kind"""

    STRATEGIC_WORKSHOP = "strategic_workshop", "warsztat strategiczny", "strategic workshop"
    COUNCIL = "council", "posiedzenie rady partnerstwa / grupy roboczej", "partnership council / working group meeting"
    DEBATE = "debate", "debata", "debate"
    CONSULTATION = "consultation", "spotkanie konsultacyjne", "consultation meeting"
    INTERVIEW = "interview", "wywiad", "interview"


class MeetingStatus(Choice):
    """meeting status"""

    DRAFT = "draft", "roboczy", "draft"
    CLOSED = "closed", "zamknięty", "closed"
    SIGNED = "signed", "podpisany", "signed"


class Quadrant(Choice):
    """SWOT quadrant"""

    S = "S", "Mocne strony", "Strengths"
    W = "W", "Słabe strony", "Weaknesses"
    O = "O", "Szanse", "Opportunities"  # noqa: E741 - the letter is the SWOT name
    T = "T", "Zagrożenia", "Threats"


class TowsType(Choice):
    """TOWS strategy type"""

    SO = "SO", "SO (maxi-maxi)", "SO (maxi-maxi)"
    ST = "ST", "ST (maxi-mini)", "ST (maxi-mini)"
    WO = "WO", "WO (mini-maxi)", "WO (mini-maxi)"
    WT = "WT", "WT (mini-mini)", "WT (mini-mini)"


class GoalLevel(Choice):
    """goal level"""

    STRATEGIC = "strategic", "cel strategiczny", "strategic goal"
    OPERATIONAL = "operational", "cel operacyjny", "operational objective"
    DIRECTION = "direction", "kierunek działań", "direction of action"


class IndicatorKind(Choice):
    """indicator type"""

    UNSPECIFIED = "", "—", "—"
    OUTPUT = "output", "produkt", "output"
    RESULT = "result", "rezultat", "result"
    IMPACT = "impact", "oddziaływanie", "impact"


class MatrixQuadrant(Choice):
    """quadrant of the prioritisation matrix"""

    UNSCORED = "", "—", "—"
    FIRST = "first", "priorytet: duży wpływ, wykonalne", "first: high impact, feasible"
    CHALLENGE = "challenge", "wyzwanie: duży wpływ, trudne", "challenge: high impact, hard"
    QUICK = "quick", "szybkie działanie: mały wpływ, wykonalne", "quick action: low impact, feasible"
    LATER = "later", "odłożyć: mały wpływ, trudne", "later: low impact, hard"


class ProjectKind(Choice):
    """project kind"""

    KEY = "key", "kluczowy", "key"
    COMPLEMENTARY = "complementary", "uzupełniający", "complementary"


class ProjectStatus(Choice):
    """project status"""

    IDEA = "idea", "pomysł", "idea"
    PLANNED = "planned", "planowany", "planned"
    IN_PREPARATION = "in_preparation", "w przygotowaniu", "in preparation"
    IN_PROGRESS = "in_progress", "w realizacji", "in progress"
    DONE = "done", "zrealizowany", "done"


class Vote(Choice):
    """vote"""

    FOR = "for", "za", "for"
    AGAINST = "against", "przeciw", "against"
    ABSTAIN = "abstain", "wstrzymał się", "abstain"
    ABSENT = "absent", "nieobecny", "absent"


class VotingMode(Choice):
    """voting mode"""

    NAMED = "named", "imienne", "named votes"
    TOTALS = "totals", "liczba głosów", "hand count"


class MajorityRule(Choice):
    """majority rule"""

    SIMPLE = "simple", "zwykła większość głosów", "simple majority of votes cast"
    ABSOLUTE = "absolute", "bezwzględna większość członków", "absolute majority of members"
    CONSENSUS = "consensus", "konsensus", "consensus"


class ActionStatus(Choice):
    """action item status"""

    OPEN = "open", "do zrobienia", "open"
    IN_PROGRESS = "in_progress", "w toku", "in progress"
    DONE = "done", "wykonane", "done"
    CANCELLED = "cancelled", "anulowane", "cancelled"


class RemarkSubject(Choice):
    """remark subject"""

    GOAL = "goal", "cel", "goal"
    PROJECT = "project", "projekt", "project"
    SECTION = "section", "fragment dokumentu", "document section"


class RemarkResponse(Choice):
    """remark response"""

    PENDING = "pending", "bez odpowiedzi", "pending"
    ACCEPTED = "accepted", "uwzględniona", "accepted"
    PARTLY_ACCEPTED = "partly_accepted", "uwzględniona częściowo", "partly accepted"
    REJECTED = "rejected", "nieuwzględniona", "rejected"
