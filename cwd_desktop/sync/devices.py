"""Who sent a package: each database signs its packages with its own device key (Ed25519), and
each database keeps the devices a person accepted, with their public keys.

A device's key lives in the database's `meta` table, tied to its device id: a copied database
gets a new device id (storage/device.py) and so a new key. A package's manifest names the
sender's public key and `manifest.sig` signs the manifest's exact bytes; the manifest lists every
member's SHA-256, so the signature covers the whole package.

Accepting a device is a person's act: in the GUI after reading its name and fingerprint (read out
over the phone), or `sync import --accept-new-devices`. One exception keeps this out of the
moderator's way: a database with nothing in it, that has accepted no device, accepts the device of
the one package it is started from (the coordinator's). Decisions are in docs/security.md.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cwd_desktop.domain import ENTITIES
from cwd_desktop.storage import Store
from cwd_desktop.storage.device import get_meta, set_meta

KEY_META = "device_key"  # "<device id> <base64 of the raw private key>"
# How a device came to be accepted (accepted_device.how):
BY_PERSON = "person"  # accepted after its name and fingerprint were shown
FIRST_SOURCE = "first-source"  # the package an empty database was started from


@dataclass(frozen=True)
class AcceptedDevice:
    device_id: str
    name: str
    public_key: str | None  # None: accepted from an unsigned package of an earlier release
    accepted_at: str
    how: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _own_private_key(store: Store) -> Ed25519PrivateKey:
    stored = get_meta(store.db, KEY_META) or ""
    device_id, _, encoded = stored.partition(" ")
    if device_id == store.device_id and encoded:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(encoded))
    key = Ed25519PrivateKey.generate()  # the first package of this device (or of this copy)
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    with store.transaction():
        set_meta(store.db, KEY_META, f"{store.device_id} {base64.b64encode(raw).decode()}")
    return key


def own_public_key(store: Store) -> str:
    """This device's public key, base64 of its 32 raw bytes."""
    public = _own_private_key(store).public_key()
    return base64.b64encode(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()


def sign(store: Store, manifest: bytes) -> bytes:
    """The device's signature of a manifest's exact bytes (base64 text)."""
    return base64.b64encode(_own_private_key(store).sign(manifest))


def signature_holds(public_key: str, manifest: bytes, signature: bytes) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(base64.b64decode(signature.strip(), validate=True), manifest)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def fingerprint(public_key: str | None) -> str:
    """What two people compare over the phone: 32 hex digits of the key's SHA-256, in eight groups."""
    if not public_key:
        return "—"
    digest = hashlib.sha256(base64.b64decode(public_key)).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def accepted(store: Store, device_id: str) -> AcceptedDevice | None:
    row = store.db.execute(
        "SELECT device_id, name, public_key, accepted_at, how FROM accepted_device WHERE device_id = ?", [device_id]
    ).fetchone()
    return AcceptedDevice(*row) if row else None


def accepted_devices(store: Store) -> list[AcceptedDevice]:
    rows = store.db.execute("SELECT device_id, name, public_key, accepted_at, how FROM accepted_device ORDER BY name")
    return [AcceptedDevice(*row) for row in rows]


def accept(store: Store, device_id: str, name: str, public_key: str | None, how: str = BY_PERSON) -> None:
    """Accept a device (inside the caller's transaction, if any); a device accepted without a key
    (an unsigned package) is bound to the key of its first signed package."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.transaction():
        store.db.execute(
            "INSERT INTO accepted_device (device_id, name, public_key, accepted_at, how) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(device_id) DO UPDATE SET public_key = coalesce(accepted_device.public_key, "
            "excluded.public_key)",
            [device_id, name, public_key, now, how],
        )


def starts_empty(store: Store) -> bool:
    """A database with nothing in it that has accepted no device: it may take its first source."""
    if store.db.execute("SELECT 1 FROM accepted_device LIMIT 1").fetchone() is not None:
        return False
    return all(store.db.execute(f"SELECT 1 FROM {cls.TABLE} LIMIT 1").fetchone() is None for cls in ENTITIES)
