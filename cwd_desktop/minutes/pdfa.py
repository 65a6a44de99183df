"""The minutes for the archive: PDF/A-2b, made and checked here.

`make_pdfa` turns ReportLab's output into PDF/A-2b before any signature: one XMP packet that says
so (and repeats the document information), an sRGB output intent, a document ID. ReportLab already
embeds every font (Noto Sans, the canvas's initial font) and writes no encryption or JavaScript.

`problems` is the project's own check, since veraPDF cannot be installed here: pikepdf reads the
file (and `qpdf --check`, where qpdf is installed, reads it once more), and the clauses signing
tools most often break are checked by name: the XMP duplicated or its declaration lost after a
signature, the document information out of step with the XMP, an odd-length or missing /ID, an
annotation without an appearance or with more than /N, a hidden or unprinted widget, a font not
embedded, encryption, JavaScript, a wrong stream /Length. An empty list: nothing found."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.etree import ElementTree

import pikepdf
from pikepdf import Name
from pyhanko.pdf_utils.metadata.model import VENDOR

SRGB = "sRGB IEC61966-2.1"
PRODUCER = VENDOR
_PRINT, _HIDDEN, _INVISIBLE, _NO_VIEW = 4, 2, 1, 32
# Document information keys and the XMP properties that must say the same (ISO 19005-2, 6.6.3).
_DATES = {"/CreationDate": "xmp:CreateDate", "/ModDate": "xmp:ModifyDate"}
_MIRRORED = {
    "/Title": "dc:title",
    "/Author": "dc:creator",
    "/Subject": "dc:description",
    "/Keywords": "pdf:Keywords",
    "/Producer": "pdf:Producer",
    "/Creator": "xmp:CreatorTool",
}


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile, made by LittleCMS through Pillow (no profile file to ship)."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def make_pdfa(data: bytes) -> bytes:
    """The same document as PDF/A-2b: XMP from its document information, an sRGB output intent."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if "/Trapped" in pdf.docinfo:  # no XMP twin in PDF/A's schemas as ReportLab writes it
            del pdf.docinfo["/Trapped"]
        # pyHanko, signing, sets the XMP producer to its own name and adds that name to the
        # document information's producer unless it is there: the two stay equal only if the
        # producer is pyHanko's name from the start (the creator still names CWD Desktop).
        pdf.docinfo["/Producer"] = PRODUCER
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
        profile = pdf.make_stream(srgb_profile())
        profile.N = 3
        pdf.Root.OutputIntents = pikepdf.Array(
            [
                pikepdf.Dictionary(
                    Type=Name.OutputIntent,
                    S=Name.GTS_PDFA1,
                    OutputConditionIdentifier=SRGB,
                    Info=SRGB,
                    DestOutputProfile=profile,
                )
            ]
        )
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)  # the same minutes give the same bytes
    return out.getvalue()


def problems(data: bytes) -> list[str]:
    """What keeps the file from being PDF/A-2b (see the module's note); [] when nothing does."""
    found: list[str] = []
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as exc:
        return [f"not readable as PDF: {exc}"]
    with pdf:
        found += [f"structure: {problem}" for problem in pdf.check_pdf_syntax()]
        found += _metadata(pdf)
        found += _document(pdf, data)
        for number, page in enumerate(pdf.pages, 1):
            found += _annotations(page, number)
            found += _fonts(page.obj, f"page {number}", set())
    found += _qpdf_check(data)
    return found


def _metadata(pdf: pikepdf.Pdf) -> list[str]:
    stream = pdf.Root.get("/Metadata")
    if stream is None:
        return ["no XMP metadata in the catalog"]
    xmp = stream.read_bytes().decode("utf-8", "replace")
    found = []
    if xmp.count("<x:xmpmeta") != 1 or xmp.count("<?xpacket begin") > 1:
        found.append("the XMP packet is duplicated")
    parts, conformance = _pdfaid(xmp, "part"), _pdfaid(xmp, "conformance")
    if parts != ["2"] or [c.upper() for c in conformance] != ["B"]:
        found.append(f"the XMP does not declare PDF/A-2b once (part {parts}, conformance {conformance})")
    meta = pdf.open_metadata()
    for key, prop in _DATES.items():
        if key in pdf.docinfo:
            info_date = _instant(str(pdf.docinfo[key]))
            xmp_date = _instant(str(meta.get(prop, "")))
            if info_date is None or info_date != xmp_date:
                found.append(f"document information {key} ({pdf.docinfo[key]}) differs from XMP {prop}")
    for key, prop in _MIRRORED.items():
        if key not in pdf.docinfo:
            continue
        info = str(pdf.docinfo[key])
        value = meta.get(prop)
        shown = ", ".join(value) if isinstance(value, list | set) else value
        if shown is None or str(shown) != info:
            found.append(f"document information {key} ({info!r}) differs from XMP {prop} ({shown!r})")
    return found


_PDFAID = "{http://www.aiim.org/pdfa/ns/id/}"


def _pdfaid(xmp: str, name: str) -> list[str]:
    """Every value the XMP gives pdfaid:<name>, as an element or as an attribute."""
    try:
        root = ElementTree.fromstring(xmp[xmp.index("<x:xmpmeta") : xmp.rindex("</x:xmpmeta>") + 12])
    except (ValueError, ElementTree.ParseError):
        return []
    found = []
    for element in root.iter():
        if element.tag == _PDFAID + name:
            found.append((element.text or "").strip())
        if _PDFAID + name in element.attrib:
            found.append(element.attrib[_PDFAID + name].strip())
    return found


def _instant(text: str) -> dt.datetime | None:
    """A PDF date (D:20261201224142+01'00') or an XMP one (2026-12-01T22:41:42+01:00) as an instant."""
    try:
        if text.startswith("D:"):
            return pikepdf.models.metadata.decode_pdf_date(text)
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _document(pdf: pikepdf.Pdf, data: bytes) -> list[str]:
    found = []
    if pdf.is_encrypted or "/Encrypt" in pdf.trailer:
        found.append("the file is encrypted")
    intents: list[pikepdf.Object] = list(pdf.Root.get("/OutputIntents", []))
    pdfa = [i for i in intents if i.get("/S") == Name.GTS_PDFA1]
    if len(pdfa) != 1 or "/DestOutputProfile" not in pdfa[0]:
        found.append("no single PDF/A output intent with a profile")
    elif int(pdfa[0].DestOutputProfile.get("/N", 0)) != 3:
        found.append("the output intent's profile is not RGB")
    names = pdf.Root.get("/Names")
    if "/AA" in pdf.Root or ("/OpenAction" in pdf.Root and "/JS" in pdf.Root.OpenAction):
        found.append("the catalog has actions")
    if names is not None and "/JavaScript" in names:
        found.append("the document holds JavaScript")
    if b"/JavaScript" in data or re.search(rb"/JS\s*[(<\[/0-9]", data):
        found.append("the file holds JavaScript")
    # The last trailer's /ID as written: two strings of an even number of hex digits (16 bytes).
    ids = re.findall(rb"/ID\s*\[\s*<([0-9A-Fa-f\s]*)>\s*<([0-9A-Fa-f\s]*)>\s*\]", data)
    if not ids:
        found.append("no document /ID in the trailer")
    else:
        for part in ids[-1]:
            digits = re.sub(rb"\s", b"", part)
            if len(digits) % 2 or len(digits) < 2:
                found.append(f"an /ID string of odd or no length ({len(digits)} hex digits)")
    return found


def _annotations(page: pikepdf.Page, number: int) -> list[str]:
    found = []
    for annotation in page.obj.get("/Annots", []):
        subtype = annotation.get("/Subtype")
        if subtype == Name.Popup:
            continue
        what = f"page {number}: {subtype} annotation {annotation.get('/T', '')}".rstrip()
        flags = int(annotation.get("/F", 0))
        if not flags & _PRINT or flags & (_HIDDEN | _INVISIBLE | _NO_VIEW):
            found.append(f"{what}: not printed, or hidden (/F {flags})")
        appearance = annotation.get("/AP")
        rect = [float(x) for x in annotation.get("/Rect", [0, 0, 0, 0])]
        empty = rect[2] - rect[0] == 0 or rect[3] - rect[1] == 0
        if subtype != Name.Link and (appearance is None or "/N" not in appearance) and not empty:
            found.append(f"{what}: no appearance stream")
        elif appearance is not None:
            extra = sorted(str(k) for k in appearance.keys() if k != "/N")  # noqa: SIM118  # a PDF dictionary
            if extra:
                found.append(f"{what}: appearance entries other than /N ({', '.join(extra)})")
            normal = appearance.get("/N")
            if normal is not None:
                found += _fonts(normal, what, set())
        if "/A" in annotation and annotation.A.get("/S") in (Name.JavaScript, Name.Launch):
            found.append(f"{what}: a {annotation.A.S} action")
    return found


def _fonts(holder: pikepdf.Object, where: str, seen: set[tuple[int, int]]) -> list[str]:
    """Fonts used by a page, a form XObject or an appearance, and those of the XObjects it uses."""
    found: list[str] = []
    resources = holder.get("/Resources") if isinstance(holder, pikepdf.Dictionary | pikepdf.Stream) else None
    if resources is None:
        return found
    for name, font in resources.get("/Font", {}).items():
        found += _font_embedded(font, f"{where}: font {name}")
    for xobject in resources.get("/XObject", {}).values():
        key = xobject.objgen
        if key in seen or key == (0, 0) or xobject.get("/Subtype") != Name.Form:
            continue
        seen.add(key)
        found += _fonts(xobject, where, seen)
    return found


def _font_embedded(font: pikepdf.Object, what: str) -> list[str]:
    if font.get("/Subtype") == Name.Type3:
        return []
    if font.get("/Subtype") == Name.Type0:
        return [p for descendant in font.get("/DescendantFonts", []) for p in _font_embedded(descendant, what)]
    descriptor = font.get("/FontDescriptor")
    if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
        return [f"{what} ({font.get('/BaseFont', '?')}) is not embedded"]
    return []


def _qpdf_check(data: bytes) -> list[str]:
    """`qpdf --check`, where qpdf is installed (its exit code 2 means errors, 3 warnings)."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "check.pdf"
        path.write_bytes(data)
        done = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True, check=False)
    if done.returncode in (0,):
        return []
    lines = [line for line in (done.stdout + done.stderr).splitlines() if "WARNING" in line or "ERROR" in line]
    return [f"qpdf --check: {line.strip()}" for line in lines[:5]] or [f"qpdf --check exited {done.returncode}"]
