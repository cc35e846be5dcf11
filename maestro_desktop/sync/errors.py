"""Sync failures, each worded for the person at the workstation. Local data is never touched
by a failed sync: events simply wait for the next attempt."""

from __future__ import annotations


class SyncError(Exception):
    """The sync could not run or was refused; `str(exc)` says why in plain words."""


class InsecureConnection(SyncError):
    pass


class CentralUnreachable(SyncError):
    """Network trouble (server down, unknown host, cut connection): worth retrying."""


class CentralRefused(SyncError):
    """The server answered and said no (password, certificate, permissions): retrying alone
    will not help."""


class SchemaMismatch(SyncError):
    pass
