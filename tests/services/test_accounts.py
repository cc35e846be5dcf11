"""Local accounts: who can create them, logging in, the lock after repeated wrong passwords,
deactivation and role changes -- each leaving its mark in the journal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from maestro_desktop.cli import main
from maestro_desktop.domain.roles import Role
from maestro_desktop.services import accounts
from maestro_desktop.services.errors import InvalidInput, LoginFailed, PermissionDenied
from maestro_desktop.store import journal


def last_event(clinic):
    return list(journal.events(clinic.db))[-1]


def test_first_account_needs_no_login_but_must_be_investigator(password, clinic, journal_kinds):
    with pytest.raises(InvalidInput, match="first account must be an investigator"):
        accounts.create_account(clinic, None, username="nurse.a", display_name="A",
                                role=Role.NURSE, password=password)
    assert journal_kinds(clinic) == []
    user = accounts.create_account(clinic, None, username="dr.first", display_name="Dr First",
                                   role=Role.INVESTIGATOR, password=password)
    assert user.role is Role.INVESTIGATOR
    event = last_event(clinic)
    assert (event.kind, event.actor, event.data["username"]) == (
        "account.created", "dr.first", "dr.first")


def test_later_accounts_need_a_logged_in_manager(password, clinic, staff, journal_count):
    before = journal_count(clinic)
    with pytest.raises(PermissionDenied, match="Log in"):
        accounts.create_account(clinic, None, username="dr.sneaky", display_name="Sneaky",
                                role=Role.INVESTIGATOR, password=password)
    assert journal_count(clinic) == before
    made = accounts.create_account(clinic, staff[Role.COORDINATOR], username="nurse.new",
                                   display_name="New Nurse", role="nurse", password=password)
    assert made.role is Role.NURSE
    assert last_event(clinic).actor == "coord.amy"


@pytest.mark.parametrize(("fields", "message"), [
    ({"username": "1abc"}, "starting with a letter"),
    ({"username": "a"}, "2-32 lower-case"),
    ({"username": "has space"}, "2-32 lower-case"),
    ({"username": "nurse.joy"}, "already taken"),
    ({"username": " Nurse.Joy "}, "already taken"),      # names are trimmed and lower-cased
    ({"display_name": "   "}, "printed name"),
    ({"password": "short"}, "at least 8 characters"),
])
def test_account_fields_are_checked(password, clinic, staff, journal_count, fields, message):
    values = {"username": "new.user", "display_name": "New User", "role": Role.NURSE,
              "password": password, **fields}
    before = journal_count(clinic)
    with pytest.raises(InvalidInput, match=message):
        accounts.create_account(clinic, staff[Role.INVESTIGATOR], **values)
    assert journal_count(clinic) == before


def test_password_hash_is_argon2id_and_never_listed(password, clinic, staff):
    hashes = [row[0] for row in clinic.db.execute("SELECT password_hash FROM accounts")]
    assert len(hashes) == 3
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert password not in " ".join(hashes)
    listed = accounts.list_accounts(clinic)
    assert [a["username"] for a in listed] == ["coord.amy", "dr.house", "nurse.joy"]
    assert all("password_hash" not in a for a in listed)


def test_real_hasher_is_memory_hard_argon2id():
    from argon2 import Type

    hasher = accounts._hasher.__wrapped__()  # noqa: SLF001 - the unpatched production hasher
    params = (hasher.type, hasher.memory_cost, hasher.time_cost)
    assert params[0] is Type.ID
    assert params[1] >= 19 * 1024 and params[2] >= 2  # at least OWASP's argon2id minimum
    assert hasher.hash("x" * 8).startswith("$argon2id$v=19$m=")


def test_hash_never_printed_by_maestro_events(clinic, staff, capsys):
    clinic.close()
    for extra in ([], ["--json"]):
        assert main(["events", "--db", str(clinic.store.path), *extra]) == 0
        out = capsys.readouterr().out
        assert "account.created" in out
        assert "$argon2" not in out and "password_hash" not in out


def test_login_succeeds_and_is_journalled(password, clinic, staff):
    user = accounts.login(clinic, " Nurse.Joy ", password, purpose="unlock")
    assert (user.username, user.role, user.display_name) == ("nurse.joy", Role.NURSE,
                                                             "Joy Nurse")
    event = last_event(clinic)
    assert (event.kind, event.actor, event.data) == (
        "login.succeeded", "nurse.joy", {"username": "nurse.joy", "purpose": "unlock"})


def test_unknown_user_gets_the_same_answer_as_a_wrong_password(password, clinic, staff):
    with pytest.raises(LoginFailed, match=r"^Wrong user name or password\.$"):
        accounts.login(clinic, "nobody", password)
    event = last_event(clinic)
    assert (event.kind, event.actor, event.data["reason"]) == ("login.failed", None,
                                                               "unknown user")


def test_wrong_passwords_count_down_then_lock(password, clinic, staff, clock, protocol,
                                              journal_kinds):
    limit = protocol.site.failed_login_limit
    lock_minutes = protocol.site.account_lock_minutes
    messages = []
    for _ in range(limit):
        with pytest.raises(LoginFailed) as caught:
            accounts.login(clinic, "nurse.joy", "wrong password!")
        messages.append(str(caught.value))
    assert messages[:-1] == [
        f"Wrong user name or password ({left} attempt{'s' * (left != 1)} left before the "
        "account locks)." for left in range(limit - 1, 0, -1)]
    assert messages[-1] == (f"Too many wrong passwords: this account is locked for "
                            f"{lock_minutes} minutes.")
    assert journal_kinds(clinic)[-2:] == ["login.failed", "account.locked"]
    locked = last_event(clinic).data
    assert locked["until"] == (clock() + timedelta(minutes=lock_minutes)).isoformat(
        timespec="microseconds")
    assert locked["failed_attempts"] == limit

    # The right password does not open a locked account ...
    clock.advance(minutes=lock_minutes, seconds=-1)
    with pytest.raises(LoginFailed, match="locked until"):
        accounts.login(clinic, "nurse.joy", password)
    assert last_event(clinic).data["reason"] == "account locked"
    # ... until the lock has run out.
    clock.advance(seconds=1)
    assert accounts.login(clinic, "nurse.joy", password).username == "nurse.joy"


def test_attempts_while_locked_do_not_shorten_the_next_round(password, clinic, staff, clock,
                                                             protocol):
    for _ in range(protocol.site.failed_login_limit):
        with pytest.raises(LoginFailed):
            accounts.login(clinic, "nurse.joy", "wrong password!")
    for _ in range(3):
        with pytest.raises(LoginFailed, match="locked until"):
            accounts.login(clinic, "nurse.joy", password)
    clock.advance(minutes=protocol.site.account_lock_minutes)
    with pytest.raises(LoginFailed, match=f"{protocol.site.failed_login_limit - 1} attempts left"):
        accounts.login(clinic, "nurse.joy", "one more typo")


def test_a_success_resets_the_count(password, clinic, staff, protocol):
    for _ in range(protocol.site.failed_login_limit - 1):
        with pytest.raises(LoginFailed):
            accounts.login(clinic, "nurse.joy", "wrong password!")
    accounts.login(clinic, "nurse.joy", password)
    with pytest.raises(LoginFailed, match=f"{protocol.site.failed_login_limit - 1} attempts"):
        accounts.login(clinic, "nurse.joy", "wrong password!")


def test_deactivated_account_is_refused(password, clinic, staff, journal_kinds):
    accounts.deactivate(clinic, staff[Role.COORDINATOR], "nurse.joy", "left the unit")
    event = last_event(clinic)
    assert (event.kind, event.actor, event.data) == (
        "account.deactivated", "coord.amy", {"username": "nurse.joy", "reason": "left the unit"})
    with pytest.raises(LoginFailed, match="deactivated"):
        accounts.login(clinic, "nurse.joy", password)
    assert last_event(clinic).data["reason"] == "account deactivated"


@pytest.mark.parametrize(("username", "reason", "message"), [
    ("dr.house", "testing", "cannot deactivate your own account"),
    ("nobody", "testing", "There is no account 'nobody'"),
    ("nurse.joy", "  ", "Give the reason"),
])
def test_deactivation_is_checked(clinic, staff, journal_count, username, reason, message):
    before = journal_count(clinic)
    with pytest.raises(InvalidInput, match=message):
        accounts.deactivate(clinic, staff[Role.INVESTIGATOR], username, reason)
    assert journal_count(clinic) == before


def test_cannot_deactivate_twice(clinic, staff):
    accounts.deactivate(clinic, staff[Role.INVESTIGATOR], "nurse.joy", "left")
    with pytest.raises(InvalidInput, match="already deactivated"):
        accounts.deactivate(clinic, staff[Role.INVESTIGATOR], "nurse.joy", "left")


def test_role_change_is_journalled_with_old_new_and_reason(password, clinic, staff):
    accounts.change_role(clinic, staff[Role.INVESTIGATOR], "nurse.joy", "coordinator",
                         " covers the coordinator's leave ")
    event = last_event(clinic)
    assert (event.kind, event.actor) == ("account.role_changed", "dr.house")
    assert event.data == {"username": "nurse.joy", "old": "nurse", "new": "coordinator",
                          "reason": "covers the coordinator's leave"}
    assert accounts.login(clinic, "nurse.joy", password).role is Role.COORDINATOR


@pytest.mark.parametrize(("role", "reason", "message"), [
    (Role.NURSE, "no change", "already a nurse"),
    (Role.INVESTIGATOR, "", "Give the reason"),
])
def test_role_change_is_checked(clinic, staff, journal_count, role, reason, message):
    before = journal_count(clinic)
    with pytest.raises(InvalidInput, match=message):
        accounts.change_role(clinic, staff[Role.INVESTIGATOR], "nurse.joy", role, reason)
    assert journal_count(clinic) == before


def test_logout_and_screen_lock_are_journalled(clinic, staff, journal_kinds):
    accounts.screen_locked(clinic, staff[Role.NURSE], reason="inactivity")
    accounts.logout(clinic, staff[Role.NURSE])
    assert journal_kinds(clinic)[-2:] == ["screen.locked", "logout"]
    assert last_event(clinic).actor == "nurse.joy"
