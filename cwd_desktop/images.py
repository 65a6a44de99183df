"""Photos taken in the hall (of a flipchart): what is accepted as one, wherever it comes from (a
file the moderator picks, or a sync package)."""

from __future__ import annotations

import io

from cwd_desktop.errors import ValidationError

MAX_PHOTO_BYTES = 25 * 1024 * 1024  # a phone's full-size photo is 3-12 MB
PHOTO_SIGNATURES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}


def media_type(data: bytes) -> str | None:
    """image/jpeg or image/png by the file's first bytes, else None."""
    return next((t for magic, t in PHOTO_SIGNATURES.items() if data.startswith(magic)), None)


def check_photo(data: bytes, name: str) -> str:
    """The media type of a JPEG or PNG that decodes whole; ValidationError otherwise."""
    found = media_type(data)
    if found is None:
        raise ValidationError("The file {name} is not a JPEG or PNG photo.", name=name)
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError("The photo {name} is larger than {limit} MB.", name=name, limit=MAX_PHOTO_BYTES // 2**20)
    from PIL import Image  # Pillow: only when a photo is added or arrives

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > 100_000_000:
                raise ValidationError("The photo {name} has too many pixels.", name=name)
            image.load()
    except ValidationError:
        raise
    except Exception:  # Pillow raises many kinds for a damaged file
        raise ValidationError("The photo {name} is damaged (it does not decode).", name=name) from None
    return found
