"""Who may do what. The expected matrix is written out here in full, so that any change to the
grants in domain/roles.py has to be made twice, on purpose."""

from __future__ import annotations

import pytest

from maestro_desktop.domain.roles import Action, Role, is_allowed

INV, NUR, COO = Role.INVESTIGATOR, Role.NURSE, Role.COORDINATOR

EXPECTED: dict[Action, set[Role]] = {
    Action.MANAGE_ACCOUNTS: {INV, COO},
    Action.REGISTER_SUBJECT: {INV, COO},
    Action.IMPORT_REFERENCE: {COO},
    Action.RECORD_ELIGIBILITY: {INV, COO},
    Action.SIGN_ELIGIBILITY: {INV},
    Action.OPEN_SESSION: {INV},
    Action.RECORD_CHECKS: {INV, NUR},
    Action.DECIDE_GO: {INV},
    Action.VERIFY_VIAL: {INV, NUR},
    Action.CONFIRM_VIAL: {INV, NUR},
    Action.RECORD_PROCEDURE: {INV, NUR},
    Action.ACKNOWLEDGE_DEVIATION: {INV},
    Action.RECORD_VITALS: {INV, NUR},
    Action.RECORD_ADVERSE_EVENT: {INV, NUR},
    Action.CLINICAL_DECISION: {INV},
    Action.SIGN_SESSION: {INV},
    Action.VIEW_RECORDS: {INV, NUR, COO},
    Action.CONFIGURE_SYNC: {COO},
    Action.ACKNOWLEDGE_FLAG: {COO},
}


def test_expected_table_covers_every_action():
    assert set(EXPECTED) == set(Action)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_matrix(role, action):
    assert is_allowed(role, action) is (role in EXPECTED[action])


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_role_given_as_stored_text(role, action):
    # The accounts table stores the role as text; it must mean the same as the enum.
    assert is_allowed(role.value, action) is (role in EXPECTED[action])


@pytest.mark.parametrize("role", [None, "", "admin", "Investigator", "root", "nurse "])
@pytest.mark.parametrize("action", list(Action))
def test_unknown_or_missing_role_is_denied(role, action):
    assert is_allowed(role, action) is False


@pytest.mark.parametrize("action", [Action.SIGN_SESSION, Action.DECIDE_GO,
                                    Action.SIGN_ELIGIBILITY, Action.ACKNOWLEDGE_DEVIATION,
                                    Action.CLINICAL_DECISION])
def test_only_investigator_signs_and_decides(action):
    # The design's two clinical decisions, stated on their own so a failure reads plainly.
    assert [r for r in Role if is_allowed(r, action)] == [Role.INVESTIGATOR]


def test_role_labels():
    assert {r.label for r in Role} == {"Investigator (neurologist)", "Nurse",
                                       "Coordinator (admin)"}
