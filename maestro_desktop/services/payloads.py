"""Answer records (domain dataclasses) to and from journal payload JSON."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any, TypeVar

from ..domain.verdict import Outcome, Reason, Verdict

T = TypeVar("T")


def to_payload(record: Any) -> dict[str, Any]:
    """Dates and datetimes as ISO text; everything else as is."""
    return {f.name: _encode(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _encode(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def from_payload(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a record; the annotation says which fields are dates or datetimes."""
    values = {}
    for f in dataclasses.fields(cls):
        raw = data.get(f.name)
        kind = str(f.type)
        if raw is None:
            values[f.name] = None
        elif "datetime" in kind:
            values[f.name] = datetime.fromisoformat(raw)
        elif "date" in kind:
            values[f.name] = date.fromisoformat(raw)
        else:
            values[f.name] = raw
    return cls(**values)


def verdict_to_payload(verdict: Verdict) -> dict[str, Any]:
    def reasons(items: tuple[Reason, ...]) -> list[dict[str, str]]:
        return [{"item": r.item, "text": r.text} for r in items]
    return {"outcome": verdict.outcome.value, "reasons": reasons(verdict.reasons),
            "missing": reasons(verdict.missing), "notes": reasons(verdict.notes)}


def verdict_from_payload(data: dict[str, Any]) -> Verdict:
    def reasons(key: str) -> tuple[Reason, ...]:
        return tuple(Reason(r["item"], r["text"]) for r in data.get(key, []))
    return Verdict(Outcome(data["outcome"]), reasons("reasons"), reasons("missing"),
                   reasons("notes"))


def changes(old: Any, new: Any) -> dict[str, list[Any]]:
    """Field -> [old, new] for every answer that differs, as journal payload values."""
    before, after = to_payload(old), to_payload(new)
    return {k: [before[k], after[k]] for k in after if before[k] != after[k]}
