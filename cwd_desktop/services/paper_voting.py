"""What the room does on paper: card sheets for the wall and voting slips printed from the board,
dots counted from the flipchart against the session's budget, and photos of the flipchart kept
as evidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cwd_desktop.domain import Attendance, Meeting, Partnership, SwotItem, SwotPhoto, SwotSession
from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.errors import ValidationError
from cwd_desktop.images import MAX_PHOTO_BYTES, check_photo
from cwd_desktop.minutes import printables
from cwd_desktop.minutes.printables import PrintedCard
from cwd_desktop.storage import Store


def present_count(store: Store, meeting_id: str) -> int:
    """People marked present at the meeting."""
    return sum(1 for a in store.find(Attendance, meeting_id=meeting_id) if a.present)


@dataclass
class Tally:
    """The dots on the board against what the people present could give."""

    counted: int  # dots on the live cards
    present: int
    budget: int | None  # dots per person, when the session sets it
    max_per_card: int | None
    over_max: list[SwotItem] = field(default_factory=list)  # cards with more dots than one card may take

    @property
    def expected(self) -> int | None:
        return self.budget * self.present if self.budget else None

    @property
    def difference(self) -> int | None:
        """Counted minus expected: above zero, more dots than the room had; below, dots not given
        (or not yet typed)."""
        return None if self.expected is None else self.counted - self.expected


def tally(store: Store, session_id: str) -> Tally:
    session = store.get(SwotSession, session_id)
    items = [i for i in store.find(SwotItem, session_id=session_id) if i.merged_into is None]
    present = present_count(store, session.meeting_id)
    # One person gives at most `max_per_card` dots to a card: the room's most is that times the people.
    limit = session.max_per_card * present if session.max_per_card else None
    return Tally(
        counted=sum(i.votes for i in items),
        present=present,
        budget=session.dot_budget,
        max_per_card=session.max_per_card,
        over_max=[i for i in items if limit is not None and i.votes > limit],
    )


def read_photo(path: Path) -> tuple[bytes, str]:
    """The bytes and media type of a flipchart photo; ValidationError for anything else."""
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:
            raise ValidationError(
                "The photo {name} is larger than {limit} MB.", name=path.name, limit=MAX_PHOTO_BYTES // 2**20
            )
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or ""
        raise ValidationError("The photo {name} cannot be read ({reason}).", name=path.name, reason=reason) from None
    media_type = check_photo(data, path.name)
    return data, media_type


def attach_photo(store: Store, session_id: str, path: Path, caption: str = "") -> SwotPhoto:
    """Keep a photo of the flipchart with the session (bytes stored once by SHA-256)."""
    data, media_type = read_photo(path)
    with store.transaction():
        sha256 = store.put_file(data)
        return store.add(
            SwotPhoto(
                session_id=session_id,
                sha256=sha256,
                file_name=path.name[:300],
                media_type=media_type,
                added_at=dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                caption=caption,
            )
        )


def photos(store: Store, session_id: str) -> list[SwotPhoto]:
    """The session's live photos, oldest first."""
    return sorted(store.find(SwotPhoto, session_id=session_id), key=added_time)


def added_time(photo: SwotPhoto) -> dt.datetime:
    """When the photo was added, in this computer's time zone."""
    return dt.datetime.fromisoformat(photo.added_at).astimezone()


def session_of(store: Store, meeting_id: str) -> str:
    """The meeting's SWOT session (a meeting has one board); ValidationError when it has none."""
    sessions = store.find(SwotSession, meeting_id=meeting_id)
    if not sessions:
        number = store.get(Meeting, meeting_id).display_number
        raise ValidationError("The meeting {number} has no SWOT board yet.", number=number)
    return sessions[0].id


def printed_cards(store: Store, session_id: str, lang: str = "pl") -> list[PrintedCard]:
    """The session's live cards, quadrant by quadrant in board order, numbered across the board
    (the numbers on the wall, on the slips and in the tally are the same)."""
    items = [i for i in store.find(SwotItem, session_id=session_id, order_by="position") if i.merged_into is None]
    ordered = [i for q in Quadrant for i in items if i.quadrant is q]
    return [PrintedCard(n, i.quadrant.value, i.quadrant.label(lang), i.text) for n, i in enumerate(ordered, 1)]


def meeting_heading(store: Store, meeting_id: str, lang: str = "pl") -> str:
    """ "Partnerstwo … · spotkanie 3/2026": the line printed or exported pages of a meeting carry."""
    meeting = store.get(Meeting, meeting_id)
    partnership = store.get(Partnership, meeting.partnership_id)
    word = "spotkanie" if lang == "pl" else "meeting"
    return f"{partnership.name} · {word} {meeting.display_number}"


def printed_title(store: Store, session_id: str, lang: str = "pl") -> str:
    return f"{meeting_heading(store, store.get(SwotSession, session_id).meeting_id, lang)} · SWOT"


def card_sheet_pdf(store: Store, session_id: str, per_page: int = 4, lang: str = "pl") -> bytes:
    if per_page not in printables.GRIDS:
        raise ValidationError("A card sheet has 4 or 6 cards a page.")
    return printables.card_sheets(
        printed_cards(store, session_id, lang), per_page, printed_title(store, session_id, lang), lang
    )


def voting_slips_pdf(store: Store, session_id: str, copies: int | None = None, lang: str = "pl") -> bytes:
    """One slip for each person present (or `copies`), with the session's rules."""
    session = store.get(SwotSession, session_id)
    count = copies if copies is not None else max(1, present_count(store, session.meeting_id))
    if not 1 <= count <= 500:
        raise ValidationError("Print from 1 to 500 voting slips, not {count}.", count=count)
    return printables.voting_slips(
        printed_cards(store, session_id, lang),
        count,
        session.dot_budget,
        session.max_per_card,
        printed_title(store, session_id, lang),
        lang,
    )
