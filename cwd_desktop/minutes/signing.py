"""Signature fields and the offline PAdES B-B signature (pyHanko), with a Polish-capable stamp.

The moderator signs the "Moderator" place; the chair's and minute-taker's places stay empty
signature fields so that a qualified signature or Profil Zaufany can be added later, online.
This is an advanced electronic signature, never a qualified one.
"""

from __future__ import annotations

import io
from typing import Any

from asn1crypto import keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from cwd_desktop.minutes import fonts
from cwd_desktop.minutes.certs import KeyMaterial, PrivateKey
from cwd_desktop.minutes.document import CHAIR, MINUTE_TAKER, MODERATOR, RenderedPdf
from cwd_desktop.minutes.texts import text

SIGNATURE_BYTES = 16384


def _field(name: str, rendered: RenderedPdf) -> fields.SigFieldSpec:
    page, box = rendered.signature_places[name]
    return fields.SigFieldSpec(sig_field_name=name, on_page=page, box=box)


def with_signature_fields(
    rendered: RenderedPdf,
    names: tuple[str, ...] = (CHAIR, MINUTE_TAKER, MODERATOR),
    writer: IncrementalPdfFileWriter | None = None,
) -> IncrementalPdfFileWriter:
    """Add empty signature fields at the signature places (an incremental update of the PDF)."""
    writer = writer or IncrementalPdfFileWriter(io.BytesIO(rendered.data))
    for name in names:
        if name in rendered.signature_places:
            fields.append_signature_field(writer, _field(name, rendered))
    return writer


def unsigned_pdf(rendered: RenderedPdf) -> bytes:
    out = io.BytesIO()
    with_signature_fields(rendered).write(out)  # type: ignore[no-untyped-call]  # pyHanko leaves it untyped
    return out.getvalue()


def signed_pdf(rendered: RenderedPdf, material: KeyMaterial, lang: str, location: str = "") -> bytes:
    """Sign the moderator's place; leave the chair's and minute-taker's as empty fields."""
    writer = with_signature_fields(rendered, (CHAIR, MINUTE_TAKER))
    signer = _LoadedKeySigner(
        material.key,
        signing_cert=_asn1_certificate(material.certificate),
        signing_key=keys.PrivateKeyInfo.load(
            material.key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]  # untyped in pyHanko
            [_asn1_certificate(c) for c in material.chain]
        ),
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=MODERATOR,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        name=material.name,
        location=location or None,
        reason=text(lang, "title", number="").replace(" nr ", " ").replace(" no. ", " ").strip(),
        app_build_props=None,
    )
    pdf_signer = signers.PdfSigner(
        metadata, signer, stamp_style=_stamp(lang), new_field_spec=_field(MODERATOR, rendered)
    )
    out = io.BytesIO()
    # A fixed reservation (ample for RSA-3072 with a short chain) spares pyHanko a trial signature.
    pdf_signer.sign_pdf(writer, output=out, bytes_reserved=SIGNATURE_BYTES)
    return out.getvalue()


def _stamp(lang: str) -> TextStampStyle:
    """The visible stamp, in the embedded Noto Sans: pyHanko's default Courier is not embedded
    (the file would stop being PDF/A) and has no Polish letters."""
    return TextStampStyle(
        stamp_text=text(lang, "stamp"),
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(str(fonts.stamp_font_file())), font_size=9),
        border_width=1,
    )


def sign_field(data: bytes, field: str, material: KeyMaterial, lang: str = "pl") -> bytes:
    """A later signature into one of the empty fields the app left (the chair's, the minute-taker's),
    as a qualified signature added online would be: an incremental revision that only signs. The
    self-test and the tests use it to check that the file stays PDF/A and verifiable."""
    signer = signers.SimpleSigner(
        signing_cert=_asn1_certificate(material.certificate),
        signing_key=keys.PrivateKeyInfo.load(
            material.key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        cert_registry=None,  # type: ignore[arg-type]  # pyHanko accepts none
    )
    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name=field), signer, stamp_style=_stamp(lang)).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data)), output=out
    )
    return out.getvalue()


class _LoadedKeySigner(signers.SimpleSigner):
    """Signs with the key already loaded: pyHanko's SimpleSigner re-parses the key for every
    signature, and for RSA that includes a key check costing about 0.1 s."""

    def __init__(self, key: PrivateKey, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)["algorithm"].native
        if (
            digest_algorithm == "sha256"
            and mechanism in ("rsassa_pkcs1v15", "sha256_rsa")
            and isinstance(self._key, rsa.RSAPrivateKey)
        ):
            return self._key.sign(data, PKCS1v15(), hashes.SHA256())
        return super().sign_raw(data, digest_algorithm)


def _asn1_certificate(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))
