"""Row ids: UUIDv7 text, made on the client so that two laptops never mint the same id."""

from __future__ import annotations

import os
import threading
import time

_lock = threading.Lock()
_last_ms = 0
_sequence = 0


def new_id() -> str:
    """A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then a counter seeded at random.

    Python gains uuid.uuid7 only in 3.14; ids made within one millisecond still sort
    in creation order thanks to the 12-bit counter in rand_a.
    """
    global _last_ms, _sequence
    with _lock:
        now = time.time_ns() // 1_000_000
        if now > _last_ms:
            _last_ms, _sequence = now, int.from_bytes(os.urandom(2)) & 0x7FF
        else:
            _sequence += 1
            if _sequence > 0xFFF:  # counter exhausted: borrow the next millisecond
                _last_ms, _sequence = _last_ms + 1, 0
        ms, seq = _last_ms, _sequence
    rand_b = int.from_bytes(os.urandom(8)) & 0x3FFFFFFFFFFFFFFF
    h = f"{(ms << 80) | (0x7 << 76) | (seq << 64) | (0b10 << 62) | rand_b:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
