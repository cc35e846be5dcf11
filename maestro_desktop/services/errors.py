"""Failures a user can act on. Their message is shown as is, never a traceback."""

from __future__ import annotations

from ..domain.i18n import tr
from ..domain.protocol import ProtocolError
from ..export.files import ExportError
from ..store.errors import StoreError
from ..sync.errors import SyncError


class ServiceError(Exception):
    """A refused action; `str(exc)` is the plain-words reason."""


class PermissionDenied(ServiceError):
    pass


class LoginFailed(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class FieldInputError(InvalidInput):
    """Bad values, each with the field it belongs to (shown next to that field)."""

    def __init__(self, errors: list) -> None:  # list[domain.verdict.FieldError]
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


class NeedsConfirmation(ServiceError):
    """Plausible but unusual values: stored only once the user confirms them."""

    def __init__(self, warnings: list) -> None:  # list[domain.verdict.Reason]
        super().__init__("; ".join(w.text for w in warnings))
        self.warnings = warnings


class ImportRejected(InvalidInput):
    """A reference file refused as a whole (nothing was written), with every problem found."""

    def __init__(self, problems: list, file_name: str | None = None) -> None:
        # list[domain.cellbank.RowProblem]: each reads "line N: reason"
        lines = "\n".join(f"  {p}" for p in problems)
        file_name = file_name or tr("cellbank", "The file")
        super().__init__(tr("cellbank", "{file} was not imported; nothing was changed. {count} "
                            "problem(s):\n{problems}", file=file_name, count=len(problems),
                            problems=lines))
        self.problems = problems


# A protocol settings file that cannot be used stops start-up with its own message too; an
# export that cannot be written says why, and so does a sync that could not run.
USER_FACING = (ServiceError, StoreError, ProtocolError, ExportError, SyncError)
