"""A partnership of local governments (JST), its members and the people taking part."""

from __future__ import annotations

from dataclasses import dataclass, field

from cwd_desktop.domain.choices import FormOfAddress, InBip, MemberKind, PersonRole, ThematicArea, Voivodeship
from cwd_desktop.domain.entity import EMAIL, PHONE, TERYT, Entity, require_text, shown
from cwd_desktop.errors import ValidationError


@dataclass(kw_only=True)
class Partnership(Entity):
    TABLE = "partnership"

    name: str
    voivodeship: Voivodeship | None = None
    lead_organisation: str = ""
    description: str = ""
    # Codes of ThematicArea for the predefined areas, free text for user-defined ones.
    themes: list[str] = field(default_factory=list)

    def validate(self) -> None:
        require_text(self.name, "The partnership's name", 300)
        for theme in self.themes:
            if not str(theme).strip():
                raise ValidationError("A thematic area must not be empty.")
        if len(set(self.themes)) != len(self.themes):
            raise ValidationError("A thematic area is listed twice.")

    def theme_labels(self, lang: str = "pl") -> list[str]:
        known = {area.value: area for area in ThematicArea}
        return [known[t].label(lang) if t in known else t for t in self.themes]


@dataclass(kw_only=True)
class Member(Entity):
    """A member local government (gmina, powiat) or another member organisation."""

    TABLE = "member"

    partnership_id: str
    name: str
    kind: MemberKind = MemberKind.RURAL_GMINA
    teryt: str = ""

    def validate(self) -> None:
        require_text(self.partnership_id, "The member's partnership")
        require_text(self.name, "The member's name", 300)
        if self.teryt and not TERYT.match(self.teryt):
            raise ValidationError("The TERYT code '{teryt}' must have 2, 4 or 7 digits.", teryt=shown(self.teryt))


@dataclass(kw_only=True)
class Person(Entity):
    """A participant. Only what the minutes need: name, role, affiliation, optional contact."""

    TABLE = "person"

    partnership_id: str
    full_name: str
    role: PersonRole = PersonRole.MEMBER_REPRESENTATIVE
    member_id: str | None = None
    affiliation: str = ""  # free text when the person represents no member
    email: str = ""
    phone: str = ""
    form_of_address: FormOfAddress = FormOfAddress.FROM_NAME  # Pani / Pan: the minutes' "obecna" / "obecny"
    in_bip: InBip = InBip.BY_ROLE  # how the minutes' version for BIP names the person (the partnership decides)

    def validate(self) -> None:
        require_text(self.partnership_id, "The person's partnership")
        require_text(self.full_name, "The person's name", 200)
        if self.email and not EMAIL.match(self.email):
            raise ValidationError("'{email}' is not an e-mail address.", email=shown(self.email))
        if self.phone and not PHONE.match(self.phone):
            raise ValidationError("'{phone}' is not a phone number.", phone=shown(self.phone))
