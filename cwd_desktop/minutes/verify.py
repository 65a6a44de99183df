"""Verification of signed minutes, offline: integrity, coverage of the file, and trust.

A signature passes only if it is intact and covers the whole file, or if every later revision
merely fills signature fields (a qualified signature added later by the chair). Any other
appended change fails, even though the signature over its own revision is still "valid".
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from cwd_desktop.errors import CwdError

ACCEPTED_LATER_CHANGES = {ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING}


class UnreadablePdf(CwdError):
    """The file is not a PDF that can be read."""


@dataclass
class SignatureReport:
    field: str
    signer: str
    claimed_time: dt.datetime | None
    intact: bool
    valid: bool
    covers_whole_file: bool
    later_changes_allowed: bool
    trust: str  # "trusted", "self-signed" or "unknown issuer"

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and (self.covers_whole_file or self.later_changes_allowed)


@dataclass
class VerifyReport:
    signatures: list[SignatureReport] = field(default_factory=list)
    empty_fields: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and all(s.ok for s in self.signatures)


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def verify_pdf(data: bytes, trusted: Sequence[x509.Certificate] = ()) -> VerifyReport:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
        empty = [name for name, value, _ref in enumerate_sig_fields(reader) if value is None]
    except (PdfReadError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise UnreadablePdf(f"The file cannot be read as a PDF ({exc}).") from None
    report = VerifyReport(empty_fields=empty)
    roots = [_asn1(c) for c in trusted]
    for signature in embedded:
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        try:
            status = validate_pdf_signature(signature, context)
        except Exception as exc:  # a damaged signature structure is a failed signature, not a crash
            report.signatures.append(
                SignatureReport(
                    signature.field_name,
                    f"? ({exc.__class__.__name__})",
                    None,
                    False,
                    False,
                    False,
                    False,
                    "unknown issuer",
                )
            )
            continue
        cert = status.signing_cert
        if status.trusted:
            trust = "trusted"
        elif cert.subject == cert.issuer:
            trust = "self-signed"
        else:
            trust = "unknown issuer"
        report.signatures.append(
            SignatureReport(
                field=signature.field_name,
                signer=cert.subject.native.get("common_name", cert.subject.human_friendly),
                claimed_time=status.signer_reported_dt,
                intact=status.intact,
                valid=status.valid,
                covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
                later_changes_allowed=(
                    status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
                    and status.modification_level in ACCEPTED_LATER_CHANGES
                    and bool(status.docmdp_ok)
                ),
                trust=trust,
            )
        )
    return report
