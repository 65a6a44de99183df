"""Sync between laptops: package writer and reader, per-field merge, conflict log, digest.

The format is in docs/sync-format.md. Nothing here opens a network connection: packages travel
as files (USB stick, e-mail, a shared folder).
"""
