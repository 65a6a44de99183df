"""Verification of signed minutes, offline: integrity, coverage of the file, and trust.

A signature passes only if it is intact and covers the whole file, or if every later revision
merely signs into the empty signature fields the signed revision already had (a qualified signature
added later by the chair or the minute-taker). Any other appended change fails, even though the
signature over its own revision is still "valid": a new field or annotation (a full-page widget can
hide the signed text: the "shadow attack"), a page added or removed, or bytes after the last
revision (which readers skip but pdfsig counts: "Not total document signed").
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

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
from cwd_desktop.messages import tr
from cwd_desktop.minutes.data import STATE_KEYWORD

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
    def holds(self) -> bool:
        """Intact, and the document is what was signed (or only signed into its empty fields since)."""
        return self.intact and self.valid and (self.covers_whole_file or self.later_changes_allowed)

    @property
    def ok(self) -> bool:
        """It holds, and the signer chains to a CA trusted on this computer."""
        return self.holds and self.trust == "trusted"


@dataclass
class VerifyReport:
    signatures: list[SignatureReport] = field(default_factory=list)
    empty_fields: list[str] = field(default_factory=list)
    unconfirmed_cas: list[str] = field(default_factory=list)  # named in the database, not trusted here
    # The meeting's recorded state as the first signed revision names it (storage.signed_state);
    # "" in a PDF made before PDFs carried it, or not made by CWD Desktop.
    state_digest: str = ""

    @property
    def ok(self) -> bool:
        """Valid: every signature holds and its signer is trusted here."""
        return bool(self.signatures) and all(s.ok for s in self.signatures)

    @property
    def holds_unconfirmed(self) -> bool:
        """Every signature holds, but some signer is not confirmed on this computer."""
        return bool(self.signatures) and all(s.holds for s in self.signatures) and not self.ok


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


# The largest signature accepted, as hex in /Contents: a qualified signature with its chain and
# revocation data is a few hundred kilobytes. A larger string is refused before the PDF is parsed:
# parsing a 40 MB one took 27 s and 3.5 GB.
MAX_SIGNATURE_HEX = 2 * 1024 * 1024
_HUGE_HEX = re.compile(rb"<[0-9A-Fa-f\s]{%d,}>" % MAX_SIGNATURE_HEX)


def verify_pdf(data: bytes, trusted: Sequence[x509.Certificate] = ()) -> VerifyReport:
    huge = _HUGE_HEX.search(data)
    if huge is not None:
        size = (huge.end() - huge.start()) // 2 // (1024 * 1024)
        signer = tr("? (a signature of about {size} MB: larger than any this application accepts)", size=size)
        return VerifyReport(
            signatures=[SignatureReport("?", signer, None, False, False, False, False, "unknown issuer")]
        )
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
        empty = [name for name, value, _ref in enumerate_sig_fields(reader) if value is None]
    except (PdfReadError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise UnreadablePdf("The file cannot be read as a PDF ({problem}).", problem=exc) from None
    report = VerifyReport(empty_fields=empty, state_digest=_signed_state_digest(reader, embedded))
    roots = [_asn1(c) for c in trusted]
    for signature in embedded:
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        try:
            status = validate_pdf_signature(signature, context)
        except Exception as exc:  # a damaged signature structure is a failed signature, not a crash
            report.signatures.append(_failed(signature.field_name, f"? ({exc.__class__.__name__})"))
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
                    and _later_revisions_only_sign(data, signature, reader)
                ),
                trust=trust,
            )
        )
    return report


def _failed(field_name: str, signer: str) -> SignatureReport:
    """A signature that cannot even be checked: it fails."""
    return SignatureReport(field_name, signer, None, False, False, False, False, "unknown issuer")


def _signed_state_digest(reader: PdfFileReader, embedded: list[Any]) -> str:
    """The state digest in the keywords of the revision the first signature signed: what later
    revisions write into the document's information does not count."""
    try:
        first = min(embedded, key=lambda signature: signature.signed_revision)
        info = reader.get_historical_resolver(first.signed_revision).trailer_view["/Info"]
        keywords = str(info.get("/Keywords", ""))
    except Exception:  # no signature, or no information dictionary: no digest
        return ""
    found = _STATE.search(keywords)
    return found.group(1) if found else ""


_STATE = re.compile(re.escape(STATE_KEYWORD) + r"([0-9]{1,3}:[0-9a-f]{64})(?![0-9a-f])")
_TAIL = re.compile(rb"startxref\s+\d+\s+%%EOF\s*\Z")


def _later_revisions_only_sign(data: bytes, signature: Any, reader: PdfFileReader) -> bool:
    try:
        return _ends_with_a_revision(data) and _only_fills_empty_fields(data, signature, reader)
    except Exception:  # a structure that cannot be compared is not a change we can accept
        return False


def _ends_with_a_revision(data: bytes) -> bool:
    """The file ends where its last revision ends: bytes appended after it (which a reader skips,
    and which are not part of any revision) count as a change after signing, as pdfsig counts them."""
    last = data.rfind(b"startxref")
    return last >= 0 and _TAIL.match(data, last) is not None


def _only_fills_empty_fields(data: bytes, signature: Any, reader: PdfFileReader) -> bool:
    """What came after the signed revision only signs into signature fields that were there, empty,
    when it was signed (the chair's and the minute-taker's): no new field, no new annotation on any
    page (a full-page widget could hide the signed text), no page added or removed."""
    byte_range = signature.byte_range
    signed = PdfFileReader(io.BytesIO(data[: byte_range[2] + byte_range[3]]), strict=False)
    before = {name: value is not None for name, value, _ref in enumerate_sig_fields(signed)}
    after = {name: value is not None for name, value, _ref in enumerate_sig_fields(reader)}
    if set(after) != set(before) or any(before[name] and not after[name] for name in before):
        return False
    return _annotation_counts(signed) == _annotation_counts(reader)


def _annotation_counts(reader: PdfFileReader) -> list[int]:
    counts: list[int] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 64:  # a page tree that deep is not ours
            raise ValueError("page tree too deep")
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            for kid in node["/Kids"]:
                walk(kid.get_object(), depth + 1)
        else:
            counts.append(len(node.get("/Annots", [])))

    walk(reader.root["/Pages"], 0)
    return counts
