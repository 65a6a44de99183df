"""What signing leaves behind: the signed minutes of a meeting and the partnership's CA certificate."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cwd_desktop.domain.entity import Entity, require_text
from cwd_desktop.domain.meeting import Meeting
from cwd_desktop.errors import ValidationError

SHA256 = re.compile(r"^[0-9a-f]{64}\Z")


@dataclass(kw_only=True)
class SignedMinutes(Entity):
    """A signed protocol of a meeting; the PDF itself is stored by its SHA-256."""

    TABLE = "signed_minutes"
    PARENT = ("meeting_id", Meeting)

    meeting_id: str
    sha256: str
    file_name: str
    signed_at: str  # ISO 8601 with time zone
    signer: str
    lang: str = "pl"

    def validate(self) -> None:
        if not SHA256.match(self.sha256):
            raise ValidationError("A signed file is identified by its SHA-256 (64 hex digits).")
        require_text(self.file_name, "The file name", 300)


@dataclass(kw_only=True)
class PartnershipCA(Entity):
    """The certificate (public part only) of a partnership's certification authority."""

    TABLE = "partnership_ca"

    partnership_id: str
    name: str
    certificate_pem: str

    def validate(self) -> None:
        require_text(self.name, "The CA's name", 300)
        if "BEGIN CERTIFICATE" not in self.certificate_pem:
            raise ValidationError("The CA certificate must be in PEM form.")
