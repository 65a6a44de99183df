"""The trust roots of this computer: the partnership CAs a person confirmed here.

Trust is given by a person, not by a file. A CA certificate that arrives in a package or a database
(the `partnership_ca` rows) only names a CA; it is trusted on a computer when someone there adds it
and confirms its fingerprint (read out by the coordinator, e.g. over the phone), or creates the CA
on that computer. The confirmed certificates are kept per user, outside every database, as
`<config>/trusted-ca/<fingerprint>.pem`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from cwd_desktop import paths
from cwd_desktop.domain import names
from cwd_desktop.errors import ValidationError
from cwd_desktop.fileio import read_file, write_atomic
from cwd_desktop.messages import Message
from cwd_desktop.minutes.certs import certificate_pem, common_name, is_ca, load_pem_certificates

log = logging.getLogger(__name__)
MIN_TYPED_HEX = 16  # the first 16 hex digits at least, when a fingerprint is read out and typed


@dataclass(frozen=True)
class TrustedCA:
    fingerprint: str  # SHA-256, "AB:CD:…"
    name: str
    certificate: x509.Certificate


def fingerprint(certificate: x509.Certificate) -> str:
    """The SHA-256 fingerprint as people read it out: "AB:CD:EF:…"."""
    digest = certificate.fingerprint(hashes.SHA256()).hex().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def folder() -> Path:
    return paths.config_dir() / "trusted-ca"


def trusted() -> list[TrustedCA]:
    """The confirmed CAs, by name. A file there that is not a certificate is passed over (and logged)."""
    found = []
    for path in sorted(folder().glob("*.pem")) if folder().is_dir() else []:
        try:
            certificate = load_pem_certificates(read_file(path, "The trusted certificate", 1024 * 1024))[0]
        except Exception as exc:  # someone put it there; it must not stop every verification
            log.warning("passed over %s: %s", path, exc)
            continue
        found.append(TrustedCA(fingerprint(certificate), common_name(certificate), certificate))
    return sorted(found, key=lambda ca: names.sort_key(ca.name))


def roots() -> list[x509.Certificate]:
    return [ca.certificate for ca in trusted()]


def candidate(pem: bytes, source: str = "The CA certificate") -> TrustedCA:
    """The CA certificate in `pem`, not yet trusted: refused (ValidationError) unless it is one CA's."""
    certificates = load_pem_certificates(pem, source)
    if len(certificates) != 1 or not is_ca(certificates[0]):
        raise ValidationError("{source} is not the certificate of one certification authority.", source=Message(source))
    certificate = certificates[0]
    return TrustedCA(fingerprint(certificate), common_name(certificate), certificate)


def confirm(ca: TrustedCA, typed: str) -> TrustedCA:
    """Trust `ca` on this computer, once the fingerprint `typed` (the whole, or its first 16 hex
    digits at least; colons and spaces do not matter) matches its own."""
    given = re.sub(r"[\s:]", "", typed).upper()
    if len(given) < MIN_TYPED_HEX or not ca.fingerprint.replace(":", "").startswith(given):
        raise ValidationError(
            "The fingerprint does not match the certificate of {ca} ({fingerprint}); it was not trusted.",
            ca=ca.name,
            fingerprint=ca.fingerprint,
        )
    return add(ca)


def add(ca: TrustedCA) -> TrustedCA:
    """Trust `ca` (confirmed by the person, or created on this computer)."""
    folder().mkdir(parents=True, exist_ok=True)
    write_atomic(folder() / f"{ca.fingerprint.replace(':', '')}.pem", certificate_pem(ca.certificate).encode())
    log.info("trusted the CA %s (%s)", ca.name, ca.fingerprint)
    return ca


def remove(typed: str) -> TrustedCA:
    """Stop trusting the CA whose fingerprint begins with `typed`."""
    given = re.sub(r"[\s:]", "", typed).upper()
    matches = [ca for ca in trusted() if ca.fingerprint.replace(":", "").startswith(given)] if given else []
    if len(matches) != 1:
        raise ValidationError("No single trusted CA has a fingerprint beginning {typed!r}.", typed=typed)
    (folder() / f"{matches[0].fingerprint.replace(':', '')}.pem").unlink(missing_ok=True)
    log.info("no longer trusts the CA %s (%s)", matches[0].name, matches[0].fingerprint)
    return matches[0]
