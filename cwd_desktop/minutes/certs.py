"""Signing keys: passphrase-encrypted PKCS#12 files, self-made or issued by a partnership CA.

A partnership CA is created once by a coordinator; it issues moderators' certificates so that
any coordinator who trusts the CA's certificate can verify any moderator's minutes. Files are
PKCS#12 encrypted with PBES2 (PBKDF2-SHA256, AES-256-CBC) and a SHA-256 MAC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from cwd_desktop.domain.entity import EMAIL
from cwd_desktop.errors import CwdError, ValidationError
from cwd_desktop.messages import Message

MODERATOR_YEARS = 3
CA_YEARS = 10
KDF_ROUNDS = 200_000


class KeyFileError(CwdError):
    """A key file that cannot be used: wrong passphrase, not PKCS#12, no key inside."""


PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


@dataclass
class KeyMaterial:
    key: PrivateKey
    certificate: x509.Certificate
    chain: list[x509.Certificate]

    @property
    def name(self) -> str:
        return common_name(self.certificate)

    @property
    def is_ca(self) -> bool:
        return is_ca(self.certificate)


def common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else certificate.subject.rfc4514_string()


def is_ca(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _name(common_name: str, org: str, email: str = "") -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if org:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "PL"))
    return x509.Name(attributes)


def _check(name: str, email: str, passphrase: str) -> None:
    if not name.strip():
        raise ValidationError("The certificate needs a name.")
    if email and not EMAIL.match(email):
        raise ValidationError("'{email}' is not an e-mail address.", email=email)
    if len(passphrase) < 8:
        raise ValidationError("The passphrase must have at least 8 characters.")


def _build(
    subject: x509.Name, key: PrivateKey, issuer: KeyMaterial | None, years: int, ca: bool, email: str = ""
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    issuer_name = issuer.certificate.subject if issuer else subject
    signing_key = issuer.key if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False
        )
    if ca:
        usage = x509.KeyUsage(
            digital_signature=True,
            content_commitment=False,
            key_encipherment=False,
            data_encipherment=False,
            key_agreement=False,
            key_cert_sign=True,
            crl_sign=True,
            encipher_only=False,
            decipher_only=False,
        )
    else:
        # digitalSignature + nonRepudiation (contentCommitment), as PAdES signers need.
        usage = x509.KeyUsage(
            digital_signature=True,
            content_commitment=True,
            key_encipherment=False,
            data_encipherment=False,
            key_agreement=False,
            key_cert_sign=False,
            crl_sign=False,
            encipher_only=False,
            decipher_only=False,
        )
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        if email:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    builder = builder.add_extension(usage, critical=True)
    return builder.sign(signing_key, hashes.SHA256())


def to_pkcs12(material: KeyMaterial, passphrase: str) -> bytes:
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )
    return pkcs12.serialize_key_and_certificates(
        material.name.encode("utf-8"), material.key, material.certificate, material.chain or None, encryption
    )


def create_certificate(
    name: str, email: str, org: str, passphrase: str, issuer: KeyMaterial | None = None
) -> KeyMaterial:
    """A moderator's signing certificate: self-signed, or issued by a partnership CA."""
    _check(name, email, passphrase)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    certificate = _build(_name(name, org, email), key, issuer, MODERATOR_YEARS, ca=False, email=email)
    return KeyMaterial(key, certificate, [issuer.certificate] if issuer else [])


def create_ca(org: str, passphrase: str) -> KeyMaterial:
    """A partnership's certification authority, valid for ten years."""
    _check(org, "", passphrase)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    return KeyMaterial(key, _build(_name(f"{org} — CA", org), key, None, CA_YEARS, ca=True), [])


def load_pkcs12(data: bytes, passphrase: str, source: str = "The key file") -> KeyMaterial:
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        if "password" in str(exc).lower() or "mac" in str(exc).lower():
            raise KeyFileError("{source}: the passphrase is wrong.", source=Message(source)) from None
        raise KeyFileError("{source} is not a PKCS#12 (.p12/.pfx) key file.", source=Message(source)) from None
    except UnsupportedAlgorithm:
        raise KeyFileError(
            "{source} uses an encryption this application cannot read.", source=Message(source)
        ) from None
    if key is None or certificate is None:
        raise KeyFileError("{source} holds no private key with its certificate.", source=Message(source))
    if not isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
        raise KeyFileError("{source} holds a key type that cannot sign PDF documents here.", source=Message(source))
    return KeyMaterial(key, certificate, list(chain or []))


def certificate_pem(certificate: x509.Certificate) -> str:
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def load_pem_certificates(data: bytes, source: str = "The certificate file") -> list[x509.Certificate]:
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError:
        try:
            return [x509.load_der_x509_certificate(data)]
        except ValueError:
            raise KeyFileError("{source} holds no certificate (PEM or DER).", source=Message(source)) from None
