"""What every scan goes through: clean-up of what the scanner adds, telling GS1 from ISBT 128,
plain refusals -- and, on any text at all, either a ParsedLabel or a LabelError, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maestro_desktop.domain.labels import LabelError, ParsedLabel, normalise_scan, parse_label

GS = "\x1d"
VALID = [
    "=G12341765432170",
    "=+03001=G12341765432170=<S1234000&>0270602359",
    "]d20109501101530003172705311" "0ABC123|21SER0001",
    f"010950110153000317270500{GS}10ABC{GS}21S1",
    "(01)09501101530003(17)270531(10)ABC123(21)SER0001",
    f"]d201095011015300031727053110ABC{GS}7003" "2705311430|21S1",
]


@pytest.mark.parametrize(("raw", "expected"), [
    ("=G12341765432170\r\n", ("=G12341765432170", None)),
    ("  ]d2010950|21S\t", (f"010950{GS}21S", "]d2")),
    ("]C1=A", ("=A", "]C1")),
    ("]Q3x", ("x", "]Q3")),
    ("]e0x", ("x", "]e0")),
    ("]d1x", ("x", "]d1")),
    ("]d", ("]d", None)),
    (f"{GS}01x{GS}", (f"{GS}01x{GS}", None)),  # a group separator is data, not whitespace
    ("a|b", (f"a{GS}b", None)),
])
def test_normalise_scan(raw, expected):
    assert normalise_scan(raw) == expected


def test_normalise_scan_with_another_or_no_substitute():
    assert normalise_scan("a|b~c", gs_substitute="~") == (f"a|b{GS}c", None)
    assert normalise_scan("a|b", gs_substitute="") == ("a|b", None)


@pytest.mark.parametrize("raw", ["", "   ", "\r\n", "]d2", "]d2\r\n", f"]d2{GS}{GS}"])
def test_nothing_scanned(raw):
    with pytest.raises(LabelError, match="Nothing was read"):
        parse_label(raw)


def test_too_long():
    with pytest.raises(LabelError, match=r"too long \(201 characters, at most 200\)"):
        parse_label("=G12341765432170" + "X" * 185)
    with pytest.raises(LabelError, match="at most 20\\)"):
        parse_label("=G12341765432170=<S1234000", max_length=20)


@pytest.mark.parametrize("raw", ["hello", "ÀÉ&à", "[)>\x1e06", "-1", "http://example.com/01/1",
                                 "]d2hello", "\x00"])
def test_garbage_is_not_a_label(raw):
    with pytest.raises(LabelError, match="not a GS1 or ISBT 128 vial label"):
        parse_label(raw)


def test_gs1_symbology_with_isbt_text_is_ambiguous():
    with pytest.raises(LabelError, match=r"reports a GS1 barcode \(\]d2\).*ambiguous"):
        parse_label("]d2=G12341765432170")
    assert parse_label("]C0=G12341765432170").symbology == "]C0"  # plain Code 128: ISBT's own


@pytest.mark.parametrize("raw", VALID)
def test_valid_scans_parse(raw):
    label = parse_label(raw)
    assert isinstance(label, ParsedLabel)
    assert label.raw == raw
    assert label.vial_id


def test_only_accepted_formats():
    assert parse_label(VALID[0], accepted=("ISBT128",)).format == "ISBT128"
    assert parse_label(VALID[3], accepted=("GS1",)).format == "GS1"
    for raw in VALID:
        with pytest.raises(LabelError, match="not accepted at this site"):
            parse_label(raw, accepted=())


# --- never a crash -----------------------------------------------------------------------------

any_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
label_like = st.text(st.sampled_from("0123456789=&<>+()|]dCQ2 ABGSX\x1d\r\n\t*%"), max_size=60)


def mutated(draw_valid: str, edits: list[tuple[int, int, str]]) -> str:
    text = draw_valid
    for position, length, insert in edits:
        position %= len(text) + 1
        text = text[:position] + insert + text[position + length:]
    return text


mutations = st.builds(
    mutated, st.sampled_from(VALID),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 3),
                       st.text(st.sampled_from("0129AZ=&<>|()\x1d\x00é "), max_size=3)),
             max_size=4))


def parses_or_refuses(raw: str, **options) -> None:
    try:
        label = parse_label(raw, **options)
    except LabelError as exc:
        assert str(exc)  # a reason in words, never empty
        return
    assert isinstance(label, ParsedLabel)
    assert label.raw == raw
    assert label.format in ("GS1", "ISBT128")
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in label.fields.items())


@settings(max_examples=400)
@given(any_text)
def test_any_text_parses_or_is_refused(raw):
    parses_or_refuses(raw)


@settings(max_examples=400)
@given(label_like)
def test_label_like_text_parses_or_is_refused(raw):
    parses_or_refuses(raw)


@settings(max_examples=400)
@given(mutations, st.sampled_from(["|", "", "~", GS]))
def test_damaged_labels_parse_or_are_refused(raw, substitute):
    parses_or_refuses(raw, gs_substitute=substitute)
