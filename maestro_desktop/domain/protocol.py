"""The protocol's numbers, validated from the settings file's parsed content.

No I/O here: `maestro_desktop.settings` reads the TOML file and hands the dict to
`protocol_from_dict`, which names the first missing or malformed key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .i18n import tr


class ProtocolError(ValueError):
    """The protocol settings are unusable; the message names the key."""


@dataclass(frozen=True)
class Trial:
    title: str
    registry_id: str
    protocol_code: str
    sponsor: str


@dataclass(frozen=True)
class Eligibility:
    age_min_years: int
    age_max_years: int
    edss_min: float
    edss_max: float
    progression_lookback_years: int
    inflammatory_activity_lookback_months: int
    dmd_lookback_months: int
    high_dose_corticosteroid_lookback_days: int
    other_trial_lookback_months: int


@dataclass(frozen=True)
class Schedule:
    injection_count: int
    injection_interval_months: int
    follow_up_months: int


@dataclass(frozen=True)
class ObservationBlock:
    every_minutes: int
    until_minutes: int


@dataclass(frozen=True)
class ProcedureSettings:
    infusion_min_minutes: float
    infusion_max_minutes: float
    infusion_max_rate_ml_per_min: float
    csf_max_ml: float
    spinal_levels: tuple[str, ...]
    needle_gauges: tuple[str, ...]
    max_attempts: int
    late_after_minutes: float
    clock_jump_seconds: float


@dataclass(frozen=True)
class ExtraCheck:
    at_minutes: int
    items: tuple[str, ...]


@dataclass(frozen=True)
class BackupSettings:
    folder: str            # "" = the "backups" folder beside the database
    every_minutes: float
    keep: int


@dataclass(frozen=True)
class Site:
    visit_window_days: int
    lab_validity_days: int
    stability_window_hours: float
    autolock_minutes: float
    failed_login_limit: int
    account_lock_minutes: int
    follow_up_visit_months: tuple[int, ...]
    observation: tuple[ObservationBlock, ...]
    discharge_after_minutes: int
    vial_problem_contact: str
    label_formats: tuple[str, ...]
    group_separator_substitute: str
    procedure: ProcedureSettings
    overdue_after_minutes: int
    extra_checks: tuple[ExtraCheck, ...]
    discharge_criteria: tuple[str, ...]
    sae_report_hours: int
    backups: BackupSettings


@dataclass(frozen=True)
class Protocol:
    trial: Trial
    eligibility: Eligibility
    platelets_min_g_per_l: float
    schedule: Schedule
    site: Site


def _get(data: dict[str, Any], path: str, kind: type | tuple[type, ...]) -> Any:
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            raise ProtocolError(tr("settings", "missing key '{key}'", key=path))
        node = node[part]
    # bool is an int in Python; a true/false where a number belongs is a mistake.
    if isinstance(node, bool) or not isinstance(node, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ProtocolError(tr("settings", "key '{key}' must be {kind}, found {value}",
                               key=path, kind=names, value=repr(node)))
    return node


def _positive(data: dict[str, Any], path: str, kind: type | tuple[type, ...] = int) -> Any:
    value = _get(data, path, kind)
    if value <= 0:
        raise ProtocolError(tr("settings", "key '{key}' must be greater than 0, found {value}",
                               key=path, value=repr(value)))
    return value


def _section(cls: type, data: dict[str, Any], prefix: str, kinds: dict[str, Any]) -> Any:
    return cls(**{name: _positive(data, f"{prefix}.{name}", kind) for name, kind in kinds.items()})


LABEL_FORMATS = ("GS1", "ISBT128")


def _label_formats(data: dict[str, Any]) -> tuple[str, ...]:
    formats = _get(data, "site.labels.accepted", list)
    if not formats or any(f not in LABEL_FORMATS for f in formats):
        raise ProtocolError(tr("settings", "key '{key}' must list one or more of {choices}",
                               key="site.labels.accepted", choices=", ".join(LABEL_FORMATS)))
    return tuple(formats)


def _words(data: dict[str, Any], path: str) -> tuple[str, ...]:
    values = _get(data, path, list)
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise ProtocolError(tr("settings", "key '{key}' must be a list of names", key=path))
    return tuple(values)


def _extra_checks(data: dict[str, Any]) -> tuple[ExtraCheck, ...]:
    checks = []
    for i, node in enumerate(_get(data, "site.observation.extra_checks", list)):
        if not isinstance(node, dict):
            raise ProtocolError(tr("settings", "key '{key}' must be a table",
                                   key=f"site.observation.extra_checks[{i}]"))
        wrapped = {"c": node}
        checks.append(ExtraCheck(_positive(wrapped, "c.at_minutes"), _words(wrapped, "c.items")))
    return tuple(checks)


def _procedure(data: dict[str, Any]) -> ProcedureSettings:
    number = (int, float)
    settings = ProcedureSettings(
        **{name: _positive(data, f"site.procedure.{name}", number) for name in (
            "infusion_min_minutes", "infusion_max_minutes", "infusion_max_rate_ml_per_min",
            "csf_max_ml", "late_after_minutes", "clock_jump_seconds")},
        spinal_levels=_words(data, "site.procedure.spinal_levels"),
        needle_gauges=_words(data, "site.procedure.needle_gauges"),
        max_attempts=_positive(data, "site.procedure.max_attempts"),
    )
    if settings.infusion_min_minutes > settings.infusion_max_minutes:
        raise ProtocolError(tr("settings", "key '{key}' is above '{other}'",
                               key="site.procedure.infusion_min_minutes",
                               other="site.procedure.infusion_max_minutes"))
    return settings


def protocol_from_dict(data: dict[str, Any]) -> Protocol:
    """Validate the parsed settings file; raise ProtocolError naming the first bad key."""
    number = (int, float)
    trial = Trial(**{k: _get(data, f"trial.{k}", str) for k in
                     ("title", "registry_id", "protocol_code", "sponsor")})
    eligibility = _section(Eligibility, data, "eligibility", {
        "age_min_years": int, "age_max_years": int, "edss_min": number, "edss_max": number,
        "progression_lookback_years": int, "inflammatory_activity_lookback_months": int,
        "dmd_lookback_months": int, "high_dose_corticosteroid_lookback_days": int,
        "other_trial_lookback_months": int,
    })
    if eligibility.age_min_years > eligibility.age_max_years:
        raise ProtocolError(tr("settings", "key '{key}' is above '{other}'",
                               key="eligibility.age_min_years", other="eligibility.age_max_years"))
    if eligibility.edss_min > eligibility.edss_max:
        raise ProtocolError(tr("settings", "key '{key}' is above '{other}'",
                               key="eligibility.edss_min", other="eligibility.edss_max"))
    schedule = _section(Schedule, data, "schedule", {
        "injection_count": int, "injection_interval_months": int, "follow_up_months": int,
    })

    months = _get(data, "site.follow_up_visit_months", list)
    if not months or not all(isinstance(m, int) and not isinstance(m, bool) and m > 0
                             for m in months):
        raise ProtocolError(tr("settings", "key '{key}' must be a list of whole months",
                               key="site.follow_up_visit_months"))
    blocks = []
    for i, block in enumerate(_get(data, "site.observation.schedule", list)):
        if not isinstance(block, dict):
            raise ProtocolError(tr("settings", "key '{key}' must be a table",
                                   key=f"site.observation.schedule[{i}]"))
        wrapped = {"b": block}
        blocks.append(ObservationBlock(
            every_minutes=_positive(wrapped, "b.every_minutes"),
            until_minutes=_positive(wrapped, "b.until_minutes"),
        ))
    if not blocks:
        raise ProtocolError(tr("settings", "key '{key}' must list at least one block",
                               key="site.observation.schedule"))
    site = Site(
        visit_window_days=_get(data, "site.visit_window_days", int),
        lab_validity_days=_positive(data, "site.lab_validity_days"),
        stability_window_hours=_positive(data, "site.stability_window_hours", number),
        autolock_minutes=_positive(data, "site.autolock_minutes", number),
        failed_login_limit=_positive(data, "site.failed_login_limit"),
        account_lock_minutes=_positive(data, "site.account_lock_minutes"),
        follow_up_visit_months=tuple(sorted(months)),
        observation=tuple(blocks),
        discharge_after_minutes=_positive(data, "site.observation.discharge_after_minutes"),
        vial_problem_contact=_get(data, "site.vial_problem_contact", str),
        label_formats=_label_formats(data),
        group_separator_substitute=_get(data, "site.labels.group_separator_substitute", str),
        procedure=_procedure(data),
        overdue_after_minutes=_positive(data, "site.observation.overdue_after_minutes"),
        extra_checks=_extra_checks(data),
        discharge_criteria=_words(data, "site.observation.discharge_criteria"),
        sae_report_hours=_positive(data, "site.adverse_events.sae_report_hours"),
        backups=BackupSettings(
            folder=_get(data, "site.backups.folder", str),
            every_minutes=_positive(data, "site.backups.every_minutes", number),
            keep=_positive(data, "site.backups.keep")),
    )
    if len(site.group_separator_substitute) > 1:
        raise ProtocolError(tr("settings", "key '{key}' must be one character or empty",
                               key="site.labels.group_separator_substitute"))
    if site.visit_window_days < 0:
        raise ProtocolError(tr("settings", "key '{key}' must not be negative",
                               key="site.visit_window_days"))
    return Protocol(
        trial=trial,
        eligibility=eligibility,
        platelets_min_g_per_l=_positive(data, "lumbar_puncture.platelets_min_g_per_l", number),
        schedule=schedule,
        site=site,
    )
