"""Minutes as a use case: export (signed or not), the attendance sheet, reopening, verification.

Signing closes the meeting in the same transaction that stores the signed PDF, and the PDF
reaches its target name only after that transaction committed; on any failure there is no
file (or the previous one) and the meeting is unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from cwd_desktop.domain import ENTITIES, Meeting, Partnership, PartnershipCA, SignedMinutes
from cwd_desktop.domain.choices import MeetingStatus
from cwd_desktop.domain.entity import field_types
from cwd_desktop.errors import CwdError, ValidationError
from cwd_desktop.fileio import commit, discard, stage, write_atomic
from cwd_desktop.minutes import trust
from cwd_desktop.minutes.certs import KeyMaterial, certificate_pem, load_pem_certificates
from cwd_desktop.minutes.document import render_attendance_sheet, render_minutes
from cwd_desktop.minutes.signing import signed_pdf, unsigned_pdf
from cwd_desktop.minutes.verify import VerifyReport, verify_pdf
from cwd_desktop.services.minutes_data import gather
from cwd_desktop.storage import Store, signed_state

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclasses.dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    signed: bool
    sha256: str = ""


def _step(progress: Progress | None, done: int, total: int) -> None:
    """Report progress. It may raise Cancelled (the user cancelled in the GUI), so it is called
    only where stopping leaves nothing behind: never after a file or the database is committed."""
    if progress:
        progress(done, total)


def render_preview(store: Store, meeting_id: str, lang: str = "pl") -> bytes:
    """The minutes as they would be exported now, unsigned, with empty signature fields."""
    meeting = store.get(Meeting, meeting_id)
    if meeting.status is MeetingStatus.SIGNED:
        return latest_signed(store, meeting_id)[1]
    return unsigned_pdf(render_minutes(gather(store, meeting_id), lang))


def export_minutes(
    store: Store,
    meeting_id: str,
    target: Path,
    lang: str = "pl",
    key: KeyMaterial | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the minutes to `target`; with a key, sign them and close the meeting as signed."""
    meeting = store.get(Meeting, meeting_id)
    if meeting.status is MeetingStatus.SIGNED:
        if key is not None:
            raise ValidationError(
                "Meeting {display_number} is already signed; reopen it as a new revision to sign new minutes.",
                display_number=meeting.display_number,
            )
        record, data = latest_signed(store, meeting_id)
        write_atomic(target, data)
        return ExportResult(Path(target), 0, True, record.sha256)
    _step(progress, 0, 4)
    recorded = gather(store, meeting_id)
    rendered = render_minutes(recorded, lang)
    _step(progress, 1, 4)
    if key is None:
        pdf = unsigned_pdf(rendered)
        _step(progress, 3, 4)
        write_atomic(target, pdf)
        return ExportResult(Path(target), rendered.pages, False)
    pdf = signed_pdf(rendered, key, lang, location=meeting.place)
    _step(progress, 2, 4)
    staged = stage(Path(target), pdf)
    try:
        with store.transaction():
            _step(progress, 3, 4)
            if signed_state.state_digest(store.db, meeting.id) != recorded.state_digest:
                # Another window wrote to the meeting while its minutes were being laid out.
                raise ValidationError(
                    "Meeting {display_number} changed while its minutes were being signed; sign them again.",
                    display_number=meeting.display_number,
                )
            sha256 = store.put_file(pdf)
            store.add(
                SignedMinutes(
                    meeting_id=meeting.id,
                    sha256=sha256,
                    file_name=Path(target).name,
                    signed_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    signer=key.name,
                    lang=lang,
                )
            )
            store.update(Meeting, meeting.id, status=MeetingStatus.SIGNED)
    except BaseException:
        discard(staged)
        raise
    commit(staged, Path(target))
    log.info("signed the minutes of %s by %s as %s (sha256 %s)", meeting.display_number, key.name, target, sha256)
    return ExportResult(Path(target), rendered.pages, True, sha256)


def export_docx(store: Store, meeting_id: str, target: Path, lang: str = "pl") -> ExportResult:
    """The Word working copy of the minutes (the same contents as the PDF); a signed meeting's copy
    is headed with its signed PDF's name and SHA-256, which stays the record."""
    from cwd_desktop.minutes.docx_copy import render_docx

    meeting = store.get(Meeting, meeting_id)
    signed = None
    if meeting.status is MeetingStatus.SIGNED:
        record, _data = latest_signed(store, meeting_id)
        signed = (record.file_name, record.sha256)
    write_atomic(target, render_docx(gather(store, meeting_id), lang, signed))
    return ExportResult(Path(target), 0, False, signed[1] if signed else "")


def export_bip(store: Store, meeting_id: str, target: Path, lang: str = "pl") -> ExportResult:
    """The minutes for publication in BIP: laid out from the meeting as recorded (also when it is
    signed; the signed PDF stays the record), private persons named as the partnership decided,
    no signature places, marked as such."""
    rendered = render_minutes(gather(store, meeting_id), lang, bip=True)
    write_atomic(target, rendered.data)
    return ExportResult(Path(target), rendered.pages, False)


def export_attendance_sheet(store: Store, meeting_id: str, target: Path, lang: str = "pl") -> ExportResult:
    rendered = render_attendance_sheet(gather(store, meeting_id), lang)
    write_atomic(target, rendered.data)
    return ExportResult(Path(target), rendered.pages, False)


def latest_signed(store: Store, meeting_id: str) -> tuple[SignedMinutes, bytes]:
    records = store.find(SignedMinutes, meeting_id=meeting_id, order_by="signed_at")
    if not records:
        raise CwdError("This meeting has no signed minutes.")
    return records[-1], store.get_file(records[-1].sha256)


def reopen(store: Store, meeting_id: str) -> Meeting:
    """A new draft revision of a signed meeting with a copy of all its content; the signed one stays."""
    with store.transaction():
        old = store.get(Meeting, meeting_id)
        if old.status is not MeetingStatus.SIGNED:
            raise ValidationError(
                "Meeting {display_number} is not signed; it can be edited as it is.", display_number=old.display_number
            )
        siblings = [m for m in store.find(Meeting, partnership_id=old.partnership_id) if m.number == old.number]
        newer = [m for m in siblings if m.revision > old.revision]
        if newer:
            latest = max(newer, key=lambda m: m.revision)
            raise ValidationError(
                "Meeting {number} was already reopened as {display_number}.",
                number=old.number,
                display_number=latest.display_number,
            )
        new = store.add(dataclasses.replace(old, id="", revision=old.revision + 1, status=MeetingStatus.DRAFT))
        mapping = {old.id: new.id}
        for cls in ENTITIES:
            if cls.PARENT is None or cls is SignedMinutes:
                continue
            column = cls.PARENT[0]
            rows = [row for row in store.find(cls) if getattr(row, column) in mapping]
            for row in rows:
                mapping[row.id] = store.new_id()
            text_fields = [name for name, (base, _opt) in field_types(cls).items() if base is str and name != "id"]
            copies = []
            for row in rows:
                changes = {name: mapping.get(getattr(row, name), getattr(row, name)) for name in text_fields}
                copies.append(dataclasses.replace(row, id=mapping[row.id], **changes))
            store.add_many(copies)
        if old.goals_agenda_item_id in mapping:  # the meeting was copied before its agenda
            new = store.update(Meeting, new.id, goals_agenda_item_id=mapping[old.goals_agenda_item_id])
        log.info("reopened meeting %s as %s", old.display_number, new.display_number)
        return new


def add_partnership_ca(store: Store, partnership_id: str, pem: bytes, name: str = "") -> PartnershipCA:
    certificates = load_pem_certificates(pem, "The CA certificate")
    partnership = store.get(Partnership, partnership_id)
    return store.add(
        PartnershipCA(
            partnership_id=partnership.id,
            name=name or partnership.name,
            certificate_pem=certificate_pem(certificates[0]),
        )
    )


def verify(data: bytes, trust_pems: Sequence[bytes] = (), store: Store | None = None) -> VerifyReport:
    """Verify a signed PDF against the CAs trusted on this computer (`minutes.trust`) and the CA
    certificates a person names now (`trust_pems`). The partnership CAs a database names are never
    trusted for that: with `store`, the report lists those not confirmed here, to confirm them."""
    roots = [*trust.roots(), *(c for pem in trust_pems for c in load_pem_certificates(pem, "The trusted certificate"))]
    report = verify_pdf(data, roots)
    if store is not None:
        confirmed = {trust.fingerprint(c) for c in roots}
        for row in store.find(PartnershipCA):
            try:
                ca = trust.candidate(row.certificate_pem.encode())
            except CwdError:
                continue  # a row that is not a CA certificate names nothing to confirm
            if ca.fingerprint not in confirmed:
                report.unconfirmed_cas.append(f"{ca.name} ({ca.fingerprint})")
    return report
