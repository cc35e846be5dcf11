"""Local accounts: creation, roles, deactivation, login with lockout, password re-entry."""

from __future__ import annotations

import re
from functools import lru_cache

from ..domain.i18n import tr, trn
from ..domain.lockout import is_locked, lock_after_failure
from ..domain.roles import Action, Role
from ..domain.timeutil import from_text, to_text
from .clinic import Clinic, User, require
from .errors import InvalidInput, LoginFailed, PermissionDenied

USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 8


@lru_cache(maxsize=1)
def _hasher():  # noqa: ANN202 - argon2 is imported on first use to keep start-up fast
    from argon2 import PasswordHasher
    return PasswordHasher()  # argon2id, RFC 9106 low-memory profile


def _user(row: dict) -> User:
    return User(row["username"], row["display_name"], Role(row["role"]))


def _row(clinic: Clinic, username: str) -> dict | None:
    rows = list(clinic.db["accounts"].rows_where("username = ?", [username]))
    return rows[0] if rows else None


def has_accounts(clinic: Clinic) -> bool:
    return clinic.db.execute("SELECT 1 FROM accounts LIMIT 1").fetchone() is not None


def list_accounts(clinic: Clinic) -> list[dict]:
    return [{k: v for k, v in row.items() if k != "password_hash"}
            for row in clinic.db["accounts"].rows_where(order_by="username")]


def create_account(clinic: Clinic, actor: User | None, *, username: str, display_name: str,
                   role: Role | str, password: str) -> User:
    """Create an account. With no account at all, the first one (an investigator) needs no actor."""
    role = Role(role)
    if actor is None:
        if has_accounts(clinic):
            raise PermissionDenied(tr("roles", "Log in to {action}.",
                                      action=Action.MANAGE_ACCOUNTS.words))
        if role is not Role.INVESTIGATOR:
            raise InvalidInput(tr("accounts", "The first account must be an investigator's."))
    else:
        require(actor, Action.MANAGE_ACCOUNTS)
    username = username.strip().lower()
    if not USERNAME.match(username):
        raise InvalidInput(tr("accounts", "A user name is 2-32 lower-case letters, digits, '.', "
                              "'_' or '-', starting with a letter."))
    if not display_name.strip():
        raise InvalidInput(tr("accounts", "Enter the person's printed name (it appears on "
                              "signatures)."))
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(tr("accounts", "The password must have at least {count} characters.",
                              count=MIN_PASSWORD))
    if _row(clinic, username) is not None:
        raise InvalidInput(tr("accounts", "The user name '{username}' is already taken.",
                              username=username))
    clinic.record("account.created", {
        "username": username, "display_name": display_name.strip(), "role": role.value,
        "password_hash": _hasher().hash(password),
    }, actor=actor.username if actor else username)
    return User(username, display_name.strip(), role)


def change_role(clinic: Clinic, actor: User, username: str, role: Role | str,
                reason: str) -> None:
    require(actor, Action.MANAGE_ACCOUNTS)
    row = _existing(clinic, username)
    role = Role(role)
    if not reason.strip():
        raise InvalidInput(tr("accounts", "Give the reason for the role change."))
    if row["role"] == role.value:
        raise InvalidInput(tr("accounts", "{username} is already a {role}.", username=username,
                              role=role.words))
    clinic.record("account.role_changed", {"username": username, "old": row["role"],
                                           "new": role.value, "reason": reason.strip()},
                  actor=actor.username)


def deactivate(clinic: Clinic, actor: User, username: str, reason: str) -> None:
    require(actor, Action.MANAGE_ACCOUNTS)
    row = _existing(clinic, username)
    if username == actor.username:
        raise InvalidInput(tr("accounts", "You cannot deactivate your own account."))
    if not row["active"]:
        raise InvalidInput(tr("accounts", "{username} is already deactivated.",
                              username=username))
    if not reason.strip():
        raise InvalidInput(tr("accounts", "Give the reason for the deactivation."))
    clinic.record("account.deactivated", {"username": username, "reason": reason.strip()},
                  actor=actor.username)


def _existing(clinic: Clinic, username: str) -> dict:
    row = _row(clinic, username)
    if row is None:
        raise InvalidInput(tr("accounts", "There is no account '{username}'.",
                              username=username))
    return row


def _check_password(row: dict, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError
    try:
        return _hasher().verify(row["password_hash"], password)
    except (VerificationError, InvalidHashError):
        return False


def login(clinic: Clinic, username: str, password: str, *, purpose: str = "login") -> User:
    """Check a password; journal the success, failure or lock. `purpose`: login, unlock, switch."""
    username = username.strip().lower()
    now = clinic.now()
    row = _row(clinic, username)
    refused = LoginFailed(tr("accounts", "Wrong user name or password."))
    if row is None:
        clinic.record("login.failed", {"username": username, "purpose": purpose,
                                       "reason": "unknown user"}, actor=None)
        raise refused
    if not row["active"]:
        clinic.record("login.failed", {"username": username, "purpose": purpose,
                                       "reason": "account deactivated"}, actor=None)
        raise LoginFailed(tr("accounts", "This account is deactivated. Ask the coordinator."))
    locked_until = from_text(row["locked_until"])
    if is_locked(locked_until, now=now):
        clinic.record("login.failed", {"username": username, "purpose": purpose,
                                       "reason": "account locked"}, actor=None)
        local = locked_until.astimezone().strftime("%H:%M")
        raise LoginFailed(tr("accounts", "Too many wrong passwords: this account is locked "
                             "until {time}.", time=local))
    if not _check_password(row, password):
        failures = row["failed_attempts"] + 1
        until = lock_after_failure(failures, limit=clinic.protocol.site.failed_login_limit,
                                   lock_minutes=clinic.protocol.site.account_lock_minutes,
                                   now=now)
        with clinic.transaction():
            clinic.record("login.failed", {"username": username, "purpose": purpose,
                                           "reason": "wrong password"}, actor=None)
            if until is not None:
                clinic.record("account.locked", {"username": username, "until": to_text(until),
                                                 "failed_attempts": failures}, actor=None)
        if until is not None:
            raise LoginFailed(trn("accounts", "Too many wrong passwords: this account is "
                                  "locked for {count} minute.", "Too many wrong passwords: this "
                                  "account is locked for {count} minutes.",
                                  clinic.protocol.site.account_lock_minutes))
        left = clinic.protocol.site.failed_login_limit - failures
        raise LoginFailed(trn("accounts", "Wrong user name or password ({count} attempt left "
                              "before the account locks).", "Wrong user name or password "
                              "({count} attempts left before the account locks).", left))
    clinic.record("login.succeeded", {"username": username, "purpose": purpose},
                  actor=username)
    return _user(row)


def logout(clinic: Clinic, user: User, *, reason: str = "logout") -> None:
    clinic.record("logout", {"username": user.username, "reason": reason}, actor=user.username)


def screen_locked(clinic: Clinic, user: User, *, reason: str) -> None:
    """Journal that the window locked (inactivity or on demand)."""
    clinic.record("screen.locked", {"username": user.username, "reason": reason},
                  actor=user.username)
