"""Signature fields and the offline PAdES B-B signature (pyHanko), with a Polish-capable stamp.

The moderator signs the "Moderator" place; the chair's and minute-taker's places stay empty
signature fields so that a qualified signature or Profil Zaufany can be added later, online.
This is an advanced electronic signature, never a qualified one.
"""

from __future__ import annotations

import io

from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.stamp import TextStampStyle

from cwd_desktop import __version__
from cwd_desktop.minutes import fonts
from cwd_desktop.minutes.certs import KeyMaterial, to_pkcs12
from cwd_desktop.minutes.document import CHAIR, MINUTE_TAKER, MODERATOR, RenderedPdf
from cwd_desktop.minutes.texts import text


def _field(name: str, rendered: RenderedPdf) -> fields.SigFieldSpec:
    page, box = rendered.signature_places[name]
    return fields.SigFieldSpec(sig_field_name=name, on_page=page, box=box)


def with_signature_fields(rendered: RenderedPdf, names: tuple[str, ...] = (CHAIR, MINUTE_TAKER, MODERATOR),
                          writer: IncrementalPdfFileWriter | None = None) -> IncrementalPdfFileWriter:
    """Add empty signature fields at the signature places (an incremental update of the PDF)."""
    writer = writer or IncrementalPdfFileWriter(io.BytesIO(rendered.data))
    for name in names:
        if name in rendered.signature_places:
            fields.append_signature_field(writer, _field(name, rendered))
    return writer


def unsigned_pdf(rendered: RenderedPdf) -> bytes:
    out = io.BytesIO()
    with_signature_fields(rendered).write(out)
    return out.getvalue()


def signed_pdf(rendered: RenderedPdf, material: KeyMaterial, lang: str, location: str = "") -> bytes:
    """Sign the moderator's place; leave the chair's and minute-taker's as empty fields."""
    writer = with_signature_fields(rendered, (CHAIR, MINUTE_TAKER))
    # pyHanko reads keys from PKCS#12 bytes; a throwaway passphrase keeps the key in memory only.
    signer = signers.SimpleSigner.load_pkcs12_data(to_pkcs12(material, "in-memory-only"), [],
                                                   passphrase=b"in-memory-only")
    metadata = signers.PdfSignatureMetadata(
        field_name=MODERATOR,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        name=material.name,
        location=location or None,
        reason=text(lang, "title", number="").replace(" nr ", " ").replace(" no. ", " ").strip(),
        app_build_props=None,
    )
    stamp = TextStampStyle(
        stamp_text=text(lang, "stamp"),
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(str(fonts.font_file())), font_size=9),
        border_width=1,
    )
    pdf_signer = signers.PdfSigner(metadata, signer, stamp_style=stamp, new_field_spec=_field(MODERATOR, rendered))
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


APP_NAME = f"CWD Desktop {__version__}"
