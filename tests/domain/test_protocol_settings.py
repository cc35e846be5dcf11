"""The protocol settings file: the shipped one loads with the registry's numbers, and a broken
copy is refused with a message that names the file and the offending key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from maestro_desktop.domain.protocol import ProtocolError
from maestro_desktop.settings import default_protocol_path, load_protocol


def test_shipped_file_loads(protocol):
    assert protocol.trial.registry_id == "NCT06592703"
    assert protocol.trial.protocol_code == "35RC21_9806_MAESTRO-4MS"
    assert protocol.trial.sponsor == "Rennes University Hospital"


@pytest.mark.parametrize(("attribute", "registry_value"), [
    ("eligibility.age_min_years", 18),
    ("eligibility.age_max_years", 55),
    ("eligibility.edss_min", 3),
    ("eligibility.edss_max", 6),
    ("eligibility.high_dose_corticosteroid_lookback_days", 30),
    ("eligibility.other_trial_lookback_months", 6),
    ("eligibility.inflammatory_activity_lookback_months", 12),
    ("eligibility.dmd_lookback_months", 12),
    ("platelets_min_g_per_l", 50),
    ("schedule.injection_count", 3),
    ("schedule.injection_interval_months", 3),
    ("schedule.follow_up_months", 12),
])
def test_registry_facts(protocol, attribute, registry_value):
    value = protocol
    for part in attribute.split("."):
        value = getattr(value, part)
    assert value == registry_value


def test_site_settings_are_sane(protocol):
    site = protocol.site
    assert site.visit_window_days >= 0
    assert site.follow_up_visit_months == tuple(sorted(site.follow_up_visit_months))
    assert [b.until_minutes for b in site.observation] == sorted(
        b.until_minutes for b in site.observation)
    assert site.discharge_after_minutes >= site.observation[-1].until_minutes


def _broken_copy(tmp_path: Path, pattern: str, replacement: str) -> Path:
    """The shipped file with one line changed (or removed when replacement is empty)."""
    text = default_protocol_path().read_text(encoding="utf-8")
    changed, n = re.subn(pattern, replacement, text, count=1, flags=re.MULTILINE)
    assert n == 1, f"pattern {pattern!r} is not in the shipped settings file"
    target = tmp_path / "broken.toml"
    target.write_text(changed, encoding="utf-8")
    return target


@pytest.mark.parametrize(("pattern", "replacement", "expected"), [
    # a missing key
    (r"^edss_max = .*$", "", "missing key 'eligibility.edss_max'"),
    (r"^platelets_min_g_per_l = .*$", "", "missing key 'lumbar_puncture.platelets_min_g_per_l'"),
    (r"^visit_window_days = .*$", "", "missing key 'site.visit_window_days'"),
    (r"^discharge_after_minutes = .*$", "",
     "missing key 'site.observation.discharge_after_minutes'"),
    (r"^registry_id = .*$", "", "missing key 'trial.registry_id'"),
    # a value of the wrong type
    (r"^age_max_years = .*$", 'age_max_years = "55"',
     "key 'eligibility.age_max_years' must be int"),
    (r"^injection_count = .*$", "injection_count = true",
     "key 'schedule.injection_count' must be int"),
    (r"^injection_interval_months = .*$", "injection_interval_months = 3.5",
     "key 'schedule.injection_interval_months' must be int"),
    (r"^edss_min = .*$", 'edss_min = "3"', "key 'eligibility.edss_min' must be int or float"),
    (r"^follow_up_visit_months = .*$", "follow_up_visit_months = 9",
     "key 'site.follow_up_visit_months' must be list"),
    (r"^follow_up_visit_months = .*$", 'follow_up_visit_months = [9, "12"]',
     "key 'site.follow_up_visit_months' must be a list of whole months"),
    (r"\{ every_minutes = 15,", '{ every_minutes = "15",',
     "key 'b.every_minutes' must be int"),
    # a value out of range
    (r"^failed_login_limit = .*$", "failed_login_limit = 0",
     "key 'site.failed_login_limit' must be greater than 0"),
    (r"^visit_window_days = .*$", "visit_window_days = -1",
     "key 'site.visit_window_days' must not be negative"),
    (r"^age_min_years = .*$", "age_min_years = 60",
     "key 'eligibility.age_min_years' is above 'eligibility.age_max_years'"),
    (r"^edss_min = .*$", "edss_min = 6.5",
     "key 'eligibility.edss_min' is above 'eligibility.edss_max'"),
])
def test_broken_setting_is_named(tmp_path, pattern, replacement, expected):
    path = _broken_copy(tmp_path, pattern, replacement)
    with pytest.raises(ProtocolError) as caught:
        load_protocol(path)
    assert expected in str(caught.value)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("content", [
    "[trial\ntitle = 'x'\n",
    "[schedule]\ninjection_count = 3\ninjection_count = 4\n",
    "[schedule]\ninjection_count = \n",
])
def test_malformed_toml_is_a_clear_protocol_error(tmp_path, content):
    path = tmp_path / "malformed.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProtocolError, match="is malformed") as caught:
        load_protocol(path)
    assert str(path) in str(caught.value)


def test_not_utf8_is_malformed(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes('[trial]\ntitle = "essai thérapeutique"\n'.encode("latin-1"))
    with pytest.raises(ProtocolError, match="is malformed"):
        load_protocol(path)


def test_missing_file_is_named(tmp_path):
    path = tmp_path / "absent.toml"
    with pytest.raises(ProtocolError, match="not found") as caught:
        load_protocol(path)
    assert str(path) in str(caught.value)

