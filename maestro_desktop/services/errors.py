"""Failures a user can act on. Their message is shown as is, never a traceback."""

from __future__ import annotations

from ..store.errors import StoreError


class ServiceError(Exception):
    """A refused action; `str(exc)` is the plain-words reason."""


class PermissionDenied(ServiceError):
    pass


class LoginFailed(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


USER_FACING = (ServiceError, StoreError)
