"""Market data codes ("CMZN3", "NOK=", "HOc1") are not part of any name, and a number that
is part of a name ("Article 50") stays. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from reader.nlp.market_codes import instrument_code

CODES = ["CMZN3", "CMNI3", "NOK=", "SEK=", "XPT=", "HOc1", "NGc2", "DE10YT=RR", ".FTXH00000PUS"]


@pytest.mark.parametrize("code", CODES)
def test_market_codes_have_the_shape_of_one(code):
    assert instrument_code(code)


@pytest.mark.parametrize("name", ["G7", "A380", "COP26", "PS5", "F1", "M25", "2020", "B52"])
def test_short_names_with_digits_are_not_market_codes(name):
    assert not instrument_code(name)


@pytest.mark.parametrize(
    ("market", "code"),
    [
        ("the Calder Metals Exchange", "CMZN3"),
        ("the Harbour Commodities Exchange", "HCXZ4"),
        ("the Calder Futures Market", "CFMc1"),
        ("the Wexley Bullion Exchange", "XPT="),
    ],
)
def test_a_code_after_a_market_s_name_is_not_part_of_it(analyse, market, code):
    text = (
        "Markets\n\n"
        f"Three-month aluminium on {market} {code} lost 0.06% to $1,737.00 a tonne. "
        f"Traders on {market} expect a quiet week.\n"
    )
    names = [e.name for e in analyse(text).entities]
    assert not any(code in name for name in names)
    assert market.removeprefix("the ") in names


@pytest.mark.parametrize(
    ("sentence", "acronym"),
    [
        ("The start-up postponed an IPO until next spring.", "IPO"),
        ("Shareholders will vote at an AGM in May.", "AGM"),
        ("Savers moved their money into an ETF last year.", "ETF"),
        ("The cornerback added a PBU on third down.", "PBU"),
    ],
)
def test_an_acronym_with_a_or_an_of_its_own_is_a_common_noun(analyse, sentence, acronym):
    result = analyse(f"Markets\n\nShares rose on Monday. {sentence}\n")
    assert acronym not in {e.name for e in result.entities}


def test_an_acronym_before_the_noun_it_qualifies_stays_a_name(analyse):
    result = analyse("Inquiry\n\nAn FBI agent said on Monday that the FBI would not comment.\n")
    assert "FBI" in {e.name for e in result.entities if e.label == "ORG"}
